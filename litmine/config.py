"""Workspace paths and defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = Path("outputs") / "litmine.db"
DEFAULT_OUT = Path("outputs")
DEFAULT_MODELS = Path("models")

DOCUMENT_SUFFIXES = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html",
                     ".htm": "html", ".xhtml": "html"}
METADATA_SUFFIXES = {".bib": "bibtex", ".ris": "ris", ".csv": "csv"}


def default_db() -> Path:
    """The store path: $LITMINE_DB if set, else outputs/litmine.db."""
    env = os.environ.get("LITMINE_DB")
    return Path(env) if env else DEFAULT_DB


def default_jobs() -> int:
    """Worker processes for extraction: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Limits:
    """What one corpus file may cost, so that no file stops or swamps an ingest (each a user can change).

    file_seconds: a worker's time limit per file; past it the file fails with its line and the run goes on
        (0: no limit). Environment: LITMINE_FILE_SECONDS; `litmine ingest --time-limit`.
    text_mb: the largest .txt/.md file read, in MB; a larger one is refused with its line before it is read
        (a text that size is a corpus dump, not a document). Environment: LITMINE_TEXT_MB; `--max-text-mb`.
    passage_chars: a passage longer than this is split at sentence boundaries, with a note on its document.
        Environment: LITMINE_PASSAGE_CHARS.
    memory_mb: the memory one worker process may take, in MB (its data segment: RLIMIT_DATA where the system has
        it, else its address space); a file that needs more fails with its line and the run goes on (0: no limit).
        Environment: LITMINE_WORKER_MB; `--max-memory-mb`.
    """

    file_seconds: float = 300.0
    text_mb: float = 32.0
    passage_chars: int = 10_000
    memory_mb: float = 2048.0

    @classmethod
    def from_env(cls, **overrides: float | int | None) -> Limits:
        """The defaults, overridden by the LITMINE_* environment variables, then by the non-None overrides."""
        values: dict[str, float | int] = {}
        for name, var, kind in (("file_seconds", "LITMINE_FILE_SECONDS", float), ("text_mb", "LITMINE_TEXT_MB", float),
                                ("passage_chars", "LITMINE_PASSAGE_CHARS", int),
                                ("memory_mb", "LITMINE_WORKER_MB", float)):
            if os.environ.get(var):
                try:
                    values[name] = kind(os.environ[var])
                except ValueError:
                    from litmine.errors import LitmineError

                    raise LitmineError(f"{var}={os.environ[var]!r}: not a number") from None
            if overrides.get(name) is not None:
                values[name] = kind(overrides[name])
        return cls(**values)
