"""The topic browser in a real browser: headless Chromium opens the page, whose #selftest hook moves the λ slider,
clicks a topic's circle, types in the term search or clicks a bar with real events; the dumped DOM must show the
terms numpy ranks for that topic and λ, resize the circles by p(topic | term), hold no script errors, and show
hostile text only as text.

Needs a Chromium binary; skipped, with that reason, when none is found (helpers from the concept map's test).
"""

from __future__ import annotations

import numpy as np
import pytest

from litmine.topics.browser import RADIUS, write_topic_browser
from litmine.topics.model import TopicModel
from tests.export.test_html_map_browser import BROWSER, HOSTILE, Dom, assert_clean, classes, open_in_browser, text

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="no Chromium binary (chromium, chromium-browser or google-chrome) on PATH; "
                            "install one to run the browser test, e.g. apt-get install -y chromium")


def browser_model() -> TopicModel:
    """4 topics over 45 terms (so the 30 bars are a choice), non-ASCII and hostile terms and titles."""
    rng = np.random.default_rng(11)
    k, v, d = 4, 45, 14
    vocab = [f"térm{i}" for i in range(v)]
    vocab[:6] = ["service", "service_user", "ærø", "bürger", HOSTILE, "co-production"]
    phi = rng.dirichlet(np.full(v, 0.5), k)
    phi[0, 4] += 0.3  # the hostile term leads topic 1
    phi /= phi.sum(axis=1, keepdims=True)
    units = [{"doc_id": f"d{i}", "passage_id": None, "year": 2003 + (i * 5) % 21,
              "title": HOSTILE if i == 3 else f"Étude nº {i}"} for i in range(d)]
    theta = rng.dirichlet(np.full(k, 0.5), d)
    theta[3] = [0.97, 0.01, 0.01, 0.01]  # the hostile title is topic 1's top unit
    return TopicModel(method="lda", k=k, seed=11, vocab=vocab, topic_term=phi, doc_topic=theta, units=units,
                      term_freq=rng.integers(5, 300, v).astype(float), doc_lengths=rng.integers(50, 500, d),
                      concept_terms={"co-production": "co-production"}, coherence=[0.4, 0.5, 0.6, 0.3])


def expected_bars(model: TopicModel, topic: int, lam: float) -> list[str]:
    """The 30 terms of a topic by relevance λ·log p(w|t) + (1-λ)·log(p(w|t)/p(w)), p(w) from term_freq."""
    phi = model.topic_term[topic]
    pw = model.term_freq / model.term_freq.sum()
    rel = lam * np.log(phi) + (1 - lam) * np.log(phi / pw)
    ranked = np.sort(rel)[::-1]
    # The page gets 7 significant digits: no two terms near the cut may be closer than that could blur.
    assert np.min(-np.diff(ranked[:31])) > 1e-5
    return [model.vocab[i] for i in np.argsort(-rel, kind="stable")[:30]]


def topic_given_term(model: TopicModel) -> np.ndarray:
    tokens = model.doc_topic.T @ model.doc_lengths
    joint = model.topic_term * (tokens / tokens.sum())[:, None]
    return joint / joint.sum(axis=0)


def bars(dom: Dom) -> list[dict]:
    out = []
    for g in dom.by_class("bar"):
        rects = {next(iter(classes(r))): float(r["attrs"]["data-value"])
                 for r in dom.all(lambda n: n["tag"] == "rect", g)}
        (label,) = dom.by_class("term", g)
        (tip,) = dom.all(lambda n: n["tag"] == "title", g)
        out.append({"term": g["attrs"]["data-term"], "text": text(label), "tip": text(tip), **rects,
                    "active": "active" in classes(g)})
    return out


def radii(dom: Dom) -> dict[int, float]:
    return {int(g["attrs"]["data-topic"]): float(dom.all(lambda n: n["tag"] == "circle", g)[0]["attrs"]["r"])
            for g in dom.by_class("topic")}


def write_page(tmp_path):
    return write_topic_browser(browser_model(), tmp_path / "topics.html", concept_labels={"co-production": "Co-P"},
                               title="Thèmes <b>" + HOSTILE)


