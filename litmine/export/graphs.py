"""Graph files that Gephi, Cytoscape, VOSviewer, networkx, igraph, Pajek and a browser open.

Each writer follows its format's published rules, checked in tests with the readers themselves (see the README's
format table): GEXF 1.2draft valid against the official schema (tests/fixtures/gexf), without the ``name``
attribute it forbids on ``<graph>`` (the name goes into ``<meta><description>``), with viz colour (cluster), size
and position for Gephi; VOSviewer map/network files and JSON with raw link counts (VOSviewer normalises itself),
following VOSviewer Online's parser (src/utils/errors.js getMapDataError, getNetworkDataError, getJsonDataError);
node-link JSON under networkx's default ``edges`` key.

VOSviewer Online shows item descriptions as HTML and replaces every ``{key}`` in a text node with the item's
``key`` field (src/utils/helpers2.js _replaceDescriptionPlaceholders), blanking the whole text when the item has no
such field: a title "Models of {governance}" would show nothing. Descriptions therefore set each ``{`` in an
element of its own (``<span>{</span>``), so no text node holds a placeholder and the brace shows as written.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

from litmine.export.atomic import atomic_path, open_atomic, write_text_atomic
from litmine.export.formats import GRAPH_FORMATS
from litmine.export.sanitize import GuardedWriter, clean_xml_text
from litmine.export.strength import link_count, round_value

# VOSviewer Online refuses a map with fewer than three items (errors.js _checkLessThanThreeItems) and a cluster
# number that is not an integer from 1 to 1000 (_checkClusterNotPositiveInteger)
VOS_MIN_ITEMS = 3
VOS_MAX_CLUSTER = 1000
# GEXF positions up to this many nodes: networkx's dense spring layout (under 500 nodes) takes a second or two;
# its sparse one, past that, tens of seconds on a busy machine. Bigger graphs carry none (Gephi lays them out).
LAYOUT_MAX_NODES = 499


def _clean(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all str/int/float (GraphML and GEXF reject None, lists and dicts) and whose text
    holds no character XML 1.0 forbids (a control character in a lexicon label or a sidecar title)."""
    h = g.copy()
    ids = {n: clean_xml_text(n) for n in h.nodes if isinstance(n, str) and clean_xml_text(n) != n}
    if ids:
        h = nx.relabel_nodes(h, ids)
    for _, data in list(h.nodes(data=True)) + [(None, d) for *_, d in h.edges(data=True)]:
        for k, v in list(data.items()):
            if v is None:
                del data[k]
            elif isinstance(v, (list, tuple, set, dict)):
                data[k] = clean_xml_text(json.dumps(sorted(v) if isinstance(v, set) else v, ensure_ascii=False))
            elif isinstance(v, str):
                data[k] = clean_xml_text(v)
    h.graph = {k: clean_xml_text(v) if isinstance(v, str) else v for k, v in h.graph.items()
               if isinstance(v, (str, int, float))}
    return h


def _raw_strength(g: nx.Graph) -> dict:
    strength: dict = dict.fromkeys(g.nodes, 0)
    for a, b, d in g.edges(data=True):
        count = link_count(d)
        strength[a] += count
        strength[b] += count
    return strength


def _vos_weights(g: nx.Graph, n, strength: dict, weight_name: str) -> dict[str, float]:
    """A node's VOSviewer weights: links, total link strength (sum of raw counts, as VOSviewer computes it), and its
    own count (mentions or citations) if any."""
    weights = {weight_name: g.degree(n), "Total link strength": round_value(strength.get(n, 0))}
    data = g.nodes[n]
    for key, name in (("mentions", "Occurrences"), ("citations", "Citations")):
        if key in data:  # VOSviewer refuses an empty or negative weight: anything else counts 0
            value = data[key]
            weights[name] = value if _is_count(value) else 0
            break
    return weights


