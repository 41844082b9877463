"""German note conventions the footnote rules missed (issue 13, German footnote references; helper F25): a source's
day with its month written out ("vom 12. März 2004") as the figures' day ("vom 12.3.2004") is, authors closed by
"u. a." or "et al." before a title ("Hans Ebner u. a., Die Stadt ..."), short forms with "u. a." / "et al."
("Ebner u. a. 1998, S. 12.", "Müller u. a., Die Stadt, S. 8."), a body whose name lists its portfolio
("Bundesministerium für Familie, Senioren, Frauen und Jugend"), two pointers joined by "sowie" or "und", and words
that lead to a pointer ("Ähnlich argumentiert auch Weber (Anm. 1)"). Prose with such a day or such an abbreviation
still cites nothing. Every note here is hand-made."""

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


def _backs(note: str) -> list[tuple[str, str]]:
    return [(e.text, e.name) for e in find_footnote_entries(note) if e.back]


def test_short_forms_with_further_authors_and_a_short_title():
    assert _backs("4 Müller u. a., Die Stadt, S. 8.") == [("Müller u. a., Die Stadt, S. 8.", "Müller")]
    assert _backs("5 Müller et al. (Anm. 3), S. 9.") == [("Müller et al. (Anm. 3), S. 9.", "Müller")]


@pytest.mark.parametrize("join", [", sowie", " und"])
def test_two_pointers_joined_by_sowie_or_und_are_two_short_forms(join):
    assert _backs(f"6 Vgl. Weber (Anm. 1), S. 28{join} Roth (Anm. 2), S. 9.") == [
        ("Weber (Anm. 1), S. 28", "Weber"), ("Roth (Anm. 2), S. 9.", "Roth")]
    # "und" inside a pair of names parts nothing
    assert _backs("7 Schmidt und Roth (Anm. 2), S. 9.") == [("Schmidt und Roth (Anm. 2), S. 9.", "Schmidt und Roth")]


def test_words_leading_to_a_pointer_are_no_part_of_it():
    """A pointer ("(Anm. 1)", "a.a.O.") names its work whatever words lead to it; before, the sentence's first word
    was read as the author ("Ähnlich") or the pointer was lost ("bereits Weber")."""
    assert _backs("8 Vgl. dazu bereits Weber (Anm. 1), S. 28.") == [("Weber (Anm. 1), S. 28.", "Weber")]
    assert _backs("9 Ähnlich argumentiert auch Weber (Anm. 1), S. 4.") == [("Weber (Anm. 1), S. 4.", "Weber")]
    assert _backs("10 So schon Weber, a.a.O., S. 3.") == [("Weber, a.a.O., S. 3.", "Weber")]
    # a short title after a comma stays with its author
    assert _backs("11 Weber, Wirtschaft (wie Anm. 3), S. 7.") == [("Weber, Wirtschaft (wie Anm. 3), S. 7.", "Weber")]


def test_prose_before_a_pointer_resolves_to_the_work_it_names():
    refs, _ = extract_citations(_paper(["1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.",
                                        "2 Ähnlich argumentiert auch Weber (Anm. 1), S. 4."], []))
    assert [(r.source, r.raw, r.repeats) for r in refs] == [
        ("footnote", "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.", None),
        ("short", "Weber (Anm. 1), S. 4.", 0)]
