"""The interactive concept map: one self-contained HTML page (inline SVG, vanilla JS) that works offline.

The layout is computed here (networkx spring layout, fixed seed) and embedded with the data, so the page needs no
physics library. Document text is untrusted: the data goes into a ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` written as ``\\u003c`` etc., the page inserts it only through ``textContent``, and a
Content-Security-Policy (hashes of the page's own scripts, nothing loaded from anywhere) blocks anything injected.
"""

from __future__ import annotations

import math
import numbers
from pathlib import Path

import networkx as nx

from litmine.citations.cite import page_range_display
from litmine.export.html_page import embed_json, write_page  # noqa: F401  (embed_json: re-exported)

WIDTH = 1000.0  # the longer side of the map's SVG viewBox; the other follows the layout's shape
MARGIN = 60.0


def write_concept_map(g: nx.Graph, passages: dict[int, dict], path: str | Path, *, title: str = "Concept map",
                      evidence: dict[str, dict] | None = None) -> Path:
    """Write g as one interactive HTML page: size by mentions, colour by cluster or mean year, a year filter,
    search, and a click on a node or an edge lists its passages with document, authors, year and page.

    Args:
        g: concept graph; node attributes label, group, cluster, mentions, documents, first_year, mean_year,
            years ({year: mentions}), passages (ids); edge attributes weight, raw, documents, passages,
            first_year, mean_year, years. Any of them may be missing.
        passages: {passage_id: {"doc_id", "title", "authors", "year", "page", "page_label", "text", "path"}, and
            "page_end", "page_label_end" where it runs over a page break}; the page is shown as the printed label with
            the physical page beside it ("p. 88 (PDF p. 90)"; "pp. 41–42 (PDF pp. 43–44)" over a break).
        path: the HTML file to write (its folder is created).
        title: the page's heading.
        evidence: concept id -> {"forms": [[form, mentions]], "rejected": n, "reasons": [[reason, n]], "vetoed": n}
            (litmine.concepts.forms.concept_evidence), shown in the side panel for the selected concept.

    Returns:
        The path written.

    Example:
        >>> write_concept_map(g, passages, "outputs/networks/concepts.html")  # doctest: +SKIP
    """
    return write_page("concept_map.html", path, title=title, data=build_map_data(g, passages, evidence=evidence))


def _stored_passage(p: dict) -> dict:
    """A passage as the page lists it: document, authors, year, pages (page_cite: the range of pages where it runs
    over a page break, from page_end and page_label_end), text and path."""
    return {"doc_id": _text(p.get("doc_id")), "title": _text(p.get("title")),
            "authors": [str(a) for a in _list(p.get("authors"))], "year": _int(p.get("year")),
            "page": _int(p.get("page")), "page_label": _text(p.get("page_label")) or None,
            "page_cite": page_range_display(_int(p.get("page")), _text(p.get("page_label")) or None,
                                            _int(p.get("page_end")), _text(p.get("page_label_end")) or None),
            "text": _text(p.get("text")), "path": _text(p.get("path"))}


def build_map_data(g: nx.Graph, passages: dict[int, dict], *, seed: int = 42,
                   evidence: dict[str, dict] | None = None) -> dict:
    """The JSON the page embeds: nodes with x/y, edges, passages (keyed by str(id)), the years, the viewBox and
    a note on capped passage lists (``g.graph["passage_note"]``; ``passages_total`` on a node or edge counts them all).

    Example:
        >>> data = build_map_data(nx.Graph([("a", "b")]), {})
        >>> [n["id"] for n in data["nodes"]], data["view"][2]
        (['a', 'b'], 1000.0)
    """
    pos, view = _layout(g, seed=seed)
    nodes = []
    for n, d in g.nodes(data=True):
        ids = _ids(d.get("passages"))
        x, y = pos[n]
        nodes.append({
            "id": _key(n), "label": str(d.get("label") or n), "group": _text(d.get("group")),
            "cluster": _int(d.get("cluster")), "mentions": _int(d.get("mentions")),
            "documents": _int(d.get("documents")), "first_year": _int(d.get("first_year")),
            "mean_year": _num(d.get("mean_year")), "years": _years(d.get("years")),
            "doc_years": _years(d.get("doc_years")), "passages": ids,
            "passages_total": _int(d.get("passages_total")),
            "terms": [str(t) for t in _list(d.get("acronyms")) + _list(d.get("terms")) if str(t).strip()],
            "x": round(float(x), 2), "y": round(float(y), 2)})
        if evidence and n in evidence:
            nodes[-1]["evidence"] = _evidence(evidence[n])
    edges = []
    for a, b, d in g.edges(data=True):
        edges.append({
            "source": _key(a), "target": _key(b), "weight": _num(d.get("weight")), "raw": _int(d.get("raw")),
            "documents": _int(d.get("documents")), "passages": _ids(d.get("passages")),
            "passages_total": _int(d.get("passages_total")),
            "first_year": _int(d.get("first_year")), "mean_year": _num(d.get("mean_year")),
            "years": _years(d.get("years"))})
    stored = {str(pid): _stored_passage(p or {}) for pid, p in (passages or {}).items()}
    found = {int(y) for item in nodes + edges for y in item["years"]}
    found |= {item[k] for item in nodes + edges for k in ("first_year",) if item[k] is not None}
    found |= {p["year"] for p in stored.values() if p["year"] is not None}
    # Every year between the first and the last, unless a stray year would make the list absurdly long.
    years = list(range(min(found), max(found) + 1)) if found and max(found) - min(found) <= 300 else sorted(found)
    note = g.graph.get("passage_note")
    size_by = g.graph.get("size_by")
    return {"nodes": nodes, "edges": edges, "passages": stored, "years": years, "view": view,
            "note": note if isinstance(note, str) else "",
            "size_by": size_by if size_by in ("mentions", "documents") else "mentions"}




