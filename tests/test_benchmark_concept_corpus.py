"""benchmarks/concept_senses_corpus.py: a candidate's context is the content words around its form (the form
itself, stop words and short words out; German words by stem), and the probe's ranking and threshold helpers."""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from concept_senses_corpus import WINDOW, Words, auc, context, lodo_thresholds  # noqa: E402

from litmine.concepts.german import stem  # noqa: E402
from litmine.concepts.matcher import normalise_word  # noqa: E402


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_context_leaves_out_the_form_stop_words_and_short_words():
    text = "The council commissioned the care services from local providers in 2019."
    words = Words().of(text, german=False)
    ctx = context(words, *_span(text, "commissioned"))
    assert "commission" not in ctx and "the" not in ctx and "in" not in ctx
    assert ctx == [normalise_word(w) for w in ("council", "care", "services", "local", "providers")]


def test_context_reaches_window_words_either_side():
    before = [f"before{chr(97 + k)}" for k in range(20)]
    after = [f"after{chr(97 + k)}" for k in range(20)]
    text = " ".join(before) + " networks " + " ".join(after)
    ctx = context(Words().of(text, german=False), *_span(text, "networks"))
    assert ctx == [normalise_word(w) for w in before[-WINDOW:] + after[:WINDOW]]


def test_german_context_words_are_stemmed():
    text = "Die Netzwerke der Sicherheitsbehörden arbeiten mit den Polizeibehörden zusammen."
    ctx = context(Words().of(text, german=True), *_span(text, "Netzwerke"))
    assert stem("Sicherheitsbehörden") in ctx and stem("Polizeibehörden") in ctx and stem("Netzwerke") not in ctx


def test_auc_counts_the_pairs_a_true_item_wins():
    assert auc([(0.9, True), (0.1, False)]) == 1.0
    assert auc([(0.1, True), (0.9, False)]) == 0.0
    assert auc([(0.5, True), (0.5, False)]) == 0.5
    assert math.isnan(auc([(0.5, True)]))


def test_lodo_threshold_is_chosen_without_the_document():
    items = [{"doc": "a", "label": True, "scores": {"s": 0.9}},
             {"doc": "b", "label": True, "scores": {"s": 0.8}},
             {"doc": "b", "label": False, "scores": {"s": 0.2}},
             {"doc": "c", "label": False, "scores": {"s": 0.5}}]
    th = lodo_thresholds(items, "s")
    assert th == {"a": 0.8, "b": 0.9, "c": 0.8}  # each the best gain (true admitted less false) of the others


def test_lodo_threshold_admits_nothing_without_a_gain():
    items = [{"doc": "x", "label": True, "scores": {"s": 0.1}}, {"doc": "y", "label": False, "scores": {"s": 0.9}}]
    assert lodo_thresholds(items, "s") == {"x": math.inf, "y": 0.1}
