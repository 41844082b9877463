"""A series in brackets after a book's place and year, with the book's number in it, as German notes often give it
("Hans Lang, Die Stadt im Wandel, Berlin 1998 (Schriften zur Stadt, Bd. 3), S. 12."): the series the container, the
number the volume, the title, place and year as without it. Hand-made notes, through the whole citation step."""

import pytest

from tests.citations.test_note_legal_citation import _refs


@pytest.mark.parametrize("note, want", [
    ("1 Hans Lang, Die Stadt im Wandel, Berlin 1998 (Schriften zur Stadt, Bd. 3), S. 12.", ("Schriften zur Stadt", "3")),
    ("2 Lang, Hans: Die Stadt im Wandel. Berlin 1998 (Schriften zur Stadt, Bd. 3).", ("Schriften zur Stadt", "3")),
    ("3 Hans Lang, Die Stadt im Wandel, Berlin 1998 (Schriften zur Stadt 3).", ("Schriften zur Stadt", "3")),
    ("4 Hans Lang, Die Stadt im Wandel, Berlin 1998 (= Schriften zur Stadt, Bd. 3).", ("Schriften zur Stadt", "3")),
    ("5 Vgl. Hans Lang, Die Stadt im Wandel, Berlin 1998 (Reihe Politik, Nr. 3), S. 12.", ("Reihe Politik", "3")),
    ("6 Hans Lang, Die Stadt im Wandel, Berlin 1998 (Beiträge zur Stadt, Heft 12), S. 12 ff.",
     ("Beiträge zur Stadt", "12")),
])
def test_a_series_in_brackets_after_place_and_year_is_the_container(note, want):
    assert [(r.title, r.place, r.year, r.container, r.volume) for r in _refs(note)] == [
        ("Die Stadt im Wandel", "Berlin", 1998, *want)]


def test_a_first_edition_in_brackets_after_the_year_is_no_series():
    assert [(r.title, r.year, r.container, r.volume) for r in _refs(
        "7 Hans Lang, Die Stadt im Wandel, Berlin 1998 (Erstausgabe 1922), S. 12.")] == [
        ("Die Stadt im Wandel", 1998, None, None)]
