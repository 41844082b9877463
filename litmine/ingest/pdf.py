"""PDF → blocks with pypdfium2 (PDFium's text layer): fast, with positions and font sizes.

PDFium's text runs (each text object's characters, with box, size and weight) come from pdf_runs.py, a few calls
per run. Layout work done here: lines from text runs, running headers/footers and page numbers removed, two-column pages
read column by column (a page whose columns change down the page, a title, table or notes across all or some of
them, block by block: pdf_layout.column_blocks), footnotes told apart by size and place, headings by size and
weight, paragraphs by spacing and indentation (first-line and hanging), paragraphs rejoined across column and page
breaks. Paragraph numbers set in the margin stay with their paragraphs, tables that span the columns are read as one
block, and spaces that separate no words (under ligatures, in letter-spaced text) are dropped (pdf_spaces.py).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from litmine.citations.typography import ItalicText
from litmine.errors import InputError
from litmine.ingest.blocks import HYPHEN_MARK, Block, page_break_mark
from litmine.ingest.page_labels import MarginLine, find_page_labels
from litmine.ingest.pdf_footnotes import (NOTE_END, SOURCE_LINE, NoteNumbers, footnote_lines, margin_notes, page_marks,
                                          small_share)
from litmine.ingest.pdf_layout import Line, reading_order
from litmine.ingest.pdf_lines import LABEL_START, folio_apart, page_lines
from litmine.ingest.pdf_runs import textless_glyphs
from litmine.ingest.structure import entry_start, is_reference_heading
from litmine.ingest.text import normalise_text

_MIN_CHARS_PER_PAGE = 15
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# a note's number opens its first line, or stands alone on a line of its own (raised above the text beside it);
# run into its text where the PDF lost the space, before a capital or a note's usual lower-case start ("6http://x.org",
# "7vgl. Weber 1922", "8ebd., S. 5"); a section sign before a number cites a statute ("§ 84 Abs. 2 SGB IX", a note's
# line going on), no note marked by it; notes marked by symbols may double them ("*" and "**" for the author's
# notes on a first page, "\u2020\u2020")
_FOOTNOTE_START = re.compile(r"^(?:\d{1,3}|\*{1,3}|\u2020{1,2}|\u2021{1,2}|\u00a7(?!\s*\d))(?:[.)]?\s|(?=[A-Z\u00C0-\u024F\"'])|\s*$|"
                             r"(?=https?:|www\.|vgl\.|ebd\.|ebenda\b|zit\.|siehe\b|cf\.|ibid))")


def _strip_running_lines(pages: list[list[Line]], heights: list[float], body: float) -> list[list[MarginLine]]:
    """Remove running headers, footers and page numbers: lines in the top or bottom margin that repeat, are page
    numbers, or (after the first page) stand apart from the text in a smaller font, and a page's edge lines outside
    the margins that repeat (_edge: a journal's page printed on A4); a page number that shares a
    bottom-margin line with a note's text is parted from it first (pdf_lines.folio_apart). Returns every page's
    margin lines (before removal), where page_labels finds the printed page numbers."""
    zone_keys: Counter[tuple[str, str]] = Counter()
    keyed: list[list[tuple[Line, tuple[str, str] | None, bool]]] = []
    margins: list[list[MarginLine]] = []
    for lines, h in zip(pages, heights):
        if any(line.parts and line.top > 0.9 * h for line in lines):
            lines[:] = [piece for line in lines
                        for piece in (folio_apart(line) if line.parts and line.top > 0.9 * h else (line,))]
        row, margin = _keyed_lines(lines, h, body, first_page=not keyed)
        zone_keys.update({key for _, key, _ in row if key})  # each key once a page
        keyed.append(row)
        margins.append(margin)
    repeat = max(2, int(0.3 * len(pages)))
    _pieces_of_running(zone_keys, repeat)
    marks = [page_marks(lines) for lines in pages]
    for i, row in enumerate(keyed):
        pages[i] = _kept_lines(row, zone_keys, repeat, body, first_page=i == 0,
                               called=marks[i] | (marks[i - 1] if i else set()))
    return margins


def _keyed_lines(lines: list[Line], h: float, body: float, *,
                 first_page: bool) -> tuple[list[tuple[Line, tuple[str, str] | None, bool]], list[MarginLine]]:
    """A page's lines with their keys (zone or edge, the text in lower case with its numbers as "#"; None for a
    line that is neither in a margin zone nor an edge line, _edge) and whether each is in a margin zone, and the
    page's margin lines for page_labels."""
    row = []
    margin = []
    # page numbers sit in the margins, or on the first or last line of a page whose text block is smaller
    # than the paper (a book page printed on A4)
    first = min((line.top for line in lines), default=0.0)
    last = max((line.bottom for line in lines), default=0.0)
    level = _edge_levels(lines)
    for line in lines:
        zone = "top" if line.bottom < 0.1 * h else "bottom" if line.top > 0.9 * h else None
        edge = _edge(line, level, h) if line.size < 1.05 * body else None
        edge = None if edge == "top" and first_page else edge  # the first page's title or byline
        if zone or line.top <= first + 1 or line.bottom >= last - 1:
            margin.append(MarginLine(line.text, zone or ("top" if line.top <= first + 1 else "bottom"),
                                     line.top, line.bottom))
        key = (zone or edge, re.sub(r"\d+", "#", line.text.lower()).strip()) if zone or edge else None
        row.append((line, key, bool(zone)))
    return row, margin


