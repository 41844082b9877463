"""`litmine citations`: references, in-text callouts, cited works (BibTeX, RIS)."""

from __future__ import annotations

import json
from collections import Counter
from enum import Enum
from typing import Annotated

import typer

from litmine.cli.app import DbOption, Format, app, fail, open_store, write_rows
from litmine.export.bibliography import entry_from_work, fullest_references, to_bibtex, to_ris, works_rows
from litmine.networks import build_citation_graph

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
    store = open_store(db, must_exist=True)
    doc_id = None
    if doc:
        d = store.get_document(doc)
        if d is None:
            fail(f"no document with id {doc!r} (see `litmine docs`)")
        doc_id = d.id
    if format in (CitationFormat.bibtex, CitationFormat.ris) or works:
        all_works = list(store.iter_works())
        fullest = fullest_references(store.iter_references(doc_id) if doc_id else store.iter_references())
        all_works = [w for w in all_works if w.id in fullest]
        if format is CitationFormat.bibtex:
            typer.echo(to_bibtex([entry_from_work(w, fullest[w.id]) for w in all_works]), nl=False)
        elif format is CitationFormat.ris:
            typer.echo(to_ris([entry_from_work(w, fullest[w.id]) for w in all_works]), nl=False)
        else:
            g = build_citation_graph(store, kind="direct")
            stats = {n: d for n, d in g.nodes(data=True)}
            rows = sorted(works_rows(all_works, stats), key=lambda r: (
                -r["citing_documents"], -stats.get(r["id"], {}).get("callouts", 0), -(r["year"] or 0),
                str(r["title"] or "")))
            write_rows(rows, Format(format.value), ["id", "authors", "year", "title", "container", "doi", "type",
                                                    "citing_documents", "first_cited", "last_cited", "doc_id"])
        store.close()
        return
    refs = list(store.iter_references(doc_id))
    cits = list(store.iter_citations(doc_id))
    store.close()
    by_key = {(r.doc_id, r.index): r for r in refs}
    times_cited = Counter((c.doc_id, c.reference_index) for c in cits if c.reference_index is not None)
    ref_rows = [{"doc_id": r.doc_id, "index": r.index, "source": r.source,
                 "cited": times_cited.get((r.doc_id, r.index), 0),
                 "authors": [f"{a.get('surname', '')}, {a.get('given', '')}".strip(", ") for a in r.authors],
                 "year": f"{r.year}{r.year_suffix}" if r.year else r.year_text, "title": r.title,
                 "container": r.container, "volume": r.volume, "issue": r.issue, "pages": r.pages, "doi": r.doi,
                 "url": r.url, "type": r.type, "work_id": r.work_id, "raw": r.raw} for r in refs]
    cit_rows = []
    for c in cits:
        ref = by_key.get((c.doc_id, c.reference_index)) if c.reference_index is not None else None
        cit_rows.append({"doc_id": c.doc_id, "page": c.page, "surface": c.surface, "authors": c.authors,
                         "year": f"{c.year}{c.year_suffix}" if c.year else c.year_text, "pages": c.pages,
                         "narrative": c.narrative, "style": c.style, "reference_index": c.reference_index,
                         "reference": ref.raw if ref else None, "confidence": round(c.confidence, 2),
                         "unlinked_reason": c.unlinked_reason, "sentence": c.sentence})
    if format is CitationFormat.json:
        typer.echo(json.dumps({"references": ref_rows, "citations": cit_rows}, ensure_ascii=False, indent=2))
        return
    if format is CitationFormat.csv:
        write_rows(cit_rows, Format.csv, list(cit_rows[0]) if cit_rows else ["surface"])
        return
    for r in ref_rows + cit_rows:  # the table shows id prefixes, as `litmine docs` does
        r["doc_id"] = r["doc_id"][:8]
    never = sum(1 for r in ref_rows if not r["cited"])
    write_rows(ref_rows, Format.table, ["doc_id", "index", "authors", "year", "title", "container", "type", "cited"],
               title=f"{len(ref_rows)} references, {never} never cited in the text")
    linked = sum(1 for c in cit_rows if c["reference_index"] is not None)
    write_rows(cit_rows, Format.table, ["doc_id", "page", "surface", "reference_index", "confidence",
                                        "unlinked_reason"],
               title=f"{len(cit_rows)} in-text citations, {linked} linked")
