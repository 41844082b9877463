"""A title in another language with its translation in square brackets after it, as German notes cite Russian,
Polish or Czech works ("Petrov, Ivan: Rossija i Evropa [Russland und Europa]. Moskau 1998"): the bracket is never part
of the place, in the colon style as in the comma style, and no part of the title either (labelling conventions,
benchmarks/data/footnotes_gold/README.md, 41585 note 12: the bracketed translation goes to `other`; F64 in session 34,
where this test had kept it in the title). Hand-made notes, through the whole citation step."""

import pytest

from tests.citations.test_note_legal_citation import _refs


@pytest.mark.parametrize("note, title, place, year", [
    ("1 Petrov, Ivan: Rossija i Evropa [Russland und Europa]. Moskau 1998, S. 12.",
     "Rossija i Evropa", "Moskau", 1998),
    ("2 Kowalski, Jan: Polska w Europie [Polen in Europa]. Warszawa 2001.",
     "Polska w Europie", "Warszawa", 2001),
    ("3 Ivan Petrov, Rossija i Evropa [Russland und Europa], Moskau 1998, S. 12.",
     "Rossija i Evropa", "Moskau", 1998),
])
def test_a_translated_title_in_brackets_is_no_part_of_the_place_or_title(note, title, place, year):
    assert [(r.title, r.place, r.year) for r in _refs(note)] == [(title, place, year)]


@pytest.mark.parametrize("note, title, year", [
    ("1 Lucien Morel, Die Ordnung der Städte, übers. von Eva Roth, Berlin 1990, S. 12.", "Die Ordnung der Städte", 1990),
    ("1 Lucien Morel, Die Ordnung der Städte, übers. v. E. Roth, Berlin 1990.", "Die Ordnung der Städte", 1990),
    ("1 Lucien Morel, Die Ordnung der Städte, aus dem Französischen übersetzt von Eva Roth, Berlin 1990.",
     "Die Ordnung der Städte", 1990),
    ("1 Vgl. Lucien Morel, Schriften zur Stadt, hg. von Hans Bauer, Leipzig 1990, S. 3.", "Schriften zur Stadt", 1990),
    ("1 Lucien Morel, Writings on the City, ed. by John Hall, London 1990, p. 3.", "Writings on the City", 1990),
    ("1 Lucien Morel, Die Ordnung der Städte, mit einem Vorwort von Eva Roth, Berlin 1990.", "Die Ordnung der Städte",
     1990),
    ("1 Lucien Morel, Die Ordnung der Städte, erw. Neuausgabe, Berlin 1990.", "Die Ordnung der Städte", 1990),
])
def test_who_translated_or_edited_the_edition_is_no_part_of_the_title(note, title, year):
    """"..., übers. von Eva Roth, Berlin 1990", "..., hg. von Hans Bauer", "..., ed. by John Hall", "..., erw.
    Neuausgabe": the translator, editor or introducer of the edition cited, and an edition named without its
    number, close the title after a comma; before, they were kept in it."""
    assert [(r.title, r.year) for r in _refs(note)] == [(title, year)]


def test_a_title_naming_a_person_after_von_stays_whole():
    assert [r.title for r in _refs("1 Lucien Morel, Die Briefe von Eva Roth, Berlin 1990.")] == [
        "Die Briefe von Eva Roth"]
