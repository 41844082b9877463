import numpy as np
import pytest

from litmine.errors import LitmineError
from litmine.topics.preprocess import TopicCorpus
from litmine.topics.train import build_dictionary, find_coherence, train_topic_fit, train_topics

# Twelve short documents by hand, six on co-production and six on benefit sanctions, as token lists (the shape
# build_topic_corpus gives: lemmas, concept ids as one token, phrases joined by "_").
COPRODUCTION = [
    "co-production citizen design service community trust residents participation co-production neighbourhood",
    "residents design community service co-production citizen voice partnership ålesund participation trust",
    "citizen participation co-production community design neighbourhood residents voice bürgerbeteiligung trust",
    "community trust design co-production residents partnership citizen neighbourhood participation voice",
    "co-production partnership voice participation community citizen design residents coproducción trust",
    "neighbourhood design community citizen co-production trust residents participation partnership voice",
]
SANCTIONS = [
    "sanction claimant jobcentre benefit conditionality hardship penalty payment claimant sanction",
    "claimant benefit sanction penalty jobcentre appointment compliance hardship conditionality sanción",
    "conditionality sanction hardship claimant benefit payment jobcentre penalty appointment compliance",
    "benefit claimant penalty sanction conditionality jobcentre hardship payment compliance appointment",
    "jobcentre appointment sanction claimant compliance benefit hardship penalty conditionality ærø",
    "hardship payment claimant sanction benefit conditionality penalty jobcentre compliance appointment",
]
SHARED = " policy report local service"


def make_corpus(texts=None, *, fingerprint="f" * 64, concept_terms=None) -> TopicCorpus:
    texts = texts if texts is not None else [t + SHARED for pair in zip(COPRODUCTION, SANCTIONS) for t in pair]
    units = [{"doc_id": f"d{i:02d}", "passage_id": None, "year": 2000 + i, "title": f"Doc {i}"}
             for i in range(len(texts))]
    return TopicCorpus(units=units, tokens=[t.split() for t in texts],
                       concept_terms=concept_terms if concept_terms is not None else
                       {"co-production": "co-production", "conditionality": "conditionality"},
                       phrases=None, options={"unit": "document"}, fingerprint=fingerprint)


def themes(model) -> tuple[set[int], set[int]]:
    """The dominant topics of the co-production documents (even rows) and of the sanctions documents (odd rows)."""
    dominant = np.argmax(model.doc_topic, axis=1)
    return set(dominant[0::2].tolist()), set(dominant[1::2].tolist())


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_train_two_topics_separate_the_themes(method):
    model = train_topics(make_corpus(), method=method, k=2, seed=42)
    coprod, sanctions = themes(model)
    assert len(coprod) == 1 and len(sanctions) == 1 and coprod != sanctions
    t_co, t_sa = coprod.pop(), sanctions.pop()
    assert "co-production" in [w for w, _ in model.top_terms(t_co, 5)]
    assert "sanction" in [w for w, _ in model.top_terms(t_sa, 5)]
    assert model.topic_term.shape == (2, len(model.vocab)) and model.doc_topic.shape == (12, 2)
    assert np.allclose(model.topic_term.sum(axis=1), 1) and np.allclose(model.doc_topic.sum(axis=1), 1)
    assert len(model.coherence) == 2 and all(0 < c <= 1 for c in model.coherence)
    assert model.coherence_curve == []  # only k="auto" tries several k
    assert model.method == method and model.k == 2 and model.seed == 42
    assert model.units[0]["doc_id"] == "d00" and model.doc_lengths.shape == (12,)
    assert model.term_freq[model.vocab.index("sanction")] == 7  # collection frequency over the units
    assert model.unit_terms.shape == (12, len(model.vocab))
    assert "ærø" not in model.vocab  # in one document only: below no_below
    assert model.concept_terms == {"co-production": "co-production", "conditionality": "conditionality"}


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_train_same_seed_gives_the_same_model(method):
    a = train_topics(make_corpus(), method=method, k=3, seed=7)
    b = train_topics(make_corpus(), method=method, k=3, seed=7)
    assert [a.top_terms(t) for t in range(3)] == [b.top_terms(t) for t in range(3)]
    assert np.allclose(a.doc_topic, b.doc_topic) and np.allclose(a.topic_term, b.topic_term)
    assert a.coherence == b.coherence and a.fingerprint == b.fingerprint


def test_train_other_seed_may_differ_and_changes_the_fingerprint():
    a = train_topics(make_corpus(), method="lda", k=3, seed=1)
    b = train_topics(make_corpus(), method="lda", k=3, seed=2)
    assert not np.array_equal(a.doc_topic, b.doc_topic)
    assert a.fingerprint != b.fingerprint and b.options["seed"] == 2


