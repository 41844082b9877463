"""Fault injection for the reliability tests: a named point where a test can have this process killed.

`LITMINE_KILL_AT=NAME:N` sends SIGKILL to this process the N-th time it reaches checkpoint NAME (N defaults to 1),
the way an out-of-memory killer or a power cut would stop it. Unset (always, outside the tests), a checkpoint is one
dictionary look-up.
"""

from __future__ import annotations

import os
import signal

_seen: dict[str, int] = {}


def checkpoint(name: str) -> None:
    """Die here if LITMINE_KILL_AT names this point and its count is reached.

    Example:
        >>> checkpoint("committed")  # nothing happens unless LITMINE_KILL_AT=committed
    """
    wanted = os.environ.get("LITMINE_KILL_AT")
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] >= int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)
