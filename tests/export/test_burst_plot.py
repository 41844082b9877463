"""The burst timeline figure: one bar per burst over its years, the concept's active span, strength and documents
beside each row, a broken year axis for an outlying year, text of 7 pt or more that never overlaps."""

from __future__ import annotations

import pytest

from litmine.export.burst_plot import BURST_COLOUR, burst_rows, draw_burst_timeline, write_burst_timeline
from litmine.export.plot_style import MIN_FONT, text_boxes
from litmine.trends import Burst, build_burst_table, build_trends
from tests.test_trends import BURST_DOCS, BURST_MENTIONS, burst_trends

pytest.importorskip("matplotlib")


def two_bursts():
    """The hand-built corpus with a second, weaker burst of "wohlfahrt" over 2001-2002 set by hand."""
    t = build_trends(BURST_MENTIONS, BURST_DOCS, labels={"wohlfahrt": "Wohlfahrtsstaat und Ärzte"})
    t.bursts = [Burst("koproduktion", 2003, 2003, 2.5), Burst("wohlfahrt", 2001, 2002, 1.25)]
    t.burst_params = "mentions, s=2, gamma=1"
    t.burst_table = build_burst_table(t, BURST_MENTIONS, BURST_DOCS)
    return t


def bars(ax) -> list[tuple[float, float, float]]:
    """(left year, right year, row) of the burst bars in an axes."""
    return sorted((round(p.get_x(), 2), round(p.get_x() + p.get_width(), 2), round(p.get_y() + p.get_height() / 2))
                  for p in ax.patches)


def test_burst_plot_rows_in_order_of_first_year_and_top_strongest():
    t = two_bursts()
    assert [(r["concept"], r["start"], r["end"]) for r in burst_rows(t)] == [("wohlfahrt", 2001, 2002),
                                                                             ("koproduktion", 2003, 2003)]
    assert [r["concept"] for r in burst_rows(t, top=1)] == ["koproduktion"]  # the strongest one
    # without a burst table the bursts alone, the documents unknown
    t.burst_table = []
    assert [(r["concept"], r["active"], r["documents"]) for r in burst_rows(t)] == [
        ("wohlfahrt", (2001, 2004), None), ("koproduktion", (2001, 2003), None)]


def test_burst_plot_bars_span_the_burst_years_with_strength_and_documents_beside():
    fig = draw_burst_timeline(two_bursts(), width=7.0)
    ax = fig.axes[0]
    # rows top to bottom: wohlfahrt (y = 1) 2001-2002, koproduktion (y = 0) 2003; each bar 0.4 year past its ends
    assert bars(ax) == [(2000.6, 2002.4, 1), (2002.6, 2003.4, 0)]
    assert {p.get_facecolor()[:3] for p in ax.patches} == {tuple(int(BURST_COLOUR[i:i + 2], 16) / 255
                                                                 for i in (1, 3, 5))}
    # the grey line from the first to the last year the concept is mentioned
    spans = sorted((tuple(round(x, 2) for x in line.get_xdata()), line.get_ydata()[0]) for line in ax.get_lines())
    assert spans == [((2000.6, 2003.4), 0), ((2000.6, 2004.4), 1)]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Wohlfahrtsstaat und Ärzte", "koproduktion"]
    texts = [t for t, _ in text_boxes(fig)]
    for cell in ("Strength", "Years", "Docs", "2.50", "1.25", "2001\u20132002", "2003"):
        assert cell in texts, cell
    assert texts.count("2") == 2  # documents behind each burst: w01 and w02; a03 and b03
    caption = " ".join(texts).replace("\n", " ")
    assert "Corpus: 5 dated documents, 2001\u20132004" in caption and "2 of 2 bursts" in caption
    assert "(mentions, s=2, gamma=1)" in caption


