"""A small PDF writer for tests and the demo corpus: standard fonts, text placed or flowed into columns.

It makes real PDFs with a text layer (Helvetica/Times, WinAnsi), running headers, page numbers, footnotes,
line-end hyphenation, PDF metadata, and, for tests, broken or password-protected files. Not for production
documents: it embeds no fonts and writes only Latin-1/cp1252 text.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Times-Roman"}
_FONT_KEY = {v: k for k, v in FONTS.items()}


def _metrics(font: str) -> dict[str, int]:
    from pdfminer.fontmetrics import FONT_METRICS  # pdfminer.six comes with pdfplumber

    return FONT_METRICS[font][1]


_SUP = re.compile("\x01([^\x02]*)\x02")


def text_width(text: str, size: float, font: str = "Helvetica") -> float:
    """Width of text in points (superscript marks, written \\x01n\\x02, at 60% size)."""
    widths = _metrics(font)
    sup = sum(widths.get(c, 556) for m in _SUP.finditer(text) for c in m.group(1)) * 0.6
    return (sum(widths.get(c, 556) for c in _SUP.sub("", text)) + sup) * size / 1000


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class PdfWriter:
    """Pages of placed text. y is measured from the top of the page.

    Example:
        >>> w = PdfWriter()
        >>> w.new_page(); w.text(72, 72, "Work first", size=18, font="Helvetica-Bold")
        >>> w.save("/tmp/x.pdf")  # doctest: +SKIP
    """

    def __init__(self, width: float = 595, height: float = 842, info: dict[str, str] | None = None):
        self.width, self.height = width, height
        self.info = info or {}
        self.pages: list[list[bytes]] = []
        # the catalog's /PageLabels: (first page index, style "D" arabic, "r"/"R" roman, or "" none, first number)
        self.page_labels: list[tuple[int, str, int]] = []

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x: float, y: float, text: str, *, size: float = 10, font: str = "Helvetica") -> None:
        if not self.pages:
            self.new_page()
        if "\x01" in text:  # superscript marks: small raised numbers
            pos = 0
            for m in _SUP.finditer(text):
                before = text[pos:m.start()]
                if before:
                    self.text(x, y, before, size=size, font=font)
                    x += text_width(before, size, font)
                self.text(x, y + 0.07 * size, m.group(1), size=0.6 * size, font=font)  # raised a third of an em
                x += text_width(m.group(1), 0.6 * size, font)
                pos = m.end()
            if text[pos:]:
                self.text(x, y, text[pos:], size=size, font=font)
            return
        key = _FONT_KEY[font]
        self.pages[-1].append(b"BT /%s %.2f Tf %.2f %.2f Td (%s) Tj ET" % (
            key.encode(), size, x, self.height - y - size, _escape(text)))

    def spaced(self, x: float, y: float, parts: list[str | float], *, size: float = 10,
               font: str = "Helvetica") -> None:
        """Text set with kerning (a TJ array): numbers move the next glyph left by thousandths of an em, as
        typesetters do for letter spacing, syllable-wise spacing or a space tucked under a ligature."""
        if not self.pages:
            self.new_page()
        items = b" ".join(b"%.0f" % p if isinstance(p, (int, float)) else b"(%s)" % _escape(p) for p in parts)
        self.pages[-1].append(b"BT /%s %.2f Tf %.2f %.2f Td [%s] TJ ET" % (
            _FONT_KEY[font].encode(), size, x, self.height - y - size, items))

    def textless_glyph(self, x: float, y: float, text: str = "3", *, size: float = 5) -> None:
        """Text drawn with no text in the text layer: set in a marked-content span whose /ActualText is a control
        character (U+0004), which PDFium gives as the span's text and then leaves out, as word processors' PDF
        exports draw note numbers. y is measured from the top of the page, as for text()."""
        if not self.pages:
            self.new_page()
        self.pages[-1].append(b"/Span <</ActualText <FEFF0004>>> BDC BT /F1 %.2f Tf %.2f %.2f Td (%s) Tj ET EMC" % (
            size, x, self.height - y - size, _escape(text)))

    def to_bytes(self, *, encrypted: bool = False) -> bytes:
        objects: list[bytes] = []

        def add(obj: bytes) -> int:
            objects.append(obj)
            return len(objects)

        font_ids = {k: add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v.encode())
                    for k, v in FONTS.items()}
        fonts = b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items())
        pages_id = len(objects) + 1 + 2 * max(1, len(self.pages))
        kids = []
        for content in self.pages or [[]]:
            stream = zlib.compress(b"\n".join(content))
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
            kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.0f %.0f] /Contents %d 0 R "
                            b"/Resources << /Font << %s >> >> >>" % (pages_id, self.width, self.height, cid, fonts)))
        assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
        labels = b""
        if self.page_labels:
            nums = b" ".join(b"%d << %s/St %d >>" % (i, b"/S /%s " % style.encode() if style else b"", start)
                             for i, style, start in self.page_labels)
            labels = b" /PageLabels << /Nums [%s] >>" % nums
        catalog = add(b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, labels))
        info = add(b"<< " + b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in self.info.items()) + b" >>")
        encrypt = None
        if encrypted:  # a standard security handler whose user password is not empty
            encrypt = add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"41" * 32, b"42" * 32))
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, obj in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        trailer = b"<< /Size %d /Root %d 0 R /Info %d 0 R" % (len(objects) + 1, catalog, info)
        if encrypt:
            trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt, b"0" * 32, b"0" * 32)
        out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)

    def save(self, path: str | Path, *, encrypted: bool = False) -> None:
        Path(path).write_bytes(self.to_bytes(encrypted=encrypted))


@dataclass
class Para:
    """A paragraph to flow: kind is "title", "heading", "body", "meta" or "reference"."""

    text: str
    kind: str = "body"
    footnotes: list[str] = field(default_factory=list)


_STYLE = {  # kind -> (font, size, space before, hanging indent)
    "title": ("Helvetica-Bold", 17, 0, 0),
    "heading": ("Helvetica-Bold", 12, 8, 0),
    "meta": ("Helvetica", 10, 2, 0),
    "body": ("Times-Roman", 10, 4, 0),
    "reference": ("Times-Roman", 9, 2, 14),
    "caption": ("Helvetica-Oblique", 8.5, 4, 0),
}


def _hyphenate(word: str, room: float, size: float, font: str) -> tuple[str, str] | None:
    """Split a long word at a line end: after an existing hyphen, or between vowel and consonant."""
    if "-" in word[1:-1]:
        head, _, tail = word.partition("-")
        if text_width(head + "-", size, font) <= room and head:
            return head + "-", tail
    if len(word) < 9 or not word.isalpha():
        return None
    for cut in range(len(word) - 4, 3, -1):
        if word[cut - 1] in "aeiouy" and word[cut] not in "aeiouy" and \
                text_width(word[:cut] + "-", size, font) <= room:
            return word[:cut] + "-", word[cut:]
    return None


def wrap(text: str, width: float, size: float, font: str, *, first_indent: float = 0,
         hyphenate: bool = True) -> list[str]:
    """Break text into lines that fit width, hyphenating long words at line ends."""
    words = text.split()
    lines: list[str] = []
    cur = ""
    avail = width - first_indent
    while words:
        w = words.pop(0)
        trial = f"{cur} {w}" if cur else w
        if text_width(trial, size, font) <= avail:
            cur = trial
            continue
        room = avail - text_width(cur + " ", size, font) if cur else avail
        split = _hyphenate(w, room, size, font) if hyphenate else None
        if split:
            lines.append(f"{cur} {split[0]}" if cur else split[0])
            words.insert(0, split[1])
        else:
            if cur:
                lines.append(cur)
            else:  # a word wider than the line
                lines.append(w)
                w = ""
            words.insert(0, w) if w else None
        cur = ""
        avail = width
    if cur:
        lines.append(cur)
    return lines


def layout_document(paras: list[Para], *, columns: int = 1, running_header: str | None = None,
                    page_numbers: bool = True, info: dict[str, str] | None = None,
                    margin: float = 64, gutter: float = 20, first_page_number: int = 1) -> PdfWriter:
    """Flow paragraphs into pages: one or two columns, running header from page 2, page numbers at the foot
    (from first_page_number: an article that starts on page 245 of its issue), footnotes at the foot of the page
    where they are called ("[^n]" markers in the text become superscript numbers)."""
    w = PdfWriter(info=info)
    width, height = w.width, w.height
    col_w = (width - 2 * margin - (columns - 1) * gutter) / columns
    top, bottom_limit = margin + 18, height - margin - 10
    state = {"col": 0, "y": top, "page": 0, "foot_y": bottom_limit, "notes": []}

    def start_page() -> None:
        w.new_page()
        state["page"] += 1
        state["col"], state["y"], state["foot_y"] = 0, top, bottom_limit
        if running_header and state["page"] > 1:
            w.text(margin, margin - 16, running_header, size=8, font="Helvetica-Oblique")
        if page_numbers:
            num = str(state["page"] + first_page_number - 1)
            w.text((width - text_width(num, 8)) / 2, height - margin + 14, num, size=8)

    def place_footnotes(notes: list[str]) -> float:
        """Footnotes for this page, bottom up; returns the y where they begin."""
        lines = []
        for n in notes:
            lines += wrap(n, width - 2 * margin, 7.5, "Times-Roman")
        y0 = bottom_limit - len(lines) * 9
        for i, line in enumerate(lines):
            w.text(margin, y0 + i * 9, line, size=7.5, font="Times-Roman")
        return y0 - 6

    def next_column() -> None:
        if state["col"] + 1 < columns:
            state["col"] += 1
            state["y"] = state["col_top"]
        else:
            start_page()
            state["col_top"] = top

    start_page()
    state["col_top"] = top
    note_no = 0
    for para in paras:
        font, size, before, hang = _STYLE[para.kind]
        full_width = para.kind in ("title", "meta") and columns > 1 and state["page"] == 1
        text = para.text
        notes = []
        for m in re.finditer(r"\[\^(\d+)\]", text):
            note_no += 1
            notes.append(f"{note_no} {para.footnotes[len(notes)] if len(notes) < len(para.footnotes) else ''}")
        counter = iter(range(note_no - len(notes) + 1, note_no + 1))
        text = re.sub(r"\[\^\d+\]", lambda m: f"\x01{next(counter)}\x02", text)
        line_w = (width - 2 * margin) if full_width else col_w
        lines = wrap(text, line_w - hang, size, font) if hang else wrap(text, line_w, size, font)
        leading = size * 1.25
        state["y"] += before
        if notes:
            # reserve room at the foot of this page for the notes
            needed = sum(len(wrap(n, width - 2 * margin, 7.5, "Times-Roman")) for n in notes) * 9 + 6
            state["foot_y"] -= needed
            state["notes"] += notes
        for i, line in enumerate(lines):
            if state["y"] + leading > state["foot_y"]:
                if state["notes"]:
                    place_footnotes(state["notes"])
                    state["notes"] = []
                next_column()
            x = margin + (0 if full_width else state["col"] * (col_w + gutter)) + (hang if hang and i else 0)
            w.text(x, state["y"], line, size=size, font=font)
            state["y"] += leading
        if full_width:
            state["col_top"] = state["y"] + 6
        if para.kind in ("title", "heading"):
            state["y"] += 2
    if state["notes"]:
        place_footnotes(state["notes"])
    return w


def write_inflating_pdf(path: str | Path, mb: int) -> None:
    """A one-page PDF whose content stream is a line of text and `mb` MB of spaces, deflated (~1 KB per MB): a
    small file that needs `mb` MB to read (for the memory-limit tests and the hostile-input benchmark)."""
    deflate = zlib.compressobj(9)
    text = b"BT /F1 14 Tf 72 770 Td (Ko-Produktion: eine feindliche Seite) Tj ET\n"
    stream = deflate.compress(text) + b"".join(deflate.compress(b" " * 2**20) for _ in range(mb)) + deflate.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))


def write_scattered_pdf(path: str | Path, objects: int) -> None:
    """A one-page PDF of a heading and `objects` scattered one-word text objects (4 pt): a small file whose text
    takes long to extract (for the time-limit tests and the hostile-input benchmark)."""
    w = PdfWriter()
    w.new_page()
    w.text(72, 72, "Große Zahlen: eine feindliche Seite", size=14)
    w.pages[-1].append(b"".join(b"BT /F1 4 Tf %d %d Td (w%d) Tj ET\n" % (i * 7 % 580, i * 13 % 830, i % 97)
                                for i in range(objects)))
    w.save(path)
