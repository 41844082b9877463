"""German note-style conventions in footnote references: editors, corporate editors, editions, years inside
titles, containers without a year, questions before "In:", web addresses, clauses and biographies that are no
references."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries, parse_footnote_reference
from litmine.models import Passage


def _notes(*texts: str, kind: str = "footnote") -> list[Passage]:
    out, start = [], 0
    for i, t in enumerate(texts):
        out.append(Passage(index=i, kind=kind, text=t, start=start, end=start + len(t), page=1))
        start += len(t) + 2
    return out


def test_footnotes_hg_names_are_editors_of_the_volume():
    r = parse_footnote_reference("Jürgen Köhler/Anna Weiß (Hg.), Flüchtlinge in Europa, München 1993.")
    assert r.authors == []
    assert [e["surname"] for e in r.editors] == ["Köhler", "Weiß"]
    assert (r.title, r.place, r.year) == ("Flüchtlinge in Europa", "München", 1993)


def test_footnotes_ders_hg_keeps_the_author_as_editor():
    refs, _ = extract_citations(_notes("2 Klaus Bäumer, Grenzen der Zuwanderung, Köln 1998; ders. (Hg.), "
                                       "Migration in Süddeutschland, Stuttgart 2001."))
    assert refs[1].editors == [{"surname": "Bäumer", "given": "Klaus"}] and refs[1].authors == []
    assert refs[1].title == "Migration in Süddeutschland"


def test_footnotes_corporate_editor_and_a_name_inside_the_title():
    entries = find_footnote_entries("3 Vgl. Bundesregierung (Hrsg.), Lebenslagen in Deutschland. Der dritte Armuts- "
                                    "und Reichtumsbericht der Bundesregierung, Köln 2008.")
    assert [e.text[:26] for e in entries] == ["Bundesregierung (Hrsg.), L"]
    r = parse_footnote_reference(entries[0].text)
    assert r.editors == [{"literal": "Bundesregierung"}]
    assert r.title == "Lebenslagen in Deutschland. Der dritte Armuts- und Reichtumsbericht der Bundesregierung"
    assert (r.place, r.year) == ("Köln", 2008)


def test_footnotes_edition_statement_is_not_part_of_the_title():
    r = parse_footnote_reference("Ute Müßig, Asylpolitik in Deutschland. Entwicklung und Alternativen. 2. überarb. "
                                 "und erg. Auflage Opladen 1993.")
    assert (r.title, r.place, r.year) == ("Asylpolitik in Deutschland. Entwicklung und Alternativen", "Opladen", 1993)
    r = parse_footnote_reference("Hans Groß, Die Stadt, 3rd ed., London 1990.")
    assert (r.title, r.place) == ("Die Stadt", "London")


def test_footnotes_year_inside_a_container_title_is_not_its_place_and_year():
    r = parse_footnote_reference("Patrice Pütz, Zuflucht im Ausreiseland. In: Jahrbuch für Historische "
                                 "Kommunismusforschung 2004, Berlin 2005, S. 355–378.")
    assert (r.container, r.place, r.year, r.pages) == ("Jahrbuch für Historische Kommunismusforschung 2004",
                                                       "Berlin", 2005, "355-378")
    r = parse_footnote_reference("Siegfried Grün, Migration nach Ostdeutschland. In: Hansgünter Meyer (Hg.), "
                                 "Soziologen-Tag Leipzig 1991. Soziologie in Deutschland, Berlin 1992, S. 1577–1609.")
    assert (r.container, r.year) == ("Soziologen-Tag Leipzig 1991. Soziologie in Deutschland", 1992)


def test_footnotes_title_ending_in_a_question_before_in():
    r = parse_footnote_reference("Martin Brünig, Chilenen in Deutschland: Flüchtlinge im doppelten Exil ? In : "
                                 "Andreas Gärtner/Wolf-Dieter Narr (Hg.), Flucht und Asyl, Berlin 1988, S. 12-30.")
    assert r.title == "Chilenen in Deutschland: Flüchtlinge im doppelten Exil?"
    assert (r.container, r.year, r.type) == ("Flucht und Asyl", 1988, "chapter")


def test_footnotes_container_without_a_year_loses_its_place_and_pages():
    r = parse_footnote_reference("Lutz Lüders, Paradigmen sozialer Gerechtigkeit, in: Stefan Liebig (Hrsg.), "
                                 "Verteilungsprobleme und Gerechtigkeit, Frankfurt/M.-New York, S. 29 - 68.")
    assert (r.container, r.pages) == ("Verteilungsprobleme und Gerechtigkeit", "29-68")


def test_footnotes_journal_double_issue_volume_and_work_in_press():
    r = parse_footnote_reference("Jürgen Höfer, Festung Europa, in: Informationen zur Raumentwicklung, 5/6 (1994), "
                                 "S. 321–334.")
    assert (r.container, r.volume, r.year, r.pages) == ("Informationen zur Raumentwicklung", "5/6", 1994, "321-334")
    r = parse_footnote_reference("Petra Pütz, Teure Genossen. In: Christian Müller (Hg.), Ankunft – Alltag – "
                                 "Ausreise, Köln 2005 (im Druck).")
    assert (r.container, r.place, r.year) == ("Ankunft – Alltag – Ausreise", "Köln", 2005)


def test_footnotes_web_address_alone_or_before_prose_has_no_year():
    r = parse_footnote_reference("www.bmbf.de/de/494.php (Zugriff am 14. November 2013).")
    assert (r.url, r.year, r.title, r.type) == ("www.bmbf.de/de/494.php", None, None, "web")
    entries = find_footnote_entries("24 Siehe unter: http://www.soziale-träger.org und Kurzpapier zur Förderung "
                                    "von 2001. Die Organisationen sind: Caritas, Diakonie.")
    assert [e.text for e in entries] == ["http://www.soziale-träger.org"]


def test_footnotes_clauses_and_biographies_are_not_references():
    refs, _ = extract_citations(_notes(
        "5 die Ergebnisse der Staatenberichtsprüfung 2015 zu berücksichtigen; die Empfehlungen des Ausschusses "
        "sollten in die Überarbeitung des Aktionsplans einfließen.",
        "6 Melanie Röder, Dr., Projektleiterin und wissenschaftliche Mitarbeiterin, Sozialforschungsstelle Dortmund. "
        "Arbeitsschwerpunkte: Gleichstellung, Hochschulforschung.",
        "7 van der Kooij, Arie (2004): Die Übersetzung der Septuaginta, Göttingen: Vandenhoeck."))
    assert [r.authors[0]["surname"] for r in refs] == ["van der Kooij"]


def test_footnotes_numbered_clauses_at_the_end_are_no_reference_list():
    items = [f"{i}. {t}" for i, t in enumerate(
        ["die Rückbindung des Aktionsplans an die Konvention zu stärken; dringliche Probleme zuerst;",
         "die Ergebnisse der Prüfung zu berücksichtigen; die Empfehlungen sollten einfließen;",
         "eine Bestandsaufnahme menschenrechtlicher Problemlagen vorzunehmen; Maßnahmen ableiten;",
         "alle Ministerien an der Fortentwicklung zu beteiligen; Ziele setzen; Mittel sichern;",
         "neue Maßnahmen einer Qualitätskontrolle zu unterziehen; laufend prüfen;",
         "durch angemessene Formate eine wirksame Beteiligung zu gewährleisten."], start=1)]
    refs, _ = extract_citations(_notes("Der Ausschuss empfiehlt der Bundesregierung:", *items, kind="body"))
    assert refs == []


def test_footnotes_two_note_style_references_after_a_full_stop_split():
    entries = find_footnote_entries("8 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 3. Jürgen Habermas, "
                                    "Faktizität und Geltung, Frankfurt/M. 1992.")
    assert [e.text.split(",")[0] for e in entries] == ["Max Weber", "Jürgen Habermas"]
    entries = find_footnote_entries("8 Wéber, Max: Wirtschaft und Gesellschaft, Tübingen 1922, S. 3. Häbermas, "
                                    "Jürgen: Faktizität und Geltung, Frankfurt/M. 1992.")
    assert [e.text.split(",")[0] for e in entries] == ["Wéber", "Häbermas"]


def test_footnotes_short_title_with_wie_anm_resolves_to_the_earlier_reference():
    refs, cits = extract_citations(_notes(
        "1 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.",
        "2 Jürgen Habermas, Faktizität und Geltung, Frankfurt/M. 1992.",
        "3 Weber, Wirtschaft (wie Anm. 1), S. 20.",
        "4 Habermas, Faktizität (s. Anm. 2), S. 7."))
    assert [r.authors[0]["surname"] for r in refs if r.source != "short"] == ["Weber", "Habermas"]
    assert [(r.authors, r.pages, r.repeats) for r in refs if r.source == "short"] == [
        ([{"surname": "Weber"}], "20", 0), ([{"surname": "Habermas"}], "7", 1)]
    assert {c.sentence[:1]: c.reference_index for c in cits} == {"1": 0, "2": 1, "3": 0, "4": 1}
    refs, cits = extract_citations(_notes("1 Jürgen Häbermas, Faktizität und Geltung, Frankfurt/M. 1992.",
                                          "2 Ders., a.a.O., S. 9."))
    assert len(refs) == 1 and [c.reference_index for c in cits] == [0, 0]


def test_footnotes_clause_after_the_year_is_cut():
    entries = find_footnote_entries("9 Ulrich Härtel, Geschichte der Ausländerpolitik, München 2001, die trotz "
                                    "ihres Titels auch die Zeit vor 1945 behandelt.")
    assert [e.text for e in entries] == ["Ulrich Härtel, Geschichte der Ausländerpolitik, München 2001"]


def test_footnotes_surname_first_names_closed_by_a_colon():
    r = parse_footnote_reference("Weber, Max/Müller-Lüdenscheid, Anna: Wirtschaft und Gesellschaft, Tübingen 1922, "
                                 "S. 12.")
    assert r.authors == [{"surname": "Weber", "given": "Max"}, {"surname": "Müller-Lüdenscheid", "given": "Anna"}]
    assert (r.title, r.place, r.year, r.pages) == ("Wirtschaft und Gesellschaft", "Tübingen", 1922, "12")


def test_footnotes_journal_and_newspaper_numbers_in_german_orders():
    cases = {
        "Bruno Fräser, Höflichkeit, in: JoP 14, 1990, S. 219-236.": ("JoP", "14", None, 1990, "219-236"),
        "Hans Schütz, Macht, in: Leviathan, Jg. 12, H. 3, 1984, S. 3-9.": ("Leviathan", "12", "3", 1984, "3-9"),
        "Hans Schütz, Ämter, in: Soziale Welt 3/1999, S. 5.": ("Soziale Welt", "3", None, 1999, "5"),
        "Henryk Bröder, Im Chor. – In: Der Spiegel Nr. 39 v. 25.9.1995, S. 34-38": ("Der Spiegel", None, "39", 1995,
                                                                                  "34-38"),
        "Karl Böhrer, Grenzen. In: Frankfurter Allgemeine Zeitung v. 8. Juni 1993.": (
            "Frankfurter Allgemeine Zeitung", None, None, 1993, None)}
    for text, want in cases.items():
        r = parse_footnote_reference(text)
        assert (r.container, r.volume, r.issue, r.year, r.pages) == want, text


def test_footnotes_book_without_a_year_and_a_place_with_ost():
    r = parse_footnote_reference("Jörg Grün, Weltflüchtlingsbericht. Ein Handbuch, Berlin o.J.")
    assert (r.title, r.place, r.year) == ("Weltflüchtlingsbericht. Ein Handbuch", "Berlin", None)
    r = parse_footnote_reference("Jörg Grün, Die Verfassung der Republik, Berlin (Ost) 1976, S. 25.")
    assert (r.title, r.place, r.year, r.pages) == ("Die Verfassung der Republik", "Berlin (Ost)", 1976, "25")


def test_footnotes_u_a_editors_hrsg_v_volumes_and_cues():
    r = parse_footnote_reference("Max Wöhler u.a. (Hg.), Handbuch der Stadt, Berlin 1990.")
    assert (r.editors, r.title) == ([{"surname": "Wöhler", "given": "Max"}], "Handbuch der Stadt")
    r = parse_footnote_reference("Hans Müller, Die Stadt, hrsg. v. Anna Schütz, Frankfurt a. M./New York 1990, S. 3.")
    assert (r.title, r.editors, r.place) == ("Die Stadt", [{"surname": "Schütz", "given": "Anna"}],
                                             "Frankfurt a. M./New York")
    r = parse_footnote_reference("Niklas Lühmann, Die Gesellschaft der Gesellschaft, 2 Bde., Frankfurt a.M. 1997.")
    assert r.title == "Die Gesellschaft der Gesellschaft"
    r = parse_footnote_reference("Hans Müller, Die Stadt, in: Zeitschrift für Soziologie, Jg. 31 (2002), H. 4, "
                                 "S. 310-329.")
    assert (r.container, r.volume, r.issue, r.year) == ("Zeitschrift für Soziologie", "31", "4", 2002)
    entries = find_footnote_entries("13 Vgl. u.a. Max Wéber, Wirtschaft und Gesellschaft, Tübingen 1922; Jürgen "
                                    "Häbermas, Faktizität und Geltung, Frankfurt/M. 1992.")
    assert [e.text.split(",")[0] for e in entries] == ["Max Wéber", "Jürgen Häbermas"]


def test_footnotes_sentence_after_a_closing_web_address_is_cut():
    entries = find_footnote_entries("7 The Économist (2005); online: http://www.economist.com/story.cfm?id=528. "
                                    "Eine zehnjährige Anleihe der Regierung kostet derzeit acht Prozent Zinsen.")
    assert [e.text for e in entries] == ["The Économist (2005); online: http://www.economist.com/story.cfm?id=528."]


def test_footnote_reference_cites_the_first_page_after_s():
    """"..., S. 1, 3.": a note cites the first page "S." marks, also where the general parser reads the reference."""
    ref = parse_footnote_reference("J. Brandt, E. Roth, Wer zahlt die Akten?, Neue Rundschau, 5.12.1998, S. 1, 3.")
    assert (ref.year, ref.pages) == (1998, "1")


def test_footnote_reference_in_the_authors_own_book():
    """"in: ders., Gesammelte Schriften, ..." and "in: K.M. Brandt, Schriften, ..." (by K.M. Brandt): the book's
    authors are the work's own, not part of the container's title; another person's name stays."""
    ref = parse_footnote_reference("Jan Brandt, Die Akten, in: ders., Gesammelte Schriften, Bonn 1922, S. 14-21.")
    assert (ref.title, ref.container, ref.year, ref.pages) == ("Die Akten", "Gesammelte Schriften", 1922, "14-21")
    ref = parse_footnote_reference("Eva Roth/Jan Kühn, Einleitung. In: Dies./Tom Albers, Ämter und Akten, Kiel 1997.")
    assert ref.container == "Ämter und Akten"
    ref = parse_footnote_reference("K.M. Brandt, Die Parteien, in: K.M. Brandt, Politische Schriften, Berlin, 1908.")
    assert ref.container == "Politische Schriften"
    ref = parse_footnote_reference("Eva Roth, Die Akten, in: Frankfurter Allgemeine, 12.3.2000, S. 3.")
    assert (ref.container, ref.year) == ("Frankfurter Allgemeine", 2000)


