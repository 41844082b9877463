"""benchmarks/concept_senses_whole.py: the whole-document mode stores the mentions ingest stores (hand-made texts)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import concept_senses_whole as whole  # noqa: E402

from litmine.concepts.lexicon import load_lexicon  # noqa: E402
from litmine.ingest.corpus import ingest_corpus  # noqa: E402
from litmine.store import Store  # noqa: E402

TEXTS = {
    "a.md": "# Reform\n\nThe council built a partnership with voluntary organisations in Malmö.\n\n"
            "A second partnership with voluntary and community organisations ran the advice service.\n\n"
            "The partnership ended in 2019 when the money ran out.\n\n"
            "Third sector organisations (TSOs) and in-work poverty (IWPs) are defined here.\n",
    "b.md": "# Elsewhere\n\nIWPs rose, and NGOs helped the families.\n\nThe partnership was a marriage.\n",
}


def _mentions(store: Store) -> dict[tuple[str, int], list[tuple]]:
    paths = {doc_id: Path(path).name for path, doc_id in ((r["path"], r["id"]) for r in store.document_rows())}
    out: dict[tuple[str, int], list[tuple]] = {}
    for m in store.iter_mentions():
        out.setdefault((paths[m.doc_id], m.passage_index), []).append((m.concept, m.start, m.end, m.via))
    return out


@pytest.mark.slow
def test_whole_document_mode_gives_the_mentions_ingest_stores(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    lexicon = load_lexicon()
    ingested = Store(":memory:")
    ingest_corpus(corpus, ingested, jobs=1, concepts=lexicon)
    paths = [str(corpus / name) for name in TEXTS]
    mode = whole.Corpus(corpus, paths, lexicon, cache=tmp_path / "cache")
    assert _mentions(mode.store) == _mentions(ingested)
    a = mode.docs[paths[0]]
    bare = next(p.index for p in a.passages if p.text.startswith("The partnership ended"))
    assert [m.surface for m in mode.mentions(paths[0], bare)] == ["partnership"]  # the document settles its sense
    assert mode.report.glossary == {"IWPs": "in-work-poverty"}  # TSOs is the lexicon's TSO: no glossary entry
    again = whole.Corpus(corpus, paths, lexicon, cache=tmp_path / "cache")  # read from the cache this time
    assert _mentions(again.store) == _mentions(ingested)
