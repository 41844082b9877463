"""Topic units: windows of consecutive passages, and the unit "auto" chooses for a corpus."""

from __future__ import annotations

import pytest
import csv

from litmine.store import Store
from litmine.topics.files import write_topic_outputs
from litmine.topics.outputs import build_doc_topic_rows, unit_noun
from litmine.topics.passages import find_representative_passages
from litmine.topics.preprocess import WINDOW_TOKENS, build_topic_corpus, choose_unit
from litmine.topics.train import train_topics
from tests.topics.test_outputs import LABELS, tiny_model
from tests.topics.test_preprocess import LONG, document, fill

WORDS = ("adviser jobseeker council employer region reform benefit programme interview office school family "
         "citizen service housing market training contract budget network tenant nurse clinic teacher pupil "
         "volunteer charity museum library transport harbour farmer fishery tourism festival bakery").split()


def passages(n: int, seed: int = 0) -> list[str]:
    """n distinct passages of about 30 content words each (no phrase repeats often enough to be joined)."""
    out = []
    for i in range(n):
        words = [WORDS[(seed + i * 7 + j * (i % 5 + 1)) % len(WORDS)] for j in range(30)]
        out.append("In Ærø the " + ", the ".join(" ".join(words[k:k + 3]) for k in range(0, 30, 3)) + ".")
    return out


def test_units_windows_join_consecutive_passages_of_one_document(tmp_path):
    store = fill(Store(str(tmp_path / "s.db")), document("d1", *passages(30), year=2011, title="Ærø"),
                 document("d2", LONG, year=2015, title="Short"))
    per_passage = len(build_topic_corpus(store, unit="passage").tokens[0])
    corpus = build_topic_corpus(store, unit="window")
    ids = [p.id for p in store.iter_passages("d1")]
    d1 = [(u, t) for u, t in zip(corpus.units, corpus.tokens) if u["doc_id"] == "d1"]
    # every passage of d1 lands in exactly one window, in order, and windows never cross documents
    assert [pid for u, _ in d1 for pid in u["passage_ids"]] == ids
    assert all(u["passage_id"] == u["passage_ids"][0] and u["title"] == "Ærø" for u, _ in d1)
    assert all(len(t) >= WINDOW_TOKENS for _, t in d1[:-1]) and len(d1[-1][1]) >= WINDOW_TOKENS // 2
    per_window = -(-WINDOW_TOKENS // per_passage)  # passages a window needs to reach WINDOW_TOKENS
    assert [len(u["passage_ids"]) for u, _ in d1[:-1]] == [per_window] * (len(d1) - 1)
    assert len(d1) == 30 // per_window  # a tail shorter than half a window joins the last one
    assert sum(len(t) for _, t in d1) == 30 * per_passage
    # a document shorter than a window is one window of its own
    assert [len(u["passage_ids"]) for u in corpus.units if u["doc_id"] == "d2"] == [1]
    assert corpus.options["unit"] == "window"


@pytest.mark.slow
def test_units_auto_takes_documents_for_short_texts_and_windows_for_long_ones(tmp_path):
    assert choose_unit([]) == "document" and choose_unit([0, 0]) == "document"
    assert choose_unit([50, 60, 5000]) == "document" and choose_unit([50, 5000, 6000]) == "window"
    short = fill(Store(str(tmp_path / "a.db")), document("a1", LONG), document("a2", LONG, LONG))
    assert build_topic_corpus(short, unit="auto").options["unit"] == "document"
    long = fill(Store(str(tmp_path / "b.db")), document("b1", *passages(40)), document("b2", *passages(40, 3)))
    auto = build_topic_corpus(long, unit="auto")
    assert auto.options["unit"] == "window" and len(auto.units) > 2
    # "auto" resolved to windows is the same corpus as asking for windows (a saved model is reused)
    assert auto.fingerprint == build_topic_corpus(long, unit="window").fingerprint


def test_units_window_model_gives_one_mix_per_document(tmp_path):
    units = [{"doc_id": "d1", "passage_id": 1, "passage_ids": [1, 2], "year": 2003, "title": "Samproduktion"},
             {"doc_id": "d1", "passage_id": 3, "passage_ids": [3], "year": 2003, "title": "Samproduktion"},
             {"doc_id": "d2", "passage_id": 4, "passage_ids": [4, 5], "year": 2010, "title": "Ærø"},
             {"doc_id": "d2", "passage_id": 6, "passage_ids": [6], "year": 2010, "title": "Ærø"}]
    model = tiny_model(units=units)  # doc_topic rows (.9 .1) (.3 .7) (.2 .8) (.6 .4); lengths 100 50 50 100
    rows = build_doc_topic_rows(model)
    assert [(r["doc_id"], r["windows"], r["dominant_topic"]) for r in rows] == [("d1", 2, 1), ("d2", 2, 2)]
    # token-weighted: d1 = (100 * .9 + 50 * .3) / 150 = .7; d2 = (50 * .2 + 100 * .6) / 150 = .4667
    assert (rows[0]["topic_1"], rows[1]["topic_1"]) == (0.7, 0.4667)
    assert unit_noun(model, 2) == "2 windows" and unit_noun(tiny_model(), 1) == "1 document"
    write_topic_outputs(model, tmp_path, concept_labels=LABELS)
    with open(tmp_path / "doc_topics.csv", encoding="utf-8") as fh:
        assert [r["doc_id"] for r in csv.DictReader(fh)] == ["d1", "d2"]


def test_units_representative_passage_comes_from_the_window(tmp_path):
    store = fill(Store(str(tmp_path / "s.db")), document("d1", *passages(24), year=2011))
    corpus = build_topic_corpus(store, unit="window")
    windows = [u for u in corpus.units if u["doc_id"] == "d1"]
    assert len(windows) >= 2
    model = train_topics(corpus, method="nmf", k=2, seed=42)
    picks = find_representative_passages(store, model, phrases=corpus.phrases, options=corpus.options)
    theta = model.doc_topic
    for t, pick in enumerate(picks):
        assert pick is not None and pick["doc_id"] == "d1"
        # the passage comes from one of the windows that lean most on the topic, never from elsewhere
        top = max(range(len(windows)), key=lambda u: theta[u, t])
        leaning = {pid for u, w in enumerate(windows) if theta[u, t] > 0 for pid in w["passage_ids"]}
        assert pick["passage_id"] in leaning and theta[top, t] > 0
