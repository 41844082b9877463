"""German reference lists cut into one passage per line or run together by the PDF reader (issue 13, session 25):
running footers between entries, continuation lines of an entry, and entry starts the rules missed. All entries
are made up for these tests."""

from litmine.citations.extract import extract_citations
from litmine.citations.list_entries import clean_list_entries
from litmine.citations.references import merge_reference_passages, parse_reference
from litmine.citations.references_ditto import inherit_repeated_authors
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages


def _list_entries(lines: list[tuple[str, int]]) -> list[str]:
    """The list entries litmine finds after a "Literatur" heading whose blocks are the given (text, page) lines."""
    blocks = [Block("Die Verwaltung wandelt sich (Kessler 1995).", page=1), Block("Literatur", page=1, hint="heading")]
    _, passages = build_passages(blocks + [Block(text, page=page) for text, page in lines])
    refs, _ = extract_citations(passages)
    return [r.raw for r in refs if r.source == "list"]


def test_a_running_footer_between_entries_is_no_entry_tail():
    entries = _list_entries([
        ("Kessler, Hans (1995): Moderne Verwaltung. Bonn: Dietz.", 1),
        ("Lorenz, Ina (2003): Arbeitsmarkt und Staat. Köln: Bund.", 1),
        ("zfb 3/1 (2009), 10-30 28", 1),
        ("Meier, Karl (2001): Die Stadt. Berlin: Reimer.", 2),
        ("Nolte, Eva (1999): Ämter im Umbruch. Bonn: Dietz.", 2),
        ("zfb 3/1 (2009), 10-30 29", 2)])
    assert entries == ["Kessler, Hans (1995): Moderne Verwaltung. Bonn: Dietz.",
                       "Lorenz, Ina (2003): Arbeitsmarkt und Staat. Köln: Bund.",
                       "Meier, Karl (2001): Die Stadt. Berlin: Reimer.",
                       "Nolte, Eva (1999): Ämter im Umbruch. Bonn: Dietz."]


def test_co_authors_after_an_ampersand_open_a_run_on_entry():
    # the entry before lost its full stop (", Place: Publisher"); names joined by "&" (and ";") and a date follow
    block = ("Albers, Jana. (2004). Familie im Wandel. Opladen, Farmington Hills: Verlag Budrich Zorn, Kristine & "
             "Haber, Nina S. (2008). Getrennte Familien. Weinheim: Juventa Golińska, Stanisława; Brück, Marek & Ott, "
             "Lena. (2006). Arbeit und Pflege. Warszawa: IPiSS")
    entries = merge_reference_passages([block])
    assert [e.split()[0] for e in entries] == ["Albers,", "Zorn,", "Golińska,"]
    assert entries[0].endswith("Verlag Budrich")


def test_place_and_publisher_on_the_next_entrys_line_end_the_entry_before():
    # the entry before ended with its pages; its place and publisher open the next passage, then the next entry
    entries = merge_reference_passages([
        "Albers, Jana. (2010). Pflege als Arbeit. In Eva Roth (Hrsg.), Sorge (S. 47–68).",
        "Opladen, Farmington Hills: Verlag Budrich Zorn, Kristine & Haber, Nina. (2005). Getrennte Familien. "
        "Weinheim: Juventa"])
    assert entries == ["Albers, Jana. (2010). Pflege als Arbeit. In Eva Roth (Hrsg.), Sorge (S. 47–68). Opladen, "
                       "Farmington Hills: Verlag Budrich",
                       "Zorn, Kristine & Haber, Nina. (2005). Getrennte Familien. Weinheim: Juventa"]
    # a surname of two words cut by a line break is no place: "Thuan" stays with "Dao, T."
    entries = merge_reference_passages(["Eich, E./Roth, J.L., 1985: Memory for pain. Pain 23: 375-379.",
                                        "Feine, J.S./Thuan Dao, T./Lund, J.P., 1998: Memories of pain. Pain 77: 13-14."])
    assert [e.split()[0] for e in entries] == ["Eich,", "Feine,"]


# whole dated entries, one line each, that make the list a dated one (two thirds of its pieces or more have a date)
_DATED = ["Abel, Karin (1990): Staat und Recht. Bonn: Dietz.", "Beck, Ulf (1986): Risiken. Frankfurt/M.: Suhrkamp.",
          "Cramer, Tom (1993): Ungleichheit. Opladen: Leske.", "Diehl, Sara (2002): Lokale Politik. Opladen: Leske.",
          "Ewert, Franz (1999): Die Ämter. Köln: Bund.", "Fink, Lena (2004): Arbeit und Staat. Berlin: Reimer."]


