"""References in footnotes (German social science, humanities, policy reports): entries found in a note, parsed
in the note style "Vorname Name, Titel, Ort Jahr, S. 12.", and short forms resolved to the reference they repeat.

A note holds prose and references mixed: "Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12;
ders., Gesammelte Aufsätze, Tübingen 1920." Entries are the stretches between cues ("Vgl.", "See also") and the
semicolons that separate works, with any prose before the first name cut off. Short forms do not name a new work:
"Ebd., S. 5", "Ibid.", "a.a.O.", "op. cit." and "Weber (Anm. 3), S. 7" point back to a reference given before;
"Ders."/"Dies." ("the same author") start a new work by the author of the reference before.

The note-style parser is a set of rules for one regular pattern (given names first, fields separated by commas,
"in:" before a container, place and year together); anything it does not match confidently goes to the general
parser (references.parse_reference). Everything here is a pure function over strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from litmine.citations.references import (_IBID, _MARKER, _PROSE, _split_semicolons, looks_like_reference,
                                          parse_reference, repair_hyphens)
from litmine.models import Reference

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PARTICLE = r"(?:von|van|vom|de|der|den|del|della|di|du|da|la|le|zu|zur|ten|ter|dos|das)"
_GIVEN = rf"(?!(?:Die|Der|Das|The|Ein|Eine|Zur|Zum|Im|Vom|Auf|Über|Aus|Von|Bei|Mit|Nach|Für|An|A|In)\b)(?:[{_UP}][a-zà-öø-ÿā-žа-яё'’]+(?:-[{_UP}][a-zà-öø-ÿā-žа-яё'’]+)?|[{_UP}]\.(?:\s?-?[{_UP}]\.)*)"
_SURNAME = rf"(?:[{_UP}][\wà-ÿ'’]+(?:-[{_UP}][\wà-ÿ'’]+)?)"
# a name in natural order: one to three given names or initials, particles, the surname
_NATURAL = rf"{_GIVEN}(?:\s+{_GIVEN}){{0,2}}(?:\s+{_PARTICLE}){{0,2}}\s+{_SURNAME}"
_ROLE = r"\s*\(\s*(?:Hg|Hrsg|Ed|Eds|ed|eds|Red)\.?\s*\)"
_SEP = r"\s*(?:/|\bund\b|\band\b|&)\s*"
_AUTHORS = re.compile(rf"^(?P<names>{_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}})(?P<role>{_ROLE})?\s*[,:]\s+(?=\S)")
# a corporate editor: "Bundesregierung (Hrsg.), Lebenslagen in Deutschland, Köln 2008"
_CORPORATE = re.compile(rf"^(?P<names>[{_UP}][^,;:()]{{1,80}}?)(?P<role>{_ROLE})\s*[,:]\s+(?=\S)")
_DERS = re.compile(r"^\s*(?:ders|dies|dies\.|eadem|idem|id)\.?(?:\s*(?:/|und)\s*(?P<more>[^,(]+?))?"
                   rf"(?P<role>{_ROLE})?\s*[,:]\s+", re.I)
_IN = re.compile(r"(?:[,.]|(?<=[?!]))\s*(?:in|In|IN)\s?:\s*")
_PLACE_YEAR = re.compile(rf"(?:,\s*|\s+|\()(?P<place>(?!(?:Aufl|Auflage|Ausgabe|Edition)\b)[{_UP}][^\d,;:()]{{1,40}}?(?:\s*:\s*[^\d,()]{{2,60}}?)?)\s*,?\s+"
                         rf"(?P<year>{_YEAR})[a-z]?\d?\)?(?=\s*(?:[,.;)]|\((?:im\s+Druck|in\s+press|i\.\s?E)|$))")
_VOLUME = re.compile(r"[,.]?\s*\b(?:Bd\.|Band|Vol\.|vol\.|Jg\.)\s*(\d{1,4})\b")
_PAGES = re.compile(r"\b(?:S|pp?|Sp)\.\s*(\d+)(?:\s*[-–]\s*(\d+)|\s*ff?\.)?")
_JOURNAL_TAIL = re.compile(rf"^(?P<container>.+?)[,\s]+(?:(?:Jg\.|Vol\.|Bd\.)\s*)?(?P<volume>\d{{1,4}}(?:/\d{{1,2}})?)\s*"
                           rf"\((?P<year>{_YEAR})\)\s*(?:(?:H\.|Heft|Nr\.|No\.)?\s*(?P<issue>\d{{1,3}}(?:/\d{{1,3}})?))?")
_JOURNAL_NR = re.compile(rf"^(?P<container>.+?)[,\s]+(?:Nr\.|No\.|H\.|Heft)\s*(?P<issue>\d{{1,3}})\s*/\s*"
                         rf"(?P<year>{_YEAR})")
_DATED = re.compile(rf"^(?P<source>[^,;]{{2,80}}?),?\s+(?:(?:vom|from)\s+)?\d{{1,2}}\.\s?\d{{1,2}}\.\s?"
                    rf"(?P<year>{_YEAR})\b")
_PRESS = re.compile(rf"^(?P<source>[{_UP}][^,;]{{1,60}}),\s*(?:(?:vom|from)\s+)?(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?|"
                    rf"\d{{1,2}}\.?\s+[{_UP}][a-zä]+\.?\s+)(?P<year>{_YEAR})\b")
_NAME_START = re.compile(rf"(?<![\w.])(?:(?={_NATURAL}(?:{_SEP}{_NATURAL})*(?:{_ROLE})?\s*[,:]\s)"
                         rf"|(?={_SURNAME},\s+{_GIVEN}(?:\s+{_GIVEN})?\s*[/(:,]))")

# words that introduce a reference in a note ("Vgl.", "See also", "For example:"), where a new reference may start
_NOTE_CUE = re.compile(
    r"(?:^|(?<=[.;:,)\s]))\s*(?:see(?:\s+also)?|cf\.|compare|vgl\.(?:\s+(?:auch|dazu|hierzu|etwa|z\.\s?B\.))?|"
    r"siehe(?:\s+auch|\s+dazu)?|s\.\s+auch|zit\.\s+n(?:ach|\.)|zitiert\s+nach|quoted\s+in|cited\s+in|"
    r"for\s+example|for\s+instance|e\.\s?g\.|z\.\s?B\.|zum\s+Beispiel)\s*[:,]?\s+", re.I)
# licence and copyright lines that page layouts set in small type at the foot
_BOILERPLATE = re.compile(r"©|\bcopyright\b|\ball rights reserved\b|\blicen[cs]ed? under\b|"
                          r"\bOpen Parliament Licen[cs]e\b|\bOpen Government Licen[cs]e\b", re.I)
# a title and "op. cit.": "Healthy Lives, Healthy People, op. cit., p. 5"
_TITLE_OPCIT = re.compile(r"^(?P<title>[^;]{4,120}?),?\s+(?:op\.\s?cit|loc\.\s?cit|a\.\s?a\.\s?O)\.?", re.I)

# pointers into parliamentary records and inquiry evidence, not works: "HC Deb 12 May 2020 col 34", "Q 123",
# "Written evidence from X (ABC0012)", "104/9-108/16" (transcript page/line), "para 5"
_POINTER = re.compile(r"^(?:(?:HC|HL)\s+Deb\b|Qq?\s?\d|(?:Written|Oral|Supplementary written)\s+evidence\b|"
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


# "Weber (Anm. 3)", "Weber, Wirtschaft (wie Anm. 3), S. 7", "Weber, a.a.O.": a short title may stand between
_SHORT = re.compile(rf"^(?P<name>[{_UP}][\w'’\-]+(?:\s*(?:/|und)\s*[{_UP}][\w'’\-]+)?)\s*,?\s*"
                    r"(?:[^()\d;]{2,80}?\s*(?=\(\s*(?:wie|s\.|vgl\.)?\s*(?:Anm|Fn|FN|note|n)\.?\s*\d))?"
                    r"(?:\(\s*(?:(?:wie|s\.|vgl\.)\s*)?(?:Anm|Fn|FN|note|n)\.?\s*\d+[^()]{0,20}\)|"
                    r"\[\s*s\.\s*Anm\.\s*\d*\s*\]|a\.\s?a\.\s?O\.?|op\.\s?cit\.?|loc\.\s?cit\.?)")

# "Weber 1922, S. 12", "Prognos AG (2014), S. 132": author and year and a page, nothing more
_SHORT_YEAR = re.compile(rf"^(?P<name>[{_UP}][\w'’\-]+(?:\s+(?:AG|GmbH|e\.\s?V\.))?)(?:\s*(?:/|und)\s*[{_UP}][\w'’\-]+)?"
                         rf"(?:\s*\((?:Hg|Hrsg)\.\))?\s*\(?(?P<year>{_YEAR})[a-z]?\)?\s*[,:]?\s*"
                         r"(?:(?:S|p|pp)\.\s*)?\d+(?:\s*[-–]\s*\d+|\s*ff?\.)?[^A-Za-z]{0,30}$")

# an author-year start: "BMAS (Hg.) (2013):", "Müller, Jörg (2012):", "Prognos AG (2014):"
_AUTHOR_YEAR = (rf"[{_UP}][\w\-/.&]*(?:\s[{_UP}][\w\-/.&]*){{0,3}}(?:,\s+{_GIVEN}(?:\s+{_GIVEN})?)?"
                rf"(?:\s*\((?:Hg|Hrsg|Ed|Eds)\.?\))?\s*\({_YEAR}[a-z]?\)\s*:")
_WORK_BREAK = re.compile(rf";\s*(?=(?:ders|dies|ebd|ebenda|ibid|idem|eadem)\b)|(?<=[.])\s+(?={_AUTHOR_YEAR})", re.I)
_URL_ONLY = re.compile(r"^(?:(?:unter|online|im\s+Internet|abrufbar\s+unter|available\s+(?:at|from))\s*:?\s*)?"
                       r"(?P<url>(?:https?:?//?|www\.)\S+)"
                       r"(?:\s*\((?:Zugriff|abgerufen|accessed|Stand)[^)]{0,40}\))?\.?$", re.I)


def find_footnote_entries(text: str) -> list[FootnoteEntry]:
    """The references and short forms a footnote holds, in order.

    Example:
        >>> [(e.text, e.ditto) for e in find_footnote_entries(
        ...     "3 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922; ders., Gesammelte Aufsätze zur "
        ...     "Religionssoziologie, Tübingen 1920.")][1]
        ('ders., Gesammelte Aufsätze zur Religionssoziologie, Tübingen 1920.', True)
        >>> [(e.text, e.back) for e in find_footnote_entries("4 Ebd., S. 5.")]
        [('Ebd., S. 5.', True)]
    """
    m = _MARKER.match(text)
    start = m.end() if m else 0
    bounds: list[tuple[int, int]] = []
    pos = start
    for cm in _NOTE_CUE.finditer(text, start):
        if cm.start() > pos:
            bounds.append((pos, cm.start()))
        pos = cm.end()
    bounds.append((pos, len(text)))
    out: list[FootnoteEntry] = []
    for a, b in bounds:
        for a2, b2 in _split_works(text, a, b):
            part = text[a2:b2].strip(" \t\n;,")
            entry = _entry(part)
            if entry is not None:
                out.append(entry)
    return out


def _split_works(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Semicolons between references (references._split_semicolons), "; ders.," / "; ebd." always, and a full stop
    before an author-year start ("... S. 84. BMAS (Hg.) (2013): Teilhabebericht ...")."""
    pieces: list[tuple[int, int]] = []
    for a2, b2 in _split_semicolons(text, a, b):
        cut = a2
        breaks = [m for m in _WORK_BREAK.finditer(text, a2, b2)] + \
                 [m for m in _NOTE_BREAK.finditer(text, a2, b2) if _CLOSES.search(text, a2, m.start())]
        for m in sorted(breaks, key=lambda m: m.start()):
            if m.start() >= cut and len(text[cut:m.start()].split()) >= 3:
                pieces.append((cut, m.start()))
                cut = m.end()
        pieces.append((cut, b2))
    return pieces


