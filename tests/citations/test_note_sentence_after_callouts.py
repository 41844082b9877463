"""A note's sentence that goes on in lower case after a bracket of author-year callouts (issue 13, German footnote
references; helper F39): 'Man denke nur an die so genannte "Lohnlücken-Debatte" (Krause 1998; 2001) oder etwa an
die Bremer Schule.' is prose citing Krause twice, no reference titled by its quoted word; the bracket's callouts
are the note's short forms. A reference that opens with its authors keeps its brackets ("Hans Roth, Die Stadt
(zuerst 1921), Berlin 1990"). Every note here is hand-made, none copied from a paper."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper

LIST = ["Krause, P. (1998): Lohn und Leistung. Berlin: Sigma.", "Krause, P. (2001): Lücken. Berlin: Sigma."]


def test_sentence_after_a_bracket_of_callouts_is_no_reference():
    note = ('2 Man denke hier nur an die so genannte "Lohnlücken-Debatte" (Krause 1998; 2001) oder etwa an die '
            'Arbeiten der Bremer Schule.')
    assert not [e for e in find_footnote_entries(note) if not e.back]
    refs, _ = extract_citations(_paper([note], LIST))
    assert [(r.source, r.year, r.repeats) for r in refs if r.source != "list"] == [("short", 1998, 0),
                                                                                    ("short", 2001, 1)]


def test_a_reference_keeps_its_brackets():
    assert [e.text for e in find_footnote_entries("4 Hans Roth, Die Stadt (zuerst 1921), Berlin 1990, S. 4.")] == \
        ["Hans Roth, Die Stadt (zuerst 1921), Berlin 1990, S. 4."]
    assert [e.text for e in find_footnote_entries("5 Vgl. Lang, Eva: Arbeit im Wandel (Berlin 1995) und danach. "
                                                  "Köln 2001.")][0].startswith("Lang, Eva: Arbeit im Wandel")
