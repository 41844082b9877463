"""The project's own demo corpus under corpus/ exercises what the issues promise."""

import pytest
from collections import Counter

from litmine.ingest import ingest_corpus
from tests.conftest import ROOT

CORPUS = ROOT / "corpus"


@pytest.mark.slow
def test_demo_corpus_ingests_cleanly(store):
    report = ingest_corpus(CORPUS, store, jobs=2)
    assert report.ok, report.failed
    docs = list(store.iter_documents())
    formats = Counter(d.format for d in docs)
    assert len(docs) >= 10 and formats["pdf"] >= 3 and formats["txt"] >= 2 and formats["md"] >= 2
    years = [d.year for d in docs if d.year]
    assert max(years) - min(years) >= 15
    assert [d for d in docs if d.year is None]  # one undated briefing, flagged
    assert report.sidecar_matches >= 4
    sources = Counter(src.split(" ")[0] for d in docs for src in d.meta_sources.values())
    assert sources["sidecar:library.bib"] and sources["sidecar:library.csv"]
    kinds = Counter(p.kind for p in store.iter_passages())
    assert kinds["footnote"] >= 5 and kinds["reference"] >= 50 and kinds["abstract"] >= 3
    langs = Counter(p.language for p in store.iter_passages())
    assert langs["fr"] and langs["es"]


def test_demo_corpus_pdfs_are_built_from_their_sources(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "pdfs"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_demo_pdfs.py"), "--out", str(out)], check=True,
                   capture_output=True)
    built = sorted(p.name for p in out.glob("*.pdf"))
    assert built and all((CORPUS / name).read_bytes() == (out / name).read_bytes() for name in built)


@pytest.mark.slow
def test_demo_corpus_concepts_acronyms_and_glossary(store):
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.tagging import ensure_mentions

    ingest_corpus(CORPUS, store, jobs=2)
    report = ensure_mentions(store, load_lexicon())
    assert report.tagged == store.count_documents()
    # NDYP is defined as "New Deal for Young People", a Welfare-to-work form since session 26
    assert report.glossary == {"IWP": "in-work-poverty", "NDYP": "welfare-to-work"} and report.glossary_mentions == 1
    paths = {d.id: d.path for d in store.iter_documents(with_text=False)}
    glossary = [m for m in store.iter_mentions() if m.via == "glossary"]
    assert glossary[0].surface == "IWP" and "macleod" in paths[glossary[0].doc_id]
    defined = {(a, c) for _, a, c in store.acronym_definitions()}
    assert ("NPM", "new-public-management") in defined and ("NDYP", "welfare-to-work") in defined
    concepts = Counter(m.concept for m in store.iter_mentions(source="text"))
    assert len(concepts) == len(load_lexicon())  # the demo corpus mentions every default concept
    assert Counter(m.source for m in store.iter_mentions())["references"] > 50
