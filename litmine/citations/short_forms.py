"""Short forms in notes kept as references of their own (source "short"), beside the reference they repeat.

A note that cites a work given in full elsewhere ("Douglas (1981), S. 15.", "Weber (Anm. 3), S. 7", "Healthy
Lives, op. cit., p. 5") is a reference too in the eyes of a reader (and of the EXCITE gold), but not a second work:
litmine keeps the citation it makes (linked to the full reference, as before) and adds a reference entry with the
fields the short form itself writes (authors, year, the page cited as pages; never the full entry's title) and
`repeats`, the index of the reference it repeats, whose work it shares (works.build_works). Whatever counts or lists
works or bibliography entries skips these entries (networks, exports, the report).

Only notes' short forms that name their work and that litmine resolved: by author and year or author and a pointer
("Weber (Anm. 3)"), or by a short title ("op. cit."). A bare "Ebd."/"Ibid."/"a.a.O." names nothing and stays a
citation only (the EXCITE gold of the development documents does not count them: one of the many in 17 papers).
Author-year callouts in the body of a paper with a reference list are citations, never short forms.
"""

from __future__ import annotations

import re

from litmine.citations.intext import callout_spans
from litmine.citations.intext_notes import find_note_callouts
from litmine.citations.link import link_citations
from litmine.models import Citation, Passage, Reference, place_callout

# the page a short form cites, after its year or pointer: ", S. 15.", ": 21", ", p. 5", "S.103", ", 258ff."; the
# further pages it cites belong to it ("S.109, siehe auch S. 2–3, 54 und 149.", "S. 3 und S. 57–58", "S. 102-130,
# insb. S. 113f."), a year not
_PAGES_JOIN = r"(?:und|sowie|and|siehe\s+auch|vgl\.(?:\s+auch)?|insb(?:es)?\.|hier)(?![\w])"
_MORE_PAGES = (rf"(?:\s*(?:[,;]\s*(?:{_PAGES_JOIN}\s*)?|{_PAGES_JOIN}\s*)"
               r"(?:(?:S|p|pp|Sp)\.\s*|(?!(?:1[5-9]|20)\d\d\b))\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*ff?\.?)?(?!\w))")
_LOCATOR = re.compile(r"^[\s)\]]*[,:]?\s*(?:(?:S|p|pp|Sp)\.\s*|(?!(?:1[5-9]|20)\d\d\b))(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)"
                      rf"(?:\s*ff?\.?)?{_MORE_PAGES}*\)?\.?")  # ")": "Nafey (2008, 127)"
# what ends the year or the pointer of a short form: "(1981)", "1922", "(Anm. 3)", "a.a.O.", "op. cit."
_POINTER_END = re.compile(r"(?:(?:1[5-9]|20)\d\d[a-z]?\)?|\((?:[^()]*?)(?:Anm|Fn|FN|note|n)\.?\s*\d+[^()]{0,20}\)|"
                          r"a\.\s?a\.\s?O\.?|op\.\s?cit\.?|loc\.\s?cit\.?)", re.I)


_CLOSE = re.compile(r"[^()]{0,40}\)")  # the rest of a bracket a short form opened
_NAME_SPLIT = re.compile(r"\s*(?:/|\bund\b)\s*")  # "Fahr und Sunde", "Hitzler/Peters": the names
_EDITED = re.compile(r"\s*\((?:Hg|Hrsg|Eds?)\.?\)", re.I)


def locator(text: str) -> tuple[str | None, int]:
    """The page a short form cites, read right after its year or pointer, and where the short form ends.

    Example:
        >>> locator(", S. 15. Anders sieht es Weber.")
        ('15', 8)
        >>> locator(", S. 3 und S. 57–58, 1999 erschienen")
        ('3', 19)
        >>> locator(", S.109, siehe auch S. 2–3, 54 und 149.")
        ('109', 39)
        >>> locator(", 1994).")  # "Schütz/Luckmann (1979, 1994)": a year, no page
        (None, 0)
    """
    m = _LOCATOR.match(text)
    if not m:
        return None, 0
    return re.sub(r"\s+", "", m.group("pages")).replace("–", "-"), m.end()


def _short(repeated: Reference, raw: str, authors: list[dict[str, str]], year: int | None, suffix: str,
           pages: str | None, passage: Passage, title: str | None = None) -> Reference:
    return Reference(index=-1, raw=raw.strip(), authors=authors, year=year, year_suffix=suffix, title=title,
                     pages=pages, source="short", passage_index=passage.index, page=passage.page,
                     repeats=repeated.index, doc_id=repeated.doc_id)


