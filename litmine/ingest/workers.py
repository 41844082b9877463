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
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
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
    biggest files go first so one large PDF does not finish last alone.
    """
    if not paths:
        return
    lexicon = list(concepts) if concepts else None
    limits = limits or Limits.from_env()
    if jobs <= 1 or len(paths) == 1:
        for p in paths:
            yield extract_file(p, lexicon, limits=limits)
        return
    order = sorted(paths, key=lambda p: -_size(p))
    workers = min(jobs, len(order))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set[Future] = set()
        queue = iter(order)
        for path in queue:
            pending.add(pool.submit(extract_file, path, lexicon, limits=limits))
            if len(pending) >= 2 * workers:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
                nxt = next(queue, None)
                if nxt is not None:
                    pending.add(pool.submit(extract_file, nxt, lexicon, limits=limits))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
