"""benchmarks/concept_agreement.py: pairing two labellers' spans and Cohen's kappa, on spans made up for these tests."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import concept_agreement as ca  # noqa: E402

TEXT = "The council commissioned a charity; the charity runs a rail network and a network of carers."


def _spans(labels):
    rec = {"mentions": [{"concept": c, "surface": s, "occurrence": o} for k, c, s, o in labels if k == "m"],
           "false_friends": [{"concept": c, "surface": s, "occurrence": o} for k, c, s, o in labels if k == "f"]}
    return ca.spans(rec, TEXT)


def test_spans_are_placed_by_occurrence_and_an_unplaceable_one_is_left_out():
    spans = _spans([("m", "third-sector", "charity", 1), ("f", "network-governance", "network", 5)])
    assert spans == [("mention", "third-sector", 40, 47, "charity")]


def test_match_needs_kind_concept_and_overlap():
    ours = _spans([("m", "third-sector", "a charity", 0), ("m", "contracting-out", "commissioned", 0),
                   ("f", "network-governance", "network", 0)])
    theirs = _spans([("m", "third-sector", "charity", 0), ("f", "contracting-out", "commissioned", 0),
                     ("f", "network-governance", "network", 1)])
    agreed, only_ours, only_theirs = ca.match(ours, theirs)
    assert [a[1] for a, _ in agreed] == ["third-sector"]
    assert [(s[0], s[1]) for s in only_ours] == [("mention", "contracting-out"), ("false friend", "network-governance")]
    assert [(s[0], s[1]) for s in only_theirs] == [("false friend", "contracting-out"), ("false friend", "network-governance")]


def test_disagreements_pair_a_sense_difference_into_one_row_and_name_the_unmarked():
    ours = _spans([("m", "contracting-out", "commissioned", 0), ("f", "network-governance", "network", 0)])
    theirs = _spans([("f", "contracting-out", "commissioned", 0)])
    _, only_ours, only_theirs = ca.match(ours, theirs)
    rows = ca.disagreements("k", only_ours, only_theirs, ours, theirs)
    assert [(r["concept"], r["ours"], r["theirs"]) for r in rows] == [
        ("contracting-out", "mention", "false friend"), ("network-governance", "false friend", "unmarked")]


def test_kappa_is_one_when_raters_agree_and_chance_corrected_otherwise():
    assert ca.kappa([(True, True), (False, False)]) == 1.0
    # 3 of 4 agree, each rater says yes half the time: chance 0.5, kappa 0.5
    assert ca.kappa([(True, True), (False, False), (True, False), (False, True), (True, True), (False, False),
                     (True, True), (False, False)]) == 0.5
