"""The burst timeline as a static figure (PNG or SVG, matplotlib): one row per concept burst, the bar over the burst
years, a thin line over the years from the concept's first to its last mention, and beside each row the burst's
strength and the number of documents behind it (CiteSpace's "strongest bursts" view, for concepts).

The rows are the strongest bursts (``top``), shown in order of their first year, then strength. The year axis is
the trend plot's: it covers the years with documents and breaks at a long run of years without any (the caption
names the gap). Vermilion of the Okabe-Ito palette for the bursts, grey for the rest; text of 7 pt or more at a
journal column's width (``width=3.5``); a title and a caption line naming the corpus, unit, measure and period.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from litmine.export.plot_style import (
    figure_paths, font_sizes, lay_out, mark_breaks, save_figure, segment_note, span_text, wrap_caption, year_segments,
)

if TYPE_CHECKING:  # types only: the figure reads the trends' plain rows and imports no analysis module
    from litmine.trends import Trends

BURST_COLOUR = "#D55E00"  # Okabe-Ito vermilion
ACTIVE_COLOUR = "#9aa3ae"
TITLE = "Strongest concept bursts (Kleinberg)"


def burst_rows(trends: Trends, *, top: int | None = None) -> list[dict]:
    """The bursts to show: trends.burst_table (with the documents behind each burst) or, without it, the bursts
    alone; the `top` strongest, in order of their first year, then strength.

    Example:
        >>> from litmine.trends import Burst, build_trends
        >>> t = build_trends([("npm", "a")], {"a": {"year": 2003, "words": 10}})
        >>> t.bursts = [Burst("npm", 2003, 2003, 1.5)]
        >>> [(r["label"], r["start"], r["documents"]) for r in burst_rows(t)]
        [('npm', 2003, None)]
    """
    table = list(trends.burst_table)
    if not table and trends.bursts:
        seen: dict[str, list[int]] = {}
        for r in trends.rows:
            if r.mentions:
                seen.setdefault(r.concept, []).append(r.year)
        table = [{"concept": b.concept, "label": trends.label(b.concept), "start": b.start, "end": b.end,
                  "weight": b.weight, "mentions": None, "documents": None,
                  "active": (min(seen.get(b.concept, [b.start])), max(seen.get(b.concept, [b.end])))}
                 for b in sorted(trends.bursts, key=lambda b: (-b.weight, b.start, b.concept))]
    chosen = table[:top] if top else table
    return sorted(chosen, key=lambda r: (r["start"], -r["weight"], r["label"]))


def year_documents(trends: Trends) -> dict[int, int]:
    """Year -> documents of that year, from the trend rows."""
    return {r.year: r.year_documents for r in trends.rows}


def write_burst_timeline(trends: Trends, path: str | Path, *, top: int = 20, width: float = 7.0,
                         dpi: int = 200) -> Path:
    """Draw the burst timeline (:func:`draw_burst_timeline`) to a .png (at dpi) or .svg file.

    Example:
        >>> write_burst_timeline(trends, "outputs/trends/burst_timeline.svg", width=3.5)  # doctest: +SKIP
    """
    path = figure_paths([path], "a burst timeline")[0]
    fig = draw_burst_timeline(trends, top=top, width=width)
    save_figure(fig, [path], dpi=dpi)
    return path


def draw_burst_timeline(trends: Trends, *, top: int = 20, width: float = 7.0):
    """The burst timeline as a matplotlib Figure: one row per burst (see the module docstring)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = burst_rows(trends, top=top)
    docs = year_documents(trends)
    segments = year_segments(docs)
    sizes = font_sizes(width)
    caption = wrap_caption(_caption(trends, rows, docs, segments), width, sizes["small"])
    caption_h = (caption.count("\n") + 1) * sizes["small"] * 1.3 / 72 + 0.08
    body_h = max(0.9, 0.24 * len(rows) + 0.45)
    fig = Figure(figsize=(width, body_h + caption_h + 0.35), layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(TITLE, fontsize=sizes["title"])
    if not rows or not segments:
        grid = fig.add_gridspec(2, 1, height_ratios=[body_h, caption_h])
        ax = fig.add_subplot(grid[0, 0])
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No bursts found" + (f" ({trends.burst_params})" if trends.burst_params else ""),
                ha="center", va="center", transform=ax.transAxes, color="grey", fontsize=sizes["text"])
        _caption_row(fig, grid[1, 0], caption, sizes)
        return fig
    ratios = [len(s) + 1.2 for s in segments]
    ratios = [max(r, 0.08 * sum(ratios)) for r in ratios]
    grid = fig.add_gridspec(2, len(segments), height_ratios=[body_h, caption_h], width_ratios=ratios, wspace=0.04)
    axes = [fig.add_subplot(grid[0, c]) for c in range(len(segments))]
    for ax in axes[1:]:
        ax.sharey(axes[0])
    for ax, seg in zip(axes, segments):
        _bars(ax, rows)
        _style(ax, seg, sizes)
    for ax in axes[1:]:
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", left=False, labelleft=False)
    if len(axes) > 1:
        mark_breaks(axes)
    _labels(axes[0], rows, sizes, width)
    _columns(axes[-1], rows, sizes, width)
    main = max(range(len(segments)), key=lambda i: len(segments[i]))
    axes[main].set_xlabel("Publication year", fontsize=sizes["small"])
    _caption_row(fig, grid[1, :], caption, sizes)
    _year_ticks(fig, axes, segments, width)
    return fig


