from litmine.citations.link import find_uncited, link_citations, normalise_surname
from litmine.models import Citation, Reference


def ref(index, *surnames, year=None, suffix="", year_text=None, raw=None):
    authors = [{"surname": s, "given": "A."} for s in surnames]
    printed = f"{year}{suffix}" if year else (year_text or "")
    return Reference(index=index, raw=raw or f"{', '.join(surnames)} ({printed}) A title. A journal.",
                     authors=authors, year=year, year_suffix=suffix, year_text=year_text)


def cite(*authors, year=None, suffix="", et_al=False, year_text=None):
    return Citation(start=0, end=1, surface="x", authors=list(authors), year=year, year_suffix=suffix, et_al=et_al,
                    year_text=year_text)


def link(citation, refs):
    link_citations([citation], refs)
    return citation.reference_index


def test_link_normalise_surname_folds_case_diacritics_transliterations():
    assert {normalise_surname(n) for n in ("Sørensen", "Sorensen", "Soerensen", "SORENSEN")} == {"sorensen"}
    assert {normalise_surname(n) for n in ("Löffler", "Loffler", "Loeffler")} == {"loffler"}
    assert {normalise_surname(n) for n in ("Müller", "Muller", "Mueller")} == {"muller"}
    assert normalise_surname("Núñez") == normalise_surname("Nunez")
    assert normalise_surname("Straße") == normalise_surname("Strasse")
    assert normalise_surname("Ærø") == normalise_surname("Aero")
    assert normalise_surname("Lo\u0308ffler") == "loffler"  # decomposed umlaut from a PDF


def test_link_normalise_surname_ignores_particles_and_their_order():
    assert normalise_surname("van Berkel") == normalise_surname("Berkel, R. van") == normalise_surname("Van Berkel")
    assert normalise_surname("d’Humieres") == normalise_surname("d' Humieres") == "humieres"
    assert normalise_surname("O'Connor") == "oconnor"


def test_link_first_author_and_year():
    refs = [ref(0, "Kerr", year=2012), ref(1, "Lindsay", year=2005), ref(2, "Lindsay", year=2007)]
    c = cite("Lindsay", year=2007)
    link_citations([c], refs)
    assert (c.reference_index, c.confidence, c.unlinked_reason) == (2, 1.0, None)


def test_link_transliterated_and_particle_names():
    refs = [ref(0, "Sørensen", "Torfing", year=2018), ref(1, "Berkel", year=2010, raw="Berkel, R. van (2010) X."),
            ref(2, "Müller", year=2009)]
    assert link(cite("Soerensen", "Torfing", year=2018), refs) == 0
    assert link(cite("van Berkel", year=2010), refs) == 1
    assert link(cite("Mueller", year=2009), refs) == 2
    assert link(cite("Duncan Smith", year=2010), [ref(0, "Iain Duncan Smith", year=2010)]) == 0
    assert link(cite("Car-bone", year=2015), [ref(0, "Carbone", year=2015)]) == 0  # a line-break hyphen


def test_link_et_al_prefers_three_or_more_authors():
    refs = [ref(0, "Lindsay", year=2015), ref(1, "Lindsay", "Kerr", year=2015),
            ref(2, "Lindsay", "Kerr", "Baird", year=2015)]
    assert link(cite("Lindsay", year=2015, et_al=True), refs) == 2
    assert link(cite("Lindsay", year=2015, et_al=True), refs[:2]) == 1  # 2 authors when nothing else matches
    assert link(cite("Lindsay", year=2015), refs) == 0


def test_link_et_al_with_the_names_that_tell_two_works_apart():
    # APA: two 2021 works by Okafor and others both shorten to "Okafor et al., 2021", so the callouts print as
    # many leading names as tell them apart ("Okafor, Brandt, et al., 2021")
    refs = [ref(0, "Okafor", "Brandt", "Ilves", year=2021), ref(1, "Okafor", "Ilves", "Brandt", "Sato", year=2021)]
    assert link(cite("Okafor", "Brandt", year=2021, et_al=True), refs) == 0
    assert link(cite("Okafor", "Ilves", year=2021, et_al=True), refs) == 1
    assert link(cite("Okafor", year=2021, et_al=True), refs) is None  # the plain short form stays ambiguous


def test_link_two_author_callout_matches_both_surnames():
    refs = [ref(0, "Lindsay", "Baird", year=2010), ref(1, "Lindsay", "Kerr", year=2010)]
    c = cite("Lindsay", "Kerr", year=2010)
    link_citations([c], refs)
    assert c.reference_index == 1 and c.confidence == 1.0


