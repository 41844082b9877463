"""Helpers for the regular expressions litmine compiles at import: what they cost at start-up.

Every `litmine ingest` (and `run`) imports the citation modules, which compile some 900 patterns; before session
35 that took about 0.45 s of CPU per run, most of it in the re module's parser reading character classes of
hundreds of letters one by one. `char_class` writes a set of characters as the shortest class body (runs of
consecutive code points as ranges): the set is the same, and so is the compiled pattern (re turns a class into the
same bitmap however it is spelled; tests/test_patterns.py compares the compiled code).
"""

from __future__ import annotations

import re
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


# the names a compiled pattern is used by (kept on a LazyPattern once it is compiled, as plain attributes)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_PENDING: list[LazyPattern] = []  # the lazy patterns not compiled yet (compile_pending compiles them)


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled when first used: for the patterns only some documents need (those of
    footnotes: a document with no notes never asks for them), so that a small ingest does not compile them.

    Used as the compiled pattern is: its methods (search, match, finditer, sub, ...) and attributes (groups,
    groupindex, flags) compile it on first access and are then plain attributes, as quick to reach as a compiled
    pattern's; `pattern` is the source, read without compiling (for building other patterns from it). Two things
    a compiled pattern allows need `compiled` instead: the re module's functions (`re.sub(p.compiled, ...)`) and
    the identity of a match's pattern (`m.re is p.compiled`). `compile_pending()` compiles every lazy pattern not
    compiled yet: ingest calls it before forking a pool of workers, so that they share the compiled patterns
    instead of each compiling its own.

    Example:
        >>> p = LazyPattern(r"\\d+")
        >>> p.findall("12 and 345"), p.pattern
        (['12', '345'], '\\\\d+')
    """

    __slots__ = ("pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern | None = None
        _PENDING.append(self)

    @property
    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not)."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str):
        # reached only for what is not set yet: the methods before the first use, and the pattern's other attributes
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"

    def __reduce__(self):
        return LazyPattern, (self.pattern, self._flags)


def compile_pending() -> int:
    """Compile every LazyPattern made so far that is not compiled yet; how many were."""
    pending = [p for p in _PENDING if p._compiled is None]  # noqa: SLF001 - this module's own class
    _PENDING.clear()
    for p in pending:
        p.compiled  # noqa: B018 - compiles it
    return len(pending)
