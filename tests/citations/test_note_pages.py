"""A callout in a footnote that runs over a page break carries the page its words are printed on (issue 13)."""

from litmine.citations.extract import _footnote_citations
from litmine.models import place_callout
from litmine.models import Citation, Passage, Reference

_NOTE = "See the evaluation of the pilots by Kerr (2012) and, for the boards, Hughes and Baird (2004), at 12."


def _note() -> Passage:
    """A footnote printed on physical page 7 that goes on on page 8 from 'Hughes'."""
    return Passage(3, "footnote", _NOTE, page=7, start=500, end=500 + len(_NOTE),
                   sentences=[(0, len(_NOTE))], breaks=[(_NOTE.index("Hughes"), 8)])


def test_note_citing_by_itself_gives_each_reference_the_page_of_its_words():
    refs = [Reference(0, "Kerr, A. (2012) Pilots.", authors=[{"surname": "Kerr"}], year=2012),
            Reference(1, "Hughes, R. and Baird, J. (2004) Boards.", authors=[{"surname": "Hughes"}], year=2004)]
    found = _footnote_citations(_note(), refs, ["Kerr (2012)", "Hughes and Baird (2004)"])
    assert [(c.year, c.page, c.start) for c in found] == [(2012, 7, 500 + _NOTE.index("Kerr")),
                                                          (2004, 8, 500 + _NOTE.index("Hughes"))]


def test_short_form_callout_of_a_note_gets_the_page_at_its_offset():
    at = _NOTE.index("Hughes")
    c = place_callout(Citation(at, at + 22, "Hughes and Baird (2004)", year=2004), _note())
    assert (c.page, c.start, c.passage_index) == (8, 500 + at, 3)
    k = _NOTE.index("Kerr")
    assert place_callout(Citation(k, k + 11, "Kerr (2012)", year=2012), _note()).page == 7


def test_note_citing_a_body_gives_the_body_as_the_citations_author():
    """A reference whose author is a body ({"literal": ...}) gives its citation that name, not a blank surname."""
    from litmine.citations.footnote_fields import parse_footnote_reference
    raw = "Bundesagentur für Arbeit, Arbeitsmarkt in Zahlen, Nürnberg 2005, S. 12."
    text = f"Vgl. {raw}"
    note = Passage(4, "footnote", text, page=3, start=0, end=len(text), sentences=[(0, len(text))])
    ref = parse_footnote_reference(raw)
    person = Reference(1, "Kerr, A. (2012) Pilots.", authors=[{"surname": "Kerr", "given": "A."}], year=2012)
    found = _footnote_citations(note, [ref, person], [raw, "Kerr (2012)"])
    assert [c.authors for c in found] == [["Bundesagentur für Arbeit"], ["Kerr"]]
