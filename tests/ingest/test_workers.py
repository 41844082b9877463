"""litmine.ingest.workers: what forked workers inherit from the writer's process."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from litmine.concepts.tagging import lexicon_fingerprint
from litmine.ingest import workers
from litmine.models import Concept

LEXICON = [Concept(id="sozialstaat", label="Sozialstaat", patterns=["Sozialstaat", "welfare state"]),
           Concept(id="aero", label="Ærø-Modell", patterns=["Ærø-Modell"])]


def _worker_state(fingerprint: str) -> tuple[bool, bool]:
    """In a worker: (its matcher was there before any file, the readers were imported)."""
    return fingerprint in workers._MATCHERS, workers._WARM


@pytest.mark.slow
def test_workers_forked_pool_inherits_matcher_and_readers(monkeypatch):
    """With fork, the matcher and the readers are made once in the writer's process, before the pool starts, and
    every worker starts with them (it builds no matcher of its own)."""
    monkeypatch.setattr(workers, "_MATCHERS", {})
    ctx = multiprocessing.get_context("fork")
    workers.prepare_fork(LEXICON, ctx)
    fingerprint = lexicon_fingerprint(LEXICON)
    assert fingerprint in workers._MATCHERS and workers._WARM
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        assert list(pool.map(_worker_state, [fingerprint] * 2)) == [(True, True)] * 2
    assert workers._matcher(LEXICON, fingerprint) is workers._MATCHERS[fingerprint]  # built once, not again


def test_workers_prepare_fork_does_nothing_for_spawned_workers(monkeypatch):
    """Spawned workers share nothing with this process: nothing is built here for them."""
    monkeypatch.setattr(workers, "_MATCHERS", {})
    workers.prepare_fork(LEXICON, multiprocessing.get_context("spawn"))
    assert workers._MATCHERS == {}


@pytest.mark.slow
def test_workers_run_local_tags_in_forked_workers_and_lets_the_matcher_go(tmp_path, monkeypatch):
    """Two jobs: the forked workers tag with the inherited matcher (same mentions as reading in this process),
    and the writer drops its copy once the files are read."""
    monkeypatch.setattr(workers, "_MATCHERS", {})
    paths = []
    for i, text in enumerate(["Der Sozialstaat und das Ærø-Modell.\n", "The welfare state after 2010.\n"]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    limits = workers.Limits(file_seconds=60, memory_mb=0)
    results = sorted(workers.run_local(paths, jobs=2, concepts=LEXICON, limits=limits), key=lambda r: r.path)
    assert workers._MATCHERS == {}
    assert all(r.reason is None and r.tags is not None for r in results)
    found = [sorted(m.concept for m in r.tags.mentions) for r in results]
    assert found == [["aero", "sozialstaat"], ["sozialstaat"]]
