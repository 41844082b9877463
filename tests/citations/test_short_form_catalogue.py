"""The hand-made catalogue of author-year short forms in German notes (issue 13; helper F47;
short_form_catalogue.py): each note run through the whole citation step, its short forms compared with the
catalogue's (first author, year, first page). OPEN lists the shapes still read wrongly, so that a change that breaks
a shape read well fails here and one that mends an open shape shows up (remove it from OPEN)."""

from litmine.citations.extract import extract_citations
from tests.citations.short_form_catalogue import LIST, NOTES
from tests.citations.test_note_pointers import _paper

# shapes litmine does not read as the catalogue has them yet (first author, year, page, or the count of forms)
OPEN = {
    "Vgl. Deutscher Bundestag 2004, Drs. 15/123.",
    "Vgl. Hartung 2011, S. 5.", "Vgl. Hartung 2011; Brenner 1998.", "Vgl. Brenner o. J., S. 4.", "Vgl. Brenner i. E.",
}


def read(note: str) -> list[tuple]:
    """The note's references (not the list's) as (first author's surname, year, first page); a body's name is the
    first editor's (_corporate: "OECD 2004: 12" names the OECD as editor, as the labelling conventions do)."""
    refs, _ = extract_citations(_paper(["1 " + note], LIST))
    return [(next((n.get("surname") for n in (r.authors or r.editors or [])), None), r.year,
             (r.pages or "").split("-")[0] or None) for r in refs if r.source != "list"]


def _same(got: list[tuple], expected: list[tuple]) -> bool:
    """The same short forms, in any order (the scorer pairs them so; full references come before short forms)."""
    got, expected = sorted(got, key=str), sorted(expected, key=str)
    return len(got) == len(expected) and all(
        ga is not None and (ga == ea or ga.endswith(ea) or ea.endswith(ga)) and gy == ey and gp == ep
        for (ga, gy, gp), (ea, ey, ep) in zip(got, expected))


def test_catalogue_shapes_read_well_stay_so():
    wrong = [note for note, expected in NOTES if note not in OPEN and not _same(read(note), expected)]
    assert wrong == []


def test_catalogue_open_shapes_are_listed_exactly():
    assert OPEN <= {note for note, _ in NOTES}
    mended = [note for note, expected in NOTES if note in OPEN and _same(read(note), expected)]
    assert mended == []


def test_a_sentence_opening_adverb_or_phrase_is_no_part_of_the_name():
    """"Anders Albrecht 1993: 88", "Zuletzt Brenner 2004", "Zum Folgenden Zander 2008, S. 15 ff.": before, the
    capitalised word that opens the note was read as a given name of the pointer's author ("Anders Albrecht"),
    which named nobody in the list, and the pointer was dropped."""
    assert read("Anders Albrecht 1993: 88.") == [("Albrecht", 1993, "88")]
    assert read("Zuletzt Brenner 2004.") == [("Brenner", 2004, None)]
    assert read("Weiterführend Albrecht 1993, S. 7 ff.") == [("Albrecht", 1993, "7")]
    assert read("Zum Folgenden Zander 2008, S. 15 ff.") == [("Zander", 2008, "15")]
    assert read("Ebenso Kessel et al. 2012: 5.") == [("Kessel", 2012, "5")]
    # a given name before the surname is still read as before
    assert read("Vgl. dazu Klaus Brenner 1998, S. 12.") == [("Brenner", 1998, "12")]


def test_a_year_letter_alone_closing_the_note_is_a_second_work():
    """"Vgl. Seidel 2001a, b.": the letter "b" before the note's full stop is the year 2001b, a second short form;
    before, a letter with a full stop after it was never read as a year's letter. Not an abbreviation's first
    letter ("2001, a. a. O.", "d. h.", "a. A.")."""
    from litmine.citations.intext_notes import find_note_callouts

    assert read("Vgl. Seidel 2001a, b.") == [("Seidel", 2001, None), ("Seidel", 2001, None)]
    assert read("Brenner/Kuhn 1999; Seidel 2001a, b.") == [("Brenner", 1999, None), ("Seidel", 2001, None),
                                                              ("Seidel", 2001, None)]
    assert [(c.year, c.year_suffix) for c in find_note_callouts("1 Roth 2001a, b. Weitere Belege bei Lang.")] == [
        (2001, "a"), (2001, "b")]
    for text in ("1 Vgl. Roth 2001, a. a. O., S. 3.", "1 Roth 2001, d. h. später", "1 Roth 2001, a. A. Lang"):
        assert [(c.year, c.year_suffix) for c in find_note_callouts(text)] == [(2001, "")]


