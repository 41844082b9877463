"""Publication year of a document as a researcher cites it, chosen by a learned candidate ranker.

Every four-digit year on the first three pages (running heads included, with their layout; rows from
litmine.ingest.header_rows), in repository cover sheets and "Suggested citation" / "Zitierweise" / "Citation:"
blocks, on a PDF's last two pages or in an imprint line after page 3 ("© 2008 by", "First published in", "Approved
on"; text only, no layout), in the PDF's CreationDate, or in the front passages of a text file is a candidate. Each
candidate is described by the words around it (vol./no., month names, "Presented to Parliament", "received",
"accepted", "©", series names...), its position (page, height on the page, running head), its type size, whether it
sits in a parenthesised citation "(Smith 1966)", how often it occurs and how it relates to the latest year the
document cites (a year more than one before the newest work in the reference list is never taken: a work does not
cite what appeared after it). A logistic regression trained on labelled development PDFs (scripts/train_year.py;
weights in data/year_model.npz, read with numpy alone) gives each candidate a probability; the year of the best
candidate is taken when its probability clears `YEAR_THRESHOLD`, otherwise no year is given.

Venue, kind and citation blocks live in litmine.ingest.header_venue.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from litmine.ingest.header_rows import Row, cover_pages, front_rows, is_prose, running_lines  # noqa: F401
from litmine.ingest.header_venue import parse_journal_line, parse_series_line
from litmine.models import Passage

YEAR_MODEL_PATH = Path(__file__).parent / "data" / "year_model.npz"
YEAR_THRESHOLD = 0.4  # below this no year is given (docs/benchmarks.md, metadata_year: 0.35-0.6 score alike in CV)

_YEAR = re.compile(r"(?<![\d])(1[89]\d\d|20\d\d)(?![\d])")
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|"
          r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
          r"spring|summer|autumn|fall|winter|frühjahr|sommer|herbst)")
_MONTH_BEFORE = re.compile(rf"{_MONTH}\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*)?[-–—]?\s*$", re.I)
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
_BEFORE_RE = {k: re.compile(v, re.I) for k, v in _BEFORE.items()}
_NAMED = re.compile(r"\b(?:network|institute|act|treaty|convention|regulation|directive|census|survey|module|war|"
                    r"election|agenda|strategy|vision|plan|programme|program|olympics|cup|expo)\s+$", re.I)
_CITE_PAREN = re.compile(r"\(([^()]{0,80})\)")
_NAMEISH = re.compile(r"[A-Z\u00C0-\u024F][a-z\u00DF-\u024F'’-]+|\bet al\b|&|\band\b|\bund\b", re.U)
_REF_LIKE = re.compile(r"^[A-Z\u00C0-\u024F][\w'’-]+,\s+(?:[A-Z]\.\s*)+.{0,80}\(\d{4}[a-z]?\)|"
                       r"^[A-Z\u00C0-\u024F][\w'’-]+,\s+[A-Z]\.[^()]{0,60}\b(?:and|&)\b.{0,60}\(\d{4}")
@dataclass
class Candidate:
    """One year seen somewhere in a document's front matter, with the features the ranker scores."""

    year: int
    row: Row | None
    source: str
    features: dict[str, float] = field(default_factory=dict)
    probability: float = 0.0


@dataclass
class YearChoice:
    """The ranker's decision: the year, its probability, where it came from, and the line it was read from."""

    year: int
    confidence: float
    source: str
    evidence: str


def _latest_cited(passages: list[Passage]) -> int | None:
    years = [int(y) for p in passages if p.kind in ("reference", "footnote") for y in _YEAR.findall(p.text)]
    if len(years) < 3:
        years += [int(m.group(2)) for p in passages if p.kind in ("body", "abstract")
                  for m in re.finditer(r"(\(|;\s|,\s)(1[89]\d\d|20\d\d)[a-z]?[),;:]", p.text)]
    years = [y for y in years if y <= date.today().year + 1]
    return max(years) if years else None


def _creation_year(info: dict) -> int | None:
    meta = info.get("pdf_meta") or {}
    m = re.match(r"^(?:D:)?(\d{4})", str(meta.get("CreationDate") or ""))
    return int(m.group(1)) if m and 1980 <= int(m.group(1)) <= date.today().year + 1 else None


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
        if rx.search(before):
            f[f"kw:{name}"] = 1.0
        elif rx.search(ctx):
            f[f"prev:{name}"] = 1.0
    if re.search(r"\b(?:received|submitted|accepted|revised)\b", after, re.I):
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
    if re.match(r"^\s*[–—-]\s*\d", after) or re.match(r"^\s*[–—-]\s*\d", after):
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
        if row.kind not in ("reference", "footnote") and not _REF_LIKE.match(t) and "(" not in before[-3:]:
            f["journal_line_head"] = 1.0  # the document's own journal line, not a cited work's
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


