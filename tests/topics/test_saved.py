import json

import numpy as np
import pytest
from gensim.models.phrases import Phrases

from litmine.errors import LitmineError
from litmine.topics.preprocess import build_topic_corpus
from litmine.topics.saved import (
    build_periods,
    find_newest_saved,
    find_saved,
    infer_file_topics,
    infer_topics,
    load_saved,
    UnitTermsAhead,
    save_topic_fit,
    train_or_reuse_topics,
)
from litmine.topics.train import train_topic_fit
from tests.topics.test_train import make_corpus, themes


def corpus_with_phrases(store):
    """The hand-made corpus with real preprocessing options and a fitted (frozen) bigram model."""
    corpus = make_corpus()
    corpus.options = build_topic_corpus(store).options  # the pipeline's options, as a real corpus carries them
    runs = [["local", "service", "design"], ["local", "service", "trust"], ["local", "service"]] * 3
    corpus.phrases = (Phrases(runs, min_count=2, threshold=0.1, scoring="npmi").freeze(),)
    return corpus


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_saved_round_trip_keeps_the_model(store, tmp_path, method):
    corpus = corpus_with_phrases(store)
    fit = train_topic_fit(corpus, method=method, k=2, seed=3)
    folder = save_topic_fit(fit, corpus, tmp_path / "models", labels=["Co-production", "Sanctions"])
    assert folder.name == f"{method}-k2-{fit.model.fingerprint[:8]}"
    assert {p.name for p in folder.iterdir()} >= {"topics.json", "vocabulary.json", "arrays.npz", "labels.json",
                                                  "phrases-0", "unit_terms.npz", "lda" if method == "lda" else
                                                  "nmf.npz"}
    info = json.loads((folder / "topics.json").read_text(encoding="utf-8"))
    assert info["corpus_fingerprint"] == corpus.fingerprint and info["options"]["seed"] == 3
    saved = load_saved(folder)
    a, b = fit.model, saved.model
    assert b.vocab == a.vocab and b.units == a.units and b.options == a.options and b.fingerprint == a.fingerprint
    for name in ("topic_term", "doc_topic", "term_freq", "doc_lengths"):
        assert np.array_equal(getattr(a, name), getattr(b, name))
    assert (b.unit_terms != a.unit_terms).nnz == 0
    assert b.coherence == a.coherence and b.concept_terms == a.concept_terms
    assert saved.labels == ["Co-production", "Sanctions"] and saved.corpus_options == corpus.options
    assert isinstance(saved.phrases, list) and saved.phrases[0][["local", "service"]] == ["local_service"]
    assert not list(tmp_path.joinpath("models").glob(".*"))  # nothing left of the temporary folder


@pytest.mark.parametrize("k", [2, "auto"])
def test_unit_terms_made_beside_the_final_fit_are_the_file_written_after_it(store, tmp_path, k):
    corpus = corpus_with_phrases(store)
    ahead, given = UnitTermsAhead(), []

    def start(matrix) -> None:
        given.append(matrix)
        ahead.start(matrix)

    fit = train_topic_fit(corpus, method="nmf", k=k, k_range=range(2, 4), seed=3, beside_final=start)
    assert len(given) == 1 and given[0] is fit.model.unit_terms  # once, with the counts the model keeps
    plain = save_topic_fit(train_topic_fit(corpus, method="nmf", k=k, k_range=range(2, 4), seed=3), corpus,
                           tmp_path / "plain")
    made = save_topic_fit(fit, corpus, tmp_path / "ahead", ahead=ahead)
    assert made.name == plain.name
    for name in ("unit_terms.npz", "arrays.npz", "nmf.npz", "vocabulary.json"):
        assert (made / name).read_bytes() == (plain / name).read_bytes(), name
    assert ahead.take(fit.model.unit_terms) is None  # taken once
    other = UnitTermsAhead()
    other.start(fit.model.unit_terms.copy())
    assert other.take(fit.model.unit_terms) is None  # bytes of another matrix are not written for this one


def test_saved_phrases_are_read_on_first_use_only(store, tmp_path):
    corpus = corpus_with_phrases(store)
    folder = save_topic_fit(train_topic_fit(corpus, method="nmf", k=2, seed=3), corpus, tmp_path / "models")
    (folder / "phrases-0").write_bytes(b"not a phrase model")
    saved = load_saved(folder)  # the model, its labels and arrays: the phrases are not read for them
    assert saved.model.k == 2 and saved.phrases_info["count"] == 1
    with pytest.raises(LitmineError, match="incomplete or damaged topic model"):
        saved.phrases  # noqa: B018 - read now, and found damaged


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_saved_infer_gives_the_theme_of_a_new_text(store, tmp_path, method):
    corpus = corpus_with_phrases(store)
    fit = train_topic_fit(corpus, method=method, k=2, seed=42)
    saved = load_saved(save_topic_fit(fit, corpus, tmp_path))
    coprod, sanctions = (t.pop() for t in themes(fit.model))
    mix = infer_topics(saved, ["citizen", "design", "community", "trust", "ålesund", "voice", "unknownword"])
    assert len(mix) == 2 and np.isclose(sum(mix), 1) and int(np.argmax(mix)) == coprod
    again = infer_topics(saved, ["citizen", "design", "community", "trust", "ålesund", "voice", "unknownword"])
    assert again == mix  # inference starts from the model's seed every time
    mix = infer_topics(saved, ["claimant", "hardship", "jobcentre", "penalty", "payment"])
    assert int(np.argmax(mix)) == sanctions
    with pytest.raises(LitmineError, match="none of the text's words is in the model's vocabulary"):
        infer_topics(saved, ["zzz", "qqq"])


