"""Mention detection against the hand-labelled seed sentences (tests/fixtures/concept_mentions*.yaml).

Accuracy is behaviour, so it is asserted here; speed lives in benchmarks/concepts.py.
"""

import pytest

from litmine.concepts.evaluate import evaluate_mentions, load_labelled
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["concept_mentions.yaml", "concept_mentions_heldout.yaml"])
def test_accuracy_precision_and_recall_reach_095(matcher, name):
    if not (FIXTURES / name).exists():
        pytest.skip(f"{name} is not here")
    scores = evaluate_mentions(matcher, load_labelled(FIXTURES / name))
    assert scores.sentences >= 200
    misses = "\n".join(f"{kind}: {concept} {surface!r}" for kind, concept, surface, _ in scores.errors[:30])
    assert scores.precision >= 0.95, misses
    assert scores.recall >= 0.95, misses


def test_accuracy_hard_cases_are_right(matcher):
    docs = [d for d in load_labelled(FIXTURES / "concept_mentions.yaml") if d["name"] == "constructed"]
    scores = evaluate_mentions(matcher, docs)
    assert scores.fp == 0 and scores.recall >= 0.9, scores.errors
