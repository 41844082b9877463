"""Concept counts: concept x document x year, per concept, per year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

By = Literal["document", "concept", "year"]


def count_concepts(mentions: Iterable[dict], documents: dict[str, dict], concepts: Sequence[dict], *,
                   by: By = "document") -> list[dict]:
    """Count mentions (dicts with concept, doc_id, via) per concept and document, concept, or concept and year.

    documents maps doc id to {"year", "title", "path", "words"}; concepts are {"id", "label", "group"} in lexicon
    order, which orders the rows. Concepts without mentions appear in the per-concept view only.

    Example:
        >>> rows = count_concepts([{"concept": "co-design", "doc_id": "d1", "via": "pattern"}],
        ...                       {"d1": {"year": 2020, "title": "T", "path": "a.txt", "words": 100}},
        ...                       [{"id": "co-design", "label": "Co-design", "group": "collaboration"}], by="concept")
        >>> rows[0]["mentions"], rows[0]["documents"], rows[0]["first_year"]
        (1, 1, 2020)
    """
    order = {c["id"]: i for i, c in enumerate(concepts)}
    labels = {c["id"]: c for c in concepts}
    per_doc: dict[tuple[str, str], dict] = {}
    for m in mentions:
        key = (m["concept"], m["doc_id"])
        row = per_doc.get(key)
        if row is None:
            row = per_doc[key] = {"mentions": 0, "acronyms": 0}
        row["mentions"] += 1
        if m.get("via") in ("acronym", "defined", "glossary"):
            row["acronyms"] += 1

    def base(cid: str) -> dict:
        c = labels.get(cid, {})
        return {"concept": cid, "label": c.get("label", cid), "group": c.get("group", "")}

    if by == "document":
        rows = _rows_by_document(per_doc, documents, base)
        rows.sort(key=lambda r: (order.get(r["concept"], len(order)), r["year"] is None, r["year"] or 0,
                                 r["path"] or ""))
        return rows
    if by == "year":
        rows = _rows_by_year(per_doc, documents, base)
        rows.sort(key=lambda r: (order.get(r["concept"], len(order)), r["year"] is None, r["year"] or 0))
        return rows
    return [_concept_row(cid, per_doc, documents, base) for cid in list(labels) + sorted({c for c, _ in per_doc} -
                                                                                         set(labels))]


def _rows_by_document(per_doc: dict[tuple[str, str], dict], documents: dict[str, dict], base) -> list[dict]:
    """One row per concept and document that mentions it: mentions, those via an acronym, per 10,000 words."""
    rows = []
    for (cid, doc_id), n in per_doc.items():
        d = documents.get(doc_id, {})
        words = d.get("words") or 0
        rows.append({**base(cid), "doc_id": doc_id, "title": d.get("title"), "path": d.get("path"),
                     "year": d.get("year"), "mentions": n["mentions"], "via_acronym": n["acronyms"],
                     "per_10k_words": round(n["mentions"] * 10000 / words, 2) if words else None})
    return rows


def _rows_by_year(per_doc: dict[tuple[str, str], dict], documents: dict[str, dict], base) -> list[dict]:
    """One row per concept and year it is mentioned in: mentions, documents, the year's documents, and mentions per
    10,000 words of the year's documents."""
    acc: dict[tuple[str, int | None], dict] = defaultdict(lambda: {"mentions": 0, "docs": set()})
    words_by_year: dict[int | None, int] = defaultdict(int)
    docs_by_year: dict[int | None, int] = defaultdict(int)
    for d in documents.values():
        words_by_year[d.get("year")] += d.get("words") or 0
        docs_by_year[d.get("year")] += 1
    for (cid, doc_id), n in per_doc.items():
        year = documents.get(doc_id, {}).get("year")
        acc[(cid, year)]["mentions"] += n["mentions"]
        acc[(cid, year)]["docs"].add(doc_id)
    return [{**base(cid), "year": year, "mentions": a["mentions"], "documents": len(a["docs"]),
             "documents_that_year": docs_by_year.get(year, 0),
             "per_10k_words": round(a["mentions"] * 10000 / words_by_year[year], 2)
             if words_by_year.get(year) else None}
            for (cid, year), a in acc.items()]


def _concept_row(cid: str, per_doc: dict[tuple[str, str], dict], documents: dict[str, dict], base) -> dict:
    """A concept's totals: mentions, those via an acronym, documents, first and last year."""
    docs = [(doc_id, n) for (c, doc_id), n in per_doc.items() if c == cid]
    years = [documents.get(doc_id, {}).get("year") for doc_id, _ in docs]
    years = [y for y in years if y is not None]
    return {**base(cid), "mentions": sum(n["mentions"] for _, n in docs),
            "via_acronym": sum(n["acronyms"] for _, n in docs), "documents": len(docs),
            "first_year": min(years) if years else None, "last_year": max(years) if years else None}
