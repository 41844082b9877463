"""A page's text runs → its lines: runs on one text line grouped, joined into segments across word spaces (raised
footnote numbers kept as marks, a hanging paragraph number kept with its text), segments split at column gutters.
Shared by the text layer (pdf.py) and OCR's words (ocr.py), so neither imports the other."""

from __future__ import annotations

import re
from collections import Counter


from litmine.citations.typography import fold
from litmine.ingest.blocks import HYPHEN_MARK, SUP_CLOSE, SUP_OPEN
from litmine.ingest.pdf_layout import Line, all_gutters, column_blocks, table_rows
from litmine.ingest.pdf_runs import page_fragments


def _clusters(frags: list[Line]) -> list[list[Line]]:
    """Group runs that sit on the same text line (they overlap vertically by half the smaller height; a raised
    superscript overlaps its line that much too), top to bottom."""
    frags = sorted(frags, key=_middle)
    out: list[list[Line]] = []
    tops: list[float] = []  # top and bottom of each cluster
    bottoms: list[float] = []
    for f in frags:
        f_top, f_bottom = f.top, f.bottom
        f_height = f_bottom - f_top
        n = len(out)
        for k in range(n - 1, max(-1, n - 3), -1):
            top, bottom = tops[k], bottoms[k]
            low = bottom if bottom < f_bottom else f_bottom  # min(bottom, f_bottom)
            high = top if top > f_top else f_top  # max(top, f_top)
            overlap = low - high
            if overlap > 0 and overlap >= 0.5 * (f_height if f_height < bottom - top else bottom - top) and (
                    # a comma or a dot within the line's height, or the line no more than 2.5 runs high
                    (f_top >= top - 1 and f_bottom <= bottom + 1) or
                    _joined_height(top, bottom, f_top, f_bottom) < 2.5 * (f_height if f_height > 1 else 1)):
                out[k].append(f)
                # min(top, f_top), max(bottom, f_bottom) (ties keep the first, as min and max do)
                tops[k] = f_top if f_top < top else top
                bottoms[k] = f_bottom if f_bottom > bottom else bottom
                break
        else:
            out.append([f])
            tops.append(f_top)
            bottoms.append(f_bottom)
    order = sorted(range(len(out)), key=tops.__getitem__)
    return [out[k] for k in order]


def _joined_height(top: float, bottom: float, f_top: float, f_bottom: float) -> float:
    """max(bottom, f_bottom) - min(top, f_top), without the calls."""
    return (f_bottom if f_bottom > bottom else bottom) - (f_top if f_top < top else top)


def _middle(f: Line) -> float:
    return (f.top + f.bottom) / 2


_NUMBER = re.compile(r"\d{1,3}")


def _raised_numbers(clusters: list[list[Line]]) -> list[list[Line]]:
    """A small number that _clusters set on a line of its own joined to the line it is raised on: a note's number
    set higher than its note's first line (Word's footnote style in small type: 6 pt over 8 pt overlaps less than
    half its height), a mark raised between two lines of text. Such a number is a run of 1-3 figures alone in its
    cluster, under 0.85 of the line's type, its bottom inside the line's height and its top above the line's (raised,
    not lowered: the line above would have it under its baseline), just before the line's first run or just after
    one of its runs (within an em of the line's type). Clusters come sorted by top, so the line is among those
    whose top lies within two of the number's heights. The joined number takes the line's top, so that the line
    stands where its text does (_raised_number: an 8 pt number raised over a 10 pt note's first line would widen
    the gap to the note's next line past a paragraph break's margin and part the note in two)."""
    joined = False
    for k, c in enumerate(clusters):
        if len(c) != 1 or not _NUMBER.fullmatch(c[0].text.strip()):
            continue
        f = c[0]
        near = [j for j in range(max(0, k - 4), min(len(clusters), k + 5))
                if j != k and clusters[j] and abs(clusters[j][0].top - f.top) < 2 * max(f.bottom - f.top, 1)]
        for j in near:
            g = clusters[j]
            size = max(x.size for x in g)
            top, bottom = min(x.top for x in g), max(x.bottom for x in g)
            if f.size < 0.85 * size and f.top < top < f.bottom < bottom and any(
                    -1 <= x.x0 - f.x1 <= size or -1 <= f.x0 - x.x1 <= size for x in g):
                f.top = top
                g.append(f)
                c.clear()
                joined = True
                break
    return [c for c in clusters if c] if joined else clusters


