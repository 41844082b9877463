"""The topics step's shortcuts (issue 18, CPU) give what the plain forms give: the phrase sample's runs counted and
phrased once each, a run's tokens made once per build, the count matrix counted in chunks with numpy, the cache key written
without dumping its fixed head; the cyclic garbage collector is paused while the corpus is built."""

import hashlib
import json

import numpy as np

import litmine.topics.preprocess as preprocess
import litmine.topics.train as train
from litmine.store import Store
from litmine.topics.pieces import _WORD, FORMAT, PiecesCache, unpack
from litmine.topics.train import _as_bows, _bows, build_counts, build_dictionary, build_unit_counts
from tests.topics.test_preprocess import LONG, document, fill

PHRASED = ("Universal Credit claimants met the work coach; Universal Credit arrears and Universal Credit "
           "sanctions grew while the work coach saw Universal Credit claimants again and again. ")


def test_sampled_runs_are_phrased_once_and_give_the_tokens_of_the_plain_path(monkeypatch):
    places = ["Leeds", "Hull", "Derby", "Bath"]
    store = fill(Store(":memory:"), *(document(f"d{i}", PHRASED + LONG, LONG + " " + PHRASED, PHRASED * 2,
                                               f"Universal Credit claimants in {place} met the work coach.")
                                      for i, place in enumerate(places)))
    phrased = []
    real_run = preprocess._phrase_run

    def recorded_run(piece, tables):
        phrased.append(tuple(piece))
        return real_run(piece, tables)

    monkeypatch.setattr(preprocess, "_phrase_run", recorded_run)
    whole = preprocess.build_topic_corpus(store, unit="passage")  # every run in the sample
    assert phrased == [] and "universal_credit" in whole.tokens[0]  # the sample's runs were phrased as learnt
    monkeypatch.setattr(preprocess, "PHRASE_SAMPLE_TOKENS", 150)  # every n-th passage's runs learn the phrases
    corpus = preprocess.build_topic_corpus(store, unit="passage")
    assert "universal_credit" in corpus.tokens[0]
    words = preprocess._words()
    packed = store.topic_pieces_of([p for p, _ in sorted(store.topic_piece_keys().items())])
    sample, step = preprocess._phrase_sample([packed[p] for p in sorted(packed)])
    assert step > 1 and phrased  # the runs outside the sample: each distinct one phrased once, when first met
    assert len(phrased) == len(set(phrased)) and not {tuple(r.split(_WORD)) for r in sample} & set(phrased)
    plain = [preprocess._assemble(unpack(packed[p]), corpus.phrases, words) for p in sorted(packed)]
    assert corpus.tokens == [t for t in plain if len(t) >= preprocess.MIN_PASSAGE_TOKENS]
    monkeypatch.setattr(preprocess, "MEMO_RUNS", 1)  # the first run's tokens kept, the others made each time
    assert preprocess.build_topic_corpus(store, unit="passage").tokens == corpus.tokens


def test_phrases_learnt_from_distinct_runs_equal_gensims_over_every_run():
    from gensim.models.phrases import Phrases

    runs = [["universal", "credit", "claimant"], ["quality", "of", "life"], ["universal", "credit"],
            ["quality", "of", "life", "universal", "credit"], ["of", "work", "coach"], ["work", "coach"]]
    times = [7, 6, 5, 1, 6, 2]
    sample = [run for run, n in zip(runs, times) for _ in range(n)]
    sample = sample[::2] + sample[1::2]  # first met in the order of runs, repeated in another
    first = list(dict.fromkeys(map(tuple, sample)))
    counted = [sum(tuple(r) == run for r in sample) for run in first]
    learnt = preprocess._learn_phrases([list(r) for r in first], counted, preprocess.CONNECTOR_WORDS)
    gensim = Phrases(sample, min_count=preprocess.PHRASE_MIN_COUNT, threshold=preprocess.PHRASE_THRESHOLD,
                     scoring=preprocess.PHRASE_SCORING, connector_words=preprocess.CONNECTOR_WORDS)
    assert list(learnt.vocab.items()) == list(gensim.vocab.items())  # same keys, counts and order
    assert learnt.corpus_word_count == gensim.corpus_word_count == sum(map(len, sample))
    frozen = learnt.freeze().phrasegrams
    assert list(frozen.items()) == list(gensim.freeze().phrasegrams.items())
    assert {"universal_credit", "quality_of_life"} <= set(frozen)


def test_unit_counts_in_chunks_equal_the_bags_of_words_matrix(monkeypatch):
    monkeypatch.setattr(train, "UNIT_COUNTS_CHUNK", 2)
    tokens = [["tax", "credit", "tax"], [], ["care", "home", "unseen"], ["home"], ["tax", "care", "care"], [],
              ["credit", "home", "tax"]]
    dictionary = build_dictionary(tokens, no_below=2, no_above=1.0)  # "unseen" left out
    counts = build_unit_counts(dictionary, tokens)
    expected = build_counts(_bows(dictionary, tokens), len(dictionary))
    assert counts.shape == expected.shape == (7, 4) and counts.dtype == np.float64
    assert counts.indices.dtype == np.int32 and counts.has_sorted_indices
    assert (counts != expected).nnz == 0 and _as_bows(counts) == _bows(dictionary, tokens)
    assert counts.indptr.tolist() == [0, 2, 2, 4, 5, 7, 7, 10]


