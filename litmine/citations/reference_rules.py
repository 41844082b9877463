"""Rules that turn labelled spans of a reference string into clean fields: names, year, pages, volume, type."""

from __future__ import annotations

import re

from litmine.citations.reference_heuristics import repair_labels, runs
from litmine.citations.reference_model import DOI_BODY
from litmine.citations.reference_names import is_corporate, parse_names

_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "−": "-"})
_EDGE = " \t\n.,;:/*_|+"
_QUOTE_CHARS = "'\"‘’“”„‚«»‹›`´"

_YEAR = re.compile(r"(?<![\d/.])(1[5-9]\d\d|20\d\d)(?:\s*[-–/]\s*(?:\d{2,4}))?([a-z])?(?![\d])")
_YEAR_TEXT = re.compile(r"\b(n\.\s?d\.?|no date|forthcoming|in press|in print|im druck|im erscheinen|in vorbereitung|"
                        r"o\.\s?j\.?|s\.\s?d\.|sans date|to appear|under review|submitted|undated)", re.I)
_PAGES = re.compile(r"([A-Za-z]?\d+[a-z]?)(?:\s*[-‐‑–—‒]+\s*([A-Za-z]?\d+[a-z]?))?")
_PAGE_WORDS = re.compile(r"^(?:pp?|pages?|pgs?|pag|págs?|seiten?|s|ss|sp|at)\b\.?\s*", re.I)
_VOLUME_WORDS = re.compile(r"\b(?:vol(?:ume)?s?|bd|band|jg|jahrgang|tome|t|tomo|v|vyp)\b\.?", re.I)
_ISSUE_WORDS = re.compile(r"\b(?:no|nos|nr|num|number|issue|iss|heft|h|n|fasc|n°|nº|№)\b\.?|[n№][°º]|№", re.I)
_DOI = re.compile(DOI_BODY)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I)
_LEADING_IN = re.compile(r"^\s*(?:in|dans|en|im)\b\s*:?\s*", re.I)
# a book's editors before its title in a chapter's "in:": a name (a person, an institution) with "(Hg.)",
# "(Hrsg.)", "(eds.)", or "ders." / "dies." (the same author(s)), then "," or ":" (the German convention)
_EDITOR_LEAD = re.compile(r"^(?:[^()]{2,120}?\s*\((?:Hg|Hgg|Hrsg|eds?|Eds?)\.?\)|(?:[Dd]ers|[Dd]ies|[Dd]ens)\.?"
                          r"(?:\s*\((?:Hg|Hrsg|eds?)\.?\))?)\s*[,:.]?\s+(?=\S)")
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_CONTAINER_TAIL = re.compile(r"[\s,;:]+(?:nr|no|nos|vol|heft|h|jg|bd|band|jahrgang|vom|v|am|s|pp|num|issue|"
                             r"herbst|frühjahr|sommer|winter|spring|summer|autumn|fall)\.?(?:\s*\d[\d./-]*)?\s*$",
                             re.I)
_EDITION = re.compile(r"[,.;]?\s*\(?\b(?:\d+(?:st|nd|rd|th|d|\.)?|first|second|third|fourth|fifth|revised|rev\.|"
                      r"new|updated|expanded|neu bearb\.)\s+(?:and\s+\w+\s+)?(?:edn|ed|edition|aufl|auflage|éd|"
                      r"édition)\b\.?\)?\s*$", re.I)
_SERIES = re.compile(
    r"^(?P<name>.*?\b(?:working|discussion|occasional|research|policy|briefing|conference|position|background|"
    r"technical|staff|study|statistical|information)\s+papers?\b.*?|.*?\b(?:series|schriftenreihe|reihe|"
    r"schriften|arbeitspapiere?|diskussionspapiere?|rapport|reports?\s+series|papers)\b.*?)"
    r"(?:[,\s]*(?:no|nr|nos|number|#|vol)?\.?\s*(?P<number>[A-Z]{0,4}\s?\d[\w./-]*))?$", re.I)


def clean_text(text: str | None) -> str | None:
    """Strip surrounding punctuation, quotes and emphasis marks; collapse spaces. None when nothing is left."""
    if not text:
        return None
    t = " ".join(text.split())
    for _ in range(3):
        t = t.strip(_EDGE)
        if not t:
            return None
        if len(t) >= 2 and t[0] in _QUOTE_CHARS and t[-1] in _QUOTE_CHARS:
            t = t[1:-1]
        elif t[:1] in _QUOTE_CHARS and t.count(t[0]) == 1 and not _is_apostrophe(t, 0) and \
                _CLOSING_QUOTE.get(t[0], t[0]) not in t[1:]:  # '“Open” data in classrooms' keeps its quote
            t = t[1:]
        elif t[-1:] in _QUOTE_CHARS and not _is_apostrophe(t, len(t) - 1):
            t = t[:-1]
        if t[:1] in "([" and t.count("(") + t.count("[") > t.count(")") + t.count("]"):
            t = t[1:]
        if t[-1:] in ")]" and t.count(")") + t.count("]") > t.count("(") + t.count("["):
            t = t[:-1]
    t = t.strip(_EDGE + "(")
    return t or None


_CLOSING_QUOTE = {"“": "”", "‘": "’", "„": "“", "«": "»", "‚": "‘", "»": "«"}


def _is_apostrophe(t: str, i: int) -> bool:
    ch = t[i]
    if ch not in "'’":
        return False
    before = t[i - 1] if i > 0 else " "
    after = t[i + 1] if i + 1 < len(t) else " "
    return before.isalpha() and (after.isalpha() or (after == " " and before in "sS" and i == len(t) - 1))


