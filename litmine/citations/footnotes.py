"""References in footnotes (German social science, humanities, policy reports): entries found in a note, parsed
in the note style "Vorname Name, Titel, Ort Jahr, S. 12.", and short forms resolved to the reference they repeat.

A note holds prose and references mixed: "Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12;
ders., Gesammelte Aufsätze, Tübingen 1920." Entries are the stretches between cues ("Vgl.", "See also") and the
semicolons that separate works, with any prose before the first name cut off. Short forms do not name a new work:
"Ebd., S. 5", "Ibid.", "a.a.O.", "op. cit." and "Weber (Anm. 3), S. 7" point back to a reference given before;
"Ders."/"Dies." ("the same author") start a new work by the author of the reference before.

Where the references of a note lie is learned (footnote_model.py: a B/I/O token labeller over layout-free text
features, trained on composed notes from labelled reference strings and hand-written prose, never on EXCITE); what
each piece is stays with the rules below (short forms, "ders.", pointers, biographies, prose), except that a
stretch the model is sure of (TRUST) is kept although the prose rules would drop it. Without the model's weights
the rules also cut the note (find_footnote_entries_by_rules: cues, semicolons, a full stop before a name). A note
without any cue the rules need (footnote_fields.may_cite: no year, no web address, no "ebd.", no name-like start ...)
is read by neither: it can yield nothing.

Each reference is parsed by footnote_fields.parse_footnote_reference (the note style by rules, anything else by
the general parser). Entries that are no references are left out: policy pointers ("HC Deb ...", "Q 123"), licence
lines, authors' biographies ("Anna Roth, Dr., Projektleiterin ..."), clauses in lower case ("1. die Ergebnisse zu
berücksichtigen"); a clause after a reference's year is cut. Everything here is a pure function over strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from litmine.citations.footnote_model import default_segmenter
from litmine.citations.intext import find_callouts
from litmine.citations.intext_words import READ_WORD
from litmine.citations.intext_notes import YEAR_SPAN, _no_author, find_names_before_brackets, find_note_callouts
from litmine.citations.footnote_fields import (MONTH_ANY, _AUTHORS, _CORPORATE, _DATED_SOURCE, _DAY_GIVEN, _DAY_SPAN, _DERS, _SOURCE_STOP, _GIVEN, _INVERTED, _INVERTED_NAME,
                                               _ARABIC_ARTICLE, _LOWER_PRESS, _MARGIN, _MONTH, _NATURAL, _PAGE_WORD, _PARTICLE, _PRESS,
                                               _OWN_ADDRESS, _ROLE, _SEP, _SURNAME, _UP, _URL_ONLY, _YEAR,
                                               CITED_BOOK, COMMENTARY_CITE, COURT_CUE, JOURNAL_CITE, LAW_ARTICLE,
                                               LAW_ARTICLE_SHORT, LEGAL_CASE, MARGIN_CUE, OFFICIAL_PAPER, PERSON_IN_PRESS, STATUTE,
                                               STATUTE_LAW_FIRST, _whole, is_decision, is_official_document, may_cite,
                                               parse_footnote_reference)
from litmine.citations.references import _CUE, _IBID, _MARKER, _PROSE, _split_semicolons, looks_like_reference
from litmine.models import Citation, Reference
from litmine.patterns import LazyPattern

__all__ = ["FootnoteEntry", "find_footnote_entries", "find_footnote_entries_by_rules", "parse_footnote_reference",
           "points_back", "resolve_back_reference"]

_NAME_START = LazyPattern(rf"(?<![\w.])(?:(?={_NATURAL}(?:{_SEP}{_NATURAL})*(?:{_ROLE})?\s*[,:]\s)"
                          rf"|(?={_SURNAME},\s+{_GIVEN}(?:\s+{_GIVEN})?\s*(?:[/(:,&]|und\s)))")

# words that introduce a reference in a note ("Vgl.", "See also", "For example:"), where a new reference may start
_NOTE_CUE = LazyPattern(
    r"(?:^|(?<=[.;:,)\s]))\s*(?:see(?:\s+also)?|cf\.|compare|vgl\.(?:\s+(?:auch|dazu|hierzu|etwa|z\.\s?B\.|u\.\s?a\.|"
    r"ausführlich|insbesondere|grundlegend|exemplarisch|näher|nur|ferner|ebenso|statt\s+vieler|zum\s+Folgenden)){0,2}|"
    r"siehe(?:\s+auch|\s+dazu|\s+hierzu)?|s\.\s+auch|zum\s+Folgenden(?:\s+vgl\.)?|zit\.\s+n(?:ach|\.)|zitiert\s+nach|(?:zit\.|zitiert|entnommen)\s+aus|quoted\s+in|cited\s+in|"
    r"for\s+example|for\s+instance|e\.\s?g\.|z\.\s?B\.|zum\s+Beispiel)\s*[:,]?\s+", re.I)
# licence and copyright lines that page layouts set in small type at the foot
# (the look-ahead names the first letter of each branch, so that other places fail at one test; no other letter
# matches c, a, l or o in any case)
_BOILERPLATE = LazyPattern(r"(?=[©calo])(?:©|\bcopyright\b|\ball rights reserved\b|\balle Rechte vorbehalten\b|"
                           r"\blicen[cs]ed? under\b|\bOpen Parliament Licen[cs]e\b|\bOpen Government Licen[cs]e\b)", re.I)
# "a.a.O.", "op. cit.", "loc. cit.": the place cited before (without its closing full stop)
_OPCIT_WORD = r"(?:a\.\s?a\.\s?O|op\.\s?cit|loc\.\s?cit)"
_OPCIT = LazyPattern(rf"(?<![\w.]){_OPCIT_WORD}\.?", re.I)
# a title and "op. cit.": "Healthy Lives, Healthy People, op. cit., p. 5"
_TITLE_OPCIT = LazyPattern(rf"^(?P<title>[^;]{{4,120}}?),?\s+{_OPCIT_WORD}\.?", re.I)

# an author's surname and a short title before "a.a.O." or "op. cit.": "Weber, Wirtschaft und Gesellschaft, a.a.O."
_NAME_THEN_TITLE = LazyPattern(rf"(?P<name>[{_UP}][\w'’\-]+),\s+(?P<title>[{_UP}][^,;]{{2,80}})")

# pointers into parliamentary records and inquiry evidence, not works: "HC Deb 12 May 2020 col 34", "Q 123",
# "Written evidence from X (ABC0012)", "104/9-108/16" (transcript page/line), "para 5"
_POINTER = LazyPattern(r"^(?:(?:HC|HL)\s+Deb\b|Qq?\s?\d|(?:Written|Oral|Supplementary written)\s+evidence\b|"
                       r"\d+/\d+\s*[-–]\s*\d+/\d+|paras?\.?\s+\d|paragraphs?\s+\d|Transcript\b|Day\s+\d+\b)", re.I)

@dataclass
class FootnoteEntry:
    """One piece of a footnote: a reference (text), or a short form pointing back (back=True), with the name it
    repeats ("Weber (Anm. 3)" → "Weber") when it gives one."""

    text: str
    back: bool = False
    ditto: bool = False  # "Ders., Titel ...": a new work by the author of the reference before
    name: str = ""
    year: str = ""
    title: str = ""  # "Healthy Lives, op. cit.": the title it repeats
    by_list: bool = False  # an author-year short form the callout finder does not read (_RUN_ON): the list's entry
    words: str = ""  # "Weißbuch (Anm. 10)", "die Schlussfolgerungen des Vorsitzes (Anm. 27)": all the words before a
    # pointer by note number, a title or a body's name where they name no author of the work (_by_words)


# further authors after the first name or two, as short forms write them: "Roth u. a. (Anm. 3)", "Roth et al., a.a.O."
_MORE = r"(?:\s+(?:u\.\s?a\.|et\s+al\.))?"
# "Weber (Anm. 3)", "Weber, Wirtschaft (wie Anm. 3), S. 7", "Weber, a.a.O.": a short title may stand between, after
# a comma (no comma: a sentence's first words, "Ähnlich argumentiert auch Weber (Anm. 1)"); the pointer also as
# "(Fußnote 3)", "[Anm. 3]", "(above n. 3)", "(supra note 3)"
_SHORT = LazyPattern(rf"^(?P<name>[{_UP}][\w'’\-]+(?:\s*(?:/|und)\s*[{_UP}][\w'’\-]+)?){_MORE}"
                     r"(?:\s*,\s*[^()\d;]{2,80}?\s*(?=\(\s*(?:wie|s\.|vgl\.)?\s*(?:Anm|Fn|FN|note|n)\.?\s*\d))?\s*,?\s*"
                     r"(?:\(\s*(?:(?:wie|s\.|vgl\.|above|supra)\s*)?(?:Anm|Fn|FN|Fußnote|note|n)\.?\s*\d+[^()]{0,20}\)|"
                     rf"\[\s*(?:s\.\s*)?Anm\.\s*\d*\s*\]|{_OPCIT_WORD}\.?)")
# a pointer to the note that cites a work in full: "(Anm. 3)", "(wie Fn. 12)", "[Anm. 4]", "(Fußnote 2)", "(above n. 6)"
_NOTE_POINTER = LazyPattern(r"[(\[]\s*(?:(?:wie|s\.|vgl\.|siehe|above|supra)\s*)?(?:Anm|Fn|FN|Fußnote|note|n)\.?\s*\d{1,3}"
                            r"(?!\d)[^()\[\]]{0,20}[)\]]")
# a work pointed back to by that pointer and named by its title or a body's name, not by one surname: "Weißbuch
# (Anm. 10), S. 27", "Eurobarometer 64 (Anm. 3)", "Europäische Kommission (Anm. 2)", "die Schlussfolgerungen des
# Vorsitzes (Anm. 27)", "The Long Peace (note 6)"; a signal or an article before it is no part of the title
_TITLE_BY_NOTE = LazyPattern(r"^(?:(?:[Vv]gl\.|[Ss]iehe|[Ss]\.|[Ss]ee|[Cc]f\.|[Ss]o|[Aa]uch|[Ää]hnlich|[Dd]azu|[Hh]ierzu|"
                             r"[Bb]ereits|[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Tt]he)\s+)*"
                             rf"(?P<title>[{_UP}][^()\[\];:]{{1,80}}?)\s*,?\s*(?={_NOTE_POINTER.pattern})")

# the same before "a.a.O.", "op. cit.": "Weißbuch, a.a.O., S. 27" (no comma inside: "Weber, Wirtschaft, a.a.O." names
# its author, _NAME_THEN_TITLE)
_TITLE_BY_OPCIT = LazyPattern(r"^(?:(?:[Vv]gl\.|[Ss]iehe|[Ss]\.|[Ss]ee|[Cc]f\.|[Dd]ie|[Dd]er|[Dd]as|[Tt]he)\s+)*"
                              rf"(?P<title>[{_UP}][^()\[\];:,]{{1,80}}?)\s*,?\s*(?={_OPCIT_WORD}\b)")

# "Ders., a.a.O., S. 9", "ders., Arbeit (Anm. 1), S. 12": the same author's work cited before, by a short title too
# (the abbreviation has its full stop or a comma: "Dies zeigt sich auch bei Weber (Anm. 1)", "Diese Deutung ..." is
# a sentence's demonstrative, not the same author)
_DERS_SHORT = LazyPattern(r"^(?:(?:ders|dies)(?:\.,?|,)|(?:idem|eadem)\b\.?,?)\s*(?P<title>(?:[^()\d;,]{2,60}?(?=,?\s*\(\s*(?:wie\s+)?Anm))?)"
                          rf",?\s*(?:{_OPCIT_WORD}|\(\s*(?:wie\s+)?Anm)", re.I)
# a page cited: "S. 12", "p. 3-5", "110f.", "381ff."
_PAGE = r"(?:(?:S|p|pp)\.\s*)?\d+(?:\s*[-–]\s*\d+|\s*ff?\.)?"
# a word that singles out the page cited: "Wacker (1998), insb. S. 12-30", "bes. S. 4", "hier S. 12"
_PAGE_NOTE = r"(?:(?:insb|insbes|bes|bspw|hier|etwa|v\.\s?a|vor\s+allem|besonders|insbesondere|esp|especially)\.?\s+)"
# "Weber 1922, S. 12", "Prognos AG (2014), S. 132": author and year and a page (or pages: "S. 3 und S. 57-58",
# "S. 109, siehe auch S. 2-3"), nothing more; further authors as "u. a." or "et al." ("Roth u. a. 1997, S. 4"); not
# a span of years, which is a period named ("Laufzeit 2007–2010", "Förderphase 2004-2006"), no work's year
_SHORT_YEAR = LazyPattern(rf"^(?P<name>[{_UP}][\w'’\-]+(?:\s+(?:AG|GmbH|e\.\s?V\.))?)(?:\s*(?:/|und)\s*[{_UP}][\w'’\-]+)?"
                          rf"{_MORE}(?:\s*\((?:Hg|Hrsg)\.\))?\s*\(?(?P<year>{_YEAR})(?!\s?[-–]\s?{_YEAR})[a-z]?\)?\s*[,:]?\s*{_PAGE_NOTE}?"
                          rf"{_PAGE}(?:\s*(?:[,;]|\bund\b|\bsowie\b|\band\b|siehe\s+auch|vgl\.(?:\s+auch)?)\s*{_PAGE})*"
                          r"[^A-Za-z]{0,30}$")

# a short title between the author and the page, as the humanities cite a work the second time (Kurztitel): "Weber,
# Steuerung, S. 5.", "Schmidt/Roth, Arbeitsmarkt im Wandel, 17 f."; a short form only where an earlier reference of
# that author holds the title's words (resolve_back_reference), else what the rules make of it as before
_SHORT_TITLE = LazyPattern(rf"^(?P<name>[{_UP}][\w'’\-]+(?:\s*(?:/|und)\s*[{_UP}][\w'’\-]+)?){_MORE},\s*"
                           r"(?P<title>[^\W\d_][^()\d;,.:]{2,60}?),\s*(?:(?:S|p|pp)\.\s*)?\d+"
                           r"(?:\s*[-–]\s*\d+|\s*ff?\.)?\s*\.?$")

# an author-year start: "BMAS (Hg.) (2013):", "Müller, Jörg (2012):", "Prognos AG (2014):"
_AUTHOR_YEAR = (rf"[{_UP}][\w\-/.&]*(?:\s[{_UP}][\w\-/.&]*){{0,3}}(?:,\s+{_GIVEN}(?:\s+{_GIVEN})?)?"
                rf"(?:\s*\((?:Hg|Hrsg|Ed|Eds)\.?\))?\s*\({_YEAR}[a-z]?\)\s*:")
_WORK_BREAK = LazyPattern(rf";\s*(?=(?:ders|dies|ebd|ebenda|ibid|idem|eadem)\b)|(?<=[.])\s+(?={_AUTHOR_YEAR})", re.I)


# how sure the segmenter must be of a reference (mean probability of its tokens' labels) for it to be kept when the
# rules of _entry would drop it as prose: above 1, never (the rules' filter then decides alone)
TRUST = 0.95


def find_footnote_entries(text: str) -> list[FootnoteEntry]:
    """The references and short forms a footnote holds, in order: where the references lie is learned
    (footnote_model: a token labeller trained on composed notes), what each piece is (a short form, "ders.", prose,
    a pointer) is decided by the rules of _entry; without the model's weights, the rules alone
    (find_footnote_entries_by_rules).

    Example:
        >>> [e.text for e in find_footnote_entries("7 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.")]
        ['Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.']
    """
    if _IMPRINT.match(text) or _DATELINE.match(text) or _KEYWORDS.match(text):  # the journal's imprint, a preface's
        return []  # dateline, an article's keywords: no note
    # a note that is a web address and nothing else (after its number, a lead, before the day it was read)
    web = _web_note(text) if ("http" in text or "www." in text) else []
    if web:
        return web
    # a note without any cue the rules need (footnote_fields.may_cite) yields nothing: neither rules nor model read it
    return [one for entry in _entries_of(text) for one in _each_year(entry)] if may_cite(text) else []


# the imprint of the journal a paper is printed in, set at the foot of its first page as a line of its own (no note
# number): the journal's name (its publisher after it), the issue, volume or number with the year, the article's
# page range and nothing else, set off by a bar, after the publisher or with both volume and issue ("ZEITSCHRIFT Heft 2
# | 2010, S. 11–30", "Zeitschrift. Verlag Muster, Heft 12/13, 20. Jg. 2009, Nr. 1/2, 45 – 60"); a numbered note of
# such a shape, or one citing an issue alone, cites a magazine ("4 Der Spiegel, Nr. 12/2004, S. 40–42.")
_IMPRINT = LazyPattern(rf"^(?=.*(?:\s\|\s|\bVerlag\s|\bJg\..*\b(?:Heft|Nr)\b|\b(?:Heft|Nr)\b.*\bJg\.))\s*[^\W\d][^\d,.|:]{{1,40}}(?:\.\s+Verlag\s[^,\d]+)?,?\s+(?:Heft|H\.|Nr\.|Jg\.|Vol\.|Volume|Issue)"
                       rf"\s[^A-Za-zäöüß]{{0,20}}(?:\b(?:Jg|Jahrgang|Nr|No|Heft)\.?\s[^A-Za-zäöüß]{{0,20}})*{_YEAR}"
                       rf"(?:\s*,?\s*(?:Nr|No|Heft)\.?\s*[\d/]+)?\s*,?\s*(?:S\.|pp?\.)?\s*\d+\s*[-–]\s*\d+\.?\s*$")


# an article's keywords, set in small type under its abstract: "Schlagworte: politische Kommunikation, Wahl 2013",
# "Keywords: ...", "Schlüsselwörter: ...", "JEL classification: ..."
_KEYWORDS = LazyPattern(r"^\s*(?:Schlagw(?:orte|örter)|Schlüsselw(?:orte|örter)|Stichw(?:orte|örter)|Key\s?words|"
                        r"JEL(?:\s+(?:classification|codes?|Klassifikation))?|Mots[-\s]cl[ée]s)\s*:", re.I)
# the dateline that signs a preface or a report, set in small type: its places and "im" with the month ("Nürnberg/
# München im Juli 2009", "Berlin, im März 2009")
_DATELINE = LazyPattern(rf"^\s*[{_UP}][\w-]+(?:\s*[/,]\s*[{_UP}][\w-]+)*,?\s+im\s+{_MONTH}\s+{_YEAR}\.?\s*$")


def _each_year(entry: FootnoteEntry) -> list[FootnoteEntry]:
    """A short form by author and year with further years of that author after it ("Müller 1998 und 2001a",
    "Müller 1998, 2001", "Müller (1998: 12; 2001: 5)"): one short form per year, as the list's callouts are one per
    year (pointer_closing_prose); the first keeps the name, the others are their year and page. Any other entry
    stands as it is."""
    if not (entry.back and entry.name and entry.year):
        return [entry]
    first = _FIRST_YEAR.search(entry.text)
    while first is not None and first.group("year") != entry.year:
        first = _FIRST_YEAR.search(entry.text, first.end("year"))
    if first is None:
        return [entry]
    more = []
    for m in _MORE_YEARS.finditer(entry.text, first.end()):
        if m.start() != (more[-1].end() if more else first.end()):
            break
        more.append(m)
    if not more or not _CLOSING_REST.fullmatch(entry.text, more[-1].end()):
        return [entry]
    head = entry.text[:first.end()].rstrip(" ,;")  # (a bracket left open: the callouts' surface, "Popp (1979a")
    return [FootnoteEntry(head, back=True, name=entry.name, year=entry.year)] + [
        FootnoteEntry(m.group("item").strip(), back=True, name=entry.name, year=m.group("year")) for m in more]


# the year of a short form and the page cited with it, no year: "Müller 1998", "Müller (1998: 12", "Müller 1998, S. 4"
_FIRST_YEAR = LazyPattern(rf"(?<!\d)(?P<year>{_YEAR})[a-z]?\b(?:\s*[,:]\s*(?!{_YEAR}[a-z]?\b){_PAGE_NOTE}?{_PAGE})?")


# a note's number before its text, set apart or run into it ("4http://www.example.org" where the PDF lost the space)
_NOTE_NUMBER = LazyPattern(r"^\s*(?:\*+|\d{1,3}(?=\s|https?:|www\.))?\s*")


def _web_note(text: str) -> list[FootnoteEntry]:
    """The entries of a note that is only web pages' addresses: "4 http://www.example.org", "1 Quelle: http://x.org/a
    (eingesehen am 15.10.2010)" (footnote_fields._URL_ONLY), or several such addresses set apart by spaces, commas,
    semicolons or "und" ("«www.example.ch» «www.beispiel.ch/kurse»": one web page each), the note's number left
    out; [] for any other note."""
    body = text[_NOTE_NUMBER.match(text).end():].strip()
    body = body[_WEB_CUE.match(body).end():]  # "vgl.: http://a.org sowie http://b.org [Stand ...]"
    if _URL_ONLY.match(body):
        return [FootnoteEntry(body)]
    items = _WEB_ITEMS.split(body)
    return [FootnoteEntry(item) for item in items] if len(items) > 1 and all(map(_URL_ONLY.match, items)) else []


# a cue before a note's web addresses: "vgl.:", "siehe", "see"
_WEB_CUE = LazyPattern(r"(?:(?:vgl|siehe|s|see|cf)\.?\s*:?\s+(?=https?:|www\.))?", re.I)
# what sets a note's web addresses apart: a comma, a semicolon, "und" / "sowie" / "and", or the space before the next
_WEB_ITEMS = LazyPattern(r"\s*[,;]\s*|\s+(?:und|sowie|and)\s+|\s+(?=[«<‹]|https?:|www\.)")


def _entries_of(text: str) -> list[FootnoteEntry]:
    """find_footnote_entries of a note that may cite."""
    seg = default_segmenter()
    if seg is None:  # (find_footnote_entries splits one author's years: _each_year)
        return _rule_entries(text)
    found, legal = _found_by_rules(text)
    webs = _statements_and_web_pages(text, found, legal)
    taken = [(at, at + len(e.text)) for at, e in found]
    pieces = _outside_web(text, _outside_legal(text, _model_pieces(text, seg), legal), webs)
    dated = [m for m in _dated_sources(text) if not any(m.start() < y and x < m.end() for x, y in taken) and
             not any(_inside_reference(text, a, b, m) for a, b, _, _, _ in pieces) and
             not _names_no_work(text[_sentence_start(text, m.start()):m.end()])]  # ("Auskunft ... vom 3.4.2009")
    found += [(m.start(), FootnoteEntry(m.group(0).strip())) for m in dated]
    taken += [m.span() for m in dated]
    laws = _statutes(text, taken, pieces)
    found += [(m.start(), FootnoteEntry(m.group(0))) for m in laws]  # "§ 3 Abs. 1 AO": a statute cited
    taken += [m.span() for m in laws]
    _add_piece_entries(text, pieces, taken, dated, found)
    return _with_own_address(text, sorted(found or _cited_web_page(text) or _whole_document(text), key=lambda x: x[0]))


def _whole_document(text: str) -> list[tuple[int, FootnoteEntry]]:
    """A note of which neither the model's stretches nor the rules made any entry, when the whole of it (after its
    number and a cue) reads as an official document by its title and the day it is dated (footnote_fields.
    is_official_document: "Charta von Paris für ein neues Europa, Paris, 21. November 1990.", "Regierungserklärung von
    Bundeskanzler Karl Vogt vor dem Deutschen Bundestag am 14.3.2003.", "Statement by the Presidency on ..., Brussels,
    18 July 2006."), as notes on policy cite declarations, statements and speeches: that document (the model cut
    such notes short of their day or left them to the prose rules, which want fewer words in lower case); else []."""
    at = _NOTE_NUMBER.match(text).end()
    cue = _CUE.match(text, at)
    core = text[cue.end() if cue else at:].strip()  # (the cue stays in the entry, as in the labelled raw)
    if len(re.findall(r"(?!(?:Nr|No)\b)[^\W\d_]{2,}", re.sub(MONTH_ANY, "", core))) < 3 or _SENTENCE_OPENING.match(core) or \
            _FINITE.search(core) or _never_reference(core) or _names_no_work(core) or _personal_source(core) or \
            _is_prose(core) or not is_official_document(core):
        return []  # (three words or more besides a month and "Nr.": "Arbeitspapier Nr. 17, Juni 2009" is a label)
    return [(at, FootnoteEntry(text[at:].strip()))]


# a sentence's opening (an article, a pronoun) and its finite verbs, which no document's title cited alone holds: "Die
# Erklärung wurde verabschiedet am 12. Januar 2006.", "Der Bericht der Kommission erschien am ...", "Das Abkommen trat
# in Kraft am ..." are prose with a day
_SENTENCE_OPENING = LazyPattern(r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Es|Er|Sie|Wir|Ich|Man|Dies|Diese|Dieser|"
                                r"Dieses|Hier|Dort|Damals|Danach|Dann|The|A|An|It|This|We|They)\b")
_FINITE = LazyPattern(r"\b(?:wurde|wurden|wird|werden|worden|ist|sind|war|waren|hat|haben|hatte|hatten|gab|gaben|trat|"
                      r"traten|erschien|erschienen|fand|kam|sagte|erklärte|betonte|forderte|was|were|is|are|has|have|had|"
                      r"said|stated)\b")


def _with_own_address(text: str, found: list[tuple[int, FootnoteEntry]]) -> list[FootnoteEntry]:
    """The entries in order, a web address that a lead gives as where the reference before it is found joined to it
    ("Pressemitteilung Nr. 5 vom 31.1.2007, abrufbar unter www.x.de/presse.", "..., Stuttgart 2007; im Internet:
    http://x.de/e.pdf", "... mit der Zeitung vom 31.12.2005, abrufbar unter: http://x.de/1/"): the address an entry of
    its own, the lead ("abrufbar unter", "verfügbar unter", "online unter", "im Internet", "URL") before it, and
    nothing but a comma, a semicolon or a full stop between (_OWN_ADDRESS); a short form keeps apart."""
    out: list[tuple[int, FootnoteEntry]] = []
    for at, e in found:
        pos = text.find(e.text, at, at + len(e.text) + 40) if e.text else -1  # (after its piece's lead or strip)
        at = pos if pos >= 0 else at
        if pos >= 0 and out and not out[-1][1].back and text.startswith(out[-1][1].text, out[-1][0]):
            start, end = out[-1][0], out[-1][0] + len(out[-1][1].text)
            lead = _OWN_ADDRESS.fullmatch(text, min(end, at), at + len(e.text))
            if lead and _URL_ONLY.match(text[lead.start("url"):at + len(e.text)]):
                if at + len(e.text) > end:  # (a piece inside the reference before it: left out)
                    out[-1] = (start, FootnoteEntry(text[start:at + len(e.text)], name=out[-1][1].name,
                                                    year=out[-1][1].year))
                continue
        out.append((at, e))
    return [e for _, e in out]


def _statements_and_web_pages(text: str, found: list[tuple[int, FootnoteEntry]],
                              legal: list[tuple[int, int]]) -> list[re.Match]:
    """Add to found (and their spans to legal, in place) a person's statements quoted from the press outside the
    legal citations ("... meint Karim Said in Al-Ahram, 3.4.2005:": PERSON_IN_PRESS), and the web pages the prose
    cites in brackets outside both ("... (vgl. http://x.org) [Stand ...]": _BRACKETED_URL); the latter returned."""
    said = [m for m in PERSON_IN_PRESS.finditer(text) if not any(m.start() < y and x < m.end() for x, y in legal)]
    found += [(m.start(), FootnoteEntry(m.group(0))) for m in said]
    legal[:] = sorted(legal + [m.span() for m in said])
    webs = [m for m in _BRACKETED_URL.finditer(text) if not any(m.start() < y and x < m.end() for x, y in legal) and
            (m.group("cue") or _WORD_BEFORE.search(text, 0, m.start()) and _PROSE_AFTER.match(text, m.end()))]
    found += [(m.start("url"), FootnoteEntry(m.group("url"))) for m in webs]
    return webs


def _add_piece_entries(text: str, pieces: list[tuple[int, int, bool, float, bool]], taken: list[tuple[int, int]],
                       dated: list[re.Match], found: list[tuple[int, FootnoteEntry]]) -> None:
    """Add to found the entry of each stretch the model found that the rules' finds do not mostly cover (the part
    after one that opens it), a short form once per text."""
    for a2, b2, lead, conf, whole in pieces:
        if any(min(b2, y) - max(a2, x) > (b2 - a2) / 2 for x, y in taken):
            continue
        a2, lead = _after_taken(text, a2, b2, lead, taken)
        if not text[a2:b2].strip():
            continue
        at, entry = _piece_entry(text, a2, b2, lead, conf, whole, dated)
        if entry is not None and not (entry.back and any(e.back and e.text == entry.text for _, e in found)):
            found.append((at, entry))


# a web page a note's prose cites in a bracket after a cue, and the day it was read after it, inside the bracket or
# after it ("... flüchten (vgl.: http://www.example.com/spiel/) [Stand 22.12.2008].", "(siehe www.example.de, Zugriff
# am 3.5.2010)", "(vgl. http://www.example.org/daten/ trend.htm; 2005-02-02)"): the address is the reference, the
# prose around it none (a reference that ends in its own address writes no cue before it; a bracket without a cue
# may be a reference's own address: "..., Berlin 2005. (http://x.de/bericht.pdf)"); an address broken at a line end
# is one, its parts joined by the space. Without a cue, a bracket inside a sentence: a word before it and the
# sentence going on in lower case after it ("ein Weblog (http://x.blog.de, Stand: 14.10.05), dessen Beiträge ...",
# "beim Datenzentrum (www.daten.de) bezogen werden"), where a reference's own address closes it (_WORD_BEFORE,
# _PROSE_AFTER)
_WORD_BEFORE = LazyPattern(r"[^\W\d_]{2,}\s*$")
_PROSE_AFTER = LazyPattern(r"\s*,?\s*[a-zäöüß]{2,}\b")
_READ_DAY = (r"(?:\s*[;,]\s*(?:\d{4}-\d{2}-\d{2}|(?:Stand|Zugriff|abgerufen|eingesehen|accessed|retrieved)[^()\[\]]{0,40}))?")
_BRACKETED_URL = LazyPattern(r"\(\s*(?P<cue>(?:(?:vgl|siehe|s|see|cf)\.?\s*:?\s*)?)"
                             r"(?P<url>(?:https?://|www\.)(?:[^\s()\[\];,]|,(?=\S))+(?:\s[^\s()\[\];,]*/[^\s()\[\];,]*)?)"
                             rf"{_READ_DAY}\s*\)(?:\s*\[\s*(?:Stand|Zugriff|abgerufen|eingesehen|accessed|retrieved)"
                             r"[^\]\[]{0,40}\]?)?", re.I)


def _found_by_rules(text: str) -> tuple[list[tuple[int, FootnoteEntry]], list[tuple[int, int]]]:
    """What the rules find over the whole note before the model's stretches, each entry with where it starts, and
    the spans of its legal citations: German legal citation (_legal_citations: decisions, law journals,
    commentaries), then the short forms ("Ebd., S. 5", "Weber (Anm. 3), S. 7", which the model does not mark) and the
    newspapers by their day ("Segodnja 20.1.1999.") outside them (_kept_by_rules: "AiB 2006, S. 83 ff." of an
    article is no short form of an author "AiB")."""
    legal = _legal_citations(text)
    found = [(at, e) for at, e in _kept_by_rules(text) if not any(at < y and x < at + len(e.text) for x, y in legal)]
    found += [(at, e) for at, e in _in_this_volume(text) if not any(
        at < y and x < at + len(e.text) for x, y in [*legal, *((a, a + len(f.text)) for a, f in found)])]
    return found + [(a, FootnoteEntry(text[a:b])) for a, b in legal], legal


# an author pointed to as writing in the same volume or issue, no year ("vgl. MEDJEDOVIĆ in diesem Band", "Siehe den
# Beitrag von Kessler in diesem Heft", "see Smith in this volume"): a short form by name, resolved to the list's
# entry of that author (footnotes.resolve_back_reference; none where the list has no such author or several); two
# names joined by "und"/"and"/"/" are two
_IN_THIS_VOLUME = LazyPattern(rf"(?P<signal>(?<![\w.])(?:[Vv]gl\.|[Ss]iehe|[Ss]\.|[Ss]ee|[Cc]f\.)(?:\s+(?:auch|dazu|hierzu|also))?"
                              r"(?:\s+(?:den|die)\s+Beitr(?:ag|äge)\s+(?:von|der|des))?\s+)?"
                              rf"(?P<names>[{_UP}][\w'’-]+(?:\s*(?:/|\bund\b|\band\b|&)\s*[{_UP}][\w'’-]+)?)"
                              r"\s+(?:in\s+diesem\s+(?:Band|Heft|Sammelband|Themenheft|Buch)|in\s+this\s+(?:volume|issue|book))\b")
_BOTH_NAMES = LazyPattern(r"\s*(?:/|\bund\b|\band\b|&)\s*")


def _in_this_volume(text: str) -> list[tuple[int, FootnoteEntry]]:
    """The short forms by name of a note's pointers to the same volume or issue (_IN_THIS_VOLUME), each with where
    it starts: the last name's from its signal (or name) to the words "in diesem Band", the first's its name alone."""
    if "dies" not in text and "this" not in text:
        return []
    out = []
    for m in _IN_THIS_VOLUME.finditer(text):
        names = m.group("names")
        if _no_author(names.split()[0]):
            continue
        cut = _BOTH_NAMES.search(names)
        if cut is None:
            out.append((m.start(), FootnoteEntry(m.group(0), back=True, name=names)))
            continue
        second = m.start("names") + cut.end()
        out.append((m.start(), FootnoteEntry(text[m.start():m.start("names") + cut.start()], back=True,
                                             name=names[:cut.start()])))
        out.append((second, FootnoteEntry(text[second:m.end()], back=True, name=names[cut.end():])))
    return out


def _cited_web_page(text: str) -> list[tuple[int, FootnoteEntry]]:
    """The web address a note that cites nothing else points to after a cue (_CITED_URL), as its entry; none in an
    address note (_CONTACT)."""
    web = _CITED_URL.search(text) or _available_url(text) or _NAMED_URL.match(text)
    if web is None or _CONTACT.search(text) or _THANKS.search(text):
        return []
    return [(web.start("url"), FootnoteEntry(web.group("url").rstrip(".,;:)")))]


# a short note that names a page and ends in its address: an acronym glossed ("ZfW, Zentrum für Wirtschaftsethik,
# Weingarten, www.zfw.de."), a tool or a body described in a few words ("Prolog, Projektmanagementsystem, häufig in
# der Informatik angewandt, www.prolog.de."), a page's name after a cue ("Siehe Übersicht http://www.x.org/sw/."):
# eight words at most before the address, set off by a comma, a colon or a space, no sentence (no full stop before a
# capital, no finite verb of being or having, no funder's thanks, no e-mail address of an author's contact line) and
# nothing after it but its full stop
_NAMED_URL = LazyPattern(r"^\s*(?:\d{1,3}[.)]?\s+|\*+\s*)?"
                         r"(?![^@]*@|(?:[^.]*\.\s+[A-ZÄÖÜ])|.*\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|is|are|"
                         r"was|were|has|have|(?i:gefördert|förderung|funded|supported|thanks?|dank\w*))\b)"
                         r"(?:[^\s,:;()]+[,:]?\s+){1,8}(?P<url>(?:https?://|www\.)[^\s()<>«»]{4,}?)[.]?\s*$")


def _available_url(text: str) -> re.Match | None:
    """The web address a note's sentence says a work or data are found at (_AT_URL: "Die Studie ist unter www.x.de
    abrufbar.", "... findet sich auf der Homepage des Instituts: http://x.org/p.html.", "The data are available at
    www.x.org."): after "unter", "über", "auf", "at" or a colon, in a sentence that says so (_AVAILABLE), or that
    gives the day the page was read after it ("Vgl. die Angaben auf www.x.de (Stand: 1.9.2009)"), or that ends in it
    after a colon and a page's name of five words or fewer ("Homepage des Vereins: www.x.de."); None else, and in a
    notice of a licence or copyright (_LICENCE)."""
    if _LICENCE.search(text):
        return None
    for m in _AT_URL.finditer(text):
        start = _sentence_start(text, m.start())
        end = text.find(". ", m.end())
        sentence = text[start:len(text) if end < 0 else end]
        named = text[start:m.start()]  # (before a colon: a page's name, "Homepage des Vereins", no clause)
        if _AVAILABLE.search(sentence) or _READ_AFTER.match(text, m.end()) or (
                m.group("colon") and not text[m.end():].strip(" .") and "," not in named and len(named.split()) <= 5):
            return m
    return None


# a notice of a text's licence or copyright (a cover page's "... unter einer CC BY-NC-ND Lizenz ... finden Sie hier:
# https://creativecommons.org/...", "Copyright ... in a version of the following form: ..., at: http://..."): the
# address in it is where the licence or the series is, no source cited
_LICENCE = LazyPattern(r"Lizenz|Licen[cs]e|creativecommons|Creative[\s-]Commons|Copyright|Open[\s-]Access", re.I)


# a web address after a word that says where something is found: "unter", "über", "auf", "at", "from", a colon
_AT_URL = LazyPattern(r"(?:\b(?:unter|über|auf|at|from)|(?P<colon>:))\s+(?P<url>(?:https?://|www\.)[^\s()]{4,})", re.I)
# the words of a sentence saying a text or data are found at an address
_AVAILABLE = LazyPattern(r"\b(?:abrufbar|verfügbar|erhältlich|zugänglich|einsehbar|eingesehen|abgerufen|herunterge\w+|"
                         r"zum\s+Download|finde[tn]|available|accessible|found|downloaded)\b", re.I)
# the day a page was read after its address: "(Stand: 1.9.2009)", "[Zugriff am 3.5.2009]", ", abgerufen am ..."
_READ_AFTER = LazyPattern(rf"\s*(?:[(\[]|[,;]\s*){READ_WORD}", re.I)


# a web address a note points to after a cue, in its prose or a bracket: "... des Gesetzes über den Jahresabschluss
# (siehe z.B. www.example.dk/law.asp).", "Vgl. www.beyond-gdp.eu.": a web page cited, taken when the note cites
# nothing else; not after "unter" or "online" ("Dokumentation ..., gesendet am 19. August 2008, nachzusehen unter
# www..."): there the address is where the source named before it is found
_CITED_URL = LazyPattern(r"(?:\b(?:vgl|s|cf|siehe|see)\b\.?(?:\s+(?:auch|dazu|etwa|z\.\s?B\.|"
                         r"e\.\s?g\.))?|\bz\.\s?B\.|\be\.\s?g\.)\s*:?\s*(?P<url>(?:https?://|www\.)[^\s)]{4,})", re.I)


def _legal_citations(text: str) -> list[tuple[int, int]]:
    """Where a note cites in German legal style (footnote_fields: LEGAL_CASE a court's decision, LAW_ARTICLE_SHORT a
    law journal's article by author, journal, year and first page, COMMENTARY_CITE a commentary by section and margin
    number, CITED_BOOK a book without its place after a verb of saying or a signal), apart from one another, each
    with its closing full stop: these shapes are references whole, though the segmenter may mark them in parts or not
    at all and the prose rules drop them (no title, no place, a margin number for a page). A court's name alone, or
    with a day alone, cites nothing (is_decision). Each shape's own cue is searched first (a court or a decision's
    kind, a margin number, a journal's year and page, a book's year and page): most notes hold none of them."""
    out: list[tuple[int, int]] = []
    journal = JOURNAL_CITE.search(text) is not None
    for pattern, cue in ((LEGAL_CASE, COURT_CUE), (COMMENTARY_CITE, MARGIN_CUE), (LAW_ARTICLE_SHORT, None)):
        if not (cue.search(text) if cue is not None else journal):
            continue
        for m in pattern.finditer(text):
            if pattern is LEGAL_CASE and not is_decision(m):
                continue
            a, b = m.start(), _with_full_stop(text, m.end())
            if pattern is LAW_ARTICLE_SHORT:  # its title before it: "Kohte, Betriebliches Eingliederungsmanagement, DB"
                titled = _named_start(text, a, b, LAW_ARTICLE, commas=False)
                a = a if titled is None else titled
            if not any(a < y and x < b for x, y in out):
                out.append((a, b))
    for m in CITED_BOOK.finditer(text) if _BOOK_PAGE.search(text) else ():  # "So konstatiert Romahn, Titel, 2007,
        a, b = m.start("names"), _with_full_stop(text, m.end())                # S. 81 f., dass ...": a book
        if m.group("page") and not any(a < y and x < b for x, y in out):
            out.append((a, b))
    for m in JOURNAL_CITE.finditer(text) if journal else ():  # an article by its authors and a title that holds
        b = _with_full_stop(text, m.end())                      # commas: "Hamm, Die Betriebsvereinbarung – Ein paar
        a = _named_start(text, m.start(), b, LAW_ARTICLE)       # Hinweise, wie ..., AiB 2006, S. 83 ff."
        if a is not None and not any(a < y and x < b for x, y in out):
            out.append((a, b))
    return sorted(out)


# the year and page closing a book cited without its place (CITED_BOOK's cue): ", 2007, S. 81"
_BOOK_PAGE = LazyPattern(rf",\s*{_YEAR},?\s*S\.\s*\d")


def _with_full_stop(text: str, end: int) -> int:
    """The end of a citation that ends at `end`, over the full stop closing it (none after an abbreviation's)."""
    return end + (text.startswith(".", end) and text[end - 1] != ".")


def _named_start(text: str, at: int, end: int, pattern: re.Pattern, commas: bool = True) -> int | None:
    """Where a reference ending at `end` whose authors open it (pattern, over the whole of it) starts: after the
    last bound before `at` (the note's start, a cue, a full stop or a semicolon) or, with commas, after a comma
    between there and `at` ("Kritisch zur Nutzung von Präambeln, Hamm, Die Betriebsvereinbarung, AiB 2006, S. 83"),
    the first that reads and holds no other journal's citation; None when none does."""
    lo = _bound_before(text, at)
    starts = [lo + len(text[lo:at]) - len(text[lo:at].lstrip())]
    starts += [c.end() for c in re.finditer(r",\s+", text[:at]) if c.start() >= lo] if commas else []
    return next((a for a in starts if a < at and not JOURNAL_CITE.search(text, a, at) and
                 _whole(pattern, text[a:end])), None)


def _outside_legal(text: str, pieces: list[tuple[int, int, bool, float, bool]],
                   legal: list[tuple[int, int]]) -> list[tuple[int, int, bool, float, bool]]:
    """The stretches the model found, each without the legal citations in it (_legal_citations): what is left of a
    stretch beside them, three words or more, stays a stretch of its own (after a cut: the rules decide), so that a
    stretch running over two citations ("Gagel, NZA 2004, 1359; sowie Müller, AuR 2009, 29") is not one more."""
    out = []
    for a, b, lead, conf, whole in pieces:
        inside = [(x, y) for x, y in legal if x < b and a < y]
        if not inside:
            out.append((a, b, lead, conf, whole))
            continue
        for x, y in zip([a] + [y for _, y in inside], [x for x, _ in inside] + [b]):
            if y > x and len(text[x:y].split()) >= 3:
                out.append((x, y, True, conf, False))
    return out


def _outside_web(text: str, pieces: list[tuple[int, int, bool, float, bool]],
                 webs: list[re.Match]) -> list[tuple[int, int, bool, float, bool]]:
    """The stretches the model found without the web pages cited in brackets in them (_BRACKETED_URL): the sentence
    a bracket closes ("... verbergen (vgl. http://...)") is the prose it gives the address for, no reference, and is
    left out; what stands after the last bracket, three words or more, stays a stretch of its own (after a cut: the
    rules decide)."""
    out = []
    for a, b, lead, conf, whole in pieces:
        inside = [m for m in webs if m.start() < b and a < m.end()]
        if not inside:
            out.append((a, b, lead, conf, whole))
            continue
        x = max(m.end() for m in inside)  # (before each bracket: the sentence it closes)
        if b > x and len(text[x:b].split()) >= 3:
            out.append((x, b, True, conf, False))
    return out


def _statutes(text: str, taken: list[tuple[int, int]], pieces: list[tuple[int, int, bool, float, bool]]) -> list[
        re.Match]:
    """The statutes a note cites (footnote_fields.STATUTE: "§ 3 Abs. 1 AO"), outside what the rules took, and not
    inside a stretch the model found after three words or more of it (a work about a law, whose title names it);
    and its parliamentary papers and reported court decisions (footnote_fields.OFFICIAL_PAPER)."""
    laws = [m for m in STATUTE.finditer(text) if not any(m.start() < y and x < m.end() for x, y in taken) and
            not _COMMENTED_SECTION.match(text, m.end()) and
            (_SIGNAL_BEFORE.search(text, 0, m.start()) or
             not any(a <= m.start() < b and len(text[a:m.start()].split()) >= 3 for a, b, _, _, _ in pieces))]
    laws += _statutes_law_first(text, [*taken, *(m.span() for m in laws)])
    # a parliament's paper or a court's reported decision, unless a stretch the model found holds it after words of
    # its own (there it is a part of a longer reference: "Deutscher Bundestag, Drucksache 16/1234, S. 5")
    return sorted(laws + [m for m in OFFICIAL_PAPER.finditer(text) if not any(
        m.start() < y and x < m.end() for x, y in taken) and not any(
        a < m.end() and m.start() < b and re.search(r"\w", text[a:m.start()]) for a, b, _, _, _ in pieces)],
        key=lambda m: m.start())


def _statutes_law_first(text: str, taken: list[tuple[int, int]]) -> list[re.Match]:
    """The statutes a note cites with the law's abbreviation first (footnote_fields.STATUTE_LAW_FIRST: "SGB IX § 2
    Behinderung: ..."), outside what is taken: only where one opens the note or follows a signal or a bracket (in a
    sentence, "das SGB IX § 2", it is the sentence's subject, no citation)."""
    if "§" not in text and "Art." not in text:
        return []
    return [m for m in STATUTE_LAW_FIRST.finditer(text)
            if (_NOTE_HEAD.fullmatch(text, 0, m.start()) or _SIGNAL_BEFORE.search(text, 0, m.start())) and
            not any(m.start() < y and x < m.end() for x, y in taken) and not _COMMENTED_SECTION.match(text, m.end())]


# German legal citation: a statute is cited where a citation signal or a bracket leads to it ("vgl. § 5 BetrVG", "(§ 77
# Abs. 6 BetrVG)"), even inside a stretch the segmenter took for a work (whose title names a law otherwise)
_SIGNAL_BEFORE = LazyPattern(r"(?:\b(?:vgl|s|siehe|z\.\s?B|so|auch|dazu|hierzu|ferner|etwa)\.?\s*:?|\()\s*$", re.I)
# a note's number (or asterisk) alone before a statute that opens the note
_NOTE_HEAD = LazyPattern(r"\s*(?:\d{1,3}[.)]?\s+|\*+\s*)?")
# a margin number after a section ("§ 626 BGB Rn. 5"): the section a commentary comments, no statute cited
_COMMENTED_SECTION = LazyPattern(rf"\s*,?{_MARGIN}")


def _after_taken(text: str, a: int, b: int, lead: bool, taken: list[tuple[int, int]]) -> tuple[int, bool]:
    """Where a stretch the model found starts and whether it starts after a cut: past a short form the rules found
    opening it ("Soeffner (1995b), S. 7. Bundeskanzler Kohl, zit. in DIE WELT vom 24. 10. 1995.": the model's stretch
    runs from the short form on, which is no part of it)."""
    for x, y in taken:
        if x <= a < y:
            return y + len(text[y:b]) - len(text[y:b].lstrip()), True
    return a, lead


def _piece_entry(text: str, a: int, b: int, lead: bool, conf: float, whole: bool,
                 dated: list[re.Match]) -> tuple[int, FootnoteEntry | None]:
    """Where the entry of one work the model found starts, and the entry: beside any dated source in it, the rest
    (if any) judged by the rules alone; before a cue inside the stretch the model's confidence was for the reference
    after it: rules decide."""
    cut = _outside_dated(text, a, b, dated)
    if cut != (a, b):
        a, b, lead = *cut, True
        if len(text[a:b].split()) < 3:
            return a, None
    a = _past_prose_lead(text, a, b)
    return a, _model_entry(text, a, b, 0.0 if lead else conf, whole)


# given names and a surname set in capitals, as notes print authors in small capitals: "HANS KRAMER", "H. KRAMER"
_CAPS_NATURAL = rf"(?:[{_UP}](?:[{_UP}\-]+|\.)\s+){{1,3}}[{_UP}]{{2}}[{_UP}'’\-]*(?![\w.])"


# the end of a sentence's prose that leads to a full reference, as notes write it: "... ist eine Weiterführung der
# Veröffentlichung von | Hans Kramer (1995): Titel ...", "... eine überarbeitete Fassung von | Kramer, Hans (1995):
# ...", "... gibt der Sammelband von | Otto Lenz (Hg.), Titel ...", "... ist 1985 erschienen: | Otto Lenz, Titel",
# "... der Arbeit von | HANS KRAMER (1995): Titel":
# words without commas or brackets up to a preposition or a colon, then a person's name that opens a full reference
# (given names and a surname before a comma, a colon, or a bracketed year and the title after it; a surname, a comma,
# given names and a bracketed year); a name and a year alone ("... finden sich in Infratest Sozialforschung (2000)")
# is a pointer, whose span the callouts give
_LEAD_TO_NAME = LazyPattern(rf"[^,;:()\[\]]{{2,80}}?(?:\s(?:von|vom|bei|auf|aus|in|of|on|by|from)\s+|:\s+)"
                            rf"(?=(?:{_NATURAL}|{_CAPS_NATURAL})\s*(?:\((?:Hg|Hrsg|Ed|Eds|ed|eds)\.\)\s*)?"
                            rf"(?:[,:]|\(\s*{_YEAR}[a-z]?\s*\)\s*[,:.]\s*\S)|"
                            rf"{_SURNAME},\s+{_GIVEN}(?:\s+{_GIVEN})?\s*\(\s*{_YEAR})")
_LOWER_WORD = LazyPattern(r"(?<![\w.])[a-zäöüß]{2,}(?![\w.])")


def _past_prose_lead(text: str, a: int, b: int) -> int:
    """Where a stretch the model began inside a sentence of prose starts: past the rest of that prose up to the name
    that opens the reference (_LEAD_TO_NAME), when words in lower case (no cue: "vgl. dazu") come before the stretch
    in its sentence; else a. A stretch opening its sentence, or a title holding "von" after a name, keeps its
    start."""
    head = text[_sentence_start(text, a):a]
    if not _LOWER_WORD.search(head) or _NOTE_CUE.fullmatch(head):
        return a
    lead = _LEAD_TO_NAME.match(text, a, b)
    return lead.end() if lead else a


# a note's number closed by a bracket ("2) Franco Algieri: ...", "12) Vgl. ..."), as older German notes print it
_BRACKET_NUMBER = LazyPattern(r"\s*\d{1,3}\)\s*")


def _after_number(text: str, a: int) -> int:
    """Where a stretch the model found starts past the note's number closed by a bracket ("2) Franco ...": the
    model's stretch may take in its ")"), else a."""
    number = _BRACKET_NUMBER.match(text)
    return number.end() if number and a < number.end() else a


def _model_pieces(text: str, seg) -> list[tuple[int, int, bool, float, bool]]:
    """The works of the stretches the model found: (start, end, before a cue inside the stretch, the model's
    confidence, the stretch is the whole note)."""
    out, read = [], 0
    for a, b, conf in _join_open_spans(text, seg.spans(text)):
        b = _span_end(text, a, b)
        a = max(a, read, _after_number(text, a))  # (a quotation's source bracket read whole before, past the stretch
        # it began in)
        if b <= a:
            continue
        whole = _whole_note(text, a, b)
        for a1, b1, cut in _around_quotations(text, a, b):
            read = max(read, b1) if cut else read
            out += [(a2, b2, lead or cut, conf, (whole or (not lead and _whole_note(text, a2, b2))) and not cut)
                    for a2, b2, lead in _split_span(text, a1, b1)]  # "; ders.", ". Siehe"; the last piece after a
            # cue that closes the note's prose ("... Vortrags. Zuerst erschienen in: X") is the note's whole source
    return out


# a quoted sentence and the bracket after it that gives its source, as notes quote: '"Der Staat ist ... verpflichtet."
# (Weber, Max 1922: Titel. Tübingen. S. 12)': the quotation closes with its sentence's punctuation (a quoted title
# does not: 'Weber, "Die Stadt" (1921)'), thirty letters or more, and the bracket holds a figure; its marks in any of
# the styles German prints: "…", „…“, «…» and the reversed guillemets »…« ('»Das tat weh.« (Badische Zeitung v.
# 28.3.2007, S. 17)')
_QUOTED_SOURCE = LazyPattern(r"(?:[\"“„«][^\"”“«»]{30,}?[.!?…\]]['’‘]?[\"”“»]|»[^«»]{30,}?[.!?…\]]['’‘]?«)\s*"
                             r"\((?P<source>[^()]*\d[^()]*)(?:\)|$)")


def _around_quotations(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """A stretch the model found without the quoted sentences in it (_QUOTED_SOURCE): the text before a quotation,
    the source bracket after it, the text after that bracket, each with whether it was cut (the model's
    confidence was for the stretch with the quotation: the rules decide); the stretch whole where it quotes none."""
    out, pos = [], a
    for m in _QUOTED_SOURCE.finditer(text, a):  # (the bracket read to its end, though the stretch stops before)
        if m.start() >= b:
            break
        out += [(pos, m.start(), True), (m.start("source"), m.end("source"), True)]
        pos = m.end()
    if not out:
        return [(a, b, False)]
    return [(x, y, cut) for x, y, cut in out + [(pos, max(pos, b), True)] if len(text[x:y].split()) >= 2]


def _inside_reference(text: str, a: int, b: int, m: re.Match) -> bool:
    """A dated source inside a work the model found that opened before it with a date or an inverted name: the
    work's container or its last part ("Name (2004): Titel. In: Süddeutsche Zeitung vom 28.09.2004", "Name,
    Vorname: Titel. Interview mit dem Spiegel vom 30.10.1995"), no source of its own."""
    if not a <= m.start() < b:
        return False
    before = _DATED_SOURCE.sub(" ", text[a:m.start()])  # another source before it is no opening of a work
    return len(before.split()) >= 3 and bool(re.search(_YEAR, before) or _AUTHORS.match(before) or
                                             re.match(rf"\s*{_SURNAME},\s+{_GIVEN}", before))


# where a dated source does not start: inside a sentence that runs on into it ("Wehrdienstes. FR vom": a full stop
# after a word in lower case), after a comma within a name ("der FDP, CSU und CDU vom"), after an adjective
# ("in persönlicher Kommunikation vom": a word in lower case that is no article or preposition)
_SENTENCE_INSIDE = LazyPattern(r"[a-zäöüß]{4,}\.\s+(?=[A-ZÄÖÜ])")
_LEAD_WORD = LazyPattern(r"(?:,|\b(?!(?:der|die|das|den|dem|des|in|im|an|am|auf|bei|von|vom|zur|zum|nach|laut|so|vgl|"
                         r"siehe|auch|etwa|und|sowie|oder|z|B|u|a)\b)[a-zäöüß]+)\s*$")


def _dated_sources(text: str) -> list[re.Match]:
    """The sources by name and day in a note (_DATED_SOURCE), each starting where a source can start."""
    out, pos = [], 0
    while (m := _DATED_SOURCE.search(text, pos)) is not None:
        inner = _SENTENCE_INSIDE.search(m.group(0))
        if inner:
            pos = m.start() + inner.end()
            continue
        pos = m.end()
        if not _LEAD_WORD.search(text, max(0, m.start() - 30), m.start()):
            out.append(m)
    return out


def _outside_dated(text: str, a: int, b: int, dated: list[re.Match]) -> tuple[int, int]:
    """A stretch the model found, without a dated source (_DATED_SOURCE) at its start or end: the longer part
    beside it ("RP vom 27.10. 1995, S. 3. Beim Großen Zapfenstreich ..." keeps the sentence after the source)."""
    for m in dated:
        if a <= m.start() < b or a < m.end() <= b:
            before, after = (a, max(a, m.start())), (min(b, m.end()), b)
            a, b = before if before[1] - before[0] >= after[1] - after[0] else after
    return a, b


# how sure the segmenter must be of a stretch that is the whole note (after its number and a cue: "12 SIPRI
# Yearbook 1997, S. 309.", "8 Die Linke, Wahlprogramm 2009, S. 56.") for it to be kept against the prose rules,
# which want four words and a name-like start: a note that is nothing but a source cited, parts set off by commas
# and closing with its year, date or page, cites that source (a sentence ends in words)
WHOLE_TRUST = 0.6
_DATED = LazyPattern(rf"(?=.*(?:{_YEAR}|\bo\.\s?J\.))[^,:]+[,:].*(?:\d|\bo\.\s?J\.?)[.)]?\s*$")
# an archive's item with no year, the whole note or a stretch of it: its holder and signature set off by commas,
# closing with the page or folio, a further one after "und" or a comma ("BStU, MfS, BV Leipzig, Abteilung XX, S.
# 51-56.", "Bundesarchiv, R 58/1234, Bl. 12-15.", "Staatsarchiv, Rep. 90a, Nr. 74, Bl. 187 und 241"); not a pointer
# inside the paper ("Kapitel 3, Abschnitt 2, S. 12", "Tabelle 4, S. 9")
_FILED = LazyPattern(r"(?!.*\b(?:Kapitel|Kap|Abschnitt|Anm|Fn|FN|Tab|Tabelle|Abb|Abbildung|Anhang|Teil|Fußnote|oben|"
                     r"unten|Chapter|Section|Table|Figure|Appendix|above|below)\b)[A-ZÄÖÜ][^,:;]{1,60}(?:,[^,;]{1,60}){1,6},"
                     r"\s*(?:S|Bl|fol|p|pp)\.\s*\d{1,5}[rvR]?(?:\s*[-–]\s*\d{1,5}[rvR]?)?(?:\s*ff?\.?)?"
                     r"(?:\s*(?:,|und)\s*\d{1,5}[rvR]?(?:\s*[-–]\s*\d{1,5}[rvR]?)?)*[.)]?\s*$")


def _model_entry(text: str, a: int, b: int, conf: float, whole: bool) -> FootnoteEntry | None:
    """The entry a stretch the model found makes: by the rules of _entry, else kept when the model is sure of it
    (TRUST), or fairly sure of a dated stretch that is the whole note or of an archive's item anywhere in a note
    (WHOLE_TRUST), and it shows some sign of a reference and no sign of never being one."""
    part = _PUBLISHED_IN.sub("", text[a:b].strip(" \t\n;,:"), count=1)
    sentence = text[_sentence_start(text, a):b]
    if _names_no_work(sentence):
        return None  # (the stretch may begin inside the sentence: "... an die Autorin vom 17. Januar 2008.")
    entry = _entry(part) if part else None
    filed = entry is None and _FILED.match(part) is not None and _lower_share(part) <= 0.4 and not re.search(_YEAR, part)
    if entry is not None or len(part) <= 15 or conf < (WHOLE_TRUST if whole or filed else TRUST) or \
            _callouts_only(_short_before_prose(part)):
        return entry  # WHOLE_TRUST < TRUST; a stretch of callouts (or a source bracket) the model is sure of: none
    if conf < TRUST and not ((_DATED.match(part) or _FILED.match(part)) and _lower_share(part) <= 0.4):
        return None
    if _some_evidence(part) and not _BOILERPLATE.search(text, max(0, a - 30), a):  # "© Verlag ...": the sign before
        return FootnoteEntry(part)
    return None


# "Erstmals erschienen in: Aus Politik und Zeitgeschichte 47/2009", "Erstmals in deutscher Übersetzung abgedruckt in:
# ...", "Zuerst veröffentlicht in einer kürzeren Fassung in: ...": where a text appeared before, or where a quotation
# is taken from ("Zitiert aus: Zeitschrift 07/2010, Seite 20", "Entnommen aus: ..."); the words up to the colon are
# no part of the reference; so too a lead naming what of a work the reader finds there ("Vgl. die Beiträge
# in Hans Ebner (Hg.), ...", "Aufsätze in: Zeitschrift ...", "Wiederabdruck in: ...", "Nachdruck in: ...") or the
# writer's own work ("Diese Darstellung beruht auf meiner Schrift: ...")
_PUBLISHED_IN = LazyPattern(r"^(?:[\w.]+\s+){0,4}?(?:(?:erschienen|veröffentlicht|abgedruckt|publiziert|nachgedruckt|"
                            r"published|reprinted|printed|appeared)(?:(?:\s+[\w.]+){0,5}?\s+(?:in|im|as|als)\s*:|"
                            r"\s+(?:in|im|as|als))|(?:Beiträge|Beitrag|Aufsätze|Aufsatz|Artikel|(?:Wieder)?[Aa]bdruck|Nachdruck|Reprint)"
                            r"\s+(?:in|im)\s*:?|(?:zitiert|zit\.|entnommen)\s+aus\s*:?|"
                            r"(?:meine[mnrs]?|unsere[mnrs]?|my|our)\s+[\w-]+\s*:)\s+(?=\S)", re.I)


def _lower_share(part: str) -> float:
    """The share of a stretch's words (quoted titles left out) that are in lower case: a sentence's verbs and
    function words ("In the period, wages rose by 3 per cent in 2019"), against a source's names and nouns."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"[\"“„«‘'][^\"”“«»’']{3,}[\"”“»’']", " ", part))
    return sum(w[0].islower() for w in words) / max(1, len(words))


def _whole_note(text: str, a: int, b: int) -> bool:
    """The stretch a..b is the whole note: before it only the note's number and a cue ("Vgl."), after it only
    punctuation; or it closes the note after its prose, led by a cue and a colon that open a sentence of their own
    ("... durch unabhängige Dritte. Siehe dazu: Die kommunalen Spitzenverbände, 2006."): the source the note's prose
    rests on, as a note's only source is; so too after a lead that says where the note's text appeared before
    ("Der Text ist die Fassung eines Vortrags. Zuerst erschienen in: Zeitschrift 47 (1996), S. 1-20.")."""
    m = _MARKER.match(text) or re.match(r"\s*\d{1,3}[.)]?\s+", text)  # the number before a quoted title too
    a += len(text[a:b]) - len(text[a:b].lstrip(" :"))  # (the model may take in the cue's colon)
    head = text[m.end() if m else 0:a]
    if not re.fullmatch(r"[\s,.;:]*", text[b:]):
        return False
    closing = _CLOSING_CUE.search(head)
    return not head.strip() or bool(_NOTE_CUE.fullmatch(head)) or bool(_PUBLISHED_IN.fullmatch(head)) or \
        (closing is not None and bool(_NOTE_CUE.fullmatch(head, closing.start("cue")) or
                                      _published_lead(text, a - len(head) + closing.start("cue"), a)))


def _published_lead(text: str, at: int, a: int) -> bool:
    """text[at:a] is a lead that says where the text appeared before ("Zuerst erschienen in: ", _PUBLISHED_IN)."""
    lead = _PUBLISHED_IN.match(text[at:])
    return lead is not None and at + lead.end() == a


# a cue and a colon opening the last sentence of a note, just before the stretch: "... Dritte. Siehe dazu: |"
_CLOSING_CUE = LazyPattern(r"[.!?]\s+(?P<cue>[A-ZÄÖÜ][^.:;]{1,30}(?:\.[^.:;]{0,20})?:\s*)$")


def _join_open_spans(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Stretches the model found, mended: two with a few words between them and no punctuation, the first of them
    open (not ending in a year, pages or a bracket), are one reference whose title the model lost a few words of
    ("Schulz, Florian/Blossfeld, Hans-Peter (2006): Wie | verändert sich die häusliche | Arbeitsteilung ..."), as
    are a name alone and the stretch after its semicolon ("Dayton-Johnson, Jeff; | T. Katseli, ..."); a stretch
    ending in an article or a preposition runs on to the end of its sentence ("Bericht über die | Situation ...")."""
    out: list[tuple[int, int, float]] = []
    for a, b, conf in spans:
        if out:
            pa, pb, pc = out[-1]
            gap = text[pb:a]
            if (len(gap.split()) <= 6 and not re.search(r"[.,;:!?()\[\]\d]", gap) and
                    not _CLOSES.search(text[pa:pb] + ".")) or \
                    (gap.strip() == ";" and _NAMES_ONLY.fullmatch(text, pa, pb)):
                out[-1] = (pa, b, min(pc, conf))
                continue
        out.append((a, b, conf))
    return [(_open_start(text, a), _open_end(text, a, b), conf) for a, b, conf in out]


# the start of a body's name the model left out: "Bundesministerium für | Familie, ...", "Berliner Institut für
# vergleichende | Sozialforschung (Hg.), ...": capitalised words, then a linking word and at most one adjective
_NAME_HEAD = LazyPattern(rf"(?!(?:Vgl|Siehe|See|Cf|Dazu|So|Zur|Zum|Die|Der|Das|The|In|Im|Bei|Nach)\b)[{_UP}][\w\-]+"
                         rf"(?:\s+[{_UP}][\w\-]+)*\s+(?:für|der|des|of|for|zur|zum)(?:\s+[a-zäöüß]+(?:e|en|er|es))?\s+")
# the same with the body's portfolio enumerated after the linking word: "Bundesministerium für Familie, Senioren, |
# Frauen und Jugend (Hg.): ...", "Ministerium für Arbeit, Gesundheit und Soziales des | Landes NRW: ...": capitalised
# words joined by commas, "und" or a linking word
_BODY_HEAD = LazyPattern(rf"{_NAME_HEAD.pattern}(?:[{_UP}][\w\-]+(?:,\s+|\s+(?:und|and|des|der|für)\s+))*")
_HEAD_END = LazyPattern(r"\b(?:für|der|des|of|for|zur|zum|[a-zäöüß]+(?:e|en|er|es))\s+$")
_HEAD_BOUND = LazyPattern(r"[.;:)]\s+|^\s*\d{1,3}\s+")


# "u. a." / "et al." closing a reference's authors, before its title: "Hans Müller u. a., | Die Stadt ..."
_MORE_AUTHORS = LazyPattern(r"(?:\bu\.\s?a\.|\bet\s+al\.)\s*[,:]\s*$")  # (searched up to the title)


# the first parts of compounds whose ending the word after "und" / "oder" gives ("Arbeitsmarkt- und
# Berufsforschung", "Arbeits-, Gesundheits- und Sozialordnung"), just before a stretch the model began at "und"
_SUSPENDED = LazyPattern(r"(?:\b[^\W\d_]+-,?\s+)+$")
_SHARED_END = LazyPattern(r"(?:und|oder|bzw\.)\s")


def _open_start(text: str, a: int) -> int:
    """Where a stretch starts that the model began inside a body's name: at the start of that name, when only the
    name's first words (up to a linking word: "für", "der", "of") lie between a cue, the note's number or a full
    stop and the stretch (a compound's first part that shares its ending with the word after "und" is one of
    them: "Institut für Arbeitsmarkt- und Berufsforschung"); or after the authors' "u. a." / "et al." (the
    abbreviation's full stops read as the end of a sentence): at the start of those authors, when they alone
    (_AUTHORS) lie between such a bound and the stretch."""
    title = a + len(text[a:]) - len(text[a:].lstrip(" ,:"))  # (the model may take in the comma after "u. a.")
    more = _MORE_AUTHORS.search(text, max(0, a - 20), title)
    if more is not None:
        lo = _bound_before(text, more.start())
        lo += len(text[lo:title]) - len(text[lo:title].lstrip())
        names = _AUTHORS.match(text[lo:title + 1])
        if names is not None and lo + names.end() >= title:
            return lo
    if (suspended := _SUSPENDED.search(text, max(0, a - 60), a)) and _SHARED_END.match(text, a):
        a = suspended.start()  # "Institut für Arbeitsmarkt- | und Berufsforschung": the compound's first part
    if not _HEAD_END.search(text, max(0, a - 30), a):
        return a
    lo = _bound_before(text, a)
    if lo < a and len(text[lo:a].split()) <= 5 and _NAME_HEAD.fullmatch(text, lo, a):
        return lo
    return a


def _bound_before(text: str, at: int) -> int:
    """The last place before `at` where a name may start: after a full stop, semicolon, colon or bracket and a
    space, the note's number or a cue."""
    return max([m.end() for m in _HEAD_BOUND.finditer(text, 0, at)] + [m.end() for m in _NOTE_CUE.finditer(text, 0, at)],
               default=0)


# a word no reference ends in: an article, a preposition, a conjunction
_OPEN_WORD = LazyPattern(r"(?<!\S)(?:der|die|das|des|dem|den|ein|eine|einer|über|für|vom|von|im|in|und|oder|zur|zum|"
                         r"mit|bei|auf|aus|nach|the|of|and|for|to|on|a|an|with|from)$")
_SENTENCE_END = LazyPattern(r"[.;](?=\s+[A-ZÄÖÜ\d]|\s*$)")


def _open_end(text: str, a: int, b: int) -> int:
    """Where a stretch ending in an open word ends: at the end of its sentence (a full stop before a capital or
    the note's end, a semicolon), when no cue comes first."""
    if not _OPEN_WORD.search(text, a, b):
        return b
    end = _SENTENCE_END.search(text, b)
    stop = end.start() if end else len(text.rstrip())
    return b if _SPAN_CUE.search(text, b, stop) else stop


# a cue inside a stretch the model took for one reference: "..., S. 355-378. Zur griechischen Emigration siehe
# Stefan Troebst, ...", "... verzeichnet. Siehe Angelika Hartmann, ...": another reference starts after it
_SPAN_CUE = LazyPattern(r"(?:(?<=\.)|(?<=\s))(?:siehe|vgl\.|s\.\s+auch|zit\.\s+n(?:ach|\.)|zitiert\s+nach|hier\s+nach|cf\.)"
                        r"(?:\s+(?:auch|dazu|hierzu|etwa))?\s*[:,]?\s+(?=[\w\"„“'‚‘«»])", re.I)
# after a closed reference, the sentence that gives where the text was printed too: "..., Opladen 2003. Erster,
# gekürzter Abdruck in: Zeitschrift ...", "... 1998. Wiederabdruck in: ...": two printings, each a reference; after a
# sentence of prose (mostly words in lower case: "Der Text ist die Fassung eines Vortrags. Zuerst erschienen in: ...",
# "... gehalten hat. Reprint of: ..."), where the note's text appeared before: the reference after it alone
_REPRINT_CUE = LazyPattern(r"(?<=\.)\s+(?:[\w-]+,?\s+){0,4}?(?:(?:Wieder|Nach|Erst)?[Aa]bdruck|Nachdruck|Reprint|"
                           r"(?:wieder\s+|zuerst\s+|erstmals\s+)?(?:abgedruckt|erschienen|veröffentlicht)|"
                           r"Erstveröffentlichung)\s+(?:in|im|of)\s*:\s*(?=\S)")
# a reference closed by its year and publisher: "..., Opladen 2003: Leske+Budrich."
_PUBLISHER_CLOSES = LazyPattern(rf"{_YEAR}\s*:\s*[^\d.:;]{{2,40}}\.$")
# a sentence of prose closing a reference before such a cue: ". Zur griechischen Emigration in der DDR"
_PROSE_SENTENCE = LazyPattern(r"(?<=\.)\s+[A-ZÄÖÜ][^\d.;:]*$")


# a bracket closing a sentence, another sentence after it: "... von 3,4 Mio. (vgl. Stadtamt Bremen 2003). Die
# Vorausrechnung des Bundes ...": where the bracket opens with a cue and cites works by author and year alone, the
# sentence it closes is prose citing them (_prose_then_callouts), and a stretch the model ran over it is cut there
_BRACKET_CLOSES = LazyPattern(r"(?<=\))\.?\s+(?=[A-ZÄÖÜ])")
_BRACKET_CUE = LazyPattern(r"\s*(?:vgl|siehe|s|cf|see)\b\.?", re.I)


def _prose_then_callouts(text: str, a: int, close: int) -> bool:
    """The stretch from `a` to the bracket closed at `close` is prose closed by a bracket of callouts that opens
    with a cue ("Die Zahl sinkt bis 2025 um ein Zehntel (vgl. Roth 2009)"), or the end of such a bracket the model
    began inside ("Stadtamt Bremen 2003)"): no reference (_callouts_only), the callouts' short forms are the note's."""
    opened = text.rfind("(", 0, close)
    return opened >= 0 and ")" not in text[opened:close] and _BRACKET_CUE.match(text, opened + 1) is not None and \
        _callouts_only(text[min(a, opened):close + 1])


def _split_span(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """The works of a stretch the model found: cut at a cue inside it (the sentence of prose before the cue left
    out when a reference closes before it), then as the rules cut works (_split_works); each with whether it lies
    before such a cue. Prose closed by a bracket of callouts (_BRACKET_CLOSES) is left out of the stretch: it cites,
    and the note's callouts give its short forms."""
    pieces, cut = [], a
    cues = sorted([*_SPAN_CUE.finditer(text, a, b), *(m for m in _REPRINT_CUE.finditer(text, a, b) if
                                                      _CLOSES.search(text, a, m.start()) or
                                                      _PUBLISHER_CLOSES.search(text, a, m.start()) or
                                                      _lower_share(text[_sentence_start(text, a):m.start()]) > 0.4),
                   *_BRACKET_CLOSES.finditer(text, a, b)], key=lambda m: m.start())
    for m in cues:
        if m.start() <= cut:
            continue
        if m.re is _BRACKET_CLOSES.compiled:
            if _prose_then_callouts(text, cut, m.start() - 1):
                cut = m.end()
            continue
        if len(text[cut:m.start()].split()) < 3:
            continue
        end = m.start()
        prose = _PROSE_SENTENCE.search(text, cut, end)
        if prose and _CLOSES.search(text, cut, prose.start()):
            end = prose.start()
        pieces.append((cut, end))
        cut = m.end()
    return [(*w, True) for x, y in pieces for w in _split_works(text, x, y)] + \
        [(*w, False) for w in _split_works(text, cut, b)]


def _span_end(text: str, a: int, b: int) -> int:
    """Where a reference the model found ends: carried over "o. O." and the year ("..., Titel, o. O. 1998"), over the
    page it is cited at ("..., Köln 2004, S. 12") when the model stopped at "S." or before ", S. 12", over the rest
    of a web address, a bracket it opened and a closing full stop."""
    if noplace := _NO_PLACE.match(text, b - text[a:b].endswith(" o")):
        b = noplace.end()  # the model stopped before or in "o. O." (no place): "..., Titel|, o. O. 1998, S. 12"
    if _OPEN_ABBREVIATION.search(text[a:b]) and text.startswith(".", b):
        b += 1  # the model stopped before the abbreviation's full stop: "..., Frankfurt 1990, S|. 33"
    date = _DATE_REST.match(text, b)
    if date and re.search(r"(?<!\d)\d{1,2}\.$", text[a:b]):
        b = date.end()  # a date the model cut: "Drucksache 14/3500, 02.|06.2000"
    pin = _PIN_TAIL.match(text, b)
    if pin and (_OPEN_PAGE.search(text, a, b) or pin.group("mark")):
        b = pin.end()
    url = re.search(r"(?:https?://|www\.)\S*$", text[a:b])
    if url and b < len(text) and not text[b].isspace():
        b = re.compile(r"\S*").match(text, b).end()
        while b > a and text[b - 1] in ".,;:)":
            b -= 1
    undated = _NO_YEAR.match(text, b)
    if undated and text[a:b].endswith(" o"):
        b = undated.end()  # "o.J." (no year) cut after its "o"
    if text[a:b].count("(") > text[a:b].count(")") and text.startswith(")", b):
        b += 1  # the bracket it opened: "DH (November 2010)"
    return b + text.startswith(".", b)


_DATE_REST = LazyPattern(rf"\s?\d{{1,2}}\.\s?{_YEAR}\b")
# a book's "o. O." (ohne Ort) with its year or "o. J." and the page cited, after its title
_NO_PLACE = LazyPattern(rf",?\s*o\.\s?O\.\s*,?\s*(?:o\.\s?J\.|{_YEAR})"
                        r"(?:\s*,\s*S\.\s*\d+(?:\s*[-–]\s*\d+|\s*ff?\.)?)?")
_NO_YEAR = LazyPattern(r"\.\s?J(?=\.)")


def _some_evidence(part: str) -> bool:
    """A stretch the model is sure of is kept against the prose rules only with some sign of a reference (policy
    reports' notes are sentences the model can take for titles) and nothing that is never one."""
    return looks_like_reference(_PAGE_WORD.sub("S. ", part)) >= 0.1 and not _is_prose(part) and \
        not _never_reference(part)  # ("Seite 20": the page, "S. 20")


def _never_reference(part: str) -> bool:
    """What is never a reference however sure the model is: a pointer into records, a clause in lower case, a
    licence line, a biography, prose citing several works by author and year, a table's rows, a stretch whose years
    are all times it speaks of."""
    return bool(_POINTER.match(part) or _LOWER_START.match(part) or _BOILERPLATE.search(part) or
                _about_a_person(part) or _THANKS.search(part[:200]) or _prose_citing_several(part) or
                _table_cells(part) or _periods_only(part) or _times_only(part))


# a time a note's prose speaks of, written with its month or season (notes of every kind: research reports, policy
# papers, articles): a period from one day or month to another ("von Oktober 2004 bis September 2007", "vom 6.
# Februar bis zum 23. März 1992", "vom 1.7. bis zum 31.12.2010", "from March 1984 to March 1985"; after "bis" its
# opening word may be missing: "6. Februar bis zum 23. März 1992"), a season or a
# month after a preposition ("im Frühjahr 1994", "im Herbst 2007", "im Sommersemester 2009", "bis Juni 2009", "seit
# Mai 2004", "Ende März 2005"), a state of data ("Stand Mai 2010", "Stand: 31.12.2006"); a work is dated by its year
# after its place, a comma or a bracket, or by its day after "vom" alone ("Pressemitteilung vom 3.5.2005", which
# stays a date)
_SEASON = (r"(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Sommersemester|Wintersemester|Sommerhalbjahr|Winterhalbjahr|"
           r"Quartal|Halbjahr|spring|summer|autumn|fall|winter)")
_WHEN = rf"(?:(?:\d{{1,2}}\.\s?)?(?:{MONTH_ANY}|(?:\d\.\s?)?{_SEASON})|\d{{1,2}}\.\s?\d{{1,2}}\.)"
_TIME_SPOKEN = LazyPattern(
    rf"(?:\b(?:von|vom|zwischen|from|between)\s+(?:dem\s+)?{_WHEN}(?:\s*{_YEAR})?\s+(?:bis(?:\s+(?:zum|zur))?|und|to|until|"
    rf"and)\s+(?:dem\s+)?{_WHEN}|(?<![\w.])(?<!\.\s){_WHEN}(?:\s*{_YEAR})?\s+bis(?:\s+(?:zum|zur))?\s+{_WHEN}|\b(?:im|Im|in|In|seit|Seit|bis|Bis|ab|Ab|Ende|Anfang|Mitte|during|since|until|in\s+the)\s+"
    rf"{_WHEN}|\bStand\s*:?\s*(?:{_WHEN}|\d{{1,2}}\.\s?\d{{1,2}}\.))\s*{_YEAR}\b")
# what marks a stretch as a work however its years read: "in:", a page, quotation marks, an address, editors
_WORK_MARK = LazyPattern(r"\b[Ii]n\s*:|\b(?:S|p|pp)\.\s*\d|[\"“„«»]|https?:|www\.|\((?:Hg|Hrsg|Ed|Eds|ed|eds)\.?\)|"
                         r"\b(?:Hg|Hrsg)\.")


# an interview, a conversation or information the author was given, which the conventions never count as a work
# (notes of qualitative studies and reports: "Interview 12, 14.3.2005", "Expertengespräch, Berlin, 15.11.2007",
# "Telefonisches Interview mit einer Vertreterin der Gewerkschaft am 8. Mai 2009", "Auskunft des Landesamts vom
# 3.4.2009", "Schriftliche Mitteilung ... an die Autorin vom ...", "Personal communication, October 2007"): the word
# opens the sentence, and the person is not named (an interview with a named person may be a press item: "Interview
# mit Gerhard Schröder, in: Der Spiegel ...") or the word is one no published item takes ("Expertengespräch",
# "Auskunft", "persönliche Mitteilung"); nothing after it marks a work (_WORK_MARK: "in:", a page, quotation marks)
_PERSONAL = LazyPattern(
    r"^(?:(?:[Tt]elefonische[rsn]?|[Pp]ersönliche[rsn]?|[Ss]chriftliche[rsn]?|[Mm]ündliche[rsn]?|[Ll]eitfadengestützte[rsn]?|"
    r"[Nn]arrative[rsn]?|[Qq]ualitative[rsn]?|[Ii]nformelle[rsn]?)\s+)?"
    r"(?:(?:Experten|Hintergrund|Telefon|Einzel|Gruppen)(?:interview|gespräch)\w*|Expertinneninterview\w*|Telefonat\w*|"
    r"Interviewpartner\w*|Gesprächspartner\w*|Gruppendiskussion\w*|Auskunft|Auskünfte|"
    r"(?:(?:Interview|Gespräch)\w*|[Ii]nterview(?:ed)?|[Cc]onversation|[Mm]eeting)\s+(?:mit|with)\s+(?:einem|einer|eine|zwei|drei|"
    r"vier|fünf|mehreren|Vertreter\w*|Mitarbeiter\w*|Beschäftigten|Frau\s+[A-ZÄÖÜ]\.|Herrn\s+[A-ZÄÖÜ]\.|a|an|two|three|"
    r"several)\b|(?:Interview|Gespräch)\w*\s+(?:Nr\.\s*)?[A-Z]?\d+\b|"
    r"(?<=[Pp]ersönliche\s)Mitteilung|(?<=[Ss]chriftliche\s)Mitteilung|(?<=[Mm]ündliche\s)Mitteilung|"
    r"(?<=[Tt]elefonische\s)(?:Mitteilung|Auskunft)|[Pp]ersonal\s+(?:communication|interview|conversation))")


def _personal_source(part: str) -> bool:
    """The stretch is an interview, a conversation or information given (_PERSONAL) and nothing marks a work."""
    return bool(_PERSONAL.match(part.lstrip(" ([*"))) and not _WORK_MARK.search(part)


# a table's or a figure's caption set in the notes' type (its number and title, the years it covers: "Abbildung 1:
# Entwicklung der Beschäftigung 1991-2006", "Tab. 5: Befragte nach Alter und Region, 2003 und 2008", "Table 1:
# Descriptive statistics, wave 2 (2006)"): the title names no work; its source line, if any, is read apart
# (source_lines.note_source_lines), so nothing that leads to a source may stand in it
_CAPTION = LazyPattern(r"^(?:Abbildung|Abb\.|Tabelle|Tab\.|Übersicht|Schaubild|Grafik|Diagramm|Karte|Darstellung|Figure|"
                       r"Fig\.|Table|Chart|Exhibit|Box|Kasten)\s+[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[:.]\s")
_TO_SOURCE = LazyPattern(r"\b(?:Quellen?|QUELLEN?|Sources?|Datenquellen?|Daten|Data)\s*:|\b(?:nach|aus|vgl|siehe|after|see|cf|"
                         r"in\s+Anlehnung|adapted|taken|zitiert|zit)\b")


def _caption_title(part: str) -> bool:
    """The stretch is a caption's number and title (_CAPTION), nothing in it leading to a source."""
    return bool(_CAPTION.match(part.lstrip(" (*"))) and not _TO_SOURCE.search(part) and not _WORK_MARK.search(part)


_SENTENCE_BREAK = LazyPattern(r"[a-zäöüß]{2}[.!?]\s+(?=[A-ZÄÖÜ])")


def _names_no_work(part: str) -> bool:
    """An interview, a conversation or information given (_personal_source), a caption's title (_caption_title), or
    the authors' own data (_own_data)."""
    return _personal_source(part) or _caption_title(part) or _own_data(part)


# the authors' own data, survey or compilation, as reports' notes describe it ("Eigene Auswertung der Personalakten,
# 1998-2004.", "Eigene Zusammenstellung der Programme, 2000-2006", "Own calculations, 1995-2005"): no work, where
# no year dates one (a span of years is the period the data cover) and nothing leads to a source ("nach", "aus",
# "auf Basis", "Daten der ...": a named source stays)
_OWN_DATA = LazyPattern(r"^(?:[Ee]igene[nrs]?|EIGENE|[Oo]wn|[Aa]uthors?[’']?s?)\s+(?:Auswertung|Erhebung|Berechnung|Darstellung|"
                        r"Zusammenstellung|Befragung|Recherche|Schätzung|Analyse|Kodierung|calculation|survey|compilation|"
                        r"estimate|analysis|coding)\w*\b")
_NAMED_SOURCE = LazyPattern(r"\b(?:Basis|Grundlage|Daten|Angaben|Zahlen|based|data|using)\b")


def _own_data(part: str) -> bool:
    part = part.lstrip(" ([*")
    return bool(_OWN_DATA.match(part)) and not (_TO_SOURCE.search(part) or _WORK_MARK.search(part) or
                                                _NAMED_SOURCE.search(part) or _dates_a_work(part))


def _no_work_but_dated(part: str) -> bool:
    """Read after the press items: a pointer into records, a note about a person, times spoken of (_times_only)."""
    return bool(_POINTER.match(part) or _about_a_person(part) or _times_only(part))


def _sentence_start(text: str, a: int) -> int:
    """Where the sentence that holds text[a] starts: after the last full stop of a word before it, else after the
    note's number."""
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, a)]
    return ends[-1] if ends else _NOTE_NUMBER.match(text).end()


def _times_only(part: str) -> bool:
    """A stretch with years, each of them a time the note speaks of written with its month, day or season
    (_TIME_SPOKEN), and nothing that marks a work (_WORK_MARK): "Das Forschungsvorhaben lief von Oktober 2004 bis
    September 2007.", "... in persönlichen Interviews im Herbst 2007 abgefragt.", "(Stand Mai 2010)"."""
    if not _TIME_SPOKEN.search(part) or _WORK_MARK.search(part):
        return False
    return re.search(_YEAR, _TIME_SPOKEN.sub(" ", part)) is None


# a figure with decimals ("75,6", "81.5", "12,3 %"): a table's cell; a reference's numbers are years, pages, volumes
_DECIMAL = LazyPattern(r"(?<![\d.,])\d{1,3}[.,]\d{1,2}(?![\d.,]*\d)")


# a span of years, its end written in two figures too: a term of office, a period ("Azzam 1945-52", "1972- 1979")
_TERM = LazyPattern(rf"{_YEAR}\s?[-–]\s?(?:{_YEAR}|\d\d)(?!\d)")


def _periods_only(part: str) -> bool:
    """A stretch whose years all stand in two spans of years or more ("Frühere Vorsitzende waren: Hans Roth 1950-62,
    Eva Lang 1962-75, ..."): terms of office or periods listed, no work dated."""
    spans = [m.span() for m in _TERM.finditer(part)]
    return len(spans) >= 2 and all(any(a <= y.start() < b for a, b in spans) for y in re.finditer(_YEAR, part))


def _table_cells(part: str) -> bool:
    """A table's rows read as a note ("Lebenserwartung in Jahren 2003 2040 L1 75,6 / 81,5 77,5 / 84,4 L2 ..."):
    four figures with decimals or more, which no reference holds (one "17,1" may be a volume and issue); or four
    figures with a sign or more, gains and losses ("Saldo 87 +21 93 -297 99 -2.172"), which no reference holds
    either (a page range's dash stands between two figures without a space before it)."""
    return len(_DECIMAL.findall(part)) >= 4 or len(_SIGNED.findall(part)) >= 4


# a figure with its sign, set apart by a space before it: "+21", "-297", "–2.172"
_SIGNED = LazyPattern(r"(?<=\s)[+\-–]\d")


def _about_a_person(part: str) -> bool:
    """An author's biography (_BIOGRAPHY) or address (_CONTACT): no reference."""
    return bool(_BIOGRAPHY.search(part[:200]) or _CONTACT.search(part))


# the page a reference is cited at belongs to it ("..., Köln 2004, S. 12"): a span the model ends at "S." or
# before ", S. 12" (or after its comma) is carried over the page
# (or its number: "Ruhr Economic Papers No. 239", "Heft 3"; an archive's folio: "Nr. 123, Bl. 5")
_NUMBER_WORDS = r"S|p|pp|Sp|Bl|No|Nr|Vol|Bd|Jg"  # abbreviations a page's, folio's, number's or volume's digits follow
_OPEN_PAGE = LazyPattern(rf"\b(?:(?:{_NUMBER_WORDS}|H)\.|Heft|Seiten?)$")  # ("Seite 20": footnote_fields._PAGE_WORD)
_OPEN_ABBREVIATION = LazyPattern(rf"\b(?:{_NUMBER_WORDS})$")  # the same, its full stop not yet read
_PIN_TAIL = LazyPattern(r"\s*(?P<mark>(?:,|(?<=,))\s*(?:S|p|pp|Sp|Bl)\.)?\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*ff?\.?)?")


def find_footnote_entries_by_rules(text: str) -> list[FootnoteEntry]:
    """The references and short forms a footnote holds, in order, by rules: cues and semicolons cut the note.

    Example:
        >>> [(e.text, e.ditto) for e in find_footnote_entries_by_rules(
        ...     "3 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922; ders., Gesammelte Aufsätze zur "
        ...     "Religionssoziologie, Tübingen 1920.")][1]
        ('ders., Gesammelte Aufsätze zur Religionssoziologie, Tübingen 1920.', True)
        >>> [(e.text, e.back) for e in find_footnote_entries_by_rules("4 Ebd., S. 5.")]
        [('Ebd., S. 5.', True)]
    """
    return [one for entry in _rule_entries(text) for one in _each_year(entry)]


def _rule_entries(text: str) -> list[FootnoteEntry]:
    """The entries the rules make of a note's parts, one author's years not yet split (_each_year)."""
    return [entry for entry in map(_entry, _rule_parts(text)) if entry is not None]


def _rule_parts(text: str) -> Iterator[str]:
    """The parts the rules read of a note, in order: cues and semicolons cut it (_split_works)."""
    m = _MARKER.match(text)
    start = m.end() if m else 0
    bounds: list[tuple[int, int]] = []
    pos = start
    for cm in _NOTE_CUE.finditer(text, start):
        if cm.start() > pos:
            bounds.append((pos, cm.start()))
        pos = cm.end()
    bounds.append((pos, len(text)))
    for a, b in bounds:
        for a2, b2 in _split_works(text, a, b):
            yield text[a2:b2].strip(" \t\n;,")


def _kept_by_rules(text: str) -> list[tuple[int, FootnoteEntry]]:
    """The entries of find_footnote_entries_by_rules that _entries_of keeps, each with where it starts in the note:
    the short forms (back) and the newspapers by their day (_PRESS_BARE). The rules' other entries are not made
    (_entry with kept=True)."""
    found = []
    for part in _rule_parts(text):
        e = _entry(part, kept=True)
        if e is not None and (e.back or _PRESS_BARE.match(e.text)) and (at := text.find(e.text)) >= 0:
            found.append((at, e))
    return found


def _split_works(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Semicolons between references (references._split_semicolons, not one between two names: "Bonin, H.; Rinne,
    U. (2007)"), "; ders.," / "; ebd." always, and a full stop closing a reference before an author-year start
    ("... S. 84. BMAS (Hg.) (2013): Teilhabebericht ...") or a note-style one (_note_break)."""
    pieces: list[tuple[int, int]] = []
    for a2, b2 in _join_names(text, _split_semicolons(text, a, b)):
        if (join := _JOIN_AFTER_SEMICOLON.match(text, a2, b2)) and text[:a2].rstrip().endswith(";"):
            a2 = join.end()  # "...; and Peter Hall, ...", "...; sowie Otto Lenz, ...": the word is no part of it
        cut = a2
        breaks = _work_breaks(text, a2, b2)
        for m in sorted(breaks, key=lambda m: m.start()):
            if m.start() >= cut and len(text[cut:m.start()].split()) >= 3:
                pieces.append((cut, m.start()))
                cut = m.end()
        pieces.append((cut, b2))
    return pieces


def _work_breaks(text: str, a: int, b: int) -> list[re.Match]:
    """The places inside text[a:b] (one piece between semicolons) where _split_works may cut: a ";" before "ders."
    or "ebd.", a full stop before a note-style or author-year start, joining words, a dash, a topic's colon, a
    semicolon before a pointer, a newspaper after another by its day."""
    return [m for m in _WORK_BREAK.finditer(text, a, b)
            if m.group(0).startswith(";") or _CLOSES.search(text, a, m.start())] + \
           [m for m in _NOTE_BREAK.finditer(text, a, b) if _note_break(text, a, m, b)] + \
           [m for m in (*_AND_BREAK.finditer(text, a, b), *_AND_DATED.finditer(text, a, b))
            if _and_break(text, a, m, b)] + \
           [m for m in _DASH_BREAK.finditer(text, a, b) if _dash_break(text, a, m, b)] + \
           [m for m in _TOPIC_BREAK.finditer(text, a, b) if _DATE_SIGN.search(text, m.end(), b)] + \
           [m for m in _SEMICOLON.finditer(text, a, b) if _SHORT.match(text[m.end():b]) or
            (_pointer_only(text[a:m.start()]) and _DATE_SIGN.search(text, m.end(), b))] + \
           [m for m in (*_SHORT_AND.finditer(text, a, b), *_SEMICOLON_LEAD.finditer(text, a, b))
            if _SHORT.match(text[m.end():b])] + \
           [m for m in _SEMICOLON.finditer(text, a, b) if _DAY_DATE.search(text, a, m.start()) and
            _PRESS_BARE.match(text[m.end():b].strip(" \t\n;,"))]  # "FAZ, 3.4.2001 (Titel); SZ, 5.4.2001"


# a joining word that opens a work after a semicolon ("..., pp. 251-267; and Peter Hall, Governing the Economy, ...")
_JOIN_AFTER_SEMICOLON = LazyPattern(rf"\s*(?:and|und|sowie|or|oder|bzw\.)\s+(?=[{_UP}])")


def _pointer_only(part: str) -> bool:
    """Whether part is a pointer by note number or "a.a.O." and the page it cites, nothing more ("Müller (Anm. 3),
    S. 14", "Müller, a.a.O., S. 14")."""
    short = _SHORT.match(part.strip())
    return bool(short) and re.fullmatch(rf"\s*,?\s*(?:{_PAGE}\.?)?\s*", part.strip()[short.end():]) is not None


# a name alone before a semicolon: "Bonin, H.", "Totz, Carsten, Riemer, Kai"
_NAMES_ONLY = LazyPattern(rf"\s*{_SURNAME},\s*{_GIVEN}(?:\s+{_GIVEN})?(?:,\s*{_SURNAME},\s*{_GIVEN}(?:\s+{_GIVEN})?)?\s*")


# an editors' list begun before a semicolon: "In: Gabriel, Oscar W.; Brettschneider, Frank (Hrsg.): ..."
_OPEN_EDITORS = LazyPattern(rf"\b[Ii]n:?\s+{_SURNAME},\s*{_GIVEN}(?:\s+{_GIVEN})?\s*$")


def _join_names(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces cut at semicolons, a piece that is only a name, or ends in "In: Name, Vorname", joined to the one
    after it (a semicolon between authors or editors)."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out and (_NAMES_ONLY.fullmatch(text, out[-1][0], out[-1][1]) or
                    _OPEN_EDITORS.search(text, out[-1][0], out[-1][1])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# an author-year reference's year closed by a full stop, its title still to come: "Edwards, Rosalind. (1999).",
# "Obendorf, H. (2006).", "Fehlemann, Silke. 2004." (a journal's "45 (1994)." is no such year)
_YEAR_BEFORE_TITLE = LazyPattern(rf"(?:[^\d\s]\s*\(\s*{_YEAR}[a-z]?\s*\)|[^\W\d]\.\s+{_YEAR}[a-z]?)\.$")


def _note_break(text: str, a: int, m: re.Match, b: int) -> bool:
    """A full stop before given names and a surname ends a reference when the reference before it closes (a year,
    pages, a bracket) and is no author-year start whose title follows ("Duncan, Simon. (1999). Lone Mothers,
    ..."), and the text after it holds a year of its own ("... (pp. 3-9). New York: Routledge." is the same one)."""
    return bool(_CLOSES.search(text, a, m.start())) and not _YEAR_BEFORE_TITLE.search(text, a, m.start()) and \
        bool(_DATE_SIGN.search(text, m.end(), b))


_DATE_SIGN = LazyPattern(rf"{_YEAR}|\bo\.\s?J\.")
# a semicolon before a short form ("Müller, Stadt (wie Anm. 12), S. 30; Schmidt, Arbeit (wie Anm. 14)"), or after a
# pointer by note number or "a.a.O." before a dated reference ("Müller (Anm. 3), S. 14; ferner Eva Roth, Titel,
# Hamburg 2005"), which references._split_semicolons leaves joined: one side of it reads as no full reference
_SEMICOLON = LazyPattern(r";\s*")
# a semicolon and words that judge or lead to the next work before a short form: "Weber (Anm. 1), S. 7; anders Beck
# (Anm. 2), S. 9", "...; kritisch dazu Roth, a.a.O., S. 4" (the words are no part of it)
_SEMICOLON_LEAD = LazyPattern(r";\s*(?:(?:anders|ähnlich|kritisch|dagegen|ferner|außerdem|zuletzt|jüngst|ebenso|so|"
                              r"auch|dazu|hierzu|etwa|jedoch|aber|zustimmend|weiterführend|grundlegend|neuerdings|"
                              r"a\.\s?A\.)\s+)+")
# "sowie" or "und" after a page or bracket, before a short form: "Weber (Anm. 1), S. 28, sowie Roth (Anm. 2), S. 9"
_SHORT_AND = LazyPattern(r"(?<=\d|\)|\.)\s*,?\s+(?:sowie|und|and)\s+(?:(?:vgl\.|siehe|see|cf\.)\s+)?")
# "sowie" or "und" between two references in the note style: "..., Frankfurt 1998, S. 23 sowie Karl Schmidt, Arbeit,
# Berlin 2001.": after a year, pages or a bracket, before given names and a surname with a comma (or "Name, Vorname"),
# with a year on both sides (_split_works); so too before the same author's next work, "ders." / "dies." ("...,
# Köln 1990, S. 45, und ders., Markt und Staat, Köln 1995."); so too the alternatives notes offer, "bzw.", "oder",
# "or" ("..., München 1990, S. 12 bzw. Otto Lenz, Bürger und Rat, Köln 1985, S. 7": two works either of which the
# reader may take)
_AND_BREAK = LazyPattern(rf"(?<=\d|\)|\.)\s*,?\s+(?:sowie|und|and|bzw\.|oder|or)\s+(?:(?:vgl\.|siehe|see|cf\.)\s+)?"
                         rf"(?={_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}}(?:{_ROLE})?\s*[,:]\s|{_INVERTED.pattern[1:]}|"
                         r"(?:[Dd]ers|[Dd]ies)\.,?\s)")


# the same words before a surname and given names followed by their year, the social sciences' way to begin a
# reference ("Lenz, Otto (1985): ...", "Lenz, Otto, 1985: ..."), after any reference, one closed by its publisher too:
# "Kramer, Hans (1990): Die Stadt. München: Beck, sowie Lenz, Otto (1985): Bürger und Rat. Köln: Böhlau."
_AND_DATED = LazyPattern(rf"\s*,?\s+(?:sowie|und|and|bzw\.|oder|or)\s+(?:(?:vgl\.|siehe|see|cf\.)\s+)?"
                         rf"(?={_INVERTED_NAME}(?:\s*,\s*{_YEAR}[a-z]?\s*:|\s*\(\s*{_YEAR}[a-z]?\s*\)))")


_NAME_BEFORE = LazyPattern(rf"{_SURNAME},\s+{_GIVEN}(?:[\s-]+{_GIVEN})*\s*$")


def _and_break(text: str, a: int, m: re.Match, b: int) -> bool:
    """A joining word (_AND_BREAK, _AND_DATED) ends a reference when a year stands on both sides of it and no name
    ends just before it ("Kramer, Hans und Lenz, Otto (1990): ..." is one work's authors)."""
    return bool(_DATE_SIGN.search(text, a, m.start()) and _DATE_SIGN.search(text, m.end(), b)) and \
        not (m.re is _AND_DATED.compiled and _NAME_BEFORE.search(text, a, m.start()))


# a dash between two references, as German notes and bibliographies set it: "..., München 1990, S. 12. – Otto Lenz:
# Bürger und Rat. Köln 1985.", "... S. 12 – und dazu Otto Lenz: ...", "... München: Beck. – Lenz, Otto, 1985: ...":
# a spaced en or em dash, a joining or leading word or two after it, before given names and a surname with a comma or
# colon, or a surname and given names before their year ("Lenz, Otto, 1985:", "Lenz, Otto (1985)"); _dash_break: the
# reference before it closes (a dash inside a title, "Stadt – Land – Fluss, München 1990", cuts nothing)
_DASH_BREAK = LazyPattern(rf"\s+[–—]\s+(?:(?:und|sowie|auch|dazu|hierzu|ferner|ähnlich|anders|kritisch|vgl\.|siehe|"
                          rf"s\.)\s+){{0,3}}(?={_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}}(?:{_ROLE})?\s*[,:]\s|"
                          rf"{_INVERTED.pattern[1:]}|(?P<dated>{_INVERTED_NAME}(?:{_ROLE})?(?:\s*,\s*{_YEAR}[a-z]?\s*:|\s*\(\s*{_YEAR}[a-z]?\s*\))))")


# a sentence's end, then a topic or judgement closed by a colon that leads to the next work: "..., wo die ältere
# Forschung zusammengefasst wird. Zur Kritik: Otto Lenz, Bürger und Rat, Köln 1985.", ". Für Bayern: Karl Ott, ...",
# ". Kritisch: Lenz, Otto: ..." (the lead opens with a preposition or a judging word, which no place or publisher
# before a colon does; the reference before it need not close: prose may end the sentence)
_TOPIC_BREAK = LazyPattern(rf"(?<=[.!?])\s+(?:Zur?|Zum|Für|Über|Gegen|Allgemein|Grundlegend|Kritisch|Ähnlich|Anders|"
                           rf"Weiterführend|Ausführlich|Dazu|Hierzu|Ferner|Außerdem|Ebenso|On|For|Further)\b[^.:;\d]{{0,40}}:"
                           rf"\s+(?={_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}}(?:{_ROLE})?\s*[,:]\s|{_INVERTED.pattern[1:]})")


def _dash_break(text: str, a: int, m: re.Match, b: int) -> bool:
    """A dash (_DASH_BREAK) ends a reference when the reference before it closes (a year, pages or a bracket, with
    or without a full stop: not "... Psychiatrie. – Bad Heilbrunn: Klinkhardt", the place set after a dash, nor
    "Zentralkomitee der Juden – Historische Kommission: ...") or the names after it stand before their year
    ("... München: Beck. – Lenz, Otto, 1985: ..."), and the text after it holds a year."""
    before = text[a:m.start()].rstrip()
    closed = m.group("dated") is not None or _CLOSES.search(before if before.endswith(".") else before + ".")
    return bool(closed) and bool(_DATE_SIGN.search(text, m.end(), b))


# a full stop between two references in the note style: "..., Tübingen 1922, S. 3. Jürgen Habermas, Faktizität
# ...": after a year, pages or a bracket, before given names and a surname with a comma; words that judge or lead
# to the next work stand between ("S. 3. Anders dagegen Karl Lenz, ...", ". Ähnlich Karl Lenz, ...", a sentence of
# prose up to thirteen words and commas without figures: ". Einen neueren Überblick gibt Otto Lenz, ...", ". Dieser
# Befund wurde später bestätigt, etwa von Otto Lenz, ...", ". On this see also Kathleen Thelen, ...") and are no
# part of it; not after an article, where the capitalised words are a noun of a subtitle, no person (". Die Politik
# der Bundesrepublik bis zum Bau der Berliner Mauer, Düsseldorf 1994")
_NO_ARTICLE_BEFORE = "".join(rf"(?<!\b{w})" for w in ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer",
                                                      "eines", "zum", "zur", "im", "am", "vom", "beim", "the", "of"))
_NOTE_BREAK = LazyPattern(rf"(?<=\.)\s+(?:[A-ZÄÖÜ][a-zäöüß]+(?:,?\s+[^\W\d_]+){{0,12}}?{_NO_ARTICLE_BEFORE},?\s+"
                          rf"(?={_NATURAL}\s*,\s))?(?={_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}}(?:{_ROLE})?\s*[,:]\s|"
                          rf"{_INVERTED.pattern[1:]})")
_CLOSES = LazyPattern(rf"(?:{_YEAR}[a-z]?|\d{{1,5}}(?:\s*[-–]\s*\d{{1,5}})?|\bff?|\))\.$")


# a newspaper or agency by its name and the day alone, a comma between or none: "Segodnja 20.1.1999.", "Interfax
# 8.10.1997, S. 2", "FAZ, 13.1.2001." (the name's words capitalised, no preposition before the date; the segmenter
# leaves a note that is only such a source, with no lead before it, unmarked); a weekly by the span of days of its
# issue ("Baltic Times 03.-09.11.2005"); the article's title in brackets after the day ("Gulf News, 30.03.2005 (The
# port reopens).", footnote_fields.PRESS_TITLED), which closes it, so that a sentence may follow in the same note. Slavic newspapers' names, transliterated
# or in Cyrillic, write the words after the first in lower case ("Nezavisimaja gazeta", "Moskovskie novosti",
# "Hospodářské noviny", "Argumenty i fakty", "Российская газета"), and Russian notes give the page as "С." (_PRESS_WORD)
_PRESS_WORD = (r"(?:gazeta|gazety|novosti|noviny|listy|vedomosti|pravda|izvestija|fakty|trud|i|"
               r"газета|новости|ведомости|правда|известия|факты|и)")
_PRESS_BARE = LazyPattern(rf"^(?!(?:Am|Im|Vom|Seit|Bis|Ab|Bei|Nach|Zum|Zur|Stand|On|In|At|From|Since|Until)\b)"
                          rf"(?:{_LOWER_PRESS}|{_ARABIC_ARTICLE}?[{_UP}][\w'’.&-]+(?:\s+(?:[{_UP}][\w'’.&-]+|{_PRESS_WORD}\b)){{0,3}})"
                          r"(?:,\s*|\s+)(?:(?:vom|v\.)\s+)?"
                          rf"{_DAY_SPAN}{_YEAR}"
                          r"(?:,\s*(?:S|p|С)\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?(?P<titled>\s*\([^()]{3,200}\))?"
                          rf"(?(titled)(?:\.?$|\.(?=\s+[{_UP}]))|\.?$)")


# a press article by its title (no author), "in:", the paper and the day, nothing after but the page: "A new deal
# for the poor, in: The Guardian, 4.11.2008.", "Der lange Weg nach Europa, in: Die Zeit, 12.3.2004, S. 5." (an
# English title's words in lower case make it read as prose to the other rules)
_PRESS_ARTICLE = LazyPattern(rf"^[^;]{{3,200}}?,?\s+[Ii]n:\s+{_ARABIC_ARTICLE}?[{_UP}][^,;:()]{{1,60}},\s*(?:vom\s+)?"
                             rf"{_DAY_SPAN}{_YEAR}(?:,\s*(?:S|p)\.\s*\d{{1,4}}(?:\s*[-–]\s*\d{{1,4}})?)?\.?$")
# the day a newspaper by its name and day alone is dated by (_PRESS_BARE): an entry's text that lacks it is no such one
_DAY_DATE = LazyPattern(rf"{_DAY_GIVEN}{_YEAR}")


def _entry(part: str, kept: bool = False) -> FootnoteEntry | None:
    """The entry a part of a note makes, or None. kept: only the entries _entries_of keeps from the rules (_kept_by_
    rules) are sure to be made, the short forms pointing back and the texts with a day (_DAY_DATE); each entry made
    after the short forms is the part or a piece of it, so a part without a day makes none of those."""
    if not part:
        return None
    ib = _IBID.match(part)
    if ib:
        rest = part[ib.end():]
        if not re.search(r"[^\W\d_]{4,}", re.sub(r"\b(?:S|p|pp|ff?|Anm|n|Sp|para|paras|col|passim)\b\.?", "", rest)):
            return FootnoteEntry(part, back=True)
        part = rest.strip(" ,;.")
    if ders := _DERS_SHORT.match(part):  # "Ders., a.a.O., S. 9": the same author's work just cited (or by its title)
        return FootnoteEntry(part, back=True, title=ders.group("title").strip())
    part = _short_before_prose(part)
    back = _callout_with_prose(part) or _pointing_back(part)
    if back is not None:
        return back
    if _BOILERPLATE.search(part):
        return None
    if kept and not _DAY_DATE.search(part):
        return None if _DERS.match(part) else _cited_in_prose(part)  # (the one short form left to find)
    if _DERS.match(part):
        return FootnoteEntry(part, ditto=True) if looks_like_reference(part) >= 0.3 else None
    cited = _cited_in_prose(part)
    if cited is not None:
        return cited
    if _cites_only(part):
        return None
    if _names_no_work(part):
        return None
    press = _press_entry(part)
    if press is not None:  # a newspaper with its day, or a web page given by its address alone
        return press
    if _no_work_but_dated(part):
        return None
    web = _URL_START.match(part)
    if web:  # "Siehe unter: http://www.x.org und ...": the address is the reference, the words after it prose
        return FootnoteEntry(web.group("url").rstrip(".,;"))
    trimmed = _trim_reference(part)
    if trimmed != part and _is_prose(part) and not _dates_a_work(trimmed):
        return None  # a sentence whose words after a lead are no dated work: "... zu den Themen Migration und Care.
        # Dabei wurden 181 Artikel aus zehn Jahren (1997–2007) analysiert": prose, where a reference would be dated
    return FootnoteEntry(trimmed) if _reads_as_reference(trimmed) else None


def _press_entry(part: str) -> FootnoteEntry | None:
    """The entry of a part that is a newspaper by its day (and the article's title after it: _PRESS_BARE, the match
    alone), a press article by its title, "in:", the paper and the day (_PRESS_ARTICLE), a newspaper with its day
    (_PRESS) or a web page by its address alone (_URL_ONLY); else None."""
    if (bare := _PRESS_BARE.match(part)) is not None:
        return FootnoteEntry(bare.group(0))
    if _PRESS_ARTICLE.match(part) and not _LOWER_START.match(part):  # "Titel, in: Die Zeit, 12.3.2004, S. 5."
        return FootnoteEntry(part)
    if (_PRESS.match(part) and len(part) < 160) or _URL_ONLY.match(part):
        return FootnoteEntry(part)
    return None


def _callout_with_prose(part: str) -> FootnoteEntry | None:
    """The author-year callout a part opens with when words of prose follow it: a remark after its comma ("Swank &
    Roth 2003, korrigiert und ...": _YEAR_REMARK) or the sentence it opens, its names surname first ("Wolf, K./
    Lang, P. (2008) lag der Wert ...": _RUN_ON); a short form of the list's entry (by_list), else None."""
    if (remark := _YEAR_REMARK.match(part)) is not None and not _no_author(remark.group("name")):
        return FootnoteEntry(remark.group("head"), back=True, name=re.sub(r"\s*(?:/|&|\bund\b|\bu\.)\s*", "/",
                                                                          remark.group("name")),
                             year=remark.group("year"), by_list=True)
    if (run_on := _RUN_ON.match(part)) is not None:
        names = "/".join(n.split(",")[0].strip() for n in re.split(r"\s*(?:/|;|\bund\b|\bu\.|&)\s*(?=[^\W\d_]{2})",
                                                                   run_on.group("names")))
        return FootnoteEntry(run_on.group("head"), back=True, name=names, year=run_on.group("year"), by_list=True)
    return None


def _pointing_back(part: str) -> FootnoteEntry | None:
    """The short form a part is, pointing back to a work cited before: by its author ("Weber (Anm. 3)", "Weber,
    a.a.O.", "Weber 1922, S. 12"), by its title ("Healthy Lives, op. cit."), or by its author and short title
    ("Weber, Steuerung, S. 5.", when the part does not read as a reference of its own); else None."""
    by_note = _TITLE_BY_NOTE.match(part) or _TITLE_BY_OPCIT.match(part)
    words = by_note.group("title") if by_note and not re.search(r"\d{4}", by_note.group("title")) and \
        len(by_note.group("title").split()) <= 8 else ""
    short = _SHORT.match(part) or _SHORT_YEAR.match(_REMARK.sub("", part))
    if short:
        return FootnoteEntry(part, back=True, name=short.group("name"), year=short.groupdict().get("year") or "",
                             words=words)
    for lead in _LEAD_END.finditer(part, 0, 90):  # "bereits Weber (Anm. 1), S. 28": the pointer names its work
        at = lead.end()                              # whatever words lead to it (the nearest name that is one)
        if not _LEAD_WORDS.fullmatch(part, 0, at) or not (short := _SHORT.match(part[at:])):
            continue
        page = _PAGE_AFTER.match(part, at + short.end())
        end = page.end() if page and not page.group(0).startswith(")") else at + short.end()
        return FootnoteEntry(part[at:end].rstrip(" ,") + ("." if part[end:end + 1] == "." else ""),
                             back=True, name=short.group("name"), words=words)
    opcit = _TITLE_OPCIT.match(part)
    if opcit and (named := _NAME_THEN_TITLE.fullmatch(opcit.group("title"))):  # "Weber, Wirtschaft, a.a.O., S. 12"
        return FootnoteEntry(part, back=True, name=named.group("name"), title=named.group("title"))
    if opcit:
        return FootnoteEntry(part, back=True, title=opcit.group("title"))
    if words:  # "Eurobarometer 64 (Anm. 3)", "Europäische Kommission (Anm. 2)": no surname before the pointer
        return FootnoteEntry(part, back=True, words=words)
    kurz = _SHORT_TITLE.match(part)
    if kurz and not _reads_as_reference(part):
        return FootnoteEntry(part, back=True, name=kurz.group("name"), title=kurz.group("title").strip())
    return None


# a few words (letters alone) before a capitalised name: "bereits", "kritisch dazu", "Ähnlich argumentiert auch",
# "Hier wird vor allem", "Dies zeigt sich auch bei", "Diese Deutung vertritt auch"
_LEAD_WORDS = LazyPattern(r"(?:[^\W\d_]+\.?\s+){1,7}")
# where such words may end: a word in lower case before a capitalised one ("Diese Deutung vertritt auch | Weber": a
# sentence's nouns are capitalised too, the word before a name is not)
_LEAD_END = LazyPattern(rf"(?<=[a-zäöüß])\.?\s+(?=[{_UP}])")
# a remark on a quotation after the page cited: "Soeffner (1995), S. 4, Hervorhebung im Original.", "eigene Übersetzung";
# or on the works it leads to: ", und die dort angegebene Literatur", "m.w.N."
_REMARK = LazyPattern(r"[,;(]\s*(?:Hervorhebung(?:en)?\b|Hervorh\.|Herv\.|eigene\s+Übersetzung\b|Übersetzung\b|"
                      r"Übers\.|emphasis\b|italics\b|my\s+translation\b|(?:und|sowie)\s+die\s+dort\s+\w+|"
                      r"m\.\s?w\.\s?N\.|mit\s+weiteren\s+(?:Nachweisen|Belegen)|and\s+the\s+literature\s+cited)[^;]{0,60}$",
                      re.I)
# a reference's authors, surname first with given names or initials, and its year in brackets, opening a sentence
# that runs on in lower case ("Laut Wolf, K./ Lang, P. (2008) lag der Wert ...", "Roth, Eva (2001) zeigt, dass ..."), a
# few words of the sentence before them (no cue word opens the names: "Nach Wolf, K." is "Nach" and "Wolf, K."): the
# author-year style's opening used as a callout, no reference (a reference puts a colon, a full stop or its title
# after the year, or "in"); a short form of the list's entry (by_list), which the callout finder does not read
_RUN_ON = LazyPattern(rf"^(?:[^\W\d_]+\.?\s+){{0,8}}?(?!(?:{_SOURCE_STOP})\b)(?P<head>(?P<names>{_INVERTED_NAME}(?:\s*(?:/|;|\bund\b|\bu\.|&)\s*{_INVERTED_NAME}){{0,5}})"
                      rf"\s*\((?P<year>{_YEAR})[a-z]?\))\s+(?!(?:in|im|und|and|u|hg|hrsg|ed|eds|pp?|S)\b)(?=[a-zäöüß]{{2,}}\b)")
# an author-year callout and a remark in lower case after its comma, as source lines qualify their source
# ("Quelle: Swank & Roth 2003, korrigiert und ergänzt durch eigene Daten", "Müller 2001, leicht verändert"): the
# callout is the reference, the remark no title (no page, signal or "in" after the comma)
_YEAR_REMARK = LazyPattern(rf"^(?P<head>(?P<name>[{_UP}][\w'’\-]+(?:\s*(?:/|&|\bund\b|\bu\.)\s*[{_UP}][\w'’\-]+)?){_MORE}"
                           rf"\s+\(?(?P<year>{_YEAR})[a-z]?\)?),\s+(?!(?:in|im|hier|insb|insbes|bes|vgl|siehe|zit|pp?|ff?|"
                           r"und|sowie|passim)\b)(?=[a-zäöüß]{3,}\s)")
# a short form closed by a full stop, and a sentence after it: "Schörken (1987), S. 296. In gleicher Weise äußerte sich"
_SHORT_THEN = LazyPattern(r"^(.{6,80}?\.)\s+(?=[A-ZÄÖÜ][a-zäöüß])")


def _short_before_prose(part: str) -> str:
    """The short form alone when a sentence of prose follows it in the stretch (_SHORT_YEAR: author, year, page; or
    author-year callouts alone: "Fuchs/Lamnek 1996, Heitmeyer 1996: 184 f. Letztere unterscheiden ..."): prose by
    its verbs and pronouns (_is_prose), or a sentence of five words or more without a year, half or more of them in
    lower case ("Er unterscheidet verschiedene Arten von Gewalt."), where a reference after a short form would name
    its authors and year."""
    m = _SHORT_THEN.match(part)
    if not m or not (_SHORT_YEAR.match(m.group(1)) or _callouts_only(m.group(1))):
        return part
    rest = part[m.end():]
    said = _is_prose(rest) or (not re.search(_YEAR, rest) and len(_WORD.findall(rest)) >= 5 and
                               _lower_share(rest) >= 0.5) or _pointers_in_a_sentence(rest)
    return m.group(1) if said else part


# what a sentence around pointers holds when it names a work of its own: a year, a title after a colon, "In:", an
# editor's or a volume's abbreviation
_WORK_SIGN = LazyPattern(rf"{_YEAR}|:\s|\b(?:In|Hg|Hrsg|Verlag|Bd|Vol|Jg|Nr)\b[.:]")


def _pointers_in_a_sentence(rest: str) -> bool:
    """The sentence after a short form cites author-year pointers and names no work of its own ("Vgl. Brenner 1998,
    S. 12. Weitere Beispiele bei Albrecht 1993, S. 7.", "... Kritisch dazu Pohl 1985, der ..."): its pointers are
    the note's callouts, short forms each, not one reference with the short form before. Only after a short lead of
    four words at most ("Weitere Beispiele bei", "Kritisch dazu"): a name and year deep in a sentence may be a thing
    dated ("Die Studie der Kommission für Arbeit und Umwelt 2001 folgt.")."""
    found = _author_years(rest)
    return bool(found) and len(rest[:found[0][0]].split()) <= 4 and not _WORK_SIGN.search(_strip_callouts(rest))


_WORD = LazyPattern(r"[^\W\d_]{2,}")


# the page cited after a callout the finder read: "Weber (1970), S. 16", "Roth et al. 1997: 4)"
_PAGE_AFTER = LazyPattern(rf"\s*[,:]\s*{_PAGE}\)?|\)")
# a callout that opens a reference in the author-year style: "Schulz, Florian/Blossfeld, Hans-Peter (2006): Titel"
_OPENS_REFERENCE = LazyPattern(r"(?<=\))\s*:\s*[^\W\d_]|\)\s*:\s*[^\W\d_]")


@lru_cache(maxsize=1024)
def _author_years(part: str) -> tuple[tuple[int, int, Citation], ...]:
    """The author-year callouts of a note's stretch as the callout finder reads them, bracketed (find_callouts) or
    not (find_note_callouts), each (start, end, callout) with the page cited after it ("bei Weber (1970), S. 16",
    "kritisch Roth et al. 1997", "Beiträge in Lenz / Kahn (2008)"); one per bracket ("Schütz/Luckmann (1979, 1994)"),
    none where it opens a reference ("Name (2006): Titel").

    Cached per text (read only: its callers copy what they keep): a stretch is read by _cited_in_prose and again by
    _prose_citing_several, and the rules and the model's stretches of a note are often the same text."""
    # a stretch the segmenter cut inside a bracket ("... (vgl. Hondrich & Matthes, 1978") is read with it closed
    bracketed = find_callouts(part + ")" if part.count("(") > part.count(")") else part)
    found = [c for c in bracketed if c.style == "author-year" and c.authors and c.year and
             not YEAR_SPAN.search(c.surface)]
    found += find_note_callouts(part, [(c.start, c.end) for c in bracketed])
    found += find_names_before_brackets(part, [(c.start, c.end) for c in found])
    out: list[tuple[int, int, Citation]] = []
    for c in sorted(found, key=lambda c: c.start):
        if _OPENS_REFERENCE.match(part, c.end):
            continue
        page = _PAGE_AFTER.match(part, c.end)
        end = page.end() if page else c.end
        if out and c.start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2])
        else:
            out.append((c.start, end, c))
    return tuple(out)


# a statute named with its year, a work cited in prose though no callout names an author: "the Pensions Act 2007"
_STATUTE = LazyPattern(r"\b(?:[A-Z][\w'’-]+\s+){1,4}Act(?:\s+of)?\s+(?:1[6-9]|20)\d\d\b")
_URL_TAIL_ANY = LazyPattern(r"https?:|www\.", re.I)
_LEADS_TO_NAME = LazyPattern(r"\b(?:bei|in|von|nach|laut|siehe|vgl\.|etwa|auch|kritisch|by|see|cf\.)\s*$", re.I)


_INVERTED_START = LazyPattern(rf"^{_SURNAME},\s+{_GIVEN}")  # "Weber, Max", "Roth, K."


def _opens_with_names(part: str) -> bool:
    """The stretch opens with its authors' names as a reference does (_AUTHORS, or one inverted name)."""
    return bool(_AUTHORS.match(part) or _INVERTED_START.match(part))


def _cited_in_prose(part: str) -> FootnoteEntry | None:
    """A sentence that cites a work by author and year alone: the short form, pointing back (back=True), when the
    rest of the stretch holds no other year and reads as prose (half its words or more in lower case, a pronoun or
    an auxiliary among them, or a word leading to the name: "bei", "in")."""
    if _opens_with_names(part):
        return None
    found = _author_years(part)
    if not found:
        return None
    a, b, c = found[0]
    for a2, b2, c2 in found[1:]:  # "bei Müller 1998 und 2001a": that author's further years are one (_each_year)
        if c2.authors != c.authors or not _YEARS_JOIN.fullmatch(part, b, a2):
            return None
        b = b2
    if not _prose_around(part, [(a, b, c)]):
        return None
    return FootnoteEntry(part[a:b].strip(), back=True, name="/".join(c.authors), year=str(c.year))


# what joins one author's years: "Müller 1998 und 2001a", "Müller (1998, 2001)", "Müller 1998: 12; 2001: 5"
_YEARS_JOIN = LazyPattern(r"\s*(?:,|;|\bund\b|\bsowie\b|\band\b|&)\s*")
_QUOTATION = LazyPattern(r"[\"“„«][^\"”“«»]{12,}[\"”“»]")
# a year a sentence names as a point or a span of time ("am Ende des Jahres 2020", "im Jahr 2030", "kommt für 2020 zu",
# "bis 2040", "seit 1990", "Mitte 2004", "Zieljahr 2029"): the time the prose speaks of, no date of a work (a
# reference prints its year after its place, a comma or a bracket); "jahr" inside a word only ("Schwab 1998" is a name)
_TIME_YEAR = LazyPattern(rf"(?:\b(?:Jahr(?:e|es|en)?|[Ii]m|[Ss]eit|[Bb]is|[Aa]b|für|[Ee]nde|[Aa]nfang|[Mm]itte|zwischen|um|von|"
                         rf"vor|nach|in\s+the\s+year|since|until|by)|(?<=[a-zäöüß])jahr(?:e|es|en)?)\s+"
                         rf"(?:(?:zum|dem)\s+(?:Jahr\s+)?)?{_YEAR}\b")


def _dates_a_work(text: str) -> bool:
    """The text holds a year that may date a work: one outside quotations (the quoted text's), the phrases of time a
    sentence names it in (_TIME_YEAR) and spans of years ("aus einem Zeitraum von zehn Jahren (1996–2006)": a period,
    intext_notes.YEAR_SPAN)."""
    return re.search(_YEAR, YEAR_SPAN.sub(" ", _TIME_YEAR.sub(" ", _QUOTATION.sub(" ", text)))) is not None


# what may follow the callout that closes a stretch of prose: its bracket, a full stop
_CLOSING_REST = LazyPattern(r"[\s.,;:)\]]*")
# a contribution in an edited volume cited by the volume's short form (a reference of its own): its author's name
# before "in" ("den Art. über X von H. G. Rasch in: Bernsdorf/Knospe 1980: 63f.", "von Max Weber in") or its parts
# set off by commas ("Bericht Jerzy H., „Titel“, abgedruckt in: Kenkmann/Kohlhaas 2009, 43-47"); not a verb or a
# noun alone before "in" ("dargestellt in: Stöber 1996", "die Diskussion in Bender 1997b")
_CONTRIBUTION_IN = LazyPattern(r"(?:\b(?:von|by)\s+(?:[A-ZÄÖÜ][\w.'’-]*\s+){1,3}|(?:\b[A-ZÄÖÜ]\.\s*){1,3}"
                               r"[A-ZÄÖÜ][\w'’-]+\s+|,.*\s)[Ii]n\s*\S?\s*$")
# the words that join a short form's names: "Rusinek, Ackermann, und Engelbrecht", "Leo/Maubach", "Fahr & Sunde"
_NAMES_JOIN = LazyPattern(r"^(?:\s*(?:,|/|&|\bund\b|\band\b)\s*)+$")


def _surnames(ref: Reference) -> list[str]:
    """The folded surnames of a reference's authors, then its editors (a list entry's names may be read as either)."""
    return [_folded(a.get("surname", "")) for a in (ref.authors or []) + (ref.editors or []) if a.get("surname")]


def _folded(name: str) -> str:
    return re.sub(r"\W+", "", name.lower())


def pointer_closing_prose(part: str, listed: list[Reference]) -> list[tuple[FootnoteEntry, Reference]]:
    """A stretch taken for a reference that is prose closed by one author-year callout naming a work of the
    paper's list: the callout (a short form pointing back) and that list entry, and the same author's further
    years after it ("in Bender 1997b und 1997a: 213ff."), or [] when it is no such stretch. German notes write their
    pointers unbracketed after a noun phrase ("Vgl. zur Unterscheidung von Eigentum und Besitz Bettelheim 1970.",
    "Geschichte der Korrespondenzen dargestellt in: Stöber 1996", "den Artikel des Finanzvorstands, Klaus-Jürgen
    Schmieder (1997).", "Einführungen von Rusinek, Ackermann, und Engelbrecht 1992"), which the prose test of
    _cited_in_prose misses (German capitalises its nouns, so such a stretch is not mostly lower case). Only when the
    callout closes the stretch, no other year stands before it (outside quotations), it is no contribution in a
    volume cited by the volume's short form ("von H. G. Rasch in: Bernsdorf/Knospe 1980", 'Bericht, „Titel“,
    abgedruckt in: Kenkmann 2009'), and its last name and year (and letter) are
    those of one entry of the list, whose first author it names; the short form starts at the first of the entry's
    names it prints.

    Example:
        >>> listed = [Reference(index=0, raw="Stöber, R. (1996): Titel.", authors=[{"surname": "Stöber"}], year=1996)]
        >>> [(e.text, e.name, e.year, r.index) for e, r in pointer_closing_prose(
        ...     "Geschichte der Korrespondenzen dargestellt in: Stöber 1996", listed)]
        [('Stöber 1996', 'Stöber', '1996', 0)]
    """
    if not listed or not re.search(_YEAR, part):
        return []
    found = _author_years(part)
    if not found:
        return []
    a, b, c = found[-1]
    more = list(_MORE_YEARS.finditer(part, b))
    more = [m for k, m in enumerate(more) if m.start() == (more[k - 1].end() if k else b)]
    end = more[-1].end() if more else b
    if not _CLOSING_REST.fullmatch(part, end) or re.search(_YEAR, _QUOTATION.sub(" ", part[:a])) or \
            _CONTRIBUTION_IN.search(part[:a]) or not part[:a].strip():
        return []
    last = _folded(c.authors[-1].split()[-1])
    hit = _listed_work(listed, last, str(c.year), c.year_suffix)
    names = _surnames(hit) if hit is not None else []
    start = _names_start(part, a, b, names) if names else None
    if start is None:
        return []
    printed = [n for n in names if n in _folded(part[start:b])]
    name = "/".join(x["surname"] for x in (hit.authors or []) + (hit.editors or [])
                    if x.get("surname") and _folded(x["surname"]) in printed)
    out = [(FootnoteEntry(part[start:b].strip(), back=True, name=name, year=str(c.year)), hit)]
    for m in more:  # "und 1997a: 213ff.": the same author's work of another year, when the list holds it
        work = _listed_work(listed, last, m.group("year"), m.group("suffix") or "")
        if work is not None:
            out.append((FootnoteEntry(m.group("item").strip(), back=True, name=name, year=m.group("year")), work))
    return out


# a further year of the same author after a callout: "Bender 1997b und 1997a: 213ff.", "Weber 1920, 1922"
_MORE_YEARS = LazyPattern(rf"\s*(?:,|;|\bund\b|\bsowie\b|\band\b)\s*(?P<item>(?P<year>{_YEAR})(?P<suffix>[a-z])?\b"
                          rf"(?:\s*[,:]\s*{_PAGE}(?:\s*[-–]\s*\d+)?)?)")


def _listed_work(listed: list[Reference], surname: str, year: str, suffix: str) -> Reference | None:
    """The one list entry of a surname (folded) and year, told apart by the year's letter where several share them."""
    hits = [r for r in listed if str(r.year or "") == year and surname in _surnames(r)]
    if len(hits) > 1:
        hits = [r for r in hits if (r.year_suffix or "") == suffix]
    return hits[0] if len(hits) == 1 else None


def _names_start(part: str, a: int, b: int, names: list[str]) -> int | None:
    """Where a callout's names start as the list entry prints them: at its first name of the entry, or earlier
    over the entry's other names joined by commas, "/", "&" or "und"; None when the entry's first author is not
    among them (a callout by the entry's second author names another work)."""
    words = [(m.start(), _folded(m.group(0))) for m in re.finditer(r"[^\W\d_][\w'’-]*", part[:b])]
    inside = [(at, w) for at, w in words if at >= a and w in names]
    if not inside:
        return None
    start = inside[0][0]
    for at, w in reversed([(at, w) for at, w in words if at < a and w not in ("und", "and")]):
        if w in names and _NAMES_JOIN.match(re.sub(r"[^\w,/&]+", " ", part[at + len(w):start]).strip() or ","):
            start = at
        else:
            break
    return start if names[0] in {w for at, w in words if at >= start} else None


def _prose_around(part: str, found: list[tuple[int, int, Citation | None]]) -> bool:
    """The stretch without its author-year short forms holds no other year that may date a work and reads as prose:
    half its words or more in lower case, and a pronoun or an auxiliary among them, a word leading to the first
    name, or the length of a sentence no reference has (_LONG_CLAUSE words)."""
    rest = " ".join(part[a[1] if a else 0:b[0] if b else len(part)] for a, b in zip([None, *found], [*found, None]))
    # a year inside a quotation is the quoted text's, no date of a work ('"der im Jahre 1848 ... verreist"'), nor is
    # a time the sentence speaks of ("bis 2030")
    if _dates_a_work(rest) or len(rest.split()) < 2 or _lower_share(rest) < 0.5 or _URL_TAIL_ANY.search(rest):
        return False
    # a sentence (a pronoun or an auxiliary in it), or words that lead to a source before the name ("bei", "in")
    return bool(_PROSE.search(rest) or _PROSE_DE.search(rest) or _LEADS_TO_NAME.search(part, 0, found[0][0]) or
                len(rest.split()) >= _LONG_CLAUSE)


# words of a stretch, mostly in lower case, beside its author-year callouts, that make a sentence whatever its verbs
# ("... greifen immer wieder auf ein Vokabular zurück, das ... unterscheidet ... (Bude 2011) vor."): a reference
# beside a callout is a title of a few words
_LONG_CLAUSE = 30
    # (else "Alcohol use disorders, NICE (2010).": a title and its author)


def _prose_citing_several(part: str) -> bool:
    """Prose that cites two or more works by author and year alone ("kritisch Nolte et al. 1997. Etwas spezifischer
    messen Diewald et al. 1996 ...") or statutes by name and year ("The Pensions Act 2007 introduced ... and the
    Pensions Act 2014 brought forward ..."): no reference; the note's callouts cite them (note_short_forms)."""
    if _opens_with_names(part):
        return False
    found = sorted([*_author_years(part), *((m.start(), m.end(), None) for m in _STATUTE.finditer(part))],
                   key=lambda f: f[0])
    return len(found) >= 2 and _prose_around(part, found)


# what may stand between a note's callouts that cite nothing else: "Bulmer (1999) und Pfadenhauer (2003).", "vgl.
# Gabriel (2004); Schwier (2005)"
_BETWEEN_CALLOUTS = LazyPattern(r"(?:[\s.,;:()\[\]&/–-]|\b(?:und|sowie|oder|bzw|and|or|vgl|siehe|s|auch|dazu|ferner|"
                                r"zuletzt|insbes|insbesondere|cf|see|also|zit|nach)\b)*", re.I)


def _cites_only(part: str) -> bool:
    """The stretch cites works by author and year and is no reference itself: prose citing several, callouts alone,
    or a sentence that runs on after a bracket of callouts (_prose_citing_several, _callouts_only,
    _sentence_after_bracket)."""
    return _prose_citing_several(part) or _callouts_only(part) or _sentence_after_bracket(part)


# words in lower case that go on with a sentence after a bracket: 'die so genannte "Kontroverse" (Roth 1990; 1991)
# oder etwa an die Schulen ...', "... (Lang 2004) und hat seither ..."; not a reference's "in:", pages or signals
_GOES_ON = LazyPattern(r"\)?[ \t]+(?!(?:in|im|S|pp?|ff?|u|vgl|hrsg|hg|ed|eds)\b)[a-zäöüß]{2,}[ \t,]+[a-zäöüß]{2,}\b")


def _sentence_after_bracket(part: str) -> bool:
    """A bracket of author-year callouts ("(Roth 1990; 1991)") after which the sentence goes on in lower case
    (_GOES_ON), in a stretch that does not open with its authors' names: prose citing that work, whose callouts are
    the note's short forms (a reference does not go on in lower case after a bracket that cites another work)."""
    if _opens_with_names(part):
        return False
    return any(not c.narrative and _GOES_ON.match(part, b) for _, b, c in _author_years(part))


def _callouts_only(part: str) -> bool:
    """The stretch is author-year callouts and nothing else but what joins them ("Bulmer (1999) und Pfadenhauer
    (2003).") or prose or a quotation with a year-free source bracket closing it ('"Enough of these ..." (Roversi &
    Balestri, 2002, S. 139).', "Vgl. die Typologie der ... (Dresewski und Koch 2011)."): short forms, no reference
    (the note's callouts cite them: short_forms)."""
    found = _author_years(part)
    if not found:
        return False
    if _BETWEEN_CALLOUTS.fullmatch(_strip_callouts(part)):
        return True
    a, b, c = found[-1]
    opened = part.rfind("(", 0, a + 1)
    inside = opened >= 0 and (not c.narrative or ")" not in part[opened:a])  # "(vgl. Hondrich & Matthes, 1978"
    return inside and re.fullmatch(r"[\s).;,]*", part[b:]) is not None and \
        not _dates_a_work(part[:opened]) and not _opens_with_names(part)


def _strip_callouts(part: str) -> str:
    """The stretch without its author-year callouts (_author_years): what stands around and between them; the
    stretch itself when it holds none."""
    found = _author_years(part)
    return "".join(part[a[1] if a else 0:b[0] if b else len(part)] for a, b in zip([None, *found], [*found, None]))


def _trim_reference(part: str) -> str:
    """A reference without the prose around it: before its first name, after its year ("..., München 2001, die
    trotz ihres Titels ..."), after its closing web address ("online: http://x.com/a.html. Eine Anleihe ...")."""
    part = _cut_prose(part)
    tail = _PROSE_TAIL.search(part)
    if tail:
        part = part[:tail.start()]
    part = _cut_sentence_after(part)
    url = _URL_TAIL.search(part)
    return part[:url.end()] if url else part


# a full stop closing a reference's year, page or bracket, a capitalised word after it: where a sentence may start
_CLOSED_THEN = LazyPattern(r"(?<=[\d)])\.\s+(?=[A-ZÄÖÜ])")


def _cut_sentence_after(part: str) -> str:
    """A reference without the sentence of prose after it ("..., Frankfurt a. M. 1998, S. 23. Ebner betont, dass
    die Stadt frei mache."): cut at the full stop that closes its year or page when the rest holds no year and reads
    as prose (half its words or more in lower case, a pronoun, an auxiliary or "dass" among them)."""
    for m in _CLOSED_THEN.finditer(part):
        rest = part[m.end():]
        if _DATE_SIGN.search(part, 0, m.start()) and not _DATE_SIGN.search(rest) and \
                _lower_share(rest) >= 0.5 and (_PROSE.search(rest) or _PROSE_DE.search(rest)):
            return part[:m.start() + 1]
    return part


def _reads_as_reference(part: str) -> bool:
    """Not a clause ("1. die Ergebnisse zu berücksichtigen; ..."), nor a table's rows (_table_cells), four words or
    more, scored as a reference (a body's name also from its last words on: "Bundesministerium für Familie, ..."),
    and no prose."""
    if _LOWER_START.match(part) or _table_cells(part) or _periods_only(part):
        return False
    head = _NAME_HEAD.match(part)
    score = max(looks_like_reference(part), looks_like_reference(part[head.end():]) if head else 0.0)
    return not (score < (0.3 if re.match(_AUTHOR_YEAR, part) or _NAME_YEAR.match(part) else 0.5) or
                len(re.findall(r"[^\W\d_]{2,}", part)) < 4 or _is_prose(part))


# a note about a person (authors' biographies set in small type): "Anna Roth, Dr., Projektleiterin ...", "Anna
# Roth, Jg. 1956, Dr. phil., wissenschaftl. Mitarbeiterin ...", "Arbeitsschwerpunkte: ...", "Arbeitsgebiete: ...",
# "is a research fellow at"
_BIOGRAPHY = LazyPattern(r"^[^,]{3,60},\s*(?:(?:Jg\.|Jahrgang)\s*(?:1[89]|20)\d\d\b|Dr\.|Prof\.|Dipl\.|M\.\s?A\.|PhD\b)|"
                         r"\bArbeits(?:schwerpunkte?|gebiete?)\b|\bForschungs(?:schwerpunkte?|gebiete?)\b|"
                         r"\bresearch interests\b|\bwissenschaftl(?:iche[r]?|\.)\s+Mitarbeiter(?:in)?\b|\b(?:is|was) (?:a |an )?"
                         r"(?:senior |research |associate |assistant )*(?:fellow|professor|lecturer)\b")
# an author's address, the first note of many papers ("Institut für X, Universität Y, Straße 9, 12345 Ort. Tel.: +49
# (0)251 83 22 971. Fax: ... E-Mail: ..."): a telephone or fax number, or an e-mail address after its label; no
# reference prints them
_CONTACT = LazyPattern(r"\b(?:Tel|Telefon|Phone|Fax|Telefax)\b\.?\s*:?\s*\+?\s*\(?\d|"
                       r"\bE-?[Mm]ail\s*:?\s*[\w.-]+@", re.I)
# thanks, no reference however sure the model is, nor the day they are dated ("Ich danke Dr. X für den Hinweis,
# 6.10.2006.", "Für Hinweise danke ich ...", "We thank ..."): checked where the model's confidence would keep a
# stretch the rules drop, so a reference the rules find inside a note of thanks stays
_THANKS = LazyPattern(r"^(?:Ich|Wir)\s+(?:danke|danken|bedanke|bedanken)\b|\b(?:danke\s+ich|danken\s+wir)\b|"
                      r"^(?:I|We)\s+(?:would\s+like\s+to\s+)?thank\b|\b(?:am|are)\s+grateful\s+to\b")
# a clause after a reference's year or pages, in lower case: "München 2001, die trotz ihres Titels ...",
# "Berlin 1990, S. 4, wo er zeigt ...", "London 1990, which argues ...", what the work states ("So stellt Ebner,
# Titel, 2007, S. 81 f., fest, dass ...": "..., 2007, S. 81 f., dass die Regeln ...")
_PROSE_TAIL = LazyPattern(r"(?<=\d|\.|\))\s*[,;]\s+(?=(?:die|der|das|dem|den|welche[rsn]?|wo|wobei|hier|dort|dabei|"
                          r"dazu|zudem|jedoch|aber|allerdings|insbesondere|besonders|vor\s+allem|mit|dass|daß|wonach|"
                          r"weil|which|who|where|here|especially|but|that)\s)")
# a sentence after a reference's closing web address: "online: http://x.com/a.html. Eine Anleihe kostet ..."
_URL_TAIL = LazyPattern(r"(?:https?:|www\.)\S+?[\w/]\.(?=\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+\S+){4})")
# a part that opens with a web address followed by words: the address alone is taken
_URL_START = LazyPattern(r"^(?:(?:unter|online|im\s+Internet|abrufbar\s+unter)\s*:?\s*)?"
                         r"(?P<url>(?:https?:?//?|www\.)[^\s]+?)[.,;]?\s+(?=und\b|and\b|sowie\b|[A-ZÄÖÜ])")
# a clause, not a reference: it opens with a function word ("die Ergebnisse zu berücksichtigen", "alle
# Ministerien", "the results"), or with two words in lower case and no year near ("neue Maßnahmen einzuführen");
# lower-case names ("infas (2007):", "taz vom 28.10.1995", "van Dijk") are left to the tests after it
_LOWER_START = LazyPattern(
    rf"^(?!(?:{_PARTICLE}\s+)+[{_UP}])"
    r"(?:(?:die|der|das|dem|den|des|ein|eine|einer|eines|einem|es|sie|er|wir|ich|man|alle|auch|so|zu|zum|zur|im|"
    r"mit|auf|für|bei|nach|um|aus|wie|wenn|dass|daß|nicht|noch|nur|durch|über|unter|sowie|oder|aber|the|this|"
    r"that|these|it|we|they|and|or|but|on|of|to|for|with|as|by|at|from)\b|"
    rf"[a-zß-ÿ][\w-]*\s+[a-zß-ÿ](?![^\n]{{0,50}}{_YEAR}))")


# an author-year start: "Council on Foreign Relations 2006:", "Wiese, Leopold von (1968/1924),", "OECD (2010):"
_NAME_YEAR = LazyPattern(rf"^(?!(?:Im|In|Seit|Am|Bis|Ab|Von|Vom|Nach|Zum|Zur|Die|Der|Das|Ende|Anfang|Mitte|Stand|Bereits|"
                         rf"Erst|Noch|Schon|The|Since|Until|By|From|End|Early|Late)\b)[{_UP}][^,.;:()]{{1,60}}?(?:,\s+{_GIVEN}(?:\s+{_GIVEN})*(?:\s+{_PARTICLE})?)?\s+"
                         rf"(?:\(\s*{_YEAR}(?:/\d{{2,4}})?[a-z]?\s*\)\s*[:,.]|{_YEAR}[a-z]?\s*:)")


def _is_prose(part: str) -> bool:
    """A sentence about something, not a reference: verbs and pronouns among its first 25 words (quoted titles
    aside), and no author-like start."""
    if _opens_with_names(part) or _NAME_YEAR.match(part):
        return False
    words = " ".join(re.sub(r"[\"“„«‘'][^\"”“«»’']{3,}[\"”“»’']", " ", part).split()[:25])
    said = len(_PROSE.findall(words)) + len(_PROSE_DE.findall(words))
    # one verb or pronoun is enough where every year the stretch holds is a time it speaks of ("Die Daten der Welle
    # wurden in Preisen von 1998 berechnet", "am Ende des Jahres 2024"): no work is dated there
    return said >= 2 or (said == 1 and re.search(_YEAR, part) is not None and not _dates_a_work(part))


# German pronouns, auxiliaries and connectives of a sentence beside those of _PROSE ("Auf internationaler Ebene
# unterbreitete Angela Merkel diesen Vorschlag ...", "... wurden von der Autorin ... abgefragt", "Die Autoren
# betonen jedoch ..."): lower case only, since titles capitalise none of them
_PROSE_DE = LazyPattern(r"\b(?:sie|ihn|ihm|ihnen|wir|uns|wurden|war|waren|worden|kann|können|konnte|soll|sollte|"
                        r"sollen|muss|müssen|dürfte|würde|würden|wäre|wären|hatte|hatten|hätte|hätten|jedoch|zudem|allerdings|daher|deshalb|"
                        r"dabei|bereits|sehr|diesen|dieses|diesem|seine|seiner|ihre|ihrer|unsere)\b")


_PROSE_LEAD = LazyPattern(r"(?:\b(?:in|bei|von|nach|durch|siehe|see|by|from|Beispiel|etwa|auch|insbesondere|"
                          r"especially|notably)\s*|:\s*)$|" + _PROSE.pattern, re.I)


# the cue "zum Folgenden" / "im Folgenden" ("Vgl. zum Folgenden Hans Müller, ..."), or its noun alone where the
# segmenter began after "zum": "Folgenden" is a substantivised adjective, never a given name
_FOLLOWING = LazyPattern(r"^(?:(?:zum|im)\s+)?Folgenden\s*[:,]?\s+(?:(?:vgl\.|siehe)\s+)?", re.I)
_ACRONYM_END = LazyPattern(r"\b(?=[\wäöüß]*[A-ZÄÖÜ][\wäöüß]*[A-ZÄÖÜ])[\wäöüß]{2,8}\s+$")  # "GStA ", "BArch "


def _cut_prose(part: str) -> str:
    """Prose before a reference's first name ("Detaillierte Angaben in Max Weber, ...", "zum Beispiel Gille,
    Martina/...") is left out: the reference starts at the first name after a word that leads to a source ("in",
    "bei", "by", a colon) or after a verb or pronoun."""
    following = _FOLLOWING.match(part)  # "(Vgl.) zum Folgenden | Hans Müller, ...": a cue, no given name
    if following and looks_like_reference(part[following.end():]) >= 0.5:
        return part[following.end():]
    if _opens_with_names(part) or _CORPORATE.match(part):
        return part
    for m in _NAME_START.finditer(part):
        prefix = part[:m.start()]
        if not prefix.strip() or _BODY_HEAD.fullmatch(prefix):  # "Bundesministerium für | Familie, ...": a name
            continue
        if _ACRONYM_END.search(prefix):  # "in: GStA | I. HA, Rep. 77": an archive's department, no person; and
            break  # what follows lies inside that name too ("UK | Transfusion Laboratory Collaborative: ...")
        lower = re.search(r"(?:^|\s)(?!(?:und|and|von|van|de|der|den|zu|for|of|the|on|to|a|an|with|at|in)\b)"
                          r"[a-zà-ÿ]{2,}", prefix)  # a word in lower case that is no particle or title word
        if not (lower or _PROSE_LEAD.search(prefix)) or re.search(r"\d", prefix):
            continue
        rest = part[m.start():]
        # "Beispiel Gille, Martina/...": the surname-first name starts one word later
        inv = re.match(rf"^{_GIVEN}\s+(?={_SURNAME},\s+{_GIVEN}\s*[/(:])", rest)
        rest = rest[inv.end():] if inv else rest
        if looks_like_reference(rest) >= 0.5:
            return rest
    return part


def points_back(entry: FootnoteEntry) -> bool:
    """Whether a short form points back by a pointer to a note ("(Anm. 3)", "(wie Fn. 12)") or by "a.a.O."/"op.
    cit.", not by a name alone ("Müller in diesem Band")."""
    return bool(_NOTE_POINTER.search(entry.text) or _OPCIT.search(entry.text))


def resolve_back_reference(entry: FootnoteEntry, earlier: list[Reference],
                           listed: list[Reference] = ()) -> Reference | None:
    """The earlier reference a short form repeats: "Ebd." and "Ibid." the one just before, "Weber (Anm. 3)" and
    "Weber, a.a.O." the last one by that author (or editor, of a work without authors); a short form that names its
    author and no year and that no earlier note resolves, the one entry of the reference list (listed) it names
    ("Kessler, a.a.O., S. 12" in a paper whose notes give the work only in its list; an author-year short form is
    the callout finder's: short_forms).

    Example:
        >>> listed = [Reference(index=0, raw="Kessler, W. (1985): Steuern.", authors=[{"surname": "Kessler"}])]
        >>> resolve_back_reference(FootnoteEntry("Kessler, a.a.O., S. 12.", back=True, name="Kessler"), [], listed).raw
        'Kessler, W. (1985): Steuern.'
    """
    found = _resolve_back(entry, earlier)
    # author-year ones: the callouts' reading, but for those the callout finder cannot read (by_list)
    if found is None and entry.name and (not entry.year or entry.by_list) and listed:
        named = [r for r in listed if _resolve_back(entry, [r]) is not None]
        if len(named) > 1:  # "Wolf/Lang" beside an entry of Wolf alone: the entry of all its names
            names = {n.strip().lower() for n in re.split(r"/|\bund\b", entry.name)}
            named = [r for r in named if names <= {a.get("surname", "").lower() for a in r.authors or r.editors}]
        return named[0] if len(named) == 1 else None
    return found


def _resolve_back(entry: FootnoteEntry, earlier: list[Reference]) -> Reference | None:
    """resolve_back_reference among the earlier references alone."""
    if not earlier:
        return None
    if entry.title:
        key = re.sub(r"\W+", " ", entry.title).strip().lower()
        for ref in reversed(earlier):
            raw = re.sub(r"\W+", " ", ref.raw).lower()
            if not key or key not in raw:
                continue
            # a short title with its author ("Weber, Steuerung"): that author's, the title's words whole
            if not entry.name or (_names_match(entry, ref) and re.search(rf"\b{re.escape(key)}\b", raw)):
                return ref
        return None
    if entry.words and ((found := _by_words(entry, earlier)) is not None or not entry.name):
        return found
    if not entry.name:
        return earlier[-1]
    for ref in reversed(earlier):
        if _names_match(entry, ref) and (not entry.year or str(ref.year or "") == entry.year):
            return ref
    return None


def _by_words(entry: FootnoteEntry, earlier: list[Reference]) -> Reference | None:
    """The earlier reference a pointer by note number names by the words before it (entry.words): a body's whole
    name ("Europäische Kommission (Anm. 2)": the entry's name becomes it), an author's surname (entry.name: "Max
    Muster (Anm. 1)"), else the words of its text ("Weißbuch (Anm. 10)", "Schlussfolgerungen des Vorsitzes (Anm.
    27)": a title, which the entry's short form prints instead of a name); None where none holds them."""
    key = re.sub(r"\W+", " ", entry.words).strip().lower()
    for ref in reversed(earlier):
        if any(re.sub(r"\W+", " ", a.get("literal", "")).strip().lower() == key for a in ref.authors + ref.editors):
            entry.name = entry.words
            return ref
    for ref in reversed(earlier):  # (an editor's surname too: "Kessler, a.a.O." after "in: Kessler (Hrsg.)")
        if entry.name and (_names_match(entry, ref) or
                           any(entry.name.lower() == a.get("surname", "").lower() for a in ref.editors)):
            return ref
    for ref in reversed(earlier):
        if re.search(rf"\b{re.escape(key)}\b", re.sub(r"\W+", " ", ref.raw).lower()):
            entry.name, entry.title = "", entry.words
            return ref
    return None


def _names_match(entry: FootnoteEntry, ref: Reference) -> bool:
    """Whether a short form's names hold a surname of the reference's authors (or editors, of an edited work: "BMAS
    (Hg.) (2013), S. 381ff.")."""
    surnames = {n.strip().lower() for n in re.split(r"/|\bund\b", entry.name)}
    people = ref.authors or ref.editors
    names = {a.get("surname", "").lower() for a in people} | \
        {a.get("surname", "").lower().split()[0] for a in people if a.get("surname")} | \
        {a["literal"].lower().split()[-1] for a in people if a.get("literal")}  # "Kommission" of a body's name
    return bool(surnames & names)
