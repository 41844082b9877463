"""Notes numbered anew per chapter or appendix (reports, books): each note is a note of its own, and a superscript
mark calls the note with its number on its page, else the first one after it, else the nearest before it
(extract._called_note). Hand-made passages."""

from litmine.citations.extract import extract_citations
from litmine.models import Passage


def _document(rows: list[tuple[str, str, int | None, list[tuple[int, str]]]]) -> list[Passage]:
    """Passages of (kind, text, page, marks), laid out one after another."""
    out: list[Passage] = []
    start = 0
    for kind, text, page, marks in rows:
        p = Passage(index=len(out), kind=kind, text=text, page=page, start=start, end=start + len(text))
        p.marks = marks
        out.append(p)
        start += len(text) + 2
    return out


WEBER = "1 Vgl. Weber, Max (1922): Wirtschaft und Gesellschaft. Tübingen: Mohr, S. 12."
LUHMANN = "1 Vgl. Niklas Luhmann, Soziale Systeme, Frankfurt am Main 1984, S. 30."


def _cited(refs, cits) -> list[tuple[int, int | None, str]]:
    """(passage of the citation, its page, the cited reference's first words) of each footnote citation."""
    return [(c.passage_index, c.page, refs[c.reference_index].raw[:12]) for c in cits if c.style == "footnote"]


def test_note_numbers_restart_a_mark_calls_the_note_on_its_page():
    """Two chapters, each with notes 1 and 2: a mark cites the references of its own page's note only."""
    ps = _document([("body", "Die Verwaltung wächst.1 Sie wächst weiter.2", 1, [(22, "1"), (43, "2")]),
                    ("footnote", WEBER, 1, []),
                    ("footnote", "2 Dazu unten mehr.", 1, []),
                    ("heading", "Kapitel 2", 3, []),
                    ("body", "Die Reform bleibt aus.1 Sie bleibt weiter aus.2", 3, [(22, "1"), (46, "2")]),
                    ("footnote", LUHMANN, 3, []),
                    ("footnote", "2 Anders Ulrich Beck, Risikogesellschaft, Frankfurt am Main 1986, S. 25.", 3, [])])
    refs, cits = extract_citations(ps)
    assert [r.passage_index for r in refs] == [1, 5, 6]
    # page 1's mark 2 calls a note of prose: no citation; page 3's marks their own notes, not page 1's note 1
    assert _cited(refs, cits) == [(0, 1, "Weber, Max ("), (4, 3, "Niklas Luhma"), (4, 3, "Anders Ulric")]


def test_note_numbers_restart_a_mark_whose_note_holds_no_reference_cites_nothing():
    """Page 3's note 1 is prose: its mark cites nothing, not the reference of page 1's note 1."""
    ps = _document([("body", "Die Verwaltung wächst.1", 1, [(22, "1")]),
                    ("footnote", WEBER, 1, []),
                    ("body", "Die Reform bleibt aus.1", 3, [(22, "1")]),
                    ("footnote", "1 Das gilt auch für die Länder.", 3, [])])
    refs, cits = extract_citations(ps)
    assert _cited(refs, cits) == [(0, 1, "Weber, Max (")]


def test_note_numbers_restart_endnotes_of_each_chapter():
    """Endnotes at each chapter's end: a mark with no note of its number on its page calls the first one after it."""
    ps = _document([("body", "Die Verwaltung wächst.1", 1, [(22, "1")]),
                    ("heading", "Anmerkungen", 2, []),
                    ("footnote", WEBER, 2, []),
                    ("body", "Die Reform bleibt aus.1", 4, [(22, "1")]),
                    ("heading", "Anmerkungen", 5, []),
                    ("footnote", LUHMANN, 5, [])])
    refs, cits = extract_citations(ps)
    assert _cited(refs, cits) == [(0, 1, "Weber, Max ("), (3, 4, "Niklas Luhma")]


def test_note_numbers_restart_notes_no_mark_calls_cite_their_own_references():
    """Without marks (plain text, no pages) each note cites its own references, in its own passage."""
    ps = _document([("body", "Die Verwaltung wächst.", None, []), ("footnote", WEBER, None, []),
                    ("body", "Die Reform bleibt aus.", None, []), ("footnote", LUHMANN, None, [])])
    refs, cits = extract_citations(ps)
    assert [(c.passage_index, c.reference_index) for c in cits] == [(1, 0), (3, 1)]
    assert cits[1].surface.startswith("Niklas Luhmann")


def test_note_numbers_restart_a_callout_is_judged_against_its_own_note():
    """Chapter 1's note 1 holds a reference whose "Weber, Max (1922)" reads as a callout, and a short form after
    it: the callout inside the reference is no short form; the one outside it is, linked to the list."""
    ps = _document([("body", "Die Verwaltung wächst.1", 1, [(22, "1")]),
                    ("footnote", WEBER[:-1] + "; zur Kritik Dolph (1970), S. 16.", 1, []),
                    ("heading", "Kapitel 2", 3, []),
                    ("body", "Die Reform bleibt aus.1", 3, [(22, "1")]),
                    ("footnote", LUHMANN, 3, []),
                    ("heading", "Literatur", 5, []),
                    ("reference", "Dolph, Hans (1970): Die Kritik der Verwaltung. Berlin: Duncker.", 5, [])])
    refs, cits = extract_citations(ps)
    assert [(r.source, r.raw[:12], r.repeats) for r in refs] == [
        ("list", "Dolph, Hans ", None), ("footnote", "Weber, Max (", None), ("footnote", "Niklas Luhma", None),
        ("short", "Dolph (1970)", 0)]
    assert [(c.surface, c.reference_index) for c in cits if c.style == "author-year"] == [("Dolph (1970)", 0)]
