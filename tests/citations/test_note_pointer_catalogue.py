"""The hand-made catalogue of notes pointing back to a work an earlier note cites in full (issue 13; helper F53;
note_pointer_catalogue.py): the earlier notes and each pointer run through the whole citation step, the pointer's
references compared with the catalogue's (first author's or editor's name, year, first page). OPEN lists the notes
still read wrongly, so that a change that breaks a note read well fails here and one that mends an open note shows
up (remove it from OPEN)."""

import re

from litmine.citations.extract import extract_citations
from tests.citations.note_pointer_catalogue import EARLIER, NOTES
from tests.citations.test_note_pointers import _paper

# notes litmine does not read as the catalogue has them yet
OPEN = {"Muster 2004 (Anm. 1), S. 12.", "Siehe Weißbuch 2001 (Anm. 2), S. 27."}  # a year before the pointer

LIST = ["Vogt, R. (2006): Arbeit im Wandel. Berlin: Sigma."]


def read(note: str) -> list[tuple]:
    """The pointer note's references as (first author's or editor's name, else title, first page)."""
    passages = _paper([*EARLIER, "7 " + note], LIST)
    last = max(p.index for p in passages if p.kind == "footnote")
    refs, _ = extract_citations(passages)
    return [(next((n.get("surname") or n.get("literal") for n in (r.authors or r.editors or [])), r.title),
             (r.pages or "").split("-")[0] or None) for r in refs if r.source != "list" and r.passage_index == last]


def _bare(name: str) -> str:
    return re.sub(r"^(?:die|der|das|the)\s+", "", name, flags=re.I)


def _same(got: list[tuple], expected: list[tuple]) -> bool:
    """The same short forms in order, a name or title read with an article before it or not ("die Schlussfolgerungen")."""
    return len(got) == len(expected) and all(
        gn is not None and _bare(gn) == _bare(en) and gp == ep
        for (gn, gp), (en, ep) in zip(got, expected))


def test_catalogue_notes_read_well_stay_so():
    wrong = [(note, read(note)) for note, expected in NOTES if note not in OPEN and not _same(read(note), expected)]
    assert wrong == []


def test_catalogue_open_notes_are_listed_exactly():
    assert OPEN <= {note for note, _ in NOTES}
    mended = [note for note, expected in NOTES if note in OPEN and _same(read(note), expected)]
    assert mended == []


def test_pointers_in_square_brackets_by_fussnote_and_above_n():
    """"Muster [Anm. 1], S. 12.", "Muster (Fußnote 1), S. 12.", "Smith (above n. 6), p. 12.": pointers to the note
    citing the work in full; before, these forms were no cue (footnote_fields.may_cite) and no short form
    (footnotes._SHORT), and the note gave nothing."""
    from litmine.citations.footnote_fields import may_cite

    assert read("Muster [Anm. 1], S. 12.") == [("Muster", "12")]
    assert read("Muster (Fußnote 1), S. 12.") == [("Muster", "12")]
    assert read("Smith (above n. 6), p. 12.") == [("Smith", "12")]
    assert may_cite("8 Muster [Anm. 1].") and not may_cite("8 Das zeigt die Tabelle [oben].")


def test_a_work_pointed_back_to_by_its_title_or_a_bodys_name():
    """"Weißbuch (Anm. 2), S. 27.", "Eurobarometer 64 (Anm. 3).", "Europäische Kommission (Anm. 2)", "die
    Schlussfolgerungen des Vorsitzes (Anm. 5)": the words before a pointer by note number name the work by its title
    or its body, not by one surname; the short form is kept with the title it prints (or the body as its name)
    where an earlier note's reference holds the words (footnotes._by_words). Before, the pointer named no author of
    an earlier reference and was dropped. Words no earlier reference holds stay unresolved."""
    assert read("Siehe Weißbuch (Anm. 2), S. 27.") == [("Weißbuch", "27")]
    assert read("Eurobarometer 64 (Anm. 3).") == [("Eurobarometer 64", None)]
    assert read("Europäische Kommission (Anm. 2), S. 27.") == [("Europäische Kommission", "27")]
    assert read("Vgl. Grünbuch (Anm. 2), S. 3.") == [("Grünbuch", "3")]  # no earlier note holds it: a short form of
    # no work, its words and page (F62: test_note_pointers.test_a_named_short_form_nothing_resolves_is_kept)
    assert read("Muster (Anm. 1), S. 12.") == [("Muster", "12")]  # a surname stays the author's


def test_a_short_title_and_its_author_before_aao():
    """"Vgl. Muster, Die neue Mitte, a.a.O., S. 12.", "Smith, The Long Peace, op. cit., p. 12.": the author's surname
    and a short title before "a.a.O."/"op. cit." (footnotes._NAME_THEN_TITLE); before, the short form's name was
    the surname and title together. "Weißbuch, a.a.O., S. 27.": a title alone, resolved by the earlier note's words
    (_TITLE_BY_OPCIT); before, dropped."""
    assert read("Vgl. Muster, Die neue Mitte, a.a.O., S. 12.") == [("Muster", "12")]
    assert read("Smith, The Long Peace, op. cit., p. 12.") == [("Smith", "12")]
    assert read("Weißbuch, a.a.O., S. 27.") == [("Weißbuch", "27")]
    assert read("Muster, a.a.O., S. 12.") == [("Muster", "12")]
