"""Extraction on a Dask cluster: the workers read, extract and tag the files; this process writes the store.

`run_dask` gives the same FileResults as `run_local`, from a LocalCluster on this machine or from the workers of a
running Dask scheduler. One task per file, a bounded number in flight, results as they complete. A worker that dies
mid-file costs that file's redo only: Dask reruns the dead worker's tasks elsewhere, and results already handed back
are released, so they are never redone. A file that keeps killing its workers ends as a failed file, not a failed run.

Workers read the files by path when they see the corpus at the same path (a shared file system); otherwise this
process reads each file and ships its bytes with the task.

The per-file time limit holds on the workers too: a timer thread raises it in the task's thread (a Dask task does
not run in its process's main thread, where the local workers' timer signal lands), and a watchdog thread ends the
worker process when a file is still in flight past the limit and a margin (stuck in a call into C, where no
exception can land); Dask then treats the file as one that kills its workers. A LocalCluster's workers get the
memory limit as Dask's own per-worker memory limit (its nanny restarts a worker that passes it).

A file that ends its worker for a reason that would hold again is not retried: before the watchdog ends a worker
stuck past the time limit, and when a worker passes 80 % of the memory limit while reading a file, the worker
records that file's final reason on the scheduler (its metadata, under the task's key). Dask still reruns a dead
worker's task, but the rerun finds the reason and answers with it at once, without reading the file again. A worker
that dies for a reason not seen (killed from outside, a crash in a reader) is retried by Dask as before, up to
its scheduler's `allowed-failures`. A cluster left without any worker for NO_WORKERS_SECONDS while files are in
flight ends the run with one line (the documents already stored are kept) instead of waiting forever.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Literal

from litmine._version import __version__
from litmine.config import Limits, default_jobs
from litmine.errors import LitmineError
from litmine.ingest.workers import OVER_MEMORY, STUCK, FileResult, extract_file, stuck_after, warm_up
from litmine.models import Concept

Send = Literal["auto", "paths", "bytes"]

# a LocalCluster reachable from this machine only: no dashboard, its HTTP endpoint on a free localhost port
LOCAL_ONLY = {"host": "127.0.0.1", "dashboard_address": None, "scheduler_kwargs": {"dashboard_address": "127.0.0.1:0"}}
WATCHDOG_MARGIN = 30.0  # seconds past stuck_after before a worker ends itself: the lexicon's matcher is built first
NO_WORKERS_SECONDS = 120.0  # a cluster without a worker this long (none restarted, none joined) ends the run
MEMORY_POLL = 0.01  # seconds between two looks at a Dask worker's memory while it reads a file (a 20 us read of statm)
MEMORY_SHARE = 0.8  # a worker past this share of the memory limit while reading a file: that file needs too much
VERDICT = "litmine-final-reason"  # the scheduler metadata key under which a file's final reason is kept
WORKER_DIED = ("worker died while reading this file ({n} tries: too big for a worker's memory, stuck past the time "
               "limit, or a crash in a reader?)")


def run_dask(paths: Sequence[str], *, scheduler: str, concepts: Sequence[Concept] | None = None,
             jobs: int | None = None, send: Send = "auto", timeout: float = 10.0,
             limits: Limits | None = None) -> Iterator[FileResult]:
    """Results for paths from Dask workers, as they finish (biggest files first).

    Args:
        paths: the files to extract, as the caller names them (FileResult.path and Document.path keep that name).
        scheduler: "local" for a LocalCluster of `jobs` one-thread worker processes on this machine, or the
            address of a running scheduler, "tcp://HOST:8786".
        concepts: a lexicon to tag mentions with on the workers.
        jobs: workers of the LocalCluster (default: every core); ignored for a remote scheduler.
        send: "paths" (workers read the files, which they must see at the same absolute path), "bytes" (this process
            reads each file and sends its bytes), or "auto": paths when every worker sees the files, else bytes.
        timeout: seconds to wait for the scheduler and for its first worker.
        limits: each file's time limit on the workers, and a LocalCluster worker's memory limit (default:
            Limits.from_env(); a running cluster's workers keep the memory limit they were started with).

    Raises:
        LitmineError: the scheduler cannot be reached, has no workers, or its workers cannot run litmine.

    Example:
        >>> for result in run_dask(["corpus/a.txt"], scheduler="local", jobs=2):  # doctest: +SKIP
        ...     print(result.path, result.reason or result.doc.title)
    """
    if not paths:
        return
    limits = limits or Limits.from_env()
    with ExitStack() as stack:
        client = stack.enter_context(_client(scheduler, jobs=jobs, timeout=timeout, memory_mb=limits.memory_mb))
        order = sorted(paths, key=lambda p: -(_size(p) or 0))
        ship = _ship_bytes(client, scheduler, order, send=send, timeout=timeout)
        yield from _results(client, scheduler, order, concepts, ship=ship, limits=limits)


@contextmanager
def _client(scheduler: str, *, jobs: int | None, timeout: float, memory_mb: float | None = None):
    """A Client for a fresh LocalCluster ("local") or for a running scheduler; both closed on the way out."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise LitmineError("--scheduler needs Dask: pip install 'litmine[dask]'") from None
    with ExitStack() as stack:
        if scheduler == "local":
            # one task per worker at a time: a worker that dies takes only the file it was reading with it
            with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
                cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                                       silence_logs=logging.ERROR,
                                       memory_limit=f"{int(memory_mb)}MiB" if memory_mb else "auto", **LOCAL_ONLY)
            stack.callback(cluster.close)
            client = Client(cluster, set_as_default=False)
        else:
            _check_reachable(scheduler, timeout)
            try:
                client = Client(scheduler, timeout=timeout, set_as_default=False)
            except (OSError, ValueError, TypeError) as exc:
                raise LitmineError(f"cannot connect to the Dask scheduler at {scheduler} ({_one_line(exc)})") from None
        stack.callback(client.close)
        yield client


