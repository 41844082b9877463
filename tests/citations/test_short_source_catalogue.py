"""The hand-made catalogue of short sources in German notes (issue 13; helper F59; short_source_catalogue.py): each
note run through the whole citation step (extract_citations on a small paper with the catalogue's reference list),
its references (not the list's) compared with the catalogue's fields (only the fields the catalogue gives; u the
URL; a surname with a particle compared whole). OPEN lists the shapes still read wrongly, so that a change that
breaks a shape read well fails here and one that mends an open shape shows up (remove it from OPEN). The note's
verdicts: none (no reference), extra (a reference where the catalogue has none), merged/split (fewer/more references
than the catalogue), fields (a field differs)."""

from litmine.citations.extract import extract_citations
from tests.citations.short_source_catalogue import LIST, NOTES
from tests.citations.test_full_reference_catalogue import _field_right, _fields, _norm
from tests.citations.test_full_reference_catalogue import verdict as full_verdict
from tests.citations.test_note_pointers import _paper

# shapes litmine does not read as the catalogue has them yet, by the class of the error
OPEN = {
    # none: no reference output
    'Sie sagte: »Niemand hat die Absicht, das Verfahren zu verzögern oder die Öffentlichkeit zu täuschen« (Der '
    'Standard, 12.3.2006, S. 2).',
    '§ 25 Gesetz über aktive Sozialpolitik.',
    'Vgl. § 12 Gesetz über die Gleichstellung behinderter Menschen.',
    'Art. 13 EG-Vertrag.',
    'Aufgedeckt wurde der Skandal durch die Feststellungen einer Kommission (http://www.example.ch/akten.html).',
    'Husserl Ideen: § 182',
    '(Husserl Ideen: § 182).',
    'Vgl. Husserl, Ideen, § 27.',
    'Kant, KrV B 75.',
    'Vgl. Lexikon 1986: 112.',
    'Das Zitat fand Verbreitung durch das Gedicht Ich will dich (1970) von Hilde Domin, in dem es heißt: '
    '»Worte möchte ich mit Glassplittern spicken«.',
    # merged: fewer references than the catalogue
    'Vgl. § 1 Abs. 2 Nr. 3 SGB V und § 5 BetrVG.',
    'Vgl. BGG § 4 und SGB IX § 2.',
    # fields: a field differs
    'Vgl. SGB II § 7 Abs. 1.',
    'So schon von Matt (2001).',
    'Die Autobiographie von Friedrich Reuß ist veröffentlicht (2001).',
    'Th. W. Adorno, Minima Moralia, Frankfurt a. M. 1951, S. 42.',
    'Ph. Berger, Ch. Lenz, Die Stadt und ihre Ränder, Wien 2008, S. 11.',
}


def read(note: str) -> list[dict]:
    """The note's references as the catalogue's fields, the URL as u."""
    refs, _ = extract_citations(_paper(["1 " + note], LIST))
    return [dict(_fields(r), u=_norm(r.url)) for r in refs if r.source != "list"]


def _right(key: str, got, want) -> bool:
    if key == "u":
        return got == _norm(want)
    if key == "a" and want and want[0].islower():  # "zu Löwenstein": the particle is part of the surname
        return got == want
    return _field_right(key, got, want)


def verdict(note: str, expected: list[dict]) -> str:
    if not expected:
        return "ok" if not read(note) else "extra"
    return full_verdict(note, expected, read, _right)


def test_catalogue_shapes_read_well_stay_so():
    wrong = [(note, verdict(note, expected)) for note, expected in NOTES if note not in OPEN]
    assert [w for w in wrong if w[1] != "ok"] == []


def test_catalogue_open_shapes_are_listed_exactly():
    assert OPEN <= {note for note, _ in NOTES}
    mended = [note for note, expected in NOTES if note in OPEN and verdict(note, expected) == "ok"]
    assert mended == []
