from litmine.citations.works import build_works, fold
from litmine.models import Document, Reference


def ref(doc_id, index, surname, year, title, doi=None, given="C."):
    return Reference(index=index, raw=f"{surname}, {given} ({year}) {title}.", authors=[{"surname": surname,
                     "given": given}], year=year, title=title, doi=doi, doc_id=doc_id, type="article")


def test_works_same_work_printed_differently_is_one_work():
    refs = [ref("d1", 0, "Sørensen", 2011, "Enhancing collaborative innovation in the public sector"),
            ref("d2", 4, "Sorensen", 2011, "Enhancing Collaborative Innovation in the Public Sector", given="Eva"),
            ref("d3", 1, "Sørensen", 2011, "Enhancing collaborative innovation in the public sector: a review")]
    works, which = build_works(refs, [])
    assert len(works) == 1 and len(set(which.values())) == 1


def test_works_same_author_year_different_titles_stay_apart():
    refs = [ref("d1", 0, "Lindsay", 2007, "The United Kingdom's work first welfare state"),
            ref("d1", 1, "Lindsay", 2007, "Activating the unemployed through employability policies")]
    works, which = build_works(refs, [])
    assert len(works) == 2 and which[("d1", 0)] != which[("d1", 1)]


def test_works_doi_wins_over_title_differences():
    refs = [ref("d1", 0, "Osborne", 2006, "The New Public Governance?", doi="10.1080/14719030600853022"),
            ref("d2", 0, "Osborn", 2006, "NPG", doi="10.1080/14719030600853022")]
    works, which = build_works(refs, [])
    assert len(works) == 1 and works[0].doi == "10.1080/14719030600853022"


def test_works_corpus_document_is_a_work_its_citers_point_to():
    doc = Document(id="kerr", path="corpus/kerr.pdf", format="pdf", title="Payment by Results and Creaming",
                   authors=["Siobhan Kerrigan", "David Lowther"], year=2012)
    refs = [ref("d9", 2, "Kerrigan", 2012, "Payment by results and creaming", given="S.")]
    works, which = build_works(refs, [doc])
    assert len(works) == 1 and works[0].doc_id == "kerr" and which[("d9", 2)] == works[0].id


def test_works_fold():
    assert fold("Sørensen Löffler Núñez Straße") == "sorensen loffler nunez strasse"


def test_works_transliterated_surnames_are_one_author():
    refs = [ref("d1", 0, "Sørensen", 2011, "Enhancing collaborative innovation"),
            ref("d2", 0, "Soerensen", 2011, "Enhancing collaborative innovation")]
    works, _ = build_works(refs, [])
    assert len(works) == 1
