"""The corpus report: one self-contained HTML page of everything litmine knows about a corpus.

This module gathers the report's data from the store (and from the topic models saved under models/) into plain
dicts and lists; `litmine.export.report_html` turns them into the page. Sections: the corpus (documents, years,
formats, languages, files that failed), concept trends (plot and table), the interactive concept map, the citation
graph (most-cited works, links between corpus documents, co-citation clusters), topics over years (the newest saved
model trained on this very corpus) and the top passages per concept, each with its citation.
"""

from __future__ import annotations

import base64
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from litmine.config import DEFAULT_MODELS
from litmine.errors import LitmineError, write_error
from litmine.export.atomic import write_text_atomic
from litmine.store import Store

PASSAGES_PER_CONCEPT = 3
PASSAGE_CONCEPTS = 30  # concepts given top passages (the most mentioned)
MOST_CITED = 15
CLUSTERS = 8


@dataclass
class Report:
    """What the report shows; trends, concept_map and topics are None when there is nothing to show, with the reason
    in `missing` (keyed trends, map, topics).

    corpus: see build_corpus_summary; trends: summary rows and the plot as a PNG data URI; concept_map: the map
    page (HTML) and a drawing of the network (SVG data URI) for print; citations: see build_citation_summary;
    topics: see build_topic_summary; passages: see build_concept_passages; path: where write_report wrote it.
    """

    title: str
    generated: str
    corpus: dict
    trends: dict | None = None
    concept_map: dict | None = None
    citations: dict | None = None
    topics: dict | None = None
    passages: list[dict] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


@dataclass
class Made:
    """What `litmine run` has already built and written in this run, for the report to show rather than build and
    draw a second time: each one made by the same call, with the same options, as the report would make it, so
    the page is the same. Anything left None the report makes itself.

    trends: write_trends's result (its files on disk); concept_networks: write_concept_networks's result, written
    with html and svg among its formats; thematic: write_run_thematic's files (the .svg drawings are shown);
    citation_links: networks.citation_links's (works, links, years); citation_graphs: graphs by kind (direct,
    cocitation, coupling) built from those links with the default options; topics_plot: the topic model's
    prevalence-by-year PNG the topics step wrote (topics.files), shown when the model's labels are the ones it
    was drawn with."""

    trends: object | None = None
    concept_networks: object | None = None
    thematic: list[Path] | None = None
    citation_links: tuple | None = None
    citation_graphs: dict = field(default_factory=dict)
    topics_plot: Path | None = None


def data_uri(path: str | Path, mime: str) -> str:
    """A file's bytes as a data: URI."""
    return f"data:{mime};base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


# ---------------------------------------------------------------------------------------------------- corpus
def build_corpus_summary(store: Store) -> dict:
    """Counts of the corpus: documents, passages, files by status, documents per year (every year from the first to
    the last, undated counted apart), formats and languages, the documents and the files that are not ok.

    Example:
        >>> build_corpus_summary(Store(":memory:"))["documents"]
        0
    """
    rows = store.document_rows()
    docs = list(store.iter_documents(with_text=False))
    per_doc: dict[str, dict] = {}
    for r in rows:
        if r["id"] and r["status"] == "ok":
            per_doc.setdefault(r["id"], r)
    years = Counter(d.year for d in docs if d.year is not None)
    histogram = [(y, years[y]) for y in range(min(years), max(years) + 1)] if years else []
    languages: Counter[str] = Counter()
    for d in docs:
        languages.update(set((per_doc.get(d.id) or {}).get("languages") or ([d.language] if d.language else [])))
    documents = [{"title": d.title or Path(d.path).name, "authors": list(d.authors), "year": d.year,
                  "venue": d.venue, "format": d.format, "pages": d.pages,
                  "passages": (per_doc.get(d.id) or {}).get("passages", 0),
                  "languages": (per_doc.get(d.id) or {}).get("languages", []), "path": d.path,
                  "low_confidence": (per_doc.get(d.id) or {}).get("low_confidence", [])}
                 for d in docs]
    documents.sort(key=lambda d: (d["year"] is None, d["year"] or 0, d["title"].casefold()))
    problems = [{"path": r["path"], "status": r["status"], "reason": r["error"] or ""}
                for r in rows if r["status"] != "ok"]
    return {"documents": len(docs), "passages": sum(d["passages"] for d in documents),
            "files": dict(Counter(r["status"] for r in rows)), "years": histogram,
            "undated": sum(1 for d in docs if d.year is None), "formats": dict(Counter(d.format for d in docs)),
            "languages": dict(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))),  # ties by name: stable
            "list": documents, "problems": problems}


