"""A magazine cited by its number and a year in two figures, as German notes cite a weekly's supplement or a monthly
("in: Aus Politik und Zeitgeschichte, B 12/98, S. 3-10", "in: Osteuropa 5/99"): the magazine the container, the
number (with the supplement's "B") the volume, the year whole. Hand-made notes, through the whole citation step."""

import pytest

from tests.citations.test_note_legal_citation import _refs


@pytest.mark.parametrize("note, want", [
    ("1 Hans Lang, Die Parteien im Wandel, in: Aus Politik und Zeitgeschichte, B 12/98, S. 3-10.",
     ("Aus Politik und Zeitgeschichte", "B 12", 1998, "3-10")),
    ("2 Lang, Hans: Die Parteien im Wandel. In: Aus Politik und Zeitgeschichte B 12/98, S. 3-10.",
     ("Aus Politik und Zeitgeschichte", "B 12", 1998, "3-10")),
    ("3 Hans Lang, Die Parteien im Wandel, in: Aus Politik und Zeitgeschichte, B 12-13/98, S. 3.",
     ("Aus Politik und Zeitgeschichte", "B 12-13", 1998, "3")),
    ("4 Vgl. Hans Lang, Die Parteien im Wandel, in: APuZ, B 5/01, S. 3-10.", ("APuZ", "B 5", 2001, "3-10")),
    ("5 Hans Lang, Die Parteien im Wandel, in: Osteuropa 5/99, S. 400-412.", ("Osteuropa", "5", 1999, "400-412")),
    ("6 Lang, Hans: Die Parteien im Wandel, in: Blätter für deutsche und internationale Politik, 3/98, S. 300 ff.",
     ("Blätter für deutsche und internationale Politik", "3", 1998, "300")),
])
def test_a_magazines_number_with_a_two_figure_year_gives_its_year(note, want):
    assert [(r.title, r.container, r.volume, r.year, r.pages) for r in _refs(note)] == [("Die Parteien im Wandel", *want)]


def test_the_year_in_four_figures_stays_as_it_was():
    assert [(r.container, r.volume, r.year) for r in _refs("7 Hans Lang, Die Parteien, in: Osteuropa 5/1999, S. 4.")] \
        == [("Osteuropa", "5", 1999)]
