"""Where a document appeared: venue name with volume/issue/pages, series numbers, publisher, document kind, and
repository cover sheets and "Suggested citation" blocks.

Rules, each covering a printed convention rather than a file at hand:
- journal lines and running heads: "Journal of X, Vol. 31, No. 3, 2006, pp. 61-74", "X, Vol. 31 — 2006 — No. 3,
  107-126", "X 40 (2015) 4, 110-127", "X (2009) 18:499–509", "X 2/2011: 71-97", "X 17,1: 61-74", "X 5(2)";
- series with numbers: "WZB Discussion Paper SP II 2003-23", "Working Paper 2/2008", "HL Paper 179", "HC 1119",
  "CP 1478", "Methodenbericht 2005/08";
- publishers from imprint lines ("© SAGE Publications", "Verlag Barbara Budrich", "Stationery Office").
A line repeated on several pages (a running head) or sitting at the top or foot of a page counts for more.
The confidences are fixed per rule (how often that rule was right on the development files), not learned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DASH = r"[-–—‒]"
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_PAGES = rf"(\d{{1,5}}\s*{_DASH}\s*\d{{1,5}})"
# (_VOL, _ISSUE and _PP open with a look-ahead at the first characters a match can start with: the scan passes other
# positions at one test, with the same matches)
_VOL = re.compile(r"(?=[vjb\d])(?:\b(?:vol(?:ume)?\.?|jg\.?|jahrgang|bd\.?|band)\s*(\d{1,4})\b|"
                  r"\b(\d{1,4})\.\s*(?:jg|jahrgang)\b)", re.I)
_ISSUE = re.compile(r"(?=[nih№])\b(?:no\.?|nr\.?|issue|heft|number|num\.?|n°|№)\s*"
                    r"(\d{1,3}(?:\s*[-–‒/]\s*\d{1,3})?(?:\s*\(\d+\))?)",
                    re.I)
_PP = re.compile(rf"(?=[ps])(?:\bpp?\.?|\bpages:?|\bS\.)\s*{_PAGES}", re.I)
_COLON_PP = re.compile(rf":\s*{_PAGES}")
_PATTERNS = [  # (name, regex with named groups) - printed journal lines
    ("name vol (year) issue, pages", re.compile(
        rf"^(?P<name>[^\d©]{{3,120}}?)\s+(?P<volume>\d{{1,4}})\s*\((?P<year>\d{{4}})\)\s*(?P<issue>\d{{1,3}})\s*,\s*"
        rf"(?P<pages>\d+\s*{_DASH}\s*\d+)")),
    ("name (year) vol:pages", re.compile(
        rf"^(?P<name>[^\d©]{{3,120}}?)\s*\((?P<year>\d{{4}})\)\s*(?P<volume>\d{{1,4}})\s*:\s*"
        rf"(?P<pages>\d+\s*{_DASH}\s*\d+)")),
    ("name issue/year: pages", re.compile(
        rf"^(?P<name>[^\d©]{{3,120}}?)\s+(?P<issue>\d{{1,2}})\s*/\s*(?P<year>\d{{4}})\s*:\s*"
        rf"(?P<pages>\d+\s*{_DASH}\s*\d+)")),
    ("name vol(issue)", re.compile(
        rf"^(?P<name>[^\d©]{{3,120}}?),?\s+(?P<volume>\d{{1,4}})\s*\((?P<issue>[\d\-–/ ]{{1,7}})\)\s*(?:[,:]\s*"
        rf"(?P<pages>\d+\s*{_DASH}\s*\d+))?")),
    ("name vol,issue: pages", re.compile(
        rf"^(?P<name>[^\d©]{{3,120}}?)\s+(?P<volume>\d{{1,4}})\s*,\s*(?P<issue>\d{{1,3}})\s*:\s*"
        rf"(?P<pages>\d+\s*{_DASH}\s*\d+)")),
]
_SERIES = [  # (venue name or None to keep the printed one, kind, regex)
    ("HL Paper", "report", re.compile(r"\bHL\s+Paper\s+(?P<number>\d{1,4}[\w-]*)")),
    ("House of Commons Paper", "report", re.compile(r"\b(?P<number>HC\s+\d{1,4}(?:-[IVX]+)?)\b")),
    ("Command Paper", "report", re.compile(r"\b(?P<number>(?:CP|Cm|Cmd|Cmnd)\s?\d{3,5})\b")),
    (None, "working-paper", re.compile(
        r"^(?P<name>(?:[\w&.\-]+\s+){0,5}?(?i:working|discussion|occasional|policy|research|briefing)\s+"
        r"(?i:papers?)(?:\s+(?i:series))?)\s*(?i:no\.?|nr\.?|#)?\s*"
        r"(?P<number>(?:[A-Z]{1,4}\s+){0,3}(?:\d{1,4}(?:\s*[/-]\s*\d{1,4})?))\s*$")),
    (None, "report", re.compile(r"^(?P<name>(?:[\w\-]+\s)?[\w\-]*(?:methodenbericht|research report|technical "
                                r"report|report series))\s*(?:no\.?|nr\.?)?\s*"
                                r"(?P<number>\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$",
                                re.I)),
]
_PUBLISHER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*,?\s*)?(?P<name>(?:[A-Z][\w&.'’-]*\s?){1,5}?"
                        r"(?:Publications|Publishing|Press|Verlag|Ltd\.?|GmbH|Inc\.?|Springer(?:-Verlag)?|Elsevier|"
                        r"Wiley|Routledge|SciPress|IEEE)(?:\s+(?:[A-Z][\w.]*\s?){0,3})?)", re.I)
_PUBLISHER_NAMED = re.compile(r"\b(?P<name>(?:His|Her) Majesty'?s Stationery Office|The Stationery Office(?: Limited)?|"
                              r"Verlag\s+(?:[A-Z]\w+\s?){1,3}|Rainer Hampp Verlag)")
# a running citation: "A. (2025). Title. J, 8(87), 143"
_CITED_VENUE = re.compile(r"\)\.\s.{5,200}?[.?!]\s+(?P<name>[A-Z][^.()]{3,100}?),\s*(?P<volume>\d{1,4})\s*"
                          r"\((?P<issue>[\w-]{1,6})\),\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)")
# (a look-ahead at the first characters of its branches lets the scan pass other positions at one test: same matches)
_BOOK = re.compile(r"(?=[(lp])(?:\((?:eds?|hrsg|hg)\.\)|\blncs\b|\blecture notes\b|\bproceedings of\b)", re.I)
_REPORT = re.compile(r"(?=[posi])(?:\bpresented to parliament|\bordered by the house of|\bselect committee\b|"
                     r"\binquiry\b)", re.I)
_NOT_A_VENUE = re.compile(r"^(?:issn|isbn|doi|urn|https?|www\.|retrieved|available|accessed|downloaded|copyright|©|"
                          r"\d)|^(?:[\w ]{0,20}):\s*(?:[\w ]{0,30}) (?:university )?press$", re.I)
_JOURNAL_WORD = re.compile(r"\b(?:journal|review|quarterly|zeitschrift|studies|research|revista|revue|letters|"
                           r"forum|annals|bulletin|spectrum|politics|psychiatry|economics|relations|region)\b", re.I)


@dataclass
class Venue:
    """Where the document appeared: name, details, kind, and confidences and sources per field."""

    name: str | None = None
    info: dict[str, object] = field(default_factory=dict)  # name, volume, issue, pages, number, publisher
    kind: str | None = None
    confidence: dict[str, float] = field(default_factory=dict)
    source: str | None = None


def plausible_venue(name: str | None) -> bool:
    """A venue name, not an identifier, a URL, a place-and-publisher or a sentence.

    Example:
        >>> plausible_venue("ISSN: 2300-2697"), plausible_venue("Historical Social Research")
        (False, True)
    """
    if not name or len(name) > 150 or len(re.findall(r"[^\W\d_]{2,}", name)) < 1:
        return False
    if _NOT_A_VENUE.search(name.strip()):
        return False
    words = name.split()
    return not (len(words) > 6 and sum(w[:1].islower() for w in words) > len(words) / 2)


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:|│-–—")
    name = re.sub(r"^\d{1,5}\s+(?=[^\W\d])", "", name)  # a folio before a running head: "258 Journal of X"
    name = re.sub(r",?\s*(?:vol(?:ume)?\.?|jg\.?)$", "", name, flags=re.I).strip(" ,.")
    return name


def parse_journal_line(text: str) -> dict | None:
    """Venue details of one printed journal line, or None when the line is not one.

    Example:
        >>> parse_journal_line("Historical Social Research, Vol. 31 — 2006 — No. 3, 107-126")
        {'name': 'Historical Social Research', 'volume': '31', 'issue': '3', 'pages': '107-126'}
    """
    if not _DIGIT.search(text):
        return None
    t = _SPACE.sub(" ", text.replace("\u2012", "-")).strip()
    if len(t) > 200:
        return None
    vol, issue, pp = _VOL.search(t), _ISSUE.search(t), _PP.search(t) or _COLON_PP.search(t)
    if vol and (issue or pp or re.search(r"\b(1[89]|20)\d\d\b", t)):
        return _labelled_details(t, vol, issue, pp)
    return _journal_pattern(t)


def _labelled_details(t: str, vol: re.Match, issue: re.Match | None, pp: re.Match | None) -> dict:
    """A line with a labelled volume ("Vol. 31") and an issue, pages or a year: the name before the volume, and
    the pages after "pp." or at the end of the line."""
    name = _clean_name(t[:vol.start()])
    name = name if re.search(r"[^\W\d]{2}", name) else ""
    out = {"name": name or None, "volume": vol.group(1) or vol.group(2),
           "issue": issue.group(1).strip() if issue else None,
           "pages": re.sub(r"\s+", "", pp.group(1)) if pp else None}
    if not pp:
        tail = re.search(rf",\s*{_PAGES}\s*$", t)
        out["pages"] = re.sub(r"\s+", "", tail.group(1)) if tail else None
    return {k: v for k, v in out.items() if v}


# the characters each of _PATTERNS needs (its year or issue in brackets, its slash, its colon before the pages): a
# line without them is not tried on that pattern
_NEEDS = {"name vol (year) issue, pages": "(,", "name (year) vol:pages": "(:", "name issue/year: pages": "/:",
          "name vol(issue)": "(", "name vol,issue: pages": ",:"}


def _journal_pattern(t: str) -> dict | None:
    """A line that one of _PATTERNS matches, whose name reads as a journal's name, not as authors."""
    for label, rx in _PATTERNS:
        if not all(c in t for c in _NEEDS.get(label, "")):
            continue
        m = rx.match(t)
        if m and _JOURNAL_WORD.search(m.group("name")) or (m and len(m.group("name").split()) <= 4
                                                            and m.group("name")[:1].isupper()):
            d = m.groupdict()
            out = {"name": _clean_name(d["name"]), "volume": d.get("volume"), "issue": d.get("issue"),
                   "pages": re.sub(r"\s+", "", d["pages"]) if d.get("pages") else None}
            if out["name"] and not re.search(r"\bet al\b|\b[A-Z]\.\s*(?:,|&|and\b|$)", out["name"]):  # not authors
                return {k: v for k, v in out.items() if v}
    return None


