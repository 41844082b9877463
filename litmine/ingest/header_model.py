"""A learned labeller for the lines of a document's first pages: title, author, affiliation, venue, date, other.

Each line is described by layout features that a PDF reader can compute and that GROBID's header training data
also records (block start, font change, larger or smaller than the previous line, largest or smallest on the page,
bold, indentation), by its geometry where known (size relative to the body text, place on the page), by the shape
of its text (capitals, digits, names, e-mail, keywords, hashed words) and by the same features of the lines before
and after it. A page's lines are read block by block from the top,
across the reader's columns (`block_order`), as a reader takes in a header. A multinomial logistic regression
(weights in `data/header_model.json`, rebuilt by `scripts/train_header.py`) turns them into probabilities.
Inference is numpy only: one matrix product per document.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from litmine.ingest.header_rows import split_side_columns

LABELS = ("title", "author", "affiliation", "venue", "date", "other")
MODEL_PATH = Path(__file__).parent / "data" / "header_model.json"
HASH_SIZE = 4096

_YEAR = re.compile(r"(?=[12])\b(1[89]\d{2}|20\d{2})\b")
# keyword families, looked up as sets of lower-case words (regex alternations cost too much per line)
_MONTH = frozenset("january february march april may june july august september october november december jan feb "
                   "mar apr jun jul aug sep sept oct nov dec januar februar märz mai juni juli oktober dezember"
                   .split())
_AFFIL = frozenset("universidad college centre center department dept school faculty laboratory lab hospital ministry "
                   "foundation academy e-mail email address correspondence street road avenue straße strasse postfach "
                   "box germany usa uk france italy spain switzerland netherlands berlin london".split())
_AFFIL_PREFIX = ("universit", "institut")
_VENUE = frozenset("journal vol volume no issue series paper papers working discussion report reports proceedings "
                   "review issn isbn press publication publications conference session bulletin forum quarterly reihe "
                   "heft jahrgang zeitschrift methodenbericht research studies".split())
_ORG = frozenset("committee inquiry government department office lords commons commission council ministry agency "
                 "parliament authority association society organisation organization institute board trust network "
                 "group team secretariat ombudsman".split())
_HEADING = re.compile(r"^\s*(?:\d+\.?\s*)?(abstract|introduction|keywords?|key words|contents|summary|"
                      r"acknowledg\w*|zusammenfassung|einleitung|foreword|preface|table of contents|résumé|resumen)"
                      r"\b", re.I)


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _affil(lw: set[str]) -> bool:
    return bool(lw & _AFFIL) or any(w.startswith(_AFFIL_PREFIX) for w in lw)


_STOP = frozenset("the of in for a an and to on with from by at as is are was were this that be we our it its"
                  " which or not der die das und von zu im when how why what where who whose".split())
# words of document structure that title-case headings share with names ("Review Summary", "File Name Description")
_NOT_NAME = frozenset("summary review reviews reviewer reviewers description file name names table figure contents "
                      "abstract keywords license licence software repository archive editor submitted published "
                      "statement need introduction overview background report paper series working discussion "
                      "chapter section appendix volume issue page notes note data original contribution article "
                      "accepted manuscript preprint letter commentary editorial".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’]+(?:[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’]+)?"
                         r"(?:-[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u024F'’]+)*"
                         r"|[A-Z]\.?(?:-[A-Z]\.?)?|[A-Z\u00C0-\u00DE]{2,}(?:-[A-Z\u00C0-\u00DE]{2,})?|van|von|de|der|"
                         r"den|da|di|du|le|la|and|&|et|al\.?|by)[,;*\d\u2020\u2021]*$")

# credentials printed after names ("Ann Lee, MD, PhD"): never an author of their own
_CREDENTIAL = re.compile(r"^(?:ph\.?\s?d|m\.?d|d\.?phil|msc|m\.?sc|ma|ba|bsc|mba|mph|rn|pt|ot|dds|dr\.?\s?med|"
                         r"dipl\.?-?\w*|prof|dbe|cbe|obe|mbe|kc|qc|frs|jr|sr|ii|iii)\.?$", re.I)
_SUP = re.compile("\ue003([^\ue004]*)\ue004")  # superscripts the PDF reader marked (blocks.SUP_OPEN/SUP_CLOSE)
N_TEXT = 31


def name_shaped(text: str) -> bool:
    """A byline: every part between separators is two to four capitalised words or initials ("Ann B. Lee")."""
    if len(text) > 300 or text.count(" ") > 40:
        return False
    t = _by.sub("", _marks.sub("", text).strip())
    parts = [p.strip(" .") for p in _name_sep.split(t)]
    parts = [p for p in parts if p and not _CREDENTIAL.match(p)]  # "Marja Punt, PT, MSc"
    if not parts:
        return False
    for p in parts:  # (first: most lines fail here, before their words are looked up)
        words = p.split()
        if not 2 <= len(words) <= 4 or not all(_NAME_TOKEN.match(w) for w in words) or \
                any(w.lower() in _STOP or w.lower() in _NOT_NAME for w in words):
            return False
    lw = _lower_words(t)
    return not (_affil(lw) or lw & _ORG or lw & _VENUE)
N_LAYOUT = 24
# (several patterns below open with a look-ahead at the first characters a match can start with: the scan passes
# other positions at one test, with the same matches)
MAX_LINES_PER_PAGE = 45  # the header sits in a page's first lines (a sidebar included); the rest is body text
_marks = re.compile(r"(?=[\d*\u2020\u2021\u00a7\u00b9\u00b2\u00b3∗])(?:(?<=[^\W\d_])\d+(?:,\d+)*|"
                    r"[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3∗]+)")
_by = re.compile(r"^\s*(?:by|von)\s+", re.I)
_name_sep = re.compile(r"(?=[\s,;&au\u2022|Æ·])\s*(?:,|;|&|\band\b|\bund\b|\u2022|\||Æ|·)\s*", re.I)
_url = re.compile(r"(?=[hwd.])(?:https?:|www\.|doi\b|\.org\b|\.com\b)", re.I)
_and = re.compile(r"(?=[a&u])(?:\band\b|&|\bund\b)", re.I)
_lead_mark = re.compile(r"^\s*[\d\u00b9\u00b2\u00b3*\u2020\u2022•]")
_glued_mark = re.compile(r"[a-z\u00DF-\u024F][\d\u00b9\u00b2\u00b3*\u2020\u2021]+(?:,|\s|$)")
_by_start = re.compile(r"^\s*by\b", re.I)
_date_only = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?:[A-Za-zä]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\W*$")
_leader = re.compile(r"(?=[.…])(?:\.{4,}|…{2,}|(?:\.\s){4,})")
_vol_no = re.compile(r"(?=[vn])\b(?:vol|no)\.?\s*\d", re.I)
_DIGIT = re.compile(r"\d")
# a diacritic set as a character of its own after its letter ("Lu¨thje", "Sta´l": TeX fonts of the 1990s-2000s)
_SPACING_ACCENT = {"\u00a8": "\u0308", "\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "\u02dc": "\u0303",
                   "\u00b8": "\u0327", "\u02da": "\u030a"}
_LOOSE_ACCENT = re.compile("(?<=[A-Za-z])([\u00a8\u00b4`\u02c6\u02dc\u00b8\u02da])(?=[a-z])")


def _rejoin_accents(text: str) -> str:
    """"Lu¨thje" → "Lüthje": a spacing diacritic between two letters put back on the letter before it."""
    if not _LOOSE_ACCENT.search(text):
        return text
    return unicodedata.normalize("NFC", _LOOSE_ACCENT.sub(lambda m: _SPACING_ACCENT[m.group(1)], text))


# the first characters a _NAME_TOKEN can start with (a capital, or a particle's first letter): others skip the regex
_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(map(chr, range(0xC0, 0xDF))) + "vdlaeb&")


def _case_counts(words: list[str]) -> tuple[int, int, int]:
    """How many words open with a letter that is upper case, are all capitals (two letters or more), open lower
    case."""
    initcap = allcaps = lower = 0
    for w in words:
        first = w[0]
        if not first.isalpha():
            continue
        if first.isupper():
            initcap += 1
        elif first.islower():
            lower += 1
        if len(w) > 1 and w.isupper():
            allcaps += 1
    return initcap, allcaps, lower


def _text_features(text: str, words: list[str] | None = None) -> list[float]:
    """The shape of a line's text (words: its _WORD words when already found). Tests that need a digit (a year, a
    volume, a date-only line, a glued mark) or the first letters of a match are passed at once by a line without
    them: the same values as the patterns' own scans."""
    if words is None:
        words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    lw = set(lowered)
    tokens = text.split()
    n = max(len(words), 1)
    initcap, allcaps, lower = _case_counts(words)
    initcap, allcaps, lower = initcap / n, allcaps / n, lower / n
    chars = max(len(text), 1)
    n_digits = len(_DIGIT.findall(text))
    stop = sum(w in _STOP for w in lowered) / n
    names = sum(1 for t in tokens if t[0] in _NAME_START and _NAME_TOKEN.match(t)) / max(len(tokens), 1)
    single = sum(1 for t in tokens if len(t) == 1 and t.isalpha()) / max(len(tokens), 1)
    stripped = text.rstrip()
    return [
        math.log1p(len(tokens)), min(len(text), 300) / 100, initcap, allcaps, lower, n_digits / chars, stop, names,
        single, float(bool(n_digits and _YEAR.search(text))), float(bool(lw & _MONTH)), float("@" in text),
        float(bool(_url.search(text))), min(text.count(","), 6) / 6, float(bool(_and.search(text))),
        float(stripped.endswith(".")), float(stripped.endswith(":")),
        float(bool(_lead_mark.match(text))),
        float(_affil(lw)), float(bool(lw & _VENUE)), float(bool(_HEADING.match(text))),
        float(bool(_glued_mark.search(text))), float(bool(_by_start.match(text))),
        float(bool(n_digits and _date_only.match(text))),
        float(bool(_leader.search(text))), float(bool(lw & _ORG)),
        float(len(tokens) == 1), float(text.strip().endswith(("?", "!"))),
        float("(" in text or ")" in text), float(bool(n_digits and _vol_no.search(text))),
        float(name_shaped(text)),
    ]