def check_scheduler(scheduler: str, *, timeout: float = 10.0) -> None:
    """Raise LitmineError (one line) unless Dask is installed and, for an address, a scheduler answers there."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise LitmineError("--scheduler needs Dask: pip install 'litmine[dask]'") from None
    if scheduler != "local":
        _check_reachable(scheduler, timeout)


def _check_reachable(scheduler: str, timeout: float) -> None:
    """Fail fast, with the system's reason, when nothing listens at a tcp:// address (Dask would retry until its
    timeout and then only say it timed out)."""
    if "://" not in scheduler and ":" not in scheduler:
        raise LitmineError(f"{scheduler!r} is not a Dask scheduler address: use 'local' or tcp://HOST:PORT")
    scheme, _, rest = scheduler.rpartition("://")
    if scheme not in ("", "tcp"):
        return  # tls://, ws://...: left to Dask
    host, _, port = rest.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit():
        raise LitmineError(f"{scheduler!r} is not a Dask scheduler address: use 'local' or tcp://HOST:PORT")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise LitmineError(f"cannot reach the Dask scheduler at {scheduler} ({reason})") from None


def _ship_bytes(client, scheduler: str, order: Sequence[str], *, send: Send, timeout: float) -> bool:
    """Check that the workers run this litmine, and decide whether they get paths or bytes."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        raise LitmineError(f"the Dask scheduler at {scheduler} has no workers (start some: dask worker "
                           f"{scheduler} --nthreads 1 --nworkers N)") from None
    sample = [os.path.abspath(p) for p in order[:3]]
    try:
        answers = client.run(_worker_facts, sample)
    except Exception as exc:  # noqa: BLE001 - whatever the workers fail with, the message says it
        raise LitmineError(f"the Dask workers at {scheduler} cannot run litmine ({_one_line(exc)}); install "
                           f"litmine[dask] on every worker") from None
    for worker, (version, _) in sorted(answers.items()):
        if version != __version__:
            raise LitmineError(f"the Dask worker {worker} runs litmine {version}, this machine {__version__}:"
                               f" install the same version everywhere")
    if send == "bytes" or (send == "auto" and scheduler == "local"):
        return send == "bytes"
    expected = [_size(p) for p in sample]
    for worker, (_, sizes) in sorted(answers.items()):
        for path, size, want in zip(sample, sizes, expected, strict=True):
            if size != want:
                if send == "paths":
                    seen = "no such file" if size is None else f"{size} bytes, here {want}"
                    raise LitmineError(f"the Dask worker {worker} cannot read {path} ({seen}): put the corpus on a "
                                       f"file system the workers share, at the same path")
                return True
    return False


