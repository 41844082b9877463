"""The independent model fits of a k search (each k, each stability refit, the final model) in worker processes.

The workers are forked once everything they read is in SHARED (the units' counts, the vocabulary, the options, the
held-out texts), so they share those pages with the training process instead of receiving copies; a task is a
top-level function and a few small arguments, its result comes back pickled. With `jobs` processes the training
process is one of them: it runs tasks itself beside jobs - 1 workers (one worker's memory less than a pool of
`jobs` with the training process waiting). Each fit is the same computation on the same arrays with BLAS on one
thread as it would be in the training process, so its result is the same to the bit whoever runs it, and results
are taken in the order asked: the choice of k and every file are those of a training in one process. One job (or a
small corpus) runs each task here, in order; so does every task while the workers are held back (`hold_workers`:
`litmine run`'s topics child, until the run's other core is free).
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Sequence

SHARED: dict = {}  # what the tasks read; set before the workers fork (Runner.share)
_HELD: list = []  # the event hold_workers waits for (none: workers start when needed)
FEED_POLL = 0.05  # seconds between the feeder thread's looks at free workers (see _Feeder)


def hold_workers(event) -> None:
    """Until `event` (a threading.Event) is set, every Runner of this process runs its tasks here and the topic
    pieces are made here: `litmine run`'s topics child, whose run's other core makes the networks and trends until
    the run sets it (the fits' workers beside them took the 1,000-document run over 1 GB). None: no holding."""
    _HELD[:] = [event] if event is not None else []


def workers_held() -> bool:
    """Whether hold_workers's event is still unset."""
    return bool(_HELD) and not _HELD[0].is_set()


class Done:
    """A result made already (a task run here), with a Future's result()."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


class _Feeder:
    """A map's tasks handed to the workers from the front of `todo` whenever one is free (`hand_out`), by the map's
    thread before each task it takes from the back (`take_last`) and, meanwhile, by a thread of its own that looks
    every FEED_POLL seconds or as soon as a worker's task ends. The workers fork only from the map's thread and
    only while no task runs here (a fork copies the forking thread alone): released workers wait for that."""

    def __init__(self, runner: Runner, fn: Callable, args: Sequence[tuple], todo: deque) -> None:
        import threading

        self.runner, self.fn, self.args, self.todo = runner, fn, args, todo
        self.running: dict = {}  # the workers' Futures -> task index
        self.lock = threading.Lock()
        self.here = False  # a task runs in the map's thread
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="litmine-feeder", daemon=True)

    def __enter__(self) -> _Feeder:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()

    def hand_out(self) -> None:
        """Tasks from the front of todo to the free workers (the lock held)."""
        busy = sum(not f.done() for f in self.running)
        while self.todo and self.runner._free(busy) > 0 and (self.runner.pool is not None or not self.here):
            i = self.todo.popleft()
            self.running[self.runner._submit(self.fn, *self.args[i])] = i
            busy += 1

    def take_last(self) -> int | None:
        """The last task left, to run in the map's thread (the free workers given theirs first); None when none."""
        with self.lock:
            self.hand_out()
            if not self.todo:
                return None
            self.here = True
            return self.todo.pop()

    def done_here(self) -> None:
        with self.lock:
            self.here = False

    def _watch(self) -> None:
        from concurrent.futures import FIRST_COMPLETED, wait

        while not self.stop.is_set():
            with self.lock:
                pending = [f for f in self.running if not f.done()] + [f for f in self.runner.ahead if not f.done()]
            if pending:
                wait(pending, timeout=FEED_POLL, return_when=FIRST_COMPLETED)
            else:
                self.stop.wait(FEED_POLL)
            with self.lock:
                if self.here:  # the map's thread hands out the rest itself once its task is done
                    self.hand_out()


def _limit_threads() -> None:
    """A worker's BLAS on one thread, as training's own (train._one_thread)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


class Runner:
    """Runs tasks (a top-level function of a few small arguments that reads SHARED) here and, with jobs > 1, in
    jobs - 1 worker processes forked when a task first finds one free (not while workers are held, see
    hold_workers), or here only when jobs <= 1 or the platform cannot fork.

    Example:
        >>> runner = Runner(1)
        >>> runner.share(base=10)
        >>> runner.map(_add_base, [(1,), (2,)])
        [11, 12]
        >>> runner.close()
    """

    def __init__(self, jobs: int) -> None:
        import multiprocessing

        # the workers must fork to share SHARED: where a platform cannot fork (Windows), every task runs here
        self.jobs = max(1, jobs) if "fork" in multiprocessing.get_all_start_methods() else 1
        self.pool = None
        self.ahead: list = []  # the speculative tasks' Futures

    @property
    def parallel(self) -> bool:
        """Whether tasks may go to workers (now or once they are no longer held)."""
        return self.jobs > 1

    def share(self, **data) -> None:
        """Data the tasks read; only before the first task (the workers fork with it)."""
        if self.pool is not None:
            raise RuntimeError("data shared after the workers started")
        SHARED.update(data)

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        gc.freeze()  # the workers' collections do not touch (and copy) the training process's objects
        self.pool = ProcessPoolExecutor(max_workers=self.jobs - 1, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_limit_threads)

    def _free(self, running: int) -> int:
        """Workers free now, `running` of the map's tasks being in theirs (0 while held or with one job)."""
        if not self.parallel or workers_held():
            return 0
        return self.jobs - 1 - running - sum(not f.done() for f in self.ahead)

    def _submit(self, fn: Callable, *args):
        if self.pool is None:
            self._start()
        return self.pool.submit(fn, *args)

    def speculate(self, fn: Callable, *args):
        """A task started in a worker ahead of knowing whether it is needed; None when no worker is free now, or
        where workers are held (hold_workers: another process's memory beside this one's, so no task runs in a
        worker beside this process's own for more than the map it belongs to); nothing is done then."""
        if _HELD or self._free(0) <= 0:
            return None
        return self.spare(fn, *args)

    def spare(self, fn: Callable, *args):
        """A small task (a fit of the k search's sample, not the model on every unit) started in a worker ahead of
        knowing whether it is needed, also where workers were held, once they are released (a worker that is
        there anyway, running a task as small as its map's): its Future, or None when no worker is free now
        (nothing is done then). Later maps count its worker busy until it is done."""
        if self._free(0) <= 0:
            return None
        self.ahead.append(self._submit(fn, *args))
        return self.ahead[-1]

    def map(self, fn: Callable, args: Sequence[tuple]) -> list:
        """fn(*a) for each a, in that order: the first tasks to the free workers as they free up, the last ones
        here meanwhile. While a task runs here, a thread (`_Feeder`) hands the next tasks to the workers the
        moment one is free, not only when the task here is done (the k search's first batch runs its largest k
        here, and its worker sat idle after each small k until that was done). The tasks themselves run in this
        thread, as before (the same memory: a task in another thread would take a malloc arena of its own)."""
        if not self.parallel:
            return [fn(*a) for a in args]
        results: list = [None] * len(args)
        todo = deque(range(len(args)))
        with _Feeder(self, fn, args, todo) as feeder:
            while (i := feeder.take_last()) is not None:
                try:
                    results[i] = fn(*args[i])
                finally:
                    feeder.done_here()
        for f, i in feeder.running.items():
            results[i] = f.result()
        return results

    def retire(self) -> None:
        """Stop the workers, their memory given back, SHARED kept: a later task forks a new worker. A task still
        running in one is not waited for (its worker exits when it ends) and its result is never taken."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
            self.ahead = [f for f in self.ahead if f.done()]
            gc.unfreeze()

    def close(self) -> None:
        """Stop the workers and forget SHARED; a speculative task still running is not waited for (its worker
        exits when it ends)."""
        if self.pool is not None:
            self.pool.shutdown(wait=all(f.done() for f in self.ahead), cancel_futures=True)
            self.pool = None
            gc.unfreeze()
        SHARED.clear()


def _add_base(n: int) -> int:
    return SHARED["base"] + n
