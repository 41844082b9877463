"""The store's documents as the rows `litmine docs` lists: one per corpus file, with flags (no year, read by OCR),
the fields the header model is unsure of, where each field came from and, for a Zotero library, the item's link;
shaped for a table, for JSON, or for a CSV that `litmine ingest --metadata` reads back."""

from __future__ import annotations

from typing import Literal

from litmine.store import Store

COLUMNS = ["id", "path", "title", "authors", "year", "venue", "doi", "pages", "passages", "languages", "status",
           "error", "flags", "low_confidence"]
TABLE_COLUMNS = ["id", "path", "title", "authors", "year", "pages", "passages", "languages", "status", "note"]
_FLAG_NOTES = ("no publication year", "read by OCR", "OCR ")


def build_document_rows(store: Store, *, form: Literal["table", "json", "csv"] = "json"
                        ) -> tuple[list[dict], list[str]]:
    """(rows, columns) of every corpus file.

    json: COLUMNS + sources (+ zotero: key, select link, collections, tags, citation key, when the store holds a
    Zotero library); csv: the same columns, authors as one cell `ingest --metadata` reads back (persons
    "Family, Given", organisations whole); table: TABLE_COLUMNS, id prefixes, short author lists and titles, and
    one note (the error, else the flags and the unsure fields).

    Example:
        >>> build_document_rows(Store(":memory:"), form="table")[0]
        []
    """
    rows = store.document_rows()
    links = store.zotero_links()
    for r in rows:
        r["flags"] = [n for n in r.pop("notes") if n.startswith(_FLAG_NOTES)]
        if r["status"] == "ok" and r["year"] is None and not r["flags"]:
            r["flags"] = ["no publication year found"]
        if r["id"] and form == "table":
            r["id"] = r["id"][:12]
    columns = COLUMNS + ["sources"]
    if links and form == "json":
        for r in rows:
            link = links.get(r["id"]) if r["id"] else None
            r["zotero"] = {k: link[k] for k in ("key", "select", "collections", "tags", "citekey")} if link else None
        columns.append("zotero")
    if form == "csv":
        _authors_as_metadata(rows)
    if form == "table":
        _shorten_for_table(rows)
        columns = TABLE_COLUMNS
    return rows, columns


def _authors_as_metadata(rows: list[dict]) -> None:
    """Authors as `ingest --metadata` reads them back: the correction loop of the README."""
    from litmine.ingest.sidecars import build_authors_cell

    for r in rows:
        r["authors"] = build_authors_cell(r["authors"], r.get("creators"))


def _shorten_for_table(rows: list[dict]) -> None:
    from litmine.citations.cite import build_author_names

    for r in rows:
        names = build_author_names(r["authors"], r.get("creators"))  # organisations whole, not "Inquiry"
        r["authors"] = names[0] + (" et al." if len(names) > 2 else
                                   f" & {names[1]}" if len(names) == 2 else "") if names else ""
        r["title"] = (r["title"] or "")[:70] + ("…" if len(r["title"] or "") > 70 else "")
        unsure = [f"low confidence: {', '.join(r['low_confidence'])}"] if r["low_confidence"] else []
        r["note"] = "; ".join([r["error"]] if r["error"] else r["flags"] + unsure)
