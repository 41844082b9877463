import csv
import json
import math

import networkx as nx
import pytest

from litmine.cooccurrence import (
    build_concept_network,
    build_period_networks,
    capped_passages,
    edge_weight,
    find_cluster_evolution,
    load_passage_details,
    parse_periods,
    write_concept_networks,
    write_matrix,
)
from litmine.errors import LitmineError
from litmine.models import Concept, Document, Mention, Passage

LABELS = {"npm": {"label": "Nueva Gestión Pública", "group": "gobernanza"},
          "copro": {"label": "Co-producción", "group": "participación"},
          "eco": {"label": "Économie sociale", "group": "économie"},
          "val": {"label": "Välfärd", "group": "välfärd"}}


def mention(concept, doc_id, passage_id, sentence, year):
    return {"concept": concept, "doc_id": doc_id, "passage_id": passage_id, "sentence": sentence, "year": year}


# By paragraph (passage) the units are: (d1,10){npm,copro,eco} (d1,11){npm} (d2,20){npm,eco} (d2,21){copro,eco,val}
# (d3,30){npm,copro}; N = 5, s_npm = 4, s_copro = 3, s_eco = 3, s_val = 1.
MENTIONS = [
    mention("npm", "d1", 10, 0, 2004), mention("copro", "d1", 10, 0, 2004), mention("eco", "d1", 10, 1, 2004),
    mention("npm", "d1", 11, 0, 2004),
    mention("npm", "d2", 20, 0, 2010), mention("eco", "d2", 20, 0, 2010),
    mention("copro", "d2", 21, 0, 2010), mention("eco", "d2", 21, 0, 2010), mention("val", "d2", 21, 1, 2010),
    mention("npm", "d3", 30, None, None), mention("copro", "d3", 30, None, None),
]


def weights(g):
    return {tuple(sorted((a, b))): d["weight"] for a, b, d in g.edges(data=True)}


def test_cooccurrence_edge_weight_formulas():
    assert edge_weight(2, 4, 3, 5, measure="count") == 2
    assert edge_weight(2, 4, 3, 5, measure="association") == pytest.approx(10 / 12)
    assert edge_weight(2, 4, 3, 5, measure="jaccard") == pytest.approx(2 / 5)
    assert edge_weight(2, 4, 3, 5, measure="inclusion") == pytest.approx(2 / 3)
    assert edge_weight(2, 4, 3, 5, measure="cosine") == pytest.approx(2 / math.sqrt(12))
    assert edge_weight(2, 3, 3, 5, measure="pmi") == pytest.approx(math.log2(10 / 9))
    assert edge_weight(2, 4, 3, 5, measure="pmi") == 0  # log2(10/12) < 0 is cut to 0 (positive PMI)
    with pytest.raises(ValueError, match="unknown measure"):
        edge_weight(1, 1, 1, 1, measure="dice")


@pytest.mark.parametrize("measure,expected", [
    ("count", {("copro", "npm"): 2, ("eco", "npm"): 2, ("copro", "eco"): 2, ("copro", "val"): 1,
               ("eco", "val"): 1}),
    ("association", {("copro", "npm"): 5 * 2 / 12, ("eco", "npm"): 5 * 2 / 12, ("copro", "eco"): 5 * 2 / 9,
                     ("copro", "val"): 5 / 3, ("eco", "val"): 5 / 3}),
    ("jaccard", {("copro", "npm"): 2 / 5, ("eco", "npm"): 2 / 5, ("copro", "eco"): 2 / 4, ("copro", "val"): 1 / 3,
                 ("eco", "val"): 1 / 3}),
    ("inclusion", {("copro", "npm"): 2 / 3, ("eco", "npm"): 2 / 3, ("copro", "eco"): 2 / 3, ("copro", "val"): 1,
                   ("eco", "val"): 1}),
    ("cosine", {("copro", "npm"): 2 / math.sqrt(12), ("eco", "npm"): 2 / math.sqrt(12), ("copro", "eco"): 2 / 3,
                ("copro", "val"): 1 / math.sqrt(3), ("eco", "val"): 1 / math.sqrt(3)}),
    ("pmi", {("copro", "npm"): 0.0, ("eco", "npm"): 0.0, ("copro", "eco"): math.log2(10 / 9),
             ("copro", "val"): math.log2(5 / 3), ("eco", "val"): math.log2(5 / 3)}),
])
def test_cooccurrence_paragraph_weights_by_hand(measure, expected):
    g = build_concept_network(MENTIONS, unit="paragraph", measure=measure, labels=LABELS)
    assert g.graph["units"] == 5 and g.graph["measure"] == measure
    got = weights(g)
    assert set(got) == set(expected)
    for pair, value in expected.items():
        assert got[pair] == pytest.approx(value, abs=1e-6), pair


