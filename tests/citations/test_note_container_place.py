"""The place a journal or newspaper is published in, printed after its name in German notes (issue 13, German
footnote references; helper F39): "in: Journal of Regional Studies, London, Nr. 3, 2004", "in: The Journal of
Democracy, Washington, D.C., Nr. 4, 2005", "in: Le Figaro, Paris, 1.2.2008": the place is no part of the container.
A name that holds a comma itself ("Journal of Law, Economics, and Organization"), or a part of the series after it
("Soziale Welt, Sonderband 12"), stays whole. Every reference here is hand-made."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference


@pytest.mark.parametrize("raw, container, place", [
    ("Roth, Eva: The long road to reform, in: Journal of Regional Studies, London, Nr. 3, 2004, S. 12-30.",
     "Journal of Regional Studies", "London"),
    ("Roth, Eva: The long road to reform, in: The Journal of Democracy, Washington, D.C., Nr. 4, 2005, S. 38-51.",
     "The Journal of Democracy", "Washington, D.C"),
    ("Eva Roth, Le monde change, in: Le Figaro, Paris, 1.2.2008.", "Le Figaro", "Paris"),
])
def test_place_after_the_name_is_no_part_of_the_container(raw, container, place):
    ref = parse_footnote_reference(raw)
    assert (ref.container, ref.place) == (container, place)


@pytest.mark.parametrize("raw, container", [
    ("Roth, Eva: Titel, in: Journal of Law, Economics, and Organization 12, 2004, S. 3-9.",
     "Journal of Law, Economics, and Organization"),
    ("Roth, Eva: Titel, in: Soziale Welt, Sonderband 12, 2004, S. 3-9.", "Soziale Welt, Sonderband"),
    ("Roth, Eva: Titel, in: Leviathan, Nr. 2, 2004, S. 3-9.", "Leviathan"),
])
def test_a_name_with_a_comma_stays_whole(raw, container):
    assert parse_footnote_reference(raw).container == container