# a full stop between two references in the note style: "..., Tübingen 1922, S. 3. Jürgen Habermas, Faktizität
# ...": after a year, pages or a bracket, before given names and a surname with a comma
_NOTE_BREAK = re.compile(rf"(?<=\.)\s+(?={_NATURAL}(?:{_SEP}{_NATURAL}){{0,5}}(?:{_ROLE})?\s*[,:]\s)")
_CLOSES = re.compile(rf"(?:{_YEAR}[a-z]?|\d{{1,5}}(?:\s*[-–]\s*\d{{1,5}})?|\bff?|\))\.$")


def _entry(part: str) -> FootnoteEntry | None:
    if not part:
        return None
    ib = _IBID.match(part)
    if ib:
        rest = part[ib.end():]
        if not re.search(r"[^\W\d_]{4,}", re.sub(r"\b(?:S|p|pp|ff?|Anm|n|Sp|para|paras|col)\b\.?", "", rest)):
            return FootnoteEntry(part, back=True)
        part = rest.strip(" ,;.")
    short = _SHORT.match(part) or _SHORT_YEAR.match(part)
    if short:
        return FootnoteEntry(part, back=True, name=short.group("name"), year=short.groupdict().get("year") or "")
    opcit = _TITLE_OPCIT.match(part)
    if opcit:
        return FootnoteEntry(part, back=True, title=opcit.group("title"))
    if _BOILERPLATE.search(part):
        return None
    if _DERS.match(part):
        return FootnoteEntry(part, ditto=True) if looks_like_reference(part) >= 0.3 else None
    if (_PRESS.match(part) and len(part) < 160) or _URL_ONLY.match(part):
        return FootnoteEntry(part)  # a newspaper with its day, or a web page given by its address alone
    if _POINTER.match(part) or _BIOGRAPHY.search(part[:200]):
        return None
    web = _URL_START.match(part)
    if web:  # "Siehe unter: http://www.x.org und ...": the address is the reference, the words after it prose
        return FootnoteEntry(web.group("url").rstrip(".,;"))
    part = _cut_prose(part)
    tail = _PROSE_TAIL.search(part)
    if tail:  # "..., München 2001, die trotz ihres Titels ...": the reference ends before the clause about it
        part = part[:tail.start()]
    if _LOWER_START.match(part):
        return None  # a clause ("1. die Ergebnisse zu berücksichtigen; ..."), not a reference
    if looks_like_reference(part) < (0.3 if re.match(_AUTHOR_YEAR, part) else 0.5) or \
            len(re.findall(r"[^\W\d_]{2,}", part)) < 4 or _is_prose(part):
        return None
    return FootnoteEntry(part)


