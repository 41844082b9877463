"""Faithful text from PDFs: hand-made pages that reproduce how real PDFs place hyphens, paragraph numbers,
ligatures and letter spacing, read back into passages."""

from litmine.ingest.pdf import read_pdf
from litmine.ingest.structure import build_passages
from litmine.pdfwrite import PdfWriter, text_width, wrap

FILLER = ("Local partnerships in Zoë's region shaped how welfare-to-work services reached people who had been "
          "out of work for a long time, and the evaluation followed them over three years.")


def _text(w: PdfWriter, tmp_path, name: str = "t.pdf") -> tuple[str, list]:
    w.save(tmp_path / name)
    blocks, _ = read_pdf(str(tmp_path / name))
    return build_passages(blocks)


def _filler_lines(w: PdfWriter, y: float, n: int = 6, x: float = 72) -> float:
    words = FILLER.split()
    for i in range(n):
        w.text(x, y, " ".join(words[(i * 5) % 20:(i * 5) % 20 + 9]), size=10, font="Times-Roman")
        y += 13
    return y


def test_pdf_text_no_space_before_a_hyphen_set_in_its_own_run(tmp_path):
    w = PdfWriter()
    w.new_page()
    y = _filler_lines(w, 80)
    for line in range(4):
        x = 72
        for piece in ("The longer", "-", "term effects of decision", "-", "making in Malmö were studied."):
            w.text(x, y, piece, size=10, font="Times-Roman")  # each piece its own text object, as many PDFs do
            x += text_width(piece, 10, "Times-Roman")
        y += 13
    text, _ = _text(w, tmp_path)
    assert text.count("longer-term") == 4 and text.count("decision-making") == 4
    assert " -" not in text and "- " not in text.replace("welfare-to-work", "")


def test_pdf_text_numbered_paragraph_kept_whole_with_its_number(tmp_path):
    w = PdfWriter()
    w.new_page()
    w.text(57, 60, "1. Introduction", size=16, font="Helvetica-Bold")
    y = 100
    for number, words in (("1.10", "The inquiry took evidence from"), ("1.11", "It also visited"),
                          ("1.12", "The committee heard évidence from"), ("1.13", "We recommend that the"),
                          ("1.14", "Finally, we thank"), ("1.15", "Our thanks go to")):
        w.text(57, y + 0.5, number, size=11)  # the number alone in the margin, the text a word space or more past it
        # justified lines that run to the right margin, as a report's do
        lines = wrap(f"{words} many witnesses about the scheme and the way it was run, about its administration "
                     "by the department over all the years since it first began, and about the people it was "
                     "meant to reach in every part of the country and abroad, and whom it was meant to help.",
                     450, 11, "Helvetica", hyphenate=False)
        for line in lines:
            w.text(92, y, line, size=11)
            y += 14
        y += 12
    # a numbered paragraph whose number shares the first line's run, its other lines hanging under the text
    w.new_page()
    y = 80
    w.text(57, y, "12. Ministers should publish the figures every year", size=11)
    for line in ("so that claimants and the public can see how", "the scheme is working."):
        y += 14
        w.text(57 + text_width("12. ", 11), y, line, size=11)
    text, passages = _text(w, tmp_path)
    paras = [p.text for p in passages if p.kind == "body"]
    assert any(p.startswith("1.12 The committee heard évidence") and p.endswith("meant to help.") for p in paras)
    assert all(p.count("administration") == 1 for p in paras if p.startswith("1.1"))
    assert any(p.startswith("1.13 We recommend that the") and "administration" in p for p in paras)
    assert any(p.startswith("12. Ministers should") and p.endswith("scheme is working.") for p in paras)
    assert sum(1 for p in paras if p.startswith("1.1") and p.endswith("meant to help.")) == 6
    assert not any(p.strip() in ("1.12", "1.13", "12.") for p in paras)


def test_pdf_text_line_end_hyphens_repaired_as_the_document_spells_them(tmp_path):
    w = PdfWriter()
    w.new_page()
    y = 80
    lines = ["Good decision-making needs evidence, and employability is what the",
             "programme tried to build through careful decision-",
             "making about each claimant's employ-",
             "ability and the support the Jobcentre offered to each of them in",
             "the region around Düsseldorf and further afield, in Ost-",
             "und Westdeutschland alike, with short- and long-term aims."]
    for line in lines:
        w.text(72, y, line, size=10, font="Times-Roman")
        y += 13
    text, _ = _text(w, tmp_path)
    assert text.count("decision-making") == 2
    assert text.count("employability") == 2
    assert "employ-ability" not in text and "decisionmaking" not in text
    assert "in Ost- und Westdeutschland alike" in text and "short- and long-term" in text