def test_cooccurrence_units_sentence_and_document():
    # sentences: (d1,10,0){npm,copro} (d1,10,1){eco} (d1,11,0){npm} (d2,20,0){npm,eco} (d2,21,0){copro,eco}
    # (d2,21,1){val} and (d3,30) as one unit {npm,copro} since its sentence is unknown: N = 7
    g = build_concept_network(MENTIONS, unit="sentence", measure="association")
    assert g.graph["units"] == 7
    assert {tuple(sorted(p)): g.edges[p]["raw"] for p in g.edges} == {("copro", "npm"): 2, ("eco", "npm"): 1,
                                                                       ("copro", "eco"): 1}
    assert g.edges["npm", "eco"]["weight"] == pytest.approx(7 * 1 / (4 * 3), abs=1e-6)
    assert g.nodes["npm"]["units"] == 4 and g.nodes["val"]["units"] == 1 and g.degree("val") == 0
    # documents: d1{npm,copro,eco} d2{npm,copro,eco,val} d3{npm,copro}: N = 3
    d = build_concept_network(MENTIONS, unit="document", measure="count")
    assert d.graph["units"] == 3 and d.edges["npm", "copro"]["raw"] == 3 and d.edges["npm", "val"]["raw"] == 1
    # in a document unit the edge lists the passages of the shared documents that mention either concept
    assert d.edges["npm", "val"]["passages"] == [20, 21]


def test_cooccurrence_nodes_and_edges_are_traceable():
    g = build_concept_network(MENTIONS, unit="paragraph", measure="count", labels=LABELS)
    assert list(g.nodes) == ["npm", "copro", "eco", "val"]  # lexicon order
    npm = g.nodes["npm"]
    assert npm["label"] == "Nueva Gestión Pública" and npm["group"] == "gobernanza"
    assert (npm["mentions"], npm["documents"], npm["units"]) == (4, 3, 4)
    assert npm["first_year"] == 2004 and npm["mean_year"] == pytest.approx((2004 * 2 + 2010) / 3)
    assert npm["years"] == {2004: 2, 2010: 1} and npm["passages"] == [10, 11, 20, 30]
    json.dumps(npm)  # every attribute is JSON-able
    edge = g.edges["npm", "copro"]
    assert edge["passages"] == [10, 30] and edge["documents"] == 2
    assert edge["first_year"] == 2004 and edge["mean_year"] == 2004  # d3 has no year
    assert g.edges["copro", "eco"]["passages"] == [10, 21] and g.edges["copro", "eco"]["years"] == {2004: 1, 2010: 1}
    assert g.nodes["eco"]["mean_year"] == pytest.approx((2004 + 2010 * 2) / 3)
    assert all("cluster" in d for _, d in g.nodes(data=True))
    undated = build_concept_network([m for m in MENTIONS if m["doc_id"] == "d3"], measure="count")
    assert undated.nodes["npm"]["first_year"] is None and undated.nodes["npm"]["mean_year"] is None


def test_cooccurrence_thresholds():
    g = build_concept_network(MENTIONS, measure="association", min_count=2)
    assert set(weights(g)) == {("copro", "npm"), ("eco", "npm"), ("copro", "eco")}
    g = build_concept_network(MENTIONS, measure="association", min_weight=1.0)
    assert set(weights(g)) == {("copro", "eco"), ("copro", "val"), ("eco", "val")}
    g = build_concept_network(MENTIONS, measure="association", top=2)
    assert set(weights(g)) == {("copro", "val"), ("eco", "val")}  # the two heaviest (5/3 each)
    assert g.number_of_nodes() == 4
    g = build_concept_network(MENTIONS, measure="association", top=2, drop_isolates=True)
    assert sorted(g.nodes) == ["copro", "eco", "val"]
    with pytest.raises(ValueError, match="unknown unit"):
        build_concept_network(MENTIONS, unit="page")