def clean_container(text: str | None) -> str | None:
    """A container name without the "In:" that introduces it, nor a trailing date or "Nr." / "Vol." cue."""
    t = clean_text(text)
    if t and _LEADING_IN.match(t):
        t = clean_text(_LEADING_IN.sub("", t, count=1))
    if t and (lead := _EDITOR_LEAD.match(t)) and re.search(r"[^\W\d_]{2,}\W+[^\W\d_]{2,}", t[lead.end():]):
        t = clean_text(t[lead.end():])  # the book after its editors: "Akademie für X (Hg.), Handbuch", "ders., Werke"
    if t:
        m = _DATE.search(t)
        t = t[:m.start()] if m and m.start() > 0 else t
        for _ in range(2):
            t = _CONTAINER_TAIL.sub("", t)
        t = clean_text(t)
    if t and not re.search(r"[^\W\d_]{2}", t):
        return None
    return t


_GENRE_TAIL = re.compile(
    r"(?:[.,;]\s+|\s+[(\[]|[\s–—-]+(?=edited))"
    r"(?=[^.]{0,60}?\b(?:thesis|dissertation|thèse|diss\.|doctoral|ph\.d\.|"
    r"master'?s?|manuscript|mimeo|unpublished|unveröff|paper (?:presented|prepared|for)|presented at|"
    r"lecture|edited by|online|internet|available|retrieved|accessed|abgerufen|abrufbar)\b)", re.I)


_INNER_QUOTE_GOES_ON = re.compile(r"\s+(?!(?:in|im|en|dans|ed|eds|edited|hrsg|pp?|and|und|available|retrieved|"
                                  r"accessed|online|unpublished|forthcoming|mimeo|paper|presented|working|thesis|"
                                  r"diss|ms|vol|no|nr)\b)[a-zà-ÿ]")


def _trim_title(raw: str, start: int, title: str) -> tuple[str, str]:
    """Drop what the tagger let run on after a title: the rest after its closing quote, "[online]",
    ". PhD thesis", ", Paper presented at ...". Returns the title and what followed its closing quote."""
    opener = raw[start - 1] if start > 0 else ""
    closer = {"“": "”", "‘": "’", '"': '"', "'": "'", "„": "“", "«": "»", "‚": "‘"}.get(opener)
    rest = ""
    if closer:
        m = re.search(rf"(?<=[^\s]){re.escape(closer)}(?=[,.;]?\s)", title)
        # '"Why do they leave?" Exit, voice and loyalty revisited': a quoted question opening the title, with no
        # punctuation after its quote, goes on as the title
        if m and title[m.start() - 1] in "?!" and title[m.end():m.end() + 1] not in ",.;":
            m, title = None, opener + title
        # '"Open" data in classrooms: A review': a quoted word or two opening the title, the title going on in
        # lower case with no punctuation after the quote (not "'Title' in: …", "'Title' edited by …")
        elif m and _INNER_QUOTE_GOES_ON.match(title, m.end()) and len(title[:m.start()].split()) <= 3:
            m, title = None, opener + title
        if m and title[m.end():].strip(" ,.;:"):
            title, rest = title[:m.start()], title[m.end():]
    m = _GENRE_TAIL.search(title)
    if m and len(title[:m.start()].split()) >= 2:
        title = title[:m.start()]
    return title, rest


def parse_year(text: str | None) -> tuple[int | None, str, str | None]:
    """Year, its suffix letter and the non-numeric year text ("n.d.", "forthcoming") of a date span.

    Example:
        >>> parse_year("(2007a)")
        (2007, 'a', None)
    """
    if not text:
        return None, "", None
    m = _YEAR.search(text)
    if m:
        return int(m.group(1)), m.group(2) or "", None
    m = _YEAR_TEXT.search(text)
    if m:
        return None, "", _canonical_year_text(m.group(1))
    return None, "", None


def _canonical_year_text(text: str) -> str:
    key = re.sub(r"[\s.]", "", text.lower())
    return {"nd": "n.d.", "oj": "o.J.", "sd": "s.d.", "ie": "i. E."}.get(key, " ".join(text.lower().split()))


def parse_pages(text: str | None) -> str | None:
    """A page or page range from a pages span, dashes normalised: "pp. 152–167." → "152-167"."""
    if not text:
        return None
    t = _PAGE_WORDS.sub("", text.strip(" .,;:()[]").translate(_DASHES)).strip()
    m = _PAGES.search(t)
    if not m:
        return None
    return m.group(1) + ("-" + m.group(2) if m.group(2) else "")


def parse_volume(volume: str | None, issue: str | None) -> tuple[str | None, str | None]:
    """Volume and issue from their spans: ("41(6)", None) → ("41", "6"); ("Vol. 12, No. 3", None) → ("12", "3");
    ("17,1", None) → ("17", "1")."""
    vol = iss = None
    if volume:
        v = volume.translate(_DASHES)
        m = re.fullmatch(r"\s*(?:vol\.?\s*)?(\d{1,4})\s*[,.]\s*(\d{1,3})\s*[.,:;]?\s*", v, re.I)
        if m and not issue:
            return m.group(1), m.group(2)  # "17,1: 61-74" and MLA's "17.1": volume 17, issue 1
        m = re.search(r"\(([^()]+)\)", v)
        if m and re.search(r"\d", v[:m.start()]):
            iss = iss or _issue_number(m.group(1))
            v = v[:m.start()]
        parts = re.split(_ISSUE_WORDS, v, maxsplit=1)
        if len(parts) == 2 and re.search(r"\d", parts[0]):
            iss = iss or _number(parts[1])
            v = parts[0]
        vol = _number(_VOLUME_WORDS.sub(" ", v))
    if issue:
        iss = _issue_number(issue) or iss
    return vol, iss


