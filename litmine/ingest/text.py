"""Plain text and Markdown files → blocks; text normalisation shared by every reader."""

from __future__ import annotations

import re
import unicodedata

from litmine.citations.typography import ITALIC_CLOSE, ITALIC_OPEN, ItalicText, line_with_marks
from litmine.errors import InputError
from litmine.ingest.blocks import HYPHEN_MARK, Block

_TRANSLATE = {
    # ligatures
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    # typographic quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # hyphens that should be plain ones ("Co‐production" in Wiley abstracts uses U+2010)
    "\u2010": "-", "\u2011": "-", "\u00ad": "",
    # dashes set for others: the minus sign of a page range set in math mode ("235\u2212262", "1\u22125"), which
    # every rule for ranges, dates and negative numbers reads as "-", and the figure dash of number ranges
    "\u2212": "-", "\u2012": "\u2013",
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u2060": "",
    "\t": " ",
}
_TRANSLATE_ITEMS = tuple(_TRANSLATE.items())
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ ]{2,}")


_SPACING_MARK = {"\u00a8": "\u0308", "\u00b4": "\u0301", "\u02dc": "\u0303", "\u02c6": "\u0302",
                 "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02da": "\u030a", "\u00b8": "\u0327"}
_VOWEL_ONLY = {"\u00b4", "\u00a8", "\u02c6", "\u02d8", "\u02da"}  # so "don´t" keeps its apostrophe
_VOWELS = set("AEIOUYaeiouy\u0131")
_SPACING_RE = re.compile("[" + "".join(_SPACING_MARK) + "]")


def _join_spacing_marks(text: str) -> str:
    """TeX-made PDFs print accents as separate spacing marks beside their letter, before or after it: "Lu¨thje",
    "Sch¨afer", "Fontagne´", "R´ıos". Put each on the neighbouring letter it composes with."""
    chars = list(text)
    for m in reversed(list(_SPACING_RE.finditer(text))):
        i, comb = m.start(), _SPACING_MARK[m.group()]
        options = []
        for j in (i - 1, i + 1):
            if 0 <= j < len(chars) and chars[j].isalpha() and len(chars[j]) == 1:
                base = "i" if chars[j] == "\u0131" else chars[j]
                if m.group() in _VOWEL_ONLY and chars[j] not in _VOWELS:
                    continue
                composed = unicodedata.normalize("NFC", base + comb)
                if len(composed) == 1:
                    options.append((chars[j] in _VOWELS or chars[j] == "\u0131", j, composed))
        if options:
            # accents of vowels go to the vowel; caron, tilde and cedilla prefer a consonant (ř, ñ, ç)
            wants_vowel = m.group() not in ("\u02c7", "\u02dc", "\u00b8")
            _, j, composed = max(options, key=lambda o: (o[0] == wants_vowel, o[1] < i))
            chars[j] = composed
            chars[i] = ""
    return "".join(chars)