def _pieces_of_running(zone_keys: Counter[tuple[str, str]], repeat: int) -> None:
    """Count as repeating (in zone_keys) a margin or edge line's text of eight characters or more, on two pages or
    more, that is part of a line repeating in the same zone: a running footer that pages set in two columns part at
    their gutter into two lines ("www.sws-rundschau.at" and "SWS-Rundschau (43.Jg.) Heft 4/2003: 429 – 449"
    under a two-column reference list, one line on the other pages). A title or byline on the first page that a
    running head repeats ("Melanie Roski, Ingrid Schacherl" under "44 Melanie Roski, Ingrid Schacherl") stays."""
    running = [key for key, n in zone_keys.items() if n >= repeat]
    for key in [key for key, n in zone_keys.items() if 2 <= n < repeat and len(key[1]) >= 8]:
        if any(r[0] == key[0] and key[1] in r[1] for r in running):
            zone_keys[key] = repeat


def _kept_lines(row: list[tuple[Line, tuple[str, str] | None, bool]], zone_keys: Counter[tuple[str, str]],
                repeat: int, body: float, *, first_page: bool, called: set[int]) -> list[Line]:
    """A page's lines without its running heads and footers: margin-zone lines and a page's edge lines (_edge)
    that repeat on many pages, and in the margin zones page numbers and (after the first page) small lines
    standing apart from the text; footnotes set low on the page, in the margin zone, stay
    (pdf_footnotes.margin_notes)."""
    others = [line for line, key, zone in row if not zone]
    notes = margin_notes([line for line, _, _ in row], [bool(key) and key[0] == "bottom" for _, key, _ in row], called,
                         [bool(key) and zone_keys[key] >= repeat for _, key, _ in row])
    return [line for j, (line, key, zone) in enumerate(row)
            if key is None or j in notes or not (
                zone_keys[key] >= repeat or zone and (_PAGE_NUMBER.match(line.text) or
                (not first_page and line.size < 0.95 * body and _isolated(line, others))))]


def _edge_levels(lines: list[Line]) -> tuple[float, float]:
    """Where a page's top and bottom edge lines lie (_edge): a line whose top is above the first, or whose bottom is
    below the second, is one. The first: the foot of the page's highest line (the lines level with it, beside it, are
    edge lines with it) where those lines stand apart from the lines under them by a gap of a line's height or more
    (a running head above the text block), else -1 (none); the second likewise at the page's foot."""
    if not lines:
        return -1.0, float("inf")
    high, low = min(lines, key=lambda ln: ln.top), max(lines, key=lambda ln: ln.bottom)
    below = [ln.top for ln in lines if ln.top >= high.bottom]
    above = [ln.bottom for ln in lines if ln.bottom <= low.top]
    top = high.bottom if not below or min(below) - high.bottom >= max(high.height, 6) else -1.0
    bottom = low.top if not above or low.top - max(above) >= max(low.height, 6) else float("inf")
    return top, bottom


