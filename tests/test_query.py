"""Passage queries on the demo corpus (asserted exactly: which passages, in which order, with which citation) and
the pieces they are built from (citations, snippets, proximity, FTS query preparation, the concept matrix)."""

from collections import defaultdict

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.tagging import ensure_mentions
from litmine.errors import LitmineError
from litmine.ingest import ingest_corpus
from litmine.models import Document
from litmine.query import (
    Span,
    build_citation,
    build_citation_name,
    build_citation_names,
    build_concept_matrix,
    build_snippet,
    count_words_between,
    find_passages,
    parse_surname,
    parse_years,
    prepare_fts_query,
)
from litmine.store import Store
from tests.conftest import ROOT

NUNEZ, BUCHANAN = "2011_nunez_npm_npg_coproduction.md", "2014_buchanan_lone_parent_pilot.pdf"
GRIFFITHS, KERRIGAN = "2016_griffiths_coproducing_employability.md", "2012_kerrigan_payment_by_results.txt"


@pytest.fixture(scope="module")
def demo():
    """The demo corpus, ingested and tagged once for this module."""
    s = Store(":memory:")
    report = ingest_corpus(ROOT / "corpus", s, jobs=2)
    assert report.ok, report.failed
    ensure_mentions(s, load_lexicon())
    yield s
    s.close()


def found(hits):
    return [(h.document.path.rsplit("/", 1)[-1], h.passage.index, h.citation) for h in hits]


def test_query_concept_finds_every_spelling_ranked_by_mentions(demo):
    hits = find_passages(demo, concepts=["co-production"], limit=5)
    assert hits.total == 45
    assert found(hits) == [(NUNEZ, 16, "(Núñez and Ashworth, 2011)"), (NUNEZ, 6, "(Núñez and Ashworth, 2011)"),
                           (NUNEZ, 8, "(Núñez and Ashworth, 2011)"), (NUNEZ, 10, "(Núñez and Ashworth, 2011)"),
                           (NUNEZ, 26, "(Núñez and Ashworth, 2011)")]
    assert [h.score for h in hits] == [3.0, 2.0, 2.0, 2.0, 2.0]
    every = find_passages(demo, concepts=["Co-production"], limit=0)  # a label works as well as an id
    surfaces = {h.passage.text[s.start:s.end].casefold() for h in every for s in h.spans}
    assert {"co-production", "coproduction", "co-produced", "coproducción", "co-produce"} <= surfaces
    assert len(every) == every.total == 45 and all(h.concepts == ("co-production",) for h in every)


def test_query_with_keeps_passages_holding_both_concepts(demo):
    hits = find_passages(demo, concepts=["co-production"], with_concepts=["lone-parents"], limit=0)
    assert found(hits) == [
        (BUCHANAN, 5, "(Buchanan and Wrona, 2014, p. 1)"), (NUNEZ, 26, "(Núñez and Ashworth, 2011)"),
        (BUCHANAN, 7, "(Buchanan and Wrona, 2014, p. 1)"), (BUCHANAN, 36, "(Buchanan and Wrona, 2014, p. 3)"),
        (GRIFFITHS, 10, "(Griffiths et al., 2016)"), ("2021_macleod_collaborative_innovation.md", 23,
                                                       "(MacLeod et al., 2021)"),
        ("2024_nandakumar_inwork_poverty.pdf", 15, "(Nandakumar et al., 2024, p. 2)")]
    assert all(h.concepts == ("co-production", "lone-parents") for h in hits)


def test_query_near_counts_the_words_between_mentions(demo):
    hits = find_passages(demo, concepts=["co-production"], with_concepts=["lone-parents"], near=20)
    assert found(hits) == [(NUNEZ, 26, "(Núñez and Ashworth, 2011)"),
                           (BUCHANAN, 36, "(Buchanan and Wrona, 2014, p. 3)"),
                           (GRIFFITHS, 10, "(Griffiths et al., 2016)")]
    # "genuinely co-produced. In the north east of England, a lone parents' group": 7 words apart
    first = hits[0]
    co, lone = (next(s for s in first.spans if s.concept == c) for c in ("co-production", "lone-parents"))
    assert count_words_between(first.passage.text, (co.start, co.end), (lone.start, lone.end)) == 7
    assert found(find_passages(demo, concepts=["co-production"], with_concepts=["lone-parents"], near=7)) == \
        [(NUNEZ, 26, "(Núñez and Ashworth, 2011)")]
    assert find_passages(demo, concepts=["co-production"], with_concepts=["lone-parents"], near=6) == []


