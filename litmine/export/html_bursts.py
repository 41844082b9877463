"""The burst timeline in HTML: one row per concept burst with its bar over the years, its strength, and the documents
behind it (title, year, authors, mentions) listed when the row is opened. Plain HTML and CSS (``<details>``), no
script; every text from the store is escaped.

:func:`build_burst_view` turns the trends into plain data (bar positions in percent of the year axis),
:func:`render_burst_timeline` draws that data as an HTML fragment (the report embeds it, with :data:`BURST_CSS`),
and :func:`write_burst_page` writes it as a page of its own that loads nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from litmine.export.burst_plot import BURST_COLOUR, burst_rows, year_documents
from litmine.export.html_page import write_html
from litmine.export.plot_style import segment_note, span_text, year_segments
from litmine.export.sanitize import clean_xml_text

if TYPE_CHECKING:
    from litmine.trends import Trends

GAP = 1.5  # width of a break in the year axis, in years
MOST_DOCUMENTS = 50  # documents listed per burst (all of them are in burst_documents.csv)

BURST_CSS = """
  .bt { font-size: 13px; margin: 8px 0 14px; overflow-x: auto; }
  .bt-head, .bt-row > summary { display: grid; align-items: center; column-gap: 10px;
    grid-template-columns: minmax(9em, 15em) 4.6em 6.6em 3.4em minmax(300px, 1fr); min-width: 660px; }
  .bt-head { color: #5f6b7a; font-weight: 600; border-bottom: 1px solid #d9dde3; padding: 2px 0 4px; }
  .bt .bt-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .bt-row { margin: 0; border-bottom: 1px solid #eef0f3; }
  .bt-row > summary { list-style: none; cursor: pointer; padding: 3px 0; color: inherit; font-weight: 400; }
  .bt-row > summary::-webkit-details-marker { display: none; }
  .bt-row > summary:hover { background: #f4f6f9; }
  .bt-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .bt-row > summary .bt-name::before { content: "\\25B8\\00A0"; color: #5f6b7a; }
  .bt-row[open] > summary .bt-name::before { content: "\\25BE\\00A0"; }
  .bt-axis, .bt-track { position: relative; height: 16px; }
  .bt-tick { position: absolute; top: 0; transform: translateX(-50%); font-size: 12px; white-space: nowrap; }
  .bt-break { position: absolute; top: 0; bottom: 0; border-left: 2px dotted #9aa3ae; }
  .bt-active { position: absolute; top: 7px; height: 2px; background: #9aa3ae; }
  .bt-burst { position: absolute; top: 2px; height: 12px; border-radius: 2px; }
  .bt-docs { margin: 2px 0 8px; padding-left: 2.2em; }
  .bt-docs li { margin: 2px 0; }
  .bt-doc-title { font-weight: 600; }
  .bt-doc-authors, .bt-doc-n, .bt-doc-path, .bt-caption, .bt-more { color: #5f6b7a; }
  .bt-doc-path { font-size: 11px; word-break: break-all; }
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; \
style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="litmine">
<title>{title}</title>
<style>
  body {{ margin: 0; padding: 14px 22px 30px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
         sans-serif; color: #1d232b; }}
  h1 {{ font-size: 20px; margin: 0 0 6px; }}
{css}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def esc(value: object) -> str:
    """Text for HTML, quotes included; None as ''."""
    return "" if value is None else html.escape(clean_xml_text(str(value)), quote=True)


def shade(colour: str, share: float) -> str:
    """The colour mixed with white: share 1 is the colour itself, 0 white (an opaque lighter tone).

    Example:
        >>> shade("#D55E00", 0.5)
        '#eaae80'
    """
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - v) * share):02x}" for v in rgb)


def year_scale(segments: Sequence[Sequence[int]]):
    """(left, right) of a year's cell in percent of the axis: one unit per year of each segment, GAP units between
    segments. A year between segments takes the next segment's first cell.

    Example:
        >>> left = year_scale([[2000, 2001, 2002, 2003]])
        >>> left(2000), left(2003)
        ((0.0, 25.0), (75.0, 100.0))
    """
    total = sum(len(s) for s in segments) + GAP * (len(segments) - 1)
    starts = []
    offset = 0.0
    for seg in segments:
        starts.append(offset)
        offset += len(seg) + GAP

    def cell(year: int) -> tuple[float, float]:
        i = next((i for i, s in enumerate(segments) if year <= s[-1]), len(segments) - 1)
        seg = segments[i]
        unit = starts[i] + min(max(year - seg[0], 0), len(seg) - 1)
        return (round(100 * unit / total, 3), round(100 * (unit + 1) / total, 3))

    return cell


def _tick_years(segments: Sequence[Sequence[int]]) -> list[int]:
    n = sum(len(s) for s in segments)
    step = next(s for limit, s in ((12, 1), (24, 2), (60, 5), (120, 10), (10**9, 25)) if n <= limit)
    out = []
    for seg in segments:
        picked = [y for y in seg if y % step == 0]
        out += picked or [seg[0]]
    return out


def build_burst_view(trends: Trends, *, top: int | None = None, most_documents: int = MOST_DOCUMENTS) -> dict:
    """The timeline as plain data: caption, year ticks and breaks (percent of the axis), and one row per burst
    (in order of first year, then strength) with its bar and the concept's active span in percent, its strength
    (weight, and as a share of the strongest), its years and its documents (at most most_documents; ``more``
    counts the rest).

    Example:
        >>> from litmine.trends import Burst, build_trends
        >>> t = build_trends([("npm", "a"), ("npm", "b")], {"a": {"year": 2000, "words": 9},
        ...                                                  "b": {"year": 2003, "words": 9}})
        >>> t.bursts = [Burst("npm", 2003, 2003, 2.0)]
        >>> build_burst_view(t)["rows"][0]["bar"]
        (75.0, 25.0)
    """
    rows = burst_rows(trends, top=top)
    docs = year_documents(trends)
    segments = year_segments(docs)
    cell = year_scale(segments) if segments else None
    strongest = max((r["weight"] for r in rows), default=1.0) or 1.0
    out = []
    for r in rows if cell else []:
        left, right = cell(r["start"])[0], cell(r["end"])[1]
        a, b = cell(r["active"][0])[0], cell(r["active"][1])[1]
        listed = r["documents"]
        out.append({"concept": r["concept"], "label": r["label"], "start": r["start"], "end": r["end"],
                    "weight": r["weight"], "strength": r["weight"] / strongest,
                    "bar": (left, round(right - left, 3)), "active": (a, round(b - a, 3)),
                    "count": None if listed is None else len(listed),
                    "documents": (listed or [])[:most_documents],
                    "more": max(0, len(listed or []) - most_documents)})
    total = len(trends.burst_table or trends.bursts)
    caption = "; ".join(p for p in [
        f"{sum(docs.values())} dated documents, {span_text(segments)}",
        f"{len(out)} of {total} bursts" + (", the strongest" if len(out) < total else "") if total
        else "no bursts found",
        "strength: the fall in cost (nats) of Kleinberg's bursty state over the burst years"
        + (f" ({trends.burst_params})" if trends.burst_params else ""),
        "bar: burst years, darker when stronger; grey line: first to last year the concept is mentioned",
        "open a row for the documents that mention the concept in its burst years",
        segment_note(segments, docs), trends.note] if p) + "."
    ticks = [(y, round(sum(cell(y)) / 2, 3)) for y in _tick_years(segments)] if cell else []
    breaks = [round(cell(b[0])[0] - 50 * GAP / (sum(len(s) for s in segments) + GAP * (len(segments) - 1)), 3)
              for b in segments[1:]] if cell else []
    return {"caption": caption, "ticks": ticks, "breaks": breaks, "rows": out}


def _years(r: dict) -> str:
    return str(r["start"]) + (f"\u2013{r['end']}" if r["end"] != r["start"] else "")


def _document(d: dict) -> str:
    authors = "; ".join(d.get("authors") or [])
    n = d.get("mentions") or 0
    return (f'<li><span class="bt-doc-year">{esc(d.get("year"))}</span> '
            f'<span class="bt-doc-title">{esc(d.get("title") or d.get("path") or d.get("doc_id"))}</span>'
            + (f' \u2014 <span class="bt-doc-authors">{esc(authors)}</span>' if authors else "")
            + f' <span class="bt-doc-n">({n} mention{"" if n == 1 else "s"})</span>'
            + (f' <span class="bt-doc-path">{esc(d["path"])}</span>' if d.get("path") else "") + "</li>")


def render_burst_timeline(view: dict) -> str:
    """The timeline of build_burst_view as an HTML fragment (a ``div.bt``; style it with BURST_CSS).

    Example:
        >>> render_burst_timeline({"caption": "No bursts.", "ticks": [], "breaks": [], "rows": []}).splitlines()
        ['<div class="bt">', '<p class="bt-caption">No bursts.</p>', '</div>']
    """
    out = ['<div class="bt">', f'<p class="bt-caption">{esc(view["caption"])}</p>']
    if view["rows"]:
        axis = "".join(f'<span class="bt-tick" style="left:{left}%">{esc(y)}</span>' for y, left in view["ticks"])
        breaks = "".join(f'<span class="bt-break" style="left:{left}%"></span>' for left in view["breaks"])
        out.append('<div class="bt-head"><span>Concept</span><span class="bt-num">Strength</span>'
                   '<span class="bt-num">Years</span><span class="bt-num">Docs</span>'
                   f'<div class="bt-axis">{axis}</div></div>')
        for r in view["rows"]:
            colour = shade(BURST_COLOUR, 0.4 + 0.6 * r["strength"])
            count = "\u2013" if r["count"] is None else str(r["count"])
            out.append(
                f'<details class="bt-row" data-concept="{esc(r["concept"])}" data-start="{r["start"]}" '
                f'data-end="{r["end"]}"><summary><span class="bt-name" title="{esc(r["label"])}">{esc(r["label"])}'
                f'</span><span class="bt-num bt-weight">{r["weight"]:.2f}</span>'
                f'<span class="bt-num bt-years">{_years(r)}</span><span class="bt-num bt-count">{count}</span>'
                f'<div class="bt-track">{breaks}<span class="bt-active" style="left:{r["active"][0]}%;'
                f'width:{r["active"][1]}%"></span><span class="bt-burst" title="{esc(r["label"])}: {_years(r)}, '
                f'strength {r["weight"]:.2f}" style="left:{r["bar"][0]}%;width:{r["bar"][1]}%;'
                f'background:{colour}"></span></div></summary>')
            if r["documents"]:
                out.append('<ol class="bt-docs">' + "".join(_document(d) for d in r["documents"])
                           + (f'<li class="bt-more">\u2026 and {r["more"]} more (burst_documents.csv)</li>'
                              if r["more"] else "") + "</ol>")
            else:
                out.append('<p class="bt-docs bt-more">The documents behind this burst are not known here.</p>')
            out.append("</details>")
    out.append("</div>")
    return "\n".join(out)


def write_burst_page(trends: Trends, path: str | Path, *, title: str = "Concept bursts",
                     top: int | None = None) -> Path:
    """Write the burst timeline as a page of its own (no script, nothing loaded); LitmineError names the file if
    it cannot be written.

    Example:
        >>> write_burst_page(trends, "outputs/trends/burst_timeline.html")  # doctest: +SKIP
    """
    page = PAGE.format(title=esc(title), css=BURST_CSS, body=render_burst_timeline(build_burst_view(trends, top=top)))
    return write_html(page, path)
