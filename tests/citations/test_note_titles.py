"""Where the title of a full reference in a German note starts and ends (issue 13; helper F64): hand-made notes of
the shapes whose titles the note-style rules (footnote_fields) cut or ran on, each made up, none copied from a paper.
The classes are read from the development rounds' errors; the notes are written from the conventions of notation."""

from litmine.citations.extract import extract_citations
from tests.citations.test_note_pointers import _paper


def _refs(note: str):
    refs, _ = extract_citations(_paper(["1 " + note], []))
    return [r for r in refs if r.source != "list"]


def _one(note: str):
    refs = _refs(note)
    assert len(refs) == 1, [r.raw for r in refs]
    return refs[0]


# --- a web address broken over two lines after its slash: one address, as the tagger's reading joins it
def test_a_web_address_broken_after_a_slash_is_joined_in_the_note_style():
    for note, url in [
        ("Anna Berger, Die Zukunft der Union, Berlin 2006, http://www.example.de/aktuell/ positionen/2006/zukunft.pdf.",
         "http://www.example.de/aktuell/positionen/2006/zukunft.pdf"),
        ("Anna Berger: Die Zukunft der Union. Berlin 2006. Online: http://www.example.de/texte/ zukunft.pdf (Zugriff: "
         "3.5.2007).", "http://www.example.de/texte/zukunft.pdf"),
    ]:
        ref = _one(note)
        assert (ref.title, ref.url, ref.year) == ("Die Zukunft der Union", url, 2006)


def test_a_web_address_followed_by_words_keeps_to_itself():
    ref = _one("Anna Berger, Die Zukunft der Union, Berlin 2006, http://www.example.de/zukunft.pdf und S. 4.")
    assert ref.url == "http://www.example.de/zukunft.pdf"


# --- a day, a month or a season (and the place before it) after the title: the date the paper, brief or web text
# is dated by, no part of its title and no place ("Titel, Berlin, 3" was read before)
def test_a_day_month_or_season_after_the_title_ends_it():
    for note, title, year in [
        ("Anna Berg: Die Zukunft der Nachbarschaftspolitik, 12. März 2007. Abrufbar unter: "
         "http://www.example.org/berg.pdf.", "Die Zukunft der Nachbarschaftspolitik", 2007),
        ("Jonas Wolf, Europas Rolle in Zentralasien, Berlin, Mai 2008.", "Europas Rolle in Zentralasien", 2008),
        ("Tim Lorenz: Energiepolitik nach dem Gipfel, 14.3.2007. Online unter: www.example.de/lorenz.",
         "Energiepolitik nach dem Gipfel", 2007),
        ("Sven Kahl, Die Lage in Georgien, Tiflis, Herbst 2008, S. 3.", "Die Lage in Georgien", 2008),
        ("Mira Jost, The Eastern Partnership, Warsaw, March 2009, p. 4.", "The Eastern Partnership", 2009),
        ("Vgl. Lars Ebert: Bilanz des Gipfels von Lissabon, 27. Juni 2000. Abrufbar unter: "
         "http://www.example.de/ebert.php.", "Bilanz des Gipfels von Lissabon", 2000),
    ]:
        ref = _one(note)
        assert (ref.title, ref.year) == (title, year), note
    ref = _one("Karin Voss, Reform der Strukturfonds (Policy Brief, Nr. 4/2009), Brüssel, Oktober 2009.")
    assert (ref.title, ref.container, ref.volume, ref.year) == ("Reform der Strukturfonds", "Policy Brief", "4", 2009)


def test_a_month_in_a_journal_or_a_day_after_a_newspaper_is_no_title_end():
    ref = _one("Hans Kern, Der Iran und die Bombe, in: Internationale Politik, März 2007, S. 12-18.")
    assert (ref.title, ref.container, ref.year) == ("Der Iran und die Bombe", "Internationale Politik", 2007)
    ref = _one("Otto Brand, Die Wahl in Kiew, Kyiv Post, 2.11.2004.")
    assert (ref.title, ref.container, ref.year) == ("Die Wahl in Kiew", "Kyiv Post", 2004)
    ref = _one("I. Orlov, Novye vybory v Kieve, Kievskaja gazeta, 3.4.1998.")  # a paper's name in lower case
    assert (ref.title, ref.container, ref.year) == ("Novye vybory v Kieve", "Kievskaja gazeta", 1998)
    ref = _one("Rolf Sand, Das Krisenjahr 1923 in Bayern, München 1980, S. 12.")  # a year in the title, then a place
    assert (ref.title, ref.place, ref.year) == ("Das Krisenjahr 1923 in Bayern", "München", 1980)


