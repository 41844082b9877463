"""The fits of k=auto in worker processes (topics/parallel.py): the same model, choice and evidence as in one
process, the fits made by the workers, the final model fitted ahead while its k's stability was measured."""

import os

import numpy as np
import pytest

from litmine.topics import selection, train
from litmine.topics.parallel import SHARED, Runner, hold_workers, workers_held
from tests.topics.test_selection import _three_themes


def _recording_fit(monkeypatch, log):
    real = train._fit_nmf

    def fit(bows, dictionary, k, options):
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {train._n_units(bows)} {k}\n")
        return real(bows, dictionary, k, options)

    monkeypatch.setattr(train, "_fit_nmf", fit)


def _fits(log) -> list[tuple[int, int, int]]:
    """(process id, units, k) of each recorded fit."""
    return [tuple(map(int, line.split())) for line in log.read_text().splitlines()]


def _assert_same_model(two, one, names=("topic_term", "doc_topic")):
    """The model of two jobs is the model of one: options, coherence, the named arrays and the NMF components."""
    assert two.model.options == one.model.options and two.model.coherence == one.model.coherence
    for name in names:
        assert np.array_equal(getattr(two.model, name), getattr(one.model, name)), name
    assert np.array_equal(two.nmf_components, one.nmf_components)


def test_parallel_k_search_gives_the_model_of_one_process(monkeypatch, tmp_path):
    monkeypatch.setattr(selection, "MIN_HELD_OUT_TOKENS", 0)  # a held-out fifth: the final fit has more units
    corpus = _three_themes()
    one = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 8), seed=42, jobs=1)

    log = tmp_path / "fits.log"
    _recording_fit(monkeypatch, log)
    monkeypatch.setattr(train, "PARALLEL_UNITS", 1)
    two = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 8), seed=42, jobs=2)
    assert two.model.k == one.model.k == 3
    _assert_same_model(two, one, ("topic_term", "doc_topic", "term_freq"))
    assert np.array_equal(two.idf, one.idf)

    fits = _fits(log)
    here = [(n, k) for pid, n, k in fits if pid == os.getpid()]
    worker = [(n, k) for pid, n, k in fits if pid != os.getpid()]
    assert here and worker and len({pid for pid, _, _ in fits}) == 2  # this process and one worker share the fits
    assert (30, 3) in worker and max(n for _, n, _ in fits) == 30  # the final model fitted ahead in the worker
    assert not SHARED  # let go once training is done


def test_held_workers_leave_every_fit_here_and_the_model_unchanged(monkeypatch, tmp_path):
    import threading

    monkeypatch.setattr(selection, "MIN_HELD_OUT_TOKENS", 0)
    corpus = _three_themes()
    one = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 8), seed=42, jobs=1)
    log = tmp_path / "fits.log"
    _recording_fit(monkeypatch, log)
    monkeypatch.setattr(train, "PARALLEL_UNITS", 1)
    released = threading.Event()
    hold_workers(released)
    try:
        assert workers_held()
        two = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 8), seed=42, jobs=2)
        released.set()
        assert not workers_held()
    finally:
        hold_workers(None)
    assert two.model.options == one.model.options and np.array_equal(two.model.topic_term, one.model.topic_term)
    assert {int(line.split()[0]) for line in log.read_text().splitlines()} == {os.getpid()}  # no worker started


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


def test_runner_works_here_beside_its_worker_and_starts_it_once_released():
    import threading

    released = threading.Event()
    hold_workers(released)
    runner = Runner(2)
    try:
        runner.share(base=0)
        assert runner.map(_pid, [(1,), (2,)]) == [(1, os.getpid()), (2, os.getpid())] and runner.pool is None
        assert runner.speculate(_pid, 3) is None  # no worker free while held
        released.set()
        got = runner.map(_pid, [(n,) for n in range(6)])
        assert [n for n, _ in got] == list(range(6))
        assert got[0][1] != os.getpid() and got[-1][1] == os.getpid()  # the first to the worker, the last here
        assert len(runner.pool._processes) == 1  # jobs - 1 workers
        assert runner.speculate(_pid, 7) is None  # where workers are held, nothing outlives its map in a worker
        hold_workers(None)
        assert runner.speculate(_pid, 7).result()[1] != os.getpid()
    finally:
        runner.close()
        hold_workers(None)


