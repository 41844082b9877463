import pytest

from litmine.errors import InputError
from litmine.ingest import extract_document
from litmine.ingest.pdf import read_pdf
from tests.conftest import blank_pdf, make_pdf, paper_paras
from litmine.pdfwrite import Para, PdfWriter


def test_pdf_two_columns_read_in_order_without_headers_or_page_numbers(tmp_path):
    path = make_pdf(tmp_path / "two.pdf", columns=2, header="Journal of Local Employment Policy 14(2) 2009")
    doc, _ = extract_document(str(path))
    body = [p for p in doc.passages if p.kind == "body"]
    numbers = [int(p.text.split()[1]) for p in body if p.text.startswith("Paragraph ")]
    assert numbers == list(range(1, 13))  # column by column, page by page
    assert doc.pages >= 2
    assert "Journal of Local Employment Policy 14(2) 2009" not in doc.text
    assert all(not p.text.strip().isdigit() for p in doc.passages)
    assert {p.page for p in body} >= {1, 2}


def test_pdf_hyphenation_repaired_and_real_hyphens_kept(tmp_path):
    paras = paper_paras(paragraphs=6)
    doc, _ = extract_document(str(make_pdf(tmp_path / "h.pdf", paras, columns=2)))
    assert "employ-" not in doc.text.replace("co-production", "")
    assert doc.text.count("employability") >= 6
    assert doc.text.count("co-production") >= 6
    assert "coproduction" not in doc.text


def test_pdf_title_heading_references_and_footnotes(tmp_path):
    doc, _ = extract_document(str(make_pdf(tmp_path / "f.pdf", paper_paras(footnote=True))))
    assert doc.title == "Partnership and Work First in Local Employability Services"
    assert doc.year == 2009 and doc.doi == "10.5555/jlep.2009.014"
    assert doc.authors == ["Morag Kerr", "Jon Baird"]
    kinds = {p.kind for p in doc.passages}
    assert {"heading", "body", "reference", "footnote"} <= kinds
    notes = [p for p in doc.passages if p.kind == "footnote"]
    assert notes[0].text.startswith("1 Hughes, R. (2004)")
    refs = [p for p in doc.passages if p.kind == "reference"]
    assert len(refs) == 6 and refs[0].text.startswith("AuthorA, M. (2000)")


def test_pdf_metadata_title_used_when_page_has_no_big_title(tmp_path):
    w = PdfWriter(info={"Title": "Payment by Results in Welfare-to-Work", "Author": "Morag Kerr"})
    w.new_page()
    for i in range(10):
        w.text(72, 100 + 14 * i, f"Line {i} of an untitled working paper on payment by results.", size=10)
    w.save(tmp_path / "m.pdf")
    doc, _ = extract_document(str(tmp_path / "m.pdf"))
    assert doc.title == "Payment by Results in Welfare-to-Work"
    assert doc.meta_sources["title"] == "pdf-metadata"
    assert doc.authors == ["Morag Kerr"]


@pytest.mark.parametrize("maker,reason", [
    (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj garbage"), "corrupt or truncated PDF"),
    (lambda p: p.write_bytes(PdfWriter().to_bytes()[:200]), "corrupt or truncated PDF"),
    (lambda p: p.write_bytes(b"hello, not a pdf at all"), "not a PDF"),
    (lambda p: blank_pdf(p), "no text layer"),
])
@pytest.mark.slow
def test_pdf_bad_files_give_one_line_reasons(tmp_path, maker, reason):
    path = tmp_path / "bad.pdf"
    maker(path)
    with pytest.raises(InputError) as err:
        extract_document(str(path))
    message = str(err.value)
    assert reason in message and "bad.pdf" in message and "\n" not in message


def test_pdf_encrypted(tmp_path):
    w = PdfWriter()
    w.new_page()
    w.text(72, 72, "Secret text about conditionality.")
    w.save(tmp_path / "enc.pdf", encrypted=True)
    with pytest.raises(InputError, match="encrypted PDF"):
        read_pdf(str(tmp_path / "enc.pdf"))


@pytest.mark.slow
def test_pdf_five_hundred_pages(tmp_path):
    paras = [Para("A Very Long Report on Activation", "title")]
    paras += [Para(f"Section {i}. " + "Activation and conditionality in welfare-to-work programmes. " * 30)
              for i in range(1, 1570)]
    path = make_pdf(tmp_path / "long.pdf", paras)
    doc, _ = extract_document(str(path))
    assert doc.pages >= 500
    assert sum(p.text.startswith("Section ") for p in doc.passages) == 1569
