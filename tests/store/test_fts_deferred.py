"""The full-text index written later (store/fts.py DeferredIndexMixin, migration m015): `litmine run` writes
passages unindexed and indexes them while it waits for the topic model. The index it ends with must be the index
the triggers would have built, passage for passage and token for token, whatever was written, rewritten or deleted
meanwhile, and a run stopped before it caught up must lose nothing."""

import sqlite3

from litmine.models import Document, Passage
from litmine.store import Store

TEXTS = {"d1": "Sørensen and Torfing on network governance in Århus.",
         "d2": "Street-level bureaucracy in the welfare state; Straße und Øresund.",
         "d3": "Co-production of public services with citizens, and governance again."}


def write(store: Store, doc_id: str, text: str) -> None:
    doc = Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", title="T", authors=["A B"], year=2018,
                   text=text, passages=[Passage(index=i, kind="body", text=part, start=0, end=len(part),
                                                language="en", sentences=[(0, len(part))])
                                        for i, part in enumerate(text.split("; "))])
    store.write_document(doc, root="corpus", size=len(text), mtime=1.0)


def index(store: Store) -> list[tuple[str, str, int, int]]:
    """Every token of the index as (term, document, passage index, offset)."""
    store.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, passages_fts, instance)")
    rows = store.db.execute("SELECT v.term, p.doc_id, p.idx, v.offset FROM temp.vocab v "
                            "JOIN passages p ON p.id = v.doc")
    return sorted(tuple(r) for r in rows)


def raw_match(store: Store, term: str) -> list[str]:
    """Documents the index finds for term, read without litmine's search (which catches up first)."""
    return sorted(r[0] for r in store.db.execute(
        "SELECT p.doc_id FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
        "WHERE passages_fts MATCH ?", (term,)))


def integrity(store: Store) -> None:
    # the index's own structure (rank 1 would compare it with the passages' raw text, which the folded index text
    # of store/fts.py is not for passages with ø, ß...)
    store.db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')")


def immediate(tmp_path, texts: dict[str, str]) -> Store:
    store = Store(tmp_path / "immediate.db")
    for doc_id, text in texts.items():
        write(store, doc_id, text)
    return store


def test_deferred_passages_are_indexed_only_on_catch_up(tmp_path):
    store = Store(tmp_path / "s.db")
    store.defer_index()
    for doc_id, text in TEXTS.items():
        write(store, doc_id, text)
    assert store.index_deferred() and raw_match(store, "governance") == []
    assert store.db.execute("SELECT count(*) FROM passages_unindexed").fetchone()[0] == 4
    assert store.catch_up_index(batch=2) == 4  # two batches and an empty last one
    assert store.db.execute("SELECT v FROM passages_fts_config WHERE k = 'automerge'").fetchone()[0] == 4
    assert not store.index_deferred() and raw_match(store, "governance") == ["d1", "d3"]
    assert store.db.execute("SELECT count(*) FROM passages_unindexed").fetchone()[0] == 0
    integrity(store)
    assert store.catch_up_index() == 0  # nothing deferred: nothing to do
    write(store, "d4", "Governance after the deferral ended")  # the triggers index at once again
    assert raw_match(store, "governance") == ["d1", "d3", "d4"]
    store.close()


def test_caught_up_index_is_the_index_the_triggers_build(tmp_path):
    """Searches rank the same passages the same way; the index holds the same tokens at the same offsets."""
    store = Store(tmp_path / "s.db")
    store.defer_index()
    for doc_id, text in TEXTS.items():
        write(store, doc_id, text)
    store.catch_up_index()
    other = immediate(tmp_path, TEXTS)
    assert index(store) == index(other) and len(index(store)) > 20
    for query in ("governance", "Sørensen", "sorensen", "welfare state", "oresund", "citizens OR Torfing"):
        assert store.search(query) == other.search(query), query
    integrity(store)
    store.close()
    other.close()


def test_documents_rewritten_and_deleted_while_deferred(tmp_path):
    """A passage indexed before the deferral and deleted during it leaves the index; one written and deleted
    during it never reaches the index (a 'delete' of a row the index never held would corrupt it)."""
    store = Store(tmp_path / "s.db")
    write(store, "d1", "An older text about Øresund; and a second passage")
    write(store, "d2", TEXTS["d2"])
    store.defer_index()
    write(store, "d1", TEXTS["d1"])  # replaces an indexed document: its old passages leave the index
    write(store, "d3", "A first version of d3 about tuberculosis")
    write(store, "d3", TEXTS["d3"])  # replaces a document written unindexed
    write(store, "d5", "Written and deleted before the catch-up")
    store.db.execute("DELETE FROM passages WHERE doc_id = 'd5'")
    store.db.execute("UPDATE passages SET text = 'Street-level bureaucracy, rewritten' WHERE doc_id = 'd2' "
                     "AND idx = 0")  # an indexed passage changed while deferred: out of the index until caught up
    assert raw_match(store, "oresund") == ["d2"] and raw_match(store, "bureaucracy") == []
    store.catch_up_index()
    integrity(store)
    final = dict(TEXTS, d2="Street-level bureaucracy, rewritten; Straße und Øresund.")
    other = immediate(tmp_path, final)
    assert index(store) == index(other)
    assert raw_match(store, "tuberculosis") == [] and raw_match(store, "rewritten") == ["d2"]
    store.close()
    other.close()