# ---------------------------------------------------------------------------------------------------- citations
def build_citation_summary(store: Store, *, top: int = MOST_CITED, clusters: int = CLUSTERS,
                           made: Made | None = None) -> dict:
    """The citation graph in numbers: references, in-text callouts (and how many are linked), cited works, the
    most-cited works (by corpus documents citing them), the links between corpus documents and the largest
    co-citation clusters (Louvain) with their most-cited works.

    Example:
        >>> build_citation_summary(Store(":memory:"))["works"]
        0
    """
    from litmine.networks import build_citation_graph_from, citation_links, most_cited

    made = made or Made()
    references = store.count_list_references()  # a note's short form: no entry
    callouts, linked = store.callout_counts()
    links_in = made.citation_links or citation_links(store)

    def graph(kind):
        return made.citation_graphs.get(kind) or build_citation_graph_from(*links_in, kind=kind)

    direct = graph("direct")
    nodes = direct.nodes
    cited = [{"label": d.get("label", n), "title": d.get("title") or "", "year": d.get("year"),
              "citations": d.get("citations", 0), "callouts": d.get("callouts", 0),
              "first_cited": d.get("first_cited"),
              "last_cited": d.get("last_cited"), "in_corpus": d.get("kind") == "document"}
             for n, d in most_cited(direct, top) if d.get("citations")]
    links = sorted(({"citing": nodes[a].get("label", a), "citing_title": nodes[a].get("title") or "",
                     "cited": nodes[b].get("label", b), "cited_title": nodes[b].get("title") or "",
                     "weight": w}
                    for a, b, w in direct.edges(data="weight")
                    if nodes[a].get("kind") == "document" and nodes[b].get("kind") == "document"),
                   key=lambda r: (str(r["citing"]), str(r["cited"])))
    co, coupling = graph("cocitation"), graph("coupling")
    # why a graph is thin or degenerate (policy corpora sharing almost no references), one line per graph
    notes = list(dict.fromkeys(n for g in (co, coupling) if (n := g.graph.get("note"))))
    members: dict[int, list] = defaultdict(list)
    for n, d in co.nodes(data=True):
        if co.degree(n):
            members[d.get("cluster", 0)].append(d)
    groups = sorted(members.values(), key=lambda m: -len(m))[:clusters]
    found = [{"works": len(m), "top": [w.get("label", "") for w in sorted(
        m, key=lambda w: (-w.get("citations", 0), str(w.get("label", ""))))[:4]]} for m in groups]
    return {"references": references, "callouts": callouts, "linked": linked,
            "works": sum(1 for _, d in direct.nodes(data=True) if d.get("kind") == "work"),
            "most_cited": cited, "in_corpus_links": links, "clusters": found,
            "cocitation_clusters": len(members), "notes": notes,
            "shared_works": direct.graph.get("shared_works", 0)}


# ---------------------------------------------------------------------------------------------------- concepts
def build_trend_section(store: Store, work_dir: Path, trends=None) -> dict:
    """Concept trends: one row per concept (mentions, documents, first year, bursts), the plot as a data URI, and
    the burst timeline (litmine.export.html_bursts.build_burst_view, with its drawing for print) when a concept
    bursts. trends: write_trends's result when the run has just written it. Raises LitmineError when no document is
    tagged or none has a year."""
    from litmine.export.html_bursts import build_burst_view
    from litmine.trends import TIMELINE_SVG, build_trend_summary, write_trends

    trends = trends or write_trends(store, work_dir / "trends")
    png = next(p for p in trends.files if p.suffix == ".png")
    rows = [r for r in build_trend_summary(trends) if r["mentions"]]
    timeline = next((p for p in trends.files if p.name == TIMELINE_SVG), None)
    return {"rows": rows, "plot": data_uri(png, "image/png"), "note": trends.note,
            "years": (trends.years[0], trends.years[-1]) if trends.years else None,
            "bursts": build_burst_view(trends) if trends.bursts else None,
            "burst_drawing": data_uri(timeline, "image/svg+xml") if trends.bursts and timeline else None}


