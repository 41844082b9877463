"""Static drawings (PNG or SVG) of the thematic map (strategic diagram) and of thematic evolution (alluvial).

Both use the Okabe–Ito palette (told apart with the common colour-vision deficiencies), carry a title and a caption
line (corpus, unit, measure, period), and place labels so that no two label boxes overlap (:func:`place_labels`:
greedy, biggest theme first, trying positions around the point in widening rings; the boxes are measured by
matplotlib's renderer). ``width=3.5`` gives a journal-column figure; PNGs are written at 300 dpi.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from litmine.export.atomic import atomic_path
from litmine.export.plot_style import font_sizes, lay_out
from litmine.export.sanitize import clean_xml_text

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
QUADRANT_COLOURS = {"motor": "#D55E00", "niche": "#0072B2", "emerging or declining": "#999999", "basic": "#009E73"}


def _overlaps(a, b, pad: float = 1.0) -> bool:
    return not (a.x1 + pad <= b.x0 or b.x1 + pad <= a.x0 or a.y1 + pad <= b.y0 or b.y1 + pad <= a.y0)


def place_labels(ax, items: Sequence[tuple[float, float, str, float]], renderer, *, fontsize: float = 7,
                 avoid: Sequence = (), within=None, soft: Sequence = ()) -> list:
    """Put one label per (x, y, text, radius in points) near its point without overlapping earlier labels or the
    boxes in avoid; returns the labels' display-space boxes (matplotlib Bbox) in item order.

    Candidates: right, left, above, below and the four diagonals of the point, at the marker's radius and then at
    growing distances; the first that overlaps nothing placed, lies inside ``within`` (a display-space box, e.g. the
    axes') and overlaps none of the ``soft`` boxes (e.g. the markers) wins; failing that, the first that only
    keeps clear of the labels and ``avoid``; failing that, the last tried.
    """
    placed: list = list(avoid)
    boxes = []
    for x, y, text, radius in items:
        label = None
        best = None  # (offset, alignment) clear of labels but over a soft box
        found = None
        tried = None
        for ring in range(6):
            d = radius + 2 + ring * fontsize * 1.2
            for dx, dy, ha, va in ((d, 0, "left", "center"), (-d, 0, "right", "center"), (0, d, "center", "bottom"),
                                   (0, -d, "center", "top"), (d * .7, d * .7, "left", "bottom"),
                                   (-d * .7, d * .7, "right", "bottom"), (d * .7, -d * .7, "left", "top"),
                                   (-d * .7, -d * .7, "right", "top")):
                if label is not None:
                    label.remove()
                label = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", fontsize=fontsize,
                                    ha=ha, va=va, zorder=4, bbox={"boxstyle": "square,pad=0.05",
                                                                  "facecolor": "white", "edgecolor": "none",
                                                                  "alpha": 0.7})
                tried = (dx, dy, ha, va)
                box = label.get_window_extent(renderer)
                inside = within is None or (box.x0 >= within.x0 and box.x1 <= within.x1 and box.y0 >= within.y0
                                            and box.y1 <= within.y1)
                if not inside or any(_overlaps(box, other) for other in placed):
                    continue
                if not any(_overlaps(box, other, pad=0.0) for other in soft):
                    found = tried
                    break
                best = best or tried
            if found:
                break
        dx, dy, ha, va = found or best or tried
        if (dx, dy, ha, va) != tried:
            label.remove()
            label = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", fontsize=fontsize,
                                ha=ha, va=va, zorder=4, bbox={"boxstyle": "square,pad=0.05", "facecolor": "white",
                                                              "edgecolor": "none", "alpha": 0.7})
        box = label.get_window_extent(renderer)
        placed.append(box)
        boxes.append(box)
    return boxes


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path: Path) -> Path:
    import matplotlib

    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"{path}: a drawing is .png or .svg")
    path.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "litmine"}), atomic_path(path) as tmp:
        fig.savefig(tmp, format=fmt, dpi=300 if fmt == "png" else None, bbox_inches="tight", pad_inches=0.05,
                    metadata={"Software": "litmine"} if fmt == "png" else {"Date": None})
    return path


def _caption(ax, caption: str, small: float, *, below) -> None:
    """The caption line under an artist (the legend or the axes), wrapped to the axes' width by character count."""
    if not caption:
        return
    import textwrap

    width_chars = max(40, int(ax.figure.get_figwidth() * 72 / ((small - 1.5) * 0.55)))
    ax.annotate("\n".join(textwrap.wrap(clean_xml_text(caption), width_chars)), xy=(0.5, 0), xycoords=below,
                xytext=(0, -4), textcoords="offset points", ha="center", va="top", fontsize=small - 1.5,
                color="#333333", annotation_clip=False)


def _short(text: str, most: int = 38) -> str:
    text = clean_xml_text(text)
    return text if len(text) <= most else text[:most - 1] + "…"


def draw_thematic_map(themes: Sequence[dict], *, title: str = "Thematic map", caption: str = "",
                      width: float = 7.0, height: float = 5.0):
    """The strategic diagram as a matplotlib Figure and the label boxes placed (for checks).

    themes: :func:`litmine.thematic.thematic_map` rows. x = centrality, y = density, bubble area = mentions,
    colour = quadrant; dashed lines at the medians; each bubble labelled with its theme name.
    """
    fig = _figure(width, height)
    ax = fig.add_subplot()
    small = font_sizes(width)["text"]  # 7 pt in a 3.5 in column, 8 pt wider
    ax.set_title(_short(title, 90), fontsize=small + 2)
    ax.set_xlabel("centrality (links to other themes)", fontsize=small)
    ax.set_ylabel("density (mean link inside the theme)", fontsize=small)
    ax.tick_params(labelsize=small)
    boxes: list = []
    if not themes:
        ax.text(0.5, 0.5, "no themes to draw", ha="center", va="center", transform=ax.transAxes)
        return fig, boxes
    biggest = max(t["mentions"] for t in themes) or 1
    areas = [40 + 900 * (width / 7.0) ** 2 * t["mentions"] / biggest for t in themes]
    xs, ys = [t["centrality"] for t in themes], [t["density"] for t in themes]
    for quadrant_name, colour in QUADRANT_COLOURS.items():
        pick = [i for i, t in enumerate(themes) if t["quadrant"] == quadrant_name]
        if pick:
            ax.scatter([xs[i] for i in pick], [ys[i] for i in pick], s=[areas[i] for i in pick], c=colour,
                       alpha=0.75, edgecolors="white", linewidths=0.8, zorder=3, label=f"{quadrant_name} theme")
    ax.axvline(themes[0]["centrality_median"], color="#777777", linestyle="--", linewidth=0.7, zorder=1)
    ax.axhline(themes[0]["density_median"], color="#777777", linestyle="--", linewidth=0.7, zorder=1)
    ax.margins(0.25)
    corners = []
    for text, (hx, hy, ha, va) in (("motor", (0.99, 0.99, "right", "top")), ("niche", (0.01, 0.99, "left", "top")),
                                   ("emerging or declining", (0.01, 0.01, "left", "bottom")),
                                   ("basic", (0.99, 0.01, "right", "bottom"))):
        corners.append(ax.text(hx, hy, text, transform=ax.transAxes, ha=ha, va=va, fontsize=small,
                               color="#555555", style="italic"))
    legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=small,
                       frameon=False)
    for handle in legend.legend_handles:  # one marker size in the legend, whatever the bubbles' areas
        handle.set_sizes([30])
    _caption(ax, caption, small + 1.5, below=legend)
    renderer = fig.canvas.get_renderer()
    lay_out(fig)
    order = sorted(range(len(themes)), key=lambda i: -themes[i]["mentions"])
    items = [(xs[i], ys[i], _short(themes[i]["name"], 30), (areas[i] ** 0.5) / 2) for i in order]
    from matplotlib.transforms import Bbox

    bubbles = []  # each bubble's square in display space: labels keep off them where they can
    for i in range(len(themes)):
        cx, cy = ax.transData.transform((xs[i], ys[i]))
        half = (areas[i] ** 0.5) / 2 * fig.dpi / 72
        bubbles.append(Bbox.from_extents(cx - half, cy - half, cx + half, cy + half))
    placed = place_labels(ax, items, renderer, fontsize=small, within=ax.get_window_extent(renderer),
                          avoid=[c.get_window_extent(renderer) for c in corners], soft=bubbles)
    boxes = [None] * len(themes)
    for i, box in zip(order, placed):
        boxes[i] = box
    return fig, boxes


