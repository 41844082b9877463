"""Graph files checked by the rules of the tools that read them (issue 15): GEXF 1.2's schema for <graph>,
VOSviewer's raw counts and JSON keys, networkx's default node-link call, Pajek read by networkx and igraph."""

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from litmine.cooccurrence import build_concept_network, edge_weight
from litmine.export.graphs import write_graph

# the attributes the GEXF 1.2draft / 1.3 schemas declare on <graph> (gexf.xsd, complexType graph-content)
GEXF_GRAPH_ATTRIBUTES = {"timeformat", "start", "startopen", "end", "endopen", "defaultedgetype", "idtype", "mode",
                         "timerepresentation", "timezone"}


def concept_graph() -> nx.Graph:
    rows = []
    for p in range(7):  # "Sørensen" and "governance" share 7 passages of 10
        rows += [{"concept": "sørensen", "doc_id": "d1", "passage_id": p, "sentence": 0, "year": 2011},
                 {"concept": "governance", "doc_id": "d1", "passage_id": p, "sentence": 0, "year": 2011}]
    rows += [{"concept": "governance", "doc_id": "d2", "passage_id": 20 + p, "sentence": 0, "year": 2015}
             for p in range(3)]
    rows += [{"concept": "welfare", "doc_id": "d2", "passage_id": 30, "sentence": 0, "year": 2015},
             {"concept": "governance", "doc_id": "d2", "passage_id": 30, "sentence": 0, "year": 2015}]
    labels = {"sørensen": {"label": "Sørensen", "group": "authors"},
              "governance": {"label": "Network governance", "group": "themes"},
              "welfare": {"label": "Welfare", "group": "themes"}}
    return build_concept_network(rows, measure="association", labels=labels)


def test_graph_formats_gexf_graph_has_only_schema_attributes(tmp_path):
    g = concept_graph()
    write_graph(g, tmp_path, "c", ("gexf",))
    root = ET.parse(tmp_path / "c.gexf").getroot()
    graph = root.find("{http://www.gexf.net/1.2draft}graph")
    assert set(graph.attrib) <= GEXF_GRAPH_ATTRIBUTES  # was: name="litmine concept co-occurrence ..."
    description = root.find("{http://www.gexf.net/1.2draft}meta/{http://www.gexf.net/1.2draft}description")
    assert description.text.startswith("litmine concept co-occurrence")
    back = nx.read_gexf(tmp_path / "c.gexf")
    assert back.nodes["sørensen"]["label"] == "Sørensen" and back.number_of_edges() == 2


def test_graph_formats_vosviewer_holds_raw_counts(tmp_path):
    g = concept_graph()
    assert g.edges["sørensen", "governance"]["weight"] != 7  # association strength in the graph itself
    write_graph(g, tmp_path, "c", ("vosviewer", "vosjson"))
    links = [line.split("\t") for line in (tmp_path / "c_vos_network.txt").read_text().splitlines()]
    assert sorted(int(row[2]) for row in links) == [1, 7]
    rows = list(csv.DictReader((tmp_path / "c_vos_map.txt").open(encoding="utf-8"), delimiter="\t"))
    governance = next(r for r in rows if r["label"] == "Network governance")
    assert governance["weight<Total link strength>"] == "8"
    vos = json.loads((tmp_path / "c_vosviewer.json").read_text(encoding="utf-8"))
    assert sorted(link["strength"] for link in vos["network"]["links"]) == [1, 7]


def test_graph_formats_vosviewer_json_keys_and_types(tmp_path):
    g = concept_graph()
    from litmine.cooccurrence import write_network_files

    write_network_files(g, tmp_path, "c", ("vosjson",))
    vos = json.loads((tmp_path / "c_vosviewer.json").read_text(encoding="utf-8"))
    assert set(vos) == {"config", "info", "network"}
    assert vos["config"]["terminology"]["item"] == "Concept"
    assert vos["config"]["terminology"]["link_strength"] == "Co-occurrences"
    assert isinstance(vos["info"]["title"], str) and vos["info"]["title"]
    ids = set()
    for item in vos["network"]["items"]:  # the types VOSviewer Online's parser expects
        assert isinstance(item["id"], int) and isinstance(item["label"], str) and isinstance(item["cluster"], int)
        assert all(isinstance(v, (int, float)) for v in item["weights"].values())
        assert all(isinstance(v, (int, float)) for v in item.get("scores", {}).values())
        ids.add(item["id"])
    for link in vos["network"]["links"]:
        assert {link["source_id"], link["target_id"]} <= ids and isinstance(link["strength"], (int, float))
    clusters = vos["network"]["clusters"]
    assert {c["cluster"] for c in clusters} == {i["cluster"] for i in vos["network"]["items"]}
    assert "Network governance" in {c["label"] for c in clusters}  # the cluster named by its heaviest concept


