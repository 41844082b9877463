import io
import json
import shutil

import pypdfium2 as pdfium
import pytest
from tests.conftest import Runner

from litmine.cli import app
from litmine.errors import InputError
from litmine.ingest import extract_document
from litmine.ingest.ocr import parse_hocr
from litmine.pdfwrite import Para
from litmine.store import Store
from tests.conftest import make_pdf, paper_paras

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="Tesseract is not installed (apt-get install tesseract-ocr)")


def scan(pdf_path, out_path, dpi=200):
    """An image-only copy of a PDF, as a scanner makes it: each page rendered to a picture, no text layer."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    images = [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    pdf.close()
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    out_path.write_bytes(buf.getvalue())
    return out_path


def short_paper():
    paras = paper_paras("Local Employability Services and Lone Parents", paragraphs=7)
    paras.insert(4, Para("Jürgen Müller argues that the café economy matters for lone parents (Müller, 2009, p. 12). "
                         "Employability advisers in Köln and Glasgow reported the same."))
    return paras


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("scan")
    text_pdf = make_pdf(tmp / "text.pdf", short_paper(), header="Working Papers on Welfare Reform")
    return scan(text_pdf, tmp / "scanned.pdf")


@pytest.fixture(scope="module")
def text_twin(scanned):
    """The same paper read from its text layer: what the scan should give."""
    doc, _ = extract_document(str(scanned.parent / "text.pdf"))
    return doc


def test_ocr_test_pdf_has_no_text_layer(scanned):
    pdf = pdfium.PdfDocument(str(scanned))
    assert all(not pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))


@pytest.mark.slow
@needs_tesseract
def test_ocr_scanned_pdf_read_like_any_other(scanned, text_twin):
    doc, own = extract_document(str(scanned))
    assert doc.text_source == "ocr" and text_twin.text_source == "text"
    assert any(n.startswith("read by OCR (Tesseract") for n in doc.notes)
    assert doc.title == text_twin.title == "Local Employability Services and Lone Parents"
    assert (doc.authors, doc.year, doc.doi) == (text_twin.authors, text_twin.year, text_twin.doi)
    assert [p.kind for p in doc.passages] == [p.kind for p in text_twin.passages]
    body = " ".join(p.text for p in doc.passages if p.kind == "body")
    assert "Jürgen Müller" in body and "café" in body and "Köln" in body
    assert "Paragraph 3 opens here." in body and "Paragraph 7 opens here." in body
    assert "Working Papers on Welfare Reform" not in doc.text  # the running head is removed as in a text PDF
    assert {p.page for p in doc.passages} >= {1, 2}
    assert [p for p in doc.passages if p.kind == "reference"]
    assert any(c.year == 2009 for c in doc.citations)


@pytest.mark.slow
@needs_tesseract
def test_ocr_text_source_reaches_the_store_and_litmine_docs(scanned, tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copy(scanned, root / "scan.pdf")
    db = tmp_path / "s.db"
    result = Runner().invoke(app, ["ingest", str(root), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    store = Store(db)
    (doc,) = store.iter_documents(with_text=False)
    assert doc.text_source == "ocr"
    # concept mentions are found in the OCR text as in any other (co-production, employability...)
    assert store.db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] > 0
    store.close()
    (row,) = json.loads(Runner().invoke(app, ["docs", "--db", str(db), "--format", "json"]).output)
    assert row["text_source"] == "ocr"
    assert any(f.startswith("read by OCR (Tesseract") for f in row["flags"])


@pytest.mark.slow
@needs_tesseract
def test_ocr_page_limit_is_said(scanned, monkeypatch):
    monkeypatch.setenv("LITMINE_OCR_MAX_PAGES", "1")
    doc, _ = extract_document(str(scanned))
    assert any("page limit" in n and "LITMINE_OCR_MAX_PAGES=1" in n for n in doc.notes)
    assert {p.page for p in doc.passages} == {1}


def test_ocr_without_tesseract_gives_the_old_reason_and_how_to_enable(scanned, monkeypatch):
    monkeypatch.setenv("LITMINE_TESSERACT", "no-such-tesseract-program")
    with pytest.raises(InputError) as err:
        extract_document(str(scanned))
    message = str(err.value)
    assert "scanned.pdf" in message and "no text layer" in message and "run OCR first" in message
    assert "install Tesseract" in message and "\n" not in message



def test_ocr_turned_off_says_so_instead_of_asking_to_install_tesseract(scanned, monkeypatch):
    monkeypatch.setenv("LITMINE_OCR", "0")
    with pytest.raises(InputError) as err:
        extract_document(str(scanned))
    message = str(err.value)
    assert "no text layer" in message and "LITMINE_OCR=0" in message and "install Tesseract" not in message

HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' id='page_1' title='bbox 0 0 2000 2800'>
 <div class='ocr_carea' id='block_1_1' title="bbox 100 100 900 200">
  <p class='ocr_par' id='par_1_1' lang='deu' title="bbox 100 100 900 200">
   <span class='ocr_line' id='line_1_1' title="bbox 100 100 900 140; baseline 0 -8; x_size 35; x_descenders 8; x_ascenders 9">
    <span class='ocrx_word' id='word_1_1' title='bbox 100 100 260 140; x_wconf 95'>Jürgen</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 275 100 420 140; x_wconf 93'>Müller</span>
    <span class='ocrx_word' id='word_1_3' title='bbox 700 100 900 140; x_wconf 91'>Straße</span>
   </span>
   <span class='ocr_line' id='line_1_2' title="bbox 100 150 900 190; baseline 0 -8; x_size 34; x_descenders 8; x_ascenders 9">
    <span class='ocrx_word' id='word_1_4' title='bbox 100 150 300 190; x_wconf 12'>~~</span>
    <span class='ocrx_word' id='word_1_5' title='bbox 320 150 400 190; x_wconf 8'>|</span>
   </span>
  </p>
 </div>
</div></body></html>"""


