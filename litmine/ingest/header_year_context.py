"""What the words around a year candidate on its row say (header_fields' line features): keywords before and after
it, dates, ranges and identifiers, the parenthesis that holds it, and what kind of row it is on."""

from __future__ import annotations

import re
from functools import lru_cache

from litmine.ingest.header_rows import Row
from litmine.ingest.header_venue import parse_journal_line, parse_series_line

_YEAR = re.compile(r"(?<![\d])(1[89]\d\d|20\d\d)(?![\d])")
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|"
          r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
          r"spring|summer|autumn|fall|winter|frühjahr|sommer|herbst)")
# (a look-ahead at the first letters of the month words lets the scan pass other positions at one test: same matches)
_MONTH_BEFORE = re.compile(rf"(?=[adfhjmnosw]){_MONTH}\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*)?[-–—]?\s*$", re.I)
_RECEIVED_AFTER = re.compile(r"(?=[rsa])\b(?:received|submitted|accepted|revised)\b", re.I)
_DATE_ONLY = re.compile(rf"^\W*(?:\d ?\d?\s*(?:st|nd|rd|th)?\s+)?(?:{_MONTH}\.?,?\s+)?(?:\d{{1,2}},?\s+)?"
                        rf"(?:1[89]\d\d|20\d\d)\W*$", re.I)
# (name) categories of words before a year; the model learns what each is worth
_BEFORE = {
    "vol": r"\b(?:vol|volume|no|nr|issue|heft|jg|jahrgang|number|iss|bd|band|tome)\b\.?|\b\d{1,4}\s*\(\d{1,3}\)",
    "pages": r"\bpp?\.\s*\d|\bpages\b|\bS\.\s*\d",
    "received": r"\b(?:received|submitted|submission|revised|revision|eingereicht|eingegangen|reçu)\b",
    "accepted": r"\b(?:accepted|acceptance|angenommen|accepté)\b",
    "forthcoming": r"\b(?:accepted for publication|forthcoming|to appear|in press)\b",
    "published": r"\b(?:published|publication|online|erschienen|veröffentlicht|issued|released|"
                 r"first published|this version|date)\b",
    "parliament": r"\b(?:parliament|ordered|printed|command|house of (?:commons|lords)|presented|laid before)\b",
    "copyright": r"©|\bcopyright\b|\(c\)|\bcrown\b",
    "series": r"\b(?:working paper|discussion paper|paper series|series|report|methodenbericht|occasional|"
              r"briefing|policy paper|research paper|reihe|arbeitspapier|diskussionspapier)s?\b",
    "institution": r"\b(?:network|institute|institut|founded|since|established|gegründet|seit|act|treaty|"
                   r"convention|regulation|directive|census|survey|election|module|war)\b",
    "session": r"\bsession\b",
    "journal": r"\b(?:journal|review|quarterly|zeitschrift|studies|research|revista|revue|letters|forum|"
               r"annals|bulletin|proceedings|lncs)\b",
    "place": r"\b(?:berlin|london|wien|vienna|mannheim|paris|oxford|cambridge|bonn|köln|hamburg|new york)\b\s*,?\s*$",
    "between": r"\b(?:between|from|until|in|during|after|before|by|of|the|year|jahr|im)\s*$",
}
# the first characters each category's match can start with (case aside): a look-ahead at them lets the scan pass
# other positions at one test, with the same matches
_FIRST = {"vol": r"vnihjbt\d", "pages": "ps", "received": "rse", "accepted": "a", "forthcoming": "afti",
          "published": "poevirftd", "parliament": "poclh", "copyright": "©c(", "series": "wdpsrmoba",
          "institution": "nifsegatcrdmw", "session": "s", "journal": "jrqzslfabp", "place": "blwvmpockhn",
          "between": "bfuidaotyj"}
_BEFORE_RE = {k: re.compile(f"(?=[{_FIRST[k]}])(?:{v})", re.I) for k, v in _BEFORE.items()}
_NAMED = re.compile(r"\b(?:network|institute|act|treaty|convention|regulation|directive|census|survey|module|war|"
                    r"election|agenda|strategy|vision|plan|programme|program|olympics|cup|expo)\s+$", re.I)