def build_map_section(store: Store, work_dir: Path, made: Made | None = None) -> dict | None:
    """The interactive concept map page (HTML text) and a drawing of the network (SVG data URI), or None when no
    concept is mentioned. made: the networks and thematic drawings the run has just written, if any."""
    from litmine.cooccurrence import write_concept_networks

    made = made or Made()
    result = made.concept_networks or write_concept_networks(store, work_dir / "networks", formats=("html", "svg"))
    _, g, files = result.networks[0]
    if g.number_of_nodes() == 0:
        return None
    page = next(p for p in files if p.suffix == ".html").read_text(encoding="utf-8")
    svg = next(p for p in files if p.suffix == ".svg")
    drawn = made.thematic
    if drawn is None:
        from litmine.thematic import write_run_thematic

        drawn = write_run_thematic(store, work_dir / "thematic", formats=("svg",), whole=result)
    thematic = {p.stem: data_uri(p, "image/svg+xml") for p in drawn if p.suffix == ".svg"}
    return {"page": page, "drawing": data_uri(svg, "image/svg+xml"), "concepts": g.number_of_nodes(),
            "links": g.number_of_edges(), "thematic_map": thematic.get("concepts_thematic_map"),
            "thematic_evolution": thematic.get("concepts_thematic_evolution")}


def build_concept_passages(store: Store, *, per_concept: int = PASSAGES_PER_CONCEPT,
                           concepts: int = PASSAGE_CONCEPTS, evidence: dict[str, dict] | None = None) -> list[dict]:
    """The first passages of each of the most mentioned concepts, as `litmine query --concept` ranks them, each
    with its citation, document, page, section and keyword-in-context snippet ((text, is_match) pieces), and the
    evidence behind the count (forms counted, candidates rejected as another sense with the reasons, vetoes; see
    litmine.concepts.forms.concept_evidence; evidence: that, when the caller has it already).

    Example:
        >>> build_concept_passages(Store(":memory:"))
        []
    """
    from litmine.concepts.forms import concept_evidence
    from litmine.query import find_passages

    counts = Counter(m["concept"] for m in store.mention_rows(source="text"))
    if evidence is None:
        evidence = concept_evidence(store) if counts else {}
    labels = {c["id"]: c["label"] for c in store.concept_rows()}
    docs = {d.id: d for d in store.iter_documents(with_text=False)}  # read once for every concept's query
    out = []
    for cid, mentions in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:concepts]:
        hits = find_passages(store, concepts=[cid], limit=per_concept, documents=docs)
        out.append({"concept": cid, "label": labels.get(cid, cid), "mentions": mentions, "total": hits.total,
                    "evidence": evidence.get(cid, {}),
                    "hits": [_report_hit(h) for h in hits]})
    return out


def _report_hit(h) -> dict:
    """A quoted passage of the report: citation, document, its pages (first and last: page_end and page_label_end
    differ where it runs over a page break), section and snippet."""
    from litmine.citations.cite import passage_pages

    page, label, page_end, label_end = passage_pages(h.passage, h.document.page_labels)
    return {"citation": h.citation, "title": h.document.title or Path(h.document.path).name, "year": h.document.year,
            "page": page, "page_label": label, "page_end": page_end, "page_label_end": label_end,
            "section": h.passage.section, "snippet": [(t, bool(m)) for t, m in h.snippet]}


