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


@pytest.mark.parametrize("note, want", [
    ("Eva Roth, Die Partei und ihr Staat, DIW Diskussionspapiere Nr. 77, Berlin 2004.",
     ("DIW Diskussionspapiere", "77", 2004)),
    ("Eva Roth, Die Partei und ihr Staat, GIGA Working Papers 12, Hamburg 2004.", ("GIGA Working Papers", "12", 2004)),
    ("Eva Roth, Die Partei und ihr Staat, SOEPpapers 9, Berlin 2004.", ("SOEPpapers", "9", 2004)),
    ("Eva Roth, Die Partei und ihr Staat, Arbeitsberichte des Instituts für Stadtforschung Nr. 4, Kassel 2004.",
     ("Arbeitsberichte des Instituts für Stadtforschung", "4", 2004)),
    ("Eva Roth, Die Partei und ihr Staat, MPIfG Working Paper 04/7, Köln 2004.", ("MPIfG Working Paper", "04/7", 2004)),
    ("Eva Roth, Die Partei und ihr Staat, WZB Discussion Paper SP II 2003-12, Berlin 2003.",
     ("WZB Discussion Paper", "SP II 2003-12", 2003)),
    ("Roth, Eva: Die Partei und ihr Staat. WZB Discussion Paper SP II 2003-12. Berlin 2003.",
     ("WZB Discussion Paper", "SP II 2003-12", 2003)),
])
def test_an_institutes_paper_series_closing_the_title_leaves_it(note, want):
    """Institutes' paper series in the plural ("Diskussionspapiere", "Working Papers", "SOEPpapers"), with the
    issuer after the series word before "Nr.", numbered as year and count ("04/7") or as a unit, a Roman number, the
    year and a count ("SP II 2003-12"), and after the colon style's full stop: before, the title kept them."""
    r = parse_footnote_reference(note)
    assert (r.title, r.container, r.volume, r.year) == ("Die Partei und ihr Staat", *want)


@pytest.mark.parametrize("note", ["Eva Roth, Die Partei und ihr Staat. Berichte aus den Jahren 1990-1995, Berlin 2005.",
                                  "Eva Roth, Die Partei und ihr Staat. Studien 1949/50, Berlin 2005.",
                                  "Eva Roth, Die Partei. Berichte 1998, Berlin 2005."])
def test_a_subtitle_naming_reports_or_years_is_no_series(note):
    r = parse_footnote_reference(note)
    assert r.title.startswith("Die Partei") and (r.container, r.volume) == (None, None)
