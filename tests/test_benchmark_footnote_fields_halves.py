"""benchmarks/footnote_fields.py reads de_refsection's development half alone (half 1 is the German list
benchmark's held-out half). Ids are made up for these tests."""

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import footnote_fields as ff  # noqa: E402


def _half(sid: str) -> int:
    return hashlib.sha1(sid.encode()).digest()[0] & 1


def test_development_half_keeps_half_0_papers_only():
    ids = [f"9{n:04d}" for n in range(40)]
    gold = {sid: [{"raw": f"Muster, A. (2001): Titel {sid}."}] for sid in ids}
    kept = ff.development_half(gold)
    assert kept and len(kept) < len(gold)
    assert set(kept) == {sid for sid in ids if _half(sid) == 0}
    assert all(kept[sid] is gold[sid] for sid in kept)
