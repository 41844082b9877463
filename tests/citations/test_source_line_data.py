"""An office's data set named in a table's or figure's source line (issue 13, German footnote references; helper
F39): "Quelle: BFS, VZ 2000", "Quelle: Destatis Mikrozensus 2005, eigene Berechnungen", "Quellen: Seco,
Arbeitsmarktstatistik 2003; Projektdatenbank ...": one reference per source line (its first item), the office the
editor, the data set the title, the year. A source line that cites a work by author and year gives its short forms
as before and no such reference; a line of prose after the lead is none. Every caption here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnote_fields import data_source
from tests.citations.test_source_lines import _paper


def _data(captions):
    refs, _ = extract_citations(_paper(captions))
    return [(r.raw, [e["surname"] for e in r.editors], r.title, r.year) for r in refs if r.source == "footnote"]


def test_data_sets_in_source_lines():
    assert _data(["Abbildung 3: Anteil der Pendler Quelle: BFS, VZ 2000.",
                  "Tabelle 2: Haushalte nach Größe Quelle: Destatis Mikrozensus 2005, eigene Berechnungen",
                  "Tabelle 4: Kurse Quellen: Seco, Arbeitsmarktstatistik 2003; Projektdatenbank, Factsheet"]) == [
        ("Quelle: BFS, VZ 2000.", ["BFS"], "VZ", 2000),  # the line with its lead, as the conventions give it
        ("Quelle: Destatis Mikrozensus 2005, eigene Berechnungen", ["Destatis"], "Mikrozensus", 2005),
        ("Quellen: Seco, Arbeitsmarktstatistik 2003; Projektdatenbank, Factsheet", ["Seco"], "Arbeitsmarktstatistik",
         2003)]


def test_no_data_set_where_the_line_cites_a_work_or_is_prose():
    assert _data(["Tabelle 1: Branchen Quelle: Fiebelkorn 1989, S. 12."]) == []
    assert data_source("Repräsentative Betriebsbefragung im Rahmen der Evaluation, Herbst 2010") is None
    assert data_source("eigene Erhebung 2010") is None and data_source("Eigene Erhebung 2010") is None


def test_an_office_of_two_words_is_no_data_set():
    ref = data_source("Statistisches Bundesamt 2005")
    assert (ref.title, [e.get("literal") for e in ref.editors], ref.year) == (None, ["Statistisches Bundesamt"], 2005)


def test_a_suspended_compound_before_a_comma_opens_one_title_and_names_no_editor():
    """No surname ends in a hyphen: "Volks-, Gebäude- und Wohnraumzählung 2001" is one census's title (before, the
    comma parted "Volks-" off as its editor and the title lost its first word)."""
    from litmine.citations.source_lines import first_work

    ref = first_work("Quelle: Volks-, Gebäude- und Wohnraumzählung 2001")
    assert (ref.title, ref.year, ref.editors, ref.authors) == ("Volks-, Gebäude- und Wohnraumzählung", 2001, [], [])
    assert first_work("Kranken-, Renten- und Pflegeversicherung 2005") is None or \
        not any("Kranken-" in str(e) for e in first_work("Kranken-, Renten- und Pflegeversicherung 2005").editors)
    ref = first_work("Quelle: Statistisches Bundesamt, Mikrozensus 2005")  # a body's comma still parts the title
    assert (ref.title, ref.editors) == ("Mikrozensus", [{"literal": "Statistisches Bundesamt"}])
