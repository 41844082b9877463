"""Works: one identity per cited work across the corpus, corpus documents included.

A work is keyed by its DOI, else by its first author's normalised surname (a corporate author's whole name), its
year and its title. References that print one work differently join it: a subtitle dropped, initials or full names,
diacritics or none, "&" or "and", small title differences and one-letter typos, "forthcoming" in one list and "in
press" (or the year it came out) in another. A note's short form kept as a reference (source "short") is the work
of the reference it repeats. Two works never share an identity when their DOIs differ, their years
differ (neither forthcoming), their titles clearly differ, or one document lists both under different year suffixes
("Furnham 1990a" and "Furnham 1990b").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from litmine.citations.surnames import author_name, normalise_surname, within_one_edit
from litmine.models import Document, Reference, Work

_STOP = frozenset("a an the of and in on for to at by with from de der die das la le les el los und et".split())
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ł": "l",
                           "Ł": "L", "đ": "d", "ı": "i", "þ": "th"})
# Year texts of works not yet out: English and German ("im Druck", "im Erscheinen", "i. E.", "in Vorbereitung").
_UNPUBLISHED = re.compile(r"press|forthcoming|prep|submitted|review|accepted|druck|erscheinen|i\.\s?e\.|vorbereitung",
                          re.I)
_UNDATED = re.compile(r"^\s*(?:n\.?\s?d\.?|no date|undated|s\.?\s?d\.?|o\.\s?j\.)\s*$", re.I)
# A short citation's page numbers taken for its title ("Kment 2006: 1336 ff.", "Einig/Spiecker 2002: 150, 156"):
# no title, so author and year decide.
_PINPOINT = re.compile(r"^\s*(?:S\.\s*)?\d+(?:\s*(?:ff?\.|[-–−]\s*\d+))?\s*(?:[,;)]|ff?\.|$)")
_ETAL = frozenset(("others", "etal", "al", "ua", "coll"))
_MAX_TITLES = 6  # title forms kept per work for comparison; more add nothing but time


def fold(text: str) -> str:
    """Lower case without diacritics: "Sørensen" → "sorensen", "Löffler" → "loffler"."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def title_tokens(title: str | None) -> frozenset[str]:
    """The content words of a title, folded: what two printings of one title share."""
    if not title:
        return frozenset()
    return frozenset(t for t in re.findall(r"\w+", fold(title)) if t not in _STOP and len(t) > 1)


@lru_cache(maxsize=65536)
def _title_words(title: str | None) -> str:
    return " ".join(re.findall(r"\w+", fold(title or "")))


def first_surname(authors: list[dict[str, str]] | list[str]) -> str:
    """The first author's surname as the linker folds it, so Sørensen, Soerensen and Sorensen are one person; a
    corporate author ({"literal": "R Core Team"}) by its whole name."""
    if not authors:
        return ""
    a = authors[0]
    if isinstance(a, dict):
        name = author_name(a)
    else:
        name = str(a).split()[-1] if " " in str(a) else str(a)
    return normalise_surname(name)


def _near(a: str, b: str) -> bool:
    """One edit apart (a typo) in words of five letters or more."""
    return min(len(a), len(b)) >= 5 and within_one_edit(a, b)


def title_similarity(a: str | None, b: str | None) -> tuple[float, float]:
    """(containment, jaccard) of two titles' content words, a one-letter typo counting as the same word.

    Containment is the share of the shorter title's words found in the longer one (a dropped subtitle keeps it at
    1); jaccard the share of all words the two have in common.

    Example:
        >>> title_similarity("Public management and governance", "Public managment & governance: an introduction")
        (1.0, 0.75)
    """
    ta, tb = title_tokens(a), title_tokens(b)
    if not ta or not tb:
        return 0.0, 0.0
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    common = small & large
    matched = len(common) + sum(1 for t in small - common if any(_near(t, u) for u in large - common))
    return matched / len(small), matched / (len(ta) + len(tb) - matched)


@dataclass
class _Item:
    """What identity needs of one reference or corpus document."""

    surname: str
    second: str  # the second author's folded surname, "" when one author or none
    year: int | None
    year_class: str | None  # "press" (forthcoming, in press), "n.d." or None
    suffix: str
    title: str | None
    doi: str | None
    doc_id: str | None  # the citing document (for a corpus document: itself)


