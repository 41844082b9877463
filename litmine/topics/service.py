"""One call behind `litmine topics`: train (or reuse) a topic model, write its files, and gather what the command
prints: one row per topic, the coherence curve of an automatic k, the prevalence by year, and the closing lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from litmine.config import DEFAULT_MODELS
from litmine.store import Store
from litmine.topics.outputs import TopicYears, build_topics_by_year
from litmine.topics.saved import TopicsRun, write_topics
from litmine.topics.train import DEFAULT_K_RANGE

TOPIC_COLUMNS = ["topic", "label", "coherence", "top_terms"]
YEAR_COLUMNS = ["year", "topic", "label", "mean_weight", "dominant_share", "units"]
CURVE_COLUMNS = ["k", "held_out_npmi", "fitted_npmi", "single_document", "stability", "chosen"]


@dataclass
class TopicsSummary:
    """What `run_topics` did, as rows: `topics` (topic, label, coherence, top_terms as a list), `curve` (k,
    mean_coherence, chosen; empty when k was given), `by_year` (when asked for) and where the files went."""

    run: TopicsRun
    out_dir: Path
    topics: list[dict]
    curve: list[dict]
    by_year: TopicYears | None = None

    @property
    def title(self) -> str:
        """The table's title: method, k, seed and the mean coherence of the topics."""
        model = self.run.model
        mean = sum(model.coherence) / len(model.coherence) if model.coherence else 0.0
        return f"{model.method.upper()}, k={model.k}, seed {model.seed}: mean c_v {mean:.3f}"

    def as_json(self) -> dict:
        """Everything the command prints with --format json."""
        model = self.run.model
        return {"method": model.method, "k": model.k, "seed": model.seed, "model": str(self.run.folder),
                "reused": self.run.reused, "topics": self.topics, "coherence_curve": self.curve,
                "by_year": self.by_year.rows if self.by_year else None}

    def year_table(self) -> tuple[list[dict], list[str]]:
        """The prevalence by year as one row per year and a column per topic (mean weight, 3 decimals), and the
        columns; empty without `by_year`."""
        if not self.by_year:
            return [], []
        k, years = self.run.model.k, self.by_year
        topics = [f"topic {t + 1}" for t in range(k)]
        rows = [{"year": y, "units": n, **{topics[t]: round(float(years.mean[j, t]), 3) for t in range(k)}}
                for j, (y, n) in enumerate(zip(years.years, years.units))]
        return rows, ["year", "units", *topics]

    def closing_lines(self) -> list[str]:
        """The lines printed after the tables: undated units left out, the model saved or reused, the files."""
        run = self.run
        lines = [self.by_year.note] if self.by_year and self.by_year.note else []
        lines.append(("reused saved model " if run.reused else "saved model ") + str(run.folder))
        lines.append(f"wrote {len(run.files)} files to {self.out_dir}: " + ", ".join(p.name for p in run.files))
        return lines


def summarise_topics(run: TopicsRun, out_dir: str | Path, *, by_year: bool = False) -> TopicsSummary:
    """The rows of a topics run: each topic's label, coherence (3 decimals) and ten top terms, the evidence of each
    k tried (held-out and fitted NPMI, single-document topics, stability where measured; the chosen k marked), and
    with `by_year` the prevalence by year.

    Example:
        >>> summary = summarise_topics(run, "outputs/topics")  # doctest: +SKIP
        >>> summary.topics[0]["label"]  # doctest: +SKIP
        'co-production'
    """
    model = run.model
    rows = [{"topic": t + 1, "label": run.labels[t] if t < len(run.labels) else "",
             "coherence": round(model.coherence[t], 3) if t < len(model.coherence) else None,
             "top_terms": [term for term, _ in model.top_terms(t, 10)]} for t in range(model.k)]
    scores = {s["k"]: s for s in model.options.get("selection", {}).get("scores", [])}
    curve = [{"k": n, "held_out_npmi": round(c, 4), "fitted_npmi": scores.get(n, {}).get("fitted_coherence"),
              "single_document": scores.get(n, {}).get("single_document"),
              "stability": scores.get(n, {}).get("stability"), "chosen": n == model.k}
             for n, c in model.coherence_curve]
    years = build_topics_by_year(model, run.labels) if by_year else None
    return TopicsSummary(run=run, out_dir=Path(out_dir), topics=rows, curve=curve, by_year=years)


def run_topics(store: Store, out_dir: str | Path, *, models_dir: str | Path = DEFAULT_MODELS,
               unit: Literal["auto", "document", "window", "passage"] = "auto", method: Literal["lda", "nmf"] = "nmf",
               k: int | Literal["auto"] = "auto", k_range: range | list[int] = DEFAULT_K_RANGE, seed: int = 42,
               periods: list[tuple[int, int]] | None = None, slice_years: int | None = None,
               by_year: bool = False) -> TopicsSummary:
    """Train or reuse a topic model of the store's corpus, write its files into out_dir (see `write_topics`) and
    summarise it for printing. Raises LitmineError when the corpus cannot be modelled (no text, k too large).

    Example:
        >>> summary = run_topics(Store("outputs/litmine.db"), "outputs/topics", k=6)  # doctest: +SKIP
        >>> summary.closing_lines()[-1]  # doctest: +SKIP
        'wrote 9 files to outputs/topics: topics.csv, ...'
    """
    run = write_topics(store, out_dir, models_dir=models_dir, unit=unit, method=method, k=k, k_range=k_range,
                       seed=seed, periods=periods, slice_years=slice_years)
    return summarise_topics(run, out_dir, by_year=by_year)
