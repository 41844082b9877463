"""`litmine network concepts`: concept co-occurrence networks, whole corpus or per period, in graph formats."""


from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import (
    Counted,
    DbOption,
    LexiconOption,
    ReplaceLexiconOption,
    fail,
    tagged_store,
)
from litmine.cli.network import network_app
from litmine.errors import LitmineError, write_error
from litmine.export.captions import MEASURE_NAMES
from litmine.export.formats import CONCEPT_FORMATS, THEMATIC_FORMATS
from litmine.export.sanitize import clean_terminal_text


class UnitChoice(str, Enum):
    sentence = "sentence"
    paragraph = "paragraph"
    document = "document"



class MeasureChoice(str, Enum):
    count = "count"
    association = "association"
    jaccard = "jaccard"
    inclusion = "inclusion"
    cosine = "cosine"
    equivalence = "equivalence"
    pmi = "pmi"


@network_app.command("concepts")
def network_concepts(
    db: DbOption = None,
    lexicon: LexiconOption = None,
    replace_lexicon: ReplaceLexiconOption = False,
    unit: Annotated[UnitChoice, typer.Option("--unit", "-u", help="Concepts co-occur in the same sentence, "
                                             "paragraph or document.")] = UnitChoice.paragraph,
    measure: Annotated[MeasureChoice, typer.Option("--measure", "-m", help="Edge weight: count, association "
                                                   "(strength), jaccard, inclusion, cosine, equivalence "
                                                   "(bibliometrix's) or pmi (positive).")] = MeasureChoice.association,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Fewest co-occurrences for an edge.")] = 1,
    min_weight: Annotated[float, typer.Option("--min-weight", min=0.0, help="Lowest normalised weight kept.")] = 0.0,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Keep only the N heaviest edges.",
                                            show_default=False)] = None,
    slice_spec: Annotated[str | None, typer.Option("--slice", help="One network per window of years from the "
                                                   "first corpus year, e.g. 5y.", show_default=False)] = None,
    period: Annotated[list[str] | None, typer.Option("--period", help="One network per period, repeatable: "
                                                     "--period 2003-2010 --period 2011-2024.",
                                                     show_default=False)] = None,
    format: Annotated[list[str] | None, typer.Option(
        "--format", "-f", help=f"Formats, repeatable: {', '.join(CONCEPT_FORMATS)} (default: all).",
        show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the files.")] = Path("outputs/networks"),
    name: Annotated[str, typer.Option("--name", help="File name stem.")] = "concepts",
    drop_isolates: Annotated[bool, typer.Option("--drop-isolates", help="Leave out concepts without an edge.")]
    = False,
    n_units: Annotated[str, typer.Option("--n-units", help="N of association strength and PMI: 'mentioned' (units "
                                         "holding a concept mention) or 'all' (every unit of the corpus).")]
    = "mentioned",
    size: Annotated[Counted, typer.Option("--size", help="Node size in the drawings and the HTML map (the map "
                                                            "can switch).")] = Counted.mentions,
    thematic_map: Annotated[bool, typer.Option("--thematic-map", help="Also the thematic map (strategic diagram: "
                                               "cluster centrality x density, motor/niche/emerging or declining/"
                                               "basic themes) as CSV, PNG, SVG and HTML; one per period when "
                                               "sliced.")] = False,
    evolution: Annotated[bool, typer.Option("--evolution", help="Also the thematic evolution (themes per --slice "
                                            "or --period period, flows weighted by the inclusion index) as CSV, "
                                            "PNG, SVG and HTML.")] = False,
) -> None:
    """Concept co-occurrence network: nodes are lexicon concepts (size = mentions or documents), edges join concepts that meet
    in the same sentence, paragraph or document, weighted by count, association strength, Jaccard, inclusion,
    cosine or PMI, with Louvain clusters. Every edge lists the passages where its concepts meet. With --slice or
    --period, one network per period and a table of how clusters evolve. Documents without a year are left out of
    sliced networks.

    Example: litmine network concepts --unit sentence --measure association --slice 5y
    """
    from litmine.cooccurrence import write_concept_networks  # networkx loads only in the commands that draw graphs
    from litmine.thematic import write_thematic_files

    formats = tuple(dict.fromkeys(format or CONCEPT_FORMATS))
    _check_options(formats, slice_spec=slice_spec, period=period, n_units=n_units, name=name, evolution=evolution)
    store = tagged_store(db, lexicon, replace_lexicon)
    thematic_files: list[Path] = []
    try:
        result = write_concept_networks(store, out, name=name, formats=formats, unit=unit.value,
                                        measure=measure.value, min_count=min_count, min_weight=min_weight, top=top,
                                        slice_spec=slice_spec, period_specs=period or (), drop_isolates=drop_isolates,
                                        size=size.value, n_units=n_units)
        if thematic_map or evolution:
            # the thematic files follow --format where it names any of csv/png/svg/html, else all four
            wanted = [f for f in THEMATIC_FORMATS if f in formats] or list(THEMATIC_FORMATS)
            doc_of = {m["passage_id"]: m["doc_id"] for m in store.mention_rows(source="text")}
            thematic_files = write_thematic_files([(label, g) for label, g, _ in result.networks], out, name,
                                                  thematic_map_wanted=thematic_map, evolution_wanted=evolution,
                                                  formats=wanted, store=store, doc_of=doc_of)
    except LitmineError as exc:
        fail(exc)
        return
    except OSError as exc:
        fail(write_error(out, exc))
        return
    finally:
        store.close()
    _print_networks(result, thematic_files, unit=unit.value, measure=measure.value)
    for note in result.notes:  # a file asked for and not written (VOSviewer's under 3 concepts)
        typer.echo(f"note: {note}", err=True)


def _check_options(formats: tuple[str, ...], *, slice_spec: str | None, period: list[str] | None, n_units: str,
                   name: str, evolution: bool) -> None:
    """A one-line error for options that are unknown or do not go together."""
    bad = [f for f in formats if f not in CONCEPT_FORMATS]
    if bad:
        fail(f"unknown network format {bad[0]!r} (choose from {', '.join(CONCEPT_FORMATS)})")
    if slice_spec and period:
        fail("give either --slice or --period, not both")
    if n_units not in ("mentioned", "all"):
        fail(f"bad --n-units {n_units!r} (choose mentioned or all)")
    if not name or "/" in name or "\\" in name:
        fail(f"bad --name {name!r}: a file name stem without folders")
    if evolution and not (slice_spec or period):
        fail("--evolution needs periods: give --slice (e.g. 5y) or two --period options")


def _print_networks(result, thematic_files: list[Path], *, unit: str, measure: str) -> None:
    """One line per network (concepts, edges, clusters, units, documents) and its files; the thematic files; the
    cluster evolution between periods."""
    how = f"{unit} co-occurrence, {MEASURE_NAMES[measure]}"
    for label, g, files in result.networks:
        clusters = len({d.get("cluster") for n, d in g.nodes(data=True) if g.degree(n)})
        typer.echo(f"concepts{' ' + label if label else ''}: {g.number_of_nodes()} concepts, "
                   f"{_n(g.number_of_edges(), 'edge')}, {_n(clusters, 'cluster')}, "
                   f"{_n(g.graph['units'], unit)}, {_n(g.graph['documents'], 'document')} ({how})")
        for f in files:
            typer.echo(f"  {f}")
    if thematic_files:
        typer.echo("thematic map / evolution:")
        for f in thematic_files:
            typer.echo(f"  {f}")
    if result.evolution_file:
        if result.undated:
            typer.echo(f"{_n(result.undated, 'document')} without a year left out of the sliced networks")
        typer.echo(f"cluster evolution ({_n(len(result.evolution), 'event')}): {result.evolution_file}")
        for r in result.evolution:
            froms = "; ".join(map(str, r["from_clusters"])) or "-"
            tos = "; ".join(map(str, r["to_clusters"])) or "-"
            typer.echo(clean_terminal_text(f"  {r['from_period']} -> {r['to_period']}  {r['event']:<8} [{froms}] -> "
                                           f"[{tos}]  J={r['jaccard']}  {_labels(r['from_concepts'])} -> "
                                           f"{_labels(r['to_concepts'])}"))


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _labels(labels: list[str], most: int = 5) -> str:
    if not labels:
        return "-"
    more = f" +{len(labels) - most} more" if len(labels) > most else ""
    return "; ".join(labels[:most]) + more
