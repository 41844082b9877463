"""What a worker does with one file, and the local ways of running workers.

A worker reads one file, extracts its document (text, structure, metadata, references, citations) and, given a
lexicon, tags its concept mentions; it returns a FileResult and never touches the store, so any executor can run
it: this process, a local process pool, or a Dask cluster (litmine/ingest/distributed.py). One writer in the
calling process stores the results as they arrive.

Each file is read within the Limits (litmine.config): a time limit raised inside the worker (a timer signal, or an
asynchronous exception outside the main thread), a watchdog in the process that started the worker for a file
stuck in a call into C, and a memory cap on each worker process (RLIMIT_DATA); past any of them the file fails with
its one-line reason and the run goes on.
"""

from __future__ import annotations

import copy
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from itertools import starmap
from operator import attrgetter

from litmine.config import Limits
from litmine.errors import InputError
from litmine.ingest.worker_limits import die_with_parent, limit_memory
from litmine.models import Concept, Document, Mention, Passage


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
    # the topic pieces of its passages, made as if they held no concept mention: (passage index, cache key, packed
    # pieces), which the writer stores for the passages that have no mention (topics/preprocess.py ingest_pieces)
    pieces: list[tuple[int, str, str]] | None = None

    def __getstate__(self) -> dict:
        """The result as pickled for the writer: its document's passages as tuples of their fields (thousands of
        dataclass objects cost about a third more to pickle and to unpickle), made Passages again by __setstate__.
        A passage of another type or with attributes of its own goes as it is, with the rest."""
        state = dict(self.__dict__)
        doc = self.doc
        if doc is not None and doc.passages and all(type(p) is Passage and len(p.__dict__) == _PASSAGE_SIZE
                                                    for p in doc.passages):
            packed = copy.copy(doc)
            packed.passages = list(map(_passage_values, doc.passages))
            state["doc"], state["_packed"] = packed, True
        return state

    def __setstate__(self, state: dict) -> None:
        if state.pop("_packed", False):
            state["doc"].passages = list(starmap(Passage, state["doc"].passages))
        self.__dict__.update(state)


_PASSAGE_SIZE = len(fields(Passage))
_passage_values = attrgetter(*(f.name for f in fields(Passage)))  # a Passage's fields, in Passage(...)'s order


_MATCHERS: dict[str, object] = {}  # lexicon fingerprint -> ConceptMatcher, one per worker process
# the lexicon (the list run_local made for its run) last fingerprinted and its fingerprint: an ingest's documents
# are all tagged with one list, fingerprinted once (lexicon_fingerprint dumps and hashes every concept, about 1 ms)
_FINGERPRINT: list[tuple[Sequence[Concept], str]] = []
_STARTED = None  # in a WorkerProcess's process: a shared double, the wall time its current file started (0: none)
TIME_LIMIT = "took longer than the time limit of {s:g} s per file (set --time-limit or LITMINE_FILE_SECONDS to allow more)"
STUCK = ("took longer than the time limit of {s:g} s per file and did not stop (stuck in a call into C; its worker "
         "was killed)")
DIED = "the worker process reading it died (out of memory, or killed)"
DIED_OVER_MEMORY = ("the worker process reading it died (out of memory: the limit is {mb:g} MB per worker, "
                    "--max-memory-mb; or killed)")
OVER_MEMORY = ("needed more memory than the limit of {mb:g} MB per worker (set --max-memory-mb or LITMINE_WORKER_MB "
               "to allow more)")


def extract_document(path: str, data: bytes | None = None, limits: Limits | None = None):
    """litmine.ingest.extract.extract_document, imported on first use: a run with no file to read (the no-change
    rerun) never loads the readers. The name a test or plugin may wrap to watch the files a worker reads."""
    from litmine.ingest.extract import extract_document as read_document

    return read_document(path, data, limits)


