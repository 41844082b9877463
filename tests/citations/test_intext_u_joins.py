"""German "u." for "und" between two authors' names (issue 13, German footnote references; helper F39): "Müller u.
Schmidt 2001", "(Becker u. Lange 1998: 45)", and the surnames in capitals of geography's and planning's source lines
("Quellen: KRAUSE u. WEBER 2003, Abb. 3"); a further year after "u." ("Müller 2001 u. 2003"). "u. a." stays "et al.",
and "u." before a word in lower case or a figure joins no names. Every text here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.intext import find_callouts
from litmine.citations.intext_notes import find_note_callouts
from tests.citations.test_note_pointers import _paper


def brief(cs):
    return [(c.surface, c.authors, c.et_al, c.year, c.pages) for c in cs]


def test_u_joins_the_names_of_a_bracketed_callout():
    assert brief(find_callouts("so jedenfalls (Becker u. Lange 1998: 45).")) == \
        [("Becker u. Lange 1998: 45", ["Becker", "Lange"], False, 1998, "45")]
    assert brief(find_callouts("wie Becker u. Lange (1998) zeigen"))[0][1] == ["Becker", "Lange"]


def test_u_joins_the_names_of_a_note_callout():
    assert brief(find_note_callouts("3 Vgl. Müller u. Schmidt 2001, S. 12.")) == \
        [("Müller u. Schmidt 2001, S. 12", ["Müller", "Schmidt"], False, 2001, "12")]
    assert brief(find_note_callouts("Quellen: KRAUSE u. WEBER 2003, Abb. 3"))[0][:2] == \
        ("KRAUSE u. WEBER 2003", ["KRAUSE", "WEBER"])


def test_u_joins_a_further_year():
    assert [(c.authors, c.year) for c in find_note_callouts("6 Vgl. Müller 2001 u. 2003.")] == \
        [(["Müller"], 2001), (["Müller"], 2003)]


def test_u_a_stays_et_al_and_u_before_lower_case_joins_nothing():
    assert brief(find_callouts("(Krause u. a. 2009: 21)")) == [("Krause u. a. 2009: 21", ["Krause"], True, 2009, "21")]
    assert brief(find_note_callouts("4 Vgl. Krause u. a. 2009."))[0][1:3] == (["Krause"], True)
    assert [c.authors for c in find_note_callouts("5 So Müller u. dessen Schüler 2004.")] == [["Schüler"]]
    assert [c.authors for c in find_note_callouts("5 Vgl. Abb. 3 u. 4, Müller 2004.")] == [["Müller"]]


LIST = ["Müller, H. u. E. Schmidt (2001): Die Stadt. Berlin: Springer.",
        "KRAUSE, T. u. M. WEBER (2003): Italien im Wandel. Leipzig: Institut für Länderkunde."]


def test_u_joined_short_forms_in_notes_and_source_lines_link():
    refs, _ = extract_citations(_paper(["1 Vgl. Müller u. Schmidt 2001, S. 12.", "2 So auch KRAUSE u. WEBER 2003."],
                                       LIST))
    shorts = [(r.raw, [a["surname"] for a in r.authors], r.year, r.repeats) for r in refs if r.source == "short"]
    assert shorts == [("Müller u. Schmidt 2001, S. 12", ["Müller", "Schmidt"], 2001, 0),
                      ("KRAUSE u. WEBER 2003", ["KRAUSE", "WEBER"], 2003, 1)]
