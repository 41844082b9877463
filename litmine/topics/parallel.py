"""The independent model fits of a k search (each k, each stability refit, the final model) in worker processes.

The workers are forked once everything they read is in SHARED (the units' counts, the vocabulary, the options, the
held-out texts), so they share those pages with the training process instead of receiving copies; a task is a
top-level function and a few small arguments, its result comes back pickled. Each fit is the same computation on
the same arrays with BLAS on one thread as it would be in the training process, so its result is the same to the
bit, and results are taken in the order asked: the choice of k and every file are those of a training in one
process. One job (or a small corpus) runs each task here, in order.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence

SHARED: dict = {}  # what the tasks read; set before the workers fork (Runner.share)


class _Done:
    """A task run here at once, with a Future's result()."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


def _limit_threads() -> None:
    """A worker's BLAS on one thread, as training's own (train._one_thread)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


class Runner:
    """Runs tasks (a top-level function of a few small arguments that reads SHARED) in `jobs` worker processes
    forked at the first task, or here when jobs <= 1 or the platform cannot fork.

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
        self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_limit_threads)

    def submit(self, fn: Callable, *args):
        """The task's Future (run here at once with one job)."""
        if not self.parallel:
            return _Done(fn(*args))
        if self.pool is None:
            self._start()
        return self.pool.submit(fn, *args)

    def speculate(self, fn: Callable, *args):
        """A task started in a worker ahead of knowing whether it is needed; None with one job (nothing is done)."""
        if not self.parallel:
            return None
        self.ahead.append(self.submit(fn, *args))
        return self.ahead[-1]

    def map(self, fn: Callable, args: Sequence[tuple]) -> list:
        """fn(*a) for each a, in that order."""
        futures = [self.submit(fn, *a) for a in args]
        return [f.result() for f in futures]

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
