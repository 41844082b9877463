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
A note's author-year callout that resolves to nothing ("Ferrera (1998)", "vgl. Allmendinger/Leibfried 2003") is
kept too, as a short form of no work, with a list or without one (a newsletter's article printed without its list).
Author-year callouts in the body of a paper with a reference list are citations, never short forms. A table's or
figure's source line ("Quelle: Fiebelkorn 1989, S. 12.", source_lines.py) cites as a note does: its author-year
citations are found as a note's are, and the line counts as one reference (German conventions and the EXCITE gold
count a source line as a reference; source_references): the short form of its first listed work, else its first
work read from the line.
"""

from __future__ import annotations

import re
import unicodedata

from litmine.citations.intext import callout_spans
from litmine.citations.intext_notes import YEAR_SPAN, _no_author, find_names_before_brackets, find_note_callouts
from litmine.citations.link import link_citations
from litmine.citations.source_lines import (address_alone, body_source_line, closing_citation, closing_source_line,
                                           first_work, leading_remark, line_with_lead, opens_with_source,
                                           own_items_end, source_lines)
from litmine.models import Citation, Passage, Reference, page_at, place_callout

# the page a short form cites, after its year or pointer: ", S. 15.", ": 21", ", p. 5", "S.103", ", 258ff."; the
# further pages it cites belong to it ("S.109, siehe auch S. 2–3, 54 und 149.", "S. 3 und S. 57–58", "S. 102-130,
# insb. S. 113f."), a year not; a word before the first that singles it out ("Wacker (1998), insb. S. 12-30") too
_PAGES_JOIN = r"(?:und|sowie|and|siehe\s+auch|vgl\.(?:\s+auch)?|insb(?:es)?\.|hier)(?![\w])"
_MORE_PAGES = (rf"(?:\s*(?:[,;]\s*(?:{_PAGES_JOIN}\s*)?|{_PAGES_JOIN}\s*)"
               r"(?:(?:S|p|pp|Sp)\.\s*|(?!(?:1[5-9]|20)\d\d\b))\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*ff?\.?)?(?!\w))")
_LOCATOR = re.compile(r"^[\s)\]]*[,:]?\s*(?:(?:insb|insbes|bes|hier|v\.\s?a|besonders|insbesondere|esp)\.?\s+)?"
                      r"(?:(?:S|p|pp|Sp)\.\s*|(?!(?:1[5-9]|20)\d\d[a-z]?\b))(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)"
                      rf"(?:\s*ff?\.?)?{_MORE_PAGES}*\)?\.?")  # ")": "Nafey (2008, 127)"
# what ends the year or the pointer of a short form: "(1981)", "1922", "(Anm. 3)", "a.a.O.", "op. cit."
_POINTER_END = re.compile(r"(?:(?:1[5-9]|20)\d\d[a-z]?\)?|[(\[](?:[^()\[\]]*?)(?:Anm|Fn|FN|Fußnote|note|n)\.?\s*\d+[^()\[\]]{0,20}[)\]]|"
                          r"a\.\s?a\.\s?O\.?|op\.\s?cit\.?|loc\.\s?cit\.?)", re.I)


_CLOSE = re.compile(r"[^()]{0,40}\)")  # the rest of a bracket a short form opened
_NAME_SPLIT = re.compile(r"\s*(?:/|\bund\b)\s*")  # "Fahr und Sunde", "Hitzler/Peters": the names
_EDITED = re.compile(r"\s*\((?:Hg|Hrsg|Eds?)\.?\)", re.I)


# a page in roman numerals after a colon or "S."/"p." ("HWRR 1970: XII", "S. xiv": a preface's page)
_ROMAN_LOCATOR = re.compile(r"^[\s)\]]*(?::\s*|,?\s*(?:S|p|pp)\.\s*)(?P<pages>[IVXLC]{1,7}|[ivxlc]{1,7})(?!\w)"
                            r"(?:\s*ff?\.?)?\)?\.?")
# a note of the work cited, after its page or alone ("Smidt 2005, Fn. 29.", "Smidt 2005: 322, Fn. 12", "Weber
# 1922, Anm. 3"): part of the short form, no page
_NOTE_LOCATOR = re.compile(r"^[\s)\]]*,?\s*(?:Fn\.?|FN\.?|Anm\.|Fußnote|n\.)\s*\d{1,3}(?!\d)(?:\s*f\.)?\)?\.?")


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
        >>> locator(": XII. Anders Weber."), locator(", Fn. 29."), locator(": 322, Fn. 12). Er")
        (('XII', 6), (None, 9), ('322', 15))
    """
    back = _BACK_TO_NOTE.match(text) if "(" in text[:3] else None
    if back is not None:  # "Weber 1922 (Anm. 3), S. 7": the page after the pointer to the note of the full reference
        pages, end = locator(text[back.end():])
        return pages, back.end() + end
    m = _LOCATOR.match(text) or _ROMAN_LOCATOR.match(text)
    pages, end = (re.sub(r"\s+", "", m.group("pages")).replace("–", "-"), m.end()) if m else (None, 0)
    note = _NOTE_LOCATOR.match(text[end:]) if "n" in text[end:end + 12].lower() else None
    return pages, end + (note.end() if note else 0)