def test_graph_formats_node_link_loads_with_default_call(tmp_path):
    write_graph(concept_graph(), tmp_path, "c", ("json",))
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data)  # networkx's default call reads "edges"
    assert back.number_of_edges() == 2 and back.nodes["sørensen"]["label"] == "Sørensen"


def test_graph_formats_pajek_round_trip_networkx(tmp_path):
    g = concept_graph()
    g.nodes["welfare"]["label"] = 'Welfare "state"\nreform'
    files = write_graph(g, tmp_path, "c", ("pajek",))
    assert [f.name for f in files] == ["c.net", "c.clu", "c.vec"]
    back = nx.read_pajek(tmp_path / "c.net")
    assert set(back.nodes) == {"Sørensen", "Network governance", "Welfare 'state' reform"}
    weights = sorted(d["weight"] for *_, d in back.edges(data=True))
    assert weights == [1.0, 7.0]
    clu = (tmp_path / "c.clu").read_text(encoding="utf-8").split()
    assert clu[:2] == ["*Vertices", "3"] and len(clu) == 5
    assert clu[2:] == [str(g.nodes[n]["cluster"]) for n in g.nodes]
    vec = (tmp_path / "c.vec").read_text(encoding="utf-8").split()
    assert vec[2:] == [str(g.nodes[n]["mentions"]) for n in g.nodes]


def test_graph_formats_igraph_reads_pajek_and_graphml(tmp_path):
    igraph = pytest.importorskip("igraph")
    write_graph(concept_graph(), tmp_path, "c", ("pajek", "graphml"))
    net = igraph.Graph.Read_Pajek(str(tmp_path / "c.net"))
    assert net.vcount() == 3 and sorted(net.es["weight"]) == [1.0, 7.0]
    gml = igraph.Graph.Read_GraphML(str(tmp_path / "c.graphml"))
    assert gml.vcount() == 3 and "Sørensen" in gml.vs["label"]


def test_graph_formats_equivalence_and_choice_of_n():
    assert edge_weight(7, 7, 11, 10, measure="equivalence") == pytest.approx(49 / 77)
    rows = [{"concept": c, "doc_id": "d", "passage_id": 1, "sentence": 0} for c in ("a", "b")]
    rows += [{"concept": "a", "doc_id": "d", "passage_id": 2, "sentence": 0},
             {"concept": "b", "doc_id": "d", "passage_id": 3, "sentence": 0}]
    mentioned = build_concept_network(rows, measure="pmi")
    assert mentioned.graph["n_basis"] == "mentioned" and mentioned.graph["units"] == 3
    assert mentioned.edges["a", "b"]["weight"] == 0  # log2(3 * 1 / 4) < 0: cut to 0 among mentioned passages
    everything = build_concept_network(rows, measure="pmi", total_units=12)
    assert everything.graph["n_basis"] == "all" and everything.graph["units"] == 12
    assert everything.edges["a", "b"]["weight"] == pytest.approx(1.584963)  # log2(12 / 4)


def citation_like_graph(clusters: int = 3) -> nx.DiGraph:
    """A directed graph like the citation graphs: works with a title holding markup, years missing on some."""
    g = nx.DiGraph(name="litmine direct citation network")
    for i in range(clusters):
        g.add_node(f"w{i}", label=f"Ørsted ({2000 + i})", title=f"<b>Co-production</b> & {i} {{label}}",
                   year=2000 + i if i else None, citations=i, cluster=i + 1, doi=None, authors=["Ørsted", "Kühn"])
    g.add_edge("w0", "w1", weight=2)
    if clusters > 2:
        g.add_edge("w1", "w2", weight=1)
    return g


