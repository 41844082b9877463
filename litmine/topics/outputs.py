"""Files from a fitted TopicModel: topics, unit mixes, prevalence by year (CSV, PNG), topic words per period, the
lexicon concepts that load on each topic, a suggested label per topic. files.write_topic_outputs writes them all
with the HTML topic browser (browser.py).

Topics are numbered from 1 in every file (``topic_1`` .. ``topic_k``); the model's arrays index them from 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from litmine.errors import LitmineError
from litmine.export.atomic import open_atomic
from litmine.export.sanitize import GuardedDictWriter
from litmine.topics.model import TopicModel

TOPICS_CSV = "topics.csv"
DOC_TOPICS_CSV = "doc_topics.csv"
BY_YEAR_CSV = "topics_by_year.csv"
BY_YEAR_PNG = "topics_by_year.png"
BY_YEAR_SVG = "topics_by_year.svg"
PERIOD_CSV = "topic_words_by_period.csv"
CONCEPTS_CSV = "topic_concepts.csv"
BROWSER_HTML = "topics.html"
TOP_TERMS = 15  # terms per topic in topics.csv
PERIOD_TERMS = 10  # terms per topic and period
LABEL_LAMBDA = 0.6  # relevance weight for label words (Sievert & Shirley 2014 found 0.6 best for reading topics)
LABEL_POOL = 30  # label words come from the topic's 30 heaviest terms
CHANGE_TERMS = 5  # rising and falling words per topic and period
CONCEPT_LEAD = 3  # a concept names a topic only from among its 3 heaviest terms ...
CONCEPT_OWNERSHIP = 0.5  # ... and when the topic holds at least half of the concept's tokens
MIN_CONCEPT_WEIGHT = 0.005  # p(term | topic) from which a concept counts as loading on a topic


# ---------------------------------------------------------------------------------------------------- shared maths
def check_topic_model(model: TopicModel) -> None:
    """Raise LitmineError when the model's arrays do not fit together (a model file from elsewhere, a bug)."""
    k, v, d = model.k, len(model.vocab), len(model.units)
    shapes = {"topic_term": (np.shape(model.topic_term), (k, v)), "doc_topic": (np.shape(model.doc_topic), (d, k)),
              "term_freq": (np.shape(model.term_freq), (v,)), "doc_lengths": (np.shape(model.doc_lengths), (d,))}
    for name, (got, want) in shapes.items():
        if tuple(got) != want:
            raise LitmineError(f"topic model: {name} has shape {tuple(got)}, expected {want} "
                               f"(k={k}, {v} terms, {d} units)")
    if k < 1 or not d:
        raise LitmineError(f"topic model: no topics or no units (k={k}, {d} units)")
    if model.unit_terms is not None and tuple(model.unit_terms.shape) != (d, v):
        raise LitmineError(f"topic model: unit_terms has shape {tuple(model.unit_terms.shape)}, expected {(d, v)}")


def topic_tokens(model: TopicModel) -> np.ndarray:
    """Tokens each topic accounts for: sum over units of doc_topic * doc_lengths (k)."""
    return np.asarray(model.doc_topic, float).T @ np.asarray(model.doc_lengths, float)


def topic_shares(model: TopicModel) -> np.ndarray:
    """Each topic's share of the corpus's tokens (sums to 1; the mean unit weight when no lengths are known)."""
    tokens = topic_tokens(model)
    if tokens.sum() > 0:
        return tokens / tokens.sum()
    mean = np.asarray(model.doc_topic, float).mean(axis=0)
    return mean / mean.sum() if mean.sum() > 0 else np.full(model.k, 1 / model.k)


def term_probability(model: TopicModel) -> np.ndarray:
    """p(w): the corpus's term frequencies, or the topics' mixture when none are recorded (V)."""
    freq = np.asarray(model.term_freq, float)
    if freq.sum() > 0:
        return freq / freq.sum()
    return topic_shares(model) @ np.asarray(model.topic_term, float)


def topic_given_term(model: TopicModel) -> np.ndarray:
    """p(t | w) by Bayes from p(w | t) and the topics' token shares (k x V; a column of zeros for unused terms)."""
    joint = np.asarray(model.topic_term, float) * topic_shares(model)[:, None]
    total = joint.sum(axis=0)
    return np.divide(joint, total, out=np.zeros_like(joint), where=total > 0)


