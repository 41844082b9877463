"""The litmine command line (typer). Commands are thin: check arguments, call one library function."""

from litmine.cli import citations as _citations  # noqa: F401
from litmine.cli import concepts as _concepts  # noqa: F401
from litmine.cli import docs as _docs  # noqa: F401
from litmine.cli import export as _export  # noqa: F401
from litmine.cli import ingest as _ingest  # noqa: F401
from litmine.cli import network as _network  # noqa: F401
from litmine.cli import network_concepts as _network_concepts  # noqa: F401
from litmine.cli import query as _query  # noqa: F401
from litmine.cli import report as _report  # noqa: F401
from litmine.cli import run as _run  # noqa: F401
from litmine.cli import terms as _terms  # noqa: F401
from litmine.cli import topics as _topics  # noqa: F401
from litmine.cli import trends as _trends  # noqa: F401
from litmine.cli.app import app

__all__ = ["app"]
