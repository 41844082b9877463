"""A document's passages → its references (list and footnotes) and in-text citations, linked."""

from __future__ import annotations

import re
from contextlib import nullcontext

from litmine.citations.intext import find_callouts, note_callouts
from litmine.citations.footnote_model import default_segmenter
from litmine.citations.link import link_citations
from litmine.citations.surnames import author_name
from litmine.citations.list_entries import clean_list_entries, is_running_head, running_head_keys
from litmine.citations.footnote_fields import parse_footnote_references
from litmine.citations.footnotes import (find_footnote_entries, parse_footnote_reference, pointer_closing_prose,
                                         points_back, resolve_back_reference)
from litmine.citations.references import looks_like_reference, merge_reference_passages, parse_references
from litmine.citations.references_ditto import inherit_repeated_authors
from litmine.citations.source_lines import note_source_lines
from litmine.citations.short_forms import add_short_references, note_short_forms, outside_entries, source_references
from litmine.citations.typography import ItalicText
from litmine.models import Citation, Passage, Reference, page_at, place_callout, sentence_at

_CALLOUT_KINDS = ("body", "abstract", "caption", "footnote")
_AUTHOR_START = re.compile(r"^[A-Z\u00C0-\u024F][\w'\u00C0-\u024F-]+, (?:[A-Z]\.\s?-?)+,")


def _trailing_reference_run(passages: list[Passage], *, skip: int = 8) -> None:
    """A reference list without a heading: the last run of body passages that look like entries (3 or more),
    near the end; a wrapped line inside the run ("A., Kweskin, M. (2019). Title") joins it too, and a few
    passages such as "About the author" may follow it."""
    if any(p.kind == "reference" for p in passages):
        return
    run: list[Passage] = []
    skipped = 0
    pending: list[Passage] = []  # passages that do not look like entries, kept if the run goes on above them
    numbered = _numbered_tail(passages)
    for p in reversed(passages):
        score = looks_like_reference(p.text) if p.kind == "body" else 0.0
        if score >= 0.6 or p.index in numbered:
            run.extend(pending)
            pending = []
            run.append(p)
        elif run and p.kind == "body" and len(pending) < 2 and len(p.text) < 300:
            pending.append(p)
        elif run:
            break
        else:
            skipped += 1
            if skipped > skip:
                break
    # the first entry may be a bare author line whose year wrapped onto the next line
    run.extend(p for p in pending if _AUTHOR_START.match(p.text))
    strong = [p for p in run if looks_like_reference(p.text) >= 0.6 or p.index in numbered]
    if len(strong) >= 3 and not (run and _publisher_list(passages, min(p.index for p in run))):
        for p in run:
            p.kind = "reference"


# a publisher's list of its own titles at the end of a paper, cited nowhere: "Publikationen des Instituts",
# "Bisher erschienen", "Recent publications", "In this series"
_PUBLISHER_LIST = re.compile(r"\b(?:Publikation(?:en|sreihen?)|Veröffentlichungen|Neuerscheinungen|bisher\s+erschienen|"
                             r"in\s+dieser\s+Reihe|Recent\s+(?:publications|titles)|in\s+this\s+series|"
                             r"(?:Other|Further|Selected)\s+publications|Publications\s+of\s+the)\b", re.I)


def _publisher_list(passages: list[Passage], first: int) -> bool:
    """The run starting at passage `first` lies under a heading of a publisher's list: one of the last eight
    headings before it, within 40 passages, names one (the series' own headings may come between)."""
    heads = [p for p in passages[max(0, first - 40):first] if p.kind == "heading"][-8:]
    return any(_PUBLISHER_LIST.search(p.text) for p in heads)


_UPPER = "[A-Z\u00C0-\u00DE\u0100-\u024F\u0391-\u03A9\u0410-\u042F\u0401]"
_NUMBERED = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\s?[.)])\s")


_SPACED_INITIAL = re.compile(r"\b([A-Z])\s+\.")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w)\]'’\"”])\s+(?=[.,;:](?:\s|$))")
_SPACED_HYPHEN = re.compile(r"(?<=\w)\s+-(?=\w)")