# a note about a person (authors' biographies set in small type): "Anna Roth, Dr., Projektleiterin ...",
# "Arbeitsschwerpunkte: ...", "is a research fellow at"
_BIOGRAPHY = re.compile(r"^[^,]{3,60},\s*(?:Dr\.|Prof\.|Dipl\.|M\.\s?A\.|PhD\b)|\bArbeitsschwerpunkte?\b|"
                        r"\bForschungsschwerpunkte?\b|\bresearch interests\b|"
                        r"\bwissenschaftliche[r]? Mitarbeiter(?:in)?\b|\b(?:is|was) (?:a |an )?"
                        r"(?:senior |research |associate |assistant )*(?:fellow|professor|lecturer)\b")
# a clause after a reference's year or pages, in lower case: "München 2001, die trotz ihres Titels ...",
# "Berlin 1990, S. 4, wo er zeigt ...", "London 1990, which argues ..."
_PROSE_TAIL = re.compile(r"(?<=\d|\.|\))\s*[,;]\s+(?=(?:die|der|das|dem|den|welche[rsn]?|wo|wobei|hier|dort|dabei|"
                         r"dazu|zudem|jedoch|aber|allerdings|insbesondere|besonders|vor\s+allem|mit|which|who|where|"
                         r"here|especially|but)\s)")
