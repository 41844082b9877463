import json

import networkx as nx

from litmine.citations.works import build_works
from litmine.models import Citation, Document, Passage, Reference
from litmine.networks import add_clusters, build_citation_graph, most_cited


def paper(doc_id, surname, year, title, cited):
    """A corpus document whose reference list holds `cited` (surname, year, title) and cites each once."""
    refs, cits = [], []
    for i, (s, y, t) in enumerate(cited):
        refs.append(Reference(index=i, raw=f"{s} ({y}) {t}", authors=[{"surname": s, "given": "A."}], year=y,
                              title=t, doc_id=doc_id))
        cits.append(Citation(start=0, end=5, surface=f"{s}, {y}", authors=[s], year=y, reference_index=i,
                             confidence=1.0, doc_id=doc_id))
    text = "Body."
    return Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", title=title, authors=[f"Ann {surname}"],
                    year=year, text=text, passages=[Passage(0, "body", text, start=0, end=5)], references=refs,
                    citations=cits)


HOOD = ("Hood", 1991, "A public management for all seasons")
LIPSKY = ("Lipsky", 1980, "Street-level bureaucracy")
OSBORNE = ("Osborne", 2006, "The new public governance")


def corpus_store(store):
    docs = [paper("a", "Kerr", 2010, "Partnership and the local state", [HOOD, LIPSKY]),
            paper("b", "Baird", 2014, "Creaming and parking", [HOOD, LIPSKY, OSBORNE,
                                                               ("Kerr", 2010, "Partnership and the local state")]),
            paper("c", "Osei", 2018, "Localism", [OSBORNE, HOOD])]
    for d in docs:
        store.write_document(d, root="corpus", size=1, mtime=1.0)
    works, which = build_works(list(store.iter_references()), list(store.iter_documents()))
    store.replace_works(works, which)
    return store


def test_networks_direct_links_documents_to_works_and_to_each_other(store):
    g = build_citation_graph(corpus_store(store), kind="direct")
    assert isinstance(g, nx.DiGraph)
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    edges = {(label[a], label[b]) for a, b in g.edges()}
    assert ("Baird (2014)", "Kerr (2010)") in edges  # corpus document cites corpus document
    assert ("Kerr (2010)", "Hood (1991)") in edges
    hood = [d for d in g.nodes.values() if d["label"] == "Hood (1991)"][0]
    assert hood["citations"] == 3 and (hood["first_cited"], hood["last_cited"]) == (2010, 2018)
    assert most_cited(g, 1)[0][1]["label"] == "Hood (1991)"


def test_networks_cocitation_counts_documents_citing_both(store):
    g = build_citation_graph(corpus_store(store), kind="cocitation")
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    weights = {frozenset((label[a], label[b])): d["weight"] for a, b, d in g.edges(data=True)}
    assert weights[frozenset(("Hood (1991)", "Lipsky (1980)"))] == 2
    assert weights[frozenset(("Hood (1991)", "Osborne (2006)"))] == 2
    assert weights[frozenset(("Lipsky (1980)", "Osborne (2006)"))] == 1
    g2 = build_citation_graph(store, kind="cocitation", min_weight=2)
    assert g2.number_of_edges() == 2


def test_networks_coupling_counts_shared_references(store):
    g = build_citation_graph(corpus_store(store), kind="coupling")
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    weights = {frozenset((label[a], label[b])): d["weight"] for a, b, d in g.edges(data=True)}
    assert weights[frozenset(("Kerr (2010)", "Baird (2014)"))] == 2
    assert weights[frozenset(("Baird (2014)", "Osei (2018)"))] == 2
    assert weights[frozenset(("Kerr (2010)", "Osei (2018)"))] == 1
    assert all("cluster" in d for d in g.nodes.values())


def test_networks_direct_weight_counts_callouts_not_entries(store):
    """A work in a footnote and in the bibliography, called out once, weighs 1; three callouts weigh 3; a listed
    work never called out weighs 1."""
    löffler = ("Bovaird", 2003, "Public management and governance")
    refs = [Reference(index=0, raw="Bovaird, T./Löffler, E. (2003): Public management and governance, London.",
                      authors=[{"surname": "Bovaird", "given": "T."}], year=2003, title=löffler[2], doc_id="f",
                      source="footnote"),
            Reference(index=1, raw="Bovaird, T. & Löffler, E. (2003) Public Management and Governance. London.",
                      authors=[{"surname": "Bovaird", "given": "Tony"}], year=2003, title=löffler[2], doc_id="f"),
            Reference(index=2, raw="Hood, C. (1991) A public management for all seasons.",
                      authors=[{"surname": "Hood", "given": "C."}], year=1991, title=HOOD[2], doc_id="f"),
            Reference(index=3, raw="Lipsky, M. (1980) Street-level bureaucracy.",
                      authors=[{"surname": "Lipsky", "given": "M."}], year=1980, title=LIPSKY[2], doc_id="f")]
    cits = [Citation(start=0, end=1, surface="1", style="footnote", reference_index=0, confidence=1.0, doc_id="f")]
    cits += [Citation(start=0, end=5, surface="Hood, 1991", authors=["Hood"], year=1991, reference_index=2,
                      confidence=1.0, doc_id="f") for _ in range(3)]
    doc = Document(id="f", path="corpus/f.txt", format="txt", title="Koproduktion in der Verwaltung",
                   authors=["Jörg Weiß"], year=2015, text="Body.",
                   passages=[Passage(0, "body", "Body.", start=0, end=5)], references=refs, citations=cits)
    store.write_document(doc, root="corpus", size=1, mtime=1.0)
    works, which = build_works(list(store.iter_references()), list(store.iter_documents()))
    store.replace_works(works, which)
    g = build_citation_graph(store, kind="direct")
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    weights = {label[b]: d["weight"] for _, b, d in g.edges(data=True)}
    assert weights == {"Bovaird (2003)": 1, "Hood (1991)": 3, "Lipsky (1980)": 1}


