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


def hold_workers(event) -> None:
    """Until `event` (a threading.Event) is set, every Runner of this process runs its tasks here and the topic
    pieces are made here: `litmine run`'s topics child, whose run's other core makes the networks and trends until
    the run sets it (the fits' workers beside them took the 1,000-document run over 1 GB). None: no holding."""
    _HELD[:] = [event] if event is not None else []


def workers_held() -> bool:
    """Whether hold_workers's event is still unset."""
    return bool(_HELD) and not _HELD[0].is_set()


class _Done:
    """A task run here at once, with a Future's result()."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


class _Here:
    """The task this process runs itself during a map, in a thread of its own, so that the map's thread goes on
    handing tasks to the workers; at most one at a time. The BLAS libraries are on one thread already (every map
    runs inside train_topic_fit's limit, which holds for the whole process); OpenMP's limit is a thread's own, so
    the thread sets it too: the same computation as in the map's thread, to the bit."""

    def __init__(self) -> None:
        self.pool = None
        self.future = None

    def __enter__(self) -> _Here:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)

    @property
    def busy(self) -> bool:
        return self.future is not None and not self.future.done()

    def run(self, fn: Callable, *args):
        from concurrent.futures import ThreadPoolExecutor

        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="litmine-fit",
                                           initializer=_limit_openmp)
        self.future = self.pool.submit(fn, *args)
        return self.future


def _limit_openmp() -> None:
    """This thread's OpenMP on one thread (see _Here)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="openmp")


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
        self.ahead.append(self._submit(fn, *args))
        return self.ahead[-1]

    def map(self, fn: Callable, args: Sequence[tuple]) -> list:
        """fn(*a) for each a, in that order: the first tasks to the free workers as they free up, the last ones
        here meanwhile. This process's own task runs in a thread of it (`_Here`) while this thread hands the next
        tasks to the workers the moment one is free, not only when the task here is done (the k search's first
        batch runs its largest k here, and the worker sat idle after each small k until that was done). The
        workers fork while no task runs here (a fork copies only the forking thread), so a worker's first task
        waits for that."""
        from concurrent.futures import FIRST_COMPLETED, wait

        if not self.parallel:
            return [fn(*a) for a in args]
        results: list = [None] * len(args)
        todo, running = deque(range(len(args))), {}
        with _Here() as here:
            while todo or running:
                busy = sum(not f.done() for f in running if f is not here.future)
                while todo and self._free(busy) > 0 and (self.pool is not None or not here.busy):
                    i = todo.popleft()
                    running[self._submit(fn, *args[i])] = i
                    busy += 1
                if todo and not here.busy:
                    i = todo.pop()
                    running[here.run(fn, *args[i])] = i
                wait(list(running), return_when=FIRST_COMPLETED)
                for f in [f for f in running if f.done()]:
                    results[running.pop(f)] = f.result()
        return results

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