def _edge(line: Line, level: tuple[float, float], height: float) -> str | None:
    """"top" or "bottom" for a page's first or last line outside the margin zones (level with the page's highest or
    lowest line: beside it, as a line parted at a column gutter is; apart from the text by a line's height,
    _edge_levels), in the outer 30 % of the page, that opens with no source line's lead: where a book's or journal's page, smaller than the paper it is printed on
    (a journal page on A4, a page with wide margins), sets its running head and running footer ("92 Melanie
    Garbas", "SWS-Rundschau (43.Jg.) Heft 4/2003: 429 – 449 www.sws-rundschau.at" at 0.89 of the page's height).
    Such a line is a running line when it repeats from page to page (_strip_running_lines), as one in the margin
    zones is; nothing else of the margin zones' rules applies to it. The first page's top line and lines set larger
    than the text are no edge lines (_strip_running_lines): a title or byline there may read as the running head. A
    table's source line at the foot of page after page ("Quelle: Statistisches Bundesamt 2004") is no footer."""
    if line.bottom < 0.3 * height and line.top < level[0]:
        return "top"
    if line.top > 0.7 * height and line.bottom > level[1] and \
            not SOURCE_LINE.match(line.text):
        return "bottom"
    return None


def _isolated(line: Line, others: list[Line]) -> bool:
    """No other text within two line heights above or below: a margin line, not part of a paragraph."""
    gap = 2 * max(line.height, 6)
    return not any(o.top - gap < line.bottom and o.bottom + gap > line.top for o in others)


def _chars_by_size(pages: list[list[Line]]) -> Counter[float]:
    """How many characters of the document's text are set in each type size."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes


def _body_size(sizes: Counter[float]) -> float:
    """The body text's type size: the size most characters are set in (_chars_by_size)."""
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _bold_of_all_text(pages: list[list[Line]], body: float, sizes: Counter[float] | None = None) -> None:
    """Rule: where most of a document's text is bold (its text font's weight given as 600 or more, as some
    embedded book fonts have it), bold marks nothing in small type that holds a tenth of its letters or more
    (notes set smaller than the body text): those lines are not bold, so that a line of an endnote is not read as
    a heading. The body size's lines stay as they are (a heading may be set bold in the body size); sizes:
    _chars_by_size(pages), when the caller has it."""
    sizes = _chars_by_size(pages) if sizes is None else sizes
    bold = sum(len(line.text) for lines in pages for line in lines if line.bold)
    chars = sum(sizes.values())
    if bold <= 0.5 * chars:
        return
    small = {size for size, n in sizes.items() if n >= 0.1 * chars and size < 0.9 * body}
    for lines in pages:
        for line in lines:
            if line.size in small:
                line.bold = False


def _run_blocks(run: list[Line], body: float, height: float, notes: NoteNumbers | None = None) -> list[Block]:
    """Paragraphs of one column run, from spacing, indentation, size and weight."""
    if not run:
        return []
    left, right = _run_edges(run, body)
    pitches = [b.top - a.top for a, b in zip(run, run[1:]) if 0 < b.top - a.top < 3 * body]
    pitch = statistics.median(pitches) if pitches else body * 1.2
    indent_tol = max(2.0, body * 0.8)
    indented = [line.x0 - left > indent_tol for line in run]
    _find_hangs(run, indent_tol)
    is_heading = [_is_heading_line(line, body) for line in run]
    hanging = _hanging_stretches(run, is_heading, indented)
    _numbered_indents(run, left, indent_tol, hanging, indented)
    shape = _RunShape(body, pitch, left, right, hanging, indented)

    blocks: list[Block] = []
    cur: list[Line] = []
    cur_hint = "body"

    def flush() -> None:
        nonlocal cur
        if cur:  # a table spanning the columns is kept whole, as a caption-kind block of its own
            blocks.append(_make_block(cur, "caption" if cur_hint == "table" else cur_hint, body))
        cur = []

    in_notes = footnote_lines(run, body, height, notes)
    last_note: int | None = None
    for i, line in enumerate(run):
        hint = _line_hint(line, body, is_heading[i], in_notes[i])
        prev = run[i - 1] if i else None
        new = prev is None or hint != cur_hint
        if not new and prev is not None:
            new = _new_paragraph(run, i, hint, shape, hint != "footnote" or _next_note(line, prev, last_note, notes))
        if new:
            flush()
            cur_hint = hint
            if hint == "footnote":  # the run's last note known to be one: called, or in sequence
                last_note = _note_in_sequence(line, last_note, notes) or last_note
        cur.append(line)
    flush()
    return blocks


