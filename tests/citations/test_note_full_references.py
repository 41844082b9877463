"""Full references inside German notes (issue 13, German footnote references; helper F33): the shapes German
social-science, policy, humanities and law footnotes give a whole reference in, each a rule that names its
convention. Every note here is hand-made, none copied from a paper.

- the colon style, surname first ("Müller, Hans: Die Stadt im Wandel. Berlin 1998, S. 12."): the place and year
  follow the title's full stop, so a place holds no sentence's end; further authors as "u. a." before the colon;
- a first edition named in brackets ("Tübingen 1972 (Erstausgabe 1922)", "(zuerst 1908)", "(frz. Orig. 1893)") is
  not the year of the edition cited, nor is a reprint's ("Stuttgart 1949 (Nachdruck Düsseldorf 1978)"); an edition
  set as a superscript before the year ("Berlin ²1998", in PDF text "Berlin 21998") is no part of the year;
- a body's name of two or three words that reads as a given name and a surname ("Statistisches Bundesamt (Hg.)",
  "Bertelsmann Stiftung (Hg.)") is one name when its last word names a kind of body;
- the same author's next work after "und" / "sowie" ("..., S. 45, und ders., Markt und Staat, Köln 1995") is a
  reference of its own;
- a journal's article in the colon style ("Krause, Peter: Titel. In: Zeitschrift, Jg. 46, Nr. 3, 1994, S. 541–566")
  is no book cited without its place (legal citation's "Faber, Titel, 2004, S. 267"), whose title holds no given
  names before a colon and no "In:";
- a body that wrote a report, named before its title with or without a role ("Bundesagentur für Arbeit, Titel,
  Nürnberg 2007", "Deutsches Institut für Wirtschaftsforschung: Wochenbericht ...", "Bundesministerium der Finanzen
  (Hg.), ..."), is its author (or editor): its name opens with a kind of body and "für", "der", "zur", or is one
  word naming one ("Bundesregierung, Titel, Berlin 2001");
- a book cited without its place ("Surname, Title, Year, S. page", as law, humanities and policy notes write it)
  after a verb of saying or a signal inside prose ("So konstatiert Hartwig, Titel, 2005, S. 81 f., dass ...") is a
  reference, found anywhere in the note;
- a pointer by note number or "a.a.O." and its page, then a semicolon, then a dated reference ("Müller (Anm. 3),
  S. 14; ferner Eva Roth, Titel, Hamburg 2005"): the pointer ends at the semicolon;
- a body's name that joins compounds by their shared ending ("Institut für Arbeitsmarkt- und Berufsforschung") is
  whole though the segmenter begins at "und";
- a work cited by its title and year after a cue and a colon that open the note's last sentence ("... durch
  unabhängige Dritte. Siehe dazu: Die kommunalen Spitzenverbände, 2006.") is the source the note rests on, as a note
  that is nothing but a source cites it;
- a book printed without its place ("..., Titel, o. O. 1998, S. 12") ends after "o. O.", its year and page, where the
  segmenter stops before or inside "o. O.".
"""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _refs(note: str) -> list:
    refs, _ = extract_citations(_paper([note], []))
    return [r for r in refs if r.source == "footnote"]


def _names(people: list[dict]) -> list[str]:
    return [p.get("surname") or p.get("literal") for p in people]


@pytest.mark.parametrize("note, authors, title, place, year", [
    ("7 Müller, Hans: Die Stadt im Wandel. Berlin 1998, S. 12.", ["Müller"], "Die Stadt im Wandel", "Berlin", 1998),
    ("9 Lange, Jörg/Weiß, Maria: Kommunale Sozialpolitik. Wiesbaden 2006.", ["Lange", "Weiß"],
     "Kommunale Sozialpolitik", "Wiesbaden", 2006),
    ("12 So argumentiert etwa Schneider, Petra: Arbeitsmarktpolitik in Europa. Frankfurt/New York 2001, S. 88.",
     ["Schneider"], "Arbeitsmarktpolitik in Europa", "Frankfurt/New York", 2001),
    ("14 Vgl. Schneider, Petra: Arbeitsmarktpolitik in Europa. Eine vergleichende Analyse. Frankfurt/New York 2001.",
     ["Schneider"], "Arbeitsmarktpolitik in Europa. Eine vergleichende Analyse", "Frankfurt/New York", 2001),
    ("15 Hans Müller/Eva Roth (Hrsg.): Die Stadt im Wandel. Berlin 1998.", [], "Die Stadt im Wandel", "Berlin", 1998),
    ("16 Tönnies, Ferdinand: Gemeinschaft und Gesellschaft. Darmstadt 1991 [1887], S. 3.", ["Tönnies"],
     "Gemeinschaft und Gesellschaft", "Darmstadt", 1991),
    ("17 Georg Albers: Stadtplanung. Frankfurt a. M. 1988, S. 33.", ["Albers"], "Stadtplanung", "Frankfurt a. M.",
     1988),
    ("18 Dazu Pierson, Paul: Dismantling the Welfare State? Cambridge 1994, S. 15.", ["Pierson"],
     "Dismantling the Welfare State?", "Cambridge", 1994),
    ("19 Müller, Hans u. a.: Die Stadt im Wandel. Berlin 1998, S. 12ff.", ["Müller"], "Die Stadt im Wandel", "Berlin",
     1998)])
