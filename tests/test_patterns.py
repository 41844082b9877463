"""litmine/patterns.py: character classes written with ranges (issue 18's start-up). Every match must stay as it was:
the class holds the same characters and compiles to the same code."""

from __future__ import annotations

import re
import re._compiler as sre_compile
import re._parser as sre_parse

import pytest

from litmine.patterns import char_class


def _code(pattern: str, flags: int = 0) -> list[int]:
    """The code re compiles a pattern to (what its matching runs)."""
    return list(map(int, sre_compile._code(sre_parse.parse(pattern, flags), flags)))


def test_char_class_holds_exactly_its_characters_with_special_ones_escaped():
    chars = "abcdxz-]^\\[" + "ÀÁÂÄ" + "\u0300\u0301\u0302"
    body = char_class(chars)
    every = {chr(c) for c in range(0x2000)}
    assert {c for c in every if re.fullmatch(f"[{body}]", c)} == set(chars)
    assert body == "\\-\\[-\\^a-dxzÀ-ÂÄ\u0300-\u0302"  # "[", "\\", "]", "^": one run
    assert char_class("ab") == "ab" and char_class("") == ""  # a run of two stays two characters


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_char_class_compiles_to_the_same_code_as_the_characters_one_by_one(flags):
    letters = [chr(c) for c in (*range(0x41, 0x250), *range(0x370, 0x530)) if chr(c).isupper()]
    one_by_one = "".join(letters)
    for pattern in ("[{}]+", "(?<![{}\\d])x[^{}]", "[{}'’\\-.]"):
        assert _code(pattern.format(*[char_class(letters)] * pattern.count("{}")), flags) == \
            _code(pattern.format(*[one_by_one] * pattern.count("{}")), flags)


def test_intext_letter_classes_hold_the_letters_they_held():
    from litmine.citations import intext

    def letters(test, start: int) -> set[str]:
        return {chr(c) for c in (*range(start, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)) if test(chr(c))}

    every = [chr(c) for c in range(0x2000)]
    up, lo = letters(str.isupper, 0x41), letters(str.islower, 0x61)
    assert {c for c in every if re.fullmatch(f"[{intext._UP}]", c)} == up
    assert {c for c in every if re.fullmatch(f"[{intext._LO}]", c)} == lo
    assert {c for c in every if re.fullmatch(f"[{intext._L}]", c)} == up | lo | set(map(chr, range(0x300, 0x370)))
