"""The HTML topic browser: one self-contained offline page in the manner of LDAvis (Sievert & Shirley 2014), without
pyLDAvis. An intertopic distance map (topics placed by classical multidimensional scaling of the Jensen-Shannon
distances between their term distributions, circle area = share of tokens), the selected topic's 30 most relevant
terms under a λ slider, and per topic its label, prevalence over the years, concepts and top units.

Everything the page needs is computed here and embedded as JSON (escaped for a <script> element, inserted only via
textContent); a Content-Security-Policy holding the hashes of the page's own scripts lets nothing else run.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from litmine.errors import LitmineError
from litmine.export.html_page import write_page
from litmine.topics.model import TopicModel
from litmine.topics.outputs import (
    build_topics_by_year,
    check_topic_model,
    dominant_topics,
    find_topic_concepts,
    suggest_topic_labels,
    term_probability,
    term_text,
    topic_given_term,
    topic_shares,
    topic_tokens,
    unit_noun,
    unit_year,
)

BARS = 30  # terms in the bar chart (LDAvis's R)
LAMBDA_STEPS = 101  # the slider moves in steps of 0.01, so ranking at every step covers every reachable λ
MAX_TERMS = 2000  # terms embedded besides those some topic's chart can show: the most frequent, for the search
TOP_UNITS = 10
SIZE = 600.0  # the map's square viewBox
RADIUS = 0.2 * SIZE  # the radius of a circle holding all the tokens (areas are shares)
KEY_BOX = (0.0, SIZE - 96.0, 190.0, SIZE)  # the size key's corner of the map (left, top, right, bottom)


def write_topic_browser(model: TopicModel, path: str | Path, *, labels: list[str] | None = None,
                        concept_labels: dict[str, str] | None = None, title: str = "Topic browser",
                        passages: list[dict | None] | None = None, period_words: list[dict] | None = None) -> Path:
    """Write the topic browser for model as one HTML page that works offline.

    Args:
        model: the fitted model.
        path: the HTML file to write (its folder is created).
        labels: one label per topic; default suggest_topic_labels.
        concept_labels: concept id -> label, for concept tokens and the concept lists.
        title: the page's heading.
        passages: a representative passage per topic (topics/passages.py), shown with its citation.
        period_words: the rows of outputs.build_period_words: each topic's words per period, rising and falling.

    Returns:
        The path written.

    Example:
        >>> write_topic_browser(model, "outputs/topics/topics.html", title="Topics")  # doctest: +SKIP
    """
    concept_labels = concept_labels or {}
    labels = labels or suggest_topic_labels(model, concept_labels)
    data = build_browser_data(model, labels=labels, concept_labels=concept_labels)
    if passages is not None:
        for topic, p in zip(data["topics"], passages):
            topic["passage"] = None if p is None else {
                "text": p["text"], "citation": p["citation"], "title": p.get("title"),
                "href": p["href"] if str(p.get("href") or "").startswith("file:") else None}
    for row in period_words or []:
        if row.get("method") == "period" and row.get("terms"):
            data["topics"][int(row["topic"]) - 1].setdefault("periods", []).append(
                {"period": row["period"], "terms": row["terms"].split("; ")[:8],
                 "rising": [w for w in row.get("rising", "").split("; ") if w],
                 "falling": [w for w in row.get("falling", "").split("; ") if w]})
    if model.options.get("selection"):
        data["meta"]["selection"] = model.options["selection"]
    return write_page("topic_browser.html", path, title=title, data=data)


def build_browser_data(model: TopicModel, *, labels: list[str], concept_labels: dict[str, str]) -> dict:
    """The JSON the page embeds: topics (position, size, label, concepts, top units, mean weight per year) and a
    term table (p(w|t) and p(t|w) per topic, p(w), corpus frequency, saliency) covering every term any topic's
    chart can show at any λ, the most salient terms and the most frequent ones.

    Example:
        >>> data = build_browser_data(model, labels=labels, concept_labels={})  # doctest: +SKIP
        >>> data["topics"][0]["x"], data["topics"][0]["share"]  # doctest: +SKIP
    """
    check_topic_model(model)
    if len(labels) != model.k:
        raise LitmineError(f"topic browser: {len(labels)} labels for {model.k} topics")
    phi = np.asarray(model.topic_term, float)
    theta = np.asarray(model.doc_topic, float)
    shares = topic_shares(model)
    ptw = topic_given_term(model)
    pw = term_probability(model)
    saliency = pw * _distinctiveness(ptw, shares)
    freq = np.asarray(model.term_freq, float)
    table = set().union(*find_chart_terms(model)) | set(np.argsort(-saliency, kind="stable")[:BARS].tolist())
    for i in np.lexsort((-pw, -freq)):
        if len(table) >= min(MAX_TERMS, len(model.vocab)):
            break
        table.add(int(i))
    idx = sorted(int(i) for i in table)
    by_year = build_topics_by_year(model, labels)
    concepts = find_topic_concepts(model)
    dom = dominant_topics(model)
    xy = separate_circles(find_topic_positions(phi), RADIUS * np.sqrt(np.clip(shares, 0, None)))
    topics = []
    for t in range(model.k):
        best = [int(u) for u in np.argsort(-theta[:, t], kind="stable")[:TOP_UNITS] if theta[u, t] > 0]
        topics.append({
            "n": t + 1, "label": labels[t], "x": round(float(xy[t, 0]), 2), "y": round(float(xy[t, 1]), 2),
            "share": _sig(shares[t]), "prevalence": _sig(theta[:, t].mean()), "dominant": int((dom == t).sum()),
            "coherence": _sig(model.coherence[t]) if len(model.coherence) == model.k else None,
            "concepts": [{"id": c, "label": concept_labels.get(c) or c, "weight": _sig(w),
                          "share": _sig(_concept_share(model, c, shares, t))} for c, w in concepts[t]],
            "units": [{"title": str(model.units[u].get("title") or model.units[u].get("doc_id") or ""),
                       "year": unit_year(model.units[u]), "weight": _sig(theta[u, t]),
                       "doc_id": str(model.units[u].get("doc_id") or ""),
                       "passage_id": model.units[u].get("passage_id")} for u in best],
            "years": [_sig(v) for v in by_year.mean[:, t]] if by_year.years else []})
    return {
        "topics": topics,
        "terms": [{"term": model.vocab[i], "text": term_text(model, model.vocab[i], concept_labels),
                   "freq": _sig(freq[i]), "concept": model.concept_terms.get(model.vocab[i])} for i in idx],
        "phi": [[_sig(phi[t, i]) for i in idx] for t in range(model.k)],
        "ptw": [[_sig(ptw[t, i]) for i in idx] for t in range(model.k)],
        "pw": [_sig(pw[i]) for i in idx],
        "saliency": [_sig(saliency[i]) for i in idx],
        "years": by_year.years, "year_units": by_year.units,
        "view": [0, 0, SIZE, SIZE], "radius": RADIUS, "bars": BARS, "lambda": 0.6,
        "meta": {"method": model.method, "k": model.k, "units": unit_noun(model, len(model.units)),
                 "tokens": _sig(topic_tokens(model).sum()), "vocab": len(model.vocab), "shown_terms": len(idx),
                 "note": by_year.note},
    }


def find_chart_terms(model: TopicModel, *, n: int = BARS, steps: int = LAMBDA_STEPS) -> list[set[int]]:
    """Per topic, every term among its n most relevant at some λ on the slider's grid (0, 0.01, ..., 1); terms
    tied with the n-th are kept too, so the page, which ranks only these, shows what the whole vocabulary would.

    A term of no weight in the topic has relevance -inf at every λ (log 0; NaN, 0 · -inf, counted as -inf) and is
    never shown, so each topic's relevance is computed on its terms of some weight only (a quarter of the
    vocabulary in an NMF model of the 1,000-document scale corpus), every λ at once: the same values, element by
    element, and the same n-th largest (the others lie below every one of them; fewer than n such terms: all are
    shown) as over the whole vocabulary one λ at a time (0.87 -> 0.2 s CPU on that model, development)."""
    phi = np.asarray(model.topic_term, float)
    pw = term_probability(model)
    n = min(n, phi.shape[1])
    lam = (np.arange(steps) / (steps - 1))[:, None]  # step / (steps - 1), as a Python float division gives it
    found: list[set[int]] = []
    for t in range(model.k):
        terms = np.flatnonzero(phi[t] > 0)
        with np.errstate(divide="ignore", invalid="ignore"):  # 0 · -inf where a term has no weight: no relevance
            log_phi = np.log(phi[t, terms])
            log_lift = np.log(phi[t, terms] / pw[terms])
            rel = lam * log_phi + (1 - lam) * log_lift  # as build_relevance, without recomputing the logs
        rel[np.isnan(rel)] = -np.inf
        if len(terms) <= n:  # the n-th largest over the vocabulary is -inf: every term of some weight
            found.append(set(terms.tolist()))
            continue
        nth = np.partition(rel, -n, axis=1)[:, [-n]]
        found.append(set(terms[(rel >= nth).any(axis=0)].tolist()))
    return found


def build_js_distances(topic_term: np.ndarray) -> np.ndarray:
    """Jensen-Shannon distances (square root of the divergence, log base 2, so in [0, 1]) between the rows."""
    p = np.asarray(topic_term, float)
    p = p / np.where(p.sum(axis=1, keepdims=True) > 0, p.sum(axis=1, keepdims=True), 1)
    k = len(p)
    out = np.zeros((k, k))
    for a in range(k):
        for b in range(a + 1, k):
            m = (p[a] + p[b]) / 2
            div = (_kl(p[a], m) + _kl(p[b], m)) / 2
            out[a, b] = out[b, a] = np.sqrt(max(div, 0.0))
    return out


def _kl(p: np.ndarray, q: np.ndarray) -> float:
    mask = p > 0
    return float(np.sum(p[mask] * np.log2(p[mask] / q[mask])))


def find_topic_positions(topic_term: np.ndarray, *, size: float = SIZE, margin: float = RADIUS) -> np.ndarray:
    """Topic centres in the map's viewBox (k x 2): classical multidimensional scaling (principal coordinates) of
    the Jensen-Shannon distances, the first two axes, signs fixed so the result never flips between runs, scaled
    alike on both axes into [margin, size - margin]."""
    d = build_js_distances(topic_term)
    k = len(d)
    coords = np.zeros((k, 2))
    if k > 1:
        j = np.eye(k) - 1.0 / k
        b = -0.5 * j @ (d**2) @ j
        values, vectors = np.linalg.eigh(b)
        order = np.argsort(-values, kind="stable")[:2]
        for c, i in enumerate(order):
            v = vectors[:, i] * np.sqrt(max(values[i], 0.0))
            if v[np.argmax(np.abs(v))] < 0:
                v = -v
            coords[:, c] = v
    span = max(float(np.ptp(coords[:, 0])), float(np.ptp(coords[:, 1])))
    centre = (coords.max(axis=0) + coords.min(axis=0)) / 2
    scale = (size - 2 * margin) / span if span > 1e-12 else 0.0
    out = size / 2 + (coords - centre) * scale
    out[:, 1] = size - out[:, 1]  # the second axis points up, as in a plot
    return out


def separate_circles(xy: np.ndarray, radii: np.ndarray, *, size: float = SIZE, gap: float = 4.0,
                     avoid: tuple[float, float, float, float] | None = KEY_BOX, rounds: int = 500) -> np.ndarray:
    """Move circles apart until none overlaps another (``gap`` apart) or the ``avoid`` box (the size key), all
    inside the square map: each round pushes every overlapping pair apart along the line between their centres,
    half each, then pushes circles out of the box and back inside the map. Deterministic; circles already apart
    do not move, so the distance map keeps its shape where it is readable.

    Example:
        >>> separate_circles(np.array([[300.0, 300.0], [310.0, 300.0]]), np.array([20.0, 20.0])).round(1).tolist()
        [[283.0, 300.0], [327.0, 300.0]]
    """
    out = np.array(xy, dtype=float, copy=True)
    r = np.asarray(radii, dtype=float)
    k = len(out)
    for _ in range(rounds):
        moved = False
        for i in range(k):
            for j in range(i + 1, k):
                delta = out[j] - out[i]
                d = float(np.hypot(*delta))
                need = r[i] + r[j] + gap
                if d >= need - 1e-9:
                    continue
                if d < 1e-9:  # the same place: part them along a fixed direction per pair
                    angle = 2.399963 * (i * k + j)
                    delta, d = np.array([np.cos(angle), np.sin(angle)]), 1.0
                push = (need - d) / 2 * delta / d
                out[i] -= push
                out[j] += push
                moved = True
        for i in range(k):
            if avoid is not None:
                near = np.clip(out[i], avoid[:2], avoid[2:])
                delta = out[i] - near
                d = float(np.hypot(*delta))
                if d < r[i] + gap:
                    # out of the box upwards or rightwards, whichever is shorter
                    up, right = out[i][1] + r[i] + gap - avoid[1], avoid[2] + r[i] + gap - out[i][0]
                    out[i] += (0.0, -up) if up <= right else (right, 0.0)
                    moved = True
            low, high = r[i] + 1.0, size - r[i] - 1.0
            clipped = np.clip(out[i], low, high) if low <= high else np.full(2, size / 2)
            moved |= bool(np.any(clipped != out[i]))
            out[i] = clipped
        if not moved:
            break
    return out


def _distinctiveness(ptw: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """Chuang et al. (2012): sum over topics of p(t|w) log(p(t|w) / p(t)), per term."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(ptw > 0, ptw * np.log(ptw / shares[:, None]), 0.0)
    return np.nan_to_num(terms.sum(axis=0))


def _concept_share(model: TopicModel, concept: str, shares: np.ndarray, t: int) -> float:
    phi = np.asarray(model.topic_term, float)
    ids = [i for i, term in enumerate(model.vocab) if model.concept_terms.get(term) == concept]
    joint = phi[:, ids].sum(axis=1) * shares
    return float(joint[t] / joint.sum()) if joint.sum() > 0 else 0.0


def _sig(x: object, digits: int = 7) -> float | None:
    """A float with `digits` significant digits (JSON stays small); None for None, NaN or infinity."""
    if x is None:
        return None
    f = float(x)
    return float(f"{f:.{digits}g}") if np.isfinite(f) else None