def _hashed(text: str, words: list[str] | None = None) -> list[int]:
    """The hashed ids of a line's first 40 words (lower case) and of its first word as a line start (words: its
    _WORD words when already found)."""
    if words is None:
        words = _WORD.findall(text)
    lowered = [w.lower() for w in words[:40]]
    ids = {zlib.crc32(w.encode()) % HASH_SIZE for w in lowered}
    if lowered:
        ids.add(zlib.crc32(("^" + lowered[0]).encode()) % HASH_SIZE)
    return sorted(ids)


def lines_from_pdf(front_lines: list, page_sizes: list[tuple[float, float]] | None = None,
                   body_size: float | None = None) -> list[dict]:
    """Plain header lines (text, page and layout flags) from the PDF reader's `front_lines`, in reading order.

    Example:
        >>> from litmine.ingest.pdf_layout import Line
        >>> rows = lines_from_pdf([Line(1, 72, 90, 500, 110, "A Title", 20, True),
        ...                        Line(1, 72, 130, 300, 142, "Ann Lee", 12, False)])
        >>> rows[0]["largest"], rows[1]["lower"]
        (True, True)
    """
    page_sizes = page_sizes or []
    by_page: dict[int, list] = {}
    for ln in front_lines:
        if ln.text and ln.text.strip():
            by_page.setdefault(ln.page, []).append(ln)
    out: list[dict] = []
    for page in sorted(by_page):
        lines = split_side_columns(block_order(by_page[page]))[:MAX_LINES_PER_PAGE]  # a side column's glued pieces
        stats = _page_stats(lines, page, page_sizes, body_size)
        prev, prev_size = None, 0.0
        for ln, z in zip(lines, stats["est"]):
            size = z if z > 2 else stats["body"]
            out.append(_line_row(ln, page, size, prev, prev_size, stats))
            prev, prev_size = ln, size
    return out


