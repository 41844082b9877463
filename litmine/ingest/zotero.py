"""A Zotero data directory as a corpus: its items' attachments are the documents, its metadata wins over extraction.

The database (`zotero.sqlite`) is opened read-only and immutable (`file:...?immutable=1`), so a running Zotero is
never disturbed and no lock is taken; attachments are read from `storage/<attachment key>/` (files Zotero imported)
or from where a linked file lives (absolute paths, or `attachments:` paths under a base folder). Tables and columns
are those of Zotero's own schema (resource/schema/userdata.sql of zotero/zotero, schema 100 and later: `items`,
`itemData`, `itemDataValues`, `fields`/`fieldsCombined`, `creators`, `itemCreators`, `creatorTypes`,
`itemAttachments`, `collections`, `collectionItems`, `tags`, `itemTags`, `deletedItems`, `deletedCollections`,
`libraries`, `groups`); the tests build their database from those files. Type, field and creator-type ids differ
between libraries (a library created by Zotero 7 numbers them from the global schema, an older one kept the ids of
system-107.sql), so they are joined by name. Better BibTeX's citation keys are read from its own database beside
Zotero's (`better-bibtex.sqlite`) when it is there, else from a pinned `Citation Key:` line in Extra.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from litmine.config import DOCUMENT_SUFFIXES
from litmine.errors import LitmineError
from litmine.ingest.sidecars import SidecarRecord

_KINDS = {"journalArticle": "journal-article", "magazineArticle": "journal-article", "report": "report",
          "preprint": "working-paper", "bookSection": "book-chapter", "encyclopediaArticle": "book-chapter",
          "dictionaryEntry": "book-chapter"}
_VENUE_FIELDS = ("publicationTitle", "bookTitle", "proceedingsTitle", "websiteTitle", "blogTitle", "forumTitle",
                 "encyclopediaTitle", "dictionaryTitle", "seriesTitle", "institution", "university")
_CITEKEY = re.compile(r"^\s*(?:Citation Key|bibtex):\s*(\S+)\s*$", re.I | re.M)
_EXTRA_DOI = re.compile(r"^\s*DOI:\s*(10\.\d{4,9}/\S+)\s*$", re.I | re.M)


@dataclass
class ZoteroItem:
    """A regular Zotero item (or a standalone attachment) with what litmine reads of it."""

    item_id: int
    key: str
    library_id: int
    item_type: str
    date_modified: str
    group_id: int | None = None  # the Zotero group of a group library; None for the personal library
    fields: dict[str, str] = field(default_factory=dict)
    creators: list[dict[str, str]] = field(default_factory=list)  # authors (else the first creator role listed)
    collections: list[str] = field(default_factory=list)  # "Parent/Child" paths
    tags: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # readable files litmine reads
    missing: list[str] = field(default_factory=list)  # attachments whose file is not there ("why" included)
    bbt_key: str | None = None  # Better BibTeX's key for the item, from better-bibtex.sqlite

    @property
    def year(self) -> int | None:
        m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", self.fields.get("date", ""))
        return int(m.group(1)) if m else None

    @property
    def doi(self) -> str | None:
        doi = self.fields.get("DOI") or (m.group(1) if (m := _EXTRA_DOI.search(self.fields.get("extra", ""))) else None)
        return doi.strip() if doi else None

    @property
    def citekey(self) -> str | None:
        """The Better BibTeX citation key, where the library has one: Better BibTeX's database, else a key pinned in
        Extra (`Citation Key: ...`, or the older `bibtex: ...`), else Zotero's own citationKey field."""
        if self.bbt_key:
            return self.bbt_key
        m = _CITEKEY.search(self.fields.get("extra", ""))
        return m.group(1) if m else (self.fields.get("citationKey") or None)

    @property
    def kind(self) -> str | None:
        if self.item_type == "report" and re.search(r"working|discussion", self.fields.get("reportType", ""), re.I):
            return "working-paper"
        return _KINDS.get(self.item_type, "other" if self.item_type != "attachment" else None)

    @property
    def venue(self) -> str | None:
        return next((self.fields[f] for f in _VENUE_FIELDS if self.fields.get(f)), None)

    def record(self, path: str) -> SidecarRecord:
        """The item's metadata as a sidecar record tied to one attachment path (it wins over extraction)."""
        from litmine.citations.reference_names import creator_display

        creators = [c for c in self.creators if c.get("family") or c.get("literal")]
        # a standalone attachment's title is its file name or "Full Text PDF", not the work's: extraction keeps it
        title = None if self.item_type == "attachment" else self.fields.get("title") or None
        return SidecarRecord(source=f"zotero:{self.key}", title=title,
                             authors=[creator_display(c) for c in creators], creators=creators, year=self.year,
                             venue=self.venue, doi=self.doi, paths=[path.replace("\\", "/")])

    def link(self) -> dict:
        """What travels into the outputs: key, library, select link, collections, tags, citation key, venue details."""
        select = f"zotero://select/library/items/{self.key}" if self.group_id is None else \
            f"zotero://select/groups/{self.group_id}/items/{self.key}"
        venue = {k: self.fields[z] for k, z in (("volume", "volume"), ("issue", "issue"), ("pages", "pages"),
                                                ("publisher", "publisher"), ("number", "reportNumber"))
                 if self.fields.get(z)}
        return {"key": self.key, "library_id": self.library_id, "select": select, "item_type": self.item_type,
                "kind": self.kind, "collections": self.collections, "tags": self.tags, "citekey": self.citekey,
                "date_modified": self.date_modified, "venue_info": venue}


