"""A series named in brackets after a book's title in a German note, with the work's volume or number in it
("Titel (Schriften zur Stadt, Bd. 12), Berlin 1998"): the series is the container, the number the volume, the
title ends before the bracket; a bracket without a number stays in the title. Hand-made notes."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference


@pytest.mark.parametrize("note, want", [
    ("Hans Lang, Die Stadt im Wandel (Schriften zur Stadt, Bd. 12), Berlin 1998, S. 12.", ("Schriften zur Stadt", "12")),
    ("Lang, Hans: Die Stadt im Wandel (Schriften zur Stadt, Bd. 12). Berlin 1998.", ("Schriften zur Stadt", "12")),
    ("Hans Lang, Die Stadt im Wandel (Reihe Politik, Nr. 3), Berlin 1998, S. 12.", ("Reihe Politik", "3")),
    ("Hans Lang, Die Stadt im Wandel (Beiträge zur Stadt, Heft 12), Berlin 1998.", ("Beiträge zur Stadt", "12")),
])
def test_a_series_in_brackets_is_the_container(note, want):
    r = parse_footnote_reference(note)
    assert (r.title, r.container, r.volume, r.year, r.place) == ("Die Stadt im Wandel", *want, 1998, "Berlin")


def test_a_bracket_without_a_number_and_a_books_own_volume_stay_as_they_were():
    r = parse_footnote_reference("Hans Lang, Die Stadt im Wandel (1918-1933), Berlin 1998.")
    assert (r.title, r.container, r.volume) == ("Die Stadt im Wandel (1918-1933)", None, None)
    r = parse_footnote_reference("Hans Lang, Werke, Bd. 2, Berlin 1998.")
    assert (r.title, r.container, r.volume) == ("Werke", None, "2")