def test_a_sentence_of_pointers_after_a_short_form_is_no_part_of_it():
    """"Vgl. Brenner 1998, S. 12. Weitere Beispiele bei Albrecht 1993, S. 7.": the second sentence cites a pointer
    and names no work of its own; before, the segmenter's stretch was kept whole, one reference of both pointers.
    A sentence naming a work (a year outside its pointers, a title after a colon, "In:") stays a reference."""
    from litmine.citations.footnotes import find_footnote_entries

    assert read("Vgl. Brenner 1998, S. 12. Weitere Beispiele bei Albrecht 1993, S. 7.") == [
        ("Brenner", 1998, "12"), ("Albrecht", 1993, "7")]
    assert read("Vgl. Brenner 1998, S. 12. Kritisch dazu Albrecht 1993, S. 7, der die Daten anders liest.") == [
        ("Brenner", 1998, "12"), ("Albrecht", 1993, "7")]
    assert [e.text for e in find_footnote_entries(
        "3 Vgl. Brenner 1998, S. 12. Dort auch Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1922.")] == [
        "Brenner 1998, S. 12.", "Weber, Max: Wirtschaft und Gesellschaft, Tübingen 1922."]


def test_same_author_bracket_after_a_page_cited():
    """"So Albrecht 1989, S. 12 (ders. 1993: 40).": the person named before "(ders. 1993)" is found across the
    page "S. 12"; before, the full stop of "S." was read as a sentence's end and no name was found before the
    bracket, which was dropped."""
    assert read("So Albrecht 1989, S. 12 (ders. 1993: 40).") == [("Albrecht", 1989, "12"), ("Albrecht", 1993, "40")]
    assert read("Das gilt. Siehe (ders. 1993).") == []  # no person named in the sentence: none


def test_a_listed_authors_genitive_before_the_noun_the_finder_read_as_name():
    """"Vgl. Brenners Studie (1998)", "Zu Wendts eigener Analyse (1922: 69ff.)": the narrative callout's name is
    the noun before the bracket; before, the short form was "Studie (1998)" of no work. The genitive's author is
    taken when the list holds a work of that author and year, and the callout links to it; else left as it was."""
    assert read("Vgl. Brenners Studie (1998) zu diesem Thema.") == [("Brenner", 1998, None)]
    assert read("Zu Wendts eigener großer Analyse (1922: 69ff.).") == [("Wendt", 1922, "69")]
    assert read("Vgl. Brenners Studie (1990).") == [("Studie", 1990, None)]  # no work of Brenner's of 1990


def test_the_page_after_a_pointer_to_the_full_references_note():
    """"Brenner 1998 (Anm. 3), S. 7.": the page cited stands after the bracket that points to the note citing the
    work in full; before, the short form ended at its year and lost the page."""
    from litmine.citations.short_forms import locator

    assert read("Brenner 1998 (Anm. 3), S. 7.") == [("Brenner", 1998, "7")]
    assert read("Vgl. Brenner 1998 (wie Fn. 12), S. 7 f.") == [("Brenner", 1998, "7")]
    assert locator(" (Anm. 3), S. 7.") == ("7", 16) and locator(" (Anm. 3).")[0] is None


def test_same_author_pointer_unbracketed_after_a_pointer():
    """"Vgl. Albrecht 1989; ders. 1993.", "Wendt 1922, S. 12; ders. 1922, S. 40": "ders." with a year after a
    semicolon, a comma, "und", "sowie" or "auch" is the work of the person named before; before, only a bracketed
    "(ders. 1993)" was read and these were dropped."""
    assert read("Vgl. Albrecht 1989; ders. 1993.") == [("Albrecht", 1989, None), ("Albrecht", 1993, None)]
    assert read("Vgl. Wendt 1922, S. 12; ders. 1922, S. 40.") == [("Wendt", 1922, "12"), ("Wendt", 1922, "40")]
    assert read("Vgl. Albrecht 1989 und ders. 1993, S. 4.") == [("Albrecht", 1989, None), ("Albrecht", 1993, "4")]
    assert read("Vgl. Albrecht 1989; ders. 1995.") == [("Albrecht", 1989, None)]  # no work of 1995 listed: none


def test_a_year_alone_after_a_quotation_by_the_person_named_before():
    """'Zander spricht von einer „Verwaltung in Aktion“ (2008: 15).': the bracketed year after the quotation is a
    work of the person named before in the sentence, when the list holds one of that year; before, dropped."""
    assert read("Zander spricht von einer „Verwaltung in Aktion“ (2008: 15).") == [("Zander", 2008, "15")]
    refs, _ = extract_citations(_paper(["1 Zander spricht von einer „Verwaltung in Aktion“ (2008: 15)."], LIST))
    assert [r.raw for r in refs if r.source == "short"] == ["Zander spricht von einer „Verwaltung in Aktion“ (2008: 15)"]
    assert read('Er nennt das „Verwaltung in Aktion“ (2008: 15).') == []  # no listed person named before: none