@dataclass
class ZoteroLibrary:
    """The items chosen from a Zotero data directory, and what could not be used."""

    data_dir: Path
    items: list[ZoteroItem]
    problems: list[tuple[str, str]] = field(default_factory=list)  # (item or path, reason)

    def files(self) -> list[str]:
        return [p for item in self.items for p in item.attachments]

    def records(self) -> list[SidecarRecord]:
        return [item.record(p) for item in self.items for p in item.attachments]

    def links(self) -> dict[str, dict]:
        """Attachment path → the item's link facts."""
        return {p: item.link() for item in self.items for p in item.attachments}


def locate(path: str | Path) -> tuple[Path, Path]:
    """(data directory, database file) from either; raises LitmineError with one line when neither is there."""
    p = Path(path).expanduser()
    db = p / "zotero.sqlite" if p.is_dir() else p
    if not db.is_file():
        raise LitmineError(f"{path}: no Zotero database here (looked for {db})")
    return db.parent, db


def _connect(db: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"file:{db.resolve().as_posix()}?immutable=1", uri=True)
        conn.execute("SELECT COUNT(*) FROM items").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        reason = "not a Zotero database" if "no such table" in str(exc) else f"unreadable ({exc})"
        raise LitmineError(f"{db}: {reason}") from None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _table(conn: sqlite3.Connection, have: set[str], combined: str, plain: str) -> str:
    """Zotero's `...Combined` table (built at each start-up from the plain one and the custom types) when it has
    rows, else the plain table (a library Zotero has not yet opened since creating it)."""
    if combined in have and conn.execute(f"SELECT 1 FROM {combined} LIMIT 1").fetchone():
        return combined
    if plain in have:
        return plain
    raise LitmineError(f"not a Zotero database (no table {plain})")


def _libraries(conn: sqlite3.Connection, have: set[str]) -> tuple[set[int], dict[int, int]]:
    """(feed libraries, whose items are RSS entries and not read; library id → group id of group libraries)."""
    feeds = {lib for lib, kind in conn.execute("SELECT libraryID, type FROM libraries") if kind == "feed"}
    groups = dict(conn.execute("SELECT libraryID, groupID FROM groups")) if "groups" in have else {}
    return feeds, groups


def _collection_paths(conn: sqlite3.Connection, have: set[str]) -> dict[int, str]:
    """Collection id → "Parent/Child" path, for the collections not in the trash (nor under a trashed one)."""
    rows = {cid: (name, parent) for cid, name, parent in
            conn.execute("SELECT collectionID, collectionName, parentCollectionID FROM collections")}
    trashed = {r[0] for r in conn.execute("SELECT collectionID FROM deletedCollections")} \
        if "deletedCollections" in have else set()
    paths: dict[int, str] = {}
    for cid in rows:
        parts, seen, at = [], set(), cid
        while at in rows and at not in seen:  # a cycle in a damaged library ends the walk
            seen.add(at)
            parts.append(rows[at][0])
            at = rows[at][1]
        if not seen & trashed:
            paths[cid] = "/".join(reversed(parts))
    return paths


def _attachment_file(data_dir: Path, key: str, path: str | None, base: Path | None) -> tuple[Path | None, str]:
    if not path:
        return None, "no file (a link to a web page)"
    if path.startswith("storage:"):
        return data_dir / "storage" / key / path[len("storage:"):], ""
    if path.startswith("attachments:"):
        if base is None:
            return None, "a linked file relative to Zotero's base folder (give --zotero-base)"
        return base / path[len("attachments:"):], ""
    return Path(path), ""


