import csv
import math

import pytest

from litmine.errors import LitmineError
from litmine.models import Concept, Document, Mention, Passage
from litmine.trends import (
    P_MAX,
    Burst,
    build_burst_table,
    build_trend_rows,
    build_trend_summary,
    build_trends,
    find_burst_states,
    find_bursts,
    find_concept_ids,
    find_trend_bursts,
    write_burst_documents_csv,
    write_bursts_csv,
    write_trends,
    write_trends_csv,
    write_trends_plot,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# 2001 and 2003 have documents, 2002 has none; "u" has no year
DOCS = {"a": {"year": 2001, "words": 5000}, "b": {"year": 2001, "words": 5000},
        "c": {"year": 2003, "words": 20000}, "u": {"year": None, "words": 800}}
MENTIONS = [("coproducción", "a"), ("coproducción", "a"), ("coproducción", "c"), ("ko-produktion", "c"),
            ("coproducción", "u"), ("coproducción", "u"), ("ko-produktion", "zz")]  # zz: not a known document
LABELS = {"coproducción": "Coproducción", "ko-produktion": "Ko-Produktion für Ämter"}


def test_trends_rows_cover_every_year_with_counts_rates_and_shares():
    t = build_trends(MENTIONS, DOCS, labels=LABELS)
    assert t.years == [2001, 2002, 2003]
    assert t.concepts == ["coproducción", "ko-produktion"]  # most mentioned first
    rows = {(r.concept, r.year): r for r in t.rows}
    assert len(t.rows) == 6
    r = rows[("coproducción", 2001)]
    assert (r.mentions, r.documents, r.year_documents, r.year_words) == (2, 1, 2, 10000)
    assert r.per_10k_words == pytest.approx(2.0) and r.doc_share == pytest.approx(0.5)
    gap = rows[("coproducción", 2002)]
    assert (gap.mentions, gap.documents, gap.year_documents, gap.per_10k_words, gap.doc_share) == (0, 0, 0, None, None)
    r = rows[("ko-produktion", 2003)]
    assert (r.mentions, r.per_10k_words, r.doc_share) == (1, pytest.approx(0.5), pytest.approx(1.0))
    assert rows[("ko-produktion", 2001)].mentions == 0 and rows[("ko-produktion", 2001)].doc_share == 0.0
    assert (t.undated_documents, t.undated_mentions) == (1, 2)
    assert t.note == "1 document without a year left out (2 mentions)"
    assert t.label("ko-produktion") == "Ko-Produktion für Ämter"


def test_trends_given_concepts_keep_their_order_and_unmentioned_ones_get_zero_rows():
    t = build_trends(MENTIONS, DOCS, concepts=["ko-produktion", "nothing-here", "ko-produktion"])
    assert t.concepts == ["ko-produktion", "nothing-here"]
    assert [(r.concept, r.year, r.mentions) for r in t.rows][3:] == [
        ("nothing-here", 2001, 0), ("nothing-here", 2002, 0), ("nothing-here", 2003, 0)]
    assert t.note == "1 document without a year left out (0 mentions)"  # its mentions are of another concept


def test_trends_without_dated_documents_is_empty():
    t = build_trends([("x", "u")], {"u": {"year": None, "words": 10}})
    assert (t.rows, t.years, t.concepts, t.undated_mentions) == ([], [], [], 1)


def test_trends_burst_states_match_a_hand_computed_case():
    # p0 = 4/16, p1 = 1/2; entering costs ln 4. Staying in state 0 costs 3*(-4 ln .75) - 4 ln .25 = 8.997;
    # bursting in batch 2 costs 3*(-4 ln .75) - 4 ln .5 + ln 4 = 7.611, which is cheaper.
    assert find_burst_states([0, 0, 4, 0], [4, 4, 4, 4]) == [0, 0, 1, 0]
    (b,) = find_bursts([("npm", 2000 + t, r, 4) for t, r in enumerate([0, 0, 4, 0])])
    assert (b.concept, b.start, b.end) == ("npm", 2002, 2002)
    assert b.weight == pytest.approx(4 * math.log(2))  # -4 ln .25 - (-4 ln .5)
    # gamma 3 makes entering cost 3 ln 4 = 4.16: 3.45 + 2.77 + 4.16 > 8.997, so no burst
    assert find_burst_states([0, 0, 4, 0], [4, 4, 4, 4], gamma=3.0) == [0, 0, 0, 0]


def test_trends_obvious_burst_found_and_flat_series_has_none():
    surge = [2, 1, 2, 1, 14, 16, 15, 2, 1, 2]
    bursts = find_bursts([("Ärger", 1990 + t, r, 200) for t, r in enumerate(surge)]
                         + [("flat", 1990 + t, 5, 200) for t in range(10)])
    assert [(b.concept, b.start, b.end) for b in bursts] == [("Ärger", 1994, 1996)]
    assert bursts[0].weight > 10
    # a rise to 1.8 times the usual rate is a burst for s=1.5 but not for s=3
    rise = [50, 50, 50, 90, 90, 50, 50]
    assert find_burst_states(rise, [1000] * 7, s=1.5) == [0, 0, 0, 1, 1, 0, 0]
    assert not any(find_burst_states(rise, [1000] * 7, s=3.0))


def test_trends_burst_edge_cases():
    assert find_burst_states([0, 0, 0], [10, 10, 10]) == [0, 0, 0]  # nothing relevant
    assert find_burst_states([0, 0], [0, 0]) == [0, 0]  # nothing at all
    assert find_burst_states([], []) == []
    assert find_burst_states([7], [10]) == [0]  # one year is its own base rate
    assert find_burst_states([3, 3], [3, 3]) == [0, 0]  # everything relevant: no rate stands out
    assert find_bursts([]) == []
    with pytest.raises(ValueError, match="batch 1: 5 relevant events out of 4"):
        find_burst_states([1, 5], [4, 4])
    with pytest.raises(ValueError, match="s must be above 1"):
        find_burst_states([1, 2], [4, 4], s=1.0)


def test_trends_burst_rate_capped_below_one():
    # p0 = 22/30, so s * p0 > 1: the bursty rate is capped at P_MAX and the full batch still bursts
    assert find_burst_states([6, 6, 10], [10, 10, 10]) == [0, 0, 1]
    (b,) = find_bursts([("x", 2000 + t, r, 10) for t, r in enumerate([6, 6, 10])])
    expected = -10 * math.log(22 / 30) + 10 * math.log(P_MAX)
    assert b.start == b.end == 2002 and b.weight == pytest.approx(expected)
    assert math.isfinite(b.weight)


def test_trends_bursts_skip_missing_years_and_start_in_years_with_data():
    rows = [("x", 2000, 1, 100), ("x", 2001, 1, 100), ("x", 2003, 20, 100), ("x", 2004, 1, 100),
            ("x", 2005, 1, 100), ("x", 2006, 1, 100)]  # 2002 missing: 0 out of 0
    assert [(b.start, b.end) for b in find_bursts(rows)] == [(2003, 2003)]


def test_trends_burst_flags_on_rows_and_on_documents():
    docs = {f"d{y}{i}": {"year": y, "words": 1000} for y in range(2000, 2008) for i in range(4)}
    mentions = [("npm", f"d{y}0") for y in range(2000, 2008)]
    mentions += [("npm", f"d{y}{i}") for y in (2004, 2005) for i in range(1, 4)] * 3
    t = find_trend_bursts(build_trends(mentions, docs))
    assert [(b.start, b.end) for b in t.bursts] == [(2004, 2005)]
    assert [r.year for r in t.rows if r.burst] == [2004, 2005]
    assert t.burst_params == "mentions, s=2, gamma=1"
    by_docs = find_trend_bursts(build_trends(mentions, docs), on="documents")
    assert [(b.start, b.end) for b in by_docs.bursts] == [(2004, 2005)]
    with pytest.raises(ValueError):
        find_trend_bursts(t, on="pages")


def test_trends_summary_and_rows_as_dicts():
    t = find_trend_bursts(build_trends(MENTIONS, DOCS, labels=LABELS))
    first, second = build_trend_summary(t, with_years=True)
    assert first["concept"] == "coproducción" and first["label"] == "Coproducción"
    assert (first["mentions"], first["documents"], first["first_year"], first["last_year"]) == (3, 2, 2001, 2003)
    assert first["peak_year"] == 2001  # 2.0 per 10k words against 0.5 in 2003
    assert second["peak_year"] == 2003 and len(second["years"]) == 3
    rows = build_trend_rows(t)
    assert rows[1]["year"] == 2002 and rows[1]["per_10k_words"] is None and rows[1]["burst"] is False


def test_trends_csv_files_round_trip(tmp_path):
    t = build_trends(MENTIONS, DOCS, labels=LABELS)
    t.bursts = [Burst("ko-produktion", 2003, 2003, 1.23456), Burst("coproducción", 2001, 2001, 4.5)]
    rows = list(csv.DictReader(write_trends_csv(t, tmp_path / "t.csv").open(encoding="utf-8")))
    assert len(rows) == 6 and rows[3]["label"] == "Ko-Produktion für Ämter"
    assert rows[0]["per_10k_words"] == "2.0" and rows[0]["doc_share"] == "0.5" and rows[0]["burst"] == "0"
    assert rows[1]["per_10k_words"] == "" and rows[1]["year_documents"] == "0"  # 2002: no documents, no rate
    bursts = list(csv.DictReader(write_bursts_csv(t, tmp_path / "b.csv").open(encoding="utf-8")))
    assert [(b["concept"], b["start_year"], b["years"], b["weight"]) for b in bursts] == [
        ("coproducción", "2001", "1", "4.5"), ("ko-produktion", "2003", "1", "1.2346")]


@pytest.mark.slow
@pytest.mark.parametrize("measure", ["per10k", "count", "share"])
def test_trends_plot_writes_a_png(tmp_path, measure):
    docs = {f"d{y}": {"year": y, "words": 1000} for y in range(2000, 2012) if y != 2006}
    mentions = [(f"konzept-{k}", f"d{y}") for k in range(14) for y in range(2000, 2012) if y != 2006
                for _ in range((k + y) % 4)] + [("konzept-1", "d2009")] * 30
    t = find_trend_bursts(build_trends(mentions, docs, labels={"konzept-1": "Größe und Maß"}))
    assert t.bursts
    path = write_trends_plot(t, tmp_path / f"{measure}.png", measure=measure, top=12)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 20_000


def test_trends_plot_without_mentions_and_bad_measure(tmp_path):
    t = build_trends([], {"a": {"year": 2001, "words": 10}})
    assert write_trends_plot(t, tmp_path / "empty.png").read_bytes().startswith(PNG_SIGNATURE)
    with pytest.raises(ValueError, match="measure"):
        write_trends_plot(t, tmp_path / "x.png", measure="words")


def test_trends_concept_ids_from_ids_or_labels():
    known = [("co-production", "Co-production"), ("work-first", "Work-first"), ("npm", "New Public Management")]
    assert find_concept_ids(["Work First", "new public management", "co-production"], known) == [
        "work-first", "npm", "co-production"]
    with pytest.raises(LitmineError, match=r"unknown concept 'copro' \(close: co-production\)"):
        find_concept_ids(["copro"], known)
    with pytest.raises(LitmineError, match=r"unknown concept 'zzz'; `litmine concepts` lists them"):
        find_concept_ids(["zzz"], known)


def _tagged(store, docs):
    """Write documents (id, year, text) and tag 'co-production' / 'Sørensen-Effekt' by hand."""
    concepts = [Concept("co-production", "Co-production"), Concept("soerensen", "Sørensen-Effekt")]
    store.save_concepts(concepts)
    for doc_id, year, text in docs:
        doc = Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", year=year, text=text,
                       passages=[Passage(index=0, kind="body", text=text, start=0, end=len(text))])
        store.write_document(doc, root="corpus", size=0, mtime=0)
        pid = next(store.iter_passages(doc_id)).id
        found = [Mention(c, i, i + len(w), w, passage_id=pid, doc_id=doc_id)
                 for c, w in (("co-production", "co-production"), ("soerensen", "Sørensen"))
                 for i in [j for j in range(len(text)) if text.startswith(w, j)]]
        store.replace_mentions(doc_id, found, [], lexicon="test", words=len(text.split()))