@pytest.mark.slow
def test_saved_infer_file_reads_tags_and_tokenizes(store, tmp_path):
    corpus = corpus_with_phrases(store)
    saved = load_saved(save_topic_fit(train_topic_fit(corpus, method="lda", k=2, seed=42), corpus, tmp_path,
                                      labels=["Citizens", "Claimants"]))
    paper = tmp_path / "paper.txt"
    paper.write_text("Claimants and Jobcentres\n\nThe claimant lost a benefit payment after a missed jobcentre "
                     "appointment; hardship and a penalty followed, as Sørensen (2011) found.\n", encoding="utf-8")
    rows = infer_file_topics(paper, saved, terms=3)
    assert rows[0]["label"] == "Claimants" and rows[0]["weight"] > rows[1]["weight"]
    assert rows[0]["topic"] in (1, 2) and len(rows[0]["top_terms"]) == 3
    assert np.isclose(sum(r["weight"] for r in rows), 1, atol=1e-3)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(LitmineError, match="empty.txt: empty file"):
        infer_file_topics(empty, saved)
    other = tmp_path / "other.txt"
    other.write_text("Winter Notes\n\nThe river froze over during the long winter nights, and the mountains were "
                     "quiet under the snow for weeks on end.\n", encoding="utf-8")
    with pytest.raises(LitmineError, match="other.txt: none of the text's words"):
        infer_file_topics(other, saved)


def test_saved_model_is_reused_for_the_same_corpus_and_options(tmp_path):
    models = tmp_path / "models"
    first, folder, reused = train_or_reuse_topics(make_corpus(), models_dir=models, method="nmf", k=2,
                                                  labels=lambda m: [f"topic {t}" for t in range(m.k)])
    assert not reused and json.loads((folder / "labels.json").read_text()) == ["topic 0", "topic 1"]
    again, folder2, reused = train_or_reuse_topics(make_corpus(), models_dir=models, method="nmf", k=2)
    assert reused and folder2 == folder and np.array_equal(again.doc_topic, first.doc_topic)
    assert find_saved(models, first.fingerprint) == folder
    _, other, reused = train_or_reuse_topics(make_corpus(), models_dir=models, method="nmf", k=2, seed=5)
    assert not reused and other != folder
    _, changed, reused = train_or_reuse_topics(make_corpus(fingerprint="e" * 64), models_dir=models, method="nmf",
                                               k=2)
    assert not reused and changed not in (folder, other)
    assert find_newest_saved(models) == changed


def test_saved_missing_or_broken_models_are_one_line_errors(tmp_path):
    with pytest.raises(LitmineError, match="no saved topic model here"):
        find_newest_saved(tmp_path / "nothing")
    with pytest.raises(LitmineError, match="not a saved topic model"):
        load_saved(tmp_path)
    _, folder, _ = train_or_reuse_topics(make_corpus(), models_dir=tmp_path, method="nmf", k=2)
    (folder / "nmf.npz").unlink()
    with pytest.raises(LitmineError, match="incomplete or damaged topic model"):
        load_saved(folder)
    _, again, reused = train_or_reuse_topics(make_corpus(), models_dir=tmp_path, method="nmf", k=2)
    assert not reused and again == folder and load_saved(again).model.k == 2  # a broken copy is trained again


def test_saved_periods_cover_the_years():
    assert build_periods([2003, None, 2007, 2016], 5) == [(2003, 2007), (2008, 2012), (2013, 2016)]
    assert build_periods([None], 5) == []
    with pytest.raises(LitmineError, match="at least one year"):
        build_periods([2000], 0)


def test_write_topics_makes_the_pieces_here_while_workers_are_held(store, tmp_path, monkeypatch):
    import threading

    from litmine.topics import parallel, preprocess
    from litmine.topics.saved import write_topics

    asked = []

    def build(store, *, unit, jobs):
        asked.append(jobs)
        raise LitmineError("stop here")

    monkeypatch.setattr(preprocess, "build_topic_corpus", build)
    released = threading.Event()
    parallel.hold_workers(released)
    try:
        for _ in range(2):
            with pytest.raises(LitmineError, match="stop here"):
                write_topics(store, tmp_path / "topics", models_dir=tmp_path / "models", jobs=2)
            released.set()
    finally:
        parallel.hold_workers(None)
    assert asked == [1, 2]  # the pieces' workers held back with the fits', then as asked