def _worker_facts(sample: list[str]) -> tuple[str, list[int | None]]:
    """On a worker: its litmine version and the sizes it sees for the sample files (None: cannot see it)."""
    sizes: list[int | None] = []
    for path in sample:
        try:
            sizes.append(os.path.getsize(path))
        except OSError:
            sizes.append(None)
    return __version__, sizes


def _extract_bytes(path: str, data: bytes, concepts: Sequence[Concept] | None,
                   limits: Limits | None = None, task_key: str | None = None) -> FileResult:
    """On a worker: extract a file from the bytes this process read."""
    return extract_on_worker(path, concepts, data=data, limits=limits, task_key=task_key)


class Verdicts:
    """Final reasons of files, by task key, kept in the scheduler's metadata, so that Dask's rerun of a task whose
    worker died finds why (the same file would fail the same way again)."""

    def __init__(self, client):
        self.client = client

    def get(self, key: str) -> str | None:
        """The final reason recorded for the task `key`, or None (also when the scheduler cannot be asked)."""
        try:
            value = self.client.get_metadata([VERDICT, key], default=None)
        except Exception:  # noqa: BLE001 - no reason known: the file is read
            return None
        return value if isinstance(value, str) else None

    def set(self, key: str, reason: str, *, timeout: float = 5.0) -> None:
        """Record `reason` for the task `key`, waiting at most `timeout` seconds for the scheduler."""

        def send() -> None:
            try:
                self.client.set_metadata([VERDICT, key], reason)
            except Exception:  # noqa: BLE001 - unrecorded: Dask retries the file as before
                pass

        sender = threading.Thread(target=send, name="litmine-verdict", daemon=True)
        sender.start()
        sender.join(timeout)


def _worker_verdicts() -> Verdicts | None:
    """This Dask worker's way to the scheduler's metadata; None outside a Dask worker."""
    try:
        from distributed import get_client, get_worker

        get_worker()
        return Verdicts(get_client())
    except (ImportError, ValueError, OSError, TimeoutError):
        return None


