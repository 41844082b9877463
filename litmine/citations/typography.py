"""Italics in a PDF's reference list as evidence for where a reference's title ends and its container begins.

Nearly every citation style sets the container (journal, book a chapter is in) or a book's own title in italics
and an article's title upright (measured: benchmarks/italics_potential.py). The PDF reader keeps the texts of a
line's italic runs (Line.italic); ItalicText lines them up with a reference entry's text by its letters and digits
alone (spaces, hyphens and punctuation differ between the PDF's lines and the entry), and relabel_by_italics moves
the title/container boundary of a parsed entry to the italic stretch. The tagger's training strings carry no
italics, so this is a rule after decoding, not a learned weight.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NOT_ALNUM = re.compile(r"[\W_]+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_FOLD_PIECE = re.compile(r"[A-Za-z0-9]+|[^\x00-\x7f]")
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())  # deleted by fold
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_CHUNK = 16  # letters and digits matched at a time
_WINDOW = 1500  # how far past the last match the next piece of an entry may lie (a page foot, a column break)


def fold(text: str) -> str:
    """text's letters and digits alone, compatibility-normalised and lower case: what stays of a line whatever
    spaces, hyphens and punctuation later steps change (Line.italic counts in these). ASCII text (most lines) by
    one bytes translation: normalising leaves it as it is, and its letters and digits are [A-Za-z0-9]. Other text
    is normalised and lower-cased, its ASCII spaces and punctuation (most of what goes) dropped from its UTF-8 bytes
    in C (a character outside ASCII has no byte below 0x80), and the pattern run over what remains only when that
    still holds a character outside ASCII: the same letters and digits as the pattern over the whole text."""
    if text.isascii():
        return text.encode().translate(_ASCII_LOWER, _ASCII_NOT_ALNUM).decode()
    lowered = unicodedata.normalize("NFKC", text).lower()
    rest = lowered.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_ALNUM).decode("utf-8", "surrogatepass")
    return rest if rest.isascii() else _NOT_ALNUM.sub("", rest)


def _fold_indexed(text: str) -> tuple[str, list[int]]:
    """text's letters and digits, folded as fold does, and the index in text of each."""
    if text.isascii():  # most entries: the letters and digits are [A-Za-z0-9], found by the regex engine
        return _NOT_ASCII_ALNUM.sub("", text).lower(), [m.start() for m in _ASCII_ALNUM.finditer(text)]
    chars, where = [], []
    for m in _FOLD_PIECE.finditer(text):  # runs of ASCII letters and digits, and each other character alone
        piece, i = m.group(), m.start()
        if piece[0] < "\x80":  # no normalising needed
            chars.append(piece.lower())
            where.extend(range(i, m.end()))
            continue
        for c in unicodedata.normalize("NFKC", piece).lower():
            if c.isalnum() and c != "_":
                chars.append(c)
                where.append(i)
    return "".join(chars), where


# around an italic stretch in a reader's text (a web page's <i>/<em>, Markdown's *emphasis*): Unicode noncharacters,
# never text (each reader removes them from the document's own text first)
ITALIC_OPEN, ITALIC_CLOSE = "\ufdd0", "\ufdd1"
_ITALIC_MARKS = re.compile("([\ufdd0\ufdd1])")


def line_with_marks(text: str) -> tuple[str, tuple]:
    """A text whose italic stretches a reader put between ITALIC_OPEN and ITALIC_CLOSE → the text without the marks
    and its italic stretches (line_with_italics).

    Example:
        >>> line_with_marks("Lee (2001) \ufdd0Work first\ufdd1. X, 4.")
        ('Lee (2001) Work first. X, 4.', ((7, 16),))
    """
    if ITALIC_OPEN not in text:
        return text.replace(ITALIC_CLOSE, ""), ()
    pieces, depth = [], 0
    for part in _ITALIC_MARKS.split(text):
        if part == ITALIC_OPEN:
            depth += 1
        elif part == ITALIC_CLOSE:
            depth = max(0, depth - 1)
        elif part:
            pieces.append((part, depth > 0))
    return line_with_italics(pieces)


def line_with_italics(pieces: Iterable[tuple[str, bool]]) -> tuple[str, tuple]:
    """A line given as (text, italic) pieces in order (a Word paragraph's runs, a web page's inline text) → its text
    and its italic stretches as Line.italic counts them (start, end among the folded letters and digits; adjacent
    italic pieces joined).

    Example:
        >>> line_with_italics([("Lee, A. (2001) Work first. ", False), ("Social Policy", True), (", 4.", False)])
        ('Lee, A. (2001) Work first. Social Policy, 4.', ((17, 29),))
    """
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for text, italic in pieces:
        texts.append(text)
        n = len(fold(text))
        if italic and n:
            if spans and spans[-1][1] == at:
                spans[-1] = (spans[-1][0], at + n)
            else:
                spans.append((at, at + n))
        at += n
    return "".join(texts), tuple(spans)


