"""Concept co-occurrence networks: concepts meeting in the same sentence, paragraph (passage) or document.

Counting. A *unit* is one sentence (doc, passage, sentence index), one passage, or one document. For concepts i
and j:

- ``s_i``  = number of units in which i occurs (node attribute ``units``),
- ``c_ij`` = number of units in which both occur (edge attribute ``raw``),
- ``N``    = number of units (graph attribute ``units``; ``n_basis`` says which): by default the units holding at
  least one concept mention (``"mentioned"``), so "1 = chance" means chance among the units where some concept is
  mentioned; with ``total_units`` given, every unit of the corpus (``"all"``: all passages or documents), the
  baseline PMI and association strength assume in the literature. The choice matters: among mentioned units PMI is
  lower (the units with no concept are left out of N), and cuts more edges to 0.

A mention whose sentence index is unknown stands for the whole passage, as if the passage were one sentence.

Normalisations (edge attribute ``weight``; ``raw`` always keeps c_ij):

- ``count``: c_ij.
- ``association``: association strength (van Eck & Waltman 2009, VOSviewer's default), c_ij / (s_i * s_j), scaled
  here by N: ``N * c_ij / (s_i * s_j)``: co-occurrences observed over those expected if the two concepts were
  independent (1 = as often as chance, 3 = three times as often). VOSviewer instead normalises the raw counts it
  is given by the nodes' total link strengths (sums of c_ij, not s_i), so its ranking of edges differs from this one;
  litmine's VOSviewer files therefore hold the raw counts c_ij and VOSviewer normalises them its own way.
- ``jaccard``: ``c_ij / (s_i + s_j - c_ij)``.
- ``inclusion``: ``c_ij / min(s_i, s_j)``.
- ``cosine`` (Salton): ``c_ij / sqrt(s_i * s_j)``.
- ``equivalence`` (Callon et al. 1991; bibliometrix's "equivalence"): ``c_ij**2 / (s_i * s_j)``, the square of
  cosine, between 0 and 1; it does not depend on N.
- ``pmi``: positive pointwise mutual information in bits, ``max(0, log2(N * c_ij / (s_i * s_j)))``. Negative values
  are cut to 0 because community detection and layouts need non-negative weights.

Thresholds apply in order: ``min_count`` on c_ij, ``min_weight`` on the normalised weight, then the ``top`` heaviest
edges. Communities are Louvain with a fixed seed (networkx offers Leiden only through an extra backend).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from pathlib import Path
from typing import Literal

import networkx as nx

from litmine.errors import LitmineError
from litmine.export.atomic import open_atomic
from litmine.export.captions import MEASURE_NAMES
from litmine.export.formats import CONCEPT_FORMATS
from litmine.export.graphs import write_graph
from litmine.export.sanitize import GuardedDictWriter, GuardedWriter
from litmine.networks import add_clusters
from litmine.store import Store

Unit = Literal["sentence", "paragraph", "document"]
Measure = Literal["count", "association", "jaccard", "inclusion", "cosine", "equivalence", "pmi"]
UNITS: tuple[str, ...] = ("sentence", "paragraph", "document")
MEASURES: tuple[str, ...] = ("count", "association", "jaccard", "inclusion", "cosine", "equivalence", "pmi")
CONTINUE_JACCARD = 0.5


def edge_weight(c_ij: int, s_i: int, s_j: int, n: int, *, measure: Measure) -> float:
    """The normalised co-occurrence weight (formulas in the module docstring).

    Example:
        >>> edge_weight(2, 4, 2, 8, measure="association")
        2.0
    """
    if measure == "count":
        return float(c_ij)
    if measure == "association":
        return n * c_ij / (s_i * s_j)
    if measure == "jaccard":
        return c_ij / (s_i + s_j - c_ij)
    if measure == "inclusion":
        return c_ij / min(s_i, s_j)
    if measure == "cosine":
        return c_ij / math.sqrt(s_i * s_j)
    if measure == "equivalence":
        return c_ij * c_ij / (s_i * s_j)
    if measure == "pmi":
        return max(0.0, math.log2(n * c_ij / (s_i * s_j)))
    raise ValueError(f"unknown measure {measure!r} (choose from {', '.join(MEASURES)})")


def _unit_key(m: Mapping, unit: Unit) -> tuple:
    if unit == "document":
        return (m["doc_id"],)
    if unit == "paragraph":
        return (m["doc_id"], m["passage_id"])
    return (m["doc_id"], m["passage_id"], m.get("sentence"))


def _year_stats(year_weights: Iterable[tuple[int | None, int]]) -> tuple[int | None, float | None, dict[int, int]]:
    """First year, mean year (weighted) and {year: weight} of (year, weight) pairs; years None are skipped."""
    by_year: Counter[int] = Counter()
    for year, w in year_weights:
        if year is not None:
            by_year[year] += w
    if not by_year:
        return None, None, {}
    total = sum(by_year.values())
    mean_year = round(sum(y * w for y, w in by_year.items()) / total, 2)
    return min(by_year), mean_year, dict(sorted(by_year.items()))


def build_concept_network(mentions: Iterable[Mapping], *, unit: Unit = "paragraph",
                          measure: Measure = "association", min_count: int = 1, min_weight: float = 0.0,
                          top: int | None = None, years: Mapping[str, int | None] | None = None,
                          labels: Mapping[str, Mapping] | None = None, drop_isolates: bool = False,
                          total_units: int | None = None) -> nx.Graph:
    """The concept co-occurrence graph of a list of mentions, with Louvain clusters.

    Args:
        mentions: dicts with concept, doc_id, passage_id and sentence (as ``Store.mention_rows`` gives them).
        unit: where two concepts must meet: the same sentence, paragraph (passage) or document.
        measure: the edge weight (see the module docstring for the formulas).
        min_count: the fewest units two concepts must share for an edge.
        min_weight: the lowest normalised weight kept.
        top: keep only this many heaviest edges (after the other thresholds).
        years: document id -> publication year; by default each mention's own ``year``.
        labels: concept id -> {"label", "group"} (and "acronyms", kept on the node); nodes are added in this order.
        drop_isolates: leave out concepts left without an edge.
        total_units: N for association strength and PMI: every unit of the corpus, mentioned or not (graph
            attribute n_basis "all"); by default N counts the units holding a mention (n_basis "mentioned").

    Nodes carry label, group, mentions, documents, units, first_year, mean_year (mean document year over the
    concept's mentions), years ({year: mentions}), doc_years ({year: documents}), passages (ids where it is mentioned) and cluster. Edges carry
    raw (c_ij), weight, documents, first_year, mean_year and years ({year: units}) over the shared units, and passages: the passages where
    the two meet (for document units: the passages of the shared documents that mention either concept).

    Example:
        >>> rows = [{"concept": "npm", "doc_id": "d1", "passage_id": 1, "sentence": 0},
        ...         {"concept": "npg", "doc_id": "d1", "passage_id": 1, "sentence": 2}]
        >>> g = build_concept_network(rows, unit="paragraph", measure="count")
        >>> g.edges["npm", "npg"]["raw"], g.edges["npm", "npg"]["passages"]
        (1, [1])
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (choose from {', '.join(UNITS)})")
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r} (choose from {', '.join(MEASURES)})")
    labels = labels or {}
    rows = list(mentions)
    year_of = dict(years) if years is not None else {m["doc_id"]: m.get("year") for m in rows}
    tally = _tally(rows, unit, year_of)
    s: Counter[str] = Counter(c for concepts in tally.unit_concepts.values() for c in concepts)
    n_units = len(tally.unit_concepts)
    n_basis = "mentioned"
    if total_units is not None and total_units >= n_units:
        n_units, n_basis = total_units, "all"

    g = nx.Graph(name=f"litmine concept co-occurrence ({unit}, {MEASURE_NAMES[measure]})", unit=unit,
                 measure=measure, units=n_units, n_basis=n_basis, documents=len({m["doc_id"] for m in rows}), min_count=min_count,
                 min_weight=min_weight)
    if top is not None:
        g.graph["top"] = top
    _add_concept_nodes(g, tally, s, labels, year_of)
    edges = _weighted_edges(tally, s, n_units, measure=measure, min_count=min_count, min_weight=min_weight,
                            year_of=year_of)
    edges.sort(key=lambda e: (-e[2]["weight"], -e[2]["raw"], e[0], e[1]))
    if top is not None:
        edges = edges[:top]
    g.add_edges_from(edges)
    if drop_isolates:
        g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    add_clusters(g)
    return g