@dataclass
class _Cluster:
    key: str
    members: list[Reference] = field(default_factory=list)
    doc: Document | None = None
    titles: list[str] = field(default_factory=list)
    dois: set[str] = field(default_factory=set)
    seconds: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    suffixes: dict[str, set[str]] = field(default_factory=dict)  # citing document → year suffixes it printed
    dated: dict[str, set[int]] = field(default_factory=dict)  # citing document → the years it printed

    def add(self, item: _Item) -> None:
        if item.title and len(self.titles) < _MAX_TITLES and item.title not in self.titles:
            self.titles.append(item.title)
        if item.doi:
            self.dois.add(item.doi)
        if item.second:
            self.seconds.add(item.second)
        if item.year and item.year_class is None:
            self.years.add(item.year)
        if item.doc_id:
            self.suffixes.setdefault(item.doc_id, set()).add(item.suffix)
            if item.year:
                self.dated.setdefault(item.doc_id, set()).add(item.year)


def _year_class(year_text: str | None) -> str | None:
    if not year_text:
        return None
    if _UNPUBLISHED.search(year_text):
        return "press"
    return "n.d." if _UNDATED.match(year_text) else None


def _same_doi(a: str, b: str) -> bool:
    """Equal, or one cut short of the other at a line break (a prefix of 12+ characters)."""
    return a == b or (min(len(a), len(b)) >= 12 and (a.startswith(b) or b.startswith(a)))


def _titles_match(item: _Item, c: _Cluster, *, strong: bool) -> float:
    """How well the item's title matches the work's: 0 when they clearly differ. A strong match (required when
    years or suffixes disagree) wants most words of two real titles in common."""
    if not item.title or not c.titles:
        return 0.0 if strong else 0.5  # no title on one side: author and year decide
    best = 0.0
    words = _title_words(item.title)
    for t in c.titles:
        contain, jac = title_similarity(item.title, t)
        n = min(len(title_tokens(item.title)), len(title_tokens(t)))
        other = _title_words(t)
        prefix = bool(words and other) and (words.startswith(other) or other.startswith(words))
        if strong:
            ok = n >= 2 and (jac >= 0.7 or (contain >= 0.8 and prefix) or (contain >= 0.9 and n >= 4))
        else:  # a dropped subtitle keeps the shorter title a prefix; else nearly all words must agree
            ok = jac >= 0.6 or (contain >= 0.75 and prefix) or (contain >= 0.9 and n >= 3)
        if ok:
            best = max(best, 0.5 + 0.5 * jac)
    return best


def _existing_cluster(item: _Item, ref: Reference, by_doi: dict[str, _Cluster], by_key: dict[str, _Cluster],
                      groups: dict[str, list[_Cluster]]) -> _Cluster | None:
    """The work a reference joins: the one with its DOI, else the best-scoring work of its first author (the
    earliest on a tie), else for a short footnote citation the one work of that author and year its document
    cites, else for a reference without an author the work of the same key; None for a new work."""
    c = by_doi.get(item.doi) if item.doi else None
    if c is None and item.surname:
        scored = [(s, k, cand) for k, cand in enumerate(groups.get(item.surname, ())) if (s := _score(item, cand))]
        if scored:
            c = max(scored, key=lambda t: (t[0], -t[1]))[2]
        elif ref.source == "footnote" and _author_year_first(ref):
            c = _short_citation_of(item, groups.get(item.surname, ()))
    if c is None and not item.surname:
        c = by_key.get(_key(item, ref.raw))
    return c


def _cluster_work(c: _Cluster, wid: str) -> Work:
    """A cluster's Work: the corpus document's metadata where it is one, else its fullest reference's fields."""
    best = max(c.members, key=lambda r: (r.year is not None, bool(r.title), len(r.raw)), default=None)
    if c.doc is not None:
        d = c.doc
        return Work(id=wid, title=d.title, year=d.year, container=d.venue, doi=d.doi or (best and best.doi),
                    authors=[_split_name(a) for a in d.authors], type=best.type if best else "other", doc_id=d.id)
    return Work(id=wid, title=best.title, authors=best.authors, year=best.year, container=best.container,
                doi=next((r.doi for r in c.members if r.doi), None), type=best.type)


