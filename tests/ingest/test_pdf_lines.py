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