def test_cooccurrence_years_argument_overrides_mention_years():
    g = build_concept_network(MENTIONS, measure="count", years={"d1": 2001, "d2": 2002, "d3": 2003})
    assert g.nodes["npm"]["years"] == {2001: 2, 2002: 1, 2003: 1} and g.nodes["npm"]["first_year"] == 2001


def test_cooccurrence_parse_periods():
    assert parse_periods("5y", years=[2003, None, 2014]) == [(2003, 2007), (2008, 2012), (2013, 2014)]
    assert parse_periods("10 years", years=[2003, 2004]) == [(2003, 2004)]
    assert parse_periods(None, ["2011-2024", "2003–2010"]) == [(2003, 2010), (2011, 2024)]
    assert parse_periods(None, ["2015"]) == [(2015, 2015)]
    assert parse_periods() == []
    for args, message in [(("0y",), "bad slice"), (("five",), "bad slice"), ((None, ["2010-2003"]), "after"),
                          ((None, ["2003-2010", "2010-2012"]), "overlap"), ((None, ["soon"]), "bad period"),
                          (("5y", ["2003-2010"]), "not both")]:
        with pytest.raises(LitmineError, match=message):
            parse_periods(*args, years=[2003])
    with pytest.raises(LitmineError, match="no document has a publication year"):
        parse_periods("5y", years=[None])


def test_cooccurrence_period_networks_leave_out_undated_documents():
    nets = build_period_networks(MENTIONS, [(2000, 2005), (2006, 2012)], measure="count", labels=LABELS)
    assert [label for label, _ in nets] == ["2000-2005", "2006-2012"]
    early, late = nets[0][1], nets[1][1]
    assert early.graph["period"] == "2000-2005" and early.graph["documents"] == 1
    assert early.edges["npm", "copro"]["raw"] == 1 and early.edges["npm", "copro"]["passages"] == [10]  # not d3's 30
    assert sorted(late.nodes) == ["copro", "eco", "npm", "val"] and not late.has_edge("npm", "copro")


def clustered(groups, extra_isolates=()):
    """A graph whose clusters are given: {cluster number: [concepts]}, each cluster a chain of edges."""
    g = nx.Graph()
    for number, members in groups.items():
        g.add_nodes_from(members, cluster=number)
        nx.add_path(g, members)
        for m in members:
            g.nodes[m]["label"] = m.upper()
    g.add_nodes_from(extra_isolates, cluster=99)
    return g


def test_cooccurrence_cluster_evolution_events():
    before = clustered({1: ["a", "b", "c"], 2: ["x1", "x2", "x3", "x4"], 3: ["m1", "m2"], 4: ["m3", "m4"],
                        5: ["v1", "v2"], 6: ["s1", "s2", "s3", "s4", "s5", "s6"]}, extra_isolates=["lone"])
    after = clustered({1: ["a", "b", "c", "d"], 2: ["x1", "x2"], 3: ["x3", "x4"], 4: ["m1", "m2", "m3", "m4"],
                       5: ["n1", "n2"], 6: ["s1", "s2"]}, extra_isolates=["lone"])
    rows = find_cluster_evolution([("2003-2007", before), ("2008-2012", after)])
    events = {(r["event"], tuple(r["from_clusters"]), tuple(r["to_clusters"])): r for r in rows}
    assert set(events) == {("continue", (1,), (1,)), ("split", (2,), (2, 3)), ("merge", (3, 4), (4,)),
                           ("vanish", (5,), ()), ("shift", (6,), (6,)), ("appear", (), (5,))}
    assert events[("continue", (1,), (1,))]["jaccard"] == 0.75
    assert events[("shift", (6,), (6,))]["jaccard"] == pytest.approx(2 / 6, abs=1e-3)
    assert events[("split", (2,), (2, 3))]["to_concepts"] == ["X1", "X2", "X3", "X4"]
    assert all(r["from_period"] == "2003-2007" and r["to_period"] == "2008-2012" for r in rows)
    assert not any("LONE" in r["from_concepts"] + r["to_concepts"] for r in rows)  # isolated concepts are left out
    assert find_cluster_evolution([("2003-2007", before)]) == []


