"""`litmine export`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import DbOption, app, fail, open_store
from litmine.export import write_jsonl


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the JSON Lines files.")] = Path("outputs/export"),
    db: DbOption = None,
) -> None:
    """Export the store as JSON Lines: documents.jsonl and passages.jsonl.

    Example: litmine export --out outputs/export
    """
    store = open_store(db, must_exist=True)
    try:
        counts = write_jsonl(store, out)
    except OSError as exc:
        fail(f"{out}: cannot write ({exc.strerror or exc})")
    finally:
        store.close()
    for name, n in counts.items():
        typer.echo(f"{out / name}: {n} rows")
