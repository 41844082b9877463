"""Topic pieces cached in the store: a passage's concept tokens and runs of words as `topics/preprocess.py` makes
them before phrases (`_pieces`), kept per passage under a key of everything they depend on, so a second topic run
(another k or method, a corpus with a few documents added) tokenizes only the passages it has not seen.

The key is sha256 over the preprocessing's versions (pipeline, stop list, spaCy, its lemma tables), the passage
text's hash and its concept mentions: a new lexicon's mentions, an edited stop list or another spaCy make the
passage's pieces again. Pieces are stored as compact JSON (a concept token is a string, a run a list of strings).
"""

from __future__ import annotations

import hashlib
import json

from litmine.errors import StoreError

WRITE_BATCH = 5000  # rows of pieces written per transaction


class PiecesCache:
    """The cached pieces of one topic-corpus build: which kept passages have them, and the merge of cached and
    newly made pieces in the order the passages were kept.

    Example:
        >>> from litmine.store import Store
        >>> cache = PiecesCache(Store(":memory:"), "v1")
        >>> cache.has(1, "texthash", ((0, 13, "co-production"),))
        False
        >>> len(cache.key("texthash", ((0, 13, "co-production"),)))
        64
    """

    def __init__(self, store, prefix: str) -> None:
        self.store = store
        self.prefix = prefix
        try:
            self.stored = store.topic_pieces()
        except StoreError:
            self.stored = {}
        self.order: list[tuple[int, str, str | None]] = []  # (passage id, key, cached JSON or None), as kept
        self.held: dict[str, str] = {}  # one string per distinct word (see hold_once)

    def key(self, digest: str, mentions: tuple) -> str:
        """The cache key of a passage with this text hash and these (start, end, concept) mentions."""
        data = json.dumps([self.prefix, digest, sorted(list(m) for m in mentions)], ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    def has(self, passage_id: int, digest: str, mentions: tuple) -> bool:
        """Whether the passage's pieces are cached under its current key (recorded either way, in order)."""
        key = self.key(digest, mentions)
        row = self.stored.get(passage_id)
        cached = row[1] if row is not None and row[0] == key else None
        self.order.append((passage_id, key, cached))
        return cached is not None

    def merge(self, made: list[list]) -> list[list]:
        """Every kept passage's pieces in order: cached ones read back, the others taken from `made` (the pieces
        of the passages `has` did not find, in order, their words already held once), which are stored for the
        next run, WRITE_BATCH rows at a time so their JSON is not all held at once. A store that cannot be written
        (read-only, busy) keeps no cache; the pieces are the same."""
        out: list[list] = []
        rows: list[tuple[int, str, str]] = []
        j = 0
        writable = True
        order, self.order, self.stored = self.order, [], {}
        for i, (pid, key, cached) in enumerate(order):
            order[i] = None  # let each cached JSON go once read
            if cached is not None:
                out.append(self.hold_once(json.loads(cached)))
                continue
            pieces, made[j] = made[j], None
            j += 1
            out.append(pieces)
            if writable:
                rows.append((pid, key, json.dumps(pieces, ensure_ascii=False, separators=(",", ":"))))
            if len(rows) >= WRITE_BATCH:
                writable, rows = self._write(rows), []
        if writable:
            self._write(rows)
        return out

    def hold_once(self, pieces: list) -> list:
        """The pieces with each word the one string object kept for it: JSON read back (and pieces sent back by a
        worker) give every occurrence of a word its own string, about 50 bytes a token; this way a corpus of 13
        million tokens holds each distinct word once."""
        get = self.held.setdefault
        return [get(p, p) if isinstance(p, str) else [get(w, w) for w in p] for p in pieces]

    def _write(self, rows: list[tuple[int, str, str]]) -> bool:
        try:
            self.store.write_topic_pieces(rows)
        except StoreError:
            return False
        return True
