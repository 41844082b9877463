"""Sources German note writers cite by their name and day (issue 13, German footnote references; helper F20): a note
that is only a newspaper's name, a comma and the day ("FAZ, 13.1.2001.") cites that newspaper, as the same note with
a lead ("Vgl. FAZ, ...") or without the comma ("Segodnja 20.1.1999.") does. Every note here is hand-made."""

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_note_sources_a_newspaper_a_comma_and_its_day_is_the_whole_note():
    assert _texts("9 FAZ, 13.1.2001.") == ["FAZ, 13.1.2001."]
    assert _texts("4 SZ, 4.5.2003, S. 5.") == ["SZ, 4.5.2003, S. 5."]
    assert _texts("12 Frankfurter Rundschau, 2. 11. 1995.") == ["Frankfurter Rundschau, 2. 11. 1995."]
    ref = parse_footnote_reference("SZ, 4.5.2003, S. 5.")
    assert (ref.container, ref.year, ref.pages) == ("SZ", 2003, "5")


def test_note_sources_a_day_after_a_preposition_or_a_remark_is_no_newspaper():
    assert _texts("7 Am, 20.1.1999.") == [] and _texts("8 Stand, 12.3.2010.") == []
    assert _texts("6 Seit 20.1.1999.") == []
    # a day inside a sentence is no source by its name and day
    assert _texts("5 Die Tagung fand in Bonn statt, am 20.1.1999 und am 21.1.1999.") == []
