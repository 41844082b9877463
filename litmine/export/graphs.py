"""Graph files that Gephi, Cytoscape, VOSviewer, networkx and a browser open."""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

from litmine.export.atomic import atomic_path, open_atomic, write_text_atomic
from litmine.export.sanitize import GuardedWriter, clean_xml_text

GRAPH_FORMATS = ("graphml", "gexf", "vosviewer", "vosjson", "csv", "json")


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


def _vos_weights(g: nx.Graph, n, strength: dict, weight_name: str) -> dict[str, float]:
    """A node's VOSviewer weights: links, total link strength, and its own count (mentions or citations) if any."""
    weights = {weight_name: g.degree(n), "Total link strength": round(strength.get(n, 0), 4)}
    data = g.nodes[n]
    if "mentions" in data:
        weights["Occurrences"] = data["mentions"]
    elif "citations" in data:
        weights["Citations"] = data["citations"]
    return weights


def write_vosviewer(g: nx.Graph, map_path: Path, network_path: Path, *, weight_name: str = "Links") -> None:
    """VOSviewer map file (items) and network file (links), tab-separated, items numbered from 1."""
    ids = {n: i for i, n in enumerate(g.nodes(), start=1)}
    strength = dict(g.degree(weight="weight"))
    extra = sorted({k for n in g.nodes for k in _vos_weights(g, n, strength, weight_name)} -
                   {weight_name, "Total link strength"})
    with open_atomic(map_path, newline="") as fh:
        w = GuardedWriter(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "label", "description", "cluster", f"weight<{weight_name}>",
                    "weight<Total link strength>", *[f"weight<{k}>" for k in extra], "score<Year>"])
        for n, data in g.nodes(data=True):
            weights = _vos_weights(g, n, strength, weight_name)
            w.writerow([ids[n], _one_line(data.get("label", n)), _one_line(data.get("title", "")),
                        data.get("cluster", 1), weights[weight_name], weights["Total link strength"],
                        *[weights.get(k, 0) for k in extra], data.get("year", "")])
    with open_atomic(network_path, newline="") as fh:
        w = GuardedWriter(fh, delimiter="\t", lineterminator="\n")
        for a, b, data in g.edges(data=True):
            w.writerow([ids[a], ids[b], _round(data.get("weight", 1))])


def _round(value: object) -> object:
    return round(value, 6) if isinstance(value, float) else value


def vosviewer_json(g: nx.Graph, *, weight_name: str = "Links") -> dict:
    """The VOSviewer / VOSviewer Online JSON network. Descriptions are HTML there, so text is escaped."""
    ids = {n: i for i, n in enumerate(g.nodes(), start=1)}
    strength = dict(g.degree(weight="weight"))
    items = []
    for n, data in g.nodes(data=True):
        item = {"id": ids[n], "label": data.get("label", str(n)), "cluster": data.get("cluster", 1),
                "weights": _vos_weights(g, n, strength, weight_name)}
        if data.get("year") is not None:
            item["scores"] = {"Year": data["year"]}
        if data.get("title"):
            item["description"] = f"<p>{html.escape(str(data['title']))}</p>"
        items.append(item)
    links = [{"source_id": ids[a], "target_id": ids[b], "strength": _round(d.get("weight", 1))}
             for a, b, d in g.edges(data=True)]
    return {"network": {"items": items, "links": links}}


def _cell(value: object) -> object:
    """A CSV cell: lists and dicts as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def write_graph(g: nx.Graph, out_dir: str | Path, name: str, formats: tuple[str, ...] = GRAPH_FORMATS) -> list[Path]:
    """Write g as name.graphml, name.gexf, name_vos_map.txt + name_vos_network.txt, name_vosviewer.json,
    name_nodes.csv + name_edges.csv, name.json (networkx node-link). Returns the files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    clean = _clean(g)
    for fmt in formats:
        if fmt == "graphml":
            with atomic_path(out / f"{name}.graphml") as tmp:
                nx.write_graphml(clean, tmp)
            written.append(out / f"{name}.graphml")
        elif fmt == "gexf":
            with atomic_path(out / f"{name}.gexf") as tmp:
                nx.write_gexf(clean, tmp)
            written.append(out / f"{name}.gexf")
        elif fmt == "vosviewer":
            write_vosviewer(g, out / f"{name}_vos_map.txt", out / f"{name}_vos_network.txt")
            written += [out / f"{name}_vos_map.txt", out / f"{name}_vos_network.txt"]
        elif fmt == "vosjson":
            write_text_atomic(out / f"{name}_vosviewer.json",
                              json.dumps(vosviewer_json(g), ensure_ascii=False, indent=1))
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
            data = nx.node_link_data(g, edges="links")
            write_text_atomic(out / f"{name}.json", json.dumps(data, ensure_ascii=False, indent=1, default=str))
            written.append(out / f"{name}.json")
        else:
            raise ValueError(f"unknown graph format {fmt!r} (choose from {', '.join(GRAPH_FORMATS)})")
    return written