# a pointer to the note that cites the work in full, in brackets after the short form's year: "(Anm. 3)", "(wie Fn.
# 12)", "(s. Anm. 4)"
_BACK_TO_NOTE = re.compile(r"^\s*\(\s*(?:(?:wie|s\.|vgl\.|siehe)\s*)?(?:Anm|Fn|FN|Fußnote)\.?\s*\d{1,3}\s*\)")


# a short title between the author and a pointer to the note of the full reference (the humanities' second
# citation): "Weber, Wirtschaft und Gesellschaft (Anm. 3), S. 12", "Weber, Wirtschaft, (wie Anm. 3)": the title the
# short form prints (footnotes._SHORT reads it as part of the pointer)
_TITLE_BEFORE_POINTER = re.compile(r"^\s*(?:\((?:Hg|Hrsg)\.\)\s*)?,\s*(?P<title>[^()\d;,]{2,80}?)\s*,?\s*"
                                   r"\(\s*(?:(?:wie|s\.|vgl\.)\s*)?(?:Anm|Fn|FN|note|n)\.?\s*\d")


def _short(repeated: Reference | None, raw: str, authors: list[dict[str, str]], year: int | None, suffix: str,
           pages: str | None, passage: Passage, title: str | None = None) -> Reference:
    return Reference(index=-1, raw=raw.strip(), authors=authors, year=year, year_suffix=suffix, title=title,
                     pages=pages, source="short", passage_index=passage.index, page=passage.page,
                     repeats=repeated.index if repeated is not None else None,
                     doc_id=repeated.doc_id if repeated is not None else None)


def short_of_entry(entry, repeated: Reference, passage: Passage) -> Reference | None:
    """The reference entry of a short form footnotes.py found and resolved (a FootnoteEntry with back=True), or
    None when it names nothing ("Ebd., S. 5", "Ders., a.a.O.")."""
    if not (entry.name or entry.title):
        return None
    authors = [{"surname": n.strip()} for n in _NAME_SPLIT.split(entry.name) if n.strip()]
    pointer = _POINTER_END.search(entry.text)
    if pointer is not None:
        pages = locator(entry.text[pointer.end():])[0]
    elif entry.name and entry.title and (at := entry.text.find(entry.title)) >= 0:  # "Weber, Steuerung, S. 5."
        pages = locator(entry.text[at + len(entry.title):].lstrip(","))[0]
    else:
        pages = None
    year = int(entry.year) if entry.year else None
    suffix = m.group(1) if entry.year and (m := re.search(rf"{entry.year}([a-z])\b", entry.text)) else ""
    title = entry.title
    if not title and entry.name and entry.text.startswith(entry.name):
        named = _TITLE_BEFORE_POINTER.match(entry.text[len(entry.name):])
        title = named.group("title") if named else ""
    ref = _short(repeated, entry.text, authors, year, suffix, pages, passage, title=title or None)
    if _EDITED.match(entry.text[len(entry.name):]):  # "BMAS (Hg.) (2013), S. 381ff.": the names are editors
        ref.authors, ref.editors = [], authors
    return ref


# the words a narrative callout may take in before the name the reference list prints: a noun or a given name
# ("Überblick Pommerehne (1985)", "Peter Imbusch (2004)"), a preposition ("zur Steueramnestie Andreoni et al.")
_PARTICLE = re.compile(r"^(?:von|van|vom|de|der|den|di|da|du|dos|del|la|le|te|ten|ter|zu|zur)$", re.I)
_PAGE_ON = re.compile(r"\s*ff?\.?$")  # "44f.", "12ff.": the first page is the page cited


def _fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if ch.isalnum())