@pytest.mark.slow
def test_trends_write_trends_from_a_store(store, tmp_path):
    _tagged(store, [("a", 2010, "co-production and Sørensen " * 3), ("b", 2012, "Sørensen and co-production"),
                    ("c", None, "co-production again")])
    t = write_trends(store, tmp_path / "out", concepts=["Sørensen-Effekt"], measure="share")
    assert [p.name for p in t.files] == ["trends.csv", "bursts.csv", "trends.png", "trends.svg", "burst_documents.csv",
                                         "burst_timeline.png", "burst_timeline.svg", "burst_timeline.html"]
    from xml.etree import ElementTree
    assert ElementTree.parse(t.files[3]).getroot().tag == "{http://www.w3.org/2000/svg}svg"  # well-formed SVG
    assert all(p.exists() for p in t.files)
    assert [(r.concept, r.year, r.mentions, r.year_words) for r in t.rows] == [
        ("soerensen", 2010, 3, 9), ("soerensen", 2011, 0, 0), ("soerensen", 2012, 1, 3)]
    assert (t.undated_documents, t.undated_mentions) == (1, 0)  # "c" mentions only co-production
    every = write_trends(store, tmp_path / "all")
    assert every.concepts == ["co-production", "soerensen"] and every.undated_mentions == 1
    with pytest.raises(LitmineError, match="unknown concept 'nope'"):
        write_trends(store, tmp_path / "out", concepts=["nope"])


