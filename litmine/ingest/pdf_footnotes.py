"""Footnote lines on a PDF page: where a page's notes begin, from type size, place and note numbers.

Rules, each covering a layout seen across publishers (they are layout facts, not fitted to documents):

- Foot zone: from the first line in small type (under 0.92 of the body size) in the lower 45 % of a column run,
  when text at body size stands above it and nothing after it is at body size, to the run's end. 0.92 and not
  0.9: many German journals set notes at 9 pt under a 10 pt text. The zone reaches up over the small lines set
  close above that line (one block with it, under the last body-size line): a note carried over to a page whose
  text ends high starts above 0.55 and is one note with what follows it, not a caption.
- Numbered note: a line in small type that opens with a note number the body text calls with a superscript mark
  (on this page or the one before), or, once notes with marks were seen, with the number after the last note
  (a mark the text layer lost), in the lower part of the page; in the upper part only under the column run's last
  line of words at body size (a block of small type set in the text there, a quotation or a table whose rows open
  with numbers the text calls, is no note); never on a page mostly in small type (a numbered reference list set
  small). Small lines after it continue the note until one at body size. This finds notes set beside the text in
  a margin column (sidenotes), notes under a figure and notes under a box's text, which the foot-zone rule misses.
- One type size for notes: a publisher sets a document's notes in one size. Small lines at the top of a foot zone
  set larger than the zone's first note and apart from it are something else set small above the notes: a block
  quotation a size under the text, an abstract and keywords on a first page, a table's rows (_past_other_type).
  Likewise the small lines after a note go on with it only while they keep the size of its first line of words
  (a table set under it).
- Back matter: past the notes the text calls, a foot zone on a page mostly in small type that opens no note (no
  note's number, symbol or drawn number) and stands under no reference list's heading is no notes: a series'
  catalogue of its papers, an imprint set small at a paper's back (_back_matter).
"""

from __future__ import annotations

import re

from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN
from litmine.ingest.pdf_layout import Line
from litmine.ingest.structure import is_reference_heading

SMALL = 0.92  # a note's type size, at most, relative to the body text
_MARK = re.compile(f"{SUP_OPEN}([^{SUP_CLOSE}]*){SUP_CLOSE}")
_WORD = re.compile(r"[^\W_]{2}")  # two letters or figures together: a note's line holds them ("S. 12."), a chart's labels not
_LETTERS = re.compile(r"[^\W\d_]{2}")  # two letters together: a line of words, not a page number
# a figure's or table's source line after its lead ("Quelle: Castro et al. (2003): 14."; the leads of
# citations.source_lines), which a figure set at the foot of a page puts into the bottom margin zone
SOURCE_LINE = re.compile(r"\s*(?:(?:Daten)?[Qq]uellen?|QUELLEN?|Daten(?:basis|grundlage)|Sources?|SOURCES?)\s*:\s*\w")
_NOTE_NUMBER = re.compile(rf"^\s*{SUP_OPEN}?(\d{{1,3}}){SUP_CLOSE}?(?:[.)]?\s+|(?=[^\W\d_\s]|[\"„“'(\[])|\s*$)")


def page_marks(lines: list[Line]) -> set[int]:
    """The numbers a page's text calls with superscript marks ("text\ue0033\ue004" → 3; "2,3" and "4-6" too)."""
    out: set[int] = set()
    for line in lines:
        if SUP_OPEN not in line.text:
            continue
        for m in _MARK.finditer(line.text):
            for part in re.split(r",", m.group(1)):
                bits = [b for b in re.split(r"[-\u2013]", part.strip()) if b.isdigit()]
                if len(bits) == 2 and int(bits[0]) <= int(bits[1]) < int(bits[0]) + 20:
                    out.update(range(int(bits[0]), int(bits[1]) + 1))
                elif len(bits) == 1:
                    out.add(int(bits[0]))
    return out


