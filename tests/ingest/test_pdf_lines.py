"""A page's text runs into lines (pdf_lines.py): small type stacked beside a taller line stays on its own lines."""

import pypdfium2 as pdfium

from litmine.ingest.blocks import HYPHEN_MARK
from litmine.ingest.pdf import read_pdf
from litmine.ingest.pdf_lines import page_lines
from litmine.ingest.structure import build_passages
from litmine.pdfwrite import PdfWriter

LEFT = "Zeile {i} über Ehefrauen in Württemberg"
RIGHT = "Zeile {i} zur Aufgabenteilung der Paare"
NOTES = ["1 Vgl. Jörg Bäumer (2004): Verwaltung und Öffent-", "lichkeit in München (Bayern). Wirtschaft und Statistik",
         "12/2004, Göttingen: Landesamt, S. 1372.", "2 Näherungswert ab 1990, präzisierte Erfassung."]


def _two_columns(tmp_path) -> str:
    """A two-column page: 10 pt body lines every 12 pt; the right column's footnotes in 6.5 pt every 7 pt, two
    of them level with one left-column line."""
    w = PdfWriter()
    w.new_page()
    for i in range(50):
        w.text(56, 100 + 12 * i, LEFT.format(i=i), size=9)
        if i < 40:
            w.text(316, 100 + 12 * i, RIGHT.format(i=i), size=9)
    for k, note in enumerate(NOTES):
        w.text(316, 100 + 12 * 41 + 4 + 7 * k, note, size=6.5)
    w.save(tmp_path / "two.pdf")
    return str(tmp_path / "two.pdf")


def test_pdf_lines_stacked_small_type_beside_a_body_line_kept_apart(tmp_path):
    path = _two_columns(tmp_path)
    pdf = pdfium.PdfDocument(path)
    try:
        lines, _, _ = page_lines(pdf[0], 0)
    finally:
        pdf.close()
    texts = [ln.text.replace(HYPHEN_MARK, "-") for ln in lines]
    for note in NOTES:
        assert note in texts  # each footnote line whole, alone
    for i in range(50):
        assert any(t == LEFT.format(i=i) for t in texts)  # no body line takes in a note's words


def test_pdf_lines_stacked_footnotes_read_whole(tmp_path):
    blocks, _ = read_pdf(_two_columns(tmp_path))
    text, _ = build_passages(blocks)
    assert "Vgl. Jörg Bäumer (2004): Verwaltung und Öffentlichkeit in München (Bayern). Wirtschaft und Statistik " \
        "12/2004, Göttingen: Landesamt, S. 1372." in text
    assert "Württemberg 1 Vgl." not in text and "Württemberg lichkeit" not in text


def test_pdf_lines_side_notes_in_a_margin_column_kept_out_of_the_body(tmp_path):
    w = PdfWriter()
    w.new_page()
    words = ("Die Reform von 1977 ersetzte das Leitbild der Hausfrauenehe durch ein Modell, in dem beide "
             "Ehepartner über ihre Erwerbstätigkeit gemeinsam entscheiden.").split()
    side = ["Steigerung der", "Erwerbsquote von", "47 auf 68 % in", "Württemberg."]
    for i in range(36):  # body text at 10 pt from x = 160, side notes at 7 pt in the left margin
        w.text(160, 100 + 13 * i, " ".join(words[i % 6:i % 6 + 7]), size=10, font="Times-Roman")
        if 10 <= i < 10 + len(side):
            w.text(56, 101 + 13 * i, side[i - 10], size=7)
    w.save(tmp_path / "side.pdf")
    blocks, _ = read_pdf(str(tmp_path / "side.pdf"))
    text, _ = build_passages(blocks)
    assert "Steigerung der Erwerbsquote von 47 auf 68 % in Württemberg." in text
    for note in side:  # no body line takes in a side note's words
        assert not any(note in b.text and "Reform" in b.text for b in blocks)


def test_pdf_lines_runs_become_segments_and_lines_without_copies_and_keep_their_fields():
    from litmine.ingest.pdf_layout import Line
    from litmine.ingest.pdf_lines import lines_from_runs

    label = Line(1, 50, 100, 58, 110, "12.", 10, False)
    text = Line(1, 70, 100, 300, 110, "The  inquiry found ", 10, 1, italic=((3, 10),))
    word = Line(1, 301.5, 100, 340, 110, "delays", 10, 1)
    alone = Line(1, 70, 130, 200, 140, "Second line", 10, False)
    lines = lines_from_runs([label, text, word, alone], 600)
    assert [ln.text for ln in lines] == ["12. The inquiry found delays", "Second line"]
    assert lines[0] is text and lines[1] is alone  # the first run of a line is its segment and its line
    assert lines[0].hang == 70 and lines[0].x0 == 50 and lines[0].x1 == 340 and lines[0].bold is True
    assert lines[0].italic == ((5, 12),) and lines[0].parts == () and lines[1].column == 0