class _RunShape(NamedTuple):
    """What one column run's paragraph breaks are judged by: body size, line pitch, edges and indents per line."""

    body: float
    pitch: float
    left: float
    right: float
    hanging: list[bool]
    indented: list[bool]


def _run_edges(run: list[Line], body: float) -> tuple[float, float]:
    """The left edge of a run's body-size lines (of all its lines when none is body size) and its right edge."""
    left = min(line.x0 for line in run if line.size >= body * 0.9) if any(line.size >= body * 0.9 for line in run) \
        else min(line.x0 for line in run)
    right = max(line.x1 for line in run)
    return left, right


def _hanging_stretches(run: list[Line], is_heading: list[bool], indented: list[bool]) -> list[bool]:
    """Per line, whether it is in a stretch between headings set with hanging indents (a reference list)."""
    # hanging indents (reference lists) or first-line indents, decided per stretch between headings
    hanging = [False] * len(run)
    start = 0
    for end in [i for i, h in enumerate(is_heading) if h] + [len(run)]:
        seg = range(start, end)
        if len(seg) >= 2:
            share = sum(indented[i] for i in seg) / len(seg)
            # hanging indents belong to reference lists; indented lists and code elsewhere are not entries
            if share >= 0.4 and _entry_share(run, seg, indented) >= 0.5 or \
                    share >= 0.2 and start > 0 and is_reference_heading(run[start - 1].text):
                for i in seg:
                    hanging[i] = True
        start = end + 1
    return hanging


def _entry_share(run: list[Line], seg: range, indented: list[bool]) -> float:
    """The share of a stretch's unindented lines that start like a reference entry."""
    starts = [run[i].text for i in seg if not indented[i]]
    return sum(1 for t in starts if entry_start(t)) / len(starts) if starts else 0.0


def _numbered_indents(run: list[Line], left: float, indent_tol: float, hanging: list[bool],
                      indented: list[bool]) -> None:
    """Measure the indents of numbered paragraphs and bullets from where their text starts (in `indented`)."""
    # numbered paragraphs and bullets with their text indented past the number: the lines under the text are not
    # indented paragraph starts, the numbered line is a paragraph start
    if any(line.hang for line in run):
        text_left = min(left, min(line.hang for line in run if line.hang))
        for i, line in enumerate(run):
            if not hanging[i]:
                indented[i] = (line.hang or line.x0) - text_left > indent_tol


def _line_hint(line: Line, body: float, heading: bool, footnote_zone: bool) -> str:
    """The kind of block a line belongs to: footnote, table, heading, caption (small type) or body."""
    small = line.size < body * 0.9
    return "footnote" if footnote_zone else "table" if line.table else "heading" if heading else \
        "caption" if small else "body"


def _new_paragraph(run: list[Line], i: int, hint: str, shape: _RunShape, next_note: bool = True) -> bool:
    """Whether line `i` of a run starts a new block of the same kind as the line before (next_note: whether a
    footnote line opening with a number may open a note, _next_note)."""
    line, prev = run[i], run[i - 1]
    body, pitch, left, right, hanging, indented = shape
    gap = line.top - prev.top
    if hint == "table":
        new = False
    elif hint == "heading":
        new = abs(line.size - prev.size) > 0.5 or gap > 1.6 * line.size
    elif gap > pitch + max(1.5, 0.2 * body):  # paragraph spacing, however small
        new = True
    elif hint == "footnote":  # a number, or a glyph drawn without text where a number goes (_glyphs_before)
        new = (bool(_FOOTNOTE_START.match(line.text)) and next_note or line.glyph_before) and \
            not prev.text.endswith(HYPHEN_MARK)
    elif hanging[i]:
        new = not indented[i]
    elif line.hang:
        new = True
    else:
        new = indented[i] and not indented[i - 1] and not prev.hang
        short_prev = right - prev.x1
        if not new and short_prev > 0.15 * (right - left) and prev.text.endswith((".", ":", "?", "!", '"')):
            new = True
        elif not new and short_prev > 0.35 * (right - left) and line.text[:1].isupper() and \
                not prev.text.endswith((",", HYPHEN_MARK, "-", "&")):
            new = True
    if new and hint != "footnote" and gap <= pitch + max(1.5, 0.2 * body) and _closes_bracket(prev.text, line.text):
        new = False  # "... Klimas (vgl." / "Hecker, 2000)": a line that closes the bracket the line above opened
    return new


