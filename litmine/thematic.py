"""Thematic map (Callon's strategic diagram) and thematic evolution of concept clusters.

Thematic map. Each Louvain cluster of a concept co-occurrence network (``cluster`` node attribute, as
:func:`litmine.cooccurrence.build_concept_network` sets it) is one theme. With w_ij the edge weight (the network's
measure: association strength, equivalence, ...), following Callon, Courtial & Laville (1991) and Cobo et al. (2011):

- ``centrality`` = sum of w_ij over the links with one end in the theme and the other outside it: how strongly the
  theme is tied to the rest of the field;
- ``density`` = (sum of w_ij over the links inside the theme) / (number of links inside the theme): the mean
  internal link weight, how strongly the theme holds together (0 for a theme with no internal link).

bibliometrix's ``thematicMap`` scales these differently (centrality times 10, internal weight divided by the number of
concepts times 100); the ranking of themes on each axis, and so the quadrants, is what matters. Quadrants split at
the medians of the themes drawn (ties count as high): *motor* (high centrality, high density), *niche* (low, high),
*emerging or declining* (low, low), *basic* (high, low).

Thematic evolution (Cobo et al. 2011; bibliometrix's ``thematicEvolution``): themes per period, and a flow from
theme A of one period to theme B of the next when they share concepts, weighted by the *inclusion index*
|A ∩ B| / min(|A|, |B|) (1 when the smaller theme lies wholly inside the other); ``weighted_inclusion`` uses
mentions instead of counts: (mentions of the shared concepts in A + in B) / (mentions in A + mentions in B).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

import networkx as nx

from litmine.export.captions import figure_caption
from litmine.export.formats import THEMATIC_FORMATS

QUADRANTS = ("motor", "niche", "emerging or declining", "basic")


def _members(g: nx.Graph) -> dict[int, list[str]]:
    """Cluster -> its concepts, most mentioned first; clusters whose concepts have no edge are left out."""
    out: dict[int, list[str]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        if g.degree(n) > 0 and d.get("cluster") is not None:
            out[d["cluster"]].append(n)
    for members in out.values():
        members.sort(key=lambda n: (-(g.nodes[n].get("mentions") or 0), str(g.nodes[n].get("label", n))))
    return dict(sorted(out.items()))


def quadrant(centrality: float, density: float, centrality_median: float, density_median: float) -> str:
    """The strategic-diagram quadrant of a theme (values at the median count as high).

    Example:
        >>> quadrant(3.0, 0.5, 2.0, 1.0)
        'basic'
    """
    high_c, high_d = centrality >= centrality_median, density >= density_median
    if high_c and high_d:
        return "motor"
    if high_d:
        return "niche"
    if high_c:
        return "basic"
    return "emerging or declining"


def thematic_map(g: nx.Graph, *, top_labels: int = 3) -> list[dict]:
    """One row per theme (cluster with at least one link) of a concept network, in cluster order.

    Rows hold: cluster, concepts (ids, most mentioned first), labels (their labels), name (the top_labels first
    labels joined by "; "), mentions and documents (sums over the concepts), internal_links, internal_weight,
    external_links, centrality, density (module docstring), quadrant, and passages (every passage where one of its
    concepts is mentioned, sorted).

    Example:
        >>> g = nx.Graph()
        >>> g.add_edge("a", "b", weight=2.0); g.add_edge("b", "c", weight=1.0)
        >>> for n, k in (("a", 1), ("b", 1), ("c", 2)): g.nodes[n]["cluster"] = k
        >>> [(t["cluster"], t["centrality"], t["density"]) for t in thematic_map(g)]
        [(1, 1.0, 2.0), (2, 1.0, 0.0)]
    """
    members = _members(g)
    cluster_of = {n: k for k, ns in members.items() for n in ns}
    internal: dict[int, list[float]] = defaultdict(list)
    external: dict[int, list[float]] = defaultdict(list)
    for a, b, d in g.edges(data=True):
        w = float(d.get("weight", 1.0) or 0.0)
        ka, kb = cluster_of.get(a), cluster_of.get(b)
        if ka == kb:
            internal[ka].append(w)
        else:
            external[ka].append(w)
            external[kb].append(w)
    rows = []
    for k, ns in members.items():
        inside = internal.get(k, [])
        labels = [str(g.nodes[n].get("label") or n) for n in ns]
        rows.append({
            "cluster": k, "concepts": list(ns), "labels": labels, "name": "; ".join(labels[:top_labels]),
            "mentions": sum(int(g.nodes[n].get("mentions") or 0) for n in ns),
            "documents": sum(int(g.nodes[n].get("documents") or 0) for n in ns),
            "internal_links": len(inside), "internal_weight": round(sum(inside), 6),
            "external_links": len(external.get(k, [])),
            "centrality": round(sum(external.get(k, [])), 6),
            "density": round(sum(inside) / len(inside), 6) if inside else 0.0,
            "passages": sorted({p for n in ns for p in g.nodes[n].get("passages") or []})})
    if rows:
        c_med = statistics.median(r["centrality"] for r in rows)
        d_med = statistics.median(r["density"] for r in rows)
        for r in rows:
            r["quadrant"] = quadrant(r["centrality"], r["density"], c_med, d_med)
            r["centrality_median"], r["density_median"] = c_med, d_med
    return rows


def thematic_evolution(networks: Sequence[tuple[str, nx.Graph]], *, top_labels: int = 3) -> dict:
    """Themes per period and the flows between themes of consecutive periods.

    Args:
        networks: (period label, concept network) in time order (``build_period_networks`` gives them).
        top_labels: how many concept labels name a theme.

    Returns:
        {"periods": [{"period", "themes": thematic_map rows}], "flows": [{"from_period", "from_cluster",
        "to_period", "to_cluster", "shared" (concept ids), "shared_labels", "inclusion", "weighted_inclusion",
        "passages" (where the shared concepts are mentioned, both periods)}]}; flows are sorted by period, then
        heaviest first.

    Example:
        >>> a, b = nx.Graph([("x", "y"), ("y", "z")]), nx.Graph([("x", "y")])
        >>> for g in (a, b): nx.set_node_attributes(g, 1, "cluster")
        >>> [f["inclusion"] for f in thematic_evolution([("2001", a), ("2002", b)])["flows"]]
        [1.0]
    """
    periods = [{"period": label, "themes": thematic_map(g, top_labels=top_labels)} for label, g in networks]
    graphs = dict(networks)
    flows = []
    for before, after in pairwise(periods):
        g_from, g_to = graphs[before["period"]], graphs[after["period"]]
        step = []
        for a in before["themes"]:
            for b in after["themes"]:
                shared = [c for c in a["concepts"] if c in set(b["concepts"])]
                if not shared:
                    continue
                m_a = {c: int(g_from.nodes[c].get("mentions") or 0) for c in a["concepts"]}
                m_b = {c: int(g_to.nodes[c].get("mentions") or 0) for c in b["concepts"]}
                total = sum(m_a.values()) + sum(m_b.values())
                step.append({
                    "from_period": before["period"], "from_cluster": a["cluster"], "to_period": after["period"],
                    "to_cluster": b["cluster"], "shared": shared,
                    "shared_labels": [str(g_to.nodes[c].get("label") or c) for c in shared],
                    "inclusion": round(len(shared) / min(len(a["concepts"]), len(b["concepts"])), 6),
                    "weighted_inclusion": round(sum(m_a[c] + m_b[c] for c in shared) / total, 6) if total else 0.0,
                    "passages": sorted({p for c in shared for g in (g_from, g_to)
                                        for p in g.nodes[c].get("passages") or []})})
        step.sort(key=lambda f: (-f["inclusion"], -len(f["shared"]), f["from_cluster"], f["to_cluster"]))
        flows += step
    return {"periods": periods, "flows": flows}


# ---------------------------------------------------------------- files

THEME_COLUMNS = ["cluster", "name", "quadrant", "centrality", "density", "internal_links", "internal_weight",
                 "external_links", "mentions", "documents", "concepts"]
FLOW_COLUMNS = ["from_period", "from_cluster", "to_period", "to_cluster", "inclusion", "weighted_inclusion",
                "shared_concepts"]


def _capped(rows: list[dict], doc_of: dict, cap: int) -> list[dict]:
    from litmine.cooccurrence import _spread

    return [dict(r, passages=_spread(r["passages"], doc_of, cap)) for r in rows]


def write_thematic_files(networks: Sequence[tuple[str | None, nx.Graph]], out_dir, name: str, *,
                         thematic_map_wanted: bool = True, evolution_wanted: bool = False,
                         formats: Sequence[str] = THEMATIC_FORMATS, store=None, doc_of: dict | None = None,
                         cap: int = 50) -> list:
    """Write the thematic map of each network (NAME[_PERIOD]_thematic_map.*) and, for two periods or more, the
    thematic evolution (NAME_thematic_evolution.*) as CSV, PNG, SVG and HTML (html needs the store for passages).

    Returns the paths written.
    """
    from pathlib import Path

    from litmine.export.atomic import open_atomic
    from litmine.export.sanitize import GuardedWriter

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    doc_of = doc_of or {}
    written = []

    def html(stem, themes, evolution, title, caption):
        if "html" not in formats or store is None:
            return
        from litmine.cooccurrence import load_passage_details
        from litmine.export.html_thematic import write_thematic_page

        ids = {p for t in themes for p in t["passages"]}
        if evolution:
            ids |= {p for per in evolution["periods"] for t in per["themes"] for p in t["passages"]}
            ids |= {p for f in evolution["flows"] for p in f["passages"]}
        written.append(write_thematic_page(themes, evolution, load_passage_details(store, ids),
                                           out / f"{stem}.html", title=title, caption=caption))

    if thematic_map_wanted:
        from litmine.export.thematic_plot import write_thematic_map_plot

        for label, g in networks:
            stem = f"{name}_{label}_thematic_map" if label else f"{name}_thematic_map"
            themes = thematic_map(g)
            caption = figure_caption(g, label)
            title = f"Thematic map{' ' + label if label else ''}"
            if "csv" in formats:
                with open_atomic(out / f"{stem}.csv", newline="") as fh:
                    w = GuardedWriter(fh, lineterminator="\n")
                    w.writerow(THEME_COLUMNS)
                    for t in themes:
                        w.writerow([t[c] if c != "concepts" else "; ".join(t["labels"]) for c in THEME_COLUMNS])
                written.append(out / f"{stem}.csv")
            for fmt in ("png", "svg"):
                if fmt in formats:
                    written.append(write_thematic_map_plot(themes, out / f"{stem}.{fmt}", title=title,
                                                           caption=caption))
            html(stem, _capped(themes, doc_of, cap), None, title, caption)
    dated = [(label, g) for label, g in networks if label]
    if evolution_wanted and len(dated) >= 2:
        from litmine.export.thematic_plot import write_evolution_plot

        evolution = thematic_evolution(dated)
        stem = f"{name}_thematic_evolution"
        g0 = dated[0][1]
        caption = figure_caption(g0, f"{dated[0][0]} to {dated[-1][0]}",
                                 documents=sum(g.graph.get("documents", 0) for _, g in dated),
                                 note="box height: share of the period's mentions; flow width: inclusion index")
        if "csv" in formats:
            with open_atomic(out / f"{stem}.csv", newline="") as fh:
                w = GuardedWriter(fh, lineterminator="\n")
                w.writerow(FLOW_COLUMNS)
                for f in evolution["flows"]:
                    w.writerow([f[c] if c != "shared_concepts" else "; ".join(f["shared_labels"])
                                for c in FLOW_COLUMNS])
            written.append(out / f"{stem}.csv")
        for fmt in ("png", "svg"):
            if fmt in formats:
                written.append(write_evolution_plot(evolution, out / f"{stem}.{fmt}", title="Thematic evolution",
                                                    caption=caption))
        capped = {"periods": [dict(p, themes=_capped(p["themes"], doc_of, cap)) for p in evolution["periods"]],
                  "flows": _capped(evolution["flows"], doc_of, cap)}
        html(stem, [], capped, "Thematic evolution", caption)
    return written


def evolution_slice(years: Sequence[int | None], periods: int = 3) -> str | None:
    """The --slice that cuts the corpus years into about `periods` windows, or None when they span under 2 years.

    Example:
        >>> evolution_slice([2003, 2011, 2018])
        '6y'
    """
    known = [y for y in years if y is not None]
    if not known or max(known) - min(known) < 1:
        return None
    return f"{-(-(max(known) - min(known) + 1) // periods)}y"


def write_run_thematic(store, out_dir, *, formats: Sequence[str] = THEMATIC_FORMATS, whole=None) -> list:
    """What ``litmine run`` writes: the whole-corpus thematic map and the thematic evolution over about three
    periods (see :func:`evolution_slice`), default network options, into out_dir as concepts_thematic_*. whole: the
    whole-corpus concept network with the default options (write_concept_networks's result) when it is at hand."""
    from litmine.cooccurrence import write_concept_networks

    whole = whole or write_concept_networks(store, out_dir, formats=())
    mentions = store.mention_rows(source="text")
    doc_of = {m["passage_id"]: m["doc_id"] for m in mentions}
    files = write_thematic_files([(None, whole.networks[0][1])], out_dir, "concepts", store=store, doc_of=doc_of,
                                 formats=formats)
    spec = evolution_slice([d["year"] for d in store.document_words().values()])
    if spec:
        sliced = write_concept_networks(store, out_dir, formats=(), slice_spec=spec)
        files += write_thematic_files([(label, g) for label, g, _ in sliced.networks], out_dir, "concepts",
                                      thematic_map_wanted=False, evolution_wanted=True, store=store, doc_of=doc_of,
                                      formats=formats)
        if sliced.evolution_file is not None:  # written with the periods' networks: listed with the run's outputs
            files.append(sliced.evolution_file)
    return files