def test_query_text_uses_phrases_not_and_bm25(demo):
    hits = find_passages(demo, text='"lone parents" NOT sanctions', limit=4)
    assert hits.total == 38
    assert found(hits) == [(BUCHANAN, 18, "(Buchanan and Wrona, 2014, p. 2)"),
                           (BUCHANAN, 19, "(Buchanan and Wrona, 2014, p. 2)"),
                           (BUCHANAN, 0, "(Buchanan and Wrona, 2014, p. 1)"),
                           (BUCHANAN, 20, "(Buchanan and Wrona, 2014, p. 2)")]
    assert [h.score for h in hits] == sorted(h.score for h in hits)  # BM25: lower is better
    every = find_passages(demo, text='"lone parents" NOT sanctions', limit=0)
    assert all("lone parent" in h.passage.text.casefold() and "sanction" not in h.passage.text.casefold()
               for h in every)
    assert hits[2].snippet == (("Evaluation of the Clydeside ", False), ("Lone Parent", True),
                               (" Employability Pilot: Final Report", False))
    # a hyphenated word is read as a phrase; reference entries only with source="all"; stemming: trusting = trust
    assert find_passages(demo, text="co-production", limit=0).total == 27
    assert find_passages(demo, text="co-production", limit=0, source="all").total == 35
    assert find_passages(demo, text="trusting", limit=0).total == find_passages(demo, text="trust", limit=0).total
    assert found(find_passages(demo, text="Ostrom")) == [(NUNEZ, 16, "(Núñez and Ashworth, 2011)")]


def test_query_years_filter_and_text_with_concept(demo):
    hits = find_passages(demo, concepts=["co-production"], years="2010-2012", limit=0)
    assert hits.total == 16
    assert [x[:2] for x in found(hits)] == [(NUNEZ, i) for i in (16, 6, 8, 10, 26, 32, 34, 0, 13, 15, 17, 25, 28,
                                                                 30)] + [(KERRIGAN, 20), (KERRIGAN, 30)]
    assert {h.document.year for h in find_passages(demo, concepts=["co-production"], years="2016",
                                                   limit=0)} == {2016}
    hits = find_passages(demo, text='"lone parents" NOT (sanctions OR table)', years="2005-2012", limit=4)
    assert hits.total == 17 and [x[:2] for x in found(hits)] == [
        ("2008_okafor_lone_parents_conditionality.txt", i) for i in (0, 19, 6, 15)]
    assert found(hits)[0][2] == "(Okafor, 2008)"
    both = find_passages(demo, concepts=["co-production"], text="trust")
    assert found(both) == [(NUNEZ, 30, "(Núñez and Ashworth, 2011)"), (NUNEZ, 26, "(Núñez and Ashworth, 2011)"),
                           (BUCHANAN, 7, "(Buchanan and Wrona, 2014, p. 1)")]
    assert {s.concept for s in both[0].spans} == {None, "co-production"}  # the text match and the mention


def test_query_filters_language_section_document_and_source(demo):
    assert found(find_passages(demo, concepts=["co-production"], language="fr")) == [
        (NUNEZ, 8, "(Núñez and Ashworth, 2011)")]
    assert found(find_passages(demo, text='"New Public Management"', section="CONCLUSION", limit=0)) == [
        (NUNEZ, 34, "(Núñez and Ashworth, 2011)")]
    briefing = find_passages(demo, concepts=["benefit-sanctions"], doc="nd_pryce", limit=2)
    assert briefing.total == 11 and found(briefing) == [
        ("nd_pryce_sanctions_briefing.txt", 15, "(Pryce and Fenwick, n.d.)"),
        ("nd_pryce_sanctions_briefing.txt", 0, "(Pryce and Fenwick, n.d.)")]
    assert find_passages(demo, concepts=["benefit-sanctions"], doc=briefing[0].document.id[:10]).total == 11
    refs = find_passages(demo, concepts=["work-first"], source="references", limit=0)
    assert refs.total == 9 and all(h.passage.kind == "reference" for h in refs)
    assert all(h.passage.kind != "reference" for h in find_passages(demo, text="welfare", limit=0))


def test_query_context_adds_neighbouring_passages(demo):
    hit = find_passages(demo, concepts=["co-production"], with_concepts=["lone-parents"], near=20, context=1)[0]
    assert [p.index for p in hit.before] == [25] and [p.index for p in hit.after] == [27]
    assert hit.before[0].text == "Co-production at the front line"
    assert all(p.doc_id == hit.passage.doc_id for p in hit.before + hit.after)
    assert hit.snippet[:2] == (("In all three partnerships we found examples of services that were genuinely ", False),
                               ("co-produced", True))
    first_doc = find_passages(demo, text="Ostrom", context=40)[0]
    assert [p.index for p in first_doc.before] == list(range(16))  # stops at the document's start


def test_query_errors_are_one_line_and_name_the_input(demo):
    cases = [
        ({"concepts": ["co-prodution"]}, "unknown concept 'co-prodution' (close: co-production)"),
        ({"text": 'work AND'}, "bad search query 'work AND'"),
        ({"text": 'a"b'}, "bad search query 'a\"b'"),
        ({"concepts": ["work-first"], "near": 3}, "--near needs --with"),
        ({"concepts": ["work-first"], "years": "20x"}, "bad years '20x'"),
        ({"concepts": ["work-first"], "doc": "zzz"}, "no document matches --doc 'zzz'"),
        ({}, "nothing to search for"),
    ]
    for kwargs, message in cases:
        with pytest.raises(LitmineError) as err:
            find_passages(demo, **kwargs)
        assert message in str(err.value) and "\n" not in str(err.value)


