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


def lettered(doc_id, index, surname, year, suffix, title, year_text=None, authors=None):
    return Reference(index=index, raw=f"{surname} ({year or year_text}{suffix}) {title}.",
                     authors=authors or [{"surname": surname, "given": "A."}], year=year, year_suffix=suffix,
                     year_text=year_text, title=title, doc_id=doc_id, type="article")


def test_works_year_suffixes_in_one_list_are_two_works():
    # titles alike enough to merge without the suffixes
    refs = [lettered("d1", 0, "Furnham", 1990, "a", "The Protestant work ethic"),
            lettered("d1", 1, "Furnham", 1990, "b", "The Protestant work ethic: a review"),
            lettered("d2", 5, "Furnham", 1990, "", "The Protestant work ethic: a review")]
    works, which = build_works(refs, [])
    assert which[("d1", 0)] != which[("d1", 1)]
    assert which[("d2", 5)] in (which[("d1", 0)], which[("d1", 1)])


def test_works_suffix_on_one_side_decided_by_title():
    refs = [lettered("d1", 0, "Furnham", 1990, "a", "The Protestant work ethic"),
            lettered("d1", 1, "Furnham", 1990, "b", "Economic socialization of children"),
            lettered("d2", 2, "Furnham", 1990, "", "Economic socialisation of children"),
            lettered("d3", 7, "Furnham", 1990, "a", "Economic socialization of children")]
    _, which = build_works(refs, [])
    assert which[("d2", 2)] == which[("d1", 1)] != which[("d1", 0)]
    assert which[("d3", 7)] == which[("d1", 1)]  # another list's "1990a" is this list's "1990b"


def test_works_one_work_printed_many_ways():
    bl = [{"surname": "Bovaird", "given": "T."}, {"surname": "Löffler", "given": "E."}]
    refs = [lettered("d1", 0, "Bovaird", 2003, "", "Public Management and Governance", authors=bl),
            lettered("d2", 3, "Bovaird", 2003, "", "Public management & governance: an introduction",
                     authors=[{"surname": "Bovaird", "given": "Tony"}, {"surname": "Loffler", "given": "Elke"}]),
            lettered("d3", 1, "Bovaird", 2003, "", "Public managment and governance", authors=bl),
            lettered("d4", 9, "BOVAIRD", 2003, "", "Public Management and Governance. London: Routledge",
                     authors=[{"surname": "BOVAIRD", "given": "T."}])]
    works, which = build_works(refs, [])
    assert len(works) == 1 and len(set(which.values())) == 1


def test_works_forthcoming_and_in_press_are_one_work():
    refs = [lettered("d1", 0, "Nørgaard", None, "", "Street-level discretion in activation", year_text="forthcoming"),
            lettered("d2", 4, "Norgaard", None, "", "Street-level discretion in activation", year_text="in press"),
            lettered("d3", 2, "Nørgaard", 2019, "", "Street-level discretion in activation work"),
            lettered("d4", 6, "Nørgaard", None, "", "Caseworkers and the unemployed", year_text="in press")]
    _, which = build_works(refs, [])
    assert which[("d1", 0)] == which[("d2", 4)] == which[("d3", 2)]
    assert which[("d4", 6)] != which[("d1", 0)]  # same author, not yet out, another title


def test_works_same_first_author_and_year_clearly_different_titles_stay_apart():
    refs = [lettered("d1", 0, "Müller", 2010, "", "Arbeitsmarktpolitik in Deutschland"),
            lettered("d2", 0, "Mueller", 2010, "", "Wohlfahrtsstaat und Familie"),
            lettered("d3", 0, "Müller", 2010, "", "Arbeitsmarktpolitik in Österreich")]
    works, which = build_works(refs, [])
    assert len(set(which.values())) == 3