def year_candidates(passages: list[Passage], *, fmt: str, info: dict | None = None,
                    rows: list[Row] | None = None) -> list[Candidate]:
    """Every year candidate of a document with its features (see the module docstring).

    rows: the document's `header_rows.front_rows` when already built (they are shared with the venue rules).

    Example:
        >>> from litmine.models import Passage
        >>> cs = year_candidates([Passage(0, "body", "Vol. 31 — 2006 — No. 3")], fmt="txt")
        >>> [(c.year, c.features.get("kw:vol")) for c in cs]
        [(2006, 1.0)]
    """
    info = info or {}
    this_year = date.today().year
    if rows is None:
        rows = front_rows(passages, fmt=fmt, info=info)
    view = "pdf" if fmt == "pdf" and info.get("front_lines") else "text"
    cands: list[Candidate] = []
    for row in rows + (late_rows(passages) if fmt == "pdf" else []):
        for m in _YEAR.finditer(row.text):
            y = int(m.group(1))
            if y > this_year + 1:
                continue
            f: dict[str, float] = {f"view:{view}": 1.0}
            if row.late:
                f[f"late:{row.late}"] = 1.0
            elif view == "pdf":
                f[f"page{min(row.page or 1, 3)}"] = 1.0
                f["top_head"] = float(row.top < 0.12)
                f["top_foot"] = float(row.top > 0.88)
                f["top_upper"] = float(row.top < 0.5)
                f["size_rel"] = max(-0.5, min(2.0, row.size - 1.0))
                f["size_big"] = float(row.size >= 1.25)
                f["size_small"] = float(row.size <= 0.9)
                f["bold"] = float(row.bold)
                f["running"] = float(row.running)
            else:
                f["text_first3"] = float(row.index < 3)
                f["text_first10"] = float(row.index < 10)
            if row.kind:
                f[f"in_{row.kind}"] = 1.0
            f["block"] = float(row.block)
            f["cover"] = float(row.cover)
            _line_features(row, m.start(), m.end(), f)
            source = ("suggested-citation" if row.block else "repository-cover" if row.cover else
                      "last-pages" if row.late == "last" else "imprint-line" if row.late else
                      "first-pages" if view == "pdf" else "front-matter")
            cands.append(Candidate(y, row, source, f))
    creation = _creation_year(info)
    if creation:
        cands.append(Candidate(creation, None, "pdf-creation-date", {"src:pdfinfo": 1.0}))
    _document_features(cands, passages, creation, this_year)
    return cands


_IMPRINT = re.compile(r"©|\bcopyright\b|\bfirst published\b|\bpublished (?:in|by|online)\b|"
                      r"\bthis (?:edition|version)\b|\b(?:accepted|approved) (?:on|for publication)\b|"
                      r"\berschienen\b|\bveröffentlicht\b", re.I)


_IMPRINT_HINTS = ("©", "opyright", "OPYRIGHT", "ublished", "UBLISHED", "dition", "ersion", "ccepted", "pproved",
                  "rschienen", "ffentlicht")  # cheap substring tests before _IMPRINT


def late_rows(passages: list[Passage]) -> list[Row]:
    """Rows after the first three pages that may date the work: every line of the last two pages outside the
    reference list and running text, and imprint lines anywhere ("© 2008 by ...", "First published in ...",
    "Approved on ..."). They carry no layout (passages keep none); `late` says which kind they are."""
    last = max((p.page or 0) for p in passages) if passages else 0
    rows: list[Row] = []
    for p in passages:
        page = p.page or 0
        if page <= 3 or p.kind == "reference":
            continue
        is_last = page >= last - 1
        if not is_last and not (any(h in p.text for h in _IMPRINT_HINTS) and _IMPRINT.search(p.text)):
            continue
        if not _YEAR.search(p.text) or is_prose(p):
            continue  # a year in the running text is an event ("the 2013 election"), not the work's
        kind = "footnote" if p.kind == "footnote" else ""
        for t in p.text.split("\n"):
            if _YEAR.search(t) and (is_last or _IMPRINT.search(t)):
                rows.append(Row(text=t.strip(), page=page, kind=kind, late="last" if is_last else "imprint"))
    return rows


