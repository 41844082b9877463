"""Locators German note writers put after a pointer and notes whose number the PDF ran into their text (issue 13,
German footnote references; helper F19): a note of the work cited ("Fn. 29", "Anm. 3") belongs to the short form,
a page in roman numerals ("1970: XII", a preface's page) is its page, and a footnote line that opens with its number
run into a web address or a note's lower-case lead ("6http://x.org", "7vgl. ...") starts a note of its own. Every
note, list entry and line here is hand-made."""

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.short_forms import locator
from litmine.ingest.pdf import _new_paragraph, _RunShape
from litmine.ingest.pdf_footnotes import NoteNumbers, footnote_lines
from litmine.ingest.pdf_layout import Line
from tests.citations.test_note_pointers import _shorts

LIST = ["Brenner, W. (2005): Wahlen in Ostafrika. In: Afrika heute 40 (2), S. 319-330.",
        "HWB (Hg.) (1970): Handwörterbuch der Raumordnung. Hannover: Jänecke.",
        "Kolb, R. (1996): Die Presse der Regierung. Köln."]


def test_note_locators_a_note_of_the_work_cited_belongs_to_the_short_form():
    """"Brenner 2005, Fn. 29." cites the work's note 29: the short form runs over it (no page); after a page the
    page stays the page cited ("Brenner 2005: 322, Fn. 12")."""
    shorts = _shorts(["1 Die Ergebnisse wurden nicht anerkannt, vgl. Brenner 2005, Fn. 29.",
                      "2 Die Rente wurde gestrichen (vgl. zur Begründung Brenner 2005: 322, Fn. 12). Er blieb.",
                      "3 So auch Kolb 1996, Anm. 4."], LIST)
    assert [(raw, pages) for raw, _, _, pages, _ in shorts] == [
        ("Brenner 2005, Fn. 29.", None), ("Brenner 2005: 322, Fn. 12).", "322"), ("Kolb 1996, Anm. 4.", None)]


def test_note_locators_a_page_in_roman_numerals_is_the_page_cited():
    shorts = _shorts(["4 Vgl. HWB 1970: XII.", "5 Vgl. Kolb 1996, S. iv."], LIST)
    assert [(raw, pages) for raw, _, _, pages, _ in shorts] == [("HWB 1970: XII.", "XII"), ("Kolb 1996, S. iv", "iv")]


def test_note_locators_no_locator_read_into_the_next_words():
    """A capital word after a comma is no roman page, "n" of a word no note, a year no page."""
    assert locator(", Im Jahr darauf") == (None, 0)
    assert locator(": Viele sahen das anders.") == (None, 0)
    assert locator(", nach 1990") == (None, 0)
    assert locator(", Fn. 3") == (None, 7)


def _note_lines(texts: list[str]) -> list[Line]:
    return [Line(1, 72, 700 + 10 * i, 500, 708 + 10 * i, t, 8, False) for i, t in enumerate(texts)]


def _starts(texts: list[str]) -> list[bool]:
    run = _note_lines(texts)
    shape = _RunShape(10.0, 10.0, 72.0, 500.0, [False] * len(run), [False] * len(run))
    return [_new_paragraph(run, i, "footnote", shape) for i in range(1, len(run))]


def test_note_locators_a_number_run_into_a_web_address_opens_a_note():
    """The PDF lost the space after the note's raised number: "6http://..." and "7vgl. ..." open notes, as "5Dumps"
    does; a line that opens with a number and a lower-case word of the sentence ("3fach", "10ff.") does not."""
    assert _starts(["5Daten dieser Art sind frei verfügbar unter: http://daten.example.org",
                    "6http://www.example.org/wiki/API", "7http://www.r-example.org",
                    "8vgl. Kolb 1996, S. 4.", "9www.example.de"]) == [True, True, True, True]
    assert _starts(["5 Die Zahl der Fälle stieg in dieser Zeit auf das",
                    "3fache des Werts von 1990, siehe Kolb 1996, S.", "10ff. und Brenner 2005."]) == [False, False]


