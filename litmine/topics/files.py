"""Every topic file of a fitted TopicModel in one folder: the tables and plot of outputs.py and the browser of
browser.py (this module joins them, so neither imports the other)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from litmine.errors import write_error
from litmine.topics.browser import write_topic_browser
from litmine.topics.model import TopicModel
from litmine.topics.outputs import (
    BROWSER_HTML,
    BY_YEAR_CSV,
    BY_YEAR_PNG,
    BY_YEAR_SVG,
    CONCEPTS_CSV,
    DOC_TOPICS_CSV,
    PERIOD_CSV,
    TOPICS_CSV,
    TopicYears,
    build_doc_topic_rows,
    build_period_words,
    build_topic_concept_rows,
    build_topic_rows,
    build_topics_by_year,
    check_topic_model,
    suggest_topic_labels,
    write_csv,
    write_topics_plots,
)


def write_topic_outputs(model: TopicModel, out_dir: str | Path, *, concept_labels: dict[str, str],
                        periods: list[tuple[int, int]] | None = None, title: str | None = None,
                        passages: Sequence[dict | None] | None = None,
                        on_period_words: Callable[[Path], None] | None = None, plots: bool = True) -> list[Path]:
    """Write every topic file into out_dir: topics.csv, doc_topics.csv, topics_by_year.csv, topics_by_year.png and .svg,
    topic_words_by_period.csv, topic_concepts.csv and the browser topics.html.

    Args:
        model: the fitted model.
        out_dir: folder for the files (made if missing).
        concept_labels: concept id -> label, for labels and the concept tables.
        periods: (first year, last year) spans for the topic words; default up to 4 spans of roughly equal
            numbers of units.
        title: the browser page's heading (default names the method and k).
        passages: a representative passage per topic (topics/passages.py), shown in topics.csv and the browser.
        on_period_words: called with the path of topic_words_by_period.csv once it is written (before the plots
            and the browser: `litmine run`'s parent builds the report's topics from it meanwhile).
        plots: False leaves topics_by_year.png and .svg to the caller, listed all the same (`litmine run`'s parent
            draws them with write_topic_plots from the saved model while this process writes the rest).

    Returns:
        The paths written, in the order above.

    Example:
        >>> write_topic_outputs(model, "outputs/topics", concept_labels={"co-production": "Co-production"})  # doctest: +SKIP
    """
    check_topic_model(model)
    labels = suggest_topic_labels(model, concept_labels)
    by_year = build_topics_by_year(model, labels)
    out = Path(out_dir)
    topic_rows = build_topic_rows(model, labels=labels)
    if passages is not None:
        for row, p in zip(topic_rows, passages):
            row["passage_citation"] = p["citation"] if p else None
            row["passage"] = p["text"] if p else None
    tables = [(TOPICS_CSV, topic_rows), (DOC_TOPICS_CSV, build_doc_topic_rows(model)),
              (BY_YEAR_CSV, by_year.rows)]
    period_rows = build_period_words(model, labels=labels, periods=periods)
    concept_rows = build_topic_concept_rows(model, labels=labels, concept_labels=concept_labels)
    columns = {BY_YEAR_CSV: ["year", "topic", "label", "mean_weight", "dominant_share", "units"],
               CONCEPTS_CSV: ["topic", "topic_label", "concept", "concept_label", "terms", "weight", "rank", "share",
                              "loads"],
               PERIOD_CSV: ["period", "start_year", "end_year", "units", "topic", "label", "prevalence", "tokens",
                            "terms", "weights", "rising", "falling", "method"]}
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = [write_csv(rows, out / name, columns.get(name)) for name, rows in tables]
        period_csv = write_csv(period_rows, out / PERIOD_CSV, columns[PERIOD_CSV])  # first: see on_period_words
        if on_period_words is not None:
            on_period_words(period_csv)
        paths += (write_topic_plots(model, by_year, out, labels=labels) if plots
                  else [out / BY_YEAR_PNG, out / BY_YEAR_SVG])
        paths += [period_csv, write_csv(concept_rows, out / CONCEPTS_CSV, columns[CONCEPTS_CSV])]
        paths.append(write_topic_browser(model, out / BROWSER_HTML, labels=labels, concept_labels=concept_labels,
                                         title=title or f"Topics ({model.method.upper()}, k={model.k})",
                                         passages=passages, period_words=period_rows))
    except OSError as exc:
        raise write_error(out, exc) from exc
    return paths


def write_topic_plots(model: TopicModel, by_year: TopicYears, out_dir: str | Path, *,
                      labels: Sequence[str]) -> list[Path]:
    """topics_by_year.png and .svg of a model into out_dir, as write_topic_outputs draws them: by_year is
    build_topics_by_year of the model (its rows' labels are not drawn), labels the topics' suggested labels
    (suggest_topic_labels). OSError when they cannot be written."""
    out = Path(out_dir)
    return write_topics_plots(by_year, [out / BY_YEAR_PNG, out / BY_YEAR_SVG], labels=labels,
                              heading=f"Topic prevalence by year ({model.method.upper()}, k={model.k})")