def test_footnote_reference_place_and_publisher_closing_the_title():
    """"..., Ebenhausen: Stiftung Kunst und Politik, Februar 1999": place and publisher are no part of the title (and a
    month is no place); a title whose words before a colon are no place keeps them."""
    ref = parse_footnote_reference("Jan Brandt, Aus polnischen Zeitschriften 1998, Ebenhausen: Stiftung Kunst und "
                                   "Politik, Februar 1999, S. 6.")
    assert (ref.title, ref.place, ref.publisher, ref.year) == (
        "Aus polnischen Zeitschriften 1998", "Ebenhausen", "Stiftung Kunst und Politik", 1999)
    ref = parse_footnote_reference("Roth, Eva / Jan Kühn (2006): The Role of Poland in Policy, Bonn: Deutsches "
                                   "Institut für Politik (DIP), Studies 12.")
    assert (ref.title, ref.place, ref.publisher) == ("The Role of Poland in Policy", "Bonn", "Deutsches Institut für Politik")
    assert parse_footnote_reference("Jan Roth, Migration, Integration: Neue Wege der Politik, Berlin 1999.").title == \
        "Migration, Integration: Neue Wege der Politik"
    assert parse_footnote_reference("House of Lords, Select Committee, Third Report: Public Access to Records, HL "
                                    "102.").title == "House of Lords, Select Committee, Third Report: Public Access to Records"


