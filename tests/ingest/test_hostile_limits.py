"""Hostile inputs against the worker limits (issue 14): memory bounded per worker, the per-file time limit with one
job (a worker stuck in a call into C included) and on Dask workers, and the limits passed through `litmine run`.

The memory test makes a PDF whose one content stream inflates to 300 MB (a compression bomb of 300 KB on disk);
a stuck call into C is a reader that blocks the time limit's signal and sleeps, as a PDFium call that never
returns would hold it off. No test times itself except against limits the old code misses by far.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest

from litmine.config import Limits
from litmine.ingest import workers
from litmine.pdfwrite import write_inflating_pdf, write_scattered_pdf
from litmine.ingest.workers import STUCK, TIME_LIMIT, FileTimeLimit, WorkerProcess, run_local, time_limit


def _data_mb() -> int:
    """This process's data segment now, in MB (what a forked worker starts with)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmData"))


def _ingest(root, **kw):
    from litmine.ingest.corpus import ingest_corpus
    from litmine.store import Store

    store = Store(":memory:")
    try:
        return ingest_corpus(root, store, **kw)
    finally:
        store.close()


# ------------------------------------------------------------------------------------------------ memory per worker
@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads the data segment from /proc")
def test_hostile_limits_inflating_pdf_fails_under_the_memory_limit_and_the_run_goes_on(tmp_path):
    write_inflating_pdf(tmp_path / "bombe.pdf", 300)
    assert (tmp_path / "bombe.pdf").stat().st_size < 1_000_000
    (tmp_path / "gut.txt").write_text("Sørensen (2019) zeigt es. Ein zweiter Satz über Müller.\n", encoding="utf-8")
    cap = _data_mb() + 150  # a forked worker starts with this process's memory: 150 MB more for the file
    report = _ingest(tmp_path, jobs=1, limits=Limits(memory_mb=cap))
    (path, reason), = report.failed
    assert path.endswith("bombe.pdf")
    assert reason == f"the worker process reading it died (out of memory: the limit is {cap:g} MB per worker, " \
                     "--max-memory-mb; or killed)"
    assert [os.path.basename(p) for p in report.added] == ["gut.txt"]


def _hungry(path, data=None, limits=None):
    """A reader that wants 64 GB for a file named hungry.txt (Python's allocation fails: MemoryError)."""
    if path.endswith("hungry.txt"):
        return bytearray(64 * 2**30), {}
    return workers._real_extract_document(path, data, limits)


def test_hostile_limits_memory_error_in_python_is_the_files_line(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "_real_extract_document", workers.extract_document, raising=False)
    monkeypatch.setattr(workers, "extract_document", _hungry)  # the forked worker inherits it
    (tmp_path / "hungry.txt").write_text("Hunger nach Speicher.\n", encoding="utf-8")
    (tmp_path / "satt.txt").write_text("Ein Text über Ærø und Müller. Zweiter Satz.\n", encoding="utf-8")
    limits = Limits(memory_mb=_data_mb() + 500)
    worker = WorkerProcess(limits)
    try:
        hungry = worker.read(str(tmp_path / "hungry.txt"))
        satt = worker.read(str(tmp_path / "satt.txt"))  # the same worker goes on
    finally:
        worker.close()
    assert hungry.reason == f"needed more memory than the limit of {limits.memory_mb:g} MB per worker (set " \
                            "--max-memory-mb or LITMINE_WORKER_MB to allow more)"
    assert satt.doc is not None and "Ærø" in satt.doc.text


def test_hostile_limits_memory_limit_from_environment_and_help(monkeypatch):
    from tests.conftest import Runner

    from litmine.cli import app

    monkeypatch.setenv("LITMINE_WORKER_MB", "640")
    assert Limits.from_env().memory_mb == 640 and Limits.from_env(memory_mb=0).memory_mb == 0
    assert Limits().memory_mb == 2048
    for command in ("ingest", "run"):
        result = Runner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        assert "--max-memory-mb" in result.output and "LITMINE_WORKER_MB" in result.output
        assert "--time-limit" in result.output and "--max-text-mb" in result.output