_CITE_PAREN = re.compile(r"\(([^()]{0,80})\)")
_NAMEISH = re.compile(r"[A-Z\u00C0-\u024F][a-z\u00DF-\u024F'’-]+|\bet al\b|&|\band\b|\bund\b", re.U)
_REF_LIKE = re.compile(r"^[A-Z\u00C0-\u024F][\w'’-]+,\s+(?:[A-Z]\.\s*)+.{0,80}\(\d{4}[a-z]?\)|"
                       r"^[A-Z\u00C0-\u024F][\w'’-]+,\s+[A-Z]\.[^()]{0,60}\b(?:and|&)\b.{0,60}\(\d{4}")


@lru_cache(maxsize=64)
def _years_in(text: str) -> int:
    """How many years a row holds, counted once per row (a long row has many year candidates)."""
    return len(_YEAR.findall(text))


def _line_features(row: Row, start: int, end: int, f: dict[str, float]) -> None:
    t = row.text
    before, after = t[max(0, start - 60):start], t[end:end + 30]
    ctx = (row.before + " " + before)[-90:]
    _word_features(before, after, ctx, f)
    _mark_features(t, before, after, f)
    _paren_features(t, start, end, f)
    if f.get("month_before") and not any(k in f for k in ("kw:received", "kw:accepted", "after:received",
                                                          "prev:received", "prev:accepted")):
        f["clean_date"] = 1.0  # a dated line that is not a received/accepted date
    _split_paren_features(before, after, f)
    _row_features(row, before, f)


def _word_features(before: str, after: str, ctx: str, f: dict[str, float]) -> None:
    """Keywords before the year (on its row or the rows before), after it, and a month or name before it."""
    for name, rx in _BEFORE_RE.items():
        # ctx ends with before after a space, and no pattern looks behind or anchors at the start: a keyword in
        # before is one in ctx, so a ctx without it spares the scan of before
        if not rx.search(ctx):
            continue
        if rx.search(before):
            f[f"kw:{name}"] = 1.0
        else:
            f[f"prev:{name}"] = 1.0
    if _RECEIVED_AFTER.search(after):
        f["after:received"] = 1.0
    if re.match(r"^\W{0,3}(?:pp?\.|pages|s\.)\s*\d|^\W{0,3}(?:vol|no|issue|heft)\b", after, re.I):
        f["after:vol_pages"] = 1.0
    if _MONTH_BEFORE.search(before):
        f["month_before"] = 1.0
    elif re.search(r"\b[A-Z][\w\u00C0-\u024F-]*[a-z\u00DF-\u024F]\s+$", before) and not \
            re.search(r"\b(?:vol|volume|no|issue|heft|jg|online|copyright|published|printed|session)\w*\s+$",
                      before, re.I):
        f["name_before"] = 1.0  # "Research Network 1989", "Inquiries Act 2005", "Smith 1966"
        if _NAMED.search(before):
            f["in_name"] = 1.0


def _mark_features(t: str, before: str, after: str, f: dict[str, float]) -> None:
    """The characters around the year: a date-only row, ranges, slashes, dates, a letter, a page, an identifier."""
    if _DATE_ONLY.match(t):
        f["date_only_line"] = 1.0
    if re.match(r"^\s*[–—-]\s*\d", after):
        f["range_after"] = 1.0
    if re.search(r"\d\s*[–—-]\s*$", before):
        f["range_before"] = 1.0
    if re.search(r"\d\s*/\s*$", before):
        f["slash_before"] = 1.0
    if re.match(r"^\s*/\s*\d", after):
        f["slash_after"] = 1.0
    if re.match(r"^-\d\d-\d\d", after):
        f["iso_date"] = 1.0
    if re.search(r"\d{1,2}\.\d{1,2}\.$", before):
        f["dotted_date"] = 1.0
    if re.match(r"^[a-z]\b", after):
        f["letter_suffix"] = 1.0
    if re.match(r"^\s*[:,]\s*\d", after) and not re.match(r"^\s*,\s*\d{1,4}\s*[-–]", after):
        f["page_after"] = 1.0
    token = re.search(r"\S*$", before).group(0) + re.match(r"^\S*", after).group(0)
    if re.search(r"doi|https?:|www\.|isbn|issn|\.\w+/|/\w+\.|\d\.\d", token, re.I):
        f["in_identifier"] = 1.0


