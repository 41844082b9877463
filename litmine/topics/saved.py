"""Saved topic models (one folder each under models/), their reuse, and the topic mix of a new document.

A model's folder is named `<method>-k<k>-<fingerprint[:8]>` and holds:
  topics.json       options, corpus fingerprint and preprocessing options, units, coherence, concept terms
  vocabulary.json   the terms, in the order of the arrays' columns
  arrays.npz        the TopicModel arrays (topic_term, doc_topic, term_freq, doc_lengths)
  unit_terms.npz    the units' term counts (sparse), for topic words per period
  lda/              the gensim LdaModel files (LDA), or nmf.npz: NMF components and TF-IDF idf (NMF)
  phrases-N         the fitted gensim phrase models (bigram, then trigram), for tokenizing new text the same way
  labels.json       the suggested topic labels, when they were made
The gensim files are pickles: load only models you saved yourself.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from litmine.config import DEFAULT_MODELS
from litmine.errors import LitmineError, write_error
from litmine.export.atomic import write_text_atomic
from litmine.topics.collector import collector_paused
from litmine.topics.model import TopicModel
from litmine.topics.train import (
    DEFAULT_K_RANGE,
    TopicFit,
    build_counts,
    build_tfidf,
    build_training_options,
    find_fingerprint,
    infer_lda,
    infer_nmf,
    train_topic_fit,
)

if TYPE_CHECKING:
    from litmine.store import Store
    from litmine.topics.preprocess import TopicCorpus

_ARRAYS = ("topic_term", "doc_topic", "term_freq", "doc_lengths")


@dataclass
class SavedTopics:
    """A model loaded from its folder: the TopicModel and what inference needs. Its phrase models (`phrases`) are
    read on first use (gensim's import and the models: about a second, which the report, showing the topics only,
    does without); phrases_info is what topics.json says of them."""

    path: Path
    model: TopicModel
    corpus_options: dict
    phrases_info: dict | None = None
    labels: list[str] = field(default_factory=list)
    lda: object | None = None
    nmf_components: np.ndarray | None = None
    idf: np.ndarray | None = None
    created: str = ""

    @property
    def token2id(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.model.vocab)}

    @cached_property
    def phrases(self):
        """The phrase models (None when the corpus had none), read from the folder on first use; LitmineError
        naming the folder when they cannot be."""
        import pickle

        try:
            return _load_phrases(self.phrases_info, self.path)
        except (OSError, ValueError, KeyError, EOFError, pickle.UnpicklingError) as exc:
            raise LitmineError(f"{self.path}: incomplete or damaged topic model ({exc})") from None


def build_model_name(model: TopicModel) -> str:
    """The folder name of a model: `<method>-k<k>-<fingerprint[:8]>`."""
    return f"{model.method}-k{model.k}-{model.fingerprint[:8]}"


def _save_phrases(phrases, folder: Path) -> dict | None:
    if phrases is None:
        return None
    many = isinstance(phrases, (list, tuple))
    items = list(phrases) if many else [phrases]
    for i, p in enumerate(items):
        p.save(str(folder / f"phrases-{i}"))
    return {"count": len(items), "list": many, "classes": [type(p).__name__ for p in items]}


def _load_phrases(info: dict | None, folder: Path):
    if not info:
        return None
    from gensim.models import phrases as gp

    items = [getattr(gp, cls, gp.FrozenPhrases).load(str(folder / f"phrases-{i}"))
             for i, cls in enumerate(info["classes"])]
    return items if info["list"] else items[0]


def _npz_bytes(matrix) -> bytes:
    """The bytes of scipy.sparse.save_npz of a matrix (CSR), as written to a file."""
    import io

    import scipy.sparse as sp

    buffer = io.BytesIO()
    sp.save_npz(buffer, sp.csr_matrix(matrix))
    return buffer.getvalue()


class UnitTermsAhead:
    """unit_terms.npz made in a thread while the model on every unit is fitted (train_topic_fit's beside_final):
    compressing the units' counts (about 1.2 s of CPU on the 1,000-document scale corpus, development) is zlib's
    C loop, which releases the GIL, as the fit's sparse products and coordinate descent do, so both go on at once
    on two cores instead of one after the other. `start` is that callback; `take(matrix)` the bytes once made
    (None when none were started for that very matrix, or making them failed: save_topic_fit then writes the file
    itself, and says why if it cannot)."""

    def __init__(self) -> None:
        self._thread = None
        self._matrix = None
        self._data: bytes | None = None

    def start(self, matrix) -> None:
        import threading

        def make() -> None:
            try:
                self._data = _npz_bytes(matrix)
            except (MemoryError, OSError, ValueError):  # written again by save_topic_fit, which reports it
                self._data = None

        self._matrix = matrix
        self._thread = threading.Thread(target=make, name="litmine-unit-terms", daemon=True)
        self._thread.start()

    def take(self, matrix) -> bytes | None:
        if self._thread is None:
            return None
        self._thread.join()
        data, same = self._data, self._matrix is matrix
        self._thread = self._matrix = self._data = None
        return data if same else None


def save_topic_fit(fit: TopicFit, corpus: TopicCorpus, models_dir: str | Path = DEFAULT_MODELS, *,
                   labels: list[str] | None = None, ahead: UnitTermsAhead | None = None) -> Path:
    """Save a trained model into its own folder under models_dir (written aside, then moved in place); ahead: the
    unit_terms.npz bytes made beside the final fit (the same file as written here).

    Example:
        >>> save_topic_fit(train_topic_fit(corpus, k=4), corpus, "models")  # doctest: +SKIP
        PosixPath('models/lda-k4-3f2a9c1e')
    """
    model = fit.model
    root = Path(models_dir)
    final = root / build_model_name(model)
    work = root / f".{final.name}.{os.getpid()}.tmp"
    try:
        root.mkdir(parents=True, exist_ok=True)
        if work.exists():
            shutil.rmtree(work)
        work.mkdir()
        np.savez(work / "arrays.npz", **{a: getattr(model, a) for a in _ARRAYS})
        made = ahead.take(model.unit_terms) if ahead is not None else None
        if made is not None:
            (work / "unit_terms.npz").write_bytes(made)
        elif model.unit_terms is not None:
            import scipy.sparse as sp

            sp.save_npz(work / "unit_terms.npz", sp.csr_matrix(model.unit_terms))
        (work / "vocabulary.json").write_text(json.dumps(model.vocab, ensure_ascii=False), encoding="utf-8")
        if fit.lda is not None:
            (work / "lda").mkdir()
            fit.lda.save(str(work / "lda" / "model"))
        else:
            np.savez(work / "nmf.npz", components=fit.nmf_components, idf=fit.idf)
        info = {"method": model.method, "k": model.k, "seed": model.seed, "fingerprint": model.fingerprint,
                "corpus_fingerprint": corpus.fingerprint, "corpus_options": corpus.options,
                "options": model.options, "coherence": model.coherence,
                "coherence_curve": [list(p) for p in model.coherence_curve], "concept_terms": model.concept_terms,
                "units": model.units, "phrases": _save_phrases(corpus.phrases, work),
                "created": datetime.now(UTC).isoformat(timespec="microseconds")}
        (work / "topics.json").write_text(json.dumps(info, ensure_ascii=False, default=str), encoding="utf-8")
        if labels is not None:
            write_topic_labels(work, labels)
        if final.exists():
            shutil.rmtree(final)
        os.replace(work, final)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise write_error(final, exc) from None
    return final


def write_topic_labels(folder: str | Path, labels: list[str]) -> Path:
    """Write (or replace) the suggested labels of a saved model."""
    path = Path(folder) / "labels.json"
    write_text_atomic(path, json.dumps(list(labels), ensure_ascii=False))
    return path


def load_saved(path: str | Path, *, unit_terms: bool = True) -> SavedTopics:
    """Load a saved model folder (see the module docstring for what it holds); without unit_terms the model's
    unit_terms stay None (load_unit_terms reads them: only the topic words per period need them).

    Raises LitmineError naming the folder when it is missing or incomplete.

    Example:
        >>> saved = load_saved("models/lda-k4-3f2a9c1e")  # doctest: +SKIP
        >>> saved.model.k  # doctest: +SKIP
        4
    """
    folder = Path(path)
    if not (folder / "topics.json").is_file():
        raise LitmineError(f"{folder}: not a saved topic model (no topics.json)")
    try:
        info = json.loads((folder / "topics.json").read_text(encoding="utf-8"))
        vocab = json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))
        with np.load(folder / "arrays.npz") as z:
            arrays = {a: z[a] for a in _ARRAYS}
        if unit_terms:
            arrays["unit_terms"] = load_unit_terms(folder)
        lda = components = idf = None
        if info["method"] == "lda":
            from gensim.models import LdaModel

            lda = LdaModel.load(str(folder / "lda" / "model"))
        else:
            with np.load(folder / "nmf.npz") as z:
                components, idf = z["components"], z["idf"]
        labels_path = folder / "labels.json"
        labels = json.loads(labels_path.read_text(encoding="utf-8")) if labels_path.is_file() else []
    except (OSError, ValueError, KeyError) as exc:
        raise LitmineError(f"{folder}: incomplete or damaged topic model ({exc})") from None
    model = TopicModel(method=info["method"], k=info["k"], seed=info["seed"], vocab=vocab, **arrays,
                       units=info["units"], concept_terms=info["concept_terms"], coherence=info["coherence"],
                       coherence_curve=[tuple(p) for p in info["coherence_curve"]], options=info["options"],
                       fingerprint=info["fingerprint"])
    return SavedTopics(path=folder, model=model, corpus_options=info["corpus_options"],
                       phrases_info=info.get("phrases"),
                       labels=labels, lda=lda, nmf_components=components, idf=idf, created=info.get("created", ""))


def load_unit_terms(folder: Path):
    """A saved model's unit_terms (scipy.sparse CSR), or None where it has none; raises OSError, ValueError."""
    if not (folder / "unit_terms.npz").is_file():
        return None
    import scipy.sparse as sp

    return sp.load_npz(folder / "unit_terms.npz").tocsr()


def _saved_infos(models_dir: Path) -> list[tuple[Path, dict]]:
    out = []
    if not models_dir.is_dir():
        return out
    for folder in sorted(models_dir.iterdir()):
        meta = folder / "topics.json"
        if folder.name.startswith(".") or not meta.is_file():
            continue
        try:
            out.append((folder, json.loads(meta.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    return out


def find_saved(models_dir: str | Path, fingerprint: str) -> Path | None:
    """The folder of the saved model with this fingerprint, if there is one."""
    for folder, info in _saved_infos(Path(models_dir)):
        if info.get("fingerprint") == fingerprint:
            return folder
    return None


def find_newest_saved(models_dir: str | Path = DEFAULT_MODELS) -> Path:
    """The most recently saved model under models_dir; LitmineError when there is none."""
    infos = _saved_infos(Path(models_dir))
    if not infos:
        raise LitmineError(f"{models_dir}: no saved topic model here (run `litmine topics` first, or pass --model)")
    return max(infos, key=lambda fi: (fi[1].get("created", ""), fi[0].name))[0]


def train_or_reuse_topics(corpus: TopicCorpus, *, models_dir: str | Path = DEFAULT_MODELS,
                          method: Literal["lda", "nmf"] = "lda", k: int | Literal["auto"] = "auto",
                          k_range: range | list[int] = DEFAULT_K_RANGE, seed: int = 42,
                          labels=None, jobs: int | None = None) -> tuple[TopicModel, Path, bool]:
    """The model for this corpus and options: loaded from models_dir when one with the same fingerprint was saved
    there (reused: True), else trained (jobs: worker processes for the fits, see train_topic_fit) and saved.
    `labels(model)` may give the suggested labels to save with it.

    Example:
        >>> model, folder, reused = train_or_reuse_topics(corpus, k=4)  # doctest: +SKIP
    """
    options = build_training_options(corpus, method=method, k=k, k_range=k_range, seed=seed)
    folder = find_saved(models_dir, find_fingerprint(corpus.fingerprint, options))
    if folder is not None:
        try:
            saved = load_saved(folder)
        except LitmineError:
            saved = None
        if saved is not None:
            if labels is not None:
                write_topic_labels(folder, labels(saved.model))
            return saved.model, folder, True
    ahead = UnitTermsAhead()
    fit = train_topic_fit(corpus, method=method, k=k, k_range=k_range, seed=seed, jobs=jobs,
                          beside_final=ahead.start)
    folder = save_topic_fit(fit, corpus, models_dir, labels=labels(fit.model) if labels is not None else None,
                            ahead=ahead)
    return fit.model, folder, False


def infer_topics(saved: SavedTopics, text_tokens: list[str]) -> list[float]:
    """The topic mix (k weights summing to 1) of one text's tokens under a saved model; tokens outside its
    vocabulary are ignored. The same tokens give the same mix every time.

    Raises LitmineError when none of the tokens is in the vocabulary.

    Example:
        >>> infer_topics(load_saved("models/lda-k4-3f2a9c1e"), ["co-production", "citizen"])  # doctest: +SKIP
        [0.81, 0.06, 0.07, 0.06]
    """
    ids = saved.token2id
    counts = Counter(ids[t] for t in text_tokens if t in ids)
    if not counts:
        raise LitmineError("none of the text's words is in the model's vocabulary")
    bow = sorted(counts.items())
    model = saved.model
    if model.method == "lda":
        mix = infer_lda(saved.lda, [bow], model.seed)[0]
    else:
        x, _ = build_tfidf(build_counts([bow], len(model.vocab)), saved.idf)
        w = infer_nmf(x, saved.nmf_components, model.seed)[0]
        mix = w / w.sum() if w.sum() > 0 else np.full(model.k, 1.0 / model.k)
    return [float(v) for v in mix]


def build_file_tokens(path: str | Path, saved: SavedTopics, *, lexicon: str | Path | None = None,
                      replace: bool = False) -> list[str]:
    """Read one document file and tokenize it as the model's corpus was: the same passage kinds and languages,
    concept mentions from the lexicon, the saved phrase models. Raises LitmineError naming the file."""
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import ConceptMatcher
    from litmine.ingest.extract import extract_document
    from litmine.topics.preprocess import TEXT_KINDS, tokenize_for_topics

    doc, _ = extract_document(str(path))
    opts = saved.corpus_options
    languages = opts.get("languages")
    kinds = set(opts.get("kinds") or [k for k in TEXT_KINDS if opts.get("references") or k != "reference"])
    passages = [p for p in doc.passages if p.text.strip() and p.kind in kinds
                and (languages is None or p.language is None or p.language in languages)]
    if not passages:
        raise LitmineError(f"{path}: no text passages to read topics from")
    per_text, _ = ConceptMatcher(load_lexicon(lexicon, replace=replace)).tag_document([p.text for p in passages])
    tokens: list[str] = []
    for p, found in zip(passages, per_text):
        tokens += tokenize_for_topics(p.text, mentions=[(m.start, m.end, m.concept) for m in found],
                                      phrases=saved.phrases, options=opts)
    return tokens


def infer_file_topics(path: str | Path, saved: SavedTopics, *, lexicon: str | Path | None = None,
                      replace: bool = False, terms: int = 8) -> list[dict]:
    """The topic mix of a document file under a saved model, heaviest topic first: rows of topic (numbered from 1,
    as in the topic files), label, weight and top_terms. Raises LitmineError naming the file when it cannot be read or shares no word with the model.

    Example:
        >>> infer_file_topics("paper.pdf", load_saved("models/lda-k4-3f2a9c1e"))[0]["topic"]  # doctest: +SKIP
        2
    """
    tokens = build_file_tokens(path, saved, lexicon=lexicon, replace=replace)
    try:
        mix = infer_topics(saved, tokens)
    except LitmineError as exc:
        raise LitmineError(f"{path}: {exc}") from None
    rows = [{"topic": t + 1, "label": saved.labels[t] if t < len(saved.labels) else "", "weight": round(w, 4),
             "top_terms": [term for term, _ in saved.model.top_terms(t, terms)]} for t, w in enumerate(mix)]
    return sorted(rows, key=lambda r: (-r["weight"], r["topic"]))


def build_periods(years: list[int | None], size: int) -> list[tuple[int, int]]:
    """Consecutive periods of `size` years from the first year to the last (the last may be shorter).

    Example:
        >>> build_periods([2003, 2007, 2016], 5)
        [(2003, 2007), (2008, 2012), (2013, 2016)]
    """
    known = [y for y in years if y is not None]
    if size < 1:
        raise LitmineError(f"a period must be at least one year long (got {size})")
    if not known:
        return []
    first, last = min(known), max(known)
    return [(a, min(a + size - 1, last)) for a in range(first, last + 1, size)]


@dataclass
class TopicsRun:
    """What `write_topics` did: the model, its saved folder, whether it was reused, the files and labels."""

    model: TopicModel
    folder: Path
    reused: bool
    files: list[Path]
    labels: list[str]
    periods: list[tuple[int, int]]


@collector_paused
def write_topics(store: Store, out_dir: str | Path, *, models_dir: str | Path = DEFAULT_MODELS,
                 unit: Literal["auto", "document", "window", "passage"] = "auto", method: Literal["lda", "nmf"] = "nmf",
                 k: int | Literal["auto"] = "auto", k_range: range | list[int] = DEFAULT_K_RANGE, seed: int = 42,
                 periods: list[tuple[int, int]] | None = None, slice_years: int | None = None,
                 jobs: int | None = None, on_progress: Callable[[str, Path], None] | None = None,
                 plots: bool = True) -> TopicsRun:
    """Build the topic corpus from the store, train (or reuse) a model saved under models_dir, and write the
    topic outputs into out_dir. `slice_years` cuts the corpus's years into periods of that length when no
    `periods` are given (topic words per period). jobs: worker processes for the topic pieces and the fits
    (default every core; the outputs do not depend on it; the pieces are made here while workers are held back).
    on_progress: called with ("saved", the model's folder) once the model is saved, then ("period_words", the
    path of topic_words_by_period.csv) once that is written, before the other files are done (`litmine run`'s
    parent builds the report's topics meanwhile). plots: False leaves topics_by_year.png and .svg to the caller
    (see write_topic_outputs; `litmine run`'s parent draws them).

    Example:
        >>> run = write_topics(Store("outputs/litmine.db"), "outputs/topics", k=6)  # doctest: +SKIP
        >>> run.reused, run.folder.name  # doctest: +SKIP
        (False, 'lda-k6-3f2a9c1e')
    """
    from litmine.topics.files import write_topic_outputs
    from litmine.topics.outputs import suggest_topic_labels
    from litmine.topics.parallel import workers_held
    from litmine.topics.preprocess import build_topic_corpus

    # the pieces in this process while the workers are held back (see topics/parallel.py hold_workers)
    corpus = build_topic_corpus(store, unit=unit, jobs=1 if workers_held() else jobs)
    concept_labels = {c["id"]: c["label"] for c in store.concept_rows()}
    model, folder, reused = train_or_reuse_topics(
        corpus, models_dir=models_dir, method=method, k=k, k_range=k_range, seed=seed,
        labels=lambda m: suggest_topic_labels(m, concept_labels), jobs=jobs)
    phrases, options = corpus.phrases, corpus.options
    del corpus  # its token lists are not needed for the outputs
    if on_progress is not None:
        on_progress("saved", folder)
    if not periods and slice_years:
        periods = build_periods([u.get("year") for u in model.units], slice_years)
    from litmine.topics.passages import find_representative_passages

    passages = find_representative_passages(store, model, phrases=phrases, options=options)
    files = write_topic_outputs(model, out_dir, concept_labels=concept_labels, periods=periods or None,
                                passages=passages,
                                on_period_words=(lambda p: on_progress("period_words", p)) if on_progress else None,
                                plots=plots)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return TopicsRun(model=model, folder=folder, reused=reused, files=files, labels=labels, periods=periods or [])