# ------------------------------------------------------------------------------------------------ stuck in C
def _stuck_reader(path, data=None, limits=None):
    """For stuck.txt: hold off the time limit's signal and sleep, as one call into C that does not return would."""
    if path.endswith("stuck.txt"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(90)
    return workers._real_extract_document(path, data, limits)


@pytest.mark.slow
def test_hostile_limits_stuck_call_in_c_with_one_job_fails_the_file_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "_real_extract_document", workers.extract_document, raising=False)
    monkeypatch.setattr(workers, "extract_document", _stuck_reader)
    (tmp_path / "stuck.txt").write_text("Dieser Text hängt in C fest.\n" * 40, encoding="utf-8")  # the largest
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Ein Text über Sørensen in {name}. Zweiter Satz.\n", encoding="utf-8")
    start = time.monotonic()
    report = _ingest(tmp_path, jobs=1, limits=Limits(file_seconds=1))
    assert time.monotonic() - start < 45  # the limit and its margin, not the 90 s the call would take
    (path, reason), = report.failed
    assert path.endswith("stuck.txt") and reason == STUCK.format(s=1)
    assert reason == "took longer than the time limit of 1 s per file and did not stop (stuck in a call into C; " \
                     "its worker was killed)"
    assert sorted(os.path.basename(p) for p in report.added) == ["a.txt", "b.txt"]


def test_hostile_limits_one_job_without_limits_reads_in_this_process(tmp_path, monkeypatch):
    seen: list[int] = []
    real = workers.extract_document

    def reading(path, data=None, limits=None):
        if path.endswith("a.txt"):
            seen.append(os.getpid())
        return real(path, data, limits)

    monkeypatch.setattr(workers, "extract_document", reading)
    (tmp_path / "a.txt").write_text("Ein Text über Ærø. Zweiter Satz.\n", encoding="utf-8")
    (result,) = run_local([str(tmp_path / "a.txt")], jobs=1, limits=Limits(file_seconds=0, memory_mb=0))
    assert result.doc is not None and seen == [os.getpid()]  # no limit to keep: no worker process
    seen.clear()
    (result,) = run_local([str(tmp_path / "a.txt")], jobs=1, limits=Limits(file_seconds=30))
    assert result.doc is not None and seen == []  # read in a worker process (its own copy of `seen`)


# ------------------------------------------------------------------------------------------------ Dask workers
def test_hostile_limits_time_limit_lands_outside_the_main_thread():
    """A Dask task runs in a worker thread, where no timer signal lands: the limit still stops Python code."""
    caught: list[str] = []

    def task() -> None:
        start = time.monotonic()
        try:
            with time_limit(0.5):
                while time.monotonic() - start < 30:
                    sum(range(1000))
        except FileTimeLimit:
            caught.append(f"{time.monotonic() - start:.1f}")
        time.sleep(1.0)  # nothing pending lands after the block
        caught.append("after")

    thread = threading.Thread(target=task)
    thread.start()
    thread.join(60)
    assert len(caught) == 2 and float(caught[0]) < 10 and caught[1] == "after"
    done: list[bool] = []

    def quick() -> None:
        with time_limit(0.3):
            pass
        time.sleep(0.8)  # the timer was withdrawn with the block
        done.append(True)

    thread = threading.Thread(target=quick)
    thread.start()
    thread.join(30)
    assert done == [True]


