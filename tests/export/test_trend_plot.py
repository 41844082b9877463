"""The trend plot shows its evidence: documents per year, years without documents, single-document rates, an
outlying year set apart on a broken axis; text of 7 pt or more that never overlaps, Okabe-Ito colours."""

from __future__ import annotations

import pytest

from litmine.export.plot_style import MIN_FONT, SERIES_COLOURS, series_style, text_boxes, year_segments
from litmine.export.trend_plot import draw_trends, write_trends_plot
from litmine.trends import Burst, build_trends

pytest.importorskip("matplotlib")

# A hand-built corpus: one document from 1966, then 2005-2012 with none in 2008-2009 and a single one in 2011.
DOCS = {"alt": {"year": 1966, "words": 1000}}
for year, n in {2005: 2, 2006: 3, 2007: 2, 2010: 2, 2011: 1, 2012: 2}.items():
    for i in range(n):
        DOCS[f"d{year}-{i}"] = {"year": year, "words": 1000}
MENTIONS = ([("wohlfahrt", "alt")] + [("wohlfahrt", f"d{y}-0") for y in (2005, 2006, 2007, 2010, 2011, 2012)]
            + [("coproducción", "d2011-0")] * 3 + [("coproducción", "d2006-1")])
LABELS = {"wohlfahrt": "Wohlfahrtsstaat und Ärzte", "coproducción": "Coproducción de servicios públicos"}


def trends():
    t = build_trends(MENTIONS, DOCS, labels=LABELS)
    t.bursts = [Burst("coproducción", 2011, 2011, 2.5)]
    t.burst_params = "mentions, s=2, gamma=1"
    return t


def test_trend_plot_year_segments_split_at_long_empty_runs():
    assert year_segments({1966: 1, 2005: 2, 2012: 1}) == [[1966], list(range(2005, 2013))]
    # two years without documents inside a short span stay on the axis
    assert year_segments({2005: 1, 2008: 1, 2010: 1}) == [list(range(2005, 2011))]
    assert year_segments({}) == []
    assert series_style(0)["color"] == SERIES_COLOURS[0] == "#E69F00"
    assert series_style(7) != series_style(0) and series_style(7)["color"] == series_style(0)["color"]


@pytest.mark.slow
def test_trend_plot_outlying_year_on_a_broken_axis():
    fig = draw_trends(trends(), width=3.5)
    lines_old, lines_main = fig.axes[0], fig.axes[1]
    assert lines_old.get_xlim() == pytest.approx((1965.4, 1966.6))
    assert lines_main.get_xlim() == pytest.approx((2004.4, 2012.6))  # 2005-2012 fill the main panel
    caption = " ".join(t for t, _ in text_boxes(fig))
    assert "outlying: 1 document in 1966" in caption.replace("\n", " ")
    assert "Corpus: 13 dated documents, 1966\u20132012" in caption.replace("\n", " ")


def test_trend_plot_documents_strip_hatched_empty_years_and_hollow_single_document_points():
    fig = draw_trends(trends(), width=3.5)
    docs_main = fig.axes[3]  # row 2 (documents), segment 2
    bars = {round(p.get_x() + p.get_width() / 2): p.get_height() for p in docs_main.patches if not p.get_hatch()}
    assert bars == {2005: 2, 2006: 3, 2007: 2, 2008: 0, 2009: 0, 2010: 2, 2011: 1, 2012: 2}
    hatched = [p for p in docs_main.patches if p.get_hatch()]
    assert len(hatched) == 1 and hatched[0].get_x() == pytest.approx(2007.5)  # 2008-2009, one run
    # points resting on one document (1966 and 2011) are hollow; the others filled
    hollow, filled = set(), set()
    for ax in fig.axes[:2]:
        for line in ax.get_lines():
            if line.get_linestyle() == "None" and line.get_marker() not in ("None", None):
                xs = {int(x) for x in line.get_xdata()}
                (hollow if line.get_markerfacecolor() == "white" else filled).update(xs)
    assert hollow == {1966, 2011} and 2010 in filled and not filled & {2008, 2009}


@pytest.mark.slow
@pytest.mark.parametrize("width", [3.5, 7.0])
def test_trend_plot_text_readable_and_apart(width):
    fig = draw_trends(trends(), width=width)
    boxes = text_boxes(fig)
    assert len(boxes) > 15
    from matplotlib.text import Text

    assert min(t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip()) >= MIN_FONT
    for i, (ta, a) in enumerate(boxes):
        for tb, b in boxes[i + 1:]:
            assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (ta, tb)
    colours = [line.get_color() for line in fig.axes[1].get_lines()]
    assert set(colours) <= set(SERIES_COLOURS) | {"#333333"}


@pytest.mark.slow
def test_trend_plot_svg_keeps_text_and_png_at_column_width(tmp_path):
    svg = write_trends_plot(trends(), tmp_path / "t.svg", measure="share").read_text(encoding="utf-8")
    assert "Coproducción de servicios públicos" in svg and "Share of documents mentioning" in svg
    png = write_trends_plot(trends(), tmp_path / "t.png", width=3.5, dpi=300).read_bytes()
    import struct

    assert png[:4] == b"\x89PNG" and 900 < struct.unpack(">I", png[16:20])[0] <= 3.6 * 300
    with pytest.raises(ValueError, match="png or .svg"):
        write_trends_plot(trends(), tmp_path / "t.pdf")


def test_trend_plot_drawn_once_for_both_formats_gives_the_files_of_one_draw_each(tmp_path):
    from litmine.export.trend_plot import write_trends_plots

    one = [write_trends_plot(trends(), tmp_path / f"one.{fmt}") for fmt in ("png", "svg")]
    both = write_trends_plots(trends(), [tmp_path / "both.png", tmp_path / "both.svg"])
    assert both == [tmp_path / "both.png", tmp_path / "both.svg"]
    assert [p.read_bytes() for p in both] == [p.read_bytes() for p in one]
    with pytest.raises(ValueError):
        write_trends_plots(trends(), [tmp_path / "x.pdf"])