def _issue_number(text: str) -> str | None:
    """An issue number; a supplement keeps its word ("Suppl 1"), as journals and Crossref print it."""
    m = re.match(r"\W*suppl(?:ement)?\.?\s*(\d{1,3})\b", text, re.I)
    return f"Suppl {m.group(1)}" if m else _number(_ISSUE_WORDS.sub(" ", text.translate(_DASHES)), prefix=True)


_ISSUE_BESIDE_VOLUME = (
    re.compile(r"(?<!\d)(?<!\d\.)(\d{1,4})\s*:\s*(\d{1,3})\s*,\s*(?:pp?\.\s*)?[A-Z]?\d"),
    re.compile(r"(?<!\d)(?<!\d\.)(\d{1,4})\s*\(\s*((?:Suppl(?:ement)?\.?|Spec(?:ial)?\.?|Pt\.?)\s*\d{1,3})\s*\)", re.I),
    re.compile(r"(?<!\d)(?<!\d\.)(\d{1,4})\s*,\s*(?:num(?:ber)?|no|nr|n°|№|issue|heft)\.?\s*(\d{1,4})\b", re.I),
    re.compile(r"(?<![\d./])(\d{1,4}),\s*(\d{1,2}/\d{1,2}),\s*(?:pp?\.\s*)?\d+\s*[-–]\s*\d"))


def issue_after_volume(raw: str, volume: str) -> str | None:
    """The issue printed next to a volume the tagger found alone, in the forms journals use: "Sociology 42:1,
    29-45", "16(Suppl 1):S8", "Vol. 2, Num. 1", "Vol.6, N°2", "Quest, 18, 1/2, 9-23".

    Example:
        >>> issue_after_volume("Sociological Review 54:1, 133-155.", "54"), issue_after_volume("Res 16(Suppl 1):S8", "16")
        ('1', 'Suppl 1')
    """
    for pattern in _ISSUE_BESIDE_VOLUME:
        for m in pattern.finditer(raw):
            if m.group(1) == volume:
                return " ".join(m.group(2).replace(".", "").split())
    return None


def _number(text: str | None, *, prefix: bool = False) -> str | None:
    """The number in a volume or issue span; prefix: a letter or three written against the digits belong to it
    (issues: "41(D1)", "3(sup1)", "12(S2)")."""
    if not text:
        return None
    lead = r"(?:(?<![^\W\d_])[A-Za-z]{1,3}(?=\d))?" if prefix else ""
    m = re.search(lead + r"\d+[A-Za-z]?(?:\s*[-/]\s*\d+)?|\b[IVXLC]+\b", text)
    return re.sub(r"\s+", "", m.group()) if m else None


_DOI_AFTER_PREFIX = re.compile(r"(doi\.org/|\bdoi:)\s+(?=10\.)", re.I)
# a line break inside a DOI leaves a space after "/" or "-", or after "." before digits: "10.3390/ systems4"
_DOI_BROKEN = re.compile(r"(\b10\.\S*(?:[/-]|\.(?=\s+\d)))\s+(?=[\w(])")


def join_broken_doi(raw: str) -> str:
    """Remove the spaces a line break left inside a DOI ("https://doi.org/10.1088/ 1748-9326/ab281e")."""
    if "10." not in raw:  # every pattern below needs one ("10." is never made by the joins)
        return raw
    raw = _DOI_AFTER_PREFIX.sub(r"\1", raw)
    raw = re.sub(r"\b10\.\s+(?=\d{4,9}/)", "10.", raw)
    # "10.1016/j. respol.2019.01.002": a break after a full stop inside the suffix, the rest lower-case with a
    # digit before the next space (so that "10.1038/505612a. accessed 2020" stays apart)
    raw = re.sub(r"(\b10\.\d{4,9}/\S*\.)\s+(?=[a-z][\w\-]*\.[\w.\-]*\d)", r"\1", raw)
    # … or before a last part of a few lower-case letters and digits: "10.1002/9781118944707. ch10" (a chapter)
    raw = re.sub(r"(\b10\.\d{4,9}/\S*\d\.)\s+(?=[a-z]{1,4}\d{1,6}[.,;)]?(?:\s|$))", r"\1", raw)
    # an old SICI suffix broken anywhere: the next word ends in "2.0.CO;2" ("…(2007) 69[71:CSMAET]2.0.CO;2")
    raw = re.sub(r"(\b10\.\d{4,9}/\S*)\s+(?=\S*\d\.\d\.(?:co|CO|Co|cx|CX);\d)", r"\1", raw)
    return _join_repeatedly(_DOI_BROKEN, raw)


# a line break inside a URL leaves a space after "//", "/", ".", "-" or "_" ("https://CRAN. R-project.org/package=x",
# "https://www.example.info/ Path/Page.aspx", "https: //doi.org/…"); the rest is joined only when it reads as the
# rest of an address (a "/", ".", "=", "?", "&" or "#" inside it), so that "https://x.org/. Accessed 2020" stays apart
_URL_BROKEN = re.compile(r"(\bhttps?://[^\s\"<>]*[/.\-_])\s+(?=[\w%~-]+[/.=?&#][\w/%=?&#~.-]*\w)")


def join_broken_url(raw: str) -> str:
    """Remove the spaces a line break left inside a URL (see _URL_BROKEN)."""
    if "http" not in raw:  # both patterns need one, lower-case
        return raw
    raw = re.sub(r"\b(https?):\s+//", r"\1://", raw)
    return _join_repeatedly(_URL_BROKEN, raw)


