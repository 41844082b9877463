"""Ingest stores the topic pieces of the passages without concept mentions as its workers made them, so the first
topic build tokenizes only the passages with mentions; the tokens are those of a store without pieces, and a file
whose pieces cannot be made is still read."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.ingest import ingest_corpus, workers
from litmine.store import Store
from litmine.topics import preprocess
from litmine.topics.preprocess import build_topic_corpus
from tests.topics.test_pieces import _counting

TEXTS = {"a.txt": "Co-production of employment services with jobseekers: the welfare offices and the local programmes "
                  "of activation were studied in three regions over two years of fieldwork.\n\n"
                  "Advisers described how the interviews with participants changed after the reform of unemployment "
                  "benefits, and why the offices changed their routines and their caseloads.\n",
         "b.txt": "Housing associations and local authorities fund training and building programmes for young "
                  "people leaving care, with rents paid by housing benefit and grants from the councils.\n"}


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_topic_pieces_stored_at_ingest_for_passages_without_mentions(tmp_path, monkeypatch, jobs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "s.db")
    monkeypatch.setattr(preprocess, "_WORDS", None)  # as in a fresh process (put back afterwards)
    monkeypatch.setattr(workers, "_WORDS_BUILT", False)
    report = ingest_corpus(corpus, store, jobs=jobs, concepts=load_lexicon())
    assert report.ok and len(report.added) == 2
    assert not preprocess.words_built()  # the writer let go of the words it built for its workers
    mentioned = {m.passage_id for m in store.iter_mentions()}
    texts = {pid: text for pid, _, _, _, _, text in store.iter_passage_texts()}
    assert mentioned and len(texts) == 3
    assert set(store.topic_piece_keys()) == set(texts) - mentioned  # a passage with mentions has other pieces
    calls = _counting(monkeypatch)
    first = build_topic_corpus(store, unit="document")
    assert sorted(calls) == sorted(texts[p] for p in mentioned)  # only those are made by the topic build
    assert "co-production" in first.tokens[0]
    store.db.execute("DELETE FROM topic_pieces")  # a store ingested before ingest made pieces
    again = build_topic_corpus(store, unit="document")
    assert (again.tokens, again.fingerprint) == (first.tokens, first.fingerprint)


def test_topic_pieces_a_worker_that_cannot_build_the_words_still_reads_the_file(tmp_path, monkeypatch):
    path = tmp_path / "b.txt"
    path.write_text(TEXTS["b.txt"], encoding="utf-8")

    def broken():
        raise preprocess.LitmineError("spaCy's English lemma table is missing")

    monkeypatch.setattr(preprocess, "build_words", broken)
    monkeypatch.setattr(preprocess, "_WORDS", None)
    monkeypatch.setattr(workers, "_WORDS_FAILED", False)
    result = workers.extract_file(str(path), limits=workers.Limits(file_seconds=0, memory_mb=0))
    assert result.reason is None and result.doc.passages and result.pieces is None
    assert workers._WORDS_FAILED  # not tried again for every file
    monkeypatch.setattr(workers, "_WORDS_FAILED", False)
    monkeypatch.undo()
    made = workers.extract_file(str(path), limits=workers.Limits(file_seconds=0, memory_mb=0))
    assert [i for i, _, _ in made.pieces] == [p.index for p in made.doc.passages]


def test_a_worker_searches_each_passage_for_callouts_once(tmp_path, monkeypatch):
    from litmine.citations import extract, intext

    path = tmp_path / "c.txt"
    path.write_text("Work first fails the lone parents (Lindsay, 2007: 12; Rees et al., 2014).\n\n"
                    "Advisers kept their discretion (Lipsky, 1980), as street-level workers do.\n", encoding="utf-8")
    monkeypatch.setattr(preprocess, "_WORDS", None)
    monkeypatch.setattr(workers, "_WORDS_BUILT", False)
    calls: list[str] = []
    real = intext.find_callouts
    counting = lambda t: calls.append(t) or real(t)  # noqa: E731
    monkeypatch.setattr(intext, "find_callouts", counting)
    monkeypatch.setattr(extract, "find_callouts", counting)
    result = workers.extract_file(str(path))
    texts = [p.text for p in result.doc.passages]
    assert len(result.doc.citations) == 3 and len(texts) == 2
    assert sorted(calls) == sorted(texts)  # once for the citations, not again for the pieces
    assert result.pieces == preprocess.ingest_pieces(result.doc.passages)  # made apart: the same pieces
    assert len(calls) == 4
    workers.let_go_of_words()