def test_the_colon_style_puts_place_and_year_after_the_titles_full_stop(note, authors, title, place, year):
    refs = _refs(note)
    assert [(_names(r.authors), r.title, r.place, r.year) for r in refs] == [(authors, title, place, year)]


def test_the_colon_style_with_an_edited_book_and_two_works_in_one_note():
    refs = _refs("8 Vgl. Wolf, Sabine: Kommunale Beschäftigungspolitik. Köln 2003; Lange, Jörg: Arbeit und Stadt. "
                 "Berlin 2001.")
    assert [(r.title, r.place) for r in refs] == [("Kommunale Beschäftigungspolitik", "Köln"),
                                                 ("Arbeit und Stadt", "Berlin")]
    refs = _refs("10 Hahn, Ute (Hg.): Bildung und Ungleichheit. Weinheim/München 2007.")
    assert [(_names(r.editors), r.title, r.place) for r in refs] == [(["Hahn"], "Bildung und Ungleichheit",
                                                                     "Weinheim/München")]


@pytest.mark.parametrize("note, title, place, year", [
    ("20 Max Weber, Wirtschaft und Gesellschaft, 5. Aufl., Tübingen 1972 (Erstausgabe 1922), S. 28.",
     "Wirtschaft und Gesellschaft", "Tübingen", 1972),
    ("21 Georg Simmel, Soziologie, Frankfurt a. M. 1992 (zuerst 1908).", "Soziologie", "Frankfurt a. M.", 1992),
    ("22 Vgl. Emil Durand, Über die Teilung der Arbeit, Frankfurt a. M. 1988 (frz. Orig. 1893), S. 12.",
     "Über die Teilung der Arbeit", "Frankfurt a. M.", 1988),
    ("23 Weber, Max: Die protestantische Ethik. Hamburg 1975 (urspr. 1905).", "Die protestantische Ethik", "Hamburg",
     1975),
    ("24 Ludwig Preller, Sozialpolitik in der Weimarer Republik, Stuttgart 1949 (Nachdruck Düsseldorf 1978), S. 85.",
     "Sozialpolitik in der Weimarer Republik", "Stuttgart", 1949),
    ("25 Reinhard Koselleck, Kritik und Krise, Freiburg/München 1959 (Neudruck Frankfurt a. M. 1973), S. 12.",
     "Kritik und Krise", "Freiburg/München", 1959),
    ("26 Hans Müller, Die Stadt im Wandel, Berlin 21998, S. 12.", "Die Stadt im Wandel", "Berlin", 1998),
    ("27 Max Weber, Wirtschaft und Gesellschaft, Tübingen ⁵1972, S. 28.", "Wirtschaft und Gesellschaft", "Tübingen",
     1972)])
def test_a_first_edition_or_a_reprint_named_in_brackets_is_not_the_year_cited(note, title, place, year):
    assert [(r.title, r.place, r.year) for r in _refs(note)] == [(title, place, year)]


@pytest.mark.parametrize("note, editors, authors, title", [
    ("30 Die Zahlen stammen aus: Statistisches Bundesamt (Hg.), Datenreport 2006, Bonn 2006, S. 45.",
     ["Statistisches Bundesamt"], [], "Datenreport 2006"),
    ("31 Bertelsmann Stiftung (Hg.), Kommunaler Wegweiser, Gütersloh 2005, S. 14.", ["Bertelsmann Stiftung"], [],
     "Kommunaler Wegweiser"),
    ("32 Deutscher Städtetag (Hrsg.): Gemeindefinanzbericht. Berlin 2006.", ["Deutscher Städtetag"], [],
     "Gemeindefinanzbericht"),
    ("33 Statistisches Landesamt, Bevölkerung im Land, Stuttgart 2004.", [], ["Statistisches Landesamt"],
     "Bevölkerung im Land"),
    ("34 Hans Bank, Geld und Stadt, Köln 1999.", [], ["Bank"], "Geld und Stadt")])
def test_a_bodys_name_that_reads_as_a_persons_is_one_name(note, editors, authors, title):
    assert [(_names(r.editors), _names(r.authors), r.title) for r in _refs(note)] == [(editors, authors, title)]