def test_the_rest_of_an_entry_on_the_next_lines_stays_with_it():
    # one passage per printed line: an entry's book after "in: Ders.," ("Structure, New York" reads like a name), its
    # "In:" container after a full stop, and its journal line without a date all belong to the dated entry before
    entries = merge_reference_passages(_DATED + [
        "Kranz, Otto (1969), »Bürger und Staat«, in: Ders., Politik und soziale",
        "Struktur, New York, S. 252-291.",
        "Lang, Eva (2012): Essen und Nation im Sozialismus.",
        "In: Paula Roth und Mara Sahl (Hg.): Konsum im Kalten Krieg. Oxford: Oxford University Press. S. 169–196.",
        "Moll, Brigitte, 1995: Die Entwicklung des Sozialstaats aus der Sicht der Frauen.",
        "Zeitschrift für Frauenforschung, 1-2: 115-132.",
        "Nagel, Kurt, 2001: Stadtgeographie. Gotha: Klett."])
    assert [e.split()[0] for e in entries[len(_DATED):]] == ["Kranz,", "Lang,", "Moll,", "Nagel,"]
    kranz, lang, moll = entries[len(_DATED):len(_DATED) + 3]
    assert kranz.endswith("Politik und soziale Struktur, New York, S. 252-291.")
    assert lang.endswith("S. 169–196.") and moll.endswith("1-2: 115-132.")


def test_an_in_inside_a_title_is_no_container_and_back_matter_is_not_joined():
    # "in Socialist" inside a title is no chapter's "In:"; undated text after the list's last entry (a note on the
    # author) and a page number before a running head are not joined to the entry before
    entries = merge_reference_passages(_DATED + [
        "Lang, Eva (2012): Essen in Berlin und Wien.",
        "In: Paula Roth (Hg.): Konsum. Oxford: Oxford University Press. S. 1–19.",
        "Moll, Brigitte, 1995: Die Frauen.",
        "6018 Tagung Bedeutende Natur",
        "Nagel, Kurt, 2001: Stadtgeographie. Gotha: Klett.",
        "Zur Person Kurt Nagel, Dr., Geograph an der Universität Jena"])
    assert entries[len(_DATED)].endswith("S. 1–19.")
    assert "6018" not in entries[len(_DATED) + 1]
    assert entries[-2] == "Nagel, Kurt, 2001: Stadtgeographie. Gotha: Klett."


def test_an_entry_ending_with_in_goes_on_in_its_book():
    # the book after "in:" opens with its editors and may be dated "(im Erscheinen)": still the same entry
    entries = merge_reference_passages(_DATED + [
        "Wahl, Hans/Roth, Susanne (2007), »Wohnen im Alter«, in:",
        "Fernandez, Rocco (Hg.), Geropsychologie. Göttingen (im Erscheinen).",
        "Wahl, Hans/Ott, Frank (2005), »Altern«, in: Filipp, Sigrun (Hg.), Entwicklung, Göttingen, S. 209-250."])
    assert [e.split()[0] for e in entries[len(_DATED):]] == ["Wahl,", "Wahl,"]
    assert entries[len(_DATED)].endswith("in: Fernandez, Rocco (Hg.), Geropsychologie. Göttingen (im Erscheinen).")


def test_a_forthcoming_entry_without_a_year_is_kept():
    # "im Erscheinen" dates an entry as a year would: it is no stray fragment
    entries = clean_list_entries(merge_reference_passages([
        "Adler, Paul/Brandt, Otto, Erfolgreiche Nutzung des Netzes durch kleinere und",
        "mittlere Unternehmen, Wiesbaden, im Erscheinen.",
        "Brand, Tim (2006), »Wikis im Betrieb«, in: http://www.example.org/wiki (25. Oktober 2006)."]))
    assert [e.split()[0] for e in entries] == ["Adler,", "Brand,"]


def test_one_dash_before_a_date_opens_an_entry_of_the_same_author():
    # "– 2009:" after a URL or a full stop: a new work of the author before, who is inherited
    block = ("BMFS [Bundesministerium für Soziales] 2008: Lebenslagen. Unter: www.example.de/bericht.pdf – 2009: Mit "
             "Mut. Nationale Strategie. Unter: www.example.de/mut/ – (o.J.): Das Jahr 2010. Factsheet. Berlin. "
             "Bude, Heinz 2011: Die Unverwendbaren. München: Hanser.")
    entries = merge_reference_passages([block])
    assert [e.split()[0] for e in entries] == ["BMFS", "–", "–", "Bude,"]
    refs = inherit_repeated_authors([parse_reference(e) for e in entries])
    assert refs[1].authors == refs[0].authors and refs[2].authors == refs[0].authors
    assert merge_reference_passages(["Abel, K. 2001: Armut – 2010 gegen die Ausgrenzung. Bonn: Dietz."]) == [
        "Abel, K. 2001: Armut – 2010 gegen die Ausgrenzung. Bonn: Dietz."]


def test_a_body_editing_a_book_opens_a_run_on_entry():
    # the entry before ended with its publisher and no full stop; a foundation as editor and its date follow
    block = ("Born, Lucy (2000): Stiftungen der Zukunft. Los Angeles: University of Southern California Bertelsmann "
             "Stiftung (Hrsg.) (2003), Handbuch Stiftungen. Wiesbaden: Gabler")
    assert [e.split()[0] for e in merge_reference_passages([block])] == ["Born,", "Bertelsmann"]
