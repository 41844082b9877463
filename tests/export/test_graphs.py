import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx

from litmine.export.graphs import write_graph


def sample():
    g = nx.Graph()
    g.add_node("w1", label="Sørensen & Torfing (2011)", title="<script>alert(1)</script> & co", year=2011, cluster=1)
    g.add_node("w2", label="Hood (1991)", year=1991, cluster=2, tags=["a", "b"], missing=None)
    g.add_edge("w1", "w2", weight=3)
    return g


def sample3():
    """sample() and a third, unlinked work: VOSviewer refuses maps of fewer than three items."""
    g = sample()
    g.add_node("w3", label="Ostrom (1996)", year=1996, cluster=3)
    return g


def test_graphs_every_format_opens_again(tmp_path):
    files = write_graph(sample3(), tmp_path, "net")
    names = sorted(f.name for f in files)
    assert names == sorted(["net.graphml", "net.gexf", "net_vos_map.txt", "net_vos_network.txt",
                            "net_vosviewer.json", "net_nodes.csv", "net_edges.csv", "net.json", "net.net", "net.clu",
                            "net.vec"])
    files = write_graph(sample(), tmp_path / "two", "net")  # two nodes: no VOSviewer files (it refuses them)
    assert not [f for f in files if "vos" in f.name]
    g = nx.read_graphml(tmp_path / "net.graphml")
    assert g.nodes["w1"]["label"] == "Sørensen & Torfing (2011)" and g.edges["w1", "w2"]["weight"] == 3
    g2 = nx.read_gexf(tmp_path / "net.gexf")
    assert g2.number_of_edges() == 1
    ET.parse(tmp_path / "net.gexf")
    data = json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))
    assert nx.node_link_graph(data).number_of_nodes() == 3


def test_graphs_vosviewer_files(tmp_path):
    write_graph(sample3(), tmp_path, "net", ("vosviewer", "vosjson"))
    rows = list(csv.reader((tmp_path / "net_vos_map.txt").open(encoding="utf-8"), delimiter="\t"))
    assert rows[0][:4] == ["id", "label", "description", "cluster"] and rows[1][:2] == ["1", "Sørensen & Torfing (2011)"]
    assert (tmp_path / "net_vos_network.txt").read_text().split() == ["1", "2", "3"]
    vos = json.loads((tmp_path / "net_vosviewer.json").read_text(encoding="utf-8"))
    item = vos["network"]["items"][0]
    assert "<script>" not in item["description"] and "&lt;script&gt;" in item["description"]
    assert vos["network"]["links"] == [{"source_id": 1, "target_id": 2, "strength": 3}]


def test_graphs_concept_weights_and_edge_attributes_travel(tmp_path):
    g = nx.Graph()
    g.add_node("co-production", label="Co-production", mentions=7, cluster=1)
    g.add_node("lone-parents", label="Lone parents", mentions=3, cluster=2)
    g.add_edge("co-production", "lone-parents", weight=1 / 3, raw=2, passages=[4, 9])
    g.add_node("welfare", label="Welfare", mentions=1, cluster=3)  # VOSviewer needs three items
    write_graph(g, tmp_path, "c", ("vosviewer", "vosjson", "csv"))
    rows = list(csv.reader((tmp_path / "c_vos_map.txt").open(encoding="utf-8"), delimiter="\t"))
    assert "weight<Occurrences>" in rows[0] and rows[1][rows[0].index("weight<Occurrences>")] == "7"
    assert rows[1][rows[0].index("weight<Total link strength>")] == "2"  # raw count: VOSviewer normalises
    vos = json.loads((tmp_path / "c_vosviewer.json").read_text(encoding="utf-8"))
    assert vos["network"]["items"][1]["weights"]["Occurrences"] == 3
    edges = list(csv.DictReader((tmp_path / "c_edges.csv").open(encoding="utf-8")))
    assert edges[0]["raw"] == "2" and json.loads(edges[0]["passages"]) == [4, 9]
