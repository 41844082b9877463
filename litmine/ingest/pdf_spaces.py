"""Spaces in PDFium's text that separate no words: a space under a ligature glyph ("fi rst"), syllables set with
a space pulled back by kerning ("Mig ra ti on") and wide letter spacing ("M i g r a t i o n"), told from the glyphs'
boxes. pdf_runs.py asks SpaceCheck to clean each text run it reads."""

from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as pdfium_c

_LIGATURE_END = ("fi", "fl", "ff", "\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04")
_AFTER_LIGATURE = re.compile("f[ifl] |[\ufb00-\ufb04] ")  # a space after a ligature's letters or glyph
_SPACED_LETTERS = re.compile(r"(?:\b[^\W\d_] ){3,}[^\W\d_]\b")


def bare(fn):
    """PDFium's function fn without ctypes' argument types: ints and pointers then pass as they are (pointers to
    outputs by ctypes.byref), which skips a per-argument conversion that costs about half of a small call (0.4 of
    0.85 µs). A page of text takes a few calls per run, so this is a tenth of reading a page. The function keeps
    its library's function type (so its calling convention) and its result type."""
    out = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    out.argtypes = None
    out.restype = fn.restype
    return out


_char_box = bare(pdfium_c.FPDFText_GetCharBox)
_char_origin = bare(pdfium_c.FPDFText_GetCharOrigin)


