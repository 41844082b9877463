"""German reference lists whose entries the PDF reader gives as one block (issue 13): the block is cut into its
entries. All entries are made up for these tests."""

from litmine.citations.references import merge_reference_passages, parse_reference, split_references_by_rules
from litmine.citations.references_ditto import inherit_repeated_authors

_DERS_LINES = ("Kessler, Hans (1995): Moderne Verwaltung. Bonn: Dietz.\n"
               "ders. (1998): Die Reform der Ämter. Bonn: Dietz.\n"
               "–– (2001): Verwaltung im Umbruch. In: Politische Vierteljahresschrift 42, S. 7-29.\n"
               "Lorenz, Ina (2003): Arbeitsmarkt und Staat. Köln: Bund.")
_PLACE_INITIAL = ("Amsel, U., 1986: Die Risiken der Moderne. Frankfurt/M. Bohle, K., 1990: Arbeit und Alltag. "
                  "Frankfurt a. M. Cramer, T., 1993: Soziale Ungleichheit im Wandel, in: Soziale Welt 44, 3-21. "
                  "Diehl, S./Ewert, F., 2002: Lokale Politik. Opladen.")
_NAME_COLON = ("Adler, Max: Staat und Recht, 2. Aufl., Tübingen 1972. Brandt, Otto: Die Lehre vom Gemeinwesen, "
               "Berlin 1958. Curtius, Ernst: Gesellschaft und Ordnung, in: ders. (Hrsg.), Neue Studien, Bd. 2, "
               "Leipzig 1931, S. 44-61. Dahl, Rainer: Herrschaft, Stuttgart 1980.")


def _openings(entries: list[str]) -> list[str]:
    return [e.split()[0] for e in entries]


def test_ders_opens_an_entry_in_lines_and_run_on():
    for block in (_DERS_LINES, " ".join(_DERS_LINES.split())):
        assert _openings(merge_reference_passages([block])) == ["Kessler,", "ders.", "––", "Lorenz,"]


def test_ders_opens_an_entry_without_the_line_model():
    entries = split_references_by_rules(_DERS_LINES.split("\n"))
    assert _openings(entries) == ["Kessler,", "ders.", "––", "Lorenz,"]


def test_place_abbreviation_is_no_initial():
    # "Frankfurt/M." and "Frankfurt a. M." end an entry; a single capital after a slash or "a." is no initial
    entries = merge_reference_passages([_PLACE_INITIAL])
    assert _openings(entries) == ["Amsel,", "Bohle,", "Cramer,", "Diehl,"]
    assert entries[0].endswith("Frankfurt/M.")
    lines = ["Amsel, U., 1986: Die Risiken der Moderne. Frankfurt/M.", "Bohle, K., 1990: Arbeit und Alltag. München."]
    assert len(split_references_by_rules(lines)) == 2


def test_inverted_name_and_colon_with_the_year_at_the_end():
    entries = merge_reference_passages([_NAME_COLON])
    assert _openings(entries) == ["Adler,", "Brandt,", "Curtius,", "Dahl,"]
    assert "in: ders. (Hrsg.), Neue Studien" in entries[2]  # "ders. (Hrsg.)" inside an entry starts none


def test_editors_and_in_parts_stay_inside_their_entry():
    block = ("Scholz, Anton/Wendt, Berta (Hg.) (2005): Handbuch Lokalpolitik. Wiesbaden: VS. Thiel, G. (2004): "
             "Kommunen im Wandel. In: Scholz, Anton/Wendt, Berta (Hg.): Handbuch Lokalpolitik. Wiesbaden: VS, "
             "S. 11-30. Uhl, K. (1999): Stadt und Land. In: ders. (Hrsg.): Raum und Politik. Berlin: Reimer, S. 3-9. "
             "Vogt, Ida: Der Staat, Berlin 1961. In: Zeller, Paul: Schriften, Bd. 2, Berlin 1970, S. 1-9.")
    assert _openings(merge_reference_passages([block])) == ["Scholz,", "Thiel,", "Uhl,", "Vogt,"]


