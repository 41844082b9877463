"""The place and year closing a book's or an edited book's title in a German note, in two forms the rules missed:
"o. O." (ohne Ort: no place printed) with the publisher in brackets or after a colon, and an American place with
its state ("Philadelphia, PA, 2009"). The title and the container end before them. Hand-made notes."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference


@pytest.mark.parametrize("note, want", [
    ("Eva Roth, Die Partei und ihr Staat, o. O. (Freie Presse) 1993, S. 50.",
     ("Die Partei und ihr Staat", None, None, "Freie Presse", 1993)),
    ("Eva Roth, Die Partei und ihr Staat, o. O.: Selbstverlag 1975, S. 3.",
     ("Die Partei und ihr Staat", None, None, "Selbstverlag", 1975)),
    ("Eva Roth, Die Stadt, in: Hans Lang (Hrsg.), Die Stadt heute, o. O. (Campus) 2006, S. 3-9.",
     ("Die Stadt", "Die Stadt heute", None, "Campus", 2006)),
    ("Eva Roth, Die Partei und ihr Staat, o. O. 1975, S. 3.", ("Die Partei und ihr Staat", None, None, None, 1975)),
])
def test_o_o_is_no_place(note, want):
    r = parse_footnote_reference(note)
    assert (r.title, r.container, r.place, r.publisher, r.year) == want


@pytest.mark.parametrize("note, want", [
    ("Eva Roth, The Party and Its State. Organizations in the World, Philadelphia, PA, 2009, S. 15.",
     ("The Party and Its State. Organizations in the World", None, "Philadelphia, PA", None, 2009)),
    ("Eva Roth, The Party and Its State, Cambridge, MA: Harvard Press 1975, S. 3.",
     ("The Party and Its State", None, "Cambridge, MA", "Harvard Press", 1975)),
    ("Eva Roth, The Party, in: Hans Lang (Hrsg.), The State, Cambridge, MA 1975, S. 3-9.",
     ("The Party", "The State", "Cambridge, MA", None, 1975)),
])
def test_an_american_place_keeps_its_state(note, want):
    r = parse_footnote_reference(note)
    assert (r.title, r.container, r.place, r.publisher, r.year) == want