def test_trends_write_trends_needs_tagged_dated_documents(store, tmp_path):
    with pytest.raises(LitmineError, match="no tagged documents"):
        write_trends(store, tmp_path)
    _tagged(store, [("u", None, "co-production")])
    with pytest.raises(LitmineError, match="none of the 1 documents has a publication year"):
        write_trends(store, tmp_path)


# A hand-built corpus for the burst table: one document a year in 2001-2004 (10 words each) but two of 5 words in
# 2003; "koproduktion" is mentioned once in 2001 and 3 + 2 times in 2003. So p0 = 6/40 = 0.15 and p1 = 0.3, and
# only 2003 bursts: its base cost exceeds its bursty cost by 5 ln(0.3/0.15) + 5 ln(0.7/0.85) = 2.495, more than the
# ln 4 = 1.386 of entering the burst; 2001 (1 of 10) costs less in the base state.
BURST_DOCS = {"w01": {"year": 2001, "words": 10, "title": "Wohlfahrt im Wandel", "authors": ["Müller, Jürgen"]},
              "w02": {"year": 2002, "words": 10, "title": "Zwischenjahr", "authors": []},
              "a03": {"year": 2003, "words": 5, "title": "Ærø: samproduktion", "authors": ["Sørensen, Eva",
                                                                                          "Dupré, Anaïs"]},
              "b03": {"year": 2003, "words": 5, "title": "Coproducción local", "authors": ["Núñez, José"]},
              "w04": {"year": 2004, "words": 10, "title": "Danach", "authors": []}}
