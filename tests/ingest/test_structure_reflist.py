"""Reference lists in build_passages: page numbers, biographies, notices, two columns, line-numbered preprints."""

from __future__ import annotations

import pytest

from litmine.citations.extract import extract_citations
from litmine.ingest import extract_document
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages
from litmine.pdfwrite import Para, PdfWriter, layout_document

REFS = [
    "Åberg, M. and Løvlie, T. (2011) Activation and the local welfare state: a study of three Nordic "
    "municipalities. Journal of Social Policy 40(2): 233-251.",
    "Bauer, K. (2004) Arbeitsmarktpolitik im Wandel: Reformen der Arbeitsvermittlung in Deutschland. "
    "Frankfurt am Main: Campus.",
    "Dean, H. (2003) Re-conceptualising welfare-to-work for people with multiple problems and needs. Journal of "
    "Social Policy 32(3): 441-459.",
    "Eichhorst, W. and Konle-Seidl, R. (2008) Contingent convergence: a comparative analysis of activation "
    "policies. Discussion Paper 3905. Bonn: IZA.",
    "Fuertes, V. and McQuaid, R. (2013) The personalisation of employment services in Scotland. International "
    "Journal of Sociology and Social Policy 33(5/6): 339-352.",
    "Gómez, L. (2016) Servicios públicos de empleo y activación en España. Revista Española de Sociología 25(1): "
    "71-89.",
]


def _references(passages):
    return [p.text for p in passages if p.kind == "reference"]


@pytest.fixture(autouse=True)
def reflist_model(monkeypatch):
    """These tests exercise the learned line model, which ingest uses only with LITMINE_REFLIST_MODEL=1 (see
    ingest/structure.py: off by default until it beats the rules on held-out documents)."""
    monkeypatch.setenv("LITMINE_REFLIST_MODEL", "1")


def test_structure_page_number_headings_do_not_end_the_reference_list():
    blocks = [Block("Body text on activation (Dean, 2003).", page=2), Block("References", hint="heading", page=3),
              Block(REFS[0].replace(" a study", "\na study"), page=3), Block("17", hint="heading", page=3, size=1.3),
              Block(REFS[2], page=4), Block("Page 18", hint="heading", page=4, size=1.2), Block(REFS[4], page=4)]
    _, passages = build_passages(blocks)
    refs = [p for p in passages if p.kind == "reference"]
    assert [p.text[:5] for p in refs] == ["Åberg", "Dean,", "Fuert"]
    assert all(p.section == "References" for p in refs)
    assert refs[0].text == REFS[0]
    assert not any(p.text in ("17", "Page 18") for p in passages)


def test_structure_biography_and_licence_footer_after_a_list_are_not_references():
    lines = [*REFS[1].split(" Deutschland. "), *REFS[3].split(" analysis "),
             "Tomás Ölund is a research fellow at the University of Stirling, where his work focuses on local",
             "partnerships and the ways in which they shape the design of services for young people who are not",
             "in education or employment. He has written widely on the governance of activation policies.",
             "This document is made available under Deposit Licence (No Redistribution - no modifications)."]
    blocks = [Block("References", hint="heading", page=5), Block("\n".join(lines), page=5)]
    _, passages = build_passages(blocks)
    assert _references(passages) == [REFS[1].replace(" Deutschland. ", " "), REFS[3].replace(" analysis ", " ")]
    refs, _ = extract_citations(passages)
    assert [r.year for r in refs] == [2004, 2008]


def test_structure_reference_entry_crossing_a_page_break_stays_whole():
    blocks = [Block("References", hint="heading", page=3), Block(REFS[2][:REFS[2].index(" multiple")], page=3),
              Block(REFS[2][REFS[2].index(" multiple") + 1:] + "\n" + REFS[4], page=4)]
    _, passages = build_passages(blocks)
    refs, _ = extract_citations(passages)  # the line rules split each block; the entries join across the break
    assert [r.raw for r in refs] == [REFS[2], REFS[4]]
    assert [r.page for r in refs] == [3, 4]


def test_structure_two_column_reference_list_from_pdf(tmp_path):
    paras = [Para("Activation in three countries", "title"), Para("Introduction", "heading"),
             Para("Local welfare states have reformed their employment services (Dean, 2003; Bauer, 2004). " * 6),
             Para("References", "heading")] + [Para(r, "reference") for r in REFS * 2]
    layout_document(paras, columns=2).save(tmp_path / "two.pdf")
    doc, _ = extract_document(str(tmp_path / "two.pdf"))
    refs, _ = extract_citations(doc.passages)
    raws = [r.raw for r in refs if r.source == "list"]
    assert [r[:5] for r in raws] == [r[:5] for r in REFS * 2]
    assert raws[0] == REFS[0]


def test_structure_line_numbered_preprint_reference_list_from_pdf(tmp_path):
    w = PdfWriter()
    w.new_page()
    y, n = 72, 1
    w.text(90, y, "References", size=12, font="Helvetica-Bold")
    for ref in REFS:
        words, line = ref.split(), ""
        rows = []
        for word in words:
            if len(line) + len(word) > 62:
                rows.append(line)
                line = ""
            line = f"{line} {word}".strip()
        rows.append(line)
        for k, row in enumerate(rows):
            y += 13
            w.text(40, y, str(n), size=8)  # the margin line number
            w.text(90 if k == 0 else 104, y, row, size=10, font="Times-Roman")
            n += 1
    w.text(250, 800, "For Peer Review", size=9)
    w.save(tmp_path / "numbered.pdf")
    doc, _ = extract_document(str(tmp_path / "numbered.pdf"))
    refs, _ = extract_citations(doc.passages)
    raws = [r.raw for r in refs if r.source == "list"]
    assert len(raws) == len(REFS)
    assert [r[:5] for r in raws] == [r[:5] for r in REFS]
    assert not any("Peer Review" in r for r in raws)
