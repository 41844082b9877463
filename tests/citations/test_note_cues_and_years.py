"""More German note conventions the footnote rules missed (issue 13, German footnote references; helper F27): a
sentence that opens with a demonstrative ("Dies zeigt sich auch bei Weber (Anm. 1)") is prose leading to a pointer,
not "dies." (the same author); the cues "zum Folgenden", "im Folgenden" and "siehe hierzu" lead to a reference and are no
part of it. Every note here is hand-made."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _backs(note: str) -> list[tuple[str, str]]:
    return [(e.text, e.name) for e in find_footnote_entries(note) if e.back]


@pytest.mark.parametrize("lead", ["Dies zeigt sich auch bei", "Diese Deutung vertritt auch",
                                  "Dieser Befund deckt sich mit"])
def test_a_demonstrative_opening_a_sentence_is_prose_before_a_pointer(lead):
    assert _backs(f"7 {lead} Weber (Anm. 1), S. 7.") == [("Weber (Anm. 1), S. 7.", "Weber")]


def test_the_abbreviation_with_its_full_stop_is_still_the_same_author():
    assert [(e.text, e.back, e.title) for e in find_footnote_entries("4 Dies., Familie (Anm. 2), S. 5.")] == [
        ("Dies., Familie (Anm. 2), S. 5.", True, "Familie")]
    assert [(e.text, e.ditto) for e in find_footnote_entries("5 Dies., Familie heute, Berlin 2005.")] == [
        ("Dies., Familie heute, Berlin 2005.", True)]


def test_a_pointer_after_a_demonstrative_resolves_to_the_work_it_names():
    refs, _ = extract_citations(_paper(["1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.",
                                        "2 Dies zeigt sich auch bei Weber (Anm. 1), S. 7."], []))
    assert [(r.source, r.raw, [a.get("surname") for a in r.authors], r.repeats) for r in refs] == [
        ("footnote", "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.", ["Weber"], None),
        ("short", "Weber (Anm. 1), S. 7.", ["Weber"], 0)]


@pytest.mark.parametrize("cue", ["Vgl. zum Folgenden", "Zum Folgenden", "Zum Folgenden:", "Vgl. im Folgenden",
                                 "Zum Folgenden vgl."])
def test_the_cue_zum_folgenden_is_no_part_of_the_reference(cue):
    assert [e.text for e in find_footnote_entries(f"3 {cue} Hans Ebner, Die Stadt, Berlin 1999, S. 3–5.")] == [
        "Hans Ebner, Die Stadt, Berlin 1999, S. 3–5."]
    assert [e.text for e in find_footnote_entries(f"4 {cue} Ebner, Hans: Die Stadt. Berlin 1999.")] == [
        "Ebner, Hans: Die Stadt. Berlin 1999."]


@pytest.mark.parametrize("cue", ["Vgl. zum Folgenden", "Siehe hierzu"])
def test_a_short_form_after_such_a_cue_is_kept(cue):
    assert _backs(f"5 {cue} Ebner 1999, S. 4.") == [("Ebner 1999, S. 4.", "Ebner")]


def test_the_cue_gives_no_given_name():
    refs, _ = extract_citations(_paper(["1 Vgl. zum Folgenden Hans Ebner, Die Stadt, Berlin 1999, S. 3–5."], []))
    assert [(r.raw, r.authors) for r in refs] == [
        ("Hans Ebner, Die Stadt, Berlin 1999, S. 3–5.", [{"given": "Hans", "surname": "Ebner"}])]
