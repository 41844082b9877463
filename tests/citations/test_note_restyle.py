"""Tests for scripts/note_restyle.py: labelled reference strings written again as German footnote references."""

import random
import re

from tests.citations.test_reference_restyle import _example, _module

BOOK = [("author", "Brünnhilde Ostrowski and Kasimir Feldkamp"), ("_", " ("), ("year", "1987"), ("_", "). "),
        ("title", "Wandering herds of the northern moors"), ("_", ". "), ("location", "Quedlinburg"), ("_", ": "),
        ("publisher", "Heidekraut Verlag"), ("_", ".")]
ARTICLE = [("author", "Ostrowski, B."), ("_", " ("), ("year", "1991"), ("_", ") "),
           ("title", "Moor sheep and their keepers"), ("_", ". "), ("container", "Zeitschrift für Weidewirtschaft"),
           ("_", " "), ("volume", "14"), ("_", "("), ("issue", "3"), ("_", "): "), ("pages", "211-230"), ("_", ".")]
CHAPTER = [("author", "Feldkamp, Kasimir"), ("_", " ("), ("year", "1993"), ("_", ") "),
           ("title", "Shepherds on the edge of the heath"), ("_", ". In: "), ("editor", "Ottilie Brandhorst"),
           ("_", " (ed.) "), ("container", "Rural Lives Revisited"), ("_", ", "), ("location", "Goslar"),
           ("_", ": "), ("publisher", "Harzblick"), ("_", ", pp. "), ("pages", "45-67"), ("_", ".")]


def _notes(parts, seeds=60):
    nr, tr = _module("note_restyle"), _module("train_references")
    out = []
    for seed in range(seeds):
        got = nr.note_restyle(_example(parts), random.Random(seed))
        if got:
            raw, segments = got
            tokens, labels = tr.token_labels(raw, segments, "restyled")
            out.append((raw, segments, dict(zip((t.text for t in tokens), labels))))
    return out


def test_note_restyle_book_keeps_its_words_in_note_shapes():
    notes = _notes(BOOK)
    assert len(notes) > 40
    for raw, segments, by_word in notes:
        words = {lab: text for lab, text in segments if lab != "_untagged"}
        assert words.get("title", "Wandering herds of the northern moors") == "Wandering herds of the northern moors"
        if "title" in words:
            assert by_word["moors"] == "title" and by_word["Quedlinburg"] == "location"
        if "Feldkamp" in by_word:
            assert by_word["Feldkamp"] == "author" and by_word.get("Kasimir", "author") == "author"
    raws = [r for r, _, _ in notes]
    # natural order with "/" or "und", surname first before a colon, the year after the place
    assert any(re.match(r"Brünnhilde Ostrowski(?:/| / | und )Kasimir Feldkamp, Wandering", r) for r in raws)
    assert any(r.startswith("Ostrowski, Brünnhilde") and ": Wandering" in r for r in raws)
    assert any(re.search(r"Quedlinburg(?:: Heidekraut Verlag,?)? 1987", r) for r in raws)
    assert any(re.search(r", S\. \d+", r) for r in raws)  # a cited page
    assert any(re.fullmatch(r"Ostrowski(?:/| und )Feldkamp (?:\(1987\), S\. |1987: |\(1987: )\d+\)?\.?", r)
               for r in raws)  # a short form


def test_note_restyle_article_and_chapter_conventions():
    arts = [r for r, _, _ in _notes(ARTICLE)]
    assert any("in: Zeitschrift für Weidewirtschaft 14 (1991), H. 3, S. 211-230" in r for r in arts)
    assert any("Zeitschrift für Weidewirtschaft, Nr. 3, 1991, S. 211-230" in r for r in arts)
    chaps = _notes(CHAPTER)
    assert any(re.search(r"[,.] [Ii]n: Ottilie Brandhorst \((?:Hg|Hrsg)\.\)[,:] Rural Lives Revisited, Goslar", r)
               for r, _, _ in chaps)
    for raw, _, by_word in chaps:
        if "Brandhorst" in by_word:
            assert by_word["Brandhorst"] == "editor" and by_word["Revisited"] == "container"