def _sidebar_page(tmp_path) -> tuple[str, str, list[str]]:
    """A journal's first page: a body column from x = 167 (10 pt Times, every 13 pt) and, in the left margin, a
    sidebar of dates and licence in 9 pt (near the body's size) whose lines share baselines with body lines; a
    14 pt heading beside a sidebar line; a footer across the page (so the page's gutter finder sees no empty strip)."""
    from litmine.pdfwrite import text_width

    para = ("Thermostat is a small package that manages the states of simple compressible systems for students "
            "of engineering courses. It relies on two libraries (Bellamy, Wronski, & Quoilin, 2014) to provide "
            "the equations of state and the handling of units, and it replaces the printed tables that are used "
            "in such courses to look up the properties of water, air and refrigerants at a given state. Students "
            "then spend their time on the problem, not on the arithmetic of reading and interpolating tables.")
    rows, row = [], ""
    for word in para.split():
        if row and text_width(row + " " + word, 10, "Times-Roman") > 380:
            rows.append(row)
            row = word
        else:
            row = (row + " " + word).strip()
    rows.append(row)
    side = ["Submitted: 22 September 2018", "Published: 24 October 2018", "Authors of papers keep their",
            "copyright and release the", "work under a Creative Com-", "mons Attribution Licence"]
    w = PdfWriter()
    w.new_page()
    w.text(167, 80, "Thermostat: states for courses", size=17, font="Helvetica-Bold")
    w.text(29, 120, "Digital object identifier", size=9)
    for i, text in enumerate(rows):
        w.text(167, 150 + 13 * i, text, size=10, font="Times-Roman")
        if i + 2 < len(rows):
            w.text(29, 150 + 13 * i, side[i % len(side)] if i < len(side) else "", size=9)
    y = 150 + 13 * len(rows) + 20
    w.text(156 - text_width("Attribution Licence", 9), y, "Attribution Licence", size=9)  # 11 pt from the heading
    w.text(167, y, "Statement of Need", size=14.3, font="Helvetica-Bold")
    for i in range(12):
        w.text(167, y + 20 + 13 * i, f"Line {i} of the second paragraph about tables and units in courses today.",
               size=10, font="Times-Roman")
    for i, foot in enumerate(["Thermostat: states for courses. Journal of Open Education, 1(3), 33 (2018).",
                              "https://doi.org/10.99999/journal.00033 and the page footer running across"]):
        w.text(39, 790 + 10 * i, foot, size=8)  # a footer across the sidebar's gutter, as journals print it
    w.save(tmp_path / "sidebar.pdf")
    return str(tmp_path / "sidebar.pdf"), para, side


def test_pdf_lines_a_margin_sidebar_in_near_body_type_is_not_read_into_the_body(tmp_path):
    path, para, side = _sidebar_page(tmp_path)
    blocks, _ = read_pdf(path)
    text, _ = build_passages(blocks)
    assert para in text  # the body paragraph whole: no sidebar line cuts the citation in two
    for note in side:
        assert not any(note in b.text and "Thermostat is" in b.text for b in blocks)
    assert "Submitted: 22 September 2018" in text and "Published: 24 October 2018" in text
    assert any(b.text == "Statement of Need" for b in blocks)  # the heading parted from the note beside it


def test_pdf_lines_bracketed_reference_labels_stay_with_their_entries():
    from litmine.ingest.pdf_layout import Line
    from litmine.ingest.pdf_lines import lines_from_runs

    runs = []  # (six lines: too few for a page's column gutter, as in a short list at a page's end)
    for i, label in enumerate(["[Bell14]", "[Grec17]", "[Hunt07]"]):
        top = 100 + 40 * i
        runs.append(Line(1, 40, top, 90, top + 10, label, 10, False))
        runs.append(Line(1, 110, top, 550, top + 10, f"Author {i}, A study of things in a long title, 20{i}.", 10, 0))
        runs.append(Line(1, 110, top + 13, 400, top + 23, "Journal of Things, volume and pages.", 10, False))
    lines = lines_from_runs(runs, 595)
    assert "[Bell14] Author 0, A study of things in a long title, 200." in [ln.text for ln in lines]


def test_pdf_lines_a_margin_column_at_the_right_edge_in_near_body_type_has_its_own_lines():
    from litmine.ingest.pdf_layout import Line
    from litmine.ingest.pdf_lines import lines_from_runs

    notes = ["Note on wages", "Note on hours", "Note on leave", "Note on pensions"]
    runs = []
    for i in range(20):  # a body column from 56 to 400 in 10 pt, notes in 9 pt from 440 beside four of its lines
        top = 100 + 13 * i
        runs.append(Line(1, 56, top, 400, top + 10, f"Body line {i} of the report on the working conditions", 10, 0))
        if 5 <= i < 9:
            runs.append(Line(1, 440, top, 530, top + 9, notes[i - 5], 9, 0))
    for k in range(2):  # a footer across the page
        runs.append(Line(1, 56, 760 + 12 * k, 540, 770 + 12 * k, f"Footer {k} of the report running across", 8, 0))
    texts = [ln.text for ln in lines_from_runs(runs, 595)]
    assert "Body line 5 of the report on the working conditions" in texts
    assert all(note in texts for note in notes)


def test_pdf_lines_a_two_column_table_in_one_type_is_not_a_margin_column():
    from litmine.ingest.pdf_layout import Line
    from litmine.ingest.pdf_lines import lines_from_runs

    runs = []
    for i in range(20):  # a glossary: terms at the left edge, descriptions beside them, all in 10 pt
        top = 100 + 13 * i
        runs.append(Line(1, 56, top, 110, top + 10, f"Term {i}", 10, 0))
        runs.append(Line(1, 130, top, 540, top + 10, f"The description of term {i}, a long one in the table", 10, 0))
    for k in range(2):  # a footer across the page (so the page's gutter finder sees no empty strip)
        runs.append(Line(1, 56, 760 + 12 * k, 540, 770 + 12 * k, f"Footer {k} of the report running across", 8, 0))
    texts = [ln.text for ln in lines_from_runs(runs, 595)]
    assert "Term 3 The description of term 3, a long one in the table" in texts