class ItalicText:
    """A document's lines folded to letters and digits, in reading order, with which of them are italic.

    Example:
        >>> it = ItalicText.from_lines([("Lee, A. (2001) Work first. Social Policy, 4, 1-9.", ((17, 29),))])
        >>> entry = "Lee, A. (2001) Work first. Social Policy, 4, 1-9."
        >>> "".join(c for c, italic in zip(entry, it.flags(entry)) if italic)
        'Social Policy'
    """

    def __init__(self, lines: list[tuple[str, tuple]]):
        self._lines = lines
        self._text = ""
        self._italic = bytearray()
        self._cursor = 0
        self._built = False

    @classmethod
    def from_lines(cls, lines: Iterable[tuple[str, tuple]]) -> ItalicText | None:
        """From (text, italic stretches) per line (Line.text, Line.italic); None when no line has an italic one."""
        kept = [(text, pieces) for text, pieces in lines]
        return cls(kept) if any(pieces for _, pieces in kept) else None

    def _build(self) -> None:
        """The document's folded text and its italic flags. Lines in a row without italic stretches (most lines),
        ASCII or not (fold's two ways), are folded as one text, joined by line breaks: fold drops a line break, and
        normalising and lower-casing never act across one (it has no decomposition, composes with nothing, and
        stops the look for a final sigma's neighbours), so the fold of the joined lines is their folds joined; a
        line with italic stretches is folded alone, for its length."""
        parts, flags = [], bytearray()
        plain: list[str] = []  # lines in a row without italic stretches, all ASCII or all not
        ascii_run = True
        for text, spans in self._lines:
            if not spans:
                if plain and text.isascii() != ascii_run:
                    parts.append(fold("\n".join(plain)))
                    flags += bytes(len(parts[-1]))
                    plain = []
                if not plain:
                    ascii_run = text.isascii()
                plain.append(text)
                continue
            if plain:
                parts.append(fold("\n".join(plain)))
                flags += bytes(len(parts[-1]))
                plain = []
            folded = fold(text)
            mark = bytearray(len(folded))
            for a, b in spans:
                b = min(b, len(folded))
                if a < b:
                    mark[a:b] = b"\x01" * (b - a)
            parts.append(folded)
            flags += mark
        if plain:
            parts.append(fold("\n".join(plain)))
            flags += bytes(len(parts[-1]))
        self._text, self._italic, self._built = "".join(parts), flags, True
        self._lines = []

    def flags(self, entry: str) -> list[bool] | None:
        """Per character of entry, whether it is italic in the document (characters between two italic letters
        or digits count as italic); None when the entry's text is not found among the lines."""
        if not self._built:
            self._build()
        folded, where = _fold_indexed(entry)
        pos = self._locate(folded)
        if pos is None:
            return None
        out = [False] * len(entry)
        last = None  # the index in entry of the last italic letter or digit
        for j, p in enumerate(pos):
            if p is None or not self._italic[p]:
                last = None
                continue
            i = where[j]
            lo = last + 1 if last is not None else i
            for k in range(lo, i + 1):
                out[k] = True
            last = i
        return out

    def _locate(self, folded: str) -> list[int | None] | None:
        """Where each letter or digit of an entry lies in the document's folded text (None for those not found),
        matched a chunk at a time from where the entry before it ended; None when nothing matched."""
        text = self._text
        pos: list[int | None] = [None] * len(folded)
        at, found, done = self._cursor, False, 0  # done: how far into the entry the last match reached
        last = max(0, len(folded) - _CHUNK)
        for a in sorted({*range(0, last, _CHUNK), last}):  # the last chunk overlaps the one before it
            chunk = folded[a:a + _CHUNK]
            if len(chunk) < 4:
                break
            if found:
                back = max(0, done - a)
                p = text.find(chunk, at - back, at + _WINDOW + len(chunk))
            else:
                p = text.find(chunk, at)
                if p < 0:
                    p = text.find(chunk)
            if p < 0:
                continue
            pos[a:a + len(chunk)] = range(p, p + len(chunk))
            at, found, done = p + len(chunk), True, a + len(chunk)
        if not found:
            return None
        self._cursor = at
        return pos


# ------------------------------------------------------------------------------------------------ relabelling
_TEXTUAL = frozenset({"title", "container", "publisher", "note", "location"})
_NUMERIC = frozenset({"volume", "issue", "pages", "number"})
_NUMBER = re.compile(r"^(?:\d+|[IVXLC]+)$")  # a volume set in italics with its journal (APA; "XXXVI")
_CUE = re.compile(r"^(?:In|in|IN|Im|im|En|en|Dans|dans)$")