def test_hostile_limits_time_limit_raised_again_when_swallowed():
    """A time-limit exception that lands where Python ignores exceptions (a PDFium finalizer: here a handler that
    swallows the first one) is raised again while the file's function runs, and never after it returned."""
    events: list[str] = []

    def read_file() -> None:  # stands for _extract_file
        start = time.monotonic()
        swallowed = False
        while time.monotonic() - start < 30:
            try:
                while time.monotonic() - start < 30:
                    sum(range(1000))
            except FileTimeLimit:
                if swallowed:
                    events.append(f"stopped {time.monotonic() - start:.1f}")
                    raise
                swallowed = True  # "Exception ignored in: <finalize object ...>"
                events.append("swallowed")

    def task() -> None:
        try:
            with time_limit(0.3, inside=read_file):
                read_file()
        except FileTimeLimit:
            events.append("caught")
        end = time.monotonic()
        while time.monotonic() - end < 1.5:  # Python code after the block: nothing lands here
            sum(range(1000))
        events.append("after")

    thread = threading.Thread(target=task)
    thread.start()
    thread.join(60)
    assert events[0] == "swallowed" and events[1].startswith("stopped") and events[2:] == ["caught", "after"]
    assert float(events[1].split()[1]) < 10  # without the second raise it would run the whole 30 s


def _slow_pdf(path):
    """A one-page PDF of 150,000 scattered text objects: ~9 s of text extraction here (pypdfium2 5.15), ~1 MB."""
    write_scattered_pdf(path, 150_000)


@pytest.mark.slow  # starts a LocalCluster
def test_hostile_limits_time_limit_on_dask_workers(tmp_path):
    pytest.importorskip("distributed", reason="Dask is not installed (pip install 'litmine[dask]')")
    from litmine.ingest.distributed import run_dask

    _slow_pdf(tmp_path / "slow.pdf")
    (tmp_path / "ok.txt").write_text("Ein Text über Müller. Zweiter Satz.\n", encoding="utf-8")
    paths = [str(tmp_path / "slow.pdf"), str(tmp_path / "ok.txt")]
    start = time.monotonic()
    results = {os.path.basename(r.path): r for r in run_dask(paths, scheduler="local", jobs=1,
                                                               limits=Limits(file_seconds=3))}
    assert time.monotonic() - start < 120  # without the limit the PDF alone takes minutes
    assert results["slow.pdf"].reason == TIME_LIMIT.format(s=3)
    assert results["ok.txt"].doc is not None


@pytest.mark.slow
def test_hostile_limits_dask_watchdog_ends_a_worker_stuck_in_c(tmp_path, monkeypatch):
    """On a Dask worker, a file stuck in C past the limit and its margin ends the worker process (Dask then
    treats the file as one that kills its workers); run here in a forked child standing for the worker."""
    import multiprocessing

    from litmine.ingest import distributed

    monkeypatch.setattr(workers, "_real_extract_document", workers.extract_document, raising=False)
    monkeypatch.setattr(workers, "extract_document", _stuck_reader)
    monkeypatch.setattr(distributed, "WATCHDOG_MARGIN", 1.0)
    (tmp_path / "stuck.txt").write_text("Hängt.\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Ein Text über Ærø. Zweiter Satz.\n", encoding="utf-8")
    ctx = multiprocessing.get_context("fork")

    def on_worker(name: str) -> None:
        result = distributed.extract_on_worker(str(tmp_path / name), limits=Limits(file_seconds=1))
        os._exit(0 if result.doc is not None else 3)

    for name, want in (("ok.txt", 0), ("stuck.txt", -signal.SIGKILL)):
        child = ctx.Process(target=on_worker, args=(name,))
        start = time.monotonic()
        child.start()
        child.join(60)
        assert child.exitcode == want, name
        assert time.monotonic() - start < 40


class _FileVerdicts:
    """Stands for the scheduler's metadata in a forked child: the final reasons in a JSON file."""

    def __init__(self, path):
        self.path = path

    def get(self, key):
        return json.loads(self.path.read_text(encoding="utf-8")).get(key) if self.path.exists() else None

    def set(self, key, reason, timeout=5.0):  # noqa: ARG002 - Verdicts.set's signature
        self.path.write_text(json.dumps({key: reason}), encoding="utf-8")