def _fingerprint(concepts: Sequence[Concept]) -> str:
    """lexicon_fingerprint(concepts), kept for the last sequence asked about (the same object: the entry holds it,
    so no other object can take its id; let go with the matchers when an ingest ends)."""
    if not _FINGERPRINT or _FINGERPRINT[0][0] is not concepts:
        from litmine.concepts.tagging import lexicon_fingerprint

        _FINGERPRINT[:] = [(concepts, lexicon_fingerprint(concepts))]
    return _FINGERPRINT[0][1]


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
def time_limit(seconds: float | None, inside: Callable | None = None):
    """Raise FileTimeLimit in this thread after `seconds` of wall time (no limit for 0 or None).

    In the main thread a timer signal (SIGALRM) raises it; in another thread (a Dask worker's task thread), or
    without SIGALRM, a timer thread raises it asynchronously in this one. Either way it interrupts Python code and
    lands between calls into C libraries (PDFium), so one call into C that never returns is not stopped here: the
    process that started the worker watches for that (WorkerProcess, run_local's watchdog, distributed.py).
    An exception raised asynchronously can be swallowed where Python ignores exceptions (a weakref finalizer or
    `__del__` that happens to run at that moment: PDFium objects close in finalizers); with `inside` (the function
    the block calls) the timer thread raises it again every REFIRE_SECONDS while a frame of `inside` is still on
    the thread's stack, so such a file still stops at the limit instead of running on to the watchdog."""
    if not seconds:
        yield
        return
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds, inside):
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


REFIRE_SECONDS = 0.5  # how often a swallowed time-limit exception is raised again (see time_limit)


def _runs_inside(thread_id: int, code) -> bool:
    """Whether a frame of `code` is on the stack of thread `thread_id` now."""
    frame = sys._current_frames().get(thread_id)  # noqa: SLF001 - the documented way to see another thread's stack
    while frame is not None:
        if frame.f_code is code:
            return True
        frame = frame.f_back
    return False


@contextmanager
def _thread_time_limit(seconds: float, inside: Callable | None = None):
    """Raise FileTimeLimit in this thread after `seconds`, from a timer thread (PyThreadState_SetAsyncExc); again
    every REFIRE_SECONDS while a frame of `inside` is on this thread's stack (see time_limit); an exception still
    pending when the block ends in time is withdrawn, so it never lands in the caller's code."""
    target, lock, state = threading.get_ident(), threading.Lock(), {"done": False, "fired": False}
    stop = threading.Event()
    code = getattr(inside, "__code__", None)

    def fire() -> None:
        if stop.wait(seconds):
            return
        while True:
            with lock:
                if state["done"] or (state["fired"] and (code is None or not _runs_inside(target, code))):
                    return
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(FileTimeLimit))
            if stop.wait(REFIRE_SECONDS):
                return

    timer = threading.Thread(target=fire, name="litmine-time-limit", daemon=True)
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            stop.set()
            if state["fired"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)


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
    build_matcher(concepts)  # the worker's matcher (a spaCy pipeline) is built once, outside any file's time limit
    if _STARTED is not None:
        _STARTED.value = time.time()  # the WorkerProcess watching this one times the file from here
    try:
        with time_limit(limits.file_seconds, inside=_extract_file):
            return _extract_file(path, concepts, data, limits)
    except FileTimeLimit:
        return FileResult(path, reason=TIME_LIMIT.format(s=limits.file_seconds))
    except MemoryError:
        return FileResult(path, reason=OVER_MEMORY.format(mb=limits.memory_mb) if limits.memory_mb
                          else "ran out of memory")
    finally:
        if _STARTED is not None:
            _STARTED.value = 0.0


def _extract_file(path: str, concepts: Sequence[Concept] | None, data: bytes | None, limits: Limits) -> FileResult:
    from litmine.citations.intext import shared_callout_spans

    with shared_callout_spans():  # the callouts found for the citations are not searched again for the pieces
        return _read_file(path, concepts, data, limits)


def _read_file(path: str, concepts: Sequence[Concept] | None, data: bytes | None, limits: Limits) -> FileResult:
    try:
        doc, own = extract_document(path, data, limits)
    except InputError as exc:
        return FileResult(path, reason=exc.reason)
    except MemoryError:
        raise  # said as such by extract_file
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        return FileResult(path, reason=f"could not be read ({type(exc).__name__}: {exc})")
    return FileResult(path, doc=doc, own=own, tags=tag_document(doc, concepts) if concepts else None,
                      pieces=topic_pieces(doc))


_WORDS_FAILED = False  # the topic preprocessing's words could not be built in this process: no pieces are made
_WORDS_BUILT = False  # this process built them for ingest (let go when its ingest ends)


def warm_words() -> bool:
    """Build the topic preprocessing's words (spaCy's blank English tokenizer, its lemma table, the stop list:
    about 0.2 s and 16 MB once spaCy is loaded) in this process, once; False when they cannot be built (the topics
    step then makes every passage's pieces, as it does for a store ingested without them)."""
    global _WORDS_FAILED, _WORDS_BUILT
    if _WORDS_FAILED:
        return False
    from litmine.topics import preprocess

    if not preprocess.words_built():
        try:
            preprocess.build_words()
        except Exception:  # noqa: BLE001 - only a saving: the topics step makes the pieces
            _WORDS_FAILED = True
            return False
        _WORDS_BUILT = True
    return True