def test_ders_and_dies_take_the_authors_of_the_entry_before():
    refs = inherit_repeated_authors([
        parse_reference("Kessler, Hans (1995): Moderne Verwaltung. Bonn: Dietz."),
        parse_reference("ders. (1998): Die Reform der Ämter. Bonn: Dietz."),
        parse_reference("dies. und Roth, Anna (2001): Verwaltung im Umbruch. Bonn: Dietz.")])
    assert [a["surname"] for a in refs[1].authors] == ["Kessler"]
    assert [a["surname"] for a in refs[2].authors] == ["Kessler", "Roth"]


def test_undated_entries_and_a_year_with_a_colon_after_the_name():
    # "o.J." (ohne Jahr) dates an entry as a year does; "Lange, Niklas 1997: Title" has its date after the name
    undated = ("Lange, N. (1997): Die Ordnung. Frankfurt a.M.: Suhrkamp. Maier, R. (o.J.): Netzwerke der Macht. "
               "Opladen: Leske. Nolte, E. (1999): Krise. Bonn: Dietz.")
    assert _openings(merge_reference_passages([undated])) == ["Lange,", "Maier,", "Nolte,"]
    colon = "Lange, Niklas 1997: Die Ordnung. Frankfurt a. M. Maier, Renate 1993: Netzwerke und Logik. Opladen."
    assert _openings(merge_reference_passages([colon])) == ["Lange,", "Maier,"]


def test_short_german_entries_are_cut_too():
    # four or five words make a whole entry when names, a date and a title, or an inverted name and a colon open it
    dated = ("Abel, K., 1990: Staat. Bonn. Beck, U./Gerdes, A./Laske, S., 1996: Reflexive Modernisierung. "
             "Frankfurt/M. Cohn, J. et al., 1998: Risiko. München.")
    assert _openings(merge_reference_passages([dated])) == ["Abel,", "Beck,", "Cohn,"]
    colon = ("Abel, Karin: Staat, Bonn 1990. Beck, Ulrich/Gerdes, Anton: Reflexive Modernisierung, Frankfurt/M. 1996. "
             "Cohn, J.: Risiko, München 1998.")
    assert _openings(merge_reference_passages([colon])) == ["Abel,", "Beck,", "Cohn,"]


def test_an_entry_without_its_full_stop_ends_before_names_and_a_date():
    # the publisher ends the entry without a full stop; co-authors after ";" or "/", a hyphenated given name
    block = ("Kitt, Herbert (1997): The Radical Right. Ann Arbor: The University of Michigan Press Klein, Markus; "
             "Falter, Jürgen W. (1996): Die Wähler. München: Beck Betz, Hans-Georg (1998): Introduction. In: Betz, "
             "Hans-Georg; Imhof, Stefan (Hrsg.): The New Politics. Houndsmills: Macmillan Cohen, Ariel/Dale, Helle "
             "C. 2005: The Advance. Washington")
    entries = merge_reference_passages([block])
    assert _openings(entries) == ["Kitt,", "Klein,", "Betz,", "Cohen,"]
    assert entries[1].endswith("München: Beck")  # a place and a publisher are no corporate author


def test_editors_before_the_date_and_two_years():
    # "(Hg.) (2000)": the editors' mark before the date; "(1976/1936)": a reprint and the first edition's year
    block = ("Elias, Norbert (1976/1936), Über den Prozeß der Zivilisation, 2 Bde., Frankfurt a.M. Fischer-Lichte, "
             "Erika/Pflug, Isabel (Hg.) (2000), Inszenierung von Authentizität, Tübingen/Basel. Luhmann, Niklas "
             "(1982), Liebe als Passion, Frankfurt a.M. Marcuse, Herbert (1965/1955), Triebstruktur und Gesellschaft, "
             "Frankfurt a.M.")
    assert _openings(merge_reference_passages([block])) == ["Elias,", "Fischer-Lichte,", "Luhmann,", "Marcuse,"]