def _unstacked(cluster: list[Line]) -> list[list[Line]]:
    """A cluster's runs parted into text lines where it took in two lines of small type: small type stacked beside
    a taller line (two footnote lines at 6.5 pt level with one body line at 9 pt) spans less than the cluster
    test's 2.5 line heights. A run of text (4 characters or more) in type under 0.85 of the cluster's largest, set
    across another such run's width but above or below it (either's middle outside the other's height), is on
    another line; runs overlapping on one line (text drawn twice for bold) stay together, and so do runs of one
    size (a table's wrapped cells) and a formula's sub- and superscripts. Other runs join the line they overlap
    most."""
    if len(cluster) < 3:  # two stacked small runs and the taller one: two runs alone are never stacked here
        return [cluster]
    small = 0.85 * max(f.size for f in cluster)
    ordered = sorted((f for f in cluster if f.size <= small and len(f.text.strip()) >= 4), key=lambda f: f.x0)
    if len(ordered) < 2:
        return [cluster]
    reach = ordered[0].x1
    for f in ordered[1:]:
        if f.x0 < reach - 1:
            break
        reach = max(reach, f.x1)
    else:  # no two runs of small type overlap across the page: one line (most clusters)
        return [cluster]
    parted = set(map(id, ordered))
    lines: list[list[Line]] = []
    for f in sorted(ordered, key=lambda f: f.top + f.bottom):
        for line in lines:
            if not any(_stacked(f, g) for g in line):
                line.append(f)
                break
        else:
            lines.append([f])
    for f in cluster:
        if id(f) not in parted:
            max(lines, key=lambda line: max(min(f.bottom, g.bottom) - max(f.top, g.top) for g in line)).append(f)
    return lines


def _stacked(f: Line, g: Line) -> bool:
    """Two runs that overlap across the page by more than a point, one above the other."""
    if min(f.x1, g.x1) - max(f.x0, g.x0) <= 1:
        return False
    return not g.top <= (f.top + f.bottom) / 2 <= g.bottom or not f.top <= (g.top + g.bottom) / 2 <= f.bottom


def _margin_gutters(clusters: list[list[Line]], gutters: list[float], width: float) -> list[float]:
    """Gutters of a margin column beside a text column (side notes, marginalia, a journal's sidebar of dates and
    licence), which all_gutters misses as it holds too few lines: where on three or more lines a margin segment
    (_margin_pair) stands a full em (of the larger type) or more apart from its neighbour, the right segments'
    left edges agree within 3 points and no more than one line in ten crosses the strip between them."""
    starts: dict[int, list[tuple[float, float]]] = {}  # right edge's place -> (left segment's end, right's start)
    for segs in clusters:
        for a, b in zip(segs, segs[1:]):
            if b.x0 - a.x1 >= max(a.size, b.size) and _margin_pair(a, b, width) and \
                    not any(a.x1 < g < b.x0 for g in gutters):
                starts.setdefault(round(b.x0 / 3), []).append((a.x1, b.x0))
    out: list[float] = []
    for key in sorted(starts):
        pairs = starts[key] + starts.get(key + 1, [])
        if len(pairs) < 3 or any(abs(x - 3 * key) < 6 for x in out):
            continue
        x = min(b for _, b in pairs) - 1
        if x <= max(a for a, _ in pairs):
            continue
        crossing = sum(1 for segs in clusters if any(s.x0 < x - 1 and s.x1 > x + 1 for s in segs))
        if crossing <= 0.1 * len(clusters):
            out.append(x)
    return out


_EDGE = 0.3  # a margin column at the page's edge ends within this share of the page's width from it
_CELL_LABEL = re.compile(r"^[\[(][^\])]{1,12}[\])]$")  # "[BWQL14]", "(a)": a reference's or a list's label


def _margin_pair(a: Line, b: Line, width: float) -> bool:
    """Two segments of a line, a left of b, one of them a margin note beside text: words (4 letters or more) in
    type under 0.85 of the other's size (not line numbers or a table's figures); or, in type a little smaller than
    the text's (0.95 of it or less: a two-column table's cells, a glossary's terms, share one size), words in a
    narrow band at the page's edge (within _EDGE of the width) beside a segment as wide as a body column (0.45 of
    the page or more), not a bracketed label (a reference list's [Smi01])."""
    if min(a.size, b.size) <= 0.85 * max(a.size, b.size):
        note = a if a.size < b.size else b
        return sum(ch.isalpha() for ch in note.text) >= 4
    if a.x1 <= _EDGE * width and b.x1 - b.x0 >= 0.45 * width:
        note, body = a, b
    elif b.x0 >= (1 - _EDGE) * width and a.x1 - a.x0 >= 0.45 * width:
        note, body = b, a
    else:
        return False
    return note.size <= 0.95 * body.size and sum(ch.isalpha() for ch in note.text) >= 4 and \
        not _CELL_LABEL.match(note.text.strip())