BURST_MENTIONS = [("koproduktion", "w01")] + [("koproduktion", "a03")] * 3 + [("koproduktion", "b03")] * 2 + [
    ("wohlfahrt", d) for d in ("w01", "w02", "w04")]


def burst_trends():
    t = find_trend_bursts(build_trends(BURST_MENTIONS, BURST_DOCS, labels={"koproduktion": "Koproduktion (Ærø)"}))
    t.burst_table = build_burst_table(t, BURST_MENTIONS, BURST_DOCS)
    return t


def test_trends_burst_table_lists_the_documents_behind_each_burst():
    t = burst_trends()
    (row,) = t.burst_table  # "wohlfahrt" (one mention a year, 2002 and 2004 alike) has no burst
    assert (row["concept"], row["label"], row["start"], row["end"]) == ("koproduktion", "Koproduktion (Ærø)",
                                                                        2003, 2003)
    assert row["weight"] == pytest.approx(5 * math.log(0.3 / 0.15) + 5 * math.log(0.7 / 0.85))
    assert row["active"] == (2001, 2003) and row["mentions"] == 5
    # the documents of the burst years that mention the concept, most mentions first; 2001's is not in the burst
    assert [(d["doc_id"], d["year"], d["mentions"], d["title"], d["authors"]) for d in row["documents"]] == [
        ("a03", 2003, 3, "Ærø: samproduktion", ["Sørensen, Eva", "Dupré, Anaïs"]),
        ("b03", 2003, 2, "Coproducción local", ["Núñez, José"])]


def test_trends_burst_table_strongest_first_and_unknown_documents_left_out():
    t = build_trends(BURST_MENTIONS, BURST_DOCS)
    t.bursts = [Burst("wohlfahrt", 2001, 2002, 1.0), Burst("koproduktion", 2003, 2004, 3.0)]
    table = build_burst_table(t, BURST_MENTIONS + [("koproduktion", "gone")], {"a03": BURST_DOCS["a03"]})
    assert [(r["concept"], [d["doc_id"] for d in r["documents"]]) for r in table] == [
        ("koproduktion", ["a03"]), ("wohlfahrt", [])]


def test_trends_burst_documents_csv_one_row_per_burst_and_document(tmp_path):
    t = burst_trends()
    t.burst_table.append({"concept": "x", "label": "X", "start": 2002, "end": 2002, "weight": 1.0,
                          "active": (2002, 2002), "mentions": 0, "documents": []})
    rows = list(csv.DictReader(write_burst_documents_csv(t, tmp_path / "d.csv").open(encoding="utf-8")))
    assert [(r["concept"], r["doc_id"], r["mentions"], r["authors"]) for r in rows] == [
        ("koproduktion", "a03", "3", "Sørensen, Eva; Dupré, Anaïs"), ("koproduktion", "b03", "2", "Núñez, José"),
        ("x", "", "", "")]
    assert (rows[0]["weight"], rows[0]["start_year"], rows[0]["title"]) == ("2.495", "2003", "Ærø: samproduktion")
