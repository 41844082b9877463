"""Concepts over publication years: counts, rates per 10,000 words, document shares, and Kleinberg bursts.

`build_trends` turns (concept, document) mentions and per-document years and word counts into one row per concept
and year, every year from the corpus's first to its last included, so a year without mentions reads 0 and a year
without documents has no rate at all (not a fall to zero; dotted in the plot). `find_bursts` marks the years in which
a concept surged, with Kleinberg's two-state automaton for batched data (the burst detection of CiteSpace).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from litmine.concepts.lexicon import find_concept_ids  # noqa: F401  (re-exported for callers of trends)
from litmine.errors import LitmineError, write_error
from litmine.export.atomic import open_atomic
from litmine.export.sanitize import GuardedDictWriter

if TYPE_CHECKING:
    from litmine.store import Store

Measure = Literal["count", "per10k", "share"]
BurstOn = Literal["mentions", "documents"]

TRENDS_CSV, BURSTS_CSV, TRENDS_PNG, TRENDS_SVG = "trends.csv", "bursts.csv", "trends.png", "trends.svg"
BURST_DOCS_CSV, TIMELINE_PNG, TIMELINE_SVG, TIMELINE_HTML = ("burst_documents.csv", "burst_timeline.png",
                                                             "burst_timeline.svg", "burst_timeline.html")
TREND_COLUMNS = ["concept", "label", "year", "mentions", "documents", "year_documents", "year_words",
                 "per_10k_words", "doc_share", "burst"]
BURST_COLUMNS = ["concept", "label", "start_year", "end_year", "years", "weight"]
BURST_DOC_COLUMNS = ["concept", "label", "start_year", "end_year", "weight", "doc_id", "year", "mentions", "title",
                     "authors", "path"]
# The bursty state's rate s * p0 must stay below 1: at 1 a batch with one irrelevant event would cost infinity.
P_MAX = 0.9999


@dataclass(frozen=True)
class TrendRow:
    """One concept in one year. Rates are None in a year without documents (or words)."""

    concept: str
    year: int
    mentions: int
    documents: int
    year_documents: int
    year_words: int
    per_10k_words: float | None
    doc_share: float | None
    burst: bool = False


@dataclass(frozen=True)
class Burst:
    """Years start..end (inclusive) in which a concept was in the bursty state; weight is the fall in cost (nats)
    that the bursty state brings over those years, Kleinberg's burst weight and CiteSpace's strength."""

    concept: str
    start: int
    end: int
    weight: float


@dataclass
class Trends:
    """The per-year table with what was left out of it."""

    rows: list[TrendRow]
    concepts: list[str]
    years: list[int]
    labels: dict[str, str] = field(default_factory=dict)
    bursts: list[Burst] = field(default_factory=list)
    burst_table: list[dict] = field(default_factory=list)
    undated_documents: int = 0
    undated_mentions: int = 0
    burst_params: str = ""
    files: list[Path] = field(default_factory=list)

    @property
    def note(self) -> str:
        """One line saying what the table leaves out ('' when nothing)."""
        if not self.undated_documents:
            return ""
        s = "" if self.undated_documents == 1 else "s"
        return (f"{self.undated_documents} document{s} without a year left out "
                f"({self.undated_mentions} mention{'' if self.undated_mentions == 1 else 's'})")

    def label(self, concept: str) -> str:
        return self.labels.get(concept) or concept


# ---------------------------------------------------------------------------------------------------- the table
def build_trends(mentions: Iterable[tuple[str, str]], documents: Mapping[str, Mapping], *,
                 concepts: Sequence[str] | None = None, labels: Mapping[str, str] | None = None) -> Trends:
    """Count each concept's mentions per publication year.

    Args:
        mentions: (concept id, document id) for every mention.
        documents: document id -> {"year": int | None, "words": int}; every document of the corpus, so that years
            and shares count documents that mention nothing. A document without a year is left out of the table
            and counted in `undated_documents` (its mentions of the concepts reported in `undated_mentions`);
            mentions of documents not
            in `documents` are ignored.
        concepts: the concepts to report, in this order, with zero rows when unmentioned; default every concept
            mentioned in a dated document, most mentioned first.
        labels: concept id -> label, for outputs.

    Returns:
        Trends with one row per concept and year, every year from the first to the last dated document's.

    Example:
        >>> docs = {"a": {"year": 2001, "words": 5000}, "b": {"year": 2003, "words": 10000}}
        >>> t = build_trends([("npm", "a"), ("npm", "b"), ("npm", "b")], docs)
        >>> [(r.year, r.mentions, r.per_10k_words) for r in t.rows]
        [(2001, 1, 2.0), (2002, 0, None), (2003, 2, 2.0)]
    """
    dated = {d: (int(m["year"]), int(m.get("words") or 0)) for d, m in documents.items() if m.get("year") is not None}
    undated = set(documents) - set(dated)
    year_docs: Counter[int] = Counter(y for y, _ in dated.values())
    year_words: Counter[int] = Counter()
    for y, w in dated.values():
        year_words[y] += w
    counts: Counter[tuple[str, int]] = Counter()
    doc_sets: dict[tuple[str, int], set[str]] = defaultdict(set)
    undated_mentions: Counter[str] = Counter()
    for concept, doc_id in mentions:
        if doc_id in undated:
            undated_mentions[concept] += 1
        elif doc_id in dated:
            key = (concept, dated[doc_id][0])
            counts[key] += 1
            doc_sets[key].add(doc_id)
    left_out = sum(undated_mentions.values()) if concepts is None else sum(undated_mentions[c] for c in concepts)
    if concepts is None:
        totals: Counter[str] = Counter()
        for (c, _), n in counts.items():
            totals[c] += n
        concepts = sorted(totals, key=lambda c: (-totals[c], c))
    concepts = list(dict.fromkeys(concepts))
    years = list(range(min(year_docs), max(year_docs) + 1)) if year_docs else []
    rows = []
    for c in concepts:
        for y in years:
            n, docs, words = counts[(c, y)], len(doc_sets.get((c, y), ())), year_words[y]
            rows.append(TrendRow(concept=c, year=y, mentions=n, documents=docs, year_documents=year_docs[y],
                                 year_words=words, per_10k_words=n * 10_000 / words if words else None,
                                 doc_share=docs / year_docs[y] if year_docs[y] else None))
    return Trends(rows=rows, concepts=concepts, years=years, labels=dict(labels or {}),
                  undated_documents=len(undated), undated_mentions=left_out)


# ---------------------------------------------------------------------------------------------------- bursts
def _cost(p: float, r: int, d: int) -> float:
    # -ln of the binomial likelihood without ln C(d, r), which is the same in every state and cancels
    return -((r * math.log(p) if r else 0.0) + ((d - r) * math.log1p(-p) if d - r else 0.0))


def find_burst_states(relevant: Sequence[int], total: Sequence[int], *, s: float = 2.0,
                      gamma: float = 1.0) -> list[int]:
    """The cheapest state sequence (0 = base rate, 1 = burst) of Kleinberg's two-state automaton for batches.

    Batch t has relevant[t] events out of total[t]. The base state emits at the overall rate p0 = R / D, the bursty
    state at p1 = s * p0 (capped below 1); entering the bursty state costs gamma * ln(n) for n batches, leaving it
    nothing. The Viterbi path minimises transition costs plus each batch's -ln binomial likelihood.

    Raises:
        ValueError: a batch with more relevant events than its total, or s <= 1.

    Example:
        >>> find_burst_states([0, 0, 4, 0], [4, 4, 4, 4])
        [0, 0, 1, 0]
    """
    if len(relevant) != len(total):
        raise ValueError("relevant and total need one count per batch each")
    if s <= 1:
        raise ValueError(f"s must be above 1 (the bursty rate is s times the base rate), not {s}")
    for t, (r, d) in enumerate(zip(relevant, total)):
        if r < 0 or r > d:
            raise ValueError(f"batch {t}: {r} relevant events out of {d}")
    n, big_r, big_d = len(relevant), sum(relevant), sum(total)
    if not n or big_r == 0 or big_r == big_d:
        return [0] * n  # nothing relevant, or everything: no rate stands out
    p0 = big_r / big_d
    p = (p0, min(s * p0, P_MAX))
    if p[1] <= p[0]:
        return [0] * n
    enter = gamma * math.log(n)
    # cost[j]: cheapest cost of the batches so far ending in state j; the automaton starts in state 0
    cost = [_cost(p[0], relevant[0], total[0]), enter + _cost(p[1], relevant[0], total[0])]
    back: list[tuple[int, int]] = []
    for r, d in zip(relevant[1:], total[1:]):
        to0 = (0, cost[0]) if cost[0] <= cost[1] else (1, cost[1])
        to1 = (1, cost[1]) if cost[1] <= cost[0] + enter else (0, cost[0] + enter)
        back.append((to0[0], to1[0]))
        cost = [to0[1] + _cost(p[0], r, d), to1[1] + _cost(p[1], r, d)]
    state = 0 if cost[0] <= cost[1] else 1
    states = [state]
    for prev in reversed(back):
        state = prev[state]
        states.append(state)
    return states[::-1]


def find_bursts(series: Iterable[tuple[str, int, int, int]], *, s: float = 2.0, gamma: float = 1.0) -> list[Burst]:
    """Bursts of each concept from (concept, year, relevant, total) rows.

    Each concept's years run from its first row's to its last row's; a missing year counts as 0 out of 0 (it
    costs nothing in either state). relevant/total are mentions/words or documents mentioning/documents.

    Args:
        series: (concept, year, relevant, total) rows, in any order.
        s: the bursty state's rate as a multiple of the base rate (Kleinberg's s; CiteSpace uses 2).
        gamma: how hard it is to enter a burst (higher: fewer, stronger bursts).

    Returns:
        Bursts ordered by concept (first seen first) and start year, each with its weight: the sum over its years
        of the base state's cost minus the bursty state's (nats).

    Example:
        >>> rows = [("npm", 2000 + t, r, 100) for t, r in enumerate([1, 1, 1, 12, 14, 1, 1, 1])]
        >>> [(b.start, b.end) for b in find_bursts(rows)]
        [(2003, 2004)]
    """
    by_concept: dict[str, dict[int, tuple[int, int]]] = {}
    for concept, year, r, d in series:
        by_concept.setdefault(concept, {})[int(year)] = (int(r), int(d))
    out = []
    for concept, per_year in by_concept.items():
        years = list(range(min(per_year), max(per_year) + 1))
        rel = [per_year.get(y, (0, 0))[0] for y in years]
        tot = [per_year.get(y, (0, 0))[1] for y in years]
        states = find_burst_states(rel, tot, s=s, gamma=gamma)
        if not any(states):
            continue
        big_r, big_d = sum(rel), sum(tot)
        p0 = big_r / big_d
        p1 = min(s * p0, P_MAX)
        t = 0
        while t < len(years):
            if not states[t]:
                t += 1
                continue
            start = t
            while t < len(years) and states[t]:
                t += 1
            # years without events are no evidence either way: a burst starts and ends in years with some
            first = next((i for i in range(start, t) if tot[i]), None)
            if first is None:
                continue
            last = max(i for i in range(start, t) if tot[i])
            weight = sum(_cost(p0, rel[i], tot[i]) - _cost(p1, rel[i], tot[i]) for i in range(start, t))
            out.append(Burst(concept=concept, start=years[first], end=years[last], weight=weight))
    return out


def find_trend_bursts(trends: Trends, *, on: BurstOn = "mentions", s: float = 2.0, gamma: float = 1.0) -> Trends:
    """The trends with their bursts found and each row's burst flag set.

    Args:
        trends: from build_trends.
        on: "mentions" (mentions out of the year's words) or "documents" (documents mentioning out of the year's
            documents).
        s: bursty rate multiple (see find_bursts).
        gamma: cost of entering a burst (see find_bursts).

    Example:
        >>> docs = {str(y): {"year": y, "words": 1000} for y in range(2000, 2008)}
        >>> t = build_trends([("npm", str(y)) for y in [2000, 2003, 2004, 2007] + [2004, 2005] * 9], docs)
        >>> [(b.start, b.end) for b in find_trend_bursts(t).bursts]
        [(2004, 2005)]
    """
    if on == "mentions":
        series = [(r.concept, r.year, r.mentions, max(r.year_words, r.mentions)) for r in trends.rows]
    elif on == "documents":
        series = [(r.concept, r.year, r.documents, r.year_documents) for r in trends.rows]
    else:
        raise ValueError(f"on must be mentions or documents, not {on!r}")
    bursts = find_bursts(series, s=s, gamma=gamma)
    spans = defaultdict(list)
    for b in bursts:
        spans[b.concept].append((b.start, b.end))
    rows = [replace(r, burst=any(a <= r.year <= b for a, b in spans.get(r.concept, ()))) for r in trends.rows]
    return replace(trends, rows=rows, bursts=bursts, burst_params=f"{on}, s={s:g}, gamma={gamma:g}")


def build_burst_table(trends: Trends, mentions: Iterable[tuple[str, str]],
                      documents: Mapping[str, Mapping]) -> list[dict]:
    """The bursts with the documents behind them, for the burst timeline: one dict per burst, strongest first.

    Each dict holds concept, label, start, end, weight, active ((first, last) year the concept is mentioned in a
    dated document), mentions (in the burst years) and documents: the dated documents that mention the concept in
    the burst years, each {doc_id, title, authors, year, mentions, path}, by year, then most mentions, then title.

    Args:
        trends: with bursts (find_trend_bursts).
        mentions: (concept id, document id) for every mention, as given to build_trends.
        documents: document id -> {"year", "title", "authors" (list of names), "path"}; mentions of documents
            missing here or without a year are not listed.

    Example:
        >>> docs = {"a": {"year": 2003, "title": "Ærø", "authors": ["Sørensen"]}}
        >>> t = build_trends([("npm", "a")], {"a": {"year": 2003, "words": 10}})
        >>> t.bursts = [Burst("npm", 2003, 2003, 1.5)]
        >>> [(d["title"], d["mentions"]) for d in build_burst_table(t, [("npm", "a")], docs)[0]["documents"]]
        [('Ærø', 1)]
    """
    per_doc: dict[str, Counter[str]] = defaultdict(Counter)  # concept -> document -> mentions
    for concept, doc_id in mentions:
        per_doc[concept][doc_id] += 1
    active: dict[str, list[int]] = defaultdict(list)
    for r in trends.rows:
        if r.mentions:
            active[r.concept].append(r.year)
    out = []
    for b in sorted(trends.bursts, key=lambda b: (-b.weight, b.start, b.concept)):
        listed = []
        for doc_id, n in per_doc.get(b.concept, {}).items():
            meta = documents.get(doc_id) or {}
            year = meta.get("year")
            if year is not None and b.start <= int(year) <= b.end:
                listed.append({"doc_id": doc_id, "title": str(meta.get("title") or ""),
                               "authors": [str(a) for a in meta.get("authors") or []], "year": int(year),
                               "mentions": n, "path": str(meta.get("path") or "")})
        listed.sort(key=lambda d: (d["year"], -d["mentions"], d["title"], d["doc_id"]))
        years = active.get(b.concept) or [b.start, b.end]
        out.append({"concept": b.concept, "label": trends.label(b.concept), "start": b.start, "end": b.end,
                    "weight": b.weight, "active": (min(years), max(years)),
                    "mentions": sum(d["mentions"] for d in listed), "documents": listed})
    return out


def build_trend_summary(trends: Trends, *, with_years: bool = False) -> list[dict]:
    """One dict per concept: concept, label, mentions, documents, first_year, peak_year (most mentions per 10,000
    words), bursts ([{start, end, weight}]) and, with_years, its rows as dicts.

    Example:
        >>> t = build_trends([("npm", "a")], {"a": {"year": 2001, "words": 100}})
        >>> build_trend_summary(t)[0]["first_year"]
        2001
    """
    by_concept: dict[str, list[TrendRow]] = defaultdict(list)
    for r in trends.rows:
        by_concept[r.concept].append(r)
    out = []
    for c in trends.concepts:
        rows = by_concept.get(c, [])
        seen = [r for r in rows if r.mentions]
        peak = max(seen, key=lambda r: (r.per_10k_words or 0.0, r.mentions), default=None)
        item = {"concept": c, "label": trends.label(c), "mentions": sum(r.mentions for r in rows),
                "documents": sum(r.documents for r in rows), "first_year": seen[0].year if seen else None,
                "last_year": seen[-1].year if seen else None, "peak_year": peak.year if peak else None,
                "bursts": [{"start": b.start, "end": b.end, "weight": round(b.weight, 3)}
                           for b in trends.bursts if b.concept == c]}
        if with_years:
            item["years"] = [_row_dict(r, trends) for r in rows]
        out.append(item)
    return out


def _row_dict(r: TrendRow, trends: Trends) -> dict:
    return {"concept": r.concept, "label": trends.label(r.concept), "year": r.year, "mentions": r.mentions,
            "documents": r.documents, "year_documents": r.year_documents, "year_words": r.year_words,
            "per_10k_words": None if r.per_10k_words is None else round(r.per_10k_words, 4),
            "doc_share": None if r.doc_share is None else round(r.doc_share, 4), "burst": r.burst}


def build_trend_rows(trends: Trends) -> list[dict]:
    """The rows as dicts with the TREND_COLUMNS (rates rounded to 4 places, None where undefined)."""
    return [_row_dict(r, trends) for r in trends.rows]


# ---------------------------------------------------------------------------------------------------- writers
def write_trends_csv(trends: Trends, path: str | Path) -> Path:
    """Write one row per concept and year (TREND_COLUMNS; empty rates where a year has no documents)."""
    path = Path(path)
    with open_atomic(path, newline="") as fh:
        w = GuardedDictWriter(fh, fieldnames=TREND_COLUMNS)
        w.writeheader()
        for row in build_trend_rows(trends):
            w.writerow({**row, "burst": int(row["burst"])})
    return path


def write_bursts_csv(trends: Trends, path: str | Path) -> Path:
    """Write one row per burst (BURST_COLUMNS), strongest first."""
    path = Path(path)
    with open_atomic(path, newline="") as fh:
        w = GuardedDictWriter(fh, fieldnames=BURST_COLUMNS)
        w.writeheader()
        for b in sorted(trends.bursts, key=lambda b: (-b.weight, b.concept, b.start)):
            w.writerow({"concept": b.concept, "label": trends.label(b.concept), "start_year": b.start,
                        "end_year": b.end, "years": b.end - b.start + 1, "weight": round(b.weight, 4)})
    return path


def write_burst_documents_csv(trends: Trends, path: str | Path) -> Path:
    """Write one row per burst and document behind it (BURST_DOC_COLUMNS; authors joined with '; '), strongest
    burst first; a burst whose documents are unknown gets one row without a document."""
    path = Path(path)
    with open_atomic(path, newline="") as fh:
        w = GuardedDictWriter(fh, fieldnames=BURST_DOC_COLUMNS)
        w.writeheader()
        for b in trends.burst_table:
            head = {"concept": b["concept"], "label": b["label"], "start_year": b["start"], "end_year": b["end"],
                    "weight": round(b["weight"], 4)}
            for d in b["documents"] or [{}]:
                w.writerow({**head, "doc_id": d.get("doc_id", ""), "year": d.get("year", ""),
                            "mentions": d.get("mentions", ""), "title": d.get("title", ""),
                            "authors": "; ".join(d.get("authors", [])), "path": d.get("path", "")})
    return path


def write_trends_plot(trends: Trends, path: str | Path, *, measure: Measure = "per10k",
                      concepts: Sequence[str] | None = None, top: int = 12) -> Path:
    """Draw the trend plot (see litmine.export.trend_plot.write_trends_plot)."""
    from litmine.export.trend_plot import write_trends_plot as draw

    return draw(trends, path, measure=measure, concepts=concepts, top=top)


def write_trends_plots(trends: Trends, paths: Sequence[str | Path], *, measure: Measure = "per10k",
                       concepts: Sequence[str] | None = None, top: int = 12) -> list[Path]:
    """The trend plot drawn once and saved to each path (.png, .svg; see trend_plot.write_trends_plots)."""
    from litmine.export.trend_plot import write_trends_plots as draw

    return draw(trends, paths, measure=measure, concepts=concepts, top=top)


def write_trends(store: Store, out_dir: str | Path, *, concepts: Sequence[str] | None = None, top: int = 12,
                 measure: Measure = "per10k", on: BurstOn = "mentions", s: float = 2.0,
                 gamma: float = 1.0) -> Trends:
    """Build the trends of a tagged store and write trends.csv, bursts.csv, trends.png and trends.svg (the same
    figure for a paper), and the burst timeline with the documents behind each burst (burst_documents.csv,
    burst_timeline.png, .svg and .html) into out_dir.

    Args:
        store: a store whose mentions are up to date (see litmine.concepts.tagging.ensure_mentions).
        out_dir: folder for the three files (made if missing).
        concepts: ids or labels to report; default every concept mentioned in a dated document.
        top: concepts in the plot when `concepts` is not given (the most mentioned).
        measure: what the plot shows: "per10k", "count" or "share".
        on: what bursts are found in: "mentions" (out of words) or "documents" (out of documents).
        s: bursty rate multiple; gamma: cost of entering a burst.

    Raises:
        LitmineError: an unknown concept, no tagged documents, or no document with a year.

    Example:
        >>> write_trends(Store("outputs/litmine.db"), "outputs/trends", concepts=["co-production"])  # doctest: +SKIP
    """
    known = [(c["id"], c["label"]) for c in store.concept_rows()]
    ids = find_concept_ids(concepts, known) if concepts else None
    documents = store.document_words()
    if not documents:
        raise LitmineError("no tagged documents in the store: run `litmine ingest CORPUS` first")
    if all(d["year"] is None for d in documents.values()):
        raise LitmineError(f"none of the {len(documents)} documents has a publication year: add a library.csv, "
                           ".bib or .ris export with years beside the files and ingest again")
    mentions = [(m["concept"], m["doc_id"]) for m in store.mention_rows(source="text")]
    trends = build_trends(mentions, documents, concepts=ids, labels=dict(known))
    trends = find_trend_bursts(trends, on=on, s=s, gamma=gamma)
    if trends.bursts:
        meta = {d.id: {"year": d.year, "title": d.title or Path(d.path).name, "authors": d.authors, "path": d.path}
                for d in store.iter_documents(with_text=False)}
        trends.burst_table = build_burst_table(trends, mentions, meta)
    out = Path(out_dir)
    try:
        from litmine.export.burst_plot import write_burst_timeline
        from litmine.export.html_bursts import write_burst_page

        out.mkdir(parents=True, exist_ok=True)
        trends.files = [write_trends_csv(trends, out / TRENDS_CSV), write_bursts_csv(trends, out / BURSTS_CSV),
                        *write_trends_plots(trends, [out / TRENDS_PNG, out / TRENDS_SVG], measure=measure,
                                            concepts=ids, top=top),
                        write_burst_documents_csv(trends, out / BURST_DOCS_CSV),
                        # a draw per format: one drawing saved twice changes the .svg (6 bytes at 1,000 documents)
                        write_burst_timeline(trends, out / TIMELINE_PNG),
                        write_burst_timeline(trends, out / TIMELINE_SVG),
                        write_burst_page(trends, out / TIMELINE_HTML)]
    except OSError as exc:
        raise write_error(out, exc) from exc
    return trends