def let_go_of_words() -> None:
    """Drop the words warm_words built in this process for an ingest (its workers have them, and the topics step
    of a large corpus runs in a process of its own)."""
    global _WORDS_BUILT
    if _WORDS_BUILT:
        from litmine.topics import preprocess

        preprocess.release_words()
        _WORDS_BUILT = False


def topic_pieces(doc: Document) -> list[tuple[int, str, str]] | None:
    """The topic pieces of a document's passages (topics/preprocess.py ingest_pieces), made in the worker that read
    it, so the first topic run finds them stored; None when they cannot be made (the topics step makes them)."""
    if not warm_words():
        return None
    from litmine.topics.preprocess import ingest_pieces

    try:
        return ingest_pieces(doc.passages)
    except Exception:  # noqa: BLE001 - one passage's text the preprocessing trips on: the topics step makes them
        return None


def build_matcher(concepts: Sequence[Concept] | None) -> None:
    """Build the lexicon's matcher in this process, once (a failure is left to tag_document, which then gives
    None)."""
    if concepts:
        try:
            _matcher(concepts, _fingerprint(concepts))
        except Exception:  # noqa: BLE001 - tagging is redone by ensure_mentions in the writer's process
            pass


def tag_document(doc: Document, concepts: Sequence[Concept]) -> Tags | None:
    """A document's concept mentions, definitions and words, with this process's matcher of the lexicon; None when
    tagging fails (ensure_mentions in the writer's process then tags the document again)."""
    from litmine.concepts.tagging import tag_passages

    try:
        fingerprint = _fingerprint(concepts)
        for p in doc.passages:
            p.doc_id = doc.id
        rejections: list = []
        mentions, definitions, words = tag_passages(_matcher(concepts, fingerprint), doc.passages,
                                                    rejections=rejections)
        return Tags(fingerprint, mentions, definitions, words, rejections)
    except Exception:  # noqa: BLE001 - tagging is redone by ensure_mentions in the writer's process
        return None


def _tagged(result: FileResult, lexicon: Sequence[Concept] | None) -> FileResult:
    """A worker's result, its document tagged here in the writer's process."""
    if lexicon and result.doc is not None:
        result.tags = tag_document(result.doc, lexicon)
    return result


def run_local(paths: Sequence[str], *, jobs: int, concepts: Sequence[Concept] | None = None,
              limits: Limits | None = None) -> Iterator[FileResult]:
    """Results for paths, from worker processes, as they finish, each file within the limits (default:
    Limits.from_env()).

    One job (or one file) runs in one WorkerProcess, one file at a time (in this process only when the limits set
    neither a time nor a memory limit): the worker reads the next file while the one before is tagged and stored
    here. More jobs run in a process pool: two files per worker are in flight, more (READ_AHEAD per worker) only
    while they are small (READ_AHEAD_BYTES in all), so memory stays flat however large the corpus, and the next
    files go out as a result comes back, before it is tagged and stored; the biggest files go first so one large
    PDF does not finish last alone. Worker processes read, and make each passage's topic pieces (`topic_pieces`,
    with the topic words built here before they start and inherited); the concept mentions are found here, as each
    result comes back, with a matcher built here while the workers read their first files (no worker builds a
    matcher, and none is built before they start). A worker that dies (out of memory, killed) or stays in flight
    past its watchdog (three time limits, more for a file sent behind several others: _watchdog_seconds; stuck in
    C code the limit's signal cannot interrupt) costs only its own file: the files in flight with it are read
    again, one by one in a process of their own. The garbage collector runs less often meanwhile, here and
    in the workers forked here (`fewer_collections`).
    """
    if not paths:
        return
    with fewer_collections():
        yield from _run_local(paths, jobs, concepts, limits)


