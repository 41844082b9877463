"""A source cited by author and year and a remark in lower case after its comma, as source lines qualify their
source (issue 13, German footnote references; helper F39): "Quelle: Swank & Roth 2003, korrigiert und aktualisiert
durch Einbeziehung neuer Daten": the callout is the reference (a short form of the list's entry, or a reference of
its authors and year), the remark no title. A page, a signal or "in:" after the comma is no remark. Every note here
is hand-made, none copied from a paper."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper

NOTE = "Quelle: Swank & Roth 2003, korrigiert und aktualisiert u. a. durch Einbeziehung neuer Daten; Länder fehlen."


def test_source_remark_is_no_title():
    assert [(e.text, e.back, e.name, e.year) for e in find_footnote_entries(NOTE)] == \
        [("Swank & Roth 2003", True, "Swank/Roth", "2003")]
    refs, _ = extract_citations(_paper([NOTE], []))
    assert [(r.raw, [a["surname"] for a in r.authors], r.year, r.title) for r in refs] == \
        [(NOTE, ["Swank", "Roth"], 2003, None)]  # a note that is a source line: the line its raw (helper F42)


def test_source_remark_repeats_the_listed_work():
    refs, _ = extract_citations(_paper([NOTE], ["Swank, D./Roth, E. (2003): Parteien in Europa. Berlin: Sigma."]))
    assert [(r.source, r.raw, r.repeats) for r in refs if r.source != "list"] == [("short", NOTE, 0)]


@pytest.mark.parametrize("note", ["3 Müller 2001, S. 4, und Roth 2003.",
                                  "4 Weber 1922, in: Gesammelte Aufsätze, Tübingen 1922.",
                                  "5 Roth 2003, vgl. auch Müller 2001."])
def test_no_remark_after_a_page_a_signal_or_in(note):
    assert not any(e.by_list for e in find_footnote_entries(note))