def test_ocr_parse_hocr_words_become_positioned_runs():
    runs, confs = parse_hocr(HOCR, page=3, scale=72 / 250)
    assert [r.text for r in runs] == ["Jürgen Müller", "Straße"]  # a gap wider than a word space cuts the line
    first = runs[0]
    assert first.page == 3 and not first.bold
    assert first.x0 == pytest.approx(100 * 72 / 250) and first.x1 == pytest.approx(420 * 72 / 250)
    assert first.size == 10.0  # the paragraph's median row height, in half points
    assert confs == [95, 93, 91]  # the noise line (mean confidence 10) is dropped


@pytest.mark.slow
@needs_tesseract
def test_ocr_german_scan_read_with_german_leading(tmp_path):
    if "deu" not in __import__("litmine.ingest.ocr", fromlist=["_languages"])._languages(shutil.which("tesseract")):
        pytest.skip("Tesseract's German pack is not installed (apt-get install tesseract-ocr-deu)")
    text = ("Die Förderung der Beschäftigungsfähigkeit von Alleinerziehenden ist ein zentrales Ziel der "
            "Arbeitsmarktpolitik. Jobcenter in Köln und Göttingen berichten über größere Schwierigkeiten bei der "
            "Vermittlung, während die Grundsicherung für Arbeitsuchende weiter gekürzt wird. ")
    paras = [Para("Aktivierung und Grundsicherung in Deutschland", "title"), Para(text * 3), Para(text * 2)]
    doc, _ = extract_document(str(scan(make_pdf(tmp_path / "de.pdf", paras), tmp_path / "de-scan.pdf")))
    assert any("deu+eng" in n for n in doc.notes)
    assert "Förderung der Beschäftigungsfähigkeit" in doc.text and "größere" in doc.text
    assert doc.language == "de"
