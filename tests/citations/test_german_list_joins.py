"""German reference lists cut into one passage per line or run together by the PDF reader (issue 13, session 25):
running footers between entries, continuation lines of an entry, and entry starts the rules missed. All entries
are made up for these tests."""

from litmine.citations.extract import extract_citations
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
