"""Errors litmine raises; every message names the file (when there is one) and the reason."""

from __future__ import annotations

from pathlib import Path


class LitmineError(Exception):
    """Base error: a one-line reason a person can act on."""


class InputError(LitmineError):
    """A file that cannot be read as a document: corrupt, encrypted, empty, binary..."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class StoreError(LitmineError):
    """The store cannot be opened or written."""


class MetadataError(LitmineError):
    """A sidecar metadata file (BibTeX, RIS, CSV) cannot be read."""


# Exit codes of the command line (documented in README "Exit codes"); 1 is "some files failed", 2 any other error.
EXIT_FILES_FAILED = 1
EXIT_ERROR = 2
EXIT_STORE_BUSY = 3
EXIT_STORE_UNWRITABLE = 4
EXIT_STORE_DAMAGED = 5
EXIT_DISK_FULL = 6
EXIT_BAD_LEXICON = 7
EXIT_BAD_SIDECAR = 8

LitmineError.exit_code = EXIT_ERROR


class StoreBusyError(StoreError):
    """Another litmine process is writing the store and did not finish within the wait."""

    exit_code = EXIT_STORE_BUSY


class UnwritableError(LitmineError):
    """A file or folder litmine must write cannot be written: permissions, a read-only file system."""

    exit_code = EXIT_STORE_UNWRITABLE


class StoreUnwritableError(StoreError, UnwritableError):
    """The store (or its folder) cannot be created or written."""

    exit_code = EXIT_STORE_UNWRITABLE


class StoreDamagedError(StoreError):
    """The store fails SQLite's integrity check (damaged pages); nothing is written into it."""

    exit_code = EXIT_STORE_DAMAGED


class DiskFullError(LitmineError):
    """No space left on the device holding the store or the outputs."""

    exit_code = EXIT_DISK_FULL


class LexiconError(LitmineError):
    """A concept lexicon file that cannot be read: not UTF-8 text, not YAML, or not the lexicon's schema."""

    exit_code = EXIT_BAD_LEXICON


MetadataError.exit_code = EXIT_BAD_SIDECAR


def classify_error(exc: BaseException, where: str | None = None) -> LitmineError | None:
    """The LitmineError an OSError or sqlite3 error stands for (disk full, store busy, unwritable, damaged), with a
    one-line message naming `where`; None for an error that is none of these.

    Example:
        >>> import errno
        >>> type(classify_error(OSError(errno.ENOSPC, "No space left on device"), "out/a.csv")).__name__
        'DiskFullError'
    """
    import errno
    import sqlite3

    prefix = f"{where}: " if where else ""
    if isinstance(exc, LitmineError):
        return exc
    if isinstance(exc, OSError):
        name = f"{exc.filename}: " if exc.filename else prefix
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(f"{name}disk full (no space left on the device)")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return UnwritableError(f"{name}cannot be written ({exc.strerror or exc})")
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return StoreBusyError(f"{prefix}the store is busy: another litmine process is writing it (try again when "
                                  "it has finished)")
        if "full" in text:
            return DiskFullError(f"{prefix}disk full (the store cannot grow: {exc})")
        if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
            return StoreUnwritableError(f"{prefix}the store cannot be written ({exc})")
        if "malformed" in text or "corrupt" in text:
            return StoreDamagedError(f"{prefix}the store is damaged ({exc}); restore a backup, or delete it and "
                                     "ingest again")
        if "not a database" in text:
            return StoreError(f"{prefix}not a litmine store ({exc})")
    return None


def write_error(path: object, exc: OSError) -> LitmineError:
    """The one-line error for an output that could not be written: disk full (its own exit code) or the reason.

    Example:
        >>> import errno
        >>> str(write_error("out/a.csv", OSError(errno.ENOSPC, "No space left on device")))
        'out/a.csv: disk full (no space left on the device)'
    """
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"{path}: disk full (no space left on the device)")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UnwritableError(f"{path}: cannot be written ({exc.strerror or exc})")
    return LitmineError(f"{path}: cannot be written ({exc.strerror or exc})")
