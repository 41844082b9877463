"""The source lines of tables and figures in the shapes publishers print them (issue 13; helper F42): leads German and
English ("Quelle:", "Quellen:", "Datenquelle:", "Daten:", "Source:", "Sources:", "Data:", "Q.:"), attributions
without a lead ("eigene Darstellung nach ...", "in Anlehnung an ...", "Abb. übernommen aus ...", "Figure adapted
from ...", "aus: ...", a bare "nach"/"aus" before a listed work), offices and data sets, persons the list lacks, a
line in a body passage of its own; one reference per line, its first work; none for the authors' own data, a
caption's words or a date. Every caption here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.source_lines import first_work, source_line_spans
from litmine.models import Passage
from tests.citations.test_source_lines import _paper


def _names(r):
    return [a.get("surname") or a.get("literal") for a in r.authors or r.editors]


def _sources(captions):
    refs, _ = extract_citations(_paper(captions))
    return [(r.raw, _names(r), r.year, r.source) for r in refs if r.source != "list"]


def test_leads_german_and_english():
    assert _sources(["Tabelle 1: Kurse Quelle: Statistisches Bundesamt 2005, S. 12.",
                     "Abbildung 2: Anteile Datenquelle: Eurostat 2010",
                     "Table 3: Shares Source: OECD (2003).",
                     "Figure 4: Rates Data: Meier 1999, p. 4",
                     "Tabelle 5: Quoten Q.: BA-Statistik 2006"]) == [
        ("Quelle: Statistisches Bundesamt 2005, S. 12.", ["Statistisches Bundesamt"], 2005, "footnote"),
        ("Datenquelle: Eurostat 2010", ["Eurostat"], 2010, "footnote"),
        ("Source: OECD (2003).", ["OECD"], 2003, "footnote"),
        ("Data: Meier 1999, p. 4", ["Meier"], 1999, "footnote"),
        ("Q.: BA-Statistik 2006", ["BA-Statistik"], 2006, "footnote")]


def test_attributions_without_a_lead():
    found = _sources(["Abbildung 1: Phasen (eigene Darstellung nach Roth/Lang 2001)",
                      "Abb. 2: Kurse. Abb. übernommen aus Rössle 1995",
                      "Figure 3: Steps. Figure adapted from Smith (2010)",
                      "Tabelle 4: Quoten, aus: Meier 2004, S. 12",
                      "Tabelle 5: Kurse in Anlehnung an Schmidt u. Wolf (2001)"])
    assert [(raw, names, year) for raw, names, year, _ in found] == [
        ("eigene Darstellung nach Roth/Lang 2001", ["Roth", "Lang"], 2001),
        ("übernommen aus Rössle 1995", ["Rössle"], 1995),
        ("adapted from Smith (2010)", ["Smith"], 2010),
        ("aus: Meier 2004, S. 12", ["Meier"], 2004),
        ("in Anlehnung an Schmidt u. Wolf (2001)", ["Schmidt", "Wolf"], 2001)]
    assert found[1][3] == "short"  # Rössle 1995 is in the list: a short form of it


def test_a_bare_nach_or_aus_counts_before_a_listed_work_only():
    assert _sources(["Tabelle 1: Kurse (nach Rössle 1995)", "Tabelle 2: Kurse, aus (Fiebelkorn 1989)"]) == [
        ("nach Rössle 1995", ["Rössle"], 1995, "short"), ("aus (Fiebelkorn 1989)", ["Fiebelkorn"], 1989, "short")]
    assert _sources(["Tabelle 3: Kurse (nach Meier 2004)"]) == []  # no listed work: a caption's words, maybe


def test_one_reference_per_line_its_first_work():
    assert _sources(["Tabelle 1: Kurse Quellen: Meier 1999; Rössle 1995, S. 3.",
                     "Tabelle 2: Kurse Quelle: Nationale Statistische Ämter 1997, Eurostat 1998."]) == [
        ("Quellen: Meier 1999; Rössle 1995, S. 3.", ["Meier"], 1999, "footnote"),
        ("Quelle: Nationale Statistische Ämter 1997, Eurostat 1998.", ["Nationale Statistische Ämter"], 1997,
         "footnote")]


def test_a_line_running_on_into_prose_ends_at_its_full_stop():
    text = "Quelle: Rössle (1995). Die Tabelle wurde angepasst und gekürzt."
    assert [text[a:b] for a, b in source_line_spans(text)] == ["Rössle (1995)."]


def test_no_reference_for_own_data_captions_words_or_dates():
    assert _sources(["Tabelle 1: Kurse. Quelle: eigene Erhebung",
                     "Tabelle 2: Kurse. Quelle: eigene Berechnungen",
                     "Tabelle 3: Kurse. Quelle: Befragung 2010 (n = 512)",
                     "Tabelle 4: Arbeitslose nach Geschlecht",
                     "Tabelle 5: Arbeitslose nach Altersgruppen 2005",
                     "Tabelle 6: Weiterbildung aus Sicht der Betriebe",
                     "Tabelle 7: Kurse nach 2004",
                     "Tabelle 8: Arbeitslosenquote 2005",
                     "Tabelle 9: Stellen. Quelle: IAB-Erhebung der offenen Stellen 2000 bis 2007"]) == []


def test_data_sets_by_version_and_bodies():
    ref = first_work("SOEP v27")
    assert (ref.title, ref.volume, ref.year) == ("SOEP", "27", None)
    # the authors' own calculations on the panel's microdata: no work (README, rounds F and G; helper F46)
    assert first_work("SOEP v27, eigene Berechnungen") is None
    ref = first_work("Bundesagentur für Arbeit 2006, S. 4")
    assert (_names(ref), ref.year, ref.pages) == (["Bundesagentur für Arbeit"], 2006, "4")
    ref = first_work("Smith et al. 2010, p. 3")
    assert (_names(ref), ref.authors != [], ref.pages) == (["Smith"], True, "3")


def test_a_body_passage_that_is_a_source_line():
    paper = _paper(["Quelle: Eurostat 2010; eigene Berechnungen."])
    paper[1].kind = "body"  # set in the body's type size under a table
    refs, _ = extract_citations(paper)
    assert [(r.raw, _names(r), r.year) for r in refs if r.source != "list"] == [
        ("Quelle: Eurostat 2010; eigene Berechnungen.", ["Eurostat"], 2010)]
    paper = _paper(["Die Quelle: Eurostat 2010 zeigt, dass die Quoten in allen Ländern steigen, wie Tabelle 1 zeigt."])
    paper[1].kind = "body"
    refs, _ = extract_citations(paper)
    assert [r.source for r in refs] == ["list"] * 3  # a paragraph that does not open with a lead


def _notes(notes):
    paper = _paper([])
    start = paper[-1].end + 2
    for text in notes:  # notes after the list, as a PDF's notes zone gives them
        paper.append(Passage(index=len(paper), kind="footnote", text=text, start=start, end=start + len(text), page=2))
        start += len(text) + 2
    refs, _ = extract_citations(paper)
    return [(r.raw, _names(r), r.year) for r in refs if r.source != "list"]


def test_a_note_that_is_a_source_line():
    assert _notes(["Quelle: Eurostat 2010", "3 Quelle: Meier 1999, S. 4",
                   "4 Grau unterlegt sind die Kantone der Studie. Quelle: Bundesamt für Flüchtlinge, 2003"]) == [
        ("Quelle: Meier 1999, S. 4", ["Meier"], 1999),  # the note rules' reference, its author from the line
        ("Quelle: Eurostat 2010", ["Eurostat"], 2010),
        ("Quelle: Bundesamt für Flüchtlinge, 2003", ["Bundesamt für Flüchtlinge"], 2003)]
    assert _notes(["Quelle: eigene Erhebung 2010", "5 Quelle: Befragung der Betriebe 2009"]) == []


def test_remarks_on_own_work_before_the_work_and_the_data_of_a_body():
    read = {t: (r.authors and [a["surname"] for a in r.authors], _names(r) if r.editors else [], r.year)
            for t in ("Author's calculations based on OECD (2003)",
                      "eigene Berechnungen nach Daten des Statistischen Bundesamtes 2005",
                      "Own calculations using data from Eurostat (2010)",
                      "Müller, H. (2004): Arbeit und Alter")
            if (r := first_work(t)) is not None}
    assert read == {"Author's calculations based on OECD (2003)": ([], ["OECD"], 2003),
                    "eigene Berechnungen nach Daten des Statistischen Bundesamtes 2005": (
                        [], ["Statistischen Bundesamtes"], 2005),
                    "Own calculations using data from Eurostat (2010)": ([], ["Eurostat"], 2010),
                    "Müller, H. (2004): Arbeit und Alter": (["Müller"], [], 2004)}
    assert first_work("Müller, H. (2004): Arbeit und Alter").title is None  # the initials are no title
    assert first_work("Angaben der Betriebe 2005") is None  # the firms' own answers: a survey, no body's data
    assert first_work("Eigene Berechnungen mit Daten des SOEP v27") is None  # own calculations on microdata (F46)
    assert first_work("Eigene Berechnungen mit Daten des Statistischen Bundesamtes 2005").year == 2005


def test_bodies_whose_names_hold_und_or_a_list_of_domains():
    ref = first_work("Eigene Darstellung in Anlehnung an Bundesministerium für Familie, Senioren, Frauen und Jugend "
                     "(2003) (Hrsg.), S. 13.")
    assert (_names(ref), ref.year, ref.pages, ref.title) == (
        ["Bundesministerium für Familie, Senioren, Frauen und Jugend"], 2003, "13", None)
    assert _names(first_work("Bundesministerium für Arbeit und Soziales (2008)")) == [
        "Bundesministerium für Arbeit und Soziales"]
    assert [a["surname"] for a in first_work("Roth und Lang 2001").authors] == ["Roth", "Lang"]  # two persons


def test_web_addresses_as_sources_and_a_lead_without_its_colon():
    assert _sources(["Tabelle 1: Kurse Quelle: http://www.statistik.example.de/tab1.htm",
                     "Tabelle 2: Kurse Quelle: Bundesamt für Statistik, www.statistik.example.ch"]) == [
        ("Quelle: http://www.statistik.example.de/tab1.htm", [], None, "footnote"),
        ("Quelle: Bundesamt für Statistik, www.statistik.example.ch", ["Bundesamt für Statistik"], None, "footnote")]
    assert _notes(["7 Quelle Schweizerischer Lehrmittelverband SLV, «www.lehrmittel.example.ch»"]) == [
        ("Quelle Schweizerischer Lehrmittelverband SLV, «www.lehrmittel.example.ch»",
         ["Schweizerischer Lehrmittelverband SLV"], None)]
    assert _sources(["Tabelle 3: Quellen der Förderung nach Ländern"]) == []  # "Quellen" a word of the caption
    assert first_work("Müller, www.mueller.example.de") is None  # a person's home page: no body, no year


def test_a_note_opening_with_an_attribution_is_a_source_line():
    assert _notes(["3 Eigene Berechnungen nach Rössle (1995)", "4 Eigene Berechnungen nach Meier (1999)",
                   "5 Zitiert nach Fiebelkorn (1989, 12)."]) == [
        ("Eigene Berechnungen nach Rössle (1995)", ["Rössle"], 1995),  # the listed work's short form, the line
        ("Eigene Berechnungen nach Meier (1999)", ["Meier"], 1999),  # a work the list lacks
        ("Fiebelkorn (1989, 12)", ["Fiebelkorn"], 1989)]  # a quotation's source in a note: its short form alone


def test_names_bodies_and_what_is_no_name():
    def read(t):
        r = first_work(t)
        return r and (r.authors and [a["surname"] for a in r.authors], _names(r) if r.editors else [], r.year,
                      r.year_text)
    assert read("van Dijk 2003") == (["van Dijk"], [], 2003, None)
    assert read("Europäische Kommission o.J.") == ([], ["Europäische Kommission"], None, "o.J.")
    assert read("Deutsche Rentenversicherung 2008") == ([], ["Deutsche Rentenversicherung"], 2008, None)
    assert read("Stiftung ABC, Jahresbericht 2003") == ([], ["Stiftung ABC"], 2003, None)
    assert read("Laut OECD 2005") == ([], ["OECD"], 2005, None)
    for prose in ("Die Befragung fand 2005 statt.", "The survey was conducted in 2005 among 500 firms.",
                  "Zahlen für 2005", "Repräsentative Betriebsbefragung im Rahmen der Evaluation, Herbst 2010",
                  "Umfrage unter Lehrkräften 2009"):
        assert read(prose) is None, prose