def listed_name(name: str, repeated: Reference | None) -> str:
    """A callout's first name as the reference it links to prints it: the words the callout finder took in before
    the surname are left out ("Überblick Pommerehne" -> "Pommerehne", "Peter Imbusch" -> "Imbusch", "Konzeptes von
    Ostrom" -> "Ostrom"), a particle kept only when the entry's names hold it ("von Matt" for "Matt, P. von"); the
    name as it is when no word run of it is a surname or an editor of the entry.

    Example:
        >>> ref = Reference(index=0, raw="Matt, P. von (2001): Söhne.", authors=[{"surname": "Matt"}])
        >>> listed_name("Für von Matt", ref), listed_name("Peter Matt", ref), listed_name("Müller", ref)
        ('von Matt', 'Matt', 'Müller')
    """
    if repeated is None:
        return name
    surnames = {_fold(n.get("surname", "")) for n in (repeated.authors or []) + (repeated.editors or [])} - {""}
    words = name.split()
    for k in range(1, len(words)):
        if _fold(" ".join(words[k:])) in surnames:
            head = _fold(repeated.raw[:60].split("(")[0])
            while k > 0 and _PARTICLE.match(words[k - 1]) and _fold(words[k - 1]) in head.replace(
                    _fold(" ".join(words[k:])), " ", 1):
                k -= 1  # "Matt, P. von": the particle is the entry's
            return " ".join(words[k:])
    return name


def _surname_of(name: str) -> str:
    """A narrative callout's name the list does not resolve, without the capitalised words before its surname (a
    given name or a noun: "Matthias Burchardt (1993)", "Peter Marsh (1995)"), particles kept ("von Matt"), an article
    and "von" before it left out ("der von Roller (1992)": the one by Roller); a name with an acronym or a
    lower-case word in it is left whole ("Bundesanstalt für Arbeit", "OECD Secretariat")."""
    words = name.split()
    cut = [i + 2 for i in range(len(words) - 2) if words[i] in _ARTICLES and words[i + 1] in ("von", "vom")]
    if cut:  # "Studie der von Roller (1992)": the one by Roller ("die von Müller (1998) befragten"); an article
        words = words[cut[-1]:]  # opens no name's particles ("van der Pijl")
        name = " ".join(words)
    if len(words) < 2 or not all(w[0].isupper() or _PARTICLE.match(w) for w in words) or \
            any(w.isupper() and len(w) > 1 for w in words):
        return name
    k = len(words) - 1
    while k > 0 and _PARTICLE.match(words[k - 1]):
        k -= 1
    return " ".join(words[k:])


_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des"))


def short_of_callout(c: Citation, repeated: Reference | None, passage: Passage, upto: int | None = None) -> Reference:
    """The reference entry of an author-year callout in a note ("Douglas (1981), S. 15."), linked to the reference
    it cites (repeated; None: a short form the list does not resolve): its text runs on to the page cited and to
    its bracket's end, never to the next callout (upto: where it starts; "Popper (1979a: 110f.; 1979b: 167)": two
    short forms); its first name as the list prints it (listed_name), the callout's too."""
    name = listed_name(c.authors[0], repeated) if c.authors else ""
    if repeated is None and c.narrative:
        name = _surname_of(name)
    if c.authors and name != c.authors[0]:
        cut = c.surface.find(name.split()[0])
        if cut > 0:
            c.surface, c.start = c.surface[cut:], c.start + cut
        c.authors = [name, *c.authors[1:]]
    at = c.start - passage.start
    end = c.end - passage.start
    pages, used = locator(passage.text[end:end + 80])
    raw = passage.text[at:end + used] if used else c.surface
    if raw.count("(") > raw.count(")") and (close := _CLOSE.match(passage.text, at + len(raw))):
        raw += close.group(0)  # "Stråth (2005)": the short form runs to its bracket's end
    if upto is not None and at < upto - passage.start < at + len(raw):
        raw = passage.text[at:upto - passage.start].rstrip(" ;,")  # the next callout's
    page = _PAGE_ON.sub("", c.pages) if c.pages else pages  # "(1980: 32,74)": the finder's page first
    short = _short(repeated, raw, [{"surname": a} for a in c.authors], c.year, c.year_suffix, page, passage)
    if repeated is None:
        short.doc_id = c.doc_id
    elif len(c.authors) == 1 and c.authors[0] == _title_word(repeated) and _fold(c.authors[0]) not in {
            _fold(n.get("surname", "")) for n in (repeated.authors or []) + (repeated.editors or [])}:
        short.authors, short.title = [], c.authors[0]  # a title-year pointer (_link_by_title): "Handbuch 1986"
        return short
    if _corporate(c.authors, repeated):  # "Bundesanstalt für Arbeit 1996, S. 171": a body
        short.authors, short.editors = [], short.authors
    return short