def test_cooccurrence_matrix_and_caps(tmp_path):
    g = build_concept_network(MENTIONS, measure="count", labels=LABELS)
    rows = list(csv.reader(write_matrix(g, tmp_path / "m.csv").open(encoding="utf-8")))
    assert rows[0] == ["concept", "Nueva Gestión Pública", "Co-producción", "Économie sociale", "Välfärd"]
    assert rows[1] == ["Nueva Gestión Pública", "4", "2.0", "2.0", "0"]  # diagonal: units holding the concept
    assert rows[4][2:4] == ["1.0", "1.0"]
    doc_of = {10: "d1", 11: "d1", 20: "d2", 21: "d2", 30: "d3"}
    capped = capped_passages(g, doc_of, cap=3)
    assert capped.nodes["npm"]["passages"] == [10, 20, 30] and capped.nodes["npm"]["passages_total"] == 4
    assert g.nodes["npm"]["passages"] == [10, 11, 20, 30]  # the original is untouched
    assert "at most 3" in capped.graph["passage_note"]


def fill_store(store):
    """Three documents by hand (one without a year) with mentions in their passages."""
    texts = {"d1": ["La Nueva Gestión Pública y la co-producción.", "Économie sociale et NPM."],
             "d2": ["Co-production in the économie sociale, <b>välfärd</b>."],
             "d3": ["NPM and co-production, year unknown."]}
    years = {"d1": 2004, "d2": 2012, "d3": None}
    for doc_id, paras in texts.items():
        passages = [Passage(index=i, kind="body", text=t, start=0, end=len(t), page=i + 1, sentences=[(0, len(t))])
                    for i, t in enumerate(paras)]
        store.write_document(Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", title=f"Título {doc_id}",
                                      authors=["Eva Sørensen"], year=years[doc_id], passages=passages),
                             root="corpus", size=0, mtime=0)
    ids = {(p.doc_id, p.index): p.id for p in store.iter_passages()}
    found = {"d1": [("npm", 0), ("copro", 0), ("eco", 1), ("npm", 1)], "d2": [("copro", 0), ("eco", 0), ("val", 0)],
             "d3": [("npm", 0), ("copro", 0)]}
    for doc_id, pairs in found.items():
        store.replace_mentions(doc_id, [Mention(concept=c, start=0, end=3, surface="x", sentence=0, doc_id=doc_id,
                                                passage_id=ids[(doc_id, i)], passage_index=i) for c, i in pairs],
                               [], lexicon="test", words=10)
    store.save_concepts([Concept(id=c, label=v["label"], group=v["group"], patterns=[v["label"]])
                         for c, v in LABELS.items()])
    return ids


def test_cooccurrence_write_concept_networks_sliced(store, tmp_path):
    ids = fill_store(store)
    result = write_concept_networks(store, tmp_path, formats=("graphml", "gexf", "matrix", "json"),
                                    measure="count", period_specs=["2000-2009", "2010-2019"])
    assert result.undated == 1 and [label for label, *_ in result.networks] == ["2000-2009", "2010-2019"]
    names = sorted(p.name for _, _, files in result.networks for p in files)
    assert names == sorted(f"concepts_{p}{suffix}" for p in ("2000-2009", "2010-2019")
                           for suffix in (".graphml", ".gexf", ".json", "_matrix.csv"))
    g = nx.read_graphml(tmp_path / "concepts_2000-2009.graphml")
    assert g.nodes["npm"]["label"] == "Nueva Gestión Pública" and g.nodes["npm"]["first_year"] == 2004
    assert g.nodes["npm"]["mean_year"] == 2004.0 and "cluster" in g.nodes["npm"]
    assert json.loads(g.nodes["npm"]["passages"]) == [ids[("d1", 0)], ids[("d1", 1)]]
    assert json.loads(g.edges["npm", "copro"]["passages"]) == [ids[("d1", 0)]]
    assert g.edges["npm", "copro"]["weight"] == 1.0 and g.edges["npm", "copro"]["raw"] == 1
    x = nx.read_gexf(tmp_path / "concepts_2010-2019.gexf")
    assert x.nodes["val"]["label"] == "Välfärd" and x.edges["copro", "val"]["first_year"] == 2012
    assert (tmp_path / "concepts_cluster_evolution.csv").read_text(encoding="utf-8").startswith("from_period,")
    assert result.evolution_file == tmp_path / "concepts_cluster_evolution.csv"


