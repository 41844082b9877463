import pytest

from litmine.errors import InputError
from litmine.ingest.text import decode_bytes, looks_like_markdown, normalise_text, read_markdown, read_plain, \
    strip_markdown_inline


def test_text_normalise_ligatures_quotes_hyphens():
    assert normalise_text("\u201cthe \ufb01rst \ufb02ow\u201d") == '"the first flow"'
    assert normalise_text("Co\u2010production\u00a0and\u200b it\u2019s") == "Co-production and it's"
    # a minus sign or a figure dash in a range reads as the dash every range rule knows
    assert normalise_text("S. 235\u2212262; 1990\u20121995") == "S. 235-262; 1990\u20131995"


def test_normalise_text_replaces_as_one_translation_table():
    # each character is replaced once, as str.translate would: no replacement brings back a character to replace
    from litmine.ingest.text import _TRANSLATE, _translate

    assert not any(ch in _TRANSLATE for new in _TRANSLATE.values() for ch in new)
    table = str.maketrans(_TRANSLATE)
    every = "".join(_TRANSLATE)
    for text in (every, "a\tb\u00ad\u00adc", "plain ascii\tline", "\ufb01\ufb03 \u201eZitat\u201c \u2011 x\u00a0y", ""):
        assert _translate(text) == text.translate(table)
    assert normalise_text("\ufb00\u00ad\tend") == "ff end"


def test_text_markdown_inline_emphasis_escapes_links():
    text = r"Lindsay *et al.* (2007) and Lindsay\* with **bold** [a link](https://example.org/x_(y)) <https://a.org>"
    assert strip_markdown_inline(text) == "Lindsay et al. (2007) and Lindsay* with bold a link https://a.org"


def test_text_markdown_headings_lists_footnotes():
    blocks = read_markdown("# **Title** here\n\nIntro *text*.\n\n## Résumé\n\n- first item\n- second\n  wraps\n\n"
                           "[^1]: A footnote.\n")
    assert [(b.hint, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Title here"), ("body", 0, "Intro text."), ("heading", 2, "Résumé"),
        ("list", 0, "first item"), ("list", 0, "second wraps"), ("footnote", 0, "A footnote.")]


def test_text_plain_wrapped_lines_join_with_hyphen_mark():
    blocks = read_plain("The employ-\nability of lone\nparents.\n\nNext para.")
    assert len(blocks) == 2
    assert blocks[0].text == "The employ\ue000ability of lone parents."


def test_text_plain_unwrapped_file_one_paragraph_per_line():
    long = "word " * 50
    blocks = read_plain(f"{long}one.\n{long}two.\n{long}three.")
    assert len(blocks) == 3


def test_text_plain_form_feed_pages():
    blocks = read_plain("Page one text.\fPage two text.")
    assert [b.page for b in blocks] == [1, 2]


def test_text_decode_utf8_cp1252_latin1():
    assert decode_bytes("Sørensen".encode(), "a.txt") == ("Sørensen", "utf-8")
    assert decode_bytes("Sørensen \u2018quoted\u2019".encode("cp1252"), "a.txt") == ("Sørensen \u2018quoted\u2019",
                                                                                   "cp1252")
    assert decode_bytes(b"\x81\x8d caf\xe9", "a.txt")[1] == "latin-1"


@pytest.mark.parametrize("data,reason", [(b"", "empty file"), (b"abc\x00\x01def", "binary data"),
                                         (bytes(range(1, 32)) * 20, "binary data")])
def test_text_decode_rejects_empty_and_binary(data, reason):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.txt")
    assert reason in str(err.value) and "bad.txt" in str(err.value)


def test_text_markdown_sniffing():
    assert looks_like_markdown("# Title\n\n## Abstract\n\nLindsay\\* and **x**")
    assert not looks_like_markdown("A plain paper.\n\nWith paragraphs.")


def test_text_tex_spacing_accents_join_their_letter():
    assert normalise_text("Lu¨thje, Sch¨afer, Fontagne´, R´ıos, Ni˜no, Dvoˇr´ak, Franc¸ois") == \
        "Lüthje, Schäfer, Fontagné, Ríos, Niño, Dvořák, François"
    assert normalise_text("don´t") == "don´t"  # an acute typed as an apostrophe stays


def _strip_markdown_every_pattern(text: str) -> str:
    """strip_markdown_inline as it was before each pattern was guarded by a character its matches hold: every
    pattern tried on every text (and the private-use characters it marks with dropped from the input first)."""
    import re

    from litmine.ingest import text as mod

    text = re.sub("[\ue001\ue002\ufdd0\ufdd1]", "", text)
    escaped: list[str] = []

    def hold(m: re.Match) -> str:
        escaped.append(m.group(1))
        return f"\ue001{len(escaped) - 1}\ue002"

    text = mod._MD_ESCAPE.sub(hold, text)
    for rx, repl in ((mod._MD_IMAGE, r"\1"), (mod._MD_LINK, r"\1"), (mod._MD_REFLINK, r"\1"),
                     (mod._MD_AUTOLINK, r"\1"), (mod._MD_FOOTREF, ""), (mod._MD_CODE, r"\1"), (mod._HTML_TAG, "")):
        text = rx.sub(repl, text)
    for _ in range(2):
        text = mod._MD_EM_UNDER.sub(r"\1", mod._MD_EM_STAR.sub(r"\1", mod._MD_STRONG.sub(r"\2", text)))
    return re.sub("\ue001(\\d+)\ue002", lambda m: escaped[int(m.group(1))], text)


def test_text_markdown_inline_guards_change_nothing():
    # each pattern runs only on a text holding a character its matches need: the same text out as trying them all
    lines = ["plain words only, no markup at all", r"an escaped \* star and \_ underscore", "![a figure](f.png) here",
             "[a link](https://x.org/a_(b)) and [ref][1]", "<https://a.org> and <b>bold</b> tags", "note[^3] here",
             "`code_here` and ``more``", "***both*** and __strong__ and _em_ and *em*", "snake_case_words stay",
             "a [bracket] (not a link) and 2 * 3 * 4", "[x]![(y](u) joined", "**a *nested* one**", "\ue001 stray",
             "\ue0010\ue002 forged",
             "x < y > z", "mixed \\[ *star* ] ( [l](u) _u_ ` c `"]
    for line in lines:
        assert strip_markdown_inline(line) == _strip_markdown_every_pattern(line), line


def test_text_control_bytes_counted_as_before():
    # the control bytes that make a file binary (not tab, line feed, form feed or carriage return) counted in C:
    # nine are tolerated in a short file, the same count as byte by byte
    from litmine.ingest.text import _CONTROL_BYTES

    assert set(_CONTROL_BYTES) == {b for b in range(256) if b < 32 and b not in (9, 10, 12, 13)}
    assert decode_bytes(b"ok\t\x01" * 8 + b"\n\x0c\r", "a.txt")[1] == "utf-8"
    with pytest.raises(InputError, match=r"\(9 control bytes in the first 36\)"):
        decode_bytes(b"ok\x01" * 9 + b"abcdefghi", "b.txt")


def test_text_normalise_ascii_and_other_text_alike():
    assert normalise_text("a\tb  c\x07d   e\x1f") == "a b cd e"
    assert normalise_text("plain text, nothing to do") == "plain text, nothing to do"
    assert normalise_text("Lu\u00a8thje\tand  the\x07 \ufb01rst") == "L\u00fcthje and the first"
    assert normalise_text("e\u0301 caf\u00e9") == "\u00e9 caf\u00e9"  # composed (NFC) outside ASCII only
