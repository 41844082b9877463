"""k selection measures, checked against hand computations."""

import numpy as np

from litmine.topics import selection

from litmine.topics.preprocess import TopicCorpus
from litmine.topics.selection import (KScore, choose_k, dead_topics, duplicate_topics, match_similarity,
                                      split_held_out, stability, topic_diversity)
from litmine.topics.train import train_topics


def test_selection_diversity_counts_distinct_top_terms():
    tt = np.array([[.4, .3, .2, .1, 0, 0], [.1, .2, 0, 0, .3, .4], [0, 0, .1, .5, .4, 0]])
    # tops of 2: {0,1}, {5,4}, {3,4} -> 5 distinct of 6
    assert topic_diversity(tt, top=2) == 5 / 6


def test_selection_match_similarity_pairs_topics_one_to_one():
    a = np.array([[1.0, 0, 0], [0, 1.0, 0]])
    b = np.array([[0, 0.6, 0.8], [1.0, 0, 0]])
    # best one-to-one: a0-b1 (1.0), a1-b0 (0.6) -> mean 0.8
    assert np.isclose(match_similarity(a, b), 0.8)
    assert np.isclose(stability([a, a, b]), (1.0 + 0.8 + 0.8) / 3)


def test_selection_dead_and_duplicate_topics():
    theta = np.array([[.7, .29, .01], [.6, .395, .005], [.2, .79, .01], [.1, .89, .01]])
    # topic 2: dominant nowhere, mean 0.00875 < 0.1/3 -> dead; topics 0 and 1 lead somewhere
    assert dead_topics(theta) == [2]
    tt = np.array([[.5, .5, 0, 0], [.49, .51, 0, 0], [0, 0, .5, .5]])
    share = np.array([[.6, .1, .3], [.5, .1, .4]])
    assert duplicate_topics(tt, share) == [1]  # near-copy of topic 0 with the smaller share


def test_selection_choose_k_takes_the_most_coherent_usable_stable_k_and_ties_to_smaller_k():
    baseline = -0.4
    scores = [KScore(2, 0.05, 0.9, 0, 0, stability=0.9), KScore(4, 0.20, 0.9, 1, 0, stability=0.95),
              KScore(6, 0.10, 0.8, 0, 0, stability=0.6), KScore(8, 0.05, 0.7, 0, 0, stability=0.8)]
    # k=4 has a dead topic, k=6 is unstable; k=2 and k=8 tie on coherence: the smaller k
    assert choose_k(scores, baseline).k == 2
    # nothing stable: coherence (rescaled) times stability decides
    assert choose_k([KScore(2, 0.0, 0.9, 0, 0, stability=0.5), KScore(3, 0.2, 0.9, 0, 0, stability=0.6)],
                    baseline).k == 3
    # topics no better than random ones are chosen only when nothing else is left
    assert choose_k([KScore(2, -0.5, 1.0, 0, 0), KScore(3, -0.1, 0.5, 0, 0)], baseline).k == 3
    # coherence within 0.01 of the best is a tie: the smaller k wins (also among unstable ones, on the product)
    assert choose_k([KScore(3, -0.147, 0.9, 0, 0, stability=0.99), KScore(4, -0.1455, 0.9, 0, 0, stability=0.99)],
                    baseline).k == 3
    assert choose_k([KScore(3, -0.2, 0.9, 0, 0, stability=0.99), KScore(4, -0.1455, 0.9, 0, 0, stability=0.99)],
                    baseline).k == 4
    # a k whose topics share most of their top terms is not usable
    assert choose_k([KScore(2, 0.1, 0.9, 0, 0, stability=0.9), KScore(3, 0.3, 0.3, 0, 0, stability=0.9)],
                    baseline).k == 2


