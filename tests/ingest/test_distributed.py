"""Ingest on a Dask cluster: the same store as the serial run, and a worker that dies costs only its file's redo.

One LocalCluster of two worker processes serves the module (the tests reach it by its tcp:// address, as a user
reaches a cluster); `scheduler="local"` starts its own. A worker plugin (test code, shipped to the worker processes
by Dask) wraps the reader there: it logs every file read and kills the worker on chosen files.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import socket
import sqlite3

import pytest

distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'litmine[dask]')")

import dask  # after the skip: only once Dask is known to be there
from distributed import Client, LocalCluster, WorkerPlugin

from litmine.concepts.lexicon import load_lexicon
from litmine.errors import LitmineError
from litmine.ingest import ingest_corpus
from litmine.ingest.distributed import LOCAL_ONLY, WORKER_DIED, run_dask
from litmine.ingest.workers import run_local
from litmine.store import Store
from tests.conftest import make_pdf

PAPER = ("Ko-Produktion in der Arbeitsmarktpolitik: a study of employability services\n\nJosé Müller-Núñez\n\n"
         "Accepted for publication in Policy & Politics, 2017\n\nIntroduction\n\n"
         + "Co-production of employability support with lone parents, and street-level bureaucracy in Jobcentre "
           "Plus offices, shape activation (Lipsky, 1980; Kerr and Baird, 2012: 45). " * 6
         + "\n\nReferences\n\nLipsky, M. (1980) Street-Level Bureaucracy, New York: Russell Sage Foundation.\n\n"
           "Kerr, M. and Baird, J. (2012) Partnership and the employability of lone parents, Bristol: Policy Press.\n")
NOTE = ("# Collaborative innovation in city-regions\n\nAccepted for publication in Local Governance Review, 2021\n\n"
        "Welfare-to-work contracts and payment by results (PbR) under the Work Programme, as Núñez (2019) shows.\n")


class DyingReader(WorkerPlugin):
    """In each worker process: log every file read; reading die*.txt kills the worker the first time (across all
    workers: a marker file says it happened), reading poison*.txt kills it every time."""

    name = "litmine-test-dying-reader"

    def __init__(self, log: str, marker: str):
        self.log, self.marker = log, marker

    def setup(self, worker) -> None:
        from litmine.ingest import workers

        original = getattr(workers, "_unwrapped_extract_document", workers.extract_document)
        log, marker = self.log, self.marker

        def reading(path, *args, **kwargs):
            name = os.path.basename(path)
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(name + "\n")
            if name.startswith("poison") or (name.startswith("die") and _first_time(marker)):
                os._exit(1)
            return original(path, *args, **kwargs)

        workers._unwrapped_extract_document = original
        workers.extract_document = reading

    def teardown(self, worker) -> None:
        from litmine.ingest import workers

        workers.extract_document = workers.__dict__.pop("_unwrapped_extract_document", workers.extract_document)


def _first_time(marker: str) -> bool:
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        return True
    except FileExistsError:
        return False


@pytest.fixture(scope="module")
def cluster():
    """Two one-thread worker processes; a task may kill one worker and be retried once (allowed-failures 1)."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.worker-saturation": 1.0}):
        local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, silence_logs=logging.ERROR,
                             **LOCAL_ONLY)
    with Client(local, set_as_default=False) as client:
        yield local, client
    local.close()


