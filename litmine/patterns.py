"""Helpers for the regular expressions litmine compiles at import: what they cost at start-up.

Every `litmine ingest` (and `run`) imports the citation modules, which compile some 900 patterns; before session
35 that took about 0.45 s of CPU per run, most of it in the re module's parser reading character classes of
hundreds of letters one by one. `char_class` writes a set of characters as the shortest class body (runs of
consecutive code points as ranges): the set is the same, and so is the compiled pattern (re turns a class into the
same bitmap however it is spelled; tests/test_patterns.py compares the compiled code).
"""

from __future__ import annotations

from collections.abc import Iterable

_SPECIAL = frozenset("\\]^-[")  # characters that need a backslash inside a class


def _one(c: str) -> str:
    return "\\" + c if c in _SPECIAL else c


def char_class(chars: Iterable[str]) -> str:
    """The body of a regular-expression character class (without its brackets) holding exactly `chars`: runs of
    three or more consecutive code points written as ranges, the rest one by one, in code point order.

    Example:
        >>> char_class("abcdxz-")
        '\\\\-a-dxz'
    """
    points = sorted({ord(c) for c in chars})
    out: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = chr(points[i]), chr(points[j])
        if j - i >= 2:
            out.append(f"{_one(first)}-{_one(last)}")
        else:
            out.extend(_one(chr(p)) for p in points[i:j + 1])
        i = j + 1
    return "".join(out)

