"""The store's concept tables: the lexicon used, mentions, acronym definitions and per-document tagging state."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from litmine.models import Concept, Mention, Passage


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class MentionsMixin:
    """Methods of Store for concept mentions (mixed into Store; uses its connection and transactions)."""

    # ---------------------------------------------------------------- writing
    def save_concepts(self, concepts: list[Concept]) -> None:
        """Record the lexicon the mentions are tagged with (replacing the one before)."""
        with self._tx():
            self.db.execute("DELETE FROM concepts")
            self.db.executemany(
                "INSERT INTO concepts (id, label, grp, patterns, acronyms) VALUES (?, ?, ?, ?, ?)",
                [(c.id, c.label, c.group, json.dumps(c.patterns, ensure_ascii=False), json.dumps(c.acronyms))
                 for c in concepts])

    def replace_mentions(self, doc_id: str, mentions: Iterable[Mention], definitions: Iterable[tuple[str, str, int]],
                         *, lexicon: str, words: int) -> None:
        """Replace one document's mentions (all but glossary ones) and acronym definitions in one transaction.

        definitions are (acronym, concept id or None for one outside the lexicon, passage id).
        """
        with self._tx():
            self.db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
            self.db.execute("DELETE FROM acronyms WHERE doc_id = ?", (doc_id,))
            self._store_tags(doc_id, mentions, definitions, lexicon=lexicon, words=words)

    def _write_tags(self, doc_id: str, tags) -> None:
        """A freshly written document's tags (litmine.ingest.workers.Tags: mentions and definitions located by
        passage index), inside the caller's transaction."""
        ids = {idx: pid for pid, idx in self.db.execute("SELECT id, idx FROM passages WHERE doc_id = ?", (doc_id,))}
        for m in tags.mentions:
            m.passage_id = ids.get(m.passage_index)
        self._store_tags(doc_id, [m for m in tags.mentions if m.passage_id is not None],
                         [(a, c, ids.get(i)) for a, c, i in tags.definitions], lexicon=tags.lexicon, words=tags.words)

    def _store_tags(self, doc_id: str, mentions: Iterable[Mention], definitions: Iterable[tuple[str, str | None, int]],
                    *, lexicon: str, words: int) -> None:
        self._insert_mentions(doc_id, mentions)
        self.db.executemany("INSERT OR REPLACE INTO acronyms (doc_id, acronym, concept, passage_id) "
                            "VALUES (?, ?, ?, ?)", [(doc_id, a, c or "", p) for a, c, p in definitions])
        self.db.execute("INSERT OR REPLACE INTO tagging (doc_id, lexicon, words, tagged_at) VALUES (?, ?, ?, ?)",
                        (doc_id, lexicon, words, _now()))

    def replace_glossary_mentions(self, mentions: Iterable[Mention]) -> None:
        """Replace every mention found through the corpus glossary (acronyms defined in another document)."""
        with self._tx():
            self.db.execute("DELETE FROM mentions WHERE via = 'glossary'")
            for m in mentions:
                self._insert_mentions(m.doc_id, [m])

    def _insert_mentions(self, doc_id: str | None, mentions: Iterable[Mention]) -> None:
        self.db.executemany(
            "INSERT INTO mentions (doc_id, passage_id, concept, start_char, end_char, surface, source, via, sentence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id or m.doc_id, m.passage_id, m.concept, m.start, m.end, m.surface, m.source, m.via, m.sentence)
             for m in mentions])

    # ---------------------------------------------------------------- reading
    def tagging_state(self) -> dict[str, str]:
        """Document id -> fingerprint of the lexicon it was tagged with."""
        return {r[0]: r[1] for r in self.db.execute("SELECT doc_id, lexicon FROM tagging")}

    def concept_rows(self) -> list[dict]:
        """The stored lexicon: id, label, group, patterns, acronyms, in lexicon order."""
        return [{"id": r["id"], "label": r["label"], "group": r["grp"], "patterns": json.loads(r["patterns"]),
                 "acronyms": json.loads(r["acronyms"])}
                for r in self.db.execute("SELECT * FROM concepts ORDER BY rowid")]

    def acronym_definitions(self) -> list[tuple[str, str, str]]:
        """Every (doc id, acronym, concept id) a document defines."""
        return [(r[0], r[1], r[2]) for r in self.db.execute("SELECT doc_id, acronym, concept FROM acronyms")]

    def iter_mentions(self, *, doc_id: str | None = None, concept: str | None = None,
                      source: str | None = None) -> Iterator[Mention]:
        """Stored mentions, in document and passage order."""
        sql = ("SELECT m.*, p.idx AS passage_index FROM mentions m JOIN passages p ON p.id = m.passage_id")
        where, args = [], []
        for column, value in (("m.doc_id", doc_id), ("m.concept", concept), ("m.source", source)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if where:
            sql += " WHERE " + " AND ".join(where)
        for r in self.db.execute(sql + " ORDER BY m.doc_id, p.idx, m.start_char", args):
            yield Mention(concept=r["concept"], start=r["start_char"], end=r["end_char"], surface=r["surface"],
                          source=r["source"], via=r["via"], sentence=r["sentence"], passage_id=r["passage_id"],
                          passage_index=r["passage_index"], doc_id=r["doc_id"])

    def mention_rows(self, *, source: str | None = "text") -> list[dict]:
        """Mentions joined with what analyses need: concept, doc_id, passage_id, passage_index, sentence, page,
        year, via, surface, start, end (source "text" by default; None for all)."""
        sql = ("SELECT m.concept, m.doc_id, m.passage_id, p.idx AS passage_index, m.sentence, p.page, d.year, "
               "m.via, m.surface, m.start_char AS start, m.end_char AS end, m.source "
               "FROM mentions m JOIN passages p ON p.id = m.passage_id JOIN documents d ON d.id = m.doc_id")
        args: tuple = ()
        if source is not None:
            sql += " WHERE m.source = ?"
            args = (source,)
        return [dict(r) for r in self.db.execute(sql + " ORDER BY m.doc_id, p.idx, m.start_char", args)]

    def document_words(self) -> dict[str, dict]:
        """Document id -> {"year", "words", "title", "path"} for every tagged document (words: text passages)."""
        return {r["id"]: {"year": r["year"], "words": r["words"], "title": r["title"], "path": r["path"]}
                for r in self.db.execute("SELECT d.id, d.year, d.title, d.path, t.words FROM documents d "
                                         "JOIN tagging t ON t.doc_id = d.id ORDER BY d.path")}

    def get_passages(self, ids: Iterable[int]) -> dict[int, Passage]:
        """Passages by id (any that do not exist are left out)."""
        wanted = sorted(set(ids))
        out: dict[int, Passage] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            rows = self.db.execute(f"SELECT * FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            for r in rows:
                out[r["id"]] = Passage(id=r["id"], doc_id=r["doc_id"], index=r["idx"], kind=r["kind"],
                                       section=r["section"], page=r["page"], language=r["language"],
                                       start=r["start_char"], end=r["end_char"], text=r["text"],
                                       sentences=[tuple(s) for s in json.loads(r["sentences"])],
                                       page_label=r["page_label"])
        return out
