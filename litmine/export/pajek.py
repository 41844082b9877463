"""Pajek files: the network (.net), its clusters as a partition (.clu) and node sizes as a vector (.vec).

Pajek's format is what bibliometrix, CiteSpace, VOSviewer (Create map > from network data > Pajek) and igraph
exchange. The rules kept here:

- ``*Vertices N`` then one line per vertex, numbered 1..N: number, label in double quotes (Pajek has no escape for
  a quote inside a label, so ``"`` becomes ``'``; line breaks and control characters become spaces).
- ``*Edges`` (undirected) or ``*Arcs`` (directed), one line per link: two vertex numbers and the link's raw
  strength (the co-occurrence count ``raw`` where there is one, as VOSviewer expects, else ``weight``).
- ``.clu``: ``*Vertices N`` then the cluster number of each vertex, one per line, in vertex order.
- ``.vec``: ``*Vertices N`` then one number per vertex: its mentions (concepts), citations (works) or degree.

Files are UTF-8, lines end with CRLF as Pajek writes them (readers accept LF too).
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from litmine.export.atomic import write_text_atomic
from litmine.export.sanitize import clean_xml_text
from litmine.export.strength import link_count

_EOL = "\r\n"


def _label(value: object) -> str:
    text = re.sub(r"\s+", " ", clean_xml_text(str(value))).strip().replace('"', "'")
    return f'"{text or "?"}"'


def _size(g: nx.Graph, n) -> object:
    data = g.nodes[n]
    for key in ("mentions", "citations"):
        if isinstance(data.get(key), (int, float)):
            return data[key]
    return g.degree(n)


def pajek_texts(g: nx.Graph) -> tuple[str, str, str]:
    """The .net, .clu and .vec texts of g (vertices in g's node order).

    Example:
        >>> g = nx.Graph()
        >>> g.add_node("a", label='Sørensen "index"', cluster=2, mentions=5)
        >>> g.add_node("b", label="b", cluster=1, mentions=3)
        >>> g.add_edge("a", "b", raw=7, weight=9.905)
        >>> print(pajek_texts(g)[0].replace("\\r", ""))
        *Vertices 2
        1 "Sørensen 'index'"
        2 "b"
        *Edges
        1 2 7
        <BLANKLINE>
    """
    ids = {n: i for i, n in enumerate(g.nodes, start=1)}
    net = [f"*Vertices {len(ids)}"]
    net += [f"{ids[n]} {_label(d.get('label', n))}" for n, d in g.nodes(data=True)]
    net.append("*Arcs" if g.is_directed() else "*Edges")
    net += [f"{ids[a]} {ids[b]} {link_count(d)}" for a, b, d in g.edges(data=True)]
    clu = [f"*Vertices {len(ids)}"] + [str(int(g.nodes[n].get("cluster", 1))) for n in g.nodes]
    vec = [f"*Vertices {len(ids)}"] + [str(_size(g, n)) for n in g.nodes]
    return tuple(_EOL.join(lines) + _EOL for lines in (net, clu, vec))  # type: ignore[return-value]


def write_pajek(g: nx.Graph, out_dir: str | Path, name: str) -> list[Path]:
    """Write name.net, name.clu and name.vec into out_dir; returns the three paths."""
    out = Path(out_dir)
    paths = [out / f"{name}.{ext}" for ext in ("net", "clu", "vec")]
    for path, text in zip(paths, pajek_texts(g), strict=True):
        write_text_atomic(path, text)
    return paths
