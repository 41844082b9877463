"""Benchmark scripts that tests (and other benchmarks) import must leave the process's environment alone: a module
that set LITMINE_OCR=0 at import turned OCR off for every test run after it (tests/ingest/test_ocr.py failed when
tests/citations/test_footnote_diagnosis.py, importing benchmarks/citations.py and through it benchmarks/ingest.py,
ran first)."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize("name", ["ingest", "tagger_speed", "citations", "footnote_diagnosis"])
def test_importing_a_benchmark_leaves_the_environment_alone(name, monkeypatch):
    monkeypatch.delenv("LITMINE_OCR", raising=False)
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    before = dict(os.environ)
    monkeypatch.delitem(sys.modules, name, raising=False)  # the module other tests imported comes back afterwards
    importlib.import_module(name)
    assert dict(os.environ) == before
