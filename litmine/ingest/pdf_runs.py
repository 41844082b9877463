"""PDFium's text runs of a page in bulk: the characters of each run (consecutive characters of one text object,
as FPDFText_CountRects groups them), its box, font size and weight, with a few PDFium calls per run.

PDFium has no call that lists the runs' character ranges, and asking for a run's text by its box
(FPDFText_GetBoundedText) or its font by a hit test (FPDFText_GetCharIndexAtPos) scans every character of the
page each time, so a page of n characters and r runs cost n * r. Here the ranges are found by bisection with
FPDFText_CountRects over character ranges (a range holding one run counts 1), each run's text is read once with
FPDFText_GetText, and its font from its first character. pdf.py turns the runs into lines.
"""

from __future__ import annotations

import ctypes
import math
import re
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from litmine.citations.typography import fold
from litmine.ingest.blocks import HYPHEN_MARK
from litmine.ingest.pdf_layout import Line
from litmine.ingest.pdf_spaces import SpaceCheck, bare as _bare

_MIN_SIZE = 0.01  # PDFium leaves characters narrower or lower than this out of its runs
# accents a PDF may set as glyphs of their own over a letter (text.normalise_text composes them with it)
_ACCENTS = frozenset("\u00a8\u00b4\u0060\u02c6\u02dc\u02c7\u02d8\u02d9\u02da\u02db\u02dd\u00b8\u00af^~")


_ITALIC_NAME = re.compile(
    r"(?i:italic|oblique|slant|kursiv)|Ital\b"  # Times-Italic, Helvetica-Oblique, NimbusRomNo9L-ReguItal
    r"|(?:[a-z,-]|Bold|Semibold|SemiBold|Medium|Light|Regular|Book|Demi|Black)It(?:[A-Z0-9-]|$)"  # MinionPro-It
    r"|(?:[a-z]B?|-B?)I$|-i$"  # AdvPTimesI, AdvPSMPT-I, AdvTimes-i
    r"|^(?i:cm|dc|ec|tc|sf|lm)(?i:b?x?ti|b?x?sl|ssi)\d")  # TeX: CMTI10, CMBXTI10, CMSL10, SFTI1000, dcti10
_ITALIC_FLAG = 64  # a PDF font descriptor's Italic flag (bit 7)


def italic_font(name: str, flags: int) -> bool:
    """Whether a PDF font is italic (or oblique): its descriptor's italic flag, or its base name (after a subset
    tag "ABCDEF+"), as many fonts leave the flag unset."""
    return bool(flags & _ITALIC_FLAG) or bool(_ITALIC_NAME.search(name.partition("+")[2] or name))


