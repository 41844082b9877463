"""Numbered schema migrations: each function returns the SQL of one step. Each runs once, in order, inside a transaction; PRAGMA user_version records them.

Add a new function m00N_<what> at the end; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def m001_documents_files_passages(db: sqlite3.Connection) -> str:
    return (
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,            -- SHA-256 of the file's bytes
            path TEXT NOT NULL,             -- the file it was first read from
            format TEXT NOT NULL,
            title TEXT, authors TEXT NOT NULL DEFAULT '[]', year INTEGER, venue TEXT, doi TEXT,
            language TEXT, languages TEXT NOT NULL DEFAULT '[]',
            pages INTEGER NOT NULL DEFAULT 0,
            meta_sources TEXT NOT NULL DEFAULT '{}',  -- field -> where its value came from
            own_meta TEXT NOT NULL DEFAULT '{}',      -- what the document itself says (before sidecars)
            notes TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL DEFAULT '',
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            root TEXT NOT NULL,             -- the corpus folder it was found under
            doc_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
            size INTEGER, mtime REAL, sha256 TEXT,
            status TEXT NOT NULL,           -- ok | failed | duplicate | missing
            error TEXT,
            fail_size INTEGER, fail_mtime REAL,  -- the version that failed, so an unchanged bad file is not re-read
            checked_at TEXT NOT NULL
        );
        CREATE INDEX files_root ON files(root);
        CREATE INDEX files_doc ON files(doc_id);
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL, section TEXT, page INTEGER, language TEXT,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentences TEXT NOT NULL DEFAULT '[]',
            UNIQUE (doc_id, idx)
        );
        CREATE VIRTUAL TABLE passages_fts USING fts5(
            text, content='passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER passages_au AFTER UPDATE OF text ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """
    )


def m002_references_citations_works(db: sqlite3.Connection) -> str:
    return (
        """
        CREATE TABLE works (
            id TEXT PRIMARY KEY,            -- DOI, else first author + year + title, hashed
            title TEXT, authors TEXT NOT NULL DEFAULT '[]', year INTEGER, container TEXT, doi TEXT,
            type TEXT NOT NULL DEFAULT 'other',
            doc_id TEXT REFERENCES documents(id) ON DELETE SET NULL   -- the corpus document it is, if any
        );
        CREATE INDEX works_doc ON works(doc_id);
        CREATE TABLE reference_entries (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            raw TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]', editors TEXT NOT NULL DEFAULT '[]',
            year INTEGER, year_suffix TEXT NOT NULL DEFAULT '', year_text TEXT,
            title TEXT, container TEXT, volume TEXT, issue TEXT, pages TEXT, publisher TEXT, place TEXT,
            doi TEXT, url TEXT, type TEXT NOT NULL DEFAULT 'other',
            source TEXT NOT NULL DEFAULT 'list',   -- list | footnote
            passage_idx INTEGER, page INTEGER,
            work_id TEXT,
            UNIQUE (doc_id, idx)
        );
        CREATE INDEX reference_entries_work ON reference_entries(work_id);
        CREATE TABLE citations (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_idx INTEGER, page INTEGER,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,   -- offsets in the document text
            surface TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]', et_al INTEGER NOT NULL DEFAULT 0,
            year INTEGER, year_suffix TEXT NOT NULL DEFAULT '', year_text TEXT, pages TEXT,
            narrative INTEGER NOT NULL DEFAULT 0, style TEXT NOT NULL, numbers TEXT NOT NULL DEFAULT '[]',
            grp INTEGER NOT NULL DEFAULT 0, sentence TEXT,
            reference_idx INTEGER, confidence REAL NOT NULL DEFAULT 0, unlinked_reason TEXT
        );
        CREATE INDEX citations_doc ON citations(doc_id, reference_idx);
        """
    )


