"""A work cited twice in one note ("Die Regel gilt (vgl. Roth/Lang, AuR 2008, 400 f.). ... (so auch Roth/Lang, AuR
2008, 400 f.)."), as German law and policy notes cite an article once for a rule and once for its reading: two
references, and no short form besides them whose author is the journal. Hand-made notes, through the whole citation
step, with and without a reference list."""

import pytest

from litmine.citations.extract import extract_citations
from tests.citations.test_note_pointers import LIST, _paper

NOTE = ("1 Die Regel gilt (vgl. Roth/Lang, AuR 2008, 400 f.). Sie gilt auch für Vereinbarungen (so auch Roth/Lang, "
        "AuR 2008, 400 f.).")


@pytest.mark.parametrize("listed", [[], LIST])
def test_a_work_cited_twice_in_a_note_gives_two_references_and_no_short_form(listed):
    refs, _ = extract_citations(_paper([NOTE], listed))
    assert [(r.source, [a["surname"] for a in r.authors], r.container, r.year) for r in refs
            if r.source != "list"] == [("footnote", ["Roth", "Lang"], "AuR", 2008)] * 2


def test_a_work_cited_once_in_each_of_two_notes_is_as_before():
    refs, _ = extract_citations(_paper(["1 Vgl. Roth/Lang, AuR 2008, 400 f.", "2 So auch Roth/Lang, AuR 2008, 400 f."],
                                       LIST))
    assert [(r.source, r.container) for r in refs if r.source != "list"] == [("footnote", "AuR")] * 2
