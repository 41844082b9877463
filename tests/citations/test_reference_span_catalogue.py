"""The hand-made catalogue of references inside a note's prose (issue 13; helper F60; reference_span_catalogue.py):
each note run through the whole citation step (extract_citations on a small paper: a reference list, then the note),
its references compared with the catalogue's (how `raw` begins and ends, first author, year; only the keys given).
OPEN lists the notes still read wrongly, by the class of the error, so that a change that breaks a note read well
fails here and one that mends an open note shows up (remove it from OPEN). Verdicts: merged/split (fewer/more
references than the catalogue), start/end (`raw` begins or ends elsewhere), fields (author or year differs)."""

import re

from litmine.citations.extract import extract_citations
from tests.citations.reference_span_catalogue import LIST, NOTES
from tests.citations.test_note_pointers import _paper

# notes litmine does not read as the catalogue has them yet: the note's first 90 characters and the error's class
OPEN: dict[str, str] = {
    'Brenner spricht von einer „Entstaatlichung der Arbeit“ (1998: 12). Das trifft den Kern.': 'start',  # the bracket's year after a quotation names the author in prose
    'Vgl. Pohl; Engel (1996: 125).': 'fields',  # ';' between co-authors, the year bracketed (intext.find_callouts)
    'Bundesverfassungsgericht, Urteil vom 12.3.2004, 2 BvR 1234/03.': 'start',
    'Vgl. das Urteil des Bundesverfassungsgerichts vom 12.3.2004, 2 BvR 1234/03.': 'end',
    'Vgl. den Bericht der Kommission vom 3. Mai 2005, KOM(2005) 123.': 'split',
    'Pressemitteilung des Bundesministeriums der Finanzen vom 2.3.2009, Nr. 14/2009.': 'end',
    'Die Autobiographie von Otto Lenz ist veröffentlicht (1985).': 'split',  # a name and a year in prose, no work
    'This paper draws on Peter Hall, Governing the Economy, Oxford 1986.': 'merged',
}

_CUE = re.compile(r"^(?:(?:vgl|siehe|s|see|cf|zit|zitiert)(?:\.|\b)\s*(?:(?:nach|n|auch|dazu|hierzu|etwa)(?:\.|\b))?\s*:?\s*)+",
                  re.I)


def _open(note: str) -> bool:
    return note[:90] in OPEN


def _norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip(" .,;:()\"„“").casefold()


def read(note: str) -> list[dict]:
    """The note's references as the catalogue's fields."""
    ps = _paper([f"1 {note}"], LIST)
    refs, _ = extract_citations(ps)
    return [dict(a=next((n.get("surname") or n.get("literal") for n in (r.authors or r.editors or [])), None),
                 y=r.year, raw=r.raw) for r in refs if r.source != "list"]


def _right(key: str, g: dict, want) -> bool:
    raw = _norm(_CUE.sub("", _norm(g["raw"])))
    if key == "s":
        return raw.startswith(_norm(want))
    if key == "e":
        return raw.endswith(_norm(want))
    got = g[key]
    if key == "a":
        return got is not None and (got == want or want.endswith(got) or got.endswith(want) or got in want)
    return got == want


def verdict(note: str, expected: list[dict]) -> str:
    got = read(note)
    if len(got) != len(expected):
        return "merged" if len(got) < len(expected) else "split"
    left = list(got)
    for e in sorted(expected, key=len, reverse=True):
        g = next((g for g in left if all(_right(k, g, v) for k, v in e.items())), None)
        if g is None:
            near = next((g for g in left if all(_right(k, g, v) for k, v in e.items() if k in "ay")), None)
            if near is None:
                return "fields"
            return "start" if not all(_right(k, near, v) for k, v in e.items() if k == "s") else "end"
        left.remove(g)
    return "ok"


def test_catalogue_notes_read_well_stay_so():
    wrong = [(note, verdict(note, expected)) for note, expected in NOTES if not _open(note)]
    assert [w for w in wrong if w[1] != "ok"] == []


def test_catalogue_open_notes_are_listed_exactly():
    assert set(OPEN) <= {note[:90] for note, _ in NOTES}
    mended = [note for note, expected in NOTES if _open(note) and verdict(note, expected) == "ok"]
    assert mended == []


