"""benchmarks/footnotes.py: the labelled notes of German papers with a list (session 19) are read and scored."""

import json
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import citations as bench_citations  # noqa: E402
import footnotes as bench  # noqa: E402
import footnote_diagnosis as diagnosis  # noqa: E402

from litmine.models import Reference  # noqa: E402

NOTE = {"id": "b17/77/0", "ssoar_id": "77", "raw": "Vgl. Erna Muster, Die Stadt als Beute, Berlin 1999, S. 12.",
        "page": 3, "note": "4", "kind": "full",
        "fields": {"authors_structured": [{"given-names": "Erna", "surname": "Muster"}], "date": ["1999"],
                   "title": ["Die Stadt als Beute"], "fpage": ["12"]}}
EBD = {"id": "b17/77/1", "ssoar_id": "77", "raw": "Ebd., S. 14.", "page": 3, "note": "5", "kind": "ebd",
       "fields": {"fpage": ["14"]}}
LISTED = {"ssoar_id": "77", "raw": "Beispiel, Karl (2001): Ein Buch. Bonn: Verlag.",
          "fields": {"authors_structured": [{"given-names": "Karl", "surname": "Beispiel"}], "date": ["2001"],
                     "title": ["Ein Buch"]}}


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_notes_gold_reads_rows_as_scorer_entries(tmp_path):
    assert bench.notes_gold(tmp_path) == {}
    _write(tmp_path / bench.NOTES_GOLD, [NOTE, EBD])
    assert len(bench.notes_gold(tmp_path)["77"]) == 2 and len(bench.notes_gold(tmp_path, ("ebd",))["77"]) == 1
    entry = bench.notes_gold(tmp_path)["77"][0]
    assert (entry["authors"], entry["year"], entry["title"], entry["pages"]) == ("Muster", "1999", "Die Stadt als Beute",
                                                                                 "12")


def test_notes_only_keeps_the_references_found_in_notes():
    refs = [Reference(index=0, raw="a", source="list"), Reference(index=1, raw="b", source="footnote"),
            Reference(index=2, raw="c", source="short")]
    doc = SimpleNamespace(passages=[], references=refs, citations=[])
    assert [r.raw for r in bench.notes_only(doc).references] == ["b", "c"]


def test_notes_rows_score_notes_alone_and_whole_documents(tmp_path, monkeypatch, capsys):
    gold_dir, ev, pdfs = tmp_path / "gold", tmp_path / "eval", tmp_path / "pdf"
    _write(gold_dir / bench.NOTES_GOLD, [NOTE, EBD])
    _write(ev / "excite-ssoar" / "derived" / "de_refsection.jsonl", [LISTED])
    monkeypatch.setattr(bench_citations, "extra_pdfs", lambda ev: pdfs)
    assert bench.notes_rows(ev, gold_dir) == []  # no PDFs: skipped with one line
    assert "skipped" in capsys.readouterr().err
    pdfs.mkdir()
    (pdfs / "77.pdf").write_bytes(b"%PDF-1.4\n")
    found = [Reference(index=0, raw=NOTE["raw"], authors=[{"surname": "Muster", "given": "Erna"}], year=1999,
                       title="Die Stadt als Beute", pages="12", source="footnote"),
             Reference(index=1, raw=LISTED["raw"], authors=[{"surname": "Beispiel", "given": "Karl"}], year=2001,
                       title="Ein Buch", source="list")]
    monkeypatch.setattr(bench, "extract_document",
                        lambda path: (SimpleNamespace(passages=[], references=found, citations=[]), None))
    notes, bare, whole, _ = bench.notes_rows(ev, gold_dir)  # the made-up paper 77 lies in half 0
    cells = [c.strip() for c in notes.split("|")]
    assert cells[2:4] == ["1", "2"] and cells[6] == "50.0%" and cells[8] == "0"  # "Ebd." unpaired, no extra
    cells = [c.strip() for c in bare.split("|")]
    assert cells[2:4] == ["1", "1"] and cells[6] == "100.0%" and cells[8] == "0"  # one gold, paired, no extra
    cells = [c.strip() for c in whole.split("|")]
    assert cells[2:4] == ["1", "3"] and cells[6] == "66.7%" and cells[8] == "0"  # the list entry paired too