def write_thematic_map_plot(themes: Sequence[dict], path: str | Path, **options) -> Path:
    """Draw the strategic diagram (:func:`draw_thematic_map` options) to a .png (300 dpi) or .svg file."""
    fig, _ = draw_thematic_map(themes, **options)
    return _save(fig, Path(path))


def alluvial_geometry(evolution: dict, *, gap: float = 0.04) -> tuple[list[dict], list[dict]]:
    """Boxes and bands of the alluvial in unit coordinates (x: column index, y: 0..1 from the top).

    Each period is a column; its themes are stacked, height by share of the period's mentions (at least 0.02).
    A flow leaves its source box and enters its target box with thickness inclusion x box height, scaled down when
    a box's flows sum to more than its height.

    Returns (boxes: {period, cluster, name, x, y0, y1, mentions}, bands: {flow index, x0, a0, a1, x1, b0, b1}).
    """
    boxes: dict[tuple[str, int], dict] = {}
    for col, period in enumerate(evolution["periods"]):
        themes = period["themes"]
        total = sum(max(t["mentions"], 1) for t in themes) or 1
        room = 1 - gap * max(len(themes) - 1, 0)
        y = 0.0
        for t in themes:
            h = max(room * max(t["mentions"], 1) / total, 0.02)
            boxes[(period["period"], t["cluster"])] = {"period": period["period"], "cluster": t["cluster"],
                                                       "name": t["name"], "x": col, "y0": y, "y1": y + h,
                                                       "mentions": t["mentions"], "quadrant": t.get("quadrant")}
            y += h + gap
    out_sum: dict = {}
    in_sum: dict = {}
    for f in evolution["flows"]:
        out_sum[(f["from_period"], f["from_cluster"])] = out_sum.get((f["from_period"], f["from_cluster"]), 0) + \
            f["inclusion"]
        in_sum[(f["to_period"], f["to_cluster"])] = in_sum.get((f["to_period"], f["to_cluster"]), 0) + f["inclusion"]
    cursor_out = {k: b["y0"] for k, b in boxes.items()}
    cursor_in = dict(cursor_out)
    bands = []
    for i, f in enumerate(evolution["flows"]):
        a, b = (f["from_period"], f["from_cluster"]), (f["to_period"], f["to_cluster"])
        ba, bb = boxes[a], boxes[b]
        ta = (ba["y1"] - ba["y0"]) * f["inclusion"] / max(1.0, out_sum[a])
        tb = (bb["y1"] - bb["y0"]) * f["inclusion"] / max(1.0, in_sum[b])
        bands.append({"flow": i, "x0": ba["x"], "a0": cursor_out[a], "a1": cursor_out[a] + ta, "x1": bb["x"],
                      "b0": cursor_in[b], "b1": cursor_in[b] + tb})
        cursor_out[a] += ta
        cursor_in[b] += tb
    return list(boxes.values()), bands


