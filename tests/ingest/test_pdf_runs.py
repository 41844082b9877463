import pypdfium2 as pdfium

from litmine.ingest.pdf import read_pdf
from litmine.ingest.pdf_lines import page_lines
from litmine.ingest.pdf_runs import page_fragments, textless_glyphs
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


def _runs_by_object(path):
    """Each run's (start, end) found the slow way: a new run at each counted character (not generated, a glyph box of
    some size) whose text object differs from the one before, as FPDFText_CountRects groups them."""
    import ctypes

    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    try:
        tp = pdf[0].get_textpage()
        n, starts, obj = raw.FPDFText_CountChars(tp.raw), [], None
        box = [ctypes.c_double() for _ in range(4)]
        for k in range(n):
            raw.FPDFText_GetCharBox(tp.raw, k, *map(ctypes.byref, box))
            x0, x1, y0, y1 = (v.value for v in box)
            if raw.FPDFText_IsGenerated(tp.raw, k) or x1 - x0 < 0.01 or y1 - y0 < 0.01:
                continue
            o = ctypes.cast(raw.FPDFText_GetTextObject(tp.raw, k), ctypes.c_void_p).value
            if o != obj:
                starts.append(k)
                obj = o
        tp.close()
        return list(zip(starts, starts[1:] + [n]))
    finally:
        pdf.close()


def test_pdf_runs_of_several_words_ending_inside_a_line_and_a_word(tmp_path):
    """Runs of several words that end inside a word, with more runs after them on the line (a font change inside
    a word), on lines with a second column beside them (the runs bisection finds in the rest of a line): each run
    the same as from the text objects."""
    w = PdfWriter()
    line = "Die Reform der sozialen Sicherung im Bundesstaat und in den Ländern"
    expected = []
    for row in range(12):
        cut = 17 + 3 * row  # inside a word, or at its end, a little further along on each line
        x, y = 60.0, 80 + 16 * row
        for text, font in ((line[:cut], "Helvetica"), (line[cut:cut + 3], "Helvetica-Bold"),
                           (line[cut + 3:], "Helvetica")):
            w.text(x, y, text, size=9, font=font)
            x += text_width(text, 9, font)
            expected.append(text.strip())
        w.text(330, y, f"Spalte zwei, Zeile {row}", size=9)
        expected.append(f"Spalte zwei, Zeile {row}")
    w.save(tmp_path / "inner.pdf")
    frags = _fragments(tmp_path / "inner.pdf")
    assert [f.text.strip() for f in frags] == expected
    p = _page_runs(tmp_path / "inner.pdf")
    assert p == _runs_by_object(tmp_path / "inner.pdf")
    assert len(frags) == len(p) == 48


def _page_runs(path):
    from litmine.ingest.pdf_runs import _Page

    pdf = pdfium.PdfDocument(str(path))
    try:
        tp = pdf[0].get_textpage()
        runs = [(start, end) for start, end, _ in _Page(tp.raw).runs()]
        tp.close()
        return runs
    finally:
        pdf.close()


def test_pdf_runs_weight_and_italics_per_font_same_as_asked_per_run(tmp_path, monkeypatch):
    # a run's weight and italics are looked up per font of the page; a PDFium without the text-object calls asks
    # them per run: both read the same font of the run's first glyph
    from litmine.ingest import pdf_runs

    w = PdfWriter()
    fonts = ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica", "Times-Roman", "Helvetica-Bold"]
    for row in range(12):
        for col, font in enumerate(fonts):
            w.text(40 + 90 * col, 60 + 20 * row, f"w{row}{col} ab", size=9, font=font)
    w.save(tmp_path / "fonts.pdf")

    def read():
        return [(f.text, f.size, f.bold, f.italic) for f in _fragments(tmp_path / "fonts.pdf")]

    per_font = read()
    assert [bool(italic) for _, _, _, italic in per_font[:6]] == [False, False, True, False, False, False]
    assert len(per_font) == 72
    monkeypatch.setattr(pdf_runs, "_object_font", None)
    assert read() == per_font


def test_textless_glyphs_are_the_drawn_glyphs_the_text_layer_lacks(tmp_path):
    # a number drawn with a control character as its ActualText is no text (PDFium leaves it out of the text page)
    # but a glyph with a box; text and a space drawn alone are not listed
    w = PdfWriter()
    w.new_page()
    w.text(80, 100, "Vgl. Tageszeitung, 12.03.2004.", size=8)
    w.textless_glyph(72, 99, "4", size=5)
    w.text(300, 100, " ", size=8)
    w.save(tmp_path / "glyph.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "glyph.pdf"))
    try:
        page = pdf[0]
        boxes = textless_glyphs(page)
        text = page.get_textpage().get_text_range()
        page.close()
    finally:
        pdf.close()
    assert text.strip() == "Vgl. Tageszeitung, 12.03.2004."
    assert len(boxes) == 1
    x0, top, x1, bottom = boxes[0]
    assert 71 <= x0 < x1 <= 76 and 99 <= top < bottom <= 106
    assert not any(f.text.strip() == "4" for f in _fragments(tmp_path / "glyph.pdf"))
