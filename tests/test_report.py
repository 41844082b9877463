"""The corpus report: its sections and numbers on the demo corpus, hostile document text escaped, the concept map
embedded (srcdoc) under a policy that allows exactly its scripts, the topic model found by the corpus's
fingerprint, failures listed with their reasons."""

from __future__ import annotations

import pytest
import base64
import hashlib
import html
import json
import re
from collections import Counter

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.tagging import ensure_mentions
from litmine.export.report_html import build_csp, find_script_hashes, render_report
from litmine.ingest import ingest_corpus
from litmine.networks import build_citation_graph, most_cited
from litmine.query import find_passages
from litmine.report import build_report, find_topic_model, write_report
from litmine.store import Store
from litmine.topics.saved import write_topics
from litmine.trends import build_trend_summary, build_trends, find_trend_bursts
from tests.conftest import ROOT
from tests.export.test_html_map_browser import Dom, text
from tests.test_pipeline import HOSTILE_TEXT, HOSTILE_TITLE, small_corpus_files

SECTIONS = ["corpus", "trends", "concept-map", "citations", "topics", "passages"]


def tagged_store(root, db) -> Store:
    store = Store(db)
    ingest_corpus(root, store, jobs=1)
    ensure_mentions(store, load_lexicon())
    return store


def cells(dom: Dom, table_class: str) -> list[list[str]]:
    (table,) = dom.all(lambda n: n["tag"] == "table" and n["attrs"].get("class") == table_class)
    body = dom.all(lambda n: n["tag"] == "tbody", table)[0]
    return [[text(td).strip() for td in dom.all(lambda n: n["tag"] == "td", tr)]
            for tr in dom.all(lambda n: n["tag"] == "tr", body)]


def srcdoc(dom: Dom, cls: str) -> str:
    (frame,) = dom.all(lambda n: n["tag"] == "iframe" and cls in n["attrs"].get("class", "").split())
    return frame["attrs"]["srcdoc"]


def script_hashes(page: str) -> set[str]:
    bodies = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    return {"'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'" for b in bodies}


