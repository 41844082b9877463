"""Static thematic map and thematic evolution drawings: files written, labels apart, captions and labels as text."""

from __future__ import annotations

import pytest
from litmine.export.thematic_plot import (
    alluvial_geometry,
    draw_thematic_map,
    write_evolution_plot,
    write_thematic_map_plot,
)


def _themes(n: int = 8) -> list[dict]:
    # crowded: every theme within a small square, so labels must be moved apart
    rows = []
    for k in range(1, n + 1):
        rows.append({"cluster": k, "name": f"Thème numéro {k}; Sozialstaat", "mentions": 10 + k,
                     "centrality": 1.0 + 0.01 * k, "density": 2.0 + 0.01 * (k % 3), "quadrant": "motor",
                     "centrality_median": 1.04, "density_median": 2.01})
    return rows


def test_thematic_plot_labels_do_not_overlap():
    for width in (3.5, 7.0):
        _, boxes = draw_thematic_map(_themes(), width=width, height=width * 0.8)
        assert len(boxes) == 8
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                apart = a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0
                assert apart, (a, b)


def test_thematic_plot_svg_keeps_labels_and_caption_as_escaped_text(tmp_path):
    themes = _themes(3)
    themes[0]["name"] = "Économie <sociale> & co"
    path = write_thematic_map_plot(themes, tmp_path / "map.svg", title="Thematic map",
                                   caption="Corpus: démo; unit: paragraph; measure: association strength")
    svg = path.read_text(encoding="utf-8")
    assert "Économie &lt;sociale&gt; &amp; co" in svg
    assert "Corpus: démo" in svg
    assert "motor theme" in svg  # the legend


@pytest.mark.slow
def test_thematic_plot_png_and_empty_map(tmp_path):
    assert write_thematic_map_plot(_themes(), tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
    assert write_thematic_map_plot([], tmp_path / "empty.png").stat().st_size > 0


def _evolution() -> dict:
    theme = {"quadrant": "basic"}
    return {"periods": [{"period": "2001-2005", "themes": [dict(theme, cluster=1, name="Größe", mentions=30),
                                                           dict(theme, cluster=2, name="b", mentions=10)]},
                        {"period": "2006-2010", "themes": [dict(theme, cluster=1, name="c", mentions=20)]}],
            "flows": [{"from_period": "2001-2005", "from_cluster": 1, "to_period": "2006-2010", "to_cluster": 1,
                       "inclusion": 1.0},
                      {"from_period": "2001-2005", "from_cluster": 2, "to_period": "2006-2010", "to_cluster": 1,
                       "inclusion": 0.5}]}


def test_thematic_plot_alluvial_geometry_stacks_and_scales_flows():
    boxes, bands = alluvial_geometry(_evolution(), gap=0.04)
    first = {(b["period"], b["cluster"]): b for b in boxes}
    # 2001-2005: heights 0.96 * 30/40 and 0.96 * 10/40, 0.04 apart
    assert round(first[("2001-2005", 1)]["y1"], 6) == 0.72
    assert round(first[("2001-2005", 2)]["y0"], 6) == 0.76
    # the target box (height 1) takes inclusions 1.0 + 0.5 = 1.5 > 1: scaled to 2/3 and 1/3 of it
    assert [round(b["b1"] - b["b0"], 6) for b in bands] == [round(2 / 3, 6), round(1 / 3, 6)]
    assert round(bands[1]["b0"], 6) == round(2 / 3, 6)


def test_thematic_plot_evolution_svg(tmp_path):
    svg = write_evolution_plot(_evolution(), tmp_path / "evo.svg", caption="Corpus: démo").read_text("utf-8")
    assert "Größe" in svg and "2006-2010" in svg and "Corpus: démo" in svg


def test_thematic_plot_column_width_text_readable_and_apart():
    from matplotlib.text import Text

    from litmine.export.plot_style import MIN_FONT, text_boxes

    fig, _ = draw_thematic_map(_themes(), width=3.5, height=3.0, caption="Corpus: 9 documents, 2001\u20132010")
    assert min(t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip()) >= MIN_FONT
    boxes = text_boxes(fig)
    for i, (ta, a) in enumerate(boxes):
        for tb, b in boxes[i + 1:]:
            assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (ta, tb)


def test_thematic_plot_evolution_labels_apart():
    from litmine.export.plot_style import MIN_FONT, text_boxes
    from litmine.export.thematic_plot import draw_evolution

    # three periods of five themes, thin boxes and long names: labels must be cut and moved apart
    periods, flows = [], []
    for p, name in enumerate(["2001-2005", "2006-2010", "2011-2015"]):
        themes = [{"cluster": c, "name": f"Wohlfahrtsstaat {c}; Koproduktion; Ærø", "mentions": 40 if c == 1 else 2,
                   "quadrant": "motor"} for c in range(1, 6)]
        periods.append({"period": name, "themes": themes})
        if p:
            flows += [{"from_period": periods[p - 1]["period"], "from_cluster": c, "to_period": name,
                       "to_cluster": 6 - c, "inclusion": 0.5} for c in range(1, 6)]
    for width in (3.5, 7.0):
        fig = draw_evolution({"periods": periods, "flows": flows}, width=width, height=width * 0.7,
                             caption="Corpus: 9 documents")
        boxes = text_boxes(fig)
        assert min(t.get_fontsize() for t in fig.texts + fig.axes[0].texts) >= MIN_FONT
        for i, (ta, a) in enumerate(boxes):
            for tb, b in boxes[i + 1:]:
                assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (width, ta, tb)
