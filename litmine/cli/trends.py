"""`litmine trends`."""


from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import (
    Counted,
    DbOption,
    Format,
    LexiconOption,
    ReplaceLexiconOption,
    app,
    fail,
    tagged_store,
    write_rows,
)
from litmine.errors import LitmineError


class Measure(str, Enum):
    count = "count"
    per10k = "per10k"
    share = "share"



SUMMARY = ["concept", "label", "mentions", "documents", "first_year", "last_year", "peak_year", "bursts"]
ROWS = ["concept", "label", "year", "mentions", "documents", "year_documents", "year_words", "per_10k_words",
        "doc_share", "burst"]


@app.command()
def trends(
    concept: Annotated[list[str] | None, typer.Option(
        "--concept", "-c", metavar="ID", show_default=False,
        help="A concept id or label to follow (repeatable). Default: every concept mentioned.")] = None,
    measure: Annotated[Measure, typer.Option(
        "--measure", help="What the plot shows: count (mentions), per10k (mentions per 10,000 words) or share "
                          "(share of the year's documents).")] = Measure.per10k,
    top: Annotated[int, typer.Option("--top", min=1, help="Concepts in the plot without --concept: the N most "
                                                          "mentioned.")] = 12,
    out: Annotated[Path, typer.Option("--out", help="Folder for trends.csv, bursts.csv, trends.png/.svg and the "
                                                    "burst timeline files.")]
    = Path("outputs/trends"),
    burst_on: Annotated[Counted, typer.Option(
        "--burst-on", help="Find bursts in mentions (out of the year's words) or documents (out of the year's "
                           "documents).")] = Counted.mentions,
    gamma: Annotated[float, typer.Option("--gamma", min=0.0, help="Cost of entering a burst (higher: fewer, "
                                                                  "stronger bursts).")] = 1.0,
    scale: Annotated[float, typer.Option("--scale", min=1.01, help="The bursty rate as a multiple of the base rate "
                                                                   "(Kleinberg's s).")] = 2.0,
    format: Annotated[Format, typer.Option("--format", "-f", help="table (one line per concept with its bursts), "
                                                                   "json (the same with every year) or csv (one "
                                                                   "row per concept and year).")] = Format.table,
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
) -> None:
    """Concepts over publication years: mentions, mentions per 10,000 words and share of documents, with bursts.

    Every year from the corpus's first to its last is a row, so quiet years show as zero; a year without documents
    has no rate (the plot's line is dotted across it). Documents without a year are left out and counted. Bursts are found with
    Kleinberg's two-state automaton for batched data (as in CiteSpace); their weight is the fall in cost the
    bursty state brings. Writes trends.csv (with a burst flag per row), bursts.csv and trends.png/.svg into --out,
    and the burst timeline: burst_timeline.png/.svg (each burst as a bar with its strength), burst_timeline.html
    (each burst opens to the documents behind it) and burst_documents.csv.

    Example: litmine trends --concept co-production --concept work-first
    """
    from litmine.trends import build_trend_rows, build_trend_summary, write_trends

    store = tagged_store(db, lexicon, replace_lexicon)
    try:
        result = write_trends(store, out, concepts=concept, top=top, measure=measure.value, on=burst_on.value,
                              s=scale, gamma=gamma)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable
    finally:
        store.close()
    to_stderr = format is not Format.table
    if format is Format.csv:
        write_rows(build_trend_rows(result), format, ROWS)
    elif format is Format.json:
        write_rows(build_trend_summary(result, with_years=True), format, SUMMARY + ["years"])
    else:
        summary = build_trend_summary(result)
        for item in summary:
            item["bursts"] = ", ".join(f"{b['start']}" + (f"-{b['end']}" if b["end"] != b["start"] else "")
                                       + f" ({b['weight']:.1f})" for b in item["bursts"])
        years = f"{result.years[0]}-{result.years[-1]}" if result.years else "no years"
        write_rows(summary, format, SUMMARY, title=f"litmine trends ({years})")
    if result.note:
        typer.echo(result.note, err=to_stderr)
    typer.echo("wrote " + ", ".join(str(p) for p in result.files), err=to_stderr)
