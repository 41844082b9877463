"""Static drawings of a network (PNG or SVG) with matplotlib, for papers and slides.

matplotlib is imported only when a drawing is asked for, and only its object API (no pyplot), so nothing here
touches a display or global figure state.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from litmine.export.atomic import atomic_path
from litmine.export.sanitize import clean_xml_text

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd")


def cluster_colour(cluster: int | None) -> str:
    """A colour per cluster number (1 = the first palette colour); grey when there is none."""
    return PALETTE[(cluster - 1) % len(PALETTE)] if cluster else "#999999"


def write_network_plot(g: nx.Graph, path: str | Path, *, title: str | None = None, size: str = "mentions",
                       seed: int = 42, width: float = 12.0, height: float = 9.0) -> Path:
    """Draw g with a spring layout (fixed seed): node area by the `size` attribute, colour by cluster, labels, edge
    width by weight. The format follows the file suffix (.png or .svg).

    Example:
        >>> write_network_plot(nx.Graph([("a", "b")]), "outputs/networks/concepts.png")  # doctest: +SKIP
    """
    import matplotlib
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"{path}: a network drawing is .png or .svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    # svg: text stays text (searchable, copyable labels); a fixed hash salt keeps the file identical run to run
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "litmine"}):
        fig = Figure(figsize=(width, height))
        ax = fig.add_subplot()
        ax.set_axis_off()
        if title:
            ax.set_title(clean_xml_text(title))
        if g.number_of_nodes() == 0:
            ax.text(0.5, 0.5, "no concepts to draw", ha="center", va="center", transform=ax.transAxes)
        else:
            _draw(g, ax, LineCollection, size=size, seed=seed)
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=fmt, dpi=150 if fmt == "png" else None, bbox_inches="tight",
                        metadata={"Software": "litmine"} if fmt == "png" else {"Date": None})
    return path


def _draw(g: nx.Graph, ax, line_collection, *, size: str, seed: int) -> None:
    weights = [d.get("weight", 1) or 0 for *_, d in g.edges(data=True)]
    # the layout pulls strongly linked concepts together; all-zero weights would make it ignore edges
    layout_weight = "weight" if any(w > 0 for w in weights) else None
    pos = nx.spring_layout(g, seed=seed, weight=layout_weight, k=1.5 / math.sqrt(g.number_of_nodes()))
    nodes = list(g.nodes)
    if weights:
        top = max(weights) or 1
        segments = [(pos[a], pos[b]) for a, b in g.edges()]
        widths = [0.5 + 4.5 * (w / top) for w in weights]
        ax.add_collection(line_collection(segments, linewidths=widths, colors="#888888", alpha=0.45, zorder=1))
    values = [float(g.nodes[n].get(size, 1) or 1) for n in nodes]
    biggest = max(values)
    areas = [80 + 1500 * v / biggest for v in values]
    colours = [cluster_colour(g.nodes[n].get("cluster")) for n in nodes]
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    ax.scatter(xs, ys, s=areas, c=colours, alpha=0.85, edgecolors="white", linewidths=1.0, zorder=2)
    for n, x, y, area in zip(nodes, xs, ys, areas):
        # just above the node (offset by its radius, in points) so the label does not hide its colour
        ax.annotate(clean_xml_text(str(g.nodes[n].get("label", n))), (x, y), xytext=(0, math.sqrt(area) / 2 + 1),
                    textcoords="offset points", fontsize=8, ha="center", va="bottom", zorder=3,
                    bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.6})
    ax.margins(0.08)