def _is_count(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def vos_cluster(data: dict) -> int | None:
    """A node's cluster as VOSviewer takes it: an integer from 1 to VOS_MAX_CLUSTER, else None (no cluster; a
    corpus with more than 1000 communities leaves its smallest, mostly single isolated works, unclustered)."""
    c = data.get("cluster")
    if isinstance(c, (int, float)) and float(c).is_integer() and 1 <= c <= VOS_MAX_CLUSTER:
        return int(c)
    return None


def vos_skip_reason(g: nx.Graph) -> str | None:
    """Why VOSviewer files are not written for g (None when they are): VOSviewer refuses a map of fewer than
    VOS_MIN_ITEMS items.

    Example:
        >>> vos_skip_reason(nx.path_graph(2))
        'VOSviewer opens only maps of 3 items or more; this graph has 2'
    """
    n = g.number_of_nodes()
    if n < VOS_MIN_ITEMS:
        return f"VOSviewer opens only maps of {VOS_MIN_ITEMS} items or more; this graph has {n}"
    return None


def vos_description(text: object) -> str:
    """Text as a VOSviewer description (HTML): one line, escaped, each ``{`` in an element of its own so that
    VOSviewer Online finds no ``{key}`` placeholder in it (see the module's docstring).

    Example:
        >>> vos_description("Co-production & {label}")
        'Co-production &amp; <span>{</span>label}'
    """
    return html.escape(_one_line(text)).replace("{", "<span>{</span>")


def layout_positions(g: nx.Graph, *, seed: int = 42) -> dict:
    """Node -> (x, y) in [-1, 1]: networkx's spring layout (fixed seed, strongly linked nodes pulled together), or
    a circle when the graph has no edge (a spring layout has nothing to pull with)."""
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_edges() == 0:
        pos = nx.circular_layout(g)
    else:
        weighted = any(d.get("weight", 1) and d.get("weight", 1) > 0 for *_, d in g.edges(data=True))
        pos = nx.spring_layout(g, seed=seed, weight="weight" if weighted else None,
                               k=1.5 / g.number_of_nodes() ** 0.5)
    return {n: (round(float(x), 4), round(float(y), 4)) for n, (x, y) in pos.items()}


def write_vosviewer(g: nx.Graph, map_path: Path, network_path: Path, *, weight_name: str = "Links") -> list[Path]:
    """VOSviewer map file (items) and network file (links), tab-separated, items numbered from 1; returns the
    files written.

    VOSviewer Online's rules (src/utils/errors.js) decide what is written: nothing for a graph of fewer than
    three nodes (it refuses such a map); for a graph without links, the map alone with x and y columns (it refuses
    an empty network file and needs coordinates when there are no links); descriptions HTML-escaped (it shows them
    as HTML); clusters outside 1..1000 left empty.
    """
    if g.number_of_nodes() < VOS_MIN_ITEMS:
        return []
    ids = {n: i for i, n in enumerate(g.nodes(), start=1)}
    strength = _raw_strength(g)
    extra = sorted({k for n in g.nodes for k in _vos_weights(g, n, strength, weight_name)} -
                   {weight_name, "Total link strength"})
    pos = layout_positions(g) if g.number_of_edges() == 0 else {}
    with open_atomic(map_path, newline="") as fh:
        w = GuardedWriter(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "label", "description", *(["x", "y"] if pos else []), "cluster", f"weight<{weight_name}>",
                    "weight<Total link strength>", *[f"weight<{k}>" for k in extra], "score<Year>"])
        for n, data in g.nodes(data=True):
            weights = _vos_weights(g, n, strength, weight_name)
            cluster = vos_cluster(data)
            w.writerow([ids[n], _one_line(data.get("label", n)), vos_description(data.get("title", "")),
                        *(pos[n] if pos else ()), "" if cluster is None else cluster, weights[weight_name],
                        weights["Total link strength"], *[weights.get(k, 0) for k in extra], _year(data)])
    if g.number_of_edges() == 0:
        return [map_path]
    with open_atomic(network_path, newline="") as fh:
        w = GuardedWriter(fh, delimiter="\t", lineterminator="\n")
        for a, b, data in g.edges(data=True):
            w.writerow([ids[a], ids[b], link_count(data)])
    return [map_path, network_path]


def _year(data: dict) -> object:
    """The Year score: a number, or empty (VOSviewer reads an empty score as none)."""
    year = data.get("year")
    return year if isinstance(year, (int, float)) and not isinstance(year, bool) else ""


