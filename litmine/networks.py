"""Graphs (networkx) built from the store: citation graphs now; concept co-occurrence joins them later.

- direct: document → work, weighted by how often the document calls the work out in its text (each in-text callout
  or footnote mark counts once, however many of its reference entries, list or footnote, print the work); a work
  listed but never called out weighs 1. A work that is a corpus document is that document's node, so corpus
  papers citing each other are linked.
- cocitation: works cited together, weighted by how many documents cite both.
- coupling: documents, weighted by how many works they both cite.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Literal

import networkx as nx

from litmine.citations.surnames import author_name
from litmine.models import Work
from litmine.store import Store

CitationKind = Literal["direct", "cocitation", "coupling"]


def work_label(work: Work) -> str:
    """"Lindsay et al. (2015)" style label of a work."""
    names = [a.get("surname", "") for a in work.authors if a.get("surname")]
    who = names[0] if names else (work.title or "Anonymous")[:40]
    if len(names) == 2:
        who = f"{names[0]} & {names[1]}"
    elif len(names) > 2:
        who = f"{names[0]} et al."
    return f"{who} ({work.year or 'n.d.'})"


def citation_links(store: Store) -> tuple[dict[str, Work], dict[str, dict[str, int]], dict[str, int | None]]:
    """Works by id, citing document → {work id: weight}, and each citing document's year."""
    works = {w.id: w for w in store.iter_works()}
    # counted in SQL, the rows' JSON never decoded (about 1 s at 1,000 documents)
    callouts = {(doc_id, idx): n for doc_id, idx, n in store.linked_callouts()}
    # one work may stand in a document twice (a footnote reference and its bibliography entry, a duplicate
    # entry): its weight is the callouts to either, never one per entry; a work listed but never called out is 1
    links: dict[str, dict[str, int]] = defaultdict(dict)
    for doc_id, idx, work_id in store.reference_works():
        links[doc_id][work_id] = links[doc_id].get(work_id, 0) + callouts.get((doc_id, idx), 0)
    for targets in links.values():
        for wid, n in targets.items():
            targets[wid] = max(1, n)
    years = {d.id: d.year for d in store.iter_documents(with_text=False)}
    return works, dict(links), years


# A graph is thin when fewer than this share of the cited works is cited by two or more corpus documents: each
# document's list then stands alone, and co-citation without a filter is one clique per document.
THIN_SHARED_SHARE = 0.05


def build_citation_graph(store: Store, *, kind: CitationKind = "direct", min_weight: int = 1,
                         min_citing: int | None = None) -> nx.Graph:
    """The corpus citation graph of one kind, with node attributes label, title, year, kind, doc_id, citations
    (number of corpus documents citing the work), callouts (in-text callouts of it, summed over the citing
    documents), first_cited and last_cited (their years) and cluster.

    Co-citation counts only works cited by at least `min_citing` corpus documents (default 2: a work cited by
    one document adds nothing but that document's clique); the other kinds default to 1. The graph's metadata
    holds what it was built from (citing_documents, cited_works, shared_works: works cited by 2+ documents,
    shared_share, single_document_edge_share: the share of unfiltered co-citation edges that touch a work cited
    by one document only) and, when the graph is thin or degenerate, a one-line `note` saying why.

    Example:
        >>> g = build_citation_graph(Store(":memory:"), kind="cocitation")
        >>> g.number_of_nodes(), g.graph["note"]
        (0, 'no corpus document has a linked reference: the citation graph is empty')
    """
    works, links, years = citation_links(store)
    return build_citation_graph_from(works, links, years, kind=kind, min_weight=min_weight, min_citing=min_citing)