def _translate(text: str) -> str:
    """text with _TRANSLATE's characters replaced (as str.translate with its table, a tenth of the time: each
    key is one character and no replacement holds a key, so replacing key by key gives the same text)."""
    if text.isascii():
        return text.replace("\t", " ")
    for old, new in _TRANSLATE_ITEMS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalise_text(text: str) -> str:
    """Normalise ligatures, typographic quotes, odd hyphens and spaces; drop control characters.

    Example:
        >>> normalise_text("\u201cthe \ufb01rst co\u2010production\u201d")
        '"the first co-production"'
    """
    if text.isascii():  # (most text) no spacing accents, composed already, nothing to translate but tabs
        text = text.replace("\t", " ")
    else:
        if _SPACING_RE.search(text):
            text = _join_spacing_marks(text)
        text = _translate(unicodedata.normalize("NFC", text))
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text) if "  " in text else text


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),  # UTF-32 before UTF-16
         (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_BAD_BYTE = re.compile("[\udc80-\udcff]")  # an undecodable byte, as the surrogateescape handler keeps it
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM: text in a Latin script has a NUL as every other byte (odd ones for LE)."""
    if len(sample) < 16 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # not tab, line feed, form feed, CR


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode a text file: by its BOM (UTF-8, UTF-16, UTF-32), else UTF-8, else cp1252, else Latin-1.

    A file with a UTF-8 BOM, or mostly valid UTF-8, stays UTF-8: each invalid byte becomes U+FFFD, and the
    encoding returned says how many bytes were replaced and where the first was, so one stray byte never turns
    the whole file into mojibake. Mostly valid means its valid multi-byte characters are at least twice its
    invalid bytes: a cp1252 or Latin-1 file's accented letters are almost never valid UTF-8 sequences (é is one
    byte followed by ASCII), so such a file decodes as cp1252. UTF-16 without a BOM is known by its NUL bytes.

    Raises InputError for data that is not text at all (NUL bytes, many control bytes).
    Returns the text and the encoding used.

    Example:
        >>> decode_bytes("Sørensen und Müller".encode() + bytes([32, 255]), "a.txt")
        ('Sørensen und Müller \ufffd', 'utf-8, 1 invalid byte replaced (first at byte 22)')
    """
    if not data:
        raise InputError(path, "empty file (0 bytes)")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or _utf16_without_bom(data[:65536])
    if encoding and encoding != "utf-8":
        text = data.decode(encoding, errors="replace").lstrip("\ufeff")
        if not text.strip("\x00 \t\r\n\f"):
            raise InputError(path, f"no text (a {encoding} file holding only whitespace)")
        return text.replace("\x00", ""), encoding
    sample = data[:65536]
    if b"\x00" in sample:
        raise InputError(path, "binary data, not text (NUL bytes found)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # (counted in C)
    if controls > max(8, len(sample) // 100):
        raise InputError(path, f"binary data, not text ({controls} control bytes in the first {len(sample)})")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8-sig", errors="surrogateescape")
    bad = sum(1 for _ in _BAD_BYTE.finditer(text))
    valid = sum(1 for _ in _NON_ASCII.finditer(text))
    if valid >= 2 * bad or encoding == "utf-8":  # a UTF-8 BOM says so whatever follows
        return _BAD_BYTE.sub("\ufffd", text), \
            f"utf-8, {bad} invalid byte{'s' if bad > 1 else ''} replaced (first at byte {first_bad})"
    del text
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# ---------------------------------------------------------------- Markdown

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+\u2022\u25cf\u25aa]|\d{1,3}[.)])\s+")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_REFLINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
_MD_FOOTREF = re.compile(r"\[\^([^\]]+)\](?!:)")
_MD_FOOTDEF = re.compile(r"^\s{0,3}\[\^([^\]]+)\]:\s*(.*)$")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM_STAR = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
_MD_EM_UNDER = re.compile(r"(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>")
_HELD = re.compile("\ue001(\\d+)\ue002")  # an escaped character held out of the patterns' way
_OUR_MARKS = re.compile("[\ue001\ue002\ufdd0\ufdd1]")  # the held escapes' and the italic stretches' marks
_MD_HINTS = re.compile(r"^\s{0,3}#{1,6}\s|\\\*|\*\*\S|\]\(https?:|^\s{0,3}>\s", re.M)


def strip_markdown_inline(text: str, mark_italics: bool = False) -> str:
    """Remove inline Markdown markup, keeping the words: emphasis, escapes, links, code, HTML tags. mark_italics:
    an emphasised stretch (*x*, _x_; not **bold**) is kept between typography's ITALIC_OPEN and ITALIC_CLOSE.

    Example:
        >>> strip_markdown_inline(r"Lindsay *et al.* (2015) and Kerr\\* [see](https://x.org)")
        'Lindsay et al. (2015) and Kerr* see'
    """
    if _OUR_MARKS.search(text):  # the document's own private-use characters cannot pass for our marks
        text = _OUR_MARKS.sub("", text)
    escaped: list[str] = []

    def hold(m: re.Match) -> str:
        escaped.append(m.group(1))
        return f"\ue001{len(escaped) - 1}\ue002"

    # each pattern is tried only on a text holding a character every match of it holds (most lines hold none)
    if "\\" in text:
        text = _MD_ESCAPE.sub(hold, text)
    if "](" in text:
        text = _MD_IMAGE.sub(r"\1", text)
        text = _MD_LINK.sub(r"\1", text)
    if "][" in text:
        text = _MD_REFLINK.sub(r"\1", text)
    if "<" in text:
        text = _MD_AUTOLINK.sub(r"\1", text)
    if "[^" in text:
        text = _MD_FOOTREF.sub("", text)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested emphasis such as ***x***
        if "*" in text or "_" in text:
            text = _MD_STRONG.sub(r"\2", text)
            emphasis = ITALIC_OPEN + r"\1" + ITALIC_CLOSE if mark_italics else r"\1"
            text = _MD_EM_STAR.sub(emphasis, text)
            text = _MD_EM_UNDER.sub(emphasis, text)
    return _HELD.sub(lambda m: escaped[int(m.group(1))], text) if "\ue001" in text else text


def markdown_italics(text: str) -> tuple[str, tuple]:
    """A text marked by strip_markdown_inline(..., mark_italics=True) → the text without the marks, normalised, and
    its italic stretches as typography's ItalicText counts them (folded letters and digits): Markdown's emphasis is
    the italics a PDF's font or a Word run gives, the evidence for a reference's title/container boundary.

    Example:
        >>> markdown_italics("Lee, A. (2001) Work first, \ufdd0Social Policy\ufdd1, 4.")
        ('Lee, A. (2001) Work first, Social Policy, 4.', ((17, 29),))
    """
    plain, spans = line_with_marks(text)
    return normalise_text(plain), spans