def _closes_bracket(prev: str, text: str) -> bool:
    """Whether a line closes a round bracket the line before left open, before it opens one: the same sentence
    going on ("(vgl." / "Hecker, 2000)"), whatever its indent or the abbreviation's full stop above say."""
    return prev.count("(") > prev.count(")") and re.match(r"[^()]{1,80}\)", text) is not None


_LEADING_NUMBER = re.compile(r"(\d{1,3})(?!\d)")


def _note_in_sequence(line: Line, last_note: int | None, notes: NoteNumbers | None) -> int | None:
    """The number a footnote line opens with when it can be a note's number under the run's last known note: 1
    (notes numbered anew in a chapter), up to two after the last note's (a note whose number the text layer lost)
    or a number the text calls; None for a line opening with no number or with another (a figure of a note's text
    at a line's start: under note 3, "12 Mrd. DM ...", "30 Prozent ...", "21. Jahrhundert", "24. S. 23.")."""
    m = _LEADING_NUMBER.match(line.text)
    if m is None:
        return None
    n = int(m.group(1))
    if n == 1 or (last_note is not None and last_note < n <= last_note + 2) or (notes is not None and notes.called(line)):
        return n
    return None


def _next_note(line: Line, prev: Line, last_note: int | None, notes: NoteNumbers | None) -> bool:
    """Whether a footnote line may open a note: any line while no note of the run is known or after a line that
    ends as a sentence does (a note whose number breaks the count, the text's mark lost), else one that opens with
    no number or with a number in sequence (_note_in_sequence); notes count up."""
    return last_note is None or prev.text.rstrip().endswith(NOTE_END) or \
        not _LEADING_NUMBER.match(line.text) or _note_in_sequence(line, last_note, notes) is not None


def _find_hangs(run: list[Line], tol: float) -> None:
    """A line that opens with a paragraph number or bullet and whose next line starts where its text does (a
    hanging indent no wider than the number): note where its text starts."""
    for i, (line, nxt) in enumerate(zip(run, run[1:])):
        if line.hang or not LABEL_START.match(line.text):
            continue
        label = line.text.split(None, 1)[0]
        d = nxt.x0 - line.x0
        after = run[i + 2] if i + 2 < len(run) else None
        # the line after that keeps the indent (a first-line indent of the next paragraph would not)
        if after is not None and abs(after.top - nxt.top) < 2.5 * line.size and abs(after.x0 - nxt.x0) > tol:
            continue
        if tol < d <= 0.75 * line.size * (len(label) + 2) and abs(nxt.top - line.top) < 2.5 * line.size:
            line.hang = nxt.x0


def _is_heading_line(line: Line, body: float) -> bool:
    big = line.size > body * 1.12
    short = len(line.text.split()) <= 14
    return (big or (line.bold and short and not line.text.endswith((".", ",")))) and len(line.text) < 200


def _make_block(lines: list[Line], hint: str, body: float) -> Block:
    text = ""
    for line in lines:
        t = line.text
        if not text:
            text = t
        elif text.endswith(HYPHEN_MARK):
            text += t
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and t[:1].isalpha():
            text = text[:-1] + HYPHEN_MARK + t
        else:
            text += "\n" + t  # line breaks stay until structure knows the kind (reference lists use them)
    size = max(line.size for line in lines)
    return Block(normalise_text(text), lines[0].page, hint, size=round(size / body, 2) if body else 1.0)


def _join_across_breaks(blocks: list[Block]) -> list[Block]:
    """Rejoin a paragraph cut by a column or page break (no final punctuation, next part starts in lower case),
    reaching over footnotes and captions that the layout put between the two parts. Where the paragraph goes on on
    another page, a page_break_mark before its first word there records the page (_marked)."""
    out: list[Block] = []
    last_body: Block | None = None
    last_page: int | None = None  # the page the last body block's text ends on
    for b in blocks:
        if b.hint == "body" and last_body is not None and b.text[:1].islower() and \
                not last_body.text.rstrip().endswith((".", "?", "!", ":")):
            prev = last_body
            goes_on = prev.text.endswith(HYPHEN_MARK) or (prev.text.endswith("-") and prev.text[-2:-1].isalpha())
            text = b.text
            if b.page is not None and b.page != last_page:
                text = _marked(text, b.page, word_goes_on=goes_on)
                last_page = b.page if text != b.text else last_page
            if prev.text.endswith(HYPHEN_MARK):
                prev.text += text
            elif goes_on:
                prev.text = prev.text[:-1] + HYPHEN_MARK + text
            else:
                prev.text += " " + text
            continue
        out.append(b)
        if b.hint == "body":
            last_body, last_page = b, b.page
        elif b.hint in ("heading",):
            last_body = None
    return out


