"""Author-year callouts that notes write without brackets (intext_notes.find_note_callouts), read by the callout
finder for notes only, and kept by short_forms.note_short_forms when they link to the reference list."""

from litmine.citations.extract import extract_citations
from litmine.citations.intext import callout_spans, find_callouts
from litmine.citations.intext_notes import find_note_callouts
from litmine.models import Passage


def brief(text):
    return [(c.surface, c.authors, c.et_al, c.year, c.year_suffix, c.pages)
            for c in find_note_callouts(text, callout_spans(text))]


def test_intext_notes_reads_names_years_and_pages_without_brackets():
    assert brief("4 Vgl. Brandt 1998b, S. 41; Krause/Lehmann 2004: 7.") == [
        ("Brandt 1998b, S. 41", ["Brandt"], False, 1998, "b", "41"),
        ("Krause/Lehmann 2004: 7", ["Krause", "Lehmann"], False, 2004, "", "7")]
    assert brief("9 So bei Albers und Roth 2011 sowie Kern u. a. 2009: 21.") == [
        ("Albers und Roth 2011", ["Albers", "Roth"], False, 2011, "", None),
        ("Kern u. a. 2009: 21", ["Kern"], True, 2009, "", "21")]
    assert brief("2 Siehe Vogel/Kühn/Albers 2003 und von der Linde 1999.") == [
        ("Vogel/Kühn/Albers 2003", ["Vogel", "Kühn", "Albers"], False, 2003, "", None),
        ("von der Linde 1999", ["von der Linde"], False, 1999, "", None)]
    assert brief("3 Vgl. dazu Brandt\n1998.")[0][1:4] == (["Brandt"], False, 1998)  # a line break before the year


def test_intext_notes_names_joined_by_commas_only_after_a_cue():
    """"siehe Vogel, Kühn, Albers 2005" cites three authors; a comma list after any other word is a list of things
    before the one name that cites ("über Familie, Beruf, Albers 2003"), and a place never opens the list."""
    assert brief("4 Siehe Vogel, Kühn, Albers 2005.") == [
        ("Vogel, Kühn, Albers 2005", ["Vogel", "Kühn", "Albers"], False, 2005, "", None)]
    assert [c[1] for c in brief("5 Daten über Familie, Beruf, Albers 2003 fehlen.")] == [["Albers"]]
    assert [c[1] for c in brief("6 Anders in Deutschland, Albers 2003.")] == [["Albers"]]


def test_intext_notes_leaves_dates_titles_nouns_and_bracketed_callouts():
    assert brief("5 Im Jahr 2004 stieg sie, seit Juni 2008 und Ende 2005 nicht mehr.") == []
    assert brief("6 Der Civil Contingencies Act 2004 und die Exercise Winter Willow 2007 gelten.") == []
    assert brief("7 Die Forschung 2004 und die Gesellschaft 1990.") == []
    # a bracketed callout is find_callouts' reading, not this one's
    text = "8 Vgl. Brandt (1998), S. 4 und (Kern u. a. 2009: 21)."
    assert brief(text) == [] and [c.authors for c in find_callouts(text)] == [["Brandt"], ["Kern"]]
    assert find_callouts("9 Vgl. Brandt 1998b, S. 41.") == []  # body text and find_callouts: never read


def test_intext_a_closing_quote_before_a_narrative_callout():
    """A straight quote after a full stop closes a quotation: the name after it cites; an opening quote before a
    bracketed year still marks a title."""
    assert [c.surface for c in find_callouts('4 "Sie wächst nur langsam." Brandt (1998), S. 23.')] == \
        ["Brandt (1998)"]
    assert find_callouts('im Bericht "Leitfaden (2004)" steht') == []
    assert find_callouts('im Bericht „Leitfaden (2004)“ steht') == []  # German opening quotes too
    assert find_callouts('im Bericht «Leitfaden (2004)» steht') == []


def _passages(notes: list[str], listed: list[str]) -> list[Passage]:
    out: list[Passage] = []
    start = 0
    for kind, text in [("body", "Die Suche dauert.3"), *(("footnote", n) for n in notes), ("heading", "Literatur"),
                       *(("reference", r) for r in listed)]:
        out.append(Passage(index=len(out), kind=kind, text=text, start=start, end=start + len(text), page=1))
        start += len(text) + 2
    out[0].marks = [(17, "3")]
    return out


def test_intext_notes_short_forms_take_the_finder_names():
    """note_short_forms keeps what the finder reads: three names, a name with its particles; only callouts that link
    to the list, only in notes."""
    ps = _passages(["3 Ähnlich argumentieren auch Vogel/Kühn/Albers 2003: 12, die wir hier nicht wiederholen; anders "
                    "sieht es bei von der Linde 1999 aus, seit der Reform 2004."],
                   ["Vogel, Jan/Kühn, Eva/Albers, Tom (2003): Suchverläufe. Nürnberg.",
                    "von der Linde, Karl (1999): Arbeitsmärkte im Wandel. Berlin."])
    refs, cits = extract_citations(ps)
    assert [([a["surname"] for a in r.authors], r.year, r.pages, r.repeats) for r in refs if r.source == "short"] == [
        (["Vogel", "Kühn", "Albers"], 2003, "12", 0), (["von der Linde"], 1999, None, 1)]
    assert [(c.surface, c.reference_index) for c in cits] == [("Vogel/Kühn/Albers 2003: 12", 0),
                                                              ("von der Linde 1999", 1)]


def test_intext_notes_page_after_a_comma_without_a_word_for_it():
    """Author-date styles print the page after a comma ("(Smith 2005, 12)"), German notes too ("Mayntz 1983, 5"):
    a page when it is a number that is no year and closes the item; a year list and a count of things are not."""
    assert [(c.surface, c.pages) for c in find_callouts("as shown (Smith 2005, 12; Jones 2007, 3-5).")] == [
        ("Smith 2005, 12", "12"), ("Jones 2007, 3-5", "3-5")]
    assert [(c.surface, c.pages) for c in find_callouts("see Smith (2005, 12 f.) on this")] == [
        ("Smith (2005, 12 f.)", "12f.")]
    assert [(c.year, c.pages) for c in find_callouts("(Smith 2005, 2007)")] == [(2005, None), (2007, None)]
    assert [(c.year, c.pages) for c in find_callouts("(Smith 2005, 12 cases)")] == [(2005, None)]
    assert [(c.surface, c.pages) for c in find_note_callouts("4 Vgl. Mayntz 1983, 5; Bauer 2010, 17 Fälle.")] == [
        ("Mayntz 1983, 5", "5"), ("Bauer 2010", None)]
