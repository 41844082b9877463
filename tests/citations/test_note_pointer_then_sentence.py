"""A note whose author-year pointers, closed by a full stop, are followed by a sentence of the author's own (issue
13, German footnote references; helper F45): "Siehe dazu Fuchs/Lamnek 1996, Heitmeyer 1996: 184 f. Letztere
unterscheiden ...", "Vgl. Müller 1996, S. 12. Er unterscheidet verschiedene Arten von Gewalt." The pointers are short
forms (the note's callouts), the sentence no part of any reference; before, the sentence had too few of the
function words _is_prose counts, and the segmenter's stretch was kept whole as one reference. Not when what follows
names a work (authors and a year) or is too short to be a sentence. Every note here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper

LIST = ["Fuchs, M./Lamnek, S. (1996): Gewalt an Schulen. Opladen: Leske.",
        "Heitmeyer, W. (1996): Gewalt. Weinheim: Juventa.",
        "Müller, K. (1996): Arbeit und Gewalt. Berlin: Sigma."]


def _refs(note: str) -> list[tuple[str, str]]:
    refs, _ = extract_citations(_paper([note], LIST))
    return [(r.source, r.raw) for r in refs if r.source != "list"]


def test_pointers_then_a_sentence_are_short_forms_alone():
    assert _refs("16 Siehe dazu Fuchs/Lamnek 1996, Heitmeyer 1996: 184 f. Letztere unterscheiden hinsichtlich der "
                 "Opfer verschiedene Arten von Gewalt (z.B. Schläge, Einsperren) und kommen dadurch zu anderen "
                 "Ergebnissen.") == [("short", "Fuchs/Lamnek 1996"), ("short", "Heitmeyer 1996: 184 f.")]
    assert [e.text for e in find_footnote_entries(
        "5 Vgl. Müller 1996, S. 12. Er unterscheidet verschiedene Arten von Gewalt.")] == ["Müller 1996, S. 12."]


def test_a_work_after_the_pointer_stays_a_reference():
    assert [e.text for e in find_footnote_entries(
        "3 Vgl. Müller 1996, S. 12. Weber, Max: Wirtschaft und Gesellschaft. Tübingen 1922.")] == [
        "Müller 1996, S. 12.", "Weber, Max: Wirtschaft und Gesellschaft. Tübingen 1922."]


def test_a_dated_or_short_sentence_after_the_pointer_is_left_as_before():
    from litmine.citations.footnotes import _short_before_prose

    assert _short_before_prose("Müller 1996, S. 12. Die Studie der Kommission für Arbeit und Umwelt 2001 folgt.") == \
        "Müller 1996, S. 12. Die Studie der Kommission für Arbeit und Umwelt 2001 folgt."
    assert _short_before_prose("Müller 1996, S. 12. Anders Weber.") == "Müller 1996, S. 12. Anders Weber."
