"""Topic prevalence by year (PNG or SVG, matplotlib): stacked mean topic weights per year over a strip of the units
per year, fit to print.

Okabe-Ito fills, hatched past eight topics; a title and a caption line (corpus, unit, measure, period); fonts of
7 pt or more at a journal column's width; years with units only, and the year axis broken (diagonal marks) at a long
run of years without units, so that one outlying year does not squash the rest (plot_style.year_segments).
The module takes plain arrays: it imports no analysis module.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from litmine.export.plot_style import (
    figure_paths, font_sizes, lay_out, mark_breaks, save_figure, segment_note, span_text, wrap_caption, year_segments,
)

FILLS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
HATCHES = ("", "////", "\\\\\\\\", "xxx", "...")


def topic_fill(t: int) -> dict:
    """The fill colour and hatch of topic t (from 0): eight Okabe-Ito colours, then the same with a hatch."""
    return {"color": FILLS[t % len(FILLS)], "hatch": HATCHES[(t // len(FILLS)) % len(HATCHES)]}


def draw_topics_by_year(years: Sequence[int], mean, units: Sequence[int], *, labels: Sequence[str],
                        heading: str = "Topic prevalence by year", note: str = "", unit: str = "units",
                        width: float = 7.0):
    """The figure: mean[j][t] is the mean weight of topic t over year years[j]'s units (units[j] of them)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    sizes = font_sizes(width)
    k = len(labels)
    per_year = {int(y): int(n) for y, n in zip(years, units)}
    segments = year_segments(per_year)
    fig = Figure(figsize=(width, max(2.4, width * 0.45) + 0.9), layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(heading + (f"; {note}" if note else ""), fontsize=sizes["title"])
    caption = _caption(per_year, segments, k, unit)
    if not segments:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No unit has a publication year" + (f" ({note})" if note else ""), ha="center",
                va="center", fontsize=sizes["title"])
        return fig
    ratios = [len(s) + 1.2 for s in segments]
    ratios = [max(r, 0.08 * sum(ratios)) for r in ratios]
    grid = fig.add_gridspec(2, len(segments), height_ratios=[4.5, 1], width_ratios=ratios, wspace=0.04)
    top = [fig.add_subplot(grid[0, c]) for c in range(len(segments))]
    strip = [fig.add_subplot(grid[1, c], sharex=top[c]) for c in range(len(segments))]
    index = {int(y): j for j, y in enumerate(years)}
    names = [f"{t + 1} \u00b7 {labels[t]}" for t in range(k)]
    handles = []
    inch_per_year = width / sum(ratios)
    for c, seg in enumerate(segments):
        ax, bottom_ax = top[c], strip[c]
        shown = [y for y in seg if y in index]
        bars = _stacked_bars(ax, shown, [[float(mean[index[y]][t]) for y in shown] for t in range(k)])
        if c == 0:
            handles = bars
        bottom_ax.bar(shown, [per_year[y] for y in shown], width=0.8, color="#8a96a6", linewidth=0)
        _style_segment(ax, bottom_ax, seg, first=c == 0, most_units=max(per_year.values()), sizes=sizes,
                       inch_per_year=inch_per_year)
    if len(segments) > 1:
        mark_breaks(top)
        mark_breaks(strip)
    top[0].yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    top[0].set_ylabel("Mean topic weight", fontsize=sizes["small"])
    strip[0].set_ylabel(unit.capitalize(), fontsize=sizes["small"], rotation=0, ha="right", va="center")
    strip[0].yaxis.set_major_locator(MaxNLocator(integer=True, nbins=2))
    fig.supxlabel("Publication year", fontsize=sizes["small"])
    lay_out(fig)
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()
    low = min([a.get_tightbbox(renderer).y0 for a in fig.axes] + [fig._supxlabel.get_window_extent(renderer).y0])
    y = fig.transFigure.inverted().transform((0, low))[1] - 0.01
    ncol = 2 if width < 5 else 3
    most = max(16, int((width / ncol - 0.4) * 72 / (sizes["small"] * 0.55)))
    short = [n if len(n) <= most else n[:most - 1] + "\u2026" for n in names]
    # the legend reads top of the stack first, down the columns
    legend = fig.legend(handles[::-1], short[::-1], loc="upper center", bbox_to_anchor=(0.5, y),
                        ncol=min(ncol, k) or 1, fontsize=sizes["small"], frameon=False, columnspacing=1.0,
                        handletextpad=0.4, borderaxespad=0)
    top[0].annotate(wrap_caption(caption, width, sizes["small"]), xy=(0.5, 0), xycoords=legend, xytext=(0, -4),
                    textcoords="offset points", fontsize=sizes["small"], color="#333333", ha="center", va="top",
                    annotation_clip=False)
    return fig



