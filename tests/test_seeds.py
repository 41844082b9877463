"""The user's own sample texts in ../shared/seeds, when present."""

import pytest

from litmine.ingest import ingest_corpus
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")

# Each seed's publication year as the document states it; 002 states none (it is flagged, with the latest year it
# cites as a lower bound).
YEARS = {"000": 2017, "001": 2015, "002": None, "003": 2008, "004": 2018}


@pytest.mark.slow
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


@pytest.mark.slow
def test_seeds_abstract_page_has_its_languages(store):
    ingest_corpus(SEEDS, store, jobs=1)
    doc = [d for d in store.iter_documents() if "/004_" in d.path][0]
    langs = [p.language for p in store.iter_passages(doc.id)]
    assert {"en", "fr", "es", "ar"} <= set(langs)
    french = [p for p in store.iter_passages(doc.id) if p.language == "fr"][0]
    assert french.text.startswith("Etat-providence libéral")


def _seed(prefix):
    from litmine.ingest import extract_document

    return extract_document(str(next(SEEDS.glob(f"{prefix}_*.txt"))))[0]


def test_seeds_000_reference_list_checked_by_hand():
    doc = _seed("000")
    refs = doc.references
    assert len(refs) == 28 and all(r.source == "list" for r in refs)
    baker = refs[0]
    assert [a["surname"] for a in baker.authors] == ["Baker", "Irving"] and baker.year == 2016
    assert baker.title == "Co-producing approaches to the management of dementia through social prescribing"
    assert (baker.container, baker.volume, baker.issue, baker.pages, baker.type) == (
        "Social Policy & Administration", "50", "3", "379-397", "article")
    chapter = refs[3]
    assert [a["surname"] for a in chapter.authors] == ["Bovaird", "Löffler"] and chapter.type == "chapter"
    assert chapter.container == "New public governance, the third sector and co-production"
    assert [(r.year, r.year_suffix) for r in refs if r.authors[0]["surname"] == "Scottish Government"] == [
        (2015, "a"), (2015, "b")]


def test_seeds_000_callouts_checked_by_hand():
    doc = _seed("000")
    by_surface = {}
    for c in doc.citations:
        by_surface.setdefault(c.surface, c)
    first = by_surface["Lindsay et al, 2015: 152"]
    assert (first.authors, first.et_al, first.year, first.pages, first.narrative) == (["Lindsay"], True, 2015,
                                                                                      "152", False)
    assert doc.references[first.reference_index].raw.startswith("Lindsay, C., Greve, B.")
    assert doc.text[first.start:first.end] == "Lindsay et al, 2015: 152"
    group = [c for c in doc.citations if c.surface in ("Bovaird et al, 2016", "Nederhand and Van Meerkerk 2017")]
    assert len({c.group for c in group}) >= 1 and {doc.references[c.reference_index].authors[0]["surname"]
                                                   for c in group} == {"Bovaird", "Nederhand"}
    b = by_surface["Scottish Government 2015b"]
    assert doc.references[b.reference_index].year_suffix == "b"
    linked = sum(c.reference_index is not None for c in doc.citations)
    assert len(doc.citations) >= 60 and linked / len(doc.citations) >= 0.95
    assert not any(c.surface.startswith("2010") for c in doc.citations)  # "introduced in 2010" is no callout


def test_seeds_003_reference_list_and_links():
    doc = _seed("003")
    assert len(doc.references) == 49
    linked = sum(c.reference_index is not None for c in doc.citations)
    assert linked / len(doc.citations) >= 0.95
    dwp = [c for c in doc.citations if c.authors == ["DWP"] and c.year == 2004]
    assert dwp and dwp[0].pages == "16" and doc.references[dwp[0].reference_index].raw.startswith("DWP")
