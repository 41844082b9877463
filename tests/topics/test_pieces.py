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
    real = preprocess._pieces

    def counted(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(preprocess, "_pieces", counted)
    return calls


def test_pieces_second_build_reads_the_cache_and_gives_the_same_corpus(monkeypatch):
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]), document("c", LONG))
    calls = _counting(monkeypatch)
    first = build_topic_corpus(store, unit="document")
    assert len(calls) == 3 and len(store.topic_pieces()) == 3
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
    assert len(store.topic_pieces()) == 2
    store.db.execute("DELETE FROM documents WHERE id = 'a'")
    assert len(store.topic_pieces()) == 1


def test_pieces_written_in_batches_and_a_busy_store_keeps_no_cache(monkeypatch):
    import litmine.topics.pieces as pieces
    from litmine.errors import StoreBusyError

    monkeypatch.setattr(pieces, "WRITE_BATCH", 1)
    store = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]), document("c", LONG))
    first = build_topic_corpus(store, unit="document")
    assert len(store.topic_pieces()) == 3
    busy = fill(Store(":memory:"), document("a", TEXTS[0]), document("b", TEXTS[1]), document("c", LONG))

    def refuse(rows):
        raise StoreBusyError("litmine.db: the store is busy")

    monkeypatch.setattr(busy, "write_topic_pieces", refuse)
    again = build_topic_corpus(busy, unit="document")
    assert again.tokens == first.tokens and busy.topic_pieces() == {}
