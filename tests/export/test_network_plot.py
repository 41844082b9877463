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


@pytest.mark.slow
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
        _, boxes = draw_network(g, title="Mapa", width=width, height=width * 0.8)
        assert len(boxes) == 10
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (a, b)
    svg = write_network_plot(g, tmp_path / "n.svg").read_text(encoding="utf-8")
    assert "cluster 1: Concepto número 0" in svg  # legend: each cluster's most mentioned concept
    assert "Corpus: 7 documents, all years; unit: sentence; measure: association strength" in svg
    assert PALETTE[0] == "#E69F00"  # Okabe–Ito first


def crowded(n: int = 10) -> nx.Graph:
    g = nx.Graph(unit="paragraph", measure="association", documents=12, period="2005\u20132025")
    names = [f"Concepto número {i}" for i in range(n)]
    for i, a in enumerate(names):
        g.add_node(a, label=a, mentions=n - i, cluster=1 + i % 9)
        for b in names[:i]:
            g.add_edge(a, b, weight=1.0 + (i % 3))
    return g


def test_network_plot_column_width_text_readable_and_apart():
    from matplotlib.text import Text

    from litmine.export.network_plot import draw_network
    from litmine.export.plot_style import MIN_FONT, text_boxes

    fig, _ = draw_network(crowded(), title="Concept co-occurrence network", width=3.5, height=3.2)
    assert min(t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip()) >= MIN_FONT
    boxes = text_boxes(fig)
    assert any(t.startswith("Corpus: 12 documents, 2005\u20132025") for t, _ in boxes)  # the caption line
    for i, (ta, a) in enumerate(boxes):
        for tb, b in boxes[i + 1:]:
            assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (ta, tb)


def test_network_plot_clusters_past_the_palette_change_shape():
    from litmine.export.network_plot import cluster_marker, draw_network

    assert [cluster_marker(k) for k in (1, 7, 8, 15)] == ["o", "o", "s", "^"]
    assert cluster_colour(8) == cluster_colour(1)  # same colour, other shape
    fig, _ = draw_network(crowded(), width=6, height=5)
    legend = fig.axes[0].get_legend()
    assert len(legend.legend_handles) == 9
    shapes = {tuple(h.get_paths()[0].vertices.round(3).ravel()) for h in legend.legend_handles}
    assert len(shapes) == 2  # circles for clusters 1-7, squares for 8-9


def test_network_plot_drawn_once_for_both_formats_gives_the_files_of_one_draw_each(tmp_path):
    from litmine.export.network_plot import write_network_plots

    one = [write_network_plot(sample(), tmp_path / f"one.{fmt}") for fmt in ("png", "svg")]
    both = write_network_plots(sample(), [tmp_path / "both.png", tmp_path / "both.svg"])
    assert [p.read_bytes() for p in both] == [p.read_bytes() for p in one]
