"""What a worker does with one file, and the local ways of running workers.

A worker reads one file, extracts its document (text, structure, metadata, references, citations) and, given a
lexicon, tags its concept mentions; it returns a FileResult and never touches the store, so any executor can run
it: this process, a local process pool, or a Dask cluster (litmine/ingest/distributed.py). One writer in the
calling process stores the results as they arrive.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field

from litmine.config import Limits
from litmine.errors import InputError
from litmine.ingest.extract import extract_document
from litmine.models import Concept, Document, Mention


@dataclass
class Tags:
    """One document's concept mentions (passage_index set, passage_id not yet), acronym definitions (acronym,
    concept id or None, defining passage's index) and words."""

    lexicon: str
    mentions: list[Mention] = field(default_factory=list)
    definitions: list[tuple[str, str | None, int | None]] = field(default_factory=list)
    words: int = 0
    rejections: list = field(default_factory=list)  # litmine.models.Rejection, passage_index = passage's index


@dataclass
class FileResult:
    """A worker's answer for one file: the document and its own metadata, or the reason it failed."""

    path: str
    doc: Document | None = None
    own: dict | None = None
    reason: str | None = None
    tags: Tags | None = None


_MATCHERS: dict[str, object] = {}  # lexicon fingerprint -> ConceptMatcher, one per worker process


def _matcher(concepts: Sequence[Concept], fingerprint: str):
    from litmine.concepts.matcher import ConceptMatcher

    if fingerprint not in _MATCHERS:
        _MATCHERS.clear()
        _MATCHERS[fingerprint] = ConceptMatcher(concepts)
    return _MATCHERS[fingerprint]


