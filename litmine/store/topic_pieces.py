"""The store's cache of topic pieces: each text passage's words as the topic preprocessing reads them, before
phrases (topics/preprocess.py), so the spaCy pass over the corpus runs once per passage text, not once per topic run.

A row is keyed by the passage and a hash of everything its pieces depend on (the text, its concept mentions, the
preprocessing version, the stop list, spaCy's version); a row whose key no longer matches is made again and replaced.
Rows go with their passage (ON DELETE CASCADE).
"""

from __future__ import annotations

from collections.abc import Iterable


class TopicPiecesMixin:
    """Reads and writes of the topic_pieces table (mixed into Store, which provides `db` and `_tx`)."""

    def topic_pieces(self) -> dict[int, tuple[str, str]]:
        """passage id -> (key, pieces as JSON) of every cached passage."""
        return {pid: (key, pieces) for pid, key, pieces in self.db.execute(
            "SELECT passage_id, key, pieces FROM topic_pieces")}

    def write_topic_pieces(self, rows: Iterable[tuple[int, str, str]]) -> int:
        """Store (passage id, key, pieces as JSON) rows, replacing a passage's older row; returns how many.

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