@pytest.mark.slow
def test_browser_chromium_topic_bars_follow_lambda(tmp_path):
    model = browser_model()
    page = write_page(tmp_path)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="topic:2", **{"lambda": "0.6"})
    assert_clean(dom, stderr, "topic:2")
    shown = bars(dom)
    assert [b["term"] for b in shown] == expected_bars(model, 1, 0.6)
    # Each bar: the corpus frequency behind the estimated frequency in the topic, p(t|w) · freq(w).
    ptw = topic_given_term(model)
    for b in shown:
        j = model.vocab.index(b["term"])
        assert b["total"] == model.term_freq[j]
        assert b["in-topic"] == pytest.approx(ptw[1, j] * model.term_freq[j], abs=2e-3)
        assert b["in-topic"] <= b["total"]
    assert "selected" in classes(dom.all(lambda n: n["attrs"].get("data-topic") == "2")[0])
    assert text(dom.by_id("bars-title")) == "Top-30 most relevant terms for topic 2 (\u03bb = 0.60)"
    assert text(dom.by_id("lambda-value")) == "0.60"
    assert text(dom.all(lambda n: n["tag"] == "title")[0]) == "Thèmes <b>" + HOSTILE
    # Shares of tokens set the circles when no term is highlighted.
    tokens = model.doc_topic.T @ model.doc_lengths
    assert list(radii(dom).values()) == pytest.approx(
        [RADIUS * np.sqrt(tokens[int(n) - 1] / tokens.sum()) for n in radii(dom)], abs=0.01)


@pytest.mark.slow
def test_browser_chromium_lambda_one_and_term_search(tmp_path):
    model = browser_model()
    page = write_page(tmp_path)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="topic:1", term="SERVICE", **{"lambda": "1"})
    assert_clean(dom, stderr, "topic:1")
    shown = bars(dom)
    assert [b["term"] for b in shown] == expected_bars(model, 0, 1.0)  # λ = 1: by p(w|t) alone
    # The hostile term leads topic 1, drawn as text (cut to fit, whole in its tooltip).
    assert shown[0]["term"] == HOSTILE and shown[0]["tip"].startswith(HOSTILE + ": ")
    assert shown[0]["text"] == HOSTILE[:25] + "\u2026"
    # "SERVICE" finds the term service: circle areas become p(topic | service).
    ptw = topic_given_term(model)[:, 0]
    assert radii(dom) == pytest.approx({n + 1: RADIUS * np.sqrt(p) for n, p in enumerate(ptw)}, abs=0.01)
    order = [str(n + 1) for n in np.argsort(-ptw, kind="stable") if ptw[n] >= 0.005]
    assert text(dom.by_id("term-status")).startswith("\u201cservice\u201d: topics " + order[0] + " (")
    assert [b["term"] for b in shown if b["active"]] == (["service"] if "service" in [b["term"] for b in shown]
                                                         else [])
    # The topic's panel: label, top units with the hostile title as text, concepts.
    units = [text(n) for n in dom.by_class("unit-title")]
    assert units[0] == HOSTILE and len(units) == 10
    assert text(dom.by_id("topic-title")).startswith("Topic 1: ")


@pytest.mark.slow
def test_browser_chromium_bar_click_highlights_topics(tmp_path):
    model = browser_model()
    page = write_page(tmp_path)
    first = expected_bars(model, 2, 0.0)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="topic:3", bar=first[4], **{"lambda": "0"})
    assert_clean(dom, stderr, "topic:3")
    shown = bars(dom)
    assert [b["term"] for b in shown] == first
    assert [b["term"] for b in shown if b["active"]] == [first[4]]
    ptw = topic_given_term(model)[:, model.vocab.index(first[4])]
    assert radii(dom) == pytest.approx({n + 1: RADIUS * np.sqrt(p) for n, p in enumerate(ptw)}, abs=0.01)
    marked = {int(g["attrs"]["data-topic"]) for g in dom.by_class("topic") if "for-term" in classes(g)}
    assert marked == {n + 1 for n, p in enumerate(ptw) if p > 0}
    sparkline = dom.all(lambda n: n["tag"] == "polyline")
    assert len(sparkline) == 1 and len(sparkline[0]["attrs"]["points"].split()) == len(
        {u["year"] for u in model.units})