def _page(body_until: float, small: list[tuple[float, str]]) -> list[Line]:
    lines = [Line(2, 72, top, 500, top + 9.5, f"Text der Seite in Grundschrift, Zeile {k}.", 9.5, False)
             for k, top in enumerate(range(40, int(body_until), 12))]
    return lines + [Line(2, 72, top, 500, top + 8, text, 8, False) for top, text in small]


def test_note_locators_a_note_carried_over_to_a_page_whose_text_ends_high_is_one_note():
    """The page's text ends at 0.47 of its height; the note carried over from the page before starts right under
    it (above 0.55) and runs into the foot zone: all of it is note text, not a caption with the rest a note."""
    run = _page(400, [(430, "Brenner 2005: 320. Die Kürzel der Parteien sind im Ausland bekannt, im Inland"),
                      (440, "dagegen die amharischen. Das Programm der Partei (Fassung Januar"),
                      (450, "2006) kann im Internet gelesen werden: http://www.example.org/programm/"),
                      (460, "programm-2006.pdf."), (470, "4 In diesem Monat wurden die ersten Ergebnisse"),
                      (480, "bekannt gegeben, vgl. Brenner 2005, Fn. 29.")])
    flags = footnote_lines(run, 9.5, 842, NoteNumbers([set(), {4}, set()]))
    assert flags[-6:] == [True] * 6 and not any(flags[:-6])
    # no note opens under it (a reference list or a table set small): the zone stays where it was
    run[-2].text = "In diesem Monat wurden die ersten Ergebnisse"
    assert footnote_lines(run, 9.5, 842, NoteNumbers([set(), {4}, set()]))[-6:] == [False] * 4 + [True] * 2


def test_note_locators_small_type_apart_from_the_notes_stays_out_of_them():
    """A caption in small type set apart (a gap wider than a line) above the notes is no note."""
    run = _page(300, [(330, "Abbildung 2: Anteil der Fälle nach Jahr und Region, eigene Darstellung."),
                      (700, "4 In diesem Monat wurden die ersten Ergebnisse bekannt gegeben."),
                      (710, "Vgl. Brenner 2005, Fn. 29.")])
    flags = footnote_lines(run, 9.5, 842, NoteNumbers([set(), {4}, set()]))
    assert flags[-3:] == [False, True, True]
    # a figure's labels in small type set close above the notes: short lines, not a note's justified ones
    run = _page(400, [(430, "Rat"), (440, "Ministerium"), (450, "Amt für Vorsorge"), (460, "Kommission (2020)"),
                      (470, "4 In diesem Monat wurden die ersten Ergebnisse bekannt gegeben."),
                      (480, "Vgl. Brenner 2005, Fn. 29.")])
    for line in run[-6:-2]:
        line.x1 = 260
    flags = footnote_lines(run, 9.5, 842, NoteNumbers([set(), {4}, set()]))
    assert flags[-6:] == [False] * 4 + [True] * 2


def test_note_locators_a_book_without_place_or_year_printed_keeps_its_author_and_title():
    """"o. J." (ohne Jahr) and "o. O." (ohne Ort) close the title as a place and year do; a year in brackets after
    "o. J." is the work's; "Berlin o. J." and "Tübingen 1922" read as before."""
    ref = parse_footnote_reference("Anna Roth, Über Berge und Täler. Ein Lebensbericht, o. J. (1973), "
                                   "unveröffentlichtes Typoskript (Stadtarchiv Kiel).")
    assert (ref.authors, ref.year, ref.title) == (
        [{"surname": "Roth", "given": "Anna"}], 1973, "Über Berge und Täler. Ein Lebensbericht")
    ref = parse_footnote_reference("Anna Roth, Haus und Hof, o. O. 1921, S. 5.")
    assert (ref.authors[0]["surname"], ref.year, ref.title, ref.place, ref.pages) == (
        "Roth", 1921, "Haus und Hof", None, "5")
    ref = parse_footnote_reference("Anna Roth, Haus und Hof, o. O., o. J.")
    assert (ref.year, ref.title) == (None, "Haus und Hof")
    ref = parse_footnote_reference("Anna Roth, Haus und Hof, Berlin o. J.")
    assert (ref.year, ref.title, ref.place) == (None, "Haus und Hof", "Berlin")
