"""Training topic models on a TopicCorpus: gensim LDA or scikit-learn NMF, scored by c_v coherence, k chosen by it.

Everything here is deterministic for one corpus, options and seed: gensim's LdaModel runs in one process with
`random_state=seed`, NMF starts from NNDSVDa with the same seed, and coherence is computed in one process.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

from litmine.errors import LitmineError
from litmine.topics.coherence import find_coherence
from litmine.topics.model import TopicModel
from litmine.topics.parallel import SHARED, Done, Runner, workers_held
from litmine.topics.selection import (COHERENCE_TIE, MIN_STABILITY, SELECTION_MEASURE, STABILITY_SEEDS, KScore,
                                      Selection, candidates, choose_k, dead_topics, duplicate_topics, finalists,
                                      random_topics, single_document_topics, split_held_out, stability, subsample,
                                      topic_diversity, unit_npmi)

if TYPE_CHECKING:
    from gensim.corpora import Dictionary

    from litmine.topics.preprocess import TopicCorpus

# Bump when training changes in a way that changes results, so saved models are not reused across it.
TRAIN_VERSION = 6  # 2: k chosen on held-out coherence, diversity and stability; 3: NPMI, subsets; 4: pairs with
# a term absent from the held-out texts left out; 5: held-out NPMI a gate, fitted NPMI the ranking, single-document
# topics a gate; 6: stability over 4 refits, every k below the range
DEFAULT_K_RANGE = range(4, 21, 2)
TOPN = 10
# Units per LDA update: one batch update per pass up to 1,000 units, online updates beyond. On the benchmark's
# passage corpora (1,389 and 2,236 passages) a single batch per pass gave lower c_v than chunks of 1,000-2,000.
CHUNK = 1000
Method = Literal["lda", "nmf"]


@dataclass
class TopicFit:
    """A trained model with what inference and saving need besides the TopicModel's arrays.

    dictionary: the gensim Dictionary (term ids = TopicModel.vocab positions); lda: the gensim LdaModel (LDA);
    nmf_components: NMF's k x V factor before normalising, and idf: the TF-IDF weights it was fitted on (NMF).
    seconds: wall time of "fit" (model training, every k tried) and "coherence" (c_v scoring).
    """

    model: TopicModel
    dictionary: Dictionary
    lda: object | None = None
    nmf_components: np.ndarray | None = None
    idf: np.ndarray | None = None
    seconds: dict[str, float] = field(default_factory=dict)


def default_passes(units: int) -> int:
    """Passes over the corpus for LDA: 10 up to 1,000 units (one batch update a pass), else 5 (where each pass
    makes two or more online updates), so every model gets at least 10 updates.

    On the demo corpus, the seed texts and the benchmark corpora, c_v moved less between 5, 10, 20 and 50 passes
    than between seeds; beyond 1,000 units 5 passes scored as 10 did in half the time.
    """
    return 10 if units <= CHUNK else 5


def build_training_options(corpus: TopicCorpus, *, method: Method = "lda", k: int | Literal["auto"] = "auto",
                           k_range: range | list[int] = DEFAULT_K_RANGE, seed: int = 42, passes: int | None = None,
                           iterations: int = 50, no_below: int = 2, no_above: float = 0.5,
                           alpha: Literal["auto", "asymmetric", "symmetric"] = "auto") -> dict:
    """The training options as a plain dict (what is saved, and hashed into the model's fingerprint)."""
    if method not in ("lda", "nmf"):
        raise LitmineError(f"unknown topic model method {method!r} (use lda or nmf)")
    if k != "auto" and (not isinstance(k, int) or k < 2):
        raise LitmineError(f"k must be a whole number of topics of at least 2, or auto (got {k!r})")
    options = {"method": method, "k": k, "k_range": sorted(set(k_range)) if k == "auto" else None, "seed": seed,
               "passes": passes if passes is not None else default_passes(len(corpus.units)),
               "iterations": iterations, "no_below": no_below, "no_above": no_above,
               "alpha": alpha if method == "lda" else None, "version": TRAIN_VERSION}
    if method == "nmf":
        options["passes"] = options["iterations"] = None
    return options


def find_fingerprint(corpus_fingerprint: str, options: dict) -> str:
    """The model's fingerprint: sha256 over the corpus's fingerprint and the training options."""
    data = json.dumps([corpus_fingerprint, options], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def build_dictionary(tokens: list[list[str]], *, no_below: int = 2, no_above: float = 0.5,
                     keep: set[str] | frozenset[str] = frozenset()) -> Dictionary:
    """The vocabulary: terms in at least `no_below` units and at most a `no_above` share of them; terms in `keep`
    (the concept tokens) are exempt from the upper bound, so a concept the whole corpus discusses stays a term.

    With fewer than 2 * no_below units the lower bound is relaxed to 1, and below 4 units the upper bound is not
    applied, so a handful of documents still has a vocabulary. Ids are contiguous and follow the terms' first
    appearance, so the same tokens give the same ids.

    Example:
        >>> units = [["tax", "credit"], ["tax", "care"], ["tax", "credit"], ["care", "home"]]
        >>> build_dictionary(units, no_below=2, no_above=0.5).token2id
        {'credit': 0, 'care': 1}
    """
    return _filter_vocabulary(count_vocabulary(tokens), len(tokens), no_below, no_above, keep)


def build_vocabulary(tokens: list[list[str]], *, no_below: int = 2, no_above: float = 0.5,
                     keep: set[str] | frozenset[str] = frozenset()):
    """build_dictionary's vocabulary and build_unit_counts's count matrix of the tokens under it, from one count
    of the tokens (`_unit_codes`): each token is looked up once, not once for the vocabulary and again for the
    matrix (development, the 1,000-document scale corpus's 22,946 windows and 5.0 million tokens: 0.60-0.85 s of
    CPU for both against 1.44-1.64 s, the same vocabulary and matrix).

    Example:
        >>> dictionary, counts = build_vocabulary([["tax", "credit"], ["tax", "care"], ["tax", "credit"],
        ...                                        ["care", "home"]], no_below=2, no_above=0.5)
        >>> dictionary.token2id, counts.toarray().tolist()
        ({'credit': 0, 'care': 1}, [[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    """
    codes = _unit_codes(tokens)
    dictionary = _filter_vocabulary(_dictionary_of(codes, tokens), len(tokens), no_below, no_above, keep)
    counts = _columns_of(codes, dictionary)
    del codes
    # the chunks' arrays went to the heap (glibc's mmap threshold rises as large blocks are freed): handed back,
    # else the training process held about 30 MiB more through the fits (development, 1,000 documents)
    return _trim_after((dictionary, counts))


def _filter_vocabulary(dictionary: Dictionary, units: int, no_below: int, no_above: float,
                       keep: set[str] | frozenset[str]) -> Dictionary:
    """build_dictionary's filter of count_vocabulary's Dictionary (of `units` units), in place."""
    floor = no_below if units >= 2 * no_below else 1
    ceiling = no_above * units if units >= 4 else units
    bad = [i for i, df in dictionary.dfs.items() if df < floor or (df > ceiling and dictionary[i] not in keep)]
    dictionary.filter_tokens(bad_ids=bad)
    dictionary.compactify()
    return dictionary


PRUNE_AT = 2_000_000  # gensim Dictionary's prune_at: beyond this many distinct tokens gensim prunes as it goes


UNIT_COUNTS_CHUNK = 2000  # units whose tokens are looked up at a time by _unit_codes (bounds its arrays' memory)


class _Codes(dict):
    """token -> code, a new token numbered on its first lookup: codes follow the tokens' first appearance."""

    def __missing__(self, token: str) -> int:
        code = self[token] = len(self)
        return code


@dataclass
class _UnitCodes:
    """The tokens counted once (`_unit_codes`): the distinct tokens in order of first appearance (a token's code is
    its place here), the unit each first appears in, and the units x codes count matrix (CSR, float64, each row's
    codes sorted)."""

    words: list[str]
    first_units: list[int]
    counts: object  # scipy.sparse.csr_matrix


def _unit_codes(tokens: list[list[str]]) -> _UnitCodes:
    """Each token looked up once (a dict lookup in C, `_Codes`) and counted per unit by scipy (each row's codes
    sorted and their repeats summed: no sort of the whole corpus), UNIT_COUNTS_CHUNK units at a time (bounds the
    arrays of token codes)."""
    import scipy.sparse as sp

    codes = _Codes()
    lookup = codes.__getitem__
    indptr = np.zeros(len(tokens) + 1, dtype=np.int64)
    indices, data, first_units = [np.zeros(0, np.int32)], [np.zeros(0, np.float64)], []
    for lo in range(0, len(tokens), UNIT_COUNTS_CHUNK):
        part = tokens[lo:lo + UNIT_COUNTS_CHUNK]
        seen = len(codes)
        ptr = np.zeros(len(part) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, part), dtype=np.int64, count=len(part)), out=ptr[1:])
        flat = np.fromiter(map(lookup, itertools.chain.from_iterable(part)), dtype=np.int64, count=int(ptr[-1]))
        # the codes numbered in this chunk first appear where the running maximum of its codes grows
        grows = np.flatnonzero(np.diff(np.maximum.accumulate(flat), prepend=seen - 1) > 0)
        first_units.extend((np.searchsorted(ptr, grows, side="right") - 1 + lo).tolist())
        m = sp.csr_matrix((np.ones(len(flat)), flat, ptr), shape=(len(part), max(1, len(codes))))
        m.sum_duplicates()
        indptr[lo + 1:lo + len(part) + 1] = m.indptr[1:] + indptr[lo]
        indices.append(m.indices.astype(np.int32))  # fewer distinct tokens than 2**31
        data.append(m.data)
        del flat, m
    columns, values = np.concatenate(indices), np.concatenate(data)
    del indices, data
    counts = sp.csr_matrix((values, columns, indptr), shape=(len(tokens), max(1, len(codes))))
    return _UnitCodes(words=list(codes), first_units=first_units, counts=counts)