def tidy_entry(text: str) -> str:
    """Undo spacing some PDF producers put into reference lists: "C . D . (1991) ." → "C. D. (1991).",
    "Al -Halabi" → "Al-Halabi"."""
    text = _SPACED_INITIAL.sub(r"\1.", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    return _SPACED_HYPHEN.sub("-", text)


def _join_numbered(texts: list[str]) -> list[str]:
    """In a numbered list ("[3] ...", "14. ..."), a passage without a number continues the entry before it."""
    numbers = [int(re.sub(r"\D", "", m.group(0))) for t in texts if (m := _NUMBERED.match(t))]
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    if len(numbers) < 5 or rising < 0.8 * (len(numbers) - 1):  # not a numbered list (1, 2, 3...)
        # or one whose entries the layout ran together: "1. A ... 2007. 2. B ... 3. C ..."
        first = _NUMBERED.match(texts[0]) if texts else None
        if first and re.sub(r"\D", "", first.group(0)) == "1":
            pieces = _split_at_next_number(" ".join(t.strip() for t in texts), strict=False)
            if len(pieces) >= 4:
                return pieces
        return texts
    out: list[str] = []
    for t in texts:
        if out and not _NUMBERED.match(t):
            out[-1] = out[-1].rstrip() + " " + t.lstrip()
        else:
            out.append(t)
    return [piece for t in out for piece in _split_at_next_number(t)]


def _split_at_next_number(text: str, *, strict: bool = True) -> list[str]:
    """"[31] A... [32] B..." or "8. A... 9. B...": split where the next number of the list stands, followed by a
    name and an initial (strict) or by any capital letter (a list known to be numbered from 1)."""
    pieces: list[str] = []
    while True:
        m = _NUMBERED.match(text)
        if not m:
            break
        n = int(re.sub(r"\D", "", m.group(0))) + 1
        # the next number, followed by what starts an entry: a name and an initial ("Piotrowski C.", "Cioffi, C.")
        start = rf"{_UPPER}[\w'-]+,?\s+{_UPPER}" if strict else _UPPER
        nxt = re.search(rf"\s(?=(?:\[{n}\]|{n}\s?[.)])\s+{start})", text[m.end():])
        if not nxt:
            break
        cut = m.end() + nxt.start()
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return pieces


def _numbered_tail(passages: list[Passage], *, tail: int = 80) -> set[int]:
    """Indexes of body passages near the end that open with rising list numbers ("1 . Brasil...", "[4] Roy"),
    five or more of them: a numbered reference list, even where each entry alone does not look like one. An item
    that goes on in lower case ("1. die Ergebnisse zu berücksichtigen;") is a clause of a numbered list in the text,
    and breaks the run."""
    found: list[tuple[int, int]] = []
    for p in passages[-tail:]:
        m = _NUMBERED.match(p.text) if p.kind == "body" else None
        if m and re.match(r"(?!(?:van|von|de|der|den|del|della|di|du|da|la|le|ten|ter|dos)\b)[a-zß-ÿ]",
                          p.text[m.end():].lstrip()):
            found.append((p.index, -1))
        elif m:
            found.append((p.index, int(re.sub(r"\D", "", m.group(0)))))
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for idx, n in found:
        run = run + [(idx, n)] if run and run[-1][1] < n <= run[-1][1] + 3 else [(idx, n)] if n >= 0 else []
        if len(run) > len(best):
            best = run
    return {idx for idx, _ in best} if len(best) >= 5 else set()


def extract_citations(passages: list[Passage], italics: ItalicText | None = None) -> tuple[
        list[Reference], list[Citation]]:
    """References (from the reference list and from footnotes that hold references) and in-text citations,
    each citation linked to its reference. Citation offsets are in the document text. italics (from a PDF's
    lines) marks the italic words of the reference list's entries, evidence for the title/container boundary.

    Example:
        >>> from litmine.ingest.structure import build_passages
        >>> from litmine.ingest.blocks import Block
        >>> _, ps = build_passages([Block("Work first fails (Lindsay, 2007: 12)."), Block("References", hint="heading"),
        ...                         Block("Lindsay, C. (2007) The United Kingdom's work first welfare state. London.")])
        >>> refs, cits = extract_citations(ps)
        >>> cits[0].surface, cits[0].reference_index, refs[0].year
        ('Lindsay, 2007: 12', 0, 2007)
    """
    _trailing_reference_run(passages)
    references = _list_references(passages, italics)
    resolved: list = []  # the short forms of the notes resolved to a reference: (entry, reference, note)
    footnote_refs, footnote_of, footnote_surface = _footnote_references(passages, references, resolved)
    citations, called = _mark_citations(passages, references, footnote_refs)
    for key, refs in footnote_refs.items():
        if key not in called:
            citations += _footnote_citations(footnote_of[key], refs, footnote_surface[key])
    # a footnote that holds references is cited through them, not searched again for callouts
    in_text = _callouts(passages, {p.index for p in footnote_of.values()})
    # and its author-year callouts outside the references found in it, short forms the rules did not read
    in_text += outside_entries(_callouts(list(footnote_of.values()), set()), footnote_of, footnote_surface)
    numeric = [c for c in citations if c.style == "numeric"]
    link_citations(in_text + numeric, references)
    in_text = note_short_forms(passages, in_text, references, footnote_of, footnote_surface)
    add_short_references(references, resolved, in_text, passages)  # kept as references of their own, after all
    source_references(references, passages, in_text)  # one per source line of a table or figure
    note_source_lines(references, passages)  # and of a note that is one
    return references, citations + in_text


def _list_references(passages: list[Passage], italics: ItalicText | None = None) -> list[Reference]:
    """The reference list: consecutive reference passages, merged or split into entries, each parsed with the
    passage it starts in."""
    references: list[Reference] = []
    ref_passages = [p for p in passages if p.kind == "reference"]
    heads = running_head_keys(p.text for p in passages) if ref_passages else set()
    # a running head or footer between two passages of the list ("zfwu 12/1 (2011), 87-103 103") is left out before
    # they are merged, so that no entry takes it in as its tail
    texts = [p.text for p in ref_passages if not is_running_head(p.text, heads)]
    entries = merge_reference_passages(_join_numbered(texts)) if texts else []
    if entries:  # running heads, editorial notes, biographies and stray fragments are no references
        entries = clean_list_entries(entries, heads)
    cursor = 0
    parsed = parse_references([tidy_entry(entry) for entry in entries], italic=italics and italics.flags)
    for entry, ref in zip(entries, parsed):
        # the passage the entry starts in: the first one (from the cursor on) that holds its opening words
        head = entry[:40]
        for j in range(cursor, len(ref_passages)):
            if head[:20] in ref_passages[j].text:
                cursor = j
                break
        origin = ref_passages[cursor] if ref_passages else None
        ref.source = "list"
        ref.passage_index = origin.index if origin else None
        ref.page = origin.page if origin else None
        references.append(ref)
    return inherit_repeated_authors(references)  # "——— (1997) ...": the author of the entry before


def _footnote_references(passages: list[Passage], references: list[Reference], resolved: list) -> tuple[
        dict[str, list[Reference]], dict[str, Passage], dict[str, list[str]]]:
    """Footnotes that hold references (humanities and German social science), added to references: per footnote
    key (_note_key: one per note, never its number alone) the references it cites, the footnote, and each
    reference's text as the footnote prints it. Short forms ("Ebd.", "Weber (Anm. 3)") cite the reference they
    repeat (footnotes.py), "Ders." a new work; each short form resolved is added to resolved (entry, reference, note)."""
    footnote_refs: dict[str, list[Reference]] = {}
    footnote_of: dict[str, Passage] = {}
    footnote_surface: dict[str, list[str]] = {}
    earlier: list[Reference] = []
    notes = [p for p in passages if p.kind == "footnote"]
    listed = [r for r in references if r.source == "list"]  # a named short form no note resolves: its list entry
    with _segmenting([p.text for p in notes]):  # the model reads all the notes in one pass
        found = [(p, entry) for p in notes for entry in find_footnote_entries(p.text)]
    closings = [[] if entry.back else pointer_closing_prose(entry.text, listed) for _, entry in found]
    parsed = _parsed_entries([entry for _, entry in found], closings, len(references))
    for (p, entry), closing, ref in zip(found, closings, parsed):
        key = _note_key(p)
        for short, listed_ref in closing:  # prose closed by a callout of a listed work: the callout, a short form
            resolved.append((short, listed_ref, p))
            footnote_refs.setdefault(key, []).append(listed_ref)
            footnote_surface.setdefault(key, []).append(short.text)
            footnote_of[key] = p
        if closing:
            continue
        if entry.back and (ref := resolve_back_reference(entry, earlier, listed)) is not None:
            resolved.append((entry, ref, p))
        elif entry.back and not entry.by_list:
            if entry.name and not entry.year and points_back(entry):  # "Brenner, a.a.O., S. 4." that no earlier note nor one entry of the
                resolved.append((entry, None, p))  # list resolves: a short form of no work, its name and page (the
            continue  # labelling conventions: a short repeat is a reference); one with a year is the callouts'
        else:  # (a short form by_list that nothing resolves: a reference of its own, its authors and year)
            if ref is None and entry.by_list:
                ref = parse_footnote_reference(entry.text, index=len(references))
            if ref is None:  # "Ders., Titel": the authors of the reference before
                ref = parse_footnote_reference(entry.text, index=len(references), previous=earlier[-1])
            ref.source, ref.passage_index, ref.page = "footnote", p.index, p.page
            ref.index = len(references)  # its place in the list (a short form by_list parsed here shifts the rest)
            references.append(ref)
            earlier.append(ref)
        footnote_refs.setdefault(key, []).append(ref)
        footnote_surface.setdefault(key, []).append(entry.text)
        footnote_of[key] = p
    return footnote_refs, footnote_of, footnote_surface


def _parsed_entries(entries: list, closings: list[list], first: int) -> list[Reference | None]:
    """The Reference of each entry that is parsed (no short form pointing back, no prose a listed work's callout
    closes), with the index it takes after the first references; the strings the note tagger reads parsed in one
    batch (footnote_fields.parse_footnote_references). None where there is none, and for a "Ders." after an
    earlier reference, which the loop parses with that reference (its authors)."""
    out: list[Reference | None] = [None] * len(entries)
    todo: list[int] = []
    indexes: list[int] = []
    count = 0
    for k, (entry, closing) in enumerate(zip(entries, closings)):
        if closing or entry.back:
            continue
        if not (entry.ditto and count):
            todo.append(k)
            indexes.append(first + count)
        count += 1
    for k, ref in zip(todo, parse_footnote_references([entries[k].text for k in todo], indexes)):
        out[k] = ref
    return out


def _segmenting(texts: list[str]):
    """The footnote segmenter's batch over a document's notes (footnote_model.FootnoteSegmenter.batch), or nothing
    to do without its weights or without notes: a document with none never loads the model (0.07 s; a pool of
    ingest workers has it loaded before they are forked, workers.warm_taggers)."""
    if not texts:
        return nullcontext()
    seg = default_segmenter()
    return seg.batch(texts) if seg is not None else nullcontext()


def _note_key(p: Passage) -> str:
    """A note's key, its passage: reports and books number their notes anew per chapter or appendix, so two notes
    may print one number (_called_note finds the one a mark calls)."""
    return f"@{p.index}"


def _mark_citations(passages: list[Passage], references: list[Reference],
                    footnote_refs: dict[str, list[Reference]]) -> tuple[list[Citation], set[str]]:
    """Citations at the superscript marks of the text: each reference of the footnote a mark calls (_called_note),
    or, beside a numbered reference list, one numeric citation per number; and the footnote keys called."""
    citations: list[Citation] = []
    called: set[str] = set()
    group = 10_000  # superscript groups numbered apart from the bracket groups find_callouts gives
    numbered_list = any(re.match(r"^\s*\[?\d{1,3}[\].)]", r.raw) for r in references if r.source == "list")
    numbered: dict[str, list[Passage]] = {}  # the notes by the number they print, in the order of the text
    for q in passages:
        if q.kind == "footnote" and (number := _footnote_number(q.text)):
            numbered.setdefault(number, []).append(q)
    for p in passages:
        if not p.marks or p.kind not in ("body", "abstract", "caption"):
            continue
        for offset, mark in p.marks:
            numbers = _expand(mark)
            keys = [_note_key(note) for n in numbers if (note := _called_note(numbered.get(str(n), []), p, offset))]
            for key in keys:
                for ref in footnote_refs.get(key, []):
                    called.add(key)
                    citations.append(_mark_citation(p, offset, mark, ref, style="footnote"))
            if numbered_list and not any(key in footnote_refs for key in keys):
                group += 1
                for n in numbers:  # one citation per cited number, as find_callouts does
                    citations.append(Citation(start=p.start + offset, end=p.start + offset, surface=mark,
                                              style="numeric", numbers=[n], group=group, passage_index=p.index,
                                              page=page_at(p, offset), sentence=sentence_at(p, max(0, offset - 1))))
    return citations, called


def _called_note(notes: list[Passage], p: Passage, offset: int) -> Passage | None:
    """The note a mark at offset of passage p calls, of the notes that print its number (in the order of the text):
    the one on the mark's page (a footnote), else the first after the mark (an endnote of its chapter, a note
    carried to the next page), else the nearest before it (a note the layout put before its mark). On one page,
    the first after the mark there, else the nearest before. A text without pages (plain text, DOCX) reads them
    in the order of the text alone.

    Example:
        >>> notes = [Passage(1, "footnote", "1 A.", page=1), Passage(5, "footnote", "1 B.", page=3)]
        >>> _called_note(notes, Passage(4, "body", "Text.", page=3), 4).text  # page 3's note 1, not page 1's
        '1 B.'
        >>> _called_note(notes, Passage(2, "body", "Text.", page=2), 4).text  # none on page 2: the next one
        '1 B.'
        >>> _called_note(notes, Passage(7, "body", "Text."), 4).text  # no pages, none after: the nearest before
        '1 B.'
    """
    page = page_at(p, offset)
    pool = [q for q in notes if page is not None and q.page == page] or notes
    after = [q for q in pool if q.index > p.index]
    return after[0] if after else (pool[-1] if pool else None)


def _footnote_citations(p: Passage, refs: list[Reference], surfaces: list[str]) -> list[Citation]:
    """A footnote no mark calls (plain text files) cites its references by itself."""
    out = []
    for ref, surface in zip(refs, surfaces):
        offset = max(0, p.text.find(surface[:30]))
        out.append(Citation(
            start=p.start + offset, end=p.start + offset + len(surface), surface=surface,
            authors=[author_name(a) for a in ref.authors], year=ref.year, year_suffix=ref.year_suffix,
            year_text=ref.year_text, style="footnote", passage_index=p.index, page=page_at(p, offset),
            sentence=p.text, reference_index=ref.index, confidence=1.0))
    return out


def _callouts(passages: list[Passage], skip: set[int]) -> list[Citation]:
    """The in-text callouts of the passages that can hold them (skip: indexes of footnotes that hold references),
    with document offsets and their sentence."""
    in_text: list[Citation] = []
    for p in passages:
        if p.kind not in _CALLOUT_KINDS or p.index in skip:
            continue
        found = find_callouts(p.text)
        note_callouts(p.text, found)  # its spans, for the topic pieces an ingest worker makes next
        in_text.extend(place_callout(c, p) for c in found)  # each on the page its words are printed on
    return in_text


def _footnote_number(text: str) -> str | None:
    m = re.match(r"^\s*(\d{1,3})\b", text)
    return m.group(1) if m else None


def _expand(mark: str) -> list[int]:
    """"2,3" → [2, 3]; "4-6" → [4, 5, 6]."""
    out: list[int] = []
    for part in re.split(r",", mark):
        bits = re.split(r"[-\u2013]", part)
        if len(bits) == 2 and bits[0].isdigit() and bits[1].isdigit() and int(bits[0]) <= int(bits[1]) < int(bits[0]) + 50:
            out.extend(range(int(bits[0]), int(bits[1]) + 1))
        elif part.strip().isdigit():
            out.append(int(part))
    return out


def _mark_citation(p: Passage, offset: int, mark: str, ref: Reference, *, style: str) -> Citation:
    return Citation(start=p.start + offset, end=p.start + offset, surface=mark,
                    authors=[author_name(a) for a in ref.authors], year=ref.year, year_suffix=ref.year_suffix,
                    year_text=ref.year_text, style=style, numbers=_expand(mark), passage_index=p.index, page=page_at(p, offset),
                    sentence=sentence_at(p, max(0, offset - 1)), reference_index=ref.index, confidence=1.0)
