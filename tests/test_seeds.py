"""The user's own sample texts in ../shared/seeds, when present."""

import pytest

from litmine.ingest import ingest_corpus
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")

# Each seed's publication year as the document states it; 002 states none (it is flagged, with the latest year it
# cites as a lower bound).
YEARS = {"000": 2017, "001": 2015, "002": None, "003": 2008, "004": 2018}


def test_seeds_each_document_yields_passages_title_and_year(store):
    report = ingest_corpus(SEEDS, store, jobs=2)
    assert report.ok and len(report.added) == 5
    docs = {d.path.rsplit("/", 1)[-1][:3]: d for d in store.iter_documents()}
    assert sorted(docs) == sorted(YEARS)
    for key, doc in docs.items():
        passages = list(store.iter_passages(doc.id))
        assert len(passages) >= 10, key
        assert doc.title, key
        assert doc.year == YEARS[key], key
    assert docs["000"].title.startswith("Street-level practice and the co-production")
    assert docs["003"].title == "Inter-agency Cooperation and New Approaches to Employability"
    assert docs["004"].doi == "10.1111/issr.12188"
    assert "cites works up to 2020" in docs["002"].notes[0]


def test_seeds_abstract_page_has_its_languages(store):
    ingest_corpus(SEEDS, store, jobs=1)
    doc = [d for d in store.iter_documents() if "/004_" in d.path][0]
    langs = [p.language for p in store.iter_passages(doc.id)]
    assert {"en", "fr", "es", "ar"} <= set(langs)
    french = [p for p in store.iter_passages(doc.id) if p.language == "fr"][0]
    assert french.text.startswith("Etat-providence libéral")