def parse_series_line(text: str) -> tuple[dict, str] | None:
    """A series with its number ("HL Paper 179", "WZB Discussion Paper SP II 2003-23") and the kind it implies.

    Example:
        >>> parse_series_line("Working Paper 14/2008")
        ({'name': 'Working Paper', 'number': '14/2008'}, 'working-paper')
    """
    if not _DIGIT.search(text):
        return None  # every series line carries its number
    t = _SPACE.sub(" ", text).strip()
    if len(t) > 120:
        return None
    for name, kind, rx in _SERIES:
        m = rx.search(t)
        if m:
            printed = _clean_name(m.groupdict().get("name") or "") if name is None else name
            return {"name": printed or None, "number": re.sub(r"\s*([/-])\s*", r"\1", m.group("number").strip())}, kind
    return None


def find_venue(lines: list[str], *, running: set[str] | None = None, citation: dict | None = None) -> Venue:
    """Venue, details and kind from a document's front lines (in reading order, first pages first).

    running holds the lines repeated on several pages (running heads); citation is what a citation block gave.

    Example:
        >>> v = find_venue(["Journal of Social Policy, Vol. 31, No. 3, 2006, pp. 61-74", "A title"])
        >>> v.name, v.info["volume"], v.info["issue"], v.info["pages"], v.kind
        ('Journal of Social Policy', '31', '3', '61-74', 'journal-article')
    """
    running = running or set()
    venue = Venue()
    best = _journal_line(lines, running)
    series = _series_line(lines)
    if citation and citation.get("venue"):
        venue.name, venue.source = citation["venue"], "suggested-citation"
        venue.info["name"] = citation["venue"]
        venue.confidence["venue"] = 0.8
    if best:
        venue.info = {**best[1], **{k: v for k, v in venue.info.items() if k == "name"}}
        if not venue.name:
            venue.name, venue.source = best[1]["name"], best[2]
            venue.confidence["venue"] = round(best[0], 2)
        venue.kind, venue.confidence["kind"] = "journal-article", round(best[0], 2)
    elif series:
        info, kind = series
        venue.info.update({k: v for k, v in info.items() if v})
        if not venue.name and info.get("name"):
            venue.name, venue.source = info["name"], "series-line"
            venue.confidence["venue"] = 0.7
        venue.kind, venue.confidence["kind"] = kind, 0.75
    _text_kind(venue, lines)
    for t in lines:
        m = _PUBLISHER.search(t) or _PUBLISHER_NAMED.search(t)
        if m:
            venue.info["publisher"] = _clean_name(m.group("name"))
            break
    if venue.name:
        venue.info["name"] = venue.name
    venue.info = {k: venue.info.get(k) for k in ("name", "volume", "issue", "pages", "number", "publisher")
                  if venue.info.get(k)}
    return venue