def test_selection_held_out_split_is_seeded_and_disjoint():
    fit, held = split_held_out(50, 42)
    assert len(held) == 10 and not set(fit) & set(held) and sorted(fit + held) == list(range(50))
    assert split_held_out(50, 42) == (fit, held) and split_held_out(50, 43) != (fit, held)
    assert split_held_out(12, 42) == (list(range(12)), list(range(12)))
    # a held-out fifth of too few words (NPMI over it is mostly unseen pairs): every unit is both
    assert split_held_out(50, 42, [100] * 50) == (list(range(50)), list(range(50)))
    assert split_held_out(50, 42, [1000] * 50) == (fit, held)


def test_selection_few_words_scored_on_every_unit_and_said():
    model = train_topics(_three_themes(), method="nmf", k="auto", k_range=range(2, 8), seed=42)
    sel = model.options["selection"]
    assert sel["held_out_units"] == 0 and model.k == 3
    assert any("only 30 units (1,290 words): coherence scored on the units" in n for n in sel["notes"])


def _three_themes(n_each: int = 10) -> TopicCorpus:
    words = {"care": "nurse ward patient hospital clinic bed discharge medicine doctor pharmacy",
             "work": "jobcentre claimant sanction benefit employment adviser vacancy wage training payment",
             "home": "tenant rent landlord housing eviction repair council flat mortgage homeless"}
    rng = np.random.default_rng(7)
    tokens, units = [], []
    for theme, vocab in words.items():
        v = vocab.split()
        for i in range(n_each):
            tokens.append([str(w) for w in rng.choice(v, size=40)] + ["report", "policy", "local"])
            units.append({"doc_id": f"{theme}{i}", "passage_id": None, "year": 2000 + i, "title": theme})
    return TopicCorpus(units=units, tokens=tokens, concept_terms={}, phrases=None, options={"unit": "document"},
                       fingerprint="t" * 64)


def test_selection_auto_k_on_three_known_themes_with_held_out_units(monkeypatch):
    monkeypatch.setattr(selection, "MIN_HELD_OUT_TOKENS", 0)  # hold out a fifth however few words it has
    model = train_topics(_three_themes(), method="nmf", k="auto", k_range=range(2, 8), seed=42)
    sel = model.options["selection"]
    assert sel["held_out_units"] == 6
    assert model.k == 3
    dominant = np.argmax(model.doc_topic, axis=1)
    assert len({int(d) for d in dominant[:10]}) == 1 and len(set(dominant.tolist())) == 3
    assert sel["at_bound"] is None


def test_selection_flags_a_choice_on_the_upper_edge():
    model = train_topics(_three_themes(), method="nmf", k="auto", k_range=[2], seed=42)
    sel = model.options["selection"]
    assert [s["k"] for s in sel["scores"]][:2] == [2, 4]  # a lone k is an edge: the next step up is tried
    assert model.k == max(s["k"] for s in sel["scores"]) and sel["at_bound"] == "upper"
    assert any("largest k tried" in n for n in sel["notes"])


def test_selection_extends_below_a_lower_edge_and_finds_the_themes(monkeypatch):
    monkeypatch.setattr(selection, "MIN_HELD_OUT_TOKENS", 0)
    # the range starts above the three themes: the best k sits on its lower edge, so k = 3 and 2 are tried too
    model = train_topics(_three_themes(), method="nmf", k="auto", k_range=[4, 5, 6], seed=42)
    sel = model.options["selection"]
    assert [s["k"] for s in sel["scores"]] == [2, 3, 4, 5, 6] and model.k == 3 and sel["at_bound"] is None


def test_selection_unit_npmi_counts_units_holding_both_terms():
    # units: {a,b}, {a,b}, {a,c}, {d}: p(a)=3/4, p(b)=1/2, p(a,b)=1/2 -> log(0.5/0.375)/-log(0.5) = 0.415
    x = np.array([[1, 1, 0, 0], [2, 1, 0, 0], [1, 0, 1, 0], [0, 0, 0, 3]])
    ab, bd = selection.unit_npmi([[0, 1], [1, 3]], x)
    assert round(ab, 3) == round(np.log(0.5 / 0.375) / -np.log(0.5), 3) == 0.415
    assert bd == -1.0  # never together
    # a term in no unit leaves its pairs out; a topic with no pair left counts -1
    assert selection.unit_npmi([[0, 1, 4]], np.hstack([x, np.zeros((4, 1))]))[0] == ab
    assert selection.unit_npmi([[4, 5]], np.zeros((4, 6))) == [-1.0]