def test_the_same_authors_next_work_after_und_or_sowie_is_a_reference_of_its_own():
    refs = _refs("40 Karl Weber, Staat und Markt, Köln 1990, S. 45, und ders., Markt und Staat, Köln 1995, S. 3.")
    assert [(_names(r.authors), r.title, r.year) for r in refs] == [(["Weber"], "Staat und Markt", 1990),
                                                                    (["Weber"], "Markt und Staat", 1995)]
    refs = _refs("41 Eva Roth, Armut in der Stadt, Hamburg 2005, sowie dies., Frauen und Arbeit, Hamburg 2007, S. 19.")
    assert [(_names(r.authors), r.title, r.year) for r in refs] == [(["Roth"], "Armut in der Stadt", 2005),
                                                                    (["Roth"], "Frauen und Arbeit", 2007)]


@pytest.mark.parametrize("note, authors, title, container, volume, issue, year", [
    ("50 Vgl. Krause, Peter: Armut im Wohlfahrtsstaat. In: Kölner Zeitschrift für Soziologie und Sozialpsychologie, "
     "Jg. 46, Nr. 3, 1994, S. 541–566.", ["Krause"], "Armut im Wohlfahrtsstaat",
     "Kölner Zeitschrift für Soziologie und Sozialpsychologie", "46", "3", 1994),
    ("51 Schulz, Martin: Wandel der Arbeit, in: Soziale Welt, Jg. 50, 1999, S. 155-170.", ["Schulz"],
     "Wandel der Arbeit", "Soziale Welt", "50", None, 1999)])
def test_a_journal_article_in_the_colon_style_is_no_book_without_its_place(note, authors, title, container, volume,
                                                                           issue, year):
    refs = _refs(note)
    assert [(_names(r.authors), r.title, r.container, r.volume, r.issue, r.year) for r in refs] == [
        (authors, title, container, volume, issue, year)]


@pytest.mark.parametrize("note, authors, editors, title, place, year", [
    ("60 Vgl. Bundesagentur für Arbeit, Arbeitsmarkt in Zahlen. Monatsbericht Dezember 2006, Nürnberg 2007.",
     ["Bundesagentur für Arbeit"], [], "Arbeitsmarkt in Zahlen. Monatsbericht Dezember 2006", "Nürnberg", 2007),
    ("61 Deutsches Institut für Wirtschaftsforschung: Wochenbericht 35/2005, Berlin 2005, S. 3.",
     ["Deutsches Institut für Wirtschaftsforschung"], [], "Wochenbericht 35/2005", "Berlin", 2005),
    ("62 Wissenschaftszentrum Berlin für Sozialforschung, Discussion Paper SP I 2004-101, Berlin 2004.",
     ["Wissenschaftszentrum Berlin für Sozialforschung"], [], "Discussion Paper SP I 2004-101", "Berlin", 2004),
    ("63 Kommission der Europäischen Gemeinschaften, Grünbuch. Ein moderneres Arbeitsrecht, Brüssel 2006.",
     ["Kommission der Europäischen Gemeinschaften"], [], "Grünbuch. Ein moderneres Arbeitsrecht", "Brüssel", 2006),
    ("64 Bundesministerium der Finanzen (Hg.), Monatsbericht März 2007, Berlin 2007, S. 33.", [],
     ["Bundesministerium der Finanzen"], "Monatsbericht März 2007", "Berlin", 2007),
    ("65 Landesamt für Statistik, Bevölkerung 2004. Ein Überblick, Hannover 2005.", ["Landesamt für Statistik"], [],
     "Bevölkerung 2004. Ein Überblick", "Hannover", 2005),
    ("67 Siehe Bundesregierung, Lebenslagen in Deutschland, Berlin 2001, S. 12.", ["Bundesregierung"], [],
     "Lebenslagen in Deutschland", "Berlin", 2001)])
def test_a_body_named_before_its_reports_title_wrote_or_edited_it(note, authors, editors, title, place, year):
    refs = _refs(note)
    assert [(_names(r.authors), _names(r.editors), r.title, r.place, r.year) for r in refs] == [
        (authors, editors, title, place, year)]


def test_a_statement_of_a_group_is_no_body():
    refs = _refs("66 Statement of the Finance Ministers of Brazil, China, Russia and India, London 2009.")
    assert [_names(r.authors) for r in refs] != [["Statement of the Finance Ministers of Brazil"]]