def _on_dask_worker(tmp_path, monkeypatch, name: str, limits: Limits) -> tuple[int, float, str | None]:
    """extract_on_worker for one file in a forked child standing for a Dask worker (Dask reruns a task whose worker
    died under the same key): its exit code (0: a document, 3: a reason, -9: killed), seconds, the verdict kept."""
    import multiprocessing

    from litmine.ingest import distributed

    verdicts = _FileVerdicts(tmp_path / "verdicts.json")
    monkeypatch.setattr(distributed, "_worker_verdicts", lambda: verdicts)
    monkeypatch.setattr(distributed, "WATCHDOG_MARGIN", 1.0)

    def on_worker() -> None:
        result = distributed.extract_on_worker(str(tmp_path / name), limits=limits, task_key="litmine-extract-x-0")
        (tmp_path / "reason.txt").write_text(result.reason or "", encoding="utf-8")
        os._exit(0 if result.doc is not None else 3)

    child = multiprocessing.get_context("fork").Process(target=on_worker)
    start = time.monotonic()
    child.start()
    child.join(60)
    return child.exitcode, time.monotonic() - start, verdicts.get("litmine-extract-x-0")


@pytest.mark.slow  # a stuck file takes its time limit and margins (~7 s)
def test_hostile_limits_dask_file_stuck_in_c_fails_for_good_instead_of_retried(tmp_path, monkeypatch):
    """The watchdog records why before it ends the worker; Dask's rerun of the task answers with that reason at once
    and never reads the file again (it used to be read, and to kill a worker, four times)."""
    monkeypatch.setattr(workers, "_real_extract_document", workers.extract_document, raising=False)
    monkeypatch.setattr(workers, "extract_document", _stuck_reader)
    (tmp_path / "stuck.txt").write_text("Hängt für immer.\n", encoding="utf-8")
    limits = Limits(file_seconds=1, memory_mb=0)
    code, _, verdict = _on_dask_worker(tmp_path, monkeypatch, "stuck.txt", limits)
    assert code == -signal.SIGKILL and verdict == STUCK.format(s=1)
    code, seconds, _ = _on_dask_worker(tmp_path, monkeypatch, "stuck.txt", limits)  # the rerun
    assert code == 3 and seconds < 5
    assert (tmp_path / "reason.txt").read_text(encoding="utf-8") == STUCK.format(s=1)


def _hungry_reader(path, data=None, limits=None):
    """For hungry.txt: hold ~250 MB for a moment, as a reader inflating a bomb would."""
    if path.endswith("hungry.txt"):
        held = b"\xc3" * (250 * 2**20)
        time.sleep(0.6)
        del held
    return workers._real_extract_document(path, data, limits)


def test_hostile_limits_dask_worker_past_its_memory_share_records_the_files_reason(tmp_path, monkeypatch):
    """A worker past 80 % of the memory limit while reading a file records the file's final reason (the nanny ends
    such a worker); a rerun answers with it. A file read within the share records nothing."""
    from litmine.ingest.distributed import MEMORY_SHARE

    monkeypatch.setattr(workers, "_real_extract_document", workers.extract_document, raising=False)
    monkeypatch.setattr(workers, "extract_document", _hungry_reader)
    (tmp_path / "hungry.txt").write_text("Ein Text über Ærø. Zweiter Satz.\n", encoding="utf-8")
    (tmp_path / "light.txt").write_text("Ein leichter Text über Müller. Zweiter Satz.\n", encoding="utf-8")
    with open("/proc/self/statm", encoding="ascii") as fh:
        rss_mb = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    limits = Limits(file_seconds=0, memory_mb=round((rss_mb + 120) / MEMORY_SHARE))  # 120 MB of room
    assert _on_dask_worker(tmp_path, monkeypatch, "light.txt", limits) [::2] == (0, None)
    code, _, verdict = _on_dask_worker(tmp_path, monkeypatch, "hungry.txt", limits)
    assert code == 0 and verdict == workers.OVER_MEMORY.format(mb=limits.memory_mb)  # it lived: its result stands
    code, seconds, _ = _on_dask_worker(tmp_path, monkeypatch, "hungry.txt", limits)  # had it died: the rerun
    assert code == 3 and (tmp_path / "reason.txt").read_text(encoding="utf-8").startswith("needed more memory")