def policy_store(store, shared=()):
    """Three reports whose reference lists share nothing (or only `shared`), as policy corpora do."""
    lists = {"r1": [("Ó Riain", 2011, "Étude des politiques publiques"), ("Quinn", 2015, "Housing need in Wales"),
                    ("Patel", 2019, "Tenancy reform")],
             "r2": [("Lewis", 2012, "Child poverty measures"), ("Ahmed", 2018, "Universal Credit rollout"),
                    ("Kowalski", 2020, "Sanctions and conditionality")],
             "r3": [("Brown", 2009, "Pension age equalisation"), ("Davies", 2016, "State pension communications")]}
    for doc_id, cited in lists.items():
        store.write_document(paper(doc_id, doc_id.upper(), 2021, f"Report {doc_id}", cited + list(shared)),
                             root="corpus", size=1, mtime=1.0)
    works, which = build_works(list(store.iter_references()), list(store.iter_documents()))
    store.replace_works(works, which)
    return store


def test_networks_cocitation_of_lists_sharing_nothing_is_empty_with_a_note(store):
    g = build_citation_graph(policy_store(store), kind="cocitation")
    assert g.number_of_edges() == 0
    assert g.graph["shared_works"] == 0 and g.graph["cited_works"] == 8
    assert g.graph["note"].startswith("co-citation graph is empty: the documents share no references")
    cliques = build_citation_graph(store, kind="cocitation", min_citing=1)
    assert cliques.number_of_edges() == 3 + 3 + 1  # one clique per report
    assert "degenerate" in cliques.graph["note"] and "clique" in cliques.graph["note"]
    coupling = build_citation_graph(store, kind="coupling")
    assert coupling.number_of_edges() == 0 and "share no references" in coupling.graph["note"]


def test_networks_cocitation_keeps_works_cited_by_two_documents(store):
    g = build_citation_graph(policy_store(store, shared=[HOOD, LIPSKY]), kind="cocitation")
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    assert {frozenset((label[a], label[b])): w for a, b, w in g.edges(data="weight")} == \
        {frozenset(("Hood (1991)", "Lipsky (1980)")): 3}
    assert g.graph["shared_works"] == 2 and "thin" not in g.graph.get("note", "")


def test_networks_note_travels_in_the_export_metadata(store, tmp_path):
    from litmine.export.graphs import write_graph

    g = build_citation_graph(policy_store(store), kind="cocitation")
    files = write_graph(g, tmp_path, "co", ("graphml", "json"))
    assert nx.read_graphml(files[0]).graph["note"] == g.graph["note"]
    assert json.loads(files[1].read_text(encoding="utf-8"))["graph"]["note"] == g.graph["note"]


def test_networks_most_cited_ties_and_junk():
    g = nx.DiGraph()
    g.add_node("junk", label="104/9-108/16, 117/15 (n.d.)", citations=5, callouts=9, has_author=False, kind="work")
    g.add_node("old", label="Lipsky (1980)", year=1980, citations=2, callouts=4, has_author=True, kind="work")
    g.add_node("new", label="Þórsdóttir (2019)", year=2019, citations=2, callouts=4, has_author=True, kind="work")
    g.add_node("more", label="Hood (1991)", year=1991, citations=2, callouts=6, has_author=True, kind="work")
    g.add_node("top", label="Osborne (2006)", year=2006, citations=3, callouts=1, has_author=True, kind="work")
    assert [n for n, _ in most_cited(g)] == ["top", "more", "new", "old"]