def _dictionary_of(codes: _UnitCodes, tokens: list[list[str]]) -> Dictionary:
    """gensim's Dictionary(tokens) from their codes (see count_vocabulary)."""
    from gensim.corpora import Dictionary

    words, firsts, counts = codes.words, codes.first_units, codes.counts
    if len(words) > PRUNE_AT:
        return Dictionary(tokens)
    d = Dictionary()
    token2id = d.token2id
    for c in sorted(range(len(words)), key=lambda c: (firsts[c], words[c])):  # a unit's new tokens sorted
        token2id[words[c]] = len(token2id)
    column = counts.indices
    cfs = np.bincount(column, weights=counts.data, minlength=len(words)).astype(np.int64).tolist()
    dfs = np.bincount(column, minlength=len(words)).tolist()
    ids = [token2id[w] for w in words]
    d.cfs.update(zip(ids, cfs))  # in order of first appearance, as gensim's
    d.dfs.update(zip(ids, dfs))
    d.num_docs, d.num_pos, d.num_nnz = len(tokens), sum(cfs), int(counts.nnz)
    d.add_lifecycle_event("created", msg=f"built {d} from {d.num_docs} documents (total {d.num_pos} corpus positions)")
    return d


def count_vocabulary(tokens: list[list[str]]) -> Dictionary:
    """gensim's Dictionary(tokens), the same mapping, frequencies and counts in the same order (ids of a unit's new
    tokens in sorted order, frequencies in order of first appearance), from one lookup of each token and scipy's
    counts per unit (`_unit_codes`) instead of doc2bow's Python loop over every token; gensim itself above
    PRUNE_AT distinct tokens (where it prunes).

    Example:
        >>> count_vocabulary([["tax", "credit", "tax"], ["care", "tax"]]).token2id
        {'credit': 0, 'tax': 1, 'care': 2}
    """
    return _dictionary_of(_unit_codes(tokens), tokens)