def _segments(cluster: list[Line]) -> list[Line]:
    """Runs of one text line joined into pieces separated by gaps wider than a word space."""
    cluster = sorted(cluster, key=_left)
    segs: list[Line] = []
    s = None
    for f in cluster:
        if s is not None:
            gap = f.x0 - s.x1
            # a hyphen or a full stop alone in its run is measured by the text beside it (its box, and so often its
            # size, is a tenth of the text's, which made every gap beside it look like a word space); a smaller run
            # of letters or figures (a superscript, an affiliation mark) by its own size (either way when it is no
            # smaller than the text before it: most runs, which then need no search)
            em = max(f.size, 4) if f.size >= s.size or _ALNUM.search(f.text) else max(f.size, s.size, 4)
            if gap < 0.9 * em and not (f.size > 1.3 * s.size and gap >= 0.9 * max(s.size, 4) and _words_apart(s, f)):
                if f.size < 0.85 * s.size and _is_superscript(f, s):
                    # a mark's figures drawn one run each ("3", "1" of note 31) are one number, not two marks
                    s.text = s.text[:-1] + f.text.strip() + SUP_CLOSE if s.text.endswith(SUP_CLOSE) and \
                        gap < 0.25 * f.size else s.text.rstrip() + SUP_OPEN + f.text.strip() + SUP_CLOSE
                    s.x1 = max(s.x1, f.x1)
                    continue
                _join_run(s, f, gap, em)
                continue
        s = f if not (f.column or f.hang or f.table or f.parts) else \
            Line(f.page, f.x0, f.top, f.x1, f.bottom, f.text, f.size, f.bold, italic=f.italic)
        segs.append(s)  # (a run is in one cluster only and read no more: it becomes its segment, not a copy)
    return segs


def _words_apart(s: Line, f: Line) -> bool:
    """Words in larger type after words in small (a heading beside a margin note), which stand apart at an em of
    the smaller type: both with 4 letters or more (not a formula's symbols and sub- or superscripts)."""
    return sum(ch.isalpha() for ch in f.text) >= 4 and sum(ch.isalpha() for ch in s.text[-40:]) >= 4


def _join_run(s: Line, f: Line, gap: float, em: float) -> None:
    """Run f joined to the segment s it follows within a word space or less."""
    # a hyphen's ink sits inside its advance, so the gap beside a hyphen run is wider than between
    # letters: a word space beside it (a dash set " - ") is wider still
    text = f.text
    bare = text.strip()
    number_first = _raised_number(s, f)  # a note's number before its text: the line stands where the text does
    word_gap = 0.3 * em if bare in _HYPHENS or s.text.endswith(_HYPHENS) else 0.18 * em
    sep = "" if gap < word_gap or s.text.endswith((" ", HYPHEN_MARK)) or text.startswith(" ") else " "
    if f.italic:
        s.italic += _shifted(f.italic, len(fold(s.text)))
    s.text += sep + text
    if f.x1 > s.x1:
        s.x1 = f.x1
    if number_first:
        s.top = f.top
    elif f.top < s.top and not _raised_number(f, s):
        s.top = f.top
    if f.bottom > s.bottom:
        s.bottom = f.bottom
    if len(bare) > 2:
        s.bold = s.bold and f.bold
        s.size = f.size if len(text) > len(s.text) / 2 else s.size


def _raised_number(n: Line, text: Line) -> bool:
    """A number of 1-3 figures in smaller type than the text beside it and set higher (a note's number before its
    first line, a mark after a word): joined to the text, it leaves the line's top where the text's is, since
    paragraphs are parted by the gap between lines' tops and a raised number would widen the gap under its line."""
    return n.size < 0.85 * text.size and n.bottom < text.bottom and bool(_NUMBER.fullmatch(n.text.strip()))


def _shifted(spans: tuple, by: int) -> tuple:
    """Italic stretches (Line.italic) moved on by `by` letters and digits, adjacent ones joined."""
    return tuple((a + by, b + by) for a, b in spans)


def _left(f: Line) -> float:
    return f.x0


_ALNUM = re.compile(r"[^\W_]")  # a letter or a figure (str.isalnum, one character)
_HYPHENS = ("-", "\u2010", "\u2011")
_SPACES = re.compile(r"\s+")


