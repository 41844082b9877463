"""Page geometry for PDF reading: positioned text lines, column gutters (two or three columns, or a sidebar
beside the text) and the reading order of column runs. pdf.py turns PDFium's text runs into these lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left
from itertools import accumulate


@dataclass
class Line:
    """A line (or one text run) of a page, in points from the top-left corner, with its font size and weight."""

    page: int
    x0: float
    top: float  # distance from the top of the page
    x1: float
    bottom: float
    text: str
    size: float
    bold: bool
    column: int = 0
    hang: float = 0.0  # where the text after a paragraph number or bullet starts (0: the line has none)
    table: bool = False  # a row of a table that spans the page's columns
    parts: tuple = ()  # the pieces (Lines) it was joined from, left to right, where gaps wider than a word parted them
    # its italic stretches as (start, end) among its letters and digits alone (typography.fold of its text), so
    # that they hold whatever spaces later steps add or take out (extra data: the text is the same either way)
    italic: tuple = ()
    # a glyph the text layer lacks stands just before its start, in the gap where a note's number goes
    # (pdf_runs.textless_glyphs: a number drawn without text); set only where pdf.py looks for one
    glyph_before: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top


def all_gutters(clusters: list[list[Line]], width: float) -> list[float]:
    """Column gutters of a page, left to right: the main one, then one more inside either side when that side
    is itself two columns wide (three-column magazines and newsletters)."""
    g = _find_gutter(clusters, width)
    if g is None:
        return []
    gutters = [g]
    for lo, hi, side in ((0.0, g, [[s for s in c if s.x1 <= g] for c in clusters]),
                         (g, width, [[s for s in c if s.x0 >= g] for c in clusters])):
        side = [c for c in side if c]
        if hi - lo < 0.45 * width or len(side) < 12:
            continue
        x, cover = _emptiest_x(side, int(lo + 0.3 * (hi - lo)), int(lo + 0.7 * (hi - lo)), lo + hi)
        if x is None or cover > 0.1 * len(side):
            continue
        left, right = _sides(side, x)
        if left >= 0.3 * len(side) and right >= 0.3 * len(side):
            gutters.append(x)
    return sorted(gutters)


def _emptiest_x(clusters: list[list[Line]], lo: int, hi: int, width: float) -> tuple[int | None, int]:
    """The x in [lo, hi] crossed by the fewest text segments (nearest the middle on ties), and that count."""
    if hi < lo:
        return None, 0
    diff = [0] * (hi - lo + 2)  # +1 where a segment starts covering, -1 after it ends
    for segs in clusters:
        for s in segs:
            a, b = int(s.x0) - 1, int(s.x1) + 1
            a, b = a if a > lo else lo, b if b < hi else hi
            if a <= b:
                diff[a - lo] += 1
                diff[b - lo + 1] -= 1
    cover = list(accumulate(diff[:hi - lo + 1]))
    best_c = min(cover)
    # of the least covered x, the one nearest the middle (the left one of two as near)
    least = [i + lo for i, c in enumerate(cover) if c == best_c]
    half = width / 2
    j = bisect_left(least, half)
    if j == len(least) or j and abs(least[j - 1] - half) <= abs(least[j] - half):
        j -= 1
    return least[j], best_c


def _spanning(clusters: list[list[Line]], lo: int, hi: int) -> int:
    """How many text segments cross every x in [lo, hi] as _emptiest_x counts them: the fewest any x there is
    crossed by is at least this many."""
    return sum(1 for segs in clusters for s in segs if int(s.x0) - 1 <= lo and int(s.x1) + 1 >= hi) if lo <= hi else 0


def _sides(clusters: list[list[Line]], x: float) -> tuple[int, int]:
    left = sum(1 for segs in clusters if any(s.x1 <= x for s in segs))
    right = sum(1 for segs in clusters if any(s.x0 >= x for s in segs))
    return left, right


def _find_gutter(clusters: list[list[Line]], width: float) -> float | None:
    """The x of the empty vertical strip between two columns (or between a sidebar and the text, as in journals
    that print a margin column of metadata), or None for a single-column page."""
    if len(clusters) < 8:
        return None
    n = len(clusters)
    lo, hi = int(width * 0.3), int(width * 0.7)
    if _spanning(clusters, lo, hi) <= 0.2 * n:  # (else no x there is crossed by few enough: a single column)
        x, c = _emptiest_x(clusters, lo, hi, width)
        if x is not None and c <= 0.2 * n:
            left, right = _sides(clusters, x)
            if left >= 0.25 * n and right >= 0.25 * n:
                return x
    lo, hi = int(width * 0.12), int(width * 0.88)
    if _spanning(clusters, lo, hi) > 0.05 * n:
        return None
    x, c = _emptiest_x(clusters, lo, hi, width)
    if x is not None and c <= 0.05 * n:
        left, right = _sides(clusters, x)
        if min(left, right) >= 4 and max(left, right) >= 0.5 * n:
            return x
    return None


_PAGE_REF = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,6})$", re.I)


def table_rows(clusters: list[list[Line]], gutters: list[float], width: float) -> set[int]:
    """Indices of the text lines (clusters, top to bottom) that are rows of a table spanning a multi-column
    page: three or more rows in a row, each of three or more short cells with cells either side of the gutters
    (rows of two short cells between them count too), with figures in a third of those rows' cells or more (a
    grid of author names on a title page is not a table); or a contents list, each entry's page number across
    the gutter (an entry's wrapped first lines between them count too). Read column by column, such a table's
    cells would be mixed into the body text of each column; kept as full-width rows, it reads as one piece."""
    col_w = width / (len(gutters) + 1)
    kinds = [_row_kind(segs, gutters, col_w) for segs in clusters]
    rows: set[int] = set()
    band: list[int] = []
    for k, kind in enumerate(kinds + [0]):
        if kind:
            band.append(k)
            continue
        rows.update(_table_band(band, kinds, clusters, gutters))
        band = []
    return rows


def _row_kind(segs: list[Line], gutters: list[float], col_w: float) -> int:
    """3: a contents entry and its page number across the gutter; 2: three or more short cells either side of the
    gutters; 1: short cells, or a line wholly left of the gutter; 0: none of these."""
    short = all(s.x1 - s.x0 < 0.6 * col_w for s in segs)
    sides = any(s.x1 <= gutters[0] for s in segs) and any(s.x0 >= gutters[-1] for s in segs)
    if len(segs) == 2 and sides and _PAGE_REF.match(segs[1].text.strip()):
        return 3  # a contents entry and its page number
    if short and sides and len(segs) >= 3:
        return 2
    if short and len(segs) >= 2 or all(s.x1 <= gutters[0] for s in segs):
        return 1
    return 0


def _table_band(band: list[int], kinds: list[int], clusters: list[list[Line]], gutters: list[float]) -> list[int]:
    """The lines of a band of consecutive table-like lines that are table rows (none when it is no table)."""
    # a band starts and ends on a full row; single lines only join a contents list
    full = [i for i in band if kinds[i] >= 2]
    if len(full) < 3:
        return []
    band = band[band.index(full[0]):band.index(full[-1]) + 1]
    if kinds[full[0]] != 3:  # lines wholly left of the gutter belong to a table only as a contents list
        band = [i for i in band if kinds[i] >= 2 or len(clusters[i]) >= 2 and
                not all(s.x1 <= gutters[0] for s in clusters[i])]
    cells = [s.text for i in full for s in clusters[i]]
    numeric = sum(1 for c in cells if any(ch.isdigit() for ch in c))
    return band if numeric >= 0.3 * len(cells) else []


def reading_order(lines: list[Line], width: float) -> list[list[Line]]:
    """Column runs in reading order: a full-width band, then each column of the band below it from left to right,
    and so on down the page."""
    runs: list[list[Line]] = []
    columns: dict[int, list[Line]] = {}
    full: list[Line] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        col = getattr(line, "column", 0)
        if col == 0:
            if columns:
                runs.extend(columns[c] for c in sorted(columns))
                columns = {}
            full.append(line)
        else:
            if full:
                runs.append(full)
                full = []
            columns.setdefault(col, []).append(line)
    if full:
        runs.append(full)
    runs.extend(columns[c] for c in sorted(columns))
    return runs
