"""The fits of k=auto in worker processes (topics/parallel.py): the same model, choice and evidence as in one
process, the fits made by the workers, the final model fitted ahead while its k's stability was measured."""

import os

import numpy as np
import pytest

from litmine.topics import selection, train
from litmine.topics.parallel import SHARED, Runner
from tests.topics.test_selection import _three_themes


def _recording_fit(monkeypatch, log):
    real = train._fit_nmf

    def fit(bows, dictionary, k, options):
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {train._n_units(bows)} {k}\n")
        return real(bows, dictionary, k, options)

    monkeypatch.setattr(train, "_fit_nmf", fit)


def test_parallel_k_search_gives_the_model_of_one_process(monkeypatch, tmp_path):
    monkeypatch.setattr(selection, "MIN_HELD_OUT_TOKENS", 0)  # a held-out fifth: the final fit has more units
    corpus = _three_themes()
    one = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 8), seed=42, jobs=1)

    log = tmp_path / "fits.log"
    _recording_fit(monkeypatch, log)
    monkeypatch.setattr(train, "PARALLEL_UNITS", 1)
    two = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 8), seed=42, jobs=2)
    assert two.model.k == one.model.k == 3
    assert two.model.options == one.model.options and two.model.coherence == one.model.coherence
    for name in ("topic_term", "doc_topic", "term_freq"):
        assert np.array_equal(getattr(two.model, name), getattr(one.model, name)), name
    assert np.array_equal(two.nmf_components, one.nmf_components) and np.array_equal(two.idf, one.idf)

    fits = [tuple(map(int, line.split())) for line in log.read_text().splitlines()]
    assert fits and all(pid != os.getpid() for pid, _, _ in fits)  # every fit in a worker, the final one too
    assert (max(n for _, n, _ in fits), 3) in [(n, k) for _, n, k in fits] and max(n for _, n, _ in fits) == 30
    assert not SHARED  # let go once training is done


def test_runner_takes_results_in_order_and_shares_before_the_workers_only():
    runner = Runner(2)
    try:
        runner.share(base=100)
        assert runner.map(_plus_base, [(3,), (1,), (2,)]) == [103, 101, 102]
        with pytest.raises(RuntimeError):
            runner.share(base=0)
        assert runner.speculate(_plus_base, 5).result() == 105
    finally:
        runner.close()
    assert Runner(1).speculate(_plus_base, 5) is None


def _plus_base(n: int) -> int:
    return SHARED["base"] + n


def test_runner_runs_here_where_the_platform_cannot_fork(monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    runner = Runner(2)
    try:
        runner.share(base=1)
        assert not runner.parallel and runner.map(_plus_base, [(1,)]) == [2] and runner.pool is None
    finally:
        runner.close()