class FileTimeLimit(BaseException):
    """Raised in a worker when a file runs past its time limit. A BaseException, so that no reader's broad
    `except Exception` can swallow it."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise FileTimeLimit in this thread after `seconds` of wall time (no limit for 0 or None, or where no
    timer signal can be had: a thread other than the main one, as in a Dask worker, or a system without
    SIGALRM). The signal interrupts Python code and lands between calls into C libraries (PDFium), so a file
    whose reading is one call into C that never returns is the one case it cannot stop."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        raise FileTimeLimit()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_file(path: str, concepts: Sequence[Concept] | None = None, *, data: bytes | None = None,
                 limits: Limits | None = None) -> FileResult:
    """Extract one file (or its bytes, read elsewhere) and, with a lexicon, tag its mentions, within the per-file
    time limit of `limits` (default: Limits.from_env()). Never raises: a failure, the time limit included, is a
    FileResult with a reason (one bad file must never stop the batch).

    Example:
        >>> extract_file("corpus/missing.txt").reason  # doctest: +SKIP
        'cannot read (No such file or directory)'
    """
    limits = limits or Limits.from_env()
    if concepts:  # the worker's matcher (a spaCy pipeline) is built once, outside any file's time limit
        try:
            from litmine.concepts.tagging import lexicon_fingerprint

            _matcher(concepts, lexicon_fingerprint(concepts))
        except Exception:  # noqa: BLE001 - tagging is redone by ensure_mentions in the writer's process
            pass
    try:
        with time_limit(limits.file_seconds):
            return _extract_file(path, concepts, data, limits)
    except FileTimeLimit:
        return FileResult(path, reason=f"took longer than the time limit of {limits.file_seconds:g} s per file "
                                       "(set --time-limit or LITMINE_FILE_SECONDS to allow more)")


def _extract_file(path: str, concepts: Sequence[Concept] | None, data: bytes | None, limits: Limits) -> FileResult:
    try:
        doc, own = extract_document(path, data, limits)
    except InputError as exc:
        return FileResult(path, reason=exc.reason)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        return FileResult(path, reason=f"could not be read ({type(exc).__name__}: {exc})")
    result = FileResult(path, doc=doc, own=own)
    if concepts:
        from litmine.concepts.tagging import lexicon_fingerprint, tag_passages

        try:
            fingerprint = lexicon_fingerprint(concepts)
            for p in doc.passages:
                p.doc_id = doc.id
            rejections: list = []
            mentions, definitions, words = tag_passages(_matcher(concepts, fingerprint), doc.passages,
                                                        rejections=rejections)
            result.tags = Tags(fingerprint, mentions, definitions, words, rejections)
        except Exception:  # noqa: BLE001 - tagging is redone by ensure_mentions in the writer's process
            result.tags = None
    return result


def run_local(paths: Sequence[str], *, jobs: int, concepts: Sequence[Concept] | None = None,
              limits: Limits | None = None) -> Iterator[FileResult]:
    """Results for paths, in this process (one job or one file) or in a process pool, as they finish, each file
    within the limits (default: Limits.from_env()).

    At most twice as many files as workers are in flight, so memory stays flat however large the corpus; the
    biggest files go first so one large PDF does not finish last alone. A worker that dies (out of memory,
    killed) or stays in flight past three time limits (stuck in C code the limit's signal cannot interrupt)
    costs only its own file: the files in flight with it are read again, one by one in a process of their own.
    """
    if not paths:
        return
    lexicon = list(concepts) if concepts else None
    limits = limits or Limits.from_env()
    if jobs <= 1 or len(paths) == 1:
        _warm_up()
        for p in paths:
            yield extract_file(p, lexicon, limits=limits)
        return
    order = sorted(paths, key=lambda p: -_size(p))
    workers = min(jobs, len(order))
    queue = iter(order)
    # a worker that dies (out of memory, killed) or hangs in C past every limit breaks the pool: the files then in
    # flight are read again one by one, each in a pool of its own, so only the file at fault fails
    suspects: list[str] = []
    while True:
        broken = yield from _pool_run(queue, workers, lexicon, limits, suspects)
        if not broken:
            break
        for path in suspects:
            yield _alone(path, lexicon, limits)
        suspects.clear()


def _warm_up() -> None:
    """Import the readers in a new worker before its first file, so a file's time limit never pays for them."""
    import litmine.citations.extract  # noqa: F401
    import litmine.ingest.pdf  # noqa: F401
    import litmine.ingest.text  # noqa: F401


def _watchdog_seconds(limits: Limits) -> float | None:
    """How long a file may stay in flight in a pool before its worker is taken to be stuck in C, where the time
    limit's signal cannot land: three limits (two files may wait before it in its worker's queue) and a margin."""
    return 3 * limits.file_seconds + 30 if limits.file_seconds else None


def _pool_run(queue: Iterator[str], workers: int, lexicon, limits: Limits, suspects: list[str]):
    """Read files from queue in a process pool; True when the pool broke (its in-flight files then in suspects)."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_up)
    pending: dict[Future, tuple[str, float]] = {}
    watchdog = _watchdog_seconds(limits)

    def submit() -> None:
        nxt = next(queue, None)
        if nxt is not None:
            pending[pool.submit(extract_file, nxt, lexicon, limits=limits)] = (nxt, time.monotonic())

    try:
        for _ in range(2 * workers):
            submit()
        while pending:
            done, _ = wait(set(pending), timeout=5 if watchdog else None, return_when=FIRST_COMPLETED)
            for fut in done:
                path, _ = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    suspects.append(path)
                    continue
                yield result
                submit()
            if suspects or (watchdog and any(time.monotonic() - t > watchdog for _, t in pending.values())):
                suspects.extend(path for path, _ in pending.values())
                return True
        return False
    finally:
        if suspects:
            for proc in list(getattr(pool, "_processes", {}).values()):  # stop the stuck or broken workers
                proc.kill()
        pool.shutdown(wait=not suspects, cancel_futures=True)


def _alone(path: str, lexicon, limits: Limits) -> FileResult:
    """Read one file in a process of its own, stopped when it outlives the watchdog; its failure names why."""
    pool = ProcessPoolExecutor(max_workers=1, initializer=_warm_up)
    fut = pool.submit(extract_file, path, lexicon, limits=limits)
    try:
        return fut.result(timeout=_watchdog_seconds(limits))
    except BrokenProcessPool:
        return FileResult(path, reason="the worker process reading it died (out of memory, or killed)")
    except FutureTimeout:
        return FileResult(path, reason=f"took longer than the time limit of {limits.file_seconds:g} s per file and "
                                       "did not stop (its worker was killed)")
    finally:
        for proc in list(getattr(pool, "_processes", {}).values()):
            if proc.is_alive() and not fut.done():
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