def _marked(text: str, page: int, *, word_goes_on: bool) -> str:
    """A block's text with the page_break_mark of its page before its first word, or (word_goes_on: its first
    word ends a word hyphenated on the page before) before its second; unmarked when it has no second word."""
    if not word_goes_on:
        return page_break_mark(page) + text
    space = re.search(r"\s", text)
    if not space:
        return text
    return text[:space.end()] + page_break_mark(page) + text[space.end():]


def _heading_levels(blocks: list[Block]) -> None:
    sizes = sorted({b.size for b in blocks if b.hint == "heading"}, reverse=True)
    for b in blocks:
        if b.hint == "heading":
            b.level = sizes.index(b.size) + 1


def read_pdf(path: str, data: bytes | None = None) -> tuple[list[Block], dict]:
    """Read a PDF (from its bytes when given, else from path) into blocks. Returns the blocks and reader facts:
    pages, PDF metadata, the body text size.

    Raises InputError for encrypted, corrupt or truncated PDFs and for PDFs without a text layer.
    """
    n, meta, pdf_labels, pages, widths, heights = _open_pages(path, data)
    ocr = _ocr_bare_pages(path, data, pages)
    sizes = _chars_by_size(pages)
    body = _body_size(sizes)
    _bold_of_all_text(pages, body, sizes)
    # the first pages' lines with their layout, running heads included, for the header model (ingest/metadata)
    front_lines = [line for lines in pages[:3] for line in lines]
    margins = _strip_running_lines(pages, heights, body)
    labels = find_page_labels(margins, pdf_labels, [" ".join(line.text for line in lines) for lines in pages[:2]],
                              [sum(len(line.text) for line in lines) for lines in pages])
    _drop_edge_folios(pages, labels)
    glyphs = _TextlessGlyphs(path, data)
    try:
        blocks, ordered = _page_blocks(pages, widths, heights, body, glyphs)
    finally:
        glyphs.close()
    # the texts of the lines' italic runs, kept beside the text for the reference parser (not part of the text)
    italics = ItalicText.from_lines((line.text, line.italic) for line in ordered)
    blocks = _join_across_breaks(blocks)
    _heading_levels(blocks)
    return blocks, {"pages": n, "pdf_meta": meta, "body_size": body, "front_lines": front_lines,
                    "page_sizes": list(zip(widths, heights)),
                    "ocr": {"notes": ocr.notes, "confidence": ocr.mean_confidence} if ocr else None,
                    "page_labels": labels, "italics": italics}


