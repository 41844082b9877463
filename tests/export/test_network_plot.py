import struct
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from litmine.export.network_plot import cluster_colour, write_network_plot

pytest.importorskip("matplotlib")


def sample():
    g = nx.Graph()
    g.add_node("npm", label="Nueva Gestión Pública", mentions=40, cluster=1)
    g.add_node("copro", label="Co-producción", mentions=5, cluster=2)
    g.add_node("val", label="Välfärd <&>", mentions=1)
    g.add_edge("npm", "copro", weight=2.5)
    return g


def test_network_plot_png_is_a_png_of_the_asked_size(tmp_path):
    path = write_network_plot(sample(), tmp_path / "sub" / "net.png", title="Mapa", width=6, height=4)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert 300 < width <= 6 * 150 and 200 < height <= 4 * 150  # 150 dpi, trimmed to the drawing


def test_network_plot_svg_has_the_labels_as_text(tmp_path):
    path = write_network_plot(sample(), tmp_path / "net.svg")
    root = ET.parse(path).getroot()
    texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Nueva Gestión Pública" in texts and "Välfärd <&>" in texts
    assert path.read_bytes() == write_network_plot(sample(), tmp_path / "again.svg").read_bytes()  # fixed layout


def test_network_plot_empty_graph_and_bad_suffix(tmp_path):
    assert write_network_plot(nx.Graph(), tmp_path / "empty.svg").stat().st_size > 0
    with pytest.raises(ValueError, match="png or .svg"):
        write_network_plot(sample(), tmp_path / "net.pdf")
    assert cluster_colour(1) != cluster_colour(2) and cluster_colour(None) == "#999999"


def test_network_plot_labels_apart_legend_and_caption(tmp_path):
    from litmine.export.network_plot import PALETTE, draw_network

    g = nx.Graph(unit="sentence", measure="association", documents=7)
    # a crowded clique: without placement the labels of neighbours would overlap
    names = [f"Concepto número {i}" for i in range(10)]
    for i, a in enumerate(names):
        g.add_node(a, label=a, mentions=10 - i, cluster=1 + i % 3)
        for b in names[:i]:
            g.add_edge(a, b, weight=1.0)
    for width in (3.5, 12.0):
        fig, boxes = draw_network(g, title="Mapa", width=width, height=width * 0.8)
        assert len(boxes) == 10
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (a, b)
    svg = write_network_plot(g, tmp_path / "n.svg").read_text(encoding="utf-8")
    assert "cluster 1: Concepto número 0" in svg  # legend: each cluster's most mentioned concept
    assert "Corpus: 7 documents, all years; unit: sentence; measure: association strength" in svg
    assert PALETTE[0] == "#E69F00"  # Okabe–Ito first