def test_train_auto_k_finds_the_two_themes_and_records_its_evidence():
    model = train_topics(make_corpus(), method="nmf", k="auto", k_range=range(2, 7, 2), seed=42)
    ks = [k for k, _ in model.coherence_curve]
    assert ks == [2, 4, 6]
    assert model.k == 2 and model.doc_topic.shape == (12, 2)
    coprod, sanctions = themes(model)
    assert len(coprod) == 1 and len(sanctions) == 1 and coprod != sanctions
    sel = model.options["selection"]
    assert sel["chosen"] == 2 and [s["k"] for s in sel["scores"]] == [2, 4, 6]
    chosen = next(s for s in sel["scores"] if s["k"] == 2)
    assert chosen["dead"] == 0 and chosen["duplicates"] == 0 and chosen["stability"] is not None
    assert chosen["coherence"] > sel["random_baseline"]
    assert sel["held_out_units"] == 0 and "coherence scored on the units the models were fitted on" in sel["notes"][0]
    assert model.options["k"] == "auto" and model.options["chosen_k"] == model.k


def test_train_auto_k_range_is_clipped_to_half_the_units():
    model = train_topics(make_corpus(), method="nmf", k="auto", seed=42)  # default range 4..20
    # never above 6 (half of the 12 units); the best of 4 and 6 sat on the lower edge, so every k below, 3 and 2,
    # was tried too
    assert [k for k, _ in model.coherence_curve] == [2, 3, 4, 6]
    with pytest.raises(LitmineError, match="no k in 8-20 fits a corpus of 12 unit"):
        train_topics(make_corpus(), k="auto", k_range=range(8, 21, 2))
    assert train_topics(make_corpus(), method="nmf", k=12).k == 12  # an explicit k may go up to the units


def test_train_errors_are_one_line():
    with pytest.raises(LitmineError, match="k = 13 topics is more than the corpus's 12 unit"):
        train_topics(make_corpus(), k=13)
    with pytest.raises(LitmineError, match="no text to model"):
        train_topics(make_corpus([]), k=2)
    with pytest.raises(LitmineError, match="no text to model"):
        train_topics(make_corpus(["", ""]), k=2)
    with pytest.raises(LitmineError, match="at least 2"):
        train_topics(make_corpus(), k=1)
    with pytest.raises(LitmineError, match="unknown topic model method 'lsa'"):
        train_topics(make_corpus(), method="lsa", k=2)


def test_train_unit_without_vocabulary_gets_a_uniform_mix():
    texts = [t + SHARED for pair in zip(COPRODUCTION, SANCTIONS) for t in pair] + ["zürich"]
    model = train_topics(make_corpus(texts), method="nmf", k=2)
    assert model.doc_lengths[-1] == 0 and np.allclose(model.doc_topic[-1], [0.5, 0.5])


def test_train_dictionary_filters_common_words_but_keeps_concepts():
    units = [["tax", "credit"], ["tax", "care"], ["tax", "credit"], ["care", "home"]]
    assert build_dictionary(units, no_below=2, no_above=0.5).token2id == {"credit": 0, "care": 1}
    assert set(build_dictionary(units, no_below=2, no_above=0.5, keep={"tax"}).token2id) == {"credit", "care", "tax"}
    assert set(build_dictionary(units[:2], no_below=2, no_above=0.5).token2id) == {"tax", "credit", "care"}
    # every unit has the shared words and the concept token "co-production": the words go as too common, the
    # concept stays
    texts = [t + SHARED + " co-production" for pair in zip(COPRODUCTION, SANCTIONS) for t in pair]
    model = train_topics(make_corpus(texts), method="nmf", k=2)
    assert "co-production" in model.vocab and "service" not in model.vocab and "policy" not in model.vocab


def test_train_coherence_rewards_words_that_occur_together():
    texts = [t.split() for pair in zip(COPRODUCTION, SANCTIONS) for t in pair]
    from gensim.corpora import Dictionary

    good, mixed = find_coherence([["sanction", "claimant", "penalty"], ["sanction", "citizen", "trust"]], texts,
                                 Dictionary(texts))
    assert good > mixed


def test_train_fit_keeps_what_saving_needs():
    lda = train_topic_fit(make_corpus(), method="lda", k=2)
    assert lda.lda is not None and lda.nmf_components is None and set(lda.seconds) == {"fit", "coherence"}
    nmf = train_topic_fit(make_corpus(), method="nmf", k=2)
    assert nmf.lda is None and nmf.nmf_components.shape == (2, len(nmf.model.vocab))
    assert nmf.idf.shape == (len(nmf.model.vocab),) and len(nmf.dictionary) == len(nmf.model.vocab)


def test_train_refit_stability_is_one_measure_for_selection_and_benchmark():
    from litmine.topics.selection import stability, subsample
    from litmine.topics.train import _bows, _fit_nmf, refit_stability

    fit = train_topic_fit(make_corpus(), method="nmf", k=2, seed=42)
    bows = _bows(fit.dictionary, make_corpus().tokens)
    options = fit.model.options
    value = refit_stability(fit.model.topic_term, bows, fit.dictionary, 2, options, runs=3, offset=100)
    # by hand: seeds 143-145, each on the 80 % of the units it draws, with the model's own vocabulary
    runs = [fit.model.topic_term] + [
        _fit_nmf([bows[i] for i in subsample(len(bows), 142 + j)], fit.dictionary, 2, {**options, "seed": 142 + j})[0]
        for j in (1, 2, 3)]
    assert value == pytest.approx(stability(runs))
    assert value > 0.9  # two clear themes (co-production, sanctions) come back on every subset
    assert all(len(r[0]) == len(fit.dictionary) for r in runs)
    # other seeds draw other subsets, so the benchmark's check is not the selection's own measurement
    assert subsample(len(bows), 143) != subsample(len(bows), 43)


