"""In-text citation callouts: author-year ("(Lindsay et al., 2015: 152)", "Lipsky's (1980)") and numeric ("[2-5]").

One Citation per cited work: "(Lindsay, 2005, 2007a, b)" gives three that share a group number. Detection is
regular expressions over brackets, so text broken by layout (line breaks inside a callout, a lost parenthesis, a
missing comma) still parses, while years in running text, dates, tables and counts do not.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from litmine.citations.intext_words import LOWER_STOP as _LOWER_STOP, ORG as _ORG, PLACES as _PLACES
from litmine.citations.intext_words import REJECT as _REJECT, STOP as _STOP, TITLE_WORDS as _TITLE_WORDS
from litmine.models import Citation
from litmine.patterns import char_class

__all__ = ["callout_spans", "find_callouts", "note_callouts", "shared_callout_spans"]

# Letters of the Latin, Greek and Cyrillic scripts, built once: the re module has no \p{Lu}. Written as class bodies
# with ranges (char_class: the same sets, compiled the same), as every callout pattern holds several of them: spelled
# one by one, the re module's parser read 1,100 letters for each [{_L}], some 0.1 s of every ingest's start-up.
_UP_LETTERS = [chr(c) for c in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)) if chr(c).isupper()]
_LO_LETTERS = [chr(c) for c in (*range(0x61, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)) if chr(c).islower()]
_UP = char_class(_UP_LETTERS)
_LO = char_class(_LO_LETTERS)
# with the combining accents: PDF text can hold decomposed letters
_L = char_class([*_UP_LETTERS, *_LO_LETTERS, *map(chr, range(0x300, 0x370))])

# Spacing accents split off by PDF text extraction: "Kamin ´ski", "Lo ¨scher".
_ACCENT = r"\s?[\u00b4\u00a8\u02c6\u02dc\u00b8\u02c7\u02da`]\s?"
_WORD = rf"(?:[dl]['’]\s?)?[{_UP}](?:[{_L}]|['’\-](?=[{_L}])|{_ACCENT}(?=[{_L}]))*"
# Any-case word, for text whose capitals were lost in extraction ("(Shimels & tizazu, 2010)").
_LWORD = rf"(?:[dl]['’]\s?)?[{_L}](?:[{_L}]|['’\-](?=[{_L}]))+"
_PARTICLE = r"(?:[vV]an|[vV]on|de|der|den|del|della|dei|degli|di|da|dal|du|dos|das|la|le|te|ten|ter|zu|zur|bin|ibn|al|el)"
_INITIALS = rf"(?:[{_UP}]\.\s*(?:-\s*)?){{1,3}}"
# Spaces within one line or across one line break, never a blank line: a heading is no author.
_SP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
# An author mark may follow a surname: "Voutov* et al." (equal contribution), "Lee†".
_MARK = r"[*\u2020\u2021]?"
_NAME = rf"(?:{_INITIALS})?(?:{_PARTICLE}{_SP})*{_WORD}(?:{_SP}(?:{_PARTICLE}{_SP})*{_WORD})*{_MARK}"
# Joins between names; lowercase function words only join the words of a corporate name.
_CONNECTORS = r"(?:for|of|on|the|in|to|by|into|with|from|at|under|upon|over|within|between|against|und|für)"
# German abbreviates "und" between two names as "u." ("Müller u. Schmidt 2001", "ROTHER u. TICHY 2000"), a capital
# after it ("u. a." is "et al.": _ETAL)
_U_JOIN = rf"\s+u\.\s+(?=[{_UP}])"
_JOIN = rf"(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*[&/]\s*|{_U_JOIN}|\s+{_CONNECTORS}(?:\s+the)?\s+)"
# "et al.", and in German "u. a." / "und andere" ("Noll u. a. 2009"): "u. a." before a name means "among others"
_ETAL = (r"(?:,?\s+[*_]{0,2}et\.?\s*al(?:ii|\.)?[*_]{0,2}(?![\w])|\s+and\s+(?:colleagues|co-?workers|others)\b"
         r"|\s+u\.\s?a\.|\s+und\s+andere\b)")
_AUTHORS = (rf"(?<![{_L}\d'’\-.])(?P<names>{_NAME}(?:{_JOIN}{_NAME})*)(?P<etal>{_ETAL})?"
            rf"(?:\s*\[[{_UP}]{{2,}}\])?")


# German year texts (case kept: "i. E." is not "i. e."): "im Druck" (in press), "im Erscheinen" / "i. E."
# (forthcoming), "in Vorbereitung" (in preparation), "o. J." (ohne Jahr: no date), as German author-year writing has
# them in the year's place ("(Ott i. E.)", "Ott (im Druck)", "(Weber o. J.: 3)").
_YEAR_TEXT_DE = r"im\s+Druck|im\s+Erscheinen|i\.\s?E\.|in\s+Vorbereitung|o\.\s?J\."


def _year_item(named: bool) -> str:
    """A year with its suffix and pages: "2007a", "2015: 152", "2015, pp. 4-5", "n.d."."""
    g = (lambda n: f"?P<{n}>") if named else (lambda n: "?:")
    year = (rf"(?<!\d[,.])(?<![\d./\-])(?:({g('y')}1[5-9]\d\d|20\d\d)({g('s')}[a-r](?![{_L}]))?"
            r"(?:\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d))?(?![-–/.]\d)"
            rf"|({g('t')}n\.\s?d\.?|no date|undated|forthcoming|in press|in prep(?:aration|\.)?|{_YEAR_TEXT_DE}))"
            rf"(?![{_L}\d%])")
    page = r"(?:\d+(?:\.\d+)*|[ivxlc]+)(?:\s*[-–—]\s*(?:\d+(?:\.\d+)*|[ivxlc]+))?(?:\s?ff?\.?)?(?![\d:])"
    # a page after a comma with no word for it, as author-date styles print it ("(Smith 2005, 12)", German notes'
    # "Mayntz 1983, 5; dies. 1987, 12"): a number of up to four digits that is no year, closing the item
    bare = (r"\s*,\s*(?!(?:1[5-9]|20)\d\d(?!\d))(?=\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s?ff?\.?)?\s*"
            r"(?:[);,\]]|\.(?!\d)|\Z))")
    pages = (rf"(?:\s*[:,]?\s*(?:pp?\.?|pages?|paras?\.?|paragraphs?|¶|ch\.|chap\.?|chapter|S\.|Sp\.)\s*|\s*:\s*|"
             rf"{bare})({g('p')}{page})")
    # further pages after the first, set off by commas ("2001: 234f., 264f.", "1988: 4f., 14"): numbers, never a year
    more = r"(?:\s*,\s*(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?:\s*[-–—]\s*\d+)?(?:\s?ff?\.?)?(?![\w:]))*"
    return rf"{year}(?:{pages}{more})?"


# a year's letter alone after a comma ("Roth 2001a, b"), also closing a sentence ("Vgl. Roth 2001a, b."), not an
# abbreviation's first letter ("2001, a. a. O.", "o. J.", "a. A.", "d. h."): no lower-case word, digit or capital with a
# full stop after its own full stop
_SUFFIX = rf"[a-r](?![{_L}\d])(?!\.[^\S\n]*(?:[{_LO}\d]|[{_UP}]\.))(?!\s+\d)"
_YEARS = rf"{_year_item(False)}(?:\s*(?:,|\band\b|\bund\b|&)\s*(?:{_year_item(False)}|{_SUFFIX}))*"

# not a period written out: "(Boston University, 2009 to 2013)" is when, not whom
_UNIT = re.compile(rf"{_AUTHORS}(?:\s*,\s*|\s+|(?<=\.))(?P<years>{_YEARS})"
                   rf"(?!\s*[{_UP}\d%=]|:\s*\d|\s+(?:to|until|till|through)\s+\d{{4}})")
_LOOSE_UNIT = re.compile(rf"(?<![{_L}\d'’\-.])(?P<names>{_LWORD}(?P<two>\s*(?:&|\band\b)\s*{_LWORD})?)"
                         rf"(?P<etal>{_ETAL})?\s*,\s*(?P<years>{_YEARS})(?!\s*[{_UP}\d%=])")
_LOOSE_TAIL = re.compile(rf"(?<![{_L}\d'’\-.])(?P<names>{_LWORD})(?P<etal>{_ETAL})(?P<poss>['’]s?)?\s*\Z")
_ITEM = re.compile(rf"{_year_item(True)}|(?<=[,&\s])(?P<suf>{_SUFFIX})")
# "Lipsky's (1980)", "Department for Education (DfE) (2010)", "Müller (Hg.) (2004)" (the editor's mark)
_NARRATIVE_TAIL = re.compile(rf"{_AUTHORS}(?P<poss>['’]s?)?(?:\s*\((?:[{_UP}]{{2,}}|Hg\.|Hrsg\.)\))?,?\s*\Z")
_OPEN_YEAR = re.compile(rf"\s*(?P<years>{_YEARS})\s*(?:\)|;|,|:|\Z)")
_PURE_YEARS = re.compile(rf"\s*(?P<years>{_YEARS})\s*\Z")
_BRACKET = re.compile(r"[()\[\]]")
_SEMI = re.compile(r";")
_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIALS_LEAD = re.compile(_INITIALS + r"\s*")
_SPLIT = re.compile(r"\s*,\s*(?:(?:and|und|u\.)\s+|&\s*)?|\s+(?:and|und|u\.)\s+|\s*[&/]\s*")
_LIST_SEP = re.compile(r"\s*,\s*|\s+(?:und|u\.)\s+")
_LAST_WORD = re.compile(rf"(?<![{_L}\d'’\-.]){_WORD}{_MARK}\Z")
_LEAD_PARTICLES = re.compile(rf"({_PARTICLE}){_SP}(?:{_PARTICLE}{_SP})*")
_GERMAN_ETAL = re.compile(r"\s+(?:u\.|und\s)")
_ARTICLES = frozenset(("der", "den", "des", "das", "dem", "zu", "zur"))  # "der Parsons und Shils": German articles
_CONNECTOR = re.compile(rf"\s({_CONNECTORS})\s")
_NAME_CUES = frozenset(("by", "from", "with", "at", "in"))  # "Scale from Mirels & Garrett (1971)"
_PLACE_COLON = re.compile(rf"(?<![{_L}])(?!(?:Sources?|See|Data|Notes?|Adapted|Cited|Quoted|Figure|Table|Cf|Eg|"
                          rf"In|From)\b)[{_UP}][{_L}]+(?:\s[{_UP}][{_L}]+)?:\s*\Z")
_YEARISH = re.compile(r"(?:1[5-9]|20)\d\d|n\.\s?d|undated|no date|forthcoming|in press|in prep|" + _YEAR_TEXT_DE)
_PERIOD = re.compile(r"\s*\d{4}[a-z]?\s*[-–]\s*\d")
_AND = re.compile(r"\band\b|[&/]")
_CAPITALISED_WORD = re.compile(rf"(?<![{_L}])[{_UP}][{_L}]*")
# Before a title, not a name: a subtitle colon, an opening quote, a code ("B2", "L24"), a number within a line
# ("3 Bar (2004)"); a number opening a line is a note's label ("18 Kepplinger (1985)"). A German cue's colon leads to
# a name ("zit. nach: Weber (1922)", "Quelle: Weber 1922", "Siehe:", "Vgl.:"). A straight quote after a
# sentence's full stop closes a quotation ('... des Denkens." Durkheim (1981), S. 23.'): a name may follow.
_TITLE_BEFORE = re.compile(r"(?:(?<!Source)(?<!Sources)(?<!Note)(?<!Notes)(?<!Data)(?<!nach)(?<!Quelle)(?<!Quellen)"
                           r"(?<![Ss]iehe)(?<![Vv]gl\.)(?<!dazu):|[‘“„«‚]|(?<![.!?])[\"']"
                           r"|(?<!\S)[A-Za-z]+\d[\w/.-]*|(?<=[^\s][^\S\n])\d+(?:[/.-]\d+)*)[^\S\n]*\Z")
# Endings of common nouns that no surname has: "Ventilation", "Requirements", "Properties", "Methodology".
_NOUN_ENDING = re.compile(r"(?:tions?|ments|(?:il|iv|ic|os|ar|al|ur)it(?:y|ies)|erties|olog(?:y|ies)|ships?|isms?"
                          r"|ics|ures)\Z")
# German ones, checked in a list of names: "Politik und Verwaltung (2004)", "Staat und Gesellschaft (2004)" ("-ung"
# in 8 letters or more: "Leistung", never "Jung" or "Hartung"). One name keeps them: "Institut der deutschen
# Wirtschaft Köln (2001)" is read as "Wirtschaft Köln", which links.
_GERMAN_NOUN_ENDING = re.compile(r"(?:(?<=\w{5})ung|ungen|ierung|heit|keit|schaft(?:en)?|tät(?:en)?|ismus|politik)\Z")
_LISTED_AFTER_CALLOUT = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\),\s+(?:and\s+)?\Z")
_MONTH_SURNAMES = ("May", "Mai")  # months that are surnames too: a date without a comma ("May 2015")
_LEAD_WORD = re.compile(rf"[^{_L}]*([{_L}.'’]+)")

_NUMERIC = re.compile(r"\[\s*(\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*)"
                      r"\s*\]")
_NUM_ITEM = re.compile(r"(\d{1,3})(?:\s*[-–—]\s*(\d{1,3}))?")
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
# Equations, intervals, indexing and pinpoints in legal text: "Eq. [4]", "x ∈ [1, 2]", "x[3]", "judgment at [4]".
_NUM_BEFORE = re.compile(r"(?:(?:\b(?:eqs?\.|eqn\.?|figs?\.|figure|table|section|chapter|appendix|annex|paras?\.?"
                         r"|paragraph|footnote|fn\.?|page|pp?\.?|at|judgment)|[=∈<>≤≥×+*/^])\s*"
                         r"|(?<![A-Za-z])[A-Za-z]|\w*[_\d]\w*|[)\]])\Z", re.I)
_PARAGRAPH_NUMBER = re.compile(r"[.!?][\"'”’)]?\s+\Z")
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:his|her|their|its|our|my|the|a|an|this|that|these|those|whose)\s+\Z",
                                re.I)
# "COM (2000) 30 final", "HSR 41 (2016) 4": a document number or a volume's year, not a narrative callout
_NUMBER_AFTER = re.compile(r"\s*,?\s*(?:\d+\s*,\s*\d|(?:[Vv]ol|Volume|No)\.?\s*\d)|[^\S\n]+\d+[^\S\n]+[a-z]")
_NOTE_TEXT = re.compile(rf"\s+[{_UP}\d]")
_NUM_AFTER = re.compile(r"[\[(A-Za-z]|[-–]\w|\s*[=×^]")

# Before the first name of a narrative list: an article or a place preposition makes it a noun phrase, not an
# author ("in the Netherlands, Fledderus and Honingh (2016)", "Across Europe, Bovaird and Löffler (2003)").
_NOT_AUTHOR_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|this|that|these|those|across|within|throughout|among|"
                                r"outside|beyond)\s+\Z", re.I)
_YEAR_TEXTS = (("in prep", "in preparation"), ("in vorb", "in preparation"), ("in", "in press"), ("f", "forthcoming"),
               ("im d", "in press"), ("im e", "forthcoming"), ("i.", "forthcoming"))


def find_callouts(text: str) -> list[Citation]:
    """Find every in-text citation callout in a passage's text, one Citation per cited work.

    Author-year callouts may be parenthetical ("(Rees et al, 2014; Whitworth, 2013)") or narrative
    ("Sorensen and Torfing (2018: 394)", "Lipsky's (1980)"); numeric ones are square-bracketed ("[2-5, 9]", one
    Citation per number). Works printed in one bracket share a group number, counted from 1 within the text.

    Example:
        >>> [(c.surface, c.authors, c.year, c.pages) for c in find_callouts("as shown (Lindsay et al, 2015: 152).")]
        [('Lindsay et al, 2015: 152', ['Lindsay'], 2015, '152')]
    """
    found: list[tuple[int, list[Citation]]] = []  # (order key, citations of one group)
    for kind, start, end, pieces in _segments(text):
        if kind == "[" and end is not None:
            nums = _numeric(text, start, end)
            if nums is not None:
                found.append((start, nums))
                continue
        group: list[Citation] = []
        if kind == "(" and start is not None:
            group = _narrative(text, start, end, pieces)
        if not group and (start is None or end is None):
            group = _unmatched(text, pieces, closing=start is None)
        elif not group:
            for a, b in pieces:
                group.extend(_parenthetical(text, a, b))
        if group:
            found.append((group[0].start, group))
    found.sort(key=lambda g: g[0])
    out: list[Citation] = []
    taken: list[tuple[int, int]] = []
    n = 0
    for _, group in found:
        kept = [c for c in group if not any(c.start < e and s < c.end for s, e in taken)]
        if not kept:
            continue
        n += 1
        for c in kept:
            c.group = n
            taken.append((c.start, c.end))
        out.extend(kept)
    out.sort(key=lambda c: (c.start, c.end))
    return out


# text -> the (start, end) of its callouts, within shared_callout_spans: spans (tuples of ints), never the Citation
# objects, which the citation pipeline goes on to change (and two passages with equal text must not share)
_SHARED = threading.local()


@contextmanager
def shared_callout_spans():
    """Within it, `callout_spans` of a text that find_callouts already ran over (noted by `note_callouts`, or an
    earlier `callout_spans`) is not searched again: an ingest worker's citations and topic pieces of a document
    (about a quarter of the pieces' cost). Per thread; forgotten on leaving the outermost one.

    Example:
        >>> with shared_callout_spans():
        ...     note_callouts("as shown (Lindsay, 2015).", find_callouts("as shown (Lindsay, 2015)."))
        ...     callout_spans("as shown (Lindsay, 2015).")
        ((10, 23),)
    """
    outer = getattr(_SHARED, "spans", None)
    if outer is None:
        _SHARED.spans = {}
    try:
        yield
    finally:
        if outer is None:
            _SHARED.spans = None


def note_callouts(text: str, found: list[Citation]) -> None:
    """Remember the spans of find_callouts(text) (called before the citations are changed) for `callout_spans`,
    within `shared_callout_spans`; nothing outside it."""
    spans = getattr(_SHARED, "spans", None)
    if spans is not None:
        spans[text] = tuple((c.start, c.end) for c in found)


def callout_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each of find_callouts(text), in its order; looked up within `shared_callout_spans`."""
    spans = getattr(_SHARED, "spans", None)
    if spans is not None and (known := spans.get(text)) is not None:
        return known
    found = tuple((c.start, c.end) for c in find_callouts(text))
    if spans is not None:
        spans[text] = found
    return found


def _segments(text: str) -> Iterator[tuple[str, int | None, int | None, list[tuple[int, int]]]]:
    """Yield (kind, open, close, pieces) per bracket: pieces are the spans inside it outside nested parentheses.

    An unmatched "(" runs to the next bracket or 300 characters; an unmatched ")" starts after the previous
    bracket or 300 characters back: layout often drops one side of a callout at a page or column break.
    """
    stack: list[tuple[str, int, list[tuple[int, int]]]] = []
    last = 0
    for m in _BRACKET.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "([":
            stack.append((ch, i, []))
        else:
            want = "(" if ch == ")" else "["
            j = len(stack) - 1
            while j >= 0 and stack[j][0] != want:
                j -= 1
            if j < 0:
                if ch == ")" and not stack:
                    a = max(last, i - 300)
                    yield "(", None, i, [(a, i)]
            else:
                kind, o, nested = stack[j]
                del stack[j:]
                if kind == "(" and stack:
                    stack[-1][2].append((o, i + 1))
                yield kind, o, i, _pieces(o + 1, i, nested)
        last = i + 1
    for k, (kind, o, nested) in enumerate(stack):
        if kind == "(":
            end = stack[k + 1][1] if k + 1 < len(stack) else min(len(text), o + 300)
            yield "(", o, None, _pieces(o + 1, end, [s for s in nested if s[1] <= end])


def _unmatched(text: str, pieces: list[tuple[int, int]], *, closing: bool) -> list[Citation]:
    """Callouts beside a bracket whose partner was lost: each ";"-part from the bracket on must be wholly a callout,
    so running text beside a stray bracket gives nothing."""
    parts = [part for a, b in pieces for part in _split_parts(text, a, b)]
    out: list[Citation] = []
    for pa, pb in reversed(parts) if closing else parts:
        units = _units(text, pa, pb)
        if not units or text[units[-1].end:pb].strip(" \t\n.,") or \
                (not closing and text[pa:units[0].start].strip()):
            break
        out = units + out if closing else out + units
    return out


def _pieces(a: int, b: int, nested: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in sorted(nested):
        if s > a:
            out.append((a, s))
        a = max(a, e)
    if b > a:
        out.append((a, b))
    return out


def _numeric(text: str, start: int, end: int) -> list[Citation] | None:
    """Citations of a numeric bracket "[2-5, 9]", or None when it is not one (an interval, an index, a count)."""
    m = _NUMERIC.fullmatch(text, start, end + 1)
    if not m or _THOUSANDS.search(m.group(1)):
        return None
    if _NUM_BEFORE.search(text, max(0, start - 20), start) or _NUM_AFTER.match(text, end + 1):
        return None
    if not text[:start].strip() and _NOTE_TEXT.match(text, end + 1):
        return None  # "[1] The maximum pitch ...": the label of a note or of a list entry
    if not text[end + 1:].strip() and _PARAGRAPH_NUMBER.search(text, 0, start):
        return None  # "... as they said. [13]" closing a paragraph: its number, as some journals print
    out = []
    for it in _NUM_ITEM.finditer(text, m.start(1), m.end(1)):
        lo = int(it.group(1))
        hi = int(it.group(2)) if it.group(2) else lo
        if lo == 0 or hi < lo or hi - lo > 50:
            return None
        for n in range(lo, hi + 1):
            out.append(Citation(start=it.start(), end=it.end(), surface=it.group(), style="numeric", numbers=[n]))
    return out


def _narrative(text: str, start: int, end: int | None, pieces: list[tuple[int, int]]) -> list[Citation]:
    """Citations of "Name (2018: 394)", "Lipsky's (1980)", "Lindsay (2007a, 2007b; see also Kerr, 2012)"."""
    if not pieces or pieces[0][0] != start + 1:
        return []
    a, b = pieces[0]
    parts = _split_parts(text, a, b)
    m = _OPEN_YEAR.match(text, parts[0][0], parts[0][1])
    if not m or (end is not None and _NUMBER_AFTER.match(text, end + 1)) or _PERIOD.match(text, m.start("years")):
        return []  # "Public Health (2006) 120, 27-32" is a reference; "Germany (1945–2020)" a period
    tail = _NARRATIVE_TAIL.search(text, max(0, start - 160), start) or \
        _LOOSE_TAIL.search(text, max(0, start - 60), start)
    if not tail:
        return []
    names = _names(text, tail, narrative=True)
    if names is None:
        return []
    first, authors = names
    et_al = bool(tail.group("etal"))
    out = _items(text, m.start("years"), m.end("years"), first, authors, et_al, narrative=True)
    for pa, pb in parts[1:]:
        pure = _PURE_YEARS.match(text, pa, pb)
        if pure:
            out.extend(_items(text, pure.start("years"), pure.end("years"), None, authors, et_al, narrative=True))
        else:
            out.extend(_units(text, pa, pb))
    if len(out) == 1 and end is not None and not text[out[0].end:end].strip():
        out[0].end = end + 1
        out[0].surface = text[out[0].start:out[0].end]
    for a2, b2 in pieces[1:]:
        out.extend(_parenthetical(text, a2, b2))
    return out


def _parenthetical(text: str, a: int, b: int) -> list[Citation]:
    """Citations of "(see Kerr, 2012; cf. Baird, 2014)"; a part of years only ("(Hood, 1991; 1995)") continues
    the previous authors."""
    out: list[Citation] = []
    for pa, pb in _split_parts(text, a, b):
        units = _units(text, pa, pb)
        if not units and out:
            pure = _PURE_YEARS.match(text, pa, pb)
            if pure:
                prev = out[-1]
                units = _items(text, pure.start("years"), pure.end("years"), None, prev.authors, prev.et_al,
                               narrative=False)
        out.extend(units or _loose_units(text, pa, pb) or _group_unit(text, pa, pb))
    return out


# APA conventions for a part that is wholly one work: a group author printed with its article and in lower case
# ("The pandas development team, 2020"), and a work without author cited by its title in quotes ("“Open Data,”
# n.d.").
_GROUP_UNIT = re.compile(rf"\s*(?:(?P<names>The\s+(?:[{_L}\d\-]+\s+){{0,4}}(?:team|developers|contributors|"
                         rf"community|project|consortium|collaboration|group))|(?P<quote>[\"“‘])(?P<title>"
                         rf"[{_UP}][^\"“”‘’()]{{2,80}}?),?[\"”’])\s*,?\s*(?P<years>{_YEARS})\s*\Z")


def _group_unit(text: str, a: int, b: int) -> list[Citation]:
    m = _GROUP_UNIT.match(text, a, b)
    if not m:
        return []
    first, name = (m.start("names"), m.group("names")) if m.group("names") else (m.start("quote"), m.group("title"))
    return _items(text, m.start("years"), m.end("years"), first, [_WS.sub(" ", name)], False, narrative=False)


def _loose_units(text: str, a: int, b: int) -> list[Citation]:
    """Units whose names lost their capitals: only with "et al.", two names, or alone at the part's start."""
    out = []
    for m in _matches(_LOOSE_UNIT, text, a, b):
        first = m.group("names").split()[0].lower()
        if first in _LOWER_STOP:
            continue
        if not (m.group("etal") or m.group("two")) and (text[a:m.start()].strip() or len(first) < 4):
            continue
        names = _names(text, m, narrative=False)
        if names:
            out.extend(_items(text, m.start("years"), m.end("years"), names[0], names[1], bool(m.group("etal")),
                              narrative=False))
    return out


def _split_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The ";"-separated parts of text[a:b] as spans."""
    out = []
    for m in _SEMI.finditer(text, a, b):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, b))
    return out


def _units(text: str, a: int, b: int) -> list[Citation]:
    """Author-year units in one ";"-separated part of a bracket: "see Kerr, 2012", "Hood 1991, Osborne 2006"."""
    out = []
    for m in _matches(_UNIT, text, a, b):
        names = _names(text, m, narrative=False)
        if names is None:
            continue
        first, authors = names
        if len(authors) == 1 and authors[0] in _MONTH_SURNAMES and "," not in text[m.end("names"):m.start("years")]:
            continue  # "(May 2015)", "(Mai 2015)" are dates, "(May, 2015)" a citation
        if _PLACE_COLON.search(text, max(a, first - 40), first):
            continue  # "(London: Hurst, 2022)": the publisher of a reference in a note
        out.extend(_items(text, m.start("years"), m.end("years"), first, authors, bool(m.group("etal")),
                          narrative=False))
    return out


def _matches(pattern: re.Pattern, text: str, a: int, b: int) -> Iterator[re.Match]:
    """pattern's matches in text[a:b], searched only near years: a long run of capitalised words without a year
    would otherwise cost time quadratic in its length."""
    lo = hi = -1
    for y in _YEARISH.finditer(text, a, b):
        if y.start() - 300 > hi >= 0:
            yield from pattern.finditer(text, lo, hi)
            lo = -1
        if lo < 0:
            lo = max(a, y.start() - 300)
        hi = min(b, y.end() + 200)
    if lo >= 0:
        yield from pattern.finditer(text, lo, hi)


def _names(text: str, m: re.Match, *, narrative: bool) -> tuple[int, list[str]] | None:
    """The start offset of the first real name and the author surnames, or None when these are no authors."""
    a, b = m.span("names")
    raw = text[a:b]
    p = _german_start(raw, m.group("etal"))
    if p is None:
        p = _narrative_start(text, a, raw) if narrative else 0
    if p is None:
        return None
    p = _skip_lead_words(raw, p)
    raw = raw[p:]
    if not raw or (raw in _STOP and not (m.group("etal") and not narrative)):
        return None  # "He et al. 2014" is a name, "In (2014)" is not
    if narrative:
        raw = _POSSESSIVE.sub("", raw)
    authors = _split_names(raw)
    if not authors:
        return None
    if narrative and len(authors) > 1:
        p, authors = _drop_lead_noun(text, a + p, raw, authors)
        p -= a
    if any(_not_a_name(name) for name in authors):
        return None
    if narrative and _title_like(text, a + p, authors, bool(m.group("etal"))):
        return None
    return a + p, authors


def _narrative_start(text: str, a: int, raw: str) -> int | None:
    """Where the names of a narrative citation start in raw (the words before the bracket, at offset a of text),
    or None when the words are a title. "Review of Lindsay (2005)" and "In Scotland, Lindsay (2005)": keep the name
    next to the bracket unless the words form an organisation's name or a list of authors."""
    p = 0
    if not set(_WS.split(raw)) & _ORG:
        cut = None
        for cut in _CONNECTOR.finditer(raw):
            p = cut.end()
        capitals = [w for w in _CAPITALISED_WORD.findall(raw, 0, p) if w not in _STOP]
        # "the notebooks of Müller & Rosenzweig (2022)": an ampersand after a last "of" joins authors
        if cut and cut.group(1) not in _NAME_CUES and not (cut.group(1) == "of" and "&" in raw[p:]) and (
                len(capitals) >= 2 or _TITLE_BEFORE.search(text, max(0, a - 12), a)):
            return None  # a title: "Guide to Good Practice for Local Exhaust Ventilation (2020)"
    if "," in raw[p:] and not _AND.search(raw, p):
        p = raw.rindex(",") + 1
    return p


def _und_list(raw: str) -> bool:
    """German "und" joins persons' names ("Fahr und Sunde", "Fahr, Sunde und Noll") when no other connector and no
    organisation's word make the words one corporate name ("Bundesministerium für Arbeit und Soziales")."""
    return bool(re.search(r"\bund\s|\su\.\s", raw)) and \
        {m.group(1) for m in _CONNECTOR.finditer(f" {raw} ")} <= {"und"} and not set(raw.split()) & _ORG


def _german_start(raw: str, etal: str | None) -> int | None:
    """Where the names of a German author list start in raw, or None when raw is none ("und" joining names, "u. a."
    or "und andere"): its first name is the last word before the list's first comma or "und", since German
    capitalises nouns ("Die Studie von Fahr und Sunde", "Herleitung Noll u. a."), with the particles before it
    only when they open raw and are no article ("van Ours und Ridder"; "der Parsons und Shils" starts at Parsons)."""
    if not (_und_list(raw) or (etal and _GERMAN_ETAL.match(etal))):
        return None
    sep = _LIST_SEP.search(raw)
    last = _LAST_WORD.search(raw, 0, sep.start() if sep else len(raw))
    if not last:
        return 0
    lead = _LEAD_PARTICLES.fullmatch(raw, 0, last.start())
    return 0 if lead and lead.group(1) not in _ARTICLES else last.start()


def _not_a_name(name: str) -> bool:
    """A word that is never a surname at either end, a single letter or place (after "von" too: "Ausnahme von
    Finnland (2003)", where "von" is the preposition, not a particle), or a date ("12 May")."""
    words = name.split()
    return words[0] in _REJECT or words[-1] in _REJECT or (len(words) == 1 and (len(name) == 1 or name in _PLACES)) \
        or (len(words) > 1 and words[-1] in _MONTH_SURNAMES) or \
        (len(words) > 1 and words[-2] in ("von", "van", "de") and words[-1] in _PLACES)


def _drop_lead_noun(text: str, start: int, raw: str, authors: list[str]) -> tuple[int, list[str]]:
    """Drop the first name of a narrative list when it is a place or a noun phrase set off by a comma: "the
    Netherlands, Fledderus and Honingh (2016)" cites Fledderus and Honingh. Returns the new start and names.

    Covers a first item that is a known place, or that follows an article or a place preposition ("the", "across");
    a list of persons ("Smith, Jones and Brown (2016)") is kept whole. The linker checks what is left against the
    reference list (link.py retries without a first name no reference has)."""
    first = authors[0]
    head = raw.lstrip()
    if not head.startswith(first) or not head[len(first):].lstrip().startswith(","):
        return start, authors
    if not (set(first.split()) & _PLACES or _NOT_AUTHOR_BEFORE.search(text, max(0, start - 12), start)):
        return start, authors
    nxt = raw.find(authors[1], raw.index(",", raw.index(first) + len(first)))
    return (start + nxt, authors[1:]) if nxt >= 0 else (start, authors)


def _title_like(text: str, start: int, authors: list[str], et_al: bool) -> bool:
    """True when the words before "(2016)" read as a document's title, not authors: "Guidance Note: Anchor
    Selection (1995)", "CIBSE Guide B2 Ventilation and Ductwork (2016)", "‘Specification and Practice’ (2012)"."""
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return True
    if any(w in _TITLE_WORDS for name in authors for w in name.split()):
        return True
    words = [w for name in authors if not set(name.split()) & _ORG for w in name.split() if w[:1].isupper()]
    if any(_NOUN_ENDING.search(w) or (len(authors) > 1 and _GERMAN_NOUN_ENDING.search(w)) for w in words):
        return True
    if len(authors) > 1 or et_al:
        return False
    if authors[0] in _ORG:
        return True  # "the fifth Parliament (1999–2004)": an institution, not a cited work
    # "his Postwar (2005)", "Iain Duncan Smith Review Board (2010)": a person's name is short and has no article,
    # unless it is an item of a list of narrative callouts ("Beam Guru (2019), Steel Beam Calculator (2019)")
    if not words or _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return bool(words)
    return len(words) >= 3 and not _LISTED_AFTER_CALLOUT.search(text, max(0, start - 16), start)


def _skip_lead_words(raw: str, p: int) -> int:
    """The offset of the first name after sentence words ("In", "However,", "See", "and") that open raw[p:]."""
    while True:
        m = _LEAD_WORD.match(raw, p)
        if not m:
            return p
        word = m.group(1).replace(".", "")
        if not ((word in _STOP and raw[m.end():].strip(" ,.")) or word == "and" or _CONNECTOR.match(f" {word} ")):
            return m.start(1)
        p = m.end()


def _split_names(raw: str) -> list[str]:
    """Surnames of an author list; an organisation's name ("Department for Work and Pensions") stays whole."""
    raw = _WS.sub(" ", re.sub(r"[*\u2020\u2021]", "", raw)).strip(" ,")
    if (_CONNECTOR.search(f" {raw} ") and not _und_list(raw)) or set(raw.split()) & _ORG:
        return [raw]
    out = []
    for part in _SPLIT.split(raw):
        initials = _INITIALS_LEAD.match(part)  # "S. E. de Vries": the initials are not the surname
        if initials and initials.end() < len(part):
            part = part[initials.end():]
        if part.strip():
            out.append(part.strip())
    return out


def _items(text: str, a: int, b: int, first: int | None, authors: list[str], et_al: bool, *,
           narrative: bool) -> list[Citation]:
    """One Citation per year in a year list; the first one's surface starts at the authors."""
    out: list[Citation] = []
    last_year: int | None = None
    for it in _ITEM.finditer(text, a, b):
        if it.group("suf"):
            if last_year is None:
                continue
            year, suffix, year_text, pages = last_year, it.group("suf"), None, None
        else:
            year = int(it.group("y")) if it.group("y") else None
            suffix = it.group("s") or ""
            year_text = _year_text(it.group("t")) if it.group("t") else None
            pages = _WS.sub("", it.group("p")).replace("–", "-").replace("—", "-") if it.group("p") else None
            last_year = year
        s = first if first is not None and not out else it.start()
        out.append(Citation(start=s, end=it.end(), surface=text[s:it.end()], authors=list(authors), et_al=et_al,
                            year=year, year_suffix=suffix, year_text=year_text, pages=pages, narrative=narrative))
    return out


def _year_text(raw: str) -> str:
    low = raw.lower()
    return next((norm for head, norm in _YEAR_TEXTS if low.startswith(head)), "n.d.")
