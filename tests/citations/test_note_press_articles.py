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


def test_a_paper_whose_masthead_is_set_in_lower_case():
    """"taz vom 14.2.2002.", "Vgl. junge Welt vom 12.6.2008.", "die tageszeitung vom 2. März 2004, S. 6.": German
    papers whose name is printed in lower case (footnote_fields._LOWER_PRESS) are papers by their day as those with a
    capital are (_DATED_SOURCE, _PRESS); before, no rule started a source in lower case and the note gave nothing.
    The names are words of no sentence: "Das nd berichtete am 5.11.2009 darüber." stays none."""
    def read(note):
        refs, _ = extract_citations(_paper([note], []))
        return [(r.container, r.year, r.pages) for r in refs]
    assert read("3 taz vom 14.2.2002.") == [("taz", 2002, None)]
    assert read("3 Vgl. taz v. 14.2.2002, S. 7.") == [("taz", 2002, "7")]
    assert read("3 taz, 3.5.2007, S. 4.") == [("taz", 2007, "4")]
    assert read("3 Vgl. junge Welt vom 12.6.2008.") == [("junge Welt", 2008, None)]
    assert read("3 die tageszeitung vom 2. März 2004, S. 6.") == [("die tageszeitung", 2004, "6")]
    assert read("3 Das nd berichtete am 5.11.2009 darüber.") == []


def test_a_magazines_number_before_its_day():
    """"Der Spiegel, Nr. 14, 1.4.1996, S. 22.", "Stern, Heft 15, 3.4.2003.": a magazine by its name, the issue's number
    and the day (footnote_fields._PRESS): the name the container, the number the issue; before, the tagger read the
    name as a person ("Spiegel") and the number as a volume."""
    def read(note):
        refs, _ = extract_citations(_paper([note], []))
        return [(r.authors, r.container, r.issue, r.year, r.pages) for r in refs]
    assert read("3 Der Spiegel, Nr. 14, 1.4.1996, S. 22.") == [([], "Der Spiegel", "14", 1996, "22")]
    assert read("3 Focus, Nr. 12, 20.3.2006, S. 30-32.") == [([], "Focus", "12", 2006, "30-32")]
    assert read("3 Stern, Heft 15, 3.4.2003.") == [([], "Stern", "15", 2003, None)]