@pytest.mark.slow  # starts a LocalCluster; the PDF ends one worker (~40 s here under load)
def test_hostile_limits_dask_file_past_the_memory_limit_fails_once_not_four_times(tmp_path):
    """A PDF inflating to 300 MB on a LocalCluster of 400 MB workers: the nanny ends the worker once; the rerun
    answers with the memory reason instead of ending three more workers ('4 tries' before)."""
    pytest.importorskip("distributed", reason="Dask is not installed (pip install 'litmine[dask]')")
    from litmine.ingest.distributed import run_dask

    write_inflating_pdf(tmp_path / "bomb.pdf", 300)
    (tmp_path / "ok.txt").write_text("Ein Text über Ærø. Zweiter Satz.\n", encoding="utf-8")
    paths = [str(tmp_path / "bomb.pdf"), str(tmp_path / "ok.txt")]
    results = {os.path.basename(r.path): r for r in run_dask(paths, scheduler="local", jobs=1,
                                                               limits=Limits(memory_mb=400, file_seconds=300))}
    assert results["bomb.pdf"].reason == workers.OVER_MEMORY.format(mb=400)
    assert results["ok.txt"].doc is not None


@pytest.mark.slow  # starts a LocalCluster
def test_hostile_limits_dask_cluster_left_without_workers_ends_the_run_with_a_line(tmp_path, monkeypatch):
    """Every worker gone for good while a file is in flight (seen when a nanny could not restart a worker under
    load): the run ends with one line naming what was not read, instead of waiting forever."""
    pytest.importorskip("distributed", reason="Dask is not installed (pip install 'litmine[dask]')")
    import logging

    from distributed import LocalCluster

    from litmine.errors import LitmineError
    from litmine.ingest import distributed

    monkeypatch.setattr(distributed, "NO_WORKERS_SECONDS", 3.0)
    write_scattered_pdf(tmp_path / "langsam.pdf", 400_000)  # tens of seconds of reading
    (tmp_path / "ok.txt").write_text("Ein Text über Ærø. Zweiter Satz.\n", encoding="utf-8")
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, silence_logs=logging.CRITICAL,
                           **distributed.LOCAL_ONLY)
    outcome: list = []

    def consume() -> None:
        try:
            outcome.extend(distributed.run_dask([str(tmp_path / "langsam.pdf"), str(tmp_path / "ok.txt")],
                                                scheduler=cluster.scheduler_address,
                                                limits=Limits(file_seconds=0, memory_mb=0)))
        except LitmineError as exc:
            outcome.append(exc)

    try:
        thread = threading.Thread(target=consume, daemon=True)
        thread.start()
        time.sleep(8)  # the PDF is in flight
        cluster.scale(0)
        thread.join(90)
        assert not thread.is_alive(), "the run still waits for a worker"
    finally:
        cluster.close()
    error = outcome[-1]
    assert isinstance(error, LitmineError) and "has had no worker for 3 s" in str(error)
    assert "not read: run ingest again" in str(error) and "\n" not in str(error)


# ------------------------------------------------------------------------------------------------ litmine run
def test_hostile_limits_run_passes_its_limits_to_ingest(tmp_path, monkeypatch):
    from tests.conftest import Runner

    import litmine.ingest
    from litmine.cli import app
    from litmine.errors import LitmineError

    seen: list[Limits] = []

    def ingest(corpus, store, **kw):
        seen.append(kw.get("limits"))
        raise LitmineError(f"{corpus}: stopped after the limits were seen")

    monkeypatch.setattr(litmine.ingest, "ingest_corpus", ingest)
    monkeypatch.delenv("LITMINE_FILE_SECONDS", raising=False)
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Über Ærø.\n", encoding="utf-8")
    result = Runner().invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"), "--time-limit", "7",
                                      "--max-text-mb", "3", "--max-memory-mb", "900"])
    assert result.exit_code == 2 and "stopped after the limits were seen" in result.output
    assert seen == [Limits(file_seconds=7, text_mb=3, passage_chars=Limits().passage_chars, memory_mb=900)]