def _join_repeatedly(broken: re.Pattern, raw: str) -> str:
    """raw with the spaces `broken` finds (its group 1 kept) removed, again on the result, up to three times (a DOI
    or URL broken over several lines)."""
    for _ in range(3):
        joined = broken.sub(r"\1", raw)
        if joined == raw:
            break
        raw = joined
    return raw


def find_doi(raw: str) -> str | None:
    """The first DOI in a string, bare ("10.1111/..."), without trailing punctuation."""
    m = _DOI.search(join_broken_doi(raw))
    if not m:
        return None
    # a DOI written as a link escapes its brackets: "…084%5B1412:TETTWU%5D2.0.CO;2" is "…084[1412:TETTWU]2.0.CO;2"
    doi = re.sub(r"%(5[BDbd]|3[BCEbce])", lambda e: chr(int(e.group(1), 16)), m.group())
    while doi and doi[-1] in ".,;:)]>'\"":
        if doi[-1] == ")" and doi.count("(") >= doi.count(")"):
            break
        doi = doi[:-1]
    return doi


def find_url(raw: str) -> str | None:
    """The first URL that is not a DOI link."""
    for m in _URL.finditer(raw):
        url = m.group().rstrip(".,;:'\"")
        if url.endswith(")") and url.count("(") < url.count(")"):
            url = url[:-1]
        if "doi.org/" not in url.lower():
            return url
    return None


_REPORT = re.compile(r"\b(?:working paper|discussion paper|research report|technical report|policy brief|briefing|"
                     r"research paper|occasional paper|report|arbeitspapier|diskussionspapier|bericht|white paper|"
                     r"green paper|command paper|cm\s?\d|evaluation|consultation|statistical release|guidance)s?\b",
                     re.I)
_THESIS = re.compile(r"\b(?:ph\.?\s?d|doctoral|dissertation|thesis|diss\.|doktorarbeit|habilitation|master'?s)\b")
_BOOK = re.compile(r"\b(?:press|verlag|publish\w*|books|edition|auflage|ed\.)\b")
_JOURNAL = re.compile(r"\b(?:journal|review|quarterly|studies|zeitschrift|bulletin|annals|revue|rivista|revista|"
                      r"transactions|letters|magazine|jahrbuch|vierteljahr\w*|forum|politics|society|economics|"
                      r"research|science|administration|policy)\b", re.I)


def guess_type(*, container: str | None, volume: str | None, issue: str | None = None, publisher: str | None,
               place: str | None = None, editors: bool, url: str | None, raw: str, authors: list[dict[str, str]],
               chapter_cue: bool) -> str:
    """article | book | chapter | report | web | thesis | other, from which fields are present and cue words."""
    low = raw.lower()
    if _THESIS.search(low):
        return "thesis"
    if container:
        journal = bool(_JOURNAL.search(container)) and bool(volume or issue)
        if _REPORT.search(container):
            return "report"
        if editors or chapter_cue and not (volume or issue or _JOURNAL.search(container)):
            return "chapter"
        if publisher and not journal:
            return "chapter"
        return "article"
    if _REPORT.search(low):
        return "report"
    if authors and not authors[0]["given"] and is_corporate(authors[0]["surname"]):
        return "report"
    if url and not publisher:
        return "web"
    if publisher or place or _BOOK.search(low):
        return "book"
    return "other"


# the pieces of a title or note a series may stand in: parted at a full stop after a word (not after the number
# words "No.", "Nr.", "Vol.", "Bd.": "Working Paper No. 204" is one piece), an opening bracket or a comma
_SERIES_PIECES = re.compile(r"(?<=[^\s.]{2})(?<!\b[Nn][or])(?<!\b[Vv]ol)(?<!\bBd)[.]\s+|\s+\(|,\s+")


def _series(text: str, *, whole: bool) -> tuple[str, str | None, str | None] | None:
    """A report series at the end of a title (or a whole note): (series, number, what stays of the title)."""
    pieces = _SERIES_PIECES.split(text)
    start = 0 if whole else 1
    for k in range(start, len(pieces)):
        m = _SERIES.match(pieces[k].strip(" ()."))
        if not m or len(m.group("name").split()) > 8:
            continue
        tail = text[text.find(pieces[k]):]
        rest = clean_text(text[:text.find(pieces[k])]) if k else None
        if not whole and (not rest or len(rest.split()) < 2):
            return None
        if len(tail) > len(pieces[k]) + 2 and not whole:
            return None
        return clean_text(m.group("name")) or "", m.group("number"), rest
    return None


def _quoted(raw: str, start: int) -> bool:
    return start > 0 and raw[start - 1] in "'\"‘“„«‚"


def span_text(raw: str, tokens: list, a: int, b: int) -> str:
    """The text of tokens a..b, with a closing "?"/"!" and brackets opened inside the span."""
    s, e = tokens[a].start, tokens[b].end
    while e < len(raw) and raw[e] in "?!":
        e += 1
    for op, cl in (("(", ")"), ("[", "]")):
        if s > 0 and raw[s - 1] == op and raw[s:e].count(cl) > raw[s:e].count(op):
            s -= 1
        if e < len(raw) and raw[e] == cl and raw[s:e].count(op) > raw[s:e].count(cl):
            e += 1
    return raw[s:e]


_LONE_VOLUME = re.compile(r"\s*,\s*(\d{1,4})\s*\.?\s*(?:$|https?:|doi\b|\[|\()", re.I)


