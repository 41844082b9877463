"""Benchmarks write their figures into one file, docs/benchmarks.md, each in its own marked section."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
ORDER = ["ingest", "citations", "references", "callouts"]
HEADER = ("# Benchmarks\n\nFigures from the scripts in `benchmarks/`, each section with the machine and date it was "
          "measured on. Speed and accuracy are measured here, never in unit tests. Rerun one script to refresh its "
          "section; the others stay as they are.\n")


def write_section(name: str, markdown: str, path: Path = DOC) -> Path:
    """Replace (or add) the section `name` of docs/benchmarks.md, keeping the others."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    sections = dict(re.findall(r"<!-- begin:(\w+) -->\n(.*?)<!-- end:\1 -->\n", text, re.S))
    sections[name] = markdown.rstrip() + "\n"
    names = [n for n in ORDER if n in sections] + [n for n in sections if n not in ORDER]
    body = "".join(f"<!-- begin:{n} -->\n{sections[n]}<!-- end:{n} -->\n\n" for n in names)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "\n" + body, encoding="utf-8")
    return path