# a part that opens with a web address followed by words: the address alone is taken
_URL_START = re.compile(r"^(?:(?:unter|online|im\s+Internet|abrufbar\s+unter)\s*:?\s*)?"
                        r"(?P<url>(?:https?:?//?|www\.)[^\s]+?)[.,;]?\s+(?=und\b|and\b|sowie\b|[A-ZÄÖÜ])")
# a clause, not a reference: it opens with a function word ("die Ergebnisse zu berücksichtigen", "alle
# Ministerien", "the results"), or with two words in lower case and no year near ("neue Maßnahmen einzuführen");
# lower-case names ("infas (2007):", "taz vom 28.10.1995", "van Dijk") are left to the tests after it
_LOWER_START = re.compile(
    rf"^(?!(?:{_PARTICLE}\s+)+[{_UP}])"
    r"(?:(?:die|der|das|dem|den|des|ein|eine|einer|eines|einem|es|sie|er|wir|ich|man|alle|auch|so|zu|zum|zur|im|"
    r"mit|auf|für|bei|nach|um|aus|wie|wenn|dass|daß|nicht|noch|nur|durch|über|unter|sowie|oder|aber|the|this|"
    r"that|these|it|we|they|and|or|but|on|of|to|for|with|as|by|at|from)\b|"
    rf"[a-zß-ÿ][\w-]*\s+[a-zß-ÿ](?![^\n]{{0,50}}{_YEAR}))")


