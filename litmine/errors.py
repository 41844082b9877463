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
