"""Topic pieces cached in the store: a passage's concept tokens and runs of words as `topics/preprocess.py` makes
them before phrases (`_pieces`), kept per passage under a key of everything they depend on, so a second topic run
(another k or method, a corpus with a few documents added) tokenizes only the passages it has not seen.

The key is sha256 over the preprocessing's versions (pipeline, stop list, spaCy, its lemma tables, a hash of the
source that makes pieces: preprocess.PIECES_CODE), the passage text's hash and its concept mentions: a new lexicon's
mentions, an edited stop list, edited callout or tokenizer code or another spaCy make the passage's pieces again. Pieces are stored as they are held while the corpus is built: packed into one string
(`pack`), so neither a write nor a read converts them.

Ingest fills the cache too: each worker makes the pieces of the passages it reads as if they held no mention
(`preprocess.ingest_pieces`, under the same key, `piece_key`), and the writer stores those of the passages the
lexicon finds no mention in (98 % or more), so a topic run on a freshly ingested store makes only the others.
"""

from __future__ import annotations

import hashlib
import json
from itertools import islice

from litmine.errors import StoreError

WRITE_BATCH = 5000  # rows of pieces written per transaction
READ_BATCH = 5000  # cached rows of pieces read at a time
FORMAT = "packed-1"  # how a row's pieces are written (part of the key: rows of another format are made again)


def cache_head(prefix: str) -> str:
    """The JSON of [prefix, FORMAT, digest, mentions] up to the digest: a key's fixed head, dumped once per build
    (see piece_key)."""
    return json.dumps([prefix, FORMAT], ensure_ascii=False)[:-1] + ", "


def piece_key(head: str, digest: str, mentions: tuple | list) -> bytes:
    """The cache key of a passage's pieces: sha256 of the JSON of [prefix, FORMAT, digest, sorted mentions] (head:
    `cache_head(prefix)`; digest: the sha256 hex of the passage's text; mentions: its (start, end, concept)
    mentions), the same text as json.dumps gives (ensure_ascii off), its fixed head and a plain hex digest written
    without a call per passage. The topic corpus (PiecesCache) and ingest (which stores the pieces of passages
    without mentions as it reads them: preprocess.ingest_pieces) key a passage alike.

    Example:
        >>> head = cache_head("v1")
        >>> piece_key(head, "ab12", ()).hex() == hashlib.sha256(b'["v1", "packed-1", "ab12", []]').hexdigest()
        True
    """
    text = f'"{digest}"' if digest.isascii() and digest.isalnum() else json.dumps(digest, ensure_ascii=False)
    found = json.dumps(sorted(list(m) for m in mentions), ensure_ascii=False) if mentions else "[]"
    return hashlib.sha256(f"{head}{text}, {found}]".encode()).digest()


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
        try:  # the keys only: the cached pieces are read in batches as merge needs them
            self.stored = store.topic_piece_keys()
        except StoreError:
            self.stored = {}
        # (passage id, key as bytes or None when cached), as kept
        self.order: list[tuple[int, bytes | None]] = []
        self.head = cache_head(prefix)

    def key(self, digest: str, mentions: tuple) -> str:
        """The cache key of a passage with this text hash and these (start, end, concept) mentions."""
        return self._key(digest, mentions).hex()

    def _key(self, digest: str, mentions: tuple) -> bytes:
        return piece_key(self.head, digest, mentions)

    def has(self, passage_id: int, digest: str, mentions: tuple) -> bool:
        """Whether the passage's pieces are cached under its current key (recorded either way, in order)."""
        key = piece_key(self.head, digest, mentions)  # not through _key: one call less per kept passage
        cached = self.stored.get(passage_id) == key
        self.order.append((passage_id, None if cached else key))
        return cached

    def merge(self, made: list[str]) -> list[str]:
        """Every kept passage's pieces in order, packed (`pack`): cached ones read back, the others taken from
        `made` (the packed pieces of the passages `has` did not find, in order), which are stored for the next
        run, WRITE_BATCH rows at a time. A store that cannot be written
        (read-only, busy) keeps no cache; the pieces are the same."""
        out: list[str] = []
        rows: list[tuple[int, str, str]] = []
        j = 0
        writable = True
        order, self.order, self.stored = self.order, [], {}
        batch: dict[int, str] = {}
        for i, (pid, key) in enumerate(order):
            if key is None:  # cached: read with the next READ_BATCH cached passages
                if pid not in batch:
                    batch = self._read_from(order, i)
                out.append(batch.pop(pid))
                continue
            packed, made[j] = made[j], None
            j += 1
            out.append(packed)
            if writable:
                rows.append((pid, key.hex(), packed))
            if len(rows) >= WRITE_BATCH:
                writable, rows = self._write(rows), []
        if writable:
            self._write(rows)
        return out

    def _read_from(self, order: list[tuple[int, bytes | None]], i: int) -> dict[int, str]:
        """The cached (packed) pieces of the next READ_BATCH cached passages of order from i on."""
        ids: list[int] = []
        for pid, key in islice(order, i, None):
            if key is None:
                ids.append(pid)
                if len(ids) >= READ_BATCH:
                    break
        found = self.store.topic_pieces_of(ids)
        if len(found) < len(ids):  # rows deleted since the keys were read: another process changed the store
            raise StoreError(f"topic pieces: {len(ids) - len(found)} cached row(s) were removed while the topic "
                             "corpus was built (another litmine process changed the store?); run the step again")
        return found

    def _write(self, rows: list[tuple[int, str, str]]) -> bool:
        try:
            self.store.write_topic_pieces(rows)
        except StoreError:
            return False
        return True


# A passage's pieces packed into one string while the corpus is built: runs of words (words joined by _WORD) and
# concept tokens (after _CONCEPT), one item after another joined by _ITEM. A list per run and a string per word
# took about 320 MB for the 7.8 million words of the 1,000-document scale corpus; packed, about 90 MB. Words are
# letters and hyphens, and concept ids never hold these control characters.
_ITEM, _WORD, _CONCEPT = "\x1e", "\x1f", "\x1d"


def pack(pieces: list) -> str:
    """One string for a passage's pieces (a concept token is a string, a run a list of words).

    Example:
        >>> unpack(pack([["universal", "credit"], "co-production", ["claimant"]]))
        [['universal', 'credit'], 'co-production', ['claimant']]
    """
    return _ITEM.join(_CONCEPT + p if isinstance(p, str) else _WORD.join(p) for p in pieces)


def unpack(packed: str, held: dict[str, str] | None = None) -> list:
    """The pieces of a packed string; with `held`, each word is the one string object held for it."""
    if not packed:
        return []
    items = packed.split(_ITEM)
    if held is None:
        return [p[1:] if p[:1] == _CONCEPT else p.split(_WORD) for p in items]
    get = held.setdefault
    return [p[1:] if p[:1] == _CONCEPT else [get(w, w) for w in p.split(_WORD)] for p in items]


def run_words(packed: str) -> int:
    """How many words (connectors included) the runs of a packed passage hold."""
    if not packed:
        return 0
    return packed.count(_WORD) + packed.count(_ITEM) + 1 - packed.count(_CONCEPT)
