"""The litmine command line (typer). Commands are thin: check arguments, call one library function.

Importing this package registers every command on `app`. The `litmine` command itself (litmine/__main__.py) loads
only the modules of the command it runs, which is a good part of a query's start-up: it names the command before
importing this package (`litmine._cli_command`), and `--help`, no command or a name not listed here load them all.
"""

import importlib

import litmine

# command name -> the modules that define it and its subcommands; every module, in the order --help lists them
COMMAND_MODULES = {"citations": ("citations",), "concepts": ("concepts",), "docs": ("docs",), "export": ("export",),
                   "ingest": ("ingest",), "network": ("network", "network_concepts"), "query": ("query",),
                   "report": ("report",), "run": ("run",), "terms": ("terms",), "topics": ("topics",),
                   "trends": ("trends",)}
ALL_MODULES = ("citations", "concepts", "docs", "export", "ingest", "network", "network_concepts", "query", "report",
               "run", "terms", "topics", "trends")

for _module in COMMAND_MODULES.get(getattr(litmine, "_cli_command", None), ALL_MODULES):
    importlib.import_module(f"litmine.cli.{_module}")

from litmine.cli.app import app  # noqa: E402  (after the commands: the name is the typer app, not the module)

__all__ = ["app"]
