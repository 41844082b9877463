import pytest

from litmine.errors import MetadataError
from litmine.ingest import ingest_corpus
from litmine.ingest.sidecars import SidecarIndex, SidecarRecord, load_sidecar

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


def _index(*records):
    return SidecarIndex(list(records))


def test_sidecars_title_match_needs_the_same_words_not_a_near_one():
    scotland = SidecarRecord("lib.bib", title="Employability Services for Lone Parents in Scotland",
                             authors=["Morag Kerr"], creators=[{"family": "Kerr", "given": "Morag"}], year=2012,
                             doi="10.5555/scot")
    index = _index(scotland)
    found = index.find(path="a.pdf", doi=None, title="Employability services for lone parents in England",
                       year=2012, authors=["Morag Kerr"])
    assert found.record is None
    # the same title up to case, punctuation, accents and spacing does match
    hit = index.find(path="a.pdf", doi=None, title="Employability services for lone-parents in SCOTLAND.",
                     year=2012, authors=["Morag Kerr"])
    assert hit.record is scotland and hit.how == "title"


def test_sidecars_title_match_rejects_another_year_and_says_so():
    report_2016 = SidecarRecord("lib.ris", title="Annual Report", year=2016,
                                creators=[{"literal": "Büro für Arbeitsmarktpolitik"}])
    index = _index(report_2016)
    found = index.find(path="ar2015.pdf", doi=None, title="Annual report", year=2015)
    assert found.record is None and "year 2016 is not 2015" in found.problem
    # the 2015 and 2016 editions of a numbered report never match each other
    index = _index(SidecarRecord("lib.bib", title="Annual report 2016", year=2016))
    assert index.find(path="x.pdf", doi=None, title="Annual report 2015", year=None).record is None
    # one year apart is allowed only when the first authors agree
    kerr = SidecarRecord("lib.bib", title="Work First", year=2013, creators=[{"family": "Kerr", "given": "M."}])
    assert _index(kerr).find(path="x.pdf", doi=None, title="Work first", year=2012,
                             authors=["Morag Kerr"]).record is kerr
    assert _index(kerr).find(path="x.pdf", doi=None, title="Work first", year=2012).record is None
    other = _index(kerr).find(path="x.pdf", doi=None, title="Work first", year=2013, authors=["Jon Baird"])
    assert other.record is None and "first author" in other.problem


def test_sidecars_title_match_allows_one_year_not_two_even_with_the_same_author():
    # a preprint year beside the journal year is one apart; two apart is another edition, whoever wrote it
    weiss = SidecarRecord("lib.bib", title="Aktivierung und Teilhabe", year=2014,
                          creators=[{"family": "Weiß", "given": "Jürgen"}])
    for year, matches in ((2013, True), (2015, True), (2012, False), (2016, False), (2014, True)):
        found = _index(weiss).find(path="x.pdf", doi=None, title="Aktivierung und Teilhabe", year=year,
                                   authors=["Jürgen Weiß"])
        assert (found.record is weiss) is matches, year
        assert matches or found.problem == "a sidecar record (lib.bib) has this title but its year 2014 is not " \
            f"{year}: not applied"


def test_sidecars_two_fitting_records_make_no_match():
    a = SidecarRecord("a.bib", title="Welfare Reform", year=2010, venue="Journal A")
    b = SidecarRecord("b.bib", title="Welfare reform", year=2010, venue="Journal B")
    found = _index(a, b).find(path="w.pdf", doi=None, title="Welfare Reform", year=2010)
    assert found.record is None and "2 sidecar records" in found.problem


BRACED = r"""@report{lords2011,
  author = {{House of Lords Science and Technology Select Committee}},
  title = {Behaviour Change}, year = {2011}, institution = {House of Lords}
}
@article{mixed, author = {{House of Lords Science and Technology Select Committee} and Smith, John and
  M{\"u}ller, J{\"u}rgen and van der Berg, Jan}, title = {Nudging}, year = {2012}}
@report{ipcc, author = {{Intergovernmental Panel on Climate Change}}, title = {Climate Change 2007}, year = {2007}}
@report{covid, author = {{UK} Covid-19 Inquiry and World Health Organization}, title = {Module 1}, year = {2024}}
"""


def test_sidecars_braced_bibtex_names_kept_whole(tmp_path):
    (tmp_path / "c.bib").write_text(BRACED, encoding="utf-8")
    lords, mixed, ipcc, covid = load_sidecar(tmp_path / "c.bib")
    assert lords.authors == ["House of Lords Science and Technology Select Committee"]
    assert lords.creators == [{"literal": "House of Lords Science and Technology Select Committee"}]
    assert mixed.creators == [{"literal": "House of Lords Science and Technology Select Committee"},
                              {"family": "Smith", "given": "John"}, {"family": "Müller", "given": "Jürgen"},
                              {"family": "van der Berg", "given": "Jan"}]
    assert mixed.authors[1:] == ["John Smith", "Jürgen Müller", "Jan van der Berg"]
    assert ipcc.creators == [{"literal": "Intergovernmental Panel on Climate Change"}]
    # organisations an exporter left unbraced are still kept whole
    assert covid.creators == [{"literal": "UK Covid-19 Inquiry"}, {"literal": "World Health Organization"}]