def _run_local(paths: Sequence[str], jobs: int, concepts: Sequence[Concept] | None,
               limits: Limits | None) -> Iterator[FileResult]:
    lexicon = list(concepts) if concepts else None
    limits = limits or Limits.from_env()
    if jobs <= 1 or len(paths) == 1:
        if not limits.file_seconds and not limits.memory_mb:
            warm_up()
            for p in paths:
                yield extract_file(p, lexicon, limits=limits)
            return
        worker, finished = WorkerProcess(limits), False
        try:
            worker.start(paths[0])
            build_matcher(lexicon)  # here, while the worker reads the first file
            for nxt in [*paths[1:], None]:
                result = worker.finish()
                if nxt is not None:
                    worker.start(nxt)  # the worker reads the next file while this one is tagged and stored
                yield _tagged(result, lexicon)
            finished = True
        finally:
            worker.close(kill=not finished)  # Ctrl-C or a kill of the writer: the worker goes at once
            _MATCHERS.clear()  # made for this ingest: the writer's later steps do not use it
            _FINGERPRINT.clear()
            let_go_of_words()
        return
    order = sorted(paths, key=lambda p: -_size(p))
    workers = min(jobs, len(order))
    queue = iter(order)
    # a worker that dies (out of memory, killed) or hangs in C past every limit breaks the pool: the files then in
    # flight are read again one by one, each in a pool of its own, so only the file at fault fails
    suspects: list[str] = []
    loaded = warm_taggers()
    prepare_fork(pool=True)
    try:
        while True:
            broken = yield from _pool_run(queue, workers, lexicon, limits, suspects)
            if not broken:
                break
            for path in suspects:
                yield _tagged(_alone(path, None, limits), lexicon)
            suspects.clear()
    finally:
        _MATCHERS.clear()  # made for this ingest: the writer's later steps do not use it
        _FINGERPRINT.clear()
        let_go_of_words()
        if loaded:
            let_go_of_taggers()


def warm_taggers() -> bool:
    """Load the reference parser's two taggers (the list tagger and the note tagger: 220,000 feature names each,
    about 0.3-0.5 s of CPU and 110 MB) and the footnote segmenter (0.07 s) in this process before a pool of workers
    is forked from it: the workers inherit them (copy-on-write) instead of each loading its own on its first
    references or notes, which cost every worker after the first the same CPU again and its own copy of the memory.
    True when this call loaded the taggers (they were not loaded here before); a failure is left to the workers,
    which then load them as before. (One worker alone loads each on first use: a file with no notes never loads the
    segmenter.)"""
    from litmine.citations.footnote_model import default_segmenter
    from litmine.citations.footnote_tagger import load_note_tagger
    from litmine.citations.reference_model import load_reference_tagger

    try:
        default_segmenter()  # kept after the ingest, as it was when warm_up's read of a line loaded it
    except Exception:  # noqa: BLE001 - only a saving: each worker loads it itself on first use
        pass
    if load_reference_tagger.cache_info().currsize or load_note_tagger.cache_info().currsize:
        return False
    try:
        load_reference_tagger()
        load_note_tagger(None)  # as parse_note_reference calls it (lru_cache keys f() and f(None) apart)
    except Exception:  # noqa: BLE001 - only a saving: each worker loads them itself on first use
        pass
    return True


def let_go_of_taggers() -> None:
    """Drop the taggers warm_taggers loaded in this process for an ingest (its workers had them; the writer's
    later steps load them again only if they parse references themselves)."""
    from litmine.citations.footnote_tagger import load_note_tagger
    from litmine.citations.reference_model import load_reference_tagger

    load_reference_tagger.cache_clear()
    load_note_tagger.cache_clear()


# the collector's first threshold while this process ingests (Python's default: 700). A collection of the young
# generation examines every container object made since the last one and still alive, and reading a file makes and
# drops a great many (runs, lines, passages, features), so after every 700 of them it kept examining objects about
# to die anyway. Over the 46 development EXCITE PDFs (2 jobs, all processes) the collector took 0.29-0.39 s of CPU
# in 1,320 collections; with 50,000, 0.07-0.08 s in 97 (most of them the imports before ingest starts; 10,000: 0.13
# s in 140). The same objects are freed, the acyclic ones at once as before; only cyclic garbage waits longer.
INGEST_GC_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector's first threshold raised to INGEST_GC_THRESHOLD (never lowered) for the block; worker
    processes forked inside it inherit it."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], INGEST_GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


_WARM = False


def prepare_fork(context=None, *, pool: bool = False) -> None:
    """Before worker processes are forked: import the readers here, once, so each forked worker inherits them
    (copy-on-write) instead of importing its own (about 0.4 s per worker), and move what this process holds out of
    the garbage collector's sight (gc.freeze), so a worker's collections neither scan nor write to the pages it
    shares with this process. For a pool of workers (`pool`) the patterns the readers compile on first use
    (litmine/patterns.py LazyPattern: the footnotes') are compiled here too, so that the workers share them
    instead of each compiling its own; one worker alone compiles only those its files need. Nothing with another
    start method (spawn, forkserver), whose workers share nothing with this process."""
    ctx = context or multiprocessing.get_context()
    if ctx.get_start_method() != "fork":
        return
    warm_up()
    if pool:
        from litmine.patterns import compile_pending

        compile_pending()
    gc.freeze()


