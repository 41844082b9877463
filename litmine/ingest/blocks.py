"""The layout-neutral unit every reader produces: a block of text with its page and a hint of its role."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Marks a line-end hyphen whose fate (join the word or keep a real hyphen) is decided per document.
HYPHEN_MARK = "\ue000"
# Wrap a superscript number (a footnote or numeric citation mark) found by a reader: "\ue003" + "12" + "\ue004".
SUP_OPEN, SUP_CLOSE = "\ue003", "\ue004"
# Marks, inside a block's text, where a paragraph rejoined across a page break goes on: one character that names the
# new physical page (page_break_mark); structure.py takes the marks out into Passage.breaks.
_BREAK_BASE = 0xF0000  # Supplementary Private Use Area-A: one character per page up to 65,533
BREAK_MARKS = re.compile("[\U000F0000-\U000FFFFD]")


def page_break_mark(page: int) -> str:
    """The one-character mark of a page break into physical page `page` ("" beyond the marks' range)."""
    return chr(_BREAK_BASE + page) if 0 < page < 0xFFFE else ""


def last_page_of(text: str, page: int | None) -> int | None:
    """The page a block's text ends on: that of its last page_break_mark, else `page`."""
    found = BREAK_MARKS.findall(text)
    return mark_page(found[-1]) if found else page


def mark_page(ch: str) -> int:
    """The page a page_break_mark character names."""
    return ord(ch) - _BREAK_BASE


@dataclass
class Block:
    """A paragraph-sized piece of text as a reader found it.

    hint is what the layout says: "heading", "body", "footnote", "caption", "list" or "reference".
    level is a heading's depth (1 = title) where known; size the font size relative to the body text.
    """

    text: str
    page: int | None = None
    hint: str = "body"
    level: int = 0
    size: float = 1.0