def _check_k(k: int, units: int, vocab: int) -> None:
    if k > units:
        raise LitmineError(f"k = {k} topics is more than the corpus's {units} unit(s); use a smaller --k or "
                           f"--unit passage")
    if k > vocab:
        raise LitmineError(f"k = {k} topics is more than the {vocab} terms left after filtering the vocabulary")


def _one_thread(fn):
    """Run fn with the BLAS libraries limited to one thread (threadpoolctl, a dependency of scikit-learn).

    The factorisations here are small (k up to 20 rows): with OpenBLAS's two threads an NMF fit of 640 windows
    and 14,767 terms took 0.40-1.11 s of CPU against 0.22-0.38 s on one, for the same factors to float rounding
    (development, the 100-document scale corpus), and far longer on a loaded machine, where the threads wait on
    each other."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):
            return fn(*args, **kwargs)

    return wrapper


def _bows(dictionary: Dictionary, tokens: list[list[str]]) -> list[list[tuple[int, int]]]:
    return [dictionary.doc2bow(t) for t in tokens]


def build_unit_counts(dictionary: Dictionary, tokens: list[list[str]]):
    """The units x V count matrix (scipy.sparse CSR, float64, columns sorted) of the token lists: the same matrix
    as build_counts(_bows(...)) without a list of bags of words for the whole corpus (on 1,000 documents, 60,000
    windows, those tuples took more memory than the tokens), counted with scipy (see _unit_codes), not a doc2bow
    per unit; tokens outside the dictionary left out. build_vocabulary makes the vocabulary and this together."""
    return _columns_of(_unit_codes(tokens), dictionary)


def _columns_of(codes: _UnitCodes, dictionary: Dictionary):
    """build_unit_counts's matrix from the tokens' codes: each code's column the dictionary's id of its token, the
    codes the dictionary lacks left out, each row's columns sorted."""
    import scipy.sparse as sp

    get = dictionary.token2id.get
    lookup = np.fromiter((get(w, -1) for w in codes.words), dtype=np.int32, count=len(codes.words))
    counts = codes.counts
    ids = lookup[counts.indices]
    kept = ids >= 0
    data, indptr = counts.data, counts.indptr
    if not kept.all():  # (where every code is kept, the codes' arrays are used as they are: no copies beside them)
        before = np.zeros(len(kept) + 1, dtype=np.int64)  # kept entries before each place
        np.cumsum(kept, out=before[1:])
        data, ids, indptr = data[kept], ids[kept], before[indptr]
    out = sp.csr_matrix((data, ids, indptr), shape=(counts.shape[0], len(dictionary)))
    out.sort_indices()
    return out


def _n_units(bows) -> int:
    return bows.shape[0] if hasattr(bows, "shape") else len(bows)


def _rows(bows, idx: list[int]):
    """The units idx of bags of words or of a count matrix, in the same form."""
    return bows[np.asarray(idx, dtype=np.int64)] if hasattr(bows, "shape") else [bows[i] for i in idx]


def _as_counts(bows, vocab_size: int):
    """A count matrix of bags of words (a count matrix as it is)."""
    return bows if hasattr(bows, "shape") else build_counts(bows, vocab_size)


def _as_bows(bows) -> list[list[tuple[int, int]]]:
    """Bags of words (as doc2bow makes them) of a count matrix (bags of words as they are), for gensim."""
    if not hasattr(bows, "shape"):
        return bows
    ptr, ids, counts = bows.indptr, bows.indices.tolist(), bows.data.astype(np.int64).tolist()
    return [list(zip(ids[ptr[r]:ptr[r + 1]], counts[ptr[r]:ptr[r + 1]])) for r in range(bows.shape[0])]


def _normalise_rows(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    sums = m.sum(axis=1, keepdims=True)
    out = np.divide(m, sums, out=np.full_like(m, 1.0 / max(1, m.shape[1])), where=sums > 0)
    return out


def infer_lda(lda, bows: list[list[tuple[int, int]]], seed: int) -> np.ndarray:
    """Topic mixes of bag-of-words units under a gensim LdaModel, as get_document_topics(minimum_probability=0)
    gives them but dense and with no floor; the inference's random start is reset to `seed`, so it repeats."""
    lda.random_state = np.random.RandomState(seed)
    out = np.zeros((len(bows), lda.num_topics))
    for start in range(0, len(bows), 2000):
        gamma, _ = lda.inference(bows[start:start + 2000])
        out[start:start + len(gamma)] = gamma
    return _normalise_rows(out)


def build_tfidf(counts, idf: np.ndarray | None = None):
    """TF-IDF rows (log-scaled term counts times idf, each row of unit length) and the idf used.

    counts: a units x V sparse count matrix; idf is computed from it (smoothed, as scikit-learn does) when None.
    """
    import scipy.sparse as sp

    counts = sp.csr_matrix(counts, dtype=np.float64)
    if idf is None:
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log((1 + counts.shape[0]) / (1 + df)) + 1.0
    x = counts.copy()
    x.data = (1.0 + np.log(x.data)) * idf[x.indices]
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = sp.diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)) @ x
    return sp.csr_matrix(x), idf


