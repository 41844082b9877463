"""Bounds on a worker process: its memory capped, its life tied to the writer that started it.

Used by litmine/ingest/workers.py when a worker process starts (moved out of it unchanged).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys


def limit_memory(mb: float | None) -> None:
    """Cap this process's memory at `mb` MB (nothing for 0 or None): its data segment (RLIMIT_DATA, which on Linux
    counts every private writable mapping, so not the address space merely reserved by thread arenas or shared
    libraries), else its address space (RLIMIT_AS). An allocation past it fails: Python raises MemoryError (the
    file fails with its line); a C library that cannot go on ends the process (its file fails as a dead worker's)."""
    if not mb:
        return
    try:
        import resource
    except ImportError:  # not POSIX: no limit
        return
    which = getattr(resource, "RLIMIT_DATA", None) or getattr(resource, "RLIMIT_AS", None)
    if which is None:
        return
    _, hard = resource.getrlimit(which)
    cap = int(mb * 2**20)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(which, (cap, hard))
    except (ValueError, OSError):  # a system that refuses: the file is then bounded by the machine only
        pass


def die_with_parent(parent: int | None) -> None:
    """End this worker process when `parent` (the writer that started it) ends, killed included (Linux
    PR_SET_PDEATHSIG): an orphaned worker would go on reading, and hold the terminal's or a caller's pipes open."""
    if parent is None or not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the writer ended before the line above
        os._exit(1)
