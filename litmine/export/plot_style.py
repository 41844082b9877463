"""What the static figures share: a colour-blind-safe series style, font sizes readable in a journal column, year
axes broken at long runs of years without documents, and the caption line under a figure.

matplotlib is imported only inside the functions that draw.
"""

from __future__ import annotations

import itertools
import math
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

from litmine.export.sanitize import clean_xml_text

# Okabe & Ito (2008) colours told apart with the common colour-vision deficiencies; yellow left out (it vanishes
# as a line on white), black last. More series than colours: the marker and the line style change too.
SERIES_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000")
SERIES_MARKERS = ("o", "s", "^", "D")
SERIES_LINES = ("-", "--", ":", "-.")
MIN_FONT = 7.0  # points: the smallest text a journal accepts in a figure printed at column width


def series_style(i: int) -> dict:
    """The colour, marker and line style of the i-th series: no two of the first 28 series look alike.

    Example:
        >>> series_style(0)["color"], series_style(7)["marker"], series_style(7)["linestyle"]
        ('#E69F00', 's', '--')
    """
    n = len(SERIES_COLOURS)
    turn = i // n
    return {"color": SERIES_COLOURS[i % n], "marker": SERIES_MARKERS[turn % len(SERIES_MARKERS)],
            "linestyle": SERIES_LINES[turn % len(SERIES_LINES)]}


def font_sizes(width: float) -> dict[str, float]:
    """Font sizes (points) for a figure `width` inches wide: never under MIN_FONT, a little larger when wide."""
    base = MIN_FONT if width < 5 else 8.0
    return {"text": base, "small": base, "title": base + 1.5}


def year_segments(year_documents: Mapping[int, int], *, least_gap: int = 5, share: float = 0.25) -> list[list[int]]:
    """The runs of years a year axis shows: the span from the first to the last year with documents, split where
    `least_gap` years or more in a row, and at least `share` of the span, have no documents (e.g. one document from
    1966 in a 2005-2025 corpus: [[1966], [2005, ..., 2025]]). Shorter runs without documents stay on the axis (they
    are marked in the plot instead).

    Example:
        >>> [(s[0], s[-1]) for s in year_segments({1966: 1, 2005: 4, 2010: 2, 2025: 3})]
        [(1966, 1966), (2005, 2025)]
    """
    dated = sorted(y for y, n in year_documents.items() if n)
    if not dated:
        return []
    limit = max(least_gap, math.ceil(share * (dated[-1] - dated[0])))
    segments = [[dated[0]]]
    for a, b in itertools.pairwise(dated):
        if b - a - 1 >= limit:
            segments.append([b])
        else:
            segments[-1].extend(range(a + 1, b + 1))
    return segments


def segment_note(segments: Sequence[Sequence[int]], year_documents: Mapping[int, int], *,
                 noun: str = "document") -> str:
    """The caption words for a broken year axis: which years were left out and which segments are outlying (a
    tenth of the documents, or other units named by noun, or fewer)."""
    if len(segments) < 2:
        return ""
    total = sum(year_documents.values()) or 1
    parts = []
    for seg in segments:
        n = sum(year_documents.get(y, 0) for y in seg)
        if n * 10 <= total:
            span = str(seg[0]) if seg[0] == seg[-1] else f"{seg[0]}\u2013{seg[-1]}"
            parts.append(f"{n} {noun}{'' if n == 1 else 's'} in {span}")
    gaps = [f"{a[-1] + 1}\u2013{b[0] - 1}" for a, b in itertools.pairwise(segments)]
    note = f"year axis broken at {', '.join(gaps)} (no {noun}s)"
    return note + (f"; outlying: {', '.join(parts)}" if parts else "")


def span_text(segments: Sequence[Sequence[int]]) -> str:
    """'2005-2025' (en dash), or 'no dated documents'."""
    if not segments:
        return "no dated documents"
    first, last = segments[0][0], segments[-1][-1]
    return str(first) if first == last else f"{first}\u2013{last}"


def mark_breaks(axes_row: Sequence, size: float = 5.0) -> None:
    """Diagonal marks on the bottom spine where a row of axes is cut (between neighbouring segments)."""
    kw = {"marker": [(-1, -1), (1, 1)], "markersize": size, "linestyle": "none", "color": "#333333",
          "mec": "#333333", "mew": 0.8, "clip_on": False}
    for i, ax in enumerate(axes_row):
        if i > 0:
            ax.plot([0], [0], transform=ax.transAxes, **kw)
        if i < len(axes_row) - 1:
            ax.plot([1], [0], transform=ax.transAxes, **kw)


def wrap_caption(text: str, width_in: float, size: float) -> str:
    """The caption wrapped to about the figure's width (characters estimated from the font size)."""
    chars = max(30, int(width_in * 72 / (size * 0.52)))
    return "\n".join(textwrap.wrap(clean_xml_text(text), chars))


def lay_out(fig) -> None:
    """Lay fig out as a draw would (its layout engine run, every text measured by the renderer its canvas gives)
    without rendering a pixel: matplotlib's draw_without_rendering, the draw with the renderer's drawing calls
    left out. The figures that place labels, ticks or a legend from where the layout put things call this where
    they drew the whole figure before: the positions and the files saved afterwards are the same (each save draws
    the figure again at its own dpi), without the Agg rendering of a figure nobody sees (about 0.6 s of CPU over
    the plots of a run of 1,000 documents, development)."""
    fig.draw_without_rendering()


def text_boxes(fig) -> list[tuple[str, object]]:
    """(text, display-space box) of every text the figure draws (tick labels outside the view left out), for the
    tests' overlap and size checks. Draws the figure first."""
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    out = []
    skip = set()
    for ax in fig.axes:
        for axis, (lo, hi) in ((ax.xaxis, sorted(ax.get_xlim())), (ax.yaxis, sorted(ax.get_ylim()))):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not lo - 1e-9 <= tick.get_loc() <= hi + 1e-9:
                    skip.update((id(tick.label1), id(tick.label2)))
    for t in fig.findobj(Text):
        if id(t) in skip or not t.get_visible() or not t.get_text().strip() or t.figure is None:
            continue
        out.append((t.get_text(), t.get_window_extent(renderer)))
    return out


def figure_paths(paths: Sequence, what: str) -> list[Path]:
    """The paths a drawing is to be saved to, each checked to be .png or .svg before anything is drawn."""
    out = [Path(p) for p in paths]
    for path in out:
        if path.suffix.lower() not in (".png", ".svg"):
            raise ValueError(f"{path}: {what} is .png or .svg")
    return out


def save_figure(fig, paths: Sequence[Path], *, dpi: int, pad: float | None = 0.05) -> None:
    """Save one drawn matplotlib Figure to each path (checked by figure_paths), each written whole or not at all:
    .png at dpi with litmine as its software, .svg with its text kept as text and a fixed hash salt (the same file
    run to run) and no date; pad: the margin (inches) around the tight box, None for matplotlib's default."""
    import matplotlib

    from litmine.export.atomic import atomic_path

    margin = {} if pad is None else {"pad_inches": pad}
    for path in paths:
        fmt = path.suffix.lower().lstrip(".")
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "litmine"}), atomic_path(path) as tmp:
            fig.savefig(tmp, format=fmt, dpi=dpi if fmt == "png" else None, bbox_inches="tight", **margin,
                        metadata={"Software": "litmine"} if fmt == "png" else {"Date": None})