def test_query_matrix_counts_match_a_hand_count(demo):
    ids = ["co-production", "lone-parents", "work-first"]
    m = build_concept_matrix(demo, ids)
    where = defaultdict(set)
    for r in demo.mention_rows(source="text"):
        where[r["concept"]].add(r["passage_id"])
    assert m.columns == ["concept", "label", *ids]
    for row in m.rows:
        assert [row[b] for b in ids] == [len(where[row["concept"]] & where[b]) for b in ids]
    assert m.rows[0]["lone-parents"] == 7 == find_passages(demo, concepts=["co-production"],
                                                            with_concepts=["lone-parents"]).total
    assert m.rows[0]["co-production"] == 45


def test_query_matrix_by_year_and_document(demo):
    m = build_concept_matrix(demo, ["co-production", "lone-parents"], by="year")
    assert [(r["year"], r["co-production"], r["lone-parents"]) for r in m.rows] == [
        (2003, 0, 0), (2005, 0, 0), (2006, 0, 0), (2008, 0, 15), (2009, 0, 2), (2011, 14, 1), (2012, 2, 2),
        (2014, 4, 15), (2016, 12, 3), (2018, 2, 1), (2021, 4, 2), (2024, 7, 2), ("n.d.", 0, 2)]
    by_doc = build_concept_matrix(demo, ["co-production"], by="document", years="2011-2014")
    assert [(r["document"], r["co-production"]) for r in by_doc.rows] == [
        ("Núñez and Ashworth, 2011", 14), ("Kerrigan et al., 2012", 2), ("Buchanan and Wrona, 2014", 4)]
    sentences = build_concept_matrix(demo, ["co-production", "lone-parents"], unit="sentence")
    assert sentences.rows[0]["lone-parents"] < 7  # fewer sentences than passages hold both


def test_query_citation_strings():
    assert build_citation(build_citation_name(["Colin Lindsay", "Sarah Pearson", "Ewan Batty"], 2018), 5) == \
        "(Lindsay et al., 2018, p. 5)"
    assert build_citation(build_citation_name(["Morag Kerr"], 2012), 45) == "(Kerr, 2012, p. 45)"
    assert build_citation(build_citation_name(["Morag Kerr", "Jon Baird"], 2012)) == "(Kerr and Baird, 2012)"
    assert build_citation(build_citation_name(["Nees Jan van Eck", "Ludo Waltman"], None)) == \
        "(van Eck and Waltman, n.d.)"
    assert build_citation_name(["Seán Ó Briain", "Søren Kjærgaard"], 2019) == "Ó Briain and Kjærgaard, 2019"
    assert build_citation_name(["Scottish Government"], 2010) == "Scottish Government, 2010"
    assert build_citation_name([], 2010, title="Sanctions, Hardship and Local Advice: A Briefing") == \
        "“Sanctions, Hardship and Local…”, 2010"
    assert [parse_surname(n) for n in ("Martin Luther King Jr.", "Müller, Anja", "Lucía Núñez", "Osborne")] == \
        ["King", "Müller", "Núñez", "Osborne"]
    docs = [Document("d1", "b.txt", "txt", title="Zeta", authors=["Ann Kerr"], year=2012),
            Document("d2", "a.txt", "txt", title="Alpha", authors=["Ann Kerr"], year=2012),
            Document("d3", "c.txt", "txt", title="Gamma", authors=["Ann Kerr", "Jo Bell"], year=2012)]
    assert build_citation_names(docs) == {"d2": "Kerr, 2012a", "d1": "Kerr, 2012b", "d3": "Kerr and Bell, 2012"}


def test_query_snippet_window_and_marks():
    text = " ".join(f"w{i}" for i in range(60)) + " co-production " + " ".join(f"x{i}" for i in range(60))
    start = text.index("co-production")
    pieces = build_snippet(text, [Span(start, start + 13, "co-production")])
    words = "".join(t for t, _ in pieces).split()
    assert pieces[1] == ("co-production", True) and pieces[0][0].startswith("… ") and pieces[-1][0].endswith(" …")
    assert 28 <= len(words) - 2 <= 31  # about 30 words besides the two ellipses
    short = build_snippet("Lone  parents\nand co-production.", [Span(0, 13), Span(18, 31)])
    assert short == (("Lone parents", True), (" and ", False), ("co-production", True), (".", False))
    assert build_snippet("", []) == ()


def test_query_parse_years_and_fts_query():
    assert [parse_years(v) for v in ("2010-2018", "2015", "2010-", "-2018", "2010 – 2012", None)] == [
        (2010, 2018), (2015, 2015), (2010, None), (None, 2018), (2010, 2012), None]
    with pytest.raises(LitmineError, match="first year is after"):
        parse_years("2018-2010")
    assert prepare_fts_query("co-production AND (Lipsky's OR e.g.) NOT work*") == \
        '"co-production" AND ("Lipsky\'s" OR "e.g.") NOT work*'
    assert prepare_fts_query('"lone parents" NEAR(lone parents, 5)') == '"lone parents" NEAR(lone parents, 5)'
    assert prepare_fts_query("Müller Sørensen") == "Müller Sørensen"
