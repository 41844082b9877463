"""More German note conventions the footnote rules missed (issue 13, German footnote references; helper F27): a
sentence that opens with a demonstrative ("Dies zeigt sich auch bei Weber (Anm. 1)") is prose leading to a pointer,
not "dies." (the same author); the cues "zum Folgenden", "im Folgenden" and "siehe hierzu" lead to a reference and are no
part of it; a statute's day and its law gazette ("Gesetz ... vom 26. November 2001, BGBl. I, S. 3138") are one reference.
A body whose name holds commas ("Bundesministerium für Familie, Senioren, Frauen und Jugend (Hg.)") edits as one
name, not as persons. A thesis or a manuscript ("Phil. Diss.", "unveröff. Ms.") is no part of the title; "Ebd., passim."
points back; a magazine by its number in the year ("Der Spiegel, Nr. 12/2004") is its issue and year. One author's years in a short form ("Ebner 1998 und 2001a", "Ebner 1998, 2001") are one short form each. Every note
here is hand-made."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper, _shorts


def _backs(note: str) -> list[tuple[str, str]]:
    return [(e.text, e.name) for e in find_footnote_entries(note) if e.back]


@pytest.mark.parametrize("lead", ["Dies zeigt sich auch bei", "Diese Deutung vertritt auch",
                                  "Dieser Befund deckt sich mit"])
def test_a_demonstrative_opening_a_sentence_is_prose_before_a_pointer(lead):
    assert _backs(f"7 {lead} Weber (Anm. 1), S. 7.") == [("Weber (Anm. 1), S. 7.", "Weber")]


def test_the_abbreviation_with_its_full_stop_is_still_the_same_author():
    assert [(e.text, e.back, e.title) for e in find_footnote_entries("4 Dies., Familie (Anm. 2), S. 5.")] == [
        ("Dies., Familie (Anm. 2), S. 5.", True, "Familie")]
    assert [(e.text, e.ditto) for e in find_footnote_entries("5 Dies., Familie heute, Berlin 2005.")] == [
        ("Dies., Familie heute, Berlin 2005.", True)]


def test_a_pointer_after_a_demonstrative_resolves_to_the_work_it_names():
    refs, _ = extract_citations(_paper(["1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.",
                                        "2 Dies zeigt sich auch bei Weber (Anm. 1), S. 7."], []))
    assert [(r.source, r.raw, [a.get("surname") for a in r.authors], r.repeats) for r in refs] == [
        ("footnote", "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.", ["Weber"], None),
        ("short", "Weber (Anm. 1), S. 7.", ["Weber"], 0)]


@pytest.mark.parametrize("cue", ["Vgl. zum Folgenden", "Zum Folgenden", "Zum Folgenden:", "Vgl. im Folgenden",
                                 "Zum Folgenden vgl."])
def test_the_cue_zum_folgenden_is_no_part_of_the_reference(cue):
    assert [e.text for e in find_footnote_entries(f"3 {cue} Hans Ebner, Die Stadt, Berlin 1999, S. 3–5.")] == [
        "Hans Ebner, Die Stadt, Berlin 1999, S. 3–5."]
    assert [e.text for e in find_footnote_entries(f"4 {cue} Ebner, Hans: Die Stadt. Berlin 1999.")] == [
        "Ebner, Hans: Die Stadt. Berlin 1999."]


@pytest.mark.parametrize("cue", ["Vgl. zum Folgenden", "Siehe hierzu"])
def test_a_short_form_after_such_a_cue_is_kept(cue):
    assert _backs(f"5 {cue} Ebner 1999, S. 4.") == [("Ebner 1999, S. 4.", "Ebner")]


def test_the_cue_gives_no_given_name():
    refs, _ = extract_citations(_paper(["1 Vgl. zum Folgenden Hans Ebner, Die Stadt, Berlin 1999, S. 3–5."], []))
    assert [(r.raw, r.authors) for r in refs] == [
        ("Hans Ebner, Die Stadt, Berlin 1999, S. 3–5.", [{"given": "Hans", "surname": "Ebner"}])]


@pytest.mark.parametrize("statute", [
    "Gesetz zur Ordnung des Handwerks vom 26. November 2001, BGBl. I, S. 3138.",
    "Gesetz zur Ordnung des Handwerks vom 26.11.2001 (BGBl. I S. 3138).",
    "Zweites Gesetz für moderne Dienste am Arbeitsmarkt vom 23. Dezember 2002, BGBl. I, S. 4621.",
    "Verordnung über die Ordnung der Stadt vom 3.4.2005, GVBl. 2005, S. 12.",
    "Richtlinie 2000/78/EG des Rates vom 27. November 2000, ABl. EG Nr. L 303, S. 16."])
def test_a_statutes_day_and_its_gazette_are_one_reference(statute):
    assert [e.text for e in find_footnote_entries(f"6 {statute}")] == [statute]
    assert [e.text for e in find_footnote_entries(f"7 Vgl. {statute}")] == [statute]


def test_the_statute_is_the_title_and_the_gazette_the_container():
    refs, _ = extract_citations(_paper(["1 Gesetz zur Ordnung des Handwerks vom 26. November 2001, BGBl. I, S. 3138."],
                                       []))
    assert [(r.title, r.container, r.year, r.pages, r.type) for r in refs] == [
        ("Gesetz zur Ordnung des Handwerks", "BGBl. I", 2001, "3138", "legislation")]


def test_prose_about_a_statute_and_a_newspaper_by_day_are_as_before():
    assert [e.text for e in find_footnote_entries("4 Das Gesetz wurde am 3.4.2005 verabschiedet.")] == []
    refs, _ = extract_citations(_paper(["1 Süddeutsche Zeitung vom 12. März 2004, S. 3."], []))
    assert [(r.title, r.container, r.year, r.pages, r.type) for r in refs] == [
        (None, "Süddeutsche Zeitung", 2004, "3", "article")]


_EARLIER = ["1 Hans Ebner, Die Stadt, Berlin 1998.", "2 Hans Ebner, Das Land, Berlin 2001."]


@pytest.mark.parametrize("note, texts", [
    ("3 Vgl. Ebner 1998, 2001.", ["Ebner 1998", "2001"]),
    ("3 Vgl. Ebner (1998, 2001).", ["Ebner (1998", "2001"]),
    ("3 Ebner 1998: 12; 2001: 5.", ["Ebner 1998: 12", "2001: 5"]),
    ("3 Vgl. dazu bei Ebner 1998 und 2001, die das zeigt.", ["Ebner 1998", "2001"])])
def test_each_year_of_one_author_is_a_short_form_of_its_own(note, texts):
    refs, _ = extract_citations(_paper([*_EARLIER, note], []))
    assert [(r.raw, r.year, r.repeats) for r in refs if r.source == "short"] == [
        (texts[0], 1998, 0), (texts[1], 2001, 1)]


def test_a_page_after_the_year_is_still_a_page():
    assert [(e.text, e.year) for e in find_footnote_entries("3 Vgl. Ebner 1998, S. 2001.")] == [
        ("Ebner 1998, S. 2001.", "1998")]
    assert [(e.text, e.year) for e in find_footnote_entries("3 Ebner 1998, 201.")] == [("Ebner 1998, 201.", "1998")]


_LIST = ["Popp, K. (1979a): Das Elend der Theorie. Tübingen: Mohr.",
         "Popp, K. (1979b): Ausgangspunkte. Hamburg: Campe."]


@pytest.mark.parametrize("note, second", [("1 Vgl. Popp 1979a und 1979b.", ("1979b", None)),
                                          ("1 Vgl. Popp 1979a sowie 1979b, S. 4.", ("1979b, S. 4", "4")),
                                          ("1 Vgl. dazu bei Popp 1979a und 1979b, die das zeigt.", ("1979b", None))])
def test_years_joined_by_und_cite_each_listed_work(note, second):
    assert [(raw, pages, repeats) for raw, _, _, pages, repeats in _shorts([note], _LIST)] == [
        ("Popp 1979a", None, 0), (*second, 1)]


def test_a_year_with_its_letter_is_no_page():
    """Before, "Popp 1979a, 1979b" gave the first short form the page "1979"."""
    assert [(raw, pages, repeats) for raw, _, _, pages, repeats in _shorts(["1 Vgl. Popp 1979a, 1979b."], _LIST)] == [
        ("Popp 1979a", None, 0), ("1979b", None, 1)]


_BODY = "Bundesministerium für Familie, Senioren, Frauen und Jugend"


@pytest.mark.parametrize("note", [f"{_BODY} (Hg.): Siebter Familienbericht, Berlin 2006.",
                                  f"Vgl. {_BODY} (Hg.), Siebter Familienbericht, Berlin 2006, S. 4.",
                                  f"{_BODY} (Hrsg.) (2006): Siebter Familienbericht. Berlin.",
                                  "Senatsverwaltung für Stadtentwicklung, Umwelt und Verkehr (Hg.), Siebter "
                                  "Familienbericht, Berlin 2006."])
def test_a_body_that_edits_is_one_name(note):
    refs, _ = extract_citations(_paper([f"1 {note}"], []))
    body = note.removeprefix("Vgl. ").split(" (H")[0]
    assert [(r.authors, r.editors, r.title, r.year) for r in refs] == [
        ([], [{"literal": body}], "Siebter Familienbericht", 2006)]


def test_a_body_editing_the_book_a_chapter_is_in_is_one_name():
    refs, _ = extract_citations(_paper([f"1 Eva Ebner, Arbeit und Familie, in: {_BODY} (Hg.), Familie heute, Berlin "
                                        "2006, S. 10–30."], []))
    assert [(r.authors, r.editors, r.container) for r in refs] == [
        ([{"surname": "Ebner", "given": "Eva"}], [{"literal": _BODY}], "Familie heute")]


def test_persons_who_edit_are_still_persons():
    refs, _ = extract_citations(_paper(["1 Hans Ebner/Karl Roth (Hg.), Handbuch Stadt, Berlin 2006.",
                                        "2 Eva Ebner, Arbeit, in: Hans Ebner/Karl Roth (Hg.), Handbuch, Berlin 2006."],
                                       []))
    assert [[a.get("surname") for a in r.editors] for r in refs] == [["Ebner", "Roth"], ["Ebner", "Roth"]]


@pytest.mark.parametrize("kind", [", Phil. Diss.", ", Diss.", ", unveröff. Ms.", " (unveröffentlichtes Manuskript)",
                                  ", Typoskript"])
def test_the_kind_of_text_is_no_part_of_the_title(kind):
    refs, _ = extract_citations(_paper([f"1 Hans Ebner, Die Stadt im Wandel{kind}, Bremen 1998, S. 45."], []))
    assert [(r.title, r.year) for r in refs] == [("Die Stadt im Wandel", 1998)]


def test_a_title_that_is_only_such_a_word_stays():
    refs, _ = extract_citations(_paper(["1 Hans Ebner, Manuskript, Bremen 1998."], []))
    assert [r.title for r in refs] == ["Manuskript"]


def test_ibid_passim_points_back():
    assert [(e.text, e.back) for e in find_footnote_entries("4 Ebd., passim.")] == [("Ebd., passim.", True)]


@pytest.mark.parametrize("note, issue", [("Der Spiegel, Nr. 12/2004, S. 40–42.", "12"),
                                         ("Die Zeit, Heft 3/2004, S. 40–42.", "3")])
def test_a_magazine_by_its_number_in_the_year(note, issue):
    refs, _ = extract_citations(_paper([f"1 {note}"], []))
    assert [(r.authors, r.container, r.issue, r.year, r.pages) for r in refs] == [
        ([], note.split(",")[0], issue, 2004, "40-42")]
