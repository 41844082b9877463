"""The footnote segmenter is loaded only for a document that has notes (issue 18's start-up: a text file or a PDF
without footnotes never pays its 0.07 s), and a pool of ingest workers gets it loaded before they fork."""

from __future__ import annotations

from litmine.citations import extract, footnote_model
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages


def _passages(*blocks: Block):
    return build_passages(list(blocks))[1]


def test_a_document_without_notes_does_not_load_the_segmenter(monkeypatch):
    loads = []
    monkeypatch.setattr(extract, "default_segmenter", lambda: loads.append(1) or footnote_model.default_segmenter())
    refs, cits = extract.extract_citations(_passages(
        Block("Work first fails (Lindsay, 2007: 12)."), Block("References", hint="heading"),
        Block("Lindsay, C. (2007) The United Kingdom's work first welfare state. London.")))
    assert loads == [] and refs[0].year == 2007 and cits[0].reference_index == 0


def test_a_document_with_notes_loads_it_once_for_all_its_notes(monkeypatch):
    loads = []
    monkeypatch.setattr(extract, "default_segmenter", lambda: loads.append(1) or footnote_model.default_segmenter())
    passages = _passages(Block("Die Stadt wächst.1"), Block("1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, "
                                                          "S. 3.", hint="footnote"),
                         Block("2 Otto Lenz, Bürger und Rat, Köln 1985.", hint="footnote"))
    assert any(p.kind == "footnote" for p in passages)
    extract.extract_citations(passages)
    assert loads == [1]


def test_a_pool_of_ingest_workers_has_the_segmenter_before_it_forks(monkeypatch):
    from litmine.ingest import workers

    footnote_model.default_segmenter.cache_clear()
    loaded = workers.warm_taggers()
    try:
        assert footnote_model.default_segmenter.cache_info().currsize == 1
    finally:
        if loaded:
            workers.let_go_of_taggers()
