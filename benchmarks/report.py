"""Benchmarks write their figures into one file, docs/benchmarks.md, each in its own marked section."""

from __future__ import annotations

import importlib.util
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
ORDER = ["header", "ingest", "ingest_speed", "startup", "citations", "citations_folds", "references", "references_folds",
         "callouts", "concepts", "terms", "networks", "topics", "scale"]
HEADER = ("# Benchmarks\n\nFigures from the scripts in `benchmarks/`, each section with the machine and date it was "
          "measured on. Speed and accuracy are measured here, never in unit tests. `python benchmarks/run_all.py` "
          "runs every script and refreshes the summary below; rerun one script to refresh its section, the others "
          "stay as they are.\n")
VERSIONED = ["litmine", "spacy", "gensim", "scikit-learn", "pdfplumber", "pypdfium2", "networkx", "numpy", "dask",
             "distributed"]


def write_section(name: str, markdown: str, path: Path = DOC) -> Path:
    """Replace (or add) the section `name` of docs/benchmarks.md, keeping the others."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    sections = dict(re.findall(r"<!-- begin:(\w+) -->\n(.*?)<!-- end:\1 -->\n", text, re.DOTALL))
    sections[name] = markdown.rstrip() + "\n"
    names = [n for n in ORDER if n in sections] + [n for n in sections if n not in ORDER]
    body = "".join(f"<!-- begin:{n} -->\n{sections[n]}<!-- end:{n} -->\n\n" for n in names)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "\n" + body, encoding="utf-8")
    return path


def read_section(name: str, path: Path = DOC) -> str | None:
    """The markdown of section `name` of docs/benchmarks.md, or None when it has none."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    m = re.search(rf"<!-- begin:{re.escape(name)} -->\n(.*?)<!-- end:{re.escape(name)} -->\n", text, re.DOTALL)
    return m.group(1) if m else None


def machine() -> str:
    """CPU model, cores, memory and OS of this machine, for the figures' heading."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}"


def versions(names: list[str] = VERSIONED) -> str:
    """Python and the installed versions of the packages the figures depend on (those not installed left out)."""
    from importlib.metadata import PackageNotFoundError, version

    found = [f"Python {platform.python_version()}"]
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            pass
    return ", ".join(found)


def standard_args(description: str, *, extra=None):
    """The options every corpus benchmark takes: --eval, --seeds and --out (extra(parser) may add its own)."""
    import argparse

    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--eval", default=str(here.parent.parent / "shared" / "eval"))
    parser.add_argument("--seeds", default=str(here.parent.parent / "shared" / "seeds"))
    parser.add_argument("--out", default=str(DOC))
    if extra:
        extra(parser)
    return parser.parse_args()


def module_at(commit: str, relpath: str, name: str):
    """One module of litmine as it was at `commit` (read with git show), for before/after columns.

    Its own imports resolve to today's package, so it suits modules whose neighbours kept their interfaces.
    """
    root = Path(__file__).resolve().parent.parent
    src = subprocess.run(["git", "-C", str(root), "show", f"{commit}:{relpath}"],
                         check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / f"{name}.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def balanced_folds(sizes: dict[str, int], k: int) -> list[set[str]]:
    """Documents in k folds of about equal size (sizes: document -> items, e.g. gold references): largest first
    into the lightest fold, ties by name, so the split repeats."""
    folds: list[set[str]] = [set() for _ in range(k)]
    load = [0] * k
    for doc in sorted(sizes, key=lambda d: (-sizes[d], d)):
        j = load.index(min(load))
        folds[j].add(doc)
        load[j] += sizes[doc]
    return folds