def _is_prose(part: str) -> bool:
    """A sentence about something, not a reference: verbs and pronouns among its first 25 words (quoted titles
    aside), and no author-like start."""
    if _AUTHORS.match(part) or re.match(rf"^{_SURNAME},\s+{_GIVEN}", part):
        return False
    words = re.sub(r"[\"“„«‘'][^\"”“«»’']{3,}[\"”“»’']", " ", part).split()[:25]
    return len(_PROSE.findall(" ".join(words))) >= 2


_PROSE_LEAD = re.compile(r"(?:\b(?:in|bei|von|nach|durch|siehe|see|by|from|Beispiel|etwa|auch|insbesondere|"
                         r"especially|notably)\s*|:\s*)$|" + _PROSE.pattern, re.I)


def _cut_prose(part: str) -> str:
    """Prose before a reference's first name ("Detaillierte Angaben in Max Weber, ...", "zum Beispiel Gille,
    Martina/...") is left out: the reference starts at the first name after a word that leads to a source ("in",
    "bei", "by", a colon) or after a verb or pronoun."""
    if _AUTHORS.match(part) or _CORPORATE.match(part) or re.match(rf"^{_SURNAME},\s+{_GIVEN}", part):
        return part
    for m in _NAME_START.finditer(part):
        prefix = part[:m.start()]
        if not prefix.strip():
            continue
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


def parse_footnote_reference(raw: str, *, index: int = 0, previous: Reference | None = None) -> Reference:
    """Parse one reference found in a footnote: the note style "Vorname Name, Titel, Ort Jahr" by rules, other
    styles by the general parser. "Ders., Titel ..." takes its authors from previous.

    Example:
        >>> r = parse_footnote_reference("Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.")
        >>> r.authors, r.title, r.place, r.year, r.pages
        ([{'surname': 'Weber', 'given': 'Max'}], 'Wirtschaft und Gesellschaft', 'Tübingen', 1922, '12')
    """
    text = repair_hyphens(_tidy(raw))
    ditto = _DERS.match(text)
    if ditto and previous is not None:
        names = previous.authors or previous.editors
        ref = _parse_note_style(text[ditto.end():], raw=raw, index=index, authors=names,
                                role=bool(ditto.group("role")))
        if ref is None:
            ref = parse_reference(text[ditto.end():], index=index)
            ref.raw = raw
            ref.authors = [dict(a) for a in names]
        return ref
    ref = _parse_note_style(text, raw=raw, index=index)
    if ref is not None:
        return ref
    web = _URL_ONLY.match(text)
    if web:  # a web page given by its address alone: the date it was read is not the year of a work
        return Reference(index=index, raw=raw, url=web.group("url").rstrip(".,;)"), type="web")
    press = _PRESS.match(text)
    if press and not _AUTHORS.match(text):
        ref = Reference(index=index, raw=raw, container=press.group("source").strip(), year=int(press.group("year")),
                        type="article")
        pages = _PAGES.search(text, press.end())
        ref.pages = _page_range(pages) if pages else None
        return ref
    ref = parse_reference(text, index=index)
    ref.raw = raw
    if ref.volume and (vy := re.fullmatch(rf"(\d{{1,3}})\s*/\s*(?:{_YEAR}|\d{{2}})", ref.volume)):
        ref.volume = vy.group(1)  # "4/2005", "05/58": issue number / year of the German journal style
    return ref


