"""`litmine ingest`."""


import sys
from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import (DbOption, LexiconOption, ReplaceLexiconOption, app, event_line, fail, open_store,
                             progress_name)
from litmine.config import METADATA_SUFFIXES, Limits
from litmine.errors import EXIT_BAD_SIDECAR, EXIT_FILES_FAILED, LitmineError

ZoteroOption = Annotated[Path | None, typer.Option(
    "--zotero", help="A Zotero data directory (or its zotero.sqlite), read offline and read-only: items' PDF, Word, "
    "HTML and text attachments are the corpus, Zotero's metadata wins over extraction.", show_default=False)]
CollectionOption = Annotated[list[str] | None, typer.Option(
    "--collection", help="With --zotero: only items in this collection (a name or a Parent/Child path; "
    "sub-collections included); repeatable.", show_default=False)]
TagOption = Annotated[list[str] | None, typer.Option(
    "--tag", help="With --zotero: only items with this tag; repeatable.", show_default=False)]
ZoteroBaseOption = Annotated[Path | None, typer.Option(
    "--zotero-base", help="With --zotero: the base folder of linked attachments (Zotero's Linked Attachment Base "
    "Directory), for attachments stored as relative paths.", show_default=False)]


TimeLimitOption = Annotated[float | None, typer.Option(
    "--time-limit", help=f"Seconds one file may take in a worker; past it the file fails with its line and the run "
    f"goes on; 0: no limit. Default: {Limits.file_seconds:g}, or $LITMINE_FILE_SECONDS.", min=0,
    show_default=False)]
MaxTextOption = Annotated[float | None, typer.Option(
    "--max-text-mb", help=f"Largest .txt/.md file read, in MB; larger ones are refused with their line. Default: "
    f"{Limits.text_mb:g}, or $LITMINE_TEXT_MB.", min=0, show_default=False)]
MaxMemoryOption = Annotated[float | None, typer.Option(
    "--max-memory-mb", help=f"Memory one worker process may take, in MB; a file that needs more fails with its line "
    f"and the run goes on; 0: no limit. Default: {Limits.memory_mb:g}, or $LITMINE_WORKER_MB.", min=0,
    show_default=False)]


def limits_from_options(time_limit: float | None, max_text_mb: float | None, max_memory_mb: float | None) -> Limits:
    """The limits of `--time-limit`, `--max-text-mb` and `--max-memory-mb` over the environment's (ingest, run)."""
    try:
        return Limits.from_env(file_seconds=time_limit, text_mb=max_text_mb, memory_mb=max_memory_mb)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable


def check_sources(corpus: Path | None, zotero: Path | None, *, zotero_choice: bool, replace_lexicon: bool,
                  lexicon: Path | None) -> None:
    """The checks `ingest` and `run` share: one source (a corpus folder or a Zotero library), --collection/--tag/
    --zotero-base only with --zotero, --replace-lexicon only with --lexicon; a one-line error otherwise."""
    if (corpus is None) == (zotero is None):
        fail("give a corpus folder or --zotero PATH (one of the two)")
    if corpus is not None and not corpus.is_dir():
        fail(f"{corpus}: not a folder")
    if zotero_choice and zotero is None:
        fail("--collection, --tag and --zotero-base choose from a Zotero library: give --zotero PATH")
    if replace_lexicon and not lexicon:
        fail("--replace-lexicon needs --lexicon FILE")


