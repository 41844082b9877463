"""A magazine's or newsletter's issue cited whole, as policy reports quote from the trade press (issue 13, German
footnote references; helper F39): "Zitiert aus: Betriebsrat aktuell 05/2009, Seite 14", "(Verbandsbrief, Oktober
2011, Seite 3)". "Zitiert aus:" / "Entnommen aus:" lead to the source and are no part of it; "Seite" is the page
("S."); the periodical's name is the work cited (title), the issue's number its volume. A page named in prose ("siehe
Seite 12") and a person dated by a month are no such issue. Every note here is hand-made, none copied from a paper."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


@pytest.mark.parametrize("note, entry", [
    ("8 Zitiert aus: Betriebsrat aktuell 05/2009, Seite 14", "Betriebsrat aktuell 05/2009, Seite 14"),
    ("9 Zitiert aus: Arbeit und Recht 11/2007, Seite 402.", "Arbeit und Recht 11/2007, Seite 402."),
    ("9 Entnommen aus: Arbeit und Recht 11/2007, Seite 402.", "Arbeit und Recht 11/2007, Seite 402."),
])
def test_periodical_issue_after_a_lead_is_an_entry(note, entry):
    assert _texts(note) == [entry]


@pytest.mark.parametrize("raw, title, volume, year, pages", [
    ("Betriebsrat aktuell 05/2009, Seite 14", "Betriebsrat aktuell", "05", 2009, "14"),
    ("Arbeit und Recht 11/2007, Seite 402.", "Arbeit und Recht", "11", 2007, "402"),
    ("Verbandsbrief, Oktober 2011, Seite 3", "Verbandsbrief", None, 2011, "3"),
    ("Personalführung 3/2008, Seiten 22-25.", "Personalführung", "3", 2008, "22-25"),
])
def test_periodical_issue_fields(raw, title, volume, year, pages):
    ref = parse_footnote_reference(raw)
    assert (ref.title, ref.volume, ref.year, ref.pages, ref.authors) == (title, volume, year, pages, [])


def test_periodical_issue_not_a_page_in_prose_nor_a_person():
    assert _texts("12 Die Befragung fand im Herbst 2010 statt, siehe Seite 12.") == []
    assert parse_footnote_reference("Hans Müller, März 2005").title != "Hans Müller"