def _caption(per_year: dict[int, int], segments: list[list[int]], k: int, unit: str) -> str:
    """The caption under the figure: corpus, unit, measure, topics, the strip, and the years set apart."""
    total = sum(per_year.values())
    return "; ".join(p for p in (
        f"Corpus: {total} dated {unit}, {span_text(segments)}", f"unit: {unit}",
        "measure: mean topic weight of the year's units (stacked)", f"{k} topics",
        f"bars under: {unit} per year", segment_note(segments, per_year, noun=unit.rstrip("s"))) if p) + "."


def _stacked_bars(ax, shown: list[int], heights: list[list[float]]) -> list:
    """One bar series per topic (heights[t][j]: topic t in year shown[j]), stacked in topic order; returns the
    series, the legend's handles."""
    bottom = [0.0] * len(shown)
    series = []
    for t, row in enumerate(heights):
        series.append(ax.bar(shown, row, bottom=bottom, width=0.8, linewidth=0, edgecolor="white", **topic_fill(t)))
        bottom = [b + h for b, h in zip(bottom, row)]
    return series


def _style_segment(ax, bottom_ax, seg: list[int], *, first: bool, most_units: int, sizes: dict,
                   inch_per_year: float) -> None:
    """Limits, spines and ticks of one run of years: the stacked axes above, the units strip below (year ticks at
    most every 0.42 inch); runs after the first show no y axis."""
    from matplotlib.ticker import MaxNLocator

    for a in (ax, bottom_ax):
        a.set_xlim(seg[0] - 0.6, seg[-1] + 0.6)
        a.spines[["top", "right"]].set_visible(False)
        a.tick_params(labelsize=sizes["small"], length=2.5, pad=1.5)
        if not first:
            a.spines["left"].set_visible(False)
            a.tick_params(axis="y", left=False, labelleft=False)
    ax.tick_params(axis="x", labelbottom=False)
    ax.set_ylim(0, 1)
    bottom_ax.set_ylim(0, most_units * 1.1)
    if len(seg) == 1:
        bottom_ax.set_xticks(seg)
    else:
        bottom_ax.xaxis.set_major_locator(
            MaxNLocator(integer=True, nbins=max(1, int(inch_per_year * (len(seg) + 1.2) / 0.42))))


def write_topics_by_year_plot(years: Sequence[int], mean, units: Sequence[int], path: str | Path, *,
                              labels: Sequence[str], heading: str = "Topic prevalence by year", note: str = "",
                              unit: str = "units", width: float = 7.0, dpi: int = 200) -> Path:
    """Draw :func:`draw_topics_by_year` to a .png (at dpi) or .svg file."""
    return write_topics_by_year_plots(years, mean, units, [path], labels=labels, heading=heading, note=note,
                                      unit=unit, width=width, dpi=dpi)[0]


def write_topics_by_year_plots(years: Sequence[int], mean, units: Sequence[int], paths: Sequence[str | Path], *,
                               labels: Sequence[str], heading: str = "Topic prevalence by year", note: str = "",
                               unit: str = "units", width: float = 7.0, dpi: int = 200) -> list[Path]:
    """Draw :func:`draw_topics_by_year` once and save it to each path, .png (at dpi) or .svg: the same files as a
    draw per path (checked byte for byte on the 1,000-document topics plot), for one draw's CPU."""
    paths = figure_paths(paths, "a topic plot")
    fig = draw_topics_by_year(years, mean, units, labels=labels, heading=heading, note=note, unit=unit,
                              width=width)
    save_figure(fig, paths, dpi=dpi)
    return paths
