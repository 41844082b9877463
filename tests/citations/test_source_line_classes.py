"""Source lines of tables and figures as a class (issue 13; helper F46): the shapes German and English social-science
papers and policy reports print under their tables and figures, each read into one reference (its first work) or
none. Published statistics count (an office's yearbook or series, a census, a named report); the authors' own
survey, their calculations on survey or panel microdata alone, photo credits and bodies named without a work or year
do not. Every line here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.source_lines import first_work
from tests.citations.test_source_lines import _paper


def _names(r):
    return [a.get("surname") or a.get("literal") for a in r.authors or r.editors]


def _read(line):
    r = first_work(line)
    return r and (_names(r), r.title, r.year)


def _sources(captions):
    refs, _ = extract_citations(_paper(captions))
    return [(r.raw, _names(r), r.title, r.year) for r in refs if r.source != "list"]


def test_a_census_or_a_named_report_is_a_published_work_by_its_title():
    assert _read("Volkszählung 1987") == ([], "Volkszählung", 1987)
    assert _read("Volkszählungen 1991 und 2001") == ([], "Volkszählungen", 1991)
    assert _read("Zweiter Armuts- und Reichtumsbericht der Bundesregierung (2005)") == (
        [], "Zweiter Armuts- und Reichtumsbericht der Bundesregierung", 2005)
    assert _read("Berufsbildungsbericht 2005, S. 12") == ([], "Berufsbildungsbericht", 2005)
    assert _read("Statistisches Jahrbuch 2003, S. 45") == ([], "Statistisches Jahrbuch", 2003)
    assert _read("Statistical Yearbook of the Slovak Republic 1995") == (
        [], "Statistical Yearbook of the Slovak Republic", 1995)
    assert _read("OECD Employment Outlook 2004") == (["OECD"], "Employment Outlook", 2004)
    assert _sources(["Tabelle 1: Einwohner Quelle: Volkszählung 1987"]) == [
        ("Quelle: Volkszählung 1987", [], "Volkszählung", 1987)]


def test_a_body_whose_name_ends_in_a_noun():
    assert _read("Bundesregierung 2005: Nationaler Aktionsplan") == (["Bundesregierung"], None, 2005)
    assert _read("Deutscher Bundestag 2005, S. 3") == (["Deutscher Bundestag"], None, 2005)
    assert _read("Stadtverwaltung 2004") == (["Stadtverwaltung"], None, 2004)
    # a noun that names no body nor a work stays none
    assert _read("Beobachtung 2004") is None


def test_own_calculations_on_survey_or_panel_microdata_are_no_work():
    # the README's decision (rounds F and G, the left-out file): the paper's own analysis of a survey's or panel's
    # microdata names no published work, whether an own-work remark, a "Datenbasis:" lead or a use file says so
    assert _sources(["Tabelle 1: Kurse Datenbasis: SOEP 2002, eigene Berechnungen",
                     "Tabelle 2: Kurse Datenbasis: European Social Survey 2008 (eigene Berechnungen)",
                     "Tabelle 3: Kurse Quelle: IAB-Betriebspanel 2004, eigene Berechnungen",
                     "Table 4: Rates Source: Own calculations based on GSOEP 2002.",
                     "Tabelle 5: Kurse Quelle: Mikrozensus 2001, eigene Auswertung",
                     "Tabelle 6: Kurse Datenbasis: Mikrozensus 2001",
                     "Tabelle 7: Kurse Quelle: Einkommensstichprobe 2003 (Scientific Use File)",
                     "Tabelle 8: Kurse Quelle: Eigene Berechnungen mit Daten des SOEP v27"]) == []
    # a survey named under "Quelle:" without such words, and an office's survey by the office, stay as before
    assert _sources(["Tabelle 9: Kurse Quelle: ALLBUS 1998, N = 3.183",
                     "Tabelle 10: Kurse Quelle: Statistik Austria, Mikrozensus 2004, eigene Berechnungen"]) == [
        ("Quelle: ALLBUS 1998, N = 3.183", ["ALLBUS"], None, 1998),
        ("Quelle: Statistik Austria, Mikrozensus 2004, eigene Berechnungen", ["Statistik Austria"], "Mikrozensus",
         2004)]
    # own calculations on published statistics are a work
    assert _sources(["Tabelle 11: Kurse Quelle: Eigene Berechnungen nach Statistisches Jahrbuch 2004"]) == [
        ("Quelle: Eigene Berechnungen nach Statistisches Jahrbuch 2004", [], "Statistisches Jahrbuch", 2004)]


def test_the_first_work_after_the_authors_own_data():
    assert _read("eigene Berechnungen; OECD 2004") == (["OECD"], None, 2004)
    assert _read("Eigene Erhebung; Statistisches Bundesamt 2004, S. 3") == (["Statistisches Bundesamt"], None, 2004)
    assert _read("eigene Berechnungen; eigene Erhebung") is None
    assert _read("Statistisches Bundesamt; OECD 2004") is None  # a body alone first: the line's first item names no work
    assert _sources(["Tabelle 1: Kurse Quellen: eigene Berechnungen; Rössle 1995, S. 3",
                     "Tabelle 2: Kurse Quellen: eigene Erhebung; Eurostat 2005"]) == [
        ("Quellen: eigene Berechnungen; Rössle 1995, S. 3", ["Rössle"], None, 1995),
        ("Quellen: eigene Erhebung; Eurostat 2005", ["Eurostat"], None, 2005)]
    refs, _ = extract_citations(_paper(["Tabelle 1: Kurse Quellen: eigene Berechnungen; Rössle 1995, S. 3"]))
    assert [r.source for r in refs if r.source != "list"] == ["short"]  # the listed work's short form


def test_a_work_the_figure_was_changed_or_built_from():
    assert _read("verändert nach Müller 2004") == (["Müller"], None, 2004)
    assert _read("leicht modifiziert nach Roth/Lang (2001), S. 4") == (["Roth", "Lang"], None, 2001)
    assert _read("Eigene Darstellung, basierend auf Müller (2004)") == (["Müller"], None, 2004)
    assert _read("Bearbeitet nach OECD 2003") == (["OECD"], None, 2003)
    assert _sources(["Abbildung 1: Phasen (ergänzt nach Meier 1999)",
                     "Abbildung 2: Phasen. Vereinfacht nach Smith (2010)"]) == [
        ("ergänzt nach Meier 1999", ["Meier"], None, 1999), ("Vereinfacht nach Smith (2010)", ["Smith"], None, 2010)]
    assert _sources(["Abbildung 3: Quoten, verändert nach Ländern"]) == []  # no work after it


def test_an_office_as_editor_of_its_publication_by_number_or_month():
    def read(t):
        r = first_work(t)
        return r and (_names(r), r.title, r.year, r.place)
    assert read("Statistisches Bundesamt (Hrsg.): Statistisches Jahrbuch 2004, Wiesbaden 2004") == (
        ["Statistisches Bundesamt"], "Statistisches Jahrbuch", 2004, None)
    assert read("BMFSFJ (Hrsg.) 2003: Familienbericht, S. 45") == (["BMFSFJ"], None, 2003, None)
    assert read("Statistisches Bundesamt, Wirtschaft und Statistik 5/2004") == (
        ["Statistisches Bundesamt"], "Wirtschaft und Statistik", 2004, None)
    assert read("Deutsche Bundesbank, Monatsbericht 3/2005, S. 12") == (["Deutsche Bundesbank"], "Monatsbericht", 2005, None)
    assert read("Deutsche Bundesbank, Monatsbericht März 2005") == (["Deutsche Bundesbank"], "Monatsbericht", 2005, None)
    assert read("OECD, Employment Outlook, Paris 2003") == (["OECD"], "Employment Outlook", 2003, "Paris")


def test_english_remarks_on_the_authors_own_elaboration():
    assert _read("Author's own elaboration based on Eurostat (2005)") == (["Eurostat"], None, 2005)
    assert _read("Authors' elaboration on OECD data (2004)") == (["OECD"], None, 2004)
    assert _read("Own elaboration based on World Bank (2006)") == (["World Bank"], None, 2006)
    assert _read("Our estimates based on Smith and Jones (2003)") == (["Smith", "Jones"], None, 2003)
    assert _read("Author's own elaboration") is None and _read("Authors' estimates") is None


def test_compiled_from_a_work_and_analyses_of_microdata():
    assert _read("zusammengestellt nach Müller 2004") == (["Müller"], None, 2004)
    assert _read("Zusammengestellt aus Angaben des Statistischen Bundesamtes 2005") == (
        ["Statistischen Bundesamtes"], None, 2005)
    assert _read("Errechnet aus OECD 2003") == (["OECD"], None, 2003)
    # an analysis of survey or panel microdata, the authors' or another's for them, is no published work
    assert _read("Auswertung des SOEP 2002") is None and _read("Sonderauswertung des Mikrozensus 2004") is None
    assert _read("Berechnungen des DIW auf Basis des SOEP 2005") is None


def test_a_periodical_report_by_its_number_and_year_or_its_years():
    assert _read("IAB-Kurzbericht 12/2005") == ([], "IAB-Kurzbericht", 2005)
    assert _read("DIW Wochenbericht 45/2004, S. 3") == (["DIW"], "Wochenbericht", 2004)
    assert _read("Sachverständigenrat, Jahresgutachten 2004/05, S. 312") == (
        ["Sachverständigenrat"], "Jahresgutachten", 2004)
    assert _read("Statistisches Bundesamt 2000 bis 2007") is None  # the period a data set covers, as before


def test_bodies_named_by_an_organisation_noun():
    assert _read("United Nations (2005): World Population Prospects") == (["United Nations"], None, 2005)
    assert _read("Forschungsgruppe Wahlen (2005)") == (["Forschungsgruppe Wahlen"], None, 2005)
    assert _read("International Labour Organization 2004") == (["International Labour Organization"], None, 2004)
    assert _read("Department of Health 2004") == (["Department of Health"], None, 2004)
    assert _read("Roth und Lang 2001")[0] == ["Roth", "Lang"]  # persons stay persons


def test_a_note_that_is_a_source_line_never_names_its_lead():
    from tests.citations.test_source_line_shapes import _notes
    assert _notes(["4 Source: Own calculations based on Eurostat (2005)",
                   "8 Source: Authors' elaboration on OECD data (2004)"]) == [
        ("Source: Own calculations based on Eurostat (2005)", ["Eurostat"], 2005),
        ("Source: Authors' elaboration on OECD data (2004)", ["OECD"], 2004)]


def test_an_office_series_in_various_years():
    def read(t):
        r = first_work(t)
        return r and (_names(r), r.title, r.year)
    assert read("Statistisches Bundesamt, Fachserie 11, Reihe 4.1, verschiedene Jahrgänge") == (
        ["Statistisches Bundesamt"], "Fachserie 11, Reihe 4.1", None)
    assert read("OECD, Education at a Glance, versch. Jahrgänge") == (["OECD"], "Education at a Glance", None)
    assert read("OECD, Employment Outlook, various issues") == (["OECD"], "Employment Outlook", None)
    assert read("Statistisches Jahrbuch, lfd. Jahrgänge") == ([], "Statistisches Jahrbuch", None)
    assert read("Müller, verschiedene Jahrgänge") is None and read("Eigene Erhebung, verschiedene Jahre") is None


def test_a_body_with_its_short_name_in_brackets():
    assert _read("Statistisches Bundesamt (Destatis) 2006") == (["Statistisches Bundesamt"], None, 2006)
    assert _read("Bundesagentur für Arbeit (BA) 2005, S. 4") == (["Bundesagentur für Arbeit"], None, 2005)
    assert _read("Organisation for Economic Co-operation and Development (OECD) 2004") == (
        ["Organisation for Economic Co-operation and Development"], None, 2004)


def test_photo_credits_are_no_work():
    # who took a picture names no work (README round G: "Foto: Vaishar 2005"), also after a lead
    assert _sources(["Abb. 1: Hafen. Foto: Müller 2005", "Abb. 2: Hafen (Foto: M. HILPERT 2004)",
                     "Abb. 3: Hafen Quelle: Foto Müller 2005", "Abb. 4: Hafen Quelle: Aufnahme des Verfassers 2005",
                     "Abb. 5: Hafen Source: Photo by the author, 2005", "Abb. 6: Hafen Quelle: Luftbild Müller 2004"]) == []


def test_a_census_or_report_named_after_its_year():
    assert _read("2001 Census") == ([], "Census", 2001)
    assert _read("2001 Population Census, Table 4") == ([], "Population Census", 2001)
    assert _read("2004 Annual Report of the Council") == ([], "Annual Report", 2004)
    assert _read("2005 Survey of Schools") is None and _read("2004 Data") is None  # no published work by its name


def test_an_attribution_inside_a_source_line_is_part_of_it():
    # one reference per source line: "zitiert nach", "verändert nach" after the work are no second line
    assert _sources(["Tabelle 1: Kurse Quelle: Statistisches Bundesamt 2005, zitiert nach Meier 2006",
                     "Tabelle 2: Kurse Quelle: Eurostat 2004, verändert nach OECD 2005, S. 3"]) == [
        ("Quelle: Statistisches Bundesamt 2005, zitiert nach Meier 2006", ["Statistisches Bundesamt"], None, 2005),
        ("Quelle: Eurostat 2004, verändert nach OECD 2005, S. 3", ["Eurostat"], None, 2004)]
    # after the line's full stop, or after its bracket, an attribution opens a line of its own
    assert len(_sources(["Abbildung 3: Kurse (Quelle: Eurostat 2004) und Phasen, eigene Darstellung nach Meier 2006",
                         "Abbildung 4: Kurse. Quelle: Eurostat 2004. Eigene Darstellung nach Meier 2006"])) == 4


def test_a_source_given_inside_a_work():
    def read(t):
        r = first_work(t)
        return r and ([a["surname"] for a in r.authors], [e.get("literal") or e.get("surname") for e in r.editors],
                      r.year, r.pages)
    # the body whose figures a work reprints, "in:" the work: the work's authors, the body its editor
    assert read("Brasilianische Zentralbank, in: Fritz 2003: 130.") == (
        ["Fritz"], ["Brasilianische Zentralbank"], 2003, "130")
    assert read("OECD, in: Müller/Roth (2004), S. 3") == (["Müller", "Roth"], ["OECD"], 2004, "3")
    assert read("Müller, in: Schmidt 2004, S. 3") == (["Schmidt"], [], 2004, "3")  # a person quoted in a work
    assert read("Eigene Erhebung, in: Schmidt 2004") is None
    from litmine.citations.source_lines import _IN_WORK
    assert _IN_WORK.match("Arbeitslose in Deutschland 2004") is None  # no "in:" nor a comma before "in"


def test_a_method_computed_after_a_caption_is_no_source_line():
    # "berechnet nach" in a caption names how a figure was computed; after a lead it names the work computed from
    assert _sources(["Abbildung 1: Arbeitslosenquote, berechnet nach ILO-Konzept 2005",
                     "Abbildung 2: Einkommen, geschätzt nach OECD-Skala 2004"]) == []
    assert _read("Berechnet nach Eurostat 2005") == (["Eurostat"], None, 2005)
    assert _read("errechnet aus OECD 2003, S. 4") == (["OECD"], None, 2003)


def test_a_report_word_in_prose_after_a_lead_is_no_work():
    assert _read("Im Jahresbericht 2004 heißt es") is None
    assert _read("Die Volkszählung 1987 ergab") is None
    assert _read("Jahresbericht 2004") == ([], "Jahresbericht", 2004)


def test_a_survey_with_the_case_counts_of_its_waves_is_the_authors_own_analysis():
    # the case counts of two samples or more (the waves the paper compares) give the samples of the authors' own
    # analysis of the microdata: no published work (the left-out lines of round G); one count alone stays as before
    assert _sources(["Abbildung 1: Netzwerke Quelle: DEAS 1996 (n = 4.677), 2002 (n = 2.998), 2008 (n = 6.013), "
                     "gewichtet, gerundete Angaben; (p < ,05).",
                     "Abbildung 2: Rat Quelle: Alterssurvey 1996 (N=4.550), 2002 (N=2.883)"]) == []
    assert _read("ALLBUS 1998, N = 3.183, Ost-West gewichtete Daten") == (["ALLBUS"], None, 1998)
    # a published study's sample named with its work stays a work
    assert _read("Müller 2003, S. 12 (n = 512; n = 498)") == (["Müller"], None, 2003)