# ---------------------------------------------------------------------------------------------------- topics
def _saved_models(models_dir: Path) -> list[tuple[Path, dict]]:
    found = []
    if not models_dir.is_dir():
        return found
    for folder in models_dir.iterdir():
        meta = folder / "topics.json"
        if folder.name.startswith(".") or not meta.is_file():
            continue
        try:
            found.append((folder, json.loads(meta.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    return found


def find_topic_model(store: Store, models_dir: str | Path = DEFAULT_MODELS) -> Path | None:
    """The newest topic model saved under models_dir that was trained on the store's corpus as it is now (same
    corpus fingerprint for the preprocessing options it was trained with), or None.

    Example:
        >>> find_topic_model(Store(":memory:"), "no-such-folder") is None
        True
    """
    from litmine.topics.preprocess import build_topic_corpus

    saved = sorted(_saved_models(Path(models_dir)), key=lambda fi: (fi[1].get("created", ""), fi[0].name),
                   reverse=True)
    fingerprints: dict[str, str | None] = {}
    for folder, info in saved:
        opts = info.get("corpus_options") or {}
        key = json.dumps(opts, sort_keys=True)
        if key not in fingerprints:
            try:
                corpus = build_topic_corpus(store, unit=opts.get("unit", "document"),
                                            languages=opts.get("languages", ("en",)),
                                            references=bool(opts.get("references", False)),
                                            phrases=bool(opts.get("phrases", True)))
                fingerprints[key] = corpus.fingerprint
            except LitmineError:
                fingerprints[key] = None
        if fingerprints[key] and fingerprints[key] == info.get("corpus_fingerprint"):
            return folder
    return None


def load_period_words(path: str | Path) -> list[dict] | None:
    """The rows of a topic_words_by_period.csv that `litmine topics` (or run) wrote, cells as text, as the topic
    browser reads build_period_words's rows; None when the file cannot be read or lacks a column the browser reads.

    Example:
        >>> load_period_words("no-such-file.csv") is None
        True
    """
    import csv

    from litmine.export.sanitize import unguard_csv_cell

    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = [{k: unguard_csv_cell(v) for k, v in r.items()} for r in csv.DictReader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    wanted = {"period", "topic", "terms", "rising", "falling", "method"}
    return rows if rows and wanted <= set(rows[0]) else None


@dataclass
class TopicSummary:
    """The report's topics section of a saved model but its plot (prepare_topic_summary; finish_topic_summary adds
    the plot): `litmine run` prepares it while its topics step still writes its files."""

    summary: dict
    by_year: object  # topics.outputs.TopicYears
    labels: list[str]
    suggested: bool  # labels are those the topics step's files were made with (suggest_topic_labels)
    heading: str


def build_topic_summary(folder: str | Path, store: Store, work_dir: Path, *,
                        period_words: list[dict] | None = None, drawn: Path | None = None) -> dict:
    """A saved model's topics (label, top terms, concepts, coherence, prevalence), the topics-by-year plot as a data
    URI and the topic browser page (HTML text). period_words: the model's build_period_words rows when they are at
    hand (`litmine run` reads back those its topics step wrote, see load_period_words): counting them again holds
    a sparse matrix per topic at once (1.2 GB on 1,000 documents). drawn: the plot `litmine run`'s topics step
    drew of this model (topics.files), shown instead of drawing it again when the labels are the ones it used."""
    return finish_topic_summary(prepare_topic_summary(folder, store, work_dir, period_words=lambda: period_words),
                                work_dir, drawn)


def prepare_topic_summary(folder: str | Path, store: Store, work_dir: Path, *,
                          period_words: Callable[[], list[dict] | None] = lambda: None,
                          plots_into: Path | None = None) -> TopicSummary:
    """build_topic_summary but the plot. period_words: gives the model's build_period_words rows, or None to count
    them here; asked for only once the rest is built (`litmine run` waits there for its topics step's file).
    plots_into: the topics step's folder, into which the model's topics_by_year.png and .svg are drawn first, as
    the topics step draws them (topics.files.write_topic_plots: `litmine run`'s child leaves them to this process
    while it writes its other files); OSError when they cannot be written."""
    from litmine.topics.browser import write_topic_browser
    from litmine.topics.outputs import (
        build_period_words,
        build_topic_rows,
        build_topics_by_year,
        find_topic_concepts,
        suggest_topic_labels,
        term_text,
    )
    from litmine.topics.saved import load_saved, load_unit_terms

    saved = load_saved(folder, unit_terms=False)  # only counting the period words here needs them
    model = saved.model
    concept_labels = {c["id"]: c["label"] for c in store.concept_rows()}
    suggested = suggest_topic_labels(model, concept_labels)
    labels = saved.labels if len(saved.labels) == model.k else suggested
    rows = build_topic_rows(model, labels=labels)
    for t, (r, concepts) in enumerate(zip(rows, find_topic_concepts(model))):
        r["terms"] = [term_text(model, term, concept_labels) for term, _ in model.top_terms(t, 10)]
        r["concepts"] = [concept_labels.get(c, c) for c, _ in concepts]
    by_year = build_topics_by_year(model, labels)
    if plots_into is not None:
        from litmine.topics.files import write_topic_plots

        write_topic_plots(model, by_year, plots_into, labels=suggested)
    words = period_words()
    if words is None:
        try:
            model.unit_terms = load_unit_terms(saved.path)
        except (OSError, ValueError) as exc:
            raise LitmineError(f"{saved.path}: incomplete or damaged topic model ({exc})") from None
        words = build_period_words(model, labels=labels)
    browser = write_topic_browser(model, work_dir / "topics.html", labels=labels, concept_labels=concept_labels,
                                  title=f"Topics ({model.method.upper()}, k={model.k})", period_words=words)
    summary = {"folder": str(folder), "method": model.method, "k": model.k, "seed": model.seed,
               "units": len(model.units), "unit": model.options.get("unit", "document"), "created": saved.created,
               "rows": rows, "plot": None, "note": by_year.note, "browser": browser.read_text(encoding="utf-8")}
    return TopicSummary(summary, by_year, labels, labels == suggested,
                        f"Topic prevalence by year ({model.method.upper()}, k={model.k})")


def finish_topic_summary(prepared: TopicSummary, work_dir: Path, drawn: Path | None = None) -> dict:
    """The section prepare_topic_summary made, with its plot: the one the topics step drew (drawn) when it was drawn
    with these labels, else drawn here into work_dir."""
    from litmine.topics.outputs import write_topics_plot

    if drawn is not None and drawn.is_file() and prepared.suggested:
        plot = drawn  # topics.files drew it with the suggested labels and this heading
    else:
        plot = write_topics_plot(prepared.by_year, work_dir / "topics_by_year.png", labels=prepared.labels,
                                 heading=prepared.heading)
    return {**prepared.summary, "plot": data_uri(plot, "image/png")}


# ---------------------------------------------------------------------------------------------------- the report
def build_report(store: Store, *, models_dir: str | Path = DEFAULT_MODELS, topic_model: str | Path | None = None,
                 title: str = "litmine report", period_words: list[dict] | None = None,
                 made: Made | None = None, started: Report | None = None,
                 prepared: TopicSummary | None = None) -> Report:
    """Gather every section of the report from a tagged store (mentions up to date, see ensure_mentions).

    Args:
        store: the store.
        models_dir: where `litmine topics` saved its models; the newest one trained on this corpus is shown.
        topic_model: a saved model's folder to show instead of looking for one.
        title: the page's heading.
        period_words: topic_model's words per period (build_period_words's rows), when they are at hand.
        made: what the run has already built (trends, networks, citation graphs), shown rather than made again.
        started: every other section, made already by build_report_without_topics (`litmine run` makes them
            while its topic model trains); title and made are then not used.
        prepared: topic_model's section but its plot (prepare_topic_summary; `litmine run` makes it while its
            topics step writes its files), finished here.

    Example:
        >>> build_report(Store(":memory:")).corpus["documents"]
        0
    """
    report = started or build_report_without_topics(store, title=title, made=made)
    with tempfile.TemporaryDirectory(prefix="litmine-report-") as tmp:
        folder = Path(topic_model) if topic_model else find_topic_model(store, models_dir)
        if folder is None:
            report.missing["topics"] = (f"no topic model trained on this corpus in {models_dir}: run "
                                        "`litmine topics` (or `litmine run CORPUS`), then the report again")
        else:
            drawn = made.topics_plot if made and topic_model else None
            try:
                if prepared is not None and topic_model and prepared.summary["folder"] == str(folder):
                    report.topics = finish_topic_summary(prepared, Path(tmp), drawn)
                else:
                    report.topics = build_topic_summary(folder, store, Path(tmp),
                                                        period_words=period_words if topic_model else None,
                                                        drawn=drawn)
            except LitmineError as exc:
                report.missing["topics"] = str(exc)
    return report


def build_report_without_topics(store: Store, *, title: str = "litmine report", made: Made | None = None) -> Report:
    """Every section of the report but the topics (see build_report, which adds them): the corpus, trends, concept
    map, citations and concept passages, none of which reads a topic model."""
    report = Report(title=title, generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                    corpus=build_corpus_summary(store))
    with tempfile.TemporaryDirectory(prefix="litmine-report-") as tmp:
        work = Path(tmp)
        try:
            report.trends = build_trend_section(store, work, made.trends if made else None)
        except LitmineError as exc:
            report.missing["trends"] = str(exc)
        report.concept_map = build_map_section(store, work, made)
        if report.concept_map is None:
            report.missing["map"] = "no concept of the lexicon is mentioned in the corpus"
        report.citations = build_citation_summary(store, made=made)
    networks = made.concept_networks if made else None  # its concept map's evidence, read from the store already
    report.passages = build_concept_passages(store, evidence=getattr(networks, "evidence", None))
    return report


def write_report(store: Store, path: str | Path = "outputs/report.html", *, models_dir: str | Path = DEFAULT_MODELS,
                 topic_model: str | Path | None = None, title: str = "litmine report",
                 period_words: list[dict] | None = None, made: Made | None = None,
                 started: Report | None = None, prepared: TopicSummary | None = None) -> Report:
    """Write the report of a tagged store as one self-contained HTML page (see build_report); the Report returned
    says where (`path`) and which sections had nothing to show, and why (`missing`).

    Raises LitmineError when the page cannot be written.

    Example:
        >>> write_report(Store("outputs/litmine.db"), "outputs/report.html").path  # doctest: +SKIP
        PosixPath('outputs/report.html')
    """
    from litmine.export.report_html import render_report

    report = build_report(store, models_dir=models_dir, topic_model=topic_model, title=title, made=made,
                          period_words=period_words, started=started, prepared=prepared)
    page = render_report(report)
    out = Path(path)
    try:
        write_text_atomic(out, page)
    except OSError as exc:
        raise write_error(out, exc) from exc
    report.path = out
    return report