class SpaceCheck:
    """Spaces in a page's text that do not separate words, found from the glyphs' boxes.

    Some PDFs carry a space character where there is no word gap: after a ligature glyph ("fi rst": the space's
    box lies inside the ligature's) or between the syllables of text set with syllable-wise spacing ("Mig ra ti on":
    the next glyph is set in the first 30 % of the space's box, where a word space ends before the next word;
    a bold heading's tightly set word space ends at 40 %).
    Such a space is dropped. Wide letter spacing ("M i g r a t i o n", every letter apart) is judged against the
    run's own gaps: spaces well below its widest gaps join letters. Checking every space would cost a tenth of a
    page's reading time, so the first spaces of each font size on a page are sampled (a footnote's or side note's
    small type is often set unlike the body text) and all spaces of a size are checked only when its sample finds
    such spaces; spaces after a ligature's letters and runs of letters set apart are always checked.
    """

    SAMPLE = 12

    def __init__(self, raw_tp, page_text: str | None = None):
        self.raw = raw_tp
        self.text = ""
        self.given = page_text  # the page's text (FPDFText_GetText of all its characters) when the caller has read it
        self.cursor = 0  # runs come mostly in the page text's order: the next is searched for after the last
        self.samples: dict[float, list[int]] = {}  # per font size (to half a point): [spaces sampled, spurious]
        self.last: tuple[float, list[int]] = (-1.0, [0, 0])
        self.box = [ctypes.c_double() for _ in range(4)]
        self.refs = tuple(map(ctypes.byref, self.box))  # for the bare PDFium calls

    def _sample(self, size: float) -> list[int]:
        """The sample of a font size on this page: [spaces sampled, spurious ones]."""
        if size == self.last[0]:  # runs of a size come in a row
            return self.last[1]
        key = round(2 * size) / 2
        got = self.samples.get(key)
        if got is None:
            got = self.samples[key] = [0, 0]
        self.last = (size, got)
        return got

    def _check_all(self, sample: list[int]) -> bool:
        """Whether a size's spaces are all checked: its sample is not complete or found spurious spaces."""
        return sample[0] < self.SAMPLE or 3 * sample[1] > sample[0]

    def wanted(self, text: str, size: float) -> bool:
        """Whether a run's spaces are worth checking: the sample of its font size is not complete or found such
        spaces, the run has a space after a ligature's letters, or its letters stand apart."""
        sample = self.last[1] if size == self.last[0] else self._sample(size)  # runs of a size come in a row
        if sample[0] < self.SAMPLE or 3 * sample[1] > sample[0]:  # _check_all
            return True
        if ("fi " in text or "fl " in text or "ff " in text) if text.isascii() else _AFTER_LIGATURE.search(text):
            return True  # (_AFTER_LIGATURE: in ASCII text only its first branch can match)
        # letters set apart: a space every other character or so (a cheap test before the pattern)
        return 3 * text.count(" ") > len(text) and bool(_SPACED_LETTERS.search(text))

    def _page_text(self) -> str:
        if not self.text and self.given is not None:
            self.text = self.given.replace("\ufffe", "\x02") or " "
        if not self.text:
            n = max(0, pdfium_c.FPDFText_CountChars(self.raw))
            buf = (ctypes.c_ushort * (n + 1))()
            got = pdfium_c.FPDFText_GetText(self.raw, 0, n, buf) if n else 0
            self.text = ctypes.string_at(buf, 2 * max(0, got - 1)).decode("utf-16-le", errors="ignore").replace(
                "\ufffe", "\x02") or " "
        return self.text

    def _spurious(self, k: int) -> tuple[bool, float]:
        """Whether the space at index k separates no words, and the gap between the glyphs either side."""
        left, right, _, _ = self.box
        r_left, r_right, r_bottom, r_top = self.refs
        raw = self.raw
        _char_box(raw, k - 1, r_left, r_right, r_bottom, r_top)
        prev_end = right.value
        _char_box(raw, k, r_left, r_right, r_bottom, r_top)
        s0, s1 = left.value, right.value
        _char_box(raw, k + 1, r_left, r_right, r_bottom, r_top)
        nxt = left.value
        _char_origin(raw, k + 1, r_left, r_bottom)
        origin = left.value  # where the next glyph is set (its ink can start left of it: an italic "f")
        width = s1 - s0
        if width <= 0.2:
            return False, nxt - prev_end
        # the space lies inside the glyph before it (a ligature's text "fi "), or the next glyph is set in the
        # first 30 % of the space (syllables set with the space pulled back: at 0); a word space ends where the next
        # word begins (at 80 % or more, at 40 % in a tightly set heading)
        inside = s1 <= prev_end + 0.1 and s0 < prev_end - 0.5 * width
        return inside or origin < s0 + 0.3 * width, nxt - prev_end

    def clean(self, text: str, x0: float, y0: float, y1: float, size: float) -> str:
        """text (a run starting at x0 between y0 and y1) without its spaces that separate no words."""
        page = self._page_text()
        # where the run is in the page's text: found by its text, confirmed by its first glyph's place (a hit test
        # at the run's position would scan the whole page)
        at = page.find(text, self.cursor)
        if at < 0:
            at = page.find(text)
        lead = len(text) - len(text.lstrip())
        left, right, bottom, top = self.box
        for _ in range(4):
            if at < 0:
                return text
            _char_box(self.raw, at + lead, *self.refs)
            if abs(left.value - x0) < 2.0 and bottom.value < y1 and top.value > y0:
                break
            at = page.find(text, at + 1)
        else:
            return text
        self.cursor = at + len(text)
        drop: list[int] = []
        spaced = _SPACED_LETTERS.search(text)
        sample = self._sample(size)
        gaps: list[tuple[int, float]] = []
        last = len(page) - 1
        k = text.find(" ")
        while k >= 0:
            j = at + k
            if 0 < j < last and 0 < k and _wordish(page[j - 1], page[j + 1]):
                if spaced or sample[0] < self.SAMPLE or 3 * sample[1] > sample[0] or \
                        page[j - 2:j].endswith(_LIGATURE_END):  # (_check_all)
                    spurious, gap = self._spurious(j)
                    if sample[0] < self.SAMPLE:
                        sample[0] += 1
                        sample[1] += spurious
                    if spurious:
                        drop.append(k)
                    elif spaced:
                        gaps.append((k, gap))
            k = text.find(" ", k + 1)
        if spaced and len(gaps) >= 3:
            drop += _letter_gaps(gaps, size)
        if not drop:
            return text
        chars = list(text)
        for k in drop:
            chars[k] = ""
        return "".join(chars)


def _wordish(before: str, after: str) -> bool:
    """The characters either side of a space could belong to one word: letters, or a letter and a hyphen."""
    return (before.isalpha() or before == "-") and (after.isalpha() or after == "-") and before + after != "--"


def _letter_gaps(gaps: list[tuple[int, float]], size: float) -> list[int]:
    """In a letter-spaced run, the spaces whose gaps are letter spacing: the run's gaps fall in two groups (letter
    and word spacing) with a clear jump between them; without a jump, all are letter spacing when they are all
    narrower than half an em (one spaced word)."""
    ordered = sorted(g for _, g in gaps)
    cut = None
    for a, b in zip(ordered, ordered[1:]):
        if b > 1.6 * max(a, 0.05 * size) and b - a > 0.12 * size:
            cut = a
            break
    if cut is None:
        cut = ordered[-1] if ordered[-1] < 0.5 * size else None
    if cut is None:
        return []
    return [k for k, g in gaps if g <= cut]
