"""`litmine topics` (train, or reuse, a topic model and write its files) and `litmine topics infer FILE`."""


import json
import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from litmine.cli.app import (
    DbOption,
    Format,
    LexiconOption,
    ReplaceLexiconOption,
    app,
    fail,
    tagged_store,
    write_rows,
)
from litmine.config import DEFAULT_MODELS
from litmine.errors import LitmineError

if TYPE_CHECKING:
    from litmine.topics.service import TopicsSummary

topics_app = typer.Typer(invoke_without_command=True, no_args_is_help=False, rich_markup_mode=None)
app.add_typer(topics_app, name="topics")


class Method(str, Enum):
    lda = "lda"
    nmf = "nmf"


class Unit(str, Enum):
    auto = "auto"
    document = "document"
    window = "window"
    passage = "passage"


ModelsOption = Annotated[Path, typer.Option("--models", help="Folder of saved topic models.")]


def _parse_k(k: str) -> int | str:
    if k.strip().lower() == "auto":
        return "auto"
    if not k.strip().isdigit() or int(k) < 2:
        fail(f"--k takes a number of topics (at least 2) or auto (got {k!r})")
    return int(k)


def _parse_periods(specs: list[str]) -> list[tuple[int, int]]:
    periods = []
    for spec in specs:
        m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", spec)
        if not m or int(m.group(1)) > int(m.group(2)):
            fail(f"--period takes FIRST-LAST years, as 2000-2009 (got {spec!r})")
        periods.append((int(m.group(1)), int(m.group(2))))
    return periods


def _parse_slice(spec: str | None) -> int | None:
    if spec is None:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*y?\s*", spec.lower())
    if not m or int(m.group(1)) < 1:
        fail(f"--slice takes a number of years, as 5y (got {spec!r})")
    return int(m.group(1))


@topics_app.callback()
def topics(
    ctx: typer.Context,
    method: Annotated[Method, typer.Option("--method", help="nmf (scikit-learn NMF on TF-IDF; the default: more "
                                                           "stable and coherent on the benchmark corpora) or lda "
                                                           "(gensim LDA).")] = Method.nmf,
    k: Annotated[str, typer.Option("--k", help="Number of topics, or auto: chosen from --k-min..--k-max (extended "
                                              "past an edge when the best k sits on it) on held-out NPMI, topic "
                                              "diversity and stability (docs/benchmarks.md, topic_selection).")] = "auto",
    k_min: Annotated[int, typer.Option("--k-min", min=2, help="Smallest k tried with --k auto.")] = 4,
    k_max: Annotated[int, typer.Option("--k-max", min=2, help="Largest k tried with --k auto.")] = 20,
    k_step: Annotated[int, typer.Option("--k-step", min=1, help="Step between the k tried with --k auto.")] = 2,
    unit: Annotated[Unit, typer.Option("--unit", help="What a topic mix describes: whole documents, windows of "
                                                     "about 200 words of consecutive passages, or passages; auto: "
                                                     "documents when the median document is short (abstracts), "
                                                     "else windows.")] = Unit.auto,
    by_year: Annotated[bool, typer.Option("--by-year", help="Also print each topic's prevalence per year (mean "
                                                           "weight).")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same corpus, options and seed give the "
                                                    "same topics.")] = 42,
    period: Annotated[list[str] | None, typer.Option(
        "--period", metavar="FIRST-LAST", show_default=False,
        help="A span of years for topic words per period, as 2000-2009 (repeatable).")] = None,
    slice_: Annotated[str | None, typer.Option(
        "--slice", metavar="Ny", show_default=False,
        help="Topic words per period of N years from the first year (e.g. 5y), instead of --period.")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the topic files.")] = Path("outputs/topics"),
    models: ModelsOption = DEFAULT_MODELS,
    format: Annotated[Format, typer.Option("--format", "-f", help="What is printed: table, json or csv (the "
                                                                   "topics; with --by-year the rows per year and "
                                                                   "topic).")] = Format.table,
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
) -> None:
    """Topic models of the corpus (LDA or NMF), their prevalence by year, and the concepts that load on them.

    Preprocessing keeps lemmas, drops stopwords and reference lists, joins phrases and turns each lexicon concept
    mention into one token. The model is saved under --models in a folder named after the method, k and the
    corpus's fingerprint; a later run with the same corpus and options reuses it instead of training again.
    Writes topics.csv, doc_topics.csv, topics_by_year.csv/png, topic_words_by_period.csv, topic_concepts.csv and
    topics.html (a topic browser) into --out.

    Example: litmine topics --method lda --k auto --by-year
    """
    if ctx.invoked_subcommand is not None:
        return
    from litmine.topics.service import run_topics

    k_value = _parse_k(k)
    if k_max < k_min:
        fail(f"--k-max ({k_max}) is smaller than --k-min ({k_min})")
    periods = _parse_periods(period or [])
    slice_years = _parse_slice(slice_)
    store = tagged_store(db, lexicon, replace_lexicon)
    try:
        summary = run_topics(store, out, models_dir=models, unit=unit.value, method=method.value, k=k_value,
                             k_range=range(k_min, k_max + 1, k_step), seed=seed, periods=periods,
                             slice_years=slice_years, by_year=by_year)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable
    finally:
        store.close()
    _print_summary(summary, format)