def test_selection_single_document_topics_weigh_units_by_length():
    theta = np.array([[0.9, 0.1], [0.9, 0.1], [0.2, 0.8], [0.2, 0.8]])
    # topic 0: doc a holds 0.9*10 + 0.9*10 = 18 of 18 + 0.4 + 0.4 (the short units of b and c);
    # topic 1: a holds 2 of 2 + 1.6 + 1.6 (0.38): shared
    assert selection.single_document_topics(theta, [10, 10, 2, 2], ["a", "a", "b", "c"]) == [0]
    # with long units in b and c, topic 0 is shared: a holds 1.8 of 1.8 + 2 + 2
    assert selection.single_document_topics(theta, [1, 1, 10, 10], ["a", "a", "b", "c"]) == []
    assert selection.single_document_topics(theta, [1, 1, 1, 1], ["a"] * 4) == []  # one document: no such topic


def test_selection_choose_k_ranks_gated_stable_k_by_fitted_coherence():
    baseline = -0.4
    scores = [KScore(2, 0.05, 0.9, 0, 0, stability=0.95, fitted=0.10),
              KScore(4, 0.02, 0.9, 0, 0, stability=0.90, fitted=0.30),
              KScore(6, 0.01, 0.9, 0, 0, stability=0.85, fitted=0.40, single=1),
              KScore(8, 0.00, 0.9, 0, 0, stability=0.70, fitted=0.45)]
    # k=6 holds a single-document topic, k=8 is unstable: of the rest, the best fitted coherence
    assert choose_k(scores, baseline).k == 4
    # when every k has a single-document topic, the gate is lifted rather than nothing chosen
    lifted = [KScore(k, 0.0, 0.9, 0, 0, stability=0.9, fitted=f, single=1) for k, f in ((2, 0.1), (4, 0.2))]
    assert choose_k(lifted, baseline).k == 4


def _themes_in_documents() -> TopicCorpus:
    """Three themes of 12 words, four documents each, three window units per document; every document also has six
    words of its own (its place and people) in every unit."""
    rng = np.random.default_rng(11)
    tokens, units = [], []
    for theme in ("care", "work", "home"):
        vocab = [f"{theme}wörd{j}" for j in range(12)]
        for d in range(4):
            own = [f"{theme}{d}ort{j}" for j in range(6)]
            for _ in range(3):
                tokens.append([str(w) for w in rng.choice(vocab, size=20)] + [str(w) for w in rng.choice(own, 14)])
                units.append({"doc_id": f"{theme}-{d}", "passage_id": None, "year": 2000 + d, "title": theme})
    return TopicCorpus(units=units, tokens=tokens, concept_terms={}, phrases=None, options={"unit": "window"},
                       fingerprint="w" * 64)


def test_selection_auto_k_keeps_themes_not_documents():
    model = train_topics(_themes_in_documents(), method="nmf", k="auto", k_range=range(2, 15), seed=42)
    sel = model.options["selection"]
    by_k = {s["k"]: s for s in sel["scores"]}
    # topics beyond the three themes split documents off: counted as single-document topics, never chosen
    assert all(by_k[k]["single_document"] > 0 for k in range(4, 13)) and by_k[3]["single_document"] == 0
    assert model.k == 3 and by_k[3]["fitted_coherence"] > 0.5 and by_k[3]["stability"] >= 0.8
    dominant = np.argmax(model.doc_topic, axis=1)
    assert [len(set(dominant[i:i + 12].tolist())) for i in (0, 12, 24)] == [1, 1, 1]
