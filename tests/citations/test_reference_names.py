"""Names in every order: surnames in capitals, surname-first lists without commas, semicolon lists, editors
named first, corporate authors kept whole (issue 13, "Names")."""

from __future__ import annotations

import pytest

from litmine.citations.reference_names import parse_names
from litmine.citations.references import parse_reference


def pairs(names: list[dict[str, str]]) -> list[tuple[str, str]]:
    return [(n["surname"], n["given"]) for n in names]


@pytest.mark.parametrize("text, expected", [
    ("DURAND Jean-Pierre", [("DURAND", "Jean-Pierre")]),
    ("DURAND Jean-Pierre, HATZFELD Nicolas", [("DURAND", "Jean-Pierre"), ("HATZFELD", "Nicolas")]),
    ("LEFÈVRE Élodie; GÉRARD Anaïs", [("LEFÈVRE", "Élodie"), ("GÉRARD", "Anaïs")]),
    ("Jean-Pierre DURAND and Nicolas HATZFELD", [("DURAND", "Jean-Pierre"), ("HATZFELD", "Nicolas")]),
    ("DURAND, Jean-Pierre", [("DURAND", "Jean-Pierre")]),
])
def test_reference_names_surname_in_capitals_is_the_surname(text, expected):
    assert pairs(parse_names(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gamoran Adam, Mare Robert D.", [("Gamoran", "Adam"), ("Mare", "Robert D.")]),
    ("Gamoran Adam; Oakes Jeannie; Mare Robert D.", [("Gamoran", "Adam"), ("Oakes", "Jeannie"),
                                                    ("Mare", "Robert D.")]),
    ("Østergaard Søren, Lindqvist Åsa B.", [("Østergaard", "Søren"), ("Lindqvist", "Åsa B.")]),
])
def test_reference_names_surname_first_without_comma_follows_the_list(text, expected):
    assert pairs(parse_names(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # only the first author inverted (Chicago): the first name's order does not decide the others
    ("Hickman Mary J. and Bronwen Walter", [("Hickman", "Mary J."), ("Walter", "Bronwen")]),
    ("Lawrence, Eric D., Forrest Maltzman and Steven S. Smith", [("Lawrence", "Eric D."), ("Maltzman", "Forrest"),
                                                                 ("Smith", "Steven S.")]),
    ("Ruiz Jiménez, Antonia M. and Antonio Núñez", [("Ruiz Jiménez", "Antonia M."), ("Núñez", "Antonio")]),
    ("Abu Kareem, Ayman Mohamed Ahmed", [("Abu Kareem", "Ayman Mohamed Ahmed")]),
])
def test_reference_names_first_author_inverted_rest_natural(text, expected):
    assert pairs(parse_names(text)) == expected


def test_reference_names_decomposed_accents_stay_in_the_name():
    r = parse_reference("Kähärä, J. and La\u0308hdesma\u0308ki, H. (2015) Evaluating a linear k-mer model. "
                        "Bioinformatics 31(21): 3442-3449.")
    assert [a["surname"] for a in r.authors] == ["Kähärä", "Lähdesmäki"]


@pytest.mark.parametrize("text, expected", [
    # natural order where nothing in the list says otherwise; a two-part inverted name stays one person
    ("Liesbet Hooghe, Gary Marks and Anna Smith", [("Hooghe", "Liesbet"), ("Marks", "Gary"), ("Smith", "Anna")]),
    ("García Márquez, Gabriel José", [("García Márquez", "Gabriel José")]),
    ("Lindsay C, Pearson S", [("Lindsay", "C"), ("Pearson", "S")]),
    ("JP Sartre, AK Rustgi", [("Sartre", "JP"), ("Rustgi", "AK")]),
])
def test_reference_names_unchanged_where_order_is_plain(text, expected):
    assert pairs(parse_names(text)) == expected


def test_reference_names_author_list_with_capital_surnames_in_an_entry():
    r = parse_reference("DURAND Jean-Pierre, HATZFELD Nicolas (2002) La chaîne et le réseau. Lausanne: Éditions "
                        "Page deux.")
    assert pairs(r.authors) == [("DURAND", "Jean-Pierre"), ("HATZFELD", "Nicolas")]
    assert r.year == 2002 and r.title == "La chaîne et le réseau"


