"""`litmine docs`: one row per corpus file (litmine.documents builds the rows)."""


from typing import Annotated

import typer

from litmine.cli.app import DbOption, Format, app, open_store, write_rows
from litmine.documents import build_document_rows


@app.command()
def docs(
    db: DbOption = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")] = Format.table,
) -> None:
    """One row per corpus file: metadata, counts, status and errors; `flags` marks missing years and scanned
    PDFs read by OCR; `low_confidence` lists the metadata fields the header model is unsure of (probability
    below 0.5): check those first.

    JSON adds `sources`: where each metadata field came from (sidecar, first page, PDF metadata, zotero:KEY...)
    and, for documents of a Zotero library, `zotero`: the item key, zotero://select link, collections, tags
    and citation key. The CSV is a
    metadata file: correct a cell and give it back with `litmine ingest CORPUS --metadata docs.csv`.

    Example: litmine docs --format json
    """
    store = open_store(db, must_exist=True)
    try:
        rows, columns = build_document_rows(store, form=format.value)
    finally:
        store.close()
    write_rows(rows, format, columns, title="litmine documents")
    if not rows:
        typer.echo("no documents yet: run `litmine ingest CORPUS`", err=True)
