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

# Okabe–Ito (colour-blind safe; black left out, it is the label colour), then darker and lighter variants of it
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#999933", "#8C5A00",
           "#2B6F99", "#005C45", "#7A3300", "#88446F", "#A6A000", "#F5C766", "#9CD3F2")


def cluster_colour(cluster: int | None) -> str:
    """A colour per cluster number (1 = the first palette colour); grey when there is none."""
    return PALETTE[(cluster - 1) % len(PALETTE)] if cluster else "#999999"


def write_network_plot(g: nx.Graph, path: str | Path, *, title: str | None = None, size: str = "mentions",
                       seed: int = 42, width: float = 12.0, height: float = 9.0, caption: str | None = None,
                       dpi: int = 150) -> Path:
    """Draw g with a spring layout (fixed seed): node area by the `size` attribute, colour by cluster (legend: each
    cluster's most mentioned concept), labels placed apart (no two label boxes overlap), edge width by weight, and a
    caption line (corpus, unit, measure, period; by default from the graph's attributes). The format follows the file
    suffix (.png, at dpi, or .svg). ``width=3.5, dpi=300`` fits a journal column.

    Example:
        >>> write_network_plot(nx.Graph([("a", "b")]), "outputs/networks/concepts.png")  # doctest: +SKIP
    """
    import matplotlib

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"{path}: a network drawing is .png or .svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    # svg: text stays text (searchable, copyable labels); a fixed hash salt keeps the file identical run to run
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "litmine"}):
        fig, _ = draw_network(g, title=title, size=size, seed=seed, width=width, height=height, caption=caption)
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=fmt, dpi=dpi if fmt == "png" else None, bbox_inches="tight",
                        metadata={"Software": "litmine"} if fmt == "png" else {"Date": None})
    return path


def draw_network(g: nx.Graph, *, title: str | None = None, size: str = "mentions", seed: int = 42,
                 width: float = 12.0, height: float = 9.0, caption: str | None = None):
    """The drawing of write_network_plot as a matplotlib Figure, and the label boxes (display space) placed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    from litmine.thematic import figure_caption

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(clean_xml_text(title))
    boxes: list = []
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no concepts to draw", ha="center", va="center", transform=ax.transAxes)
    else:
        boxes = _draw(g, ax, LineCollection, size=size, seed=seed, fontsize=8 if width >= 6 else 6)
    if caption is None and g.graph.get("unit"):
        caption = figure_caption(g, note=f"node area: {size}; links: weight")
    if caption:
        from litmine.export.thematic_plot import _caption

        _caption(ax, caption, 8 if width >= 6 else 6, below=ax.get_legend() or ax)
    return fig, boxes


def _draw(g: nx.Graph, ax, line_collection, *, size: str, seed: int, fontsize: float = 8) -> list:
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
    ax.margins(0.08)
    clusters: dict = {}
    for n in sorted(nodes, key=lambda n: -(g.nodes[n].get(size) or 0)):
        k = g.nodes[n].get("cluster")
        if k and g.degree(n) and k not in clusters:
            clusters[k] = str(g.nodes[n].get("label", n))
    handles = [ax.scatter([], [], s=40, c=cluster_colour(k), label=clean_xml_text(f"cluster {k}: {name}"[:40]))
               for k, name in sorted(clusters.items())[:12]]
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=3 if len(handles) > 4 else 2,
                  fontsize=fontsize - 1, frameon=False)
    renderer = ax.figure.canvas.get_renderer()
    ax.figure.canvas.draw()
    order = sorted(range(len(nodes)), key=lambda i: -values[i])
    items = [(xs[i], ys[i], clean_xml_text(str(g.nodes[nodes[i]].get("label", nodes[i]))), math.sqrt(areas[i]) / 2)
             for i in order]
    from litmine.export.thematic_plot import place_labels

    return place_labels(ax, items, renderer, fontsize=fontsize, within=ax.get_window_extent(renderer))
