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
from litmine.ingest.header_year_context import _YEAR, _line_features
from litmine.models import Passage

YEAR_MODEL_PATH = Path(__file__).parent / "data" / "year_model.npz"
YEAR_THRESHOLD = 0.4  # below this no year is given (docs/benchmarks.md, metadata_year: 0.35-0.6 score alike in CV)

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


def _latest_cited(passages: list[Passage], years: list[int] | None = None) -> int | None:
    """The latest year the document cites: in its references and notes (years: those, when already found), else
    in its running text's parenthesised citations."""
    if years is None:
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


# (the look-ahead at the first letters of its words lets the scan pass other positions at one test: the same matches)
_IMPRINT = re.compile(r"(?=[©cfptaev])(?:©|\bcopyright\b|\bfirst published\b|\bpublished (?:in|by|online)\b|"
                      r"\bthis (?:edition|version)\b|\b(?:accepted|approved) (?:on|for publication)\b|"
                      r"\berschienen\b|\bveröffentlicht\b)", re.I)


_IMPRINT_HINTS = ("©", "opyright", "OPYRIGHT", "ublished", "UBLISHED", "dition", "ersion", "ccepted", "pproved",
                  "rschienen", "ffentlicht")  # cheap substring tests before _IMPRINT


def _imprint_hint(t: str) -> bool:
    """Whether t holds one of _IMPRINT_HINTS."""
    return any(h in t for h in _IMPRINT_HINTS)


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
        if not is_last and not (_imprint_hint(p.text) and _IMPRINT.search(p.text)):
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
    return _bound([int(y) for p in passages if p.kind == "reference" for y in _YEAR.findall(p.text)])


def _bound(reference_years: list[int]) -> int | None:
    years = [y for y in reference_years if y <= date.today().year + 1]
    return max(years) - 1 if len(years) >= 3 else None


def _cited_years(passages: list[Passage]) -> tuple[list[int], list[int]]:
    """The years printed in the reference list and in the notes, each passage scanned once."""
    refs: list[int] = []
    notes: list[int] = []
    for p in passages:
        if p.kind == "reference":
            refs.extend(int(y) for y in _YEAR.findall(p.text))
        elif p.kind == "footnote":
            notes.extend(int(y) for y in _YEAR.findall(p.text))
    return refs, notes


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
    refs, notes = _cited_years(passages)
    # the years of the references and notes scanned once for both: _latest_cited reads only their count and maximum,
    # _bound(refs) is reference_bound(passages)
    latest = _latest_cited(passages, refs + notes)
    bound = _bound(refs)
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