class NoteNumbers:
    """The note numbers a document calls, page by page, and the last note found; shared by a document's runs."""

    def __init__(self, marks_by_page: list[set[int]], small_share: list[float] | None = None) -> None:
        self.marks = marks_by_page
        self.small_share = small_share or [0.0] * len(marks_by_page)
        self.last = 0
        self.highest = max((max(marks) for marks in marks_by_page if marks), default=0)  # the highest number called
        # the index of the last page that calls a note, None where none does
        self.last_calling = max((p for p, marks in enumerate(marks_by_page) if marks), default=None)

    def opens_note(self, line: Line, *, low: bool) -> bool:
        """Whether the line starts a note: its number is called on this page or the one before, or it is the
        next number after the last note seen and the line sits low on its page."""
        m = _NOTE_NUMBER.match(line.text)
        if not m:
            return False
        n = int(m.group(1))
        p = line.page - 1
        if 0 <= p < len(self.small_share) and self.small_share[p] > 0.5:
            return False  # a page mostly in small type (a numbered reference list) holds no notes to find here
        called = self._called(n, p)
        bare = not line.text[m.end():].strip()  # a number alone on its line: only when the text calls it
        # the next number without a mark: only once the document has shown notes with marks
        return n > 0 and (called or (low and not bare and 0 < self.last < n <= self.last + 2))

    def past_calls(self, page: int) -> bool:
        """Whether page number `page` (from 1) is a page mostly in small type past the notes: the document calls
        notes with marks, none on this page or after it nor on the page before (where a note may begin that goes
        on here)."""
        p = page - 1
        return self.last_calling is not None and p > self.last_calling + 1 and \
            0 <= p < len(self.small_share) and self.small_share[p] > 0.5

    def numbered(self, line: Line) -> bool:
        """Whether the line opens with a number that may be a note's: one up to two past the highest the document
        calls or the last note seen (an endnote's at the back, a note whose mark the text layer lost; not "440 S.", a
        book's page count)."""
        m = _NOTE_NUMBER.match(line.text)
        return bool(m) and 0 < int(m.group(1)) <= max(self.highest, self.last) + 2

    def called(self, line: Line) -> bool:
        """Whether the line opens with a number the body text calls with a mark on this page or the one before."""
        m = _NOTE_NUMBER.match(line.text)
        return bool(m) and self._called(int(m.group(1)), line.page - 1)

    def _called(self, n: int, p: int) -> bool:
        """Whether the body text calls note n with a mark on page index p or the one before."""
        return any(0 <= q < len(self.marks) and n in self.marks[q] for q in (p, p - 1))

    def saw(self, line: Line) -> None:
        """Note the number a footnote line opens with, if it follows the notes seen so far."""
        m = _NOTE_NUMBER.match(line.text)
        if m and self.last < int(m.group(1)) <= self.last + 5:
            self.last = int(m.group(1))


def small_share(lines: list[Line], body: float) -> float:
    """The share of a page's characters set in small type (under SMALL of the body size)."""
    total = sum(len(line.text) for line in lines)
    return sum(len(line.text) for line in lines if line.size < body * SMALL) / total if total else 0.0


def footnote_lines(run: list[Line], body: float, height: float, notes: NoteNumbers | None) -> list[bool]:
    """Which lines of one column run (top to bottom) are footnote text."""
    flags = [False] * len(run)
    small = [line.size < body * SMALL for line in run]
    # the foot zone: small type to the end of the run, under text at body size; lines without letters at the run's
    # end in larger type (a page's rule of dashes, "- -" of a folio whose number the text layer lost) end no zone
    # and stay out of it
    end = len(run)
    while end > 1 and run[end - 1].size >= body * 0.95 and not _LETTERS.search(run[end - 1].text):
        end -= 1
    for i, line in enumerate(run[:end]):
        if small[i] and line.top > 0.55 * height and i > 0 and \
                any(ln.size >= body * 0.95 for ln in run[:i]) and all(ln.size < body * 0.95 for ln in run[i:end]):
            start = _past_other_type(run, _zone_top(run, small, i, notes), notes)
            if not _back_matter(run, start, notes):
                for j in range(start, end):
                    flags[j] = True
            break
    if notes is not None:
        _called_notes(run, small, flags, body, height, notes)
        for i, line in enumerate(run):
            if flags[i]:
                notes.saw(line)
    return flags


