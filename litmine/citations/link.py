"""Link in-text callouts to the entries of their document's reference list.

Author-year callouts match on the normalised first-author surname, the year and its suffix, then the other
authors; numeric ones on the printed number. Each citation gets reference_index, a confidence in 0..1 and, when
unlinked, the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from litmine.citations.surnames import author_name, normalise_surname, surname_tokens, within_one_edit
from litmine.citations.works import one_work
from litmine.models import Citation, Reference

__all__ = ["find_uncited", "link_citations", "normalise_surname"]

_ORG_SPLIT = re.compile(r"[\s\-/]+")
_ORG_SMALL = frozenset("for of and the on in to und für de du des et".split())
_BRACKET_ACRONYM = re.compile(r"[\[(]\s*([A-Z][A-Za-z&]{1,9})\s*[\])]")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}s?")
_RAW_HEAD = re.compile(r"^\s*(?:\[\d+\]|\d+[.)])?\s*(.+?)\s*(?:[(,.]\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)|$)")
_RAW_NUMBER = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]\s)")
_RAW_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)([a-z])?\b")
_UNDATED = re.compile(r"^(?:n\.?\s?d\.?|no date|undated|s\.?\s?d\.?|o\.\s?j\.)$")
# English and German ("im Druck", "im Erscheinen", "i. E.", "in Vorbereitung") texts of a work not yet out
_UNPUBLISHED = re.compile(r"press|forthcoming|prep|submitted|review|accepted|druck|erscheinen|vorbereitung|^i\.\s?e\.")


def _acronyms(name: str) -> set[str]:
    """Acronyms a corporate name answers to: "(DWP)" printed in it, and the initials of its capitalised words."""
    out = {m.group(1).upper() for m in _BRACKET_ACRONYM.finditer(name)}
    words = [w for w in _ORG_SPLIT.split(_BRACKET_ACRONYM.sub(" ", name)) if w]
    initials = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _ORG_SMALL)
    if len(initials) >= 2:
        out.add(initials.upper())
    if _ACRONYM.fullmatch(name.strip()):
        out.add(name.strip().rstrip("s").upper())
    return out


@lru_cache(maxsize=65536)  # a callout's name is scored against every entry's, and names recur across callouts
def _name_score(cited: str, ref: str) -> float:
    """How well a printed callout name matches a reference's author name: 1, 0.9 (partial, acronym), 0.75 (typo)."""
    a, b = normalise_surname(cited), normalise_surname(ref)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ta, tb = surname_tokens(cited), surname_tokens(ref)
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(long_) > 1 and (long_[:len(short)] == short or long_[-len(short):] == short):
        return 0.9  # "Duncan Smith" / "Iain Duncan Smith", "Martín Míguez" / "Martín"
    if (_ACRONYM.fullmatch(cited.strip()) and cited.strip().rstrip("s").upper() in _acronyms(ref)) or \
            (_ACRONYM.fullmatch(ref.strip()) and ref.strip().rstrip("s").upper() in _acronyms(cited)):
        return 0.9
    if min(len(a), len(b)) >= 6 and within_one_edit(a, b):
        return 0.75
    return 0.0


@dataclass
class _Ref:
    ref: Reference
    names: list[str]
    year: int | None
    suffix: str
    year_class: str | None
    raw_acronyms: set[str]
    head: str | None = None  # the entry's opening words before its year: a corporate name the parser cut


def _ref_names(r: Reference) -> list[str]:
    names = [author_name(a) for a in (r.authors or r.editors)]
    names = [n for n in names if n.strip()]
    if not names and r.raw:  # a corporate author the parser left unsplit, or no parse at all
        m = _RAW_HEAD.match(r.raw)
        if m and len(m.group(1)) <= 120:
            names = [m.group(1)]
    return names


def _prepare(references: list[Reference]) -> list[_Ref]:
    """Each reference with its author names, year and suffix; what the parser left empty is read from raw."""
    out = []
    for r in references:
        year, suffix = r.year, r.year_suffix or ""
        if year is None and r.year_text is None and r.raw:
            m = _RAW_YEAR.search(r.raw)
            if m:
                year, suffix = int(m.group(1)), m.group(2) or ""
        elif year is not None and not suffix and r.raw:  # "Lindsay, C. (2007a)" with the suffix left in raw
            suffix = next((m.group(2) for m in _RAW_YEAR.finditer(r.raw) if int(m.group(1)) == year and m.group(2)),
                          "")
        out.append(_Ref(r, _ref_names(r), year, suffix, _year_class(r.year_text),
                        {m.group(1).upper() for m in _BRACKET_ACRONYM.finditer(r.raw or "")}))
    _infer_suffixes(out)
    return out


