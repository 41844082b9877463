"""`litmine docs`."""

from __future__ import annotations

from typing import Annotated

import typer

from litmine.cli.app import DbOption, Format, app, open_store, write_rows

COLUMNS = ["id", "path", "title", "authors", "year", "venue", "doi", "pages", "passages", "languages", "status",
           "error", "flags", "low_confidence"]


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
    rows = store.document_rows()
    links = store.zotero_links()
    store.close()
    for r in rows:
        r["flags"] = [n for n in r.pop("notes") if n.startswith(("no publication year", "read by OCR", "OCR "))]
        if r["status"] == "ok" and r["year"] is None and not r["flags"]:
            r["flags"] = ["no publication year found"]
        if r["id"]:
            r["id"] = r["id"][:12] if format is Format.table else r["id"]
    columns = COLUMNS + ["sources"]
    if links and format is Format.json:  # a Zotero library's documents: the item key, select link, collections, tags
        for r in rows:
            link = links.get(r["id"]) if r["id"] else None
            r["zotero"] = {k: link[k] for k in ("key", "select", "collections", "tags", "citekey")} if link else None
        columns.append("zotero")
    if format is Format.csv:  # authors as `ingest --metadata` reads them back: the correction loop of the README
        from litmine.ingest.sidecars import build_authors_cell

        for r in rows:
            r["authors"] = build_authors_cell(r["authors"], r.get("creators"))
    if format is Format.table:
        from litmine.citations.cite import build_author_names

        columns = ["id", "path", "title", "authors", "year", "pages", "passages", "languages", "status", "note"]
        for r in rows:
            names = build_author_names(r["authors"], r.get("creators"))  # organisations whole, not "Inquiry"
            r["authors"] = names[0] + (" et al." if len(names) > 2 else
                                       f" & {names[1]}" if len(names) == 2 else "") if names else ""
            r["title"] = (r["title"] or "")[:70] + ("…" if len(r["title"] or "") > 70 else "")
            unsure = [f"low confidence: {', '.join(r['low_confidence'])}"] if r["low_confidence"] else []
            r["note"] = "; ".join([r["error"]] if r["error"] else r["flags"] + unsure)
    write_rows(rows, format, columns, title="litmine documents")
    if not rows:
        typer.echo("no documents yet: run `litmine ingest CORPUS`", err=True)