def _open_pages(path: str, data: bytes | None) -> tuple[int, dict, list[str | None] | None, list[list[Line]],
                                                       list[float], list[float]]:
    """Open a PDF and read its lines: page count, info dictionary, page labels, lines, widths and heights per page."""
    try:
        pdf = pdfium.PdfDocument(data if data is not None else path)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise InputError(path, "encrypted PDF (a password is needed to open it)") from None
        raise InputError(path, f"corrupt or truncated PDF ({msg.rstrip('.')})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise InputError(path, "PDF has no pages")
        meta = {}
        try:
            meta = {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
        except Exception:  # noqa: BLE001 - broken info dictionaries are common and harmless
            meta = {}
        pdf_labels = _pdf_page_labels(pdf, n)
        pages: list[list[Line]] = []
        widths: list[float] = []
        heights: list[float] = []
        for i in range(n):
            # PDFium's page handle itself, loaded and closed here (pypdfium2's PdfPage would register a finalizer)
            page = pdfium_c.FPDF_LoadPage(pdf, i)
            if not page:
                raise pdfium.PdfiumError("Failed to load page.")
            try:
                lines, w, h = page_lines(page, i + 1)
            except pdfium.PdfiumError as exc:
                raise InputError(path, f"corrupt PDF page {i + 1} ({exc})") from None
            finally:
                pdfium_c.FPDF_ClosePage(page)
            pages.append(lines)
            widths.append(w)
            heights.append(h)
    finally:
        pdf.close()
    return n, meta, pdf_labels, pages, widths, heights


def _ocr_bare_pages(path: str, data: bytes | None, pages: list[list[Line]]):
    """Read a scan's pages without text by OCR (into `pages`); returns the OCR result, None when not run.

    Raises InputError when the PDF still has too little text.
    """
    n = len(pages)
    chars = sum(len(line.text) for lines in pages for line in lines)
    ocr = None
    bare = [i + 1 for i, lines in enumerate(pages) if sum(len(ln.text) for ln in lines) < _MIN_CHARS_PER_PAGE]
    # a scan (perhaps behind a repository's text cover sheet): its pages without text are read by OCR
    if chars < _MIN_CHARS_PER_PAGE * n or len(bare) > n / 2:
        from litmine.ingest.ocr import enable_hint, ocr_available, read_pages_by_ocr

        if ocr_available():
            ocr = read_pages_by_ocr(path, data, bare)
            for pno, lines in ocr.lines.items():
                pages[pno - 1] = lines
            chars = sum(len(line.text) for lines in pages for line in lines)
        if chars < _MIN_CHARS_PER_PAGE * n:
            how = "OCR found none either" if ocr else f"a scanned PDF? run OCR first, or {enable_hint()}"
            raise InputError(path, f"no text layer ({chars} characters on {n} pages: {how})")
    return ocr


def _drop_edge_folios(pages: list[list[Line]], labels: list) -> None:
    """Remove a page's printed label set as its top or bottom line outside the margin zones (a small page on A4),
    and the article's own citation line (_own_range) among the page's four top or bottom lines, with the lines
    between it and the page's edge (the rest of the imprint: "eISSN 1775-352X ©
    ESSACHESS" under "ESSACHESS. Journal for Communication Studies, vol. 10, no. 1(19) / 2017: 73-90")."""
    span = _label_span(labels)
    for i, label in enumerate(labels):  # a folio outside the margin zones (a small page printed on A4)
        if pages[i] and label:
            edge = (min(pages[i], key=lambda ln: ln.top), max(pages[i], key=lambda ln: ln.bottom))
            # (the text first: `in` compares a line with the edge lines field by field)
            pages[i] = [line for line in pages[i] if not (line.text.strip() == label and line in edge)]
        if pages[i] and span:
            pages[i] = _without_own_range(pages[i], span)


def _without_own_range(lines: list[Line], span: tuple[int, int]) -> list[Line]:
    """A page's lines without the article's own citation line among its four top or bottom lines and the lines
    between that line and the page's edge (_drop_edge_folios)."""
    order = sorted(lines, key=lambda ln: ln.top)
    middle = (order[0].top + order[-1].bottom) / 2  # on a page of few lines a side holds none of the other half's
    top = [ln for ln in order[:4] if ln.bottom < middle]
    bottom = [ln for ln in order[-4:][::-1] if ln.top > middle]  # from the page's foot up
    drop: list[Line] = []
    for side in (top, bottom):
        at = next((k for k, ln in enumerate(side) if _own_range(ln.text, span)), None)
        if at is not None:
            drop += side[:at + 1]
    return [ln for ln in lines if not any(ln is d for d in drop)] if drop else lines


_PAGE_RANGE = re.compile(r"(?<![\d.,/])(\d{1,4})\s*[-\u2013\u2014]\s*(\d{1,4})(?![\d.,/])")


def _label_span(labels: list) -> tuple[int, int] | None:
    """The first and last arabic page labels of a document (find_page_labels) when it has two or more, else None."""
    numbers = [int(label) for label in labels if label and label.isdigit()]
    return (numbers[0], numbers[-1]) if len(numbers) >= 2 and numbers[-1] > numbers[0] else None


def _own_range(text: str, span: tuple[int, int] | None) -> bool:
    """Rule (articles of journals and edited books, printed pages labelled): a page's top or bottom line that gives
    a page range opening at the document's first printed page and reaching its last (one page short allowed) is the
    journal's or book's citation line of the article itself, no note or text: the imprint at the foot of an
    article's first page ("Diskurs Kindheits- und Jugendforschung Heft 1-2009, S. 91-105" under an article printed
    on pages 91 to 105, "Historical Social Research, Supplement — 2008 — No. 20, 90-99" where the page
    number of the other pages stands) or a running line that gives the range ("SWS-Rundschau (43.Jg.) Heft 4/2003:
    429 – 449")."""
    if span is None:
        return False
    # a volume's issue range, "375(1-3)", is no page range; and where the printed pages start at 1 (a paper numbered
    # on its own, as JOSE's are) a range "1-3" is as likely a cited work's, so it must reach the last page itself
    short = 0 if span[0] == 1 else 1
    return any(int(m.group(1)) == span[0] and span[1] - short <= int(m.group(2)) <= span[1] + 20
               and not text[:m.start()].endswith("(") for m in _PAGE_RANGE.finditer(text))


def _page_blocks(pages: list[list[Line]], widths: list[float], heights: list[float], body: float,
                 glyphs=None) -> tuple[list[Block], list[Line]]:
    """The blocks of every page's column runs in reading order, and the lines in that order. glyphs(page): the
    boxes of a page's glyphs without text (_TextlessGlyphs), asked for only where a run's notes may hide note
    numbers drawn so (_unnumbered_notes): its lines after such a glyph open notes (_glyphs_before)."""
    blocks: list[Block] = []
    ordered: list[Line] = []
    # footnote numbers the text calls, per page, and how much of each page is small type
    notes = NoteNumbers([page_marks(lines) for lines in pages], [small_share(lines, body) for lines in pages])
    for lines, w, h in zip(pages, widths, heights):
        for run in reading_order(lines, w):
            last = notes.last
            got = _run_blocks(run, body, h, notes)
            if glyphs is not None and _unnumbered_notes(got) and _glyphs_before(run, glyphs(run[0].page)):
                notes.last = last  # the run read again as it was first read
                got = _run_blocks(run, body, h, notes)
            blocks.extend(got)
            ordered.extend(run)
    return blocks, ordered


def _unnumbered_notes(blocks: list[Block]) -> bool:
    """Whether a run's blocks hold a note of two lines or more that opens with no number (notes whose numbers the
    text layer lacks run together into one such block; a note carried over from the page before is one too)."""
    return any(b.hint == "footnote" and "\n" in b.text and not _FOOTNOTE_START.match(b.text) for b in blocks)


def _glyphs_before(run: list[Line], boxes: list[tuple[float, float, float, float]]) -> bool:
    """Mark the lines of a run that a glyph without text (pdf_runs.textless_glyphs) stands just before, where a
    note's number is set: ending left of the line's start by at most an em and a half, starting no more than three
    ems before it, and level with the line's upper part (a raised number) or its middle, not under its middle (a
    mark at the end of the line above). A note whose number is drawn so opens at such a line (_new_paragraph).
    Whether any line was marked."""
    found = False
    for line in run:
        em = max(line.size, 1.0)
        for x0, top, x1, bottom in boxes:
            if line.x0 - 1.5 * em <= x1 <= line.x0 + 0.2 * em and x0 >= line.x0 - 3 * em and \
                    line.top - 0.5 * em <= (top + bottom) / 2 <= (line.top + line.bottom) / 2 + 0.1 * em:
                line.glyph_before = found = True
                break
    return found


class _TextlessGlyphs:
    """The glyphs without text of a PDF's pages (pdf_runs.textless_glyphs), by page number (from 1): the PDF is
    opened again on the first call, and each page is read when it is first asked for (most never are)."""

    def __init__(self, path: str, data: bytes | None) -> None:
        self.source = data if data is not None else path
        self.pdf: pdfium.PdfDocument | None = None
        self.pages: dict[int, list[tuple[float, float, float, float]]] = {}

    def __call__(self, pno: int) -> list[tuple[float, float, float, float]]:
        if pno not in self.pages:
            self.pages[pno] = []
            try:
                if self.pdf is None:
                    self.pdf = pdfium.PdfDocument(self.source)
                page = pdfium_c.FPDF_LoadPage(self.pdf, pno - 1)
                if page:
                    try:
                        self.pages[pno] = textless_glyphs(page)
                    finally:
                        pdfium_c.FPDF_ClosePage(page)
            except pdfium.PdfiumError:  # read once already; a second reading that fails finds no glyphs
                pass
        return self.pages[pno]

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None


def _pdf_page_labels(pdf: pdfium.PdfDocument, n: int) -> list[str | None] | None:
    """The PDF's own page labels (/PageLabels), None when it has none."""
    labels = []
    for i in range(n):
        try:
            labels.append(pdf.get_page_label(i) or None)
        except Exception:  # noqa: BLE001 - a broken label tree is no reason to lose the document
            labels.append(None)
    return labels if any(labels) else None
