"""The store's cache of topic pieces: a second build tokenizes nothing, a changed passage or mention is made again,
and the tokens never depend on whether they came from the cache."""

import litmine.topics.preprocess as preprocess
from litmine.models import Mention
from litmine.store import Store
from litmine.topics.preprocess import build_topic_corpus
from tests.topics.test_preprocess import LONG, document, fill

TEXTS = ["Co-production of employment services with jobseekers in Łódź: the welfare offices and the local "
         "programmes of activation. " + LONG,
         "Lone parents' benefits and sanctions; the welfare offices and conditionality in Århus. " + LONG]


def _counting(monkeypatch):
    calls = []
    real = preprocess._packed  # every passage a corpus build or ingest tokenizes goes through it

    def counted(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(preprocess, "_packed", counted)
    return calls


def test_pieces_second_build_reads_the_cache_and_gives_the_same_corpus(monkeypatch):
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]), document("c", LONG))
    calls = _counting(monkeypatch)
    first = build_topic_corpus(store, unit="document")
    assert len(calls) == 3 and len(store.topic_piece_keys()) == 3
    again = build_topic_corpus(store, unit="document")
    assert len(calls) == 3  # nothing tokenized the second time
    assert (again.tokens, again.units, again.fingerprint) == (first.tokens, first.units, first.fingerprint)
    assert "co-production" in first.tokens[0] and "łódź" in first.tokens[0]


def test_pieces_a_new_mention_or_document_is_tokenized_alone(monkeypatch):
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]))
    build_topic_corpus(store, unit="document")
    calls = _counting(monkeypatch)
    fill(store, document("c", LONG), tag=False)
    build_topic_corpus(store, unit="document")
    assert calls == [LONG]
    pid = next(p for p in store.iter_passages("b")).id
    start = TEXTS[1].index("conditionality")
    mention = Mention(concept="conditionality", start=start, end=start + len("conditionality"),
                      surface="conditionality")
    store.db.execute("INSERT INTO mentions (doc_id, passage_id, concept, start_char, end_char, surface, source, via) "
                     "VALUES ('b', ?, ?, ?, ?, ?, 'text', 'pattern')",
                     (pid, mention.concept, mention.start, mention.end, mention.surface))
    corpus = build_topic_corpus(store, unit="document")
    assert calls == [LONG, TEXTS[1]]  # only the passage whose mentions changed
    assert "conditionality" in corpus.concept_terms


def test_pieces_rows_go_with_their_passage():
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]))
    build_topic_corpus(store, unit="document")
    assert len(store.topic_piece_keys()) == 2
    store.db.execute("DELETE FROM documents WHERE id = 'a'")
    assert len(store.topic_piece_keys()) == 1


def test_pieces_written_in_batches_and_a_busy_store_keeps_no_cache(monkeypatch):
    import litmine.topics.pieces as pieces
    from litmine.errors import StoreBusyError

    monkeypatch.setattr(pieces, "WRITE_BATCH", 1)
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]), document("c", LONG))
    first = build_topic_corpus(store, unit="document")
    assert len(store.topic_piece_keys()) == 3
    busy = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]), document("c", LONG))

    def refuse(rows):
        raise StoreBusyError("litmine.db: the store is busy")

    monkeypatch.setattr(busy, "write_topic_pieces", refuse)
    again = build_topic_corpus(busy, unit="document")
    assert again.tokens == first.tokens and busy.topic_piece_keys() == {}


def test_pieces_cached_rows_read_in_batches_between_new_passages(monkeypatch):
    import litmine.topics.pieces as pieces

    monkeypatch.setattr(pieces, "READ_BATCH", 1)  # one cached row per read: every batch boundary is crossed
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("c", LONG))
    build_topic_corpus(store, unit="passage")
    fill(store, document("b", TEXTS[1]), tag=False)  # a new passage among the cached ones
    reads = []
    real = store.topic_pieces_of
    monkeypatch.setattr(store, "topic_pieces_of", lambda ids: reads.append(list(ids)) or real(ids))
    mixed = build_topic_corpus(store, unit="passage")
    assert len(reads) == 2 and all(len(ids) == 1 for ids in reads)  # the two cached passages, one at a time
    fresh = fill(Store(":memory:"), document("a", TEXTS[0]), document("c", LONG))
    made = build_topic_corpus(fill(fresh, document("b", TEXTS[1]), tag=False), unit="passage")  # nothing cached
    assert sorted(map(tuple, mixed.tokens)) == sorted(map(tuple, made.tokens))


def test_pieces_a_cached_row_removed_mid_build_is_a_clear_error(monkeypatch):
    import pytest

    from litmine.errors import StoreError

    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("c", LONG))
    build_topic_corpus(store, unit="document")
    real = store.topic_piece_keys

    def keys_then_gone():
        found = real()
        store.db.execute("DELETE FROM topic_pieces")  # another process cleared the rows after the keys were read
        return found

    monkeypatch.setattr(store, "topic_piece_keys", keys_then_gone)
    with pytest.raises(StoreError, match="cached row"):
        build_topic_corpus(store, unit="document")