def _infer_suffixes(refs: list[_Ref]) -> None:
    """Give same-author same-year entries without printed suffixes the letters a, b, ... in list order."""
    groups: dict[tuple, list[_Ref]] = {}
    for p in refs:
        if p.year is None or not p.names:
            continue
        second = normalise_surname(p.names[1]) if len(p.names) == 2 else ("+" if len(p.names) > 2 else "")
        groups.setdefault((normalise_surname(p.names[0]), second, p.year), []).append(p)
    for group in groups.values():
        if len(group) > 1 and not any(p.suffix for p in group):
            for k, p in enumerate(sorted(group, key=lambda p: p.ref.index)):
                p.suffix = chr(ord("a") + k) if k < 26 else ""


def _year_class(year_text: str | None) -> str | None:
    """"n.d." for undated works, "press" for forthcoming ones (in press, in preparation), else None."""
    low = (year_text or "").strip().lower()
    if _UNDATED.match(low):
        return "n.d."
    return "press" if _UNPUBLISHED.search(low) else None


def _year_score(c: Citation, p: _Ref) -> float:
    if c.year is None:
        cls = _year_class(c.year_text)
        return 1.0 if cls and cls == p.year_class else 0.0
    if p.year is None and p.year_class is None:
        return 0.4  # the entry's year was not found: the author alone, when nothing better matches
    if c.year != p.year:
        return 0.0
    if c.year_suffix == p.suffix:
        return 1.0
    if c.year_suffix and p.suffix:
        return 0.0
    return 0.85 if c.year_suffix else 0.8  # a suffix printed on one side only


def _coauthor_score(c: Citation, names: list[str]) -> float:
    n = len(names)
    if c.et_al:
        if len(c.authors) >= 2 and not _leading_coauthors(c.authors, names):
            return 0.3
        return 1.0 if n >= 3 else 0.85 if n == 2 else 0.5
    if len(c.authors) >= 2:
        rest = names[1:]
        ok = all(any(_name_score(a, r) for r in rest) for a in c.authors[1:])
        if not ok:
            return 0.3
        return 1.0 if n == len(c.authors) else 0.9
    return 1.0 if n == 1 else 0.7 if n == 2 else 0.6


def _leading_coauthors(cited: list[str], names: list[str]) -> bool:
    """APA: when two works would both shorten to "Wickham et al., 2019", as many names as tell them apart are
    printed before "et al." ("Wickham, Averick, et al., 2019"); those names are the entry's first ones, in order."""
    rest = names[1:len(cited)]
    return len(rest) == len(cited) - 1 and all(_name_score(a, r) for a, r in zip(cited[1:], rest))


def _head_score(cited: str, p: _Ref) -> float:
    """How well a callout's name matches the entry's printed opening words ("Canvas Community. (2024)")."""
    if p.head is None:  # read once, when a callout first needs it
        m = _RAW_HEAD.match(p.ref.raw or "")
        p.head = m.group(1) if m and len(m.group(1)) <= 120 else ""
        if p.names and p.head and normalise_surname(p.head) == normalise_surname(p.names[0]):
            p.head = ""  # the usual case: the entry opens with the surname the parser read
    return _name_score(cited, p.head) if p.head else 0.0


def _author_score(cited: str, p: _Ref) -> float:
    s = _name_score(cited, p.names[0]) if p.names else 0.0
    if s < 1.0:
        s = max(s, _head_score(cited, p))
    if not s and _ACRONYM.fullmatch(cited.strip()) and cited.strip().upper() in p.raw_acronyms:
        s = 0.9  # "DWP" and a reference printed "Department for Work and Pensions (DWP) (2010)"
    return s


def _by_author(cited: str, refs: list[_Ref], found: dict[str, list[tuple[float, _Ref]]] | None) -> list[
        tuple[float, _Ref]]:
    """The references a callout's first name matches, with their scores; found keeps them by name for one
    document's callouts (a name is cited again and again)."""
    if found is not None and cited in found:
        return found[cited]
    out = [(s, p) for p in refs if (s := _author_score(cited, p))]
    if found is not None:
        found[cited] = out
    return out


def _link_author_year(c: Citation, refs: list[_Ref], found: dict[str, list[tuple[float, _Ref]]] | None = None) -> None:
    if not c.authors:
        c.unlinked_reason = "no author in the callout"
        return
    by_author = _by_author(c.authors[0], refs, found)
    if not by_author:
        c.unlinked_reason = "no reference with this author"
        return
    scored = []
    for s, p in by_author:
        y = _year_score(c, p)
        if y:
            scored.append((s * y * _coauthor_score(c, p.names), p))
    if not scored:
        c.unlinked_reason = "no reference with this author and year"
        return
    best = max(s for s, _ in scored)
    top = [p for s, p in scored if s >= best - 1e-9]
    if len(top) > 1:  # the parsed authors tie: the entry that prints the callout's name as its opening words wins
        heads = [_head_score(c.authors[0], p) for p in top]
        top = [p for p, h in zip(top, heads) if h >= max(heads)]
    if len(top) > 1:
        top = _one_work(top)
    if len(top) > 1:
        c.unlinked_reason = f"ambiguous: {len(top)} references match"
        return
    c.reference_index, c.confidence = top[0].ref.index, round(best, 3)