def test_link_suffix_printed_in_the_list():
    refs = [ref(0, "Lindsay", year=2007, suffix="b"), ref(1, "Lindsay", year=2007, suffix="a")]
    assert link(cite("Lindsay", year=2007, suffix="a"), refs) == 1
    assert link(cite("Lindsay", year=2007, suffix="b"), refs) == 0


def test_link_suffix_by_order_when_the_list_prints_none():
    refs = [ref(0, "Lindsay", year=2007), ref(1, "Kerr", year=2007), ref(2, "Lindsay", year=2007)]
    assert link(cite("Lindsay", year=2007, suffix="a"), refs) == 0
    assert link(cite("Lindsay", year=2007, suffix="b"), refs) == 2


def test_link_ambiguous_same_author_year():
    refs = [ref(0, "Lindsay", year=2007, suffix="a"), ref(1, "Lindsay", year=2007, suffix="b")]
    c = cite("Lindsay", year=2007)
    link_citations([c], refs)
    assert (c.reference_index, c.unlinked_reason) == (None, "ambiguous: 2 references match")


def test_link_missing_suffix_on_one_side_lowers_confidence():
    c = cite("Lindsay", year=2007, suffix="a")
    link_citations([c], [ref(0, "Lindsay", year=2007)])
    assert c.reference_index == 0 and 0 < c.confidence < 1
    c = cite("Lindsay", year=2007)
    link_citations([c], [ref(0, "Lindsay", year=2007, suffix="a")])
    assert c.reference_index == 0 and 0 < c.confidence < 1


def test_link_one_typo_in_a_long_surname():
    c = cite("Whitwoth", year=2013)
    link_citations([c], [ref(0, "Whitworth", year=2013)])
    assert c.reference_index == 0 and c.confidence < 1
    assert link(cite("Kerrs", year=2012), [ref(0, "Kerr", year=2012)]) is None  # short names: exact only


def test_link_unlinked_reasons():
    refs = [ref(0, "Lindsay", year=2005)]
    c, d = cite("Lindsay", year=2006), cite("Baird", year=2005)
    link_citations([c, d], refs)
    assert (c.reference_index, c.confidence, c.unlinked_reason) == (None, 0.0,
                                                                    "no reference with this author and year")
    assert d.unlinked_reason == "no reference with this author"
    e = cite("Lindsay", year=2005)
    link_citations([e], [])
    assert e.unlinked_reason == "no reference list"


def test_link_corporate_author_and_acronym():
    refs = [ref(0, "Department for Work and Pensions", year=2010,
                raw="Department for Work and Pensions (DWP) (2010) Universal Credit. London: DWP."),
            ref(1, "Scottish Government", year=2015), ref(2, "Organisation for Economic Co-operation and Development",
                                                           year=2015)]
    assert link(cite("DWP", year=2010), refs) == 0
    assert link(cite("Department for Work and Pensions", year=2010), refs) == 0
    assert link(cite("Scottish Government", year=2015), refs) == 1
    assert link(cite("The Scottish Government", year=2015), refs) == 1
    assert link(cite("Department for Work & Pensions", year=2010), refs) == 0
    assert link(cite("OECD", year=2015), refs) == 2
    unsplit = [Reference(index=0, raw="Department for Work and Pensions [DWP] (2012) Annual report.", year=2012)]
    assert link(cite("DWP", year=2012), unsplit) == 0


def test_link_undated_and_forthcoming():
    refs = [ref(0, "Smith", year_text="n.d."), ref(1, "Smith", year_text="forthcoming"), ref(2, "Smith", year=2010)]
    assert link(cite("Smith", year_text="n.d."), refs) == 0
    assert link(cite("Smith", year_text="in press"), refs) == 1


def test_link_german_forthcoming_callout_to_its_entry():
    # "(Ott i. E.)" is the entry "Ott, K. (i. E.)" and "Müller (im Druck)" the entry "Müller (im Erscheinen)": both
    # German words for a work not yet out; the dated entry of the same author is another work
    refs = [ref(0, "Ott", year=2010), ref(1, "Ott", year_text="i. E."), ref(2, "Müller", year_text="im erscheinen")]
    assert link(cite("Ott", year_text="forthcoming"), refs) == 1
    assert link(cite("Müller", year_text="in press"), refs) == 2


