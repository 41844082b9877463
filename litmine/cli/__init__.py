"""The litmine command line (typer). Commands are thin: check arguments, call one library function."""

from litmine.cli.app import app
from litmine.cli import citations as _citations, docs as _docs, export as _export, ingest as _ingest  # noqa: F401
from litmine.cli import concepts as _concepts, network_concepts as _network_concepts  # noqa: F401
from litmine.cli import terms as _terms, trends as _trends  # noqa: F401

__all__ = ["app"]