def _page_stats(lines: list, page: int, page_sizes: list[tuple[float, float]], body_size: float | None) -> dict:
    """A page's measures that its lines are compared with: page size, estimated line sizes, extremes and average."""
    width, height = page_sizes[page - 1] if 0 < page <= len(page_sizes) else (
        max(ln.x1 for ln in lines) + 50, max(ln.bottom for ln in lines) + 50)
    est = _line_sizes(lines)
    sizes = [z for z in est if z > 2]
    big, small = (max(sizes), min(sizes)) if sizes else (0.0, 0.0)
    weight = sum(len(ln.text) for ln, z in zip(lines, est) if z > 2)
    avg = sum(z * len(ln.text) for ln, z in zip(lines, est) if z > 2) / weight if weight else 0.0
    return {"width": width, "height": height, "est": est, "big": big, "small": small, "avg": avg,
            "left": min(ln.x0 for ln in lines), "body": body_size or avg or 10.0}


def _line_row(ln, page: int, size: float, prev, prev_size: float, stats: dict) -> dict:
    """One line's header row: its text and its layout flags against the line before and the page."""
    width, height, body = stats["width"], stats["height"], stats["body"]
    gap = ln.top - prev.bottom if prev is not None else 99.0
    changed = prev is not None and (abs(size - prev_size) > 0.3 or ln.bold != prev.bold)
    return {
        "text": _rejoin_accents(_SUP.sub(r"\1", ln.text).strip()), "page": page, "bold": bool(ln.bold),
        "block_start": prev is None or gap > 0.75 * size or changed or ln.column != prev.column,
        "new_font": prev is None or changed,
        "higher": prev is not None and size > prev_size + 0.3,
        "lower": prev is not None and size < prev_size - 0.3,
        "largest": abs(size - stats["big"]) <= 0.3, "smallest": abs(size - stats["small"]) <= 0.3,
        "above_avg": size > stats["avg"] + 0.3, "indented": ln.x0 - stats["left"] > 8,
        "geom": True, "size_rel": size / body, "top_rel": ln.top / height if height else 0.0,
        "centered": abs((ln.x0 + ln.x1) / 2 - width / 2) < 0.06 * width and ln.x1 - ln.x0 < 0.8 * width,
        "width_rel": (ln.x1 - ln.x0) / width if width else 0.0,
    }