def test_graph_formats_gexf_valid_against_official_schema(tmp_path):
    from tests.export.format_checks import check_gexf, gexf_schema

    write_graph(concept_graph(), tmp_path, "c", ("gexf",))
    back = check_gexf(tmp_path / "c.gexf")  # the published gexf.xsd; viz elements against viz.xsd's types
    assert back.nodes["sørensen"]["label"] == "Sørensen"
    g = citation_like_graph()
    g.nodes["w2"]["title"] = "Bad \x01 control"
    write_graph(g, tmp_path, "d", ("gexf",))
    assert check_gexf(tmp_path / "d.gexf").is_directed()
    # the check has teeth: networkx's own output (name="..." on <graph>) fails the schema
    from lxml import etree

    plain = nx.path_graph(3)
    plain.graph["name"] = "Concepts"
    raw = etree.fromstring("".join(nx.generate_gexf(plain)).encode())
    assert not gexf_schema().validate(raw)
    assert "'name' is not allowed" in str(gexf_schema().error_log.last_error)


def test_graph_formats_gexf_carries_viz_for_gephi(tmp_path):
    from litmine.export.network_plot import cluster_colour
    from tests.export.format_checks import check_gexf

    g = concept_graph()
    write_graph(g, tmp_path, "c", ("gexf",))
    back = check_gexf(tmp_path / "c.gexf")
    viz = {n: back.nodes[n]["viz"] for n in back.nodes}
    colour = cluster_colour(g.nodes["governance"]["cluster"]).lstrip("#")
    assert (viz["governance"]["color"]["r"], viz["governance"]["color"]["g"]) == (int(colour[:2], 16),
                                                                                  int(colour[2:4], 16))
    assert viz["governance"]["size"] > viz["welfare"]["size"]  # 11 mentions against 1
    assert {"x", "y"} <= set(viz["sørensen"]["position"])
    assert len({(v["position"]["x"], v["position"]["y"]) for v in viz.values()}) == 3


def test_graph_formats_vosviewer_files_follow_vosviewer_online_rules(tmp_path):
    from tests.export.format_checks import check_vos_files, check_vos_json

    g = citation_like_graph()
    g.nodes["w1"]["citations"] = None  # unknown: 0, not an empty weight VOSviewer would refuse
    files = write_graph(g, tmp_path, "c", ("vosviewer", "vosjson"))
    assert [f.name for f in files] == ["c_vos_map.txt", "c_vos_network.txt", "c_vosviewer.json"]
    items = check_vos_files(tmp_path / "c_vos_map.txt", tmp_path / "c_vos_network.txt")
    # descriptions are HTML in VOSviewer (helpers2.js parseDescription): the title's markup is shown, not applied,
    # and its "{label}" is not a placeholder VOSviewer fills (see the next test)
    assert items[0]["description"] == "&lt;b&gt;Co-production&lt;/b&gt; &amp; 0 <span>{</span>label}"
    assert items[0]["score<Year>"] == ""  # no year: an empty score, which VOSviewer reads as none
    assert items[1]["weight<Citations>"] == "0"
    vos = check_vos_json(tmp_path / "c_vosviewer.json")
    assert "scores" not in vos["network"]["items"][0]


def test_graph_formats_vosviewer_braces_in_titles_are_not_placeholders(tmp_path):
    from lxml import html as lxml_html

    from tests.export.format_checks import check_vos_files, check_vos_json, vos_placeholders

    g = citation_like_graph()
    g.nodes["w0"]["title"] = "Modelle der {Governance} & {label} in Ørsted's {x"
    write_graph(g, tmp_path, "c", ("vosviewer", "vosjson"))
    items = check_vos_files(tmp_path / "c_vos_map.txt", tmp_path / "c_vos_network.txt")
    vos = check_vos_json(tmp_path / "c_vosviewer.json")
    for description in (items[0]["description"], vos["network"]["items"][0]["description"]):
        # was: VOSviewer Online put the label in for {label} and blanked the text for {Governance} (no such field)
        assert vos_placeholders(description) == []
        shown = lxml_html.fragment_fromstring(description, create_parent="div").text_content()
        assert shown == "Modelle der {Governance} & {label} in Ørsted's {x"  # the braces shown as written
    assert vos_placeholders("Modelle der {Governance}") == ["Governance"]  # the check has teeth


