"""Press articles German notes cite by the paper's name, the day and the article's title in brackets (issue 13,
German footnote references; helper F39): "Vgl. Berliner Kurier, 12.04.2006 (Senat streitet über Haushalt).", a
weekly by the span of days of its issue ("Baltic Times, 03.-09.11.2005 (...)", "28.02.-06.03.2004"), two of them
set apart by a semicolon, a sentence of prose after the bracket. The paper is the container, the bracket the title;
the paper's name is no person though it reads as a given name and a surname ("Daily Mirror,"). Every note here is
hand-made, none copied from a paper."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


@pytest.mark.parametrize("note, entry", [
    ("4 Vgl. Berliner Kurier, 12.04.2006 (Senat streitet über Haushalt).",
     "Berliner Kurier, 12.04.2006 (Senat streitet über Haushalt)."),
    ("5 Baltic Times, 03.-09.11.2005 (A new start for the port).",
     "Baltic Times, 03.-09.11.2005 (A new start for the port)."),
    ("6 Siehe Gazeta Polska, 5.3.2010 (Nowy rząd).", "Gazeta Polska, 5.3.2010 (Nowy rząd)."),
    ("7 Vgl. Neue Presse, 7. März 2011 (Schulen schließen früher).",
     "Neue Presse, 7. März 2011 (Schulen schließen früher)."),
    ("8 Vgl. Baltic Times, 03.-09.11.2005 (A new start for the port). Der Hafen wurde danach erweitert und verpachtet.",
     "Baltic Times, 03.-09.11.2005 (A new start for the port)."),
    ("9 Nach Angaben der Regierung stieg die Zahl bis 2009 an. Vgl. Daily Mirror, 17.01.2009 (Figures rise again).",
     "Daily Mirror, 17.01.2009 (Figures rise again)."),
])
def test_note_press_titled_is_one_entry(note, entry):
    assert _texts(note) == [entry]


def test_note_press_titled_two_issues_after_a_semicolon_are_two_entries():
    assert _texts("6 Vgl. Prager Wochenblatt, 28.02.-06.03.2004 (Streit um die Brücke); Prager Wochenblatt "
                  "13.-19.06.2004 (Die Brücke bleibt).") == [
        "Prager Wochenblatt, 28.02.-06.03.2004 (Streit um die Brücke)",
        "Prager Wochenblatt 13.-19.06.2004 (Die Brücke bleibt)."]


@pytest.mark.parametrize("raw, container, year, title", [
    ("Daily Mirror, 17.01.2009 (Figures rise again).", "Daily Mirror", 2009, "Figures rise again"),
    ("Baltic Times 03.-09.11.2005 (A new start for the port).", "Baltic Times", 2005, "A new start for the port"),
    ("Prager Wochenblatt, 28.02.-06.03.2004 (Streit um die Brücke)", "Prager Wochenblatt", 2004, "Streit um die Brücke"),
    ("Neue Presse, 7. März 2011 (Schulen schließen früher).", "Neue Presse", 2011, "Schulen schließen früher"),
])
def test_note_press_titled_fields(raw, container, year, title):
    ref = parse_footnote_reference(raw)
    assert (ref.container, ref.year, ref.title, ref.authors) == (container, year, title, [])


def test_note_press_a_weekly_without_a_title_is_dated_by_its_issue():
    ref = parse_footnote_reference("Baltic Times, 03.-09.11.2005, S. 4.")
    assert (ref.container, ref.year, ref.pages) == ("Baltic Times", 2005, "4")


@pytest.mark.parametrize("note", [
    "3 Die Regierung trat am 12.04.2006 (einem Mittwoch) zurück.",
    "4 Seit 03.-09.11.2005 (der Messewoche) gilt die Regel.",
    "7 Stand 1.1.2010 (vorläufig).",
])
def test_note_press_titled_not_a_day_in_prose(note):
    assert _texts(note) == []


def test_note_press_titled_in_a_paper():
    refs, _ = extract_citations(_paper(["1 Vgl. Gulf News, 30.03.2005 (The port reopens after the strike).",
                                        "2 Die Zahl stieg 2009 an."], []))
    notes = [(r.container, r.year, r.title, r.authors) for r in refs if r.source == "footnote"]
    assert notes == [("Gulf News", 2005, "The port reopens after the strike", [])]
