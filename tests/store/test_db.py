import sqlite3

import pytest

from litmine.errors import StoreError
from litmine.models import Document, Passage
from litmine.store import Store
from litmine.store.migrations import MIGRATIONS


def make_doc(doc_id="d1", text="Co-production of employability services with lone parents in Århus."):
    return Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", title="Título", authors=["Eva Sørensen"],
                    year=2018, text=text, passages=[Passage(index=0, kind="body", text=text, start=0, end=len(text),
                                                            language="en", sentences=[(0, len(text))])])


def test_db_migrations_set_user_version(tmp_path):
    store = Store(tmp_path / "s.db")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    store.close()
    Store(tmp_path / "s.db").close()  # reopening migrates nothing and fails nothing


def test_db_newer_schema_is_refused(tmp_path):
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError, match="newer than this litmine"):
        Store(tmp_path / "s.db")


def test_db_not_a_database(tmp_path):
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(tmp_path / "junk.db")


def test_db_write_search_and_read_back_non_ascii(store):
    store.write_document(make_doc(), root="corpus", size=10, mtime=1.0)
    hits = store.search('"lone parents"')
    assert [h[1] for h in hits] == ["d1"]
    assert store.search("arhus")  # diacritics folded: Århus
    assert store.search("produce") == [] and store.search("services")
    doc = store.get_document("d1")
    assert doc.authors == ["Eva Sørensen"] and doc.title == "Título"
    p = next(store.iter_passages("d1"))
    assert p.sentences == [(0, len(p.text))]


def test_db_passages_written_in_statements_of_a_few_rows_keep_order_and_index(tmp_path):
    store = Store(tmp_path / "s.db")
    store.db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 30)  # 2 passages (11 columns) per INSERT statement
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    doc = make_doc(text=" ".join(words))
    doc.passages = [Passage(index=i, kind="body", text=f"{w} Sørensen", start=0, end=5, sentences=[(0, 5)])
                    for i, w in enumerate(words)]
    store.write_document(doc, root="corpus", size=10, mtime=1.0)
    stored = list(store.iter_passages("d1"))
    assert [(p.index, p.text) for p in stored] == [(i, f"{w} Sørensen") for i, w in enumerate(words)]
    assert [p.id for p in stored] == list(range(stored[0].id, stored[0].id + 5))  # ids in passage order
    for p, w in zip(stored, words):
        assert [h[0] for h in store.search(w)] == [p.id]  # each passage indexed under its own id
    assert len(store.search("sorensen")) == 5
    store.close()


def test_db_passages_of_given_ids_are_those_of_the_whole_read_in_its_order(tmp_path):
    store = Store(tmp_path / "s.db")
    for doc_id in ("d2", "d1"):
        doc = make_doc(doc_id)
        doc.passages = [Passage(index=i, kind="body" if i % 2 else "heading", text=f"{doc_id} part {i} Åse",
                                start=0, end=5, sentences=[(0, 5)], breaks=[(2, 3)] if i == 1 else [])
                        for i in range(4)]
        store.write_document(doc, root="corpus", size=10, mtime=1.0)
    every = list(store.iter_passages())
    wanted = [every[6].id, every[1].id, every[2].id, every[1].id, 10**9]  # any order, a repeat, an unknown id
    got = list(store.iter_passages(ids=wanted))
    assert got == [p for p in every if p.id in set(wanted)] and [p.doc_id for p in got] == ["d1", "d1", "d2"]
    assert got[0].breaks == [(2, 3)] and list(store.iter_passages(ids=[])) == []
    store.close()


def test_db_replacing_a_document_is_atomic(store, monkeypatch):
    store.write_document(make_doc(), root="corpus", size=10, mtime=1.0)
    bad = make_doc("d2", "New version")
    bad.path = "corpus/d1.txt"
    bad.passages.append(Passage(index=0, kind="body", text="duplicate index", start=0, end=5))  # violates UNIQUE
    with pytest.raises(sqlite3.IntegrityError):
        store.write_document(bad, root="corpus", size=11, mtime=2.0)
    assert [d.id for d in store.iter_documents()] == ["d1"]
    assert store.search("employability") and not store.search("duplicate")


def test_db_search_bad_query_names_it(store):
    with pytest.raises(StoreError, match="bad search query"):
        store.search('"unbalanced')
