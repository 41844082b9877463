"""A note's short form ("Weber (1922), S. 15.") kept as a reference entry of its own (source "short"): the work of
the reference it repeats, counted once by works, graphs, exports and the report."""

import sqlite3

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from litmine.citations.listing import build_citation_rows, build_work_entries
from litmine.citations.works import build_works
from litmine.export.bibliography import fullest_references, to_bibtex
from litmine.models import Document, Passage, Reference
from litmine.networks import citation_links
from litmine.report import build_citation_summary
from litmine.store import Store
from litmine.store.migrations import MIGRATIONS, migrate


def _passages(body: str, marks: list[tuple[int, str]], notes: list[str], listed: list[str] = ()) -> list[Passage]:
    out: list[Passage] = []
    start = 0

    def add(kind: str, text: str) -> Passage:
        nonlocal start
        p = Passage(index=len(out), kind=kind, text=text, start=start, end=start + len(text), page=1)
        out.append(p)
        start += len(text) + 2
        return p

    add("body", body).marks = marks
    for n in notes:
        add("footnote", n)
    if listed:
        add("heading", "Literatur")
        for r in listed:
            add("reference", r)
    return out


def _weber_notes() -> list[Passage]:
    """A German paper citing in notes: the work in full in note 1, short in note 5, "Ebd." in note 6."""
    body = "Die Bürokratie wächst.1 Sie wächst weiter.5 Und weiter.6"
    return _passages(body, [(22, "1"), (42, "5"), (54, "6")],
                     ["1 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.",
                      "5 Weber (1922), S. 15.", "6 Ebd., S. 20."])


def _stored(store: Store, passages: list[Passage], doc_id: str = "d1") -> Store:
    refs, cits = extract_citations(passages)
    doc = Document(id=doc_id, path=f"corpus/{doc_id}.pdf", format="pdf", title="Bürokratie", year=2001,
                   text="x", passages=passages, references=refs, citations=cits)
    store.write_document(doc, root="corpus", size=1, mtime=1.0)
    works, which = build_works(list(store.iter_references()), list(store.iter_documents(with_text=False)))
    store.replace_works(works, which)
    return store


def test_short_forms_note_short_form_is_a_reference_of_the_same_work(store):
    refs, cits = extract_citations(_weber_notes())
    assert [(r.source, r.repeats) for r in refs] == [("footnote", None), ("short", 0)]
    short = refs[1]
    assert (short.raw, short.authors, short.year, short.pages, short.title) == (
        "Weber (1922), S. 15.", [{"surname": "Weber"}], 1922, "15", None)  # as the note writes it
    # the citations stay as before: each mark cites the full reference, the bare "Ebd." too
    assert [(c.surface, c.reference_index) for c in cits] == [("1", 0), ("5", 0), ("6", 0)]
    _stored(store, _weber_notes())
    rows = list(store.iter_references())
    assert len(rows) == 2 and rows[0].work_id == rows[1].work_id and rows[1].repeats == 0
    assert len([w for w in store.iter_works() if w.doc_id is None]) == 1  # beside the citing paper itself


def test_short_forms_counted_once_by_graphs_exports_and_report(store):
    _stored(store, _weber_notes())
    _, links, _ = citation_links(store)
    assert list(links["d1"].values()) == [3]  # the three marks (1, 5 and its "Ebd." 6), not the entries
    entries = build_work_entries(store)
    assert len(entries) == 1 and entries[0].pages == "12"  # the full reference's pages, not the page cited
    assert to_bibtex(entries).count("@") == 1
    assert build_citation_summary(store)["references"] == 1
    ref_rows, _ = build_citation_rows(store)
    assert [(r["source"], r["repeats"], r["cited"]) for r in ref_rows] == [("footnote", None, 3), ("short", 0, 0)]


def test_short_forms_author_year_note_cites_the_reference_list():
    ps = _passages("Rituale sind alt.3 Sehr alt (Douglas 1981).", [(17, "3")], ["3 Douglas (1981), S. 15."],
                   ["Douglas, Mary (1981): Ritual, Tabu und Körpersymbolik. Frankfurt/M.: Suhrkamp."])
    refs, cits = extract_citations(ps)
    assert [(r.source, r.repeats) for r in refs] == [("list", None), ("short", 0)]
    assert (refs[1].raw, refs[1].year, refs[1].pages) == ("Douglas (1981), S. 15.", 1981, "15")
    # the body's callout is a citation only; the note's callout stays a citation of the list entry too
    assert [(c.surface, c.reference_index) for c in cits] == [("Douglas 1981", 0), ("Douglas (1981)", 0)]