def _back_matter(run: list[Line], start: int, notes: NoteNumbers | None) -> bool:
    """Rule (papers whose notes the text calls with marks, and series printing matter at their back): a foot zone
    (run[start:], footnote_lines) on a page mostly in small type past the notes (NoteNumbers.past_calls), none of
    whose lines opens with a number that may be a note's (NoteNumbers.numbered), an asterisk or dagger or a number
    drawn without text (an endnote's, a note's), holds no notes: it is back matter set small, a series' catalogue
    of its other papers (headings of the years at the body's size, under each the papers' authors, titles and
    "Bestell-Nr.: FS I 01 - 202", a book's "440 S."), an imprint, an order form. A page whose text is mostly at the
    body's size (a contact box under a paper's last text) and a zone under a reference list's heading (a list set
    small, whose entries structure.py reads from the zone's lines as before) are left as they were."""
    zone = run[start:]
    return notes is not None and bool(zone) and notes.past_calls(zone[0].page) and not any(
        notes.numbered(ln) or _SYMBOL_NOTE.match(ln.text) or ln.glyph_before for ln in zone) and \
        not any(is_reference_heading(ln.text) for ln in run[:start])


def _called_notes(run: list[Line], small: list[bool], flags: list[bool], body: float, height: float,
                  notes: NoteNumbers) -> None:
    """Flag the numbered notes of a run (the module's second rule) in flags: a small line that opens a note the
    text calls, and the small lines after it while they keep the size of its first line of words."""
    inside = False
    # the last line of words at body size (not a page number): a small line above it in the upper part of the
    # page is set in the text (a quotation, a table whose rows open with numbers the text calls), not under it
    # as a note; lower down, notes under a box's or a column's text may have text going on below them
    text_ends = max((i for i, line in enumerate(run) if line.size >= body * 0.95 and _LETTERS.search(line.text)),
                    default=-1)
    size = None  # the type size of the note the lines are in: its first line of words
    for i, line in enumerate(run):
        if not small[i]:
            inside = False
            continue
        low = line.top > 0.45 * height
        if (low or i > text_ends) and notes.opens_note(line, low=low):
            m = _NOTE_NUMBER.match(line.text)
            inside, size = True, line.size if _WORD.search(line.text[m.end():]) else None
        elif inside and size is None:
            size = line.size  # the line after a number set alone on its line
        elif inside and abs(line.size - size) >= OTHER_SIZE:
            inside = False  # a line in another size than the note's is no line of it (a table set under it)
        flags[i] = flags[i] or inside


OTHER_SIZE = 0.4  # points: two lines this far apart in type size are set in two sizes (sizes come rounded to 0.1)
_SYMBOL_NOTE = re.compile(r"^\s*[*\u2020\u2021]")  # a note opening with an asterisk or a dagger


def _past_other_type(run: list[Line], start: int, notes: NoteNumbers | None) -> int:
    """Where a foot zone found from line `start` begins once the small lines at its top set in another type size
    than its notes are left out: the lines above the zone's first line that opens a note (a number the text calls,
    an asterisk or dagger, or a number drawn without text: Line.glyph_before), when every one of them is set at
    least OTHER_SIZE larger than that line, a gap wider than their line spacing parts them from it, and they are no
    list with hanging indents (a reference list set small above the notes, read as a list). A block quotation a
    size under the text, a first page's abstract and keywords, a table's rows set small above the notes are no
    notes; a note carried over from the page before (set at the notes' size, no gap) stays."""
    if notes is None:
        return start
    opening = next((j for j in range(start, len(run)) if notes.called(run[j]) or run[j].glyph_before
                    or _SYMBOL_NOTE.match(run[j].text)), None)
    if opening is None or opening == start:
        return start
    above, first = run[start:opening], run[opening]
    if any(ln.size < first.size + OTHER_SIZE for ln in above):
        return start
    left = min(ln.x0 for ln in above)
    if above[0].x0 - left < 0.5 * above[0].size and any(ln.x0 - left > 0.8 * ln.size for ln in above):
        return start  # entries whose later lines are indented: a list with hanging indents
    pitch = min((y.top - x.top for x, y in zip(above, above[1:])), default=1.2 * above[-1].height)
    return opening if first.top - above[-1].top > 1.4 * pitch else start


NOTE_END = (".", "!", "?", ")", '"', "\u201c", "\u201d", "\u00bb", "\u00ab")  # how a note or a sentence ends