def _score(item: _Item, c: _Cluster) -> float:
    """How likely the item is the cluster's work, 0 when they cannot be one work."""
    if item.doi and c.dois:
        return 2.0 if any(_same_doi(item.doi, d) for d in c.dois) else 0.0
    strong = _strong_title_needed(item, c)
    return 0.0 if strong is None else _titles_match(item, c, strong=strong)


def _strong_title_needed(item: _Item, c: _Cluster) -> bool | None:
    """Whether only a strong title match makes the item the cluster's work (the year cannot help), or None when
    the two cannot be one work (another year; another letter of the same year in the item's own list)."""
    published = item.year is not None and item.year_class is None
    if published and c.years and item.year not in c.years:
        return None
    # a forthcoming work, or a year on one side only: the title decides, not the year
    strong = item.year_class == "press" or (published and not c.years) or (not published and bool(c.years))
    mine = c.suffixes.get(item.doc_id or "", set())
    if item.suffix and mine and item.suffix not in mine and "" not in mine:
        return None  # "1990a" and "1990b" in one list are two works
    if item.suffix and any(s and s != item.suffix for ss in c.suffixes.values() for s in ss):
        strong = True  # other lists letter the year differently: "1990a" there may be "1990b" here
    if item.second and c.seconds and item.second not in c.seconds:
        strong = True  # another co-author: Adhikari & Wagner (2021) is not Adhikari & Jordan (2021)
    return strong


_JOINERS = frozenset("and und et al u a ua eds ed hrsg hg".split())


def _author_year_first(ref: Reference) -> bool:
    """True when the year follows the authors' names with nothing else between them ("Kaindl / Dörfler (2007)
    59", "Koch et al. 1999: 38"), as in a short citation; not when it stands after a title or a date ("UK Space
    Agency, Space Sector Skills Survey 2023", "in persönlicher Kommunikation vom 3.3.2009")."""
    if not ref.year:
        return False
    raw = fold(ref.raw)
    names = {w for a in ref.authors or ref.editors
             for w in re.findall(r"[a-z]+", fold(a.get("surname") or a.get("literal") or a.get("given") or ""))}
    first = next((m for w in sorted(names, key=len, reverse=True) if (m := re.search(rf"\b{w}\b", raw))), None)
    year = raw.find(str(ref.year), first.end() if first else 0)
    if first is None or year < 0 or year - first.end() > 60:
        return False
    words = re.findall(r"[a-z]{2,}", raw[first.end():year])
    return all(w in names or w in _JOINERS for w in words)


def _short_citation_of(item: _Item, candidates) -> _Cluster | None:
    """The one work of this author and year the same document already cites, for a footnote whose title did not
    match: footnotes cite a work in full once and then short ("Kaindl / Dörfler (2007) 59", "Martin (2008). Beide
    Autoren betonen..."). None when the document cites two or more such works (the title must decide then), or
    when a year suffix or the second author disagrees."""
    if not item.doc_id or not item.year or item.year_class:
        return None
    found = [c for c in candidates if item.year in c.dated.get(item.doc_id, ())]
    if len(found) != 1:
        return None
    c = found[0]
    mine = c.suffixes.get(item.doc_id, set())
    if (item.suffix and mine and item.suffix not in mine and "" not in mine) or \
            (item.second and c.seconds and item.second not in c.seconds):
        return None
    return c


def _work_id(key: str) -> str:
    return "w" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _doc_surname(doc: Document) -> str:
    if doc.creators:
        c = doc.creators[0]
        name = c.get("family") or c.get("literal") or ""
        if name:
            return normalise_surname(name)
    return normalise_surname(doc.authors[0].split()[-1]) if doc.authors else ""


def _ref_item(ref: Reference) -> _Item:
    cls = _year_class(ref.year_text)
    names = ref.authors or ref.editors
    second = first_surname(names[1:2]) if len(names) > 1 else ""
    if second in _ETAL:
        second = ""
    title = None if ref.title and _PINPOINT.match(ref.title) else ref.title
    return _Item(first_surname(names), second, ref.year, cls, ref.year_suffix or "", title,
                 (ref.doi or "").lower() or None, ref.doc_id)


