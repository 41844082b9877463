"""benchmarks/scale.py's poll of a process tree: PSS read only at some polls (each read walks the tree's page tables,
CPU of the benchmark's own process), the peak still found, and the poll's own CPU reported beside the tree's."""

from __future__ import annotations

import os
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _scale(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import scale

    return scale


def test_memory_without_pss_reads_rss_only(monkeypatch):
    scale = _scale(monkeypatch)
    rss, pss = scale.memory([os.getpid()], pss=False)
    assert rss > 0 and pss == 0
    rss, pss = scale.memory([os.getpid()])
    assert 0 < pss <= rss


def test_measure_finds_a_held_peak_and_reports_its_own_cpu(monkeypatch):
    scale = _scale(monkeypatch)
    # 64 MiB written (so resident) and held for about a second, a few polls whichever of them read PSS
    held = "import time; b = b'x' * (64 * 2**20); time.sleep(1.2)"
    result = scale.measure([sys.executable, "-c", held])
    assert result["returncode"] == 0
    assert result["pss"] >= 60 and result["rss"] >= result["pss"]
    assert result["poll_cpu"] >= 0