def _bars(ax, rows: Sequence[dict]) -> None:
    n = len(rows)
    for k, r in enumerate(rows):
        y = n - 1 - k
        a, b = r["active"]
        ax.plot([a - 0.4, b + 0.4], [y, y], color=ACTIVE_COLOUR, linewidth=1.0, solid_capstyle="butt", zorder=1)
        ax.barh(y, r["end"] - r["start"] + 0.8, left=r["start"] - 0.4, height=0.56, color=BURST_COLOUR, zorder=2)
    ax.set_ylim(-0.6, n - 0.4)


def _style(ax, seg: Sequence[int], sizes: dict) -> None:
    ax.set_xlim(seg[0] - 0.6, seg[-1] + 0.6)
    ax.tick_params(labelsize=sizes["small"], length=2.5, pad=1.5)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(True, axis="x", alpha=0.25, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xticks([seg[0]])


def _year_ticks(fig, axes, segments, width: float) -> None:
    """Year ticks at least 0.45 in apart, from each panel's width once the layout has placed the labels."""
    from matplotlib.ticker import MaxNLocator

    lay_out(fig)
    for ax, seg in zip(axes, segments):
        if len(seg) > 1:
            inches = ax.get_position().width * width
            ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=max(1, int(inches / 0.45))))


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most - 1] + "\u2026"


def _labels(ax, rows: Sequence[dict], sizes: dict, width: float) -> None:
    most = max(14, int(width * 5.5))
    n = len(rows)
    ax.set_yticks([n - 1 - k for k in range(n)], [_short(r["label"], most) for r in rows], fontsize=sizes["small"])
    ax.tick_params(axis="y", length=0)


def _columns(ax, rows: Sequence[dict], sizes: dict, width: float) -> None:
    """Strength, years (on a wide figure) and documents beside each row, right of the last year panel."""
    n = len(rows)
    cols = [("Strength", lambda r: f"{r['weight']:.2f}")]
    if width >= 5:
        cols.append(("Years", lambda r: str(r["start"]) + (f"\u2013{r['end']}" if r["end"] != r["start"] else "")))
    cols.append(("Docs", lambda r: "\u2013" if r["documents"] is None else str(len(r["documents"]))))
    right = 0.0
    for head, cell in cols:
        # each column as wide as its longest text (a digit is about 0.6 em), plus a gap
        right += max(len(t) for t in [head] + [cell(r) for r in rows]) * sizes["small"] * 0.62 + 8
        ax.annotate(head, xy=(1, n - 0.4), xycoords=("axes fraction", "data"), xytext=(right, 2),
                    textcoords="offset points", ha="right", va="bottom", fontsize=sizes["small"], color="#333333",
                    annotation_clip=False)
        for k, r in enumerate(rows):
            ax.annotate(cell(r), xy=(1, n - 1 - k), xycoords=("axes fraction", "data"), xytext=(right, 0),
                        textcoords="offset points", ha="right", va="center", fontsize=sizes["small"],
                        annotation_clip=False)


def _caption(trends: Trends, rows: Sequence[dict], docs: dict[int, int], segments: list[list[int]]) -> str:
    dated = sum(docs.values())
    shown = len(rows)
    total = len(trends.burst_table or trends.bursts)
    parts = [f"Corpus: {dated} dated document{'' if dated == 1 else 's'}, {span_text(segments)}",
             "unit: concept mentions in the documents' text",
             "measure: burst strength, the fall in cost (nats) of Kleinberg's bursty state over the burst years"
             + (f" ({trends.burst_params})" if trends.burst_params else "")]
    if shown:
        parts += [f"{shown} of {total} burst{'' if total == 1 else 's'}" + (", the strongest" if shown < total else ""),
                  "bar: burst years", "grey line: first to last year the concept is mentioned",
                  "docs: documents mentioning the concept in its burst years"]
    parts += [segment_note(segments, docs), trends.note]
    return "; ".join(p for p in parts if p) + "."


def _caption_row(fig, cell, caption: str, sizes: dict) -> None:
    ax = fig.add_subplot(cell)
    ax.set_axis_off()
    ax.text(0.5, 1.0, caption, transform=ax.transAxes, ha="center", va="top", fontsize=sizes["small"],
            color="#333333")