def test_footnote_reference_volume_and_issue_after_a_slash():
    """"58/1": volume and issue; "4/2005" and "05/06" (of 2006): an issue number and the year, the volume the first."""
    ref = parse_footnote_reference("Roth, Eva/Kühn, Jan (2006): Wer zahlt? In: Zeitschrift für Akten 58/1, S. 23-49.")
    assert (ref.container, ref.volume, ref.issue, ref.pages) == ("Zeitschrift für Akten", "58", "1", "23-49")
    ref = parse_footnote_reference("Roth, Eva (2006): Wer zahlt? In: Zeitschrift für Akten 05/06, S. 3-9.")
    assert (ref.volume, ref.issue) == ("05", None)


def test_footnote_reference_series_number_closing_the_title():
    """", Forschungsbericht 312": a series and its number leave the title (container, volume); ", Band 17" is a volume;
    a year in a title is no series number."""
    ref = parse_footnote_reference("Roth, Eva (2011): Bewertung des Aktionsplans der Stadt, Forschungsbericht 312. "
                                   "Kiel: Amt.")
    assert (ref.title, ref.container, ref.volume) == ("Bewertung des Aktionsplans der Stadt", "Forschungsbericht", "312")
    ref = parse_footnote_reference("Jan Brandt, Berichte der Akademie, Band 17, Hannover 2001.")
    assert (ref.title, ref.container, ref.volume) == ("Berichte der Akademie", None, "17")
    assert parse_footnote_reference("Jan Roth, Die Akten der Stadt, Jahresbericht 2004, Berlin 2005.").volume is None