@pytest.fixture
def dying(cluster, tmp_path):
    """The DyingReader on the cluster's workers for one test; yields a function reading its log."""
    _, client = cluster
    client.wait_for_workers(2, timeout=30)
    log, marker = tmp_path / "reads.log", tmp_path / "died.marker"
    client.register_plugin(DyingReader(str(log), str(marker)))

    def reads() -> dict[str, int]:
        counts: dict[str, int] = {}
        for name in log.read_text(encoding="utf-8").split() if log.exists() else []:
            counts[name] = counts.get(name, 0) + 1
        return counts

    yield reads, marker
    client.unregister_worker_plugin(DyingReader.name)
    client.wait_for_workers(2, timeout=30)


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every table's rows as sorted tuples, without row ids and times; a mention's or an acronym's passage is
    named by (doc_id, idx), since passage ids follow the order the documents were written in."""
    db: sqlite3.Connection = store.db
    passage = {row[0]: (row[1], row[2]) for row in db.execute("SELECT id, doc_id, idx FROM passages")}
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                       "'%VIRTUAL%' AND name NOT LIKE 'passages_fts%' AND name NOT LIKE 'sqlite_%'")]
    out: dict[str, list[tuple]] = {}
    for table in tables:
        info = list(db.execute(f"PRAGMA table_info({table})"))
        names = [c[1] for c in info]
        drop = {c[1] for c in info if c[5] and c[2].upper() == "INTEGER"} | {"ingested_at", "checked_at", "tagged_at"}
        rows = []
        for row in db.execute(f"SELECT * FROM {table}"):
            values = dict(zip(names, tuple(row), strict=True))
            if "passage_id" in values:
                values["passage_id"] = passage.get(values["passage_id"])
            rows.append(tuple(sorted((k, repr(v)) for k, v in values.items() if k not in drop)))
        out[table] = sorted(rows)
    return out


def small_corpus(corpus, tmp_path, *, extra: dict[str, str | bytes] | None = None):
    files = {"kerr_2017.txt": PAPER, "sub/nunez_2021.md": NOTE, "binary.txt": bytes(range(256)) * 4,
             "empty.txt": b"", "copy.txt": PAPER, **(extra or {})}
    root = corpus(files)
    make_pdf(root / "kerr_2009.pdf")
    return root


@pytest.mark.slow
def test_distributed_store_equals_the_serial_run(cluster, corpus, tmp_path, monkeypatch):
    small_corpus(corpus, tmp_path)
    monkeypatch.chdir(tmp_path)  # a relative corpus path: the workers get absolute paths, the store keeps these
    lexicon = load_lexicon()
    serial, dasked = Store(":memory:"), Store(":memory:")
    one = ingest_corpus("corpus", serial, jobs=1, concepts=lexicon)
    two = ingest_corpus("corpus", dasked, scheduler=cluster[0].scheduler_address, concepts=lexicon)
    assert sorted(two.added) == sorted(one.added) and len(one.added) == 3
    assert sorted(two.failed) == sorted(one.failed) and len(one.failed) == 2
    assert two.duplicates == one.duplicates and len(one.duplicates) == 1
    a, b = dump(serial), dump(dasked)
    assert {t: len(rows) for t, rows in a.items()} == {t: len(rows) for t, rows in b.items()}
    for table in ("documents", "files", "passages", "reference_entries", "citations", "mentions", "acronyms"):
        assert b[table] == a[table], table
    assert a == b
    assert all(len(a[t]) > 0 for t in ("passages", "reference_entries", "citations", "mentions", "works"))
    assert {p for p, in dasked.db.execute("SELECT path FROM documents")} == \
        {"corpus/copy.txt", "corpus/sub/nunez_2021.md", "corpus/kerr_2009.pdf"}  # copy.txt comes first


@pytest.mark.slow
def test_distributed_worker_dying_mid_file_costs_only_that_file(cluster, dying, corpus, tmp_path):
    reads, marker = dying
    # die.txt is the biggest file, so the first a worker reads: nothing that worker finished is lost with it
    root = small_corpus(corpus, tmp_path, extra={"die.txt": PAPER * 3, "other.txt": PAPER.replace("2017", "2011")})
    assert max(root.rglob("*.*"), key=lambda p: p.stat().st_size).name == "die.txt"
    lexicon = load_lexicon()
    serial, dasked = Store(":memory:"), Store(":memory:")
    ingest_corpus(root, serial, jobs=1, concepts=lexicon)
    report = ingest_corpus(root, dasked, scheduler=cluster[0].scheduler_address, concepts=lexicon)
    assert marker.exists()  # a worker did die
    assert "die.txt" in {os.path.basename(p) for p in report.added}
    assert reads() == {"die.txt": 2, "copy.txt": 1, "nunez_2021.md": 1, "kerr_2009.pdf": 1, "other.txt": 1,
                       "binary.txt": 1}
    assert dump(dasked) == dump(serial)


@pytest.mark.slow
def test_distributed_file_that_keeps_killing_workers_fails_alone(cluster, dying, corpus, tmp_path, store):
    reads, _ = dying
    root = corpus({"poison.txt": PAPER * 3, "a.txt": PAPER, "b.md": NOTE})
    report = ingest_corpus(root, store, scheduler=cluster[0].scheduler_address)
    assert [(os.path.basename(p), r) for p, r in report.failed] == [("poison.txt", WORKER_DIED.format(n=2))]
    assert sorted(os.path.basename(p) for p in report.added) == ["a.txt", "b.md"]
    assert reads()["poison.txt"] == 2  # allowed-failures 1: tried twice, then given up
    status = dict(store.db.execute("SELECT path, status FROM files"))
    assert status[str(root / "poison.txt")] == "failed" and status[str(root / "a.txt")] == "ok"


@pytest.mark.slow
def test_distributed_bytes_sent_give_the_same_results(cluster, corpus, tmp_path, monkeypatch):
    small_corpus(corpus, tmp_path)
    monkeypatch.chdir(tmp_path)
    paths = sorted(f"corpus/{n}" for n in ("kerr_2017.txt", "sub/nunez_2021.md", "kerr_2009.pdf", "binary.txt",
                                           "gone.txt"))
    # the workers started in another folder: the relative paths name nothing there, so only the bytes can work
    assert not any(cluster[1].run(os.path.exists, "corpus/kerr_2017.txt").values())
    lexicon = load_lexicon()
    local = {r.path: r for r in run_local(paths, jobs=1, concepts=lexicon)}
    shipped = {r.path: r for r in run_dask(paths, scheduler=cluster[0].scheduler_address, concepts=lexicon,
                                           send="bytes")}
    assert shipped.keys() == local.keys()
    for path, result in local.items():
        assert (shipped[path].doc, shipped[path].own, shipped[path].tags) == (result.doc, result.own, result.tags)
    assert shipped["corpus/gone.txt"].reason == "cannot read (No such file or directory)"
    assert shipped["corpus/binary.txt"].reason == local["corpus/binary.txt"].reason is not None


@pytest.mark.slow
def test_distributed_local_cluster_runs_and_closes(corpus, tmp_path):
    root = small_corpus(corpus, tmp_path)
    paths = sorted(str(p) for p in root.rglob("*") if p.is_file())
    before = {p.pid for p in multiprocessing.active_children()}
    lexicon = load_lexicon()
    results = {r.path: r for r in run_dask(paths, scheduler="local", jobs=2, concepts=lexicon)}
    local = {r.path: r for r in run_local(paths, jobs=1, concepts=lexicon)}
    assert {p: (r.doc, r.tags, r.reason) for p, r in results.items()} == \
        {p: (r.doc, r.tags, r.reason) for p, r in local.items()}
    early = run_dask(paths, scheduler="local", jobs=1)
    assert next(early).path in paths
    early.close()  # the consumer stops early: the cluster goes too
    assert {p.pid for p in multiprocessing.active_children()} <= before


def test_distributed_unreachable_scheduler_is_a_one_line_error(corpus, store):
    root = corpus({"a.txt": PAPER})
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LitmineError) as err:
        ingest_corpus(root, store, scheduler=f"tcp://127.0.0.1:{port}")
    assert str(err.value) == f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port} (Connection refused)"
    with pytest.raises(LitmineError, match="not a Dask scheduler address"):
        list(run_dask([str(root / "a.txt")], scheduler="my-cluster"))


def test_distributed_scheduler_without_workers_is_an_error(corpus):
    root = corpus({"a.txt": PAPER})
    with (LocalCluster(n_workers=0, processes=True, silence_logs=logging.ERROR, **LOCAL_ONLY) as empty,
          pytest.raises(LitmineError, match=r"has no workers \(start some: dask worker tcp://")):
        list(run_dask([str(root / "a.txt")], scheduler=empty.scheduler_address, timeout=0.5))


def test_distributed_bad_scheduler_fails_before_reading_the_corpus(corpus, store, monkeypatch):
    from litmine.errors import LitmineError
    from litmine.ingest import corpus as corpus_module

    root = corpus({"a.txt": "Co-production in Århus.\n"})
    walked = []
    monkeypatch.setattr(corpus_module, "walk_corpus", lambda r: walked.append(r) or iter(()))
    with pytest.raises(LitmineError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        ingest_corpus(root, store, scheduler="tcp://127.0.0.1:1")
    assert walked == []