def build_relevance(model: TopicModel, lam: float) -> np.ndarray:
    """Term relevance per topic, λ·log p(w|t) + (1-λ)·log(p(w|t)/p(w)) (Sievert & Shirley 2014), k x V.

    Example:
        >>> rel = build_relevance(model, 0.6)  # doctest: +SKIP
        >>> [model.vocab[i] for i in np.argsort(-rel[0], kind="stable")[:5]]  # doctest: +SKIP
    """
    phi = np.asarray(model.topic_term, float)
    pw = term_probability(model)
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = lam * np.log(phi) + (1 - lam) * np.log(phi / pw)
    return np.where(np.isnan(rel), -np.inf, rel)


def dominant_topics(model: TopicModel) -> np.ndarray:
    """Index of each unit's heaviest topic (the first on ties; -1 for a unit without any weight)."""
    theta = np.asarray(model.doc_topic, float)
    return np.where(theta.max(axis=1) > 0, theta.argmax(axis=1), -1)


def term_text(model: TopicModel, term: str, concept_labels: dict[str, str]) -> str:
    """How a vocabulary term reads: a concept's label for a concept token, phrases with spaces ("service user")."""
    concept = model.concept_terms.get(term)
    if concept is not None:
        return concept_labels.get(concept) or concept
    return term.replace("_", " ")


def unit_year(unit: dict) -> int | None:
    """The unit's year as an int, None when it has none."""
    try:
        year = float(unit.get("year"))
    except (TypeError, ValueError):
        return None
    return int(year) if math.isfinite(year) else None


def unit_noun(model: TopicModel, n: int) -> str:
    """'1 passage', '3 documents', '2 windows' ... after the model's unit."""
    if any(u.get("passage_ids") for u in model.units):
        noun = "window"
    elif any(u.get("passage_id") is not None for u in model.units):
        noun = "passage"
    else:
        noun = "document"
    return f"{n} {noun}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------------------------------------------- labels, concepts
def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def suggest_topic_labels(model: TopicModel, concept_labels: dict[str, str], *, parts: int = 3) -> list[str]:
    """A readable label per topic, unique across topics: a lexicon concept first only when the concept truly
    dominates the topic (its token is one of the topic's 3 heaviest terms and the topic holds at least half of the
    concept's tokens, p(topic | concept) >= 0.5), then the topic's most relevant words and phrases (λ = 0.6 among
    its 30 heaviest terms). A concept that is only present, not leading, does not name the topic.

    Args:
        model: the fitted model.
        concept_labels: concept id -> label (shown for concept tokens).
        parts: words per label; a label that would repeat an earlier one gets one more distinctive word, or
            " (topic N)" when its topic has none.

    Example:
        >>> suggest_topic_labels(model, {"co-production": "Co-production"})  # doctest: +SKIP
        ['Co-production · service user · keyworker', 'Employability · skill · training']
    """
    check_topic_model(model)
    phi = np.asarray(model.topic_term, float)
    rel = build_relevance(model, LABEL_LAMBDA)
    owner = topic_given_term(model)
    labels: list[str] = []
    seen: set[str] = set()
    for t in range(model.k):
        by_weight = np.argsort(-phi[t], kind="stable")
        pool = sorted(by_weight[:LABEL_POOL], key=lambda i: -rel[t, i])  # stable: equal relevance keeps weight order
        words: list[str] = []

        def add(text: str, words: list[str] = words) -> bool:
            if not _key(text) or _key(text) in {_key(w) for w in words}:
                return False
            words.append(text)
            return True

        concept = next((i for i in by_weight[:CONCEPT_LEAD] if model.vocab[i] in model.concept_terms and
                        phi[t, i] > 0 and owner[t, i] >= CONCEPT_OWNERSHIP), None)
        if concept is not None:
            add(term_text(model, model.vocab[concept], concept_labels))
        rest = iter(pool)
        while len(words) < parts and (i := next(rest, None)) is not None:
            if phi[t, i] > 0:
                add(term_text(model, model.vocab[i], concept_labels))
        label = _join(words) or f"Topic {t + 1}"
        while _key(label) in seen:
            if not any(phi[t, i] > 0 and add(term_text(model, model.vocab[i], concept_labels)) for i in rest):
                label = f"{label} (topic {t + 1})"
                break
            label = _join(words)
        seen.add(_key(label))
        labels.append(label)
    return labels


