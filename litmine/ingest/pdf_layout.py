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
    # the block of the page it is read in (column_blocks, 1 first), on a page whose columns change down the page;
    # 0 elsewhere (most pages: the page's gutters alone order its lines)
    block: int = 0

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
    and so on down the page. On a page whose columns change down the page (lines tagged with their block,
    column_blocks), block by block, each as a page of its own."""
    if any(ln.block for ln in lines):
        blocks: dict[int, list[Line]] = {}
        for ln in lines:
            blocks.setdefault(ln.block, []).append(ln)
        return [run for k in sorted(blocks) for run in _runs(blocks[k])]
    return _runs(lines)


def _runs(lines: list[Line]) -> list[list[Line]]:
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


# Pages whose column structure changes down the page (newsletters, magazines, policy briefs, journals' first pages:
# a title, abstract, table or figure across all or some of the columns, above, between or beside them): the
# page's gutters alone (all_gutters) miss a gutter that such an element crosses on more than a tenth or a fifth of
# the page's lines, and a line crossing one of three columns' gutters is read across all of them. column_blocks
# cuts the page as a reader does (recursive X-Y cut): into columns where an empty vertical strip runs down the
# whole of a region, else into bands of lines top to bottom that share such a strip, each band cut again.

_BAND_MIN = 8  # lines a region needs to be cut into columns (as the page's gutter search needs)
_SLOT = 0.27  # a column is this share of the page's text width or wider (a table's columns, a glossary's terms are
# mostly narrower; a three-column page's are a third of it)
_HELD = 0.5  # a column holds text on this share of its region's lines or more (a glossary's terms, a table's
# column of dates stand on fewer: the lines of their descriptions and names wrap more often)
_REACH = 0.25  # a text column's lines reach within this share of its width of the gutter beside it (median):
# a list's labels or a glossary's terms beside their text do not


def column_blocks(rows: list[list[tuple[float, float]]],
                  spans: list[tuple[float, float]]) -> list[tuple[list[int], float, float]]:
    """The blocks of a page in reading order, from its text lines' pieces (rows, top to bottom: (x0, x1) of each
    piece, left to right, parted by a gap wider than a word space): (indices of the rows, left and right edge) of
    each; a row's pieces between the edges are read in that block. A region is cut into columns at each empty
    vertical strip (2 points wide or more) that runs down all its lines in its middle (12 % in from either edge),
    where each column is _SLOT of the page's text width or wider and holds text on half the lines (_HELD, 4 or
    more) that reaches the gutter either side of it (within _REACH of its width, median: text lines, not a
    glossary's terms); a region that has none is cut into bands of consecutive lines sharing such a strip (a band
    of _BAND_MIN lines or more is a region of its own; lines between such bands, a full- or part-width title,
    caption, table or block of notes, are read as one block where they stand; a heading at a band's foot is read
    with what follows the band, _heading_tail). spans: each row's top and bottom."""
    xs = [x for r in rows for piece in r for x in piece]
    if not xs:
        return []
    a, b = min(xs) - 1, max(xs) + 1
    return _xy((rows, spans, b - a), list(range(len(rows))), a, b, 0)


def _xy(page: tuple, idx: list[int], a: float, b: float, depth: int) -> list[tuple[list[int], float, float]]:
    """The blocks of the region of the lines idx between a and b (column_blocks); page: (rows, spans, the page's
    text width)."""
    rows, _, unit = page
    idx = [k for k in idx if any(a <= p <= q <= b for p, q in rows[k])]
    if len(idx) < _BAND_MIN or depth > 8:
        return [(idx, a, b)] if idx else []
    lo, hi = a + 0.12 * (b - a), b - 0.12 * (b - a)
    cuts = _cuts(rows, idx, a, b, lo, hi, unit)
    if cuts:
        edges = [a, *cuts, b]
        return [blk for p, q in zip(edges, edges[1:]) for blk in _xy(page, idx, p, q, depth + 1)]
    bands = _bands(rows, idx, a, b, lo, hi)
    if len(bands) == 1:
        return [(idx, a, b)]
    out: list[tuple[list[int], float, float]] = []
    loose: list[int] = []
    for i, band in enumerate(bands):
        if len(band) < _BAND_MIN:
            loose += band
            continue
        if loose:
            out.append((loose, a, b))
        blocks = _xy(page, band, a, b, depth + 1)
        loose = _heading_tail(page, band, blocks) if i < len(bands) - 1 else []
        if loose:  # (read with the lines after the band)
            blocks = [(kept, p, q) for ks, p, q in blocks if (kept := [k for k in ks if k not in loose])]
        out += blocks
    if loose:
        out.append((loose, a, b))
    return out


