"""The offline HTML page of the thematic map and thematic evolution: inline SVG drawn by the page's own script from
embedded JSON (the geometry is computed here), every bubble, box and flow clickable to the passages behind it.

Labels and document text go into the page only as ``textContent`` (the JSON is embedded by
:func:`litmine.export.html_page.embed_json` under a Content-Security-Policy), so hostile text stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from litmine.citations.cite import page_range_display
from litmine.export.html_page import write_page
from litmine.export.thematic_plot import QUADRANT_COLOURS, alluvial_geometry

MAP_W, MAP_H, PAD = 760.0, 460.0, 70.0
EVO_W, EVO_H = 760.0, 420.0
CHAR_W, LINE_H = 6.6, 14.0  # estimated label size at the page's 11px font


def _short(text: str, most: int = 34) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


def _apart(a: tuple, b: tuple) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def place_svg_labels(points: Sequence[tuple[float, float, float, str]], *, width: float,
                     height: float) -> list[dict]:
    """Greedy label positions (x, y, anchor, box) for (x, y, radius, text) points in SVG units, biggest first by
    the caller's order: the first of eight positions around the point, in widening rings, whose estimated box
    overlaps no earlier label or bubble and stays inside the view.

    Example:
        >>> [p["anchor"] for p in place_svg_labels([(100, 100, 10, "a"), (100, 100, 10, "b")], width=300, height=300)]
        ['start', 'end']
    """
    bubbles = [(x - r, y - r, x + r, y + r) for x, y, r, _ in points]
    placed: list[tuple] = []
    out = []
    for i, (x, y, r, text) in enumerate(points):
        w = len(text) * CHAR_W
        best = None
        for ring in range(8):
            d = r + 4 + ring * LINE_H
            for dx, dy, anchor in ((d, 0, "start"), (-d, 0, "end"), (0, -d, "middle"), (0, d + LINE_H * .7, "middle"),
                                   (d * .7, -d * .7, "start"), (-d * .7, -d * .7, "end"),
                                   (d * .7, d * .7 + LINE_H * .5, "start"), (-d * .7, d * .7 + LINE_H * .5, "end")):
                lx, ly = x + dx, y + dy + LINE_H * 0.35
                x0 = lx if anchor == "start" else lx - w if anchor == "end" else lx - w / 2
                box = (x0, ly - LINE_H * 0.8, x0 + w, ly + LINE_H * 0.25)
                inside = box[0] >= 0 and box[2] <= width and box[1] >= 0 and box[3] <= height
                clear = all(_apart(box, o) for o in placed) and \
                    all(_apart(box, bb) for j, bb in enumerate(bubbles) if j != i)
                if best is None:
                    best = (lx, ly, anchor, box)
                if inside and clear:
                    best = (lx, ly, anchor, box)
                    break
            else:
                continue
            break
        placed.append(best[3])
        out.append({"x": round(best[0], 1), "y": round(best[1], 1), "anchor": best[2],
                    "box": [round(v, 1) for v in best[3]]})
    return out


def _scale(values: Sequence[float], lo: float, hi: float):
    vmin, vmax = min(values), max(values)
    span = (vmax - vmin) or 1.0
    return lambda v: lo + (hi - lo) * (v - vmin) / span


def build_thematic_data(themes: Sequence[dict], evolution: dict | None, passages: dict[int, dict], *,
                        caption: str = "") -> dict:
    """The JSON the page embeds: map bubbles with positions and label positions, medians, evolution boxes and
    bands (SVG path data), passages keyed by str(id)."""
    data: dict = {"caption": caption, "map": None, "evolution": None, "colours": QUADRANT_COLOURS}
    if themes:
        sx = _scale([t["centrality"] for t in themes], PAD, MAP_W - PAD)
        sy = _scale([t["density"] for t in themes], MAP_H - PAD, PAD)
        biggest = max(t["mentions"] for t in themes) or 1
        bubbles = [{"cluster": t["cluster"], "name": t["name"], "labels": t["labels"][:12],
                    "quadrant": t.get("quadrant"), "centrality": t["centrality"], "density": t["density"],
                    "mentions": t["mentions"], "passages": list(t["passages"]),
                    "x": round(sx(t["centrality"]), 1), "y": round(sy(t["density"]), 1),
                    "r": round(6 + 24 * (t["mentions"] / biggest) ** 0.5, 1)} for t in themes]
        order = sorted(range(len(bubbles)), key=lambda i: -bubbles[i]["mentions"])
        labels = place_svg_labels([(bubbles[i]["x"], bubbles[i]["y"], bubbles[i]["r"], _short(bubbles[i]["name"]))
                                   for i in order], width=MAP_W, height=MAP_H)
        for i, lab in zip(order, labels):
            bubbles[i]["label"] = dict(lab, text=_short(bubbles[i]["name"]))
        data["map"] = {"width": MAP_W, "height": MAP_H, "bubbles": bubbles,
                       "median_x": round(sx(themes[0]["centrality_median"]), 1),
                       "median_y": round(sy(themes[0]["density_median"]), 1)}
    if evolution and evolution.get("periods"):
        boxes, bands = alluvial_geometry(evolution)
        ncol = len(evolution["periods"])
        top, usable, bw = 40.0, EVO_H - 60.0, 14.0
        colx = [PAD + (EVO_W - 2 * PAD) * (c / max(ncol - 1, 1)) for c in range(ncol)]
        theme_of = {(p["period"], t["cluster"]): t for p in evolution["periods"] for t in p["themes"]}
        out_boxes = []
        for b in boxes:
            t = theme_of[(b["period"], b["cluster"])]
            out_boxes.append({"period": b["period"], "cluster": b["cluster"], "name": b["name"],
                              "quadrant": b.get("quadrant"), "mentions": b["mentions"],
                              "labels": t["labels"][:12], "passages": list(t["passages"]),
                              "x": round(colx[b["x"]] - bw / 2, 1), "y": round(top + usable * b["y0"], 1),
                              "w": bw, "h": round(max(usable * (b["y1"] - b["y0"]), 2), 1),
                              "last": b["x"] == ncol - 1, "text": _short(b["name"], 26)})
        out_bands = []
        for band in bands:
            f = evolution["flows"][band["flow"]]
            xa, xb = colx[band["x0"]] + bw / 2, colx[band["x1"]] - bw / 2
            mid = (xa + xb) / 2
            a0, a1 = top + usable * band["a0"], top + usable * band["a1"]
            b0, b1 = top + usable * band["b0"], top + usable * band["b1"]
            d = (f"M{xa:.1f},{a0:.1f} C{mid:.1f},{a0:.1f} {mid:.1f},{b0:.1f} {xb:.1f},{b0:.1f} L{xb:.1f},{b1:.1f} "
                 f"C{mid:.1f},{b1:.1f} {mid:.1f},{a1:.1f} {xa:.1f},{a1:.1f} Z")
            out_bands.append({"d": d, "from_period": f["from_period"], "to_period": f["to_period"],
                              "from_cluster": f["from_cluster"], "to_cluster": f["to_cluster"],
                              "inclusion": f["inclusion"], "shared_labels": f["shared_labels"][:12],
                              "passages": list(f["passages"])})
        data["evolution"] = {"width": EVO_W, "height": EVO_H, "boxes": out_boxes, "bands": out_bands,
                             "periods": [{"period": p["period"], "x": round(x, 1)}
                                         for p, x in zip(evolution["periods"], colx)]}
    data["passages"] = {str(pid): {"title": str(p.get("title") or ""), "authors": [str(a) for a in p.get("authors")
                                                                                   or []],
                                   "year": p.get("year"), "page_cite": _page_cite(p),
                                   "text": str(p.get("text") or ""), "path": str(p.get("path") or "")}
                        for pid, p in passages.items()}
    return data


def _page_cite(p: dict) -> str:
    """The pages of a passage of load_passage_details: its page, or its range where it runs over a page break."""
    return page_range_display(p.get("page"), p.get("page_label") or None, p.get("page_end"),
                              p.get("page_label_end") or None)


def write_thematic_page(themes: Sequence[dict], evolution: dict | None, passages: dict[int, dict],
                        path: str | Path, *, title: str = "Thematic map", caption: str = "") -> Path:
    """Write the thematic map (and the evolution alluvial when given) as one offline HTML page.

    Example:
        >>> write_thematic_page(themes, None, passages, "outputs/networks/concepts_thematic.html")  # doctest: +SKIP
    """
    return write_page("thematic.html", path, title=title,
                      data=build_thematic_data(themes, evolution, passages, caption=caption))
