"""A Zotero data directory for the tests, built the way Zotero builds one, from Zotero's own schema files.

tests/fixtures/zotero/ holds the files unchanged from zotero/zotero (README there: origin, commit, licence). A
fresh Zotero database is made by running system.sql, userdata.sql and triggers.sql, then filling the item-type,
field and creator-type tables from the global schema, recording the version rows and adding the personal library
(schema.js, `_initializeSchema`). The type tables here come from system-107.sql, the rows Zotero itself inserts
when it upgrades a library whose type tables are empty, plus the few newer names litmine reads, appended with the
next free id as Zotero's global-schema update does. At each start-up Zotero rebuilds the `...Combined` tables from
the plain ones and the custom types; `Library` does the same. Items, creators, collections, tags, notes, trash and
attachments are written as Zotero writes them (8-character keys, multipart dates, `storage:` paths with the file
under storage/<key>/, MD5 storage hashes, fieldMode 1 for one-field names).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "zotero"
# Global-schema names newer than system-107.sql that the tests use (Zotero 7 has them).
NEWER_ITEM_TYPES = ("preprint",)
NEWER_FIELDS = ("citationKey",)
LINK_MODES = {"imported_file": 0, "imported_url": 1, "linked_file": 2, "linked_url": 3}


def _version(sql: str) -> int:
    """A schema file's version: its first line, `-- N` (how Zotero reads it)."""
    return int(re.match(r"-- (\d+)", sql).group(1))