def test_link_numeric_by_printed_number_and_by_position():
    printed = [Reference(index=0, raw="[2] Beta, B. (2001) Two."), Reference(index=1, raw="[1] Alpha, A. (2000) One.")]
    c = Citation(start=0, end=3, surface="1", style="numeric", numbers=[1])
    d = Citation(start=0, end=3, surface="7", style="numeric", numbers=[7])
    link_citations([c, d], printed)
    assert c.reference_index == 1 and c.confidence == 1.0
    assert (d.reference_index, d.unlinked_reason) == (None, "no reference numbered 7")
    plain = [Reference(index=0, raw="Alpha, A. (2000) One."), Reference(index=1, raw="Beta, B. (2001) Two.")]
    assert link(Citation(start=0, end=1, surface="2", style="numeric", numbers=[2]), plain) == 1
    dotted = [Reference(index=0, raw="2. Beta."), Reference(index=1, raw="1. Alpha.")]
    assert link(Citation(start=0, end=1, surface="2", style="numeric", numbers=[2]), dotted) == 0


def test_link_find_uncited():
    refs = [ref(0, "Lindsay", year=2005), ref(1, "Kerr", year=2012), ref(2, "Baird", year=2014)]
    cites = [cite("Kerr", year=2012), cite("Nobody", year=2000)]
    link_citations(cites, refs)
    assert find_uncited(refs, cites) == [0, 2]


def test_link_end_to_end_with_found_callouts():
    from litmine.citations.intext import find_callouts

    refs = [ref(0, "Fuertes", "Lindsay", year=2016), ref(1, "Lindsay", year=2005), ref(2, "Lindsay", year=2007),
            ref(3, "Lindsay", year=2007), ref(4, "Sørensen", "Torfing", year=2018)]
    cites = find_callouts("(Fuertes and Lindsay, 2016; Lindsay, 2005, 2007a, b). Sorensen and Torfing (2018: 394)")
    link_citations(cites, refs)
    assert [c.reference_index for c in cites] == [0, 1, 2, 3, 4]


def test_link_corporate_name_the_parser_cut_matches_the_printed_entry():
    # the parser kept only "Community" of two corporate authors; the entries print the whole names
    refs = [Reference(index=0, raw="Canvas Community. (2024). How do I use the gradebook?",
                      authors=[{"surname": "Community"}], year=2024),
            Reference(index=1, raw="Straße Brightspace Community. (2024). Über Noten.",
                      authors=[{"surname": "Community"}], year=2024)]
    assert link(cite("Canvas Community", year=2024), refs) == 0
    assert link(cite("Brightspace Community", year=2024), refs) == 1


def test_link_narrative_noun_before_the_authors_is_dropped_when_no_reference_has_it():
    refs = [ref(0, "Fledderus", "Honingh", year=2016), ref(1, "Łukasik", year=2019)]
    c = Citation(start=10, end=43, surface="Tilburg, Fledderus and Honingh (2016)",
                 authors=["Tilburg", "Fledderus", "Honingh"], year=2016, narrative=True)
    link_citations([c], refs)
    assert (c.reference_index, c.authors, c.surface, c.start) == \
        (0, ["Fledderus", "Honingh"], "Fledderus and Honingh (2016)", 19)
    persons = Citation(start=0, end=5, surface="x", authors=["Smith", "Jones"], year=2016, narrative=False)
    link_citations([persons], [ref(0, "Jones", year=2016)])
    assert persons.reference_index is None  # a parenthetical list is not cut


def test_link_a_name_cited_again_matches_the_same_references_each_time():
    refs = [ref(0, "Kerr", year=2012), ref(1, "Lindsay", year=2005), ref(2, "Lindsay", year=2007)]
    cites = [cite("Lindsay", year=2007), cite("Lindsay", year=2005), cite("Lindsay", year=2001), cite("Kerr", year=2012),
             cite("Lindsay", year=2007)]
    link_citations(cites, refs)
    assert [c.reference_index for c in cites] == [2, 1, None, 0, 2]
    assert cites[2].unlinked_reason == "no reference with this author and year"
    lead = Citation(start=0, end=1, surface="In Tilburg, Lindsay (2005)", authors=["Tilburg", "Lindsay"], year=2005,
                    narrative=True)
    lost = Citation(start=0, end=1, surface="Tilburg (2005)", authors=["Tilburg"], year=2005)
    link_citations([lost, lead, cite("Lindsay", year=2005)], refs)
    assert (lost.reference_index, lead.reference_index, lead.authors) == (None, 1, ["Lindsay"])


def test_link_abbreviation_glossed_before_a_parenthetical_citation():
    # "exploratory analysis (EDA, Tukey, 1977)": the abbreviation is no author; the citation is the rest
    c = cite("EDA", "Tukey", year=1977)
    assert link(c, [ref(0, "Tukey", year=1977), ref(1, "Mosteller", "Tukey", year=1977)]) == 0
    assert c.authors == ["Tukey"]
    assert link(cite("Smith", "Tukey", year=1977), [ref(0, "Tukey", year=1977)]) is None  # a name is no gloss
