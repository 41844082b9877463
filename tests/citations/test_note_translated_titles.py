"""A title in another language with its translation in square brackets after it, as German notes cite Russian,
Polish or Czech works ("Petrov, Ivan: Rossija i Evropa [Russland und Europa]. Moskau 1998"): the bracket is part of
the title, never of the place, in the colon style as in the comma style. Hand-made notes, through the whole citation
step."""

import pytest

from tests.citations.test_note_legal_citation import _refs


@pytest.mark.parametrize("note, title, place, year", [
    ("1 Petrov, Ivan: Rossija i Evropa [Russland und Europa]. Moskau 1998, S. 12.",
     "Rossija i Evropa [Russland und Europa]", "Moskau", 1998),
    ("2 Kowalski, Jan: Polska w Europie [Polen in Europa]. Warszawa 2001.",
     "Polska w Europie [Polen in Europa]", "Warszawa", 2001),
    ("3 Ivan Petrov, Rossija i Evropa [Russland und Europa], Moskau 1998, S. 12.",
     "Rossija i Evropa [Russland und Europa]", "Moskau", 1998),
])
def test_a_translated_title_in_brackets_stays_in_the_title(note, title, place, year):
    assert [(r.title, r.place, r.year) for r in _refs(note)] == [(title, place, year)]
