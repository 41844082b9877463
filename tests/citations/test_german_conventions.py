"""Sources cited in German notes by their name and the day they are dated (issue 13, session 12). Hand-made
strings."""

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries


def test_dated_sources_in_a_note_are_found_without_the_prose_around_them():
    texts = [e.text for e in find_footnote_entries(
        "14 So etwa in den Kieler Nachrichten vom 3.5. 1997, S. 4 und im Westfalen-Blatt (WB) vom 5. 5. 1997.")]
    assert texts == ["Kieler Nachrichten vom 3.5. 1997, S. 4", "Westfalen-Blatt (WB) vom 5. 5. 1997."]
    assert [e.text for e in find_footnote_entries("15 Vgl. Rundbrief der G.E.W., Ausgabe 12, vom 2.2. 1999.")] == \
        ["Rundbrief der G.E.W., Ausgabe 12, vom 2.2. 1999."]


def test_dated_source_does_not_start_inside_a_name_or_after_an_adjective():
    whole = "Gemeinsame Erklärung der Landräte von Hameln, Celle und Verden vom 4.4. 2001."
    assert all(not e.text.startswith("Celle") for e in find_footnote_entries("16 " + whole))
    note = "17 Hanna Roth, Stiftung Umwelt, in mündlicher Auskunft vom 6.6.2006."
    assert all(not e.text.startswith("Auskunft") for e in find_footnote_entries(note))


def test_dated_source_cut_from_the_sentence_after_it():
    texts = [e.text for e in find_footnote_entries(
        "18 KN vom 9.9. 1996, S. 2. Dort waren die Gäste am Abend zuvor mit lauten Rufen empfangen worden.")]
    assert texts == ["KN vom 9.9. 1996, S. 2."]


def test_dated_source_fields():
    r = parse_footnote_reference("Westfalen-Blatt (WB) vom 5. 5. 1997, S. 3")
    assert (r.container, r.year, r.pages, r.authors) == ("Westfalen-Blatt (WB)", 1997, "3", [])
    r = parse_footnote_reference("Rundbrief der G.E.W., Ausgabe 12, vom 2.2. 1999.")
    assert (r.container, r.year) == ("Rundbrief der G.E.W.", 1999)


def test_german_sentence_in_a_note_is_no_reference():
    from litmine.citations.footnotes import _is_prose
    assert _is_prose("Auf einer Tagung im Mai 2004 stellte Anna Roth diesen Entwurf vor; die anderen Teilnehmer "
                     "lehnten ihn jedoch ab.")
    assert not _is_prose("Roth, Anna: Die Stadt und ihre Bürger. Wie wir wohnen, Köln 2004.")


def test_short_form_inside_a_sentence_points_back():
    entries = find_footnote_entries("22 Eine Schilderung solcher Feiern findet sich bei Hauff (1971), S. 40. Andere "
                                    "Formen des Protests sind seltener.")
    assert [(e.text, e.back, e.name, e.year) for e in entries] == [("Hauff (1971), S. 40", True, "Hauff", "1971")]
    assert all(not e.back for e in find_footnote_entries("23 Die Ziele wurden von der Autorin im Herbst 2007 "
                                                         "in Gesprächen erfragt."))


def test_a_cue_before_a_quoted_title_starts_a_reference():
    texts = [e.text for e in find_footnote_entries(
        "24 Frühere Arbeiten dazu finden sich bereits seit den 1960er-Jahren. Siehe 'Register der Akademie "
        "1950-1990' und 'Vierzig Jahre Akademie', Bonn 1991.")]
    assert texts == ["'Register der Akademie 1950-1990' und 'Vierzig Jahre Akademie', Bonn 1991."]


def test_short_form_beside_a_web_address_stays_a_reference():
    texts = [e.text for e in find_footnote_entries("25 The Observer (2006); online: http://www.observer.org/a.html. "
                                                   "Eine Anleihe kostet derzeit acht Prozent Zinsen.")]
    assert texts == ["The Observer (2006); online: http://www.observer.org/a.html."]


def test_dated_source_inside_a_reference_is_its_container():
    note = "26 Vgl. Roth, Anna (2004): Neue Wege der Stadt. In: Kieler Nachrichten vom 28.09.2004, S. 22."
    assert [e.text for e in find_footnote_entries(note)] == [note[8:]]
