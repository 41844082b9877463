"""The store's concept tables: the lexicon used, mentions, acronym definitions, per-document tagging state, the
candidates the matcher rejected as another sense, and the researcher's vetoes.

Vetoes are applied here, where mentions are read (iter_mentions, mention_rows), and nowhere else: every analysis
reads mentions through these two methods, so a veto holds for all of them on the next run without re-tagging.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from litmine.models import Concept, Mention, Passage, page_at
from litmine.store.passages import row_breaks, rows_by_ids


def _mention_dicts(cursor) -> list[dict]:
    """mention_rows's rows of the cursor's plain tuples (row_factory None): a dict of the columns but breaks, in
    their order, its page the page at the mention's offset in its passage (breaks, m014); made by zip (a
    sqlite3.Row made into a dict costs more)."""
    names = [d[0] for d in cursor.description]
    at = names.index("breaks")
    keys = names[:at] + names[at + 1:]
    page, start = keys.index("page"), keys.index("start")
    rows = []
    for t in cursor:
        values = t[:at] + t[at + 1:]
        breaks = t[at]
        if breaks and breaks != "[]":
            values = list(values)
            values[page] = page_at(Passage(0, "", "", page=values[page], breaks=row_breaks({"breaks": breaks})),
                                   values[start])
        rows.append(dict(zip(keys, values)))
    return rows


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _form_key(form: str) -> str:
    """A form as vetoes compare it: casefolded, runs of whitespace (a line break inside a phrase) as one space."""
    return " ".join(form.casefold().split())


class _VetoFilter:
    """Decides whether a mention is vetoed: by concept + casefolded form, or by its stable id's parts (document id
    prefix, passage index, concept, and an offset inside the mention, so a veto survives a re-tagging that widens
    or narrows the span)."""

    def __init__(self, rows: Iterable) -> None:
        self.forms: set[tuple[str, str]] = set()
        self.mentions: dict[tuple[int, str], list[tuple[str, int]]] = {}
        for r in rows:
            if r["kind"] == "form":
                self.forms.add((r["concept"], r["form"]))
            else:
                key = (r["passage_idx"], r["concept"])
                self.mentions.setdefault(key, []).append((r["doc_prefix"], r["start_char"]))

    def __bool__(self) -> bool:
        return bool(self.forms or self.mentions)

    def vetoed(self, concept: str, surface: str, doc_id: str, passage_index: int, start: int, end: int) -> bool:
        if self.forms and (concept, _form_key(surface)) in self.forms:
            return True
        for prefix, offset in self.mentions.get((passage_index, concept), ()):
            if doc_id.startswith(prefix) and start <= offset < max(end, start + 1):
                return True
        return False


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
                         *, lexicon: str, words: int, rejections: Iterable = ()) -> None:
        """Replace one document's mentions (all but glossary ones), acronym definitions and rejected candidates
        (litmine.models.Rejection, passage_index = the passage's index) in one transaction.

        definitions are (acronym, concept id or None for one outside the lexicon, passage id).
        """
        with self._tx():
            self.db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
            self.db.execute("DELETE FROM acronyms WHERE doc_id = ?", (doc_id,))
            self.db.execute("DELETE FROM concept_rejections WHERE doc_id = ?", (doc_id,))
            self._store_tags(doc_id, mentions, definitions, lexicon=lexicon, words=words)
            self._insert_rejections(doc_id, rejections)

    def _write_tags(self, doc_id: str, tags) -> None:
        """A freshly written document's tags (litmine.ingest.workers.Tags: mentions and definitions located by
        passage index), inside the caller's transaction."""
        ids = {idx: pid for pid, idx in self.db.execute("SELECT id, idx FROM passages WHERE doc_id = ?", (doc_id,))}
        for m in tags.mentions:
            m.passage_id = ids.get(m.passage_index)
        self._store_tags(doc_id, [m for m in tags.mentions if m.passage_id is not None],
                         [(a, c, ids.get(i)) for a, c, i in tags.definitions], lexicon=tags.lexicon, words=tags.words)
        self._insert_rejections(doc_id, getattr(tags, "rejections", ()), ids)

    def _insert_rejections(self, doc_id: str, rejections: Iterable, ids: dict[int, int] | None = None) -> None:
        """Store rejected candidates; ids maps passage index -> passage id (read from the store when not given)."""
        rejections = list(rejections)
        if not rejections:
            return
        if ids is None:
            ids = {idx: pid for pid, idx in self.db.execute("SELECT id, idx FROM passages WHERE doc_id = ?",
                                                             (doc_id,))}
        self.db.executemany(
            "INSERT INTO concept_rejections (doc_id, passage_id, concept, start_char, end_char, surface, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, ids[r.passage_index], r.concept, r.start, r.end, r.surface, r.reason)
             for r in rejections if r.passage_index in ids])

    # ---------------------------------------------------------------- vetoes
    def add_veto(self, concept: str, *, form: str | None = None, mention: tuple[str, int, int] | None = None,
                 origin: str = "cli", line: int | None = None) -> bool:
        """Veto a form of a concept (any case) or one mention given as (document id prefix, passage index, offset).
        Returns False when the same veto was already there."""
        if (form is None) == (mention is None):
            raise ValueError("give a form or a mention")
        key = self._veto_key(concept, form, mention)
        with self._tx():
            if self.db.execute("SELECT 1 FROM concept_vetoes WHERE " + key[0], key[1]).fetchone():
                return False
            prefix, idx, start = mention or (None, None, None)
            self.db.execute("INSERT INTO concept_vetoes (kind, concept, form, doc_prefix, passage_idx, start_char, "
                            "origin, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            ("form" if form is not None else "mention", concept,
                             _form_key(form) if form is not None else None, prefix, idx, start, origin, line))
        return True

    def remove_veto(self, concept: str, *, form: str | None = None, mention: tuple[str, int, int] | None = None
                    ) -> list[dict]:
        """Remove a veto given on the command line; returns the matching vetoes that stay because a veto file
        holds them (the caller names their file and line)."""
        where, args = self._veto_key(concept, form, mention)
        with self._tx():
            self.db.execute(f"DELETE FROM concept_vetoes WHERE origin = 'cli' AND {where}", args)  # noqa: S608
        return [dict(r) for r in self.db.execute(f"SELECT * FROM concept_vetoes WHERE {where}", args)]  # noqa: S608

    @staticmethod
    def _veto_key(concept: str, form: str | None, mention: tuple[str, int, int] | None) -> tuple[str, tuple]:
        if form is not None:
            return "kind = 'form' AND concept = ? AND form = ?", (concept, _form_key(form))
        prefix, idx, start = mention
        return ("kind = 'mention' AND concept = ? AND doc_prefix = ? AND passage_idx = ? AND start_char = ?",
                (concept, prefix, idx, start))

    def replace_file_vetoes(self, origin: str, vetoes: Iterable[dict]) -> None:
        """Replace the vetoes read from one veto file (dicts: concept, form or mention, line)."""
        with self._tx():
            self.db.execute("DELETE FROM concept_vetoes WHERE origin = ?", (origin,))
            for v in vetoes:
                self.add_veto(v["concept"], form=v.get("form"), mention=v.get("mention"), origin=origin,
                              line=v.get("line"))

    def drop_file_vetoes(self, keep: str | None = None) -> None:
        """Forget the vetoes of every veto file but keep (a file that was removed no longer vetoes)."""
        with self._tx():
            self.db.execute("DELETE FROM concept_vetoes WHERE origin != 'cli' AND origin != ?", (keep or "",))

    def veto_rows(self) -> list[dict]:
        """Every veto: kind, concept, form, doc_prefix, passage_idx, start_char, origin, line."""
        return [dict(r) for r in self.db.execute("SELECT kind, concept, form, doc_prefix, passage_idx, start_char, "
                                                 "origin, line FROM concept_vetoes ORDER BY kind, concept, id")]

    def _veto_filter(self) -> _VetoFilter:
        return _VetoFilter(self.db.execute("SELECT * FROM concept_vetoes"))

    def rejection_rows(self) -> list[dict]:
        """Rejected candidates: concept, doc_id, passage_id, passage_index, start, end, surface, reason."""
        return [dict(r) for r in self.db.execute(
            "SELECT r.concept, r.doc_id, r.passage_id, p.idx AS passage_index, r.start_char AS start, "
            "r.end_char AS end, r.surface, r.reason FROM concept_rejections r JOIN passages p ON p.id = r.passage_id "
            "ORDER BY r.concept, r.doc_id, p.idx, r.start_char")]

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

    def count_glossary_mentions(self) -> int:
        """How many stored mentions came from the corpus glossary (acronyms defined in another document)."""
        return self.db.execute("SELECT count(*) FROM mentions WHERE via = 'glossary'").fetchone()[0]

    def acronym_definitions(self) -> list[tuple[str, str, str]]:
        """Every (doc id, acronym, concept id) a document defines."""
        return [(r[0], r[1], r[2]) for r in self.db.execute("SELECT doc_id, acronym, concept FROM acronyms")]

    def iter_mentions(self, *, doc_id: str | None = None, concept: str | None = None,
                      source: str | None = None, vetoed: bool = False) -> Iterator[Mention]:
        """Stored mentions, in document and passage order, less those the researcher vetoed (unless vetoed)."""
        sql = ("SELECT m.*, p.idx AS passage_index FROM mentions m JOIN passages p ON p.id = m.passage_id")
        where, args = [], []
        for column, value in (("m.doc_id", doc_id), ("m.concept", concept), ("m.source", source)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if where:
            sql += " WHERE " + " AND ".join(where)
        vetoes = None if vetoed else self._veto_filter()
        for r in self.db.execute(sql + " ORDER BY m.doc_id, p.idx, m.start_char", args):
            if vetoes and vetoes.vetoed(r["concept"], r["surface"], r["doc_id"], r["passage_index"], r["start_char"],
                                        r["end_char"]):
                continue
            yield Mention(concept=r["concept"], start=r["start_char"], end=r["end_char"], surface=r["surface"],
                          source=r["source"], via=r["via"], sentence=r["sentence"], passage_id=r["passage_id"],
                          passage_index=r["passage_index"], doc_id=r["doc_id"])

    def mention_rows(self, *, source: str | None = "text", vetoed: bool = False) -> list[dict]:
        """Mentions joined with what analyses need: concept, doc_id, passage_id, passage_index, sentence, page (the
        physical page the mention is printed on: past a page break in its passage, the next page), year, via,
        surface, start, end (source "text" by default; None for all), less those the researcher vetoed (unless
        vetoed)."""
        rows, kept = self._read_once(("mentions", source, vetoed), lambda: self._read_mention_rows(source, vetoed))
        return [dict(r) for r in rows] if kept else rows  # kept (Store.reads_once): a copy for each caller

    def _read_mention_rows(self, source: str | None, vetoed: bool) -> list[dict]:
        """mention_rows read from the store; those less the vetoed made from the rows with them (inside reads_once
        read once for both: the concept evidence reads both, the analyses the first; about 0.1 s of CPU a read of the
        1,000-document scale store's mentions, development)."""
        if not vetoed:
            rows, _ = self._read_once(("mentions", source, True), lambda: self._read_mention_rows(source, True))
            vetoes = self._veto_filter()
            return [r for r in rows if not vetoes.vetoed(r["concept"], r["surface"], r["doc_id"], r["passage_index"],
                                                         r["start"], r["end"])] if vetoes else rows
        sql = ("SELECT m.concept, m.doc_id, m.passage_id, p.idx AS passage_index, m.sentence, p.page, p.breaks, "
               "d.year, m.via, m.surface, m.start_char AS start, m.end_char AS end, m.source "
               "FROM mentions m JOIN passages p ON p.id = m.passage_id JOIN documents d ON d.id = m.doc_id")
        args: tuple = ()
        if source is not None:
            sql += " WHERE m.source = ?"
            args = (source,)
        cursor = self.db.cursor()
        cursor.row_factory = None
        return _mention_dicts(cursor.execute(sql + " ORDER BY m.doc_id, p.idx, m.start_char", args))

    def document_words(self) -> dict[str, dict]:
        """Document id -> {"year", "words", "title", "path"} for every tagged document (words: text passages)."""
        return {r["id"]: {"year": r["year"], "words": r["words"], "title": r["title"], "path": r["path"]}
                for r in self.db.execute("SELECT d.id, d.year, d.title, d.path, t.words FROM documents d "
                                         "JOIN tagging t ON t.doc_id = d.id ORDER BY d.path")}

    def get_passages(self, ids: Iterable[int]) -> dict[int, Passage]:
        """Passages by id (any that do not exist are left out)."""
        out: dict[int, Passage] = {}
        for r in rows_by_ids(self.db, "SELECT * FROM passages WHERE id IN ({marks})", sorted(set(ids))):
            out[r["id"]] = Passage(id=r["id"], doc_id=r["doc_id"], index=r["idx"], kind=r["kind"],
                                   section=r["section"], page=r["page"], language=r["language"],
                                   start=r["start_char"], end=r["end_char"], text=r["text"],
                                   sentences=[tuple(s) for s in json.loads(r["sentences"])],
                                   page_label=r["page_label"], breaks=row_breaks(r))
        return out