def m003_concept_mentions(db: sqlite3.Connection) -> str:
    return (
        """
        CREATE TABLE concepts (             -- the lexicon the mentions were tagged with
            id TEXT PRIMARY KEY, label TEXT NOT NULL, grp TEXT NOT NULL DEFAULT '',
            patterns TEXT NOT NULL DEFAULT '[]', acronyms TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE tagging (              -- which lexicon each document was tagged with, and its word counts
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            lexicon TEXT NOT NULL,          -- fingerprint of the lexicon
            words INTEGER NOT NULL,         -- words in the text passages (reference lists left out)
            tagged_at TEXT NOT NULL
        );
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
            concept TEXT NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, surface TEXT NOT NULL,
            source TEXT NOT NULL,           -- text | references
            via TEXT NOT NULL,              -- pattern | acronym | defined | glossary
            sentence INTEGER                -- index of the sentence within the passage
        );
        CREATE INDEX mentions_doc ON mentions(doc_id);
        CREATE INDEX mentions_concept ON mentions(concept, doc_id);
        CREATE INDEX mentions_passage ON mentions(passage_id);
        CREATE TABLE acronyms (             -- acronyms a document defines for a concept
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            acronym TEXT NOT NULL, concept TEXT NOT NULL,
            passage_id INTEGER REFERENCES passages(id) ON DELETE CASCADE,
            PRIMARY KEY (doc_id, acronym)
        );
        """
    )


def m004_cite_ready_metadata(db: sqlite3.Connection) -> str:
    return (
        """
        ALTER TABLE documents ADD COLUMN creators TEXT NOT NULL DEFAULT '[]';   -- [{family, given} | {literal}]
        ALTER TABLE documents ADD COLUMN venue_info TEXT NOT NULL DEFAULT '{}'; -- {name, volume, issue, pages, ...}
        ALTER TABLE documents ADD COLUMN kind TEXT;          -- journal-article | working-paper | report | ...
        ALTER TABLE documents ADD COLUMN meta_confidence TEXT NOT NULL DEFAULT '{}';  -- {field: 0..1}
        ALTER TABLE documents ADD COLUMN page_labels TEXT NOT NULL DEFAULT '[]';      -- printed label per page
        ALTER TABLE documents ADD COLUMN text_source TEXT NOT NULL DEFAULT 'text';    -- text | ocr
        ALTER TABLE passages ADD COLUMN page_label TEXT;     -- the page number printed on the paper
        """
    )


def m005_concept_rejections_vetoes(db: sqlite3.Connection) -> str:
    return (
        """
        CREATE TABLE concept_rejections (   -- candidate matches the matcher set aside as another sense
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
            concept TEXT NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, surface TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX concept_rejections_doc ON concept_rejections(doc_id);
        CREATE INDEX concept_rejections_concept ON concept_rejections(concept);
        CREATE TABLE concept_vetoes (       -- forms and single mentions the researcher set aside
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,             -- form | mention
            concept TEXT NOT NULL,
            form TEXT,                      -- casefolded surface form (kind form)
            doc_prefix TEXT, passage_idx INTEGER, start_char INTEGER,   -- kind mention: its stable id's parts
            origin TEXT NOT NULL,           -- cli | the veto file's path
            line INTEGER                    -- line in the veto file
        );
        """
    )


def m006_store_generations(db: sqlite3.Connection) -> str:
    # a counter that every change to the documents moves on; a derived step (works, glossary) records the counter it
    # was built at, so a resume after a kill rebuilds what is stale even when no file changed
    return (
        """
        CREATE TABLE store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO store_state (key, value) VALUES ('documents', 1);
        CREATE TRIGGER documents_gen_insert AFTER INSERT ON documents
            BEGIN UPDATE store_state SET value = value + 1 WHERE key = 'documents'; END;
        CREATE TRIGGER documents_gen_update AFTER UPDATE ON documents
            BEGIN UPDATE store_state SET value = value + 1 WHERE key = 'documents'; END;
        CREATE TRIGGER documents_gen_delete AFTER DELETE ON documents
            BEGIN UPDATE store_state SET value = value + 1 WHERE key = 'documents'; END;
        """
    )


