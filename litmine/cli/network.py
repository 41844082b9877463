"""The `litmine network` group and `litmine network citations` (citation graphs); `litmine network concepts` is in
network_concepts.py."""


from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from litmine.cli.app import DbOption, app, fail, open_store
from litmine.errors import write_error
from litmine.export.formats import GRAPH_FORMATS
from litmine.export.sanitize import clean_terminal_text

network_app = typer.Typer(help="Networks: citation graphs and concept co-occurrence networks as graph files, plots and "
                               "maps.", no_args_is_help=True)
app.add_typer(network_app, name="network")


class NetworkKind(str, Enum):
    direct = "direct"
    cocitation = "cocitation"
    coupling = "coupling"


@network_app.command("citations")
def network_citations(
    db: DbOption = None,
    kind: Annotated[NetworkKind, typer.Option("--kind", "-k", help="direct, cocitation or coupling.")] =
    NetworkKind.direct,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the graph files.")] = Path("outputs/networks"),
    format: Annotated[list[str] | None, typer.Option(
        "--format", "-f", help=f"Graph formats, repeatable: {', '.join(GRAPH_FORMATS)} (default: all).")] = None,
    min_weight: Annotated[int, typer.Option("--min-weight", help="Drop edges lighter than this.", min=1)] = 1,
    min_citing: Annotated[int | None, typer.Option(
        "--min-citing", help="Keep only works cited by at least this many corpus documents (default: 2 for "
        "cocitation, 1 otherwise).", min=1)] = None,
    top: Annotated[int, typer.Option("--top", help="How many most-cited works to print.", min=0)] = 10,
) -> None:
    """Citation graph of the corpus: direct (document → work), co-citation or bibliographic coupling, written as
    GraphML, GEXF, VOSviewer map + network and JSON, CSV and node-link JSON.

    Edge weights: direct, how often the citing document calls the work out in its text (in-text callouts and
    footnote marks, once each however many of its entries print the work; 1 for a work listed but never called
    out); cocitation, the number of documents citing both works; coupling, the number of works both documents
    cite. A one-line note says when the graph is thin or degenerate (documents that share almost no references).

    Example: litmine network citations --kind cocitation --out outputs/networks
    """
    from litmine.export.graphs import write_graph  # networkx loads only in the commands that build graphs
    from litmine.networks import build_citation_graph, most_cited

    formats = tuple(format or GRAPH_FORMATS)
    bad = [f for f in formats if f not in GRAPH_FORMATS]
    if bad:
        fail(f"unknown graph format {bad[0]!r} (choose from {', '.join(GRAPH_FORMATS)})")
    store = open_store(db, must_exist=True)
    g = build_citation_graph(store, kind=kind.value, min_weight=min_weight, min_citing=min_citing)
    store.close()
    notes: list[str] = []
    try:
        files = write_graph(g, out, f"citations_{kind.value}", formats, notes=notes)
    except OSError as exc:
        fail(write_error(out, exc))
    for note in notes:  # a file asked for and not written (VOSviewer's under 3 nodes)
        typer.echo(f"note: {note}", err=True)
    typer.echo(f"{kind.value} citation network: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    if g.graph.get("note"):
        typer.echo(f"note: {g.graph['note']}")
    for f in files:
        typer.echo(f"  {f}")
    if top and g.number_of_nodes():
        typer.echo("most cited (corpus documents citing, in-text callouts):")
        for n, d in most_cited(g, top):
            if d.get("citations"):
                years = f", {d['first_cited']}-{d['last_cited']}" if d.get("first_cited") else ""
                typer.echo(clean_terminal_text(f"  {d.get('citations', 0):3d} {d.get('callouts', 0):4d}  "
                                               f"{d.get('label', n)}  {(d.get('title') or '')[:70]}{years}"))
