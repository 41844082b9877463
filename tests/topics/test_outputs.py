"""Topic output files from a TopicModel built by hand: every number checked against a hand calculation."""

from __future__ import annotations

import csv
import math
from dataclasses import replace

import numpy as np
import pytest
from scipy import sparse

from litmine.errors import LitmineError
from litmine.topics.files import write_topic_outputs
from litmine.topics.model import TopicModel
from litmine.topics.outputs import (
    LABEL_LAMBDA,
    build_relevance,
    build_period_words,
    build_topics_by_year,
    find_periods,
    find_topic_concepts,
    suggest_topic_labels,
)

HOSTILE = "</script><img src=x onerror=alert(1)>"
VOCAB = ["co-production", "service_user", "keyworker", "employability", "skill", "café"]
LABELS = {"co-production": "Co-production", "employability": "Employability"}


def tiny_model(**changes) -> TopicModel:
    """2 topics, 4 units over 3 years (2003 twice, 2010, 2018); unit lengths 100, 50, 50, 100 tokens."""
    model = TopicModel(
        method="lda", k=2, seed=1, vocab=list(VOCAB),
        topic_term=np.array([[0.40, 0.25, 0.15, 0.05, 0.05, 0.10],
                             [0.05, 0.05, 0.10, 0.40, 0.30, 0.10]]),
        doc_topic=np.array([[0.9, 0.1], [0.3, 0.7], [0.2, 0.8], [0.6, 0.4]]),
        units=[{"doc_id": "d1", "passage_id": None, "year": 2003, "title": "Samproduktion på Ærø"},
               {"doc_id": "d2", "passage_id": None, "year": 2003, "title": HOSTILE},
               {"doc_id": "d3", "passage_id": None, "year": 2010, "title": "Employability in Scotland"},
               {"doc_id": "d4", "passage_id": None, "year": 2018, "title": "Keyworkers, 2018"}],
        term_freq=np.array([60.0, 40, 30, 50, 40, 20]), doc_lengths=np.array([100.0, 50, 50, 100]),
        concept_terms={"co-production": "co-production", "employability": "employability"},
        coherence=[0.51, 0.47], options={"unit": "document"}, fingerprint="x")
    return replace(model, **changes)


