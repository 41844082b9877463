"""German list conventions (issue 13, session 12): inverted names before a colon or a bare year, and an edited
volume's editors after "In:". Hand-made strings."""

from litmine.citations.reference_model import forced_labels, tokenize_reference
from litmine.citations.references import parse_reference


def test_name_colon_given_name_is_no_part_of_the_title():
    r = parse_reference("Brandauer, Helmut: Die Stadt als Bühne. Studien zum öffentlichen Raum. Köln 1988")
    assert [(a["surname"], a["given"]) for a in r.authors] == [("Brandauer", "Helmut")]
    assert r.title.startswith("Die Stadt als Bühne")


def test_name_given_coauthor_in_natural_order_and_bare_year():
    r = parse_reference("Kessler, Ute, Peter M. Rohde 1991, Zeit und Arbeit im Betrieb, Bonn: Dietz.")
    assert [a["surname"] for a in r.authors] == ["Kessler", "Rohde"]
    assert r.year == 1991
    assert r.title == "Zeit und Arbeit im Betrieb"


def test_name_year_hrsg_is_no_part_of_the_title():
    r = parse_reference("Vogt, Marianne 2002 (Hrsg), Wege aus der Armut, Frankfurt/M.: Campus.")
    assert r.year == 2002 and r.title == "Wege aus der Armut"


def test_editors_of_the_book_do_not_make_the_chapter_author_an_editor():
    text = "Holm, Katrin: Nachbarschaft. In: Lenz, T. (Hrsg.): Wörterbuch der Stadt. Opladen 1999, S. 12-19"
    tokens = tokenize_reference(text)
    assert "editor" not in [forced_labels(text, tokens).get(i) for i, t in enumerate(tokens) if t.text == "Holm"]
    r = parse_reference(text)
    assert [a["surname"] for a in r.authors] == ["Holm"]
    assert [e["surname"] for e in r.editors] == ["Lenz"]
    # editors before "(Hrsg.)" at the start still edited the work
    assert forced_labels("Lenz, T. (Hrsg.) Wörterbuch", tokenize_reference("Lenz, T. (Hrsg.) Wörterbuch"))[0] == \
        "editor"


def test_container_closed_by_its_year_or_volume_number():
    r = parse_reference("Brandt, Olaf 2004: Sicherheit im Netz, in: Zeitschrift für Ordnungsrecht 2004, S. 12-19.")
    assert r.container == "Zeitschrift für Ordnungsrecht"
    r = parse_reference("Lenz, Anna (1998): Arbeit und Zeit. Jahrbücher für Arbeitsforschung 41, Nr. 3: 201-219.")
    assert (r.container, r.volume, r.issue) == ("Jahrbücher für Arbeitsforschung", "41", "3")
    r = parse_reference("Stein, Paul 2003: Polizei und Stadt, in: LKA 2003: a.a.O., S. 5-14.")
    assert r.container == "LKA"


def test_body_with_bare_year_and_colon_is_the_author():
    r = parse_reference("Landesamt für Statistik 2004: Bevölkerung im Wandel, Kiel.")
    assert r.year == 2004 and r.title == "Bevölkerung im Wandel"
    assert "Landesamt" not in (r.title or "")


def test_conference_year_stays_in_the_container():
    from litmine.citations.reference_rules import _container_number_tail
    assert _container_number_tail("x", "Proceedings of the Simulation Meeting 2012", None, None, 2012)[0] == \
        "Proceedings of the Simulation Meeting 2012"
    assert _container_number_tail("x", "Zeitschrift für Ordnungsrecht 2012", None, None, 2012)[0] == \
        "Zeitschrift für Ordnungsrecht"


def test_the_day_of_a_date_is_no_volume():
    from litmine.citations.reference_rules import _container_number_tail
    raw = "Wahl in Bonn, in: NZZ, 24.12.1997, S. 10."
    assert _container_number_tail(raw, "NZZ, 24", None, None, 1997) == ("NZZ", None, None)


def test_a_title_with_a_comma_is_no_inverted_name():
    from litmine.citations.reference_heuristics import _DE_NAME_COLON
    assert _DE_NAME_COLON.match("Systems, Not Structures: Changing Care, Expert Panel, 2016") is None
    assert _DE_NAME_COLON.match("Brandauer, Helmut: Die Stadt") is not None


def test_a_list_of_periodicals_is_kept_and_each_is_its_container():
    from litmine.citations.list_entries import clean_list_entries
    entries = ["Kahn, Udo: Stadtfeste. Köln 1990", "Kieler Nachrichten (KN)", "Westfalen-Blatt, Bielefeld (WB)",
               "Die Woche (WOCHE)"]
    assert clean_list_entries(entries) == entries
    assert clean_list_entries(["Kahn, Udo: Stadtfeste. Köln 1990", "Kieler Nachrichten (KN)"]) == \
        ["Kahn, Udo: Stadtfeste. Köln 1990"]  # one alone is no list of sources
    r = parse_reference("Westfalen-Blatt, Bielefeld (WB)")
    assert (r.container, r.authors, r.title) == ("Westfalen-Blatt, Bielefeld (WB)", [], None)


def test_german_bodies_written_as_compounds_are_organisations():
    from litmine.citations.reference_names import is_corporate, parse_names
    for body in ("Deutscher Bundestag", "Bundesrat", "Sachverständigenrat", "Deutscher Städtetag",
                 "Bundesverfassungsgericht", "Landesjugendamt", "Kultusministerium", "Deutsche Bundesbank",
                 "Deutscher Gewerkschaftsbund", "Landtag Nordrhein-Westfalen", "Europarat"):
        assert is_corporate(body), body
        assert parse_names(body) == [{"surname": body, "given": ""}]
    # names that end like a body's last part stay people
    for person in ("Murat Yilmaz", "Thomas Freitag", "Hans Sonntag", "Eva Ostertag", "John K. Fairbank",
                   "Claire Pomerat", "Helmut Konrad"):
        assert not is_corporate(person), person
    assert parse_names("Thomas Freitag") == [{"surname": "Freitag", "given": "Thomas"}]
    r = parse_reference("Deutscher Bundestag (2005): Bericht der Enquete-Kommission. Drucksache 15/5000, Berlin.")
    assert r.authors == [{"surname": "Deutscher Bundestag", "given": ""}]
