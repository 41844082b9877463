"""Shapes any German note writer uses (issue 13, German footnote references; helper F15): two references joined by
"sowie" or "und", short forms chained by semicolons, a text's first printing before its reference, a web page
pointed to after a cue, a report's number and an archive's folio, an author's address, a period in brackets
after a noun, and an archive's item. Every note here is hand-made."""

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries
from litmine.citations.intext_notes import find_names_before_brackets
from tests.citations.test_note_pointers import LIST, _shorts


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_note_shapes_sowie_or_und_between_two_references_parts_them():
    """A reference closed by its year or page, then "sowie" / "und" and a name with a comma: two works."""
    for join in ("sowie", "und"):
        assert _texts(f"13 Vgl. Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23 {join} Karl Lenz, "
                      "Arbeit und Alltag, Berlin 2001, S. 45.") == [
            "Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23",
            "Karl Lenz, Arbeit und Alltag, Berlin 2001, S. 45."]
    # "und" inside a title, or before a name with no year after it, parts nothing
    assert _texts("14 Hans Ebner, Stadt und Land, Frankfurt a. M. 1998, S. 23.") == [
        "Hans Ebner, Stadt und Land, Frankfurt a. M. 1998, S. 23."]


def test_note_shapes_short_forms_chained_by_semicolons_are_each_a_short_form():
    entries = find_footnote_entries("35 Vgl. dazu Ebner, Die Stadt (wie Anm. 12), S. 30; Lenz, Arbeit (wie Anm. 14), "
                                    "S. 50.")
    assert [(e.text, e.back, e.name) for e in entries] == [
        ("Ebner, Die Stadt (wie Anm. 12), S. 30", True, "Ebner"), ("Lenz, Arbeit (wie Anm. 14), S. 50.", True, "Lenz")]


def test_note_shapes_where_a_text_first_appeared_is_no_part_of_the_reference():
    assert _texts("38 Erstmals veröffentlicht in einer gekürzten Fassung in: Zeitschrift für Stadtforschung 27 "
                  "(1998), S. 100-120.") == ["Zeitschrift für Stadtforschung 27 (1998), S. 100-120."]
    assert _texts("39 Zuerst erschienen in: Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998.") == [
        "Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998."]


def test_note_shapes_a_web_page_pointed_to_after_a_cue_is_a_reference():
    """After "siehe", "vgl." or "z.B.", in the prose or a bracket, when the note cites nothing else; after "unter"
    the address is where a source named before it is found, and no page of its own."""
    assert _texts("8 Laut der im Mai 2008 beschlossenen Änderung des schwedischen Gesetzes über die Rechnungslegung "
                  "(siehe z.B. www.example.se/lag12.asp).") == ["www.example.se/lag12.asp"]
    assert _texts("3 Vgl. www.wohlstand-messen.eu.") == ["www.wohlstand-messen.eu."]
    assert not any(t.startswith("www") for t in _texts(
        "5 Fernsehbericht „Die Stadt am Fluss“, gesendet am 19. August 2008, nachzusehen unter www.example.de/film."))
    assert _texts("6 Die Daten sind frei zugänglich.") == []


def test_note_shapes_a_number_and_a_folio_stay_with_their_reference():
    assert _texts("6 Hofer/Lenz (2011): Wohlstand jenseits des Wachstums? Bremer Diskussionspapiere No. 118.") == [
        "Hofer/Lenz (2011): Wohlstand jenseits des Wachstums? Bremer Diskussionspapiere No. 118."]
    assert _texts("36 Landesarchiv Berlin, A Rep. 001-02, Nr. 123, Bl. 5.") == [
        "Landesarchiv Berlin, A Rep. 001-02, Nr. 123, Bl. 5."]


def test_note_shapes_an_authors_address_is_no_reference():
    assert _texts("1 Institut für Ökonomie, Universität Bremen, Am Markt 5, 28195 Bremen. Tel: +49(0)421 21 33 987. "
                  "Fax: +49(0)421 21 33 988. E-Mail: meier@example.de") == []
    assert _texts("2 Wissenschaftliche Mitarbeiterin, Institut für Soziologie, Kölner Str. 3, 50667 Köln. "
                  "E-Mail: anna.roth@example.de") == []


def test_note_shapes_a_period_in_brackets_after_a_noun_is_no_callout():
    """"der Meyer-Studie (1979-1986)": the years a study covers, not a work of "Meyer-Studie"; a year alone after
    the same words stays a callout the caller may link."""
    note = "8 Im Vergleich dazu absolvierten 50% der Befragten in der Kessler-Studie (1979-1986) ein Praktikum."
    assert find_names_before_brackets(note) == []
    assert [c.year for c in find_names_before_brackets("8 Befragt in der Studie Kessler (1985: 3).")] == [1985]
    assert _shorts([note + " Vgl. Kessler 1985, S. 9."], LIST) == [("Kessler 1985, S. 9", ["Kessler"], 1985, "9", 0)]