@app.command()
def ingest(
    corpus: Annotated[Path | None, typer.Argument(
        help="Folder of PDF, Word, HTML, .txt and .md files (searched recursively). Not with --zotero.",
        show_default=False)] = None,
    db: DbOption = None,
    metadata: Annotated[list[Path] | None, typer.Option(
        "--metadata", "-m", help="BibTeX, RIS or CSV export of a reference manager; repeatable. "
        ".bib/.ris/.csv files inside the corpus are read too.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).",
                                             min=1)] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-read every file, changed or not.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Remove files gone from the folder from the store.")] = False,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Extract on a Dask cluster: 'local' (a LocalCluster on this machine, --jobs workers) "
        "or the scheduler's address, tcp://HOST:8786. Default: local worker processes.",
        show_default=False)] = None,
    zotero: ZoteroOption = None,
    collection: CollectionOption = None,
    tag: TagOption = None,
    zotero_base: ZoteroBaseOption = None,
    time_limit: TimeLimitOption = None,
    max_text_mb: MaxTextOption = None,
    max_memory_mb: MaxMemoryOption = None,
) -> None:
    """Extract text, structure and metadata from a corpus folder (or a Zotero library) into the store
    (incremental), then find the concept mentions of new and changed documents.

    Example: litmine ingest corpus/ --metadata library.bib --jobs 2;
    litmine ingest --zotero ~/Zotero --collection "Welfare reform"
    """
    check_sources(corpus, zotero, zotero_choice=bool(collection or tag or zotero_base),
                  replace_lexicon=replace_lexicon, lexicon=lexicon)
    from litmine.concepts.lexicon import load_lexicon
    from litmine.ingest import ingest_corpus  # the readers load numpy: only the commands that read files import them
    from litmine.ingest.zotero import ingest_zotero

    try:
        concepts = load_lexicon(lexicon, replace=replace_lexicon)
    except LitmineError as exc:
        fail(exc)
    limits = limits_from_options(time_limit, max_text_mb, max_memory_mb)
    store = open_store(db)
    on_event, done = _reporter()
    try:
        if zotero is not None:
            report = ingest_zotero(zotero, store, collections=collection, tags=tag, base=zotero_base,
                                   metadata=metadata or [], jobs=jobs, force=force, prune=prune,
                                   on_event=on_event, concepts=concepts, scheduler=scheduler, limits=limits)
        else:
            report = ingest_corpus(corpus, store, metadata=metadata or [], jobs=jobs, force=force, prune=prune,
                                   on_event=on_event, concepts=concepts, scheduler=scheduler, limits=limits)
    except LitmineError as exc:
        done()
        fail(exc)
    finally:
        store.close()
    done()
    typer.echo(f"ingest: {report.summary()}" + (f"; {report.sidecar_matches} matched to sidecar metadata"
                                                 if report.sidecar_matches else ""))
    if report.tagged:
        typer.echo(f"concepts: {report.mentions} mentions in {report.tagged} document(s)"
                   + (f", {report.glossary_mentions} more through the corpus glossary ({', '.join(report.glossary)})"
                      if report.glossary_mentions else ""))
    if not report.added and not report.updated and not report.failed and not report.pruned:
        typer.echo("ingest: nothing changed")
    sidecar_failed = any(Path(p).suffix.lower() in METADATA_SUFFIXES for p, _ in report.failed)
    raise typer.Exit(EXIT_BAD_SIDECAR if sidecar_failed else 0 if report.ok else EXIT_FILES_FAILED)


def _reporter():
    """A rich progress bar on a terminal, plain lines otherwise. Failures always get their own line."""
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(stderr=True)
        progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            TextColumn("{task.description}"), console=console, transient=True)
        state = {"task": None}

        def on_event(kind: str, path: str, msg: str) -> None:
            if kind == "start":
                progress.start()
                state["task"] = progress.add_task("", total=int(msg))
            elif kind in ("added", "updated", "failed") and state["task"] is not None:
                progress.update(state["task"], advance=1, description=progress_name(path))
            if kind in ("failed", "missing", "duplicate", "pruned", "sidecar", "zotero"):
                progress.console.print(event_line(kind, path, msg), markup=False, highlight=False)

        return on_event, progress.stop

    def plain(kind: str, path: str, msg: str) -> None:
        if kind == "start":
            typer.echo(f"ingest: {msg} file(s) to read under {path}", err=True)
        else:
            typer.echo(event_line(kind, path, msg), err=True)

    return plain, lambda: None
