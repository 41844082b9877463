"""Fields of German list entries (issue 13): a book's series given as "(= Reihe, Bd. 9)". Entries are made up."""

from litmine.citations.references import parse_reference


def test_series_after_equals_sign_is_the_container_with_its_number():
    r = parse_reference("Amsel, Jana (1987), Die Liebe zur Stadt. Teil II: Der Weg nach Osten (=Arbeiten zur "
                        "städtischen Freiraumplanung, Bd. 9), München.")
    assert (r.title, r.container, r.volume) == ("Die Liebe zur Stadt. Teil II: Der Weg nach Osten",
                                                "Arbeiten zur städtischen Freiraumplanung", "9")


def test_series_number_without_a_marker():
    r = parse_reference("Bohle, Ingo (2002), Gelehrte im Wandel. Eine Geschichte der Akademien "
                        "(=Kritische Studien zur Ordnung 143), Göttingen.")
    assert (r.container, r.volume) == ("Kritische Studien zur Ordnung", "143")
    assert "Kritische" not in (r.title or "")


def test_a_chapters_book_stays_the_container():
    r = parse_reference("Cramer, Kurt (1970): Der Boden. In: Dorn, Anna (Hg.): Handbuch der Räume. Hannover, "
                        "S. 3-9.")
    assert r.container == "Handbuch der Räume"


def test_a_corporate_editor_before_the_book_is_not_the_container():
    r = parse_reference("Dorn, Konrad (1970), »Der Boden«, in: Akademie für Raumfragen (Hg.), Handbuch der "
                        "Raumordnung, Hannover, S. 10-20.")
    assert r.container == "Handbuch der Raumordnung"


def test_ders_and_dies_before_the_book_are_not_the_container():
    r = parse_reference("Ebert, Nina (1995), »Teilhabe«, in: ders., Gesammelte Schriften zur Ordnung, Opladen, "
                        "S. 237-264.")
    assert r.container == "Gesammelte Schriften zur Ordnung"
    r = parse_reference("Fink, R./Gold, M. (2001): Konzepte. In: Dies. (Hrsg.): Strukturen des Alltags. Weinheim, "
                        "S. 17-48.")
    assert r.container == "Strukturen des Alltags"


def test_a_container_that_is_only_an_editor_stays():
    r = parse_reference("Gold, Tom (2003): Ein Titel. In: Institut für Fragen (Hg.). Berlin, S. 4-9.")
    assert r.container is None or "Institut" in r.container


def test_editors_mark_after_the_year_is_not_the_title():
    for raw in ("Hahn, Ina/Jung, Kai (2006) (Hg.), Stadt und Region im Wandel, Kiel.",
                "Hahn, Ina (2007) (Hg.): Stadt und Region im Wandel, Kiel."):
        assert parse_reference(raw).title == "Stadt und Region im Wandel"


def test_a_title_opening_with_the_word_ed_stays():
    assert parse_reference("Sullivan, E. (1999). Ed Sullivan and TV. New York: Beispiel.").title == \
        "Ed Sullivan and TV"


def test_co_authors_after_und_before_a_bracketed_year_are_authors():
    r = parse_reference("Kranich, Ulrike und Manfred Lenz (2003): Das offene Gespräch, Wien.")
    assert [a["surname"] for a in r.authors] == ["Kranich", "Lenz"]
    assert (r.year, r.title) == (2003, "Das offene Gespräch")
    r = parse_reference("Weller, Hanna, Sabine Mohr und Karla Tesch (2002): Kein Thema. Frankfurt a.M.")
    assert [a["surname"] for a in r.authors] == ["Weller", "Mohr", "Tesch"]
    r = parse_reference("Carstens, Laura und Gary Sohl, 2002, Mobility among Daughters, The Economic Review, 92(1), "
                        "S. 335-344.")
    assert [a["surname"] for a in r.authors] == ["Carstens", "Sohl"]