@cache
def _fresh_database(combined: bool) -> sqlite3.Connection:
    """A fresh Zotero database, in memory, made once per test run and copied into each Library (the schema scripts
    are hundreds of statements, each its own transaction and fsync when run against a file)."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("PRAGMA page_size = 4096")
    db.execute("PRAGMA encoding = 'UTF-8'")
    versions = {}
    for name in ("system", "userdata", "triggers"):
        sql = (SCHEMA_DIR / f"{name}.sql").read_text(encoding="utf-8")
        db.executescript(sql)
        versions[name] = _version(sql)
    db.executescript((SCHEMA_DIR / "system-107.sql").read_text(encoding="utf-8"))
    for name in NEWER_ITEM_TYPES:
        db.execute("INSERT INTO itemTypes VALUES ((SELECT MAX(itemTypeID) + 1 FROM itemTypes), ?, NULL, 1)", (name,))
    for name in NEWER_FIELDS:
        db.execute("INSERT INTO fields VALUES ((SELECT MAX(fieldID) + 1 FROM fields), ?, NULL)", (name,))
    if combined:
        _rebuild_combined(db)
    versions.update(globalSchema=0, compatibility=9)
    db.executemany("REPLACE INTO version (schema, version) VALUES (?, ?)", versions.items())
    db.execute("REPLACE INTO settings VALUES ('client', 'lastCompatibleVersion', '7.0.0')")
    db.execute("INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (1, 'user', 1, 1)")
    db.commit()
    return db


def _rebuild_combined(db: sqlite3.Connection) -> None:
    for table in ("itemTypesCombined", "fieldsCombined", "itemTypeFieldsCombined", "baseFieldMappingsCombined"):
        db.execute(f"DELETE FROM {table}")
    db.execute("INSERT INTO itemTypesCombined SELECT itemTypeID, typeName, display, 0 FROM itemTypes")
    db.execute("INSERT INTO fieldsCombined SELECT fieldID, fieldName, NULL, fieldFormatID, 0 FROM fields")
    db.execute("INSERT INTO itemTypeFieldsCombined SELECT itemTypeID, fieldID, hide, orderIndex FROM itemTypeFields")
    db.execute("INSERT INTO baseFieldMappingsCombined SELECT itemTypeID, baseFieldID, fieldID FROM baseFieldMappings")


class Library:
    """A Zotero data directory (zotero.sqlite and storage/) made from Zotero's schema files."""

    def __init__(self, root: Path, *, combined: bool = True):
        self.root = root
        (root / "storage").mkdir(parents=True)
        self.db = sqlite3.connect(root / "zotero.sqlite")
        self.db.execute("PRAGMA synchronous = OFF")  # this connection only: a test's commits need no fsync
        _fresh_database(combined).backup(self.db)

    def rebuild_combined(self) -> None:
        """What Zotero does at start-up: the combined tables are the built-in rows plus the custom ones (none)."""
        _rebuild_combined(self.db)

    def _id(self, table: str, column: str) -> int:
        return self.db.execute(f"SELECT COALESCE(MAX({column}), 0) + 1 FROM {table}").fetchone()[0]

    def library(self, kind: str, group_id: int | None = None, name: str = "") -> int:
        """Another library: a 'group' (with its groups row) or a 'feed'; returns its libraryID."""
        lib = self._id("libraries", "libraryID")
        self.db.execute("INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (?, ?, 1, 1)",
                        (lib, kind))
        if kind == "group":
            self.db.execute("INSERT INTO groups VALUES (?, ?, ?, '', 0)", (group_id, lib, name))
        elif kind == "feed":
            self.db.execute("INSERT INTO feeds (libraryID, name, url) VALUES (?, ?, ?)",
                            (lib, name, f"https://example.org/{lib}.rss"))
        return lib

    def item(self, key: str, type_name: str, fields: dict[str, str] | None = None,
             creators: list[tuple[str, str, str | None]] = (), modified: str = "2024-01-01 10:00:00",
             library: int = 1) -> int:
        """A new item; creators are (role, last name, first name), first name None for a one-field name."""
        item_id = self._id("items", "itemID")
        type_id = self.db.execute("SELECT itemTypeID FROM itemTypes WHERE typeName = ?", (type_name,)).fetchone()[0]
        self.db.execute("INSERT INTO items (itemID, itemTypeID, dateAdded, dateModified, clientDateModified, "
                        "libraryID, key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (item_id, type_id, modified, modified, modified, library, key))
        for name, value in (fields or {}).items():
            self.set_field(item_id, name, value)
        for order, (role, last, first) in enumerate(creators):
            mode = 1 if first is None else 0
            self.db.execute("INSERT OR IGNORE INTO creators (firstName, lastName, fieldMode) VALUES (?, ?, ?)",
                            (first or "", last, mode))
            cid = self.db.execute("SELECT creatorID FROM creators WHERE lastName = ? AND firstName = ? AND "
                                  "fieldMode = ?", (last, first or "", mode)).fetchone()[0]
            role_id = self.db.execute("SELECT creatorTypeID FROM creatorTypes WHERE creatorType = ?",
                                      (role,)).fetchone()[0]
            self.db.execute("INSERT INTO itemCreators VALUES (?, ?, ?, ?)", (item_id, cid, role_id, order))
        return item_id

    def set_field(self, item_id: int, name: str, value: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO itemDataValues (value) VALUES (?)", (value,))
        vid = self.db.execute("SELECT valueID FROM itemDataValues WHERE value = ?", (value,)).fetchone()[0]
        fid = self.db.execute("SELECT fieldID FROM fields WHERE fieldName = ?", (name,)).fetchone()[0]
        self.db.execute("INSERT OR REPLACE INTO itemData VALUES (?, ?, ?)", (item_id, fid, vid))

    def note(self, key: str, parent: int | None, html: str) -> int:
        note = self.item(key, "note")
        self.db.execute("INSERT INTO itemNotes VALUES (?, ?, ?, ?)", (note, parent, html, re.sub("<[^>]+>", "", html)))
        return note

    def attach(self, parent: int | None, key: str, name: str, data: bytes | None, *, link: str = "imported_file",
               content_type: str = "application/pdf", path: str | None = None, library: int = 1) -> int:
        """An attachment item; an imported file's bytes go to storage/<key>/<name> (None: the file is missing)."""
        att = self.item(key, "attachment", {"title": name}, library=library)
        digest = mtime = None
        if data is not None and link.startswith("imported"):
            (self.root / "storage" / key).mkdir()
            (self.root / "storage" / key / name).write_bytes(data)
            digest, mtime = hashlib.md5(data).hexdigest(), 1_704_103_200_000
        charset = 1 if content_type.startswith("text/") else None  # charsets row 1 is utf-8 (system.sql)
        stored = path if path is not None or link == "linked_url" else f"storage:{name}"
        self.db.execute("INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, charsetID, path, "
                        "storageModTime, storageHash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (att, parent, LINK_MODES[link], content_type, charset, stored, mtime, digest))
        return att

    def collection(self, key: str, name: str, parent: int | None, items: list[int], library: int = 1) -> int:
        cid = self._id("collections", "collectionID")
        self.db.execute("INSERT INTO collections (collectionID, collectionName, parentCollectionID, libraryID, key) "
                        "VALUES (?, ?, ?, ?, ?)", (cid, name, parent, library, key))
        self.db.executemany("INSERT INTO collectionItems (collectionID, itemID, orderIndex) VALUES (?, ?, ?)",
                            [(cid, i, n) for n, i in enumerate(items)])
        return cid

    def tag(self, item_id: int, name: str, automatic: bool = False) -> None:
        self.db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        tid = self.db.execute("SELECT tagID FROM tags WHERE name = ?", (name,)).fetchone()[0]
        self.db.execute("INSERT INTO itemTags VALUES (?, ?, ?)", (item_id, tid, int(automatic)))

    def trash(self, item_id: int | None = None, collection: int | None = None) -> None:
        if item_id is not None:
            self.db.execute("INSERT INTO deletedItems (itemID) VALUES (?)", (item_id,))
        if collection is not None:
            self.db.execute("INSERT INTO deletedCollections (collectionID) VALUES (?)", (collection,))

    def save(self) -> None:
        self.db.commit()