def test_prose_leading_to_a_full_reference_is_left_out():
    """"Der vorliegende Aufsatz ist eine Weiterführung der Veröffentlichung von Hans Kramer (1995): Titel ...": where
    the model begins a reference inside a sentence of prose, the rest of that prose up to a preposition or a colon
    before a person's name that opens a full reference is no part of it (convention 6); before, `raw` began at the
    prose's last nouns ("Weiterführung der Veröffentlichung von ...", "Fassung von Kramer, Hans (1995): ..."). A
    reference opening its sentence keeps its start, a title holding "von" too; a name and a year alone stay pointers."""
    from litmine.citations.footnotes import find_footnote_entries

    def texts(note):
        return [e.text for e in find_footnote_entries(note)]

    assert texts("1 Der vorliegende Aufsatz ist eine Weiterführung der Veröffentlichung von Hans Kramer (1995): Die "
                 "Stadt. München: Beck.") == ["Hans Kramer (1995): Die Stadt. München: Beck."]
    assert texts("1 Der Beitrag ist eine überarbeitete Fassung von Kramer, Hans (1995): Die Stadt. München: "
                 "Beck.") == ["Kramer, Hans (1995): Die Stadt. München: Beck."]
    assert texts("1 Einen Überblick gibt der Sammelband von Otto Lenz (Hg.), Bürger und Rat, Köln 1985.") == [
        "Otto Lenz (Hg.), Bürger und Rat, Köln 1985."]
    assert texts("1 Die Autobiographie ist 1985 erschienen: Otto Lenz, Mein Leben, Köln 1985.") == [
        "Otto Lenz, Mein Leben, Köln 1985."]
    assert texts("1 Hans Kramer, Die Briefe von Otto Lenz, Köln 1985.") == ["Hans Kramer, Die Briefe von Otto Lenz, "
                                                                          "Köln 1985."]


def test_a_semicolon_between_co_authors_of_one_work():
    """"Vgl. Pohl; Engel 1996.": a surname alone (no year, no title) before a semicolon, right after a cue or the
    note's number, is the first co-author of the work whose names and year follow (intext_notes._coauthor_before),
    as some notes part co-authors; before, the callout was Engel's alone and linked to no entry. A semicolon after a
    year or a reference's publisher still parts works."""
    from litmine.citations.intext_notes import find_note_callouts

    def read(note):
        return [(c.surface, c.authors, c.year) for c in find_note_callouts(note)]

    assert read("1 Vgl. Pohl; Engel 1996.") == [("Pohl; Engel 1996", ["Pohl", "Engel"], 1996)]
    assert read("1 Pohl; Engel 1996, S. 3.") == [("Pohl; Engel 1996, S. 3", ["Pohl", "Engel"], 1996)]
    assert read("1 Vgl. Brenner 1998; Seidel 2003.") == [("Brenner 1998", ["Brenner"], 1998),
                                                        ("Seidel 2003", ["Seidel"], 2003)]
    assert read("1 Vgl. Brenner, Arbeit, Berlin: Sigma; Pohl 1996.") == [("Pohl 1996", ["Pohl"], 1996)]


def test_prose_leading_to_a_name_in_capitals():
    """"... ist eine Weiterführung der Arbeit von HANS KRAMER (1995): Titel": given names and a surname set in
    capitals (small capitals, as many German notes print authors) open the reference after prose as a name in mixed
    case does (footnotes._CAPS_NATURAL); before, `raw` began at the prose's last nouns. A body's short name alone
    ("von IAB (2005)") is no person's name: the reference starts where it did."""
    from litmine.citations.footnotes import find_footnote_entries

    assert [e.text for e in find_footnote_entries(
        "1 Der vorliegende Beitrag ist eine Weiterführung der Arbeit von HANS KRAMER (1995): Die Stadt. München: "
        "Beck.")] == ["HANS KRAMER (1995): Die Stadt. München: Beck."]
    assert [e.text for e in find_footnote_entries(
        "1 Die Zahlen beruhen auf der Erhebung von H. KRAMER, Die Stadt, München 1990.")] == [
        "H. KRAMER, Die Stadt, München 1990."]


def test_where_the_text_appeared_before_after_a_sentence_of_prose():
    """"Der Text ist die überarbeitete Fassung eines Vortrags. Zuerst erschienen in: Zeitschrift 47 (1996), S. 1-20.",
    "... gehalten hat. Reprint of: Lenz, Otto (1996): ...": a lead saying where the note's text appeared before cuts
    the stretch after a sentence of prose (mostly words in lower case), as it did after a closed reference, and the
    reference after it is the note's whole source (footnotes._whole_note); before, the note gave no reference, or one
    that began in the prose. A title before "Wiederabdruck in:" is no prose: the note stays one reference."""
    from litmine.citations.footnotes import find_footnote_entries

    def texts(note):
        return [e.text for e in find_footnote_entries(note)]

    assert texts("1 Der Text ist die überarbeitete Fassung eines Vortrags. Zuerst erschienen in: Soziale Welt 47 "
                 "(1996), S. 120-139.") == ["Soziale Welt 47 (1996), S. 120-139."]
    assert texts("1 Der Beitrag beruht auf einem Vortrag, den der Verfasser in Bonn gehalten hat. Reprint of: Lenz, "
                 "Otto (1996): Bürger und Rat. Köln: Böhlau.") == ["Lenz, Otto (1996): Bürger und Rat. Köln: Böhlau."]
    assert texts("1 Hans Kramer: Die Stadt. Wiederabdruck in: Otto Lenz (Hg.), Bürger und Rat, Köln 1995, S. 7-30.") == [
        "Hans Kramer: Die Stadt. Wiederabdruck in: Otto Lenz (Hg.), Bürger und Rat, Köln 1995, S. 7-30."]