def _zone_top(run: list[Line], small: list[bool], i: int, notes: NoteNumbers | None) -> int:
    """Where the foot zone found at line i starts: higher up over the small lines set close above it, one block
    with it (no gap wider than a line's), under the last line at body size, when a note opens in the zone (a
    number the text calls: not a reference list, table or quotation set small), those lines but the last run to
    the zone's right edge (a note's justified lines, not a figure's labels), and any of them that opens with a
    number opens a note the text calls after a line ending as a sentence does; on a page whose text ends high,
    a note carried over from the page before starts above 0.55 of the page and is one paragraph with what follows
    it."""
    k = i
    while k > 1 and small[k - 1] and run[k].top - run[k - 1].top <= 1.6 * run[k].size and \
            abs(run[k].size - run[k - 1].size) < 0.5:
        k -= 1
    if k == i or notes is None or run[i].page == 1 or not any(notes.called(run[j]) for j in range(i, len(run))):
        return i
    left, right = min(ln.x0 for ln in run[i:]), max(ln.x1 for ln in run[i:])
    if any(run[j].x1 < right - 0.15 * (right - left) for j in range(k, i - 1)):
        return i  # lines of a figure or a table, not a note's justified lines (its last line may be short)
    for j in range(k, i + 1):  # a line that opens with a number above or at i: a note the text calls, after a line
        # that ends as a sentence does (else a numbered list or a table's rows, no note carried over)
        if _NOTE_NUMBER.match(run[j].text) and not (
                notes.called(run[j]) and (j == k or run[j - 1].text.rstrip().endswith(NOTE_END))):
            return i
    return k


def margin_notes(lines: list[Line], bottom: list[bool], called: set[int],
                 repeated: list[bool] | None = None) -> set[int]:
    """Indexes of a page's bottom-margin lines that are footnotes, not a footer: a line that opens with a note
    number the text calls (on this page or the one before), or the next number after one where the line does not
    repeat from page to page (a mark the text layer lost), and has words after it, or with a source line's lead
    ("Quelle:", "Source:": a figure's source line at the foot of the page) where it does not repeat from page to
    page, and the lines set close under
    it or under the text above the zone, one after the other (the rest of a note and the notes after it, however
    far into the margin they run), unless they repeat from page to page (repeated: a running footer). A page
    number set among them is no note and stays out, but the lines under it go on; a line of single letters and figures
    ("A", "E 2", "D I E I": the labels of a chart or a table's cells under the text) is no note's line and ends the
    chain. Footnotes printed low on the page fall into the margin zone, where small lines standing apart
    from the text are otherwise taken for running footers.

    Example:
        >>> note = Line(2, 72, 770, 400, 778, "3 Vgl. Max Weber, Wirtschaft, Tübingen 1922.", 8, False)
        >>> folio = Line(2, 300, 810, 310, 818, "14", 8, False)
        >>> sorted(margin_notes([note, folio], [True, True], {3}))
        [0]
    """
    keep: set[int] = set()
    last: Line | None = None
    for i in sorted(range(len(lines)), key=lambda k: lines[k].top):
        line = lines[i]
        if not bottom[i]:
            last = line  # text above the zone: a note that runs on into the zone goes on under it
            continue
        m = _NOTE_NUMBER.match(line.text)
        # the number of a note the text calls, or the next after one (its mark lost: set in a figure, or at the
        # text's size) where the line does not repeat from page to page (a running footer's page number and title)
        n = int(m.group(1)) if m else 0
        # "1(1), 15. https://doi.org/...": a volume and issue in a running footer, not note 1
        if m and (n in called or n - 1 in called and not (repeated and repeated[i])) and \
                line.text[m.end():].strip() and not re.match(r"\s*\d{1,3}\(", line.text):
            keep.add(i)
            last = line
        elif SOURCE_LINE.match(line.text) and not (repeated and repeated[i]):
            keep.add(i)  # the source line of a figure or table at the foot of the page, no footer
            last = line
        elif re.fullmatch(r"\s*(?:page\s+)?\d{1,4}\s*", line.text, re.I):
            continue  # a page number: no note, and no end of the notes around it
        elif last is not None and line.top - last.bottom < 2 * max(last.height, 6) and \
                not (repeated and repeated[i]) and _WORD.search(line.text):
            keep.add(i)
            last = line
        else:
            last = None
    return keep
