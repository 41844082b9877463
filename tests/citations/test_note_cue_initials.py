""""Z. B." ("zum Beispiel") opening a note is a cue, never a person's initials: the names after it are read as the
note prints them. Hand-made notes."""

from litmine.citations.footnote_fields import parse_footnote_reference


def test_z_b_before_surname_first_names_is_no_given_name():
    r = parse_footnote_reference("Z. B. Müller, H., Roth, A., Lang, B. (2008). Die Stadt im Wandel (Projekt Stadt). "
                                 "In: Roth, A. (Hrsg.), Die Stadt heute. Berlin: Campus, S. 3-9.")
    assert ([a["surname"] for a in r.authors], r.year) == (["Müller", "Roth", "Lang"], 2008)
    assert r.title.startswith("Die Stadt im Wandel")


def test_initials_that_are_no_cue_stay_given_names():
    r = parse_footnote_reference("Z. Baumann, Die Stadt im Wandel, Berlin 1998.")
    assert (r.authors, r.title, r.year) == ([{"surname": "Baumann", "given": "Z."}], "Die Stadt im Wandel", 1998)
    r = parse_footnote_reference("Z. B. Hans Müller, Die Stadt im Wandel, Berlin 1998.")
    assert ([a["surname"] for a in r.authors], r.title) == (["Müller"], "Die Stadt im Wandel")
