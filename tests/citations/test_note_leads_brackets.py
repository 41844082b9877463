"""German note shapes (issue 13, German footnote references; helper F17): a lead naming what of a work the reader
finds there ("Vgl. die Beiträge in", "Aufsätze in:", "Wiederabdruck in:") is no part of the reference; a first
edition's year in square brackets beside the year of the edition cited ("1985 [1929]", "([1968] 1982)") leaves the
edition cited the year; a callout with its year in square brackets ("Bohnsack et al. [1995]") links to its list entry.
Every note here is hand-made."""

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries
from litmine.citations.intext_notes import find_names_before_brackets


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_a_lead_naming_the_contributions_or_a_reprint_is_no_part_of_the_reference():
    assert _texts("22 Vgl. die Beiträge in Hans Ebner (Hg.), Die Stadt im Wandel, Frankfurt a. M. 1998.") == [
        "Hans Ebner (Hg.), Die Stadt im Wandel, Frankfurt a. M. 1998."]
    assert _texts("23 Aufsätze in: Zeitschrift für Stadtforschung 27 (1998), S. 100-120.") == [
        "Zeitschrift für Stadtforschung 27 (1998), S. 100-120."]
    assert _texts("24 Wiederabdruck in: Karl Lenz, Arbeit und Alltag, Berlin 2001, S. 45.") == [
        "Karl Lenz, Arbeit und Alltag, Berlin 2001, S. 45."]
    ref = parse_footnote_reference(_texts("25 Siehe die Beiträge in: Hans Ebner (Hg.), Die Stadt im Wandel, "
                                          "Frankfurt a. M. 1998.")[0])
    assert ref.editors == [{"surname": "Ebner", "given": "Hans"}] and ref.title == "Die Stadt im Wandel"
    # the words inside a title stay: "Beiträge" with no "in" after it, or later in the reference
    assert _texts("26 Hans Ebner, Beiträge zur Stadtforschung, Frankfurt a. M. 1998.") == [
        "Hans Ebner, Beiträge zur Stadtforschung, Frankfurt a. M. 1998."]


def test_a_first_editions_year_in_square_brackets_leaves_the_edition_cited_the_year():
    ref = parse_footnote_reference("Karl Mannheim, Ideologie und Utopie, Frankfurt a. M. 1985 [1929], S. 12.")
    assert (ref.authors, ref.title, ref.year, ref.pages) == (
        [{"surname": "Mannheim", "given": "Karl"}], "Ideologie und Utopie", 1985, "12")
    assert ref.raw.endswith("1985 [1929], S. 12.")  # the text as written stays the raw string
    assert parse_footnote_reference("Hans Ebner (1982 [1968]): Die Stadt im Wandel. Berlin.").year == 1982
    assert parse_footnote_reference("Hans Ebner ([1968] 1982): Die Stadt im Wandel. Berlin.").year == 1982
    # a bracketed year alone is the year
    assert parse_footnote_reference("Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. [1995], S. 23.").year == 1995


def test_a_callout_with_its_year_in_square_brackets_is_read():
    found = find_names_before_brackets("5 Wie in der Studie von Bohnsack et al. [1995] beschrieben.")
    assert [(c.authors, c.year) for c in found] == [(["Bohnsack"], 1995)]
    # a title's lower-case word before a bracketed year names nobody; a span of years is a period
    assert find_names_before_brackets("8 Ebner, Mysli i zametki [1881], in: Hans Ebner, Die Stadt, Berlin 1993.") == []
    assert find_names_before_brackets("9 Die Meyer-Studie [1979-1986] zeigt es.") == []


def test_a_parliaments_paper_or_a_reported_decision_without_a_year_is_a_reference():
    """Series, number and page, as German notes cite them (no author, title or year written)."""
    got = [(r.container, r.volume, r.pages, r.year) for r in map(parse_footnote_reference, _texts(
        "12 Vgl. BT-Drs. 16/1234, S. 5; BR-Drucks. 45/09; Plenarprotokoll 16/12, S. 1034-1036."))]
    assert got == [("BT-Drs.", "16/1234", "5", None), ("BR-Drucks.", "45/09", None, None),
                   ("Plenarprotokoll", "16/12", "1034-1036", None)]
    texts = _texts("14 Siehe BVerfGE 39, 1 (42 f.); BVerfGE 88, 203 (251).")
    assert texts == ["BVerfGE 39, 1 (42 f.)", "BVerfGE 88, 203 (251)"]
    ref = parse_footnote_reference(texts[1])
    assert (ref.container, ref.volume, ref.pages) == ("BVerfGE", "88", "203")  # the pin cite is no page of the work
    # named by its body before it, the paper is one reference with that name
    assert _texts("15 Vgl. Deutscher Bundestag, Drucksache 16/1234, S. 5.") == [
        "Deutscher Bundestag, Drucksache 16/1234, S. 5."]


def test_a_court_decision_by_court_kind_and_day_is_a_reference():
    """The kind of decision as printed is its title, its day the year (the labelling conventions: "Urteil" the title,
    day and month and the file number other fields; session 27)."""
    ref = parse_footnote_reference(_texts("16 BGH, Urteil vom 12.3.2004 - V ZR 1/03.")[0])
    assert (ref.editors, ref.title, ref.year, ref.authors) == ([{"surname": "BGH"}], "Urteil", 2004, [])
    ref = parse_footnote_reference("OLG Köln, Beschl. v. 3.4.2001, Rn. 12.")
    assert (ref.editors, ref.title, ref.year) == ([{"surname": "OLG Köln"}], "Beschl.", 2001)


def test_a_second_printing_after_a_closed_reference_is_a_reference_of_its_own():
    assert _texts("1 Diese Darstellung beruht auf meiner Schrift: Die Stadt im Wandel. Grundlagen, Frankfurt a. M. "
                  "1998: Campus. Erster, gekürzter Abdruck in: Zeitschrift für Stadtforschung 27, Heft 2/1997, "
                  "S. 35-48.") == ["Die Stadt im Wandel. Grundlagen, Frankfurt a. M. 1998: Campus.",
                                   "Zeitschrift für Stadtforschung 27, Heft 2/1997, S. 35-48."]
    assert _texts("2 Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998. Wiederabdruck in: Karl Lenz (Hg.), "
                  "Arbeit und Alltag, Berlin 2001, S. 45-60.") == [
        "Hans Ebner, Die Stadt im Wandel, Frankfurt a. M. 1998.",
        "Karl Lenz (Hg.), Arbeit und Alltag, Berlin 2001, S. 45-60."]
    # a chapter's book after "in:" is the same reference
    assert _texts("3 Hans Ebner, Die Stadt im Wandel, in: Karl Lenz (Hg.), Arbeit und Alltag, Berlin 2001, "
                  "S. 45-60.") == ["Hans Ebner, Die Stadt im Wandel, in: Karl Lenz (Hg.), Arbeit und Alltag, "
                                   "Berlin 2001, S. 45-60."]
