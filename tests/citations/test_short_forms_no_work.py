"""A note's name and year that the reference list does not resolve and that names no work (issue 13, German footnote
references; helper F39): litmine keeps a note's unresolved author-year callout as a short form of no work, but not
where the text around it says it is no citation: a contraction of a preposition and an article before the name,
which no person's name takes ("die Wende im Jemen 1962": a place and a date); a code of one capital letter where the
page would stand ("(NACE 2006: G)": a classification's section); words in lower case going on inside the bracket
after the year ("Schatten (2003, im japanischen Original Kage)": a thing named with its year). A callout with its
page or a remark that singles the page out ("(Lorenz 2003, hier S. 4)") stays. Every note here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.short_forms import _no_work_around
from litmine.models import Citation, Passage
from tests.citations.test_note_pointers import _paper

LIST = ["Meyer, K. (2001): Arbeit im Betrieb. Berlin: Sigma."]


def _shorts(notes: list[str]) -> list[str]:
    refs, _ = extract_citations(_paper(notes, LIST))
    return [r.raw for r in refs if r.source == "short"]


def test_a_place_after_a_contraction_is_no_short_form():
    assert _shorts(['5 Alle Umbrüche hießen "revolutionär" (die Revolte der Offiziere, die Wende im Jemen 1962, der '
                    'Putsch im Irak 1968 etc.), war doch jede Opposition verboten.']) == []


def test_a_classification_code_is_no_short_form():
    assert _shorts(['4 Dies sind nicht nur Ämter im engeren Sinn. Zu dieser Gruppe zählt auch eine größere Zahl an '
                    'Betrieben aus den Sektoren "Handel (NACE 2006: G)", "Verkehr und Lagerei (NACE 2006: H)" und '
                    '"Gastgewerbe" (NACE 2006: I).']) == []


def test_an_unresolved_callout_with_its_page_stays():
    assert _shorts(["7 Die Zahl der Betriebe stieg deutlich, wie schon früher gezeigt wurde (Lorenz 2003, hier S. 4).",
                    "8 Dies war lange bekannt, wie eine ältere Untersuchung zeigte (Hartmann 2002, insbes. S. 40)."]) == \
        ["Lorenz 2003, hier S. 4).", "Hartmann 2002, insbes. S. 40)."]


def test_words_in_lower_case_after_the_year_inside_the_bracket():
    text = "So bannt der Spieler in Tecmos Spiel Schatten (2003, im japanischen Original Kage) Geister."
    p = Passage(index=0, kind="footnote", text=text, start=0, end=len(text))
    at = text.index("Schatten")
    named = Citation(start=at, end=text.index("2003") + 4, surface="Schatten (2003", authors=["Schatten"], year=2003)
    assert _no_work_around(named, p)
    text2 = "So auch Lorenz (2003, S. 4) und andere."
    p2 = Passage(index=0, kind="footnote", text=text2, start=0, end=len(text2))
    cited = Citation(start=8, end=text2.index("2003") + 4, surface="Lorenz (2003", authors=["Lorenz"], year=2003)
    assert not _no_work_around(cited, p2)