def test_networks_add_clusters_numbers_the_largest_cluster_1():
    # two cliques joined by one light edge, and an isolated node: Louvain finds the cliques; numbering goes by size
    g = nx.Graph()
    big = ["Ærø", "Bodø", "Køge", "Lund", "Malmö"]
    small = ["Åre", "Umeå", "Gävle"]
    g.add_edges_from(((a, b) for i, a in enumerate(big) for b in big[i + 1:]), weight=5)
    g.add_edges_from(((a, b) for i, a in enumerate(small) for b in small[i + 1:]), weight=5)
    g.add_edge("Malmö", "Åre", weight=1)
    g.add_node("Tromsø")
    add_clusters(g)
    assert {g.nodes[n]["cluster"] for n in big} == {1}
    assert {g.nodes[n]["cluster"] for n in small} == {2}
    assert g.nodes["Tromsø"]["cluster"] == 3


def test_networks_add_clusters_equal_sizes_numbered_by_their_first_member():
    g = nx.Graph([("x", "y"), ("w", "x"), ("b", "c"), ("a", "b")])  # the later names come first in the graph
    add_clusters(g)
    assert [g.nodes[n]["cluster"] for n in "abcwxy"] == [1, 1, 1, 2, 2, 2]


def test_networks_store_counts_in_sql_agree_with_the_rows(store):
    """The store's SQL counts (callouts, linked callouts, list references, reference→work links) are what the
    Citation and Reference rows give, with an unlinked callout and a note's short form among them."""
    corpus_store(store)
    refs = [Reference(index=0, raw="Hood, C. (1991) A public management for all seasons.",
                      authors=[{"surname": "Hood", "given": "C."}], year=1991, title=HOOD[2], doc_id="s"),
            Reference(index=1, raw="Hood (1991)", authors=[{"surname": "Hood"}], year=1991, doc_id="s",
                      source="short")]
    cits = [Citation(start=0, end=5, surface="Hood, 1991", authors=["Hood"], year=1991, reference_index=0,
                     confidence=1.0, doc_id="s"),
            Citation(start=6, end=9, surface="Nobody, 2001", authors=["Nobody"], year=2001, doc_id="s")]
    store.write_document(Document(id="s", path="corpus/s.txt", format="txt", title="Short forms", year=2020,
                                  text="Body.", passages=[Passage(0, "body", "Body.", start=0, end=5)],
                                  references=refs, citations=cits), root="corpus", size=1, mtime=1.0)
    works, which = build_works(list(store.iter_references()), list(store.iter_documents()))
    store.replace_works(works, which)
    callouts = list(store.iter_citations())
    assert store.callout_counts() == (len(callouts), sum(c.reference_index is not None for c in callouts))
    assert store.callout_counts()[0] > store.callout_counts()[1]
    assert store.count_list_references() == sum(r.source != "short" for r in store.iter_references()) == 9
    linked: dict = {}
    for c in callouts:
        if c.reference_index is not None:
            linked[(c.doc_id, c.reference_index)] = linked.get((c.doc_id, c.reference_index), 0) + 1
    assert {(d, i): n for d, i, n in store.linked_callouts()} == linked
    assert [tuple(r) for r in store.reference_works()] == [(r.doc_id, r.index, r.work_id)
                                                           for r in store.iter_references() if r.work_id]


def test_coupling_edges_from_shared_works_as_every_pair():
    """Coupling counted from each work's citing documents gives every pair's shared works, the edges in the order
    of the pairs of sorted documents (which the files and the clusters follow); min_weight 0 keeps the pairs that
    share nothing."""
    from itertools import combinations

    from litmine.models import Work
    from litmine.networks import build_citation_graph_from

    docs = ["d3", "d1", "d4", "d2", "d5"]
    works = {f"w{i}": Work(id=f"w{i}", title=f"Work {i}", year=2000 + i) for i in range(6)}
    works.update({f"doc-{d}": Work(id=f"doc-{d}", title=d, year=2010, doc_id=d) for d in docs})
    cites = {"d3": ["w0", "w1", "w2"], "d1": ["w1", "w2", "doc-d2"], "d4": ["w3"], "d2": ["w0", "w1", "w2", "w3"],
             "d5": ["w5", "doc-d3"]}
    links = {d: dict.fromkeys(ws, 1) for d, ws in cites.items()}
    years = dict.fromkeys(docs, 2010)
    for min_weight in (0, 1, 2):
        g = build_citation_graph_from(works, links, years, kind="coupling", min_weight=min_weight)
        every_pair = nx.Graph()  # every pair's intersection, in the order of the pairs of sorted documents
        every_pair.add_nodes_from(f"doc-{d}" for d in docs)
        for a, b in combinations(sorted(docs), 2):
            if (n := len(set(cites[a]) & set(cites[b]))) >= min_weight:
                every_pair.add_edge(f"doc-{a}", f"doc-{b}", weight=n)
        assert list(g.nodes) == list(every_pair.nodes)
        assert [(a, b, d["weight"]) for a, b, d in g.edges(data=True)] == \
            [(a, b, d["weight"]) for a, b, d in every_pair.edges(data=True)]
        assert g.number_of_edges() == {0: 10, 1: 4, 2: 3}[min_weight]