def warm_up() -> None:
    """Import the readers and read a line of text in a new worker before its first file (once per process), so a
    file's time limit never pays for imports and lazily loaded models."""
    global _WARM
    if not _WARM:
        import litmine.citations.extract  # noqa: F401
        import litmine.ingest.pdf  # noqa: F401
        import litmine.ingest.text  # noqa: F401
    # forked workers inherit them: none builds its own, and no file's time limit pays for them. Built after the
    # readers' imports, whose 650 patterns overfill the re module's cache (512): spaCy's suffix and infix patterns,
    # compiled here for the words' tokenizer, are then still there for the matcher's (0.03 s)
    warm_words()
    if _WARM:
        return
    from litmine.ingest.extract import extract_document as read_document

    try:  # the reader itself, not this module's name for it (which a test or plugin may wrap to watch files)
        read_document("warm-up.txt", "Ein Satz über Ærø (2019). A second sentence.".encode())
    except Exception:  # noqa: BLE001 - only a warm-up: the first file says what is wrong
        pass
    _WARM = True


def _start_worker(memory_mb: float | None = None, started=None, parent: int | None = None) -> None:
    """A worker process's start: bound to its writer's life, the readers imported, then its memory capped (the
    imports are not the file's)."""
    global _STARTED
    die_with_parent(parent)
    warm_up()
    _STARTED = started
    limit_memory(memory_mb)


def died(limits: Limits) -> str:
    """Why a file whose worker process died failed (the memory limit named when there is one)."""
    return DIED_OVER_MEMORY.format(mb=limits.memory_mb) if limits.memory_mb else DIED


def stuck_after(limits: Limits) -> float | None:
    """Seconds after a file started in its worker at which it is taken to be stuck in C code, where the time limit
    cannot land (the limit, then a margin for its FileResult to come back); None without a time limit."""
    return limits.file_seconds + max(5.0, 0.1 * limits.file_seconds) if limits.file_seconds else None


