"""The litmine command line (typer). Commands are thin: check arguments, call one library function."""

from litmine.cli.app import app
from litmine.cli import docs as _docs, export as _export, ingest as _ingest  # noqa: F401  (register commands)

__all__ = ["app"]
