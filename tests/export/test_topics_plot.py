"""Topic prevalence by year fit to print: Okabe-Ito fills (hatched past eight topics), caption line, 7 pt text that
never overlaps, an outlying year set apart on a broken axis."""

from __future__ import annotations

import pytest

from litmine.export.plot_style import MIN_FONT, text_boxes
from litmine.export.topics_plot import FILLS, draw_topics_by_year, topic_fill, write_topics_by_year_plot

pytest.importorskip("matplotlib")

YEARS = [1966, 2005, 2006, 2008, 2009]
UNITS = [1, 3, 2, 4, 2]
LABELS = [f"Thème {t}: Wohlfahrt, coproducción" for t in range(10)]


def mean(k: int = 10) -> list[list[float]]:
    return [[(1 + (t + j) % 3) / sum(1 + (s + j) % 3 for s in range(k)) for t in range(k)] for j in range(len(YEARS))]


def test_topics_plot_fills_and_hatches():
    assert topic_fill(0) == {"color": "#E69F00", "hatch": ""}
    assert topic_fill(8)["color"] == FILLS[0] and topic_fill(8)["hatch"]


@pytest.mark.slow
def test_topics_plot_broken_axis_caption_and_readable_text():
    from matplotlib.text import Text

    fig = draw_topics_by_year(YEARS, mean(), UNITS, labels=LABELS, heading="Topic prevalence (NMF, k=10)",
                              unit="documents", width=3.5)
    old, main = fig.axes[0], fig.axes[1]
    assert old.get_xlim() == pytest.approx((1965.4, 1966.6)) and main.get_xlim() == pytest.approx((2004.4, 2009.6))
    # stacked bars: ten topics per year, the 2005 stack sums to 1
    stack = [p for p in main.patches if round(p.get_x() + p.get_width() / 2) == 2005]
    assert len(stack) == 10 and sum(p.get_height() for p in stack) == pytest.approx(1.0)
    assert {p.get_hatch() for p in stack} == {None, "////"} or {p.get_hatch() for p in stack} == {"", "////"}
    words = " ".join(t for t, _ in text_boxes(fig)).replace("\n", " ")
    assert "Corpus: 12 dated documents, 1966\u20132009" in words and "outlying: 1 document in 1966" in words
    assert min(t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip()) >= MIN_FONT
    boxes = text_boxes(fig)
    for i, (ta, a) in enumerate(boxes):
        for tb, b in boxes[i + 1:]:
            assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (ta, tb)


@pytest.mark.slow
def test_topics_plot_files_and_no_years(tmp_path):
    svg = write_topics_by_year_plot(YEARS, mean(), UNITS, tmp_path / "t.svg", labels=LABELS).read_text("utf-8")
    assert "Thème 0: Wohlfahrt" in svg
    png = write_topics_by_year_plot([], [], [], tmp_path / "none.png", labels=LABELS[:2], note="3 undated")
    assert png.read_bytes()[:4] == b"\x89PNG"
