"""Hostile inputs on the reading side (issue 14): each stage linear in its input, limits a user can see,
robust decoding, only regular files read. Large inputs are generated on the fly and kept small enough for CI;
no test times itself except against limits a quadratic algorithm misses by orders of magnitude."""

from __future__ import annotations

import time

from litmine.ingest.sentences import split_sentences
from litmine.ingest.text import decode_bytes


def _cpu_seconds(fn, *args):
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def test_hostile_inputs_sentences_linear_on_one_200kb_line():
    # 200 KB on one line: the quadratic splitter took ~45-75 s; a linear one takes well under a second
    text = "The Sørensen study (see pp. 3-4) shows, e.g., effects. " * 3800
    spans, seconds = _cpu_seconds(split_sentences, text)
    assert len(text) > 200_000
    assert len(spans) == 3800
    assert text[spans[0][0]:spans[0][1]] == "The Sørensen study (see pp. 3-4) shows, e.g., effects."
    assert seconds < 5.0
    # a long run of full stops (table-of-contents leaders) is scanned once, not once per stop
    dots, seconds = _cpu_seconds(split_sentences, "Inhalt " + "." * 200_000 + " Über 3")
    assert len(dots) == 2 and seconds < 5.0


def test_hostile_inputs_sentences_long_word_before_stop_is_no_abbreviation():
    word = "x" * 500 + "al"
    assert len(split_sentences(f"Ein {word}. Zweiter Satz.")) == 2
    assert len(split_sentences("Kerr et al. Zweiter Satz.")) == 1


def test_hostile_inputs_decode_boms():
    text = "Sørensen und Müller – «Politik»"
    for enc, name in (("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32-le")):
        data = text.encode(enc) if enc != "utf-16-be" else b"\xfe\xff" + text.encode(enc)
        assert decode_bytes(data, "a.txt") == (text, name)
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode(), "a.txt") == (text, "utf-8")
    # UTF-16 without a BOM is not binary either
    assert decode_bytes(text.encode("utf-16-le"), "a.txt") == (text, "utf-16-le")


def test_hostile_inputs_decode_one_stray_byte_in_utf8():
    data = "Sørensen (2019) zeigt Ähnliches.\n".encode() * 50 + b"caf\xe9 au lait\n" + "Ende: Müller.\n".encode()
    text, encoding = decode_bytes(data, "a.txt")
    assert "SÃ¸rensen" not in text and text.count("Sørensen") == 50
    assert "caf\ufffd au lait" in text and "Müller" in text
    assert encoding.startswith("utf-8, 1 invalid byte replaced (first at byte ")
    # a real cp1252 / Latin-1 file still decodes as such
    assert decode_bytes("Sørensen, Müller and café “quoted”".encode("cp1252"), "b.txt") == (
        "Sørensen, Müller and café “quoted”", "cp1252")
    assert decode_bytes("Åse Sørensen façade".encode("latin-1") + b"\x81", "c.txt")[1] == "latin-1"
