"""A lead naming a contribution before "in:" ("Vgl. den gleichnamigen Beitrag in: Journal of Regional Studies,
London, 2004, S. 103-119.", "Siehe dazu den Aufsatz in: ...", "der Artikel in: ..."): the words up to the colon are
no part of the reference, which starts at the journal's name (not inside it, where two capitalised words before a
comma read as a person's name). Issue 13, German footnote references; helper F39. Hand-made notes."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries


@pytest.mark.parametrize("note, entry", [
    ("29 Die Region blieb lange stabil. Vgl. den gleichnamigen Beitrag in: International Journal of Regional Studies, "
     "London, 2004, S. 103-119.", "International Journal of Regional Studies, London, 2004, S. 103-119."),
    ("30 Siehe dazu den Aufsatz in: Journal of Urban Affairs, Chicago, 2001, S. 5-19.",
     "Journal of Urban Affairs, Chicago, 2001, S. 5-19."),
])
def test_contribution_lead_is_no_part_of_the_reference(note, entry):
    assert [e.text for e in find_footnote_entries(note)] == [entry]
    ref = parse_footnote_reference(entry)
    assert ref.authors == [] and ref.container == entry.split(",")[0]