@pytest.mark.slow
def test_report_demo_corpus_sections_and_numbers(tmp_path):
    store = tagged_store(ROOT / "corpus", tmp_path / "demo.db")
    run = write_topics(store, tmp_path / "topics", models_dir=tmp_path / "models", k=4)
    report = write_report(store, tmp_path / "report.html", models_dir=tmp_path / "models", title="Démo <report>")
    assert report.path == tmp_path / "report.html" and report.missing == {}
    page = report.path.read_text(encoding="utf-8")
    dom = Dom(page)

    assert [n["attrs"]["id"] for n in dom.all(lambda n: n["tag"] == "section")] == SECTIONS
    assert [n["attrs"]["href"] for n in dom.all(lambda n: n["tag"] == "a" and n["attrs"].get("href", "")
                                                .startswith("#"))] == [f"#{s}" for s in SECTIONS]
    assert text(dom.all(lambda n: n["tag"] == "h1")[0]) == "Démo <report>"
    assert "<script" not in page and dom.tags["script"] == 0  # no script of its own

    # The corpus: 13 documents 2003-2024 (one undated), every passage counted, one row per document.
    passages = store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    lead = text(dom.by_class("lead")[0])
    assert lead.startswith(f"13 documents, 2003\u20132024, {passages:,} passages. Made by litmine on ")
    docs = cells(dom, "documents")
    assert len(docs) == store.count_documents() == 13
    # a plain-text title is the file's first line, a guess the report flags for checking (the "?" mark)
    assert docs[0][:2] == ["2003", ("Work First, Learn Later? The New Deal for Young People in Two Scottish Labour "
                                   "Markets?")]
    assert dom.all(lambda n: n["tag"] == "abbr" and n["attrs"].get("class") == "unsure")
    assert docs[-1][0] == "n.d." and docs[-1][1].startswith("Sanctions, Hardship and Local Advice Services")
    formats = Counter(d.format for d in store.iter_documents(with_text=False))
    facts = {text(dt): text(dd) for dt, dd in zip(dom.all(lambda n: n["tag"] == "dt"),
                                                    dom.all(lambda n: n["tag"] == "dd"))}
    assert facts["Documents"] == "13 (2003\u20132024; 1 without a year)"
    assert facts["Formats"] == ", ".join(f"{k} {v}" for k, v in formats.items())
    assert facts["Files"] == "ok 13"
    (histogram,) = dom.all(lambda n: n["tag"] == "svg" and n["attrs"].get("class") == "histogram")
    assert len(dom.all(lambda n: n["tag"] == "rect", histogram)) == 22  # every year 2003..2024, empty ones too
    assert not dom.all(lambda n: n["attrs"].get("id") == "corpus-problems")

    # Trends: one row per mentioned concept, as litmine.trends counts them.
    documents = store.document_words()
    mentions = [(m["concept"], m["doc_id"]) for m in store.mention_rows(source="text")]
    summary = build_trend_summary(build_trends(mentions, documents,
                                               labels={c["id"]: c["label"] for c in store.concept_rows()}))
    rows = cells(dom, "trends")
    assert [r[:3] for r in rows] == [[s["label"], str(s["mentions"]), str(s["documents"])] for s in summary
                                     if s["mentions"]]
    trend_img = dom.all(lambda n: n["tag"] == "img" and n["attrs"].get("alt", "").startswith("Concept mentions"))
    assert trend_img[0]["attrs"]["src"].startswith("data:image/png;base64,iVBOR")
    # The burst timeline: one row per burst litmine.trends finds, each opening to the documents behind it.
    bursts = find_trend_bursts(build_trends(mentions, documents)).bursts
    timeline = dom.by_class("bt-row")
    assert sorted((r["attrs"]["data-concept"], int(r["attrs"]["data-start"])) for r in timeline) == sorted(
        (b.concept, b.start) for b in bursts) and bursts
    assert all(dom.all(lambda n: n["tag"] == "li", r) for r in timeline)
    burst_img = dom.all(lambda n: n["tag"] == "img" and n["attrs"].get("alt") == "Concept bursts")
    assert burst_img[0]["attrs"]["src"].startswith("data:image/svg+xml")
    # The thematic map and thematic evolution drawings sit under the concept map.
    thematic = dom.all(lambda n: n["tag"] == "img" and n["attrs"].get("alt", "").startswith("Thematic"))
    assert [(n["attrs"]["alt"], n["attrs"]["src"][:19]) for n in thematic] == [
        ("Thematic map", "data:image/svg+xml;"), ("Thematic evolution", "data:image/svg+xml;")]

    # The concept map: the whole map page in srcdoc, one node per mentioned concept; the report's policy allows
    # exactly the scripts of the map and the topic browser (a srcdoc frame inherits it).
    map_page = srcdoc(dom, "map")
    data = json.loads(re.search(r'<script type="application/json" id="map-data">(.*?)</script>', map_page,
                                re.DOTALL).group(1))
    assert {n["id"] for n in data["nodes"]} == {c for c, _ in mentions}
    browser_page = srcdoc(dom, "browser")
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    allowed = set(re.search(r"script-src ([^;]*)", csp).group(1).split())
    assert allowed == script_hashes(map_page) | script_hashes(browser_page) and len(allowed) >= 2
    assert csp.startswith("default-src 'none';") and "img-src data:" in csp

    # Citations: the most-cited works and the corpus documents citing each other, as the citation graph has them.
    g = build_citation_graph(store, kind="direct")
    top = [d for _, d in most_cited(g, 15) if d.get("citations")]
    assert [(r[0].removesuffix(" (in the corpus)"), r[2]) for r in cells(dom, "most-cited")] == [
        (d["label"], str(d["citations"])) for d in top]
    links = [(a, b) for a, b in g.edges if g.nodes[a]["kind"] == g.nodes[b]["kind"] == "document"]
    assert facts["Links between corpus documents"] == str(len(links)) and links
    assert sum(int(r[1]) for r in cells(dom, "in-corpus")) == len(links)

    # Topics: the model trained above, its k rows and its plot.
    assert run.folder.name in text(dom.by_id("topics"))
    assert [r[0] for r in cells(dom, "topics")] == ["1", "2", "3", "4"]
    assert [r[1] for r in cells(dom, "topics")] == run.labels

    # Passages: 3 per concept, most mentioned concept first, with the citations litmine query gives.
    section = dom.by_id("passages")
    first = dom.by_class("concept", section)[0]
    top_concept = Counter(c for c, _ in mentions).most_common(1)[0][0]
    hits = find_passages(store, concepts=[top_concept], limit=3)
    assert [text(s) for s in dom.all(lambda n: n["tag"] == "strong", first)] == [h.citation for h in hits]
    assert len(dom.by_class("concept", section)) == len({c for c, _ in mentions})
    store.close()


