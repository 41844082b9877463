"""The trend plot (PNG or SVG, matplotlib): one line per concept over the publication years, with the evidence
behind each point.

- A bar strip of documents per year under the lines; years without documents hatched (no rate there: the line is
  dotted across them); a rate that rests on a single document drawn as a hollow marker.
- The year axis covers where the documents are: a long run of years without documents (e.g. one document from
  1966 in a 2005-2025 corpus) breaks the axis (diagonal marks) and the caption names the outlying years.
- Okabe-Ito colours, with markers and line styles changing after seven series; a title and a caption line (corpus,
  unit, measure, period); fonts of 7 pt or more at a journal column's width (``width=3.5``).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from litmine.export.plot_style import (
    figure_paths,
    font_sizes,
    lay_out,
    mark_breaks,
    save_figure,
    segment_note,
    series_style,
    span_text,
    wrap_caption,
    year_segments,
)

if TYPE_CHECKING:  # types only: the plot takes the trends' plain rows and imports no analysis module
    from litmine.trends import TrendRow, Trends

Measure = Literal["count", "per10k", "share"]
_FIELD = {"count": "mentions", "per10k": "per_10k_words", "share": "doc_share"}  # the TrendRow field each measure reads
_YLABEL = {"count": "Mentions", "per10k": "Mentions per 10,000 words", "share": "Share of that year's documents"}

TITLES = {"count": "Concept mentions by year", "per10k": "Concept mentions per 10,000 words by year",
          "share": "Share of documents mentioning each concept, by year"}
MEASURE_WORDS = {"count": "mentions", "per10k": "mentions per 10,000 words of the year's documents",
                 "share": "share of the year's documents with a mention"}
HATCH = {"facecolor": "none", "hatch": "///", "edgecolor": "#d3d7dc", "linewidth": 0}


def write_trends_plot(trends: Trends, path: str | Path, *, measure: Measure = "per10k",
                      concepts: Sequence[str] | None = None, top: int = 12, width: float = 7.0,
                      dpi: int = 200) -> Path:
    """Draw the trend plot (:func:`draw_trends`) to a .png (at dpi) or .svg file.

    Args:
        trends: from build_trends (with bursts from find_trend_bursts, if any).
        path: the file to write; its suffix picks the format.
        measure: "per10k" (mentions per 10,000 words), "count" (mentions) or "share" (share of documents).
        concepts: the concepts to draw; default the `top` most mentioned.
        top: how many concepts to draw when `concepts` is not given.
        width: inches; 3.5 fits a journal column, 7 a page.
        dpi: pixels per inch of a PNG.

    Example:
        >>> write_trends_plot(trends, "outputs/trends/trends.png", measure="share")  # doctest: +SKIP
    """
    return write_trends_plots(trends, [path], measure=measure, concepts=concepts, top=top, width=width, dpi=dpi)[0]


def write_trends_plots(trends: Trends, paths: Sequence[str | Path], *, measure: Measure = "per10k",
                       concepts: Sequence[str] | None = None, top: int = 12, width: float = 7.0,
                       dpi: int = 200) -> list[Path]:
    """Draw the trend plot once and save it to each path, .png (at dpi) or .svg: the same files as a draw per path
    (checked byte for byte on the 1,000-document scale corpus), for one draw's CPU. Arguments as
    write_trends_plot's."""
    paths = figure_paths(paths, "a trend plot")
    fig = draw_trends(trends, measure=measure, concepts=concepts, top=top, width=width)
    save_figure(fig, paths, dpi=dpi)
    return paths