def _is_accent(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= 2 and all(ch in _ACCENTS or unicodedata.category(ch) == "Mn" for ch in t)


def _over_last_letter(prev: Line, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether a box (top-down coordinates) sits over the last letter of the run before it: across that
    letter's place at the run's end, on the run's line (an accent is set over or under its letter)."""
    if not prev.text.rstrip()[-1:].isalpha():
        return False
    em = max(prev.size, 1.0)
    return prev.x1 - 1.2 * em <= (x0 + x1) / 2 <= prev.x1 + 0.2 * em and \
        prev.top - 0.6 * em <= bottom and top <= prev.bottom + 0.3 * em


_count_rects = _bare(pdfium_c.FPDFText_CountRects)
_get_rect = _bare(pdfium_c.FPDFText_GetRect)
_char_box = _bare(pdfium_c.FPDFText_GetCharBox)
_is_generated = _bare(pdfium_c.FPDFText_IsGenerated)
_is_hyphen = _bare(pdfium_c.FPDFText_IsHyphen)
_font_size = _bare(pdfium_c.FPDFText_GetFontSize)
_font_weight = _bare(pdfium_c.FPDFText_GetFontWeight)
_get_matrix = _bare(pdfium_c.FPDFText_GetMatrix)
_font_info = _bare(pdfium_c.FPDFText_GetFontInfo)
_ITALIC_OF: dict[tuple[bytes, int], bool] = {}  # font name and flags → italic_font's answer

# A text layer read in the wrong code page: fonts made on a Mac whose glyph codes are Windows-1252's but whose
# Unicode map is Mac Roman's, so that "für", "Länder", "möglich", "Überblick", "–" and "»…«" read "f¸r", "L‰nder",
# "mˆglich", "‹berblick", "ñ" and "ª…´" (seen in SWP's Zeitschriftenschau, 2001-2002). Each such character is
# Windows-1252's letter of the same code. Left as they are: the letters a page spelt right itself (ä ö ü Ä Ö Ü é ß,
# which the mistake gives as Š š Ÿ € … † Ž §), typographic quotes, dashes and ligatures (the mistake gives them as
# letters), TeX's spacing diaeresis "¨" and the no-break space. A page has the mistake when a per mille sign stands
# between two letters ("L‰nder": no text has that) and its letters between letters ‰ ¸ ˆ (ä ü ö) outnumber twice
# the umlauts it spells right, three at least.
_MAC_KEEP = "ÄÖÜäöüéß–—“”‘’„‚…•€°·ﬁﬂ¨\u00a0"
MAC_ROMAN_MISREAD = {ord(bytes([b]).decode("mac_roman")): bytes([b]).decode("cp1252")
                     for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                     and bytes([b]).decode("mac_roman") not in _MAC_KEEP}
_MISREAD_LETTER = re.compile("[^\\W\\d_][\u2030\u00b8\u02c6](?=[^\\W\\d_])")
_PER_MILLE_WORD = re.compile("[^\\W\\d_]\u2030[^\\W\\d_]")
_UMLAUT = re.compile("[äöüÄÖÜ]")


def mac_roman_misread(text: str) -> bool:
    """Whether a page's text was read in Mac Roman where its codes are Windows-1252's (MAC_ROMAN_MISREAD)."""
    if "\u2030" not in text or not _PER_MILLE_WORD.search(text):
        return False
    misread = len(_MISREAD_LETTER.findall(text))
    return misread >= 3 and misread > 2 * len(_UMLAUT.findall(text))


# Figures of a symbolic font that has no Unicode map: PDFium gives its codes in the Private Use Area at U+F000 on
# (Microsoft's symbol-font convention: "1" is U+F031), so that note numbers and their marks set in such a font
# ("\uf031 Vgl. Gospel 1973") are no figures to any rule. Only the ten figures are put back: the other codes of
# such fonts are symbols (Wingdings' bullets and arrows) or Greek letters (Symbol), whose figures are figures too.
SYMBOL_FIGURES = {0xF030 + d: str(d) for d in range(10)}
_SYMBOL_FIGURE = re.compile("[\uf030-\uf039]")


def _fixes(text: str) -> dict[int, str] | None:
    """The translation table that puts a page's text right (MAC_ROMAN_MISREAD, SYMBOL_FIGURES), None when none."""
    misread = mac_roman_misread(text)
    figures = _SYMBOL_FIGURE.search(text) is not None
    if misread and figures:
        return MAC_ROMAN_MISREAD | SYMBOL_FIGURES
    return MAC_ROMAN_MISREAD if misread else SYMBOL_FIGURES if figures else None


class _Handle(ctypes.c_void_p):
    """A PDFium handle as ctypes returns it (a subclass of c_void_p stays a pointer, not an int), to pass on as it is."""


_text_object = _object_font = None  # a PDFium without these (older than pypdfium2 4.30's) is asked per run
if hasattr(pdfium_c, "FPDFText_GetTextObject") and hasattr(pdfium_c, "FPDFTextObj_GetFont"):
    _text_object = _bare(pdfium_c.FPDFText_GetTextObject)
    _text_object.restype = _Handle
    _object_font = _bare(pdfium_c.FPDFTextObj_GetFont)
    _object_font.restype = ctypes.c_void_p  # the font's address: a key for the page's fonts
_page_width = _bare(pdfium_c.FPDF_GetPageWidthF)
_page_height = _bare(pdfium_c.FPDF_GetPageHeightF)


class _Page:
    """A text page's raw handle, its text and reusable ctypes buffers."""

    def __init__(self, raw_tp):
        self.raw = raw_tp
        self.n = max(0, pdfium_c.FPDFText_CountChars(raw_tp))
        self.left, self.bottom, self.right, self.top = (ctypes.c_double() for _ in range(4))
        self.refs = tuple(map(ctypes.byref, (self.left, self.bottom, self.right, self.top)))
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.font_name = ctypes.create_string_buffer(128)
        self.font_flags = ctypes.c_int()
        self.font_flags_ref = ctypes.byref(self.font_flags)
        # the page's fonts by address → (weight, italic): a run's font comes from its text object, two calls, where
        # its weight and its name and flags took two calls and a copy of the name per run (a page's fonts live as
        # long as the page, so an address stands for one font here)
        self.fonts: dict[int, tuple[int, bool]] = {}
        self.buf = (ctypes.c_ushort * (self.n + 1))()
        got = pdfium_c.FPDFText_GetText(raw_tp, 0, self.n, self.buf) if self.n else 0
        self.all = ctypes.string_at(self.buf, 2 * max(0, got - 1)).decode("utf-16-le", errors="ignore")
        # characters put right, one for one (the runs still align): a page read in the wrong code page, figures
        # of a symbol font given in the Private Use Area
        self.fix = None if self.all.isascii() else _fixes(self.all)
        if self.fix:
            self.all = self.all.translate(self.fix)
        # the page's text lines up with its characters unless PDFium left control characters out of it
        self.aligned = len(self.all) == self.n

    def runs(self) -> list[tuple[int, int, tuple[float, float, float, float]]]:
        """(start, end, box) of each text run: characters [start, end), start the run's first character PDFium
        counts, end the next run's (generated spaces and line breaks after a run's last glyph stay with it)."""
        raw, n = self.raw, self.n
        total = _count_rects(raw, 0, n) if n else 0
        boxes = []
        left, bottom, right, top = self.left, self.bottom, self.right, self.top
        r_left, r_bottom, r_right, r_top = self.refs
        for i in range(total):
            if _get_rect(raw, i, r_left, r_top, r_right, r_bottom):
                boxes.append((left.value, bottom.value, right.value, top.value))
            else:
                boxes.append((0.0, 0.0, 0.0, 0.0))
        if total == 0 or total == 1 and boxes[0][2] - boxes[0][0] <= 0:
            return []
        start = 0
        while start < n and not self.counted(start):
            start += 1
        out = []
        next_run = self._next_run
        single = False  # whether the last run was one character (glyphs set one object each come in a row)
        for box in boxes[:-1]:
            nxt = next_run(start, single)
            if nxt is None:  # the rects ran out before the characters did
                break
            out.append((start, nxt, box))
            single = nxt == start + 1
            start = nxt
        out.append((start, n, boxes[len(out)]))
        return out

    def _next_run(self, start: int, single: bool = False) -> int | None:
        """The first character of the run after the one starting at start: the fewest characters from start that
        count two runs (None when the page's runs end first). A run is most often a word or a line, so the
        characters after the next space and the next line break are tried first, then galloping and bisection;
        after a run of one character (single), one character is tried first (start itself always counts, so two
        characters that count two runs end it there)."""
        count, raw, n = _count_rects, self.raw, self.n
        lo, hi = 1, 0  # count(start, lo) < 2 <= count(start, hi)
        if single and n - start >= 2:
            if count(raw, start, 2) >= 2:
                return start + 1
            lo = 2
        if self.aligned:
            find = self.all.find
            space, brk = find(" ", start + 1), find("\n", start + 1)
            if brk >= 0 and (space < 0 or brk < space):
                space, brk = brk, space
            for c in (space + 1, brk + 1) if brk >= 0 else (space + 1,) if space >= 0 else ():
                k = c - start + 1
                if k > n - start:
                    break
                if count(raw, start, k) >= 2:
                    if count(raw, start, k - 1) < 2:
                        return c
                    hi = k - 1
                    break
                lo = k
        if not hi:
            k = max(16, 2 * lo)
            while start + k <= n and count(raw, start, k) < 2:
                lo, k = k, 2 * k
            hi = min(k, n - start)
            if hi <= lo or count(raw, start, hi) < 2:
                return None
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if count(raw, start, mid) >= 2:
                hi = mid
            else:
                lo = mid
        return start + hi - 1

    def counted(self, k: int) -> bool:
        """Whether character k counts in a run (not generated by PDFium, a glyph box of some size)."""
        if _is_generated(self.raw, k) != 0:
            return False
        r_left, r_bottom, r_right, r_top = self.refs
        _char_box(self.raw, k, r_left, r_right, r_bottom, r_top)
        return self.right.value - self.left.value >= _MIN_SIZE and self.top.value - self.bottom.value >= _MIN_SIZE

    def text(self, start: int, end: int) -> str:
        """The text of characters [start, end), trailing line breaks left out and trailing spaces kept as one (as
        the text of the run's box has them)."""
        if self.aligned:
            text = self.all[start:end]
        else:
            count = end - start
            buf = (ctypes.c_ushort * (count + 1))()
            got = pdfium_c.FPDFText_GetText(self.raw, start, count, buf)
            text = ctypes.string_at(buf, 2 * max(0, got - 1)).decode("utf-16-le", errors="ignore")
            if self.fix:
                text = text.translate(self.fix)
        if "\ufffe" in text:  # a line-end hyphen PDFium marked, or a glyph without Unicode (left out)
            if self.aligned:
                parts = text.split("\ufffe")
                out, at = [parts[0]], start + len(parts[0])
                for part in parts[1:]:
                    out.append("\x02" if _is_hyphen(self.raw, at) == 1 else "")
                    out.append(part)
                    at += 1 + len(part)
                text = "".join(out)
            else:
                text = text.replace("\ufffe", "\x02")
        body = text.rstrip()
        return body + " " if text[len(body):].startswith(" ") else body

    def style(self, k: int, box: tuple[float, float, float, float], text: str) -> tuple[float, bool, bool]:
        """Font size (the em: the font size scaled by the text matrix, as many PDFs set size 1 and scale), weight
        and italics of the run whose first character is k (a glyph: a generated space has no font, and PDFium gives
        it size 1)."""
        _, y0, _, y1 = box
        size = y1 - y0
        fs = _font_size(self.raw, k)
        if _get_matrix(self.raw, k, self.matrix_ref):
            fs *= math.hypot(self.matrix.c, self.matrix.d)
        # a hyphen's or a full stop's box is a fraction of the line's height: its font size is trusted
        if 0 < fs < 4 * (y1 - y0) + 4 or 0 < fs < 72 and len(text.strip()) <= 2 and not text.isalnum():
            size = fs
        font = _object_font(_text_object(self.raw, k)) if _object_font else None
        got = self.fonts.get(font) if font else None
        if got is None:
            if not font:  # no text object (PDFium's calls by character answer for it)
                weight = _font_weight(self.raw, k) if len(text) < 120 else 0
                return size, weight >= 600, self.italic(k)
            got = self.fonts[font] = (_font_weight(self.raw, k), self.italic(k))
        # weight only matters for heading-length runs
        return size, len(text) < 120 and got[0] >= 600, got[1]

    def italic(self, k: int) -> bool:
        """Whether the run whose first character is k is set in an italic font (a name longer than the buffer is
        judged by the font's flags alone)."""
        got = _font_info(self.raw, k, self.font_name, 128, self.font_flags_ref)
        key = (self.font_name.value if 0 < got <= 128 else b"", self.font_flags.value)
        it = _ITALIC_OF.get(key)
        if it is None:
            if len(_ITALIC_OF) > 4096:  # subset-tagged names differ per file: the cache stays small
                _ITALIC_OF.clear()
            it = _ITALIC_OF[key] = italic_font(key[0].decode("latin-1"), key[1])
        return it


def page_fragments(page, pno: int) -> tuple[list[Line], float, float]:
    """The text runs PDFium reports on a page (a PdfPage, or PDFium's handle of a loaded page), with box, font size
    and weight (top-down coordinates)."""
    raw_page = getattr(page, "raw", page)
    width, height = _page_width(raw_page), _page_height(raw_page)
    tp = pdfium_c.FPDFText_LoadPage(raw_page)
    if not tp:
        raise pdfium.PdfiumError("Failed to load text page.")
    frags: list[Line] = []
    try:
        p = _Page(tp)
        spaces = SpaceCheck(tp, p.all)
        text_of, style = p.text, p.style
        for start, end, box in p.runs():
            text = text_of(start, end)
            bare = text.strip()
            if not bare:
                continue
            size, bold, italic = style(start, box, text)
            x0, y0, x1, y1 = box
            # (an accent is a mark outside ASCII or one of ^ ` ~: a cheap test first, as most short runs are words)
            if len(bare) <= 2 and frags and (not bare.isascii() or bare[0] in "^`~") and _is_accent(bare) and \
                    _over_last_letter(frags[-1], x0, x1, height - y1, height - y0):
                # an accent set as its own text object over the letter before it (older TeX fonts: "Lu" "¨" "thje")
                frags[-1].text = frags[-1].text.rstrip() + bare
                continue
            if " " in text and spaces.wanted(text, size):
                text = spaces.clean(text, x0, y0, y1, size)
            if not text.isprintable():  # line breaks and PDFium's hyphen marks (rare: a quick test first)
                text = text.replace("\r", " ").replace("\n", " ").replace("\x02", HYPHEN_MARK)
            frag = Line(pno, x0, height - y1, x1, height - y0, text, round(size, 1), bold)
            if italic:
                frag.italic = ((0, len(fold(text))),)
            frags.append(frag)
    finally:
        pdfium_c.FPDFText_ClosePage(tp)
    return frags, width, height


_count_objects = _bare(pdfium_c.FPDFPage_CountObjects)
_get_object = _bare(pdfium_c.FPDFPage_GetObject)
_get_object.restype = _Handle
_object_type = _bare(pdfium_c.FPDFPageObj_GetType)
_object_text = _bare(pdfium_c.FPDFTextObj_GetText)
_object_bounds = _bare(pdfium_c.FPDFPageObj_GetBounds)
_MIN_GLYPH = 0.5  # points: a glyph without text narrower or lower than this draws nothing to read (a space)


def textless_glyphs(page) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, top, x1, bottom, from the top-left corner) of the glyphs a page (a PdfPage, or PDFium's
    handle of a loaded page) draws that its text layer lacks: text objects that give no text (glyphs of a font
    without a Unicode map for them, which PDFium leaves out of the text page) and whose box has some size. Some
    publishers draw note numbers so (GIGA Focus: the numbers of notes 1-9 are such glyphs, 10 on are text); a
    reader sees a number where the text layer has nothing. Only the page's own text objects are read (not those
    inside form XObjects); the page is scanned object by object, so pdf.py asks only for the pages it needs."""
    raw_page = getattr(page, "raw", page)
    height = _page_height(raw_page)
    tp = pdfium_c.FPDFText_LoadPage(raw_page)
    if not tp:
        return []
    out = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = tuple(map(ctypes.byref, (left, bottom, right, top)))
    try:
        for k in range(max(0, _count_objects(raw_page))):
            obj = _get_object(raw_page, k)
            # the text's length in bytes with its closing null: 2 is no text at all
            if _object_type(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT or _object_text(obj, tp, None, 0) > 2:
                continue
            if _object_bounds(obj, *refs) and right.value - left.value >= _MIN_GLYPH and \
                    top.value - bottom.value >= _MIN_GLYPH:
                out.append((left.value, height - top.value, right.value, height - bottom.value))
    finally:
        pdfium_c.FPDFText_ClosePage(tp)
    return out
