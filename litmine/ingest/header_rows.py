"""The rows that the year ranker and the venue rules read: a document's first pages' lines with their layout.

A PDF's rows are its `front_lines` (first three pages, running heads included) with the position on the page, the
type size relative to the body, whether the line repeats on several pages in the top or foot margin (a running head
or foot), whether it sits in a "Suggested citation" block or on a repository cover sheet, and which kind of passage
(reference, footnote, long body paragraph) it belongs to. A text file's rows are its front passages, no layout.

`front_rows` builds them once per document; litmine.ingest.metadata hands the same rows to the year ranker
(header_fields.find_year) and to the venue rules (running_lines), so the lines are normalised and matched once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from litmine.models import Passage

_LABEL = re.compile(r"^\W*(?:suggested citation|recommended citation|zitierweise|zitiervorschlag|"
                    r"empfohlene zitierung|bitte zitieren|please cite(?: this (?:article|paper|report|"
                    r"publication) as| as)?|how to cite(?: this (?:article|paper|report))?|cite as|citation|"
                    r"zitation|to cite this (?:article|paper|version))\b\s*:?", re.I)
_TOC_LINE = re.compile(r"(?:\.\s*){4,}\s*\w*\d+\s*$|\s{3,}\d+\s*$|\s[ivxlc\d]{1,4}$")
_COVER = re.compile(r"(?=[sewlntp])\b(?:ssoar|econstor|white rose research online|eprints\.whiterose|"
                    r"leibniz-informationszentrum|nbn-resolving|this is a repository copy|provided in cooperation with|"
                    r"terms of use|"
                    r"nutzungsbedingungen)\b", re.I)
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


@dataclass
class Row:
    """One line (PDF) or front passage (text file) that candidates come from, with its layout where known."""

    text: str
    page: int | None = None  # physical page (PDF), None for text files
    top: float = 0.5  # fraction of the page height
    size: float = 1.0  # type size relative to the body size
    bold: bool = False
    index: int = 0  # position among the front passages (text files)
    running: bool = False  # repeated on several pages (a running head or foot)
    repeated: bool = False  # the same text on two or more of the first pages, wherever on the page
    block: bool = False  # inside a "Suggested citation" / "Zitierweise" block
    kind: str = ""  # "reference", "footnote" or "prose" (a long body paragraph) when the line is part of one
    cover: bool = False  # on a repository cover sheet
    before: str = ""  # the lines just before (same page)
    journal: bool | None = None  # a printed journal line ("X, Vol. 31, No. 3, 2006, pp. 61-74"), see header_venue
    series: bool | None = None  # a series line with its number ("Working Paper 2/2008")
    late: str = ""  # "last" (last two pages) or "imprint" (a ©/published line after page 3); "" on the front pages


def front_rows(passages: list[Passage], *, fmt: str, info: dict | None = None) -> list[Row]:
    """The rows of a document: its PDF front lines when it has them, else its front passages.

    Example:
        >>> from litmine.models import Passage
        >>> [r.text for r in front_rows([Passage(0, "body", "Working Paper 2/2008\\nÉtudes")], fmt="txt")]
        ['Working Paper 2/2008', 'Études']
    """
    info = info or {}
    lines = info.get("front_lines") if fmt == "pdf" else None
    if lines:
        return pdf_rows(lines, info.get("page_sizes") or [], passages)
    return text_rows(passages)


def _norm(text: str) -> str:
    """text lower-cased, its white space runs one space, its digit runs "#" (str.split and re's \\s take the same
    characters as white space: _SPACE.sub(" ", text.strip()), faster)."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def pdf_rows(lines: list, page_sizes: list, passages: list[Passage]) -> list[Row]:
    """Rows of a PDF's front lines; passages (of the whole document) tell which lines are references, footnotes or
    long body paragraphs."""
    if not lines:
        return []
    parts: list[str] = []  # the squeezed text of the front pages' reference/footnote/prose passages, in order
    starts: list[int] = []
    kinds: list[str] = []
    at = 0
    for p in passages:
        if (p.page or 1) > 3:
            break
        kind = p.kind if p.kind in ("reference", "footnote") else "prose" if is_prose(p) else None
        if kind:
            text = "".join(p.text.split()) + "\x00"
            parts.append(text)
            starts.append(at)
            kinds.append(kind)
            at += len(text)
    squeezed = "".join(parts)
    sizes = sorted(line.size for line in lines for _ in range(max(1, len(line.text) // 20)))
    body = sizes[len(sizes) // 2] or 10.0
    norms = [_norm(line.text) for line in lines]
    pages_of: dict[str, set[int]] = {}
    for line, norm in zip(lines, norms):
        pages_of.setdefault(norm, set()).add(line.page)
    rows: list[Row] = []
    for line, norm in zip(lines, norms):
        h = (page_sizes[line.page - 1][1] if page_sizes and line.page - 1 < len(page_sizes) else 842.0) or 842.0
        top = line.top / h
        repeated = len(pages_of.get(norm, ())) >= 2 and len(norm) > 3
        rows.append(Row(text=line.text.strip(), page=line.page, top=max(0.0, min(1.0, top)),
                        size=(line.size or body) / body, bold=bool(line.bold), repeated=repeated,
                        running=repeated and not 0.075 <= top <= 0.92))  # in the top or foot margin
        if squeezed:
            key = "".join(line.text.split())[:30]  # the line's start: its end may carry a note mark
            where = squeezed.find(key) if len(key) >= 12 else -1
            if where >= 0:
                rows[-1].kind = kinds[bisect_right(starts, where) - 1]
    mark_context(rows)
    return rows


def text_rows(passages: list[Passage]) -> list[Row]:
    """Rows of a text file: the lines of its front passages (up to the references or the introduction)."""
    rows = []
    for i, p in enumerate(passages[:40]):
        if p.kind in ("reference", "footnote"):
            break
        if p.kind == "heading" and re.match(r"^(?:\d\.?\s+)?introduction\b", p.text, re.I) and i > 0:
            break
        for part in p.text.split("\n"):
            rows.append(Row(text=part.strip(), index=i, kind="prose" if is_prose(p) else ""))
    mark_context(rows)
    return rows


def is_prose(p: Passage) -> bool:
    """A running-text paragraph (a date inside it is an event, seldom the document's date)."""
    if p.kind not in ("body", "abstract"):
        return False
    words = p.text.split()
    return len(words) > 15 and sum(w[:1].islower() for w in words) > len(words) / 2


def mark_context(rows: list[Row]) -> None:
    """Fill `before`, citation blocks and cover sheets."""
    covered = [bool(_COVER.search(r.text)) for r in rows]
    cover = {r.page for r, c in zip(rows, covered) if c and r.page is not None}
    if any(r.page is None and c for r, c in zip(rows[:15], covered[:15])):
        cover.add(None)
    block_left = 0
    for i, r in enumerate(rows):
        prev = [q.text for q in rows[max(0, i - 2):i] if q.page == r.page]
        r.before = " ".join(prev)[-120:]
        r.cover = r.page in cover if r.page is not None else (None in cover and r.index < 15)
        if _LABEL.match(r.text) and not _TOC_LINE.search(r.text):
            block_left = 4
            r.block = True
            continue
        if block_left and (i == 0 or rows[i - 1].page == r.page):
            r.block = True
            block_left -= 1
        else:
            block_left = 0


def split_side_columns(lines: list) -> list:
    """A page's lines (PDF reader `Line`s, in reading order) with text of a narrow side column parted from the text
    beside it, and each side of such a column band read on its own, left side first.

    The PDF reader joins the pieces of one printed line when it finds no column gutter on the page; a narrow
    column beside a display title (a journal's masthead or copyright notes, a sidebar of links, an author column
    beside the abstract) is then glued to the title line ("Copyright© 2007 Legislative Politics as"). A line's
    pieces (`Line.parts`) are parted where the gap between two of them is a column gap: at least 2.5 em of the
    larger type, or at least one em where the two sides differ in type size by half and both hold words (an
    affiliation mark beside a name is no column). A line of two pieces parted so marks a column band: the lines
    next to it that sit wholly on one side of the gap and close above or below (a gap under 1.2 em of its type) form
    the band, and the band is read as two columns, left then right, each top to bottom. Table rows (three cells or
    more) are parted but not reordered.

    Example:
        >>> from litmine.ingest.pdf_layout import Line
        >>> a = Line(1, 40, 100, 90, 107, "Copyright© 2007", 7, False)
        >>> b = Line(1, 170, 96, 330, 112, "Politics as", 16, False)
        >>> glued = Line(1, 40, 96, 330, 112, "Copyright© 2007 Politics as", 16, False, parts=(a, b))
        >>> nxt = Line(1, 170, 118, 300, 134, "Normal?", 16, False)
        >>> side = Line(1, 40, 120, 100, 127, "Sage Publications", 7, False)
        >>> [ln.text for ln in split_side_columns([glued, side, nxt])]
        ['Copyright© 2007', 'Sage Publications', 'Politics as', 'Normal?']
    """
    out: list = []
    bands: list[tuple[int, float, float]] = []  # (index in out, left side's right edge, right side's left edge)
    for ln in lines:
        pieces = _column_pieces(ln)
        if len(pieces) == 2:
            bands.append((len(out), pieces[0].x1, pieces[1].x0))
        out.extend(pieces)
    if not bands:
        return out
    done: set[int] = set()
    for at, left_edge, right_edge in bands:
        if at in done:
            continue

        def side(ln) -> int:  # 1: left of the gap, 2: right of it, 0: across it (or another column or page)
            if ln.page != out[at].page or ln.column != out[at].column:
                return 0
            if ln.x1 <= right_edge - 1:
                return 1
            return 2 if ln.x0 >= left_edge + 1 else 0

        # the band: lines wholly on one side, each close below or above it (a gap under 1.2 em of its type)
        lo, hi, top, bottom = at, at + 1, out[at].top, out[at].bottom
        while lo > 0 and side(out[lo - 1]) and top - out[lo - 1].bottom <= _LEADING * max(out[lo - 1].size, 4.0):
            lo -= 1
            top = min(top, out[lo].top)
        while hi < len(out) and side(out[hi]) and out[hi].top - bottom <= _LEADING * max(out[hi].size, 4.0):
            bottom = max(bottom, out[hi].bottom)
            hi += 1
        done.update(k for k, _, _ in bands if lo <= k < hi)
        out[lo:hi] = sorted(out[lo:hi], key=side)  # stable: top to bottom within each side
    return out


_LEADING = 1.2  # the widest gap (in em) between two lines of one block of type


def _column_pieces(ln) -> list:
    """A line parted at its column gaps (see split_side_columns); the line itself when it has none."""
    parts = getattr(ln, "parts", ()) or ()
    if len(parts) < 2:
        return [ln]
    groups = [[parts[0]]]
    for a, b in zip(parts, parts[1:]):
        em = max(a.size, b.size, 4.0)
        gap = b.x0 - a.x1
        big, small = max(a.size, b.size), max(min(a.size, b.size), 1.0)
        words = all(sum(ch.isalpha() for ch in p.text) >= 3 for p in (a, b))
        if gap >= 2.5 * em or (gap >= em and big >= 1.5 * small and words):
            groups.append([b])
        else:
            groups[-1].append(b)
    if len(groups) == 1:
        return [ln]
    return [_joined(ln, g) for g in groups]


def _joined(ln, group: list):
    """One piece of a parted line: its box, text, the size and weight of most of its letters."""
    from dataclasses import replace

    text = _SPACE.sub(" ", " ".join(p.text.strip() for p in group)).strip()
    main = max(group, key=lambda p: len(p.text))
    return replace(ln, x0=group[0].x0, top=min(p.top for p in group), x1=max(p.x1 for p in group),
                   bottom=max(p.bottom for p in group), text=text, size=main.size,
                   bold=all(p.bold for p in group), parts=tuple(group) if len(group) > 1 else ())


def running_lines(info: dict, rows: list[Row] | None = None) -> set[str]:
    """Texts of the front lines repeated on two or more pages (running heads and feet); rows: the document's
    `front_rows` when already built."""
    if rows is None:
        rows = pdf_rows(info.get("front_lines") or [], info.get("page_sizes") or [], [])
    return {r.text for r in rows if r.running}


def cover_pages(info: dict) -> set[int]:
    """Physical pages among the first three that are repository cover sheets (SSOAR, EconStor, White Rose...)."""
    return {line.page for line in info.get("front_lines") or [] if _COVER.search(line.text)}