@pytest.mark.parametrize("note, entry, author, year", [
    ("70 Das zeigt auch eine andere Auswertung von Vereinbarungen. So konstatiert Hartwig, Die Eingliederung älterer "
     "Arbeitnehmer, 2005, S. 81 f., dass die Regeln zur Erhebung sehr allgemein gehalten sind.",
     "Hartwig, Die Eingliederung älterer Arbeitnehmer, 2005, S. 81 f.", "Hartwig", 2005),
    ("71 Das zeigt auch eine andere Auswertung. So stellt Hartwig, Die Eingliederung älterer Arbeitnehmer, 2005, "
     "S. 81, fest, dass die Regeln allgemein sind.", "Hartwig, Die Eingliederung älterer Arbeitnehmer, 2005, S. 81",
     "Hartwig", 2005),
    ("72 Zur Rolle der Leitbilder bei der Auslegung vgl. Kessler, Vom Arbeitsschutz zur Vorsorge, 1999, S. 40 f.",
     "Kessler, Vom Arbeitsschutz zur Vorsorge, 1999, S. 40 f.", "Kessler", 1999)])
def test_a_book_without_its_place_after_a_verb_of_saying_is_a_reference(note, entry, author, year):
    assert [e.text for e in find_footnote_entries(note) if not e.back] == [entry]
    assert [(_names(r.authors), r.year) for r in _refs(note)] == [([author], year)]


def test_another_view_after_a_book_without_its_place_is_a_reference_of_its_own():
    refs = _refs("73 Ähnlich bereits Kessler, Vom Arbeitsschutz zur Vorsorge, 1999, S. 40 f.; a. A. Brandt, Die "
                 "Pflichten des Arbeitgebers, 2001, S. 7.")
    assert [(_names(r.authors), r.title, r.pages) for r in refs] == [
        (["Kessler"], "Vom Arbeitsschutz zur Vorsorge", "40"), (["Brandt"], "Die Pflichten des Arbeitgebers", "7")]


def test_a_name_and_a_year_in_prose_are_no_book():
    assert _refs("74 So auch Müller, der 1998, S. 4, schon darauf hinwies.") == []


@pytest.mark.parametrize("note, reference", [
    ("80 Vgl. Müller (Anm. 3), S. 14; ferner Eva Roth, Armut in der Stadt, Hamburg 2005, S. 3.",
     "Eva Roth, Armut in der Stadt, Hamburg 2005, S. 3."),
    ("81 Vgl. Müller, a.a.O., S. 14; Roth, Eva: Armut in der Stadt. Hamburg 2005, S. 3.",
     "Roth, Eva: Armut in der Stadt. Hamburg 2005, S. 3.")])
def test_a_pointer_before_a_semicolon_leaves_the_reference_after_it_whole(note, reference):
    entries = find_footnote_entries(note)
    assert [(e.back, e.name) for e in entries] == [(True, "Müller"), (False, "")]
    assert entries[1].text == reference
    assert [(_names(r.authors), r.title, r.year) for r in _refs(note)] == [(["Roth"], "Armut in der Stadt", 2005)]


def test_a_bodys_name_joining_compounds_by_their_shared_ending_is_whole():
    note = "90 Institut für Arbeitsmarkt- und Berufsforschung (IAB), IAB-Kurzbericht Nr. 12/2007, Nürnberg 2007."
    assert [e.text for e in find_footnote_entries(note)] == [note[3:]]
    assert [(_names(r.authors), r.year, r.place) for r in _refs(note)] == [
        (["Institut für Arbeitsmarkt- und Berufsforschung"], 2007, "Nürnberg")]


@pytest.mark.parametrize("note", [
    "91 Es handelte sich um jene Einrichtungen, die sich bereits einer externen Prüfung unterzogen hatten. Im Zuge "
    "dieses Verfahrens erfolgt eine Bewertung der Programme durch unabhängige Dritte. Siehe dazu: Die kommunalen "
    "Spitzenverbände, 2006.",
    "92 Im Zuge dieses Verfahrens erfolgt eine Bewertung. Vgl. dazu: Die kommunalen Spitzenverbände, 2006.",
    "93 Siehe dazu: Die kommunalen Spitzenverbände, 2006."])
def test_a_title_and_year_after_a_cue_closing_the_notes_prose_is_its_source(note):
    assert [e.text for e in find_footnote_entries(note)] == ["Die kommunalen Spitzenverbände, 2006."]


def test_a_sentence_after_a_colon_closing_the_note_is_no_source():
    assert find_footnote_entries("94 Im Zuge dieses Verfahrens erfolgt eine Bewertung. Dazu kam: Die Zahl stieg auf "
                                 "12, 2006.") == []


def test_a_book_without_its_place_printed_ends_after_o_o_and_its_year():
    refs = _refs("95 Hans Müller, Die Stadt im Wandel, o. O. 1998, S. 12.")
    assert [(_names(r.authors), r.title, r.year, r.pages) for r in refs] == [(["Müller"], "Die Stadt im Wandel", 1998,
                                                                              "12")]