def test_short_forms_in_a_note_that_holds_a_reference_too():
    """A note with a full reference is not searched for callouts as a whole; an author-year short form outside the
    reference found in it still cites the list entry, and is kept; the page inside the brackets is read."""
    ps = _passages("Rituale sind alt.3 Neu.4", [(17, "3"), (23, "4")],
                   ["3 Zitiert nach Douglas (1981, 127).",
                    "4 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922; zur Kritik bei Douglas (1981), S. 16."],
                   ["Douglas, Mary (1981): Ritual, Tabu und Körpersymbolik. Frankfurt/M.: Suhrkamp."])
    refs, cits = extract_citations(ps)
    assert [(r.source, r.raw, r.pages, r.repeats) for r in refs] == [
        ("list", "Douglas, Mary (1981): Ritual, Tabu und Körpersymbolik. Frankfurt/M.: Suhrkamp.", None, None),
        ("footnote", "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922", None, None),
        ("short", "Douglas (1981, 127)", "127", 0), ("short", "Douglas (1981), S. 16.", "16", 0)]
    assert sorted((c.style, c.reference_index) for c in cits) == [("author-year", 0), ("author-year", 0),
                                                                  ("footnote", 1)]


def test_short_forms_german_joins_and_years_without_brackets_in_notes():
    """"Fahr und Sunde (2004)" (the callout finder reads "Sunde (2004)", which links nowhere), "Noll u. a. 2009: 21",
    "Koch 1997a": short forms of list entries, cited and kept; a year after a word that names nobody is not."""
    ps = _passages("Suche.3 Mehr.4", [(6, "3"), (12, "4")],
                   ["3 Beispielhaft sei auf Fahr und Sunde (2004) verwiesen; siehe auch (Noll u. a. 2009: 21) und "
                    "Koch 1997a.", "4 Im Jahr 2004 nicht, und Koch 1996 auch nicht."],
                   ["Fahr, René/Sunde, Uwe (2004): Occupational job creation. In: Labour Economics 11, S. 1-20.",
                    "Noll, Susanne; Heckmann, Markus; Rebien, Martina (2009): Suchverläufe. Nürnberg.",
                    "Koch, Achim (1997a): ADM-Design. Mannheim."])
    refs, cits = extract_citations(ps)
    assert [(r.raw, r.authors[0]["surname"], r.year_suffix, r.pages, r.repeats) for r in refs if r.source == "short"
            ] == [("Fahr und Sunde (2004)", "Fahr", "", None, 0), ("Noll u. a. 2009: 21", "Noll", "", "21", 1),
                  ("Koch 1997a", "Koch", "a", None, 2)]
    assert [(c.surface, c.reference_index) for c in cits] == [
        ("Fahr und Sunde (2004)", 0), ("Noll u. a. 2009: 21", 1), ("Koch 1997a", 2)]


def test_short_forms_before_prose_and_prose_citing_several_are_no_references():
    """"Schörken (1987), S. 296. In gleicher Weise äußerte sich ...": the short form, not a reference with the
    sentence; prose citing two works by author and year is no reference, its short forms are cited."""
    assert [(e.text, e.back) for e in find_footnote_entries(
        "81 Schörken (1987), S. 296. In gleicher Weise äußerte sich auch der Historiker Max Roth in einem "
        "Filmbericht der ARD am 26. 10. 1995.")] == [("Schörken (1987), S. 296.", True)]
    ps = _passages("Werte.3", [(6, "3")],
                   ["3 Ziel war es nicht, die Dimensionen zu reduzieren; kritisch Nolte et al. 1997. Etwas "
                    "spezifischer (Familie, Beruf) messen Diewald et al. 1996 die Werte, die wir nicht kennen."],
                   ["Nolte, Helmut; Weber, Anna (1997): Wertewandel. Opladen.",
                    "Diewald, Martin; Huinink, Johannes (1996): Lebensziele. Berlin."])
    refs, cits = extract_citations(ps)
    assert [(r.source, r.raw, r.repeats) for r in refs[2:]] == [("short", "Nolte et al. 1997", 0),
                                                              ("short", "Diewald et al. 1996", 1)]
    assert [c.reference_index for c in cits] == [0, 1]


def test_short_forms_with_a_remark_on_the_quotation():
    """"Sauer (1995), S. 4, Hervorhebung im Original.": a short form, not a reference of its own."""
    assert [(e.back, e.name) for e in find_footnote_entries("5 Sauer (1995), S. 4, Hervorhebung im Original.")] == [
        (True, "Sauer")]
    ps = _passages("Text.5", [(5, "5")], ["5 Sauer (1995), S. 4, Hervorhebung im Original."],
                   ["Sauer, Jonas (1995): Rituale der Politik. Frankfurt/M.: Campus."])
    refs, _ = extract_citations(ps)
    assert [(r.source, r.pages, r.repeats) for r in refs] == [("list", None, None), ("short", "4", 0)]


