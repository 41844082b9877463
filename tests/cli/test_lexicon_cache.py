"""Commands read the lexicon only when the store is not tagged with it yet (litmine/cli/lexicon_cache.py)."""

from __future__ import annotations

import json
import shutil

import pytest

from litmine.cli import app
from litmine.cli import lexicon_cache
from litmine.store import Store
from tests.conftest import Runner

TEXT = ("Beschäftigungsfähigkeit in Łódź\n\nEmployability and welfare-to-work programmes; die "
        "Beschäftigungsfähigkeit der Arbeitslosen und das Bürgergeld.\n")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The corpus ingested once for this module; each test gets a copy of the store (and of what lies beside it)."""
    root = tmp_path_factory.mktemp("lexicon_cache")
    corpus = root / "korpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    path = root / "größe.db"
    result = Runner().invoke(app, ["ingest", str(corpus), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def db(ingested, tmp_path):
    for f in ingested.parent.iterdir():
        if f.is_file():
            shutil.copy2(f, tmp_path / f.name)
    return tmp_path / ingested.name


def _query(db, *args):
    result = Runner().invoke(app, ["query", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _unreadable(*args, **kwargs):
    raise AssertionError("the lexicon was read")


def test_lexicon_cache_second_command_reads_no_lexicon_and_answers_the_same(db, monkeypatch):
    first = _query(db, "--concept", "employability")
    assert first and lexicon_cache.cache_file(db).exists()
    monkeypatch.setattr("litmine.concepts.lexicon.load_lexicon", _unreadable)
    assert _query(db, "--concept", "employability") == first


def test_lexicon_cache_changed_lexicon_file_is_read_and_tagged(db, tmp_path):
    extra = tmp_path / "mein lexikon.yaml"
    extra.write_text("concepts:\n  - id: buergergeld\n    label: Bürgergeld\n    patterns: [Bürgergeld]\n",
                     encoding="utf-8")
    assert len(_query(db, "--concept", "buergergeld", "--lexicon", str(extra))) == 1
    extra.write_text("concepts:\n  - id: buergergeld\n    label: Bürgergeld\n    patterns: [Łódź]\n",
                     encoding="utf-8")
    hits = _query(db, "--concept", "buergergeld", "--lexicon", str(extra))
    assert [h["text"] for h in hits] == ["Beschäftigungsfähigkeit in Łódź"]
    result = Runner().invoke(app, ["query", "--db", str(db), "--concept", "buergergeld"])
    assert result.exit_code != 0 and "unknown concept" in result.output  # the default lexicon again


def test_lexicon_cache_damaged_or_foreign_cache_means_reading_the_lexicon(db, monkeypatch):
    first = _query(db, "--concept", "employability")
    for damaged in ("{not json", json.dumps({"key": "x", "fingerprint": 1, "ids": []}), "[]"):
        lexicon_cache.cache_file(db).write_text(damaged, encoding="utf-8")
        assert _query(db, "--concept", "employability") == first
        assert json.loads(lexicon_cache.cache_file(db).read_text(encoding="utf-8"))["key"] == \
            lexicon_cache.lexicon_key(None, False)


def test_lexicon_cache_is_not_current_after_documents_change_or_retagging(db, tmp_path):
    _query(db, "--concept", "employability")
    key = lexicon_cache.lexicon_key(None, False)
    store = Store(db)
    try:
        assert lexicon_cache.is_current(store, key)
        assert not lexicon_cache.is_current(store, lexicon_cache.lexicon_key(tmp_path / "missing.yaml", False))
        doc_id = store.document_ids()[0]
        store.db.execute("UPDATE tagging SET lexicon = 'another' WHERE doc_id = ?", (doc_id,))
        store.db.commit()
        assert not lexicon_cache.is_current(store, key)
    finally:
        store.close()
    _query(db, "--concept", "employability")  # tags the document again
    store = Store(db)
    try:
        assert lexicon_cache.is_current(store, key)
    finally:
        store.close()


def test_lexicon_cache_key_follows_the_files_bytes(tmp_path):
    extra = tmp_path / "lexikon.yaml"
    extra.write_text("concepts: []\n", encoding="utf-8")
    key = lexicon_cache.lexicon_key(extra, False)
    assert key == lexicon_cache.lexicon_key(extra, False) != lexicon_cache.lexicon_key(extra, True)
    extra.write_text("concepts: [] \n", encoding="utf-8")
    assert lexicon_cache.lexicon_key(extra, False) != key
    assert lexicon_cache.lexicon_key(tmp_path / "fehlt.yaml", False) is None
    assert lexicon_cache.cache_file(":memory:") is None