def build_works(references: list[Reference],
                documents: list[Document]) -> tuple[list[Work], dict[tuple[str, int], str]]:
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
    groups: dict[str, list[_Cluster]] = {}
    order: list[_Cluster] = []

    def new_cluster(item: _Item, key: str) -> _Cluster:
        if key in by_key:  # two works alike in what keys them (corpus documents, or a raw string twice)
            key = f"{key}|{len(order)}"
        c = _Cluster(key)
        by_key[key] = c
        order.append(c)
        if item.surname:
            groups.setdefault(item.surname, []).append(c)
        return c

    for doc in documents:  # corpus documents first, so a reference to one joins it; two never merge
        item = _Item(_doc_surname(doc), "", doc.year, None, "", doc.title, (doc.doi or "").lower() or None, doc.id)
        c = new_cluster(item, _key(item, doc.id))
        c.doc = doc
        c.add(item)
        if item.doi:
            by_doi.setdefault(item.doi, c)

    assigned: list[tuple[Reference, _Cluster]] = []
    for ref in references:
        if ref.source == "short":  # a note's short form: the work of the reference it repeats (below)
            continue
        item = _ref_item(ref)
        c = _existing_cluster(item, ref, by_doi, by_key, groups)
        if c is None:
            c = new_cluster(item, _key(item, ref.raw))
        c.members.append(ref)
        c.add(item)
        if item.doi:
            by_doi.setdefault(item.doi, c)
        assigned.append((ref, c))

    works: list[Work] = []
    ids: dict[int, str] = {}
    for c in order:
        if not c.members and c.doc is None:
            continue
        wid = _work_id(c.key)
        ids[id(c)] = wid
        works.append(_cluster_work(c, wid))
    assignments = {(ref.doc_id, ref.index): ids[id(c)] for ref, c in assigned}
    assignments.update(_short_forms(references, assignments))
    return works, assignments


def one_work(references: list[Reference]) -> bool:
    """True when build_works gives these references of one document one identity (the document's own suffixes
    count: "1990a" and "1990b" of one list are two works).

    Example:
        >>> a = Reference(0, "Hood, C. (1991) A public management for all seasons?", authors=[{"surname": "Hood"}],
        ...               year=1991, title="A public management for all seasons?")
        >>> b = Reference(7, "Hood, A public management for all seasons, 1991", authors=[{"surname": "Hood"}],
        ...               year=1991, title="A public management for all seasons", source="footnote")
        >>> c = Reference(8, "Hood, The art of the state, 1991", authors=[{"surname": "Hood"}], year=1991,
        ...               title="The art of the state", source="footnote")
        >>> one_work([a, b]), one_work([a, c])
        (True, False)
    """
    same = [replace(r, doc_id="one document") for r in references]
    _, which = build_works(same, [])
    ids = {which.get(("one document", r.index)) for r in same}
    return len(ids) == 1 and None not in ids


def _short_forms(references: list[Reference], assignments: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """Each short form (source "short": "Weber (1922), S. 12" in a note) is the work of the reference it repeats,
    never a work of its own, and its fields shape no work."""
    return {(r.doc_id, r.index): wid for r in references
            if r.source == "short" and (wid := assignments.get((r.doc_id, r.repeats))) is not None}


def _key(item: _Item, raw: str) -> str:
    """The identity key a new work is named by: DOI, else surname + year + title words, else the raw text."""
    if item.doi:
        return f"doi:{item.doi}"
    if not item.surname:
        return f"raw|{fold(raw)[:200]}"
    year = str(item.year) if item.year and item.year_class is None else (item.year_class or "n.d.")
    return f"{item.surname}|{year}{item.suffix}|{' '.join(sorted(title_tokens(item.title)))[:120]}"


def _split_name(name: str) -> dict[str, str]:
    parts = name.split()
    return {"surname": parts[-1], "given": " ".join(parts[:-1])} if len(parts) > 1 else {"surname": name, "given": ""}