def test_note_shapes_an_archive_item_is_a_reference_of_its_holder():
    """A whole note citing an archive's file (holder, signature, page or folio; no year) is a reference, the holder
    its editor; a pointer inside the paper ("Kapitel 3, Abschnitt 2, S. 12") and a short title are not such items."""
    assert _texts("26 Vgl. BStU, MfS, BV Halle, Abteilung IX, S. 31-36.") == ["BStU, MfS, BV Halle, Abteilung IX, S. 31-36."]
    assert _texts("28 Stadtarchiv Köln, Best. 902, Nr. 17, S. 3.") == ["Stadtarchiv Köln, Best. 902, Nr. 17, S. 3."]
    assert _texts("30 Siehe Kapitel 3, Abschnitt 2, S. 12.") == []
    ref = parse_footnote_reference("BStU, MfS, BV Halle, Abteilung IX, S. 31-36.", index=0)
    assert (ref.authors, ref.editors, ref.title, ref.pages, ref.year) == (
        [], [{"surname": "BStU"}], "MfS, BV Halle, Abteilung IX", "31-36", None)
    assert parse_footnote_reference("Bundesarchiv, R 43/1021, Bl. 7.", index=0).editors == [{"surname": "Bundesarchiv"}]
    short = parse_footnote_reference("Weber, Wirtschaft und Gesellschaft, S. 12.", index=0)
    assert short.editors == [] and [a["surname"] for a in short.authors] == ["Weber"]


def test_note_shapes_words_that_judge_the_next_work_part_two_references():
    """"S. 23. Anders dagegen Karl Lenz, ...": a capitalised word and up to two in lower case between a closed
    reference and the next one's names are no part of either."""
    for lead in ("Anders dagegen", "Ähnlich"):
        assert _texts(f"24 Vgl. Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23. {lead} Karl Lenz, Arbeit "
                      "und Alltag, Berlin 2001, S. 45.") == [
            "Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23.", "Karl Lenz, Arbeit und Alltag, Berlin 2001, S. 45."]


def test_note_shapes_a_sentence_after_a_closed_reference_is_left_out():
    assert _texts("20 Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23. Ebner betont, dass die Stadt ein Ort "
                  "der Freiheit sei.") == ["Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23."]
    # what follows with a year of its own is no such sentence
    assert _texts("21 Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998, S. 23. In: Stadtforschung 12 (1999), "
                  "S. 3-9.")[0].endswith("S. 3-9.")


def test_note_shapes_a_page_singled_out_stays_with_its_short_form():
    """"Wacker (1998), insb. S. 12-30": a short form of the list's work (never a work of its own), its first page."""
    for note, page in (("15 Vgl. ausführlich Wacker (1998), insb. S. 12-30.", "12-30"),
                       ("16 Vgl. Wacker (1998), bes. S. 12.", "12"), ("17 Vgl. Wacker (1998), hier S. 12.", "12")):
        assert _shorts([note], LIST) == [(note.split(" ", 1)[1].removeprefix("Vgl. ausführlich ").removeprefix("Vgl. "),
                                          ["Wacker"], 1998, page, 2)]


def test_note_shapes_a_named_short_form_no_note_resolves_repeats_its_list_entry():
    """"Kessler, a.a.O., S. 12" where no earlier note gives Kessler's work: the one list entry by Kessler; a name
    two entries share ("Popp") resolves to neither, and is kept as a short form of no work, its name and page (F62:
    the labelling conventions count every short repeat; before, it was dropped)."""
    assert _shorts(["9 Kessler, a.a.O., S. 12."], LIST) == [("Kessler, a.a.O., S. 12.", ["Kessler"], None, "12", 0)]
    assert _shorts(["9 Popp, a.a.O., S. 12."], LIST) == [("Popp, a.a.O., S. 12.", ["Popp"], None, "12", None)]


def test_note_shapes_ders_with_a_short_title_points_back_to_that_work():
    entries = find_footnote_entries("3 Ebner, Stadt (Anm. 1), S. 30; ders., Arbeit (Anm. 1), S. 12.")
    assert [(e.text, e.back, e.title) for e in entries] == [
        ("Ebner, Stadt (Anm. 1), S. 30", True, ""), ("ders., Arbeit (Anm. 1), S. 12.", True, "Arbeit")]
    assert [(e.back, e.title) for e in find_footnote_entries("5 Ders., a.a.O., S. 9.")] == [(True, "")]


def test_note_shapes_a_remark_on_the_works_a_short_form_leads_to_is_no_reference():
    """"Ebner 1998, S. 23, und die dort angegebene Literatur.", "m.w.N.": a short form, never a work of its own."""
    for note in ("18 Vgl. Ebner 1998, S. 23, und die dort angegebene Literatur.", "19 Ebner 1998, S. 23, m.w.N."):
        assert [(e.back, e.name, e.year) for e in find_footnote_entries(note)] == [(True, "Ebner", "1998")]
