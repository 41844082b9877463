"""benchmarks/citations.py pair: gold and predicted references that tie on authors + year (the short forms of one
work in several notes) are paired by the likeness of their raw text, so each note's pointer meets its own."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import citations as bench  # noqa: E402

from litmine.models import Reference  # noqa: E402


def _gold(raw: str, pages: str) -> dict:
    return {"raw": raw, "authors": "Muster", "year": "2001", "title": "", "container": "", "volume": "", "issue": "",
            "pages": pages, "doi": "", "unscored": set()}


def test_benchmark_pairing_ties_go_by_the_raw_text():
    gold = [_gold("Muster (2001: 6)", "6"), _gold("vgl. Muster 2001: 412", "412"), _gold("Muster (2001: 52)", "52")]
    pred = [Reference(index=i, raw=raw, authors=[{"surname": "Muster"}], year=2001, pages=pages, source="short")
            for i, (raw, pages) in enumerate([("Muster 2001: 412", "412"), ("Muster (2001: 52)", "52"),
                                              ("Muster (2001: 6)", "6")])]
    assert sorted(bench.pair(gold, pred)) == [(0, 2), (1, 0), (2, 1)]
    score = bench.Score()
    score.add(gold, pred)
    assert score.c["soft"]["pages"] == [3, 3, 3]
