"""A journal's number before a slash and the year in a German note ("in: Soziale Welt 3/1999, S. 5"): the volume, as
EXCITE's gold labels it and as the tagger's "4/2005" is read, whichever reader parses the note; hand-made notes."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference


@pytest.mark.parametrize("note, want", [
    ("Hans Schütz, Ämter im Wandel, in: Soziale Welt 3/1999, S. 5.", ("Soziale Welt", "3", None, 1999)),
    ("Eva Roth, Die Partei und ihr Staat, in: Zeitschrift für Staatskunde 161/2000, S. 41–65.",
     ("Zeitschrift für Staatskunde", "161", None, 2000)),
    ("Roth, Eva: Die Partei und ihr Staat, in: Zeitschrift für Staatskunde 27/1998, S. 1.",
     ("Zeitschrift für Staatskunde", "27", None, 1998)),
    # surname alone, as a note cites a work again: the tagger reads "27/1999" as one volume, its year is kept
    ("Roth, Die Partei und ihr Staat, in: Zeitschrift für Staatskunde 27/1999, S. 5-20.",
     ("Zeitschrift für Staatskunde", "27", None, 1999)),
    # an issue named as such stays the issue
    ("Hans Schütz, Macht, in: Leviathan, Jg. 12, H. 3, 1984, S. 3-9.", ("Leviathan", "12", "3", 1984)),
])
def test_a_journals_number_before_the_year_is_its_volume(note, want):
    r = parse_footnote_reference(note)
    assert (r.container, r.volume, r.issue, r.year) == want


@pytest.mark.parametrize("note, want", [
    ("Eva Roth, Party and State, in: Journal of State Studies, vol. 12, no. 3, 2001, pp. 5-30.",
     ("Journal of State Studies", "12", "3", 2001)),
    ("Eva Roth, Party and State, in: Journal of State Studies, vol. 12, no. 3 (2001), pp. 5-30.",
     ("Journal of State Studies", "12", "3", 2001)),
    ("Eva Roth, Party and State, in: Journal of State Studies 12 (2001), no. 3, pp. 5-30.",
     ("Journal of State Studies", "12", "3", 2001)),
    ("Eva Roth, Party and State, in: Journal of State Studies, Vol. 12, No. 3 (2001), pp. 5-30.",
     ("Journal of State Studies", "12", "3", 2001)),
])
def test_an_english_journals_vol_and_no_in_lower_case(note, want):
    """English-language journals cited in German notes write "vol." and "no." in lower case: the volume and the
    issue, never part of the journal's name; before, the name kept ", vol. 12, no" and "no. 3" was no issue."""
    r = parse_footnote_reference(note)
    assert (r.container, r.volume, r.issue, r.year) == want


@pytest.mark.parametrize("note, want", [
    ("Hans Schütz, Ämter, in: Aus Politik und Zeitgeschichte B 21/2007, S. 3-10.",
     ("Aus Politik und Zeitgeschichte", "B 21", 2007)),
    ("Hans Schütz, Ämter, in: Aus Politik und Zeitgeschichte, B 12-13/2003, S. 3.",
     ("Aus Politik und Zeitgeschichte", "B 12-13", 2003)),
    ("Hans Schütz, Ämter, in: Aus Politik und Zeitgeschichte, B 12/98, S. 3.",
     ("Aus Politik und Zeitgeschichte", "B 12", 1998)),
])
def test_a_supplements_b_number_with_the_full_year(note, want):
    """A weekly's supplement by its "B" number and the year in four figures ("Aus Politik und Zeitgeschichte B
    21/2007"): the "B" and the number are the volume, as with a year in two figures (_NUMBER_SHORT_YEAR); before,
    the "B" closed the journal's name."""
    r = parse_footnote_reference(note)
    assert (r.container, r.volume, r.year) == want