def test_works_corporate_authors_are_one_work_across_documents():
    refs = [lettered("d1", 0, "", 2023, "", "R: A language and environment for statistical computing",
                     authors=[{"literal": "R Core Team"}]),
            lettered("d2", 3, "", 2023, "", "R: A Language and Environment for Statistical Computing",
                     authors=[{"literal": "R Core Team"}])]
    works, which = build_works(refs, [])
    assert len(works) == 1 and which[("d1", 0)] == which[("d2", 3)]


def test_works_short_citation_in_a_footnote_joins_the_full_entry():
    full = lettered("d1", 0, "Kment", 2006, "", "Ziele der Raumordnung – Anforderungen an ihre Bestimmtheit")
    short = Reference(index=7, raw="Kment 2006: 1336 ff.", authors=[{"surname": "Kment"}], year=2006,
                      title="1336 ff.", doc_id="d1", source="footnote")
    other = lettered("d1", 2, "Kment", 2010, "", "Raumordnungsgesetz")
    _, which = build_works([full, short, other], [])
    assert which[("d1", 7)] == which[("d1", 0)] != which[("d1", 2)]


def test_works_other_co_author_needs_the_same_title():
    a = lettered("d1", 0, "Adhikari", 2021, "", "Computational and inferential thinking: the foundations of data "
                 "science", authors=[{"surname": "Adhikari"}, {"surname": "DeNero"}, {"surname": "Wagner"}])
    b = lettered("d2", 0, "Adhikari", 2021, "", "Interleaving computational and inferential thinking: data science "
                 "for undergraduates", authors=[{"surname": "Adhikari"}, {"surname": "Jordan"}])
    c = lettered("d3", 0, "Adhikari", 2021, "", "Computational and Inferential Thinking: The Foundations of Data "
                 "Science", authors=[{"surname": "Adhikari"}, {"surname": "DeNero"}])
    _, which = build_works([a, b, c], [])
    assert which[("d1", 0)] == which[("d3", 0)] != which[("d2", 0)]


def test_works_footnote_short_citation_with_prose_joins_the_one_full_entry():
    duo = [{"surname": "Kaindl", "given": "Markus"}, {"surname": "Dörfler", "given": "Sonja"}]
    full = Reference(index=0, raw="Kaindl, Markus und Dörfler, Sonja (2007): Einstellungen zum Erwerbsverhalten von "
                     "Müttern. Wien.", authors=duo, year=2007, title="Einstellungen zum Erwerbsverhalten von Müttern",
                     doc_id="d1")
    short = Reference(index=9, raw="Kaindl / Dörfler (2007) Erwerbswahrscheinlichkeit der Fokusgruppe (52 %).",
                      authors=[{"surname": "Kaindl"}, {"surname": "Dörfler"}], year=2007,
                      title="Erwerbswahrscheinlichkeit der Fokusgruppe", doc_id="d1", source="footnote")
    elsewhere = Reference(index=3, raw="Kaindl / Dörfler (2007) Väter in Elternkarenz.", authors=duo, year=2007,
                          title="Väter in Elternkarenz", doc_id="d2", source="footnote")
    _, which = build_works([full, short, elsewhere], [])
    assert which[("d1", 9)] == which[("d1", 0)] != which[("d2", 3)]  # only within the citing document


def test_works_policy_footnotes_by_one_body_in_one_year_stay_apart():
    agency = [{"literal": "UK Space Agency"}]
    a = Reference(index=0, raw="UK Space Agency, The Size and Health of the UK Space Industry 2023, 26 July 2024",
                  authors=agency, year=2023, title="The Size and Health of the UK Space Industry", doc_id="r",
                  source="footnote")
    b = Reference(index=1, raw="UK Space Agency, Space Sector Skills Survey 2023 Report, 13 September 2023",
                  authors=agency, year=2023, title="Space Sector Skills Survey 2023 Report", doc_id="r",
                  source="footnote")
    _, which = build_works([a, b], [])
    assert which[("r", 0)] != which[("r", 1)]