def _corporate(names: list[str], repeated: Reference | None) -> bool:
    """The short form names a body, not persons (its one name an acronym of up to five letters or holding a
    lower-case word: "OECD 2008: 192", "Bundesanstalt für Arbeit 1996"): the name goes to editors, as the list's
    "(Hrsg.)" and the labelling conventions have it for institutions; never when the entry it repeats prints the
    name as its first author's surname with a given name ("LORENZER, 1986" for "Lorenzer, A. (1986)": a surname in
    capitals; "ISTAT 2001" for "ISTAT (2001): Censimento." stays a body's acronym)."""
    if len(names) != 1:
        return False
    if repeated is not None and repeated.authors and _fold(repeated.authors[0].get("surname", "")) == _fold(names[0]) \
            and repeated.authors[0].get("given"):  # (a body's acronym opening the entry has no given name: "ISTAT")
        return False
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{2,5}", names[0])) or \
        any(w[0].islower() and not _PARTICLE.match(w) for w in names[0].split())


def add_short_references(references: list[Reference], resolved: list[tuple[object, Reference, Passage]],
                         callouts: list[Citation], passages: list[Passage]) -> None:
    """Append to references the short forms of the notes, in the order of the text: resolved holds the short
    forms footnotes.py found and resolved (entry, the reference it repeats, the note), callouts the in-text
    callouts (linked), of which those in a note or in a caption's source line are short forms too."""
    notes = {p.index: (p, [(0, len(p.text))]) for p in passages if p.kind == "footnote"}  # source lines: below
    found = [(p.index, p.text.find(entry.text), r) for entry, ref, p in resolved
             if (r := short_of_entry(entry, ref, p)) is not None]
    listed = any(r.source == "list" for r in references)
    cited = sorted((c for c in callouts if c.style == "author-year" and _in_citing_part(c, notes)),
                   key=lambda c: (c.passage_index, c.start))
    for c, after in zip(cited, [*cited[1:], None]):
        p = notes[c.passage_index][0]
        upto = after.start if after is not None and after.passage_index == c.passage_index else None
        if c.reference_index is not None and 0 <= c.reference_index < len(references):
            found.append((p.index, c.start - p.start, short_of_callout(c, references[c.reference_index], p, upto)))
        elif unresolved(c, listed) and not _no_work_around(c, p):
            found.append((p.index, c.start - p.start, short_of_callout(c, None, p, upto)))
    for _, _, ref in sorted(found, key=lambda t: (t[0], t[1])):
        ref.index = len(references)
        references.append(ref)


# what tells a name and a year the list does not resolve from a citation, in German notes: a contraction of a
# preposition and an article before the name, which no person's name takes ("im Sudan 1969", "am Rhein 1990", "zum
# Kongo 1960": a place and a date); after the year, a code of one capital letter where a page would stand ("(WZ 2008:
# K)": a classification's section), or words in lower case going on inside the bracket ("Zero (2001, im Original
# ...)": a thing named with its year, no work cited)
_PLACE_BEFORE = re.compile(r"(?<![\w.])(?:im|am|zum|zur|beim|ins|vom)\s+$")
_NO_LOCATOR_AFTER = re.compile(r"\s*(?::\s*[A-ZÄÖÜ](?![\w.])|,\s*(?!(?:hier|insb|insbes|bes|vgl|zit|S|pp?|ff?)\b)"
                               r"[a-zäöüß]{2,}\s+[a-zäöüß]{2,})")


def _no_work_around(c: Citation, p: Passage) -> bool:
    """The text around a callout the list does not resolve says its name and year name no work (_PLACE_BEFORE,
    _NO_LOCATOR_AFTER): no short form of no work is kept for it."""
    at, end = c.start - p.start, c.end - p.start
    return bool(_PLACE_BEFORE.search(p.text, max(0, at - 8), at) or _NO_LOCATOR_AFTER.match(p.text, end))


UNRESOLVED = ("no reference with this author", "ambiguous")
# why an unbracketed callout of a note that cites a page links nowhere though its author is in the list ("Fiebelkorn
# 1989, S. 9." beside an entry whose year was not read): kept, as a short form of no work
IN_THE_LIST = ("no reference with this author and year", "ambiguous")