def _italic_tokens(tokens: list, flags: list[bool]) -> list[bool]:
    """A token is italic when at least half of its letters and digits are."""
    out = []
    for t in tokens:
        marks = flags[t.start:t.end]
        if t.text.isalnum():  # most tokens: every character counts
            out.append(2 * sum(marks) >= len(marks))
            continue
        idx = [k for k, ch in enumerate(t.text) if ch.isalnum()]
        out.append(bool(idx) and 2 * sum(marks[k] for k in idx) >= len(idx))
    return out


def _stray_date(token, label: str) -> bool:
    """A word without a digit the tagger called the date inside an italic stretch ("New public governance, the
    third sector ..." with "the" as the year): a slip of the tagger, no date (a date set in italics has a digit,
    and words such as "forthcoming" are not set in italics with a book's title)."""
    return label == "year" and token.text.isalpha()


def _first_stretch(tokens: list, labels: list[str], italic: list[bool], k: int = 0) -> tuple[int, int] | None:
    """The first run of italic tokens from token k on that holds a word of three letters or more and no author or
    date (_stray_date aside): the container or a book's title (numbers at its end, an APA volume set in italics, are left out)."""
    while k < len(tokens):
        if not italic[k]:
            k += 1
            continue
        end = k
        while end < len(tokens) and italic[end]:
            end += 1
        while end > k and (labels[end - 1] in _NUMERIC or _NUMBER.match(tokens[end - 1].text)):
            end -= 1
        span = range(k, end)
        if span and all(labels[j] in _TEXTUAL or _stray_date(tokens[j], labels[j]) for j in span) and \
                any(sum(c.isalpha() for c in tokens[j].text) >= 3 for j in span):
            return k, end
        k = max(end, k + 1)
    return None


def _is_cue(text: str, tokens: list, labels: list[str], j: int) -> bool:
    """Whether token j opens the book a chapter is in: an editor, or "In" after a full stop or comma, or "In:"."""
    if labels[j] == "editor":
        return True
    t = tokens[j]
    if not _CUE.match(t.text):
        return False
    before = text[:t.start].rstrip()
    return text[t.end:t.end + 1] == ":" or before.endswith((".", ",", "?", "!", "”", "’", "'", '"')) or \
        j + 1 < len(tokens) and labels[j + 1] == "editor"


def relabel_by_italics(text: str, tokens: list, labels: list[str], flags: list[bool]) -> list[str]:
    """Labels of an entry's tokens with the title/container boundary set by its first italic stretch after its
    authors and date: upright title words before the stretch (the tagger's container included) stay or become
    the title and the stretch the container; with none before it the stretch is a book's title. An entry set
    mostly in italics, or whose italics hold names or dates, keeps its labels."""
    italic = _italic_tokens(tokens, flags)
    words = [j for j, t in enumerate(tokens) if any(c.isalpha() for c in t.text)]
    if not words or sum(italic[j] for j in words) > 0.8 * len(words):
        return labels
    stretch = _first_stretch(tokens, labels, italic)
    if stretch is None:
        return labels
    a, b = stretch
    head = max((j + 1 for j in range(a) if labels[j] in ("author", "year")), default=0)
    cue = next((j for j in range(head, len(tokens)) if _is_cue(text, tokens, labels, j)), None)
    if cue is not None and a < cue:  # a word set in italics in a chapter's title: the book comes after "In"
        stretch = _first_stretch(tokens, labels, italic, cue + 1)
        if stretch is None:
            return labels
        a, b = stretch
    out = list(labels)
    pre = range(head, a)
    plain = [j for j in pre if labels[j] in ("title", "container") and (cue is None or j < cue)]
    if plain or cue is not None:
        for j in plain:
            out[j] = "title"
        for j in range(a, b):
            out[j] = "container"
        return out
    for j in range(a, b):
        out[j] = "title"
    return _end_title_at(text, tokens, labels, italic, out, b)


def _end_title_at(text: str, tokens: list, labels: list[str], italic: list[bool], out: list[str],
                  b: int) -> list[str]:
    """A book's italic title ends where its italics end: upright words the tagger ran into it ("(3rd edn).
    Belmont", ", Münster: Dampfboot") become a note, except a translation in brackets after it."""
    if b < len(tokens) and text[tokens[b - 1].end:tokens[b].start].strip().startswith("["):
        return out
    j = b
    while j < len(tokens) and labels[j] == "title" and not italic[j]:
        out[j] = "note"
        j += 1
    return out