def _paren_features(t: str, start: int, end: int, f: dict[str, float]) -> None:
    """The parenthesis that holds the year on its row: a bare year, a citation or something else."""
    # only a parenthesis near the year can hold it (at most 82 characters long): never rescan a long row per year
    for m in _CITE_PAREN.finditer(t, max(0, start - 82), min(len(t), end + 82)):
        if m.start() < start < m.end():
            inner = m.group(1)
            if re.fullmatch(r"\s*\d{4}\s*", inner):
                f["paren_bare"] = 1.0
                if re.search(r"[A-Z][\w\u00C0-\u024F'’-]+\s*$", t[max(0, m.start() - 100):m.start()]):
                    f["narrative_cite"] = 1.0
            elif _NAMEISH.search(inner):
                f["paren_cite"] = 1.0
                if re.search(r"\d{4}[a-z]?\s*[;,]\s*\D*\d{4}", inner):
                    f["paren_multi"] = 1.0
            else:
                f["paren_other"] = 1.0


def _split_paren_features(before: str, after: str, f: dict[str, float]) -> None:
    """A citation whose parenthesis opens or closes on another row."""
    opened = before.rfind("(")
    if "paren_cite" not in f and opened > before.rfind(")") and _NAMEISH.search(before[opened:]) and \
            re.search(r"[,;]\s*$|\bet al\.?\s*$", before):
        f["paren_cite"] = 1.0  # "(Kerr et al., 2012" with the parenthesis closed on the next line
    elif "paren_cite" not in f and re.match(r"^[a-z]?\s*[);]", after) and before.rfind("(") < before.rfind(")") + 1 \
            and "(" not in before and re.search(r"[A-Z][\w'’-]+(?: et al\.?)?,?\s*$", before):
        f["paren_cite"] = 1.0  # "Huesmann, 2006)" with the parenthesis opened on the line before
    elif "paren_cite" not in f and not before.strip() and re.match(r"^[a-z]?\s*(?:\)|;\s*[A-Z]|:\s*\d)", after):
        f["paren_cite"] = 1.0  # a line that starts "2006) for the effects": the end of a citation


def _row_features(row: Row, before: str, f: dict[str, float]) -> None:
    """What the whole row is: a journal or series line, a reference, a footnote, short, with many years."""
    t = row.text
    if row.journal is None:
        row.journal = parse_journal_line(t) is not None and not _REF_LIKE.match(t)
        row.series = parse_series_line(t) is not None
    if row.journal:
        f["journal_line"] = 1.0
        # the document's own journal line, not a cited work's: outside the notes and references, or printed the
        # same on several pages (a running foot the page's notes took in: "Rundschau (43.Jg.) Heft 4/2003: 429 – 449")
        if (row.kind not in ("reference", "footnote") or row.repeated) and not _REF_LIKE.match(t) and \
                "(" not in before[-3:]:
            f["journal_line_head"] = 1.0
            f.pop("page_after", None)  # "2/2016: 117-130": the pages, not a cited page
    if row.series:
        f["series_line"] = 1.0
    if _REF_LIKE.match(t):
        f["reference_like"] = 1.0
    if re.match(r"^\d{1,2}\s+[A-Z]", t) and row.size < 0.95:
        f["footnote_like"] = 1.0
    if row.text and len(t) <= 40:
        f["short_line"] = 1.0
    f["line_len"] = min(len(t), 200) / 200
    n_years = _years_in(t)
    if n_years >= 3:
        f["many_years_line"] = 1.0
