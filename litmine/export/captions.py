"""The caption line under a network figure, from the graph's own attributes (plain data: shared by the network
drawing in export/network_plot.py and the thematic figures of thematic.py, so no exporter imports an analysis)."""

from __future__ import annotations

# how a co-occurrence measure (cooccurrence.MEASURES) is named in captions and graph names
MEASURE_NAMES = {"count": "raw count", "association": "association strength", "jaccard": "Jaccard",
                 "inclusion": "inclusion", "cosine": "cosine (Salton)", "equivalence": "equivalence",
                 "pmi": "positive PMI"}


def figure_caption(g, period: str | None = None, *, documents: int | None = None,
                   note: str = "bubble area: mentions") -> str:
    """The caption line of a figure: corpus size, unit, measure and period of the network it was drawn from.

    Example:
        >>> import networkx as nx
        >>> figure_caption(nx.Graph(documents=3, unit="sentence", measure="pmi"), "2001-2005")
        'Corpus: 3 documents, 2001-2005; unit: sentence; measure: positive PMI; clusters: Louvain; bubble area: mentions'
        >>> figure_caption(nx.Graph(documents=1, period="Zürich 2020"))
        'Corpus: 1 document, Zürich 2020; unit: paragraph; measure: weight; clusters: Louvain; bubble area: mentions'
    """
    docs = documents if documents is not None else g.graph.get("documents")
    corpus = f"{docs} document{'' if docs == 1 else 's'}" if docs is not None else "corpus"
    years = period or g.graph.get("period") or "all years"
    measure = MEASURE_NAMES.get(g.graph.get("measure"), g.graph.get("measure") or "weight")
    return (f"Corpus: {corpus}, {years}; unit: {g.graph.get('unit', 'paragraph')}; measure: {measure}; "
            f"clusters: Louvain; {note}")
