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
    callouts: Counter[tuple[str, int]] = Counter()
    for c in store.iter_citations():
        if c.reference_index is not None:
            callouts[(c.doc_id, c.reference_index)] += 1
    # one work may stand in a document twice (a footnote reference and its bibliography entry, a duplicate
    # entry): its weight is the callouts to either, never one per entry; a work listed but never called out is 1
    links: dict[str, dict[str, int]] = defaultdict(dict)
    for r in store.iter_references():
        if r.work_id is None:
            continue
        links[r.doc_id][r.work_id] = links[r.doc_id].get(r.work_id, 0) + callouts.get((r.doc_id, r.index), 0)
    for targets in links.values():
        for wid, n in targets.items():
            targets[wid] = max(1, n)
    years = {d.id: d.year for d in store.iter_documents(with_text=False)}
    return works, dict(links), years


def build_citation_graph(store: Store, *, kind: CitationKind = "direct", min_weight: int = 1) -> nx.Graph:
    """The corpus citation graph of one kind, with node attributes label, title, year, kind, doc_id, citations
    (number of corpus documents citing the work), first_cited and last_cited (their years) and cluster.

    Example:
        >>> g = build_citation_graph(Store(":memory:"), kind="cocitation")
        >>> g.number_of_nodes()
        0
    """
    works, links, years = citation_links(store)
    doc_node = {w.doc_id: w.id for w in works.values() if w.doc_id}
    cited_by: dict[str, set[str]] = defaultdict(set)
    for doc_id, targets in links.items():
        for wid in targets:
            if doc_node.get(doc_id) != wid:
                cited_by[wid].add(doc_id)

    g: nx.Graph = nx.DiGraph() if kind == "direct" else nx.Graph()
    g.graph.update({"name": f"litmine {kind} citation network", "kind": kind})

    def add_work(wid: str) -> None:
        if wid in g:
            return
        w = works[wid]
        citing_years = sorted(y for d in cited_by.get(wid, ()) if (y := years.get(d)))
        attrs = {"label": work_label(w), "title": w.title, "year": w.year, "doi": w.doi,
                 "kind": "document" if w.doc_id else "work", "doc_id": w.doc_id,
                 "citations": len(cited_by.get(wid, ())),
                 "first_cited": citing_years[0] if citing_years else None,
                 "last_cited": citing_years[-1] if citing_years else None}
        g.add_node(wid, **{k: v for k, v in attrs.items() if v is not None})

    if kind == "direct":
        for doc_id, targets in links.items():
            src = doc_node.get(doc_id)
            if src is None:
                continue
            add_work(src)
            for wid, weight in targets.items():
                if wid != src and weight >= min_weight:
                    add_work(wid)
                    g.add_edge(src, wid, weight=weight)
    elif kind == "cocitation":
        pairs: Counter[tuple[str, str]] = Counter()
        for targets in links.values():
            for a, b in combinations(sorted(targets), 2):
                pairs[(a, b)] += 1
        for (a, b), weight in pairs.items():
            if weight >= min_weight:
                add_work(a)
                add_work(b)
                g.add_edge(a, b, weight=weight)
    elif kind == "coupling":
        citing = {doc_id: set(t) for doc_id, t in links.items() if doc_id in doc_node}
        for doc_id in citing:
            add_work(doc_node[doc_id])
        for a, b in combinations(sorted(citing), 2):
            shared = len(citing[a] & citing[b])
            if shared >= min_weight:
                g.add_edge(doc_node[a], doc_node[b], weight=shared)
    else:
        raise ValueError(f"unknown citation network kind {kind!r}")
    add_clusters(g)
    return g


def add_clusters(g: nx.Graph, *, seed: int = 42) -> None:
    """Louvain communities as a `cluster` attribute (1 = largest); isolated nodes get their own."""
    if g.number_of_nodes() == 0:
        return
    undirected = g.to_undirected() if g.is_directed() else g
    communities = nx.community.louvain_communities(undirected, weight="weight", seed=seed)
    for number, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c))), start=1):
        for n in members:
            g.nodes[n]["cluster"] = number


def most_cited(g: nx.Graph, n: int = 20) -> list[tuple[str, dict]]:
    """The works cited by the most corpus documents."""
    nodes = sorted(g.nodes(data=True), key=lambda kv: (-kv[1].get("citations", 0), kv[1].get("label", "")))
    return nodes[:n]