def vosviewer_json(g: nx.Graph, *, weight_name: str = "Links", item: str = "Item",
                   link_strength: str = "Link strength") -> dict:
    """The VOSviewer / VOSviewer Online JSON network: ``network.items`` (id, label, cluster, weights, scores,
    description), ``network.links`` (source_id, target_id, raw strength), ``network.clusters`` (cluster number and
    label: the cluster's heaviest node), ``config.terminology`` and ``info`` (title, description). Descriptions are
    HTML there, so text is escaped. As VOSviewer Online's parser asks (worker.js _parseJson, errors.js
    getJsonDataError): items carry x and y when there is no link, clusters outside 1..1000 are left out."""
    ids = {n: i for i, n in enumerate(g.nodes(), start=1)}
    strength = _raw_strength(g)
    pos = layout_positions(g) if g.number_of_edges() == 0 else {}
    items = []
    for n, data in g.nodes(data=True):
        entry = {"id": ids[n], "label": str(data.get("label", n))}
        if pos:
            entry["x"], entry["y"] = pos[n]
        if vos_cluster(data) is not None:
            entry["cluster"] = vos_cluster(data)
        entry["weights"] = _vos_weights(g, n, strength, weight_name)
        if _year(data) != "":
            entry["scores"] = {"Year": round_value(float(_year(data)))}
        if data.get("title"):
            entry["description"] = f"<p>{vos_description(data['title'])}</p>"
        items.append(entry)
    links = [{"source_id": ids[a], "target_id": ids[b], "strength": link_count(d)} for a, b, d in g.edges(data=True)]
    name = str(g.graph.get("name") or "litmine network")
    return {"config": {"terminology": {"item": item, "items": f"{item}s", "link": "Link", "links": "Links",
                                       "link_strength": link_strength,
                                       "total_link_strength": f"Total {link_strength.lower()}"}},
            "info": {"title": name, "description": f"<p>{html.escape(name)}, written by litmine.</p>"},
            "network": {"items": items, "links": links, "clusters": cluster_labels(g, strength)}}


def cluster_labels(g: nx.Graph, strength: dict | None = None) -> list[dict]:
    """One {"cluster", "label"} per cluster VOSviewer shows (1..1000): the label of its node with the largest total
    link strength."""
    strength = strength if strength is not None else _raw_strength(g)
    best: dict[int, tuple] = {}
    for n, data in g.nodes(data=True):
        c = vos_cluster(data)
        if c is None:
            continue
        rank = (strength.get(n, 0), data.get("mentions", data.get("citations", 0)) or 0, str(n))
        if c not in best or rank[:2] > best[c][0][:2]:
            best[c] = (rank, str(data.get("label", n)))
    return [{"cluster": c, "label": best[c][1]} for c in sorted(best)]


def gexf_text(g: nx.Graph) -> str:
    """GEXF 1.2 that the official schema accepts: networkx's writer puts the graph's name in a ``name`` attribute
    of ``<graph>`` (not allowed there); it goes into ``<meta><description>`` instead.

    Example:
        >>> 'name=' in gexf_text(nx.Graph(name="Concepts"))
        False
    """
    import xml.etree.ElementTree as ET

    from networkx.readwrite.gexf import GEXFWriter

    # the element tree generate_gexf would serialise, mended in place (not written out and parsed back: that
    # took two thirds of the time on a citation graph); its default namespace is a plain xmlns attribute
    writer = GEXFWriter(encoding="utf-8", prettyprint=False, version="1.2draft")
    writer.add_graph(g)
    root = writer.xml
    graph = root.find("graph")
    name = graph.attrib.pop("name", "") if graph is not None else ""
    meta = root.find("meta")
    if name and meta is not None:
        ET.SubElement(meta, "description").text = name
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def with_viz(g: nx.Graph, *, seed: int = 42) -> nx.Graph:
    """A copy of g whose nodes carry GEXF's viz data, what Gephi shows on opening: colour by cluster (the palette
    of litmine's drawings), size by mentions (or the graph's size_by attribute), citations or degree (4 to 20), and
    a spring-layout position (graphs up to LAYOUT_MAX_NODES nodes)."""
    from litmine.export.network_plot import cluster_colour

    h = g.copy()
    size_key = str(g.graph.get("size_by") or "mentions")
    sizes = {}
    for n, data in h.nodes(data=True):
        value = next((data[k] for k in (size_key, "mentions", "citations") if isinstance(data.get(k), (int, float))
                      and not isinstance(data.get(k), bool)), h.degree(n))
        sizes[n] = max(float(value), 0.0)
    top = max(sizes.values(), default=0.0) or 1.0
    pos = layout_positions(h, seed=seed) if h.number_of_nodes() <= LAYOUT_MAX_NODES else {}
    for n, data in h.nodes(data=True):
        cluster = data.get("cluster")
        colour = cluster_colour(int(cluster) if isinstance(cluster, (int, float)) else None).lstrip("#")
        viz = {"color": {"r": int(colour[0:2], 16), "g": int(colour[2:4], 16), "b": int(colour[4:6], 16), "a": 1.0},
               "size": round(4 + 16 * (sizes[n] / top) ** 0.5, 3)}
        if n in pos:
            viz["position"] = {"x": round(pos[n][0] * 1000, 2), "y": round(pos[n][1] * 1000, 2), "z": 0.0}
        data["viz"] = viz
    return h