def draw_trends(trends: Trends, *, measure: Measure = "per10k", concepts: Sequence[str] | None = None,
                top: int = 12, width: float = 7.0):
    """The trend plot as a matplotlib Figure (see the module docstring for what it shows).

    Raises:
        ValueError: an unknown measure.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if measure not in _FIELD:
        raise ValueError(f"measure must be count, per10k or share, not {measure!r}")
    totals: Counter[str] = Counter()
    rows: dict[str, dict[int, TrendRow]] = defaultdict(dict)
    year_docs: dict[int, int] = {}
    for r in trends.rows:
        totals[r.concept] += r.mentions
        rows[r.concept][r.year] = r
        year_docs[r.year] = r.year_documents
    if concepts is None:
        concepts = [c for c in sorted(trends.concepts, key=lambda c: -totals[c]) if totals[c]][:top]
    concepts = list(concepts)
    segments = year_segments(year_docs)
    sizes = font_sizes(width)
    spans = {c: [(b.start, b.end) for b in trends.bursts if b.concept == c] for c in concepts}
    bursting = [c for c in concepts if spans[c]]
    line_h = max(1.9, width * 0.45)
    heights = [line_h, 0.5] + ([0.22 + 0.16 * len(bursting)] if bursting else [])
    fig = Figure(figsize=(width, sum(heights) + 0.6), layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(TITLES[measure], fontsize=sizes["title"])
    caption = _caption(trends, measure, concepts, year_docs, segments)
    if not concepts or not segments:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No concept mentions in dated documents", ha="center", va="center",
                transform=ax.transAxes, color="grey", fontsize=sizes["text"])
        _foot(fig, [], caption, sizes, width)
        return fig
    axes, ratios = _grid(fig, heights, segments)
    handles = _lines(axes[0], segments, concepts, rows, year_docs, spans, measure, 3.6 if width >= 5 else 2.8)
    _documents(axes[1], segments, year_docs, sizes)
    if bursting:
        _bursts(axes[2], segments, bursting, spans, trends, sizes, width)
    _axes_style(axes, segments, measure, sizes, width / sum(ratios))
    labels = [trends.label(c) + "".join(f" \u25b2{a}" + (f"\u2013{b}" if b != a else "") for a, b in spans[c])
              for c in concepts]
    _foot(fig, list(zip(handles, labels)), caption, sizes, width)
    return fig


def _grid(fig, heights: list[float], segments: list[list[int]]) -> tuple[list[list], list[float]]:
    """One row of axes per panel (lines, documents, bursts) and one column per run of years, each column as wide
    as its years (at least 8 % of the figure); rows share their y axis, columns their x axis."""
    ratios = [len(s) + 1.2 for s in segments]
    ratios = [max(r, 0.08 * sum(ratios)) for r in ratios]
    grid = fig.add_gridspec(len(heights), len(segments), height_ratios=heights, width_ratios=ratios, wspace=0.04)
    axes = [[fig.add_subplot(grid[r, c]) for c in range(len(segments))] for r in range(len(heights))]
    for r, row in enumerate(axes):
        for c, ax in enumerate(row):
            if c:
                ax.sharey(row[0])
            if r:
                ax.sharex(axes[0][c])
    return axes, ratios


def _caption(trends: Trends, measure: Measure, concepts: Sequence[str], year_docs: dict[int, int],
             segments: list[list[int]]) -> str:
    dated = sum(year_docs.values())
    parts = [f"Corpus: {dated} dated document{'' if dated == 1 else 's'}, {span_text(segments)}",
             "unit: concept mentions in the documents' text", f"measure: {MEASURE_WORDS[measure]}",
             f"{len(concepts)} most mentioned concept{'' if len(concepts) == 1 else 's'}" if concepts else "",
             "bars: documents per year", "hollow marker: a single document that year"]
    if any(n == 0 for y, n in year_docs.items() if any(y in s for s in segments)):
        parts.append("hatched: no documents (line dotted across)")
    if trends.bursts:
        parts.append(f"\u25b2 bursts ringed (Kleinberg{', ' + trends.burst_params if trends.burst_params else ''})")
    parts += [segment_note(segments, year_docs), trends.note]
    return "; ".join(p for p in parts if p) + "."


def _lines(row, segments, concepts, rows, year_docs, spans, measure, marker: float) -> list:
    from matplotlib.lines import Line2D

    handles = []
    for i, c in enumerate(concepts):
        style = series_style(i)
        colour = style["color"]
        for ax, seg in zip(row, segments):
            values = [getattr(rows[c][y], _FIELD[measure]) if y in rows[c] and year_docs.get(y) else None
                      for y in seg]
            ax.plot(seg, [math.nan if v is None else v for v in values], color=colour, linestyle=style["linestyle"],
                    linewidth=1.3, zorder=2)
            known = [t for t, v in enumerate(values) if v is not None]
            for a, b in itertools.pairwise(known):
                if b > a + 1:  # years between without documents: no rate, only a dotted bridge
                    ax.plot([seg[a], seg[b]], [values[a], values[b]], color=colour, linewidth=0.8, linestyle=":")
            for single, face in ((False, colour), (True, "white")):
                pick = [t for t in known if (year_docs[seg[t]] == 1) == single]
                ax.plot([seg[t] for t in pick], [values[t] for t in pick], color=colour, linestyle="none",
                        marker=style["marker"],
                        markersize=marker, markerfacecolor=face, markeredgecolor=colour, markeredgewidth=0.9,
                        zorder=3)
            for a, b in spans[c]:
                hits = [(y, v) for y, v in zip(seg, values) if a <= y <= b and v is not None]
                ax.scatter([y for y, _ in hits], [v for _, v in hits], s=55, facecolors="none", edgecolors=[colour],
                           linewidths=1.1, zorder=4)
                if len(concepts) <= 4:
                    ax.axvspan(a - 0.5, b + 0.5, color=colour, alpha=0.1, linewidth=0)
        handles.append(Line2D([], [], color=colour, linestyle=style["linestyle"], linewidth=1.3,
                              marker=style["marker"], markersize=marker))
    for ax, seg in zip(row, segments):
        _hatch_empty(ax, seg, year_docs)
    return handles


def _hatch_empty(ax, seg, year_docs) -> None:
    run: list[int] = []
    for y in seg + [None]:
        if y is not None and not year_docs.get(y):
            run.append(y)
        elif run:
            ax.axvspan(run[0] - 0.5, run[-1] + 0.5, zorder=0, **HATCH)
            run = []


def _documents(row, segments, year_docs, sizes) -> None:
    top = max(year_docs.values()) or 1
    for ax, seg in zip(row, segments):
        counts = [year_docs.get(y, 0) for y in seg]
        ax.bar(seg, counts, width=0.75, color=["#8a96a6" if n > 1 else "#c9ced6" for n in counts], linewidth=0)
        _hatch_empty(ax, seg, year_docs)
        ax.set_ylim(0, top * 1.1)
    row[0].set_ylabel("Docs", fontsize=sizes["small"], rotation=0, ha="right", va="center")


def _bursts(row, segments, bursting, spans, trends, sizes, width) -> None:
    most = max(8, int(width * 4))
    for ax, seg in zip(row, segments):
        for k, c in enumerate(reversed(bursting)):
            colour = series_style(list(spans).index(c))["color"]
            for a, b in spans[c]:
                ax.barh(k, b - a + 0.8, left=a - 0.4, height=0.6, color=colour)
        ax.set_ylim(-0.6, len(bursting) - 0.4)
    names = [trends.label(c) for c in reversed(bursting)]
    row[0].set_yticks(range(len(bursting)), [n if len(n) <= most else n[:most - 1] + "\u2026" for n in names],
                      fontsize=sizes["small"])
    row[0].set_title("Bursts", fontsize=sizes["small"], loc="left")


def _axes_style(axes, segments, measure, sizes, inch_per_year) -> None:
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    for r, row in enumerate(axes):
        for c, (ax, seg) in enumerate(zip(row, segments)):
            ax.set_xlim(seg[0] - 0.6, seg[-1] + 0.6)
            ax.tick_params(labelsize=sizes["small"], length=2.5, pad=1.5)
            ax.spines[["top", "right"]].set_visible(False)
            if c:
                ax.spines["left"].set_visible(False)
                ax.tick_params(axis="y", left=False, labelleft=False)
            if r < len(axes) - 1:
                ax.tick_params(axis="x", labelbottom=False)
            seg_inches = inch_per_year * (len(seg) + 1.2)
            if len(seg) == 1:
                ax.set_xticks(seg)
            else:
                ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=max(1, int(seg_inches / 0.42))))
        if len(segments) > 1:
            mark_breaks(row)
    lines = axes[0][0]
    lines.set_ylim(bottom=0)
    lines.set_ylabel(_YLABEL[measure], fontsize=sizes["small"])
    lines.grid(True, axis="y", alpha=0.3)
    if measure == "share":
        lines.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    lines.yaxis.set_major_locator(MaxNLocator(nbins=5))
    axes[1][0].yaxis.set_major_locator(MaxNLocator(integer=True, nbins=2))
    axes[-1][0].figure.supxlabel("Publication year", fontsize=sizes["small"])


def _foot(fig, entries, caption: str, sizes, width: float) -> None:
    """The legend (concepts, in columns) and the caption under the axes, placed after the layout is fixed."""
    lay_out(fig)
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()
    bottom = min(a.get_tightbbox(renderer).y0 for a in fig.axes)
    label = fig._supxlabel
    if label is not None:
        bottom = min(bottom, label.get_window_extent(renderer).y0)
    y = fig.transFigure.inverted().transform((0, bottom))[1] - 0.01
    anchor = None
    if entries:
        ncol = min(2 if width < 5 else 3, len(entries))
        most = max(16, int((width / ncol - 0.4) * 72 / (sizes["small"] * 0.55)))
        names = [n if len(n) <= most else n[:most - 1] + "\u2026" for _, n in entries]
        anchor = fig.legend([h for h, _ in entries], names, loc="upper center", bbox_to_anchor=(0.5, y),
                            ncol=ncol, fontsize=sizes["small"], frameon=False, handlelength=2.2,
                            columnspacing=1.0, handletextpad=0.4, borderaxespad=0)
    text = wrap_caption(caption, width, sizes["small"])
    if anchor is not None:  # under the legend, wherever it ends up at the saving dpi
        fig.axes[0].annotate(text, xy=(0.5, 0), xycoords=anchor, xytext=(0, -4), textcoords="offset points",
                             fontsize=sizes["small"], color="#333333", ha="center", va="top",
                             annotation_clip=False)
    else:
        fig.text(0.5, y, text, fontsize=sizes["small"], color="#333333", ha="center", va="top")