def _join(words: list[str]) -> str:
    if not words:
        return ""
    first = words[0][:1].upper() + words[0][1:]
    return " · ".join([first, *words[1:]])


def _concept_terms(model: TopicModel) -> dict[str, list[int]]:
    """concept id -> indices of its vocabulary terms, in vocabulary order."""
    index = {term: i for i, term in enumerate(model.vocab)}
    out: dict[str, list[int]] = {}
    for term, concept in model.concept_terms.items():
        if term in index:
            out.setdefault(concept, []).append(index[term])
    return {c: sorted(ids) for c, ids in sorted(out.items())}


def find_topic_concepts(model: TopicModel, *, min_weight: float = MIN_CONCEPT_WEIGHT) -> list[list[tuple[str, float]]]:
    """The lexicon concepts that load on each topic: p(concept's terms | topic) >= min_weight, heaviest first.

    Example:
        >>> find_topic_concepts(model)[0]  # doctest: +SKIP
        [('co-production', 0.0412), ('personalisation', 0.0071)]
    """
    check_topic_model(model)
    phi = np.asarray(model.topic_term, float)
    concepts = _concept_terms(model)
    out = []
    for t in range(model.k):
        found = [(c, float(phi[t, ids].sum())) for c, ids in concepts.items()]
        out.append(sorted([(c, w) for c, w in found if w >= min_weight and w > 0], key=lambda cw: (-cw[1], cw[0])))
    return out


def build_topic_concept_rows(model: TopicModel, *, labels: Sequence[str], concept_labels: dict[str, str],
                             min_weight: float = MIN_CONCEPT_WEIGHT) -> list[dict]:
    """One row per topic and concept in the vocabulary: weight p(c|t), rank of its best term in the topic, share
    p(t|c) by Bayes with the topics' token shares, and whether it loads (weight >= min_weight)."""
    phi = np.asarray(model.topic_term, float)
    shares = topic_shares(model)
    ranks = np.empty_like(phi, dtype=int)
    for t in range(model.k):
        ranks[t, np.argsort(-phi[t], kind="stable")] = np.arange(1, phi.shape[1] + 1)
    rows = []
    for t in range(model.k):
        found = []
        for c, ids in _concept_terms(model).items():
            joint = phi[:, ids].sum(axis=1) * shares
            found.append({"topic": t + 1, "topic_label": labels[t], "concept": c,
                          "concept_label": concept_labels.get(c) or c,
                          "terms": "; ".join(model.vocab[i] for i in ids), "weight": float(phi[t, ids].sum()),
                          "rank": int(ranks[t, ids].min()),
                          "share": float(joint[t] / joint.sum()) if joint.sum() > 0 else 0.0})
        found.sort(key=lambda r: (-r["weight"], r["concept"]))
        for r in found:
            rows.append({**r, "weight": round(r["weight"], 6), "share": round(r["share"], 4),
                         "loads": int(r["weight"] >= min_weight and r["weight"] > 0)})
    return rows


# ---------------------------------------------------------------------------------------------------- by year, periods
@dataclass
class TopicYears:
    """Prevalence by year: mean[y, t] mean topic weight of year y's units, dominant[y, t] the share of them where
    t dominates, units[y] their number; undated counts the units without a year (left out)."""

    years: list[int]
    mean: np.ndarray
    dominant: np.ndarray
    units: list[int]
    undated: int
    note: str = ""
    rows: list[dict] = field(default_factory=list)


def build_topics_by_year(model: TopicModel, labels: Sequence[str] | None = None) -> TopicYears:
    """Mean document-topic weight and dominant share per year and topic, from the dated units.

    Example:
        >>> build_topics_by_year(model).note  # doctest: +SKIP
        '1 document without a year left out'
    """
    check_topic_model(model)
    theta = np.asarray(model.doc_topic, float)
    dom = dominant_topics(model)
    years_of = [unit_year(u) for u in model.units]
    years = sorted({y for y in years_of if y is not None})
    k = model.k
    mean, share, counts, rows = np.zeros((len(years), k)), np.zeros((len(years), k)), [], []
    for j, year in enumerate(years):
        idx = [i for i, y in enumerate(years_of) if y == year]
        mean[j] = theta[idx].mean(axis=0)
        hits = dom[idx]
        share[j] = np.bincount(hits[hits >= 0], minlength=k)[:k] / len(idx)
        counts.append(len(idx))
        for t in range(k):
            rows.append({"year": year, "topic": t + 1, "label": labels[t] if labels else "",
                         "mean_weight": round(float(mean[j, t]), 4), "dominant_share": round(float(share[j, t]), 4),
                         "units": len(idx)})
    undated = sum(y is None for y in years_of)
    note = f"{unit_noun(model, undated)} without a year left out" if undated else ""
    return TopicYears(years, mean, share, counts, undated, note, rows)


