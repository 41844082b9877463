"""Italic runs read from a PDF's fonts: kept beside the text (Line.italic), never in it."""

import pypdfium2 as pdfium

from litmine.citations.typography import fold
from litmine.ingest import extract_document
from litmine.ingest.pdf import read_pdf
from litmine.ingest.pdf_lines import page_lines
from litmine.ingest.pdf_runs import italic_font
from litmine.pdfwrite import PdfWriter, text_width


def _placed(w, x, y, parts, size=10):
    """Pieces of one line set side by side, each in its font, separated by a space."""
    for text, font in parts:
        w.text(x, y, text, size=size, font=font)
        x += text_width(text + " ", size, font)


def _italic_texts(line):
    folded = fold(line.text)
    return [folded[a:b] for a, b in line.italic]


def test_italic_font_by_flag_or_name():
    assert italic_font("Helvetica-Oblique", 0)
    assert italic_font("ABCDEF+TimesNewRomanPS-ItalicMT", 0)
    assert italic_font("MinionPro-It", 0) and italic_font("CMTI10", 0) and italic_font("AdvPSMPT-I", 0)
    assert italic_font("Whatever", 64)  # the font descriptor's italic flag
    assert not italic_font("Times-Roman", 32) and not italic_font("Digital", 0) and not italic_font("CMR10", 0)


def test_line_keeps_its_italic_stretches_and_the_same_text(tmp_path):
    w = PdfWriter()
    w.new_page()
    _placed(w, 72, 100, [("Lee, A. (2001) Work first.", "Helvetica"), ("Social Policy Review,", "Helvetica-Oblique"),
                         ("4, 1-9.", "Helvetica")])
    w.text(72, 114, "Plain text only on this line.", size=10)
    w.save(tmp_path / "it.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "it.pdf"))
    try:
        lines, _, _ = page_lines(pdf[0], 1)
    finally:
        pdf.close()
    assert lines[0].text == "Lee, A. (2001) Work first. Social Policy Review, 4, 1-9."
    assert _italic_texts(lines[0]) == ["socialpolicyreview"]
    assert lines[1].italic == ()


def test_read_pdf_passes_italics_without_changing_text(tmp_path):
    w = PdfWriter()
    w.new_page()
    _placed(w, 72, 100, [("Moss, B. (1999) Welfare to work.", "Helvetica"), ("Journal of Policy,", "Helvetica-Oblique"),
                         ("2, 3-4.", "Helvetica")])
    w.save(tmp_path / "a.pdf")
    blocks, info = read_pdf(str(tmp_path / "a.pdf"))
    entry = "Moss, B. (1999) Welfare to work. Journal of Policy, 2, 3-4."
    assert blocks[0].text == entry
    flags = info["italics"].flags(entry)
    assert "".join(c for c, f in zip(entry, flags) if f) == "Journal of Policy"
    w = PdfWriter()
    w.new_page()
    w.text(72, 100, entry, size=10)
    w.save(tmp_path / "b.pdf")
    assert read_pdf(str(tmp_path / "b.pdf"))[1]["italics"] is None  # no italic run: nothing kept


def test_italic_journal_sets_the_title_container_boundary_end_to_end(tmp_path):
    """An unquoted title before a yearbook: the tagger alone runs them together; the yearbook's italics part them."""
    w = PdfWriter()
    w.new_page()
    w.text(72, 72, "Work and welfare", size=16, font="Helvetica-Bold")
    w.text(72, 110, "Welfare reform is studied widely (Abel, 2001; Brook, 2011).", size=10)
    w.text(72, 140, "References", size=12, font="Helvetica-Bold")
    _placed(w, 72, 160, [("Abel, K. (2001). Voice and loyalty at work.", "Helvetica"),
                         ("Industrial Democracy Yearbook,", "Helvetica-Oblique"), ("London: Pluto.", "Helvetica")], size=9)
    _placed(w, 72, 176, [("Brook, L. (2011).", "Helvetica"), ("Local welfare and the state.", "Helvetica-Oblique"),
                         ("London: Routledge.", "Helvetica")], size=9)
    w.save(tmp_path / "refs.pdf")
    doc, _ = extract_document(str(tmp_path / "refs.pdf"))
    refs = {r.authors[0]["surname"]: r for r in doc.references if r.authors}
    assert refs["Abel"].title == "Voice and loyalty at work"  # the tagger alone: "... at work. Industrial ..."
    assert refs["Abel"].container == "Industrial Democracy Yearbook"
    assert refs["Brook"].title == "Local welfare and the state"
    assert not refs["Brook"].container


def _accent_page(path):
    """A line of italic runs with an umlaut set as a glyph of its own over the 'u' ('Lu' '¨' 'thje', as older TeX
    fonts set it), then upright text and a raised note number; a plain line below."""
    w = PdfWriter()
    w.new_page()
    x, y = 72, 100
    w.text(x, y, "Teit Lu", size=10, font="Helvetica-Oblique")
    x += text_width("Teit Lu", 10, "Helvetica-Oblique")
    w.text(x - text_width("u", 10) + 1.0, y - 1.5, "\u00a8", size=10)
    w.text(x, y, "thje", size=10, font="Helvetica-Oblique")
    x += text_width("thje ", 10, "Helvetica-Oblique")
    w.text(x, y, "on vertical trade.\x0112\x02", size=10)
    w.text(72, 114, "Plain text only on this line.", size=10)
    w.save(path)


def test_italic_runs_joined_around_an_accent_keep_their_stretches(tmp_path):
    # a run an accent joins keeps the italic stretch of its own text; the next italic run's stretch follows it
    from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN
    from litmine.ingest.pdf_lines import lines_from_runs
    from litmine.ingest.pdf_runs import page_fragments

    _accent_page(tmp_path / "acc.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "acc.pdf"))
    try:
        lines, width, _ = page_lines(pdf[0], 1)
        frags, _, _ = page_fragments(pdf[0], 1)
    finally:
        pdf.close()
    assert [ln.text for ln in lines] == ["Teit Lu\u00a8thje on vertical trade." + SUP_OPEN + "12" + SUP_CLOSE,
                                         "Plain text only on this line."]
    assert _italic_texts(lines[0]) == ["teitlu", "thje"] and lines[1].italic == ()
    accented = next(f for f in frags if f.text.endswith("\u00a8"))
    assert accented.italic == ((0, len(fold("Teit Lu"))),)
    # the runs as Lines (OCR's way in) give the same lines
    assert lines_from_runs(frags, width) == lines
