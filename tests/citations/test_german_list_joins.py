"""German reference lists cut into one passage per line or run together by the PDF reader (issue 13, session 25):
running footers between entries, continuation lines of an entry, and entry starts the rules missed. All entries
are made up for these tests."""

from litmine.citations.extract import extract_citations
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages
from litmine.citations.references import merge_reference_passages


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
    # the entry before lost its full stop (", Place: Publisher"); names joined by "&" and "und" and a date follow
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