def read(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.slow
def test_outputs_writes_every_file_readable(tmp_path):
    paths = write_topic_outputs(tiny_model(), tmp_path / "topics", concept_labels=LABELS)
    assert [p.name for p in paths] == ["topics.csv", "doc_topics.csv", "topics_by_year.csv", "topics_by_year.png",
                                       "topics_by_year.svg", "topic_words_by_period.csv", "topic_concepts.csv",
                                       "topics.html"]
    from xml.etree import ElementTree
    assert ElementTree.parse(paths[4]).getroot().tag == "{http://www.w3.org/2000/svg}svg"  # well-formed SVG
    for p in paths:
        assert p.is_file() and p.stat().st_size > 0
    png = (tmp_path / "topics" / "topics_by_year.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    from matplotlib.image import imread

    image = imread(tmp_path / "topics" / "topics_by_year.png")
    assert image.shape[0] > 300 and image.shape[1] > 600
    assert "Employability · skill · café" in (tmp_path / "topics" / "topics.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_outputs_topics_csv_terms_weights_and_prevalence(tmp_path):
    write_topic_outputs(tiny_model(), tmp_path, concept_labels=LABELS)
    rows = read(tmp_path / "topics.csv")
    assert [r["topic"] for r in rows] == ["1", "2"]
    first = rows[0]
    assert first["terms"] == "co-production; service_user; keyworker; café; employability; skill"
    assert [float(w) for w in first["weights"].split("; ")] == [0.40, 0.25, 0.15, 0.10, 0.05, 0.05]
    # concepts loading (p >= 0.005), heaviest first
    assert first["concepts"] == "co-production; employability"
    assert rows[1]["concepts"] == "employability; co-production"
    # mean weight over the 4 units: (0.9 + 0.3 + 0.2 + 0.6) / 4; tokens: (90 + 15 + 10 + 60) / 300
    assert float(first["prevalence"]) == 0.5 and float(first["token_share"]) == round(175 / 300, 4)
    assert float(first["coherence"]) == 0.51
    assert (first["dominant_units"], rows[1]["dominant_units"]) == ("2", "2")


@pytest.mark.slow
def test_outputs_doc_topics_one_row_per_unit(tmp_path):
    write_topic_outputs(tiny_model(), tmp_path, concept_labels=LABELS)
    rows = read(tmp_path / "doc_topics.csv")
    assert list(rows[0]) == ["doc_id", "passage_id", "year", "title", "dominant_topic", "topic_1", "topic_2"]
    assert [(r["doc_id"], r["year"], r["dominant_topic"]) for r in rows] == [
        ("d1", "2003", "1"), ("d2", "2003", "2"), ("d3", "2010", "2"), ("d4", "2018", "1")]
    assert rows[0]["title"] == "Samproduktion på Ærø" and rows[1]["title"] == HOSTILE
    assert (rows[1]["topic_1"], rows[1]["topic_2"]) == ("0.3", "0.7")


def test_outputs_topics_by_year_means_and_dominant_shares(tmp_path):
    write_topic_outputs(tiny_model(), tmp_path, concept_labels=LABELS)
    got = {(int(r["year"]), int(r["topic"])): (float(r["mean_weight"]), float(r["dominant_share"]), int(r["units"]))
           for r in read(tmp_path / "topics_by_year.csv")}
    assert got == {
        (2003, 1): (0.6, 0.5, 2), (2003, 2): (0.4, 0.5, 2),  # (0.9 + 0.3) / 2; d1 led by topic 1, d2 by topic 2
        (2010, 1): (0.2, 0.0, 1), (2010, 2): (0.8, 1.0, 1),
        (2018, 1): (0.6, 1.0, 1), (2018, 2): (0.4, 0.0, 1)}


def test_outputs_by_year_leaves_out_undated_units_and_says_so():
    model = tiny_model(units=[*tiny_model().units[:3], {"doc_id": "d4", "passage_id": 7, "year": None,
                                                        "title": "Sans date"}])
    years = build_topics_by_year(model)
    assert years.years == [2003, 2010] and years.units == [2, 1] and years.undated == 1
    assert years.note == "1 passage without a year left out"


def test_outputs_topic_concepts_weights_and_bayes_shares(tmp_path):
    write_topic_outputs(tiny_model(), tmp_path, concept_labels=LABELS)
    rows = {(int(r["topic"]), r["concept"]): r for r in read(tmp_path / "topic_concepts.csv")}
    assert len(rows) == 4
    co1, co2 = rows[(1, "co-production")], rows[(2, "co-production")]
    assert (float(co1["weight"]), co1["rank"], co1["loads"], co1["concept_label"]) == (0.4, "1", "1", "Co-production")
    assert (float(co2["weight"]), co2["rank"], co2["loads"]) == (0.05, "5", "1")
    # p(topic | concept) = p(c|t) p(t) / sum: token shares 7/12 and 5/12
    assert float(co1["share"]) == round(0.40 * 7 / (0.40 * 7 + 0.05 * 5), 4)
    assert float(rows[(2, "employability")]["share"]) == round(0.40 * 5 / (0.40 * 5 + 0.05 * 7), 4)
    assert find_topic_concepts(tiny_model(), min_weight=0.1) == [[("co-production", 0.4)], [("employability", 0.4)]]
    assert find_topic_concepts(tiny_model(), min_weight=0.01) == [
        [("co-production", 0.4), ("employability", 0.05)], [("employability", 0.4), ("co-production", 0.05)]]


def test_outputs_labels_concept_first_then_relevant_words():
    # topic 2 by weight: employability .40, skill .30, keyworker .10, café .10; by relevance (λ 0.6) café passes
    # keyworker: p(w) is 20/240 for café and 30/240 for keyworker.
    assert suggest_topic_labels(tiny_model(), LABELS) == ["Co-production · service user · keyworker",
                                                          "Employability · skill · café"]
    # Without concept labels the concept token stands as it is.
    assert suggest_topic_labels(tiny_model(), {})[0] == "Co-production · service user · keyworker"
    plain = suggest_topic_labels(tiny_model(concept_terms={}), {})
    assert plain == ["Co-production · service user · keyworker", "Employability · skill · café"]


def test_outputs_labels_unique_for_identical_topics():
    phi = np.array([[0.40, 0.25, 0.15, 0.05, 0.05, 0.10]] * 2)
    labels = suggest_topic_labels(tiny_model(topic_term=phi), LABELS)
    assert labels == ["Co-production · service user · keyworker",
                      "Co-production · service user · keyworker · café"]
    three = suggest_topic_labels(tiny_model(k=3, topic_term=np.vstack([phi, phi[:1]]),
                                            doc_topic=np.full((4, 3), 1 / 3)), LABELS, parts=6)
    assert len(set(three)) == 3 and three[2].endswith("(topic 3)")


def test_outputs_find_periods_balances_units():
    assert find_periods({2003: 1, 2009: 2, 2015: 1, 2020: 3, 2024: 1}, n=2) == [(2003, 2015), (2020, 2024)]
    assert find_periods({2003: 2, 2010: 1, 2018: 1}) == [(2003, 2003), (2010, 2010), (2018, 2018)]
    assert find_periods({y: 1 for y in range(2000, 2008)}) == [(2000, 2001), (2002, 2003), (2004, 2005),
                                                               (2006, 2007)]
    assert find_periods({2001: 10, 2002: 1, 2003: 1}, n=3) == [(2001, 2001), (2002, 2002), (2003, 2003)]
    assert find_periods({}) == []


def test_outputs_period_words_from_unit_terms():
    counts = np.zeros((4, 6))
    counts[0, 0], counts[0, 3] = 3, 1  # d1 (2003): co-production ×3, employability ×1
    counts[1, 4] = 2  # d2 (2003): skill ×2
    counts[2, 5] = 4  # d3 (2010)
    counts[3, 1] = 5  # d4 (2018)
    model = tiny_model(unit_terms=sparse.csr_matrix(counts))
    rows = build_period_words(model, labels=["A", "B"], periods=[(2003, 2009), (2010, 2018)])
    first = rows[0]
    assert (first["period"], first["units"], first["topic"], first["prevalence"], first["method"]) == (
        "2003\u20132009", 2, 1, 0.6, "period")
    # Each count split by p(t | u, w) ∝ doc_topic[u, t] · topic_term[t, w]:
    co = 3 * 0.36 / (0.36 + 0.005)  # d1: .9 × .40 against .1 × .05
    emp = 0.045 / (0.045 + 0.04)  # d1: .9 × .05 against .1 × .40
    skill = 2 * 0.015 / (0.015 + 0.21)  # d2: .3 × .05 against .7 × .30
    total = co + emp + skill
    assert first["terms"] == "co-production; employability; skill" and first["tokens"] == round(total, 1)
    assert [float(w) for w in first["weights"].split("; ")] == pytest.approx(
        [co / total, emp / total, skill / total], abs=1e-6)
    assert rows[1]["terms"] == "skill; employability; co-production"
    later = rows[2]
    assert (later["period"], later["units"], later["terms"]) == ("2010\u20132018", 2, "service_user; café")


def test_outputs_period_words_global_without_unit_terms(tmp_path):
    write_topic_outputs(tiny_model(), tmp_path, concept_labels=LABELS, periods=[(2003, 2010), (2019, 2020)])
    rows = read(tmp_path / "topic_words_by_period.csv")
    assert [(r["period"], r["units"], r["topic"], r["method"]) for r in rows] == [
        ("2003\u20132010", "3", "1", "global"), ("2003\u20132010", "3", "2", "global"),
        ("2019\u20132020", "0", "1", "global"), ("2019\u20132020", "0", "2", "global")]
    assert float(rows[0]["prevalence"]) == round((0.9 + 0.3 + 0.2) / 3, 4)
    assert float(rows[0]["tokens"]) == 0.9 * 100 + 0.3 * 50 + 0.2 * 50 and rows[2]["tokens"] == "0.0"
    assert rows[0]["terms"].split("; ")[:3] == ["co-production", "service_user", "keyworker"]
    assert rows[2]["prevalence"] == "" and rows[2]["terms"] == ""
    with pytest.raises(LitmineError, match="2010-2003 ends before it starts"):
        build_period_words(tiny_model(), labels=["A", "B"], periods=[(2010, 2003)])


def test_outputs_default_periods_and_plot_without_years(tmp_path):
    units = [{**u, "year": None} for u in tiny_model().units]
    paths = write_topic_outputs(tiny_model(units=units), tmp_path, concept_labels=LABELS)
    assert read(tmp_path / "topics_by_year.csv") == [] and read(tmp_path / "topic_words_by_period.csv") == []
    assert paths[3].read_bytes()[:4] == b"\x89PNG"


def test_outputs_rejects_mismatched_arrays(tmp_path):
    with pytest.raises(LitmineError, match=r"doc_topic has shape \(3, 2\), expected \(4, 2\)"):
        write_topic_outputs(tiny_model(doc_topic=np.full((3, 2), 0.5)), tmp_path, concept_labels={})
    with pytest.raises(LitmineError, match="unit_terms has shape"):
        write_topic_outputs(tiny_model(unit_terms=sparse.csr_matrix((4, 5))), tmp_path, concept_labels={})


def test_outputs_label_names_a_concept_only_when_it_dominates_the_topic():
    # topic 2 holds "keyworker" (employability) among its 3 heaviest terms, but topic 1 holds most of its tokens
    phi = np.array([[0.30, 0.25, 0.15, 0.05, 0.20, 0.05],
                    [0.02, 0.05, 0.10, 0.40, 0.03, 0.40]])
    model = tiny_model(topic_term=phi, concept_terms={"co-production": "co-production", "keyworker": "employability"})
    labels = suggest_topic_labels(model, LABELS)
    assert labels[0].startswith("Co-production")
    assert not labels[1].startswith("Employability") and "Co-production" not in labels[1]


def test_outputs_period_words_never_leak_a_later_word_and_show_it_rising():
    # "universal_credit" enters the corpus in 2013: no period before may list it, the period it enters shows it rising
    from litmine.topics.preprocess import TopicCorpus
    from litmine.topics.train import train_topics

    rng = np.random.default_rng(3)
    welfare = "claimant benefit jobcentre sanction payment adviser work".split()
    care = "nurse ward patient hospital clinic doctor bed".split()
    tokens, units = [], []
    for year in range(2005, 2021):
        for theme in (welfare, care):
            words = [str(w) for w in rng.choice(theme, size=30)]
            if theme is welfare and year >= 2013:
                words += ["universal_credit"] * 6
            tokens.append(words)
            units.append({"doc_id": f"{year}{theme[0]}", "passage_id": None, "year": year, "title": "t"})
    corpus = TopicCorpus(units=units, tokens=tokens, concept_terms={}, phrases=None, options={"unit": "document"},
                         fingerprint="w" * 64)
    model = train_topics(corpus, method="nmf", k=2, seed=42)
    rows = build_period_words(model, labels=["A", "B"], periods=[(2005, 2008), (2009, 2012), (2013, 2016),
                                                                  (2017, 2020)], n=20)
    for r in rows:
        listed = r["terms"].split("; ")
        assert ("universal_credit" in listed) == (r["start_year"] >= 2013 and "claimant" in listed), r
    entered = [r for r in rows if r["start_year"] == 2013 and "claimant" in r["terms"]]
    assert entered and "universal_credit" in entered[0]["rising"].split("; ")
    assert all("universal_credit" not in r["falling"] for r in rows)


def test_outputs_relevance_is_sievert_shirley_by_hand():
    # relevance = λ·log p(w|t) + (1-λ)·log(p(w|t)/p(w)), p(w) from the term frequencies (60, 40, 30, 50, 40, 20)/240
    rel = build_relevance(tiny_model(), 0.6)
    pw = np.array([60, 40, 30, 50, 40, 20]) / 240
    phi = tiny_model().topic_term
    assert rel[0, 0] == pytest.approx(0.6 * math.log(0.40) + 0.4 * math.log(0.40 / pw[0]))
    assert rel[1, 5] == pytest.approx(0.6 * math.log(0.10) + 0.4 * math.log(0.10 / pw[5]))
    assert np.allclose(build_relevance(tiny_model(), 1.0), np.log(phi))
    assert np.allclose(build_relevance(tiny_model(), 0.0), np.log(phi / pw))
    assert build_relevance(tiny_model(topic_term=np.array([[0.5, 0.5, 0, 0, 0, 0], [0, 0, 0.5, 0.5, 0, 0]])),
                           0.6)[0, 2] == -np.inf  # a term without weight in the topic is never relevant


def test_outputs_label_word_is_the_most_relevant_at_lambda_0_6():
    # log p(w|t) + (1-λ)·(-log p(w)): "arbeit" is heavy and common, "ærø" light and rare, "fürsorge" between.
    # At λ = 0.6 fürsorge leads both by 0.1; at 0.7 arbeit would lead, at 0.5 ærø (by 0.1 each).
    freq = np.array([math.exp(-1), math.exp(-3), math.exp(-5), 0.0])
    freq[3] = 1 - freq.sum()
    c = 0.99 / (1 + math.exp(0.9) + math.exp(1.6))
    topic_0 = [c * math.exp(1.6), c * math.exp(0.9), c, 0.01]
    model = tiny_model(vocab=["arbeit", "fürsorge", "ærø", "teilhabe"], term_freq=freq * 1000,
                       topic_term=np.array([topic_0, [0.02, 0.02, 0.01, 0.95]]), concept_terms={})
    assert suggest_topic_labels(model, {}, parts=1) == ["Fürsorge", "Teilhabe"]
    margins = build_relevance(model, LABEL_LAMBDA)[0]
    assert margins[1] - margins[0] == pytest.approx(0.1) and margins[1] - margins[2] == pytest.approx(0.1)


def test_outputs_expected_counts_per_period_equal_the_dense_sum():
    from litmine.topics.outputs import _expected_by_period

    counts = np.array([[3, 0, 0, 1, 0, 0], [0, 0, 0, 0, 2, 1], [0, 1, 0, 0, 0, 4], [0, 5, 2, 0, 0, 0]], float)
    model = tiny_model(unit_terms=sparse.csr_matrix(counts))
    theta, phi = model.doc_topic, model.topic_term
    # each count of term w in unit u shared by doc_topic[u, t] * topic_term[t, w] / sum over topics
    share = theta[:, :, None] * phi[None, :, :]  # units x topics x terms
    assigned = counts[:, None, :] * share / share.sum(axis=1, keepdims=True)
    periods = [[0, 1], [3], []]  # unit 2 in no period (undated), a period with no unit
    got = _expected_by_period(model, periods)
    for p, idx in enumerate(periods):
        for t in range(2):
            assert got[p][t] == pytest.approx(assigned[idx, t].sum(axis=0), abs=1e-12)


def test_outputs_year_plot_drawn_once_for_both_formats_gives_the_same_files(tmp_path, monkeypatch):
    import litmine.export.topics_plot as topics_plot
    from litmine.topics.outputs import write_topics_plot, write_topics_plots

    model = tiny_model()
    labels = suggest_topic_labels(model, LABELS)
    by_year = build_topics_by_year(model, labels)
    single = [write_topics_plot(by_year, tmp_path / f"one.{ext}", labels=labels, heading="H") for ext in ("png", "svg")]
    draws = []
    draw = topics_plot.draw_topics_by_year

    def counted(*args, **kwargs):
        draws.append(1)
        return draw(*args, **kwargs)

    monkeypatch.setattr(topics_plot, "draw_topics_by_year", counted)
    both = write_topics_plots(by_year, [tmp_path / "both.png", tmp_path / "both.svg"], labels=labels, heading="H")
    assert draws == [1] and both == [tmp_path / "both.png", tmp_path / "both.svg"]
    assert [p.read_bytes() for p in both] == [p.read_bytes() for p in single]  # the svg's ids are salted alike
    with pytest.raises(ValueError, match="a topic plot is .png or .svg"):
        write_topics_plots(by_year, [tmp_path / "x.png", tmp_path / "x.pdf"], labels=labels)
    assert not (tmp_path / "x.png").exists()  # checked before anything is drawn or written


@pytest.mark.slow
def test_outputs_plots_left_to_the_caller_are_listed_and_drawn_alike(tmp_path):
    from litmine.topics.files import write_topic_plots

    # `litmine run`'s parent draws the year plots while its topics child writes the rest: the child lists them in
    # their place without drawing them, and the parent's write_topic_plots gives the very files the child would
    model = tiny_model()
    drawn = write_topic_outputs(model, tmp_path / "one", concept_labels=LABELS)
    left = write_topic_outputs(model, tmp_path / "two", concept_labels=LABELS, plots=False)
    assert [p.name for p in left] == [p.name for p in drawn]
    assert not (tmp_path / "two" / "topics_by_year.png").exists() and not (tmp_path / "two" / "topics_by_year.svg").exists()
    labels = suggest_topic_labels(model, LABELS)
    plots = write_topic_plots(model, build_topics_by_year(model, ["other"] * 2), tmp_path / "two", labels=labels)
    assert plots == [left[3], left[4]]
    for p in drawn:
        assert (tmp_path / "two" / p.name).read_bytes() == p.read_bytes(), p.name
