"""`litmine query`: passages by concept or text, quotable; the concept matrix; review exports."""


from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import DbOption, LexiconOption, ReplaceLexiconOption, app, fail, tagged_store, write_rows
from litmine.cli.app import Format as RowFormat
from litmine.errors import LitmineError, write_error
from litmine.export.atomic import write_text_atomic


class QueryFormat(str, Enum):
    table = "table"
    md = "md"
    csv = "csv"
    json = "json"
    bibtex = "bibtex"


class MatrixBy(str, Enum):
    year = "year"
    document = "document"


class Unit(str, Enum):
    passage = "passage"
    sentence = "sentence"
    document = "document"


class Source(str, Enum):
    text = "text"
    references = "references"
    all = "all"


_SUFFIX_FORMAT = {".md": QueryFormat.md, ".markdown": QueryFormat.md, ".csv": QueryFormat.csv,
                  ".json": QueryFormat.json, ".bib": QueryFormat.bibtex}


def _describe(text: str | None, concepts: list[str], with_: list[str], near: int | None, years: str | None,
              doc: str | None, section: str | None, lang: str | None) -> str:
    parts = [f"text {text!r}"] if text else []
    if concepts:
        parts.append("concept " + " or ".join(concepts))
    if with_:
        parts.append("with " + " and ".join(with_) + (f" within {near} words" if near is not None else ""))
    for name, value in (("years", years), ("document", doc), ("section", section), ("language", lang)):
        if value:
            parts.append(f"{name} {value}")
    return "Query: " + "; ".join(parts)


def _mention_id_lines(hits) -> list[str]:
    """One line per hit with concept mentions: its rank and the stable ids of the mentions it shows.

    Example:
        >>> _mention_id_lines([])
        []
    """
    from litmine.concepts.vetoes import mention_id
    from litmine.export.sanitize import clean_terminal_text

    lines = []
    for rank, h in enumerate(hits, 1):
        ids = [mention_id(h.document.id, h.passage.index, s.start, s.concept) for s in h.spans if s.concept]
        if ids:
            lines.append(clean_terminal_text(f"#{rank}: " + " ".join(dict.fromkeys(ids))))
    return lines


def _emit(content: str, out: Path | None, what: str) -> None:
    if out is None:
        typer.echo(content, nl=False)
        return
    try:
        write_text_atomic(out, content)
    except OSError as exc:
        fail(write_error(out, exc))
    typer.echo(f"wrote {what} to {out}", err=True)


