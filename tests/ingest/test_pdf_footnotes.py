"""Footnote lines on a PDF page (pdf_footnotes.py): notes set so low that they fall into the bottom margin zone
are footnotes, not running footers; a page number under them stays out."""

import re

from litmine.ingest.extract import extract_document
from litmine.pdfwrite import PdfWriter, text_width


def _page(w: PdfWriter, page: int, notes: list[str]) -> None:
    w.new_page()
    for i in range(30):  # body text ends well above the notes: they stand apart, like a footer would
        mark = f"\x01{2 * page + 1}\x02" if i == 8 else f"\x01{2 * page + 2}\x02" if i == 20 else ""
        w.text(72, 72 + 15 * i, f"Zeile {i} eines Aufsatzes über Flüchtlinge und Zuwanderung in Österreich.{mark}",
               size=10)
    for k, note in enumerate(notes):
        w.text(72, 768 + 10 * k, note, size=8)
    w.text(290, 815, str(page + 1), size=8)


def test_pdf_footnotes_low_in_the_margin_zone_are_kept_as_footnotes(tmp_path):
    w = PdfWriter()
    _page(w, 0, ["1 Vgl. Klaus Bäumer, Grenzen der Zuwanderung, Köln 1998, S. 12.",
                 "2 Jürgen Köhler, Flucht und Asyl in Österreich, Wien 1990."])
    _page(w, 1, ["3 Prognos AG (2014): Evaluation des Aktionsplans, Forschungsbericht 446. Berlin: BMAS.",
                 "4 Ute Müßig, Asylpolitik in der Bundesrepublik, Opladen 1993."])
    _page(w, 2, ["5 Karen Schön, Einwanderung und ethnische Pluralität, Essen 2001.",
                 "6 Rainer Münz, Phasen der europäischen Migration, Bonn 1997."])
    w.save(tmp_path / "low.pdf")
    doc, _ = extract_document(str(tmp_path / "low.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2", "3", "4", "5", "6"]
    assert not any(t.strip() in ("2", "3") for t in (p.text for p in doc.passages))  # page numbers stay out
    surnames = [r.authors[0]["surname"] if r.authors else "" for r in doc.references if r.source == "footnote"]
    assert surnames == ["Bäumer", "Köhler", "Prognos", "Müßig", "Schön", "Münz"]


def test_pdf_footnotes_small_footer_without_note_numbers_is_still_a_footer(tmp_path):
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        for i in range(30):
            mark = "\x011\x02" if i == 3 and page == 0 else ""
            w.text(72, 72 + 15 * i, f"Zeile {i} über Gemeinden und Städte in Südtirol.{mark}", size=10)
        w.text(72, 780, f"Bericht der Kommission für Grundsatzfragen · Heft {page + 7}", size=8)
        w.text(72, 792, "1(1), 15. https://doi.org/10.1234/zöv.15", size=8)  # volume(issue), page, DOI
    w.save(tmp_path / "footer.pdf")
    doc, _ = extract_document(str(tmp_path / "footer.pdf"))
    assert not any("Kommission" in p.text or "doi.org" in p.text for p in doc.passages)


def _raised_page(w: PdfWriter, page: int, note: str) -> None:
    """A page whose text calls note `page + 1` with a mark raised so high that it sits between two lines, and
    whose note's number is set in smaller type, higher than the note's first line, low on the page."""
    w.new_page()
    for i in range(40):
        w.text(72, 72 + 16 * i, f"Zeile {i} eines Berichts über Sprachkurse und Weiterbildung in der Schweiz.",
               size=12)
    n = str(page + 1)
    w.text(72 + text_width("Zeile 12 eines Berichts über Sprachkurse und Weiterbildung in der Schweiz.", 12),
           72 + 16 * 12 - 3, n, size=7)  # the mark: overlaps its line by less than half its height
    w.text(72, 761, n, size=6)
    w.text(72 + text_width(n, 6) + 2, 763.6, note, size=8)
    w.text(290, 815, str(page + 1), size=10)


def test_pdf_footnotes_numbers_raised_off_their_lines_open_and_call_notes(tmp_path):
    w = PdfWriter()
    _raised_page(w, 0, "Vgl. Klaus Bäumer, Grenzen der Zuwanderung, Köln 1998, S. 12.")
    _raised_page(w, 1, "Quelle: Bundesamt für Statistik, Jahresbericht 2003, Bern 2004.")
    _raised_page(w, 2, "Rainer Münz, Phasen der europäischen Migration, Bonn 1997.")
    w.save(tmp_path / "raised.pdf")
    doc, _ = extract_document(str(tmp_path / "raised.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes == ["1 Vgl. Klaus Bäumer, Grenzen der Zuwanderung, Köln 1998, S. 12.",
                     "2 Quelle: Bundesamt für Statistik, Jahresbericht 2003, Bern 2004.",
                     "3 Rainer Münz, Phasen der europäischen Migration, Bonn 1997."]
    body = [p for p in doc.passages if p.kind == "body" and "Zeile 12 " in p.text]
    assert [m for p in body for _, m in p.marks] == ["1", "2", "3"]  # the raised marks call their notes
    assert not any(p.text.strip() in ("1", "2", "3") for p in doc.passages)  # no number a passage of its own


_BOOK_NOTES = (("Vgl. Paul Weber, Wirtschaft in Osteuropa, Berlin 1997, S. 12.",),
               ("Ebd., S. 45; siehe auch Hans Bauer (Hrsg.), Handel und Gewerbe in",
                "Mitteleuropa, Bremen 1998, S. 101-115."),
               ("Zu den Zahlen vgl. Statistisches Jahrbuch des Landes, Warschau 1998, S. 233; die",
                "Angaben für 1997 sind vorläufig und nach der Methode des Amtes berechnet,",
                "die von der des Fonds abweicht."))


def _book_page(w: PdfWriter, page: int, font: str, body_pitch: float, note_pitch: float, rise: float) -> None:
    """A book's page: text at 11.9 pt calling three notes with 8 pt marks, and notes at 10 pt whose 8 pt numbers
    are raised `rise` points over their first line's baseline (so high that they stand off that line)."""
    w.new_page()
    y = 70.0
    for i in range(36):
        line = f"Zeile {i} eines Kapitels über die Landwirtschaft und den Handel in Polen."
        w.text(72, y, line, size=11.9, font=font)
        if i in (4, 15, 26):
            w.text(72 + text_width(line, 11.9, font) + 0.3, y + 11.9 - rise - 8, str(3 * page + (4, 15, 26).index(i) + 1),
                   size=8, font=font)
        y += body_pitch
    y += 14
    for k, note in enumerate(_BOOK_NOTES):
        w.text(72, y + 10 - rise - 8, str(3 * page + k + 1), size=8, font=font)
        for j, text in enumerate(note):
            w.text(84, y, text, size=10, font=font)
            y += note_pitch


def test_pdf_footnotes_numbers_raised_over_a_notes_first_line_keep_the_note_whole(tmp_path):
    # 8 pt numbers raised over 10 pt notes under 11.9 pt text (a book's sizes): the number, standing off its line
    # (_raised_numbers joins it) or on it, must not make its line stand higher, else the gap to the note's next line
    # reads as a paragraph break and parts the note in two
    for font, body_pitch, note_pitch, rise in (("Times-Roman", 11.9, 11.5, 4.5), ("Times-Roman", 14.3, 15, 4.5),
                                               ("Helvetica", 11.9, 13, 5.5), ("Times-Roman", 13.1, 13, 4.0),
                                               ("Helvetica", 11.9, 13, 3.6)):
        w = PdfWriter()
        for page in range(3):
            _book_page(w, page, font, body_pitch, note_pitch, rise)
        w.save(tmp_path / "book.pdf")
        doc, _ = extract_document(str(tmp_path / "book.pdf"))
        notes = [p.text for p in doc.passages if p.kind == "footnote"]
        assert [t.split(None, 1)[0] for t in notes] == [str(n) for n in range(1, 10)], (font, notes)
        assert all(t.endswith(("S. 12.", "S. 101-115.", "abweicht.")) for t in notes), (font, notes)
        assert [m for p in doc.passages if p.kind == "body" for _, m in p.marks] == [str(n) for n in range(1, 10)]


def test_pdf_footnotes_marks_drawn_a_figure_at_a_time_are_one_number(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(30):
        line = f"Zeile {i} eines Berichts über Eingliederung im Betrieb" + (" " if i == 9 else "")
        w.text(72, 72 + 15 * i, line, size=10)
        if i in (4, 9):  # note 12's and note 13's marks, each figure a text object of its own
            x = 72 + text_width(line, 10)
            for digit in ("12" if i == 4 else "13"):
                w.text(x, 72 + 15 * i + 0.7, digit, size=6)
                x += text_width(digit, 6)
    w.text(72, 740, "12 Vgl. Hans Kohte, Betriebliches Eingliederungsmanagement, Frankfurt 2008, S. 582.", size=8)
    w.text(72, 750, "13 Vgl. Eva Feldes, Schwerbehindertenrecht, Berlin 2009, S. 35.", size=8)
    w.save(tmp_path / "figures.pdf")
    doc, _ = extract_document(str(tmp_path / "figures.pdf"))
    assert [m for p in doc.passages if p.kind == "body" for _, m in p.marks] == ["12", "13"]
    assert not any(re.search(r"Betrieb ?\d", p.text) for p in doc.passages)  # no figure left in the text


def test_pdf_footnotes_a_note_running_deep_into_the_margin_zone_is_kept_whole(tmp_path):
    w = PdfWriter()
    names = ["Kohte", "Feldes", "Roth"]
    for page, name in enumerate(names):
        w.new_page()
        for i in range(42):
            mark = f"\x01{page + 1}\x02" if i == 20 else ""
            w.text(72, 72 + 15 * i, f"Zeile {i} über die Pflichten des Arbeitgebers im Verfahren.{mark}", size=10)
        w.text(72, 735, f"{page + 1} Die Frage ist umstritten. Nach Auffassung einiger Gerichte soll die", size=8)
        for k, rest in enumerate(["Vertretung nur dann eine Information beanspruchen können, wenn die Person",
                                  f"zugestimmt hat (so Hans {name}, Datenschutz im Betrieb, Köln 2008, S. 12).",
                                  f"Nach anderer Auffassung {name}s soll ein Anspruch bestehen (vgl. Eva Feldes,",
                                  f"Schwerbehindertenrecht, Berlin 2009, S. 35), damit die {name}-Vertretung ihre",
                                  f"Pflichten erfüllen kann (vgl. Otto {name}, Arbeitsrecht, Bonn 2007, S. 9).",
                                  f"Zumindest eine solche Information dürfte für {name} unerlässlich sein."]):
            w.text(80, 745 + 10 * k, rest, size=8)
        w.text(290, 815, str(page + 40), size=10)
    w.save(tmp_path / "deep.pdf")
    doc, _ = extract_document(str(tmp_path / "deep.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert len(notes) == 3 and all(t.endswith(f"für {name} unerlässlich sein.") for t, name in zip(notes, names))
    assert all(f"Otto {name}, Arbeitsrecht" in t for t, name in zip(notes, names))
    assert not any(p.text.strip() in ("40", "41", "42") for p in doc.passages)


def test_pdf_footnotes_a_page_number_beside_a_note_line_is_parted_from_it(tmp_path):
    w = PdfWriter()
    for page, name in enumerate(["Kohte", "Feldes", "Roth"]):
        w.new_page()
        for i in range(44):
            mark = f"\x01{2 * page + 1}\x02" if i == 10 else f"\x01{2 * page + 2}\x02" if i == 30 else ""
            w.text(72, 72 + 15 * i, f"Zeile {i} über die Pflichten des Arbeitgebers im Verfahren.{mark}", size=10)
        w.text(72, 770, f"{2 * page + 1} Vgl. Hans {name}, Datenschutz im Betrieb, Köln 2008, S. 12, und", size=7)
        w.text(80, 779, f"zum Folgenden Eva {name}, Schwerbehindertenrecht, Berlin 2009, S. 35.", size=7)
        # the page number on the height of the next note's first line: at its left on even pages, else at its right
        w.text(40 if page % 2 == 0 else 500, 786.5, str(page + 40), size=12)
        w.text(72, 788, f"{2 * page + 2} Vgl. Otto {name}, Arbeitsrecht, Bonn 2007, S. 9.", size=7)
    w.save(tmp_path / "folio.pdf")
    doc, _ = extract_document(str(tmp_path / "folio.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2", "3", "4", "5", "6"]
    assert notes[1::2] == [f"{2 * k + 2} Vgl. Otto {name}, Arbeitsrecht, Bonn 2007, S. 9."
                           for k, name in enumerate(["Kohte", "Feldes", "Roth"])]


def test_pdf_footnotes_a_line_opening_with_a_section_sign_goes_on_with_its_note(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(30):
        mark = "\x011\x02" if i == 5 else "\x012\x02" if i == 20 else ""
        w.text(72, 72 + 15 * i, f"Zeile {i} über das Eingliederungsmanagement im Betrieb.{mark}", size=10)
    w.text(72, 700, "1 Der Berechnungsmodus orientiert sich an den Richtlinien; es sind aber andere denkbar, da", size=8)
    w.text(80, 710, "§ 84 Abs. 2 SGB IX keine abschließende Regelung trifft (vgl. Hans Kohte, Köln 2008).", size=8)
    w.text(72, 720, "2 Vgl. Eva Feldes, Schwerbehindertenrecht, Berlin 2009, S. 35.", size=8)
    w.save(tmp_path / "section.pdf")
    doc, _ = extract_document(str(tmp_path / "section.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2"] and "§ 84 Abs. 2 SGB IX" in notes[0]


def test_pdf_footnotes_a_charts_labels_under_the_text_are_no_notes(tmp_path):
    """The chain of lines under the text into the margin zone takes a note's lines, not the single letters of a
    chart's labels or a table's cells set low on the page ("A", "E 2", "1 S 2 S")."""
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        for i in range(46):  # the text runs down to the margin zone, the chart's labels close under it
            w.text(72, 72 + 15 * i, f"Zeile {i} eines Berichts über die Lage der Kommunen im Land.", size=10)
        for k, labels in enumerate(["ABC"[page], f"E   {page + 2}", f"{page + 1}   S   {page + 4}   K"]):
            w.text(120, 772 + 10 * k, labels, size=8)
        w.text(290, 815, str(page + 40), size=10)
    w.save(tmp_path / "chart.pdf")
    doc, _ = extract_document(str(tmp_path / "chart.pdf"))
    # after the first page (whose margin lines are never taken for running lines) no label is a note
    assert not [p.text for p in doc.passages if p.kind == "footnote" and p.page > 1]
    assert "Zeile 45" in " ".join(p.text for p in doc.passages if p.page == 3)


def _table_page(w: PdfWriter, mark_rise: float) -> None:
    """A chapter's page: its text calls notes 1-3 (numbered anew in each chapter) with marks raised `mark_rise`
    points, and mid-page, between lines of text, a table in small type whose rows open with 1, 2 and 3."""
    w.new_page()
    y = 80.0
    for i in range(30):
        line = f"Zeile {i} eines Kapitels über die Gemeinden der Landeskirche im Jahrbuch."
        w.text(72, y - 10, line, size=10)
        if i in (3, 8, 22):
            w.text(72 + text_width(line, 10), y - 6 - mark_rise, str((3, 8, 22).index(i) + 1), size=6)
        y += 14
        if i == 12:
            for row in ("1 Gemeinden im Norden mit eigener Pfarrstelle und Kirchenvorstand",
                        "2 Gemeinden im Süden ohne eigene Pfarrstelle, aber mit Vorstand",
                        "3 Gemeinden in den Städten mit mehreren Pfarrstellen"):
                w.text(90, y + 4 - 8.5, row, size=8.5)
                y += 10.5
            y += 10
    for k, note in enumerate(("Vgl. Karl Hammer, Die Kirchenordnung, Tübingen 1931, S. 45.",
                              "Otto Weber, Grundlagen der Dogmatik, Neukirchen 1955, S. 123.",
                              "Ernst Troeltsch, Die Soziallehren, Tübingen 1912, S. 9.")):
        w.text(72, y + 20 + 11 * k - 8, f"{k + 1} {note}", size=8)


def test_pdf_footnotes_table_in_the_text_whose_rows_open_with_called_numbers_is_no_note(tmp_path):
    # marks raised so high that they stand off their lines (pdf_lines._raised_numbers joins them) and marks set as
    # usual: either way the page calls 1-3, and the table above text at body size holds no note
    for rise in (1.0, 5.5):
        w = PdfWriter()
        for _ in range(3):
            _table_page(w, rise)
        w.save(tmp_path / "table.pdf")
        doc, _ = extract_document(str(tmp_path / "table.pdf"))
        notes = [p.text for p in doc.passages if p.kind == "footnote"]
        assert [t.split(None, 1)[0] for t in notes] == ["1", "2", "3"] * 3
        assert not any("Gemeinden" in t for t in notes)
        assert [m for p in doc.passages if p.kind == "body" for _, m in p.marks] == ["1", "2", "3"] * 3


def test_pdf_footnotes_under_a_box_low_on_the_page_with_text_below_stay_notes(tmp_path):
    # notes set under a box's text in the lower part of the page, the text going on under them, are notes still
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        y = 80.0
        for i in range(46):
            line = f"Zeile {i} eines Kapitels über die Gemeinden der Landeskirche im Jahrbuch."
            w.text(72, y - 10, line, size=10)
            if i in (5, 20):
                w.text(72 + text_width(line, 10), y - 9, str(2 * page + (5, 20).index(i) + 1), size=6)
            y += 14
            if i == 26:
                for k, note in enumerate(("Vgl. Karl Hammer, Die Kirchenordnung, Tübingen 1931, S. 45.",
                                          "Otto Weber, Grundlagen der Dogmatik, Neukirchen 1955, S. 123.")):
                    w.text(72, y + 8 + 11 * k - 8, f"{2 * page + k + 1} {note}", size=8)
                y += 40
    w.save(tmp_path / "box.pdf")
    doc, _ = extract_document(str(tmp_path / "box.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split(None, 1)[0] for t in notes] == ["1", "2", "3", "4", "5", "6"]


def test_pdf_footnotes_a_notes_line_opening_with_a_figure_goes_on_with_its_note(tmp_path):
    # a note's line may open with a figure of its text ("12 Mrd. DM", "30 Prozent", "21. Jahrhundert"): notes count
    # up, so under note 3 such a line opens no note unless the text calls that number; a new chapter's note 1 does
    w = PdfWriter()
    notes = (("Vgl. Karl Weber, Der Staatshaushalt, Berlin 1997, S. 12; danach fehlten",
              "12 Mrd. DM im Haushalt des Jahres, die nur zum Teil gedeckt wurden."),
             ("Nach Angaben des Amtes waren in der Landwirtschaft etwa",
              "30 Prozent der Beschäftigten tätig, in der Industrie weniger."),
             ("Zur Geschichte der Genossenschaften im 19. und",
              "21. Jahrhundert vgl. Hans Bauer, Genossenschaften, Bremen 1998, S. 7."))
    for page, first in ((0, 1), (1, 4), (2, 1)):  # the third page opens a new chapter: its notes count from 1
        w.new_page()
        for i in range(30):
            k = (4, 12, 20).index(i) if i in (4, 12, 20) else None
            mark = f"\x01{first + k}\x02" if k is not None else ""
            w.text(72, 72 + 15 * i, f"Zeile {i} eines Kapitels über die Wirtschaft der Gemeinden.{mark}", size=11)
        y = 560.0
        for k, lines in enumerate(notes):
            for j, text in enumerate(lines):
                w.text(72, y, f"{first + k} {text}" if j == 0 else text, size=9)
                y += 11
        w.text(290, 800, str(page + 1), size=9)
    w.save(tmp_path / "figures.pdf")
    doc, _ = extract_document(str(tmp_path / "figures.pdf"))
    found = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split(None, 1)[0] for t in found] == ["1", "2", "3", "4", "5", "6", "1", "2", "3"], found
    assert all(t.endswith(("gedeckt wurden.", "weniger.", "S. 7.")) for t in found), found


def _drawn_numbers_page(w: PdfWriter, notes: list[tuple[bool, list[str]]], extra=None) -> None:
    """A page whose notes sit under a rule with their text indented past the place of the number, and whose
    numbers are drawn as glyphs without text (the text layer lacks them, as in GIGA Focus's notes 1-9): notes is
    (whether a drawn number stands before it, its lines)."""
    w.new_page()
    for i in range(34):
        w.text(72, 72 + 15 * i, f"Zeile {i} eines Berichts über die Reform der Liga und ihre Gipfeltreffen.",
               size=10)
        if i in (6, 18):  # the text's marks are drawn so too
            w.textless_glyph(72 + text_width(f"Zeile {i} eines Berichts über die Reform der Liga und ihre "
                                             "Gipfeltreffen.", 10), 70 + 15 * i, size=5)
    y = 610.0
    for numbered, lines in notes:
        if numbered:
            w.textless_glyph(72, y - 1, size=4.6)
        for text in lines:
            w.text(79, y, text, size=8)
            y += 9.6
    if extra:
        extra(w)


_DRAWN_NOTES = [(True, ["Mit Ausnahme einer Sitzung im Jahr 1996 tagte der Rat bis 2000 nicht. Erst danach kam",
                        "es wieder zu regelmäßigen Treffen der Minister."]),
                (True, ["Vgl. Tageszeitung Online, 12.03.2004 (Reform oder Rückzug?)."]),
                (True, ["Frühere Vorsitzende waren: Karl Bauer 1950-61, Otto Brandt 1961-72, Hans Vogel",
                        "1972-80, Paul Winter 1980-91."]),
                (True, ["Vgl. Wochenblatt, 01.-07.03.2001 (Eine neue Ordnung)."])]


def test_pdf_footnotes_numbers_drawn_without_text_part_the_notes(tmp_path):
    # notes whose numbers are glyphs without text run on line by line with nothing to part them in the text layer;
    # the drawn glyph in the gap before a line's start opens a note there, and the lines after it without one go on
    w = PdfWriter()
    _drawn_numbers_page(w, _DRAWN_NOTES)
    w.save(tmp_path / "drawn.pdf")
    doc, _ = extract_document(str(tmp_path / "drawn.pdf"))
    found = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t[:12] for t in found] == ["Mit Ausnahme", "Vgl. Tagesze", "Frühere Vors", "Vgl. Wochenb"], found
    assert found[0].endswith("der Minister.") and found[2].endswith("1980-91."), found
    refs = [r.raw for r in doc.references if r.source == "footnote"]
    assert any(r.startswith("Tageszeitung Online, 12.03.2004") and "Frühere" not in r for r in refs), refs


def test_pdf_footnotes_glyphs_without_text_elsewhere_part_no_note(tmp_path):
    # a glyph without text that is no note's number stays without effect: one at the end of a note's line (a mark
    # called in the note) does not part the line under it, nor one in the margin far left of the notes, nor one
    # under a line's middle; a note with no drawn number before it goes on with the note above it
    def marks(w: PdfWriter) -> None:
        end = 79 + text_width(_DRAWN_NOTES[0][1][0], 8)
        w.textless_glyph(end + 1, 610 - 1, size=4.6)  # a mark at the end of the first note's first line
        w.textless_glyph(20, 610 + 3 * 9.6 - 1, size=4.6)  # in the left margin, beside the third note's first line
        w.textless_glyph(72, 610 + 4 * 9.6 + 6, size=4.6)  # low, under the middle of the third note's second line

    w = PdfWriter()
    notes = [(True, _DRAWN_NOTES[0][1]), (False, _DRAWN_NOTES[1][1]), (False, _DRAWN_NOTES[2][1])]
    _drawn_numbers_page(w, notes, marks)
    w.save(tmp_path / "marks.pdf")
    doc, _ = extract_document(str(tmp_path / "marks.pdf"))
    found = [p.text for p in doc.passages if p.kind == "footnote"]
    assert len(found) == 1 and found[0].startswith("Mit Ausnahme") and found[0].endswith("1980-91."), found


def test_pdf_footnotes_an_abstract_set_a_size_over_the_notes_above_them_is_no_note(tmp_path):
    # a first page's abstract and keywords set small (9 pt under a 10.5 pt text) at its foot, with the notes in a
    # smaller size (8 pt) under a gap: one type size for notes, so the abstract is no note; note 1 is
    w = PdfWriter()
    w.new_page()
    w.text(72, 80, "Bilder im Wahlkampf\x011\x02", size=18)
    w.text(72, 110, "Anna Beispiel (Graz)", size=12)
    abstract = ["Fernsehdebatten gelten als zentrale Elemente der politischen Kommunikation im Wahlkampf.",
                "Der Beitrag untersucht die Hilfsmittel, die Kandidaten in den Debatten zeigen, und ordnet",
                "sie in eine Typologie ein.",
                "Schlagworte: politische Kommunikation, Fernsehdebatten, Nationalratswahl, Inhaltsanalyse",
                "Television debates are central to political communication in election campaigns. The paper",
                "asks which visual tools the candidates show.",
                "Keywords: political communication, television debates, federal election, content analysis"]
    for k, text in enumerate(abstract):
        w.text(72, 480 + 10 * k, text, size=9)
    w.text(72, 570, "1 Ich danke Karl Muster für den Hinweis auf die Debatten des Jahres 2013.", size=8)
    w.new_page()
    for i in range(40):
        w.text(72, 72 + 15 * i, f"Zeile {i} des Aufsatzes über Bilder im Wahlkampf und ihre Wirkung.", size=10.5)
    w.save(tmp_path / "abstract.pdf")
    doc, _ = extract_document(str(tmp_path / "abstract.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes == ["1 Ich danke Karl Muster für den Hinweis auf die Debatten des Jahres 2013."], notes


def _quotation_page(w: PdfWriter, above: list[tuple[float, float, str]], gap: float) -> None:
    """A page of 10 pt text calling note 3, whose foot holds the small lines `above` ((indent, size, text)) and,
    `gap` points under them, note 3 at 8 pt."""
    w.new_page()
    for i in range(30):
        mark = "\x013\x02" if i == 5 else ""
        w.text(72, 72 + 15 * i, f"Zeile {i} eines Aufsatzes über das Spiel und die Kultur der Moderne.{mark}",
               size=10)
    y = 530.0
    for indent, size, text in above:
        w.text(72 + indent, y, text, size=size)
        y += size + 2
    w.text(72, y - 2 + gap, "3 Vgl. Hans Beispiel, Spiel und Ernst, Berlin 2001, S. 12.", size=8)


def test_pdf_footnotes_a_block_quotation_a_size_under_the_text_above_the_notes_is_no_note(tmp_path):
    # a block quotation set in 9 pt under a 10 pt text ends the page's text, and the page's note (8 pt) stands apart
    # under it: the quotation is text, not the first lines of a note
    quote = [(20, 9, '"Zwar darf das Kind noch spielend die Welt erkunden, Erwachsene hingegen sind dem'),
             (20, 9, "Ernst des Lebens verpflichtet, und diese Auffassung gilt bis heute weithin als"),
             (20, 9, 'zeitgemäß." (Beispiel 2005: 12)')]
    w = PdfWriter()
    _quotation_page(w, quote, 30)
    w.save(tmp_path / "quote.pdf")
    doc, _ = extract_document(str(tmp_path / "quote.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes == ["3 Vgl. Hans Beispiel, Spiel und Ernst, Berlin 2001, S. 12."], notes
    assert any(p.kind == "body" and p.text.startswith('"Zwar darf') for p in doc.passages)


def test_pdf_footnotes_small_lines_above_a_note_that_are_notes_stay_notes(tmp_path):
    # what the one-size rule must leave: a note carried over from the page before, set at the notes' size right
    # above note 3 (no gap), lines a size larger than the notes but set close above them (no gap), and a list with
    # hanging indents a size larger above a gap (a reference list set small: read as before, its entries whole)
    carried = [(0, 8, "und die Fortsetzung der Anmerkung von der vorigen Seite, die hier mit einem Satz endet.")]
    close = [(0, 9, "Eine längere Anmerkung, deren Zeilen eine Spur größer gesetzt sind als die der übrigen"),
             (0, 9, "Anmerkungen, steht dicht über der nächsten Anmerkung.")]
    listed = [(0, 9, "Müller, Hans (2001): Spiel und Ernst. Eine Studie über die Kultur der Moderne, in:"),
              (18, 9, "Zeitschrift für Spiel 4, 12-30."),
              (0, 9, "Schmidt, Eva (2003): Ernst und Spiel. Noch eine Studie über die Kultur, in: Kultur"),
              (18, 9, "und Spiel 7, 44-61.")]
    for name, above, gap in (("carried", carried, 2), ("close", close, 2), ("listed", listed, 30)):
        w = PdfWriter()
        _quotation_page(w, above, gap)
        w.save(tmp_path / f"{name}.pdf")
        doc, _ = extract_document(str(tmp_path / f"{name}.pdf"))
        notes = " ".join(p.text for p in doc.passages if p.kind in ("footnote", "reference"))
        assert above[0][2][:30] in notes and "3 Vgl. Hans Beispiel" in notes, (name, notes)
    assert any("Müller, Hans" in p.text and "12-30" in p.text for p in doc.passages)


def test_pdf_footnotes_a_table_set_under_a_note_in_another_size_is_no_part_of_it(tmp_path):
    # a note called in the text stands in the lower half of a page under a paragraph, a table in another size
    # right under it and the text going on below: the note's lines keep its size, the table's rows are no note; a
    # note whose number stands alone on its line (smaller, raised) goes on with its text at the note's size
    w = PdfWriter()
    for page in range(2):
        w.new_page()
        for i in range(22):
            mark = f"\x01{page + 1}\x02" if i == 4 else ""
            w.text(72, 72 + 14 * i, f"Zeile {i} eines Berichts über die Bevölkerung Italiens seit 1861.{mark}",
                   size=10)
        if page == 0:
            w.text(72, 400, "1 Die beim Zensus anwesende Bevölkerung betrug 56,1 Millionen.", size=7)
        else:
            w.text(72, 399, "2", size=5)
            w.text(72, 406, "Gemeint ist die Zahl der tatsächlich Erwerbstätigen ab 15 Jahren.", size=7)
        for k, row in enumerate(("Wanderungen Gewinn Verlust Dichte", "1991 +21 93 -297",
                                 "2001 -2.172 112 -594", "2011 -1.007 126 -999")):
            w.text(90, 420 + 12 * k, row, size=8.5)
        for i in range(15):
            w.text(72, 500 + 14 * i, f"Zeile {i + 30} eines Berichts über die Bevölkerung Italiens seit 1861.",
                   size=10)
    w.save(tmp_path / "table.pdf")
    doc, _ = extract_document(str(tmp_path / "table.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes == ["1 Die beim Zensus anwesende Bevölkerung betrug 56,1 Millionen.",
                     "2 Gemeint ist die Zahl der tatsächlich Erwerbstätigen ab 15 Jahren."], notes


def test_pdf_footnotes_notes_marked_by_doubled_asterisks_are_notes_of_their_own(tmp_path):
    # a first page's notes on the article and its author, marked "*" and "**": two notes, not one; the first
    # note's second line goes on with it
    w = PdfWriter()
    w.new_page()
    w.text(72, 80, "Die Rhetorik der Reaktion*", size=16)
    w.text(72, 110, "Max Muster**", size=12)
    for i in range(34):
        w.text(72, 150 + 15 * i, f"Zeile {i} eines Aufsatzes über Wirtschaftsethik und ihre Gegner.", size=11)
    w.text(72, 680, "* Beitrag eingereicht am 04.01.2006; nach Begutachtung angenommen am 02.09.2006 mit", size=9)
    w.text(72, 691, "kleinen Änderungen (die Stellen sind mit * bezeichnet).", size=9)
    w.text(72, 702, "** Prof. Dr. Max Muster, Universität Bayreuth, Lehrstuhl für Ethik.", size=9)
    w.save(tmp_path / "stars.pdf")
    doc, _ = extract_document(str(tmp_path / "stars.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert notes[-1] == "** Prof. Dr. Max Muster, Universität Bayreuth, Lehrstuhl für Ethik.", notes
    assert notes[0].startswith("* Beitrag eingereicht") and notes[0].endswith("bezeichnet)."), notes


def _symbol_figure(w: PdfWriter, x: float, y: float, digit: int, size: float) -> None:
    """A figure set in a symbolic font without a Unicode map: PDFium gives it in the Private Use Area (U+F030 + the
    figure), here by the text span's /ActualText. y from the top of the page, as for PdfWriter.text."""
    w.pages[-1].append(b"/Span <</ActualText <FEFFF03%d>>> BDC BT /F1 %.2f Tf %.2f %.2f Td (%d) Tj ET EMC" % (
        digit, size, x, w.height - y - size, digit))


def test_pdf_footnotes_numbers_of_a_symbol_font_open_and_call_notes(tmp_path):
    # a word processor's PDF whose note numbers and marks are set in a symbol font: the text layer gives "\uf031"
    # for 1; the note, low in the margin zone, was taken for a footer, two notes on one line for one
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        for i in range(30):
            line = f"Zeile {i} eines Aufsatzes über Arbeitsbeziehungen und Unternehmen in Großbritannien."
            w.text(72, 72 + 15 * i, line, size=10)
            if i in (8, 20):
                n = 2 * page + (1 if i == 8 else 2)
                _symbol_figure(w, 72 + text_width(line, 10), 72 + 15 * i + 0.7, n, 6)
        for k, (n, note) in enumerate(((2 * page + 1, "Vgl. Howard Gospel, Markets, Firms, and the Management of "
                                                      "Labour, Cambridge 1992."),
                                       (2 * page + 2, f"Dieser Begriff wird von Richardson ({1972 + page}) "
                                                      "angewendet."))):
            _symbol_figure(w, 72, 768 + 10 * k, n, 6)
            w.text(79, 768 + 10 * k, note, size=8)
        w.text(290, 815, str(page + 1), size=8)
    w.save(tmp_path / "symbol.pdf")
    doc, _ = extract_document(str(tmp_path / "symbol.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2", "3", "4", "5", "6"]
    assert notes[1] == "2 Dieser Begriff wird von Richardson (1972) angewendet."
    assert "\uf031" not in " ".join(p.text for p in doc.passages)


def test_pdf_footnotes_source_line_of_a_figure_at_the_page_foot_is_kept(tmp_path):
    # a figure set at the foot of a page puts its source line into the bottom margin zone, small and apart from
    # the text: no running footer (those repeat from page to page, as the series line here and, on every page, a
    # footer that opens like a source line do)
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        for i in range(26):
            w.text(72, 72 + 15 * i, f"Zeile {i} eines Berichts über Sozialausgaben und Staatsverschuldung in "
                                    "Brasilien seit 1995.", size=10)
        w.text(150, 470, f"Grafik {page + 1}: Sozialausgaben der Regierung (1995 = 100)", size=10)
        for k, label in enumerate(("200", "150", "100", "50", "0")):  # the chart's axis, small and apart
            w.text(160, 500 + 45 * k, label, size=8)
        w.text(180, 735, "1994 1995 1996 1997 1998 1999 2000 2001 2002", size=8)
        if page != 1:
            w.text(72, 773, "Quelle: Castro et al. (2003): 14." if page == 0 else "Quelle: Fritz 2003: 132.", size=8)
        w.text(72, 792, f"Brennpunkt Lateinamerika Nr. 0{page + 7}-04", size=8)
        w.text(72, 804, "Quelle: www.brennpunkt-lateinamerika.de", size=8)
        w.text(510, 792, str(page + 97), size=8)
    w.save(tmp_path / "source.pdf")
    doc, _ = extract_document(str(tmp_path / "source.pdf"))
    texts = [p.text for p in doc.passages]
    assert [t for t in texts if t.startswith("Quelle")] == ["Quelle: Castro et al. (2003): 14.",
                                                           "Quelle: Fritz 2003: 132."]
    assert not any("Brennpunkt" in t or "www.brennpunkt" in t for t in texts)


def test_pdf_footnotes_next_note_whose_mark_was_lost_is_kept_in_the_margin_zone(tmp_path):
    # notes 1 and 2 are called with marks on the first pages; note 3's mark is set in a figure at the text's size
    # (no superscript to read), and the note sits low in the margin zone: the next number after a note the text
    # called on the page before is a note, no footer. A running footer that opens with the page's number (the
    # number after a called note on its page too) stays out: it repeats from page to page.
    w = PdfWriter()
    for page in range(4):
        w.new_page()
        for i in range(30):
            mark = f"\x01{page + 1}\x02" if i == 12 and page < 2 else ""
            w.text(72, 72 + 15 * i, f"Zeile {i} eines Berichts über das betriebliche Eingliederungsmanagement.{mark}",
                   size=10)
        if page < 3:
            w.text(72, 766, f"{page + 1} " + ("Vgl. Gagel, NZA 2004, 1359 ff.", "Kohte, DB 2008, 582 ff. (586).",
                                              "In Anlehnung an iqpr (Hrsg.) 2006, Diskussionsforum B Nr. 3/2006: "
                                              "Informationsfluss und Datenschutz.")[page], size=7)
        w.text(72, 800, f"{page + 2} Bericht zum Projekt EIBE", size=7)
    w.save(tmp_path / "lost.pdf")
    doc, _ = extract_document(str(tmp_path / "lost.pdf"))
    notes = [p.text for p in doc.passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2", "3"]
    assert notes[2].startswith("3 In Anlehnung an iqpr (Hrsg.) 2006")
    assert not any("Bericht zum Projekt" in p.text for p in doc.passages)


def test_pdf_footnotes_a_letterless_line_under_the_notes_ends_no_foot_zone(tmp_path):
    """Notes whose numbers the text layer lost, set small at the foot of a column, and under them a line without
    letters in larger type (a folio's dashes whose number is drawn as a picture, "- -"): the notes are still the
    foot zone's, as without that line; before, the line at body size after them ended no zone and the notes were
    read as captions. The line itself stays out of the notes."""
    for under in ("- -", None):
        w = PdfWriter()
        w.new_page()
        for i in range(36):
            w.text(72, 72 + 15 * i, f"Zeile {i} eines Aufsatzes über die Allianz und die Wahlen in Japan.", size=10)
        w.text(72, 760, "Zu den Wahlen vom August 2009 siehe ausführlich: Köllner (2009).", size=8)
        w.text(72, 770, "Zur Allianz vgl. Maull, Hanns W. (2005): Die Allianz. Berlin: Verlag.", size=8)
        if under:
            w.text(290, 805, under, size=11)
        w.save(tmp_path / "n.pdf")
        doc, _ = extract_document(str(tmp_path / "n.pdf"))
        notes = [p.text for p in doc.passages if p.kind == "footnote"]
        assert len(notes) >= 1 and "Köllner (2009)" in notes[0] and not any("- -" in t for t in notes), under
        assert not any(p.kind == "caption" and "Köllner" in p.text for p in doc.passages), under