class WorkerProcess:
    """One worker process that reads files one at a time within the limits (its memory capped), watched from this
    process: a file still in flight past its time limit and a margin is stuck in a call into C, where the limit's
    signal cannot land, so its worker is killed and the file fails with its line; a worker that dies (out of
    memory) fails only its file. The next file gets a fresh worker.

    Example:
        >>> worker = WorkerProcess(Limits(file_seconds=60))  # doctest: +SKIP
        >>> worker.read("corpus/a.pdf").reason  # doctest: +SKIP
        'took longer than the time limit of 60 s per file and did not stop (...)'
    """

    def __init__(self, limits: Limits, *, context=None):
        self.limits = limits
        self._context = context
        self._pool: ProcessPoolExecutor | None = None
        self._started = None
        self._future: Future | None = None
        self._path = ""

    def read(self, path: str, lexicon: Sequence[Concept] | None = None, *, data: bytes | None = None) -> FileResult:
        """Extract one file in the worker (and tag it there, given a lexicon); never raises for the file's sake (its
        failure is the FileResult's): start() then finish()."""
        self.start(path, lexicon, data=data)
        return self.finish()

    def start(self, path: str, lexicon: Sequence[Concept] | None = None, *, data: bytes | None = None) -> None:
        """Hand one file to the worker (after finish() gave the previous one's result); finish() gives its result.
        A worker that died since its last file (killed) is replaced."""
        self._path = path
        try:
            self._future = self._submit(path, lexicon, data)
        except BrokenProcessPool:
            self.close(kill=True)
            self._future = self._submit(path, lexicon, data)

    def _submit(self, path: str, lexicon: Sequence[Concept] | None, data: bytes | None) -> Future:
        if self._pool is None:
            ctx = self._context or multiprocessing.get_context()
            prepare_fork(ctx)
            build_matcher(lexicon)  # inherited by the worker, which tags with it
            self._started = ctx.Value("d", 0.0, lock=False)
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_start_worker,
                                             initargs=(self.limits.memory_mb, self._started, os.getpid()))
        self._started.value = 0.0
        return self._pool.submit(extract_file, path, lexicon, data=data, limits=self.limits)

    def finish(self) -> FileResult:
        """The result of the file start() handed over, once the worker has read it, or the line saying why it
        failed: stuck past its time limit (the worker is then killed), or its worker died."""
        fut, path = self._future, self._path
        limit = stuck_after(self.limits)
        try:
            while True:
                try:
                    return fut.result(timeout=None if limit is None else 0.5)
                except FutureTimeout:
                    started = self._started.value
                    if started and time.time() - started > limit:
                        self.close(kill=True)
                        return FileResult(path, reason=STUCK.format(s=self.limits.file_seconds))
        except BrokenProcessPool:
            self.close(kill=True)
            return FileResult(path, reason=died(self.limits))

    def close(self, *, kill: bool = False) -> None:
        """Stop the worker (killed at once with kill: stuck or broken); a later read starts a fresh one."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kill:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
        pool.shutdown(wait=not kill, cancel_futures=True)


def _watchdog_seconds(limits: Limits, ahead: int = 0, workers: int = 1) -> float | None:
    """How long a file may stay in flight in a pool before its worker is taken to be stuck in C, where the time
    limit's signal cannot land: its own limit, one limit for each round of the `ahead` files sent before it
    that are still in flight (shared by `workers`; at least two rounds) and a margin."""
    if not limits.file_seconds:
        return None
    return (max(2, -(-ahead // workers)) + 1) * limits.file_seconds + 30


# files in flight per worker: two, and up to READ_AHEAD while the files in flight are small (READ_AHEAD_BYTES of
# them in all), so a worker has its next small file at hand while the writer tags and stores a large one (with two
# per worker, 89-130 of the 300 files of a scale corpus were started by a worker that had been waiting for one)
READ_AHEAD = 6
READ_AHEAD_BYTES = 16 * 2**20


def _pool_run(queue: Iterator[str], workers: int, lexicon, limits: Limits, suspects: list[str]):
    """Read files from queue in a process pool; True when the pool broke (its in-flight files then in suspects)."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                               initargs=(limits.memory_mb, None, os.getpid()))
    pending: dict[Future, tuple[str, float, int]] = {}  # path, when it counts as stuck (watchdog), size
    watchdog = bool(limits.file_seconds)  # each file's own watchdog is set as it goes out (submit)

    def submit() -> bool:
        nxt = next(queue, None)
        if nxt is None:
            return False
        try:
            stuck = time.monotonic() + (_watchdog_seconds(limits, len(pending), workers) or 0)
            pending[pool.submit(extract_file, nxt, None, limits=limits)] = (nxt, stuck, _size(nxt))
        except BrokenProcessPool:  # a worker died after the last result came back: the file is read alone
            suspects.append(nxt)
            return False
        return True

    def fill() -> None:
        """Files sent until two per worker are in flight, or up to READ_AHEAD per worker while they are small."""
        while len(pending) < 2 * workers or len(pending) < READ_AHEAD * workers and \
                sum(size for *_, size in pending.values()) < READ_AHEAD_BYTES:
            if not submit():
                return

    try:
        for _ in range(2 * workers):
            submit()
        build_matcher(lexicon)  # here, while the workers read their first files
        while pending:
            done, _ = wait(set(pending), timeout=5 if watchdog else None, return_when=FIRST_COMPLETED)
            for fut in done:
                path, *_ = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    suspects.append(path)
                    continue
                fill()  # the next files go out before this one is tagged and stored, so no worker waits on that
                yield _tagged(result, lexicon)
            if suspects or (watchdog and any(time.monotonic() > stuck for _, stuck, _ in pending.values())):
                suspects.extend(path for path, *_ in pending.values())
                return True
        return False
    finally:
        if suspects:
            for proc in list(getattr(pool, "_processes", {}).values()):  # stop the stuck or broken workers
                proc.kill()
        pool.shutdown(wait=not suspects, cancel_futures=True)


def _alone(path: str, lexicon, limits: Limits) -> FileResult:
    """Read one file in a process of its own, stopped when it outlives the watchdog; its failure names why."""
    pool = ProcessPoolExecutor(max_workers=1, initializer=_start_worker, initargs=(limits.memory_mb, None, os.getpid()))
    fut = pool.submit(extract_file, path, lexicon, limits=limits)
    try:
        return fut.result(timeout=_watchdog_seconds(limits))
    except BrokenProcessPool:
        return FileResult(path, reason=died(limits))
    except FutureTimeout:
        return FileResult(path, reason=STUCK.format(s=limits.file_seconds))
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
