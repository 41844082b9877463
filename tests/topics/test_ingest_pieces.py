"""Topic pieces made at ingest (preprocess.ingest_pieces): made as if a passage held no mention, for the passages a
topic corpus keeps by default, under the very key the corpus build computes, so the build reads them instead of
tokenizing; the tokens are the same either way, and an edited stop list or a new mention still makes a passage
again."""

from gensim.models.phrases import ENGLISH_CONNECTOR_WORDS

import litmine.topics.preprocess as preprocess
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.tagging import ensure_mentions
from litmine.store import Store
from litmine.topics.preprocess import build_topic_corpus, ingest_pieces
from tests.topics.test_pieces import TEXTS, _counting
from tests.topics.test_preprocess import LONG, document

MIXED = document("m", LONG, ("reference", "Lipsky, M. (1980) Street-level bureaucracy. New York: Russell Sage.", "en"),
                 ("body", "Die Arbeitsverwaltung und die kommunalen Jobcenter arbeiten zusammen.", "de"),
                 ("heading", "Employment services and their users", None), ("caption", TEXTS[1], "en"))


def _stored(*docs):
    """A store holding the documents with the pieces ingest makes for them (as the writer stores them)."""
    store = Store(":memory:")
    for d in docs:
        store.write_document(d, root="corpus", size=1, mtime=1, pieces=ingest_pieces(d.passages))
    return store


def test_ingest_pieces_connector_words_are_gensims():
    assert preprocess.CONNECTOR_WORDS == frozenset(ENGLISH_CONNECTOR_WORDS)


def test_ingest_pieces_only_for_the_default_kinds_and_languages():
    rows = ingest_pieces(MIXED.passages)
    assert [i for i, _, _ in rows] == [0, 3, 4]  # no reference entry, no German passage
    assert all(len(key) == 64 for _, key, _ in rows)


def test_ingest_pieces_are_read_by_the_first_build_and_give_the_same_tokens(monkeypatch):
    store = _stored(MIXED, document("b", TEXTS[0]))
    assert len(store.topic_piece_keys()) == 4
    calls = _counting(monkeypatch)
    first = build_topic_corpus(store, unit="document")
    assert calls == []  # nothing tokenized: every kept passage's pieces were stored at ingest
    plain = Store(":memory:")
    for d in (MIXED, document("b", TEXTS[0])):
        plain.write_document(d, root="corpus", size=1, mtime=1)
    made = build_topic_corpus(plain, unit="document")
    assert len(calls) == 4
    assert (first.tokens, first.units, first.fingerprint) == (made.tokens, made.units, made.fingerprint)
    assert {k: v for k, v in store.topic_pieces_of(list(range(1, 20))).items()} == \
        plain.topic_pieces_of(list(range(1, 20)))  # the rows the build would have written itself


def test_ingest_pieces_a_mention_found_later_makes_its_passage_again(monkeypatch):
    store = _stored(document("a", TEXTS[0]), document("c", LONG))
    ensure_mentions(store, load_lexicon())  # a lexicon after ingest: "co-production" in a's passage
    calls = _counting(monkeypatch)
    corpus = build_topic_corpus(store, unit="document")
    assert calls == [TEXTS[0]] and "co-production" in corpus.tokens[0]


def test_ingest_pieces_an_edited_stop_list_makes_every_passage_again(monkeypatch):
    store = _stored(document("a", TEXTS[0]), document("c", LONG))
    real = preprocess.load_stopwords

    def edited(path=preprocess.STOPWORDS_FILE):
        data, digest = real(path)
        return {**data, "stopwords": data["stopwords"] | {"welfare"}}, digest[::-1]

    monkeypatch.setattr(preprocess, "load_stopwords", edited)
    preprocess.release_words()  # built again with the edited list
    try:
        calls = _counting(monkeypatch)
        corpus = build_topic_corpus(store, unit="document")
    finally:
        preprocess.release_words()  # the next test builds them from the real list
    assert sorted(calls) == sorted([TEXTS[0], LONG])
    assert not any("welfare" in t for toks in corpus.tokens for t in toks)


def test_ingest_pieces_key_holds_the_code_that_makes_pieces(tmp_path, monkeypatch):
    """Pieces stored under other callout or tokenizer code are made again: the key's prefix holds a hash of the
    modules that make them, which an edit to any of them changes."""
    assert preprocess.pieces_code_hash() in preprocess._words().cache_prefix
    assert "citations/intext.py" in preprocess.PIECES_CODE and "topics/tokens.py" in preprocess.PIECES_CODE
    store = _stored(document("a", TEXTS[0]), document("c", LONG))
    monkeypatch.setattr(preprocess, "pieces_code_hash", lambda: "edited")
    preprocess.release_words()
    try:
        calls = _counting(monkeypatch)
        build_topic_corpus(store, unit="document")
    finally:
        preprocess.release_words()
    assert sorted(calls) == sorted([TEXTS[0], LONG])
