"""Store reads for the analyses that walk the corpus in bulk: document ids, passage keys, raw passage rows, and the
full-text index's highlights (so no module outside litmine/store writes SQL)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from litmine.models import Passage


def row_breaks(r) -> list[tuple[int, int]]:
    """A passages row's page breaks ([(offset, page)], migration m014)."""
    return [(at, page) for at, page in json.loads(r["breaks"])]


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
        wanted = sorted(set(ids))
        out: dict[int, Passage] = {}
        cursor = self.db.cursor()
        cursor.row_factory = None
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for pid, doc_id, idx, kind, section, language in cursor.execute(
                    f"SELECT id, doc_id, idx, kind, section, language FROM passages WHERE id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                out[pid] = Passage(id=pid, doc_id=doc_id, index=idx, kind=kind, text="", section=section,
                                   language=language)
        return out

    def highlight_matches(self, match: str, passage_ids: Sequence[int], *, open_mark: str,
                          close_mark: str) -> Iterator[tuple[int, str]]:
        """(passage id, its text with each term of the FTS5 query `match` between the marks) for the given passages
        that match; `match` is already folded as the index is (store.fts.fold_for_index)."""
        self.index_ready()
        for i in range(0, len(passage_ids), 500):
            chunk = list(passage_ids[i:i + 500])
            yield from self.db.execute(
                f"SELECT rowid, highlight(passages_fts, 0, ?, ?) FROM passages_fts WHERE passages_fts MATCH ? "
                f"AND rowid IN ({','.join('?' * len(chunk))})", (open_mark, close_mark, match, *chunk))
