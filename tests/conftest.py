"""Shared fixtures: in-memory stores, small corpora and PDFs made by hand in each test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from litmine.pdfwrite import Para, PdfWriter, layout_document
from litmine.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture
def corpus(tmp_path):
    """A function that writes files into a fresh corpus folder: corpus({"a.txt": "text" or b"bytes"})."""
    root = tmp_path / "corpus"
    root.mkdir()

    def make(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


BODY = ("Street-level bureaucracy shapes how employability services reach lone parents, and the co-production "
        "of support depends on trust between advisers and the people they serve (Kerr et al., 2012: 45). ")


def paper_paras(title: str = "Partnership and Work First in Local Employability Services", *, paragraphs: int = 12,
                footnote: bool = False) -> list[Para]:
    paras = [Para(title, "title"), Para("Morag Kerr and Jon Baird", "meta"),
             Para("Journal of Local Employment Policy, 14(2), 2009, pp. 101-118. DOI: 10.5555/jlep.2009.014", "meta"),
             Para("Introduction", "heading")]
    for i in range(paragraphs):
        text = f"Paragraph {i + 1} opens here. " + BODY * 3
        if footnote and i == 1:
            paras.append(Para(text + "Contracting-out has a long history.[^1]",
                              footnotes=["Hughes, R. (2004) Partnership and the Local State, Bristol: Policy Press."]))
        else:
            paras.append(Para(text))
    paras.append(Para("References", "heading"))
    for i in range(6):
        paras.append(Para(f"Author{chr(65 + i)}, M. ({2000 + i}) A long title about the employability of lone "
                          f"parents and the co-production of public services, Bristol: Policy Press.", "reference"))
    return paras


def make_pdf(path: Path, paras: list[Para] | None = None, *, columns: int = 1, header: str | None = None,
             info: dict | None = None) -> Path:
    writer = layout_document(paras or paper_paras(), columns=columns, running_header=header, info=info)
    writer.save(path)
    return path


def blank_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF with pages but no text layer, as a scan without OCR looks to a text extractor."""
    w = PdfWriter()
    for _ in range(pages):
        w.new_page()
    w.save(path)
    return path


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