def reference_bound(passages: list[Passage]) -> int | None:
    """The earliest year the work can have: one before the newest year in its reference list (a work does not
    cite what appeared after it; "forthcoming" works cited a year ahead are allowed for). None when the reference
    list gives fewer than three years.

    Example:
        >>> from litmine.models import Passage
        >>> refs = [Passage(i, "reference", f"Müller, A. ({y}) Études.") for i, y in enumerate((1998, 2004, 2002))]
        >>> reference_bound(refs)
        2003
    """
    years = [int(y) for p in passages if p.kind == "reference" for y in _YEAR.findall(p.text)]
    years = [y for y in years if y <= date.today().year + 1]
    return max(years) - 1 if len(years) >= 3 else None


def _cites(f: dict[str, float], keys: tuple[str, ...]) -> bool:
    """Whether a candidate's features say it is a cited work's year. "2/2016: 117-130" on the document's own journal
    line is an issue and its pages, not a citation's page."""
    return any(k in f for k in keys if k != "page_after" or "journal_line_head" not in f)


_CITE_KEYS = ("paren_cite", "narrative_cite", "reference_like", "in_reference", "page_after", "letter_suffix")


def _document_features(cands: list[Candidate], passages: list[Passage], creation: int | None, this_year: int) -> None:
    counts, late_counts, pages = _year_counts(cands)
    front = [c for c in cands if c.row is not None and not c.row.late]
    line_years = [c.year for c in front if c.row.kind != "prose"]
    cite_only: dict[int, bool] = {}
    for c in front:
        cited = _cites(c.features, _CITE_KEYS) and not (c.row.block or c.row.cover)
        cite_only[c.year] = cite_only.get(c.year, True) and cited
    latest = _latest_cited(passages)
    bound = reference_bound(passages)
    top = max(line_years) if line_years else None
    uncited = [y for y in counts]  # years seen outside citations and running text
    top_uncited = max(uncited) if uncited else None
    for c in cands:
        f, y = c.features, c.year
        f["count"] = math.log1p(counts.get(y, 0))
        f["n_pages"] = float(len(pages.get(y, ())))
        if c.row is not None and c.row.late:  # how often the year is printed on the last pages, outside citations
            f["late_count"] = math.log1p(late_counts.get(y, 0))
        # (no "seen once" feature: UK title pages print their date once, JOSE on every page)
        cite = _cites(f, _CITE_KEYS + ("name_before",)) and not (c.row and (c.row.block or c.row.cover))
        f["is_max_front"] = float(y == top and not cite)
        f["is_max_front_cite"] = float(y == top and cite)
        f["is_max_uncited"] = float(y == top_uncited)  # the latest year seen outside citations
        f["all_cites"] = float(cite_only.get(y, False))
        f["old"] = float(y < 1950)
        f["future"] = float(y > this_year)
        _dated_features(c, bound, latest, creation)


def _year_counts(cands: list[Candidate]) -> tuple[dict[int, int], dict[int, int], dict[int, set]]:
    """How often each year is printed outside citations and running text: front rows, last pages, pages seen on."""
    counts: dict[int, int] = {}
    late_counts: dict[int, int] = {}
    pages: dict[int, set] = {}
    for c in cands:  # occurrences outside citations and running text: a year cited five times is still cited
        if c.row is not None and not _cites(c.features, _CITE_FEATURES) and c.row.kind != "prose":
            if c.row.late:
                late_counts[c.year] = late_counts.get(c.year, 0) + 1
                continue
            counts[c.year] = counts.get(c.year, 0) + 1
            pages.setdefault(c.year, set()).add(c.row.page)
    return counts, late_counts, pages


def _dated_features(c: Candidate, bound: int | None, latest: int | None, creation: int | None) -> None:
    """A candidate's year against the reference list's bound, the latest cited year and the file's creation year."""
    f, y = c.features, c.year
    if bound is not None:
        f["below_bound"] = float(y < bound)
    if latest is None:
        f["no_cited"] = 1.0
    else:
        f["below_cited"] = float(y < latest)
        f["eq_cited"] = float(y == latest)
        f["above_cited"] = float(y > latest)
        f["gap_cited"] = max(-3.0, min(1.0, (y - latest) / 10))
    if c.row is None and latest is not None:
        f["creation_near_cited"] = float(0 <= y - latest <= 1)
        f["creation_far_cited"] = float(y - latest > 3)
    if creation:
        f["after_creation"] = float(y > creation)
        f["eq_creation"] = float(y == creation)
        f["long_before_creation"] = float(y < creation - 3)


_CITE_FEATURES = _CITE_KEYS + ("in_name",)


class YearModel:
    """The shipped logistic regression: feature names, weights and intercept (numpy only)."""

    def __init__(self, names: list[str], coef, intercept: float):
        self.index = {n: i for i, n in enumerate(names)}
        self.coef = [float(w) for w in coef]
        self.intercept = float(intercept)

    @classmethod
    def load(cls, path: Path = YEAR_MODEL_PATH) -> YearModel | None:
        if not path.exists():
            return None
        import numpy as np

        with np.load(path, allow_pickle=False) as z:
            return cls([str(n) for n in z["names"]], z["coef"], float(z["intercept"][0]))

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.coef[self.index[k]] * v for k, v in features.items() if k in self.index)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _shipped_model() -> YearModel | None:
    return YearModel.load()