def short_of_entry(entry, repeated: Reference, passage: Passage) -> Reference | None:
    """The reference entry of a short form footnotes.py found and resolved (a FootnoteEntry with back=True), or
    None when it names nothing ("Ebd., S. 5", "Ders., a.a.O.")."""
    if not (entry.name or entry.title):
        return None
    authors = [{"surname": n.strip()} for n in _NAME_SPLIT.split(entry.name) if n.strip()]
    pointer = _POINTER_END.search(entry.text)
    pages = locator(entry.text[pointer.end():])[0] if pointer else None
    year = int(entry.year) if entry.year else None
    suffix = m.group(1) if entry.year and (m := re.search(rf"{entry.year}([a-z])\b", entry.text)) else ""
    ref = _short(repeated, entry.text, authors, year, suffix, pages, passage, title=entry.title or None)
    if _EDITED.match(entry.text[len(entry.name):]):  # "BMAS (Hg.) (2013), S. 381ff.": the names are editors
        ref.authors, ref.editors = [], authors
    return ref


def short_of_callout(c: Citation, repeated: Reference, passage: Passage) -> Reference:
    """The reference entry of an author-year callout in a note ("Douglas (1981), S. 15."), linked to the reference
    it cites: its text runs on to the page cited."""
    at = c.start - passage.start
    end = c.end - passage.start
    pages, used = locator(passage.text[end:end + 80])
    raw = passage.text[at:end + used] if used else c.surface
    if raw.count("(") > raw.count(")") and (close := _CLOSE.match(passage.text, at + len(raw))):
        raw += close.group(0)  # "Stråth (2005, 2007)": the short form runs to its bracket's end
    return _short(repeated, raw, [{"surname": a} for a in c.authors], c.year, c.year_suffix, c.pages or pages,
                  passage)  # "(1980: 32,74)": the finder's page first


def add_short_references(references: list[Reference], resolved: list[tuple[object, Reference, Passage]],
                         callouts: list[Citation], passages: list[Passage]) -> None:
    """Append to references the short forms of the notes, in the order of the text: resolved holds the short
    forms footnotes.py found and resolved (entry, the reference it repeats, the note), callouts the in-text
    callouts (linked), of which those in a note are short forms too."""
    notes = {p.index: p for p in passages if p.kind == "footnote"}
    found = [(p.index, p.text.find(entry.text), r) for entry, ref, p in resolved
             if (r := short_of_entry(entry, ref, p)) is not None]
    for c in callouts:
        p = notes.get(c.passage_index)
        if p is None or c.style != "author-year" or c.reference_index is None:
            continue
        if 0 <= c.reference_index < len(references):
            found.append((p.index, c.start - p.start, short_of_callout(c, references[c.reference_index], p)))
    for _, _, ref in sorted(found, key=lambda t: (t[0], t[1])):
        ref.index = len(references)
        references.append(ref)


def _entry_spans(notes: dict[str, Passage], surfaces: dict[str, list[str]]) -> dict[int, list[tuple[int, int]]]:
    """Document offsets of the entries found in each note that holds references, by passage index."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for key, p in notes.items():
        spans.setdefault(p.index, []).extend(
            (p.start + at, p.start + at + len(s)) for s in surfaces.get(key, ()) if (at := p.text.find(s)) >= 0)
    return spans


def note_short_forms(passages: list[Passage], callouts: list[Citation], references: list[Reference],
                     notes: dict[str, Passage], surfaces: dict[str, list[str]]) -> list[Citation]:
    """The callouts (linked) with the author-year callouts notes write without brackets added ("bei Koch 1997a und
    ...", "Fahr und Sunde 2004, S. 3": intext_notes.find_note_callouts, the callout finder's reading of notes), each
    only when it links to a reference of the document's list and lies outside the references found in the note
    (notes, surfaces: as for outside_entries)."""
    spans = _entry_spans(notes, surfaces)
    found: list[Citation] = []
    for p in passages:
        if p.kind != "footnote":
            continue
        for c in find_note_callouts(p.text, callout_spans(p.text)):
            a, b = p.start + c.start, p.start + c.end
            if not any(x < b and a < y for x, y in spans.get(p.index, ())):
                found.append(place_callout(c, p))
    if found:  # to the list's entries: a note's own references are cited by their marks, short forms by footnotes.py
        link_citations(found, [r for r in references if r.source == "list"])
    return callouts + [c for c in found if c.reference_index is not None]


def outside_entries(callouts: list[Citation], notes: dict[str, Passage], surfaces: dict[str, list[str]]) -> list[
        Citation]:
    """The author-year callouts of notes that hold references (by footnote key: the note, the texts of its entries)
    that lie outside every entry found there: "Vgl. Max Weber, Wirtschaft, Tübingen 1922; zur Kritik bei Dolph
    (1970), S. 16." cites Dolph too, though the rules read no entry there (callouts with document offsets)."""
    spans = _entry_spans(notes, surfaces)
    return [c for c in callouts if c.style == "author-year" and
            not any(c.start < b and a < c.end for a, b in spans.get(c.passage_index, ()))]