def _journal_line(lines: list[str], running: set[str]) -> tuple[float, dict, str] | None:
    """The best journal line (score, fields, source), else a running head that cites the venue, else None."""
    best: tuple[float, dict, str] | None = None
    for t in lines:
        j = parse_journal_line(t)
        if j and j.get("name") and len(j) >= 3:
            score = 0.6 + 0.1 * (len(j) - 2) + (0.1 if t in running else 0) + (0.1 if _JOURNAL_WORD.search(t) else 0)
            if best is None or score > best[0]:
                best = (min(score, 0.95), j, "journal-line")
    # running heads in reading order (then any not among the lines, sorted): a set's own order changes with the hash
    # seed, and JOSE's running citations differ in their page number from page to page
    seen = [t for t in dict.fromkeys(lines) if t in running]
    for t in seen + sorted(running.difference(seen)):
        m = _CITED_VENUE.search(t)
        if m and best is None:
            best = (0.85, {k: v for k, v in m.groupdict().items() if v}, "running-citation")
    return best


def _series_line(lines: list[str]) -> tuple[dict, str] | None:
    """The first series line (fields, kind), named by the line above when that says "series" or "reihe"."""
    for i, t in enumerate(lines):
        s = parse_series_line(t)
        if s:
            prev = lines[i - 1].strip() if i else ""
            if re.search(r"\b(?:series|reihe)\b", prev, re.I) and not parse_series_line(prev) and len(prev) < 120:
                return ({**s[0], "name": _clean_name(prev)}, s[1])  # "Working Paper Series of the X" above "No. 2"
            return s
    return None


def _text_kind(venue: Venue, lines: list[str]) -> None:
    """The kind from the words of the first 200 lines when no journal or series line gave one."""
    text = "\n".join(lines[:200])
    if venue.kind is None and _BOOK.search(text):
        venue.kind, venue.confidence["kind"] = "book-chapter", 0.6
    if venue.kind is None:
        if _REPORT.search(text):
            venue.kind, venue.confidence["kind"] = "report", 0.6
        else:
            venue.kind, venue.confidence["kind"] = "other", 0.3
