"""`litmine run`: every step with default options, every output, one line per output."""


import os
import sys
from collections import defaultdict
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import LexiconOption, ReplaceLexiconOption, app, event_line, fail, progress_name, progress_text
from litmine.cli.ingest import (CollectionOption, check_sources, MaxMemoryOption, MaxTextOption, TagOption, TimeLimitOption,
                                ZoteroBaseOption, ZoteroOption, limits_from_options)
from litmine.cli.report import ModelsOption
from litmine.config import DEFAULT_MODELS, DEFAULT_OUT
from litmine.errors import LitmineError
from litmine.export.sanitize import clean_terminal_text, one_line


class Method(str, Enum):
    lda = "lda"
    nmf = "nmf"


@app.command()
def run(
    corpus: Annotated[Path | None, typer.Argument(
        help="Folder of PDF, Word, HTML, .txt and .md files (searched recursively), with any .bib/.ris/.csv "
        "metadata. Not with --zotero.", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for every output.")] = DEFAULT_OUT,
    models: ModelsOption = DEFAULT_MODELS,
    db: Annotated[Path | None, typer.Option(
        "--db", help="The store (SQLite file). Default: $LITMINE_DB, else OUT/litmine.db.",
        show_default=False)] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for reading files "
                                                                          "(default: all cores).")] = None,
    method: Annotated[Method, typer.Option("--method", help="Topic model: nmf (default) or lda.")] = Method.nmf,
    k: Annotated[str, typer.Option("--k", help="Number of topics, or auto (chosen from 4 to 20 on held-out NPMI, "
                                              "topic diversity and stability, extended past an edge when the best k "
                                              "sits on it; docs/benchmarks.md, topic_selection).")] = "auto",
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
    zotero: ZoteroOption = None,
    collection: CollectionOption = None,
    tag: TagOption = None,
    zotero_base: ZoteroBaseOption = None,
    time_limit: TimeLimitOption = None,
    max_text_mb: MaxTextOption = None,
    max_memory_mb: MaxMemoryOption = None,
) -> None:
    """Everything with default options: ingest the corpus (incremental), find citations and concept mentions, train
    or reuse a topic model (seed 42), write the concept networks and citation graphs, the trends and the report.
    A second run with nothing changed (documents, metadata, lexicon, options) writes nothing and says so. Files
    that fail are reported and the run goes on (exit status 1 when some failed).

    Example: litmine run corpus/; litmine run --zotero ~/Zotero --collection "Welfare reform"
    """
    from litmine.pipeline import run_pipeline

    check_sources(corpus, zotero, zotero_choice=bool(collection or tag or zotero_base),
                  replace_lexicon=replace_lexicon, lexicon=lexicon)
    k_value: int | str = "auto"
    if k.strip().lower() != "auto":
        if not k.strip().isdigit() or int(k) < 2:
            fail(f"--k takes a number of topics (at least 2) or auto (got {k!r})")
        k_value = int(k)
    limits = limits_from_options(time_limit, max_text_mb, max_memory_mb)
    env = os.environ.get("LITMINE_DB")
    on_step, on_event, done = _reporter()
    try:
        result = run_pipeline(corpus, out=out, models=models, db=db or (Path(env) if env else None), jobs=jobs,
                              lexicon=lexicon, replace_lexicon=replace_lexicon, method=method.value, k=k_value,
                              on_step=on_step, on_event=on_event, limits=limits,
                              zotero={"path": zotero, "collections": collection, "tags": tag, "base": zotero_base}
                              if zotero is not None else None)
    except LitmineError as exc:
        done()
        fail(exc)
        raise  # unreachable
    done()
    failed = len(result.ingest.failed)
    typer.echo(f"ingest: {result.ingest.summary()}")
    if result.up_to_date:
        typer.echo(f"nothing changed; outputs are up to date: {_report_path(result.outputs, out)} "
                   f"({len(result.outputs)} outputs under {out})")
    else:
        for what, paths in _grouped(result.outputs):
            typer.echo(f"  {what + ':':<30} {paths}")
        typer.echo(f"done in {result.seconds:.1f}s; open {_report_path(result.outputs, out)}")
    for name, why in result.skipped:
        typer.echo(f"skipped {name}: {why}")
    if failed:
        typer.echo(f"{failed} file(s) could not be read (listed above and in the report)")
    raise typer.Exit(1 if failed else 0)


def _report_path(outputs: list[tuple[str, Path]], out: Path) -> Path:
    return next((p for what, p in outputs if what == "report"), out / "report.html")


def _grouped(outputs: list[tuple[str, Path]]) -> list[tuple[str, str]]:
    """One line per kind of output: its file, or its folder and the file names in it."""
    by_what: dict[str, list[Path]] = defaultdict(list)
    for what, p in outputs:
        by_what[what].append(Path(p))
    lines = []
    for what, paths in by_what.items():
        if len(paths) == 1:
            lines.append((what, str(paths[0])))
        else:
            folder = paths[0].parent
            lines.append((what, f"{folder}/ (" + ", ".join(p.name for p in paths) + ")"))
    return lines


def _reporter():
    """(on_step, on_event, done): a rich progress display on a terminal, plain lines otherwise.
    Files that fail, go missing or are duplicates always get a line of their own."""
    keep = ("failed", "missing", "duplicate", "pruned", "zotero")
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

        console = Console(stderr=True)
        progress = Progress(SpinnerColumn(), TextColumn("{task.fields[step]:<9}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.description}"), console=console, transient=True)
        progress.start()
        task = progress.add_task("", total=None, step="run")

        def on_step(name: str, message: str) -> None:
            progress.update(task, step=name, description=progress_text(message), total=None, completed=0)
            if message.startswith("skipped"):
                progress.console.print(one_line(clean_terminal_text(f"{name}: {message}")), markup=False,
                                       highlight=False)

        def on_event(kind: str, path: str, message: str) -> None:
            if kind == "start":
                progress.update(task, total=int(message), completed=0, description="")
            elif kind in ("added", "updated", "failed"):
                progress.update(task, advance=1, description=progress_name(path))
            if kind in keep:
                progress.console.print(event_line(kind, path, message), markup=False, highlight=False)

        return on_step, on_event, progress.stop

    def plain_step(name: str, message: str) -> None:
        typer.echo(f"{name}: {message}", err=True)

    def plain_event(kind: str, path: str, message: str) -> None:
        if kind == "start":
            typer.echo(f"ingest: {message} file(s) to read under {path}", err=True)
        elif kind in keep:
            typer.echo(event_line(kind, path, message), err=True)

    return plain_step, plain_event, lambda: None