def test_short_forms_a_year_after_a_longer_name_is_none():
    """"Exercise Winter Willow 2007" names an exercise, not the author Willow; "bei Willow 2007" does."""
    ps = _passages("Text.3", [(5, "3")], ["3 Die Übung Exercise Winter Willow 2007 fand statt; dazu bei Willow 2007."],
                   ["Willow, Anna (2007): Winterübungen. Berlin."])
    refs, cits = extract_citations(ps)
    assert [(r.source, r.raw) for r in refs] == [("list", "Willow, Anna (2007): Winterübungen. Berlin."),
                                                 ("short", "Willow 2007")]
    assert [c.surface for c in cits] == ["Willow 2007"] and cits[0].start == ps[1].start + ps[1].text.rindex("Willow")


def test_short_forms_body_callouts_and_bare_ibid_make_no_reference():
    ps = _passages("Rituale sind alt (Douglas 1981: 15). Douglas (1981) zeigt es.", [], [],
                   ["Douglas, Mary (1981): Ritual, Tabu und Körpersymbolik. Frankfurt/M.: Suhrkamp."])
    assert [r.source for r in extract_citations(ps)[0]] == ["list"]
    ps = _passages("Text.1 Mehr.2", [(5, "1"), (12, "2")],
                   ["1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.", "2 Ebd., S. 20."])
    assert [r.source for r in extract_citations(ps)[0]] == ["footnote"]


def test_short_forms_pointer_and_title_short_forms():
    ps = _passages("Text.1 Mehr.2 Noch.3", [(5, "1"), (12, "2"), (18, "3")],
                   ["1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.", "2 Weber (Anm. 1), S. 7.",
                    "3 Department of Health, Healthy Lives, Healthy People, London 2010; Healthy Lives, Healthy "
                    "People, op. cit., p. 5."])
    refs, _ = extract_citations(ps)
    shorts = [(r.authors, r.pages, r.repeats) for r in refs if r.source == "short"]
    assert shorts[0] == ([{"surname": "Weber"}], "7", 0)
    assert len(shorts) == 2 and shorts[1][1] == "5" and shorts[1][2] == 1


def test_short_forms_edited_work_by_its_editors():
    ps = _passages("Text.9 Mehr.10", [(5, "9"), (11, "10")],
                   ["9 BMAS (Hg.) (2013): Teilhabebericht der Bundesregierung über die Lebenslagen von Menschen mit "
                    "Beeinträchtigungen. Berlin: BMAS.", "10 BMAS (Hg.) (2013), S. 381ff."])
    refs, cits = extract_citations(ps)
    assert [(r.source, r.authors, r.editors, r.pages, r.repeats) for r in refs][1:] == [
        ("short", [], [{"surname": "BMAS"}], "381", 0)]
    assert [c.reference_index for c in cits] == [0, 0]


def test_short_forms_never_the_fullest_reference_of_a_work():
    full = Reference(0, "Weber, Wirtschaft und Gesellschaft", work_id="w1", source="footnote")
    short = Reference(1, "Weber (1922), S. 15.", pages="15", work_id="w1", source="short", repeats=0)
    assert fullest_references([full, short])["w1"] is full


def test_short_forms_store_of_schema_12_opens_and_reads(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, upto=12)  # a store as litmine wrote it at schema 12
    db.execute("INSERT INTO documents (id, path, format, ingested_at) VALUES ('d', 'corpus/d.txt', 'txt', 'x')")
    db.execute("INSERT INTO reference_entries (doc_id, idx, raw, source) VALUES ('d', 0, 'Weber 1922', 'footnote')")
    db.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    (ref,) = store.iter_references()
    assert (ref.raw, ref.source, ref.repeats) == ("Weber 1922", "footnote", None)
    store.close()


def test_short_forms_run_on_over_every_page_they_cite():
    """"Brandt (1998), S. 41, siehe auch S. 2–3, 54 und 149.": the short form is the whole locator (what tells two
    notes citing one work apart), its pages the first page cited (a year after them is no page: locator)."""
    ps = _passages("Text.5 Mehr.6", [(5, "5"), (12, "6")],
                   ["5 Brandt (1998), S. 41, siehe auch S. 2–3, 54 und 149.",
                    "6 Vgl. Brandt (1998), S. 7 und S. 90–91."],
                   ["Brandt, Jonas (1998): Ämter und Akten. Frankfurt/M.: Campus."])
    refs, _ = extract_citations(ps)
    assert [(r.raw, r.pages) for r in refs if r.source == "short"] == [
        ("Brandt (1998), S. 41, siehe auch S. 2–3, 54 und 149.", "41"), ("Brandt (1998), S. 7 und S. 90–91.", "7")]


