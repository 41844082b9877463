"""What kind of thing a path is, for the one-line reason a corpus walk or a sidecar read gives when it is not a
regular file (shared by ingest/corpus.py and ingest/sidecars.py, so neither imports the other)."""

from __future__ import annotations

import stat

_FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def not_regular_reason(mode: int) -> str:
    """Why a path that is not a regular file is not read (reading a FIFO or device would block or never end).

    Example:
        >>> not_regular_reason(stat.S_IFIFO | 0o644)
        'not a regular file (a FIFO (named pipe)): skipped'
    """
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
    return f"not a regular file ({kind}): skipped"
