"""A Zotero library as a corpus, built with the tables and columns of Zotero's own schema (userdata.sql, schema 100+,
and the system tables itemTypes, fields and creatorTypes with Zotero's ids) and real attachment files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from litmine.cli import app
from litmine.errors import LitmineError
from litmine.ingest.zotero import ingest_zotero, read_library
from litmine.pdfwrite import PdfWriter
from litmine.store import Store

SCHEMA = """
CREATE TABLE libraries (libraryID INTEGER PRIMARY KEY, type TEXT NOT NULL, editable INT NOT NULL,
    filesEditable INT NOT NULL, version INT NOT NULL DEFAULT 0, storageVersion INT NOT NULL DEFAULT 0,
    lastSync INT NOT NULL DEFAULT 0, archived INT NOT NULL DEFAULT 0);
CREATE TABLE itemTypes (itemTypeID INTEGER PRIMARY KEY, typeName TEXT, templateItemTypeID INT, display INT DEFAULT 1);
CREATE TABLE fields (fieldID INTEGER PRIMARY KEY, fieldName TEXT, fieldFormatID INT);
CREATE TABLE creatorTypes (creatorTypeID INTEGER PRIMARY KEY, creatorType TEXT);
CREATE TABLE items (itemID INTEGER PRIMARY KEY, itemTypeID INT NOT NULL,
    dateAdded TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, dateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, libraryID INT NOT NULL, key TEXT NOT NULL,
    version INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0, UNIQUE (libraryID, key));
CREATE TABLE itemDataValues (valueID INTEGER PRIMARY KEY, value UNIQUE);
CREATE TABLE itemData (itemID INT, fieldID INT, valueID, PRIMARY KEY (itemID, fieldID));
CREATE TABLE itemNotes (itemID INTEGER PRIMARY KEY, parentItemID INT, note TEXT, title TEXT);
CREATE TABLE itemAttachments (itemID INTEGER PRIMARY KEY, parentItemID INT, linkMode INT, contentType TEXT,
    charsetID INT, path TEXT, syncState INT DEFAULT 0, storageModTime INT, storageHash TEXT);
