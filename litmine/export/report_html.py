"""The corpus report as one self-contained HTML page (template html/report.html), from litmine.report's data.

The page loads nothing and runs no script of its own. Every text from the store is escaped. The concept map and the
topic browser are whole pages of their own, embedded as ``<iframe srcdoc>`` (attribute-escaped): they keep their
own Content-Security-Policy, and since a srcdoc frame also inherits the report's policy, the report's
``script-src`` lists exactly the hashes their own policies list. Print: the frames give way to a drawing of the
concept network, and each section starts a new page.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Protocol

from litmine.errors import LitmineError
from litmine.export.html_bursts import BURST_CSS, render_burst_timeline
from litmine.export.sanitize import clean_xml_text


class ReportData(Protocol):
    """What the page is made of: plain dicts and lists (litmine.report.Report has these fields; this module imports
    no analysis module)."""

    title: str
    generated: str
    corpus: dict
    trends: dict | None
    concept_map: dict | None
    citations: dict | None
    topics: dict | None
    passages: list[dict]
    missing: dict[str, str]


HIST_WIDTH, HIST_MIN_PX = 720.0, 660  # the histogram's viewBox width; the page draws it at least this wide
_MARKER = re.compile(r"\{\{(\w+)\}\}")
_PAGE_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', re.IGNORECASE)
_HASH = re.compile(r"'sha256-[A-Za-z0-9+/]+=*'")


def esc(value: object) -> str:
    """Text for HTML (quotes too, so it is safe in attributes); None as ''."""
    return "" if value is None else html.escape(clean_xml_text(str(value)), quote=True)


def find_script_hashes(page: str) -> list[str]:
    """The script hashes ('sha256-...') that a page's own Content-Security-Policy allows.

    Example:
        >>> find_script_hashes('<meta http-equiv="Content-Security-Policy" content="script-src \\'sha256-AB=\\'">')
        ["'sha256-AB='"]
    """
    m = _PAGE_CSP.search(page)
    if not m:
        return []
    policy = html.unescape(m.group(1))
    script = re.search(r"(?:^|;)\s*script-src\s+([^;]*)", policy)
    return _HASH.findall(script.group(1)) if script else []


def build_csp(pages: Sequence[str]) -> str:
    """The report's policy: nothing loaded, inline styles, data: images, and only the embedded pages' scripts."""
    hashes = list(dict.fromkeys(h for p in pages for h in find_script_hashes(p)))
    script = " ".join(hashes) if hashes else "'none'"
    return (f"default-src 'none'; script-src {script}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


def _table(columns: Sequence[tuple[str, str]], rows: Sequence[dict], cell: Callable[[str, dict], str] | None = None,
           *, cls: str = "") -> str:
    """A table of rows; columns are (key, heading), a heading ending in '#' is numeric (right-aligned)."""
    def render(key: str, row: dict) -> str:
        return cell(key, row) if cell else esc(row.get(key))

    head = "".join(f'<th{" class=num" if h.endswith("#") else ""} scope="col">{esc(h.rstrip("#"))}</th>'
                   for _, h in columns)
    body = "\n".join("<tr>" + "".join(f'<td{" class=num" if h.endswith("#") else ""}>{render(k, r)}</td>'
                                      for k, h in columns) + "</tr>" for r in rows)
    return (f'<div class="table-wrap"><table{f" class={cls}" if cls else ""}><thead><tr>{head}</tr></thead>'
            f"<tbody>\n{body}\n</tbody></table></div>")


def _facts(items: Sequence[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"


def _counts(counts: dict) -> str:
    return ", ".join(f"{esc(k)} {v:,}" for k, v in counts.items()) or "none"


def _missing(text: str) -> str:
    return f'<p class="missing">{esc(text)}</p>'


def _authors(authors: Sequence[str], most: int = 3) -> str:
    names = [str(a) for a in authors]
    return "; ".join(names[:most]) + (f" and {len(names) - most} more" if len(names) > most else "")


def _histogram(years: Sequence[tuple[int, int]]) -> str:
    """Documents per year as an inline SVG bar chart (numbers only; nothing from documents).

    The viewBox is HIST_WIDTH units wide whatever the number of years, and the page never draws it narrower than
    HIST_MIN_PX pixels, so its 12-unit text reads at 11 px or more; a year is labelled every `step` bars, step
    chosen so that labels never overlap, and a bar's count is written over it only where it fits.
    """
    if not years:
        return ""
    top = max(n for _, n in years) or 1
    height, font = 120.0, 12.0
    pitch = (HIST_WIDTH - 6.0) / len(years)
    bar = max(1.0, pitch * 0.8)
    step = max(1, math.ceil((4 * 0.62 * font + 8) / pitch))  # a four-digit year and a gap
    parts = [(f'<svg class="histogram" viewBox="0 0 {HIST_WIDTH:.0f} {height + 36:.0f}" role="img" '
             f'aria-label="Documents per publication year">')]
    labelled = -step
    for i, (year, n) in enumerate(years):
        x = 6.0 + i * pitch
        h = height * n / top
        parts.append(f'<g><title>{year}: {_n(n, "document")}</title>'
                     f'<rect x="{x:.1f}" y="{height - h + 16:.1f}" width="{bar:.1f}" height="{h:.1f}"></rect>')
        if n and len(str(n)) * 0.62 * font + 2 <= pitch:
            parts.append(f'<text class="count" x="{x + bar / 2:.1f}" y="{height - h + 12:.1f}" '
                         f'text-anchor="middle">{n}</text>')
        if i % step == 0 or (i == len(years) - 1 and i - labelled >= step):
            labelled = i
            parts.append(f'<text class="year" x="{x + bar / 2:.1f}" y="{height + 33:.1f}" '
                         f'text-anchor="middle">{year}</text>')
        parts.append("</g>")
    return "".join(parts) + "</svg>"


# ---------------------------------------------------------------------------------------------------- sections
def render_corpus(c: dict) -> str:
    years = [y for y, _ in c["years"]]
    span = f"{years[0]}\u2013{years[-1]}" if years else "no publication years"
    files = c["files"]
    facts = [("Documents", f"{c['documents']:,} ({esc(span)}" + (f"; {c['undated']:,} without a year)"
                                                                 if c["undated"] else ")")),
             ("Passages", f"{c['passages']:,}"),
             ("Files", _counts(files)),
             ("Formats", _counts(c["formats"])),
             ("Languages", _counts(c["languages"]))]
    out = [_facts(facts)]
    if c["years"]:
        out.append(f"<figure>{_histogram(c['years'])}<figcaption>Documents per publication year"
                   + (f"; {_n(c['undated'], 'document')} without a year not shown" if c["undated"] else "")
                   + ".</figcaption></figure>")
    if c["problems"]:
        out.append(f"<h3 id=\"corpus-problems\">Files not read ({len(c['problems']):,})</h3>")
        out.append(_table([("path", "File"), ("status", "Status"), ("reason", "Reason")], c["problems"],
                          cls="problems"))
    if c["list"]:
        out.append("<h3>Documents</h3>")

        unsure = '<abbr class="unsure" title="low confidence: check this value">?</abbr>'

        def cell(key: str, row: dict) -> str:
            flag = unsure if key in row.get("low_confidence", ()) else ""
            if key == "authors":
                return esc(_authors(row["authors"])) + flag
            if key == "languages":
                return esc(", ".join(row["languages"]))
            if key == "year":
                return esc(row["year"] if row["year"] is not None else "n.d.") + flag
            return esc(row.get(key)) + flag

        out.append(_table([("year", "Year"), ("title", "Title"), ("authors", "Authors"), ("format", "Format"),
                           ("pages", "Pages#"), ("passages", "Passages#"), ("languages", "Language")],
                          c["list"], cell, cls="documents"))
        if any(row.get("low_confidence") for row in c["list"]):
            out.append('<p class="note">? marks a title, author list or year the metadata model is unsure of '
                       '(probability below 0.5): check it before citing.</p>')
    else:
        out.append(_missing("No document in the store yet: run `litmine ingest CORPUS` or `litmine run CORPUS`."))
    return "\n".join(out)


def render_trends(t: dict | None, missing: str | None) -> str:
    if t is None:
        return _missing(missing or "no trends")
    span = f" ({t['years'][0]}\u2013{t['years'][1]})" if t["years"] else ""
    out = [(f'<figure><img src="{esc(t["plot"])}" alt="Concept mentions per 10,000 words by publication year">'
           f"<figcaption>Mentions per 10,000 words by publication year{esc(span)}; burst years are marked "
           "(Kleinberg).</figcaption></figure>")]
    if t["note"]:
        out.append(f'<p class="note">{esc(t["note"])}.</p>')

    def cell(key: str, row: dict) -> str:
        if key == "bursts":
            return esc(", ".join(f"{b['start']}" + (f"\u2013{b['end']}" if b["end"] != b["start"] else "")
                                 + f" ({b['weight']:.1f})" for b in row["bursts"]))
        return esc(row.get(key))

    out.append(_table([("label", "Concept"), ("mentions", "Mentions#"), ("documents", "Documents#"),
                       ("first_year", "First year#"), ("peak_year", "Peak year#"), ("bursts", "Bursts (weight)")],
                      t["rows"], cell, cls="trends"))
    if t.get("bursts"):
        out.append('<h3 id="bursts">Bursts and the documents behind them</h3>\n<div class="screen-only">'
                   + render_burst_timeline(t["bursts"]) + "</div>")
        if t.get("burst_drawing"):
            out.append(f'<figure class="print-only"><img src="{esc(t["burst_drawing"])}" alt="Concept bursts">'
                       "<figcaption>The strongest concept bursts (the documents behind each are listed in "
                       "trends/burst_timeline.html and burst_documents.csv).</figcaption></figure>")
    return "\n".join(out)


def render_map(m: dict | None, missing: str | None) -> str:
    if m is None:
        return _missing(missing or "no concept map")
    return (f'<p class="note">{_n(m["concepts"], "concept")} and {_n(m["links"], "link")} (paragraph '
            "co-occurrence, association strength, Louvain clusters). Click a concept or a link to read the "
            "passages behind it; filter by years, search, colour by cluster or mean year.</p>\n"
            f'<iframe class="embed map" title="Interactive concept map" srcdoc="{esc(m["page"])}"></iframe>\n'
            f'<figure class="print-only"><img src="{esc(m["drawing"])}" alt="The concept network">'
            "<figcaption>The concept network (the interactive map is in the HTML page).</figcaption></figure>"
            + _thematic_figures(m))


def _thematic_figures(m: dict) -> str:
    """The thematic map and thematic evolution drawings (SVG data URIs) with their captions, when drawn."""
    out = []
    if m.get("thematic_map"):
        out.append(f'\n<figure class="thematic"><img src="{esc(m["thematic_map"])}" alt="Thematic map">'
                   "<figcaption>Thematic map (Callon's strategic diagram): concept clusters by centrality (links to "
                   "other clusters) and density (mean link inside the cluster), split at the medians into motor, "
                   "niche, emerging or declining, and basic themes. <code>litmine network concepts --thematic-map"
                   "</code> writes it with the passages behind each theme.</figcaption></figure>")
    if m.get("thematic_evolution"):
        out.append(f'\n<figure class="thematic"><img src="{esc(m["thematic_evolution"])}" '
                   'alt="Thematic evolution"><figcaption>Thematic evolution: clusters per period; a flow joins '
                   "clusters of consecutive periods that share concepts, its width the inclusion index. "
                   "<code>litmine network concepts --evolution --slice 5y</code>.</figcaption></figure>")
    return "".join(out)


def render_citations(c: dict | None) -> str:
    if c is None:
        return _missing("no citations")
    linked = f" ({c['linked'] / c['callouts']:.0%} linked to a reference)" if c["callouts"] else ""
    out = [_facts([("Reference entries", f"{c['references']:,}"),
                   ("In-text citations", f"{c['callouts']:,}{linked}"),
                   ("Cited works", f"{c['works']:,}"),
                   ("Links between corpus documents", f"{len(c['in_corpus_links']):,}"),
                   ("Co-citation clusters", f"{c['cocitation_clusters']:,}")])]
    if c["most_cited"]:
        out.append("<h3>Most-cited works</h3>")

        def cell(key: str, row: dict) -> str:
            if key == "years":
                return esc(f"{row['first_cited']}\u2013{row['last_cited']}" if row["first_cited"] else "")
            if key == "label":
                return esc(row["label"]) + (' <span class="muted">(in the corpus)</span>' if row["in_corpus"] else "")
            return esc(row.get(key))

        out.append(_table([("label", "Work"), ("title", "Title"), ("citations", "Cited by#"),
                           ("callouts", "Callouts#"), ("years", "Cited in")], c["most_cited"], cell,
                          cls="most-cited"))
        out.append('<p class="note">Cited by: the number of corpus documents whose reference lists hold the work; '
                   "callouts: how often their texts cite it (ties go to more callouts, then the newer work).</p>")
    else:
        out.append(_missing("No reference of the corpus is linked to a work yet."))
    if c["in_corpus_links"]:
        out.append("<h3>Corpus documents citing each other</h3>")
        citing: dict[str, list[dict]] = {}
        for link in c["in_corpus_links"]:
            citing.setdefault(str(link["citing"]), []).append(link)
        rows = [{"citing": k, "cites": v} for k, v in citing.items()]

        def linked_cell(key: str, row: dict) -> str:
            if key == "cites":
                return "; ".join(f'<span title="{esc(x["cited_title"])}">{esc(x["cited"])}</span>'
                                 + (f" \u00d7{x['weight']}" if x["weight"] and x["weight"] > 1 else "")
                                 for x in row["cites"])
            if key == "n":
                return str(len(row["cites"]))
            return esc(row.get(key))

        out.append(_table([("citing", "Document"), ("n", "Cites#"), ("cites", ("Corpus documents it cites "
                                                                          "(\u00d7 in-text citations)"))],
                          rows, linked_cell, cls="in-corpus"))
    for note in c.get("notes", ()):  # a thin or degenerate graph says why
        out.append(f'<p class="note graph-note">{esc(note[:1].upper() + note[1:])}.</p>')
    if c["clusters"]:
        out.append("<h3>Co-citation clusters</h3><ul class=\"clusters\">")
        out += [f"<li>{_n(g['works'], 'work')}: {esc('; '.join(g['top']))}</li>" for g in c["clusters"]]
        out.append("</ul>")
    out.append('<p class="note">The graph files: <code>litmine network citations --kind direct|cocitation|coupling'
               "</code>.</p>")
    return "\n".join(out)


def render_topics(t: dict | None, missing: str | None) -> str:
    if t is None:
        return _missing(missing or "no topic model")
    out = [f'<p class="note">{esc(t["method"].upper())}, k = {t["k"]}, seed {t["seed"]}, over '
           f'{_n(t["units"], t["unit"])}; the model saved in <code>{esc(t["folder"])}</code>'
           + (f" on {esc(t['created'][:10])}" if t["created"] else "") + ".</p>",
           f'<figure><img src="{esc(t["plot"])}" alt="Topic prevalence by publication year">'
           "<figcaption>Mean topic weight of each year's " + esc(t["unit"]) + "s"
           + (f"; {esc(t['note'])}" if t["note"] else "") + ".</figcaption></figure>"]

    def cell(key: str, row: dict) -> str:
        if key in ("terms", "concepts"):
            return esc(", ".join(row[key]))
        return esc(row.get(key))

    out.append(_table([("topic", "#"), ("label", "Suggested label"), ("terms", "Top terms"),
                       ("concepts", "Concepts"), ("prevalence", "Prevalence#"), ("coherence", "Coherence (c_v)#")],
                      t["rows"], cell, cls="topics"))
    out.append("<details><summary>Topic browser (intertopic map, terms by relevance)</summary>\n"
               f'<iframe class="embed browser" title="Topic browser" srcdoc="{esc(t["browser"])}"></iframe>'
               "</details>")
    return "\n".join(out)


def render_evidence(e: dict, most: int = 8) -> str:
    """One compact line: the forms counted, how many candidates were rejected as another sense and why, vetoes."""
    parts = []
    forms = e.get("forms") or []
    if forms:
        more = f" \u2026 {len(forms) - most} more" if len(forms) > most else ""
        parts.append("Forms: " + ", ".join(f"{esc(f)} ({n})" for f, n in forms[:most]) + more)
    if e.get("rejected"):
        reasons = "; ".join(f"{esc(r)} ({n})" for r, n in (e.get("reasons") or [])[:most])
        parts.append(f"{_n(e['rejected'], 'candidate')} rejected as another sense"
                     + (f": {reasons}" if reasons else ""))
    if e.get("vetoed"):
        parts.append(f"{_n(e['vetoed'], 'mention')} vetoed")
    line = " \u00b7 ".join(parts)
    return f'<p class="evidence muted">{line}</p>' if parts else ""


def render_passages(concepts: Sequence[dict]) -> str:
    if not concepts:
        return _missing("No concept of the lexicon is mentioned in the corpus.")
    out = []
    for c in concepts:
        shown = len(c["hits"])
        out.append(f'<div class="concept"><h3>{esc(c["label"])} <span class="muted">({_n(c["mentions"], "mention")}'
                   f'; {shown} of {_n(c["total"], "passage")})</span></h3>')
        out.append(render_evidence(c.get("evidence") or {}))
        out.append('<ol class="quotes">')
        for h in c["hits"]:
            snippet = "".join(f"<mark>{esc(t)}</mark>" if m else esc(t) for t, m in h["snippet"])
            # the citation gives the printed page; the physical page beside it where the two differ
            label, page, end = h.get("page_label"), h["page"], h.get("page_end") or h["page"]
            where = [("" if not (page and label and label != str(page)) else f"PDF p. {page}" if end == page
                      else f"PDF pp. {page}–{end}"), h["section"] or ""]
            out.append(f"<li><blockquote>{snippet}</blockquote><div class=\"cite\"><strong>{esc(h['citation'])}"
                       f"</strong> {esc(h['title'])}" + "".join(f" \u00b7 {esc(w)}" for w in where if w)
                       + "</div></li>")
        out.append("</ol></div>")
    out.append('<p class="note">More passages, in context and ready to quote: <code>litmine query --concept ID '
               "--context 1</code>.</p>")
    return "\n".join(out)


def render_report(report: ReportData) -> str:
    """The report page (HTML text) of a report's data (litmine.report.build_report).

    Example:
        >>> from litmine.report import build_report
        >>> from litmine.store import Store
        >>> render_report(build_report(Store(":memory:"))).startswith("<!DOCTYPE html>")
        True
    """
    try:
        template = resources.files("litmine.export").joinpath("html/report.html").read_text(encoding="utf-8")
    except OSError as exc:
        raise LitmineError(f"report template: cannot be read ({exc})") from exc
    c = report.corpus
    embedded = [p for p in ((report.concept_map or {}).get("page"), (report.topics or {}).get("browser")) if p]
    years = [y for y, _ in c["years"]]
    lead = (f"{_n(c['documents'], 'document')}" + (f", {years[0]}\u2013{years[-1]}" if years else "")
            + f", {_n(c['passages'], 'passage')}"
            + (f"; {_n(len(c['problems']), 'file')} not read" if c["problems"] else "")
            + f". Made by litmine on {report.generated}.")
    values = {
        "csp": esc(build_csp(embedded)), "title": esc(report.title), "lead": esc(lead), "burst_css": BURST_CSS,
        "corpus": render_corpus(c),
        "trends": render_trends(report.trends, report.missing.get("trends")),
        "map": render_map(report.concept_map, report.missing.get("map")),
        "citations": render_citations(report.citations),
        "topics": render_topics(report.topics, report.missing.get("topics")),
        "passages": render_passages(report.passages),
        "footer": "Every number here can be traced to passages: <code>litmine query</code>, <code>litmine trends"
                  "</code>, <code>litmine network concepts</code>, <code>litmine citations</code>, "
                  "<code>litmine topics</code>.",
    }
    return _MARKER.sub(lambda m: values[m[1]], template)  # one pass: text that looks like a marker stays text