# --- a year after a title's word with only a space before it is the title's ("Die Europawahl 2004. Eine Analyse."),
# never a place and year, when the word before is in lower case or the "place" holds a title's word in lower case
# ("Integration von Zuwanderern, 2004"); the title ends at the place and year after its full stop, or at a year alone
# after its comma or full stop
def test_a_year_inside_the_title_is_no_place_and_year():
    for note, title, year in [
        ("Lena Roth: Die deutsche Ratspräsidentschaft 2007. Eine Bilanz. 2.7.2007.",
         "Die deutsche Ratspräsidentschaft 2007. Eine Bilanz", 2007),
        ("Nina Falk: Die Europawahl 2004. Eine Analyse. München 2005.", "Die Europawahl 2004. Eine Analyse", 2005),
        ("Tom Berg, Die Integration von Zuwanderern, 2004.", "Die Integration von Zuwanderern", 2004),
        ("Hans Weller: Der Haushalt des Landes. 2003.", "Der Haushalt des Landes", 2003),
        ("Bundesamt für Wohnen, Statistik der jährlichen Bautätigkeit. 2001.", "Statistik der jährlichen Bautätigkeit",
         2001),
    ]:
        ref = _one(note)
        assert (ref.title, ref.year) == (title, year), note
    ref = _one("Ole Hansen: Jahrbuch der Migration 2006, Baden-Baden 2007.")  # a place and year after a comma
    assert (ref.title, ref.place, ref.year) == ("Jahrbuch der Migration 2006", "Baden-Baden", 2007)
    ref = _one("Karl Fink: Die Soziologie. Leipzig 1991.")  # after the title's full stop: the place
    assert (ref.title, ref.place, ref.year) == ("Die Soziologie", "Leipzig", 1991)
    ref = _one("Karl Fink, Die Soziologie, Frankfurt am Main 1991.")
    assert (ref.title, ref.place, ref.year) == ("Die Soziologie", "Frankfurt am Main", 1991)


# --- a translation of the title in brackets after it: no part of the title (README: the bracketed translation goes
# to `other`); a bracket spelling out an abbreviation, or with figures, stays
def test_a_translation_in_brackets_after_the_title_is_no_part_of_it():
    for note, title in [
        ("Wei Chen, zhongguo waijiao xin silu (Neue Wege der chinesischen Außenpolitik), in: Waijiao Pinglun 3/2008, "
         "S. 12–20.", "zhongguo waijiao xin silu"),
        ("Ivan Petrov, Rossija i Evropa (Russland und Europa), Moskva 2005, S. 33.", "Rossija i Evropa"),
        ("Ivan Petrov, Rossija i Evropa [Russia and Europe], Moskva 2005, S. 33.", "Rossija i Evropa"),
        ("Jan Nowak, Polityka wschodnia (Die Ostpolitik), Warszawa 2001.", "Polityka wschodnia"),
        ("Ana Lima, A política externa brasileira [Die brasilianische Außenpolitik], in: Revista Brasileira 45 (2002), "
         "S. 5-30.", "A política externa brasileira"),
        ("Max Roth, Die EVS (Einkommens- und Verbrauchsstichprobe), Wiesbaden 2004.",
         "Die EVS (Einkommens- und Verbrauchsstichprobe)"),
        ("Karl Weiß, Die Kommunen (1945-1990), Berlin 1995.", "Die Kommunen (1945-1990)"),
        ("Hans Ott, Die Kirche (Teil 2), Köln 1990.", "Die Kirche (Teil 2)"),
    ]:
        assert _one(note).title == title, note


# --- a publisher or an institute named between the title and the place and year: no part of the title
def test_a_publisher_between_title_and_place_is_no_part_of_the_title():
    for note, title in [
        ("Hans Maull, Deutschland als Zivilmacht, Stiftung Wissenschaft und Politik, Berlin 2005.",
         "Deutschland als Zivilmacht"),
        ("Dan Fisher, China's Energy Strategy, The RAND Corporation, Santa Monica, CA, 2004.", "China's Energy Strategy"),
        ("Lisa Gant, Water Conflicts, Oxford University Press, Oxford 2009, p. 12.", "Water Conflicts"),
        ("Ute Kahl, Arbeit im Wandel, Institut für Sozialforschung, Frankfurt a. M. 2001, S. 5.", "Arbeit im Wandel"),
        ("Jörg Brand, Die Wende in Sachsen, Leipziger Universitätsverlag, Leipzig 1999.", "Die Wende in Sachsen"),
        ("Eva Mohr, Staat, Kirche und Gesellschaft, München 1990.", "Staat, Kirche und Gesellschaft"),
        ("Ina Berg, Wissenschaft, Politik und Gesellschaft, Bonn 1998.", "Wissenschaft, Politik und Gesellschaft"),
    ]:
        assert _one(note).title == title, note


# --- a work not yet out: "(i.E.)", "(im Erscheinen)", "(im Druck)", "(forthcoming)" after its book's name, with the
# place before the mark in lieu of a year, is no part of the container
def test_a_forthcoming_mark_and_its_place_are_no_part_of_the_container():
    for note, title, container in [
        ("Paul Kern, 2006: Polen. In: Anna Vogt (Hrsg.): Jahrbuch der Europäischen Integration (i.E.).", "Polen",
         "Jahrbuch der Europäischen Integration"),
        ("Ole Hansen: Gewalt in der Familie, in: Uta Kern (Hg.): Jahrbuch der Kriminologie 2006, Baden-Baden (im "
         "Erscheinen).", "Gewalt in der Familie", "Jahrbuch der Kriminologie 2006"),
        ("Eva Ruf, Die Pflege im Wandel, in: Jan Ott (Hg.), Handbuch Pflege, Wiesbaden (im Druck).",
         "Die Pflege im Wandel", "Handbuch Pflege"),
        ("Jonas Wolf, The New Neighbourhood, in: Ian Hale (ed.), Europe and Its Borders, London (forthcoming).",
         "The New Neighbourhood", "Europe and Its Borders"),
    ]:
        ref = _one(note)
        assert (ref.title, ref.container) == (title, container), note
    assert _one("Karl Roth, Die Stadt im Druck der Märkte, Berlin 2004.").title == "Die Stadt im Druck der Märkte"
