"""A press article cited by its title (no author), "in:", the paper and the day (issue 13, German footnote
references; helper F39): "A new deal for the poor, What Brazil can teach the world, in: The Guardian, 4.11.2008."
is a reference though an English title's words in lower case read as prose to the other rules: title, paper as
container, year. Without a day after the paper, or opening in lower case, it is not this shape. Every note here is
hand-made, none copied from a paper."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper

NOTE = "11 A new deal for the poor, What Brazil can teach the world, in: The Guardian, 4.11.2008."


def test_press_article_by_title_is_a_reference():
    assert [e.text for e in find_footnote_entries(NOTE)] == [NOTE[3:]]
    refs, _ = extract_citations(_paper([NOTE], []))
    assert [(r.title, r.container, r.year, r.authors) for r in refs] == \
        [("A new deal for the poor, What Brazil can teach the world", "The Guardian", 2008, [])]


def test_not_without_a_day_nor_in_lower_case():
    assert find_footnote_entries("12 Der Text erschien viel später noch einmal, in: Die Zeit.") == []
    assert find_footnote_entries("13 so schrieb er es später auch, in: Die Zeit, 4.11.2008.") == []