def _tidy(text: str) -> str:
    """Spaces some producers put inside the note style: "( Hg.)", "In :", "Fremdarbeiter : Politik"."""
    text = " ".join(text.split())
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([:;,?!])(?=\s)", r"\1", text)
    return re.sub(r"\s+/\s+", "/", text)


def _split_names(names: str) -> list[dict[str, str]]:
    out = []
    for part in re.split(_SEP, names):
        toks = part.split()
        if len(toks) < 2:
            continue
        k = len(toks) - 1
        while k > 1 and re.fullmatch(_PARTICLE, toks[k - 1]):
            k -= 1
        out.append({"surname": " ".join(toks[k:]), "given": " ".join(toks[:k])})
    return out


def _in_container(ref: Reference, tail: str) -> re.Match | None:
    """What follows "In:": a chapter of an edited book, a newspaper or agency with the day of the issue, a journal,
    or another container with its place and year. Sets ref's container, type and what else the tail gives, and
    returns the place-and-year match when the year is still to be taken from it."""
    ed = re.match(rf"^(?P<eds>[^()]{{3,120}}?){_ROLE}\s*[,:]\s*", tail)
    if ed:  # a chapter in an edited book
        ref.editors = _split_names(_tidy(ed.group("eds")))
        rest = tail[ed.end():]
        py = _last_place_year(rest)
        ref.container = _clean_title(rest[:py.start()] if py else _PLACE_PAGES.sub("", rest))
        ref.type = "chapter"
        return py
    jm = _JOURNAL_TAIL.match(tail) or _JOURNAL_NR.match(tail)
    dm = _DATED.match(tail)
    if dm and not jm:  # a newspaper or agency with the day of the issue
        ref.container, ref.year, ref.type = _clean_title(dm.group("source")), int(dm.group("year")), "article"
        return None
    if jm:
        ref.container = _clean_title(jm.group("container"))
        ref.volume = jm.groupdict().get("volume")
        ref.issue = jm.group("issue")
        ref.year = int(jm.group("year"))
        ref.type = "article"
        return None
    py = _last_place_year(tail)
    ref.container = _clean_title(tail[:py.start()] if py else _PLACE_PAGES.sub("", tail))
    ref.type = "chapter" if py and not re.search(r"\d+\s*\(", tail) else "article"
    return py


# the pages, and a place before them, that close a container given without a year: "..., Frankfurt/M., S. 29-68"
_PLACE_PAGES = re.compile(rf"(?:,\s*[{_UP}][\w./-]*(?:\s+(?:a\.\s?M\.|am\s+Main|[{_UP}][\w./-]*)){{0,2}})?"
                          r",\s*(?:S|pp?|Sp)\.\s*\d[^,;]*\.?\s*$")


def _book(ref: Reference, head: str) -> bool:
    """A book: title (with the volume of a multi-volume work), place and year. False when the text has no place
    and year or no title."""
    py = _last_place_year(head)
    if not py:
        return False
    title = head[:py.start()]
    vol = _VOLUME.search(title)
    if vol:  # "Werke, Bd. 29": the volume of a multi-volume book
        ref.volume, title = vol.group(1), title[:vol.start()]
    ref.title = _clean_title(title)
    ref.year, ref.place = int(py.group("year")), py.group("place").strip()
    ref.type = "book"
    return bool(ref.title)


