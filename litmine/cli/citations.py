"""`litmine citations`: references, in-text callouts, cited works (BibTeX, RIS)."""


import json
from enum import Enum
from typing import Annotated

import typer

from litmine.cli.app import DbOption, Format, app, fail, open_store, write_rows


class CitationFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    bibtex = "bibtex"
    ris = "ris"


@app.command()
def citations(
    db: DbOption = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (id or id prefix).")] = None,
    format: Annotated[CitationFormat, typer.Option("--format", "-f", help="table, json, csv, bibtex or ris.")] =
    CitationFormat.table,
    works: Annotated[bool, typer.Option("--works", help="List cited works (deduplicated across the corpus) "
                                        "with citation counts instead of references and callouts.")] = False,
) -> None:
    """References with their fields, in-text callouts with their sentence and linked reference; or, with
    --works or --format bibtex|ris, every cited work once (for Zotero).

    Example: litmine citations --doc 3f2a --format json
    """
    # loaded here, not at import: the listing brings networkx, which other commands do not need
    from litmine.citations.listing import WORK_COLUMNS, build_citation_rows, build_work_entries, build_work_rows
    from litmine.export.bibliography import to_bibtex, to_ris

    store = open_store(db, must_exist=True)
    doc_id = None
    if doc:
        d = store.get_document(doc)
        if d is None:
            fail(f"no document with id {doc!r} (see `litmine docs`)")
        doc_id = d.id
    if format in (CitationFormat.bibtex, CitationFormat.ris):
        entries = build_work_entries(store, doc_id)
        store.close()
        typer.echo((to_bibtex if format is CitationFormat.bibtex else to_ris)(entries), nl=False)
        return
    if works:
        rows = build_work_rows(store, doc_id)
        store.close()
        write_rows(rows, Format(format.value), WORK_COLUMNS)
        return
    ref_rows, cit_rows = build_citation_rows(store, doc_id)
    store.close()
    if format is CitationFormat.json:
        typer.echo(json.dumps({"references": ref_rows, "citations": cit_rows}, ensure_ascii=False, indent=2))
        return
    if format is CitationFormat.csv:
        write_rows(cit_rows, Format.csv, list(cit_rows[0]) if cit_rows else ["surface"])
        return
    for r in ref_rows + cit_rows:  # the table shows id prefixes, as `litmine docs` does
        r["doc_id"] = r["doc_id"][:8]
    full = [r for r in ref_rows if r["source"] != "short"]  # a note's short form repeats one of these
    never = sum(1 for r in full if not r["cited"])
    write_rows(ref_rows, Format.table, ["doc_id", "index", "source", "authors", "year", "title", "container", "type",
                                        "cited"],
               title=f"{len(full)} references, {never} never cited in the text"
                     + (f"; {len(ref_rows) - len(full)} short forms in notes repeat them" if len(full) < len(ref_rows)
                        else ""))
    linked = sum(1 for c in cit_rows if c["reference_index"] is not None)
    write_rows(cit_rows, Format.table, ["doc_id", "page", "surface", "reference_index", "confidence",
                                        "unlinked_reason"],
               title=f"{len(cit_rows)} in-text citations, {linked} linked")