def _bbt_keys(data_dir: Path) -> dict[tuple[int, str], str]:
    """(library id, item key) → Better BibTeX's citation key, from `better-bibtex.sqlite` beside zotero.sqlite:
    table `citationkey` (Better BibTeX 6 and later), else the `better-bibtex` store of Better BibTeX 5. Empty when
    the file is absent or unreadable (the keys then come from Extra)."""
    db = data_dir / "better-bibtex.sqlite"
    if not db.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"file:{db.resolve().as_posix()}?immutable=1", uri=True)
    except sqlite3.Error:
        return {}
    try:
        have = _tables(conn)
        if "citationkey" in have:
            return {(lib or 1, key): cite for lib, key, cite in
                    conn.execute("SELECT libraryID, itemKey, citationKey FROM citationkey") if key and cite}
        if "better-bibtex" in have:
            row = conn.execute("SELECT data FROM `better-bibtex` WHERE name = 'better-bibtex.citekey'").fetchone()
            entries = json.loads(row[0]).get("data", []) if row else []
            return {(e.get("libraryID") or 1, e["itemKey"]): e["citekey"] for e in entries
                    if isinstance(e, dict) and e.get("itemKey") and e.get("citekey")}
    except (sqlite3.Error, ValueError, TypeError, AttributeError):
        return {}
    finally:
        conn.close()
    return {}


def read_library(path: str | Path, *, collections: list[str] | None = None, tags: list[str] | None = None,
                 base: str | Path | None = None) -> ZoteroLibrary:
    """Read a Zotero data directory: the regular items (not notes, not in the trash, not from feeds) with their
    attachments that litmine reads, in the chosen collections (a name or "Parent/Child" path; sub-collections
    included) and with any of the chosen tags. Raises LitmineError (one line) for a missing, damaged or
    non-Zotero database."""
    data_dir, db = locate(path)
    conn = _connect(db)
    try:
        library = _read(conn, data_dir, collections, tags, Path(base) if base else None)
    except sqlite3.DatabaseError as exc:
        raise LitmineError(f"{db}: unreadable Zotero database ({exc})") from None
    except LitmineError as exc:
        raise LitmineError(f"{db}: {exc}") from None
    finally:
        conn.close()
    keys = _bbt_keys(data_dir)
    for item in library.items:
        item.bbt_key = keys.get((item.library_id, item.key))
    return library


def _items(conn: sqlite3.Connection, have: set[str]) -> dict[int, ZoteroItem]:
    """The items litmine may read (regular items and attachments), with their fields, creators and tags."""
    types_t = _table(conn, have, "itemTypesCombined", "itemTypes")
    fields_t = _table(conn, have, "fieldsCombined", "fields")
    feeds, groups = _libraries(conn, have)
    deleted = {r[0] for r in conn.execute("SELECT itemID FROM deletedItems")}
    items: dict[int, ZoteroItem] = {}
    for item_id, key, lib, type_name, modified in conn.execute(
            f"SELECT i.itemID, i.key, i.libraryID, t.typeName, i.dateModified FROM items i "
            f"JOIN {types_t} t ON t.itemTypeID = i.itemTypeID"):
        if item_id not in deleted and lib not in feeds and type_name not in ("note", "annotation"):
            items[item_id] = ZoteroItem(item_id, key, lib, type_name, str(modified), groups.get(lib))
    for item_id, name, value in conn.execute(
            f"SELECT d.itemID, f.fieldName, v.value FROM itemData d JOIN {fields_t} f ON f.fieldID = d.fieldID "
            "JOIN itemDataValues v ON v.valueID = d.valueID"):
        if item_id in items and value is not None:
            items[item_id].fields[name] = str(value)
    _add_creators(conn, items)
    _add_groupings(conn, have, items)
    return items


def _add_creators(conn: sqlite3.Connection, items: dict[int, ZoteroItem]) -> None:
    """Each item's authors in order, else the creators of the first role listed (the editors of a book)."""
    roles: dict[int, list[tuple[str, dict]]] = {}
    for item_id, first, last, mode, role in conn.execute(
            "SELECT ic.itemID, c.firstName, c.lastName, c.fieldMode, ct.creatorType "
            "FROM itemCreators ic JOIN creators c ON c.creatorID = ic.creatorID "
            "JOIN creatorTypes ct ON ct.creatorTypeID = ic.creatorTypeID ORDER BY ic.itemID, ic.orderIndex"):
        creator = {"literal": (last or "").strip()} if mode == 1 else \
            {"family": (last or "").strip(), "given": (first or "").strip()}
        roles.setdefault(item_id, []).append((role, creator))
    for item_id, listed in roles.items():
        if item_id in items:
            authors = [c for r, c in listed if r == "author"]
            items[item_id].creators = authors or [c for r, c in listed if r == listed[0][0]]