def _cell(value: object) -> object:
    """A CSV cell: lists and dicts as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def write_graph(g: nx.Graph, out_dir: str | Path, name: str, formats: tuple[str, ...] = GRAPH_FORMATS, *,
                notes: list[str] | None = None) -> list[Path]:
    """Write g as name.graphml, name.gexf, name_vos_map.txt + name_vos_network.txt, name_vosviewer.json,
    name_nodes.csv + name_edges.csv, name.json (networkx node-link), name.net + name.clu + name.vec (Pajek).
    Returns the files written: the VOSviewer files only for graphs of three nodes or more, the network file only
    when there is a link (see write_vosviewer). A file asked for and not written is said in notes (one line
    each, naming the files and why), for the caller to show and record."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    clean = _clean(g)
    reason = vos_skip_reason(g)
    if reason and notes is not None and {"vosviewer", "vosjson"} & set(formats):
        notes.append(f"{name}: VOSviewer files not written ({reason})")
    for fmt in formats:
        if fmt == "graphml":
            with atomic_path(out / f"{name}.graphml") as tmp:
                nx.write_graphml(clean, tmp)
            written.append(out / f"{name}.graphml")
        elif fmt == "gexf":
            write_text_atomic(out / f"{name}.gexf", gexf_text(with_viz(clean)))
            written.append(out / f"{name}.gexf")
        elif fmt == "vosviewer":
            written += write_vosviewer(g, out / f"{name}_vos_map.txt", out / f"{name}_vos_network.txt")
        elif fmt == "vosjson":
            if g.number_of_nodes() < VOS_MIN_ITEMS:
                continue  # VOSviewer Online refuses it (see write_vosviewer)
            write_text_atomic(out / f"{name}_vosviewer.json",
                              json.dumps(vosviewer_json(g, item=str(g.graph.get("vos_item", "Item")),
                                                        link_strength=str(g.graph.get("vos_link_strength",
                                                                                      "Link strength"))),
                                         ensure_ascii=False, indent=1))
            written.append(out / f"{name}_vosviewer.json")
        elif fmt == "csv":
            keys = sorted({k for _, d in g.nodes(data=True) for k in d})
            with open_atomic(out / f"{name}_nodes.csv", newline="") as fh:
                w = GuardedWriter(fh)
                w.writerow(["id", *keys])
                for n, d in g.nodes(data=True):
                    w.writerow([n, *[_cell(d.get(k)) for k in keys]])
            edge_keys = sorted({k for *_, d in g.edges(data=True) for k in d} - {"weight"})
            with open_atomic(out / f"{name}_edges.csv", newline="") as fh:
                w = GuardedWriter(fh)
                w.writerow(["source", "target", "weight", *edge_keys])
                for a, b, d in g.edges(data=True):
                    w.writerow([a, b, d.get("weight", 1), *[_cell(d.get(k)) for k in edge_keys]])
            written += [out / f"{name}_nodes.csv", out / f"{name}_edges.csv"]
        elif fmt == "json":
            data = nx.node_link_data(g, edges="edges")  # the key networkx's node_link_graph reads by default
            write_text_atomic(out / f"{name}.json", json.dumps(data, ensure_ascii=False, indent=1, default=str))
            written.append(out / f"{name}.json")
        elif fmt == "pajek":
            from litmine.export.pajek import write_pajek

            written += write_pajek(g, out, name)
        else:
            raise ValueError(f"unknown graph format {fmt!r} (choose from {', '.join(GRAPH_FORMATS)})")
    return written