def m007_zotero_items(db: sqlite3.Connection) -> str:
    # the Zotero item a document is an attachment of (litmine ingest --zotero): key, select link, collections, tags
    return (
        """
        CREATE TABLE zotero_items (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            library_id INTEGER NOT NULL,
            select_uri TEXT NOT NULL,         -- zotero://select/library/items/KEY
            item_type TEXT NOT NULL,          -- Zotero's item type: journalArticle, report, ...
            collections TEXT NOT NULL DEFAULT '[]',  -- ["Parent/Child", ...]
            tags TEXT NOT NULL DEFAULT '[]',
            citekey TEXT,                     -- Better BibTeX's citation key, where the library has one
            date_modified TEXT
        );
        CREATE INDEX zotero_items_key ON zotero_items(item_key);
        """
    )


def _passages_fts(index) -> str:
    """The passages' full-text index and its triggers, each passage indexed as the SQL expression index(column)
    gives; declared with content="passages" (double quotes), the form sqlite-utils and Datasette look for."""
    return f"""
        DROP TRIGGER IF EXISTS passages_ai;
        DROP TRIGGER IF EXISTS passages_ad;
        DROP TRIGGER IF EXISTS passages_au;
        DROP TABLE IF EXISTS passages_fts;
        CREATE VIRTUAL TABLE passages_fts USING fts5(
            text, content="passages", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2"
        );
        INSERT INTO passages_fts(rowid, text) SELECT id, {index('text')} FROM passages;
        {_fts_triggers(index)}
        """


def _fts_triggers(index) -> str:
    """The triggers that keep the passages' full-text index in step with the passages, each passage indexed as
    index(column) gives."""
    return f"""
        DROP TRIGGER IF EXISTS passages_ai;
        DROP TRIGGER IF EXISTS passages_ad;
        DROP TRIGGER IF EXISTS passages_au;
        CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, {index('new.text')});
        END;
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, {index('old.text')});
        END;
        CREATE TRIGGER passages_au AFTER UPDATE OF text ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, {index('old.text')});
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, {index('new.text')});
        END;
        """


def m008_fts_for_generic_tools(db: sqlite3.Connection) -> str:
    # the passages index declared the way sqlite-utils and Datasette find it; letters without a Unicode
    # decomposition folded (store/fts.py)
    from litmine.store.fts import sql_fold

    return _passages_fts(sql_fold)


def m009_fts_original_spellings(db: sqlite3.Connection) -> str:
    # the index also holds the original spelling of words with ø, æ, ß, ł... (store/fts.py index_text): queries
    # typed unfolded in sqlite-utils or Datasette find them; the declaration is m008's
    from litmine.store.fts import sql_index_text

    return _passages_fts(sql_index_text)


def m010_topic_pieces(db: sqlite3.Connection) -> str:
    # each text passage's topic pieces (words before phrases, concept tokens), so topic runs do not tokenize again
    # (store/topic_pieces.py)
    return (
        """
        CREATE TABLE topic_pieces (
            passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
            key TEXT NOT NULL,              -- sha256 of the text, its mentions and the preprocessing's versions
            pieces TEXT NOT NULL            -- JSON: concept tokens (strings) and runs of words (lists), in order
        );
        """
    )


def m011_fts_cheaper_triggers(db: sqlite3.Connection) -> str:
    # the index triggers of m009 again, their index text (store/fts.py sql_index_text) the same, computed with
    # instr() instead of a GLOB that cost 4x as much on every passage written; the index itself is not rebuilt
    from litmine.store.fts import sql_index_text

    return _fts_triggers(sql_index_text)


def m012_fts_ascii_triggers(db: sqlite3.Connection) -> str:
    # the index triggers of m011 again, their index text the same, with ASCII text (most passages) told apart by
    # its byte length before the 16 instr() calls (store/fts.py sql_index_text); the index itself is not rebuilt
    from litmine.store.fts import sql_index_text

    return _fts_triggers(sql_index_text)


def m013_short_form_repeats(db: sqlite3.Connection) -> str:
    # a note's short form kept as a reference entry of its own (source 'short', citations/short_forms.py): the idx
    # of the entry it repeats, whose work it is; NULL for list and footnote entries (and every entry written before)
    return "ALTER TABLE reference_entries ADD COLUMN repeats INTEGER;"


