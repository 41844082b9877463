"""export/sanitize.py: the cleaning of text for XML and CSV cells."""

from litmine.export.sanitize import _ESCAPES, _XML_BAD, clean_xml_text, guard_csv_cell


def test_printable_text_holds_nothing_the_patterns_remove():
    """clean_xml_text returns printable text as it is: no printable character (any code point) starts an escape
    sequence or is one XML forbids, so the patterns would remove nothing from it."""
    for cp in range(0x110000):
        c = chr(cp)
        if c.isprintable():
            assert not _XML_BAD.match(c) and not _ESCAPES.match(c + "[31m"), hex(cp)


def test_clean_xml_text_and_guarded_cells():
    assert clean_xml_text("Müller & Søn (2019) “quoted”") == "Müller & Søn (2019) “quoted”"
    assert clean_xml_text("Gov\x01ernance \x1b[31mred\x1b[0m\ttab\nline") == "Governance red\ttab\nline"
    assert clean_xml_text("a\ud800b\ufffe") == "ab"
    assert guard_csv_cell("=SUM(A1)") == "'=SUM(A1)" and guard_csv_cell("\tx\x1b[2J") == "'\tx"
    assert guard_csv_cell("plain title") == "plain title" and guard_csv_cell(3) == 3
