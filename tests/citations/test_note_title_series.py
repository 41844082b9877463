"""A series and its number closing a book's title in a German note, in the forms notes write them: with "Nr."/"No."
and the year, a letter before the number, in brackets after the title with the paper's pages; the title without it,
the series as container, the number as volume. Hand-made notes."""

import pytest

from litmine.citations.footnote_fields import parse_footnote_reference


@pytest.mark.parametrize("note, want", [
    ("Eva Roth, Die Partei und ihr Staat (Arbeitspapier, Nr. 12/2010, S. 1–80), Berlin 2010.",
     ("Arbeitspapier", "12", 2010)),
    ("Eva Roth, Die Partei und ihr Staat, Studie S 14, Berlin 2004.", ("Studie", "S 14", 2004)),
    ("Eva Roth, Die Partei und ihr Staat (Discussion Paper 7/2006), Bonn 2006.", ("Discussion Paper", "7", 2006)),
    ("Eva Roth, Die Partei und ihr Staat, Arbeitspapier Nr. 12, Berlin 2004.", ("Arbeitspapier", "12", 2004)),
    ("Eva Roth, Die Partei und ihr Staat, Working Paper No. 12, Berlin 2004.", ("Working Paper", "12", 2004)),
])
def test_a_series_closing_the_title_leaves_it(note, want):
    r = parse_footnote_reference(note)
    assert (r.title, r.container, r.volume, r.year) == ("Die Partei und ihr Staat", *want)


@pytest.mark.parametrize("note", ["Eva Roth, Die Partei und ihr Staat (1918-1933), Berlin 2004, S. 12.",
                                  "Eva Roth, Die Partei und ihr Staat (DDR), Berlin 2004, S. 12.",
                                  "Eva Roth, Die Partei und ihr Staat, Jahresbericht 2004, Berlin 2005."])
def test_brackets_and_years_that_are_no_series_stay_in_the_title(note):
    r = parse_footnote_reference(note)
    assert r.title.startswith("Die Partei und ihr Staat") and (r.container, r.volume) == (None, None)
