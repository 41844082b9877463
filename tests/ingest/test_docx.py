"""Word documents as corpus files: headings, tables, footnotes with their marks, properties, pages, bad files."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from litmine.errors import InputError
from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN
from litmine.ingest.corpus import ingest_corpus
from litmine.ingest.docx import read_docx
from litmine.ingest.extract import extract_document
from litmine.store import Store

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_footnotes(data: bytes, notes: dict[int, str]) -> bytes:
    """Add a footnotes part to a python-docx file: each "[[FNn]]" in the text becomes a reference to note n."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = re.sub(rb"\[\[FN(\d+)\]\]", lambda m: (
                    b'</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="'
                    + m.group(1) + b'"/></w:r><w:r><w:t xml:space="preserve">'), body)
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            z.writestr(item, body)
        parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>']
        for n, text in notes.items():
            parts.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                         f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
        z.writestr("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                         f'<w:footnotes xmlns:w="{_W_NS}">{"".join(parts)}</w:footnotes>')
    return out.getvalue()


def _paper(*, footnotes: bool = False, page_break: bool = False) -> bytes:
    d = docx.Document()
    d.core_properties.title = "Koproduktion öffentlicher Leistungen"
    d.core_properties.author = "Jürgen Müller"
    d.add_heading("Koproduktion öffentlicher Leistungen", 0)
    d.add_paragraph("Jürgen Müller and Ana Núñez")
    d.add_heading("Einleitung", 1)
    d.add_paragraph("Co-production reshapes local services (Sørensen and Torfing, 2018: 12)."
                    + ("[[FN1]]" if footnotes else ""))
    if page_break:
        d.add_page_break()
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Jahr", (0, 1): "Fälle", (1, 0): "2019", (1, 1): "12"}.items():
        table.cell(r, c).text = text
    d.add_paragraph("Local authorities commissioned voluntary providers." + ("[[FN2]]" if footnotes else ""))
    d.add_heading("References", 1)
    d.add_paragraph("Sørensen, E. and Torfing, J. (2018) Co-initiation of collaborative innovation in urban spaces. "
                    "Urban Affairs Review, 54(2), 388–418.")
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    if footnotes:
        data = _with_footnotes(data, {1: "Vgl. Bovaird, T. (2007) Beyond engagement and participation. Public "
                                         "Administration Review, 67(5), 846–860.",
                                      2: "Die Zahlen stammen aus dem Jahresbericht."})
    return data


def test_docx_headings_tables_and_references_become_passages():
    doc, _ = extract_document("koproduktion.docx", _paper())
    assert doc.format == "docx"
    assert doc.title == "Koproduktion öffentlicher Leistungen"
    assert doc.authors == ["Jürgen Müller", "Ana Núñez"]
    kinds = [(p.kind, p.text) for p in doc.passages]
    assert ("heading", "Einleitung") in kinds
    assert ("body", "Jahr | Fälle") in kinds and ("body", "2019 | 12") in kinds
    body = next(p for p in doc.passages if p.text.startswith("Co-production"))
    assert body.section == "Einleitung"
    assert [r.year for r in doc.references] == [2018]
    cit = next(c for c in doc.citations if c.style == "author-year")
    assert cit.surface == "Sørensen and Torfing, 2018: 12" and cit.reference_index == 0


def test_docx_footnotes_keep_their_marks_and_cite_their_references():
    blocks, _ = read_docx(_paper(footnotes=True), "fn.docx")
    notes = [b.text for b in blocks if b.hint == "footnote"]
    assert notes[0].startswith("1 Vgl. Bovaird") and notes[1].startswith("2 Die Zahlen")
    marked = next(b.text for b in blocks if b.text.startswith("Co-production"))
    assert marked.endswith(f"{SUP_OPEN}1{SUP_CLOSE}")
    doc, _ = extract_document("fn.docx", _paper(footnotes=True))
    footnote_refs = [r for r in doc.references if r.source == "footnote"]
    assert [r.year for r in footnote_refs] == [2007]
    linked = [c for c in doc.citations if c.style == "footnote"]
    assert linked and linked[0].reference_index == footnote_refs[0].index


def test_docx_pages_only_when_word_recorded_them():
    doc, _ = extract_document("plain.docx", _paper())
    assert {p.page for p in doc.passages} == {None}
    doc, _ = extract_document("paged.docx", _paper(page_break=True))
    first = next(p for p in doc.passages if p.text.startswith("Co-production"))
    later = next(p for p in doc.passages if p.text.startswith("Local authorities"))
    assert (first.page, later.page) == (1, 2)
    assert any("Word last laid" in n for n in doc.notes)


def test_docx_properties_fill_a_title_the_text_lacks():
    d = docx.Document()
    d.core_properties.title = "Évaluation du travail en partenariat"
    d.add_paragraph("Cette note résume les résultats d'une évaluation menée en 2021 auprès de douze communes.")
    buf = io.BytesIO()
    d.save(buf)
    doc, _ = extract_document("note.docx", buf.getvalue())
    assert doc.title == "Évaluation du travail en partenariat"
    assert doc.meta_sources["title"] == "document-properties"


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04 not really a zip archive", "not a readable Word document"),
    (b"{\\rtf1 an RTF file renamed}", "not a Word document"),
])
def test_docx_malformed_files_fail_with_one_line(data, reason):
    with pytest.raises(InputError) as exc:
        extract_document("broken.docx", data)
    assert reason in str(exc.value) and "broken.docx" in str(exc.value) and "\n" not in str(exc.value)


def test_docx_zip_without_a_document_part_fails_and_the_corpus_goes_on(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a Word document")
    (tmp_path / "empty.docx").write_bytes(buf.getvalue())
    (tmp_path / "good.docx").write_bytes(_paper())
    store = Store(str(tmp_path / "s.db"))
    report = ingest_corpus(tmp_path, store, jobs=1)
    assert [p.rsplit("/", 1)[-1] for p in report.added] == ["good.docx"]
    assert [p.rsplit("/", 1)[-1] for p, _ in report.failed] == ["empty.docx"]
    assert "not a readable Word document" in report.failed[0][1]
