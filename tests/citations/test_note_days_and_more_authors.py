"""German note conventions the footnote rules missed (issue 13, German footnote references; helper F25): a source's
day with its month written out ("vom 12. März 2004") as the figures' day ("vom 12.3.2004") is, authors closed by
"u. a." or "et al." before a title ("Hans Ebner u. a., Die Stadt ..."), a short form with "u. a." / "et al."
("Ebner u. a. 1998, S. 12.") and a body whose name lists its portfolio ("Bundesministerium für Familie, Senioren, Frauen
und Jugend"). Prose with such a day or such an abbreviation still cites nothing. Every note here is
hand-made."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


@pytest.mark.parametrize("number", ["3", "12", "45"])
def test_note_days_a_newspaper_dated_with_its_month_written_out_is_one_reference(number):
    """Not a short form of an author "März" (before, a note number other than a few gave "März 2004, S. 3.")."""
    assert _texts(f"{number} Süddeutsche Zeitung vom 12. März 2004, S. 3.") == [
        "Süddeutsche Zeitung vom 12. März 2004, S. 3."]


def test_note_days_a_source_by_name_and_written_day_alone_is_a_reference():
    assert _texts("8 Handelsblatt, 4. Januar 2005, S. 2.") == ["Handelsblatt, 4. Januar 2005, S. 2."]
    assert _texts("5 Vgl. FAZ vom 3. Mai 2001.") == ["FAZ vom 3. Mai 2001."]


def test_note_days_the_source_is_the_container_and_the_day_gives_the_year():
    refs, _ = extract_citations(_paper(["1 Frankfurter Rundschau vom 7. Oktober 1999, S. 4."], []))
    assert [(r.container, r.year, r.pages) for r in refs] == [("Frankfurter Rundschau", 1999, "4")]


def test_note_days_prose_with_a_written_day_cites_nothing():
    assert _texts("3 Am 12. März 2004 trat das Gesetz in Kraft.") == []
    assert _texts("4 Die Wahl fand am 3. Mai 2001 statt.") == []


@pytest.mark.parametrize("more", ["u. a.", "u.a.", "et al."])
def test_more_authors_before_a_title_stay_with_the_reference(more):
    """The segmenter may begin the reference after the abbreviation's full stops: its authors are its start."""
    assert _texts(f"12 Hans Müller {more}, Die Stadt im Wandel, Frankfurt a. M. 1998.") == [
        f"Hans Müller {more}, Die Stadt im Wandel, Frankfurt a. M. 1998."]


def test_more_authors_in_prose_open_no_reference():
    assert _texts("6 Die Befragten nannten u. a., wie oft sie umzogen.") == []


@pytest.mark.parametrize("short", ["Ebner u. a. 1998, S. 12.", "Ebner et al. (1998), S. 12."])
def test_more_authors_in_a_short_form_repeat_the_work_cited_before(short):
    refs, _ = extract_citations(_paper(["1 Vgl. Hans Ebner u. a., Die Stadt im Wandel, Frankfurt a. M. 1998.",
                                        f"2 {short}"], []))
    assert [(r.source, r.raw, r.year, r.repeats) for r in refs] == [
        ("footnote", "Hans Ebner u. a., Die Stadt im Wandel, Frankfurt a. M. 1998.", 1998, None),
        ("short", short, 1998, 0)]


@pytest.mark.parametrize("body", ["Bundesministerium für Familie, Senioren, Frauen und Jugend (Hg.):",
                                  "Ministerium für Arbeit, Gesundheit und Soziales des Landes NRW:"])
def test_a_bodys_name_that_lists_its_portfolio_stays_whole(body):
    """The commas and "und" of a body's portfolio are no prose before a name ("Familie, Senioren" is no person)."""
    assert _texts(f"24 {body} Sozialbericht 2006, Berlin 2006.") == [f"{body} Sozialbericht 2006, Berlin 2006."]


def test_prose_before_a_name_is_still_cut_after_a_body_named_in_it():
    assert _texts("9 Die Daten stammen vom Institut für Arbeit, Beruf und Bildung, vgl. Hans Müller, Die Stadt, "
                  "Berlin 1999.") == ["Hans Müller, Die Stadt, Berlin 1999."]
    assert _texts("8 Detaillierte Angaben in Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.") == [
        "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922."]
