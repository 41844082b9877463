"""A worker's result crosses to the writer pickled, its passages as tuples of their fields: the same result."""

import pickle

from litmine.ingest.workers import FileResult, Tags
from litmine.models import Citation, Document, Passage, Reference


def _result() -> FileResult:
    shared = [(0, 5)]  # one list held by two passages stays one list
    passages = [Passage(0, "body", "Lone parents' work.", page=1, section="Intro", language="en", start=0, end=19,
                        sentences=shared, page_label="iv", marks=[(4, "12")], breaks=[(10, 2)]),
                Passage(1, "reference", "Smith, J. (2001).", page=2, sentences=shared, doc_id="d"),
                Passage(2, "heading", "", id=7)]
    doc = Document("d", "a.pdf", "pdf", title="T", authors=["A"], passages=passages, text="Lone parents' work.",
                   references=[Reference(0, "Smith, J. (2001).", passage_index=1)],
                   citations=[Citation(0, 12, "(Smith 2001)", passage_index=0)])
    return FileResult("a.pdf", doc=doc, own={"title": "T"}, tags=Tags("fp", words=3), pieces=[(0, "k", "p")])


def test_result_pickles_its_passages_as_tuples_and_unpickles_the_same():
    result = _result()
    state = result.__getstate__()
    assert all(type(p) is tuple for p in state["doc"].passages)  # the fast form is the one sent
    assert all(type(p) is Passage for p in result.doc.passages)  # the worker's own result is left as it was
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == result
    assert all(type(p) is Passage for p in back.doc.passages)
    assert back.doc.passages[0].sentences is back.doc.passages[1].sentences


def test_result_with_an_unusual_passage_or_no_document_pickles_as_it_is():
    result = _result()
    result.doc.passages[2].note = "kept"  # an attribute of its own: the passages go as objects
    back = pickle.loads(pickle.dumps(result))
    assert back == result and back.doc.passages[2].note == "kept"
    for plain in (FileResult("b.pdf", reason="corrupt"), FileResult("c.txt", doc=Document("c", "c.txt", "txt"))):
        assert pickle.loads(pickle.dumps(plain)) == plain