@dataclass
class _Tally:
    """What one pass over the mentions counts: the concepts of each unit, the passages where each concept sits in
    each unit, and per concept its mentions, documents, passages and mentions by year."""

    unit_concepts: dict[tuple, set[str]] = field(default_factory=lambda: defaultdict(set))
    unit_passages: dict[tuple, dict[str, set[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    node_mentions: Counter[str] = field(default_factory=Counter)
    node_docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    node_passages: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    node_years: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def _tally(rows: list[Mapping], unit: Unit, year_of: Mapping[str, int | None]) -> _Tally:
    tally = _Tally()
    for m in rows:
        c, key = m["concept"], _unit_key(m, unit)
        tally.unit_concepts[key].add(c)
        tally.unit_passages[key][c].add(m["passage_id"])
        tally.node_mentions[c] += 1
        tally.node_docs[c].add(m["doc_id"])
        tally.node_passages[c].add(m["passage_id"])
        tally.node_years[c][year_of.get(m["doc_id"])] += 1
    return tally


def _add_concept_nodes(g: nx.Graph, tally: _Tally, s: Counter[str], labels: Mapping[str, Mapping],
                       year_of: Mapping[str, int | None]) -> None:
    """One node per mentioned concept, in the lexicon's order (labels), then the others sorted (see
    `build_concept_network` for the node attributes)."""
    order = [c for c in labels if c in tally.node_mentions] + sorted(c for c in tally.node_mentions if c not in labels)
    for c in order:
        first, mean_year, by_year = _year_stats(tally.node_years[c].items())
        doc_years = Counter(year_of.get(d) for d in tally.node_docs[c])
        info = labels.get(c, {})
        g.add_node(c, label=info.get("label") or c, group=info.get("group"), mentions=tally.node_mentions[c],
                   documents=len(tally.node_docs[c]), units=s[c], first_year=first, mean_year=mean_year,
                   years=by_year, passages=sorted(tally.node_passages[c]),
                   doc_years={y: n for y, n in sorted((y, n) for y, n in doc_years.items() if y is not None)})
        if info.get("acronyms"):
            g.nodes[c]["acronyms"] = list(info["acronyms"])


def _weighted_edges(tally: _Tally, s: Counter[str], n_units: int, *, measure: Measure, min_count: int,
                    min_weight: float, year_of: Mapping[str, int | None]) -> list[tuple[str, str, dict]]:
    """The edges of concept pairs that share at least min_count units and reach min_weight, unsorted (see
    `build_concept_network` for the edge attributes)."""
    pair_units: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for key, concepts in tally.unit_concepts.items():
        for a, b in combinations(sorted(concepts), 2):
            pair_units[(a, b)].append(key)
    edges = []
    for (a, b), keys in pair_units.items():
        c_ij = len(keys)
        if c_ij < min_count:
            continue
        weight = round(edge_weight(c_ij, s[a], s[b], n_units, measure=measure), 6)
        if weight < min_weight:
            continue
        docs = {k[0] for k in keys}
        first, mean_year, by_year = _year_stats((year_of.get(k[0]), 1) for k in keys)
        passages = sorted({p for k in keys for p in tally.unit_passages[k][a] | tally.unit_passages[k][b]})
        edges.append((a, b, {"raw": c_ij, "weight": weight, "documents": len(docs), "first_year": first,
                             "mean_year": mean_year, "years": by_year, "passages": passages}))
    return edges


# ---------------------------------------------------------------- time slices

_SLICE = re.compile(r"^\s*(\d+)\s*y(?:ears?)?\s*$", re.IGNORECASE)
_PERIOD = re.compile(r"^\s*(\d{4})\s*(?:[-\u2013:]|\.\.)\s*(\d{4})\s*$|^\s*(\d{4})\s*$")


def parse_periods(slice_spec: str | None = None, period_specs: Sequence[str] = (), *,
                  years: Iterable[int | None] = ()) -> list[tuple[int, int]]:
    """Periods (first year, last year) from ``--slice 5y`` or from explicit ``--period 2003-2010`` specs.

    A slice is consecutive windows of that many years from the first corpus year; the last window ends at the last
    corpus year. Explicit periods are taken as given (sorted) and must not overlap.

    Example:
        >>> parse_periods("5y", years=[2003, 2009, 2014])
        [(2003, 2007), (2008, 2012), (2013, 2014)]
    """
    if slice_spec and period_specs:
        raise LitmineError("give either --slice or --period, not both")
    if slice_spec:
        match = _SLICE.match(slice_spec)
        if not match or int(match.group(1)) < 1:
            raise LitmineError(f"bad slice {slice_spec!r} (write the window length in years, e.g. 5y)")
        size = int(match.group(1))
        known = sorted({y for y in years if y is not None})
        if not known:
            raise LitmineError("cannot slice by years: no document has a publication year")
        return [(start, min(start + size - 1, known[-1])) for start in range(known[0], known[-1] + 1, size)]
    periods = []
    for spec in period_specs:
        match = _PERIOD.match(spec)
        if not match:
            raise LitmineError(f"bad period {spec!r} (write FIRST-LAST, e.g. 2003-2010, or one year)")
        start, end = (int(match.group(1)), int(match.group(2))) if match.group(1) else (int(match.group(3)),) * 2
        if start > end:
            raise LitmineError(f"bad period {spec!r}: {start} is after {end}")
        periods.append((start, end))
    periods.sort()
    for (_, end), (start, _) in pairwise(periods):
        if start <= end:
            raise LitmineError(f"periods overlap in {start}-{end} (each document must fall in one period)")
    return periods


def period_label(period: tuple[int, int]) -> str:
    """'2003-2007' (or '2003' for a one-year period)."""
    return str(period[0]) if period[0] == period[1] else f"{period[0]}-{period[1]}"


def build_period_networks(mentions: Iterable[Mapping], periods: Sequence[tuple[int, int]], *,
                          years: Mapping[str, int | None] | None = None,
                          doc_units: Mapping[str, int] | None = None, **options) -> list[tuple[str, nx.Graph]]:
    """One concept network per period from the mentions of documents published in it (documents without a year
    are left out). Options are those of :func:`build_concept_network`; doc_units (document id -> its units, see
    count_units) sets N per period to every unit of the period's documents.

    Example:
        >>> rows = [{"concept": "npm", "doc_id": "d1", "passage_id": 1, "sentence": 0, "year": 2004}]
        >>> [(label, g.number_of_nodes()) for label, g in build_period_networks(rows, [(2003, 2007), (2008, 2012)])]
        [('2003-2007', 1), ('2008-2012', 0)]
    """
    rows = list(mentions)
    year_of = dict(years) if years is not None else {m["doc_id"]: m.get("year") for m in rows}
    out = []
    for start, end in periods:
        inside = [m for m in rows if (y := year_of.get(m["doc_id"])) is not None and start <= y <= end]
        total = None
        if doc_units is not None:
            total = sum(n for d, n in doc_units.items() if (y := year_of.get(d)) is not None and start <= y <= end)
        g = build_concept_network(inside, years=year_of, total_units=total, **options)
        g.graph["period"] = period_label((start, end))
        g.graph["name"] += f" {period_label((start, end))}"
        out.append((period_label((start, end)), g))
    return out


def _clusters(g: nx.Graph) -> dict[int, set[str]]:
    """Cluster number -> member concepts; concepts without an edge are left out (they have no grouping)."""
    out: dict[int, set[str]] = defaultdict(set)
    for n, d in g.nodes(data=True):
        if g.degree(n) > 0 and d.get("cluster") is not None:
            out[d["cluster"]].add(n)
    return dict(out)


def find_cluster_evolution(networks: Sequence[tuple[str, nx.Graph]]) -> list[dict]:
    """How clusters change between consecutive periods: continue, shift, split, merge, regroup, appear, vanish.

    Clusters of concepts with at least one edge are compared. Cluster a (earlier) and b (later) are *linked* when
    they share at least half of the smaller one's concepts. Each connected group of linked clusters is one event:
    one to one *continues* when the Jaccard overlap |a ∩ b| / |a ∪ b| is at least 0.5 and *shifts* otherwise (it
    lives on but lost or gained over half its concepts); one to several *splits*; several to one *merge*; several
    to several *regroup*; an earlier cluster without a link *vanishes* and a later one *appears*.

    Returns one row per event: from_period, to_period, event, from_clusters, to_clusters, jaccard (of the concepts
    on the two sides), from_concepts and to_concepts (labels).

    Example:
        >>> a, b = nx.Graph([("x", "y")]), nx.Graph([("x", "y")])
        >>> for g in (a, b): nx.set_node_attributes(g, 1, "cluster")
        >>> [(r["event"], r["jaccard"]) for r in find_cluster_evolution([("2003-2007", a), ("2008-2012", b)])]
        [('continue', 1.0)]
    """
    return [r for (p_from, g_from), (p_to, g_to) in pairwise(networks)
            for r in _evolution_step(p_from, g_from, p_to, g_to)]


def _evolution_step(p_from: str, g_from: nx.Graph, p_to: str, g_to: nx.Graph) -> list[dict]:
    before, after = _clusters(g_from), _clusters(g_to)
    links = nx.Graph()
    links.add_nodes_from(("from", a) for a in before)
    links.add_nodes_from(("to", b) for b in after)
    links.add_edges_from((("from", a), ("to", b)) for a, ma in before.items() for b, mb in after.items()
                         if ma & mb and len(ma & mb) >= min(len(ma), len(mb)) / 2)
    rows = []
    for group in nx.connected_components(links):
        froms = sorted(c for side, c in group if side == "from")
        tos = sorted(c for side, c in group if side == "to")
        left = set().union(*(before[a] for a in froms))
        right = set().union(*(after[b] for b in tos))
        jaccard = round(len(left & right) / len(left | right), 3)
        if not tos:
            event = "vanish"
        elif not froms:
            event = "appear"
        elif len(froms) == 1 and len(tos) == 1:
            event = "continue" if jaccard >= CONTINUE_JACCARD else "shift"
        else:
            event = "split" if len(froms) == 1 else "merge" if len(tos) == 1 else "regroup"
        rows.append({"from_period": p_from, "to_period": p_to, "event": event, "from_clusters": froms,
                     "to_clusters": tos, "jaccard": jaccard,
                     "from_concepts": sorted(str(g_from.nodes[n].get("label", n)) for n in left),
                     "to_concepts": sorted(str(g_to.nodes[n].get("label", n)) for n in right)})
    rows.sort(key=lambda r: (not r["from_clusters"], r["from_clusters"], r["to_clusters"]))
    return rows


# ---------------------------------------------------------------- files

PASSAGE_CAP = 50
EVOLUTION_COLUMNS = ["from_period", "to_period", "event", "from_clusters", "to_clusters", "jaccard", "from_concepts",
                     "to_concepts"]


def write_matrix(g: nx.Graph, path: str | Path) -> Path:
    """The concept x concept weight matrix as CSV, labels as row and column headers (0 where no edge is kept;
    the diagonal holds the concept's number of units for the count measure and is empty otherwise)."""
    nodes = list(g.nodes)
    names = [str(g.nodes[n].get("label", n)) for n in nodes]
    count = g.graph.get("measure") == "count"
    path = Path(path)
    with open_atomic(path, newline="") as fh:
        w = GuardedWriter(fh)
        w.writerow(["concept", *names])
        for a, name in zip(nodes, names):
            cells = [(g.nodes[a].get("units", "") if count else "") if a == b else
                     (g.edges[a, b]["weight"] if g.has_edge(a, b) else 0) for b in nodes]
            w.writerow([name, *cells])
    return path


def _spread(ids: Sequence[int], doc_of: Mapping[int, str], cap: int) -> list[int]:
    """At most cap passage ids, taken in turn from each document so that one long document does not fill them."""
    if len(ids) <= cap:
        return list(ids)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for p in ids:
        by_doc[doc_of.get(p, "")].append(p)
    queues, picked = list(by_doc.values()), []
    while len(picked) < cap:
        for q in queues:
            if q and len(picked) < cap:
                picked.append(q.pop(0))
    return sorted(picked)


def capped_passages(g: nx.Graph, doc_of: Mapping[int, str], *, cap: int = PASSAGE_CAP) -> nx.Graph:
    """A copy of g whose node and edge passage lists hold at most cap ids (passages_total keeps the full count)."""
    h = g.copy()
    for data in [d for _, d in h.nodes(data=True)] + [d for *_, d in h.edges(data=True)]:
        ids = data.get("passages") or []
        data["passages_total"] = len(ids)
        data["passages"] = _spread(ids, doc_of, cap)
    h.graph["passage_note"] = (f"Passages listed: at most {cap} per concept and per link, taken in turn from each "
                               "document; the GraphML, GEXF and JSON files list them all.")
    return h


def load_passage_details(store: Store, ids: Iterable[int]) -> dict[int, dict]:
    """{passage id: {"doc_id", "title", "authors", "year", "page", "page_label", "page_end", "page_label_end", "text",
    "path"}} for the HTML concept map (page is the physical page, page_label the number printed on it or None;
    page_end and page_label_end the same for the page it ends on, another where it runs over a page break)."""
    from litmine.citations.cite import passage_pages

    passages = store.get_passages(ids)
    docs = {d.id: d for d in store.iter_documents(with_text=False)}
    out = {}
    for pid, p in passages.items():
        d = docs.get(p.doc_id)
        page, label, page_end, label_end = passage_pages(p, d.page_labels if d else [])
        out[pid] = {"doc_id": p.doc_id, "title": d.title if d else None, "authors": list(d.authors) if d else [],
                    "year": d.year if d else None, "page": page, "page_label": label, "page_end": page_end,
                    "page_label_end": label_end, "text": p.text, "path": d.path if d else None}
    return out


@dataclass
class ConceptNetworks:
    """What write_concept_networks built and wrote."""

    networks: list[tuple[str | None, nx.Graph, list[Path]]] = field(default_factory=list)
    evolution: list[dict] = field(default_factory=list)
    evolution_file: Path | None = None
    undated: int = 0
    notes: list[str] = field(default_factory=list)  # files asked for and not written, and why (write_graph)
    # the store's concept_evidence (the whole store's, whatever the period), read once for the html maps; None when
    # no html was asked for
    evidence: dict[str, dict] | None = None


def _vos_view(g: nx.Graph) -> nx.Graph:
    """VOSviewer's files show a node's "year" as its score and "title" as its description: mean year and group."""
    h = g.copy()
    for _, d in h.nodes(data=True):
        d["year"] = d.get("mean_year")
        d["title"] = d.get("group") or ""
    h.graph.update(vos_item="Concept", vos_link_strength="Co-occurrences")
    return h


def write_network_files(g: nx.Graph, out_dir: Path, name: str, formats: Sequence[str], *,
                        store: Store | None = None, doc_of: Mapping[int, str] | None = None,
                        title: str | None = None, size: Literal["mentions", "documents"] = "mentions",
                        notes: list[str] | None = None, evidence: dict[str, dict] | None = None) -> list[Path]:
    """Write one concept network in the formats asked for (see CONCEPT_FORMATS); html needs the store. Node size
    in the drawings and the map is the concept's mentions or documents. Files asked for and not written (VOSviewer's
    for a graph under 3 concepts) are said in notes. evidence: the store's concept_evidence for the html map, when
    the caller has it (read from the store otherwise)."""
    g.graph["size_by"] = size
    bad = [f for f in formats if f not in CONCEPT_FORMATS]
    if bad:
        raise LitmineError(f"unknown network format {bad[0]!r} (choose from {', '.join(CONCEPT_FORMATS)})")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    plain = [f for f in formats if f in ("graphml", "gexf", "json", "csv", "pajek")]
    if plain:
        written += write_graph(g, out_dir, name, tuple(plain))
    vos = [f for f in formats if f in ("vosviewer", "vosjson")]
    if vos:
        written += write_graph(_vos_view(g), out_dir, name, tuple(vos), notes=notes)
    if "matrix" in formats:
        written.append(write_matrix(g, out_dir / f"{name}_matrix.csv"))
    drawn = [out_dir / f"{name}.{fmt}" for fmt in ("png", "svg") if fmt in formats]
    if drawn:  # one drawing (its layout) saved in each format
        from litmine.export.network_plot import write_network_plots

        written += write_network_plots(g, drawn, title=title, size=size)
    if "html" in formats:
        from litmine.export.html_map import write_concept_map

        if store is None:
            raise LitmineError("the html concept map needs the store for its passages")
        capped = capped_passages(g, doc_of or {})
        ids = {p for _, d in capped.nodes(data=True) for p in d["passages"]}
        ids |= {p for *_, d in capped.edges(data=True) for p in d["passages"]}
        path = out_dir / f"{name}.html"
        if evidence is None:
            from litmine.concepts.forms import concept_evidence

            evidence = concept_evidence(store)
        write_concept_map(capped, load_passage_details(store, ids), path, title=title or name, evidence=evidence)
        written.append(path)
    return written


def count_units(store: Store, unit: Unit) -> dict[str, int]:
    """Document id -> its units of the given kind, mentioned or not: body passages (reference-list passages are
    not searched for concepts), their sentences (a passage without sentence bounds counts as one), or 1."""
    out: Counter[str] = Counter()
    for p in store.iter_passages():
        if p.kind == "reference":
            continue
        out[p.doc_id] += 1 if unit != "sentence" else max(1, len(p.sentences))
    return {d: (1 if unit == "document" else n) for d, n in out.items()}


def write_concept_networks(store: Store, out_dir: str | Path, *, name: str = "concepts",
                           formats: Sequence[str] = CONCEPT_FORMATS, unit: Unit = "paragraph",
                           measure: Measure = "association", min_count: int = 1, min_weight: float = 0.0,
                           top: int | None = None, slice_spec: str | None = None, period_specs: Sequence[str] = (),
                           drop_isolates: bool = False,
                           size: Literal["mentions", "documents"] = "mentions",
                           n_units: Literal["mentioned", "all"] = "mentioned") -> ConceptNetworks:
    """Build the concept network of a tagged store (one per period when sliced) and write its files into out_dir:
    NAME.* for the whole corpus, NAME_2003-2007.* per period, plus NAME_cluster_evolution.csv when sliced.
    n_units: N of association strength and PMI: the units holding a mention, or all units of the (period's)
    documents.

    Example:
        >>> result = write_concept_networks(Store("outputs/litmine.db"), "outputs/networks",
        ...                                 slice_spec="5y")  # doctest: +SKIP
    """
    mentions = store.mention_rows(source="text")
    years = {doc_id: d["year"] for doc_id, d in store.document_words().items()}
    years.update({m["doc_id"]: m.get("year") for m in mentions if m["doc_id"] not in years})
    labels = {c["id"]: {"label": c["label"], "group": c["group"], "acronyms": c["acronyms"]}
              for c in store.concept_rows()}
    doc_of = {m["passage_id"]: m["doc_id"] for m in mentions}
    options = {"unit": unit, "measure": measure, "min_count": min_count, "min_weight": min_weight, "top": top,
               "labels": labels, "drop_isolates": drop_isolates}
    periods = parse_periods(slice_spec, period_specs, years=years.values())
    result = ConceptNetworks()
    out = Path(out_dir)
    doc_units = count_units(store, unit) if n_units == "all" else None
    if periods:
        result.undated = sum(1 for y in years.values() if y is None)
        built = build_period_networks(mentions, periods, years=years, doc_units=doc_units, **options)
    else:
        total = sum(doc_units.values()) if doc_units is not None else None
        built = [(None, build_concept_network(mentions, years=years, total_units=total, **options))]
    if "html" in formats and built:  # the same for every period's map, and for the report: read once
        from litmine.concepts.forms import concept_evidence

        result.evidence = concept_evidence(store)
    for label, g in built:
        stem = f"{name}_{label}" if label else name
        title = f"Concept co-occurrence network, {label}" if label else "Concept co-occurrence network"
        files = write_network_files(g, out, stem, formats, store=store, doc_of=doc_of, title=title, size=size,
                                    notes=result.notes, evidence=result.evidence)
        result.networks.append((label, g, files))
    if periods:
        result.evolution = find_cluster_evolution([(label, g) for label, g in built])
        result.evolution_file = out / f"{name}_cluster_evolution.csv"
        with open_atomic(result.evolution_file, newline="") as fh:
            w = GuardedDictWriter(fh, fieldnames=EVOLUTION_COLUMNS, lineterminator="\n")
            w.writeheader()
            for r in result.evolution:
                w.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()})
    return result