def _print_summary(summary: "TopicsSummary", format: Format) -> None:
    """The topics (or with --by-year in CSV, the rows per year and topic); tables add the coherence curve and the
    prevalence by year. Closing lines go to stderr unless the output is a table."""
    from litmine.topics.service import CURVE_COLUMNS, TOPIC_COLUMNS, YEAR_COLUMNS

    if format is Format.json:
        typer.echo(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    elif format is Format.csv:
        if summary.by_year:
            write_rows(summary.by_year.rows, format, YEAR_COLUMNS)
        else:
            write_rows(summary.topics, format, TOPIC_COLUMNS)
    else:
        write_rows([{**r, "top_terms": ", ".join(r["top_terms"])} for r in summary.topics], format, TOPIC_COLUMNS,
                   title=summary.title)
        if summary.curve:
            write_rows([{**c, "chosen": "<-" if c["chosen"] else ""} for c in summary.curve], format, CURVE_COLUMNS,
                       title="Choosing k: NPMI held out and fitted, single-document topics, stability")
        if summary.by_year:
            rows, columns = summary.year_table()
            write_rows(rows, format, columns, title="Mean topic weight by year")
    for line in summary.closing_lines():
        typer.echo(line, err=format is not Format.table)


@topics_app.command("infer")
def infer(
    file: Annotated[Path, typer.Argument(help="A document (PDF, text or Markdown).", show_default=False)],
    model: Annotated[Path | None, typer.Option("--model", help="A saved model's folder. Default: the newest under "
                                                              "--models.", show_default=False)] = None,
    models: ModelsOption = DEFAULT_MODELS,
    terms: Annotated[int, typer.Option("--terms", min=1, help="Top terms shown per topic.")] = 8,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
) -> None:
    """The topic mix of a new document under a saved topic model, heaviest topic first.

    The document is read, tagged with the lexicon (use the lexicon the model was trained with) and tokenized as
    the model's corpus was, with its saved phrase model; words outside the model's vocabulary are ignored.

    Example: litmine topics infer paper.pdf
    """
    from litmine.topics.saved import find_newest_saved, infer_file_topics, load_saved

    if replace_lexicon and not lexicon:
        fail("--replace-lexicon needs --lexicon FILE")
    try:
        saved = load_saved(model) if model is not None else load_saved(find_newest_saved(models))
        rows = infer_file_topics(file, saved, lexicon=lexicon, replace=replace_lexicon, terms=terms)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable
    if format is Format.table:
        rows = [{**r, "top_terms": ", ".join(r["top_terms"])} for r in rows]
    write_rows(rows, format, ["topic", "label", "weight", "top_terms"],
               title=f"{file.name}: topic mix under {saved.path.name}")
