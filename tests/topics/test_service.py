"""What `litmine topics` prints, built from a hand-made model and run (no training)."""

from __future__ import annotations

from pathlib import Path

from litmine.topics.saved import TopicsRun
from litmine.topics.service import summarise_topics
from tests.topics.test_outputs import tiny_model


def _run(**changes) -> TopicsRun:
    model = tiny_model(**changes)
    return TopicsRun(model=model, folder=Path("models/lda-k2-x"), reused=True,
                     files=[Path("out/topics.csv"), Path("out/topics.html")], labels=["Samproduktion", "Employability"],
                     periods=[])


def test_service_topic_rows_curve_and_title():
    summary = summarise_topics(_run(coherence_curve=[(2, 0.49012), (3, 0.41)]), "out")
    assert [r["topic"] for r in summary.topics] == [1, 2]
    assert summary.topics[0]["label"] == "Samproduktion" and summary.topics[0]["coherence"] == 0.51
    assert summary.topics[0]["top_terms"][:2] == ["co-production", "service_user"]
    assert summary.topics[1]["top_terms"][0] == "employability" and len(summary.topics[1]["top_terms"]) == 6
    assert summary.curve == [{"k": 2, "held_out_npmi": 0.4901, "fitted_npmi": None, "single_document": None,
                              "stability": None, "chosen": True},
                             {"k": 3, "held_out_npmi": 0.41, "fitted_npmi": None, "single_document": None,
                              "stability": None, "chosen": False}]
    assert summary.title == "LDA, k=2, seed 1: mean c_v 0.490"
    assert summary.by_year is None and summary.year_table() == ([], [])
    data = summary.as_json()
    assert data["reused"] is True and data["model"] == str(Path("models/lda-k2-x")) and data["by_year"] is None


def test_service_curve_carries_the_selection_evidence():
    selection = {"scores": [{"k": 2, "coherence": 0.49, "fitted_coherence": 0.31, "single_document": 0,
                             "stability": 0.86},
                            {"k": 3, "coherence": 0.41, "fitted_coherence": 0.35, "single_document": 1,
                             "stability": None}]}
    summary = summarise_topics(_run(coherence_curve=[(2, 0.49), (3, 0.41)], options={"selection": selection}), "out")
    assert [(c["k"], c["fitted_npmi"], c["single_document"], c["stability"], c["chosen"]) for c in summary.curve] == [
        (2, 0.31, 0, 0.86, True), (3, 0.35, 1, None, False)]


def test_service_missing_labels_and_coherence_leave_blanks():
    run = _run(coherence=[0.5])
    run.labels = ["Ærø"]
    summary = summarise_topics(run, "out")
    assert [r["label"] for r in summary.topics] == ["Ærø", ""]
    assert [r["coherence"] for r in summary.topics] == [0.5, None]
    assert summary.title.endswith("mean c_v 0.500") and summary.curve == []


def test_service_by_year_wide_table_and_closing_lines():
    summary = summarise_topics(_run(), Path("out"), by_year=True)
    rows, columns = summary.year_table()
    assert columns == ["year", "units", "topic 1", "topic 2"]
    assert rows[0] == {"year": 2003, "units": 2, "topic 1": 0.6, "topic 2": 0.4}
    assert [r["year"] for r in rows] == [2003, 2010, 2018]
    assert len(summary.by_year.rows) == 6 and summary.as_json()["by_year"] == summary.by_year.rows
    assert summary.closing_lines() == [f"reused saved model {Path('models/lda-k2-x')}",
                                       f"wrote 2 files to {Path('out')}: topics.csv, topics.html"]