def test_reference_names_surname_first_list_in_an_entry():
    r = parse_reference("Gamoran Adam, Mare Robert D. (1989) Secondary school tracking and educational "
                        "inequality: compensation, reinforcement, or neutrality? American Journal of Sociology 94(5): "
                        "1146-1183.")
    assert [(a["surname"], a["given"].rstrip(".")) for a in r.authors] == [("Gamoran", "Adam"), ("Mare", "Robert D")]
    assert (r.volume, r.issue, r.pages) == ("94", "5", "1146-1183")


def test_reference_names_mdpi_semicolon_list_keeps_every_author():
    r = parse_reference("Zhang, L.; Wang, Y.; Müller, K.; Smith, J.; Brown, A.; Ødegård, T. Urban heat islands and "
                        "green roofs in dense cities. Sustainability 2019, 11, 345.")
    assert [a["surname"] for a in r.authors] == ["Zhang", "Wang", "Müller", "Smith", "Brown", "Ødegård"]
    assert (r.container, r.year, r.volume, r.pages) == ("Sustainability", 2019, "11", "345")


def test_reference_names_mdpi_list_with_hyphenated_and_joined_initials():
    # "Chen, Y.Q." holds the initial Y, not the Spanish "y" (and) that would end a natural-order list
    r = parse_reference("Ahmad, S.; Li, X.; Chen, Y.Q.; Smith, J.-P.; Brown, A.B.; Łukasz, C. Effects of drought on "
                        "yields. Energies 2020, 13, 5012.")
    assert [a["surname"] for a in r.authors] == ["Ahmad", "Li", "Chen", "Smith", "Brown", "Łukasz"]
    assert r.title == "Effects of drought on yields" and r.container == "Energies"


@pytest.mark.parametrize("text, editors", [
    ("Bovaird, T. and Löffler, E. (eds) (2003) Public Management and Governance. London: Routledge.",
     ["Bovaird", "Löffler"]),
    ("Müller, H. und Schulz, K. (Hrsg.) (2005): Arbeit und Leben im Wandel. Frankfurt/M.: Campus.",
     ["Müller", "Schulz"]),
])
def test_reference_names_editors_named_first_are_kept_as_editors(text, editors):
    # the works and links fall back to the editors when a reference has no authors (link.py, as the gold does)
    r = parse_reference(text)
    assert [e["surname"] for e in r.editors] == editors and r.authors == [] and r.title


@pytest.mark.parametrize("text, author, title", [
    ("R Core Team (2023) R: A language and environment for statistical computing. Vienna: R Foundation for "
     "Statistical Computing.", "R Core Team", "R: A language and environment for statistical computing"),
    ("The pandas development team. (2020). pandas-dev/pandas: Pandas (Version 1.0). Zenodo. "
     "https://doi.org/10.5281/zenodo.3509134", "The pandas development team", "pandas-dev/pandas: Pandas"),
    ("Équipe de développement de scikit-lëarn (2021) Guide de l'utilisateur. Paris: Inria.",
     "Équipe de développement de scikit-lëarn", "Guide de l'utilisateur"),
    ("Executable Books Community. (2020). Jupyter böok. Zenodo.", "Executable Books Community", "Jupyter böok"),
    ("Moodle Docs. (2024). Grade calculations. https://docs.moodle.org/404/en/Grade_calculations", "Moodle Docs",
     "Grade calculations"),
])
def test_reference_names_corporate_author_kept_whole(text, author, title):
    r = parse_reference(text)
    assert r.authors == [{"surname": author, "given": ""}]
    assert r.title == title


def test_reference_names_leading_von_is_a_particle_before_a_comma():
    assert parse_names("von Alemann, Ulrich und Müller, Jörg") == [
        {"surname": "von Alemann", "given": "Ulrich"}, {"surname": "Müller", "given": "Jörg"}]
    assert parse_names("Von Weizsäcker, C.")[0]["surname"] == "Von Weizsäcker"
    assert parse_names("von Jürgen Kocka")[0]["surname"] == "Kocka"  # "von" as "by"
