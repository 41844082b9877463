"""German "und" between one author's years in a bracket (issue 13, German footnote references; helper F39):
"Golder (2003a und b)", "(Krause 2003a und b; Roth 2001)", "Golder und Roth (2003 und 2005)": one callout per year,
as a comma gives ("(2003a, b)"); "und" between two authors' callouts parts works as before. Hand-made texts."""

from litmine.citations.intext import find_callouts


def brief(text):
    return [(c.authors, c.year, c.year_suffix) for c in find_callouts(text)]


def test_und_joins_one_authors_year_letters():
    assert brief("Vgl. Golder (2003a und b).") == [(["Golder"], 2003, "a"), (["Golder"], 2003, "b")]
    assert brief("so (Krause 2003a und b; Roth 2001)") == [(["Krause"], 2003, "a"), (["Krause"], 2003, "b"),
                                                          (["Roth"], 2001, "")]


def test_und_joins_one_authors_years():
    assert brief("wie Golder und Roth (2003 und 2005) zeigen") == [(["Golder", "Roth"], 2003, ""),
                                                                  (["Golder", "Roth"], 2005, "")]


def test_und_between_two_authors_callouts_and_a_period_of_years():
    assert brief("(Müller 2001 und Schmidt 2003)") == [(["Müller"], 2001, ""), (["Schmidt"], 2003, "")]
    assert brief("zwischen 1990 und 2000 (Roth 2005)") == [(["Roth"], 2005, "")]
