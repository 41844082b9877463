"""A paragraph that runs over a page break: what is printed on the second page carries the second page (issue 13)."""

import json

from litmine.ingest import extract_document
from litmine.models import label_at, page_at
from litmine.pdfwrite import PdfWriter

_PAGE1 = ["Local employment partnerships were set up in every council area to join the services that",
          "help people into work. Their first years were spent agreeing who would pay for what and",
          "how the results of the programmes would be measured across the partners in each area and"]
_PAGE2 = ["the boards met monthly to review the cases referred to them by the advisers of the centres",
          "(Hughes and Baird, 2004). Most partnerships kept the same members over the five years of",
          "the programme and few councils changed the way they paid for the work of their partners."]


def _broken_paragraph_pdf(path, *, hyphen: bool = False):
    """Two pages with printed numbers 41 and 42: a paragraph begins on the first and ends on the second, with a
    callout on the second; a reference list after it."""
    w = PdfWriter()
    w.new_page()
    w.text(72, 72, "Partnership in Local Employment Services", size=16, font="Helvetica-Bold")
    lines = list(_PAGE1)
    if hyphen:
        lines[-1] = lines[-1][:-len(" and")] + " part-"
    for i, line in enumerate(lines):
        w.text(72, 700 + 14 * i, line, size=10)
    w.text(290, 800, "41", size=8)
    w.new_page()
    page2 = list(_PAGE2)
    if hyphen:
        page2[0] = "nership boards " + page2[0][len("the boards "):]
    for i, line in enumerate(page2):
        w.text(72, 72 + 14 * i, line, size=10)
    w.text(72, 140, "References", size=12, font="Helvetica-Bold")
    w.text(72, 160, "Hughes, R. and Baird, J. (2004) Partnership boards. Policy Press.", size=10)
    w.text(290, 800, "42", size=8)
    w.page_labels = [(0, "D", 41)]
    w.save(path)
    return path


def _broken(doc):
    return next(p for p in doc.passages if "boards met monthly" in p.text)


def test_paragraph_over_a_page_break_records_where_the_second_page_starts(tmp_path):
    doc, _ = extract_document(str(_broken_paragraph_pdf(tmp_path / "a.pdf")))
    p = _broken(doc)
    assert p.page == 1 and p.page_label == "41"
    at = p.text.index("the boards met")
    assert p.breaks == [(at, 2)]
    assert page_at(p, 0) == 1 and page_at(p, at - 2) == 1 and page_at(p, at) == 2
    assert label_at(p, 0, doc.page_labels) == "41" and label_at(p, at + 5, doc.page_labels) == "42"
    assert "\U000F0002" not in doc.text and doc.text[p.start:p.end] == p.text


def test_callout_on_the_second_page_of_a_broken_paragraph_gets_that_page(tmp_path):
    doc, _ = extract_document(str(_broken_paragraph_pdf(tmp_path / "b.pdf")))
    callouts = [c for c in doc.citations if c.year == 2004]
    assert callouts and all(c.page == 2 for c in callouts)


def test_hyphenated_word_over_the_break_stays_whole_and_the_break_follows_it(tmp_path):
    doc, _ = extract_document(str(_broken_paragraph_pdf(tmp_path / "c.pdf", hyphen=True)))
    p = _broken(doc)
    assert "partnership boards" in p.text
    assert p.breaks == [(p.text.index("boards met"), 2)]
    assert [c.page for c in doc.citations if c.year == 2004] == [2]


def test_store_keeps_the_breaks_and_query_cites_both_pages(tmp_path):
    from litmine.export.jsonl import write_jsonl
    from litmine.export.review import build_review_markdown
    from litmine.ingest import ingest_corpus
    from litmine.query import find_passages
    from litmine.store import Store

    (tmp_path / "corpus").mkdir()
    _broken_paragraph_pdf(tmp_path / "corpus" / "a.pdf")
    store = Store(tmp_path / "s.db")
    assert ingest_corpus(tmp_path / "corpus", store, jobs=1).ok
    (p,) = [q for q in store.iter_passages() if "boards met monthly" in q.text]
    assert p.breaks == [(p.text.index("the boards met"), 2)]
    assert store.get_passages([p.id])[p.id].breaks == p.breaks
    (hit,) = find_passages(store, text='"boards met monthly"', limit=0)
    assert hit.citation.endswith(", pp. 41–42)")
    assert "pp. 41–42), *" in build_review_markdown([hit]) and "PDF pp. 1–2" in build_review_markdown([hit])
    assert [c["page"] for c in store.db.execute("SELECT page FROM citations WHERE year = 2004")] == [2]
    write_jsonl(store, tmp_path / "out")
    rows = [json.loads(line) for line in (tmp_path / "out" / "passages.jsonl").read_text().splitlines()]
    assert [r["breaks"] for r in rows if "boards met monthly" in r["text"]] == [[[p.breaks[0][0], 2]]]
    assert [r["page"] for r in map(json.loads, (tmp_path / "out" / "citations.jsonl").read_text().splitlines())
            if r.get("year") == 2004] == [2]
    store.close()


def test_store_of_schema_13_migrates_with_passages_on_one_page(tmp_path):
    import sqlite3

    from litmine.store import Store
    from litmine.store.migrations import migrate

    db = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(db, upto=13)  # a store as litmine wrote it at schema 13
    db.execute("INSERT INTO documents (id, path, format, ingested_at) VALUES ('d', 'corpus/d.txt', 'txt', 'x')")
    db.execute("INSERT INTO passages (doc_id, idx, kind, page, start_char, end_char, text, sentences) "
               "VALUES ('d', 0, 'body', 3, 0, 5, 'Words', '[]')")
    db.close()
    store = Store(tmp_path / "old.db")
    (p,) = store.iter_passages()
    assert (p.page, p.breaks, p.text) == (3, [], "Words")
    store.close()