@app.command()
def query(
    text: Annotated[str | None, typer.Argument(
        help='Full-text query (FTS5: words are stemmed; "exact phrases", AND, OR, NOT, brackets, prefix*).',
        show_default=False)] = None,
    concept: Annotated[list[str] | None, typer.Option(
        "--concept", "-c", metavar="ID", show_default=False,
        help="A concept id or label (repeatable: a passage holding any of them matches). Every spelling the "
             "lexicon knows counts.")] = None,
    with_: Annotated[list[str] | None, typer.Option(
        "--with", "-w", metavar="ID", show_default=False,
        help="A concept that must occur in the passage too (repeatable: all of them).")] = None,
    near: Annotated[int | None, typer.Option(
        "--near", min=0, show_default=False,
        help="With --with: its mention stands within N words of a --concept mention.")] = None,
    years: Annotated[str | None, typer.Option(
        "--years", metavar="A-B", show_default=False,
        help="Publication years: 2010-2018, 2015, 2010- or -2018 (undated documents left out).")] = None,
    doc: Annotated[str | None, typer.Option("--doc", metavar="ID", show_default=False,
                                            help="One document: an id prefix or part of its path.")] = None,
    section: Annotated[str | None, typer.Option("--section", show_default=False,
                                                help="Part of the section title (case ignored).")] = None,
    lang: Annotated[str | None, typer.Option("--lang", show_default=False,
                                             help="The passage's language code (en, de, fr...).")] = None,
    context: Annotated[int, typer.Option("--context", min=0,
                                         help="Neighbouring passages to show before and after each hit.")] = 0,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="Hits to show (0: all).")] = 20,
    source: Annotated[Source, typer.Option(
        "--source", help="Search the text (reference lists left out), the reference lists, or both.")] = Source.text,
    fmt: Annotated[QueryFormat | None, typer.Option(
        "--format", "-f", show_default=False,
        help="table (default), md (quotes grouped by concept and year, for a review), csv, json, or bibtex (the "
             "documents quoted). Default with --out: from the file's suffix.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", show_default=False,
                                             help="Write to this file instead of printing.")] = None,
    bib: Annotated[Path | None, typer.Option("--bib", show_default=False,
                                             help="Also write BibTeX of the documents quoted to this file.")] = None,
    matrix: Annotated[bool, typer.Option(
        "--matrix", help="Count the passages where the --concept concepts meet (a matrix coding query).")] = False,
    by: Annotated[MatrixBy | None, typer.Option(
        "--by", show_default=False, help="With --matrix: concepts per year or per document instead.")] = None,
    unit: Annotated[Unit, typer.Option("--unit", help="With --matrix: what a cell counts.")] = Unit.passage,
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
) -> None:
    """Passages by concept or text, each with a citation ready for a review: "(Lindsay et al., 2018, p. 5)".

    Concept queries use the stored mentions (co-production finds coproduction and co-produced) and rank passages
    by how many mentions they hold; text queries use the full-text index, ranked by BM25; both together must both
    hold. --matrix counts the passages where concepts meet (or, with --by, concepts per year or document).

    Example: litmine query --concept co-production --with lone-parents --near 20 --format md
    """
    from litmine.export.review import build_review, quoted_documents
    from litmine.query import find_passages

    if fmt is None:
        fmt = _SUFFIX_FORMAT.get(out.suffix.lower(), QueryFormat.table) if out else QueryFormat.table
    if out and fmt is QueryFormat.table:
        fail(f"{out}: --out needs --format md, csv, json or bibtex (or a file ending .md, .csv, .json or .bib)")
    if matrix and (text or with_ or near is not None or context or bib):
        fail("--matrix takes --concept, --by, --unit and the filters (--years, --doc, --section, --lang), "
             "not TEXT, --with, --near, --context or --bib")
    if by and not matrix:
        fail("--by goes with --matrix")
    store = tagged_store(db, lexicon, replace_lexicon)
    concepts, with_ = concept or [], with_ or []
    if matrix:
        _print_matrix(store, concepts, by=by, unit=unit, years=years, doc=doc, section=section, lang=lang,
                      source=source, fmt=fmt, out=out)
        return
    try:
        hits = find_passages(store, text=text, concepts=concepts, with_concepts=with_, near=near, years=years,
                             doc=doc, section=section, language=lang, context=context, limit=limit,
                             source=source.value)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable
    described = _describe(text, concepts, with_, near, years, doc, section, lang)
    if not hits:
        typer.echo(f"No passages match. {described}", err=fmt is not QueryFormat.table)
        if fmt is QueryFormat.table:
            return
    if fmt is QueryFormat.table:
        _print_hits_table(hits, described)
    else:
        labels = {c["id"]: c["label"] for c in store.concept_rows()}
        _emit(build_review(hits, fmt.value, labels=labels, query=described), out,
              f"{len(hits)} passages" if fmt is not QueryFormat.bibtex else "the documents quoted")
    if bib:
        _emit(build_review(hits, "bibtex"), bib, f"BibTeX for {len(quoted_documents(hits))} documents")


def _print_matrix(store, concepts: list[str], *, by: MatrixBy | None, unit: Unit, years: str | None, doc: str | None,
                  section: str | None, lang: str | None, source: Source, fmt: QueryFormat, out: Path | None) -> None:
    """--matrix: the counts as a table (with how to read a cell's passages), or md, csv or json text."""
    from litmine.export.review import build_matrix_text
    from litmine.query import build_concept_matrix

    try:
        m = build_concept_matrix(store, concepts, by=by.value if by else None, unit=unit.value, years=years,
                                 doc=doc, section=section, language=lang, source=source.value)
    except LitmineError as exc:
        fail(exc)
        raise  # unreachable
    title = f"{unit.value.capitalize()}s where concepts meet" if by is None else \
        f"{unit.value.capitalize()}s per concept and {by.value}"
    if fmt is QueryFormat.bibtex:
        fail("--matrix prints table, md, csv or json")
    if fmt is not QueryFormat.table:
        _emit(build_matrix_text(m.rows, m.columns, fmt.value, title=title), out, "the matrix")
        return
    write_rows(m.rows, RowFormat.table, m.columns, title=title)
    if unit is Unit.passage:
        a, b = (m.concepts + m.concepts)[:2]
        hint = {None: f"litmine query --concept {a} --with {b}", "year": f"litmine query --concept {a} --years "
                "YEAR", "document": f"litmine query --concept {a} --doc DOC_ID"}[by.value if by else None]
        typer.echo(f"Passages of a cell: {hint}")


def _print_hits_table(hits, described: str) -> None:
    """The hits as a rich table, the mention ids to veto, and how many passages from how many documents."""
    from rich.console import Console

    from litmine.export.review import build_hits_table

    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(build_hits_table(hits, title=described))
    ids = _mention_id_lines(hits)
    if ids:
        typer.echo("Mention ids (for `litmine concepts --veto-mention ID`):\n" + "\n".join(ids))
    n_docs = len({h.document.id for h in hits})
    shown = f"{len(hits)} of {hits.total}" if hits.total > len(hits) else f"{len(hits)}"
    more = " (--limit 0 shows all)" if hits.total > len(hits) else ""
    typer.echo(f"{shown} passage{'s' if hits.total != 1 else ''} from {n_docs} "
               f"document{'s' if n_docs != 1 else ''}{more}.")