def test_cache_key_is_the_sha256_of_the_dumped_list():
    prefix = json.dumps(["v9", "stop \"list\" ü", "3.7"])
    cache = PiecesCache(Store(":memory:"), prefix)
    for digest, mentions in [("0a1b", ()), ("texthash", ((0, 13, "co-production"),)),
                             ('odd "hash"', ((9, 12, "łódź-x"), (0, 4, "b"))), ("", ())]:
        data = json.dumps([prefix, FORMAT, digest, sorted(list(m) for m in mentions)], ensure_ascii=False)
        assert cache.key(digest, mentions) == hashlib.sha256(data.encode("utf-8")).hexdigest()


def _chart_terms_per_lambda(model, n: int, steps: int) -> list[set[int]]:
    """find_chart_terms's plain form: the relevance of every term of the vocabulary at each λ in turn."""
    from litmine.topics.outputs import term_probability

    phi = np.asarray(model.topic_term, float)
    pw = term_probability(model)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_phi, log_lift = np.log(phi), np.log(phi / pw)
    n = min(n, phi.shape[1])
    found: list[set[int]] = [set() for _ in range(model.k)]
    for step in range(steps):
        lam = step / (steps - 1)
        with np.errstate(invalid="ignore"):
            rel = lam * log_phi + (1 - lam) * log_lift
        rel = np.where(np.isnan(rel), -np.inf, rel)
        for t in range(model.k):
            nth = np.partition(rel[t], -n)[-n]
            found[t].update(np.flatnonzero((rel[t] >= nth) & (phi[t] > 0)).tolist())
    return found


def test_chart_terms_on_the_weighted_terms_are_those_over_the_whole_vocabulary():
    from litmine.topics.browser import find_chart_terms
    from litmine.topics.model import TopicModel

    rng = np.random.default_rng(7)
    for _ in range(150):
        k, v = int(rng.integers(1, 5)), int(rng.integers(1, 50))
        phi = rng.integers(0, 4, size=(k, v)).astype(float)  # many ties, and terms of no weight in a topic
        phi[rng.random((k, v)) < 0.5] = 0
        freq = rng.integers(0, 5, size=v).astype(float) + (phi.sum(axis=0) > 0)
        model = TopicModel(method="nmf", k=k, seed=1, vocab=[f"w{i}" for i in range(v)], topic_term=phi,
                           doc_topic=np.full((2, k), 1 / k), units=[{}, {}], term_freq=freq, doc_lengths=np.ones(2))
        for n in (1, 3, 30):  # 30: more than a topic's weighted terms, often
            assert find_chart_terms(model, n=n, steps=11) == _chart_terms_per_lambda(model, n, 11)


def test_count_vocabulary_is_gensims_dictionary_field_by_field():
    from gensim.corpora import Dictionary

    from litmine.topics.train import count_vocabulary

    tokens = [["tax", "credit", "tax", "zeta"], [], ["care", "alpha", "tax", "care"], ["łódź", "alpha"], ["credit"]]
    ours, theirs = count_vocabulary(tokens), Dictionary(tokens)
    for name in ("token2id", "dfs", "cfs"):
        assert list(getattr(ours, name).items()) == list(getattr(theirs, name).items())
    assert (ours.num_docs, ours.num_pos, ours.num_nnz) == (theirs.num_docs, theirs.num_pos, theirs.num_nnz) == (5, 11, 9)
    assert ours.lifecycle_events[-1]["msg"] == theirs.lifecycle_events[-1]["msg"]


def test_vocabulary_and_counts_from_one_count_are_gensims_dictionary_and_its_bags_of_words(monkeypatch):
    from gensim.corpora import Dictionary

    tokens = [["tax", "credit", "tax", "zeta"], [], ["care", "alpha", "tax", "care"], ["łódź", "alpha", "beta"],
              ["credit"], ["zeta", "omega", "beta", "beta"], [], ["gamma", "tax", "alpha"], ["omega", "care"]]
    for chunk in (1, 2, 3, 2000):  # a chunk's new tokens first met in another's units, or all in one
        monkeypatch.setattr(train, "UNIT_COUNTS_CHUNK", chunk)
        dictionary, counts = train.build_vocabulary(tokens, no_below=2, no_above=0.3, keep={"tax"})
        expected = train._filter_vocabulary(Dictionary(tokens), len(tokens), 2, 0.3, {"tax"})
        for name in ("token2id", "dfs", "cfs"):
            assert list(getattr(dictionary, name).items()) == list(getattr(expected, name).items())
        assert (dictionary.num_docs, dictionary.num_pos, dictionary.num_nnz) == (expected.num_docs, expected.num_pos,
                                                                           expected.num_nnz) == (9, 21, 18)
        assert "tax" in dictionary.token2id and "gamma" not in dictionary.token2id  # kept over the ceiling; once
        bows = _bows(expected, tokens)
        assert counts.dtype == np.float64 and counts.indices.dtype == np.int32 and counts.has_sorted_indices
        assert (counts != build_counts(bows, len(expected))).nnz == 0 and _as_bows(counts) == bows
        assert (build_unit_counts(dictionary, tokens) != counts).nnz == 0