_SUP_TEXT = re.compile(r"^\d{1,3}(?:[,\u2013-]\d{1,3})*$")


def _is_superscript(f: Line, s: Line) -> bool:
    """A small raised number after text: a footnote mark or a numeric citation, set right after its word or after
    the word's space (a mark typed after a space: "Beschäftigten ³¹ anzubieten")."""
    return (f.size < 0.85 * s.size and f.bottom < s.bottom - 0.2 * s.size and
            bool(_SUP_TEXT.match(f.text.strip())))


# a paragraph number ("12.", "1.12", "(a)", "iv)") or a bullet
_LABEL_TEXT = r"(?:\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|[\u2022\u25cf\u25aa\u25a0\u2013-])"
_LABEL = re.compile(f"^{_LABEL_TEXT}$")  # alone in its run
LABEL_START = re.compile(rf"^{_LABEL_TEXT}\s+\S")  # opening a line, followed by its text


def _attach_label(segs: list[Line]) -> list[Line]:
    """A paragraph number or bullet set apart at the start of a line (a hanging number in the margin, as UK
    reports number their paragraphs) belongs to the text beside it, not to a column of its own."""
    if len(segs) < 2:
        return segs
    label, text = segs[0], segs[1]
    em = max(text.size, 4)
    if not _LABEL.match(label.text.strip()) or not 0 <= text.x0 - label.x1 < 4 * em or \
            len(text.text.strip()) < 2 or abs(label.size - text.size) > 0.25 * em:
        return segs
    text.text = label.text.strip() + " " + text.text.lstrip()
    if text.italic or label.italic:
        n = len(fold(label.text))
        text.italic = label.italic + _shifted(text.italic, n)
    text.hang = text.x0
    text.x0 = label.x0
    text.top, text.bottom = text.top if _raised_number(label, text) else min(label.top, text.top), \
        max(label.bottom, text.bottom)
    return segs[1:]


def _join_segments(segs: list[Line]) -> Line:
    if len(segs) == 1:  # most lines: one segment, kept as it is but for its spaces
        s = segs[0]
        text = s.text.strip()
        if "  " in text or not text.isprintable():  # (other white space than single spaces is not printable)
            text = _SPACES.sub(" ", text).strip()
        # the segment becomes the line (read no more; a segment has no column, table mark or parts)
        s.text, s.bold = text, bool(s.bold)
        return s
    first = segs[0]
    line = Line(first.page, first.x0, min(s.top for s in segs), max(s.x1 for s in segs),
                 max(s.bottom for s in segs), " ".join(s.text.strip() for s in segs), first.size, first.bold)
    line.hang = first.hang
    if any(s.italic for s in segs):
        at, spans = 0, []
        for s in segs:
            spans.extend(_shifted(s.italic, at))
            at += len(fold(s.text))
        line.italic = tuple(spans)
    chars = Counter()
    for s in segs:
        chars[s.size] += len(s.text)
    line.size = chars.most_common(1)[0][0]
    line.bold = all(s.bold for s in segs)
    line.text = _SPACES.sub(" ", line.text).strip()
    line.parts = tuple(segs) if len(segs) > 1 else ()  # header rows part a side column from a title (header_model)
    return line


_FOLIO = re.compile(r"\d{1,4}")


def folio_apart(line: Line) -> list[Line]:
    """A bottom-margin line parted from the page number that shares its height: a number alone at the line's start
    or end, in type 1.2 times the neighbouring text's or more, standing an em of that text apart ("74  35 Ausführlich
    dazu ...", "... Rn. 49  13"). Notes set low on the page reach the folio's height, and joined to it a note's
    line opens or ends with the page number (its note number lost) and stays out as a footer. Returns the line
    and the page number as two lines, or the line alone."""
    parts = line.parts
    if len(parts) < 2:
        return [line]
    for folio, nb, rest, gap in ((parts[0], parts[1], parts[1:], parts[1].x0 - parts[0].x1),
                                 (parts[-1], parts[-2], parts[:-1], parts[-1].x0 - parts[-2].x1)):
        if _FOLIO.fullmatch(folio.text.strip()) and folio.size >= 1.2 * nb.size and gap >= nb.size:
            kept = _join_segments(list(rest))
            kept.column, kept.table, kept.block = line.column, line.table, line.block
            return [kept, Line(folio.page, folio.x0, folio.top, folio.x1, folio.bottom, folio.text.strip(),
                               folio.size, folio.bold, column=line.column, block=line.block)]
    return [line]


