"""What `litmine citations` lists, as plain rows: a corpus's (or one document's) references with their fields and
how often the text cites each, its in-text callouts with the reference each links to, and the cited works once
each (for a table, BibTeX or RIS)."""

from __future__ import annotations

from collections import Counter

from litmine.export.bibliography import BibEntry, entry_from_work, fullest_references, works_rows
from litmine.models import Work
from litmine.networks import build_citation_graph
from litmine.store import Store

WORK_COLUMNS = ["id", "authors", "year", "title", "container", "doi", "type", "citing_documents", "first_cited",
                "last_cited", "doc_id"]


def _cited_works(store: Store, doc_id: str | None) -> tuple[list[Work], dict]:
    """The works the corpus (or the document) cites, and each one's fullest reference."""
    fullest = fullest_references(store.iter_references(doc_id) if doc_id else store.iter_references())
    return [w for w in store.iter_works() if w.id in fullest], fullest


def build_work_entries(store: Store, doc_id: str | None = None) -> list[BibEntry]:
    """Every cited work once, as a bibliography entry (to_bibtex, to_ris), from its fullest reference."""
    works, fullest = _cited_works(store, doc_id)
    return [entry_from_work(w, fullest[w.id]) for w in works]


def build_work_rows(store: Store, doc_id: str | None = None) -> list[dict]:
    """Every cited work once (WORK_COLUMNS), the most cited first: by citing documents, then in-text callouts,
    then the newest, then title."""
    works, _ = _cited_works(store, doc_id)
    stats = dict(build_citation_graph(store, kind="direct").nodes(data=True))
    return sorted(works_rows(works, stats), key=lambda r: (
        -r["citing_documents"], -stats.get(r["id"], {}).get("callouts", 0), -(r["year"] or 0), str(r["title"] or "")))


def build_citation_rows(store: Store, doc_id: str | None = None) -> tuple[list[dict], list[dict]]:
    """(reference rows, callout rows) of the corpus or one document.

    A reference row has its fields, authors as "Family, Given", `cited`, how many callouts link to it, its source
    (list, footnote, or short: a note's short form, whose callouts link to the reference of index `repeats`); a callout
    row has its surface, page, sentence, the linked reference's text (or why none) and the link's confidence.

    Example:
        >>> build_citation_rows(Store(":memory:"))
        ([], [])
    """
    refs = list(store.iter_references(doc_id))
    cits = list(store.iter_citations(doc_id))
    by_key = {(r.doc_id, r.index): r for r in refs}
    times_cited = Counter((c.doc_id, c.reference_index) for c in cits if c.reference_index is not None)
    ref_rows = [{"doc_id": r.doc_id, "index": r.index, "source": r.source,
                 "cited": times_cited.get((r.doc_id, r.index), 0),
                 "authors": [f"{a.get('surname', '')}, {a.get('given', '')}".strip(", ") for a in r.authors],
                 "year": f"{r.year}{r.year_suffix}" if r.year else r.year_text, "title": r.title,
                 "container": r.container, "volume": r.volume, "issue": r.issue, "pages": r.pages, "doi": r.doi,
                 "url": r.url, "type": r.type, "work_id": r.work_id, "repeats": r.repeats, "raw": r.raw} for r in refs]
    cit_rows = []
    for c in cits:
        ref = by_key.get((c.doc_id, c.reference_index)) if c.reference_index is not None else None
        cit_rows.append({"doc_id": c.doc_id, "page": c.page, "surface": c.surface, "authors": c.authors,
                         "year": f"{c.year}{c.year_suffix}" if c.year else c.year_text, "pages": c.pages,
                         "narrative": c.narrative, "style": c.style, "reference_index": c.reference_index,
                         "reference": ref.raw if ref else None, "confidence": round(c.confidence, 2),
                         "unlinked_reason": c.unlinked_reason, "sentence": c.sentence})
    return ref_rows, cit_rows