def test_batches_over_gaps_index_each_passage_once(tmp_path):
    """Each batch indexes the unindexed passages from its first id to its last (a passage deleted meanwhile
    leaves a gap): every passage once, none left out, whatever the batch size."""
    store = Store(tmp_path / "s.db")
    store.defer_index()
    for doc_id, text in TEXTS.items():
        write(store, doc_id, text)
    store.db.execute("DELETE FROM passages WHERE doc_id = 'd1'")
    write(store, "d4", "Governance after a gap; and Øresund again")
    store.db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('automerge', 7)")  # the store's own
    assert store.catch_up_index(batch=1) == 5
    integrity(store)
    # FTS5's automatic merging, off during the catch-up, is the store's own setting again
    assert store.db.execute("SELECT v FROM passages_fts_config WHERE k = 'automerge'").fetchone()[0] == 7
    other = immediate(tmp_path, {k: v for k, v in dict(TEXTS, d4="Governance after a gap; and Øresund again").items()
                                 if k != "d1"})
    assert index(store) == index(other)
    store.close()
    other.close()


def test_a_run_stopped_before_catching_up_loses_nothing(tmp_path):
    """The deferral stays recorded in the store: a later search catches up before it reads the index, and so
    does a later ingest."""
    store = Store(tmp_path / "s.db")
    store.defer_index()
    write(store, "d1", TEXTS["d1"])
    store.db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('automerge', 0)")  # as a catch-up leaves it
    store.close()  # the run was killed here
    store = Store(tmp_path / "s.db")
    assert store.index_deferred()
    assert [h[1] for h in store.search("governance")] == ["d1"]
    assert not store.index_deferred()
    assert store.db.execute("SELECT v FROM passages_fts_config WHERE k = 'automerge'").fetchone()[0] == 4
    integrity(store)
    store.close()


def one_file_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Co-production of public services with citizens.\n", encoding="utf-8")
    return corpus


def test_ingest_catches_up_an_index_left_deferred(tmp_path):
    from litmine.ingest import ingest_corpus

    corpus = one_file_corpus(tmp_path)
    store = Store(tmp_path / "s.db")
    store.defer_index()
    write(store, "old", "Network governance written by a run that stopped")
    ingest_corpus(corpus, store, jobs=1)
    assert not store.index_deferred()
    assert raw_match(store, "governance") == ["old"] and len(raw_match(store, "citizens")) == 1
    integrity(store)
    store.close()


def test_ingest_index_later_leaves_the_index_to_the_caller(tmp_path):
    from litmine.ingest import ingest_corpus

    corpus = one_file_corpus(tmp_path)
    store = Store(tmp_path / "s.db")
    ingest_corpus(corpus, store, jobs=1, index_later=True)
    assert store.index_deferred() and raw_match(store, "citizens") == []
    assert store.catch_up_index() >= 1 and len(raw_match(store, "citizens")) == 1
    again = ingest_corpus(corpus, store, jobs=1, index_later=True)  # nothing to read: nothing deferred
    assert again.summary().startswith("0 added") and not store.index_deferred()
    store.close()


def test_generic_sqlite_sees_the_deferral_triggers_work_without_litmine(tmp_path):
    """A tool writing passages with plain SQL (no litmine) keeps the index right whether or not a deferral is
    on: the triggers use built-in SQL only."""
    store = Store(tmp_path / "s.db")
    write(store, "d1", TEXTS["d1"])
    store.close()
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("INSERT INTO passages (doc_id, idx, kind, start_char, end_char, text) "
               "VALUES ('d1', 7, 'body', 0, 9, 'Hjørring welfare')")
    db.commit()
    db.close()
    store = Store(tmp_path / "s.db")
    assert raw_match(store, "hjorring") == ["d1"]
    integrity(store)
    store.close()


def test_a_store_written_before_m015_migrates_and_indexes_as_before(tmp_path, monkeypatch):
    """A store written under m014's triggers, migrated, then rewritten and added to under a deferral, holds the
    index a new store holds."""
    import litmine.store.migrations as migrations

    all_migrations = migrations.MIGRATIONS
    monkeypatch.setattr(migrations, "MIGRATIONS", all_migrations[:14])
    old = Store(tmp_path / "old.db")
    write(old, "d1", "Straße und Øresund, an older text; with a second passage")
    write(old, "d2", TEXTS["d2"])
    old.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", all_migrations)
    old = Store(tmp_path / "old.db")
    assert old.db.execute("PRAGMA user_version").fetchone()[0] == 15 and not old.index_deferred()
    old.defer_index()
    write(old, "d1", TEXTS["d1"])  # an indexed document rewritten during the deferral
    write(old, "d3", TEXTS["d3"])
    old.catch_up_index()
    new = immediate(tmp_path, TEXTS)
    assert index(old) == index(new)
    integrity(old)
    old.close()
    new.close()