def test_sidecars_ris_and_csv_creators(tmp_path):
    (tmp_path / "a.ris").write_text("TY  - RPRT\nAU  - UK Covid-19 Inquiry\nAU  - Øvergaard, Siri\nTI  - Module 1"
                                    "\nPY  - 2024\nER  - \n", encoding="utf-8")
    (tmp_path / "a.csv").write_text('Title,Author,Year\r\nEnergy,"{Department for Business, Energy and Industrial '
                                    'Strategy}; Kerr, Morag; HM Treasury",2019\r\n', encoding="utf-8")
    ris = load_sidecar(tmp_path / "a.ris")[0]
    assert ris.creators == [{"literal": "UK Covid-19 Inquiry"}, {"family": "Øvergaard", "given": "Siri"}]
    csv = load_sidecar(tmp_path / "a.csv")[0]
    assert csv.creators == [{"literal": "Department for Business, Energy and Industrial Strategy"},
                            {"family": "Kerr", "given": "Morag"}, {"literal": "HM Treasury"}]
    assert csv.authors == ["Department for Business, Energy and Industrial Strategy", "Morag Kerr", "HM Treasury"]


def test_sidecars_creators_reach_the_store(corpus, store):
    root = corpus({"lords.txt": "Behaviour Change\n\nIntroduction\n\n" + "Nudges in public policy. " * 8,
                   "lib.bib": BRACED.replace("lords2011,", "lords2011, file = {lords.txt},")})
    report = ingest_corpus(root, store, jobs=1)
    assert report.ok and report.sidecar_matches == 1
    doc = next(store.iter_documents())
    assert doc.creators == [{"literal": "House of Lords Science and Technology Select Committee"}]
    assert doc.authors == ["House of Lords Science and Technology Select Committee"]


def test_sidecars_near_misses_apply_nothing_and_say_why(corpus, store):
    bib = (r"@article{scot, title = {Employability Services for Lone Parents in Scotland}, author = {Kerr, Morag},"
           r" year = {2012}, doi = {10.5555/scot}}" "\n"
           r"@report{ar16, title = {Annual Report on Activation Services}, author = {{Büro für Arbeitsmarktpolitik}},"
           r" year = {2016}}" "\n")
    root = corpus({
        "england.md": "# Employability Services for Lone Parents in England\n\nMorag Kerr\n\nPublished 2012\n\n"
                      + "Lone parents and employability services in England. " * 6,
        "annual.md": "# Annual Report on Activation Services\n\nPublished 2015\n\n"
                     + "Arbeitsmarktpolitik für Alleinerziehende. " * 6,
        "lib.bib": bib,
    })
    events = []
    report = ingest_corpus(root, store, jobs=1, on_event=lambda kind, path, msg: events.append((kind, path, msg)))
    assert report.ok and report.sidecar_matches == 0
    docs = {d.path.rsplit("/", 1)[-1]: d for d in store.iter_documents()}
    assert docs["england.md"].title == "Employability Services for Lone Parents in England"
    assert docs["england.md"].doi is None
    assert not any(s.startswith("sidecar") for s in docs["annual.md"].meta_sources.values())
    lines = [(p.rsplit("/", 1)[-1], m) for k, p, m in events if k == "sidecar"]
    assert lines == [("annual.md", "a sidecar record (lib.bib) has this title but its year 2016 is not 2015: "
                                   "not applied")]


def test_sidecars_bibtex_latex_decoded_with_bibtexparser2_tools(tmp_path):
    # names split by bibtexparser 2's parser, LaTeX decoded by pylatexenc (bibtexparser 1's tables gave "øe uvre",
    # "łód\\" and "r̆l..." for these), a Windows path in `file` unescaped, not read as LaTeX
    bib = tmp_path / "lib.bib"
    bib.write_text("@book{k1, author = {{\\L}{\\'o}dzki, Pawe{\\l} and van der Berg, Jan}, title = {L'\\oe uvre "
                   "{\\`a} {\\L}{\\'o}d{\\'z}: \\url{https://x.org/a\\_b}}, year = 2020, "
                   "file = {Full Text:C\\:\\\\Users\\\\me\\\\Ærø paper.pdf:application/pdf}}\n", encoding="utf-8")
    (record,) = load_sidecar(bib)
    assert record.title == "L'œuvre à Łódź: https://x.org/a_b"
    assert record.creators == [{"family": "Łódzki", "given": "Paweł"}, {"family": "van der Berg", "given": "Jan"}]
    assert record.files == ["ærø paper.pdf"] and record.paths == ["C:/Users/me/Ærø paper.pdf"]