def _layout(g: nx.Graph, *, seed: int) -> tuple[dict, list[float]]:
    """Each connected component by spring layout, packed in rows (largest first), scaled to the viewBox."""
    u = nx.Graph()
    u.add_nodes_from(g.nodes())
    weights = [w for *_, w in g.edges(data="weight") if isinstance(w, (int, float)) and w > 0 and math.isfinite(w)]
    top = max(weights, default=1.0)
    for a, b, w in g.edges(data="weight"):
        if a != b:
            ok = isinstance(w, (int, float)) and math.isfinite(w) and w > 0
            # Normalised to (0, 1]; weak or negative associations (PMI) still pull a little.
            u.add_edge(a, b, weight=max(w / top if ok else 0.0, 0.05))
    if not len(u):
        return {}, [0, 0, WIDTH, WIDTH * 0.6]
    comps = sorted(nx.connected_components(u), key=lambda c: (-len(c), min(str(n) for n in c)))
    sides = [math.sqrt(len(c)) for c in comps]
    row_width = max(sides[0], math.sqrt(sum(s * s for s in sides)) * 1.3)
    pos: dict = {}
    x = y = row_h = 0.0
    for comp, side in zip(comps, sides):
        if x > 0 and x + side > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        sub = nx.Graph()  # nodes in a fixed order, so the layout does not depend on insertion order
        sub.add_nodes_from(sorted(comp, key=str))
        sub.add_edges_from(u.subgraph(comp).edges(data=True))
        local = _spring(sub, seed=seed)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        for n, (px, py) in local.items():
            pos[n] = (x + side * (0.1 + 0.8 * (px - min(xs)) / span), y + side * (0.1 + 0.8 * (py - min(ys)) / span))
        x += side
        row_h = max(row_h, side)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = (WIDTH - 2 * MARGIN) / span
    pos = {n: (MARGIN + (px - min(xs)) * scale, MARGIN + (py - min(ys)) * scale) for n, (px, py) in pos.items()}
    height = max(2 * MARGIN + (max(ys) - min(ys)) * scale, WIDTH * 0.3)
    width = max(2 * MARGIN + (max(xs) - min(xs)) * scale, WIDTH * 0.3)
    return pos, [0, 0, round(float(width), 2), round(float(height), 2)]


def _spring(g: nx.Graph, *, seed: int) -> dict:
    """Spring layout; a circle where networkx wants scipy (500+ nodes) and it is not installed, or past 2,000."""
    if len(g) > 2000:
        return nx.circular_layout(g)
    try:
        return nx.spring_layout(g, seed=seed, weight="weight", iterations=200 if len(g) <= 300 else 50)
    except ImportError:
        return nx.circular_layout(g)




def _evidence(e: object) -> dict:
    """The forms counted, the rejected candidates with their reasons, and the vetoed mentions of one concept, as
    plain JSON (strings and ints only)."""
    e = e if isinstance(e, dict) else {}

    def pairs(value: object) -> list[list]:
        out = []
        for item in _list(value):
            item = _list(item)
            if len(item) == 2 and _int(item[1]) is not None:
                out.append([_text(item[0]), _int(item[1])])
        return out

    return {"forms": pairs(e.get("forms")), "rejected": _int(e.get("rejected")) or 0,
            "reasons": pairs(e.get("reasons")), "vetoed": _int(e.get("vetoed")) or 0}


def _key(value: object) -> str | int:
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else str(value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _list(value: object) -> list:
    if value is None or isinstance(value, (str, bytes)):
        return [value] if isinstance(value, str) and value else []
    try:
        return list(value)
    except TypeError:
        return []


def _num(value: object) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return round(f, 4) if math.isfinite(f) else None


def _int(value: object) -> int | None:
    f = _num(value)
    return round(f) if f is not None else None


def _ids(value: object) -> list[int | str]:
    return [_key(int(v) if isinstance(v, numbers.Integral) or (isinstance(v, float) and v.is_integer()) else v)
            for v in _list(value)]


def _years(value: object) -> dict[str, float]:
    """{year: count} with year keys as strings of ints (JSON keys); keys that are no year (None, 'n.d.') dropped."""
    out: dict[str, float] = {}
    if not isinstance(value, dict):
        return out
    for k, v in value.items():
        year, count = _int(k), _num(v)
        if year is not None and count:
            key = str(year)
            out[key] = out.get(key, 0) + (int(count) if float(count).is_integer() else count)
    return dict(sorted(out.items()))