def _add_groupings(conn: sqlite3.Connection, have: set[str], items: dict[int, ZoteroItem]) -> None:
    """Each item's collection paths and tags."""
    paths = _collection_paths(conn, have)
    for cid, item_id in conn.execute("SELECT collectionID, itemID FROM collectionItems ORDER BY collectionID"):
        if item_id in items and cid in paths:
            items[item_id].collections.append(paths[cid])
    for item_id, name in conn.execute("SELECT it.itemID, t.name FROM itemTags it JOIN tags t ON t.tagID = it.tagID "
                                      "ORDER BY it.itemID, t.name"):
        if item_id in items:
            items[item_id].tags.append(name)


def _attach(conn: sqlite3.Connection, items: dict[int, ZoteroItem], data_dir: Path, base: Path | None) -> None:
    """Each item's readable attachment files, and the attachments whose file is not there."""
    for att_id, parent, mode, rel in conn.execute(
            "SELECT itemID, parentItemID, linkMode, path FROM itemAttachments ORDER BY itemID"):
        if att_id not in items:  # in the trash, or in a feed
            continue
        owner = items.get(parent) if parent is not None else items[att_id]
        if owner is None:  # the parent is a note (an embedded image) or in the trash
            continue
        file, why = _attachment_file(data_dir, items[att_id].key, rel, base)
        if file is None:
            if mode != 3:  # a web link is not a missing file
                owner.missing.append(f"attachment {items[att_id].key}: {why}")
            continue
        if file.suffix.lower() not in DOCUMENT_SUFFIXES:
            continue  # images, EPUBs, spreadsheets: nothing litmine reads
        if not file.is_file():
            owner.missing.append(f"attachment {items[att_id].key}: file not found ({file})")
            continue
        owner.attachments.append(str(file))


def _read(conn: sqlite3.Connection, data_dir: Path, collections: list[str] | None, tags: list[str] | None,
          base: Path | None) -> ZoteroLibrary:
    have = _tables(conn)
    items = _items(conn, have)
    _attach(conn, items, data_dir, base)
    # regular items, and standalone attachments (a PDF dropped into the library without a parent item)
    chosen = [it for it in items.values() if it.item_type != "attachment" or it.attachments]
    if collections:
        wanted = [c.strip("/").lower() for c in collections]
        chosen = [it for it in chosen if any(_in_collection(p.lower(), w) for p in it.collections for w in wanted)]
    if tags:
        wanted_tags = {t.lower() for t in tags}
        chosen = [it for it in chosen if wanted_tags & {t.lower() for t in it.tags}]
    problems: list[tuple[str, str]] = []
    for it in chosen:
        label = f"{it.key} ({it.fields.get('title', 'untitled')[:60]})"
        problems.extend((label, m) for m in it.missing)
        if not it.attachments and not it.missing:
            problems.append((label, "no attachment litmine can read (PDF, Word, HTML, text)"))
    return ZoteroLibrary(data_dir, sorted(chosen, key=lambda it: (it.library_id, it.key)), problems)


def _in_collection(path: str, wanted: str) -> bool:
    """A collection path is chosen by its full path, by its own name, or by the name or path of an ancestor."""
    parts = path.split("/")
    if "/" in wanted:
        return path == wanted or path.startswith(wanted + "/")
    return wanted in parts


def ingest_zotero(path: str | Path, store, *, collections: list[str] | None = None, tags: list[str] | None = None,
                  base: str | Path | None = None, on_event=None, **options):
    """Ingest the chosen items of a Zotero library: their attachments as documents (incremental on the files'
    content, like a corpus folder), each item's metadata applied over what extraction found, and the item's key,
    collections and tags recorded with the document. An item without an attachment litmine reads gets a
    "zotero" event naming it. Takes ingest_corpus's other keywords (metadata, jobs, force, prune, concepts, ...).

    Example:
        >>> report = ingest_zotero("~/Zotero", Store("outputs/litmine.db"), collections=["Welfare"])  # doctest: +SKIP
    """
    from litmine.ingest.corpus import ingest_corpus

    emit = on_event or (lambda kind, p, msg: None)
    library = read_library(path, collections=collections, tags=tags, base=base)
    for item, reason in library.problems:
        emit("zotero", item, reason)
    if (collections or tags) and not library.items:
        raise LitmineError(f"{path}: no Zotero item in the chosen collections/tags")
    report = ingest_corpus(library.data_dir, store, files=library.files(), extra_records=library.records(),
                           on_event=on_event, **options)
    store.write_zotero_links(library.links())
    return report