def _parse_note_style(text: str, *, raw: str, index: int, authors: list[dict[str, str]] | None = None,
                      role: bool = False) -> Reference | None:
    """The note style by rules, or None when the text does not follow it closely enough."""
    body = text
    if authors is None:
        m = _AUTHORS.match(text) or _CORPORATE.match(text)
        if not m:
            return None
        authors = _split_names(m.group("names")) if m.re is _AUTHORS else [{"literal": m.group("names").strip()}]
        if not authors:
            return None
        body, role = text[m.end():], bool(m.group("role"))
    else:
        authors = [dict(a) for a in authors]
    # "Klaus Bade (Hg.), Titel": the names edited the work (an edited volume), as the list parser reads them
    ref = Reference(index=index, raw=raw, authors=[] if role else authors, editors=authors if role else [])
    inm = _IN.search(body)
    head, tail = (body[:inm.start()], body[inm.end():]) if inm else (body, "")
    if inm:
        ref.title = _clean_title(head)
        if not ref.title:
            return None
        py = _in_container(ref, tail)
        if ref.year is None and py:
            ref.year, ref.place = int(py.group("year")), py.group("place").strip()
    elif not _book(ref, head):
        return None
    if ref.place and ":" in ref.place:
        ref.place, ref.publisher = (s.strip() for s in ref.place.split(":", 1))
    if ref.year is None:
        y = re.findall(rf"(?<!\d){_YEAR}(?!\d)", tail or head)
        ref.year = int(y[-1]) if y else None
    pages = _PAGES.search(tail or head)
    if pages:
        ref.pages = _page_range(pages)
    elif tail:
        pr = re.search(r"[,)]\s*(\d{1,5})\s*[-–]\s*(\d{1,5})\s*\.?\s*$", tail)
        ref.pages = f"{pr.group(1)}-{pr.group(2)}" if pr else None
    url = re.search(r"https?://\S+|www\.\S+", text)
    ref.url = url.group(0).rstrip(".,;)") if url else None
    return ref


def _page_range(m: re.Match) -> str:
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


def _last_place_year(text: str) -> re.Match | None:
    """The place and year that end a title: the first after a comma or bracket ("..., Berlin 1992"); a year set
    after a word with only a space before it ("Soziologen-Tag Leipzig 1991. Soziologie ...", "Jahrbuch für
    Historische Kommunismusforschung 2004") belongs to the title when a comma-led one follows."""
    found = None
    for m in _PLACE_YEAR.finditer(text):
        if re.match(r"^(?:S|pp?|Nr|No|Bd|Jg|Vol|H)\.?$", m.group("place").strip()):
            continue
        if m.group(0)[:1] in ",(":
            return m  # the first place and year after the title ends it; later ones are pages or reprints
        found = found or m
    return found


# an edition statement after a title: "2. Aufl.", "2. überarb. und erg. Auflage", "3rd ed.", "(2. Aufl.)"
_EDITION = re.compile(r"[,.]?\s*\(?\b\d{1,2}(?:\.|st|nd|rd|th)\s*(?:[\wäöü]+\.?,?\s+(?:und\s+|u\.\s*)?){0,4}"
                      r"\b(?:Aufl\.?|Auflage|Ausg\.?|Ausgabe|ed\.?|edn\.?|edition)\s*\)?\s*$", re.I)


def _clean_title(text: str) -> str | None:
    t = _EDITION.sub("", text.strip(" ,.;:"))
    t = t.strip(" ,.;:")
    t = re.sub(r"^[\"„“'‘«»]+|[\"“”'’«»]+$", "", t).strip(" ,.")
    return t or None


def resolve_back_reference(entry: FootnoteEntry, earlier: list[Reference]) -> Reference | None:
    """The earlier reference a short form repeats: "Ebd." and "Ibid." the one just before, "Weber (Anm. 3)" and
    "Weber, a.a.O." the last one by that author."""
    if not earlier:
        return None
    if entry.title:
        key = re.sub(r"\W+", " ", entry.title).strip().lower()
        for ref in reversed(earlier):
            if key and (key in re.sub(r"\W+", " ", ref.raw).lower()):
                return ref
        return None
    if not entry.name:
        return earlier[-1]
    surnames = {n.strip().lower() for n in re.split(r"/|\bund\b", entry.name)}
    for ref in reversed(earlier):
        names = {a.get("surname", "").lower() for a in ref.authors} | \
            {a.get("surname", "").lower().split()[0] for a in ref.authors if a.get("surname")}
        if surnames & names and (not entry.year or str(ref.year or "") == entry.year):
            return ref
    return None