def unresolved(c: Citation, listed: bool = True) -> bool:
    """A note's author-year callout that names a work the reference list does not resolve: its author is not in the
    list, or not with that year, or two entries match ("Hasler (2005: 146)" beside Hasler 2005a and 2005b); listed
    False (no list was read: an excerpt of a journal issue or newsletter whose list is not in the PDF, or a list not
    found), also where the document has no references at all. Kept as a short form of no work (repeats None): a
    reference the note cites, never a work of the citation graphs. Not when a name is a noun by its ending or a word
    of a date ("(Unabhängigkeit 1960)", "Revolution 1969": events the callout finder read, intext_notes._no_author),
    nor before a span of years ("(Laufzeit 2007–2010)": a period)."""
    reasons = UNRESOLVED if listed else (*UNRESOLVED, "no reference list")
    return bool(c.authors and c.year and c.unlinked_reason and c.unlinked_reason.startswith(reasons) and
                not any(_no_author(a) for a in c.authors) and not YEAR_SPAN.search(c.surface))


def _entry_spans(notes: dict[str, Passage], surfaces: dict[str, list[str]]) -> dict[int, list[tuple[int, int]]]:
    """Document offsets of the entries found in each note that holds references, by passage index. A work cited
    twice in one note ("(vgl. Roth/Lang, AuR 2008, 400 f.) ... (so auch Roth/Lang, AuR 2008, 400 f.)") is two
    entries of the same text: each is looked for after the one before it, so that the second is covered too and its
    author-year words give no short form besides it."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for key, p in notes.items():
        out, after = spans.setdefault(p.index, []), {}
        for s in surfaces.get(key, ()):
            if (at := p.text.find(s, after.get(s, 0))) >= 0:
                out.append((p.start + at, p.start + at + len(s)))
                after[s] = at + len(s)
    return spans


def _citing_parts(p: Passage) -> list[tuple[int, int]]:
    """The parts of a passage (offsets into its text) whose author-year citations are short forms: a whole note, a
    caption's source lines; none of any other passage."""
    if p.kind == "footnote":
        return [(0, len(p.text))]
    return [(a, b) for a, b, _ in source_parts(p)]


def source_parts(p: Passage) -> list[tuple[int, int, bool]]:
    """The source lines of a passage (source_lines.source_lines: start, end, weak): a caption's; a body passage's
    where it opens with one and is short (a source line set in the body's type size under a table), where one
    closes a table's cells the layout read as body text (source_lines.closing_source_line), or one after a caption's
    label or closing a table's note inside it (source_lines.body_source_line); none of any other passage."""
    if p.kind == "caption":
        lines = source_lines(p.text)
        for start, end, weak in closing_citation(p.text):  # "Abb. 2: Nutzen (Deuer, 2013b)": the figure's work
            over = [line for line in lines if line[0] < end and start < line[1]]
            # (a bare "aus"/"nach" before it opened a weak line, "aus (Collins 2004)": a clear citation makes it count)
            lines = lines + [(start, end, weak)] if not over else \
                [(a, b, w and weak) if a < end and start < b else (a, b, w) for a, b, w in lines]
        return lines or address_alone(p.text)  # a caption that is a web address alone: the figure's source
    if p.kind != "body":
        return []
    if len(p.text) < _BODY_SOURCE and opens_with_source(p.text):
        return source_lines(p.text, weak=False)
    return closing_source_line(p.text) or body_source_line(p.text)


_BODY_SOURCE = 400  # characters: a body passage longer than this is a paragraph, no source line


def _within(start: int, end: int, parts: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in parts)


def _in_citing_part(c: Citation, notes: dict[int, tuple[Passage, list[tuple[int, int]]]]) -> bool:
    """The callout (document offsets) lies in a part of its passage whose citations are short forms (_citing_parts:
    notes, by passage index, with those parts)."""
    if c.passage_index not in notes:
        return False
    p, parts = notes[c.passage_index]
    return _within(c.start - p.start, c.end - p.start, parts)


