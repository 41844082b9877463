"""Every page shown for a passage is the page its words are on (issue 13): a passage that runs over a page break is
shown with both pages (query table, hit rows, concept map, thematic view, report), and a concept mention past the
break carries the next page (Store.mention_rows). Hand-made passages with breaks, written straight to a store."""

import networkx as nx
import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.tagging import ensure_mentions
from litmine.models import Document, Passage
from litmine.store import Store

# physical pages 3 and 4 print the numbers 41 and 42
_LABELS = ["i", "ii", "41", "42"]
_OVER = ("Local councils agreed the co-production of employment services in every area, and "
         "the boards met monthly to review co-production with the advisers of the centres.")
_AFTER = "Most partnerships kept the same members over the five years of the programme."


@pytest.fixture
def store():
    at = _OVER.index("the boards met")
    passages = [Passage(0, "body", _OVER, page=3, page_label="41", start=0, end=len(_OVER), breaks=[(at, 4)]),
                Passage(1, "body", _AFTER, page=4, page_label="42", start=len(_OVER) + 2,
                        end=len(_OVER) + 2 + len(_AFTER))]
    doc = Document("d1", "corpus/a.pdf", "pdf", title="Local partnerships", authors=["Ann Kerr"], year=2012,
                   pages=4, page_labels=_LABELS, text=_OVER + "\n\n" + _AFTER, passages=passages)
    s = Store(":memory:")
    s.write_document(doc, root="corpus", size=1, mtime=0.0)
    ensure_mentions(s, load_lexicon())
    yield s
    s.close()


def _hits(store, words):
    from litmine.query import find_passages

    return find_passages(store, text=f'"{words}"', limit=0)


def test_hit_rows_give_the_first_and_the_last_page(store):
    from litmine.export.review import HIT_COLUMNS, build_hit_rows, build_review_csv

    (row,) = build_hit_rows(_hits(store, "boards met monthly"))
    assert (row["page"], row["page_label"], row["page_end"], row["page_label_end"]) == (3, "41", 4, "42")
    assert row["citation"].endswith("pp. 41–42)")
    (one,) = build_hit_rows(_hits(store, "same members"))
    assert (one["page"], one["page_label"], one["page_end"], one["page_label_end"]) == (4, "42", 4, "42")
    assert {"page", "page_label", "page_end", "page_label_end"} <= set(HIT_COLUMNS)
    assert ",3,41,4,42," in build_review_csv(_hits(store, "boards met monthly"))


def test_query_table_place_shows_both_pages(store):
    from rich.console import Console

    from litmine.export.review import build_hits_table

    console = Console(width=200, record=True)
    console.print(build_hits_table(_hits(store, "boards met monthly")))
    shown = console.export_text()
    assert "pp. 41–42 (PDF pp. 3–4)" in shown and "PDF p. 3)" not in shown
    console = Console(width=200, record=True)
    console.print(build_hits_table(_hits(store, "same members")))
    assert "p. 42 (PDF p. 4)" in console.export_text()


def test_mention_past_the_break_is_on_the_next_page(store):
    rows = [m for m in store.mention_rows() if m["concept"] == "co-production"]
    at = _OVER.index("the boards met")
    assert sorted((m["start"] < at, m["page"]) for m in rows) == [(False, 4), (True, 3)]
    assert all("breaks" not in m for m in store.mention_rows())


def test_concept_map_and_thematic_view_cite_the_range(store):
    from litmine.cooccurrence import load_passage_details
    from litmine.export.html_map import build_map_data
    from litmine.export.html_thematic import build_thematic_data

    ids = {p.index: p.id for p in store.iter_passages()}
    details = load_passage_details(store, ids.values())
    over, after = details[ids[0]], details[ids[1]]
    assert (over["page"], over["page_label"], over["page_end"], over["page_label_end"]) == (3, "41", 4, "42")
    assert (after["page_end"], after["page_label_end"]) == (4, "42")
    g = nx.Graph()
    g.add_node("co-production", label="Co-production", passages=[ids[0], ids[1]], years=[2012])
    shown = build_map_data(g, details)["passages"]
    assert shown[str(ids[0])]["page_cite"] == "pp. 41–42 (PDF pp. 3–4)"
    assert shown[str(ids[1])]["page_cite"] == "p. 42 (PDF p. 4)"
    thematic = build_thematic_data([], None, details)["passages"]
    assert thematic[str(ids[0])]["page_cite"] == "pp. 41–42 (PDF pp. 3–4)"


def test_report_quotes_give_both_physical_pages(store):
    from litmine.export.report_html import render_passages
    from litmine.report import build_concept_passages

    concepts = build_concept_passages(store)
    hits = [h for c in concepts for h in c["hits"] if h["page_end"] != h["page"]]
    assert hits and (hits[0]["page"], hits[0]["page_label_end"]) == (3, "42")
    html = render_passages(concepts)
    assert "PDF pp. 3–4" in html and "pp. 41–42)" in html