def _rss() -> int:
    """This process's resident memory in bytes (0 when it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import psutil  # a dependency of Dask

            return psutil.Process().memory_info().rss
        except Exception:  # noqa: BLE001 - not known: no memory verdict
            return 0


def extract_on_worker(path: str, concepts: Sequence[Concept] | None = None, *, data: bytes | None = None,
                      limits: Limits | None = None, task_key: str | None = None) -> FileResult:
    """On a Dask worker: extract_file within the time limit, watched by a thread that ends this worker process when
    the file is still in flight past the limit and a margin (stuck in C: nothing else can stop it there).

    With its `task_key`, a file that ends its worker for a reason that would hold again is failed for good: the
    watchdog records why before it ends the worker (stuck past the time limit), or as soon as the worker passes
    MEMORY_SHARE of the memory limit while reading it; Dask's rerun of the task finds the reason and returns it.
    """
    limits = limits or Limits.from_env()
    verdicts = _worker_verdicts() if task_key else None
    if verdicts is not None and (reason := verdicts.get(task_key)):
        return FileResult(path, reason=reason)  # an earlier try ended its worker for this reason
    warm_up()  # once per worker process, outside the file's time limit
    after = stuck_after(limits)
    memory = int(MEMORY_SHARE * limits.memory_mb * 2**20) if limits.memory_mb else 0
    if after is None and not memory:
        return extract_file(path, concepts, data=data, limits=limits)
    finished = threading.Event()
    deadline = time.monotonic() + after + WATCHDOG_MARGIN if after is not None else None

    def watch() -> None:
        flagged = False
        while not finished.wait(MEMORY_POLL if memory else max(0.0, deadline - time.monotonic())):
            if memory and not flagged and _rss() > memory:
                flagged = True
                if verdicts is not None:
                    verdicts.set(task_key, OVER_MEMORY.format(mb=limits.memory_mb))
            if deadline is not None and time.monotonic() >= deadline:
                if verdicts is not None:
                    verdicts.set(task_key, STUCK.format(s=limits.file_seconds))
                os.kill(os.getpid(), signal.SIGKILL)
                return

    threading.Thread(target=watch, name="litmine-file-watchdog", daemon=True).start()
    try:
        return extract_file(path, concepts, data=data, limits=limits)
    finally:
        finished.set()


def _results(client, scheduler: str, order: Sequence[str], concepts: Sequence[Concept] | None, *,
             ship: bool, limits: Limits) -> Iterator[FileResult]:
    import dask
    from distributed import KilledWorker, as_completed

    run = uuid.uuid4().hex[:12]
    # the lexicon goes with each task (about 10 kB), not scattered once: a task with no dependency can go to any
    # worker and waits in the scheduler until one is free, so a worker that dies holds only the file it reads;
    # scattered data would also be lost for good once every worker that held it died
    lexicon = list(concepts) if concepts else None
    names: dict[str, str] = {}  # task key -> the caller's path
    queue = iter(enumerate(order))
    done = as_completed(loop=client.loop, with_results=True, raise_errors=False)
    window, checked = _window(client), time.monotonic()

    def submit() -> FileResult | None:
        """Submit the next file; a file this process cannot read for shipping is answered at once."""
        i, path = next(queue)
        key = f"litmine-extract-{run}-{i}"
        if ship:
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                return FileResult(path, reason=f"cannot read ({exc.strerror or exc})")
            with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GiB"}):
                fut = client.submit(_extract_bytes, path, data, lexicon, limits, key, key=key, pure=False)
        else:
            fut = client.submit(extract_on_worker, os.path.abspath(path), lexicon, limits=limits, task_key=key,
                                key=key, pure=False)
        names[key] = path
        done.add(fut)
        return None

    def refill() -> Iterator[FileResult]:
        while done.count() < window:
            try:
                answer = submit()
            except StopIteration:
                return
            if answer is not None:
                yield answer

    yield from refill()
    workerless = None  # since when the cluster has had no worker (None: it has one)
    while not done.is_empty():
        batch = done.next_batch(block=False)
        if not batch:  # waiting: a cluster whose workers all ended and never came back would hold the run forever
            time.sleep(0.1)
            if time.monotonic() - checked > 5:
                threads, checked = _threads(client), time.monotonic()
                window = max(2, 2 * threads)
                workerless = None if threads else (workerless or checked)
                if workerless is not None and checked - workerless >= NO_WORKERS_SECONDS:
                    where = "the local Dask cluster" if scheduler == "local" else f"the Dask cluster at {scheduler}"
                    raise LitmineError(f"{where} has had no worker for {NO_WORKERS_SECONDS:g} s (they ended or were "
                                       f"lost, and none came back); {len(names)} file(s) not read: run ingest again")
            continue
        workerless = None
        for fut, answer in batch:
            path = names.pop(fut.key)
            if fut.status == "finished" or isinstance(answer, FileResult):
                # a result that arrived counts, also when the worker that held it died since ("lost": the
                # scheduler would compute it again)
                yield _renamed(answer, path)
            elif fut.status == "error":
                exc = answer[1]
                if isinstance(exc, KilledWorker):  # its final reason, when a worker recorded one before it died
                    reason = Verdicts(client).get(fut.key) or WORKER_DIED.format(n=exc.allowed_failures + 1)
                    yield FileResult(path, reason=reason)
                else:
                    yield FileResult(path, reason=f"failed on a Dask worker ({_one_line(exc)})")
            else:
                raise LitmineError(f"the Dask scheduler at {scheduler} cancelled the work at {path} (lost the "
                                   f"connection, or the cluster was restarted)")
        del fut, answer  # the last result released too: the workers drop it and never redo it
        if time.monotonic() - checked > 5:  # a cluster can grow or shrink while it works
            window, checked = _window(client), time.monotonic()
        yield from refill()


def _renamed(result: FileResult, path: str) -> FileResult:
    """A worker read an absolute path; the caller knows the file by its own name."""
    result.path = path
    if result.doc is not None:
        result.doc.path = path
    return result


def _window(client) -> int:
    """Files in flight: twice the cluster's threads, so memory stays flat however large the corpus."""
    return max(2, 2 * _threads(client))


def _threads(client) -> int:
    return sum(client.nthreads().values())


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "..."
