"""A publisher's list of its own titles at the end of a paper ("Publikationen des Instituts", "Recent
publications") is no reference list, while a list without a heading still is one. Texts written here by hand."""

from litmine.citations.extract import extract_citations
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages

_ENTRIES = ["Roth, Anna: Arbeit und Stadt im Wandel, 40 S., Bonn 2006, ISBN 3-88985-301-1",
            "Vogt, Peter: Entwicklung und Handel in Westafrika, 35 S., Bonn 2006, ISBN 3-88985-302-X",
            "Kern, Ulla: Wasser und Landwirtschaft im Vergleich, 52 S., Bonn 2005, ISBN 3-88985-303-8",
            "Busch, Olaf: Steuern und Staat in Ostasien, 28 S., Bonn 2005, ISBN 3-88985-304-6"]
_BODY = [Block("Einleitung", hint="heading"),
         Block("Die Studie fragt, wie sich Arbeit und Handel in den letzten Jahren verändert haben und warum. " * 3)]


def test_a_publisher_list_under_its_heading_is_no_reference_list():
    _, ps = build_passages(_BODY + [Block("Publikationen des Instituts", hint="heading"),
                                    Block("Discussion Paper", hint="heading")] +
                           [Block(f"{13 - i}/2006 {e}") for i, e in enumerate(_ENTRIES)])
    refs, _ = extract_citations(ps)
    assert refs == []


def test_a_trailing_list_without_a_heading_is_still_read():
    _, ps = build_passages(_BODY + [Block(e) for e in _ENTRIES])
    refs, _ = extract_citations(ps)
    assert [r.authors[0]["surname"] for r in refs] == ["Roth", "Vogt", "Kern", "Busch"]