def build_counts(bows: list[list[tuple[int, int]]], vocab_size: int):
    """A units x V sparse count matrix from bags of words."""
    import scipy.sparse as sp

    rows = [i for i, bow in enumerate(bows) for _ in bow]
    cols = [j for bow in bows for j, _ in bow]
    vals = [c for bow in bows for _, c in bow]
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(bows), vocab_size), dtype=np.float64)


def infer_nmf(x, components: np.ndarray, seed: int) -> np.ndarray:
    """NMF weights of TF-IDF rows against fixed components (scikit-learn, H fixed), unnormalised."""
    from sklearn.decomposition import non_negative_factorization

    w, _, _ = non_negative_factorization(x, H=components, n_components=components.shape[0], init="custom",
                                         update_H=False, solver="cd", max_iter=1000, random_state=seed)
    return w


def _fit_lda(bows, dictionary, k: int, options: dict):
    from gensim.models import LdaModel

    bows = _as_bows(bows)
    lda = LdaModel(corpus=bows, id2word=dictionary, num_topics=k, random_state=options["seed"],
                   alpha=options["alpha"], eta="auto", chunksize=max(1, min(len(bows), CHUNK)),
                   passes=options["passes"], iterations=options["iterations"], eval_every=None)
    topic_term = _normalise_rows(lda.get_topics())
    return topic_term, infer_lda(lda, bows, options["seed"]), {"lda": lda}


def _fit_nmf(bows, dictionary, k: int, options: dict):
    from sklearn.decomposition import NMF

    x, idf = build_tfidf(_as_counts(bows, len(dictionary)))
    used = _used_terms(x)
    nmf = NMF(n_components=k, init="nndsvda", random_state=options["seed"], max_iter=1000)
    w = nmf.fit_transform(x if used is None else x[:, used])
    components = nmf.components_
    if used is not None:
        components = np.zeros((k, x.shape[1]))
        components[:, used] = nmf.components_
    return _normalise_rows(components), _normalise_rows(w), {"nmf_components": components, "idf": idf}


def _used_terms(x) -> np.ndarray | None:
    """The columns of x with a non-zero entry, or None when every column has one.

    NMF is fitted on those columns only and a term absent from every unit gets weight 0 in every topic: coordinate
    descent sets such a column of H to 0 at its first update and it stays 0, but the column still costs k^2 per
    sweep; the k search and stability refits on 640 or 512 sampled units of the 1,000-document corpus use 13,300-
    14,900 of its 28,687 terms (the fits 1.8x faster, development). The start differs (NNDSVDa fills zeros with
    the mean of x, taken over fewer columns), so the factors are equal to the tolerance of the fit, not bit for
    bit; a corpus-wide fit, where every term occurs, is unchanged."""
    used = np.flatnonzero(np.bincount(x.indices, minlength=x.shape[1]))
    return None if len(used) == x.shape[1] else used


def _top_terms(topic_term: np.ndarray, dictionary: Dictionary, n: int) -> list[list[str]]:
    return [[dictionary[int(i)] for i in np.argsort(-row, kind="stable")[:n]] for row in topic_term]


SAMPLE_UNITS = 800  # above this many units, k is chosen and c_v scored on a sample of this size
# (400 made stability across 80 % subsets of the fitted 320 units noisy: 0.79-0.83 where all 617 SSOAR windows give
# 0.86-0.96, so the choice on SSOAR swung between k = 2 and 8)


def _sample(units: int, size: int, seed: int) -> list[int] | None:
    """A fixed random sample of unit indices (sorted), or None when the corpus is small enough to use whole."""
    if units <= size:
        return None
    return sorted(np.random.default_rng(seed).choice(units, size=size, replace=False).tolist())