def test_train_nmf_on_some_units_factorises_only_the_terms_they_hold(monkeypatch):
    from sklearn.decomposition import NMF

    from litmine.topics.selection import match_similarity
    from litmine.topics.train import _fit_nmf, _normalise_rows, build_tfidf, build_unit_counts

    corpus = make_corpus()
    dictionary = build_dictionary(corpus.tokens, no_below=1)
    rows = build_unit_counts(dictionary, corpus.tokens)[[0, 1, 2, 3, 5, 6]]  # no 'bürgerbeteiligung', 'ærø'...
    absent = [dictionary.token2id[t] for t in ("bürgerbeteiligung", "coproducción", "ærø")]
    widths = []
    fit_transform = NMF.fit_transform

    def recorded(self, x, *args, **kwargs):
        widths.append(x.shape[1])
        return fit_transform(self, x, *args, **kwargs)

    monkeypatch.setattr(NMF, "fit_transform", recorded)
    topic_term, doc_topic, extra = _fit_nmf(rows, dictionary, 2, {"seed": 42})
    assert widths == [len(dictionary) - 3]  # the three terms no row holds are not factorised
    assert topic_term.shape == extra["nmf_components"].shape == (2, len(dictionary))
    assert not topic_term[:, absent].any() and np.allclose(topic_term.sum(axis=1), 1)
    # the same topics as a fit over every column (where coordinate descent zeroes those columns itself)
    plain = NMF(n_components=2, init="nndsvda", random_state=42, max_iter=1000)
    plain.fit_transform(build_tfidf(rows)[0])
    assert match_similarity(topic_term, _normalise_rows(plain.components_)) > 0.999
    assert not plain.components_[:, absent].any()
    # every column held: the matrix goes to NMF as it is
    widths.clear()
    _fit_nmf(build_unit_counts(dictionary, corpus.tokens), dictionary, 2, {"seed": 42})
    assert widths == [len(dictionary)]


def test_train_stability_batches_measure_the_finalists_one_at_a_time_would():
    """_measure_stability measures together the finalists certain to be measured: the same k get the same
    stabilities as measuring one finalist at a time, best first, until one is stable and those tied with it."""
    import random

    from litmine.topics.selection import COHERENCE_TIE, MIN_STABILITY, KScore, finalists
    from litmine.topics.train import _measure_stability

    def one_at_a_time(scores, baseline, stable):  # the rule as it reads, one finalist after the other
        found, measured = None, {}
        for s in finalists(list(scores.values()), baseline):
            if found is not None and s.merit < found.merit - COHERENCE_TIE:
                break
            measured[s.k] = stable[s.k]
            if found is None and stable[s.k] >= MIN_STABILITY:
                found = s
        return measured

    rng = random.Random(7)
    batched_at_least_once = False
    for _ in range(400):
        ks = rng.sample(range(2, 30), rng.randint(1, 9))
        step = rng.choice([0.002, 0.004, 0.006, 0.012])
        scores = {k: KScore(k, coherence=0.1, diversity=0.9, dead=0, duplicates=0, fitted=0.4 - rng.randint(0, 6) * step)
                  for k in ks}
        stable = {k: rng.choice([0.7, 0.79, 0.8, 0.85]) for k in ks}
        batches: list[list[int]] = []

        def measure(ns, batches=batches, stable=stable):
            batches.append(list(ns))
            return [stable[n] for n in ns]

        expected = one_at_a_time(scores, -0.5, stable)
        _measure_stability(scores, -0.5, measure)
        assert {k: s.stability for k, s in scores.items() if s.stability is not None} == expected
        assert [k for batch in batches for k in batch] == list(expected)  # each once, in the same order
        batched_at_least_once |= any(len(batch) > 1 for batch in batches)
    assert batched_at_least_once


def test_train_stability_of_tied_finalists_in_one_batch():
    """Finalists within COHERENCE_TIE of each other are measured in one batch; one further off waits for the
    batch's stabilities (measured only when none of the batch is stable)."""
    from litmine.topics.selection import KScore
    from litmine.topics.train import _measure_stability

    def score(k, merit):
        return KScore(k, coherence=0.1, diversity=0.9, dead=0, duplicates=0, fitted=merit)

    for stable, expected in (({20: 0.7, 22: 0.79, 12: 0.7, 8: 0.9}, [[20, 22, 12], [8]]),
                             ({20: 0.7, 22: 0.85, 12: 0.7, 8: 0.9}, [[20, 22, 12]])):
        scores = {k: score(k, m) for k, m in ((20, 0.420), (22, 0.419), (12, 0.4185), (8, 0.400))}
        batches: list[list[int]] = []
        _measure_stability(scores, -0.5, lambda ns, b=batches, s=stable: b.append(list(ns)) or [s[n] for n in ns])
        assert batches == expected