def note_short_forms(passages: list[Passage], callouts: list[Citation], references: list[Reference],
                     notes: dict[str, Passage], surfaces: dict[str, list[str]]) -> list[Citation]:
    """The callouts (linked) with the author-year callouts notes write without brackets added ("bei Koch 1997a und
    ...", "Fahr und Sunde 2004, S. 3": intext_notes.find_note_callouts, the callout finder's reading of notes), each
    only when it links to a reference of the document's list and lies outside the references found in the note
    (notes, surfaces: as for outside_entries). A caption's source lines are read as notes (source_parts)."""
    spans = _entry_spans(notes, surfaces)
    found: list[Citation] = []
    listed = [r for r in references if r.source == "list"]
    lower = _lower_case_listed(listed)
    for p in passages:
        parts = _citing_parts(p)
        if not parts:
            continue
        taken = callout_spans(p.text)
        unbracketed = find_note_callouts(p.text, taken)
        for c in unbracketed + find_names_before_brackets(p.text, [*taken, *((c.start, c.end) for c in unbracketed)]):
            if not _within(c.start, c.end, parts):
                continue
            a, b = p.start + c.start, p.start + c.end
            if not any(x < b and a < y for x, y in spans.get(p.index, ())):
                found.append(place_callout(c, p))
        own = [*taken, *((c.start, c.end) for c in unbracketed)]
        for c in _same_author_brackets(p.text, listed) + _lower_case_names(p.text, lower, own):
            if _within(c.start, c.end, parts) and not any(  # "Hans-Peter Wiedmaiers (ders. 1999)", "comScore, 2013"
                    x < p.start + c.end and p.start + c.start < y for x, y in spans.get(p.index, ())):
                found.append(place_callout(c, p))
    if found:  # to the list's entries: a note's own references are cited by their marks, short forms by footnotes.py
        link_citations(found, listed)
        _link_by_title(found, listed, {p.index: p for p in passages if p.kind == "footnote"})
    _genitive_authors([*callouts, *found], passages, listed)
    return callouts + [c for c in found if c.reference_index is not None or (
        c.pages and (c.unlinked_reason or "").startswith(IN_THE_LIST))]


def _link_by_title(callouts: list[Citation], listed: list[Reference], notes: dict[int, Passage]) -> None:
    """A note's callout of one word and a year after a signal, a bracket or a semicolon (no word of a body's name
    before it: "Bundesagentur für Arbeit 2006") that names no listed author but the first word of the title of the
    one listed entry of that year ("vgl. Handbuch 1986, S. 527" for "Feldmann, U. (Hg.) (1986): Handbuch der
    örtlichen Sozialplanung"): a title-year pointer, linked to that entry (in place; short_of_callout gives it the
    title, no author)."""
    for c in callouts:
        if c.reference_index is not None or len(c.authors) != 1 or " " in c.authors[0] or not c.year or \
                (p := notes.get(c.passage_index)) is None or \
                not _POINTER_LEAD.search(p.text, max(0, c.start - p.start - 12), c.start - p.start):
            continue
        hits = [r for r in listed if r.year == c.year and _title_word(r) == c.authors[0]]
        if len(hits) == 1:
            c.reference_index, c.unlinked_reason = hits[0].index, None


_POINTER_LEAD = re.compile(r"(?:^\s*(?:\d{1,3}\s+)?|[(;]\s*|\b(?:[Vv]gl|[Ss]iehe|[Ss]|[Ss]ee|[Cc]f)\.?:?\s+)$")


def _title_word(ref: Reference) -> str:
    """The first word of a reference's title."""
    return (ref.title or "").split(maxsplit=1)[0].strip(".,:;") if ref.title else ""


# a listed author's genitive and up to two lower-case words before the noun a narrative callout took for its name:
# "Brenners Studie (1998)", "Esping-Andersens eigener Analyse (1990: 69ff.)"
_GENITIVE_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-ZÄÖÜ][\w'’\-]+?)(?:s|['’]s?)(?:[ \t]+[a-zäöüß]+){0,2}[ \t]+\Z")


def _genitive_authors(callouts: list[Citation], passages: list[Passage], listed: list[Reference]) -> None:
    """A note's narrative callout that links to nothing and stands after an author's genitive ("Brenners Studie
    (1998)": the finder read "Studie" as the name) is the work of that author when the list holds a work of the
    author and year: the callout starts at the genitive and links to it (in place)."""
    if not listed:
        return
    notes = {p.index: p for p in passages if p.kind == "footnote"}
    for c in callouts:
        p = notes.get(c.passage_index)
        if p is None or c.style != "author-year" or c.reference_index is not None or not c.narrative or \
                len(c.authors) != 1 or not c.year:
            continue
        at = c.start - p.start  # at the name's last word: the finder may have taken the genitive in ("Brenners Studie")
        name = c.authors[0]
        if " " in name and (k := c.surface.find(name)) >= 0:
            at += k + name.rindex(" ") + 1
        m = _GENITIVE_BEFORE.search(p.text, max(0, at - 60), at)
        if m is None or not any(r.year == c.year and r.authors and _fold(r.authors[0].get("surname", "")) ==
                                _fold(m.group("name")) for r in listed):
            continue
        was = (c.start, c.surface, c.authors, c.unlinked_reason)
        c.start, c.surface, c.authors = p.start + m.start(), p.text[m.start():c.end - p.start], [m.group("name")]
        link_citations([c], listed)
        if c.reference_index is None:  # not the genitive's work after all: the callout as it was
            c.start, c.surface, c.authors, c.unlinked_reason = was