CREATE TABLE tags (tagID INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE itemTags (itemID INT NOT NULL, tagID INT NOT NULL, type INT NOT NULL, PRIMARY KEY (itemID, tagID));
CREATE TABLE creators (creatorID INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, fieldMode INT,
    UNIQUE (lastName, firstName, fieldMode));
CREATE TABLE itemCreators (itemID INT NOT NULL, creatorID INT NOT NULL, creatorTypeID INT NOT NULL DEFAULT 1,
    orderIndex INT NOT NULL DEFAULT 0, PRIMARY KEY (itemID, creatorID, creatorTypeID, orderIndex),
    UNIQUE (itemID, orderIndex));
CREATE TABLE collections (collectionID INTEGER PRIMARY KEY, collectionName TEXT NOT NULL,
    parentCollectionID INT DEFAULT NULL, clientDateModified TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    libraryID INT NOT NULL, key TEXT NOT NULL, version INT NOT NULL DEFAULT 0, synced INT NOT NULL DEFAULT 0,
    UNIQUE (libraryID, key));
CREATE TABLE collectionItems (collectionID INT NOT NULL, itemID INT NOT NULL, orderIndex INT NOT NULL DEFAULT 0,
    PRIMARY KEY (collectionID, itemID));
CREATE TABLE deletedItems (itemID INTEGER PRIMARY KEY, dateDeleted DEFAULT CURRENT_TIMESTAMP NOT NULL);
"""
# Zotero's ids (resource/schema/system.sql)
ITEM_TYPES = {1: "note", 2: "book", 3: "bookSection", 4: "journalArticle", 14: "attachment", 15: "report"}
FIELDS = {110: "title", 14: "date", 12: "publicationTitle", 4: "volume", 5: "issue", 10: "pages", 26: "DOI",
          22: "extra", 8: "publisher", 31: "institution", 32: "reportType"}
CREATOR_TYPES = {1: "author", 2: "contributor", 3: "editor"}


class Library:
    """A small Zotero data directory: zotero.sqlite and storage/<key>/ files."""

    def __init__(self, root: Path):
        self.root = root
        (root / "storage").mkdir(parents=True)
        self.db = sqlite3.connect(root / "zotero.sqlite")
        self.db.executescript(SCHEMA)
        self.db.execute("INSERT INTO libraries VALUES (1, 'user', 1, 1, 0, 0, 0, 0)")
        self.db.executemany("INSERT INTO itemTypes VALUES (?, ?, NULL, 1)", ITEM_TYPES.items())
        self.db.executemany("INSERT INTO fields VALUES (?, ?, NULL)", FIELDS.items())
        self.db.executemany("INSERT INTO creatorTypes VALUES (?, ?)", CREATOR_TYPES.items())
        self.next_id = 1

    def item(self, key: str, type_name: str, fields: dict[str, str] | None = None,
             creators: list[tuple[str, str, str | None, int]] = (), modified: str = "2024-01-01 10:00:00") -> int:
        item_id = self.next_id
        self.next_id += 1
        type_id = next(k for k, v in ITEM_TYPES.items() if v == type_name)
        self.db.execute("INSERT INTO items (itemID, itemTypeID, libraryID, key, dateModified) VALUES (?, ?, 1, ?, ?)",
                        (item_id, type_id, key, modified))
        for name, value in (fields or {}).items():
            self.set_field(item_id, name, value)
        for order, (role, last, first, mode) in enumerate(creators):
            self.db.execute("INSERT OR IGNORE INTO creators (firstName, lastName, fieldMode) VALUES (?, ?, ?)",
                            (first or "", last, mode))
            cid = self.db.execute("SELECT creatorID FROM creators WHERE lastName = ? AND firstName = ? AND "
                                  "fieldMode = ?", (last, first or "", mode)).fetchone()[0]
            role_id = next(k for k, v in CREATOR_TYPES.items() if v == role)
            self.db.execute("INSERT INTO itemCreators VALUES (?, ?, ?, ?)", (item_id, cid, role_id, order))
        return item_id

    def set_field(self, item_id: int, name: str, value: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO itemDataValues (value) VALUES (?)", (value,))
        vid = self.db.execute("SELECT valueID FROM itemDataValues WHERE value = ?", (value,)).fetchone()[0]
        fid = next(k for k, v in FIELDS.items() if v == name)
        self.db.execute("INSERT OR REPLACE INTO itemData VALUES (?, ?, ?)", (item_id, fid, vid))

    def attach(self, parent: int | None, key: str, name: str, data: bytes | None, *, mode: int = 0,
               content_type: str = "application/pdf", path: str | None = None) -> int:
        att = self.item(key, "attachment", {"title": name})
        if data is not None:
            (self.root / "storage" / key).mkdir()
            (self.root / "storage" / key / name).write_bytes(data)
        self.db.execute("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) "
                        "VALUES (?, ?, ?, ?, ?)", (att, parent, mode, content_type, path or f"storage:{name}"))
        return att

    def collection(self, cid: int, name: str, parent: int | None, items: list[int]) -> None:
        self.db.execute("INSERT INTO collections (collectionID, collectionName, parentCollectionID, libraryID, key) "
                        "VALUES (?, ?, ?, 1, ?)", (cid, name, parent, f"COLL{cid:04d}"))
        self.db.executemany("INSERT INTO collectionItems (collectionID, itemID) VALUES (?, ?)",
                            [(cid, i) for i in items])

    def tag(self, item_id: int, name: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        tid = self.db.execute("SELECT tagID FROM tags WHERE name = ?", (name,)).fetchone()[0]
        self.db.execute("INSERT INTO itemTags VALUES (?, ?, 0)", (item_id, tid))

    def save(self) -> None:
        self.db.commit()


def _pdf(title: str, body: str) -> bytes:
    w = PdfWriter()
    w.new_page()
    w.text(72, 90, title, size=16)
    for i in range(12):
        w.text(72, 140 + 14 * i, f"{body} Line {i} on local partnerships and co-production.", size=10)
    return w.to_bytes()


@pytest.fixture
def library(tmp_path) -> Library:
    lib = Library(tmp_path / "Zotero")
    article = lib.item("ART00001", "journalArticle", {
        "title": "Koproduktion in der lokalen Beschäftigungspolitik", "date": "2015-03-00 2015-03",
        "publicationTitle": "Zeitschrift für Sozialreform", "volume": "61", "issue": "2", "pages": "151-170",
        "DOI": "10.1515/zsr-2015-0203", "extra": "Citation Key: muller2015koproduktion"},
        [("author", "Müller", "Jürgen", 0), ("author", "Núñez", "Ana", 0), ("editor", "Editor", "Ed", 0)])
    lib.attach(article, "PDF00001", "muller-2015.pdf", _pdf("A scanned-looking heading nobody wrote", "Article."))
    report = lib.item("REP00001", "report", {
        "title": "Local partnerships for employability", "date": "2019", "institution": "Scottish Government",
        "reportType": "Working paper"}, [("author", "Scottish Government Social Research", None, 1)])
    lib.attach(report, "HTM00001", "snapshot.html", b"<html><head><title>Snapshot</title></head><body><main>"
               b"<h1>Local partnerships</h1><p>Partnership working between councils and the third sector grew in "
               b"2019 (Lindsay et al, 2015: 152).</p></main></body></html>", mode=1, content_type="text/html")
    lonely = lib.item("NOATT001", "book", {"title": "A book with no file", "date": "2001"},
                      [("author", "Bovaird", "Tony", 0)])
    gone = lib.item("GONE0001", "journalArticle", {"title": "A paper whose PDF was deleted", "date": "2010"})
    lib.attach(gone, "PDFGONE1", "gone.pdf", None)
    trashed = lib.item("TRASH001", "journalArticle", {"title": "In the trash", "date": "2012"})
    lib.attach(trashed, "PDFTRSH1", "trash.pdf", _pdf("Trash", "Trashed."))
    lib.db.execute("INSERT INTO deletedItems (itemID) VALUES (?)", (trashed,))
    lib.item("NOTE0001", "note")
    standalone = lib.attach(None, "ALONE001", "working-paper.pdf", _pdf("A standalone working paper", "Alone."))
    lib.collection(1, "Welfare", None, [article])
    lib.collection(2, "Local partnerships", 1, [report])
    lib.collection(3, "Other", None, [lonely, gone, standalone])
    lib.tag(article, "co-production")
    lib.tag(report, "partnership")
    lib.save()
    return lib


def test_zotero_items_creators_collections_and_tags(library):
    lib = read_library(library.root)
    by_key = {it.key: it for it in lib.items}
    assert "TRASH001" not in by_key and "NOTE0001" not in by_key and "PDF00001" not in by_key
    art = by_key["ART00001"]
    assert art.creators == [{"family": "Müller", "given": "Jürgen"}, {"family": "Núñez", "given": "Ana"}]
    assert (art.year, art.doi, art.citekey, art.kind) == (2015, "10.1515/zsr-2015-0203", "muller2015koproduktion",
                                                           "journal-article")
    assert art.collections == ["Welfare"] and art.tags == ["co-production"]
    assert by_key["REP00001"].creators == [{"literal": "Scottish Government Social Research"}]
    assert by_key["REP00001"].collections == ["Welfare/Local partnerships"]
    assert by_key["REP00001"].kind == "working-paper"
    assert by_key["ALONE001"].attachments and by_key["ALONE001"].item_type == "attachment"
    problems = dict(lib.problems)
    assert any(k.startswith("NOATT001") and "no attachment" in v for k, v in problems.items())
    assert any(k.startswith("GONE0001") and "file not found" in v for k, v in problems.items())


def test_zotero_collection_takes_its_subcollections_and_tags_filter(library):
    welfare = read_library(library.root, collections=["welfare"])
    assert [it.key for it in welfare.items] == ["ART00001", "REP00001"]
    sub = read_library(library.root, collections=["Welfare/Local partnerships"])
    assert [it.key for it in sub.items] == ["REP00001"]
    tagged = read_library(library.root, tags=["Co-Production"])
    assert [it.key for it in tagged.items] == ["ART00001"]


def test_zotero_ingest_metadata_wins_and_keys_travel(library, tmp_path):
    store = Store(str(tmp_path / "s.db"))
    events = []
    report = ingest_zotero(library.root, store, jobs=1, on_event=lambda k, p, m: events.append((k, p, m)))
    assert len(report.added) == 3 and not report.failed
    docs = {d.title: d for d in store.iter_documents(with_text=False)}
    art = docs["Koproduktion in der lokalen Beschäftigungspolitik"]
    assert art.authors == ["Jürgen Müller", "Ana Núñez"] and art.year == 2015 and art.doi == "10.1515/zsr-2015-0203"
    assert art.venue == "Zeitschrift für Sozialreform" and art.meta_sources["title"].startswith("sidecar:zotero:ART")
    assert art.venue_info["pages"] == "151-170" and art.kind == "journal-article"
    rep = docs["Local partnerships for employability"]
    assert rep.creators == [{"literal": "Scottish Government Social Research"}] and rep.format == "html"
    links = store.zotero_links()
    assert links[art.id]["select"] == "zotero://select/library/items/ART00001"
    assert links[art.id]["citekey"] == "muller2015koproduktion" and links[rep.id]["tags"] == ["partnership"]
    assert {k for k, _, _ in events} >= {"zotero", "added"}
    assert any(k == "zotero" and p.startswith("NOATT001") for k, p, _ in events)


def test_zotero_rerun_is_incremental_and_follows_metadata_edits(library, tmp_path):
    store = Store(str(tmp_path / "s.db"))
    ingest_zotero(library.root, store, jobs=1)
    again = ingest_zotero(library.root, store, jobs=1)
    assert not again.added and not again.updated and len(again.unchanged) == 3
    library.set_field(1, "title", "Koproduktion: ein neuer Titel")
    library.db.execute("UPDATE items SET dateModified = '2025-02-02 10:00:00' WHERE itemID = 1")
    library.save()
    third = ingest_zotero(library.root, store, jobs=1)
    assert not third.added and not third.updated
    assert "Koproduktion: ein neuer Titel" in {d.title for d in store.iter_documents(with_text=False)}


def test_zotero_database_locked_by_a_running_zotero_is_still_read(library):
    holder = sqlite3.connect(library.root / "zotero.sqlite")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert len(read_library(library.root).items) == 5
    finally:
        holder.rollback()
        holder.close()


def test_zotero_broken_or_missing_database_fails_with_one_line(tmp_path):
    with pytest.raises(LitmineError, match="no Zotero database here"):
        read_library(tmp_path)
    (tmp_path / "zotero.sqlite").write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(LitmineError) as exc:
        read_library(tmp_path)
    assert "zotero.sqlite" in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.slow
def test_zotero_cli_ingest_lists_items_without_files_and_goes_on(library, tmp_path):
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["ingest", "--zotero", str(library.root), "--db", str(db), "--jobs", "1",
                                      "--collection", "Other"])
    assert result.exit_code == 0, result.output
    assert "zotero: NOATT001 (A book with no file): no attachment" in result.output
    assert "1 added" in result.output
    both = CliRunner().invoke(app, ["ingest", str(tmp_path), "--zotero", str(library.root), "--db", str(db)])
    assert both.exit_code != 0 and "one of the two" in both.output
    stray = CliRunner().invoke(app, ["ingest", str(tmp_path), "--tag", "x", "--db", str(db)])
    assert stray.exit_code != 0 and "--zotero" in stray.output
    rows = sqlite3.connect(db).execute("SELECT collections FROM zotero_items").fetchall()
    assert [json.loads(r[0]) for r in rows] == [["Other"]]


@pytest.mark.slow
def test_zotero_keys_reach_docs_query_exports_and_bibtex(library, tmp_path):
    db = tmp_path / "q.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--zotero", str(library.root), "--db", str(db), "--jobs", "1"]).exit_code == 0
    out = runner.invoke(app, ["docs", "--db", str(db), "--format", "json"])
    rows = {r["title"]: r for r in json.loads(out.stdout)}
    art = rows["Koproduktion in der lokalen Beschäftigungspolitik"]["zotero"]
    assert art["key"] == "ART00001" and art["collections"] == ["Welfare"] and art["citekey"] == "muller2015koproduktion"
    md = tmp_path / "review.md"
    res = runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "md", "--out", str(md)])
    assert res.exit_code == 0, res.output
    assert "[Zotero](zotero://select/library/items/ART00001)" in md.read_text(encoding="utf-8")
    bib = tmp_path / "review.bib"
    runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "bibtex", "--out", str(bib)])
    assert "@article{muller2015koproduktion," in bib.read_text(encoding="utf-8")
    csv_out = tmp_path / "review.csv"
    runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "csv", "--out", str(csv_out)])
    assert "zotero://select/library/items/ART00001" in csv_out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_zotero_run_writes_the_outputs_of_a_library(library, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", "--zotero", str(library.root), "--out", str(out), "--models",
                                      str(tmp_path / "models"), "--jobs", "1", "--tag", "co-production",
                                      "--tag", "partnership"])
    assert result.exit_code == 0, result.output
    assert "ingest: 2 added" in result.output
    assert (out / "report.html").is_file()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Koproduktion in der lokalen Beschäftigungspolitik" in page