def looks_like_markdown(text: str) -> bool:
    """True when a .txt file is really Markdown (headings, escapes, bold, links)."""
    return len(_MD_HINTS.findall(text[:200000])) >= 3


def _join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one paragraph, marking line-end hyphens for later repair (linear in its length)."""
    parts: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if parts and len(parts[-1]) > 1 and parts[-1].endswith("-") and parts[-1][-2].isalpha() and \
                line[:1].isalpha():
            parts[-1] = parts[-1][:-1] + HYPHEN_MARK
        elif parts:
            parts.append(" ")
        parts.append(line)
    return "".join(parts)


def _split_paragraphs(text: str) -> list[list[str]]:
    paras: list[list[str]] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


def read_markdown(text: str, italic_lines: list | None = None) -> list[Block]:
    """Markdown text → blocks: headings become heading blocks, list items and footnotes their own blocks. Pages
    split at form feeds lose their running heads and stamped banners as in `read_plain` (a paged text export with
    a few Markdown-like lines is read here). italic_lines, when given, gets each block's (text, italic stretches)
    in order (markdown_italics), for typography.ItalicText."""
    blocks: list[Block] = []
    lines = italic_lines if italic_lines is not None else []
    page = None
    pages = text.split("\f")
    furniture = find_page_furniture(pages)
    pages = [_page_lines(chunk, furniture) for chunk in pages]
    for pno, chunk in enumerate(pages, start=1):
        page = pno if len(pages) > 1 else None
        for para in _split_paragraphs(chunk):
            buf: list[str] = []

            def flush(hint: str = "body") -> None:
                if buf:
                    joined, spans = markdown_italics(strip_markdown_inline(_join_lines(buf), mark_italics=True))
                    if joined.strip():
                        blocks.append(Block(joined.strip(), page, hint))
                        lines.append((joined, spans))
                    buf.clear()

            list_mode = False
            for line in para:
                if _MD_RULE.match(line):
                    flush("list" if list_mode else "body")
                    list_mode = False
                    continue
                m = _MD_HEADING.match(line)
                if m:
                    flush("list" if list_mode else "body")
                    list_mode = False
                    title = normalise_text(strip_markdown_inline(m.group(2))).strip()
                    if title:
                        blocks.append(Block(title, page, "heading", level=len(m.group(1))))
                    continue
                fd = _MD_FOOTDEF.match(line)
                if fd:
                    flush("list" if list_mode else "body")
                    list_mode = False
                    buf.append(fd.group(2))
                    flush("footnote")
                    continue
                line = re.sub(r"^\s{0,3}>\s?", "", line)
                if _MD_LIST.match(line):
                    flush("list" if list_mode else "body")
                    list_mode = True
                    buf.append(_MD_LIST.sub("", line, count=1))
                    continue
                buf.append(line)
            flush("list" if list_mode else "body")
    return blocks


def _wrap_width(text: str) -> int:
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    return lengths[int(len(lengths) * 0.95)] if lengths else 0


_SENTENCE_END = (".", ":", "?", "!", '"', "'", ")", "\u201d")


def _paragraph_lines(para: list[str], width: int) -> list[list[str]]:
    """Split a blank-line paragraph into real paragraphs: unwrapped files have one paragraph per line.

    In a hard-wrapped file a paragraph also ends (general rules, for files without blank lines between
    paragraphs) after a line that ends a sentence and either is short (under 60% of the wrap width) or had room
    for the next line's first word (a wrapping program would have put it there), and before a line indented
    deeper than the file's usual text when the line before it ends a sentence.
    """
    if width > 160:
        return [[line] for line in para]
    indents = sorted(len(line) - len(line.lstrip()) for line in para)
    usual_indent = indents[len(indents) // 2] if indents else 0
    out: list[list[str]] = [[]]
    for line in para:
        prev = out[-1][-1].rstrip() if out[-1] else None
        if prev is not None and prev.endswith(_SENTENCE_END):
            stripped = line.lstrip()
            first_word = stripped.split(maxsplit=1)[0] if stripped else ""
            short = len(prev.strip()) < 0.6 * width
            had_room = len(prev) + 1 + len(first_word) < width
            indented = len(line) - len(stripped) > usual_indent
            if short or had_room or indented:
                out.append([])
        out[-1].append(line)
    return [p for p in out if p]


# An all-capital string drawn twice with nothing between ("ONLINE VERSIONONLINE VERSION"): a watermark or banner
# stamped over a page in a text export, never prose (a repeated phrase in prose has a space or punctuation between).
_DOUBLED_CAPS = re.compile(r"([A-Z][A-Z ]{4,40}[A-Z])\1+")
_MARGIN_LINES = 3  # lines at the top and at the foot of a page where running heads and feet are looked for
_FURNITURE_MIN_PAGES = 4  # a text with fewer pages has no running heads to find
_FURNITURE_SHARE = 0.2  # a margin line on at least this share of the pages (odd and even heads alternate)


def _furniture_key(line: str) -> str:
    """A margin line with its digits, letter spacing and case taken away, so that "12 Approved Document B" and
    "13 Approved Document B" (or "O N L I N E") count as the same running head."""
    return _NOT_LETTERS.sub("", line).casefold()


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def find_page_furniture(pages: list[str]) -> set[str]:
    """Keys (`_furniture_key`) of the running heads and feet of a paged plain-text file (pages split at form
    feeds, as pdftotext and most PDF-to-text exports write them): a line among the first or last three non-blank
    lines of a page whose key recurs there on at least a fifth of the pages (and on three pages at least); pages
    of six lines or fewer are not counted (their margins are their body). Folios alone ("12") are furniture too.
    A text with fewer than four pages has none.

    Example:
        >>> words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen".split()
        >>> body = lambda n: [f"The {w} line of page {n}." for w in words[n: n + 8]]
        >>> pages = [chr(10).join([f"Guide to housing {n}"] + body(n) + [str(n)]) for n in range(1, 6)]
        >>> sorted(find_page_furniture(pages))
        ['', 'guidetohousing']
    """
    if len(pages) < _FURNITURE_MIN_PAGES:
        return set()
    seen: dict[str, int] = {}
    for page in pages:
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        if len(lines) <= 2 * _MARGIN_LINES:
            continue
        margin = lines[:_MARGIN_LINES] + lines[-_MARGIN_LINES:]
        for key in {_furniture_key(_DOUBLED_CAPS.sub("", line)) for line in margin if len(line) <= 200}:
            seen[key] = seen.get(key, 0) + 1
    least = max(3, _FURNITURE_SHARE * len(pages))
    return {key for key, n in seen.items() if n >= least and len(key) <= 150}


def _page_lines(page: str, furniture: set[str]) -> str:
    """A page's text without its running heads and feet (in its margin lines only, each head once at the top and
    once at the foot, so that a section heading repeating the running head stays) and without doubled banners."""
    lines = page.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    top, foot = set(filled[:_MARGIN_LINES]), set(filled[-_MARGIN_LINES:])
    dropped: set[tuple[bool, str]] = set()
    out = []
    for i, line in enumerate(lines):
        clean = _DOUBLED_CAPS.sub(" ", line)
        key = _furniture_key(clean) if furniture and (i in top or i in foot) else None
        if key is not None and key in furniture and (i in top, key) not in dropped:
            dropped.add((i in top, key))
            continue
        out.append(clean if clean.strip() or not line.strip() else "")
    return "\n".join(out)


def read_plain(text: str) -> list[Block]:
    """Plain text → blocks: paragraphs are separated by blank lines (or are one line each when the file is
    not hard-wrapped); form feeds separate pages, whose running heads and feet are left out
    (`find_page_furniture`); banners stamped twice over a page ("ONLINE VERSIONONLINE VERSION") are taken out."""
    blocks: list[Block] = []
    pages = text.split("\f")
    furniture = find_page_furniture(pages)
    pages = [_page_lines(page, furniture) for page in pages]
    width = _wrap_width(text)
    for pno, chunk in enumerate(pages, start=1):
        page = pno if len(pages) > 1 else None
        for blank_para in _split_paragraphs(chunk):
            for para in _paragraph_lines(blank_para, width):
                bullets = [bool(_MD_LIST.match(line)) for line in para]
                if bullets[0]:
                    item: list[str] = []
                    for line, is_item in zip(para, bullets):
                        if is_item and item:
                            blocks.append(Block(normalise_text(_join_lines(item)), page, "list"))
                            item = []
                        item.append(_MD_LIST.sub("", line, count=1) if is_item else line)
                    if item:
                        blocks.append(Block(normalise_text(_join_lines(item)), page, "list"))
                    continue
                joined = normalise_text(_join_lines(para)).strip()
                if joined:
                    blocks.append(Block(joined, page, "body"))
    return blocks


def read_text_file(data: bytes, path: str, fmt: str) -> tuple[list[Block], dict]:
    """Decode and split a .txt or .md file into blocks. Returns blocks and reader facts (encoding, pages)."""
    text, encoding = decode_bytes(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "no text (the file holds only whitespace)")
    markdown = fmt == "md" or looks_like_markdown(text)
    lines: list = []
    blocks = read_markdown(text, lines) if markdown else read_plain(text)
    if not blocks:
        raise InputError(path, "no text found")
    pages = text.count("\f") + 1 if "\f" in text else 1
    return blocks, {"encoding": encoding, "pages": pages, "markdown": markdown, "italics": ItalicText.from_lines(lines)}
