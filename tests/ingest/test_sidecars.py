import pytest

from litmine.errors import MetadataError
from litmine.ingest import ingest_corpus
from litmine.ingest.sidecars import SidecarIndex, load_sidecar

BIB = r"""@article{kerr2012,
  title = {Work {First} and the {Co}-production of Employability},
  author = {Kerr, Morag and S{\o}rensen, Eva},
  year = {2012},
  journal = {Policy \& Politics},
  doi = {10.5555/pp.2012.1},
  file = {Full Text:files/12/kerr.txt:text/plain}
}
@report{baird2015, title = {Payment by Results}, author = {Baird, Jon}, year = {2015}, institution = {IEPS}}
"""
RIS = "TY  - JOUR\nAU  - Osei, Kwame\nTI  - Localism and Activation\nT2  - Local Government Studies\nPY  - 2018///\nDO  - 10.5555/lgs.2018.2\nER  - \n"
CSV = ('Title,Author,Publication Year,Publication Title,DOI,File Attachments\r\n'
       '"Lone Parents and Conditionality","Okafor, Helen",2008,Social Policy Review,,/home/u/okafor.md\r\n')


def test_sidecars_load_bibtex_ris_csv(tmp_path):
    (tmp_path / "a.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "a.ris").write_text(RIS, encoding="utf-8")
    (tmp_path / "a.csv").write_text(CSV, encoding="utf-8")
    bib = load_sidecar(tmp_path / "a.bib")
    assert bib[0].title == "Work First and the Co-production of Employability"
    assert bib[0].authors == ["Morag Kerr", "Eva Sørensen"] and bib[0].venue == "Policy & Politics"
    assert bib[0].files == ["kerr.txt"] and bib[1].venue == "IEPS"
    ris = load_sidecar(tmp_path / "a.ris")[0]
    assert (ris.title, ris.year, ris.doi, ris.authors) == ("Localism and Activation", 2018, "10.5555/lgs.2018.2",
                                                           ["Kwame Osei"])
    csv = load_sidecar(tmp_path / "a.csv")[0]
    assert (csv.year, csv.files, csv.authors) == (2008, ["okafor.md"], ["Helen Okafor"])


def test_sidecars_match_by_file_doi_and_fuzzy_title(tmp_path):
    (tmp_path / "a.bib").write_text(BIB, encoding="utf-8")
    index = SidecarIndex(load_sidecar(tmp_path / "a.bib"))
    assert index.match(path="x/kerr.txt", doi=None, title=None)[1] == "file name"
    assert index.match(path="x/y.pdf", doi="https://doi.org/10.5555/PP.2012.1", title=None)[1] == "doi"
    assert index.match(path="x/y.pdf", doi=None, title="Payment by results.")[1] == "title"
    assert index.match(path="x/y.pdf", doi=None, title="Something else entirely") is None


def test_sidecars_bad_file_named_in_error(tmp_path):
    (tmp_path / "bad.csv").write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(MetadataError, match="bad.csv: no Title, DOI or File column"):
        load_sidecar(tmp_path / "bad.csv")


def test_sidecars_win_over_the_document_and_record_their_source(corpus, store):
    root = corpus({
        "kerr.txt": "Work first and co-production\n\nM. Kerr\n\nAccepted for publication in Some Journal, 2011\n\n"
                    "Introduction\n\n" + "Activation of lone parents in employability services. " * 5,
        "library.bib": BIB,
    })
    report = ingest_corpus(root, store, jobs=1)
    assert report.ok and report.sidecar_matches == 1
    doc = next(store.iter_documents())
    assert doc.year == 2012 and doc.venue == "Policy & Politics" and doc.authors == ["Morag Kerr", "Eva Sørensen"]
    assert doc.meta_sources["year"] == "sidecar:library.bib (matched by file name)"
    # the sidecar goes away: the document's own metadata comes back without re-reading the file
    (root / "library.bib").unlink()
    ingest_corpus(root, store, jobs=1)
    doc = next(store.iter_documents())
    assert doc.year == 2011 and doc.meta_sources["year"] == "accepted-for-publication"


def test_sidecars_broken_sidecar_fails_alone(corpus, store):
    root = corpus({"a.txt": "Title\n\n" + "Text about partnership working. " * 5, "broken.ris": b"\x00\x00\x00"})
    report = ingest_corpus(root, store, jobs=1)
    assert [p.split("/")[-1] for p, _ in report.failed] == ["broken.ris"] and len(report.added) == 1
