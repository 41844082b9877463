"""benchmarks/concept_senses_data.py: fresh7's German papers are read from the extra folder, or skipped without it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import concept_senses_data as data  # noqa: E402

EXTRA_REC = {"set": "excite-ssoar", "file": "de_refsection/pdf/123.pdf"}
EVAL_REC = {"set": "excite-ssoar", "file": "de_footnotes/pdf/123.pdf"}


def test_record_path_reads_fresh7_papers_from_the_extra_root(tmp_path):
    assert data.record_path(tmp_path / "eval", EXTRA_REC, extra=tmp_path / "x") == tmp_path / "x" / "pdf" / "123.pdf"
    assert data.record_path(tmp_path / "eval", EVAL_REC, extra=tmp_path / "x") == (
        tmp_path / "eval" / "excite-ssoar" / "de_footnotes" / "pdf" / "123.pdf")


def test_missing_extra_folder_skips_its_records_with_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(data, "_SKIPPED", [])
    assert data.extra_missing(EXTRA_REC, extra=tmp_path / "absent")
    assert data.extra_missing(EXTRA_REC, extra=tmp_path / "absent")
    assert not data.extra_missing(EVAL_REC, extra=tmp_path / "absent")
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "de_refsection/pdf" in err[0] and "skipped" in err[0]
    (tmp_path / "here" / "pdf").mkdir(parents=True)
    assert not data.extra_missing(EXTRA_REC, extra=tmp_path / "here")


def test_without_an_extra_root_the_folder_beside_the_eval_folder_is_read(tmp_path, monkeypatch):
    monkeypatch.delenv("LITMINE_DE_REFSECTION", raising=False)
    (tmp_path / "eval").mkdir()
    assert data.record_path(tmp_path / "eval", EXTRA_REC) == (
        tmp_path / "extra" / "excite-de_refsection" / "pdf" / "123.pdf")
    (tmp_path / "extra" / "excite-de_refsection" / "pdf").mkdir(parents=True)
    assert not data.extra_missing(EXTRA_REC, eval_dir=tmp_path / "eval")


def test_default_extra_is_found_beside_the_eval_folder_or_beside_its_parent(tmp_path, monkeypatch):
    monkeypatch.delenv("LITMINE_DE_REFSECTION", raising=False)
    ev = tmp_path / "shared" / "eval"
    ev.mkdir(parents=True)
    assert data.default_extra(ev) == tmp_path / "shared" / "extra" / "excite-de_refsection"  # neither: the first
    (tmp_path / "extra" / "excite-de_refsection").mkdir(parents=True)
    assert data.default_extra(ev) == tmp_path / "extra" / "excite-de_refsection"  # ../shared read-only: beside it
    (tmp_path / "shared" / "extra" / "excite-de_refsection").mkdir(parents=True)
    assert data.default_extra(ev) == tmp_path / "shared" / "extra" / "excite-de_refsection"


# --- every labelled split is registered, and fresh11's halves follow its drawing rule (labels only, no text) ---

UNSCORED = {"agreement", "fresh6-seen"}  # a second labelling (never scored) and passages seen before scoring


def _records(name):
    import json

    text = (data.LABELS / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_split_of_the_label_files_is_scored_as_development_or_held_out():
    import concept_senses
    import concept_senses_learned

    named = {rec["split"] for rec in data.all_records()} - UNSCORED
    assert named <= set(concept_senses.SPLITS)
    assert set(concept_senses.SPLITS) == set(concept_senses.DEVELOPMENT) | set(concept_senses.HELD_OUT)
    assert not set(concept_senses.DEVELOPMENT) & set(concept_senses.HELD_OUT)
    assert concept_senses_learned.DEVELOPMENT == concept_senses.DEVELOPMENT
    assert concept_senses_learned.HELD_OUT == concept_senses.HELD_OUT
    assert "fresh11d" in concept_senses.DEVELOPMENT and "fresh11" in concept_senses.HELD_OUT
    assert "fresh12d" in concept_senses.DEVELOPMENT and "fresh12" in concept_senses.HELD_OUT
    assert "fresh13d" in concept_senses.DEVELOPMENT and "fresh13" in concept_senses.HELD_OUT


def test_fresh11_records_hold_labels_only_and_sit_in_their_drawing_half():
    import zlib

    sys.path.insert(0, str(data.LABELS))
    import split_fresh5

    recs = _records("fresh11.jsonl")
    assert recs and {r["labeller"] for r in recs} == {"B36"}
    for r in recs:
        assert "text" not in r and set(r) <= {"set", "file", "page", "key", "split", "drawn", "doc_split", "mentions",
                                               "false_friends", "labeller", "notes"}
        if r["set"] == "excite-ssoar":
            name = r["file"][len(data.EXTRA_PREFIX):]
            assert r["drawn"] == "fresh11-de-vocab"
            assert r["split"] == ("fresh11d", "fresh11")[zlib.crc32(f"fresh7-halves/{name}".encode()) % 2]
        else:
            assert r["split"] == ("fresh11d", "fresh11")[split_fresh5.half(r)]
        for label in r["mentions"] + r["false_friends"]:
            assert isinstance(label["occurrence"], int) and label["surface"] and label.get("close_call", True) is True
        assert all(f["why"] for f in r["false_friends"])


def test_fresh12_records_hold_labels_only_and_sit_in_their_drawing_half():
    sys.path.insert(0, str(data.LABELS))
    import split_fresh5

    recs = _records("fresh12.jsonl")
    assert recs and {r["labeller"] for r in recs} == {"B37"}
    assert {r["split"] for r in recs} == {"fresh12d", "fresh12"}
    for r in recs:
        assert "text" not in r and set(r) <= {"set", "file", "page", "key", "split", "drawn", "doc_split", "mentions",
                                               "false_friends", "labeller", "notes"}
        assert r["set"] == "uk-policy-inquiries" and r["drawn"] == "fresh12-uk"
        assert r["split"] == ("fresh12d", "fresh12")[split_fresh5.half(r)]
        for label in r["mentions"] + r["false_friends"]:
            assert isinstance(label["occurrence"], int) and label["surface"] and label.get("close_call", True) is True
        assert all(f["why"] for f in r["false_friends"])
    # no passage of fresh12 is labelled in another file (the draw excludes every labelled key)
    others = {r["key"] for f in sorted(data.LABELS.glob("*.jsonl")) if f.name != "fresh12.jsonl" for r in _records(f.name)}
    assert not others & {r["key"] for r in recs}


def test_fresh13_records_hold_labels_only_and_sit_in_their_drawing_half():
    sys.path.insert(0, str(data.LABELS))
    import split_fresh5

    recs = _records("fresh13.jsonl")
    assert recs and {r["labeller"] for r in recs} == {"B38"}
    assert {r["split"] for r in recs} == {"fresh13d", "fresh13"}
    for r in recs:
        assert "text" not in r and set(r) <= {"set", "file", "page", "key", "split", "drawn", "doc_split", "mentions",
                                               "false_friends", "labeller", "notes"}
        assert r["set"] == "uk-policy-inquiries" and r["drawn"] == "fresh13-uk"
        assert r["split"] == ("fresh13d", "fresh13")[split_fresh5.half(r)]
        for label in r["mentions"] + r["false_friends"]:
            assert isinstance(label["occurrence"], int) and label["surface"] and label.get("close_call", True) is True
        assert all(f["why"] for f in r["false_friends"])
    # no passage of fresh13 is labelled in another file (the draw excludes every labelled key)
    others = {r["key"] for f in sorted(data.LABELS.glob("*.jsonl")) if f.name != "fresh13.jsonl" for r in _records(f.name)}
    assert not others & {r["key"] for r in recs}
