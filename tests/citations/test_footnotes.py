"""Footnote references: entries in a note, the note style parsed, short forms resolved, pointers left out."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries, parse_footnote_reference
from litmine.ingest.extract import extract_document
from litmine.models import Passage
from litmine.pdfwrite import PdfWriter


def _notes(*texts: str) -> list[Passage]:
    out, start = [], 0
    for i, t in enumerate(texts):
        out.append(Passage(index=i, kind="footnote", text=t, start=start, end=start + len(t), page=1))
        start += len(t) + 2
    return out


def test_footnotes_note_style_book_parsed():
    r = parse_footnote_reference("Jürgen Schäfer-Öhlmann, Grundzüge der Wohlfahrtspflege, Göttingen 1987, S. 45.")
    assert r.authors == [{"surname": "Schäfer-Öhlmann", "given": "Jürgen"}]
    assert (r.title, r.place, r.year, r.pages, r.type) == ("Grundzüge der Wohlfahrtspflege", "Göttingen", 1987,
                                                           "45", "book")


def test_footnotes_note_style_title_keeps_its_subtitle_and_dates():
    r = parse_footnote_reference("Anna Weiß, Armut im Wandel. Städtische Fürsorge 1950 - 1975, München 1998.")
    assert r.title == "Armut im Wandel. Städtische Fürsorge 1950 - 1975"
    assert (r.place, r.year) == ("München", 1998)


def test_footnotes_note_style_chapter_in_edited_volume():
    r = parse_footnote_reference("Jörg Kühn / Eva Maria von Bülow, Die Stadt als Bühne, in: Karl Rößler (Hg.), "
                                 "Öffentliche Räume, Frankfurt/M. 2003, S. 29 - 48.")
    assert [a["surname"] for a in r.authors] == ["Kühn", "von Bülow"]
    assert r.title == "Die Stadt als Bühne"
    assert r.editors == [{"surname": "Rößler", "given": "Karl"}]
    assert (r.container, r.year, r.pages, r.type) == ("Öffentliche Räume", 2003, "29-48", "chapter")


def test_footnotes_note_style_journal_article():
    r = parse_footnote_reference("Björn Größ, Pendeln und Familie, in: Zeitschrift für Soziologie, 31 (2002) 4, "
                                 "S. 310-329.")
    assert (r.container, r.volume, r.issue, r.year, r.pages) == ("Zeitschrift für Soziologie", "31", "4", 2002,
                                                                 "310-329")


def test_footnotes_volume_of_a_multi_volume_work():
    r = parse_footnote_reference("Gustav Mähler, Gesammelte Schriften, Bd. 3, Leipzig 1911.")
    assert (r.title, r.volume, r.year) == ("Gesammelte Schriften", "3", 1911)


def test_footnotes_several_references_and_ders_split():
    entries = find_footnote_entries("7 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922; ders., "
                                    "Gesammelte Aufsätze zur Religionssoziologie, Tübingen 1920; siehe auch "
                                    "Ernst Tröltsch, Die Soziallehren der christlichen Kirchen, Tübingen 1912.")
    assert [e.text.split(",")[0] for e in entries] == ["Max Weber", "ders.", "Ernst Tröltsch"]
    assert [e.ditto for e in entries] == [False, True, False]


def test_footnotes_ders_takes_the_authors_before():
    refs, _ = extract_citations(_notes("3 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922; ders., "
                                       "Gesammelte Aufsätze zur Religionssoziologie, Tübingen 1920."))
    assert [r.title for r in refs] == ["Wirtschaft und Gesellschaft", "Gesammelte Aufsätze zur Religionssoziologie"]
    assert refs[1].authors == [{"surname": "Weber", "given": "Max"}]


def test_footnotes_prose_before_the_first_name_cut():
    entries = find_footnote_entries("4 Ausführliche Angaben finden sich bei Renate Müßig, Die Ökonomie der "
                                    "Pflege, Köln 2004, S. 12.")
    assert [e.text for e in entries] == ["Renate Müßig, Die Ökonomie der Pflege, Köln 2004, S. 12."]
    entries = find_footnote_entries("5 Vgl. zum Beispiel Groß, Martina/Schütz, Jan (2004): Paare und Zeit, "
                                    "Wiesbaden: VS, S. 3-40.")
    assert entries[0].text.startswith("Groß, Martina/Schütz, Jan (2004)")


def test_footnotes_short_forms_resolve_to_the_earlier_reference():
    refs, cits = extract_citations(_notes(
        "1 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.",
        "2 Ebd., S. 15.",
        "3 Jürgen Habermas, Faktizität und Geltung, Frankfurt/M. 1992.",
        "4 Weber (Anm. 1), S. 20.",
        "5 Habermas, a.a.O., S. 7.",
        "6 Ibid., p. 9.",
        "7 Habermas 1992, S. 33."))
    full = [r for r in refs if r.source != "short"]
    assert [r.authors[0]["surname"] for r in full] == ["Weber", "Habermas"]  # no new works from short forms
    # those that name their work are references of their own, repeating the full one; "Ebd.", "Ibid." are not
    assert [(r.raw, r.repeats) for r in refs if r.source == "short"] == [
        ("Weber (Anm. 1), S. 20.", 0), ("Habermas, a.a.O., S. 7.", 1), ("Habermas 1992, S. 33.", 1)]
    by_note = {c.sentence[:1]: c.reference_index for c in cits}
    assert by_note == {"1": 0, "2": 0, "3": 1, "4": 0, "5": 1, "6": 1, "7": 1}


def test_footnotes_press_citation_is_a_reference():
    r = parse_footnote_reference("Süddeutsche Zeitung, 12.3.1997, S. 4.")
    assert (r.container, r.year, r.pages, r.authors) == ("Süddeutsche Zeitung", 1997, "4", [])


def test_footnotes_policy_pointers_and_prose_are_not_references():
    refs, _ = extract_citations(_notes(
        "12 HC Deb 12 May 2020 col 34",
        "13 Written evidence from the Café Owners’ Association (CAF0012)",
        "14 Q 123 (Professor Sián O’Neill)",
        "15 Ibid., para 5",
        "16 104/9-108/16",
        "17 The committee visited Ystradgynlais in March 2019 and met local employers there.",
        "18 See Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage."))
    assert [r.authors[0]["surname"] for r in refs] == ["Lipsky"]


def test_footnote_pdf_notes_at_nine_tenths_of_the_body_size_are_footnotes(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(40):
        mark = "\x011\x02" if i == 5 else ""
        w.text(72, 72 + 14 * i, f"Zeile {i} eines Aufsatzes über Wohlfahrtsstaaten und Gerechtigkeit.{mark}",
               size=10)
    w.text(72, 700, "1 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.", size=9)
    w.text(72, 711, "2 Jürgen Habermas, Faktizität und Geltung, Frankfurt/M. 1992.", size=9)
    w.save(tmp_path / "fn.pdf")
    doc, _ = extract_document(str(tmp_path / "fn.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert any(t.startswith("1 Vgl. Max Weber") for t in notes)
    assert [r.authors[0]["surname"] for r in doc.references if r.source == "footnote"] == ["Weber", "Habermas"]


def test_footnote_pdf_sidenotes_in_a_margin_column_are_footnotes(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(45):
        mark = "\x013\x02" if i == 20 else ""
        w.text(60, 72 + 14 * i, f"Zeile {i} über Väter und Elternzeit im Südwesten.{mark}", size=10)
    side = ["Baden-Württemberg", "in Zahlen.", "", "3 Vgl. Müller,", "Jörg (2012): Väter", "und Beruf,",
            "Opladen: Budrich."]
    for i, t in enumerate(side):
        if t:
            w.text(430, 400 + 9 * i, t, size=6.5)
    w.save(tmp_path / "side.pdf")
    doc, _ = extract_document(str(tmp_path / "side.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes and notes[0].startswith("3 Vgl. Müller")
    assert not any("Baden-Württemberg in Zahlen" in t for t in notes)  # small type without a note number


def test_footnotes_policy_report_prose_licence_and_op_cit_are_not_new_references():
    refs, cits = extract_citations(_notes(
        "21 For example: Fair Work for Café Staff, Department for Work and Pensions (March 2011).",
        "22 A 2009 review, Work in Cymru, estimated that, without action, the gap would widen by 2020.",
        "23 Open Parliament Licence, published at https://www.parliament.uk/copyright. © Parliamentary Copyright",
        "24 Fair Work for Café Staff, op. cit., p. 5"))
    assert [r.raw for r in refs if r.source != "short"] == [
        "Fair Work for Café Staff, Department for Work and Pensions (March 2011)."]
    assert [(r.raw, r.title, r.pages, r.repeats) for r in refs if r.source == "short"] == [
        ("Fair Work for Café Staff, op. cit., p. 5", "Fair Work for Café Staff", "5", 0)]  # its short title
    assert sorted(c.sentence[:2] for c in cits if c.reference_index == 0) == ["21", "24"]


def test_footnotes_author_year_reference_after_a_short_cite_and_bare_addresses():
    entries = find_footnote_entries("9 Bericht S. 11, S. 30ff. und S. 84. BMAS (Hg.) (2013): Teilhabebericht der "
                                    "Bundesregierung über die Lebenslagen von Menschen mit Beeinträchtigungen, Bonn.")
    assert [e.text[:20] for e in entries] == ["BMAS (Hg.) (2013): T"]
    assert [e.text for e in find_footnote_entries("10 http://www.straßen-daten.de/übersicht.html")] == [
        "http://www.straßen-daten.de/übersicht.html"]


def test_footnote_pdf_numbered_reference_list_in_small_type_stays_a_list(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(40):
        mark = f"\x01{i // 12 + 1}\x02" if i in (3, 15, 27) else ""
        w.text(72, 72 + 14 * i, f"Zeile {i} über Pflegekräfte und Löhne in Österreich.{mark}", size=10)
    w.new_page()
    w.text(72, 72, "References", size=12, font="Helvetica-Bold")
    entries = ["1. Müller J, Öztürk A. Wages of care workers. J Health Econ. 2011;30(2):101-9.",
               "2. Søndergaard K. Nursing labour markets. Lancet. 2015;385(9):12-8.",
               "3. Brücker H. Migration and care. BMJ. 2019;364:l120."]
    for i, t in enumerate(entries * 12):
        w.text(72, 100 + 11 * i, t.replace("1.", f"{i + 1}.", 1) if i >= 3 else t, size=8)
    w.save(tmp_path / "list.pdf")
    doc, _ = extract_document(str(tmp_path / "list.pdf"))
    assert not [r for r in doc.references if r.source == "footnote"]
    assert not [p for p in doc.passages if p.kind == "footnote"]
    # every entry stays in the reference list (how its repeated numbers group them into passages is the list
    # splitter's business, not the footnote finder's)
    listed = " ".join(p.text for p in doc.passages if p.kind == "reference")
    assert listed.count("Wages of care workers") == 12 and listed.count("Migration and care") == 12


def test_footnote_pdf_note_number_alone_on_its_line_opens_a_new_note(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(40):
        mark = "\x011\x02" if i == 5 else "\x012\x02" if i == 20 else ""
        w.text(72, 72 + 14 * i, f"Zeile {i} eines Berichts über Rußlands Regionen und Städte.{mark}", size=12)
    w.text(72, 700, "1", size=8)  # the number raised beside its note, a line of its own in the text layer
    w.text(78, 703.5, "Jurij Schtscherbakow, Die Städte Sibiriens, Moskau 1992, S. 399.", size=10)
    w.text(72, 727, "2", size=8)
    w.text(78, 730.5, "Die folgenden Ausführungen folgen einem Aufsatz des Verfassers.", size=10)
    w.save(tmp_path / "bare.pdf")
    doc, _ = extract_document(str(tmp_path / "bare.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes == ["1 Jurij Schtscherbakow, Die Städte Sibiriens, Moskau 1992, S. 399.",
                     "2 Die folgenden Ausführungen folgen einem Aufsatz des Verfassers."]