def test_runner_feeds_its_worker_while_a_long_task_runs_here():
    runner = Runner(2)
    try:
        runner.share(base=0)
        runner.map(_pid, [(0,)])  # the worker forked
        got = runner.map(_slow_pid, [(n, 0.0) for n in range(4)] + [(4, 1.5)])
    finally:
        runner.close()
    assert [n for n, _ in got] == list(range(5)) and got[-1][1] == os.getpid()  # the slow last task here
    assert all(pid != os.getpid() for _, pid in got[:4])  # every other one to the worker meanwhile


def _slow_pid(n: int, seconds: float) -> tuple[int, int]:
    import time

    time.sleep(seconds)
    return n, os.getpid()


def _pid(n: int) -> tuple[int, int]:
    return n, os.getpid()


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


def test_released_workers_score_the_next_step_ahead_and_the_model_beside_its_refits(monkeypatch, tmp_path):
    """`litmine run`'s child once its workers are released: the range's extension scores its next step upward in
    the worker while the first is scored here (k = 5 here, not asked, so left out of the evidence), and the model
    on every unit is fitted in a thread while its k's refits are made here, the worker let go first."""
    import threading

    monkeypatch.setattr(selection, "MIN_HELD_OUT_TOKENS", 0)
    corpus = _three_themes()
    one = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 4), seed=42, jobs=1)
    log = tmp_path / "fits.log"
    _recording_fit(monkeypatch, log)
    monkeypatch.setattr(train, "PARALLEL_UNITS", 1)
    released = threading.Event()
    hold_workers(released)
    released.set()
    try:
        two = train.train_topic_fit(corpus, method="nmf", k="auto", k_range=range(2, 4), seed=42, jobs=2)
    finally:
        hold_workers(None)
    assert two.model.k == one.model.k == 3 and [s["k"] for s in one.model.options["selection"]["scores"]] == [2, 3, 4]
    _assert_same_model(two, one)
    fits = _fits(log)
    assert (os.getpid(), 24, 4) in fits  # the first step here
    assert any(k == 5 and pid != os.getpid() for pid, n, k in fits)  # the next one in the worker meanwhile
    # the model on every unit fitted once, in this process (a thread), beside its k's four refits here
    assert [(n, k) for pid, n, k in fits if n == 30] == [(30, 3)] and (os.getpid(), 30, 3) in fits
    assert sum(pid == os.getpid() and k == 3 and n < 24 for pid, n, k in fits) == 4
    assert not SHARED


def test_runner_spares_a_task_to_its_worker_once_released():
    import threading

    released = threading.Event()
    hold_workers(released)
    runner = Runner(2)
    try:
        runner.share(base=100)
        assert runner.spare(_plus_base, 1) is None  # held: no worker
        released.set()
        runner.map(_pid, [(0,), (1,)])  # the worker forked
        assert runner.speculate(_plus_base, 2) is None  # nothing the size of the final model
        spared = runner.spare(_slow_pid, 3, 1.0)
        assert runner.map(_pid, [(4,)]) == [(4, os.getpid())]  # its worker busy: the map's task here
        assert spared.result()[0] == 3 and spared.result()[1] != os.getpid()
    finally:
        runner.close()
        hold_workers(None)
    assert not SHARED


def test_runner_retires_its_worker_keeping_what_is_shared():
    runner = Runner(2)
    try:
        runner.share(base=100)
        runner.map(_pid, [(0,), (1,)])  # the worker forked
        first = runner.pool
        runner.retire()
        assert runner.pool is None and SHARED["base"] == 100
        assert runner.map(_plus_base, [(4,), (5,)]) == [104, 105] and runner.pool not in (None, first)  # a new one
    finally:
        runner.close()
    assert not SHARED


def test_beside_runs_both_and_raises_the_thread_s_error():
    import threading

    seen = []
    assert train._beside(lambda: seen.append(threading.current_thread().name), lambda: [1, 2]) == [1, 2]
    assert seen == ["litmine-final-fit"]

    def fail() -> None:
        raise MemoryError("no room")

    with pytest.raises(MemoryError, match="no room"):
        train._beside(fail, lambda: [])