def test_corpus_is_built_with_the_cyclic_collector_paused_and_restored(monkeypatch):
    import gc

    store = fill(Store(":memory:"), *(document(f"d{i}", PHRASED + LONG, LONG) for i in range(3)))
    seen = []
    real = preprocess._make_units

    def recorded(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(preprocess, "_make_units", recorded)
    assert gc.isenabled()
    corpus = preprocess.build_topic_corpus(store, unit="passage")
    assert seen == [False] and gc.isenabled() and corpus.tokens  # paused while building, on again after
    gc.disable()  # a caller that paused it itself finds it paused still
    try:
        preprocess.build_topic_corpus(store, unit="passage")
        assert seen == [False, False] and not gc.isenabled()
    finally:
        gc.enable()


def test_packed_pieces_assemble_to_the_tokens_of_their_unpacked_runs(monkeypatch):
    from litmine.topics.pieces import pack

    words = preprocess._words()
    passages = [[["councils", "of", "the", "cities"], "co-production", ["services"]], [],
                [["services"], ["councils", "of", "the", "cities"], "co-production", ["housing", "associations"]]]
    memo: dict = {}
    splits = []
    real_split = str.split

    got = [preprocess._assemble_packed(pack(p), words, [], memo) for p in passages]
    assert got == [preprocess._assemble(p, None, words) for p in passages]
    assert got[0] == ["council", "city", "co-production", "service"] and got[1] == []
    # a run seen before is looked up by its packed text, not split into words again
    monkeypatch.setattr(preprocess, "_add_finals", lambda *a: splits.append(a) or real_split(""))
    assert preprocess._assemble_packed(pack(passages[2]), words, [], memo) == got[2] and splits == []


def test_kept_rows_hash_as_the_whole_list_dumped_and_passages_out_of_order_are_refused(monkeypatch):
    import pytest

    from litmine.errors import LitmineError

    monkeypatch.setattr(preprocess, "KEPT_BATCH", 2)  # rows hashed two at a time
    mentions = {2: [(5, 9, "co-production"), (0, 3, "für-sorge")]}
    rows = [(1, 'd"1', 0, "ab"), (2, 'd"1', 3, "cd"), (3, "dö2", 1, "ef")]
    kept = preprocess._Kept(mentions)
    for row in rows:
        kept.add(*row)
    whole = [[doc, idx, digest, sorted(mentions.get(pid, ()))] for pid, doc, idx, digest in rows]
    options = {"unit": "window", "kinds": ["body"]}
    expected = json.dumps([whole, options, "stop"], ensure_ascii=False, sort_keys=True)
    assert kept.fingerprint(options, "stop") == hashlib.sha256(expected.encode()).hexdigest()
    assert list(kept.pids) == [1, 2, 3] and kept.docs == ['d"1', 'd"1', "dö2"]
    with pytest.raises(LitmineError, match="out of order"):
        kept.add(4, "dö2", 1, "gh")
    with pytest.raises(LitmineError, match="out of order"):
        kept.add(4, "a", 0, "gh")


def test_phrases_where_gensim_would_prune_are_counted_by_gensim_in_the_samples_order(monkeypatch):
    from gensim.models.phrases import Phrases

    from litmine.topics.pieces import pack

    # gensim prunes rare keys as it counts, so the order of the runs matters: counted with each run's repeats
    # together, this sample would give universal_credit a score of 1.0, not gensim's 0.9999999999999999
    for name, value in (("PHRASE_MAX_VOCAB", 3), ("PHRASE_MIN_COUNT", 2), ("PHRASE_THRESHOLD", 0.1)):
        monkeypatch.setattr(preprocess, name, value)
    runs = [["universal", "credit"], ["care", "home"], ["rare", "word"], ["work", "coach"], ["quality", "of", "life"],
            ["universal", "credit"], ["rare", "word"], ["universal", "credit"], ["universal", "credit"],
            ["universal", "credit"]]
    passages = [pack([run, "co-production"]) for run in runs[:5]] + [""] + [pack([run]) for run in runs[5:]]
    sample, step = preprocess._phrase_sample(passages)
    assert step == 1 and len(sample) == 5
    models, phrased = preprocess._fit_phrases(sample, preprocess.CONNECTOR_WORDS, passages, step)
    settings = {"min_count": 2, "threshold": 0.1, "scoring": preprocess.PHRASE_SCORING,
                "connector_words": preprocess.CONNECTOR_WORDS, "max_vocab_size": 3}
    for model in models:  # each level: gensim over every sampled run in order, the level before applied
        expected = Phrases(runs, **settings).freeze()
        assert list(model.phrasegrams.items()) == list(expected.phrasegrams.items())
        runs = [expected[r] for r in runs]
    assert models[0].phrasegrams == {"universal_credit": 0.9999999999999999} and len(phrased) == len(sample)