def test_note_restyle_never_adds_a_word_of_a_field():
    allowed = {"in", "In", "Hg", "Hrsg", "eds", "S", "H", "Heft", "Nr", "Jg", "Vgl", "auch", "dazu", "Siehe", "f",
               "ff", "hier", "u", "a", "et", "al", "und"}
    source = " ".join(text for _, text in BOOK + ARTICLE + CHAPTER)
    for parts in (BOOK, ARTICLE, CHAPTER):
        for raw, _, _ in _notes(parts, 30):
            for word in re.findall(r"[^\W\d_]+", raw):
                assert word in source or word in allowed, (word, raw)


def test_note_restyle_surnames_alone_and_a_journals_volume_before_its_year():
    """Session 29: a quarter of the natural-order copies (drawn by the surnames, so always the same for one
    string) name the authors by their surnames alone ("Feldkamp/Ostrowski, Title, ..."), as a note cites a work
    again; "Zeitschrift 14/1991" labels the number before the year the volume."""
    book = [("author", "Kasimir Feldkamp and Brünnhilde Ostrowski")] + BOOK[1:]
    books = _notes(book, 200)
    assert any(re.match(r"Feldkamp/Ostrowski, Wandering herds", raw) for raw, _, _ in books)
    for raw, _, by_word in books:
        if raw.startswith("Feldkamp/Ostrowski, "):
            assert by_word["Ostrowski"] == by_word["Feldkamp"] == "author" and by_word["Wandering"] == "title"
    assert not any(raw.startswith("Ostrowski/Feldkamp, ") for raw, _, _ in _notes(BOOK, 200))  # not drawn for them
    arts = [(raw, by_word) for raw, _, by_word in _notes(ARTICLE, 200) if "Weidewirtschaft 14/1991" in raw]
    assert arts and all(by_word["14"] == "volume" and by_word["1991"] == "year" for _, by_word in arts)


def _dated(parts, seeds=120):
    nr, tr = _module("note_restyle"), _module("train_references")
    out = []
    for seed in range(seeds):
        got = nr.note_dated(_example(parts), random.Random(seed))
        if got:
            raw, segments = got
            tokens, labels = tr.token_labels(raw, segments, "restyled")
            out.append((raw, [(t.text, lab) for t, lab in zip(tokens, labels)]))
    return out


def test_note_dated_writes_dated_and_web_documents_with_the_strings_words():
    notes = _dated(ARTICLE)
    assert len(notes) > 100
    raws = [r for r, _ in notes]
    # a full date of the day in its German spellings, an address with an access date, a newspaper, a series number
    assert any(re.search(r"vom \d\d\.\d\d\.1991", r) for r in raws)
    assert any(re.search(r"\d{1,2}\. (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                         r"Dezember) 1991", r) for r in raws)
    assert any("brufbar unter: http://www." in r for r in raws) and any("(Zugriff am " in r for r in raws)
    assert any("Stand: " in r for r in raws)
    assert any(re.search(r"in: Zeitschrift für Weidewirtschaft (?:vom|v\.) ", r) for r in raws)
    assert any(re.search(r"Zeitschrift für Weidewirtschaft,? (?:Nr\. )?14/1991", r) for r in raws)
    for raw, labelled in notes:
        assert "Moor sheep and their keepers" in raw
        labels = dict(labelled)
        assert labels["keepers"] == "title" and labels.get("Ostrowski", "author") == "author"
        # the work's year is the year; a day, a month and an access date are neither pages, volume nor title
        if "1991" in labels:
            assert labels["1991"] == "year"
        for word, lab in labelled:
            if word in ("Januar", "März", "Oktober", "Zugriff", "Stand", "abgerufen", "Abrufbar"):
                assert lab == "note", (raw, word, lab)
            if word.startswith("http://"):
                assert lab == "url"
        m = re.search(r"(?:Zugriff am|Stand:|abgerufen am) (\d{1,2})\.", raw)
        if m:
            access = [lab for word, lab in labelled[[w for w, _ in labelled].index("Zugriff" if "Zugriff" in raw
                      else "Stand" if "Stand:" in raw else "abgerufen"):]]
            assert set(access) <= {"note"}, raw


def test_note_dated_leaves_strings_without_title_or_year():
    nr = _module("note_restyle")
    no_year = [p for p in ARTICLE if p[0] != "year"]
    assert nr.note_dated(_example(no_year), random.Random(0)) is None