_PARTED = 3  # lines parted by the blocks a page needs to be read by them (a page whose columns run into each
# other; a table's header or one line across a gutter is read as the gutters say)


def _blocks(clusters: list[list[Line]], table: set[int], groups) -> dict[int, int] | None:
    """The block (pdf_layout.column_blocks, 1 first) each segment of a page is read in, where the blocks part a line
    the page's gutters keep whole (a page whose columns change down the page); else None (the page's gutters
    alone order its lines). A table's row spanning the columns is kept whole."""
    rows = [[(min(s.x0 for s in segs), max(s.x1 for s in segs))] if k in table else [(s.x0, s.x1) for s in segs]
            for k, segs in enumerate(clusters)]
    blocks = column_blocks(rows, [(min(s.top for s in segs), max(s.bottom for s in segs)) for segs in clusters])
    if len(blocks) < 2:
        return None
    block: dict[int, int] = {}
    for n, (idx, a, b) in enumerate(blocks, 1):
        for k in idx:
            for s in clusters[k]:
                if k in table or a <= s.x0 and s.x1 <= b:
                    block.setdefault(id(s), n)
    if len(block) < sum(map(len, clusters)):  # (a segment no block holds: none should be; read as the gutters say)
        return None
    parted = sum(1 for segs, _, _ in groups if len(segs) > 1 and len({block[id(s)] for s in segs}) > 1)
    return block if parted >= _PARTED else None


def _parted(segs: list[Line], block: dict[int, int]) -> list[list[Line]]:
    """A line's segments parted by the block each is read in (left to right within each)."""
    by_block: dict[int, list[Line]] = {}
    for s in segs:
        by_block.setdefault(block.get(id(s), 0), []).append(s)
    return list(by_block.values())


def _line_groups(clusters: list[list[Line]], gutters: list[float], table: set[int]) -> tuple[list, int]:
    """The segments of each line of a page as its gutters part them, with the line's column (0: full width) and
    table mark; and how many lines hold segments parted by a gap wider than a word space (only such lines can the
    page's blocks part)."""
    groups: list[tuple[list[Line], int, bool]] = []
    split = 0
    for k, segs in enumerate(clusters):
        if not gutters or k in table or any(s.x0 < g < s.x1 for s in segs for g in gutters):
            groups.append((segs, 0, k in table))
            split += len(segs) > 1 and k not in table  # (a table's row is kept whole)
            continue
        by_col: dict[int, list[Line]] = {}
        for s in segs:
            by_col.setdefault(1 + sum(1 for g in gutters if g <= s.x0), []).append(s)
        for col, part in sorted(by_col.items()):
            groups.append((part, col, False))
            split += len(part) > 1
    return groups, split


def page_lines(page, pno: int) -> tuple[list[Line], float, float]:
    """Lines of a page (a PdfPage, or PDFium's handle of a loaded page) in reading order, each tagged with its column
    (0 full width, 1 left, 2 right)."""
    frags, width, height = page_fragments(page, pno)
    return lines_from_runs(frags, width), width, height


def lines_from_runs(frags: list[Line], width: float) -> list[Line]:
    """A page's text runs (from the text layer, or OCR's words: ingest/ocr.py) → its lines, top to bottom, each
    tagged with its column (0 full width, 1 left, 2 right)."""
    clusters = [_attach_label(_segments(c)) for both in _raised_numbers(_clusters(frags)) for c in _unstacked(both)]
    gutters = all_gutters(clusters, width)
    table = table_rows(clusters, gutters, width) if gutters else set()
    gutters = sorted(gutters + _margin_gutters(clusters, gutters, width))
    groups, split = _line_groups(clusters, gutters, table)
    block = _blocks(clusters, table, groups) if split >= _PARTED else None
    lines: list[Line] = []
    for segs, col, in_table in groups:
        for part in ((segs,) if block is None else _parted(segs, block)):
            line = _join_segments(part)
            line.column = col
            line.table = in_table
            if block is not None:
                line.block = block[id(part[0])]
            lines.append(line)
    lines = [ln for ln in lines if ln.text]
    # the last line of a wrapped full-width title or heading can be short enough to sit in one column
    lines.sort(key=lambda ln: ln.top)
    for prev, line in zip(lines, lines[1:]):
        if line.column and prev.column == 0 and abs(line.size - prev.size) <= 0.5 and \
                line.top - prev.top < 1.8 * line.size and not any(
                    o.column and o.column != line.column and abs(o.top - line.top) < line.height for o in lines):
            line.column = 0
    return lines