def test_graph_formats_vosviewer_files_not_written_are_said(tmp_path):
    notes: list[str] = []
    assert write_graph(citation_like_graph(clusters=2), tmp_path, "two", ("gexf", "vosviewer"), notes=notes) == [
        tmp_path / "two.gexf"]
    assert notes == ["two: VOSviewer files not written (VOSviewer opens only maps of 3 items or more; this graph "
                     "has 2)"]
    write_graph(citation_like_graph(clusters=2), tmp_path, "two", ("gexf",), notes=notes)  # none asked for
    write_graph(citation_like_graph(), tmp_path, "three", ("vosjson",), notes=notes)  # written
    assert len(notes) == 1


def test_graph_formats_cli_says_vosviewer_files_not_written(tmp_path):
    from litmine.cli import app
    from litmine.models import Document, Passage
    from litmine.store import Store
    from tests.conftest import Runner

    text = "Ørsted on welfare."
    store = Store(tmp_path / "s.db")
    store.write_document(Document(id="d1", path="c/a.txt", format="txt", title="Ørsted", authors=["Ann Kerr"],
                                  year=2020, text=text, passages=[Passage(index=0, kind="body", text=text, start=0,
                                                                          end=len(text))]),
                         root="c", size=len(text), mtime=1.0)
    store.close()
    result = Runner().invoke(app, ["network", "citations", "--db", str(tmp_path / "s.db"), "--kind", "direct",
                                      "--out", str(tmp_path / "nets"), "--format", "vosviewer"])
    assert result.exit_code == 0, result.output
    assert "note: citations_direct: VOSviewer files not written (VOSviewer opens only maps of 3 items or more; " \
           "this graph has" in result.stderr
    assert not list((tmp_path / "nets").glob("*vos*"))


def test_graph_formats_vosviewer_small_and_linkless_graphs(tmp_path):
    from tests.export.format_checks import check_vos_files, check_vos_json

    two = citation_like_graph(clusters=2)
    assert write_graph(two, tmp_path, "two", ("vosviewer", "vosjson")) == []  # VOSviewer refuses under 3 items
    lonely = nx.Graph()
    lonely.add_nodes_from([(f"n{i}", {"label": f"Concept {i}", "cluster": i + 1}) for i in range(4)])
    files = write_graph(lonely, tmp_path, "lonely", ("vosviewer", "vosjson"))
    assert [f.name for f in files] == ["lonely_vos_map.txt", "lonely_vosviewer.json"]  # no empty network file
    items = check_vos_files(tmp_path / "lonely_vos_map.txt", None)  # x and y: VOSviewer has no links to lay out
    assert len({(it["x"], it["y"]) for it in items}) == 4
    vos = check_vos_json(tmp_path / "lonely_vosviewer.json")
    assert vos["network"]["links"] == [] and all("x" in it and "y" in it for it in vos["network"]["items"])


def test_graph_formats_vosviewer_clusters_past_1000_left_out(tmp_path):
    from tests.export.format_checks import check_vos_files, check_vos_json

    g = citation_like_graph()
    g.nodes["w2"]["cluster"] = 1001  # one of many singleton communities of a large corpus
    write_graph(g, tmp_path, "c", ("vosviewer", "vosjson"))
    items = check_vos_files(tmp_path / "c_vos_map.txt", tmp_path / "c_vos_network.txt")
    assert [it["cluster"] for it in items] == ["1", "2", ""]
    vos = check_vos_json(tmp_path / "c_vosviewer.json")
    assert "cluster" not in vos["network"]["items"][2]
    assert [c["cluster"] for c in vos["network"]["clusters"]] == [1, 2]


def test_graph_formats_gexf_large_graph_without_positions(tmp_path):
    from litmine.export.graphs import LAYOUT_MAX_NODES
    from tests.export.format_checks import check_gexf

    g = nx.path_graph(LAYOUT_MAX_NODES + 1)  # a big citation graph: no layout here, Gephi lays it out
    write_graph(g, tmp_path, "big", ("gexf",))
    back = check_gexf(tmp_path / "big.gexf")
    assert all("position" not in back.nodes[n]["viz"] and "color" in back.nodes[n]["viz"] for n in back.nodes)