def find_year(passages: list[Passage], *, fmt: str, info: dict | None = None, model: YearModel | None = None,
              threshold: float = YEAR_THRESHOLD, rows: list[Row] | None = None) -> YearChoice | None:
    """The year a researcher would cite, or None when no candidate is probable enough.

    Never a year only ever cited, part of a name ("Network 1989"), a cited year on the last pages, or a year
    more than one year before the newest work in the reference list (`reference_bound`). rows: the document's
    `front_rows` when already built.

    Example:
        >>> from litmine.models import Passage
        >>> ps = [Passage(0, "heading", "A title"), Passage(1, "body", "Vol. 31 — 2006 — No. 3")]
        >>> find_year(ps, fmt="txt").year
        2006
    """
    model = model or _shipped_model()
    if model is None:
        return None
    best: Candidate | None = None
    scored: list[Candidate] = []
    for c in year_candidates(passages, fmt=fmt, info=info, rows=rows):
        f = c.features
        if f.get("in_name") or (f.get("all_cites") and not f.get("running")) or f.get("below_bound") or \
                (c.row is not None and c.row.late and _cites(f, _CITE_FEATURES)):
            continue  # a year only ever cited, part of a name, or older than the newest cited work is not the work's
        c.probability = model.probability(c.features)
        scored.append(c)
        if best is None or c.probability > best.probability:
            best = c
    if best is None or best.probability < threshold:
        return None
    # the evidence shown is the likeliest line of that year that is not a citation ("Africa Spectrum 2/2016: 117-130"
    # rather than "David Coltart (2016), The Struggle Continues" on a review's first page)
    plain = [c for c in scored if c.year == best.year and c.row is not None
             and not _cites(c.features, _CITE_KEYS + ("name_before",))]
    shown = max(plain, key=lambda c: c.probability) if plain and best not in plain else best
    evidence = shown.row.text if shown.row is not None else "PDF CreationDate"
    return YearChoice(best.year, round(best.probability, 3), _source(shown), evidence[:200])


_SOURCES = (("forthcoming", "accepted-for-publication"), ("kw:parliament", "parliament-imprint"),
            ("date_only_line", "date-line"), ("kw:vol", "journal-line"), ("kw:journal", "journal-line"),
            ("kw:series", "series-line"),
            ("kw:published", "publication-date"), ("kw:copyright", "copyright"))


def _source(c: Candidate) -> str:
    """Where the chosen year was read: the candidate's place, named by the strongest context around it."""
    if c.source != "first-pages" and c.source != "front-matter":
        return c.source
    for feature, name in _SOURCES:
        if c.features.get(feature) or c.features.get(feature.replace("kw:", "prev:")) or \
                c.features.get(f"kw:{feature}"):
            return name
    return c.source


_TITLE_WORD = re.compile(r"[^\W\d_]+")


def listed_year(passages: list[Passage], title: str | None) -> YearChoice | None:
    """The year of the line after page 3 that names the document by the start of its title: a series' list of its
    papers at the back of a working paper ("Assessing the Migration Decision of Indian IT- SP II 2003 – 23"), or a
    journal's "Citation" entry for the article. Used only where no year is printed on the front pages (a
    low-confidence fallback): the first six words of the title (at least 20 letters) must stand together on a line
    that holds one year, in no reference, footnote (where a report cites its own earlier reports by the issuer's
    name) or running-text paragraph.

    Example:
        >>> from litmine.models import Passage
        >>> ps = [Passage(0, "body", "Über die Wahl"), Passage(1, "body", "Über die Wahl von großen Städten SP 2003 – 23",
        ...       page=9)]
        >>> listed_year(ps, "Über die Wahl von großen Städten in Europa").year
        2003
    """
    words = [w.lower() for w in _TITLE_WORD.findall(title or "")][:6]
    if len(words) < 4 or sum(len(w) for w in words) < 20:
        return None
    key = " ".join(words)
    for p in passages:
        if (p.page or 0) <= 3 or p.kind in ("reference", "footnote") or is_prose(p) or not _YEAR.search(p.text):
            continue
        for line in p.text.split("\n"):
            years = {int(y) for y in _YEAR.findall(line)}
            if len(years) == 1 and key in " ".join(w.lower() for w in _TITLE_WORD.findall(line)):
                return YearChoice(years.pop(), 0.35, "title-listed", line.strip()[:200])
    return None