def block_order(lines: list) -> list:
    """A page's lines in the order a reader takes in its header: each column (the reader's `Line.column`; 0 is
    full width) cut into blocks where the gap between two lines exceeds 0.7 of their type size, and the blocks of
    all columns read top to bottom (left first at the same height). A narrow column beside the title (a journal's
    column of authors, a sidebar of links) is so read where it stands, not before or after the whole page.

    Example:
        >>> from litmine.ingest.pdf_layout import Line
        >>> side = [Line(1, 50, 30, 150, 40, "Journal 18", 8, False, column=1),
        ...         Line(1, 50, 95, 150, 105, "Ann Lee", 10, False, column=1)]
        >>> main = [Line(1, 220, 88, 500, 106, "A Title", 19, False, column=2)]
        >>> [ln.text for ln in block_order(side + main)]
        ['Journal 18', 'A Title', 'Ann Lee']
    """
    by_col: dict[int, list] = {}
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        by_col.setdefault(ln.column or 0, []).append(ln)
    blocks: list[list] = []
    for col in by_col.values():
        blocks.append([col[0]])
        for a, b in zip(col, col[1:]):
            em = max(a.size, b.size) if min(a.size, b.size) > 2 else max(a.bottom - a.top, b.bottom - b.top, 4.0)
            if b.top - a.bottom > 0.7 * em:
                blocks.append([b])
            else:
                blocks[-1].append(b)
    blocks.sort(key=lambda b: (b[0].top, b[0].x0))
    return [ln for b in blocks for ln in b]