def find_periods(year_units: dict[int, int], *, n: int = 4) -> list[tuple[int, int]]:
    """Split the years into up to n spans of consecutive years holding roughly equal numbers of units.

    Example:
        >>> find_periods({2003: 1, 2009: 2, 2015: 1, 2020: 3, 2024: 1}, n=2)
        [(2003, 2015), (2020, 2024)]
    """
    years = sorted(y for y, c in year_units.items() if c > 0)
    n = min(n, len(years))
    if not n:
        return []
    total = sum(year_units[y] for y in years)
    periods: list[tuple[int, int]] = []
    start = cum = 0
    for i, year in enumerate(years):
        cum += year_units[year]
        left = n - len(periods) - 1  # periods still to open after this one
        if left and (cum >= total * (len(periods) + 1) / n or len(years) - i - 1 == left):
            periods.append((years[start], year))
            start = i + 1
    periods.append((years[start], years[-1]))
    return periods


def build_period_words(model: TopicModel, *, labels: Sequence[str], periods: Sequence[tuple[int, int]] | None = None,
                       n: int = PERIOD_TERMS) -> list[dict]:
    """Per period and topic: its units, the topic's prevalence (mean weight) and tokens there, and its top n terms.

    With model.unit_terms (D x V counts) the terms are the period's own: each count of term w in unit u is shared
    among the topics by p(t | u, w) ∝ doc_topic[u, t] · topic_term[t, w] (the expected topic assignments of the
    words), summed over the period's units and normalised (method "period"). Without it the global top terms
    are listed (method "global"), and only the prevalence and tokens are the period's. A topic with less than one
    expected token in a period lists no terms there. No word of a later period reaches an earlier one: a period's
    terms are counted in its own units only. `rising` and `falling` name the terms whose share of the topic grew
    or shrank most since the last period the topic had tokens in (period method only).
    """
    years_of = [unit_year(u) for u in model.units]
    if periods is None:
        periods = find_periods({y: years_of.count(y) for y in set(years_of) if y is not None})
    for a, b in periods:
        if int(a) > int(b):
            raise LitmineError(f"topic periods: {a}-{b} ends before it starts")
    theta = np.asarray(model.doc_topic, float)
    units_of = _period_units(years_of, periods)
    expected = _expected_by_period(model, units_of) if model.unit_terms is not None else None
    rows = []
    before: dict[int, np.ndarray] = {}  # each topic's term shares in the period before
    for p, (a, b) in enumerate(periods):
        idx = units_of[p]
        for t in range(model.k):
            weights, tokens = _period_weights(model, t, idx, None if expected is None else expected[p][t])
            order = [i for i in np.argsort(-weights, kind="stable")[:n] if weights[i] > 0] if tokens >= 1 else []
            rising = falling = ""
            if expected is not None and tokens >= 1:
                if t in before:
                    rising, falling = _changed_terms(model.vocab, weights - before[t])
                before[t] = weights
            rows.append({"period": f"{a}" if a == b else f"{a}\u2013{b}", "start_year": int(a), "end_year": int(b),
                         "units": len(idx), "topic": t + 1, "label": labels[t],
                         "prevalence": round(float(theta[idx, t].mean()), 4) if idx else None,
                         "tokens": round(tokens, 1), "terms": "; ".join(model.vocab[i] for i in order),
                         "weights": "; ".join(f"{weights[i]:.6f}" for i in order),
                         "rising": rising, "falling": falling,
                         "method": "period" if expected is not None else "global"})
    return rows