def test_pdf_text_syllable_spaced_words_rejoined(tmp_path):
    w = PdfWriter()
    w.new_page()
    y = 80
    # a space after every syllable, pulled back under the syllable by kerning: PDFium reads "Mig ra ti on"
    back = 278  # Helvetica's space is 278/1000 em wide
    for _ in range(8):
        spaced: list = []
        for chunk in "Die Mig|ra|ti|on der Flücht|lin|ge und ih|re In|te|gra|ti|on".split(" "):
            for k, syl in enumerate(chunk.split("|")):
                spaced += [syl, " ", back] if k < len(chunk.split("|")) - 1 else [syl, " "]
        w.spaced(72, y, spaced, size=10)
        y += 13
    text, _ = _text(w, tmp_path)
    assert text.count("Migration") == 8 and text.count("Flüchtlinge") == 8 and text.count("Integration") == 8
    assert "Mig ra" not in text and "Die Migration der" in text


def test_pdf_text_space_under_a_ligature_and_kerned_word_rejoined(tmp_path):
    w = PdfWriter()
    w.new_page()
    y = _filler_lines(w, 80)
    for _ in range(4):
        # "fi" then a space drawn back inside it (a ligature's text "fi " in real PDFs), then the rest of the word
        w.spaced(72, y, ["The ", "fi", 500, " ", -222, "rst report on e", "ffi", -120, "ciency in Göteborg."], size=10)
        y += 13
    text, _ = _text(w, tmp_path)
    assert text.count("The first report on efficiency in Göteborg.") == 4
    assert "fi rst" not in text and "effi ciency" not in text


def test_pdf_text_table_across_two_columns_not_mixed_into_body(tmp_path):
    w = PdfWriter()
    w.new_page()
    y = 80
    for i in range(12):  # two columns of body text above the table
        w.text(64, y, f"Left column sentence {i} about the partnership", size=10, font="Times-Roman")
        w.text(316, y, f"Right column sentence {i} about the scheme", size=10, font="Times-Roman")
        y += 13
    y += 10
    cells = [("Region", "Clients", "Placed", "Share"), ("North", "120", "45", "37%"), ("South", "98", "40", "41%"),
             ("Østfold", "77", "30", "39%"), ("West", "143", "52", "36%")]
    for row in cells:  # a table across the page, its cells clear of the gutter
        for x, cell in zip((64, 200, 340, 470), row):
            w.text(x, y, cell, size=9)
        y += 12
    y += 10
    for i in range(12, 20):
        w.text(64, y, f"Left column sentence {i} about the partnership", size=10, font="Times-Roman")
        w.text(316, y, f"Right column sentence {i} about the scheme", size=10, font="Times-Roman")
        y += 13
    _, passages = _text(w, tmp_path)
    body = " ".join(p.text for p in passages if p.kind == "body")
    assert not any(cell in body for cell in ("Region", "Clients", "Østfold", "37%", "143"))
    tables = [p for p in passages if "Østfold" in p.text]
    assert len(tables) == 1 and all(c in tables[0].text for c in ("Region", "North", "West", "36%"))
    assert tables[0].kind == "caption"
    assert "Left column sentence 11 about the partnership" in body and "Right column sentence 19" in body


def _mac(text: str) -> str:
    """text as a Mac-made font's Unicode map misreads it (Windows-1252 codes read as Mac Roman's)."""
    return text.encode("cp1252").decode("mac_roman")


def test_pdf_text_page_read_in_the_wrong_code_page_is_put_right(tmp_path):
    # SWP's Zeitschriftenschau: "für" reads "f¸r", "Länder" "L‰nder", "möglich" "mˆglich", "–" "ñ", "»…«" "ª…´"
    body = ["Die Länder Europas müssen über ihre möglichen Bündnisse – so der Autor – neu nachdenken.",
            "Überlegungen zur »neuen Etappe« der Beziehungen führen zu höheren Erwartungen in Brüssel.",
            "Während die Regierung schwieg, äusserten sich die Fachzeitschriften häufig und ausführlich."]
    note = "1 Vgl. Jürgen Köhler, Die Europäisierung nationaler Demokratien, Köln 1996, S. 47–71."
    w = PdfWriter()
    w.new_page()
    y = 80
    for i in range(8):
        w.text(72, y, _mac(body[i % 3]) + ("\x011\x02" if i == 2 else ""), size=10)
        y += 13
    w.text(72, 760, _mac(note), size=8)
    # a page whose own fonts spell right: nothing changes there, though TeX's spacing accents stand between letters
    w.new_page()
    w.text(72, 80, "Franc\u00b8ois Cˆote und die Länder: 5 ‰ der Stimmen, Meyer Ÿ und Šik.", size=10)
    text, passages = _text(w, tmp_path)
    assert "Die Länder Europas müssen über ihre möglichen Bündnisse – so der Autor – neu nachdenken." in text
    assert "Überlegungen zur »neuen Etappe« der Beziehungen führen zu höheren Erwartungen in Brüssel." in text
    assert [p.text for p in passages if p.kind == "footnote"] == [
        "1 Vgl. Jürgen Köhler, Die Europäisierung nationaler Demokratien, Köln 1996, S. 47–71."]
    assert "Länder: 5 ‰ der Stimmen, Meyer Ÿ und Šik." in text
