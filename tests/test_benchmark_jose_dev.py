"""The development mode of the JOSE Crossref benchmark reads only the papers of even index (benchmarks/citations.py).

The paper names are made up; no PDF is read (extraction is replaced by a recorder).
"""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import citations as cb  # noqa: E402


def papers(names):
    return [(Path("/jose") / n / "paper.pdf", Path("/jose") / n / "crossref.xml") for n in names]


def test_even_papers_keeps_even_index_of_the_name_order_only():
    got = cb.even_papers(papers(["jose.00040", "jose.00007", "jose.00311", "jose.00002", "jose.00100"]))
    # sorted: 00002 (0), 00007 (1), 00040 (2), 00100 (3), 00311 (4)
    assert [pdf.parent.name for pdf, _ in got] == ["jose.00002", "jose.00040", "jose.00311"]


def test_jose_crossref_dev_extracts_no_odd_paper(monkeypatch, capsys):
    read = []
    monkeypatch.setattr(cb, "crossref_papers", lambda ev: papers(["b", "d", "a", "c"]))
    monkeypatch.setattr(cb, "extract_document",
                        lambda path: (read.append(Path(path).parent.name) or SimpleNamespace(references=[]), None))
    monkeypatch.setattr(cb.crossref_gold, "citations_from_xml", lambda xml: [])
    cb.jose_crossref_dev(Path("/jose"), misses=True)
    assert read == ["a", "c"]
    assert "papers 2" in capsys.readouterr().out


def test_score_document_log_lists_wrong_fields_lost_and_extra_entries():
    tally, log = cb.crossref_gold.Tally(), []
    empty = dict.fromkeys(cb.crossref_gold.GOLD_FIELDS, "")
    gold = [{**empty, "title": "Tidy tables for teaching", "year": "2019", "form": "structured",
             "text": "Tidy tables for teaching 2019"},
            {**empty, "title": "A wholly different work on rivers", "form": "structured", "text": "rivers"}]
    pred = [{**empty, "raw": "Lund, A. (2018). Tidy tables for teaching.", "title": "Tidy tables for teaching",
             "year": "2018"}, {**empty, "raw": "Running head 12", "title": "Running head"}]
    cb.crossref_gold.score_document(gold, pred, tally, log=log)
    assert ("year", "2019", "2018", "Lund, A. (2018). Tidy tables for teaching.") in log
    assert ("extra", "Running head 12") in log
    assert ("lost", "", "rivers") in log
