"""The fitted topic model as plain arrays: what training returns and what the outputs read."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class TopicModel:
    """A fitted topic model over units (documents or passages) of the corpus.

    topic_term: k x V, each row a distribution over the vocabulary (sums to 1).
    doc_topic: D x k, each row the topic mix of one unit (sums to 1).
    units: one dict per row of doc_topic: {"doc_id", "passage_id" (None for document units), "year", "title"}.
    term_freq: V, how often each vocabulary term occurs in the training units; doc_lengths: D, tokens per unit.
    concept_terms: vocabulary term -> lexicon concept id, for the terms that stand for a concept.
    coherence: per topic (c_v); coherence_curve: (k, mean coherence) for each k tried when k was chosen.
    options: the training options (method, k, unit, seed, ...); fingerprint: the corpus's and options' hash.
    unit_terms: optional D x V term counts of the units (scipy.sparse CSR); when present, the topic words per
    period come from the period's own units instead of the global topic-term rows.
    """

    method: str
    k: int
    seed: int
    vocab: list[str]
    topic_term: np.ndarray
    doc_topic: np.ndarray
    units: list[dict]
    term_freq: np.ndarray
    doc_lengths: np.ndarray
    concept_terms: dict[str, str] = field(default_factory=dict)
    coherence: list[float] = field(default_factory=list)
    coherence_curve: list[tuple[int, float]] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    fingerprint: str = ""
    unit_terms: object | None = None  # scipy.sparse.csr_matrix (D x V counts) or None

    def top_terms(self, topic: int, n: int = 10) -> list[tuple[str, float]]:
        """The n heaviest terms of a topic with their weights."""
        row = self.topic_term[topic]
        order = np.argsort(-row, kind="stable")[:n]
        return [(self.vocab[i], float(row[i])) for i in order]