# a periodical listed by its name and short name in a list of sources: "Frankfurter Allgemeine Zeitung (FAZ)",
# "Der Spiegel, Hamburg (Spiegel)", "Die Tageszeitung, Berlin (taz)": capitalised words, a place, a bracket
SOURCE_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’.\-]*(?:[\s,]+[A-ZÄÖÜ][\w'’.\-/]*){0,5}\s*"
                         r"\((?:[A-ZÄÖÜ][\w./\-]{0,14}|[a-zäöü]{2,6})\)\.?$")


# an issue marked by its word ("H. 3", "Heft 2", "Nr. 4", "No. 7", "Issue 2") that the tagger read as a second
# volume run beside the volume: "Zeitschrift 16 (2005), H. 3, 291-298". A marked number alone ("Zeitschrift, Heft
# 2, S. 38-49") stays where the tagger put it (EXCITE's gold reads a lone "Heft" as the volume, the German
# convention as the issue: litmine does not choose)
_ISSUE_MARK = re.compile(r"\s*(?:H|Heft|Nr|No|Issue|Iss)\.?\s*(\d{1,4}(?:\s*[/-]\s*\d{1,4})?)\s*[.,]?\s*", re.I)


def _marked_issue(raw: str, tokens: list, spans: list[tuple[str, int, int]], volume: str | None,
                  issue: str | None) -> tuple[str | None, str | None]:
    """(volume, issue) where a volume run is an issue marked by its word (_ISSUE_MARK), another volume run is not,
    and no issue was found: the volume is then the other run's number; unchanged otherwise.

    Example:
        >>> from litmine.citations.reference_model import tokenize_reference
        >>> raw = "Ethik 16 (2005), H. 3, 291-298"
        >>> _marked_issue(raw, tokenize_reference(raw), [("container", 0, 0), ("volume", 1, 1), ("year", 2, 2),
        ...                                              ("volume", 3, 4), ("pages", 5, 5)], "16", None)
        ('16', '3')
    """
    if issue:
        return volume, issue
    runs_ = [span_text(raw, tokens, a, b) for lab, a, b in spans if lab == "volume"]
    for k, text in enumerate(runs_):
        m = _ISSUE_MARK.fullmatch(text)
        if m:
            others = [t for j, t in enumerate(runs_) if j != k and not _ISSUE_MARK.fullmatch(t)]
            if others:
                return parse_volume(others[0], None)[0], re.sub(r"\s+", "", m.group(1))
    return volume, None


def build_fields(raw: str, tokens: list, labels: list[str]) -> dict:
    """Reference fields from a labelled token sequence (see reference_model.LABELS); a periodical listed by name
    (SOURCE_NAME) is its container alone."""
    if SOURCE_NAME.match(raw.strip()):
        return _fields(container=raw.strip().rstrip("."), type="other")
    labels = repair_labels(raw, tokens, labels)
    spans = runs(labels)
    first = _first_spans(raw, tokens, spans)
    authors = parse_names(_author_text(raw, tokens, spans))
    editor_text = " ; ".join(span_text(raw, tokens, a, b) for lab, a, b in spans if lab == "editor")
    editors = parse_names(editor_text) if editor_text else []
    year, suffix, year_text = _year(raw, tokens, spans)
    _drop_date_numbers(raw, tokens, spans, first)
    volume, issue = parse_volume(first.get("volume"), first.get("issue"))
    volume, issue = _marked_issue(raw, tokens, spans, volume, issue)
    if volume and not issue:
        issue = issue_after_volume(raw, volume)
    if volume and year and volume == str(year) and not issue:
        volume = None
    doi = find_doi(raw)
    url = find_url(raw)
    title_runs = [(a, b) for lab, a, b in spans if lab == "title"]
    title, container = _title_and_container(raw, tokens, spans, first, title_runs, editors)
    title, container = _editor_mark_title(raw, title, container)
    if not container:
        container, volume, title = _series_container(raw, tokens, spans, container, volume, title)
    container, volume, title = _equals_series(raw, container, volume, title)
    title, container, volume = _band_volume(raw, title, container, volume)
    if container:
        container, volume, issue = _container_number_tail(raw, container, volume, issue, year)
    pages = _pages(raw, tokens, spans)
    if container and not volume and (pages is None or pages.isdigit()):
        volume, pages = _lone_volume(raw, container, volume, pages)
    publisher = clean_text(first.get("publisher"))
    place = clean_text(first.get("location"))
    if title_runs and not container and publisher and not place and _quoted(raw, tokens[title_runs[0][0]].start):
        # "'Title', Public Management and Society.": books are not quoted, so this is a journal
        container, publisher = publisher, None
    container, place, publisher = _place_after_book(container, place, publisher, editors, volume)
    chapter_cue = bool(editors) or bool(re.search(r"(?:^|[\s.,;:])(?:in|In|IN)\s*:", raw))
    fields = _fields(authors=authors, editors=editors, year=year, year_suffix=suffix, year_text=year_text,
                     title=title, container=container, volume=volume, issue=issue, pages=pages, publisher=publisher,
                     place=place, doi=doi, url=url)
    fields["type"] = guess_type(container=container, volume=volume, issue=issue, publisher=publisher,
                                place=fields["place"], editors=bool(editors), url=url, raw=raw, authors=authors,
                                chapter_cue=chapter_cue)
    return fields


# the place of publication (and publisher) a chapter's book ran into: ". Köln", ", Stuttgart", ". - Weinheim und
# München", ". Opladen: Leske und Budrich", ". Frankfurt a. M./New York": after a full stop or comma (and a dash)
# that follow no figure, one to four capitalised words joined by space, "/" or a word places are joined with ("und",
# "a.", "am", "bei", "i."), "u. a." or "[u.a.]" after them, then a colon and a publisher (no figure, no sentence) or nothing; not after an ordinal
# ("Proc. 5th. BCS-FACS Workshop") nor holding a meeting's word ("Workshop", "Conference", "Tagung")
_PLACE_WORD = r"[A-ZÄÖÜ][\w'’-]*\.?"
_BOOK_PLACE = re.compile(rf"^(?P<book>.{{8,}}?[^\s.,\d](?<!\d(?:st|nd|rd|th)))\s*[.,]\s*(?:[-–]\s*)?"
                         rf"(?!.*\b(?:Workshop|Conference|Symposium|Proceedings|Congress|Meeting|Colloquium|Tagung|"
                         rf"Kongress)\b)(?P<place>{_PLACE_WORD}(?:(?:\s?/\s?|"
                         rf"\s(?:und|u\.|a\.|am|an|bei|im|i\.)\s?|\s){_PLACE_WORD}){{0,3}}(?:\s?\[?u\.\s?a\.\]?)?)"
                         rf"(?:\s*:\s*(?P<pub>(?:(?!\.\s)[^\d:()]){{2,60}}))?$")


def _place_after_book(container: str | None, place: str | None, publisher: str | None, editors: list,
                      volume: str | None) -> tuple[str | None, str | None, str | None]:
    """(container, place, publisher) with the place (and publisher) cut from the end of an edited book's title
    (_BOOK_PLACE), where the tagger found no place: a chapter (it has editors) with no volume. A book whose last
    words before its place read as one ("Eine Einführung. Frankfurt": the tagger then found the place) is left.

    Example:
        >>> _place_after_book("Grundbegriffe der Stadt. Opladen: Leske und Budrich", None, None, [{}], None)
        ('Grundbegriffe der Stadt', 'Opladen', 'Leske und Budrich')
    """
    if not (editors and container and not place and not volume):
        return container, place, publisher
    m = _BOOK_PLACE.match(container)
    if not m:
        return container, place, publisher
    return m.group("book"), m.group("place"), publisher or (m.group("pub") or "").strip() or None


def _fields(**given) -> dict:
    """A reference's fields as build_fields gives them: those given, the others empty."""
    return {"authors": [], "editors": [], "year": None, "year_suffix": "", "year_text": None, "title": None,
            "container": None, "volume": None, "issue": None, "pages": None, "publisher": None, "place": None,
            "doi": None, "url": None, **given}


def _first_spans(raw: str, tokens: list, spans: list[tuple[str, int, int]]) -> dict[str, str]:
    """The text of each label's first run; a lone "In" before the editors is not the container (the book title
    after them is)."""
    first: dict[str, str] = {}
    for lab, a, b in spans:
        text = span_text(raw, tokens, a, b)
        if lab not in first and not (lab == "container" and clean_container(text) is None):
            first[lab] = text
    return first


def _author_text(raw: str, tokens: list, spans: list[tuple[str, int, int]]) -> str | None:
    """The author list: every author token before the title, container or year that follows it."""
    stop = {"title", "container", "year", "publisher", "volume", "pages"}
    author_runs = []
    for lab, a, b in spans:
        if lab == "author":
            author_runs.append((a, b))
        elif lab in stop and author_runs:
            break
    if not author_runs:
        return None
    author_text = raw[tokens[author_runs[0][0]].start:tokens[author_runs[-1][1]].end]
    end = tokens[author_runs[-1][1]].end
    # the full stop after a final initial belongs to it ("Lindsay, C."), not in "Lindsay C, Batty E."
    if end < len(raw) and raw[end] == "." and ("." in author_text or not re.search(r"\w+ [A-Z]{1,3}$",
                                                                                    author_text)):
        author_text += "."
    return author_text


def _year(raw: str, tokens: list, spans: list[tuple[str, int, int]]) -> tuple[int | None, str, str | None]:
    """(year, suffix, year text) from the first year run that reads as one, else "n.d.", "forthcoming"..."""
    year, suffix, year_text = None, "", None
    for lab, a, b in spans:
        if lab == "year":
            year, suffix, year_text = parse_year(span_text(raw, tokens, a, b))
            if year or year_text:
                break
    if year is None and year_text is None:
        m = re.search(r"[(\[,]\s*(n\.\s?d\.?|forthcoming|in press|o\.\s?J\.|i\.\s?E\.|im Druck|im Erscheinen"
                      r"|in Vorbereitung)\s*[)\],.]", raw, re.I)
        if m:
            year_text = _canonical_year_text(m.group(1))
    return year, suffix, year_text


def _drop_date_numbers(raw: str, tokens: list, spans: list[tuple[str, int, int]], first: dict[str, str]) -> None:
    """Numbers inside a date ("Pressemitteilung vom 12.01.2010", "FAZ 09.11.2004") are no volume or issue."""
    dates = [m.span() for m in _DATE.finditer(raw)]
    for lab, a, b in spans:
        if lab in ("volume", "issue") and lab in first and any(s <= tokens[a].start < e for s, e in dates):
            del first[lab]


_NUMBER_WORD_ONLY = re.compile(r"(?:Nr|No|Nos|Vol|Bd|Band|Heft|H|Jg|Jahrgang|S|pp?|Issue)\.?", re.I)


def _title_and_container(raw: str, tokens: list, spans: list[tuple[str, int, int]], first: dict[str, str],
                         title_runs: list[tuple[int, int]], editors: list) -> tuple[str | None, str | None]:
    """The title (trimmed, edition left out) and the container, also where the journal ran into the title or the
    book after the editors was labelled a title."""
    container = clean_container(first.get("container"))
    if container and _NUMBER_WORD_ONLY.fullmatch(container):  # "Titel. Nr. 337": a number's word is no container
        container = None
    title = first.get("title")
    if title:
        title, after_quote = _trim_title(raw, tokens[title_runs[0][0]].start, title)
        title = clean_text(title)
        # "'Title', Journal Name, accepted for publication": the journal ran into the title
        head = clean_text(re.split(r"[,.;(]", after_quote.strip(" ,.;:"), maxsplit=1)[0])
        if not container and head and head[0].isupper() and not re.search(r"\d", head):
            container = head
    if title:
        title = clean_text(_EDITION.sub("", title)) or title
        # "Title in: Editor (Hg.): Book": the chapter's "in" without a full stop before it is no word of the title
        if title.endswith((" in", " In")) and re.search(re.escape(title) + r"\s*:", raw):
            title = title[:-3].rstrip(" ,.") or title
        title = _edition_number_cut(raw, title)
    if not container and len(title_runs) > 1 and editors:
        # "..., in Shaw, A. (ed.) Welfare to Work in Scotland": the book after the editors is the container
        a, b = title_runs[1]
        container = clean_container(span_text(raw, tokens, a, b))
    return title, container


# an edition's number the title ran into, its word left out: "Titel. 5" of "Titel. 5. Auflage. Ort", "Titel, 6" of
# "Titel, 6.A. München", "Titel. 6" of "Titel. 6. print."
_EDITION_NUMBER = re.compile(r"[,.]?\s+\d{1,2}$")
_EDITION_WORD_AFTER = r"\.?\s*(?:,\s*)?(?:[^\W\d_]+\.?\s+)?(?:Aufl|Auflage|A\.|Ausg|Ausgabe|ed\b|edn|edition|print)"


def _edition_number_cut(raw: str, title: str) -> str:
    """The title without an edition's number at its end (_EDITION_NUMBER) where the raw text goes on with the
    edition's word after it."""
    m = _EDITION_NUMBER.search(title)
    if m and m.start() > 0 and re.search(re.escape(title) + _EDITION_WORD_AFTER, raw):
        return title[:m.start()].rstrip(" ,.") or title
    return title


def _series_container(raw: str, tokens: list, spans: list[tuple[str, int, int]], container: str | None,
                      volume: str | None, title: str | None) -> tuple[str | None, str | None, str | None]:
    """(container, volume, title) with a report series ("Discussion Paper 1115", "Political Science Series 109")
    found in the title, a note or the publisher as the container; all three unchanged where there is none."""
    notes = [span_text(raw, tokens, a, b) for lab, a, b in spans if lab in ("note", "publisher")]
    for cand in ([title] if title else []) + notes:
        found = _series(cand, whole=cand is not title)
        if found:
            series, number, rest = found
            return series, volume or number, rest if cand is title else title
    return container, volume, title


# German books name their series in brackets after "=": "(=Kritische Studien zur Geschichtswissenschaft 143)",
# "(= Arbeiten zur Freiraumplanung, Bd. 9)"
_EQUALS_SERIES = re.compile(r"\(\s?=\s?(?P<name>[^()=]*?[^\W\d_][^()=]*?)(?:,?\s*(?:(?:Bd|Band|Nr|Heft|H|Vol|No)\.?\s*)?"
                            r"(?P<n>\d{1,4}[a-z]?))?\s*\)")


def _equals_series(raw: str, container: str | None, volume: str | None,
                   title: str | None) -> tuple[str | None, str | None, str | None]:
    """(container, volume, title) of a book whose series stands in brackets after "=" (the German convention): the
    series as the container, its number as the volume, the series cut from the title where the title ran into it;
    unchanged where there is no such series or the container found is another (a chapter's book).

    Example:
        >>> _equals_series("Haar, I. (2002), Historiker (=Kritische Studien 143), Bonn.", None, None, "Historiker")
        ('Kritische Studien', '143', 'Historiker')
    """
    m = _EQUALS_SERIES.search(raw)
    if not m or container and container not in m.group("name"):
        return container, volume, title
    if title and "(=" in title.replace("( =", "(="):
        title = title[:title.replace("( =", "(=").index("(=")].rstrip(" ,.")
    return m.group("name").strip(" ,.;"), volume or m.group("n"), title


# A volume in German: "Bd. 5", "Band 161", "Bd. III" ("Das Kapital, Bd. I, Hamburg", "..., Abhandlungen zur
# Geographie, Bd. 5, Wien", "in: Handbook of labor economics, Bd. 1, Amsterdam"), which the tagger, trained on few
# German strings, leaves in the title or drops; a count of volumes ("2 Bde."), the plural ("Bände I-III") and a
# year after "Band" are not a volume, nor "Band" inside a title ("The Band I Loved": "Band" after punctuation only).
_BAND = re.compile(r"(?:(?<![\w.])Bd\.|(?<=[,.;:(])\s?Band)\s?(?!(?:1[5-9]|20)\d\d\b)(\d{1,4}|[IVX]{1,5})\b"
                   r"(?![-–/.]\d)")
_BAND_TAIL = re.compile(r"[\s,.;:]*(?:Bd\.?|Band)(?:\s?(?:\d{1,4}|[IVX]{1,5}))?\.?$")


def _band_volume(raw: str, title: str | None, container: str | None,
                 volume: str | None) -> tuple[str | None, str | None, str | None]:
    """(title, container, volume) with the number after "Bd."/"Band" as the volume where none was found, and the
    "Bd. N" that closes the title or container cut from it; unchanged where there is a volume or no such number.

    Example:
        >>> _band_volume("Marx, K. (1967), Das Kapital, Bd. I, Hamburg.", "Das Kapital, Bd", None, None)
        ('Das Kapital', None, 'I')
    """
    m = None if volume else _BAND.search(raw)
    if m is None:
        return title, container, volume
    title, container = (_cut_band(t) for t in (title, container))
    return title, container, m.group(1)


def _cut_band(text: str | None) -> str | None:
    """text without a closing "Bd. N" ("Das Kapital, Bd" → "Das Kapital"), unless nothing but it would be left."""
    if not text:
        return text
    rest = _BAND_TAIL.sub("", text)
    return rest if re.search(r"[^\W\d_]{2}", rest) else text


_EDITOR_MARK = re.compile(r"^(?:\(?\s*(?:Hg|Hgg|Hrsg|eds?|Eds?)\.?\s*\)\s*[.,:]?\s*|\(?(?:Hg|Hgg|Hrsg|eds?|Eds?)\.?$)")
# a bracketed year, then an editors' mark: "Name (2005) (Hg.), Titel", "Name (2005) (Hrsg.): Titel"
_YEAR_THEN_MARK = r"\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*\((?:Hg|Hgg|Hrsg|eds?|Eds?)\.?\)\s*[.,:]?\s*"


def _editor_mark_title(raw: str, title: str | None, container: str | None) -> tuple[str | None, str | None]:
    """(title, container) without an editors' mark the tagger took into the title: "Name (2004) (Hg.), Titel"
    (German lists print "(Hg.)" after the year too); where the mark was the whole title, the book's title is what
    the tagger called the container (no "In:" before it). Where the tagger found no title at all and the container
    follows such a mark after the bracketed year, the container is the edited book's title: nothing comes between
    the editors and it, so it is no chapter's book.

    Example:
        >>> _editor_mark_title("Rot, Ina (2006) (Hg.), Ein Buch, Kiel.", "Hg", "Ein Buch")
        ('Ein Buch', None)
        >>> _editor_mark_title("Rot, Ina (2006) (Hg.), Ein Buch, Kiel.", None, "Ein Buch")
        ('Ein Buch', None)
    """
    if not title and container and re.search(_YEAR_THEN_MARK + re.escape(container[:20]), raw):
        return container, None
    if not title or not _EDITOR_MARK.match(title):
        return title, container
    rest = clean_text(_EDITOR_MARK.sub("", title, count=1))
    if rest:
        return rest, container
    if container and not re.search(r"(?:^|[\s.,;:])(?:in|In|IN)\s*:?\s+" + re.escape(container[:20]), raw):
        return container, None
    return title, container


def _pages(raw: str, tokens: list, spans: list[tuple[str, int, int]]) -> str | None:
    """The pages: the first page run that reads as pages, or a later range where that was a single page."""
    pages = None
    for lab, a, b in spans:
        if lab == "pages":
            got = parse_pages(span_text(raw, tokens, a, b))
            if got and (pages is None or "-" in got and "-" not in pages):
                pages = got
    return pages


# a container closed by its year or a bare number: "Zeitschrift für Rechtspolitik 2007", "BKA 2005: a.a.O.",
# "Oxford Bulletin of Economics and Statistics 55" (German lists print "Journal 55, Nr. 2: 187-198")
_NUMBER_TAIL = re.compile(r"\s+(?P<n>\d{1,4})(?:\s*:\s*a(?:\.\s?a\.\s?O)?\.?)?$")


_DATED_NAME = re.compile(r"\b(?:proceedings|conference|congress|symposium|workshop|meeting|tagung|kongress|"
                         r"jan\w*|feb\w*|mar\w*|apr\w*|may|mai|jun\w*|jul\w*|aug\w*|sep\w*|o[ck]t\w*|nov\w*|de[cz]\w*)\b",
                         re.I)


def _container_number_tail(raw: str, container: str, volume: str | None, issue: str | None,
                           year: int | None) -> tuple[str, str | None, str | None]:
    """(container, volume, issue) without a number closing the container: the entry's own year is dropped, another
    number is the volume where there is none, or where the volume found is the number after "Nr." (then the issue);
    unchanged where the rest would be no name."""
    m = _NUMBER_TAIL.search(container)
    if m is None or not re.search(r"[^\W\d_]{3}", container[:m.start()]):
        return container, volume, issue
    n, name = m.group("n"), container[:m.start()]
    if _DATED_NAME.search(name):  # "Proceedings of ECMS 2012", "Bericht, 4 July 2001": the year is the name's
        return container, volume, issue
    if year is not None and n == str(year) or re.search(rf"[\s,]{n}\.\s?\d{{1,2}}\.", raw):
        return name.rstrip(" ,"), volume, issue  # the year, or the day of a date ("NZZ, 24.12.1997")
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", n):
        return container, volume, issue
    if volume is None:
        return name, n, issue
    if issue is None and re.search(rf"\b(?:Nr|No|Heft|H)\.?\s*{re.escape(volume)}\b", raw):
        return name, n, volume
    return container, volume, issue


def _lone_volume(raw: str, container: str, volume: str | None, pages: str | None) -> tuple[str | None, str | None]:
    """(volume, pages) of an article without a volume: "Frontiers in Environmental Science, 9. https://doi.org/…":
    a lone number closing a journal article (nothing but a DOI or URL after it) is the volume, as APA prints an
    article without pages; (volume, pages) unchanged otherwise."""
    at = raw.find(container)
    m = _LONE_VOLUME.match(raw, at + len(container)) if at >= 0 else None
    if m and pages in (None, m.group(1)) and not re.fullmatch(r"1[5-9]\d\d|20\d\d", m.group(1)):
        return m.group(1), None
    return volume, pages
