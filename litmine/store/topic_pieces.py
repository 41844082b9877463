"""The store's cache of topic pieces: each text passage's words as the topic preprocessing reads them, before
phrases (topics/preprocess.py), so the spaCy pass over the corpus runs once per passage text, not once per topic run.

A row is keyed by the passage and a hash of everything its pieces depend on (the text, its concept mentions, the
preprocessing version, the stop list, spaCy's version); a row whose key no longer matches is made again and replaced.
Rows go with their passage (ON DELETE CASCADE). Ingest writes the rows of a new document's passages without
mentions as its worker made them (ingest/workers.py topic_pieces), so the first topic run finds them too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from litmine.store.passages import rows_by_ids


class TopicPiecesMixin:
    """Reads and writes of the topic_pieces table (mixed into Store, which provides `db` and `_tx`)."""

    def topic_piece_keys(self) -> dict[int, bytes]:
        """passage id -> key (the sha256 digest's 32 bytes) of every cached passage, without the pieces."""
        return {pid: bytes.fromhex(key) for pid, key in self.db.execute(
            "SELECT passage_id, key FROM topic_pieces")}

    def topic_pieces_of(self, passage_ids: list[int]) -> dict[int, str]:
        """passage id -> pieces (packed, topics/pieces.py) of those of these passages that are cached (read 500 ids a query).

        Example:
            >>> from litmine.store import Store
            >>> Store(":memory:").topic_pieces_of([1, 2])
            {}
        """
        return dict(rows_by_ids(self.db, "SELECT passage_id, pieces FROM topic_pieces WHERE passage_id IN ({marks})",
                                passage_ids))

    def _write_ingest_pieces(self, doc_id: str, pieces: list[tuple[int, str, str]], skip: Collection[int]) -> None:
        """A freshly written document's topic pieces as ingest made them, (passage index, key, packed pieces),
        but those of the passages indexed in skip (they hold mentions: their pieces differ), inside the caller's
        transaction."""
        self.db.executemany("INSERT OR REPLACE INTO topic_pieces (passage_id, key, pieces) SELECT id, ?, ? FROM "
                            "passages WHERE doc_id = ? AND idx = ?",
                            [(key, packed, doc_id, idx) for idx, key, packed in pieces if idx not in skip])

    def write_topic_pieces(self, rows: Iterable[tuple[int, str, str]]) -> int:
        """Store (passage id, key, packed pieces) rows, replacing a passage's older row; returns how many.

        Example:
            >>> from litmine.store import Store
            >>> Store(":memory:").write_topic_pieces([])
            0
        """
        rows = list(rows)
        if rows:
            with self._tx():
                self.db.executemany("INSERT OR REPLACE INTO topic_pieces (passage_id, key, pieces) VALUES (?, ?, ?)",
                                    rows)
        return len(rows)
