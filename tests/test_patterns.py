"""litmine/patterns.py: character classes written with ranges, and patterns compiled on first use (issue 18's
start-up). Both must leave every match as it was: the class holds the same characters and compiles to the same
code; a LazyPattern matches as re.compile's pattern does."""

from __future__ import annotations

import pickle
import random
import re
import re._compiler as sre_compile
import re._parser as sre_parse

import pytest

from litmine.patterns import LazyPattern, char_class, compile_pending


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


def test_lazy_pattern_gives_the_matches_of_the_compiled_pattern():
    sources = [(r"(?P<name>[A-Z][a-z]+),\s+(?P<year>\d{4})", 0), (r"\b(?:ebd|ibid)\.", re.I), (r"\s*[,;]\s*", 0),
               (r"^(?P<sender>.+?)\s+an\s+\S", 0)]
    rnd = random.Random(18)
    texts = ["Weber, 1922; Ibid. 4", "EBD. S. 3, und Roth, 2001", "PrMI an RegPräs", "", "a;b , c"]
    texts += ["".join(rnd.choice("Wa ,;.1IbdDEn\n") for _ in range(rnd.randint(0, 30))) for _ in range(2000)]
    for source, flags in sources:
        lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
        assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == \
            (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
        for text in texts:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
            for method in ("search", "match", "fullmatch"):
                found, expected = getattr(lazy, method)(text), getattr(compiled, method)(text)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
            assert lazy.sub("#", text) == compiled.sub("#", text)
            assert lazy.subn("#", text) == compiled.subn("#", text)
            assert lazy.split(text) == compiled.split(text)
            assert lazy.findall(text) == compiled.findall(text)


def test_lazy_pattern_compiles_on_first_use_only_and_compile_pending_compiles_the_rest():
    used, unused = LazyPattern(r"a+b"), LazyPattern(r"c+d")
    assert used.pattern == r"a+b" and used._compiled is None  # its source, read without compiling
    assert used.search("xaab").group() == "aab" and used._compiled is not None
    assert unused._compiled is None
    assert compile_pending() >= 1
    assert unused._compiled is not None and compile_pending() == 0
    # a match's pattern is the compiled one: identity is asked of `compiled`
    m = used.search("ab")
    assert m.re is used.compiled and m.re is not used
    assert re.sub(used.compiled, "", "xaab") == "x"


def test_lazy_pattern_pickles_and_names_itself():
    p = LazyPattern(r"\d+", re.I)
    q = pickle.loads(pickle.dumps(p))
    assert isinstance(q, LazyPattern) and q.findall("a1b22") == ["1", "22"]
    assert repr(p) == "LazyPattern('\\\\d+', re.IGNORECASE)"
    with pytest.raises(AttributeError):
        p.no_such_attribute  # noqa: B018


def test_the_footnote_patterns_are_compiled_on_first_use_or_before_a_pool_forks():
    from pathlib import Path

    from litmine.citations import footnote_fields, footnotes

    for module in (footnotes, footnote_fields):  # no pattern of theirs compiled at import
        assert not re.search(r"^\w+ = re\.compile\(", Path(module.__file__).read_text(encoding="utf-8"), re.M)
    lazy = [v for module in (footnotes, footnote_fields) for v in vars(module).values() if isinstance(v, LazyPattern)]
    lazy += [*footnote_fields._MAY_CITE, *footnote_fields._MAY_CITE_LOWER]
    assert len(lazy) > 200
    compile_pending()  # what ingest does before forking a pool of workers (workers.prepare_fork)
    assert all(p._compiled is not None for p in lazy)