def test_notes_halves_are_fixed_by_the_id_and_dev_only_reads_half_0(tmp_path, monkeypatch):
    assert [bench.notes_half(s) for s in ("77", "78", "79", "80")] == [
        __import__("hashlib").sha1(f"notes-halves{s}".encode()).digest()[0] & 1 for s in ("77", "78", "79", "80")]
    held, gold_dir, ev, read = _two_papers(tmp_path, monkeypatch, "b17", 0)
    assert len(bench.notes_rows(ev, gold_dir, dev_only=True)) == 3 and read == ["77"]
    read.clear()
    rows = bench.notes_rows(ev, gold_dir)
    assert len(rows) == 8 and sorted(read) == sorted(["77", held]) and "held-out" in rows[3]
    # the held-out paper of round b17 also has its round's row; no row for a round without a held-out paper
    assert "B17/B18's papers" in rows[6] and not any("B21/B22's papers" in r for r in rows)


def test_a_development_round_is_neither_half_and_scores_in_its_own_row(tmp_path, monkeypatch):
    """Papers of a round labelled as development data (DEV_ROUNDS) never join the held-out half, whatever their hash:
    dev_only reads them, and they score in a "round C" row of their own, outside the halves and "both halves"."""
    held, gold_dir, ev, read = _two_papers(tmp_path, monkeypatch, "b28", 1)
    rounds = bench.notes_rounds(gold_dir)
    assert rounds[held] == "b28" and bench.notes_half(held, rounds) == 2 and bench.notes_half(held) == 1
    rows = bench.notes_rows(ev, gold_dir, dev_only=True)
    assert sorted(read) == sorted(["77", held]) and len(rows) == 6 and "round C (development)" in rows[3]
    rows = bench.notes_rows(ev, gold_dir)
    assert not any("held-out" in r for r in rows)
    both = next(r for r in rows if "both halves" in r)
    assert [c.strip() for c in both.split("|")][2] == "1"  # paper 77 alone


def test_each_development_round_scores_in_rows_of_its_own(tmp_path, monkeypatch):
    """A paper of round D (B29's endnotes, session 28) scores in "round D" rows, not round C's, and the diagnosis
    names a group for every development round."""
    held, gold_dir, ev, read = _two_papers(tmp_path, monkeypatch, "b29", 1)
    rows = bench.notes_rows(ev, gold_dir, dev_only=True)
    assert "round D (development)" in rows[3] and not any("round C" in r for r in rows)
    assert set(diagnosis.ROUND_GROUPS) == set(bench.DEV_ROUNDS)


def _two_papers(tmp_path, monkeypatch, round_prefix: str, n: int):
    """Two labelled papers: the made-up 77 (half 0) and one whose hash falls in half 1, its row of round_prefix;
    their PDFs stand in, and extract_document records the papers it reads (the list returned)."""
    held = next(s for s in map(str, range(100, 200)) if bench.notes_half(s) == 1)
    gold_dir, ev, pdfs = tmp_path / "gold", tmp_path / "eval", tmp_path / "pdf"
    _write(gold_dir / bench.NOTES_GOLD, [NOTE, dict(NOTE, ssoar_id=held, id=f"{round_prefix}/{held}/{n}")])
    _write(ev / "excite-ssoar" / "derived" / "de_refsection.jsonl", [LISTED])
    pdfs.mkdir()
    for sid in ("77", held):
        (pdfs / f"{sid}.pdf").write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(bench_citations, "extra_pdfs", lambda ev: pdfs)
    read: list[str] = []
    monkeypatch.setattr(bench, "extract_document", lambda path: (
        read.append(Path(path).stem) or SimpleNamespace(passages=[], references=[], citations=[]), None))
    return held, gold_dir, ev, read
