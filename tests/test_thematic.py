"""Thematic map and thematic evolution against values computed by hand on small networks."""

from __future__ import annotations

import networkx as nx
import pytest

from litmine.cooccurrence import build_concept_network
from litmine.thematic import quadrant, thematic_evolution, thematic_map


def _graph(edges, clusters, mentions=None, labels=None):
    g = nx.Graph()
    for a, b, w in edges:
        g.add_edge(a, b, weight=w)
    for n in g:
        g.nodes[n]["cluster"] = clusters[n]
        g.nodes[n]["mentions"] = (mentions or {}).get(n, 1)
        g.nodes[n]["passages"] = [ord(n[0])]
        if labels and n in labels:
            g.nodes[n]["label"] = labels[n]
    return g


# four clusters: 1 = {a, b, c}, 2 = {d, e}, 3 = {f}, 4 = {g, h}
MAP_EDGES = [("a", "b", 2.0), ("b", "c", 4.0), ("a", "c", 3.0),  # inside 1: 9 over 3 links
             ("d", "e", 0.8),                                     # inside 2
             ("g", "h", 5.0),                                     # inside 4
             ("c", "d", 0.5), ("a", "e", 1.5),                    # 1-2
             ("e", "f", 2.0),                                     # 2-3
             ("g", "f", 0.25),                                    # 3-4
             ("a", "g", 1.0)]                                     # 1-4
MAP_CLUSTERS = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 3, "g": 4, "h": 4}


def test_thematic_map_centrality_density_by_hand():
    rows = {r["cluster"]: r for r in thematic_map(_graph(MAP_EDGES, MAP_CLUSTERS))}
    # centrality: 1 = 0.5 + 1.5 + 1.0; 2 = 0.5 + 1.5 + 2.0; 3 = 2.0 + 0.25; 4 = 0.25 + 1.0
    assert {k: r["centrality"] for k, r in rows.items()} == {1: 3.0, 2: 4.0, 3: 2.25, 4: 1.25}
    # density: 1 = 9 / 3; 2 = 0.8 / 1; 3 has no internal link; 4 = 5 / 1
    assert {k: r["density"] for k, r in rows.items()} == {1: 3.0, 2: 0.8, 3: 0.0, 4: 5.0}
    assert (rows[1]["internal_links"], rows[1]["external_links"], rows[3]["internal_links"]) == (3, 3, 0)
    # medians: centrality (2.25 + 3) / 2 = 2.625, density (0.8 + 3) / 2 = 1.9
    assert rows[1]["centrality_median"] == pytest.approx(2.625)
    assert rows[1]["density_median"] == pytest.approx(1.9)
    assert {k: r["quadrant"] for k, r in rows.items()} == {1: "motor", 2: "basic", 3: "emerging or declining",
                                                           4: "niche"}


def test_thematic_map_names_themes_by_most_mentioned_concepts():
    g = _graph(MAP_EDGES, MAP_CLUSTERS, mentions={"a": 1, "b": 9, "c": 4},
               labels={"b": "Économie sociale", "c": "Sozialstaat"})
    row = next(r for r in thematic_map(g, top_labels=2) if r["cluster"] == 1)
    assert row["concepts"] == ["b", "c", "a"]
    assert row["name"] == "Économie sociale; Sozialstaat"
    assert row["mentions"] == 14
    assert row["passages"] == [ord("a"), ord("b"), ord("c")]


def test_thematic_map_leaves_out_concepts_without_links():
    g = _graph([("a", "b", 1.0)], {"a": 1, "b": 1})
    g.add_node("lonely", cluster=2, mentions=50)
    assert [r["cluster"] for r in thematic_map(g)] == [1]
    assert thematic_map(nx.Graph()) == []


def test_thematic_quadrant_ties_count_as_high():
    assert quadrant(2.0, 1.0, 2.0, 1.0) == "motor"
    assert quadrant(1.9, 1.0, 2.0, 1.0) == "niche"
    assert quadrant(1.9, 0.9, 2.0, 1.0) == "emerging or declining"


def test_thematic_evolution_inclusion_by_hand():
    # period 1: A = {x, y, z}, B = {u, v}; period 2: C = {x, y}, D = {z, u, w}
    p1 = _graph([("x", "y", 1), ("y", "z", 1), ("u", "v", 1), ("z", "u", 0.1)],
                {"x": 1, "y": 1, "z": 1, "u": 2, "v": 2}, mentions={"x": 5, "y": 3, "z": 2, "u": 4, "v": 1})
    p2 = _graph([("x", "y", 1), ("z", "u", 1), ("u", "w", 1), ("y", "z", 0.1)],
                {"x": 1, "y": 1, "z": 2, "u": 2, "w": 2}, mentions={"x": 2, "y": 2, "z": 6, "u": 1, "w": 3},
                labels={"u": "Gemeinwohl"})
    result = thematic_evolution([("2001-2005", p1), ("2006-2010", p2)])
    assert [p["period"] for p in result["periods"]] == ["2001-2005", "2006-2010"]
    flows = [(f["from_cluster"], f["to_cluster"], f["inclusion"], f["weighted_inclusion"]) for f in result["flows"]]
    # A->C: 2 shared / min(3, 2) = 1; (5+3 + 2+2) / (10 + 4) = 12/14
    # B->D: 1 / min(2, 3) = 0.5; (4 + 1) / (5 + 10) = 1/3
    # A->D: 1 / min(3, 3) = 1/3; (2 + 6) / (10 + 10) = 0.4; B and C share nothing
    assert flows == [(1, 1, 1.0, round(12 / 14, 6)), (2, 2, 0.5, round(5 / 15, 6)),
                     (1, 2, round(1 / 3, 6), 0.4)]
    assert result["flows"][1]["shared_labels"] == ["Gemeinwohl"]
    assert result["flows"][0]["shared"] == ["x", "y"]


def test_thematic_map_on_a_built_network_uses_its_clusters():
    rows = [{"concept": c, "doc_id": d, "passage_id": p, "sentence": 0, "year": 2020}
            for c, d, p in [("ä", "d1", 1), ("b", "d1", 1), ("ä", "d2", 2), ("b", "d2", 2), ("c", "d3", 3),
                            ("e", "d3", 3), ("b", "d3", 3)]]
    g = build_concept_network(rows, measure="count")
    themes = thematic_map(g)
    assert sum(len(t["concepts"]) for t in themes) == 4
    total_external = sum(t["centrality"] for t in themes)
    cross = sum(d["weight"] for a, b, d in g.edges(data=True) if g.nodes[a]["cluster"] != g.nodes[b]["cluster"])
    assert total_external == pytest.approx(2 * cross)