def draw_evolution(evolution: dict, *, title: str = "Thematic evolution", caption: str = "",
                   width: float = 7.0, height: float = 5.0):
    """The alluvial of themes over periods as a matplotlib Figure (boxes coloured by quadrant in their period)."""
    from matplotlib.patches import PathPatch, Rectangle
    from matplotlib.path import Path as MPath

    fig = _figure(width, height)
    ax = fig.add_subplot()
    small = font_sizes(width)["text"]  # 7 pt in a 3.5 in column, 8 pt wider
    ax.set_title(_short(title, 90), fontsize=small + 2)
    ax.set_axis_off()
    boxes, bands = alluvial_geometry(evolution)
    if not boxes:
        _caption(ax, caption, small + 1.5, below=ax)
        ax.text(0.5, 0.5, "no themes to draw", ha="center", va="center", transform=ax.transAxes)
        return fig
    shown = [q for q in QUADRANT_COLOURS if any(b.get("quadrant") == q for b in boxes)]
    legend = ax.legend(handles=[Rectangle((0, 0), 1, 1, facecolor=QUADRANT_COLOURS[q], label=f"{q} theme in its period")
                                for q in shown], loc="upper center", bbox_to_anchor=(0.5, 0.0),
                       ncol=2, fontsize=small, frameon=False, handlelength=1.0) if shown else None
    _caption(ax, caption, small + 1.5, below=legend or ax)
    bw = 0.08
    for band in bands:
        xa, xb = band["x0"] + bw / 2, band["x1"] - bw / 2
        mid = (xa + xb) / 2
        verts = [(xa, 1 - band["a0"]), (mid, 1 - band["a0"]), (mid, 1 - band["b0"]), (xb, 1 - band["b0"]),
                 (xb, 1 - band["b1"]), (mid, 1 - band["b1"]), (mid, 1 - band["a1"]), (xa, 1 - band["a1"]),
                 (xa, 1 - band["a0"])]
        codes = [MPath.MOVETO, MPath.CURVE4, MPath.CURVE4, MPath.CURVE4, MPath.LINETO, MPath.CURVE4, MPath.CURVE4,
                 MPath.CURVE4, MPath.CLOSEPOLY]
        ax.add_patch(PathPatch(MPath(verts, codes), facecolor="#56B4E9", alpha=0.35, edgecolor="none", zorder=1))
    for b in boxes:
        colour = QUADRANT_COLOURS.get(b.get("quadrant") or "", "#999999")
        ax.add_patch(Rectangle((b["x"] - bw / 2, 1 - b["y1"]), bw, b["y1"] - b["y0"], facecolor=colour,
                               edgecolor="white", linewidth=0.5, zorder=2))
    # Labels right of their box, cut to the room before the next column, moved apart vertically within a column.
    n = len(evolution["periods"])
    span = n - 1 + 1.15
    room = width * 0.92 * (1 - bw) / span  # inches between a box and the next column
    most = max(10, int(room * 72 / (small * 0.56)))
    line = (small * 1.3 / 72) / (height * 0.78) * 1.15  # one text line in data units
    for col in range(n):
        column = sorted((b for b in boxes if b["x"] == col), key=lambda b: b["y0"])
        ys = [1 - (b["y0"] + b["y1"]) / 2 for b in column]
        for i in range(1, len(ys)):
            ys[i] = min(ys[i], ys[i - 1] - line)
        for i in range(len(ys) - 2, -1, -1):  # pushed below the axis: move back up
            ys[i] = max(ys[i], ys[i + 1] + line) if ys[-1] < -0.04 else ys[i]
        if ys and ys[-1] < -0.04:
            shift = -0.04 - ys[-1]
            ys = [y + shift for y in ys]
        for b, y in zip(column, ys):
            ax.text(b["x"] + bw / 2 + 0.015, y, _short(b["name"], most), fontsize=small, ha="left", va="center",
                    zorder=3, bbox={"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none",
                                    "alpha": 0.75})
    for col, period in enumerate(evolution["periods"]):
        ax.text(col, 1.04, clean_xml_text(period["period"]), ha="center", va="bottom", fontsize=small, weight="bold")
    ax.set_xlim(-0.1, n - 1 + 1.05)
    ax.set_ylim(-0.05, 1.1)
    return fig


def write_evolution_plot(evolution: dict, path: str | Path, **options) -> Path:
    """Draw the thematic evolution alluvial (:func:`draw_evolution` options) to a .png (300 dpi) or .svg file."""
    return _save(draw_evolution(evolution, **options), Path(path))
