"""German note conventions of round C's kind (issue 13, German footnote references; helper F29): every note here is
hand-made in the usual shapes, none copied from a paper.

A note's prose sentence closed by a bracketed pointer ("... steigt bis 2030 auf ein Drittel (vgl. Stadtamt Bremen
2003).") cites the work it points to and is no reference itself, though it names a year as the time it speaks of
("am Ende des Jahres 2030", "für 2030", "seit 1990", a span "1996–2006"): the pointer is a short form of the listed
work; so too a long clause around a pointer, whatever its verbs. Web addresses in guillemets or angle brackets are
web pages; the journal's imprint and a preface's dateline at the foot of a page, a table's rows and a period named
("Laufzeit 2007–2010") are no references; a clause after a reference's page ("..., S. 81 f., dass ...") is no part
of it."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper

_LIST = ["Stadtamt Bremen (2003): Bevölkerungsentwicklung in Bremen bis 2030. Bremen.",
         "Landesinstitut für Statistik (2005): Vorausrechnung 2030. Hannover.",
         "Roth, K. (2009): Schule und Stadt. Berlin: Dietz."]


def _backs(note: str) -> list[tuple[str, str]]:
    return [(e.text, f"{e.name}/{e.year}") for e in find_footnote_entries(note) if e.back]


def _footnotes_and_shorts(notes: list[str]) -> tuple[list[str], list[tuple[str, int | None]]]:
    refs, _ = extract_citations(_paper(notes, _LIST))
    return ([r.raw for r in refs if r.source == "footnote"],
            [(r.raw, r.repeats) for r in refs if r.source == "short"])


@pytest.mark.parametrize("sentence", [
    "Die vom Stadtamt erstellte Vorausrechnung ergibt in ihrer Grundvariante 0,55 Mio. Einwohner am Ende des "
    "Jahres 2030",
    "Der Anteil der Älteren steigt nach dieser Rechnung im Jahr 2030 auf ein Drittel der Bevölkerung",
    "Die Zahl der Jüngeren in den Stadtteilen sinkt dagegen seit 1990 stetig und erreicht bis 2030 ihren Tiefstand"])
def test_prose_naming_its_time_closed_by_a_pointer_is_no_reference(sentence):
    assert [e.text for e in find_footnote_entries(f"5 {sentence} (vgl. Stadtamt Bremen 2003).") if not e.back] == []
    assert _footnotes_and_shorts([f"5 {sentence} (vgl. Stadtamt Bremen 2003)."]) == ([], [("Stadtamt Bremen 2003", 0)])


def test_two_such_sentences_in_one_note_give_two_short_forms():
    note = ("5 Die vom Stadtamt erstellte Vorausrechnung ergibt in ihrer Grundvariante eine Einwohnerzahl von 0,55 "
            "Mio. am Ende des Jahres 2030 (vgl. Stadtamt Bremen 2003). Die Rechnung des Landesinstituts für "
            "Statistik kommt für 2030 zu einer Bevölkerung von 0,53 Mio. (vgl. Landesinstitut für Statistik 2005). "
            "Beide liegen somit zwischen der unteren und der mittleren Variante.")
    footnotes, shorts = _footnotes_and_shorts([note])
    assert footnotes == []
    assert [repeats for _, repeats in shorts] == [0, 1]


def test_a_reference_closed_by_a_pointer_is_still_a_reference():
    """A year after the place dates the work: the reference stays whole."""
    assert [e.text for e in find_footnote_entries("8 Hans Ebner, Die Stadt im Wandel, Berlin 1999 (vgl. Roth "
                                                  "2009).")] == [
        "Hans Ebner, Die Stadt im Wandel, Berlin 1999 (vgl. Roth 2009)."]


@pytest.mark.parametrize("note, urls", [
    ("12 «www.kursstelle.example-basel.ch» «www.integration-beispiel.ch/kontext/?_a=Kurse»",
     ["www.kursstelle.example-basel.ch", "www.integration-beispiel.ch/kontext/?_a=Kurse"]),
    ("13 «www.example.ch/kurse».", ["www.example.ch/kurse"]),
    ("14 Vgl. <http://www.example.de/kurse.html>.", ["http://www.example.de/kurse.html"]),
    ("15 http://www.example.de, http://www.beispiel.de/a und www.beispiel.ch", [
        "http://www.example.de", "http://www.beispiel.de/a", "www.beispiel.ch"])])
def test_web_addresses_in_guillemets_or_several_in_a_note_are_web_pages(note, urls):
    """Swiss and many German styles set an address in guillemets or angle brackets, which are no part of it; a note
    of several addresses cites a web page each."""
    refs, _ = extract_citations(_paper([note], []))
    assert [(r.url, r.type) for r in refs] == [(url, "web") for url in urls]


def test_an_address_inside_prose_is_as_before():
    assert [e.text for e in find_footnote_entries("9 Die Kurse sind unter «www.example.ch» zu finden.")] == []


@pytest.mark.parametrize("line", ["ZEITSCHRIFT Heft 2 | 2010, S. 11–30",
                                  "Beispielhefte. Verlag Muster, Heft 12/13, 20. Jg. 2009, Nr. 1/2, 45 – 60",
                                  "Stadtforschung, Heft 4, 12. Jg. 2008, S. 101–120"])
def test_the_journals_imprint_at_the_foot_of_the_page_is_no_reference(line):
    assert find_footnote_entries(line) == []


@pytest.mark.parametrize("note", ["4 Der Spiegel, Nr. 12/2004, S. 40–42.", "Der Spiegel, Nr. 12/2004, S. 40–42.",
                                  "4 Stadtforschung, Heft 4, 12. Jg. 2008, S. 101–120."])
def test_a_magazines_issue_cited_in_a_note_is_still_a_reference(note):
    assert [e.text for e in find_footnote_entries(note)] == [note.removeprefix("4 ")]


@pytest.mark.parametrize("note", [
    "7 Die vom Stadtamt erstellte Vorausrechnung ergibt in ihrer Grundvariante 0,55 Mio. Einwohner am Anfang des "
    "Jahres 2030 (vgl. Stadtamt Bremen 2003); dieser Wert wäre vergleichbar mit dem Stand am Ende des Jahres 2029. Die "
    "Rechnung liegt somit im Bereich der unteren Variante der hier gezeigten Rechnungen. Sie unterscheidet jedoch nur "
    "bei den Zuzügen zwei Varianten und reicht mit dem Zieljahr 2029 weniger weit.",
    "9 Die Angaben zum Einkommen aus dem Jahr 2004 wären in Preisen von 1999 höher.",
    "8 Die Angaben zum Einkommen der Haushalte wurden in Preisen von 1998 umgerechnet und gerundet.",
    "9 Der Bericht des Amtes wurde Ende 2004 veröffentlicht und im Frühjahr verteilt."])
def test_prose_whose_years_are_the_times_it_speaks_of_is_no_reference(note):
    """One verb or pronoun makes a sentence where no year dates a work ("wäre ... am Ende des Jahres 2024")."""
    assert [e.text for e in find_footnote_entries(note) if not e.back] == []


@pytest.mark.parametrize("note", ["10 Hans Ebner, Die Stadt seit 1990, Berlin 2001.",
                                  "11 Hans Ebner, Die Stadt seit 1990, Berlin: Dietz."])
def test_a_title_naming_a_time_is_still_a_reference(note):
    assert [e.text for e in find_footnote_entries(note)] == [note[3:]]


@pytest.mark.parametrize("note", ["6 Nach Roth 2009 sinkt die Zahl der Schüler in den Stadtteilen bis 2030 um ein Zehntel.",
                                  "7 Wie Roth 2009 zeigt, sind die Zahlen seit 1990 gesunken."])
def test_a_pointer_in_prose_naming_its_time_is_a_short_form(note):
    assert _backs(note) == [("Roth 2009", "Roth/2009")]


def test_a_long_sentence_around_a_pointer_is_prose_whatever_its_verbs():
    """German verbs are too many to list: a clause of thirty words or more, mostly in lower case, beside an author-year
    pointer is a sentence citing it, no reference."""
    note = ("8 Auch Kritiker, die den Zusammenhang von Arbeit und Armut untersuchen, greifen immer wieder auf ein "
            "Vokabular (von den Überflüssigen, Müden, Abgehängten etc.) zurück, das letztlich zwischen guten und "
            "schlechten Armen unterscheidet und die Figur der \"eigenen Schuld\" in die Person verlegt. Eine neue "
            "Wendung legte jüngst Karl Roth mit dem Begriff der \"Unbrauchbaren\" (Roth 2009) vor.")
    assert [e.text for e in find_footnote_entries(note) if not e.back] == []
    assert _footnotes_and_shorts([note]) == ([], [("Roth 2009", 2)])


@pytest.mark.parametrize("note", ["1 Das Projekt (Förderphase 2004–2006) wurde von der Stiftung gefördert.",
                                  "2 Die Studie (Laufzeit 2007-2010) wurde vom Land finanziert."])
def test_a_name_before_a_span_of_years_is_a_period_not_a_short_form(note):
    assert find_footnote_entries(note) == []
    assert _footnotes_and_shorts([note]) == ([], [])


def test_an_author_and_year_with_a_page_range_is_still_a_short_form():
    assert _backs("4 Vgl. Roth 2009, S. 4-10.") == [("Roth 2009, S. 4-10.", "Roth/2009")]


def test_prose_about_a_period_is_no_reference_though_its_words_after_a_lead_look_like_names():
    note = ("4 Grundlage war die Auswertung der medialen Debatten in Ungarn und der Slowakei zu den Themen Arbeit, "
            "grenzüberschreitende Familie und Pflege. Dabei wurden 212 Artikel der ungarischen und 310 der slowakischen "
            "Presse aus einem Zehnjahreszeitraum (1996–2006/2007) ausgewertet. Für Ungarn wählten wir die beiden "
            "Tageszeitungen Népszabadság und Magyar Nemzet, das Boulevardblatt Blikk sowie die Wochenzeitung HVG aus.")
    assert find_footnote_entries(note) == []


def test_prose_leading_to_a_dated_reference_still_gives_the_reference():
    assert [e.text for e in find_footnote_entries("5 Detaillierte Angaben dazu finden sich bei Max Weber, Wirtschaft "
                                                  "und Gesellschaft, Tübingen 1922.")] == [
        "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922."]


@pytest.mark.parametrize("rows", [
    "Annahmen zur Sterblichkeit Lebenserwartung Sechzigjähriger, männlich/weiblich, in Jahren 2004 2050 S1 20,1 / "
    "24,3 22,0 / 26,1 S2 20,1 / 24,3 23,4 / 27,5 S3 20,1 / 24,3 24,8 / 28,9",
    "Annahmen zur Zuwanderung Wanderungssaldo, Inländer/Ausländer, in Tausend 2004 2050 W1 12,5 / 3,1 10,0 / 2,0 W2 "
    "12,5 / 3,1 15,0 / 4,0"])
def test_a_tables_rows_read_as_a_note_are_no_reference(rows):
    """Figures with decimals are a table's cells; a reference's numbers are years, pages and volumes."""
    assert find_footnote_entries(rows) == []


def test_a_volume_and_issue_with_a_comma_is_still_a_reference():
    note = "3 Hans Ebner, Die Stadt im Wandel, in: Stadtforschung 17,1 (2004), S. 61–74."
    assert [e.text for e in find_footnote_entries(note)] == [note[2:]]


@pytest.mark.parametrize("note, reference", [
    ("39 Diese Lücken zeigen sich auch in anderen Studien. So zeigt Hans Ebner, Die Stadt im Wandel, Berlin 2007, S. "
     "81 f., dass die Regeln zur Planung sehr allgemein gehalten sind.",
     "Hans Ebner, Die Stadt im Wandel, Berlin 2007, S. 81 f."),
    ("40 Vgl. Hans Ebner, Die Stadt im Wandel, Berlin 2007, S. 81, wonach die Regeln allgemein sind.",
     "Hans Ebner, Die Stadt im Wandel, Berlin 2007, S. 81")])
def test_what_the_work_states_after_its_page_is_no_part_of_the_reference(note, reference):
    assert [e.text for e in find_footnote_entries(note)] == [reference]


@pytest.mark.parametrize("line", ["Hamburg/Bremen im Mai 2010", "Kassel/Fulda/Marburg im Oktober 2008",
                                  "Berlin, im März 2009"])
def test_the_dateline_signing_a_preface_is_no_reference(line):
    assert find_footnote_entries(line) == []


@pytest.mark.parametrize("text, dated", [("am Ende des Jahres 2020", False), ("kommt für 2030 zu", False),
                                         ("mit dem Zieljahr 2029", False), ("in Preisen von 1999", False),
                                         ("aus zehn Jahren (1996–2006/2007)", False), ("Berlin 2001", True),
                                         ("Schwab 1998", True), ("Baum 2001", True), ("Heim 1999", True)])
def test_which_years_may_date_a_work(text, dated):
    """A name ending in "ab", "um" or "im" is no phrase of time: only "jahr" is read inside a word ("Zieljahr")."""
    from litmine.citations.footnotes import _dates_a_work
    assert _dates_a_work(text) is dated