def m014_passage_page_breaks(db: sqlite3.Connection) -> str:
    # where a passage's text goes on on another physical page (a paragraph rejoined across a page break, ingest/pdf.py):
    # [[offset, page], ...]; '[]' for a passage on one page and for every passage written before (re-ingest with
    # --force to fill it)
    return "ALTER TABLE passages ADD COLUMN breaks TEXT NOT NULL DEFAULT '[]';"


def _deferrable_fts_triggers(index) -> str:
    """The index triggers of m012 (each passage indexed as index(column) gives), made deferrable (m015): while
    store_state's 'index_deferred' is 1 a new (or changed) passage is not indexed but listed in passages_unindexed
    (store/fts.py DeferredIndexMixin indexes those later), and a deleted or changed passage leaves the index only if
    the index holds it (a 'delete' of a row never indexed would corrupt an external-content index)."""
    deferred = "EXISTS (SELECT 1 FROM store_state WHERE key = 'index_deferred' AND value = 1)"
    indexed = "NOT EXISTS (SELECT 1 FROM passages_unindexed WHERE id = old.id)"
    return f"""
        DROP TRIGGER IF EXISTS passages_ai;
        DROP TRIGGER IF EXISTS passages_ad;
        DROP TRIGGER IF EXISTS passages_au;
        CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
            INSERT INTO passages_fts(rowid, text) SELECT new.id, {index('new.text')} WHERE NOT {deferred};
            INSERT INTO passages_unindexed(id) SELECT new.id WHERE {deferred};
        END;
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) SELECT 'delete', old.id, {index('old.text')}
                WHERE {indexed};
            DELETE FROM passages_unindexed WHERE id = old.id;
        END;
        CREATE TRIGGER passages_au AFTER UPDATE OF text ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) SELECT 'delete', old.id, {index('old.text')}
                WHERE {indexed};
            DELETE FROM passages_unindexed WHERE id = old.id;
            INSERT INTO passages_fts(rowid, text) SELECT new.id, {index('new.text')} WHERE NOT {deferred};
            INSERT INTO passages_unindexed(id) SELECT new.id WHERE {deferred};
        END;
        """


def m015_deferrable_fts_index(db: sqlite3.Connection) -> str:
    # `litmine run` writes passages unindexed and builds their full-text index later, while its process waits for
    # the topic model (store/fts.py DeferredIndexMixin): the passages written meanwhile are listed in
    # passages_unindexed; the triggers of m012 made deferrable, the index text the same, the index not rebuilt
    from litmine.store.fts import sql_index_text

    return ("""
        CREATE TABLE passages_unindexed (id INTEGER PRIMARY KEY);  -- passages written while the index was deferred
        INSERT OR IGNORE INTO store_state (key, value) VALUES ('index_deferred', 0);"""
            + _deferrable_fts_triggers(sql_index_text))


MIGRATIONS: list[Callable[[sqlite3.Connection], str]] = [m001_documents_files_passages, m002_references_citations_works,
                                                          m003_concept_mentions, m004_cite_ready_metadata,
                                                          m005_concept_rejections_vetoes, m006_store_generations,
                                                          m007_zotero_items, m008_fts_for_generic_tools,
                                                          m009_fts_original_spellings, m010_topic_pieces,
                                                          m011_fts_cheaper_triggers, m012_fts_ascii_triggers,
                                                          m013_short_form_repeats,
                                                          m014_passage_page_breaks,
                                                          m015_deferrable_fts_index]


def migrate(db: sqlite3.Connection, upto: int | None = None) -> int:
    """Apply the migrations the database has not seen yet, up to schema version `upto` (all by default; a test
    builds a store as an older litmine wrote it so). Returns the schema version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        from litmine.errors import StoreError

        raise StoreError(f"the store is schema version {version}, newer than this litmine ({len(MIGRATIONS)})")
    for number, step in enumerate(MIGRATIONS[version:upto], start=version + 1):
        # executescript commits any open transaction first, so the script carries its own BEGIN/COMMIT
        try:
            db.executescript(f"BEGIN;\n{step(db)}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS) if upto is None else max(version, min(upto, len(MIGRATIONS)))
