"""Shared fixtures: in-memory stores, small corpora and PDFs made by hand in each test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

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


_REFS = ["Lipsky, M. (1980) Street-Level Bureaucracy: Dilemmas of the Individual in Public Services. New York: "
         "Russell Sage Foundation.",
         "Osborne, S. P. (2006) The New Public Governance? Public Management Review, 8(3), 377-387.",
         "Lindsay, C. and Dutton, M. (2012) Promoting healthy routes back to work? Social Policy and Society, "
         "11(4), 509-521.",
         "Sørensen, E. and Torfing, J. (2011) Enhancing collaborative innovation in the public sector. "
         "Administration & Society, 43(8), 842-868."]


def write_papers(root: Path, count: int = 5) -> Path:
    """`count` small text papers (2001, 2004, ...) citing each other's references, with concept mentions, one
    defining an acronym (in-work poverty (IWP)) that a later one uses alone: enough for works, mentions and the
    glossary."""
    root.mkdir(parents=True, exist_ok=True)
    authors = ["Åsa Lindqvist", "Jürgen Weiß", "Mairi Buchanan", "Søren Kjærgaard", "Helen Okafor", "Owen Griffiths"]
    for i in range(count):
        year = 2001 + 3 * i
        refs = [_REFS[(i + k) % len(_REFS)] for k in range(3)]
        cites = "; ".join(f"{r.split(',')[0]}, {r.split('(')[1][:4]}" for r in refs)
        iwp = ("Low pay left many families in in-work poverty (IWP) after the reform." if i == 0 else
               "By then IWP was the commonest reason for referral." if i == 2 else "")
        body = [f"Partnership working and co-production shape local employability services ({cites}). {iwp}",
                "Work-first activation puts rapid job entry ahead of human capital development, and conditionality "
                f"reaches lone parents earlier than before (case {i + 1}).",
                "Street-level bureaucracy decides how benefit sanctions are applied by front-line advisers."]
        text = (f"Local Employability Partnerships, Study {i + 1}\n\n{authors[i % len(authors)]}\n\n"
                f"Working Paper {i + 1}, Centre for Work and Welfare Research, {year}\n\nIntroduction\n\n"
                + "\n\n".join(body) + "\n\nReferences\n\n" + "\n\n".join(refs) + "\n")
        (root / f"{year}_paper_{i + 1}.txt").write_text(text, encoding="utf-8")
    return root


class Runner(CliRunner):
    """typer's CliRunner with catch_exceptions=False by default: an exception a command did not turn into an exit
    fails the test with its traceback instead of passing as exit code 1. Exits (typer.Exit, one-line errors) are
    still caught and give exit_code."""

    def invoke(self, *args, catch_exceptions: bool = False, **kwargs):
        return super().invoke(*args, catch_exceptions=catch_exceptions, **kwargs)