def test_short_forms_keep_the_page_the_callout_reads_and_no_year_as_page():
    """"Brandt/Roth (1998: 32,74)": the page is 32, as the callout reads it; "Brandt/Roth (1998, 2001)": the second
    year is no page."""
    ps = _passages("Text.5 Mehr.6", [(5, "5"), (12, "6")],
                   ["5 Vgl. Brandt/Roth (1998: 32,74).", "6 Vgl. Brandt/Roth (1998, 2001)."],
                   ["Brandt, Jonas/Roth, Eva (1998): Ämter und Akten. Frankfurt/M.: Campus.",
                    "Brandt, Jonas/Roth, Eva (2001): Akten und Ämter. Frankfurt/M.: Campus."])
    refs, _ = extract_citations(ps)
    assert [(r.year, r.pages) for r in refs if r.source == "short"] == [(1998, "32"), (1998, None), (2001, None)]


def test_short_forms_opening_a_note_are_no_part_of_the_next_source():
    """"Brandt (1998b), S. 7. Bundesminister Jan Roth, zit. in DIE WOCHE vom ...": the short form stands alone, no
    reference runs from it into the sentence after it; "..., S. 102-130, insb. S. 113f." is one short form."""
    assert [(e.text, e.back) for e in find_footnote_entries(
        "78 Brandt (1998b), S. 7. Bundesminister Jan Roth, zit. in DIE WOCHE vom 24. 10. 1995.")] == [
        ("Brandt (1998b), S. 7.", True), ("DIE WOCHE vom 24. 10. 1995.", False)]
    ps = _passages("Text.5", [(5, "5")], ["5 Vgl. Brandt (1998), S. 102-130, insb. S. 113f."],
                   ["Brandt, Jonas (1998): Ämter und Akten. Frankfurt/M.: Campus."])
    refs, _ = extract_citations(ps)
    assert [(r.raw, r.pages) for r in refs if r.source == "short"] == [
        ("Brandt (1998), S. 102-130, insb. S. 113f.", "102-130")]


def test_short_forms_in_prose_are_read_by_the_callout_finder():
    """footnotes.py decides whether a stretch is a short form in prose by the callout finder's reading (bracketed or
    not): the name with its particles ("von der Linde", was "Linde"); an author-year start followed by a colon and a
    title opens a reference, no short form."""
    assert [(e.text, e.back, e.name, e.year) for e in find_footnote_entries(
        "7 Anders sieht es bei von der Linde (1999), S. 4, die wir hier nicht wiederholen.")] == [
        ("von der Linde (1999), S. 4", True, "von der Linde", "1999")]
    assert [e.back for e in find_footnote_entries(
        "10 Zum Beispiel Roth, Eva/Kühn, Jan (2006): Wie zahlt die Stadt? In: Zeitschrift für Akten 58/1, S. 23-49."
    )] == [False]


def test_short_forms_prose_naming_statutes_is_no_reference():
    """A sentence naming two statutes by their year cites them in prose: no reference (the finder reads no author in
    "the Housing Act 2004", so statutes count apart)."""
    assert find_footnote_entries("7 The Housing Act 2004 introduced licensing of larger rented homes in England and "
                                 "the Renting Homes Act 2016 brought forward that change.") == []


def test_short_forms_short_title_of_a_work_cited_before():
    """The humanities' second citation, author and short title ("Weber, Steuerung, S. 5."): a short form of the
    earlier reference by that author whose title holds the words whole; another author's, or a word only inside a
    compound of the title ("Politik" in "Arbeitsmarktpolitik"), is none."""
    ps = _passages("Steuerung.1 Mehr.2 Noch.3 Weiter.4 Ende.5", [(10, "1"), (16, "2"), (23, "3"), (32, "4"), (37, "5")],
                   ["1 Vgl. Hans Weber, Die Steuerung der Arbeitsmarktpolitik, in: Zeitschrift für Sozialreform 40 "
                    "(1994), S. 1–20.", "2 Weber, Steuerung, S. 5.", "3 Roth, Steuerung, S. 9.",
                    "4 Weber, Politik, 17 f.", "5 Weber, Arbeitsmarktpolitik, S. 3."])
    refs, _ = extract_citations(ps)
    assert [(r.raw, r.title, r.pages, r.repeats) for r in refs if r.source == "short"] == [
        ("Weber, Steuerung, S. 5.", "Steuerung", "5", 0), ("Weber, Arbeitsmarktpolitik, S. 3.", "Arbeitsmarktpolitik",
                                                            "3", 0)]
