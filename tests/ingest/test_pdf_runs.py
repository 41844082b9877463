import pypdfium2 as pdfium

from litmine.ingest.pdf import read_pdf
from litmine.ingest.pdf_lines import page_lines
from litmine.ingest.pdf_runs import page_fragments
from litmine.pdfwrite import PdfWriter, text_width


def _fragments(path, pno=0):
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[pno]
        frags, _, _ = page_fragments(page, pno + 1)
        page.close()
        return frags
    finally:
        pdf.close()


def _lines(path, pno=0):
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[pno]
        lines, _, _ = page_lines(page, pno + 1)
        page.close()
        return lines
    finally:
        pdf.close()


def test_pdf_runs_each_text_object_once_with_its_box(tmp_path):
    w = PdfWriter()
    placed = [(72, 100, "Société civile et État social"), (300, 100, "Zusammenhänge der Sozialpolitik"),
              (72, 140, "Coopération – 2009"), (72, 180, "Ærøskøbing naïve façade")]
    for x, y, text in placed:
        w.text(x, y, text, size=11)
    w.save(tmp_path / "runs.pdf")
    frags = _fragments(tmp_path / "runs.pdf")
    assert [f.text.strip() for f in frags] == [t for _, _, t in placed]
    for f, (x, y, _) in zip(frags, placed, strict=True):
        assert abs(f.x0 - x) < 2 and y - 2 < f.top < f.bottom < y + 14
        assert f.size == 11.0 and not f.bold


def test_pdf_runs_many_runs_and_touching_runs_are_kept_apart(tmp_path):
    w = PdfWriter()
    cells = []
    for row in range(40):
        for col in range(6):
            text = f"r{row}c{col}é"
            cells.append(text)
            w.text(60 + 85 * col, 60 + 18 * row, text, size=9)
    # two runs that touch with no gap (a font change inside a word): each keeps its own letters
    w.text(60, 800, "Sozial", size=10)
    w.text(60 + text_width("Sozial", 10), 800, "politik", size=10, font="Helvetica-Bold")
    w.save(tmp_path / "grid.pdf")
    texts = [f.text.strip() for f in _fragments(tmp_path / "grid.pdf")]
    assert texts[:-2] == cells
    assert texts[-2:] == ["Sozial", "politik"]
    assert any(line.text == "Sozialpolitik" for line in _lines(tmp_path / "grid.pdf"))


def test_pdf_runs_font_size_from_a_scaled_text_matrix(tmp_path):
    """Size 1 in Tf scaled to 16 pt by the text matrix, with a kerning gap in the middle of the run wide enough for
    PDFium to put a generated space there: a hit test at the run's centre found that space, which has no font, and
    the run's size read 1.0."""
    w = PdfWriter()
    w.new_page()
    w.pages[-1].append(b"BT /F2 1 Tf 16 0 0 16 72 760 Tm [(Trabajo) -3000 (Trabajo)] TJ ET")
    for i in range(12):
        w.text(72, 140 + 14 * i, f"Body text line {i} about employment services and their outcomes.", size=10)
    w.save(tmp_path / "scaled.pdf")
    frags = _fragments(tmp_path / "scaled.pdf")
    heading = [f for f in frags if "Trabajo" in f.text]
    assert heading and all(abs(f.size - 16) < 0.2 for f in heading)
    blocks, info = read_pdf(str(tmp_path / "scaled.pdf"))
    assert info["body_size"] == 10.0
    assert blocks[0].hint == "heading" and blocks[0].text == "Trabajo Trabajo"


def test_pdf_runs_accent_set_over_a_letter_joins_it(tmp_path):
    """Older TeX fonts set an umlaut as a glyph of its own over the letter ('Lu' '¨' 'thje'): it joins the letter
    before it and composes with it ('Lüthje'), on a title-page line as in a reference."""
    w = PdfWriter()
    x, y = 72, 100
    for words in ("Lars Jensen and Teit Lu", "Jensen and Lu"):
        w.text(x, y, words, size=10)
        u = x + text_width(words, 10) - text_width("u", 10)
        w.text(u + 1.0, y - 1.5, "\u00a8", size=10)
        w.text(x + text_width(words, 10), y, "thje (2008) on vertical trade.", size=10)
        y += 40
    w.save(tmp_path / "accent.pdf")
    lines = [line.text for line in _lines(tmp_path / "accent.pdf")]
    blocks, _ = read_pdf(str(tmp_path / "accent.pdf"))
    text = " ".join(b.text for b in blocks)
    assert "Lars Jensen and Teit Lüthje (2008) on vertical trade." in text
    assert "Jensen and Lüthje (2008)" in text
    assert not any(line.strip() == "\u00a8" for line in lines)


def test_pdf_runs_one_glyph_per_text_object_then_longer_runs(tmp_path):
    # some PDFs set every glyph as a text object of its own: each is a run of one character, and the run after a
    # row of them (a word, a whole line) still ends where its object ends
    w = PdfWriter()
    x = 72.0
    for ch in "Kerning":
        w.text(x, 100, ch, size=10)
        x += text_width(ch, 10)
    w.text(x, 100, "set apart", size=10, font="Helvetica-Bold")
    w.text(72, 130, "a", size=10)
    w.text(72 + text_width("a", 10), 130, "b", size=10, font="Helvetica-Bold")
    w.text(72 + text_width("ab", 10), 130, "c de", size=10)
    w.save(tmp_path / "glyphs.pdf")
    texts = [f.text.strip() for f in _fragments(tmp_path / "glyphs.pdf")]
    assert texts == list("Kerning") + ["set apart", "a", "b", "c de"]
    assert [line.text for line in _lines(tmp_path / "glyphs.pdf")] == ["Kerningset apart", "abc de"]
