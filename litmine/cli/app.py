"""The typer app and what every command shares: the --db option, error exits, output formats."""


import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from litmine.cli.coercion import install as install_quick_conversion
from litmine.config import default_db
from litmine.errors import EXIT_ERROR, LitmineError, classify_error
from litmine.export.sanitize import GuardedDictWriter, clean_terminal_text, one_line
from litmine.store import Store

class _Group(TyperGroup):
    """The command group: an error a command did not turn into an exit (disk full, store busy, unwritable or
    damaged, an error of litmine's own) still ends in one line and its exit code, never a traceback."""

    def parse_args(self, ctx, args):
        install_quick_conversion(self, ctx)  # option values converted without pydantic (litmine/cli/coercion.py)
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        import sqlite3

        try:
            return super().invoke(ctx)
        except LitmineError as exc:
            fail(exc)
        except (OSError, sqlite3.Error) as exc:
            # an OSError without a file name, or an SQLite error, is the store's (the one this command opened)
            found = classify_error(exc, _opened.get("store"))
            if found is None:
                raise
            fail(found)


def _root() -> None:
    """(No options of its own: a group even when litmine/__main__.py has registered one command only.)"""


app = typer.Typer(
    cls=_Group,
    callback=_root,
    name="litmine",
    help="Text mining for literature reviews: ingest a folder of papers, then query, map and export it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="The store (SQLite file). Default: $LITMINE_DB or outputs/litmine.db.",
                 show_default=False),
]


class Counted(str, Enum):
    """What a concept's weight counts: its mentions, or the documents that mention it."""

    mentions = "mentions"
    documents = "documents"


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(message: str | LitmineError, code: int | None = None) -> None:
    """Print a one-line error and exit: with code, else the error's own exit code (see README, Exit codes), else 2."""
    if code is None:
        code = getattr(message, "exit_code", EXIT_ERROR)
    typer.echo(f"litmine: error: {one_line(clean_terminal_text(str(message)))}", err=True)
    raise typer.Exit(code)


def event_line(kind: str, path: str, message: str) -> str:
    """One progress line: a file name with a newline or an escape sequence stays on its one line, shown escaped."""
    return f"{kind}: {one_line(path)}: {one_line(clean_terminal_text(message))}"


def progress_text(text: str) -> str:
    """Text for a rich progress bar's description, which reads markup: escaped, one line."""
    from rich.markup import escape

    return escape(one_line(clean_terminal_text(text)))


def progress_name(path: str) -> str:
    """A file's name for a rich progress bar's description."""
    return progress_text(Path(path).name)


_opened: dict[str, str] = {}


def open_store(db: Path | None, *, must_exist: bool = False) -> Store:
    path = db or default_db()
    _opened["store"] = str(path)
    if must_exist and not Path(path).exists():
        fail(f"{path}: no store here yet (run `litmine ingest CORPUS` first, or pass --db)")
    try:
        return Store(path)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable


def write_rows(rows: list[dict], fmt: Format, columns: list[str], *, title: str | None = None) -> None:
    """Print rows as a rich table, JSON, or CSV (lists joined with '; ')."""
    if fmt is Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    flat = [{c: ("; ".join(map(str, r.get(c) or [])) if isinstance(r.get(c), list) else
                 json.dumps(r.get(c), ensure_ascii=False) if isinstance(r.get(c), dict) else r.get(c))
             for c in columns} for r in rows]
    if fmt is Format.csv:
        w = GuardedDictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(flat)
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # cells as Text, never markup: "[sic]", "[in German]" and "[/]" in a title print as they are
    table = Table(title=Text(title) if title else None, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in flat:
        table.add_row(*[Text("" if r[c] is None else clean_terminal_text(str(r[c]))) for c in columns])
    console = Console()
    if not console.is_terminal:
        console = Console(width=220)
    console.print(table)


LexiconOption = Annotated[
    Path | None,
    typer.Option("--lexicon", help="A concept lexicon (YAML) added to the default one; a concept with the same id "
                                   "replaces the default's.", show_default=False),
]
ReplaceLexiconOption = Annotated[
    bool, typer.Option("--replace-lexicon", help="Use only the --lexicon file, not the default lexicon."),
]


def tagged_store(db: Path | None, lexicon: Path | None = None, replace: bool = False) -> Store:
    """Open the store and bring its concept mentions up to date with the lexicon (only stale documents are
    tagged again; the lexicon is not even read when the store is tagged with it already: cli/lexicon_cache.py)."""
    from litmine.cli import lexicon_cache

    if replace and not lexicon:
        fail("--replace-lexicon needs --lexicon FILE")
    store = open_store(db, must_exist=True)
    try:
        key = lexicon_cache.lexicon_key(lexicon, replace)
        if not lexicon_cache.is_current(store, key):
            from litmine.concepts.lexicon import load_lexicon
            from litmine.concepts.tagging import ensure_mentions, lexicon_fingerprint

            concepts = load_lexicon(lexicon, replace=replace)
            ensure_mentions(store, concepts, refresh_glossary=store.is_stale("glossary"))
            store.mark_built("glossary")
            lexicon_cache.remember(store, key, lexicon_fingerprint(concepts), [c.id for c in concepts])
        from litmine.concepts.vetoes import sync_veto_file

        sync_veto_file(store)  # the researcher's vetoes (file beside the store), applied where mentions are read
    except LitmineError as exc:
        fail(exc)
    return store
