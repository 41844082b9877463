"""Works: one identity per cited work across the corpus, corpus documents included.

A work is keyed by its DOI, else by its first author's normalised surname, its year and its title; references
that print the same work differently (a subtitle dropped, initials or full names, diacritics or none) collapse
into one work, so co-citation and coupling count the same thing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from litmine.citations.link import normalise_surname
from litmine.models import Document, Reference, Work

_STOP = frozenset("a an the of and in on for to at by with from de der die das la le les el los und et".split())
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ł": "l",
                           "Ł": "L", "đ": "d", "ı": "i", "þ": "th"})


def fold(text: str) -> str:
    """Lower case without diacritics: "Sørensen" → "sorensen", "Löffler" → "loffler"."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def title_tokens(title: str | None) -> frozenset[str]:
    if not title:
        return frozenset()
    return frozenset(t for t in re.findall(r"\w+", fold(title)) if t not in _STOP and len(t) > 1)


def first_surname(authors: list[dict[str, str]] | list[str]) -> str:
    """The first author's surname as the linker folds it, so Sørensen, Soerensen and Sorensen are one person."""
    if not authors:
        return ""
    a = authors[0]
    name = a.get("surname", "") if isinstance(a, dict) else str(a).split()[-1] if " " in str(a) else str(a)
    return normalise_surname(name)


def _same_title(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return True  # no title on one side: author and year decide
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) >= 0.75 or len(a & b) / len(a | b) >= 0.6


@dataclass
class _Cluster:
    key: str
    tokens: frozenset[str]
    members: list[Reference]
    doc: Document | None = None


def _work_id(key: str) -> str:
    return "w" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _doc_surname(doc: Document) -> str:
    return normalise_surname(doc.authors[0].split()[-1]) if doc.authors else ""


def build_works(references: list[Reference], documents: list[Document]) -> tuple[list[Work], dict[tuple[str, int], str]]:
    """Group references into works and tie works to corpus documents.

    Returns the works and, for each (doc_id, reference index), its work id.

    Example:
        >>> from litmine.models import Reference
        >>> r1 = Reference(0, "Hood, C. (1991) A public management for all seasons?", authors=[{"surname": "Hood"}],
        ...                year=1991, title="A public management for all seasons?", doc_id="d1")
        >>> r2 = Reference(3, "Hood C 1991 A Public Management for All Seasons", authors=[{"surname": "Hood"}],
        ...                year=1991, title="A Public Management for All Seasons", doc_id="d2")
        >>> works, which = build_works([r1, r2], [])
        >>> len(works), which[("d1", 0)] == which[("d2", 3)]
        (1, True)
    """
    by_doi: dict[str, _Cluster] = {}
    by_key: dict[str, _Cluster] = {}
    groups: dict[tuple[str, str], list[_Cluster]] = {}

    def group_key(surname: str, year: int | None, year_text: str | None) -> tuple[str, str]:
        return surname, str(year) if year else (year_text or "n.d.")

    def place(ref: Reference | None, doc: Document | None) -> _Cluster:
        doi = ((ref.doi if ref else doc.doi) or "").lower() or None
        if doi and doi in by_doi:
            return by_doi[doi]
        if ref is not None:
            surname, year, ytext, tokens = first_surname(ref.authors), ref.year, ref.year_text, title_tokens(ref.title)
        else:
            surname, year, ytext, tokens = _doc_surname(doc), doc.year, None, title_tokens(doc.title)
        gk = group_key(surname, year, ytext)
        if surname:
            for c in groups.get(gk, []):
                if _same_title(c.tokens, tokens) and not (doc is not None and c.doc is not None):
                    if not c.tokens:
                        c.tokens = tokens
                    return c
        key = f"doi:{doi}" if doi else f"{surname}|{gk[1]}|{' '.join(sorted(tokens))[:120]}" if surname else \
            f"raw|{fold(ref.raw if ref else doc.id)[:200]}"
        if key in by_key and not (doc is not None and by_key[key].doc is not None):
            return by_key[key]
        if key in by_key:  # two corpus documents alike in author, year and title: keep both
            key = f"{key}|{doc.id}"
        c = _Cluster(key, tokens, [])
        by_key[key] = c
        if surname:
            groups.setdefault(gk, []).append(c)
        if doi:
            by_doi[doi] = c
        return c

    clusters: dict[int, _Cluster] = {}
    for doc in documents:  # corpus documents first, so a reference to one joins it
        c = place(None, doc)
        c.doc = doc
        clusters[id(c)] = c
    assignments_c: list[tuple[Reference, _Cluster]] = []
    for ref in references:
        c = place(ref, None)
        c.members.append(ref)
        clusters[id(c)] = c
        doi = (ref.doi or "").lower()
        if doi:
            by_doi.setdefault(doi, c)
        assignments_c.append((ref, c))

    works: list[Work] = []
    ids: dict[int, str] = {}
    for c in clusters.values():
        wid = _work_id(c.key)
        ids[id(c)] = wid
        best = max(c.members, key=lambda r: len(r.raw), default=None)
        if c.doc is not None:
            d = c.doc
            works.append(Work(id=wid, title=d.title, year=d.year, container=d.venue, doi=d.doi or (best and best.doi),
                              authors=[_split_name(a) for a in d.authors], type=best.type if best else "other",
                              doc_id=d.id))
        else:
            works.append(Work(id=wid, title=best.title, authors=best.authors, year=best.year, container=best.container,
                              doi=next((r.doi for r in c.members if r.doi), None), type=best.type))
    assignments = {(ref.doc_id, ref.index): ids[id(c)] for ref, c in assignments_c}
    return works, assignments


def _split_name(name: str) -> dict[str, str]:
    parts = name.split()
    return {"surname": parts[-1], "given": " ".join(parts[:-1])} if len(parts) > 1 else {"surname": name, "given": ""}