def test_burst_plot_hand_computed_burst_from_the_trends():
    fig = draw_burst_timeline(burst_trends(), width=3.5)
    assert bars(fig.axes[0]) == [(2002.6, 2003.4, 0)]
    texts = [t for t, _ in text_boxes(fig)]
    assert "2.49" in texts and "Koproduktion (Ærø)" in texts and "Years" not in texts  # narrow: no years column


def test_burst_plot_outlying_year_on_a_broken_axis():
    docs = dict(BURST_DOCS, alt={"year": 1966, "words": 10, "title": "Alt", "authors": []})
    t = build_trends(BURST_MENTIONS + [("koproduktion", "alt")], docs)
    t.bursts = [Burst("koproduktion", 2003, 2003, 2.0)]
    fig = draw_burst_timeline(t)
    old, main = fig.axes[0], fig.axes[1]
    assert old.get_xlim() == pytest.approx((1965.4, 1966.6)) and main.get_xlim() == pytest.approx((2000.4, 2004.6))
    assert bars(main) == [(2002.6, 2003.4, 0)]
    caption = " ".join(t for t, _ in text_boxes(fig)).replace("\n", " ")
    assert "Corpus: 6 dated documents, 1966\u20132004" in caption and "year axis broken at 1967\u20132000" in caption


@pytest.mark.slow
@pytest.mark.parametrize("width", [3.5, 7.0])
def test_burst_plot_text_readable_and_apart(width):
    t = two_bursts()
    more = [Burst(f"k{i}", 2001 + i % 4, 2001 + i % 4, 1.0 + i / 10) for i in range(14)]
    t.bursts += more
    t.burst_table = build_burst_table(t, BURST_MENTIONS, BURST_DOCS)
    t.labels.update({f"k{i}": f"Konzept {i}: Öffentliche Dienstleistungen" for i in range(14)})
    for row in t.burst_table:
        row["label"] = t.label(row["concept"])
    fig = draw_burst_timeline(t, width=width)
    boxes = text_boxes(fig)
    from matplotlib.text import Text

    assert min(x.get_fontsize() for x in fig.findobj(Text) if x.get_text().strip()) >= MIN_FONT
    for i, (ta, a) in enumerate(boxes):
        for tb, b in boxes[i + 1:]:
            assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (ta, tb)
    assert len(fig.axes[0].patches) == 16


def test_burst_plot_without_bursts_says_so_and_files(tmp_path):
    t = build_trends(BURST_MENTIONS, BURST_DOCS)
    t.burst_params = "mentions, s=2, gamma=1"
    texts = [x for x, _ in text_boxes(draw_burst_timeline(t))]
    assert "No bursts found (mentions, s=2, gamma=1)" in texts
    svg = write_burst_timeline(two_bursts(), tmp_path / "b.svg").read_text(encoding="utf-8")
    from xml.etree import ElementTree

    assert ElementTree.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg" and "Wohlfahrtsstaat und Ärzte" in svg
    png = write_burst_timeline(two_bursts(), tmp_path / "b.png", width=3.5, dpi=300).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError, match="png or .svg"):
        write_burst_timeline(t, tmp_path / "b.pdf")


@pytest.mark.parametrize("width", [3.5, 7.0])
def test_burst_plot_laid_out_without_rendering_gives_the_files_of_a_full_draw(tmp_path, monkeypatch, width):
    """lay_out (the layout without the Agg rendering) places the year ticks where a whole draw did: the same PNG and
    SVG bytes, and the same tick positions."""
    import litmine.export.burst_plot as burst_plot

    def written(folder):
        folder.mkdir()
        return [write_burst_timeline(two_bursts(), folder / f"b.{ext}", width=width).read_bytes()
                for ext in ("png", "svg")]

    def ticks():
        return [list(ax.get_xticks()) for ax in draw_burst_timeline(two_bursts(), width=width).axes]

    laid = written(tmp_path / "laid"), ticks()
    monkeypatch.setattr(burst_plot, "lay_out", lambda fig: fig.canvas.draw())
    assert (written(tmp_path / "drawn"), ticks()) == laid