@pytest.mark.slow
def test_report_escapes_hostile_text_and_lists_failures(corpus, tmp_path):
    store = tagged_store(corpus(small_corpus_files()), tmp_path / "s.db")
    page = write_report(store, tmp_path / "r.html", models_dir=tmp_path / "none").path.read_text(encoding="utf-8")
    dom = Dom(page)
    # Nothing from the documents became markup: no script, no image but the report's own data: pictures.
    assert "<script" not in page and dom.tags["script"] == 0
    assert all(set(img["attrs"]) == {"src", "alt"} and img["attrs"]["src"].startswith("data:image/")
               for img in dom.all(lambda n: n["tag"] == "img"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert HOSTILE_TITLE in [r[1].removesuffix("?") for r in cells(dom, "documents")]  # "?": a title to check
    quotes = [text(q) for q in dom.all(lambda n: n["tag"] == "blockquote")]
    assert any("<img src=x onerror=alert(2)> lone parents & employability </blockquote>" in q for q in quotes)
    assert any(HOSTILE_TITLE in text(c) for c in dom.by_class("cite"))
    # Inside the map's srcdoc the hostile text is JSON with \u003c escapes: still no markup once unescaped.
    map_page = srcdoc(dom, "map")
    assert "\\u003cscript\\u003ealert(1)" in map_page and "<img src=x" not in map_page
    assert "<script>alert" not in map_page
    # The PDF that is not one: listed with its reason.
    assert cells(dom, "problems") == [[str(tmp_path / "corpus" / "broken.pdf"), "failed",
                                       ("corrupt or truncated PDF (Failed to load document (PDFium: Data format "
                                       "error))")]]
    assert "1 file not read" in text(dom.by_class("lead")[0])
    # No topic model: the section says how to make one.
    assert "run `litmine topics`" in text(dom.by_id("topics"))
    store.close()
    assert HOSTILE_TEXT  # the passage the quotes above come from


@pytest.mark.slow
def test_report_topic_model_must_match_the_corpus(corpus, tmp_path):
    files = small_corpus_files()
    late = files.pop("2021_f.txt")
    root = corpus(files)
    store = tagged_store(root, tmp_path / "s.db")
    models = tmp_path / "models"
    assert find_topic_model(store, models) is None
    run = write_topics(store, tmp_path / "t", models_dir=models, k=2)
    nmf_run = write_topics(store, tmp_path / "t2", models_dir=models, k=2, method="nmf")
    assert find_topic_model(store, models) == nmf_run.folder  # the newer of the two matching
    (root / "2021_f.txt").write_text(late, encoding="utf-8")
    ingest_corpus(root, store, jobs=1)
    ensure_mentions(store, load_lexicon())
    assert find_topic_model(store, models) is None  # trained on the corpus before the new document
    report = build_report(store, models_dir=models)
    assert report.topics is None and "no topic model trained on this corpus" in report.missing["topics"]
    assert build_report(store, topic_model=run.folder).topics["k"] == 2  # asked for by its folder
    store.close()


def test_report_empty_store_and_policy():
    page = render_report(build_report(Store(":memory:")))
    dom = Dom(page)
    assert [n["attrs"]["id"] for n in dom.all(lambda n: n["tag"] == "section")] == SECTIONS
    assert text(dom.by_class("lead")[0]).startswith("0 documents, 0 passages.")
    assert "script-src 'none'" in html.unescape(page)
    # every section says what is missing and why
    assert [len(dom.by_class("missing", dom.by_id(s))) for s in SECTIONS] == [1, 1, 1, 1, 1, 1]
    assert "no tagged documents" in text(dom.by_id("trends"))
    assert build_csp([]) == ("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                             "base-uri 'none'; form-action 'none'")
    one = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'sha256-AB+/=\' ' \
          '\'unsafe-inline\' https://x.example; style-src \'sha256-CD=\'">'
    assert find_script_hashes(one) == ["'sha256-AB+/='"]  # only hashes: no 'unsafe-inline', no hosts
    assert find_script_hashes("<p>no policy</p>") == []
    assert "script-src 'sha256-AB+/=';" in build_csp([one, one])


@pytest.mark.slow
def test_report_concept_evidence_forms_rejections_and_vetoes(corpus, tmp_path):
    root = corpus({"a.txt": "Dienste in Ærø\n\nEva Sørensen\n\nIntroduction\n\n"
                            "Co-production with lone parents grew. Co-produced support reached lone parents in Ærø.\n"})
    store = tagged_store(root, tmp_path / "s.db")
    (p,) = [p for p in store.iter_passages() if "Co-produced" in p.text]
    at = p.text.index("support")

    class Rejected:  # as the matcher reports a candidate set aside as another sense
        concept, start, end, surface = "co-production", at, at + 7, "support"
        reason, passage_index = "<no cue>", p.index

    store.replace_mentions(p.doc_id, list(store.iter_mentions(doc_id=p.doc_id)), [], lexicon="x", words=10,
                           rejections=[Rejected()])
    store.add_veto("lone-parents", form="LONE PARENTS")
    (co,) = [c for c in build_report(store).passages if c["concept"] == "co-production"]
    assert co["evidence"] == {"forms": [["Co-produced", 1], ["Co-production", 1]], "rejected": 1,
                              "reasons": [["<no cue>", 1]], "vetoed": 0}
    assert not [c for c in build_report(store).passages if c["concept"] == "lone-parents"]  # vetoed: not counted
    page = render_report(build_report(store))
    assert ("Forms: Co-produced (1), Co-production (1) \u00b7 1 candidate rejected as another sense: "
            "&lt;no cue&gt; (1)") in page and "<no cue>" not in page


def test_report_citation_graph_note_when_documents_share_no_references(store):
    from litmine.export.report_html import render_citations
    from litmine.report import build_citation_summary
    from tests.test_networks import policy_store

    summary = build_citation_summary(policy_store(store))
    assert summary["shared_works"] == 0 and summary["clusters"] == []
    assert summary["notes"] and summary["notes"][0].startswith("co-citation graph is empty: the documents share no")
    page = render_citations(summary)
    assert '<p class="note graph-note">Co-citation graph is empty: the documents share no references' in page
    assert "Ó Riain (2011)" in page  # most cited still listed, ties broken by callouts, then the newer work


def test_report_corpus_languages_ties_in_name_order(store):
    from litmine.models import Document, Passage
    from litmine.report import build_corpus_summary

    # one document per language, read in path order (zh before ar): ties are listed by name, not by whichever
    # document came first (and not in a set's order, which changes with the process's hash seed)
    for name, lang in (("a", "zh"), ("b", "ar"), ("c", "en"), ("d", "en")):
        text = f"Passage in {lang}: Ærø."
        store.write_document(Document(id=name, path=f"corpus/{name}.txt", format="txt", title=name, text=text,
                                      passages=[Passage(0, "body", text, language=lang, start=0, end=len(text))]),
                             root="corpus", size=1, mtime=1.0)
    assert list(build_corpus_summary(store)["languages"].items()) == [("en", 2), ("ar", 1), ("zh", 1)]


@pytest.mark.slow
def test_report_period_words_read_back_give_the_same_topic_browser(corpus, tmp_path):
    from litmine.export.sanitize import GuardedDictWriter
    from litmine.report import build_topic_summary, load_period_words

    files = small_corpus_files()
    del files["broken.pdf"]
    store = tagged_store(corpus(files), tmp_path / "s.db")
    run = write_topics(store, tmp_path / "t", models_dir=tmp_path / "models", k=2)
    rows = load_period_words(tmp_path / "t" / "topic_words_by_period.csv")  # as `litmine run` hands them over
    assert rows and {r["method"] for r in rows} == {"period"} and rows[0]["topic"] == "1"
    counted = build_topic_summary(run.folder, store, tmp_path / "w1")
    read = build_topic_summary(run.folder, store, tmp_path / "w2", period_words=rows)
    assert '"periods"' in counted["browser"] and read["browser"] == counted["browser"]
    store.close()

    # a cell the CSV writer guarded against formulas reads back as it was; a file without the columns is None
    with open(tmp_path / "g.csv", "w", encoding="utf-8", newline="") as fh:
        w = GuardedDictWriter(fh, fieldnames=["period", "topic", "terms", "rising", "falling", "method"])
        w.writeheader()
        w.writerow({"period": "2005\u20132009", "topic": 1, "terms": "-based; Ærø", "rising": "=x", "falling": "",
                    "method": "period"})
    assert load_period_words(tmp_path / "g.csv") == [{"period": "2005\u20132009", "topic": "1",
                                                      "terms": "-based; Ærø", "rising": "=x", "falling": "",
                                                      "method": "period"}]
    (tmp_path / "bad.csv").write_text("period,topic\n2005,1\n", encoding="utf-8")
    assert load_period_words(tmp_path / "bad.csv") is None


@pytest.mark.slow
def test_report_topics_prepared_while_the_topic_files_are_written(corpus, tmp_path, monkeypatch):
    import litmine.topics.saved as saved
    from litmine.report import (
        build_topic_summary,
        finish_topic_summary,
        load_period_words,
        prepare_topic_summary,
    )

    files = small_corpus_files()
    del files["broken.pdf"]
    store = tagged_store(corpus(files), tmp_path / "s.db")
    out = tmp_path / "t"
    calls: list[tuple[str, str, bool, bool]] = []  # (kind, path's name, the CSV there, the plot there)

    def progress(kind, path):
        calls.append((kind, path.name, (out / "topic_words_by_period.csv").is_file(),
                      (out / "topics_by_year.png").is_file()))

    run = write_topics(store, out, models_dir=tmp_path / "models", k=2, on_progress=progress)
    # the model saved first, then the period words written before the plots (`litmine run` reads them meanwhile)
    assert calls == [("saved", run.folder.name, False, False),
                     ("period_words", "topic_words_by_period.csv", True, False)]
    assert [p.name for p in run.files][3:7] == ["topics_by_year.png", "topics_by_year.svg",
                                                "topic_words_by_period.csv", "topic_concepts.csv"]
    rows = load_period_words(out / "topic_words_by_period.csv")
    built = build_topic_summary(run.folder, store, tmp_path / "w1", period_words=rows, drawn=out / "topics_by_year.png")

    # with the period words at hand the units' term counts are never loaded; the section is the one built at once
    real = saved.load_unit_terms
    monkeypatch.setattr(saved, "load_unit_terms", lambda folder: pytest.fail("unit terms loaded"))
    prepared = prepare_topic_summary(run.folder, store, tmp_path / "w2", period_words=lambda: rows)
    assert prepared.summary["plot"] is None
    assert finish_topic_summary(prepared, tmp_path / "w2", out / "topics_by_year.png") == built
    loaded: list = []
    monkeypatch.setattr(saved, "load_unit_terms", lambda folder: loaded.append(folder) or real(folder))
    counted = finish_topic_summary(prepare_topic_summary(run.folder, store, tmp_path / "w3"), tmp_path / "w3")
    assert loaded == [run.folder] and counted["browser"] == built["browser"] and counted["rows"] == built["rows"]
    store.close()


@pytest.mark.slow
def test_report_shows_what_the_run_made_and_the_same_page(corpus, tmp_path):
    """`litmine run` hands the report the trends, concept networks, thematic drawings and citation graphs it has
    just written (report.Made): the sections come out as the report makes them itself, and what is handed is used."""
    import networkx as nx

    from litmine.cooccurrence import write_concept_networks
    from litmine.networks import build_citation_graph_from, citation_links
    from litmine.report import Made
    from litmine.thematic import write_run_thematic
    from litmine.trends import write_trends

    store = tagged_store(corpus(small_corpus_files()), tmp_path / "s.db")
    own = build_report(store, models_dir=tmp_path / "none")
    nets = write_concept_networks(store, tmp_path / "networks")
    links = citation_links(store)
    made = Made(trends=write_trends(store, tmp_path / "trends"), concept_networks=nets,
                thematic=write_run_thematic(store, tmp_path / "networks", whole=nets), citation_links=links,
                citation_graphs={k: build_citation_graph_from(*links, kind=k)
                                 for k in ("direct", "cocitation", "coupling")})
    handed = build_report(store, models_dir=tmp_path / "none", made=made)
    assert handed.trends == own.trends and handed.concept_map == own.concept_map
    assert handed.citations == own.citations and handed.concept_map["thematic_map"]
    # What is handed is what is shown: a co-citation graph with one cluster of two works.
    g = nx.Graph(note="handed over")
    g.add_node("w1", label="Handed 2001", citations=2, cluster=0)
    g.add_node("w2", label="Over 2002", citations=1, cluster=0)
    g.add_edge("w1", "w2", weight=3)
    made.citation_graphs["cocitation"] = g
    shown = build_report(store, models_dir=tmp_path / "none", made=made).citations
    assert shown["clusters"] == [{"works": 2, "top": ["Handed 2001", "Over 2002"]}]
    assert "handed over" in shown["notes"]
    store.close()


@pytest.mark.slow
def test_report_shows_the_topic_plot_the_run_drew(corpus, tmp_path):
    """The topics step's prevalence plot (drawn with the model's suggested labels) is shown, not drawn again; a
    report not handed it draws its own."""
    from litmine.report import Made, data_uri

    store = tagged_store(corpus(small_corpus_files()), tmp_path / "s.db")
    run = write_topics(store, tmp_path / "topics", models_dir=tmp_path / "models", k=2)
    drawn = next(p for p in run.files if p.name == "topics_by_year.png")
    own = build_report(store, topic_model=run.folder).topics["plot"]
    assert own == data_uri(drawn, "image/png")  # the same picture either way
    marked = tmp_path / "marked.png"
    marked.write_bytes(drawn.read_bytes() + b"\0")
    handed = build_report(store, topic_model=run.folder, made=Made(topics_plot=marked)).topics["plot"]
    assert handed == data_uri(marked, "image/png")
    assert build_report(store, models_dir=tmp_path / "models", made=Made(topics_plot=marked)).topics["plot"] == own
    store.close()
