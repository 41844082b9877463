"""Static drawings of a network (PNG or SVG) with matplotlib, for papers and slides.

matplotlib is imported only when a drawing is asked for, and only its object API (no pyplot), so nothing here
touches a display or global figure state.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from litmine.export.plot_style import figure_paths, lay_out, save_figure
from litmine.export.captions import figure_caption
from litmine.export.sanitize import clean_xml_text

# Okabe–Ito (colour-blind safe; black left out, it is the label colour); past seven clusters the marker changes
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442")
MARKERS = ("o", "s", "^", "D", "v", "p")


def cluster_colour(cluster: int | None) -> str:
    """A colour per cluster number (1 = the first palette colour); grey when there is none."""
    return PALETTE[(cluster - 1) % len(PALETTE)] if cluster else "#999999"


def cluster_marker(cluster: int | None) -> str:
    """The node shape per cluster number: circles for the first seven clusters, then squares, triangles...

    Example:
        >>> cluster_marker(1), cluster_marker(8), cluster_marker(None)
        ('o', 's', 'o')
    """
    return MARKERS[((cluster - 1) // len(PALETTE)) % len(MARKERS)] if cluster else "o"


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
    return write_network_plots(g, [path], title=title, size=size, seed=seed, width=width, height=height,
                               caption=caption, dpi=dpi)[0]


def write_network_plots(g: nx.Graph, paths, *, title: str | None = None, size: str = "mentions", seed: int = 42,
                        width: float = 12.0, height: float = 9.0, caption: str | None = None,
                        dpi: int = 150) -> list[Path]:
    """Draw g once (layout and all, as write_network_plot) and save the drawing to each path, .png (at dpi) or
    .svg: the same files as a draw per path (checked byte for byte on the 1,000-document scale corpus), for one
    draw's CPU."""
    import matplotlib

    paths = figure_paths(paths, "a network drawing")
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    # svg: text stays text (searchable, copyable labels); a fixed hash salt keeps the file identical run to run
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "litmine"}):
        fig, _ = draw_network(g, title=title, size=size, seed=seed, width=width, height=height, caption=caption)
        save_figure(fig, paths, dpi=dpi, pad=None)
    return paths


def draw_network(g: nx.Graph, *, title: str | None = None, size: str = "mentions", seed: int = 42,
                 width: float = 12.0, height: float = 9.0, caption: str | None = None):
    """The drawing of write_network_plot as a matplotlib Figure, and the label boxes (display space) placed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    from litmine.export.plot_style import font_sizes

    sizes = font_sizes(width)
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(clean_xml_text(title), fontsize=sizes["title"])
    boxes: list = []
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no concepts to draw", ha="center", va="center", transform=ax.transAxes)
    else:
        boxes = _draw(g, ax, LineCollection, size=size, seed=seed, fontsize=sizes["text"])
    if caption is None and g.graph.get("unit"):
        caption = figure_caption(g, note=f"node area: {size}; links: weight")
    if caption:
        from litmine.export.thematic_plot import _caption

        _caption(ax, caption, sizes["small"] + 1.5, below=ax.get_legend() or ax)  # _caption: 1.5 pt under
    return fig, boxes


def _draw(g: nx.Graph, ax, line_collection, *, size: str, seed: int, fontsize: float = 8) -> list:
    """Edges, nodes, the cluster legend and the labels of g on ax; returns the label boxes placed."""
    weights = [d.get("weight", 1) or 0 for *_, d in g.edges(data=True)]
    # the layout pulls strongly linked concepts together; all-zero weights would make it ignore edges
    layout_weight = "weight" if any(w > 0 for w in weights) else None
    pos = nx.spring_layout(g, seed=seed, weight=layout_weight, k=1.5 / math.sqrt(g.number_of_nodes()))
    nodes = list(g.nodes)
    if weights:
        _draw_edges(g, ax, line_collection, pos, weights)
    values = [float(g.nodes[n].get(size, 1) or 1) for n in nodes]
    biggest = max(values)
    scale = min(1.0, (ax.figure.get_figwidth() / 12.0) ** 2 * 2)  # smaller bubbles in a narrow figure
    areas = [(80 + 1500 * v / biggest) * scale for v in values]
    xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
    _draw_nodes(g, ax, nodes, xs, ys, areas)
    ax.margins(0.08)
    _cluster_legend(g, ax, nodes, size=size, fontsize=fontsize)
    renderer = ax.figure.canvas.get_renderer()
    lay_out(ax.figure)
    order = sorted(range(len(nodes)), key=lambda i: -values[i])
    items = [(xs[i], ys[i], clean_xml_text(str(g.nodes[nodes[i]].get("label", nodes[i]))), math.sqrt(areas[i]) / 2)
             for i in order]
    from litmine.export.thematic_plot import place_labels

    return place_labels(ax, items, renderer, fontsize=fontsize, within=ax.get_window_extent(renderer),
                        soft=_node_boxes(ax, xs, ys, areas))


def _draw_edges(g: nx.Graph, ax, line_collection, pos: dict, weights: list[float]) -> None:
    """The links as one collection, width by weight (the heaviest 5 pt)."""
    top = max(weights) or 1
    segments = [(pos[a], pos[b]) for a, b in g.edges()]
    widths = [0.5 + 4.5 * (w / top) for w in weights]
    ax.add_collection(line_collection(segments, linewidths=widths, colors="#888888", alpha=0.45, zorder=1))


def _draw_nodes(g: nx.Graph, ax, nodes: list, xs: list[float], ys: list[float], areas: list[float]) -> None:
    """The nodes, one scatter per marker shape, coloured by cluster."""
    for marker in dict.fromkeys(cluster_marker(g.nodes[n].get("cluster")) for n in nodes):
        pick = [i for i, n in enumerate(nodes) if cluster_marker(g.nodes[n].get("cluster")) == marker]
        ax.scatter([xs[i] for i in pick], [ys[i] for i in pick], s=[areas[i] for i in pick], marker=marker,
                   c=[cluster_colour(g.nodes[nodes[i]].get("cluster")) for i in pick], alpha=0.85,
                   edgecolors="white", linewidths=1.0, zorder=2)


def _cluster_legend(g: nx.Graph, ax, nodes: list, *, size: str, fontsize: float) -> None:
    """A legend under the plot naming each cluster (at most 14) by its biggest linked concept."""
    clusters: dict = {}
    for n in sorted(nodes, key=lambda n: -(g.nodes[n].get(size) or 0)):
        k = g.nodes[n].get("cluster")
        if k and g.degree(n) and k not in clusters:
            clusters[k] = str(g.nodes[n].get("label", n))
    narrow = ax.figure.get_figwidth() < 5
    handles = [ax.scatter([], [], s=30, c=cluster_colour(k), marker=cluster_marker(k),
                          label=clean_xml_text(f"cluster {k}: {name}"[:26 if narrow else 40]))
               for k, name in sorted(clusters.items())[:14]]
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01),
                  ncol=2 if narrow or len(handles) <= 4 else 3, fontsize=fontsize, frameon=False,
                  handletextpad=0.3, columnspacing=1.0)


def _node_boxes(ax, xs: list[float], ys: list[float], areas: list[float]) -> list:
    """Each node's square in display space: labels keep off other nodes where they can."""
    from matplotlib.transforms import Bbox

    boxes = []
    for x, y, area in zip(xs, ys, areas):
        cx, cy = ax.transData.transform((x, y))
        half = math.sqrt(area) / 2 * ax.figure.dpi / 72
        boxes.append(Bbox.from_extents(cx - half, cy - half, cx + half, cy + half))
    return boxes