def test_cooccurrence_write_concept_networks_whole_corpus_with_vosviewer(store, tmp_path):
    fill_store(store)
    result = write_concept_networks(store, tmp_path / "out", name="mapa", formats=("vosviewer", "csv"),
                                    unit="document", measure="jaccard")
    assert result.evolution_file is None and result.undated == 0
    (label, g, files), = result.networks
    assert label is None and g.graph["unit"] == "document" and g.graph["units"] == 3
    rows = list(csv.reader((tmp_path / "out" / "mapa_vos_map.txt").open(encoding="utf-8"), delimiter="\t"))
    by_label = {r[1]: r for r in rows[1:]}
    assert by_label["Välfärd"][2] == "välfärd" and by_label["Välfärd"][-1] == "2012.0"  # group, mean year
    assert {p.name for p in files} == {"mapa_vos_map.txt", "mapa_vos_network.txt", "mapa_nodes.csv",
                                       "mapa_edges.csv"}
    with pytest.raises(LitmineError, match="unknown network format"):
        write_concept_networks(store, tmp_path, formats=("pdf",))


def test_cooccurrence_passage_details_and_html(store, tmp_path):
    ids = fill_store(store)
    details = load_passage_details(store, [ids[("d2", 0)]])
    assert details == {ids[("d2", 0)]: {"doc_id": "d2", "title": "Título d2", "authors": ["Eva Sørensen"],
                                        "year": 2012, "page": 1, "page_label": None, "page_end": 1,
                                        "page_label_end": None, "path": "corpus/d2.txt",
                                        "text": "Co-production in the économie sociale, <b>välfärd</b>."}}
    result = write_concept_networks(store, tmp_path, formats=("html",))
    page = (tmp_path / "concepts.html").read_text(encoding="utf-8")
    assert [p.name for p in result.networks[0][2]] == ["concepts.html"]
    assert "Économie sociale" in page and "at most 50 per concept" in page
    assert "<b>välfärd</b>" not in page and "\\u003cb\\u003evälfärd" in page  # document text is escaped


def test_cooccurrence_concept_evidence_read_once_for_the_maps_and_the_report(store, tmp_path, monkeypatch):
    """The html maps of every period show the whole store's concept evidence, read once and kept on the result,
    where the report's concept passages take it instead of reading it again; the same as reading it each time."""
    from litmine.concepts import forms
    from litmine.report import build_concept_passages

    fill_store(store)
    expected = forms.concept_evidence(store)
    calls = []
    monkeypatch.setattr(forms, "concept_evidence", lambda s: calls.append(1) or expected)
    result = write_concept_networks(store, tmp_path, formats=("html",), period_specs=["2000-2009", "2010-2019"])
    assert len(calls) == 1 and result.evidence is expected
    maps = [(tmp_path / f"concepts_{p}.html").read_text(encoding="utf-8") for p in ("2000-2009", "2010-2019")]
    monkeypatch.undo()
    write_concept_networks(store, tmp_path / "each", formats=("html",), period_specs=["2000-2009", "2010-2019"])
    assert maps == [(tmp_path / "each" / f"concepts_{p}.html").read_text(encoding="utf-8")
                    for p in ("2000-2009", "2010-2019")]
    assert build_concept_passages(store, evidence=result.evidence) == build_concept_passages(store)
    assert write_concept_networks(store, tmp_path / "plain", formats=("csv",)).evidence is None