def _line_sizes(lines: list) -> list[float]:
    """Font size of each line; where the reader could not tell it (size 1: the scale sits in the text matrix, as in
    many Springer PDFs), estimated from the line's height by the size/height ratio of the page's other lines."""
    ratios = sorted(ln.size / (ln.bottom - ln.top) for ln in lines if ln.size > 2 and ln.bottom - ln.top > 1)
    ratio = ratios[len(ratios) // 2] if ratios else 0.0
    return [ln.size if ln.size > 2 else (ratio * (ln.bottom - ln.top) if ratio and ln.bottom - ln.top > 1 else 0.0)
            for ln in lines]


_FLAGS = ("block_start", "new_font", "higher", "lower", "largest", "smallest", "above_avg", "bold", "indented")


def _layout_features(rows: list[dict], i: int, in_page: int, block_len: int, block_pos: int) -> list[float]:
    r = rows[i]
    geom = bool(r.get("geom"))
    size_rel = math.log(max(r.get("size_rel") or 1.0, 0.1)) if geom else 0.0
    return [float(bool(r.get(f))) for f in _FLAGS] + [
        float(r["page"] == 1), float(r["page"] == 2), float(r["page"] >= 3), min(in_page, 60) / 60,
        float(in_page == 0), float(in_page < 6), math.log1p(block_len), float(block_pos == 0),
        float(geom), size_rel, max(size_rel, 0.0) ** 2, r.get("top_rel", 0.0) if geom else 0.0,
        float(bool(r.get("centered"))) if geom else 0.0, r.get("width_rel", 0.0) if geom else 0.0,
        float(geom and size_rel > 0.15 and r["page"] == 1),
    ]


def build_features(rows: list[dict]) -> tuple[np.ndarray, list[list[int]]]:
    """Dense features (line, previous line, next line, two lines away) and hashed word ids for every row."""
    n = len(rows)
    own = []
    in_page = 0
    block_start_at = 0
    starts = [i for i, r in enumerate(rows) if r.get("block_start") or i == 0 or r["page"] != rows[i - 1]["page"]]
    block_of = np.zeros(n, dtype=int)
    for k, s in enumerate(starts):
        block_of[s:] = k
    block_sizes = np.bincount(block_of, minlength=len(starts)) if n else np.zeros(0, dtype=int)
    start_set = set(starts)
    words = [_WORD.findall(r["text"]) for r in rows]  # (once per line: the text features and the hashed ids)
    for i, r in enumerate(rows):
        if i and r["page"] != rows[i - 1]["page"]:
            in_page = 0
        if i in start_set:
            block_start_at = i
        own.append(_text_features(r["text"], words[i]) + _layout_features(rows, i, in_page,
                                                                           int(block_sizes[block_of[i]]),
                                                                           i - block_start_at))
        in_page += 1
    own_arr = np.asarray(own, dtype=np.float64).reshape(n, N_TEXT + N_LAYOUT)
    width = own_arr.shape[1]
    pad = np.zeros((2, width))
    padded = np.vstack([pad, own_arr, pad])
    present = np.zeros(n + 4)
    present[2:-2] = 1
    parts = [own_arr]
    for off in (-1, 1, -2, 2):
        parts.append(padded[2 + off: 2 + off + n])
        parts.append(present[2 + off: 2 + off + n, None])
    # how this line compares with its neighbours: same size and weight continue a title or an author list
    for off in (-1, 1):
        nb = padded[2 + off: 2 + off + n]
        same = (np.abs(nb[:, N_TEXT + 18] - own_arr[:, N_TEXT + 18]) < 0.03) & (present[2 + off: 2 + off + n] > 0)
        parts.append(same[:, None].astype(float))
    dense = np.hstack(parts) if n else np.zeros((0, width * 5 + 4 + 2))
    return dense, [_hashed(r["text"], w) for r, w in zip(rows, words)]


class HeaderModel:
    """Weights of the line labeller: scaling, dense and hashed coefficients, intercepts."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        self.mean = np.asarray(data["mean"])
        self.scale = np.asarray(data["scale"])
        self.coef = np.asarray(data["coef"])  # labels × dense
        self.hashed = np.asarray(data["hashed"])  # labels × HASH_SIZE
        self.intercept = np.asarray(data["intercept"])
        self.meta = data.get("meta", {})

    def to_dict(self) -> dict:
        r = lambda a: np.round(a, 5).tolist()  # noqa: E731 - five decimals keep the file small
        return {"labels": list(self.labels), "mean": r(self.mean), "scale": r(self.scale), "coef": r(self.coef),
                "hashed": r(self.hashed), "intercept": r(self.intercept), "meta": self.meta}

    def predict_proba(self, rows: list[dict]) -> np.ndarray:
        """Probabilities (rows × labels) for plain header lines."""
        if not rows:
            return np.zeros((0, len(self.labels)))
        dense, hashed = build_features(rows)
        z = ((dense - self.mean) / self.scale) @ self.coef.T + self.intercept
        # every line's hashed weights gathered at once; a line's slice of them has the strides its own gather had
        # (labels × ids, Fortran order), so numpy adds its columns in the same order: the same sums
        flat = [j for ids in hashed for j in ids]
        cols = self.hashed[:, flat] if flat else None
        at = 0
        for i, ids in enumerate(hashed):
            if ids:
                z[i] += cols[:, at:at + len(ids)].sum(axis=1)
                at += len(ids)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


def save_model(model: HeaderModel, path: Path = MODEL_PATH) -> None:
    """Write the weights as compact JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_dict(), separators=(",", ":")), encoding="utf-8")


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> HeaderModel:
    """The shipped weights (or those at path), loaded once."""
    return HeaderModel(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))


_override: list[HeaderModel] = []


def current_model() -> HeaderModel:
    """The model ingest uses: the shipped one, unless a benchmark set another with `use_model`."""
    return _override[-1] if _override else load_model()


def use_model(model: HeaderModel | None) -> None:
    """Make ingest label headers with model (None: back to the shipped weights). For cross-validation."""
    _override.clear()
    if model is not None:
        _override.append(model)
