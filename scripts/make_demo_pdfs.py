"""Lay out the demo corpus PDFs from their sources in scripts/demo_pdfs/*.md into corpus/.

Usage: python scripts/make_demo_pdfs.py [--out corpus]

Source format: a front matter block (output, layout: single|two-column, running_header, pdf_title, pdf_author),
then "# Title", "@authors: ...", "@meta: ...", "## Heading", paragraphs one per line, footnote markers "[^n]"
with "[^n]: text" definitions, and reference entries one per line under "## References".
The PDFs are deterministic: the same sources give the same bytes.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from litmine.pdfwrite import Para, layout_document

HERE = Path(__file__).resolve().parent


def parse_source(text: str) -> tuple[dict[str, str], list[Para]]:
    front: dict[str, str] = {}
    body = text
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if m:
        for line in m.group(1).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                front[k.strip()] = v.split("  (")[0].strip()
        body = text[m.end():]
    notes = {m.group(1): m.group(2).strip() for m in re.finditer(r"^\[\^(\w+)\]:\s*(.+)$", body, re.M)}
    paras: list[Para] = []
    in_refs = False
    for line in body.splitlines():
        line = line.strip()
        if not line or re.match(r"^\[\^\w+\]:", line):
            continue
        if line.startswith("# "):
            paras.append(Para(line[2:].strip(), "title"))
        elif line.startswith("## "):
            title = line[3:].strip()
            in_refs = title.lower() in ("references", "bibliography", "literature")
            paras.append(Para(title, "heading"))
        elif line.startswith("@authors:") or line.startswith("@meta:"):
            paras.append(Para(line.split(":", 1)[1].strip(), "meta"))
        elif in_refs:
            paras.append(Para(line, "reference"))
        elif re.match(r"^(Table|Figure)\s+\d+[:.]", line):
            paras.append(Para(line, "caption"))
        else:
            labels = re.findall(r"\[\^(\w+)\]", line)
            line = re.sub(r"\[\^(\w+)\]", "[^0]", line)
            paras.append(Para(line, "body", footnotes=[notes.get(lb, "") for lb in labels]))
    return front, paras


def build(source: Path, out_dir: Path) -> Path:
    front, paras = parse_source(source.read_text(encoding="utf-8"))
    info = {}
    if front.get("pdf_title"):
        info["Title"] = front["pdf_title"]
    if front.get("pdf_author"):
        info["Author"] = front["pdf_author"]
    info["Producer"] = "litmine demo corpus (scripts/make_demo_pdfs.py)"
    writer = layout_document(paras, columns=2 if front.get("layout") == "two-column" else 1,
                             running_header=front.get("running_header") or None, info=info)
    target = out_dir / (front.get("output") or source.with_suffix(".pdf").name)
    writer.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE.parent / "corpus"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for src in sorted((HERE / "demo_pdfs").glob("*.md")):
        if src.name.upper() == "CORPUS.MD":
            continue
        print(build(src, out))


if __name__ == "__main__":
    main()