# Session 13 (helper F5): German forthcoming dates, co-authors written initials first, corporate authors with "Jahr:"
_FORTHCOMING = ("Haber, K. / L. Pohl (2007): Städte im Wandel, in: M. Lenz / O. Rau (Hrsg.), Neue Räume, Kassel: "
                "Nordlicht Verlag, 101−120 Haber, K. et al. (i. E.): Die Stadt nach der Krise, in: P. Ulm (Hrsg.), "
                "Räume und Grenzen, Hamburg: Elbe Press Imhof, T. / R. S. d. Ponte (2006): Häfen und Märkte, in: P. "
                "Ulm (Hrsg.), Räume und Grenzen, Hamburg: Elbe Press, 33−48")
_CORPORATE_YEAR = ("Landesamt für Forsten 2004: Neue Wege im Wald, Kiel. Landesamt für Forsten 2003: Bäume und Böden, "
                   "Kiel Bundesamt für Gewässer 2004: 3. Bericht zur Lage der Flüsse (Kurzfassung), Bonn.")


def test_forthcoming_date_and_initials_first_co_authors_open_entries():
    # "(i. E.)" (im Erscheinen) is the date of "Haber, K. et al."; "R. S. d. Ponte" is a co-author whose surname
    # follows initials and an abbreviated particle, so "Ponte (2006)" opens no entry of its own
    entries = merge_reference_passages([_FORTHCOMING])
    assert _openings(entries) == ["Haber,", "Haber,", "Imhof,"]
    assert entries[1].startswith("Haber, K. et al. (i. E.):") and entries[1].endswith("Elbe Press")
    assert entries[2].startswith("Imhof, T. / R. S. d. Ponte (2006):")


def test_forthcoming_after_a_title_ends_the_entry():
    # "(im Erscheinen)" after a journal's name closes its entry; the words before it open none
    block = ("Ott, Anna/Link, Bernd (2005), Arbeit im Alter, in: Kern, Carl (Hg.), Lebenslauf und Beruf, Kassel "
             "(im Erscheinen). Pahl, Dora (2004), Alter und Arbeit, in: Zeitschrift für Demografie 3, 12-30.")
    assert _openings(merge_reference_passages([block])) == ["Ott,", "Pahl,"]


def test_corporate_author_with_year_and_colon_opens_an_entry():
    # a list of "Name Jahr: Titel" entries: a corporate author and its year open an entry after ", Kiel" too
    entries = merge_reference_passages([_CORPORATE_YEAR])
    assert [e[:22] for e in entries] == ["Landesamt für Forsten ", "Landesamt für Forsten ", "Bundesamt für Gewässer"]
    # but not inside a corporate name: "Rat für Nordische" + "Fragen 2005:" (no comma before the place-like word)
    kept = ("Lenz, Otto 2004: Wege nach Norden, Kiel. Rat für Nordische Fragen 2005: Bericht über die Lage, Kiel "
            "Rat für Nordische Fragen 2006: Bericht über die Inseln, Kiel.")
    assert [e[:9] for e in merge_reference_passages([kept])] == ["Lenz, Ott", "Rat für N", "Rat für N"]


def test_lower_case_corporate_author_with_its_date_opens_an_entry():
    # a passage opening with a corporate author written in lower case, its name in brackets and its date follows an
    # entry that ended: a new entry, not the rest of the one before; a function word before a date stays joined
    pieces = ["Hahn, Ute; Lenz, Otto (2009): Offene Wege im Jahr 2008. Kurzbericht 11/2009.",
              "ifo (Institut für Wirtschaft GmbH) (2007): Bericht über die Lage. Berlin.",
              "Ott, K. (2001): Alte Wege, Bonn: Dietz."]
    assert _openings(merge_reference_passages(pieces)) == ["Hahn,", "ifo", "Ott,"]
    joined = ["Hahn, Ute (2009): Offene Wege, in: Lenz, O. (Hg.), Arbeit und", "und (2008): Wandel. Berlin."]
    assert len(merge_reference_passages(joined)) == 1