@_one_thread
def train_topic_fit(corpus: TopicCorpus, *, method: Method = "lda", k: int | Literal["auto"] = "auto",
                    k_range: range | list[int] = DEFAULT_K_RANGE, seed: int = 42, passes: int | None = None,
                    iterations: int = 50, no_below: int = 2, no_above: float = 0.5,
                    alpha: Literal["auto", "asymmetric", "symmetric"] = "auto", jobs: int | None = None,
                    beside_final: Callable[[object], None] | None = None) -> TopicFit:
    """Train a topic model and keep what saving and inference need (see train_topics for the options; jobs: worker
    processes for the fits of k=auto on PARALLEL_UNITS units or more, default every core; the model does not depend
    on it). beside_final: called with the units' count matrix (the model's unit_terms) just before the model on
    every unit is fitted, when no other fit runs in this process or its workers: the fit spends most of its time in
    C loops that release the GIL (scipy's sparse products, scikit-learn's coordinate descent), so work the caller
    starts in a thread then has a core of its own (saved.py writes unit_terms.npz so)."""
    options = build_training_options(corpus, method=method, k=k, k_range=k_range, seed=seed, passes=passes,
                                     iterations=iterations, no_below=no_below, no_above=no_above, alpha=alpha)
    base_options = dict(options)  # what the fingerprint hashes: the options asked for, not what training found
    units = len(corpus.tokens)
    if units == 0 or not any(corpus.tokens):
        raise LitmineError("no text to model: the corpus has no units with words (ingest documents first, or "
                           "check --unit and the language filter)")
    dictionary, bows = build_vocabulary(corpus.tokens, no_below=no_below, no_above=no_above,
                                        keep=set(corpus.concept_terms))
    if len(dictionary) == 0:
        raise LitmineError(f"no terms left after filtering the vocabulary of {units} unit(s) "
                           f"(no_below={no_below}, no_above={no_above})")
    if k == "auto":
        # k near the number of units gives one topic per unit, which c_v happens to favour: try up to half of them
        ks = [n for n in options["k_range"] if 2 <= n <= min(max(2, units // 2), len(dictionary))]
        if not ks:
            raise LitmineError(f"no k in {options['k_range'][0]}-{options['k_range'][-1]} fits a corpus of {units} "
                               f"unit(s) and {len(dictionary)} term(s); pass --k N")
    else:
        _check_k(k, units, len(dictionary))
        ks = [k]
    fit = _fit_lda if method == "lda" else _fit_nmf
    # On a large corpus k is chosen on a fixed sample of units and c_v is scored over a fixed sample of texts
    # (c_v is an estimate from co-occurrence windows either way); the chosen model is then fitted on every unit.
    sample = _sample(units, SAMPLE_UNITS, seed)
    texts = corpus.tokens if sample is None else [corpus.tokens[i] for i in sample]
    t0 = time.perf_counter()
    topn = min(TOPN, len(dictionary))
    selection = None
    coherence_seconds = 0.0
    runner = Runner(_fit_jobs(jobs, units) if k == "auto" else 1)
    beside = _once(beside_final)

    def final_here(n: int, refits: Callable[[], list]) -> tuple[tuple, list]:
        """The model of n topics on every unit fitted in a thread while refits() runs in this one, then beside
        (see _select_k): the model and the refits."""
        model: list = []

        def then() -> list:
            made = refits()
            if beside is not None:  # once nothing but the model's fit is left, as _final_fit calls it
                beside(bows)
            return made

        made = _beside(lambda: model.append(_fit_all(fit, bows, dictionary, n, options, runner.jobs)), then)
        return model[0], made

    try:
        ahead: dict = {}
        if k == "auto":
            limit = min(max(2, units // 2), len(dictionary))
            selection, coherence_seconds, ahead = _select_k(corpus, dictionary, bows, ks, limit, sample, fit, options,
                                                            topn, runner, final_here)
            best = selection.chosen
        else:
            best = k
        topic_term, doc_topic, extra = _final_fit(ahead, runner, fit, bows, dictionary, best, options, beside)
    finally:
        runner.close()
    if selection is not None:
        # dead and near-duplicate topics of the model on every unit: one refit with that many fewer topics
        drop = sorted(set(dead_topics(doc_topic)) | set(duplicate_topics(topic_term, doc_topic)))
        if drop and best - len(drop) >= 2:
            selection.notes.append(f"k = {best} left {len(drop)} dead or near-duplicate topic(s) on every unit: "
                                   f"refitted with k = {best - len(drop)}")
            best = best - len(drop)
            topic_term, doc_topic, extra = fit(bows, dictionary, best, options)
    t1 = time.perf_counter()
    coherence = find_coherence(_top_terms(topic_term, dictionary, topn), texts, dictionary)
    t2 = time.perf_counter()
    t1 -= coherence_seconds
    curve = [(s.k, s.coherence) for s in selection.scores] if selection is not None else []
    if selection is not None:
        options = {**options, "selection": selection.as_dict()}
    if sample is not None:
        options = {**options, "sampled_units": len(sample)}
    counts = bows
    vocab = [dictionary[i] for i in range(len(dictionary))]
    vocab_set = set(vocab)
    model = TopicModel(
        method=method, k=best, seed=seed, vocab=vocab, topic_term=topic_term, doc_topic=doc_topic,
        units=[dict(u) for u in corpus.units], term_freq=np.asarray(counts.sum(axis=0)).ravel(),
        doc_lengths=np.asarray(counts.sum(axis=1)).ravel(),
        concept_terms={t: c for t, c in corpus.concept_terms.items() if t in vocab_set},
        coherence=coherence, coherence_curve=curve,
        options={**options, "unit": corpus.options.get("unit"), "chosen_k": best},
        fingerprint=find_fingerprint(corpus.fingerprint, base_options), unit_terms=counts)
    return TopicFit(model=model, dictionary=dictionary, lda=extra.get("lda"),
                    nmf_components=extra.get("nmf_components"), idf=extra.get("idf"),
                    seconds={"fit": t1 - t0, "coherence": t2 - t1 + coherence_seconds})


def _final_fit(ahead: dict, runner: Runner, fit, bows, dictionary: Dictionary, k: int, options: dict,
               beside: Callable[[object], None] | None = None) -> tuple:
    """The model of k topics on every unit: fitted while the stability of k was measured (in a worker, or in a
    thread here), when it was the first measured; else here, the workers' memory let go first. beside(bows) is
    called once nothing but this fit is left (see train_topic_fit's beside_final; a no-op when final_here has
    called it already, see _once)."""
    if k in ahead:
        if beside is not None:
            beside(bows)
        return ahead[k].result()
    cores = runner.jobs
    runner.close()
    if beside is not None:
        beside(bows)
    return _fit_all(fit, bows, dictionary, k, options, cores)


def _fit_all(fit, bows, dictionary: Dictionary, k: int, options: dict, cores: int) -> tuple:
    """fit on every unit in this process: an NMF's sparse products in two threads when the fits have cores > 1
    (topics/halves.py: the same factors; the cores the workers had are free now)."""
    if cores > 1 and options["method"] == "nmf":
        from litmine.topics.halves import split_products

        with split_products():
            return fit(bows, dictionary, k, options)
    return fit(bows, dictionary, k, options)


def _once(fn: Callable[[object], None] | None) -> Callable[[object], None] | None:
    """fn called on its first call only (None for None)."""
    if fn is None:
        return None
    called: list = []

    def call(arg) -> None:
        if not called:
            called.append(True)
            fn(arg)

    return call


PARALLEL_UNITS = 400  # from this many units up the fits of k=auto run in worker processes (when jobs > 1)


def _fit_jobs(jobs: int | None, units: int) -> int:
    """Worker processes for the fits of a k search: jobs (default every core) from PARALLEL_UNITS units, else 1."""
    from litmine.config import default_jobs

    return (jobs or default_jobs()) if units >= PARALLEL_UNITS else 1


def _select_k(corpus: TopicCorpus, dictionary: Dictionary, bows: list, ks: list[int], limit: int,
              sample: list[int] | None, fit, options: dict, topn: int, runner: Runner,
              final_here: Callable[[int, Callable[[], list]], tuple[tuple, list]] | None = None
              ) -> tuple[Selection, float, dict]:
    """Fit each k on four fifths of the (sampled) units; score held-out NPMI, NPMI over the fitted units, diversity,
    dead, duplicate and single-document topics; extend the range by up to two steps when the best candidate sits
    on one of its edges (down to k = 2; up to what the corpus allows); measure the stability of the candidates
    across seeds and subsets of the units, best first, until one is stable; see topics/selection.py. The fits go
    through runner (here and in its workers, results taken in order; see topics/parallel.py), which with a worker
    free also fits the model on every unit at the first k whose stability is measured then (NMF), ahead of knowing
    it is chosen. Where no task may outlive its map in a worker (`litmine run`'s child, its workers released), the
    model on every unit is fitted so in a thread of this process instead (final_here(k, refits)), when k is sure
    to be chosen if it is stable, while this thread makes the refits: the worker is let go first, so the process
    tree holds about what the k search did (the refits' freed pages handed back after each, `_trim_after`).
    Where the best k sits on the range's upper edge, the extension's second step is scored in a free worker while
    the first is scored here (one fit at a time left the other core idle; the second step's score is taken only if
    the first step's k is the best again, so the evidence is that of one k at a time).
    Returns the selection, the seconds spent on coherence and {k: the Future of that fit} (empty without it)."""
    pool = sample if sample is not None else list(range(_n_units(bows)))
    fit_idx, held_idx = split_held_out(len(pool), options["seed"], [len(corpus.tokens[i]) for i in pool])
    fit_bows = _rows(bows, [pool[i] for i in fit_idx])
    held_texts = [corpus.tokens[pool[i]] for i in held_idx]
    vocab = [dictionary[i] for i in range(len(dictionary))]
    t = time.perf_counter()
    presence = _as_counts(fit_bows, len(dictionary))
    freq = np.asarray(presence.sum(axis=0)).ravel()  # whole counts: the same sums in any order
    baseline_topics = random_topics(vocab, 10, topn, options["seed"], weights=freq)
    baseline = float(np.mean(find_coherence(baseline_topics, held_texts, dictionary, SELECTION_MEASURE)))
    spent = [time.perf_counter() - t]
    fitted: dict[int, tuple] = {}
    scores: dict[int, KScore] = {}
    if runner.parallel:
        _before_fork(options["method"], dictionary)
    runner.share(fit=fit, fit_bows=fit_bows, bows=bows, dictionary=dictionary, held_texts=held_texts,
                 presence=presence, topn=topn, options=options, fit_docs=[corpus.units[pool[i]]["doc_id"] for i in fit_idx],
                 fit_lengths=np.asarray(presence.sum(axis=1)).ravel())

    spare: dict = {}  # k -> the Future of its scoring in a worker, started before knowing it is needed

    def score(ns: list[int], also: int | None = None) -> None:
        """Score each k of ns; also: a k that may be asked next, scored meanwhile in a free worker."""
        if also is not None and also not in scores and also not in spare:
            if (future := runner.spare(_score_task, also)) is not None:
                spare[also] = future
        todo = [n for n in ns if n not in spare]
        done = dict(zip(todo, runner.map(_score_task, [(n,) for n in todo])))
        for n in ns:
            topic_term, doc_topic, s, seconds = done[n] if n in done else spare.pop(n).result()
            fitted[n], scores[n] = (topic_term, doc_topic), s
            spent.append(seconds)

    score(ks)
    _extend_range(scores, score, baseline, ks[1] - ks[0] if len(ks) > 1 else 2, limit)
    ahead: dict = {}

    def sure_if_stable(n: int) -> bool:  # the first finalist, none other within a tie of it: chosen if stable
        tops = finalists(list(scores.values()), baseline)
        return tops[0].k == n and (len(tops) == 1 or tops[1].merit < tops[0].merit - COHERENCE_TIE)

    def measure(ns: list[int]) -> list[float]:  # other seeds on other random subsets of the fitted units
        seeds = _stability_seeds(options, STABILITY_SEEDS, 0)
        args = [(n, seed) for n in ns for seed in seeds]
        if not ahead and options["method"] == "nmf":
            n = ns[0]
            if (future := runner.speculate(_final_task, n)) is not None:
                ahead[n] = future  # in a worker, when one is free
            elif final_here is not None and runner.parallel and not workers_held() and sure_if_stable(n):
                runner.retire()  # the worker's memory for the model's; the refits here, the model in a thread
                model, refits = final_here(n, lambda: [_trim_after(_refit_task(*a)) for a in args])
                ahead[n] = Done(model)
                return [stability([np.asarray(fitted[n][0], float)] + [r.toarray() for r in refits])]
        refits = runner.map(_refit_task, args)  # one map for all of ns: no core waits at each k's last refit
        return [stability([np.asarray(fitted[n][0], float)]
                          + [r.toarray() for r in refits[j * len(seeds):(j + 1) * len(seeds)]])
                for j, n in enumerate(ns)]

    _measure_stability(scores, baseline, measure)
    ordered = [scores[n] for n in sorted(scores)]
    chosen = choose_k(ordered, baseline)
    held_out = len(held_idx) < len(pool)
    selection = Selection(chosen.k, ordered, baseline, len(held_idx) if held_out else 0)
    if not held_out:
        words = sum(len(corpus.tokens[i]) for i in pool)
        selection.notes.append(f"only {len(pool)} units ({words:,} words): coherence scored on the units the "
                               f"models were fitted on")
    _add_selection_notes(selection, chosen, ordered, limit)
    return selection, sum(spent), ahead


def _trim_after(value):
    """value, once what this process freed is handed back to the system where the C library can (glibc's
    malloc_trim): a refit beside the model on every unit (see _select_k) leaves its pages free in this thread's
    heap, which the model's thread does not reuse (development, the 989-document store: the process's peak PSS
    beside the model 696 -> 664 MiB)."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc
        pass
    return value


def _beside(background: Callable[[], None], here: Callable[[], list]) -> list:
    """background() in a thread while here() runs in this one: here's result once both are done, background's
    exception raised here. Both spend most of their time in C loops that release the GIL (scipy's sparse products,
    scikit-learn's coordinate descent), so they run on two cores."""
    import threading

    failed: list = []

    def run() -> None:
        try:
            background()
        except BaseException as exc:  # raised in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run, name="litmine-final-fit", daemon=True)
    thread.start()
    try:
        result = here()
    finally:
        thread.join()
    if failed:
        raise failed[0]
    return result


def _before_fork(method: str, dictionary: Dictionary) -> None:
    """What every fit imports or builds on first use, made here before the workers fork, so that they share it
    rather than each making its own: the model's library, and the dictionary's id -> term map (development, the
    1,000-document store: 90 -> 56 MiB private to each worker once the k search is done)."""
    import threadpoolctl  # noqa: F401

    if method == "nmf":
        from sklearn.decomposition import NMF  # noqa: F401
    else:
        from gensim.models import LdaModel  # noqa: F401
    if len(dictionary):
        dictionary[0]  # noqa: B018 - gensim builds id2token at the first lookup


def _score_task(n: int) -> tuple[np.ndarray, np.ndarray, KScore, float]:
    """One k of the search, fitted on the fitted units (a Runner task, reading SHARED): its topic-term and
    unit-topic rows, its KScore and the seconds its coherence took."""
    d = SHARED
    topic_term, doc_topic, _ = d["fit"](d["fit_bows"], d["dictionary"], n, d["options"])
    t = time.perf_counter()
    c = float(np.mean(find_coherence(_top_terms(topic_term, d["dictionary"], d["topn"]), d["held_texts"],
                                     d["dictionary"], SELECTION_MEASURE)))
    tops = [np.argsort(-row, kind="stable")[:d["topn"]].tolist() for row in topic_term]
    own = float(np.mean(unit_npmi(tops, d["presence"])))
    seconds = time.perf_counter() - t
    return topic_term, doc_topic, KScore(n, c, topic_diversity(topic_term), len(dead_topics(doc_topic)),
                                         len(duplicate_topics(topic_term, doc_topic)), fitted=own,
                                         single=len(single_document_topics(doc_topic, d["fit_lengths"],
                                                                           d["fit_docs"]))), seconds


def _refit_task(k: int, seed: int):
    """One refit of refit_stability (seed's subset of the fitted units, seed's start) as a Runner task: its
    topic-term rows as a scipy.sparse CSR matrix (`toarray()` gives them back, the same values). The rows are
    mostly zeros (development, the 300-document scale corpus: 15-17 % of them are not), and a batch of several
    finalists' refits (_measure_stability) holds them all until its last is done: twenty refits held dense took the
    training process's peak RSS about 50 MiB higher."""
    import scipy.sparse as sp

    d = SHARED
    return sp.csr_matrix(_refit(d["fit"], d["fit_bows"], d["dictionary"], k, d["options"], seed))


def _refit(fit, bows: list, dictionary: Dictionary, k: int, options: dict, seed: int) -> np.ndarray:
    """The topic-term rows of one stability refit: k topics on the subset of bows that seed draws, seed's start."""
    return fit(_rows(bows, subsample(_n_units(bows), seed)), dictionary, k, {**options, "seed": seed})[0]


def _final_task(k: int):
    """The model of k topics on every unit (a Runner task): fit's (topic_term, doc_topic, extra)."""
    d = SHARED
    return d["fit"](d["bows"], d["dictionary"], k, d["options"])


def _stability_seeds(options: dict, runs: int, offset: int) -> list[int]:
    return [options["seed"] + offset + j for j in range(1, runs + 1)]


def _extend_range(scores: dict[int, KScore], score, baseline: float, step: int, limit: int) -> None:
    """Score (score(list of k, a k that may be asked next)) more k beside the range: up to two steps beyond an edge
    the best candidate sits on (while the corpus allows), and the k below a candidate on the lower edge (should it
    be chosen, a smaller k stands beside it). Below the range every k is tried, not every step-th: from 4, both 3
    and 2 (a step of 2 halves a small model)."""

    def below() -> None:
        score(list(range(min(scores) - 1, max(2, min(scores) - step) - 1, -1)))

    for i in range(2):
        top = finalists(list(scores.values()), baseline, n=1)[0]
        if top.k == max(scores) and max(scores) + step <= limit:
            after = max(scores) + 2 * step  # the second step, should the first one's k be the best again
            score([max(scores) + step], after if i == 0 and after <= limit else None)
        elif top.k == min(scores) and min(scores) > 2:
            below()
        else:
            break
    if min(scores) > 2 and any(s.k == min(scores) for s in candidates(list(scores.values()), baseline)):
        below()


@_one_thread
def refit_stability(reference: np.ndarray, bows: list, dictionary: Dictionary, k: int, options: dict, *,
                    runs: int = STABILITY_SEEDS, offset: int = 0, fit=None) -> float:
    """Stability across seeds and subsets (Greene et al. 2014): `stability` (Hungarian matching on cosine) over the
    topic-term rows `reference` (fitted on `bows`) and `runs` refits, the j-th with seed options["seed"] + offset + j
    on the 80 % of `bows` that seed draws (`subsample`), with the same vocabulary and options. The one measure of
    the choice of k (offset 0) and the topic_selection benchmark (other seeds). A vocabulary per refit would measure
    its filter too (development, demo k = 4: 0.787 with one per subset, 0.803 with the model's)."""
    fit = fit or (_fit_lda if options["method"] == "lda" else _fit_nmf)
    seeds = _stability_seeds(options, runs, offset)
    return stability([np.asarray(reference, float)] + [_refit(fit, bows, dictionary, k, options, seed) for seed in seeds])


def _measure_stability(scores: dict[int, KScore], baseline: float, measure) -> None:
    """Stability (`measure(list of k)`: one stability per k, see refit_stability) of the finalists, best first,
    until one is stable (and any tied with it). The finalists certain to be measured whatever the stabilities
    measured before them turn out to be (`_certain`) are measured together, in one batch of refits."""
    tops = finalists(list(scores.values()), baseline)
    found = None
    i = 0
    while i < len(tops):
        batch = _certain(tops[i:], found)
        if not batch:
            break
        for s, value in zip(batch, measure([s.k for s in batch]), strict=True):
            s.stability = value
            if found is None and value >= MIN_STABILITY:
                found = s
        i += len(batch)


def _certain(rest: list[KScore], found: KScore | None) -> list[KScore]:
    """The finalists at the head of `rest` (the ones not measured yet, best first) that _measure_stability measures
    one after the other whatever their stabilities: with a stable one found, those within COHERENCE_TIE of its
    merit (up to the first that is not); with none found yet, the first, and each next one within COHERENCE_TIE of
    every one before it in the batch (whichever of them turns out the first stable, it is within the tie of it)."""
    if found is not None:
        return list(itertools.takewhile(lambda s: s.merit >= found.merit - COHERENCE_TIE, rest))
    batch = rest[:1]
    for s in rest[1:]:
        if s.merit < max(b.merit for b in batch) - COHERENCE_TIE:
            break
        batch.append(s)
    return batch


def _add_selection_notes(selection: Selection, chosen: KScore, ordered: list[KScore], limit: int) -> None:
    """What a reader of the choice must know: a k on an edge of the range, single-document topics everywhere,
    topics no better than random ones."""
    baseline = selection.random_baseline
    ks = [s.k for s in ordered]
    if chosen.k == max(ks) and len(ks) > 1:
        selection.at_bound = "upper"
        selection.notes.append(f"k = {chosen.k} is the largest k tried (the corpus allows {limit}): more topics "
                               f"may fit; compare with --k")
    elif chosen.k == min(ks) and len(ks) > 1:
        selection.at_bound = "lower"
        selection.notes.append(f"k = {chosen.k} is the smallest k tried: fewer topics may fit; compare with --k"
                               if chosen.k > 2 else "k = 2, the fewest topics a model has: the corpus may hold "
                               "one or two broad themes only; compare with --k")
    if not any(s.single == 0 for s in candidates(ordered, baseline)):
        selection.notes.append("every k tried has a topic held mostly by one document: the documents share few "
                               "themes, so some topics stand for single documents")
    if chosen.coherence <= baseline:
        selection.notes.append(f"no k scored above random topics (NPMI {baseline:.3f}): the topics are not worth "
                               f"reading on this corpus")


def train_topics(corpus: TopicCorpus, *, method: Method = "lda", k: int | Literal["auto"] = "auto",
                 k_range: range | list[int] = DEFAULT_K_RANGE, seed: int = 42, passes: int | None = None,
                 iterations: int = 50, no_below: int = 2, no_above: float = 0.5,
                 alpha: Literal["auto", "asymmetric", "symmetric"] = "auto") -> TopicModel:
    """Train an LDA or NMF topic model on a TopicCorpus; with k="auto", k is chosen as topics/selection.py says.

    Vocabulary: terms in at least `no_below` units (relaxed to 1 below 2 * no_below units) and in at most a
    `no_above` share of them (not applied below 4 units), concept tokens exempt from the upper bound; the same
    vocabulary feeds LDA and NMF.
    LDA: gensim LdaModel in one process, `alpha` learnt from the data ("auto"), eta "auto", one chunk per pass up
    to 1,000 units (online updates in chunks of 1,000 beyond), `passes` (default 10 up to 1,000 units, else 5),
    up to `iterations` per unit and chunk.
    NMF: scikit-learn NMF (NNDSVDa start) on TF-IDF rows (log term counts times smoothed idf, unit length).
    Rows of topic_term and doc_topic sum to 1 (a unit with no vocabulary term gets the uniform mix).
    Coherence: c_v of each topic's top 10 terms over the corpus's token lists. k="auto" trains every k of k_range
    that the corpus supports (no more than half the units, nor the terms) on four fifths of the units and keeps,
    among those that pass every gate (alive, distinct, diverse, above random topics on the held-out fifth, no
    single-document topic, stable across seeds and subsets), the one with the best NPMI over its fitted units,
    ties to the smaller k; an explicit k may go up to the number of units.

    Raises LitmineError for an empty corpus, an empty vocabulary or a k the corpus cannot support.

    Example:
        >>> model = train_topics(corpus, method="nmf", k=2, seed=42)  # doctest: +SKIP
        >>> [t for t, _ in model.top_terms(0, 3)]  # doctest: +SKIP
        ['co-production', 'citizen', 'service']
    """
    return train_topic_fit(corpus, method=method, k=k, k_range=k_range, seed=seed, passes=passes,
                           iterations=iterations, no_below=no_below, no_above=no_above, alpha=alpha).model
