"""Commands skip reading the lexicon when the store is already tagged with it.

Every command that reads concept mentions first brings them up to date with the lexicon (`tagged_store`): reading
the YAML, expanding each phrase into its spellings and hashing the result (the lexicon's fingerprint) cost a query
about 0.08 s, though nearly always every document is already tagged with that lexicon. A small JSON file beside the
store remembers the last lexicon's fingerprint and concept ids under a key: a hash of the lexicon files' bytes and of
the code that turns them into a fingerprint (litmine/concepts/lexicon.py, tagging.py, models.py). When the key is
the same, every document's tagging state is that fingerprint, the stored concepts are the lexicon's and the glossary
is current, tagging would change nothing, and the lexicon is not read. A missing, damaged or unwritable cache only
means the lexicon is read as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import litmine

_PACKAGE = Path(litmine.__file__).resolve().parent
# the code a lexicon's fingerprint depends on, besides the lexicon files themselves
_CODE = [_PACKAGE / "concepts" / "lexicon.py", _PACKAGE / "concepts" / "tagging.py", _PACKAGE / "models.py"]
_DEFAULT_LEXICON = _PACKAGE / "concepts" / "data" / "concepts.yaml"


def lexicon_key(extra: Path | None, replace: bool) -> str | None:
    """A hash of what the lexicon's fingerprint is made from; None when a file cannot be read (the lexicon reader
    then names the error).

    Example:
        >>> lexicon_key(None, False) == lexicon_key(None, False) != lexicon_key(_CODE[0], True)
        True
    """
    files = ([] if replace and extra else [_DEFAULT_LEXICON]) + ([Path(extra)] if extra else [])
    digest = hashlib.sha256(f"{litmine.__version__}|{replace}|{len(files)}".encode())
    try:
        for path in [*files, *_CODE]:
            data = path.read_bytes()
            digest.update(len(data).to_bytes(8, "little") + data)
    except OSError:
        return None
    return digest.hexdigest()


def cache_file(store_path: str | os.PathLike | None) -> Path | None:
    """Where a store's lexicon cache lives: beside it, named after it; None for an in-memory store.

    Example:
        >>> cache_file("outputs/litmine.db").as_posix()
        'outputs/.litmine.db.lexicon.json'
    """
    if not store_path or str(store_path) == ":memory:":
        return None
    p = Path(store_path)
    return p.with_name(f".{p.name}.lexicon.json")


def is_current(store, key: str | None) -> bool:
    """Whether tagging the store with the lexicon of key would change nothing (see the module's docstring)."""
    return current_fingerprint(store, key) is not None


def current_fingerprint(store, key: str | None) -> str | None:
    """The fingerprint of the lexicon of key when tagging the store with it would change nothing, else None."""
    path = cache_file(store.path)
    if key is None or path is None:
        return None
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        fingerprint, ids = entry["fingerprint"], entry["ids"]
        if entry["key"] != key or not isinstance(fingerprint, str):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if store.is_stale("glossary"):
        return None
    state = store.tagging_state()
    if any(state.get(doc_id) != fingerprint for doc_id in store.document_ids()):
        return None
    return fingerprint if [c["id"] for c in store.concept_rows()] == ids else None


def remember(store, key: str | None, fingerprint: str, ids: list[str]) -> None:
    """Record the lexicon of key (its fingerprint and concept ids) beside the store; a failed write is ignored."""
    path = cache_file(store.path)
    if key is None or path is None:
        return
    from litmine.export.atomic import write_text_atomic

    try:
        write_text_atomic(path, json.dumps({"key": key, "fingerprint": fingerprint, "ids": ids}))
    except OSError:
        pass
