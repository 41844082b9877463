"""The store: one SQLite file holding documents, files, passages and the FTS5 index over passage text."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from litmine.errors import StoreDamagedError, StoreError, StoreUnwritableError, classify_error
from litmine.models import Citation, Document, Passage, Reference, Work
from litmine.store.fts import DeferredIndexMixin
from litmine.store.mentions import MentionsMixin
from litmine.store.migrations import migrate
from litmine.store.passages import PassagesMixin, row_breaks, rows_by_ids
from litmine.store.topic_pieces import TopicPiecesMixin
from litmine.store.zotero import ZoteroMixin

_DOC_FIELDS = ("title", "authors", "year", "venue", "doi")
LOW_CONFIDENCE = 0.5  # a metadata field whose model probability is below this is flagged for checking


_PASSAGE_COLUMNS = ("doc_id", "idx", "kind", "section", "page", "language", "start_char", "end_char", "text",
                    "sentences", "page_label")
_ROWS_PER_INSERT = 500  # rows per INSERT statement (Store._insert_rows)

# the documents columns other than the text and the document's own metadata
_META_COLUMNS = ("id", "path", "format", "title", "authors", "year", "venue", "doi", "language", "languages", "pages",
                 "meta_sources", "notes", "creators", "venue_info", "kind", "meta_confidence", "page_labels",
                 "text_source")


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def busy_timeout() -> float:
    """Seconds a writer waits for another to finish before saying the store is busy ($LITMINE_BUSY_TIMEOUT, 30)."""
    try:
        return max(0.0, float(os.environ.get("LITMINE_BUSY_TIMEOUT", "30")))
    except ValueError:
        return 30.0


def _store_error(path: str | None, exc: sqlite3.Error) -> StoreError:
    found = classify_error(exc, path)
    return found if isinstance(found, StoreError) else StoreError(f"{path}: not a litmine store ({exc})")


def _stamp_path(path: str) -> Path:
    p = Path(path)
    return p.with_name(f".{p.name}.checked")


def _file_stamp(path: str) -> str:
    """Size, modification time and inode of the store file and its write-ahead log: what changes when anything writes
    into it."""
    parts = []
    for p in (path, path + "-wal"):
        try:
            st = os.stat(p)
            parts.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}")
        except OSError:
            parts.append("-")
    return " ".join(parts)


def _quick_check(db: sqlite3.Connection, path: str) -> None:
    """Refuse a store with damaged pages before anything is written into it (PRAGMA quick_check: linear in the
    store's size, a few ms per MiB: docs/benchmarks.md, reliability; no index cross-checks as integrity_check).

    Skipped when the file is exactly as litmine left it after its last check (the stamp beside the store, written
    at close, matches its size, time and inode): a store killed mid-write, changed by another program or copied is
    checked again; an unchanged one opens at once (the no-change rerun stays fast).
    """
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return
    try:
        if _stamp_path(path).read_text(encoding="ascii") == _file_stamp(path):
            return
    except (OSError, ValueError):
        pass
    rows = [r[0] for r in db.execute("PRAGMA quick_check(3)")]
    if rows != ["ok"]:
        found = " ".join(" ".join(map(str, rows)).split())[:200]
        raise StoreDamagedError(f"{path}: the store is damaged ({found}); restore a backup, or delete it and ingest "
                                "again")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _passage_of_row(r) -> Passage:
    """A Passage of a passages row (SELECT *)."""
    return Passage(id=r["id"], doc_id=r["doc_id"], index=r["idx"], kind=r["kind"], section=r["section"],
                   page=r["page"], language=r["language"], start=r["start_char"], end=r["end_char"],
                   text=r["text"], sentences=[tuple(s) for s in json.loads(r["sentences"])],
                   page_label=r["page_label"], breaks=row_breaks(r))


class Store(MentionsMixin, ZoteroMixin, PassagesMixin, TopicPiecesMixin, DeferredIndexMixin):
    """A litmine store. Pass a path, ":memory:", or an open sqlite3 connection.

    Example:
        >>> store = Store(":memory:")
        >>> store.count_documents()
        0
    """

    def __init__(self, db: str | Path | sqlite3.Connection, *, check: bool = True):
        if isinstance(db, sqlite3.Connection):
            self.db = db
            self.path = None
        else:
            self.path = str(db)
            if self.path != ":memory:":
                try:
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreUnwritableError(f"{self.path}: the store's folder cannot be made "
                                               f"({exc.strerror or exc})") from None
            try:
                self.db = sqlite3.connect(self.path, isolation_level=None, timeout=busy_timeout())
            except sqlite3.Error as exc:
                raise _store_error(self.path, exc) from None
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path and self.path != ":memory:":
                if check:
                    _quick_check(self.db, self.path)
                    self._checked = True
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            migrate(self.db)
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise _store_error(self.path, exc) from None
        except StoreError:
            self.db.close()
            raise

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction: everything inside commits together or not at all. Inside batch() it is a savepoint,
        so one document's failure undoes that document only."""
        if self.db.in_transaction:
            self._savepoints = getattr(self, "_savepoints", 0) + 1
            name = f"sp{self._savepoints}"
            self.db.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
                raise
            self.db.execute(f"RELEASE {name}")
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")  # waits busy_timeout() for another writer
            try:
                yield
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # busy, disk full, read-only: one line naming the store
            found = classify_error(exc, self.path)
            if found is None:
                raise
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise found from None

    @contextmanager
    def reads_once(self) -> Iterator[None]:
        """Inside, the reads `litmine run`'s networks, trends and report sections repeat (mention_rows; iter_documents
        without text, whose metadata columns stand after the documents' text in each row, so that every read walks
        the text's overflow pages: 0.07 s a read at 1,000 documents, development) go to the store once per
        arguments; each call gets objects of its own, made from the rows read. A write through this connection
        makes the next call read again; what other processes write meanwhile is not seen (the run's topics child
        writes topic pieces only, which neither reads). Nested uses share the outer one's rows."""
        if getattr(self, "_read_cache", None) is not None:
            yield
            return
        self._read_cache: dict | None = {}
        try:
            yield
        finally:
            self._read_cache = None

    def _read_once(self, key: tuple, read):
        """read() (a list of rows), or inside reads_once the rows it gave for this key, unless this connection has
        written since; also whether reads_once is on (the caller then copies what it hands out)."""
        cache = getattr(self, "_read_cache", None)
        if cache is None:
            return read(), False
        kept = cache.get(key)
        if kept is None or kept[0] != self.db.total_changes:
            kept = cache[key] = (self.db.total_changes, read())
        return kept[1], True

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes into one transaction (each write inside stays all-or-nothing on its own).

        Example:
            >>> store = Store(":memory:")
            >>> with store.batch():
            ...     store.touch_file("a.txt", size=1, mtime=0.0)
        """
        with self._tx():
            yield

    def close(self) -> None:
        self.db.close()
        if self.path and self.path != ":memory:" and getattr(self, "_checked", False):
            # after the last connection closes, SQLite has folded the log back in: stamp the file as checked
            try:
                _stamp_path(self.path).write_text(_file_stamp(self.path), encoding="ascii")
            except OSError:
                pass  # a read-only folder: the next open checks again

    # ------------------------------------------------------- derived state
    def generation(self) -> int:
        """A counter every change to the documents table moves on (a trigger keeps it, so no writer can forget)."""
        row = self.db.execute("SELECT value FROM store_state WHERE key = 'documents'").fetchone()
        return row[0] if row else 0

    def is_stale(self, step: str) -> bool:
        """Whether a derived step (works, glossary) was last completed before the documents last changed, or never;
        a resume after a kill rebuilds it even when no file changed."""
        row = self.db.execute("SELECT value FROM store_state WHERE key = ?", (f"built:{step}",)).fetchone()
        return row is None or row[0] != self.generation()

    def mark_built(self, step: str) -> None:
        """Record that a derived step is complete for the documents as they are now."""
        with self._tx():
            self.db.execute("INSERT INTO store_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                            "value = excluded.value", (f"built:{step}", self.generation()))

    # ------------------------------------------------------------------ files
    def file_states(self) -> dict[str, sqlite3.Row]:
        """Every known file path with its size, mtime, hash, status and document."""
        return {r["path"]: r for r in self.db.execute("SELECT * FROM files")}

    def document_paths(self) -> dict[str, str]:
        """Document id → the path of a file holding it, for documents that still have an ok file."""
        rows = self.db.execute("SELECT doc_id, path FROM files WHERE status = 'ok' AND doc_id IS NOT NULL")
        return {r["doc_id"]: r["path"] for r in rows}

    def touch_file(self, path: str, *, size: int, mtime: float) -> None:
        """Record a new mtime for a file whose content did not change."""
        with self._tx():
            self.db.execute("UPDATE files SET size = ?, mtime = ?, checked_at = ? WHERE path = ?",
                            (size, mtime, _now(), path))

    def record_file(self, path: str, *, root: str, status: str, doc_id: str | None = None, size: int | None = None,
                    mtime: float | None = None, sha256: str | None = None, error: str | None = None) -> None:
        """Record a file's state. A failed file keeps the document it held before (nothing stored is lost)."""
        with self._tx():
            self._upsert_file(path, root=root, status=status, doc_id=doc_id, size=size, mtime=mtime,
                              sha256=sha256, error=error)
            if status == "failed":
                self.db.execute("UPDATE files SET fail_size = ?, fail_mtime = ? WHERE path = ?", (size, mtime, path))

    def _upsert_file(self, path: str, *, root: str, status: str, doc_id: str | None, size: int | None,
                     mtime: float | None, sha256: str | None, error: str | None) -> None:
        old = self.db.execute("SELECT doc_id, size, mtime, sha256 FROM files WHERE path = ?", (path,)).fetchone()
        if status == "failed" and old is not None:
            # keep the last good version and its fingerprint; fail_size/fail_mtime remember the bad version
            self.db.execute("UPDATE files SET status = ?, error = ?, checked_at = ?, root = ? WHERE path = ?",
                            (status, error, _now(), root, path))
            return
        self.db.execute(
            "INSERT INTO files (path, root, doc_id, size, mtime, sha256, status, error, checked_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET root = excluded.root, "
            "doc_id = excluded.doc_id, size = excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256, "
            "status = excluded.status, error = excluded.error, checked_at = excluded.checked_at, fail_size = NULL, "
            "fail_mtime = NULL",
            (path, root, doc_id, size, mtime, sha256, status, error, _now()))
        if old is not None and old["doc_id"] and old["doc_id"] != doc_id:
            self._drop_orphan(old["doc_id"])

    def _drop_orphan(self, doc_id: str) -> None:
        used = self.db.execute("SELECT 1 FROM files WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone()
        if not used:
            self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def mark_missing(self, paths: list[str]) -> None:
        with self._tx():
            self.db.executemany("UPDATE files SET status = 'missing', error = 'file no longer in the corpus folder', "
                                "checked_at = ? WHERE path = ?", [(_now(), p) for p in paths])

    def prune(self, paths: list[str]) -> int:
        """Remove files (and documents no other file holds) from the store. Returns documents removed."""
        before = self.count_documents()
        with self._tx():
            for p in paths:
                row = self.db.execute("SELECT doc_id FROM files WHERE path = ?", (p,)).fetchone()
                self.db.execute("DELETE FROM files WHERE path = ?", (p,))
                if row and row["doc_id"]:
                    self._drop_orphan(row["doc_id"])
        return before - self.count_documents()

    # -------------------------------------------------------------- documents
    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def write_document(self, doc: Document, *, root: str, size: int, mtime: float,
                       own_meta: dict | None = None, tags=None,
                       pieces: list[tuple[int, str, str]] | None = None) -> None:
        """Store a document with its passages and its file, replacing the file's previous version in one
        transaction; with tags (litmine.ingest.workers.Tags), its concept mentions too; with pieces ((passage
        index, key, packed topic pieces) made as if no passage held a mention: FileResult.pieces), the topic
        pieces of the passages the tags give no mention (store/topic_pieces.py)."""
        with self._tx():
            self.db.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            self.db.execute(
                "INSERT INTO documents (id, path, format, title, authors, year, venue, doi, language, languages, "
                "pages, meta_sources, own_meta, notes, text, ingested_at, creators, venue_info, kind, meta_confidence, "
                "page_labels, text_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.path, doc.format, doc.title, json.dumps(doc.authors, ensure_ascii=False), doc.year,
                 doc.venue, doc.doi, doc.language, json.dumps(doc.languages), doc.pages,
                 json.dumps(doc.meta_sources), json.dumps(own_meta or {}, ensure_ascii=False),
                 json.dumps(doc.notes, ensure_ascii=False), doc.text, _now(),
                 json.dumps(doc.creators, ensure_ascii=False), json.dumps(doc.venue_info, ensure_ascii=False),
                 doc.kind, json.dumps(doc.meta_confidence), json.dumps(doc.page_labels, ensure_ascii=False),
                 doc.text_source))
            self._write_passages(doc)
            self._write_citations(doc)
            if tags is not None:
                self._write_tags(doc.id, tags)
            if pieces:
                self._write_ingest_pieces(doc.id, pieces, {m.passage_index for m in tags.mentions} if tags else ())
            self._upsert_file(doc.path, root=root, status="ok", doc_id=doc.id, size=size, mtime=mtime,
                              sha256=doc.id, error=None)

    def _insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Insert rows in statements of up to _ROWS_PER_INSERT rows each (INSERT ... VALUES (...), (...), ...),
        in order, so the ids are those executemany would give. FTS5 writes the terms it holds out to the index at
        every statement (its savepoint), so with executemany the passages' index trigger wrote each passage apart:
        storing the 48,059 passages of a one-job ingest of 95 documents took 2.0 s CPU that way, 0.9 s so."""
        per = max(1, min(_ROWS_PER_INSERT, self.db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns)))
        one = "(" + ", ".join("?" * len(columns)) + ")"
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        for i in range(0, len(rows), per):
            chunk = rows[i:i + per]
            self.db.execute(head + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])

    def _write_citations(self, doc: Document) -> None:
        if doc.references:  # (no statement without rows: tests write plain documents into stores of older schemas)
            self._write_references(doc)
        self.db.executemany(
            "INSERT INTO citations (doc_id, passage_idx, page, start_char, end_char, surface, authors, et_al, year, "
            "year_suffix, year_text, pages, narrative, style, numbers, grp, sentence, reference_idx, confidence, "
            "unlinked_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc.id, c.passage_index, c.page, c.start, c.end, c.surface, _j(c.authors), int(c.et_al), c.year,
              c.year_suffix, c.year_text, c.pages, int(c.narrative), c.style, _j(c.numbers), c.group, c.sentence,
              c.reference_index, c.confidence, c.unlinked_reason) for c in doc.citations])

    def _write_references(self, doc: Document) -> None:
        self.db.executemany(
            "INSERT INTO reference_entries (doc_id, idx, raw, authors, editors, year, year_suffix, year_text, title, "
            "container, volume, issue, pages, publisher, place, doi, url, type, source, passage_idx, page, repeats) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc.id, r.index, r.raw, _j(r.authors), _j(r.editors), r.year, r.year_suffix, r.year_text, r.title,
              r.container, r.volume, r.issue, r.pages, r.publisher, r.place, r.doi, r.url, r.type, r.source,
              r.passage_index, r.page, r.repeats) for r in doc.references])

    # ------------------------------------------------------------ citations
    def iter_references(self, doc_id: str | None = None) -> Iterator[Reference]:
        sql, args = "SELECT * FROM reference_entries", ()
        if doc_id:
            sql, args = sql + " WHERE doc_id = ?", (doc_id,)
        for r in self.db.execute(sql + " ORDER BY doc_id, idx", args):
            yield Reference(index=r["idx"], raw=r["raw"], authors=json.loads(r["authors"]),
                            editors=json.loads(r["editors"]), year=r["year"], year_suffix=r["year_suffix"],
                            year_text=r["year_text"], title=r["title"], container=r["container"],
                            volume=r["volume"], issue=r["issue"], pages=r["pages"], publisher=r["publisher"],
                            place=r["place"], doi=r["doi"], url=r["url"], type=r["type"], source=r["source"],
                            passage_index=r["passage_idx"], page=r["page"], work_id=r["work_id"],
                            doc_id=r["doc_id"], repeats=r["repeats"])

    def iter_citations(self, doc_id: str | None = None) -> Iterator[Citation]:
        sql, args = "SELECT * FROM citations", ()
        if doc_id:
            sql, args = sql + " WHERE doc_id = ?", (doc_id,)
        for r in self.db.execute(sql + " ORDER BY doc_id, start_char", args):
            yield Citation(start=r["start_char"], end=r["end_char"], surface=r["surface"],
                           authors=json.loads(r["authors"]), et_al=bool(r["et_al"]), year=r["year"],
                           year_suffix=r["year_suffix"], year_text=r["year_text"], pages=r["pages"],
                           narrative=bool(r["narrative"]), style=r["style"], numbers=json.loads(r["numbers"]),
                           group=r["grp"], passage_index=r["passage_idx"], page=r["page"], sentence=r["sentence"],
                           reference_index=r["reference_idx"], confidence=r["confidence"],
                           unlinked_reason=r["unlinked_reason"], doc_id=r["doc_id"])

    def callout_counts(self) -> tuple[int, int]:
        """(in-text callouts, those linked to a reference entry), counted in SQL: no row is read into Python."""
        row = self.db.execute("SELECT COUNT(*), COUNT(reference_idx) FROM citations").fetchone()
        return row[0], row[1]

    def count_list_references(self) -> int:
        """Reference entries but a note's short forms (source 'short'), counted in SQL."""
        return self.db.execute("SELECT COUNT(*) FROM reference_entries WHERE source != 'short'").fetchone()[0]

    def linked_callouts(self) -> Iterator[tuple[str, int, int]]:
        """(doc_id, reference index, how many callouts are linked to that entry), for every linked entry: what
        iter_citations's reference_index would count, without building the callouts."""
        yield from self.db.execute("SELECT doc_id, reference_idx, COUNT(*) FROM citations WHERE reference_idx IS NOT "
                                   "NULL GROUP BY doc_id, reference_idx")

    def reference_works(self) -> Iterator[tuple[str, int, str]]:
        """(doc_id, index, work_id) of every reference entry assigned a work, in iter_references's order."""
        yield from self.db.execute("SELECT doc_id, idx, work_id FROM reference_entries WHERE work_id IS NOT NULL "
                                   "ORDER BY doc_id, idx")

    def replace_works(self, works: list[Work], assignments: dict[tuple[str, int], str]) -> None:
        """Store the corpus-wide works and which work each reference entry is, in one transaction."""
        with self._tx():
            self.db.execute("UPDATE reference_entries SET work_id = NULL")
            self.db.execute("DELETE FROM works")
            self.db.executemany(
                "INSERT INTO works (id, title, authors, year, container, doi, type, doc_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(w.id, w.title, _j(w.authors), w.year, w.container, w.doi, w.type, w.doc_id) for w in works])
            self.db.executemany("UPDATE reference_entries SET work_id = ? WHERE doc_id = ? AND idx = ?",
                                [(wid, doc_id, idx) for (doc_id, idx), wid in assignments.items()])
            self.mark_built("works")

    def iter_works(self) -> Iterator[Work]:
        for r in self.db.execute("SELECT * FROM works ORDER BY id"):
            yield Work(id=r["id"], title=r["title"], authors=json.loads(r["authors"]), year=r["year"],
                       container=r["container"], doi=r["doi"], type=r["type"], doc_id=r["doc_id"])

    def update_metadata(self, doc_id: str, fields: dict[str, object], sources: dict[str, str]) -> None:
        sets = ", ".join(f"{k} = ?" for k in fields)
        values = [json.dumps(v, ensure_ascii=False) if k in ("authors", "creators") else v for k, v in fields.items()]
        with self._tx():
            self.db.execute(f"UPDATE documents SET {sets}, meta_sources = ? WHERE id = ?",  # noqa: S608 - fixed names
                            (*values, json.dumps(sources), doc_id))

    def count_documents(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def iter_documents(self, *, with_text: bool = True) -> Iterator[Document]:
        """Every document; with_text=False leaves the (large) document text out, for metadata-only work."""
        columns = "*" if with_text else ", ".join(_META_COLUMNS)
        links = self.zotero_links()
        sql = f"SELECT {columns} FROM documents ORDER BY path"  # noqa: S608 - fixed names
        rows = self.db.execute(sql) if with_text else self._read_once(("documents",),
                                                                      lambda: self.db.execute(sql).fetchall())[0]
        for r in rows:
            doc = self._doc(r)
            doc.zotero = links.get(doc.id, {})
            yield doc

    def get_document(self, doc_id: str) -> Document | None:
        r = self.db.execute("SELECT * FROM documents WHERE id = ? OR id LIKE ?", (doc_id, doc_id + "%")).fetchone()
        if not r:
            return None
        doc = self._doc(r)
        doc.zotero = self.zotero_links(doc.id).get(doc.id, {})
        return doc

    def own_metadata(self) -> dict[str, dict]:
        """What each document itself says (before sidecars), by document id."""
        return {r["id"]: json.loads(r["own_meta"]) for r in self.db.execute("SELECT id, own_meta FROM documents")}

    @staticmethod
    def _doc(r: sqlite3.Row) -> Document:
        return Document(id=r["id"], path=r["path"], format=r["format"], title=r["title"],
                        authors=json.loads(r["authors"]), year=r["year"], venue=r["venue"], doi=r["doi"],
                        language=r["language"], pages=r["pages"], meta_sources=json.loads(r["meta_sources"]),
                        notes=json.loads(r["notes"]), text=r["text"] if "text" in r.keys() else "",
                        creators=json.loads(r["creators"]), venue_info=json.loads(r["venue_info"]), kind=r["kind"],
                        meta_confidence=json.loads(r["meta_confidence"]), page_labels=json.loads(r["page_labels"]),
                        text_source=r["text_source"])

    def document_rows(self) -> list[dict]:
        """One row per file for `litmine docs`: metadata, counts, status and error."""
        rows = self.db.execute(
            "SELECT f.path AS file, f.status, f.error, " + ", ".join(f"d.{c}" for c in _META_COLUMNS) + ", "
            "(SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.id) AS passages "
            "FROM files f LEFT JOIN documents d ON d.id = f.doc_id ORDER BY f.path")
        out = []
        for r in rows:
            out.append({
                "id": r["id"], "path": r["file"], "title": r["title"],
                "authors": json.loads(r["authors"]) if r["authors"] else [],
                "year": r["year"], "venue": r["venue"], "doi": r["doi"], "pages": r["pages"] or 0,
                "passages": r["passages"] or 0, "languages": json.loads(r["languages"]) if r["languages"] else [],
                "status": r["status"], "error": r["error"],
                "sources": json.loads(r["meta_sources"]) if r["meta_sources"] else {},
                "notes": json.loads(r["notes"]) if r["notes"] else [],
                "creators": json.loads(r["creators"]) if r["creators"] else [],
                "venue_info": json.loads(r["venue_info"]) if r["venue_info"] else {},
                "kind": r["kind"],
                "confidence": json.loads(r["meta_confidence"]) if r["meta_confidence"] else {},
                "text_source": r["text_source"],
            })
            # fields a model set with probability below LOW_CONFIDENCE: `litmine docs` and the report flag them
            # (a value a sidecar or Zotero gave since is the researcher's own: not flagged)
            stated = {k for k, v in out[-1]["sources"].items() if str(v).startswith(("sidecar:", "zotero:"))}
            out[-1]["low_confidence"] = sorted(k for k, v in out[-1]["confidence"].items()
                                               if v < LOW_CONFIDENCE and k not in stated)
        return out

    # --------------------------------------------------------------- passages
    def _write_passages(self, doc: Document) -> None:
        """The document's passages; their page breaks (the breaks column, m014) only where one has any (the column's
        default is none)."""
        rows = [(doc.id, p.index, p.kind, p.section, p.page, p.language, p.start, p.end, p.text,
                 json.dumps(p.sentences), p.page_label) for p in doc.passages]
        if any(p.breaks for p in doc.passages):
            self._insert_rows("passages", (*_PASSAGE_COLUMNS, "breaks"),
                              [(*row, json.dumps(p.breaks)) for row, p in zip(rows, doc.passages)])
        else:
            self._insert_rows("passages", _PASSAGE_COLUMNS, rows)

    def iter_passages(self, doc_id: str | None = None, *, ids: Sequence[int] | None = None) -> Iterator[Passage]:
        """The passages (of one document, or those of the given ids), by document and index."""
        if ids is not None:
            yield from self._passages_of_ids(ids)
            return
        sql = "SELECT * FROM passages"
        args: tuple = ()
        if doc_id:
            sql += " WHERE doc_id = ?"
            args = (doc_id,)
        for r in self.db.execute(sql + " ORDER BY doc_id, idx", args):
            yield _passage_of_row(r)

    def passage_languages(self, kinds: Sequence[str]) -> dict[str | None, int]:
        """How many passages of these kinds each detected language has (None: no language detected)."""
        rows = self.db.execute(f"SELECT language, COUNT(*) FROM passages WHERE kind IN ({','.join('?' * len(kinds))}) "
                               "GROUP BY language", tuple(kinds))
        return {r[0]: r[1] for r in rows}

    def _passages_of_ids(self, ids: Sequence[int]) -> list[Passage]:
        rows = list(rows_by_ids(self.db, "SELECT * FROM passages WHERE id IN ({marks})", sorted(set(ids))))
        return [_passage_of_row(r) for r in sorted(rows, key=lambda r: (r["doc_id"], r["idx"]))]

    def search(self, query: str, limit: int = 20) -> list[tuple[int, str, float]]:
        """Full-text search over passages (FTS5, BM25), the query folded as the index is (store/fts.py). Returns
        (passage id, document id, rank)."""
        from litmine.store.fts import fold_for_index

        self.index_ready()
        try:
            rows = self.db.execute(
                "SELECT p.id, p.doc_id, bm25(passages_fts) AS rank FROM passages_fts "
                "JOIN passages p ON p.id = passages_fts.rowid WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?",
                (fold_for_index(query), limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r} ({exc})") from None
        return [(r[0], r[1], r[2]) for r in rows]
