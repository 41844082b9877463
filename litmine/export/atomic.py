"""Outputs written whole or not at all: each goes to a temporary file in its own folder and is moved into place
(os.replace, atomic on one file system), so a kill, a full disk or an error never leaves a truncated output where a
finished one was; a later run finds the old file or the new one, and the run state's size and hash show which."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from litmine.faults import checkpoint


def _temp_for(path: Path) -> Path:
    # one fixed hidden name per output: a run killed mid-write leaves at most one stray file, which the next
    # write of the same output takes over
    return path.with_name(f".{path.name}.litmine-tmp")


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to; moved onto `path` when the block ends without an error, removed
    otherwise.

    Example:
        >>> with atomic_path("out/graph.png") as tmp:  # doctest: +SKIP
        ...     fig.savefig(tmp, format="png")
    """
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_for(final)
    try:
        yield tmp
        checkpoint("output")
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def open_atomic(path: str | Path, mode: str = "w", *, encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """open() for writing, through a temporary file moved into place when the block ends without an error.

    Example:
        >>> with open_atomic("out/rows.csv", newline="") as fh:  # doctest: +SKIP
        ...     fh.write("a,b\\n")
    """
    with atomic_path(path) as tmp:
        binary = "b" in mode
        with open(tmp, mode, encoding=None if binary else encoding, newline=None if binary else newline) as fh:
            yield fh


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write text (UTF-8) to path through a temporary file. Returns the path."""
    with open_atomic(path) as fh:
        fh.write(text)
    return Path(path)


def file_digest(path: str | Path) -> tuple[int, str]:
    """A file's size and SHA-256 (hex), read in blocks. OSError when it cannot be read."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
            size += len(block)
    return size, h.hexdigest()