def _period_units(years_of: list, periods: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The units (indexes) of each period, by their years."""
    return [[i for i, y in enumerate(years_of) if y is not None and int(a) <= y <= int(b)] for a, b in periods]


def _period_weights(model: TopicModel, t: int, idx: list[int], expected: np.ndarray | None
                    ) -> tuple[np.ndarray, float]:
    """Topic t's term weights in the units idx of a period and its (expected) tokens there: the period's own
    expected counts of the topic (`_expected_by_period`) normalised when there are any, else the global
    topic-term row and the topic's share of the units' lengths."""
    if expected is not None:
        weights = expected
        tokens = float(weights.sum())
        return (weights / tokens if tokens > 0 else weights), tokens
    theta = np.asarray(model.doc_topic, float)
    lengths = np.asarray(model.doc_lengths, float)
    return np.asarray(model.topic_term[t], float), float(theta[idx, t] @ lengths[idx])


def _changed_terms(vocab: Sequence[str], change: np.ndarray) -> tuple[str, str]:
    """The CHANGE_TERMS words whose share of a topic grew most ("a; b") and those whose share shrank most, from
    the change in share since the period before.

    Example:
        >>> _changed_terms(["für", "b", "c"], np.array([0.2, -0.1, 0.0]))
        ('für', 'b')
    """
    rising = "; ".join(vocab[i] for i in np.argsort(-change, kind="stable")[:CHANGE_TERMS] if change[i] > 0)
    falling = "; ".join(vocab[i] for i in np.argsort(change, kind="stable")[:CHANGE_TERMS] if change[i] < 0)
    return rising, falling


def _expected_by_period(model: TopicModel, units_of: list[list[int]]) -> list[list[np.ndarray]]:
    """Per period (its units) and topic, the expected counts of the period's terms assigned to the topic (V):
    each count of term w in unit u shared among the topics by doc_topic[u, t] * topic_term[t, w], summed over the
    period's units in their order. One topic's shares of one period's counts are held at a time, not the k D x V
    matrices they make together (on 1,000 documents, 7.6 million counts and 18 topics, about 3 GB). Each topic's
    weights are read from a contiguous row (doc_topic transposed), and each period's shares are made from its own
    counts, not gathered from the shares of every count: the same products, 1.8 -> 0.8 s on the 1,000-document
    scale model (development); the sums over the topics are made a block of counts at a time
    (`_assignment_totals`)."""
    from scipy import sparse

    counts = sparse.coo_matrix(model.unit_terms)
    theta = np.ascontiguousarray(np.asarray(model.doc_topic, float).T)  # k x D: topic t's weights are theta[t]
    phi = np.asarray(model.topic_term, float)
    rows, cols, data = counts.row, counts.col, np.asarray(counts.data, float)
    total = _assignment_totals(theta, phi, rows, cols)
    scale = np.divide(data, total, out=np.zeros_like(data), where=total > 0)
    del total
    v = counts.shape[1]
    inside = np.zeros(theta.shape[1], dtype=bool)
    where = []  # the counts of each period's units, in the counts' (unit, term) order: units, terms, scale
    for idx in units_of:
        inside[:] = False
        inside[idx] = True
        at = np.flatnonzero(inside[rows])
        where.append((rows[at], cols[at], scale[at]))
    out: list[list[np.ndarray]] = [[] for _ in units_of]
    for t in range(model.k):
        for p, (units, terms, part) in enumerate(where):
            out[p].append(np.bincount(terms, weights=theta[t][units] * phi[t][terms] * part, minlength=v))
    return out


TOTALS_BLOCK = 1 << 15  # counts summed over the topics at a time (_assignment_totals): their arrays stay in cache


def _assignment_totals(theta: np.ndarray, phi: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """For each count (unit rows[i], term cols[i]), the sum over the topics t, in order, of theta[t][unit] *
    phi[t][term]: the same products added in the same order as k passes over all the counts, made TOTALS_BLOCK
    counts at a time so that each block's sums, units and terms stay in the CPU's cache while the k topics go by
    (3.2 million counts, k = 24 on the 1,000-document scale model: 0.8 -> 0.35 s CPU, development)."""
    total = np.zeros(len(rows))
    buffer = np.empty(min(len(rows), TOTALS_BLOCK))
    for start in range(0, len(rows), TOTALS_BLOCK):
        units, terms = rows[start:start + TOTALS_BLOCK], cols[start:start + TOTALS_BLOCK]
        part, product = total[start:start + TOTALS_BLOCK], buffer[:len(units)]
        for t in range(len(theta)):
            np.take(theta[t], units, out=product)
            product *= phi[t][terms]
            part += product
    return total


# ---------------------------------------------------------------------------------------------------- rows
def build_topic_rows(model: TopicModel, *, labels: Sequence[str], n: int = TOP_TERMS) -> list[dict]:
    """One row per topic: label, top n terms and weights ("a; b; c"), loading concepts, coherence, prevalence
    (mean weight over units), token share and the number of units it dominates."""
    theta = np.asarray(model.doc_topic, float)
    shares = topic_shares(model)
    dom = dominant_topics(model)
    concepts = find_topic_concepts(model)
    coherent = len(model.coherence) == model.k
    rows = []
    for t in range(model.k):
        top = model.top_terms(t, n)
        rows.append({"topic": t + 1, "label": labels[t], "terms": "; ".join(term for term, _ in top),
                     "weights": "; ".join(f"{w:.6f}" for _, w in top),
                     "concepts": "; ".join(c for c, _ in concepts[t]),
                     "coherence": round(float(model.coherence[t]), 4) if coherent else None,
                     "prevalence": round(float(theta[:, t].mean()), 4), "token_share": round(float(shares[t]), 4),
                     "dominant_units": int((dom == t).sum())})
    return rows


def build_doc_topic_rows(model: TopicModel) -> list[dict]:
    """One row per unit: doc_id, passage_id, year, title, dominant topic and topic_1..topic_k weights.

    A model of window units gives one row per document instead (passage_id empty, `windows` its number of
    windows): the mean of its windows' mixes weighted by their tokens, so that every document has one mix.
    """
    theta = np.asarray(model.doc_topic, float)
    if any(u.get("passage_ids") for u in model.units):
        return _document_rows(model, theta)
    dom = dominant_topics(model)
    rows = []
    for i, u in enumerate(model.units):
        row = {"doc_id": u.get("doc_id"), "passage_id": u.get("passage_id"), "year": unit_year(u),
               "title": u.get("title") or "", "dominant_topic": int(dom[i]) + 1 if dom[i] >= 0 else None}
        row.update({f"topic_{t + 1}": round(float(theta[i, t]), 4) for t in range(model.k)})
        rows.append(row)
    return rows


def _document_rows(model: TopicModel, theta: np.ndarray) -> list[dict]:
    """Window mixes pooled per document (weighted by the windows' tokens), in the order documents first appear."""
    lengths = np.asarray(model.doc_lengths if model.doc_lengths is not None else np.ones(len(model.units)), float)
    order: dict[str, list[int]] = {}
    for i, u in enumerate(model.units):
        order.setdefault(str(u.get("doc_id")), []).append(i)
    rows = []
    for doc_id, idx in order.items():
        w = lengths[idx] if lengths[idx].sum() > 0 else np.ones(len(idx))
        mix = (theta[idx] * w[:, None]).sum(axis=0) / w.sum()
        u = model.units[idx[0]]
        row = {"doc_id": u.get("doc_id"), "passage_id": None, "year": unit_year(u), "title": u.get("title") or "",
               "dominant_topic": int(np.argmax(mix)) + 1 if mix.max() > 0 else None, "windows": len(idx)}
        row.update({f"topic_{t + 1}": round(float(mix[t]), 4) for t in range(model.k)})
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------------- writers
def write_csv(rows: list[dict], path: str | Path, columns: Sequence[str] | None = None) -> Path:
    """Write dict rows as UTF-8 CSV (None as an empty cell); columns default to the first row's keys."""
    path = Path(path)
    names = list(columns or (rows[0].keys() if rows else []))
    with open_atomic(path, newline="") as fh:
        w = GuardedDictWriter(fh, fieldnames=names, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return path


def write_topics_plot(by_year: TopicYears, path: str | Path, *, labels: Sequence[str],
                      heading: str = "Topic prevalence by year", unit: str = "units") -> Path:
    """A stacked plot of the mean topic weight per year over a strip of the units per year, fit to print
    (litmine.export.topics_plot: Okabe-Ito fills, caption line, broken year axis at an outlying year)."""
    return write_topics_plots(by_year, [path], labels=labels, heading=heading, unit=unit)[0]


def write_topics_plots(by_year: TopicYears, paths: Sequence[str | Path], *, labels: Sequence[str],
                       heading: str = "Topic prevalence by year", unit: str = "units") -> list[Path]:
    """`write_topics_plot` to each path (.png, .svg), the figure drawn once."""
    from litmine.export.topics_plot import write_topics_by_year_plots

    return write_topics_by_year_plots(by_year.years, by_year.mean, by_year.units, paths, labels=labels,
                                      heading=heading, note=by_year.note, unit=unit)


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"