def _lower_case_listed(listed: list[Reference]) -> dict[str, re.Pattern]:
    """The first names of the list's entries that start in lower case, as bodies and some persons print them ("infas
    (2007)", "comScore (2013)", "eMarketer", "danah boyd"; not a particle's "van der Pijl"), each with the pattern of its author-year callout in a note
    ("vgl. comScore, 2013", "infas 2007: 98", "eMarketer (2012: 3)"): the callout finders want a capital first."""
    names = {n for r in listed for a in (r.authors or r.editors or [])[:1]
             if len(n := a.get("surname") or a.get("literal") or "") > 1 and n[0].islower() and not _PARTICLE.match(n.split()[0])}
    return {n: re.compile(rf"(?<![\w.@/-]){re.escape(n)}(?![\w-])\s*(?:,\s*|\s+|\s*\(\s*)"
                          r"(?P<item>(?P<year>(?:1[5-9]|20)\d\d)(?P<suffix>[a-z])?(?!\d)"
                          r"(?:\s*[:,]\s*(?:S\.\s*)?(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*ff?\.)?)?)") for n in names}


def _lower_case_names(text: str, lower: dict[str, re.Pattern], taken: list[tuple[int, int]]) -> list[Citation]:
    """The author-year callouts of a note by a name the list prints in lower case (_lower_case_listed), outside the
    callouts found already (offsets into text)."""
    out = []
    for name, pattern in lower.items():
        for m in pattern.finditer(text) if name in text else ():
            if not any(m.start() < y and x < m.end() for x, y in taken):
                out.append(Citation(start=m.start(), end=m.end("item"), surface=text[m.start():m.end("item")],
                                    authors=[name], year=int(m.group("year")), year_suffix=m.group("suffix") or "",
                                    pages=m.group("pages"), style="author-year"))
    return out


# "ders." / "dies." (the same person) and a year in a bracket after a person named in the sentence, as the humanities
# cite a work of someone just named: "die Ansätze Hans-Peter Wiedmers (ders. 1999)", "von Eva Roth (dies. 2001: 17)",
# "wie Karl Lenz es vorschlägt (ders. 1998)"
# (also unbracketed after a pointer, past a semicolon, a comma, "und", "sowie" or "auch": "Vgl. Albrecht 1989; ders.
# 1993", "Wendt 1922, S. 12; ders. 1922, S. 40")
_SAME_AUTHOR = re.compile(r"(?:\(\s*|(?<=[;,])\s*|(?<=\bund)\s+|(?<=\bsowie)\s+|(?<=\bauch)\s+)"
                          r"(?P<item>(?:ders|dies)\.\s*(?P<year>(?:1[5-9]|20)\d\d)(?P<suffix>[a-z])?(?!\d)"
                          r"(?:\s*[:,]\s*(?:S\.\s*)?(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*ff?\.)?)?)(?:\s*\))?")
# a year alone in a bracket after a quotation, the person quoted named before it in the sentence: 'Zander spricht
# von einer „Verwaltung in Aktion“ (2008: 15).'
_QUOTED_YEAR = re.compile(r"(?<=[“”\"»«’‘])[^\S\n]*\(\s*(?P<item>(?P<year>(?:1[5-9]|20)\d\d)(?P<suffix>[a-z])?(?!\d)"
                          r"(?:\s*[:,]\s*(?:S\.\s*)?(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*ff?\.)?)?)\s*\)")
# (not the full stop of a one-letter abbreviation, nor a page after it or after a colon: "Roth 1989, S. 12 (ders.
# 1993)", "Roth (1989: 12) (ders. 1993)")
_SENTENCE_BOUND = re.compile(r"(?<!\b\w)[.;:!?]\s+(?=[A-ZÄÖÜ\"„])")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w'’-]+")