def build_citation_graph_from(works: dict[str, Work], links: dict[str, dict[str, int]],
                              years: dict[str, int | None], *, kind: CitationKind = "direct", min_weight: int = 1,
                              min_citing: int | None = None) -> nx.Graph:
    """build_citation_graph over what citation_links gives: works by id, citing document → {work id: callouts},
    each citing document's year."""
    if kind not in ("direct", "cocitation", "coupling"):
        raise ValueError(f"unknown citation network kind {kind!r}")
    min_citing = (2 if kind == "cocitation" else 1) if min_citing is None else min_citing
    doc_node = {w.doc_id: w.id for w in works.values() if w.doc_id}
    cited_by: dict[str, set[str]] = defaultdict(set)
    callouts: Counter[str] = Counter()
    for doc_id, targets in links.items():
        for wid, weight in targets.items():
            if doc_node.get(doc_id) != wid:
                cited_by[wid].add(doc_id)
                callouts[wid] += weight
    health = citation_health(links, cited_by)

    g: nx.Graph = nx.DiGraph() if kind == "direct" else nx.Graph()
    g.graph.update({"name": f"litmine {kind} citation network", "kind": kind, "min_weight": min_weight,
                    "min_citing": min_citing, **health})

    def add_work(wid: str) -> None:
        if wid in g:
            return
        w = works[wid]
        citing_years = sorted(y for d in cited_by.get(wid, ()) if (y := years.get(d)))
        attrs = {"label": work_label(w), "title": w.title, "year": w.year, "doi": w.doi,
                 "kind": "document" if w.doc_id else "work", "doc_id": w.doc_id,
                 "citations": len(cited_by.get(wid, ())), "callouts": callouts.get(wid, 0),
                 "has_author": any(author_name(a) for a in w.authors),
                 "first_cited": citing_years[0] if citing_years else None,
                 "last_cited": citing_years[-1] if citing_years else None}
        g.add_node(wid, **{k: v for k, v in attrs.items() if v is not None})

    def counted(wid: str) -> bool:
        return len(cited_by.get(wid, ())) >= min_citing

    if kind == "direct":
        _add_direct_edges(g, links, doc_node, add_work, counted, min_weight)
    elif kind == "cocitation":
        _add_cocitation_edges(g, links, add_work, counted, min_weight)
    else:
        _add_coupling_edges(g, links, doc_node, add_work, counted, min_weight)
    note = graph_note(g)
    if note:
        g.graph["note"] = note
    add_clusters(g)
    return g


def _add_direct_edges(g: nx.Graph, links: dict[str, dict[str, int]], doc_node: dict[str, str], add_work, counted,
                      min_weight: int) -> None:
    """Citing document -> cited work, weighted by callouts."""
    for doc_id, targets in links.items():
        src = doc_node.get(doc_id)
        if src is None:
            continue
        add_work(src)
        for wid, weight in targets.items():
            if wid != src and weight >= min_weight and counted(wid):
                add_work(wid)
                g.add_edge(src, wid, weight=weight)


def _add_cocitation_edges(g: nx.Graph, links: dict[str, dict[str, int]], add_work, counted, min_weight: int) -> None:
    """Work -- work, weighted by the documents citing both."""
    pairs: Counter[tuple[str, str]] = Counter()
    for targets in links.values():
        for a, b in combinations(sorted(w for w in targets if counted(w)), 2):
            pairs[(a, b)] += 1
    for (a, b), weight in pairs.items():
        if weight >= min_weight:
            add_work(a)
            add_work(b)
            g.add_edge(a, b, weight=weight)


