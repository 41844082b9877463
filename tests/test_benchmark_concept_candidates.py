"""benchmarks/concept_senses_candidates.py and the candidate-context parts of concept_senses_learned.py: a labelled
candidate is found again by its surface's whole-word occurrence in its passage, and candidates are scored as kept or
admitted (right when labelled the sense)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import concept_senses_candidates as cand  # noqa: E402
import concept_senses_learned as learned  # noqa: E402
from concept_senses_data import passage_key  # noqa: E402

from litmine.models import Passage  # noqa: E402

TEXT = "Die Stadt arbeitet mit Vereinen. Die Vereine bieten Kinderbetreuung an."


def test_a_record_takes_the_candidate_at_its_surfaces_occurrence():
    p = Passage(3, "body", TEXT)
    second = TEXT.index("Vereine bieten")
    index = {(3, second, "third-sector"): ({"bias": 1.0}, False)}
    rec = {"key": passage_key(TEXT), "surface": "Vereine", "occurrence": 0, "concept": "third-sector"}
    found = cand._find(rec, {passage_key(TEXT): p}, index)
    assert found is not None and found[:2] == ({"bias": 1.0}, False)
    assert found[3:] == (second, second + len("Vereine"))  # "Vereinen" is another word, not occurrence 0
    assert cand._find({**rec, "occurrence": 1}, {passage_key(TEXT): p}, index) is None
    assert cand._find({**rec, "concept": "partnership-working"}, {passage_key(TEXT): p}, index) is None
    assert cand._find({**rec, "key": "000000000000"}, {passage_key(TEXT): p}, index) is None


def _row(kept, label, german=True, against=False):
    f = {"german": 1.0 if german else 0.0}
    if against:
        f["rejected_by=another_sense"] = 1.0
    return {"doc": "d", "features": f, "kept": kept, "label": label, "german": german}


def test_candidate_scores_count_kept_and_admitted_candidates():
    rows = [_row(True, True), _row(True, False), _row(False, True), _row(False, False), _row(False, True, False)]
    assert learned.candidate_line("rules", rows, [r["kept"] for r in rows]) == (
        "| rules | 3 true | 2 counted | 0.500 | 0.333 |")
    assert learned.candidate_line("admitted", rows, [True, True, True, False, False], ("de",)) == (
        "| admitted | 2 true | 3 counted | 0.667 | 1.000 |")


def test_rows_set_aside_by_another_senses_word_are_never_admissible():
    x, y, groups, where, ok = learned._admit_rows([], [_row(False, True, against=True), _row(False, True),
                                                      _row(True, True)])
    assert ok == [False, True, False] and y == [True, True, True] and where[0] == ("extra", 0)


def test_the_inner_f1_counts_candidates_at_the_threshold():
    extra = [_row(True, True), _row(False, True), _row(False, False)]
    probs = {0: 1.0, 1: 0.7, 2: 0.6}  # positions from n_items = 0 on
    f1 = learned._admit_f1([], [], probs, [], 0.65, {}, (extra, [0, 1, 2], 0))
    assert f1 == 1.0  # both true ones counted, the false one (0.6) not
    assert learned._admit_f1([], [], probs, [], 0.5, {}, (extra, [0, 1, 2], 0)) == 0.8


def test_the_veto_trained_on_candidate_contexts_sets_aside_kept_false_ones_leave_one_document_out():
    extra = []
    for d in range(10):  # in every document a kept true and a kept false candidate that one feature tells apart
        extra += [{**_row(True, True), "doc": f"d{d}", "features": {"german": 1.0, "cue": 1.0}},
                  {**_row(True, False), "doc": f"d{d}", "features": {"german": 1.0, "name": 1.0}}]
    probs, chosen, seen, counted = learned.nested_veto([], 1.0, extra=extra)
    assert probs == [] and sum(chosen.values()) == 10 and len(seen) == 20
    assert counted == [True, False] * 10  # each document's false one vetoed by a model trained without it


GERMAN = "Der Verein arbeitet mit der Stadt. Die Initiativen der Bürger helfen."


def test_passage_mention_records_are_no_candidates():
    assert cand.is_passage_mention({"drawn": "c28-vocab"})
    assert not cand.is_passage_mention({"drawn": "c28-candidate"}) and not cand.is_passage_mention({})


def test_a_passage_mention_is_found_rejected_or_without_a_candidate():
    from litmine.models import Mention

    p = Passage(2, "body", GERMAN)
    keys = {passage_key(GERMAN): p}
    start = GERMAN.index("Initiativen")
    rec = {"key": passage_key(GERMAN), "surface": "Initiativen", "occurrence": 0, "concept": "third-sector"}
    assert cand._stage(rec, keys, [], []) == "no candidate"
    rejected = (2, start, start + len("Initiativen"), "third-sector", {}, False)
    assert cand._stage(rec, keys, [rejected], []) == "rejected"
    assert cand._stage(rec, keys, [rejected[:5] + (True,)], []) == "no candidate"  # kept, yet no mention stored
    stored = Mention("third-sector", start, start + 4, "Init", passage_index=2)
    assert cand._stage(rec, keys, [rejected], [stored]) == "found"
    assert cand._stage(rec, keys, [], [Mention("localism", start, start + 4, "Init", passage_index=2)]) == (
        "no candidate")  # another concept's mention does not count
    assert cand._stage({**rec, "occurrence": 1}, keys, [], []) == "lost"
    assert cand._stage(rec, None, [], []) == "lost"
