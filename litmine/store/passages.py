"""Store reads for the analyses that walk the corpus in bulk: document ids, passage keys, raw passage rows, and the
full-text index's highlights (so no module outside litmine/store writes SQL)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from litmine.models import Passage


def row_breaks(r) -> list[tuple[int, int]]:
    """A passages row's page breaks ([(offset, page)], migration m014)."""
    return [(at, page) for at, page in json.loads(r["breaks"])]


def rows_by_ids(db, sql: str, ids: Sequence, args: Sequence = ()) -> Iterator:
    """The rows of `sql` for the given ids, asked 500 at a time (SQLite's limit on bound variables): `{marks}` in sql
    stands for the chunk's placeholders, bound after `args`. db is a connection or a cursor.

    Example:
        >>> import sqlite3
        >>> db = sqlite3.connect(":memory:")
        >>> _ = db.execute("CREATE TABLE t (id INTEGER)")
        >>> _ = db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1200)])
        >>> len(list(rows_by_ids(db, "SELECT id FROM t WHERE id IN ({marks})", list(range(0, 1200, 2)))))
        600
    """
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        yield from db.execute(sql.format(marks=",".join("?" * len(chunk))), (*args, *chunk))


class PassagesMixin:
    """Bulk reads of documents and passages (mixed into Store, which provides `db`)."""

    def document_ids(self) -> list[str]:
        """Every document's id, in the order of their paths."""
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY path")]

    def passage_keys(self) -> dict[tuple[str, int], int]:
        """(document id, passage index) -> passage id, for every passage."""
        return {(doc_id, idx): pid for pid, doc_id, idx in self.db.execute("SELECT id, doc_id, idx FROM passages")}

    def iter_passage_texts(self) -> Iterator[tuple[int, str, int, str, str | None, str]]:
        """(id, document id, index, kind, language, text) of every passage, by document and index: a light read
        for analyses over the whole corpus (no Passage objects)."""
        yield from self.db.execute("SELECT id, doc_id, idx, kind, language, text FROM passages ORDER BY doc_id, idx")

    def passage_heads(self, ids: Iterable[int]) -> dict[int, Passage]:
        """Passages by id as far as a query filters and orders them (id, document, index, kind, section, language;
        no text, sentences or breaks, which get_passages decodes for every passage); any that do not exist are left
        out."""
        cursor = self.db.cursor()
        cursor.row_factory = None
        return {pid: Passage(id=pid, doc_id=doc_id, index=idx, kind=kind, text="", section=section, language=language)
                for pid, doc_id, idx, kind, section, language in rows_by_ids(
                    cursor, "SELECT id, doc_id, idx, kind, section, language FROM passages WHERE id IN ({marks})",
                    sorted(set(ids)))}

    def highlight_matches(self, match: str, passage_ids: Sequence[int], *, open_mark: str,
                          close_mark: str) -> Iterator[tuple[int, str]]:
        """(passage id, its text with each term of the FTS5 query `match` between the marks) for the given passages
        that match; `match` is already folded as the index is (store.fts.fold_for_index)."""
        self.index_ready()
        yield from rows_by_ids(self.db, "SELECT rowid, highlight(passages_fts, 0, ?, ?) FROM passages_fts WHERE "
                               "passages_fts MATCH ? AND rowid IN ({marks})", passage_ids,
                               (open_mark, close_mark, match))