@pytest.mark.slow
def test_browser_chromium_representative_passage_with_its_citation(tmp_path):
    model = browser_model()
    passages = [{"text": "Bürger co-produce the service. " + HOSTILE, "citation": "(Ærø Kommune, 2019, p. 4)",
                 "title": "t", "href": (tmp_path / "doc.pdf").as_uri() + "#page=4"},
                {"text": "A second passage.", "citation": "(Kerr, 2012)", "title": "t", "href": "javascript:alert(1)"},
                None, None]
    page = write_topic_browser(model, tmp_path / "topics.html", passages=passages)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="topic:1")
    assert_clean(dom, stderr, "topic:1")
    assert text(dom.by_id("passage")) == "Bürger co-produce the service. " + HOSTILE
    (link,) = dom.all(lambda n: n["tag"] == "a", dom.by_id("passage-cite"))
    assert link["attrs"]["href"].endswith("doc.pdf#page=4") and text(link) == "(Ærø Kommune, 2019, p. 4)"
    dom, stderr = open_in_browser(page, tmp_path / "profile2", selftest="topic:2")
    assert not dom.all(lambda n: n["tag"] == "a", dom.by_id("passage-cite"))  # never a javascript: link
    assert text(dom.by_id("passage-cite")) == "(Kerr, 2012)"
    dom, stderr = open_in_browser(page, tmp_path / "profile3", selftest="topic:3")
    assert "long enough" in text(dom.by_id("passage"))


@pytest.mark.slow
def test_browser_chromium_words_over_time_per_topic(tmp_path):
    rows = [{"topic": 1, "period": "2003\u20132009", "terms": "service; bürger", "rising": "", "falling": "",
             "method": "period"},
            {"topic": 1, "period": "2010\u20132018", "terms": "universal_credit; service", "rising": "universal_credit",
             "falling": "bürger", "method": "period"}]
    page = write_topic_browser(browser_model(), tmp_path / "topics.html", period_words=rows)
    dom, stderr = open_in_browser(page, tmp_path / "profile", selftest="topic:1")
    assert_clean(dom, stderr, "topic:1")
    items = [text(li) for li in dom.all(lambda n: n["tag"] == "li", dom.by_id("periods"))]
    assert items == ["2003\u20132009: service, bürger",
                     "2010\u20132018: universal_credit, service \u2191 universal_credit \u2193 bürger"]


@pytest.mark.slow
def test_browser_chromium_circles_apart_with_a_screenshot(tmp_path):
    import itertools

    from tests.export.test_html_map_browser import screenshot

    rng = np.random.default_rng(5)
    model = browser_model()
    k = 12
    base = rng.dirichlet(np.full(45, 0.5))
    model.k, model.coherence = k, [0.5] * k
    model.topic_term = np.array([0.9 * base + 0.1 * rng.dirichlet(np.full(45, 0.5)) for _ in range(k)])  # alike
    model.doc_topic = rng.dirichlet(np.full(k, 0.5), len(model.units))
    page = write_topic_browser(model, tmp_path / "topics.html", labels=[f"Thème {t}" for t in range(k)],
                               concept_labels={})
    screenshot(page, tmp_path / "shot", tmp_path / "topics.png")
    dom, stderr = open_in_browser(page, tmp_path / "profile")
    assert "Uncaught" not in stderr and text(dom.by_id("errors")) == ""
    circles = []
    for g in dom.by_class("topic"):
        (c,) = dom.all(lambda n: n["tag"] == "circle", g)
        circles.append(tuple(float(c["attrs"][a]) for a in ("cx", "cy", "r")))
    assert len(circles) == k
    for (xa, ya, ra), (xb, yb, rb) in itertools.combinations(circles, 2):
        assert np.hypot(xa - xb, ya - yb) >= ra + rb, "two topic circles overlap"
    assert all(r >= 4 for _, _, r in circles)
