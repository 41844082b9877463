"""Topic coherence over reference texts: gensim's c_v, and NPMI (c_npmi) counted here with numpy.

gensim's CoherenceModel counts co-occurrences window by window in Python (a set update per window): on a 100-document
corpus the selection's dozen NPMI scorings cost about as much CPU as the models they score. `window_counts` gives
the same counts from the positions of the topic terms alone, with sparse matrices, so `npmi_per_topic` returns
gensim's values (to float rounding) in a fraction of the time.

gensim's sliding window (text_analysis.WordOccurrenceAccumulator) keeps the set of words in the window as it slides
one token a step: the token leaving the window is taken out of the set and the entering one put in. A word that
leaves while another occurrence of it is still inside therefore counts as absent until it enters again. The counts
here reproduce that rule, so figures measured before stay comparable; see `window_counts`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from gensim.corpora import Dictionary

NPMI_WINDOW = 10  # gensim's windows for c_npmi and c_v
CV_WINDOW = 110
EPSILON = 1e-12  # gensim's direct_confirmation_measure.EPSILON


def find_coherence(topics: list[list[str]], texts: list[list[str]], dictionary: Dictionary,
                   measure: str = "c_v") -> list[float]:
    """c_v (or another gensim measure, such as "c_npmi") coherence of each topic (its top terms) over the reference
    texts.

    NPMI ("c_npmi") is the mean of gensim's value over the pairs of top terms that both occur in the texts; a pair
    with a term that never occurs there (common when the texts are a small held-out share of the corpus) is left
    out, where gensim would make the whole topic undefined; a topic none of whose pairs occur counts -1. (Counting
    such pairs -1 instead punished specific topics: on the SSOAR papers it chose k = 2.) Its counts are made by
    `window_counts`; other measures by gensim's CoherenceModel in one process, where an undefined topic counts 0.

    Example:
        >>> from gensim.corpora import Dictionary
        >>> texts = [["tax", "credit"], ["tax", "credit"], ["care", "home"]]
        >>> len(find_coherence([["tax", "credit"]], texts, Dictionary(texts)))
        1
    """
    if not topics:
        return []
    if measure == "c_npmi":
        return npmi_per_topic(topics, texts)
    if measure == "c_v":
        return cv_per_topic(topics, texts)
    from gensim.models import CoherenceModel

    cm = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence=measure,
                        topn=max(len(t) for t in topics), processes=1)
    return [0.0 if not math.isfinite(v) else float(v) for v in cm.get_coherence_per_topic()]


def window_counts(texts: list[list[str]], terms: list[str], window: int = NPMI_WINDOW):
    """Occurrences of the terms and of their pairs over the sliding windows of the texts, as gensim counts them.

    A text of `window` tokens or fewer is one window; a longer one of L tokens gives L - window + 1, and an empty
    one a window holding nothing. A term counts in window j (tokens j .. j + window - 1) when it occurs there and
    no occurrence of it lies within `window` tokens before its last occurrence in the window but ahead of the
    window (gensim's rule, see the module's notes); so for the last occurrence q in the window and f the first
    occurrence at or after q - window + 1, the windows max(0, q - window + 1) .. min(f, next occurrence - window)
    hold the term.

    Returns:
        (occurrences per term, a terms x terms matrix of windows holding both (scipy.sparse CSR; its diagonal is
        the occurrences), number of windows).

    Example:
        >>> occ, both, n = window_counts([["tax", "care", "tax", "home"]], ["tax", "care"], window=2)
        >>> occ.tolist(), int(both[0, 1]), n
        ([3, 2], 2, 3)
    """
    import scipy.sparse as sp

    column = {t: i for i, t in enumerate(terms)}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    offset = 0
    for text in texts:
        ids = np.fromiter((column.get(w, -1) for w in text), dtype=np.int64, count=len(text))
        pos = np.flatnonzero(ids >= 0)
        if len(text) <= window:
            if len(pos):
                found = np.unique(ids[pos])
                rows.append(np.full(len(found), offset))
                cols.append(found)
            offset += 1
            continue
        n_windows = len(text) - window + 1
        if len(pos):
            term = ids[pos]
            order = np.lexsort((pos, term))  # by term, then position
            term, q = term[order], pos[order]
            same_next = np.r_[term[1:] == term[:-1], False]
            nxt = np.where(same_next, np.r_[q[1:], 0], np.iinfo(np.int64).max // 2)
            # f: each occurrence's first occurrence of the same term at or after q - window + 1
            first_of_term = np.r_[0, np.flatnonzero(term[1:] != term[:-1]) + 1]
            starts = np.repeat(first_of_term, np.diff(np.r_[first_of_term, len(term)]))
            key = term.astype(np.float64) * (len(text) + window + 1) + q
            f_idx = np.searchsorted(key, term.astype(np.float64) * (len(text) + window + 1) + (q - window + 1))
            f = q[np.maximum(f_idx, starts)]
            lo = np.maximum(0, q - window + 1)
            hi = np.minimum(np.minimum(f, nxt - window), n_windows - 1)
            keep = hi >= lo
            lo, hi, term = lo[keep], hi[keep], term[keep]
            lengths = hi - lo + 1
            if lengths.sum():
                base = np.repeat(lo - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
                rows.append(offset + base + np.arange(lengths.sum()))
                cols.append(np.repeat(term, lengths))
        offset += n_windows
    n = len(terms)
    if rows:
        r, c = np.concatenate(rows), np.concatenate(cols)
        presence = sp.csr_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(offset, n))
        presence.sum_duplicates()
        presence.data[:] = 1.0
    else:
        presence = sp.csr_matrix((offset, n), dtype=np.float64)
    both = (presence.T @ presence).tocsr()
    occurrences = np.asarray(both.diagonal()).round().astype(np.int64)
    return occurrences, both, offset


def npmi_per_topic(topics: list[list[str]], texts: list[list[str]], window: int = NPMI_WINDOW) -> list[float]:
    """Mean NPMI of each topic's ordered pairs of distinct top terms (gensim's c_npmi: s_one_one segmentation,
    boolean sliding windows of `window` tokens, normalised log ratio) over the pairs whose terms both occur in the
    texts; -1 for a topic without such a pair.

    Example:
        >>> texts = [["tax", "credit", "rate"], ["tax", "credit", "home"], ["care", "home", "rate"]]
        >>> [round(v, 3) for v in npmi_per_topic([["tax", "credit"], ["tax", "care"]], texts)]
        [1.0, -0.946]
    """
    terms = sorted({t for topic in topics for t in topic})
    occ, both, n = window_counts(texts, terms, window)
    index = {t: i for i, t in enumerate(terms)}
    out = []
    for topic in topics:
        ids = [index[t] for t in topic]
        values = []
        for a_pos, a in enumerate(ids):
            for b_pos, b in enumerate(ids):
                if a_pos == b_pos:
                    continue
                ca, cb = occ[a], occ[b]
                if not ca or not cb or not n:
                    continue
                joint = both[a, b] / n
                values.append(math.log((joint + EPSILON) / ((ca / n) * (cb / n))) / -math.log(joint + EPSILON))
        out.append(float(np.mean(values)) if values else -1.0)
    return out


def _npmi_matrix(occ: np.ndarray, both, n: int, ids: list[int]) -> np.ndarray:
    """gensim's normalised log ratio of every pair of the given terms (the diagonal pairs a term with itself), with
    its infinities where a term never occurs."""
    c = occ[ids].astype(np.float64)
    joint = np.asarray(both[ids][:, ids].todense(), dtype=np.float64) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.log((joint + EPSILON) / np.outer(c / n, c / n))
        return ratio / -np.log(joint + EPSILON)


def cv_per_topic(topics: list[list[str]], texts: list[list[str]], window: int = CV_WINDOW) -> list[float]:
    """gensim's c_v of each topic: for each top term, the cosine between its vector of NPMI with every top term and
    the sum of all the top terms' vectors (s_one_set segmentation, boolean sliding windows of `window` tokens,
    indirect cosine confirmation, gamma 1), averaged over the terms; 0 where that is undefined (a term that never
    occurs in the texts).

    Example:
        >>> texts = [["tax", "credit", "rate"], ["tax", "credit", "home"], ["care", "home", "rate"]]
        >>> [round(v, 3) for v in cv_per_topic([["tax", "credit"]], texts)]
        [1.0]
    """
    terms = sorted({t for topic in topics for t in topic})
    occ, both, n = window_counts(texts, terms, window)
    index = {t: i for i, t in enumerate(terms)}
    out = []
    for topic in topics:
        m = _npmi_matrix(occ, both, n, [index[t] for t in topic])
        whole = m.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            sims = (m @ whole) / (np.sqrt((m ** 2).sum(axis=1)) * np.sqrt((whole ** 2).sum()))
        value = float(sims.mean()) if n else float("nan")
        out.append(value if math.isfinite(value) else 0.0)
    return out
