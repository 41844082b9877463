"""The topic browser's data: Jensen-Shannon distances, the intertopic map, the embedded term table, the page's
escaping and security policy (the page itself runs in tests/topics/test_browser_chromium.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import numpy as np
import pytest

from litmine.errors import LitmineError
from litmine.topics.browser import (
    RADIUS,
    SIZE,
    build_browser_data,
    build_js_distances,
    find_chart_terms,
    find_topic_positions,
    write_topic_browser,
)
from litmine.topics.model import TopicModel

HOSTILE = "</script><img src=x onerror=alert(1)>"


def random_model(k: int = 4, v: int = 45, d: int = 12, seed: int = 3) -> TopicModel:
    """A model with non-ASCII terms, a phrase, a concept token and a hostile term and title."""
    rng = np.random.default_rng(seed)
    vocab = [f"wort{i}" for i in range(v)]
    vocab[:6] = ["service", "service_user", "ærø", "bürger", HOSTILE, "co-production"]
    units = [{"doc_id": f"d{i}", "passage_id": None, "year": 2003 + (i * 7) % 20 if i != 5 else None,
              "title": HOSTILE if i == 2 else f"Rapport nº {i} – Ærø"} for i in range(d)]
    return TopicModel(method="nmf", k=k, seed=seed, vocab=vocab, topic_term=rng.dirichlet(np.full(v, 0.4), k),
                      doc_topic=rng.dirichlet(np.full(k, 0.6), d), units=units,
                      term_freq=rng.integers(1, 200, v).astype(float), doc_lengths=rng.integers(20, 400, d),
                      concept_terms={"co-production": "co-production"}, coherence=list(rng.random(k)))


def test_browser_js_distances_by_hand():
    d = build_js_distances(np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [1.0, 0.0]]))
    # p = (1, 0), q = (.5, .5), m = (.75, .25): KL(p||m) = log2(4/3), KL(q||m) = .5 log2(2/3) + .5 log2(2)
    jsd = (np.log2(4 / 3) + 0.5 * np.log2(2 / 3) + 0.5) / 2
    assert d[0, 1] == pytest.approx(np.sqrt(jsd)) and d[1, 0] == d[0, 1]
    assert d[0, 2] == pytest.approx(1.0) and d[0, 3] == 0.0 and np.all(np.diag(d) == 0)


def test_browser_positions_keep_the_distances():
    # Three topics always fit in a plane: the map's distances are the JS distances times one scale.
    phi = random_model(k=3).topic_term
    xy = find_topic_positions(phi)
    js = build_js_distances(phi)
    pairs = [(0, 1), (0, 2), (1, 2)]
    ratios = [np.hypot(*(xy[a] - xy[b])) / js[a, b] for a, b in pairs]
    assert ratios == pytest.approx([ratios[0]] * 3, rel=1e-9)
    assert xy.min() >= RADIUS - 1e-9 and xy.max() <= SIZE - RADIUS + 1e-9
    assert np.array_equal(xy, find_topic_positions(phi.copy()))
    assert find_topic_positions(phi[:1]).tolist() == [[SIZE / 2, SIZE / 2]]


def test_browser_chart_terms_cover_every_lambda():
    model = random_model(v=80)
    found = find_chart_terms(model)
    phi, pw = model.topic_term, model.term_freq / model.term_freq.sum()
    for lam in np.arange(101) / 100:
        rel = lam * np.log(phi) + (1 - lam) * np.log(phi / pw)
        for t in range(model.k):
            assert set(np.argsort(-rel[t], kind="stable")[:30].tolist()) <= found[t]
    assert all(len(f) < 80 for f in found)


def test_browser_data_topics_and_terms():
    model = random_model()
    data = build_browser_data(model, labels=["Un", "Deux", "Trois", HOSTILE], concept_labels={"co-production": "Co-P"})
    shares = model.doc_topic.T @ model.doc_lengths
    shares = shares / shares.sum()
    assert [t["share"] for t in data["topics"]] == pytest.approx(shares, rel=1e-6)
    assert [t["n"] for t in data["topics"]] == [1, 2, 3, 4] and data["topics"][3]["label"] == HOSTILE
    terms = [t["term"] for t in data["terms"]]
    assert terms == model.vocab  # a small vocabulary is embedded whole, in vocabulary order
    assert data["terms"][1]["text"] == "service user" and data["terms"][5]["text"] == "Co-P"
    j = 3
    ptw = model.topic_term[:, j] * shares / (model.topic_term[:, j] * shares).sum()
    assert [data["ptw"][t][j] for t in range(4)] == pytest.approx(ptw, rel=1e-6)
    # top units: heaviest first, undated shown without a year
    t0 = data["topics"][0]
    weights = [u["weight"] for u in t0["units"]]
    assert weights == sorted(weights, reverse=True) and len(weights) == 10
    best = int(np.argmax(model.doc_topic[:, 0]))
    assert t0["units"][0]["doc_id"] == f"d{best}"
    assert data["years"] == sorted({u["year"] for u in model.units if u["year"] is not None})
    assert data["meta"]["note"] == "1 document without a year left out"
    with pytest.raises(LitmineError, match="3 labels for 4 topics"):
        build_browser_data(model, labels=["a", "b", "c"], concept_labels={})


def test_browser_page_escapes_text_and_pins_its_scripts(tmp_path):
    page = write_topic_browser(random_model(), tmp_path / "sub" / "topics.html", title="Thèmes {{data}} " + HOSTILE)
    source = page.read_text(encoding="utf-8")
    assert HOSTILE not in source and "<img" not in source
    assert "<title>Thèmes {{data}} &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</title>" in source
    blob = re.search(r'<script type="application/json" id="topic-data">(.*?)</script>', source, re.DOTALL)[1]
    assert "\\u003c/script\\u003e" in blob
    assert json.loads(blob)["terms"][4]["term"] == HOSTILE
    bodies = re.findall(r"<script>(.*?)</script>", source, re.DOTALL)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', source)[1]
    hashes = re.findall(r"'sha256-([^']+)'", csp)
    assert len(bodies) == 2 and sorted(hashes) == sorted(
        base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies)
    assert "default-src 'none'" in csp and "http" not in csp


def test_browser_circles_separated_inside_the_map_and_off_the_size_key():
    import itertools

    from litmine.topics.browser import KEY_BOX, build_browser_data, separate_circles

    # five topics on one spot, one in the size key's corner
    xy = np.array([[300.0, 300.0]] * 5 + [[40.0, 560.0], [500.0, 100.0]])
    radii = np.array([60.0, 40.0, 30.0, 20.0, 10.0, 25.0, 15.0])
    out = separate_circles(xy, radii)
    for a, b in itertools.combinations(range(len(out)), 2):
        assert np.hypot(*(out[a] - out[b])) >= radii[a] + radii[b] + 4 - 1e-6
    assert np.all(out - radii[:, None] >= 0) and np.all(out + radii[:, None] <= SIZE)
    for (x, y), r in zip(out, radii):
        nx_, ny_ = np.clip([x, y], KEY_BOX[:2], KEY_BOX[2:])
        assert np.hypot(x - nx_, y - ny_) >= r
    assert out[6].tolist() == [500.0, 100.0]  # already apart: not moved
    data = build_browser_data(random_model(k=12, v=60, d=30), labels=[f"t{i}" for i in range(12)],
                              concept_labels={})
    circles = [(t["x"], t["y"], RADIUS * np.sqrt(t["share"])) for t in data["topics"]]
    for (xa, ya, ra), (xb, yb, rb) in itertools.combinations(circles, 2):
        assert np.hypot(xa - xb, ya - yb) >= ra + rb + 3.9