def _same_author_brackets(text: str, listed: list[Reference]) -> list[Citation]:
    """The callouts "(ders. 1999)" of a note (_SAME_AUTHOR), and a year alone in a bracket after a quotation
    (_QUOTED_YEAR), each by the person named before it in its sentence: the
    nearest capitalised word before the bracket (a genitive's "s" left off: "Wiedmers") that is the surname of a
    list entry of that year; none where no list entry names one (offsets into text)."""
    out = []
    quoted = _QUOTED_YEAR.finditer(text) if "(" in text else ()
    for m in sorted([*_SAME_AUTHOR.finditer(text), *quoted], key=lambda m: m.start()):
        lo = max([b.end() for b in _SENTENCE_BOUND.finditer(text, 0, m.start())], default=0)
        year = int(m.group("year"))
        for word in reversed(_CAPITALISED.findall(text, lo, m.start())):
            forms = {_fold(word), _fold(word[:-1]) if word.endswith("s") else ""} - {""}
            hits = [r for r in listed if r.year == year and
                    any(_fold(a.get("surname", "")) in forms for a in (r.authors or [])[:1])]
            if hits:
                name = hits[0].authors[0]["surname"]
                if m.re is _QUOTED_YEAR:  # the short form runs from the person named to the bracket's year
                    at = text.rindex(word, lo, m.start())
                    out.append(Citation(start=at, end=m.end("item"), surface=text[at:m.end("item")], authors=[name],
                                        year=year, year_suffix=m.group("suffix") or "", pages=m.group("pages"),
                                        style="author-year"))
                    break
                out.append(Citation(start=m.start("item"), end=m.end("item"), surface=m.group("item"), authors=[name],
                                    year=year, year_suffix=m.group("suffix") or "", pages=m.group("pages"),
                                    style="author-year"))
                break
    return out


def outside_entries(callouts: list[Citation], notes: dict[str, Passage], surfaces: dict[str, list[str]]) -> list[
        Citation]:
    """The author-year callouts of notes that hold references (by footnote key: the note, the texts of its entries)
    that lie outside every entry found there: "Vgl. Max Weber, Wirtschaft, Tübingen 1922; zur Kritik bei Dolph
    (1970), S. 16." cites Dolph too, though the rules read no entry there (callouts with document offsets)."""
    spans = _entry_spans(notes, surfaces)
    return [c for c in callouts if c.style == "author-year" and
            not any(c.start < b and a < c.end for a, b in spans.get(c.passage_index, ()))]


def source_references(references: list[Reference], passages: list[Passage], callouts: list[Citation]) -> None:
    """Append to references one reference per source line of a caption or of a body passage that opens with one
    (source_parts), as the labelling conventions count it (its first work; the other works it names are cited by
    their callouts): the short form of the list entry its first callout links to, else the first work it names
    (source_lines.first_work: persons or a body and a year, an office's data set; source "footnote"), else the short
    form of a callout the list does not resolve. A line opened by a bare "nach"/"aus" counts only where its callout
    links to the list. The raw text is the line with its lead ("Quelle: Roth 2001, S. 3")."""
    by_passage: dict[int, list[Citation]] = {}
    for c in callouts:
        if c.style == "author-year":
            by_passage.setdefault(c.passage_index, []).append(c)
    for p in passages:
        for a, b, weak in source_parts(p):
            inside = sorted((c for c in by_passage.get(p.index, ()) if a <= c.start - p.start < b),
                            key=lambda c: c.start)
            ref = _source_reference(p, a, b, inside, references, weak)
            if ref is not None:
                ref.index, ref.passage_index, ref.page = len(references), p.index, page_at(p, a)
                ref.raw = line_with_lead(p.text, a, b) or ref.raw
                references.append(ref)


def _source_reference(p: Passage, a: int, b: int, inside: list[Citation], references: list[Reference],
                      weak: bool) -> Reference | None:
    """The one reference of the source line p.text[a:b] (source_references), or None."""
    line = p.text[a:b]
    skip = own_items_end(line)  # "eigene Berechnungen; OECD 2004": its first item the work after the remark
    first_end = p.start + a + (line.find(";", skip) if ";" in line[skip:] else len(line))  # the end of its first item
    linked = [c for c in inside if c.reference_index is not None and 0 <= c.reference_index < len(references)]
    first = first_work(line_with_lead(p.text, a, b))  # with its lead: "Datenbasis:" names data analysed
    if linked and (first is None or linked[0].start < first_end):
        c = linked[0]
        return short_of_callout(c, references[c.reference_index], p, inside[1].start if len(inside) > 1 else None)
    if weak:
        return None
    if first is not None:
        first.source = "footnote"
        return first
    # a callout the list does not resolve, where it opens the line's first item ("Quelle: OECD (2003)"), not a name
    # inside a description ("in Anlehnung an die Ergebnisse der Konferenz (2008)")
    rest = line[skip:].lstrip()
    opening = a + len(line) - len(rest) + len(leading_remark(rest))
    loose = [c for c in inside[:1] if unresolved(c) and not _no_work_around(c, p) and c.start - p.start <= opening]
    return short_of_callout(loose[0], None, p) if loose else None