def _one_work(top: list[_Ref]) -> list[_Ref]:
    """Tied candidates that are one work cited twice (a work in the list and given in full in a note, or in full
    in two notes: "(Niehaus et al. 2008)" beside both) are no ambiguity: the callout cites that work, and links to the
    list's entry, else the earliest reference. One work is the identity works.build_works gives them (author, year
    and suffix, co-author, titles that agree, DOI). Two entries of the reference list are never one work here: a
    list names each work once (same-author same-year entries are letters a, b, ...: _infer_suffixes). Else top."""
    refs = [p.ref for p in top]
    if sum(r.source == "list" for r in refs) > 1:
        return top
    if not one_work(refs):
        return top
    return [min(top, key=lambda p: (p.ref.source != "list", p.ref.index))]


def link_citations(citations: list[Citation], references: list[Reference]) -> None:
    """Set reference_index, confidence and unlinked_reason on each citation, against one document's references.

    Author-year callouts match on first-author surname (case, diacritics, transliterations and particles folded;
    one typo allowed in names of 6+ letters), year and suffix ("2007a" is the first of two unsuffixed same-author
    entries of 2007), then co-authors and "et al."; "DWP" matches "Department for Work and Pensions (DWP)".
    Numeric callouts match the printed number ("[3]", "3."), else the position in the list.

    Example:
        >>> from litmine.models import Citation, Reference
        >>> refs = [Reference(index=0, raw="Sørensen, E. (2012) ...", authors=[{"surname": "Sørensen"}], year=2012)]
        >>> cites = [Citation(start=1, end=15, surface="Sorensen, 2012", authors=["Sorensen"], year=2012)]
        >>> link_citations(cites, refs)
        >>> cites[0].reference_index, cites[0].confidence
        (0, 1.0)
    """
    refs = _prepare(references)
    numbered = _numbering(references)
    found: dict[str, list[tuple[float, _Ref]]] = {}  # the references each callout name matches
    for c in citations:
        c.reference_index, c.confidence, c.unlinked_reason = None, 0.0, None
        if not references:
            c.unlinked_reason = "no reference list"
        elif c.style == "numeric":
            n = c.numbers[0] if c.numbers else None
            hit = numbered.get(n) if n is not None else None
            if hit is None:
                c.unlinked_reason = f"no reference numbered {n}"
            else:
                c.reference_index, c.confidence = hit
        else:
            _link_author_year(c, refs, found)
            if c.reference_index is None and len(c.authors) >= 2 and (c.narrative or _gloss(c.authors[0])) and \
                    c.unlinked_reason == "no reference with this author":
                _link_without_lead(c, refs, found)


def _gloss(name: str) -> bool:
    """An abbreviation glossed in the bracket before the citation: "exploratory analysis (EDA, Tukey, 1977)"."""
    return bool(_ACRONYM.fullmatch(name.strip()))


def _link_without_lead(c: Citation, refs: list[_Ref], found: dict[str, list[tuple[float, _Ref]]]) -> None:
    """"In Tilburg, Fledderus and Honingh (2016)": when no reference has the first name of a narrative list but
    one has the rest, the first was a noun phrase before the authors; the callout then starts at the second. So is
    an abbreviation no reference has, glossed before a parenthetical citation ("(EDA, Tukey, 1977)")."""
    trial = Citation(start=c.start, end=c.end, surface=c.surface, authors=c.authors[1:], et_al=c.et_al,
                     year=c.year, year_suffix=c.year_suffix, year_text=c.year_text, narrative=True)
    _link_author_year(trial, refs, found)
    if trial.reference_index is None:
        return
    c.authors, c.reference_index, c.confidence = trial.authors, trial.reference_index, trial.confidence
    c.unlinked_reason = None
    at = c.surface.find(trial.authors[0])
    if at > 0:
        c.start, c.surface = c.start + at, c.surface[at:]


def _numbering(references: list[Reference]) -> dict[int, tuple[int, float]]:
    """Printed number → (reference index, confidence); list position when no entry prints a number."""
    printed: dict[int, tuple[int, float]] = {}
    for r in references:
        m = _RAW_NUMBER.match(r.raw or "")
        if m:
            printed.setdefault(int(m.group(1) or m.group(2)), (r.index, 1.0))
    if printed:
        return printed
    ordered = sorted(references, key=lambda r: r.index)
    return {k + 1: (r.index, 0.9) for k, r in enumerate(ordered)}


def find_uncited(references: list[Reference], citations: list[Citation]) -> list[int]:
    """Indexes of the references no citation links to, in list order.

    Example:
        >>> from litmine.models import Citation, Reference
        >>> refs = [Reference(index=0, raw="A"), Reference(index=1, raw="B")]
        >>> find_uncited(refs, [Citation(start=0, end=3, surface="[1]", reference_index=0)])
        [1]
    """
    cited = {c.reference_index for c in citations if c.reference_index is not None}
    return sorted(r.index for r in references if r.index not in cited)
