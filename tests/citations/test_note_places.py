"""The place and year closing a book's or an edited book's title in a German note, in a form the rules missed:
"o. O." (ohne Ort: no place printed) with the publisher in brackets or after a colon. The title and the container
end before them. Hand-made notes."""

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
