"""Web pages a note cites by their address and the day they were read (issue 13, German footnote references; helper
F39): "vgl.: http://a.example.org/ sowie http://b.example.net/ [Stand 12.01.2009]" (two pages, the day in square
brackets, its closing bracket sometimes lost in print, or the ISO day after a semicolon), and an address in a
bracket after a cue that a sentence of prose gives for what it says ("... verbergen. (vgl.:
http://www.example.com/nebel/) [Stand 12.01.2009]", "... des Projekts (vgl. http://www.example.org/daten/ trend.htm;
2005-02-02)"): the address is the reference, the sentence it closes none. A reference that ends in its own address
keeps it. Every note here is hand-made, none copied from a paper."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


@pytest.mark.parametrize("note, entries", [
    ("3 vgl.: http://www.spiele.example.org/ sowie http://www.example.net/blog/ [Stand 12.01.2009]",
     ["http://www.spiele.example.org/", "http://www.example.net/blog/ [Stand 12.01.2009]"]),
    ("4 http://www.example.net/blog/ [Stand 12.01.2009.", ["http://www.example.net/blog/ [Stand 12.01.2009."]),
    ("5 http://www.example.org/daten/trend.htm; 2005-02-02", ["http://www.example.org/daten/trend.htm; 2005-02-02"]),
    ("11 So flieht der Spieler die ganze Zeit vor der Gefahr und muss sich geschickt verbergen. (vgl.: "
     "http://www.example.com/nebel/) [Stand 12.01.2009]", ["http://www.example.com/nebel/"]),
    ("19 Der Begründer des Genres, Hans Vogel, stellte das sehr ähnlich in seinem Film \"Die Nacht\" (1971) dar (vgl. "
     "http://www.archiv.example.org/title/tt0042/) [Stand 12.01.2009]. Die Figuren bedeuten die Entfremdung. Der Film "
     "wird im Museum ausgestellt (vgl. http://www.museum.example.org/film.php?id=61) [Stand 12.01.2009].",
     ["http://www.archiv.example.org/title/tt0042/", "http://www.museum.example.org/film.php?id=61"]),
    ("23 Der Hersteller verkaufte zwischen März 2006 und Mai 2007 13,2 Millionen Stück (vgl. "
     "http://www.example.de/netz/0,1518,5191,00.html) [Stand 12.01.2009.", ["http://www.example.de/netz/0,1518,5191,00.html"]),
    ("5 Die Datei ist das Ergebnis der Zusammenarbeit zweier Institute im Rahmen des Projekts (vgl. "
     "http://www.example.org/daten/ trend/trendfile.htm; 2005-02-02).", ["http://www.example.org/daten/ trend/trendfile.htm"]),
    ("6 Die Daten stammen aus dem Projekt (siehe www.example.de/daten, abgerufen am 12.03.2011) und wurden ergänzt.",
     ["www.example.de/daten"]),
])
def test_web_pages_cited(note, entries):
    assert _texts(note) == entries


def test_a_reference_keeps_its_own_address():
    note = "7 Müller, Hans: Digitale Spiele. Berlin 2005 (http://www.example.de/spiele.pdf)."
    assert _texts(note) == ["Müller, Hans: Digitale Spiele. Berlin 2005 (http://www.example.de/spiele.pdf)."]


def test_the_day_a_page_was_read_dates_no_work():
    refs, _ = extract_citations(_paper(["3 vgl.: http://www.spiele.example.org/ sowie http://www.example.net/blog/ "
                                        "[Stand 12.01.2009]", "4 Der Hersteller verkaufte zwischen März 2006 und Mai "
                                        "2007 viele Geräte (vgl. http://www.example.de/netz/1.html) [Stand 12.01.2009]."],
                                       []))
    assert [(r.raw, r.year, r.title) for r in refs] == [
        ("http://www.spiele.example.org/", None, None), ("http://www.example.net/blog/ [Stand 12.01.2009]", None, None),
        ("http://www.example.de/netz/1.html", None, None)]
