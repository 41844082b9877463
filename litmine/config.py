"""Workspace paths and defaults."""

from __future__ import annotations

import os
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
