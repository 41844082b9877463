"""The topic corpus and training hold their data compactly (issue 18, memory at 1,000 documents) and give what
the plainer forms gave: the count matrix, the phrased runs, each distinct token as one string."""

import numpy as np
from gensim.models.phrases import ENGLISH_CONNECTOR_WORDS, Phrases

from litmine.store import Store
from litmine.topics.preprocess import apply_phrases, build_topic_corpus
from litmine.topics.train import _as_bows, _bows, build_counts, build_dictionary, build_unit_counts
from tests.topics.test_preprocess import LONG, document, fill
from tests.topics.test_train import make_corpus

RUNS = ([["universal", "credit", "claimant", "of", "the", "jobcentre"]] * 6
        + [["quality", "of", "life", "universal", "credit"]] * 6
        + [["local", "authority", "housing", "quality", "of", "life"]] * 5
        + [["credit", "universal"], ["of", "the", "universal"], ["universal"], []])


def test_unit_counts_equal_the_bags_of_words_matrix_and_give_the_bags_back():
    tokens = make_corpus().tokens + [[], ["unseen", "words", "only"]]
    dictionary = build_dictionary(tokens)
    bows = _bows(dictionary, tokens)
    counts = build_unit_counts(dictionary, tokens)
    expected = build_counts(bows, len(dictionary))
    assert counts.shape == expected.shape and counts.dtype == np.float64
    assert (counts != expected).nnz == 0 and counts.has_sorted_indices
    assert _as_bows(counts) == bows


def test_apply_phrases_gives_gensims_tokens_for_bigrams_trigrams_and_connectors():
    runs = RUNS
    for _ in range(2):  # bigrams, then phrases over the bigrammed runs (as _fit_phrases learns them)
        model = Phrases(runs, min_count=2, threshold=0.3, scoring="npmi",
                        connector_words=ENGLISH_CONNECTOR_WORDS).freeze()
        assert model.phrasegrams  # the check means something
        ours = [apply_phrases(model, r) for r in runs]
        assert ours == [model[r] for r in runs]
        runs = ours
    assert "quality_of_life" in {t for r in runs for t in r}


def test_cached_pieces_hold_each_word_once():
    store = fill(Store(":memory:"), document("a", LONG), document("b", LONG))
    build_topic_corpus(store, unit="document")  # fills the cache
    assert len(store.topic_piece_keys()) == 2
    again = build_topic_corpus(store, unit="document")  # read back from the cache
    first, second = again.tokens
    assert first == second
    assert all(a is b for a, b in zip(first, second))  # one string per distinct token, not per occurrence


def test_period_words_from_expected_counts_per_period_also_when_periods_overlap():
    import scipy.sparse as sp

    from litmine.topics.model import TopicModel
    from litmine.topics.outputs import build_period_words

    counts = sp.csr_matrix(np.array([[3, 0, 1, 0], [0, 2, 0, 1], [1, 1, 1, 0], [0, 0, 4, 2]], float))
    theta = np.array([[0.9, 0.1], [0.2, 0.8], [0.5, 0.5], [0.3, 0.7]])
    phi = np.array([[0.5, 0.1, 0.3, 0.1], [0.1, 0.4, 0.2, 0.3]])
    units = [{"doc_id": f"d{i}", "passage_id": None, "year": 2000 + i, "title": ""} for i in range(4)]
    model = TopicModel(method="nmf", k=2, seed=1, vocab=["tax", "care", "home", "rent"], topic_term=phi,
                       doc_topic=theta, units=units, term_freq=np.asarray(counts.sum(axis=0)).ravel(),
                       doc_lengths=np.asarray(counts.sum(axis=1)).ravel(), unit_terms=counts)
    rows = build_period_words(model, labels=["a", "b"], periods=[(2000, 2002), (2001, 2003)], n=4)
    dense = counts.toarray()
    for row in rows:  # by hand: each count shared among the topics by theta[u, t] * phi[t, w]
        idx = [i for i in range(4) if row["start_year"] <= 2000 + i <= row["end_year"]]
        t = row["topic"] - 1
        mine = sum(dense[u] * theta[u, t] * phi[t] / (theta[u] @ phi) for u in idx)
        assert row["tokens"] == round(float(mine.sum()), 1) and row["method"] == "period"
        order = np.argsort(-mine, kind="stable")
        assert row["terms"].split("; ") == [model.vocab[i] for i in order if mine[i] > 0]
