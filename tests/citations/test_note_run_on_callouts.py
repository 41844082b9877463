"""A reference's author-year opening used as a callout in a note's sentence (issue 13, German footnote references;
helper F39): "Laut der Untersuchung von Wolf, K./ Lang, P. (2008) lag der Wert ...": the names surname first with
initials or given names and the year in brackets, then the sentence runs on in lower case. It is a short form of the
list's entry it names (the callout finder does not read inverted names), a reference of its authors and year where
no list resolves it, never a reference whose title is the rest of the sentence; the callouts of the sentence after
it are the note's. A reference puts a colon, a full stop, its title or "in:" after the year: no callout. Every note
here is hand-made, none copied from a paper."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


@pytest.mark.parametrize("note, text, name, year", [
    ("7 Laut der Untersuchung von Wolf, K./ Lang, P. (2008) lag der Wert 2006 bei 12 Wochen.",
     "Wolf, K./ Lang, P. (2008)", "Wolf/Lang", "2008"),
    ("3 Roth, Eva (2001) zeigt, dass die Zahl der Konten stieg.", "Roth, Eva (2001)", "Roth", "2001"),
    ("4 Nach Becker, T. (1999) sind die Werte seither gestiegen.", "Becker, T. (1999)", "Becker", "1999"),
    ("5 Wie Kuhn, A. und Sommer, B. (2012a) berichten, sank der Anteil.", "Kuhn, A. und Sommer, B. (2012a)",
     "Kuhn/Sommer", "2012"),
])
def test_run_on_callout_is_a_short_form(note, text, name, year):
    entries = find_footnote_entries(note)
    assert [(e.text, e.back, e.by_list, e.name, e.year) for e in entries] == [(text, True, True, name, year)]


@pytest.mark.parametrize("note", [
    "9 Wolf, K./ Lang, P. (2008): Arbeitszeitkonten in der Praxis. Berlin: Sigma.",
    "9 Wolf, K. (2008) Arbeitszeitkonten in der Praxis. Berlin: Sigma.",
    "9 Wolf, K. (2008) in: Roth, E. (Hg.): Zeit und Arbeit. Köln: Bund, S. 4-19.",
    "9 Vgl. Wolf, K. (2008), S. 12.",
])
def test_run_on_callout_not_a_reference_opening(note):
    assert not any(e.by_list for e in find_footnote_entries(note))


LIST = ["Wolf, K./ Lang, P. (2008): Arbeitszeitkonten in der Praxis. Berlin: Sigma.",
        "Wolf, K. (2008): Konten und Zeiten. Köln: Bund.",
        "Berg, T. (2004): Flexible Zeiten. Düsseldorf: Stiftung."]


def test_run_on_callout_repeats_the_entry_of_all_its_names_and_frees_the_callouts_after_it():
    refs, _ = extract_citations(_paper(["7 Laut der Untersuchung von Wolf, K./ Lang, P. (2008) lag der Wert 2006 bei "
                                        "12 Wochen. Ältere Zahlen waren niedriger (so bereits Berg 2004)."], LIST))
    notes = [(r.source, r.raw, r.year, r.repeats) for r in refs if r.source != "list"]
    assert notes == [("short", "Wolf, K./ Lang, P. (2008)", 2008, 0), ("short", "Berg 2004", 2004, 2)]


def test_run_on_callout_without_a_list_is_a_reference_of_its_authors_and_year():
    refs, _ = extract_citations(_paper(["3 Roth, Eva (2001) zeigt, dass die Zahl der Konten stieg."], []))
    assert [(r.source, r.raw, [a["surname"] for a in r.authors], r.year, r.title) for r in refs] == \
        [("footnote", "Roth, Eva (2001)", ["Roth"], 2001, None)]


def test_references_keep_distinct_indexes_when_an_unresolved_run_on_callout_comes_first():
    """A run-on callout no list resolves is parsed where it stands, after the note references were numbered in one
    batch: every reference still takes its own place in the list (a store keys them by document and index)."""
    refs, _ = extract_citations(_paper(
        ["3 Roth, Eva (2001) zeigt, dass die Zahl der Konten stieg.",
         "4 Kuhn, Anna: Zeit und Arbeit. Köln 2005, S. 12.",
         "5 Berg, Tom: Flexible Zeiten, Düsseldorf 2004, S. 3."], []))
    assert [r.index for r in refs] == list(range(len(refs)))
    assert len(refs) >= 3


@pytest.mark.parametrize("note", [
    "12 Die erste Fassung erschien im Januar 2004, die zweite folgte im Mai 2007 und die dritte im Juni 2011 (siehe "
    "Anhang).",
])
def test_a_month_and_year_with_a_remark_is_no_callout(note):
    """A month and its year before a comma and words in lower case are a date in a sentence, not an author-year
    callout with a remark (intext_notes._no_author: a word of a date is no name)."""
    refs, _ = extract_citations(_paper([note], []))
    assert [r.raw for r in refs] == []


def test_a_callout_with_a_remark_still_is_one():
    refs, _ = extract_citations(_paper(["7 Swank & Roth 2003, korrigiert und ergänzt durch eigene Daten."], []))
    assert [r.raw for r in refs] == ["Swank & Roth 2003"]
