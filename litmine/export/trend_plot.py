"""The trend plot: one line per concept over the publication years, burst periods marked (PNG, matplotlib)."""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from litmine.export.atomic import atomic_path
from litmine.trends import _FIELD, _YLABEL, Measure, TrendRow, Trends

def write_trends_plot(trends: Trends, path: str | Path, *, measure: Measure = "per10k",
                      concepts: Sequence[str] | None = None, top: int = 12) -> Path:
    """Draw one line per concept over the years (PNG), with a strip of burst periods below it.

    Rates are undefined in a year without documents: the line is dotted across such years. Burst years are
    ringed on the lines, shaded behind them when four concepts or fewer are drawn, and drawn as bars per concept
    in the strip.

    Args:
        trends: from build_trends (with bursts from find_trend_bursts, if any).
        path: the PNG to write.
        measure: "per10k" (mentions per 10,000 words), "count" (mentions) or "share" (share of documents).
        concepts: the concepts to draw; default the `top` most mentioned.
        top: how many concepts to draw when `concepts` is not given.

    Example:
        >>> write_trends_plot(trends, "outputs/trends/trends.png", measure="share")  # doctest: +SKIP
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    if measure not in _FIELD:
        raise ValueError(f"measure must be count, per10k or share, not {measure!r}")
    totals: Counter[str] = Counter()
    rows: dict[str, dict[int, TrendRow]] = defaultdict(dict)
    for r in trends.rows:
        totals[r.concept] += r.mentions
        rows[r.concept][r.year] = r
    if concepts is None:
        concepts = [c for c in sorted(trends.concepts, key=lambda c: -totals[c]) if totals[c]][:top]
    spans = {c: [(b.start, b.end) for b in trends.bursts if b.concept == c] for c in concepts}
    bursting = [c for c in concepts if spans[c]]
    years = trends.years
    fig = Figure(figsize=(11, 6 + 0.28 * len(bursting)), dpi=110)
    FigureCanvasAgg(fig)
    if bursting:
        ax, strip = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [5, 0.6 + 0.32 * len(bursting)]})
    else:
        ax, strip = fig.add_subplot(), None
    palette = matplotlib.colormaps["tab10" if len(concepts) <= 10 else "tab20"]
    for i, c in enumerate(concepts):
        colour = palette(i % palette.N)
        values = [getattr(rows[c][y], _FIELD[measure]) if y in rows[c] else None for y in years]
        label = trends.label(c) + "".join(f"  ▲{a}" + (f"–{b}" if b != a else "") for a, b in spans[c])
        ax.plot(years, [math.nan if v is None else v for v in values], color=colour, marker="o", markersize=3.5,
                linewidth=1.8, label=label, linestyle="-" if i < 10 else "--")
        known = [t for t, v in enumerate(values) if v is not None]
        for a, b in itertools.pairwise(known):
            if b > a + 1:  # years between without documents: no rate, so only a dotted bridge
                ax.plot([years[a], years[b]], [values[a], values[b]], color=colour, linewidth=1, linestyle=":")
        for a, b in spans[c]:
            hits = [(y, v) for y, v in zip(years, values) if a <= y <= b and v is not None]
            ax.scatter([y for y, _ in hits], [v for _, v in hits], s=70, facecolors="none", edgecolors=[colour],
                       linewidths=1.6, zorder=3)
            if len(concepts) <= 4:
                ax.axvspan(a - 0.5, b + 0.5, color=colour, alpha=0.12, linewidth=0)
            if strip is not None:
                k = len(bursting) - 1 - bursting.index(c)
                strip.barh(k, b - a + 0.8, left=a - 0.4, height=0.6, color=colour)
    ax.set_ylabel(_YLABEL[measure])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if measure == "share":
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    if years:
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)
    ax.set_title({"count": "Concept mentions by year", "per10k": "Concept mentions per 10,000 words by year",
                  "share": "Share of documents mentioning each concept, by year"}[measure])
    if concepts:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9, frameon=False,
                  title="▲ burst years (ringed)" if bursting else None, title_fontsize=9)
    else:
        ax.text(0.5, 0.5, "No concept mentions in dated documents", ha="center", va="center",
                transform=ax.transAxes, color="grey")
    (strip or ax).set_xlabel("Publication year")
    if strip is not None:
        strip.set_yticks(range(len(bursting)), [trends.label(c)[:30] for c in reversed(bursting)], fontsize=8)
        strip.set_ylim(-0.6, len(bursting) - 0.4)
        strip.grid(True, axis="x", alpha=0.3)
        strip.set_title(f"Bursts (Kleinberg, {trends.burst_params})", fontsize=9, loc="left")
    notes = [trends.note.capitalize() + "."] if trends.note else []
    if measure != "count" and any(not r.year_documents for r in trends.rows):
        notes.append("Dotted: across years without documents.")
    if notes:
        fig.text(0.01, 0.005, " ".join(notes), fontsize=8, color="dimgrey")
    fig.tight_layout(rect=(0, 0.025, 1, 1))
    path = Path(path)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png")
    return path


# ---------------------------------------------------------------------------------------------------- the store