def _add_coupling_edges(g: nx.Graph, links: dict[str, dict[str, int]], doc_node: dict[str, str], add_work, counted,
                        min_weight: int) -> None:
    """Corpus document -- corpus document, weighted by the works both cite."""
    citing = {doc_id: {w for w in t if counted(w)} for doc_id, t in links.items() if doc_id in doc_node}
    for doc_id in citing:
        add_work(doc_node[doc_id])
    if min_weight <= 0:  # pairs sharing nothing are edges too: every pair
        for a, b in combinations(sorted(citing), 2):
            g.add_edge(doc_node[a], doc_node[b], weight=len(citing[a] & citing[b]))
        return
    # the pairs that share a work, counted from each work's citing documents (in sorted order, so each pair comes
    # as (a, b) with a < b) rather than every pair's intersection: the work is the shared citations, not the
    # square of the documents; edges added in the order of the pairs of sorted documents, as before
    citing_docs: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(citing):
        for wid in citing[doc_id]:
            citing_docs[wid].append(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for docs in citing_docs.values():
        shared.update(combinations(docs, 2))
    for a, b in sorted(shared):
        if shared[a, b] >= min_weight:
            g.add_edge(doc_node[a], doc_node[b], weight=shared[a, b])


def citation_health(links: dict[str, dict[str, int]], cited_by: dict[str, set[str]]) -> dict[str, float | int]:
    """How much the corpus's reference lists overlap: citing documents, cited works, works cited by 2+ documents
    (and their share), and the share of unfiltered co-citation edges that touch a work only one document cites.

    Example:
        >>> h = citation_health({"a": {"w1": 1, "w2": 1}, "b": {"w1": 2}}, {"w1": {"a", "b"}, "w2": {"a"}})
        >>> h["shared_works"], h["shared_share"], h["single_document_edge_share"]
        (1, 0.5, 1.0)
    """
    shared = {w for w, docs in cited_by.items() if len(docs) >= 2}
    edges = single = 0
    for targets in links.values():
        n, k = len(targets), sum(1 for w in targets if w in shared)
        edges += n * (n - 1) // 2
        single += n * (n - 1) // 2 - k * (k - 1) // 2
    return {"citing_documents": sum(1 for t in links.values() if t), "cited_works": len(cited_by),
            "shared_works": len(shared), "shared_share": round(len(shared) / len(cited_by), 4) if cited_by else 0.0,
            "single_document_edge_share": round(single / edges, 4) if edges else 0.0}


def graph_note(g: nx.Graph) -> str | None:
    """One line saying why a citation graph is thin or degenerate, or None when it is not."""
    m = g.graph
    kind, docs, works, shared = m.get("kind"), m.get("citing_documents", 0), m.get("cited_works", 0), \
        m.get("shared_works", 0)
    name = {"direct": "direct citation", "cocitation": "co-citation", "coupling": "bibliographic coupling"}[kind]
    if not docs or not works:
        return "no corpus document has a linked reference: the citation graph is empty"
    share = f"{shared:,} of {works:,} cited works ({shared / works:.1%}) are cited by two or more corpus documents"
    cut = f"; works cited by fewer than {m['min_citing']} documents are left out" if m.get("min_citing", 1) > 1 else ""
    if kind in ("cocitation", "coupling") and g.number_of_edges() == 0:
        why = "the documents share no references" if shared == 0 else "too few shared references pass the filters"
        return f"{name} graph is empty: {why} ({share}{cut})"
    if kind == "cocitation" and m.get("min_citing", 1) < 2 and m.get("single_document_edge_share", 0) >= 0.9:
        return (f"co-citation graph is degenerate: {m['single_document_edge_share']:.0%} of its edges come from "
                f"works only one document cites, so each document's reference list is a clique ({share})")
    if m.get("shared_share", 0) < THIN_SHARED_SHARE or docs < 3:
        few = f"only {docs} citing document{'s' if docs != 1 else ''}; " if docs < 3 else ""
        return f"{name} graph is thin: {few}{share}{cut}"
    return None


def add_clusters(g: nx.Graph, *, seed: int = 42) -> None:
    """Louvain communities as a `cluster` attribute (1 = largest); isolated nodes get their own."""
    if g.number_of_nodes() == 0:
        return
    undirected = g.to_undirected() if g.is_directed() else g
    weighted = any(d.get("weight", 1) for *_, d in undirected.edges(data=True))  # all 0 (PMI): Louvain divides by 0
    communities = nx.community.louvain_communities(undirected, weight="weight" if weighted else None, seed=seed)
    for number, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c))), start=1):
        for n in members:
            g.nodes[n]["cluster"] = number


def is_junk_work(data: dict) -> bool:
    """A node that is no real work: a string taken for a reference with neither author nor year ("104/9-108/16",
    "A1.28. References such as...") labels itself "Anonymous (n.d.)" or by its own text."""
    return data.get("kind") != "document" and not data.get("year") and not data.get("doi") and \
        not data.get("has_author", True)


def most_cited(g: nx.Graph, n: int = 20) -> list[tuple[str, dict]]:
    """The works cited by the most corpus documents; ties broken by in-text callouts, then the more recent work,
    then title. Entries with neither author nor year (junk read as references) are left out.

    Example:
        >>> g = nx.Graph()
        >>> g.add_node("a", label="Hood (1991)", year=1991, citations=2, callouts=3)
        >>> g.add_node("b", label="Lipsky (1980)", year=1980, citations=2, callouts=7)
        >>> [d["label"] for _, d in most_cited(g)]
        ['Lipsky (1980)', 'Hood (1991)']
    """
    nodes = [(k, d) for k, d in g.nodes(data=True) if not is_junk_work(d)]
    nodes.sort(key=lambda kv: (-kv[1].get("citations", 0), -kv[1].get("callouts", 0), -(kv[1].get("year") or 0),
                               str(kv[1].get("title") or kv[1].get("label", ""))))
    return nodes[:n]
