import pytest

from litmine.citations.cite import build_author_names, build_citation, build_citation_name, build_citation_names
from litmine.citations.reference_names import creator_display, creator_from_name, creator_inverted, is_corporate
from litmine.export.review import build_review_bibtex
from litmine.models import Document


@pytest.mark.parametrize("name", ["UK Covid-19 Inquiry", "Intergovernmental Panel on Climate Change", "HM Government",
                                  "HM Treasury", "House of Lords Science and Technology Select Committee",
                                  "Post Office Horizon IT Inquiry", "Bundesministerium für Arbeit und Soziales"])
def test_cite_names_organisations_are_corporate(name):
    assert is_corporate(name)


@pytest.mark.parametrize("name", ["Morag Kerr", "Jürgen Müller", "Ludwig van Beethoven", "Seán Ó Briain"])
def test_cite_names_persons_are_not_corporate(name):
    assert not is_corporate(name)


def test_cite_names_corporate_authors_cited_whole_from_author_strings():
    # not "(Change, 2011, p. 35)" nor "(Inquiry, 2024, p. 200)"
    assert build_citation(build_citation_name(["Intergovernmental Panel on Climate Change"], 2011)) == \
        "(Intergovernmental Panel on Climate Change, 2011)"
    assert build_citation_name(["UK Covid-19 Inquiry"], 2024) == "UK Covid-19 Inquiry, 2024"
    assert build_citation_name(["HM Government", "Jürgen Müller"], 2019) == "HM Government and Müller, 2019"


def test_cite_names_creators_decide_when_present():
    lords = [{"literal": "House of Lords Science and Technology Select Committee"}]
    # an author string that reads as a person is still cited whole when the creators say it is an organisation
    assert build_citation_name(["Joint Working Party"], 2011, creators=[{"literal": "Joint Working Party"}]) == \
        "Joint Working Party, 2011"
    assert build_citation_name(["House of Lords Science and Technology Select Committee"], 2011, creators=lords) == \
        "House of Lords Science and Technology Select Committee, 2011"
    persons = [{"family": "van der Berg", "given": "Jan"}, {"family": "Øvergaard", "given": "Siri"}]
    assert build_author_names(["Jan van der Berg", "Siri Øvergaard"], persons) == ["van der Berg", "Øvergaard"]
    docs = [Document("d1", "a.pdf", "pdf", title="Behaviour Change", authors=[lords[0]["literal"]], year=2011,
                     creators=lords),
            Document("d2", "b.pdf", "pdf", title="Nudge", authors=["Jan van der Berg", "Siri Øvergaard"], year=2011,
                     creators=persons)]
    assert build_citation_names(docs) == {"d1": "House of Lords Science and Technology Select Committee, 2011",
                                          "d2": "van der Berg and Øvergaard, 2011"}


def test_cite_names_review_bibtex_keeps_organisations_whole():
    doc = Document("d1", "a.pdf", "pdf", title="Behaviour Change", year=2011,
                   authors=["House of Lords Science and Technology Select Committee", "Jürgen Müller"],
                   creators=[{"literal": "House of Lords Science and Technology Select Committee"},
                             {"family": "Müller", "given": "Jürgen"}])
    assert "author = {{House of Lords Science and Technology Select Committee} and Müller, Jürgen}" in \
        build_review_bibtex([doc])


@pytest.mark.parametrize("name", ["Kerr, Morag", "van der Berg, Jan", "UK Covid-19 Inquiry", "Øvergaard, Siri",
                                  "{Department for Business, Energy and Industrial Strategy}", "OECD"])
def test_cite_names_creator_cells_read_back_the_same(name):
    c = creator_from_name(name)
    assert creator_inverted(c) == name and creator_from_name(creator_inverted(c)) == c
    assert "{" not in creator_display(c)
