"""A newspaper cited by its name and day alone, its name in a Slavic language, transliterated or in Cyrillic: the
words after the first in lower case ("Nezavisimaja gazeta, 5.6.1999.", "Hospodářské noviny, 12.3.2001, S. 4."), the
page as "С." in Russian ("Известия, 12.03.2001, С. 2."). A reference: the newspaper, its year, its page. Hand-made
notes, through the whole citation step."""

import pytest

from tests.citations.test_note_legal_citation import _refs


@pytest.mark.parametrize("note, want", [
    ("1 Nezavisimaja gazeta, 5.6.1999.", ("Nezavisimaja gazeta", 1999, None)),
    ("2 Rossijskaja gazeta vom 12.3.2001.", ("Rossijskaja gazeta", 2001, None)),
    ("3 Moskovskie novosti, 12.3.2001, S. 4.", ("Moskovskie novosti", 2001, "4")),
    ("4 Argumenty i fakty, 12.3.2001.", ("Argumenty i fakty", 2001, None)),
    ("5 Известия, 12.03.2001, С. 2.", ("Известия", 2001, "2")),
    ("6 Российская газета, 12.3.2001.", ("Российская газета", 2001, None)),
])
def test_a_slavic_newspaper_by_its_day_is_a_reference(note, want):
    assert [(r.container, r.year, r.pages) for r in _refs(note)] == [want]


@pytest.mark.parametrize("note", ["7 Er starb am 5.6.1999.", "8 Die Sitzung fand statt am 5.6.1999."])
def test_prose_with_a_day_stays_no_reference(note):
    assert _refs(note) == []