def _heading_tail(page: tuple, band: list[int], blocks: list[tuple[list[int], float, float]]) -> list[int]:
    """The last line or two of a band cut into columns that head what follows the band, not the column they stand
    in: in one column that is not read last, below every line of the band's other columns, set apart from the line
    above them by more than their height, and short (under half the column's width): a section heading at the foot
    of a title page's left column, above the full-width text it opens. None where there are more such lines (a
    column longer than the others ends in its own text)."""
    rows, spans, _ = page
    if len(blocks) < 2:
        return []
    home: dict[int, set[int]] = {}
    for n, (ks, _, _) in enumerate(blocks):
        for k in ks:
            home.setdefault(k, set()).add(n)
    tail: list[int] = []
    for k in reversed(band):
        if len(home.get(k, ())) != 1:
            break
        tail.append(k)
    if not tail or len(tail) > 2 or len({min(home[k]) for k in tail}) > 1:
        return []
    n = min(home[tail[0]])
    ks, p, q = blocks[n]
    above = [k for k in ks if k < tail[-1]]
    if n == len(blocks) - 1 or not above:
        return []
    top, bottom = spans[tail[-1]]
    if top - spans[above[-1]][1] <= bottom - top or \
            any(y - x >= 0.5 * (q - p) for k in tail for x, y in rows[k] if p <= x and y <= q):
        return []
    return sorted(tail)


def _free(row: list[tuple[float, float]], a: float, b: float, lo: float, hi: float) -> list[tuple[float, float]]:
    """The stretches of [lo, hi] a row's pieces (left to right) inside [a, b] leave empty (each piece widened by a
    point)."""
    out = []
    at = lo
    for p, q in row:
        if p < a or q > b:
            continue
        if p - 1 > at:
            if p - 1 >= hi:
                break
            out.append((at, p - 1))
        if q + 1 > at:
            at = q + 1
    if at < hi:
        out.append((at, hi))
    return out


def _meet(one: list[tuple[float, float]], two: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The stretches two lists of stretches (each left to right, apart) share."""
    out, i, j, n, m = [], 0, 0, len(one), len(two)
    while i < n and j < m:
        p1, q1 = one[i]
        p2, q2 = two[j]
        p = p1 if p1 > p2 else p2
        q = q1 if q1 < q2 else q2
        if q > p:
            out.append((p, q))
        if q1 < q2:
            i += 1
        else:
            j += 1
    return out


def _cuts(rows, idx: list[int], a: float, b: float, lo: float, hi: float, unit: float) -> list[float]:
    """The middles of the empty strips running down all the region's lines, where each column they part is one of
    text (column_blocks); none where any is not."""
    free = [(lo, hi)]
    for k in idx:
        free = _meet(free, _free(rows[k], a, b, lo, hi))
        if not free:
            return []
    cuts = [(p + q) / 2 for p, q in free if q - p >= 2]
    if not cuts:
        return []
    edges = [a, *cuts, b]
    if all(_gutter_between(rows, idx, p, x, q, unit) for p, x, q in zip(edges, edges[1:], edges[2:])):
        return cuts
    return []


def _gutter_between(rows, idx: list[int], p: float, x: float, q: float, unit: float) -> bool:
    """Whether the empty strip at x parts two columns of text, the one between p and x and the one between x and q
    (column_blocks): each wide enough, holding text on enough lines that reaches the strip, and text (_text_column)."""
    if min(x - p, q - x) < _SLOT * unit or not _text_column(rows, idx, p, x, unit) or \
            not _text_column(rows, idx, x, q, unit):
        return False
    ends = sorted(max(y for z, y in rows[k] if p <= z and y <= x) for k in idx
                  if any(p <= z and y <= x for z, y in rows[k]))
    starts = sorted(min(z for z, y in rows[k] if x <= z and y <= q) for k in idx
                    if any(x <= z and y <= q for z, y in rows[k]))
    least = max(4, _HELD * len(idx))
    return len(ends) >= least and len(starts) >= least and ends[len(ends) // 2] >= x - _REACH * (x - p) and \
        starts[len(starts) // 2] <= x + _REACH * (q - x)


def _text_column(rows, idx: list[int], p: float, q: float, unit: float) -> bool:
    """Whether the pieces of the region's lines between p and q are lines of text (of one column, or of columns
    side by side): most of them (median) three quarters of _SLOT of the page's text width or wider, and a fifth of
    the lines or fewer holding two pieces or more of which one is narrower (a table's cells, a diagram's labels)."""
    short = 0.75 * _SLOT * unit
    widths, cells, held = [], 0, 0
    for k in idx:
        mine = [y - z for z, y in rows[k] if p <= z and y <= q]
        if mine:
            held += 1
            widths += mine
            cells += len(mine) > 1 and min(mine) < short
    return bool(widths) and sorted(widths)[len(widths) // 2] >= short and cells <= 0.2 * held


def _bands(rows, idx: list[int], a: float, b: float, lo: float, hi: float) -> list[list[int]]:
    """The region's lines in bands, top to bottom: each band the most lines in a row that share an empty strip."""
    bands: list[list[int]] = []
    free: list[tuple[float, float]] = []
    for k in idx:
        mine = [s for s in _free(rows[k], a, b, lo, hi) if s[1] - s[0] >= 2]
        both = _meet(free, mine) if bands else []
        if both:
            bands[-1].append(k)
            free = both
        else:
            bands.append([k])
            free = mine
    return bands
