"""The layout-neutral unit every reader produces: a block of text with its page and a hint of its role."""

from __future__ import annotations

from dataclasses import dataclass

# Marks a line-end hyphen whose fate (join the word or keep a real hyphen) is decided per document.
HYPHEN_MARK = "\ue000"
# Wrap a superscript number (a footnote or numeric citation mark) found by a reader: "\ue003" + "12" + "\ue004".
SUP_OPEN, SUP_CLOSE = "\ue003", "\ue004"


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
