"""Issue 13 fields: a work without author (its title in the author's place), DOIs and URLs cut by line breaks or
in the old SICI form, and initials "M. A." that are no degree of a biography. Strings made up for these tests."""

from litmine.citations.list_entries import clean_list_entries
from litmine.citations.reference_rules import find_doi, join_broken_doi, join_broken_url
from litmine.citations.references import parse_reference


def test_untitled_work_title_in_author_place_before_an_address():
    r = parse_reference("Tide Table Planner. (2021). https://tides.example.org/planner; Accessed on 2021-03-04.")
    assert r.title == "Tide Table Planner"
    assert r.authors == []
    assert r.year == 2021


def test_untitled_work_with_no_date_and_in_container():
    r = parse_reference("Careers in geology. (n.d.). In Rock Society Online. https://rocks.example.org/careers.")
    assert r.title == "Careers in geology"
    assert r.container == "Rock Society Online"
    assert r.authors == []
    r = parse_reference("Fieldwork skills. (n.d.). In GSA Education. https://gsa.example.org/fieldwork-skills.")
    assert (r.title, r.container, r.authors) == ("Fieldwork skills", "GSA Education", [])


def test_untitled_rule_keeps_authors_with_initials_or_a_title_after_the_date():
    r = parse_reference("Okafor, B. (2020). https://okafor.example.net")
    assert r.authors and r.authors[0]["surname"] == "Okafor"
    r = parse_reference("Okafor BT. (2020). https://okafor.example.net")
    assert r.authors and r.authors[0]["surname"] == "Okafor"
    r = parse_reference("Stats Working Team. (2020). Q: A system for tidy survey tables. Lagos: Q Foundation.")
    assert r.authors and r.authors[0]["surname"] == "Stats Working Team"
    assert r.title == "Q: A system for tidy survey tables"


def test_sici_doi_with_angle_brackets_is_whole():
    raw = ("Lindqvist, E. (1997). Ponds. Journal of Small Waters, 12(3), 301–309. "
           "doi:10.1002/(SICI)1234-5678(199703)12:3<301::AID-JSW4>3.0.CO;2-B")
    assert find_doi(raw) == "10.1002/(SICI)1234-5678(199703)12:3<301::AID-JSW4>3.0.CO;2-B"
    assert parse_reference(raw).doi == "10.1002/(SICI)1234-5678(199703)12:3<301::AID-JSW4>3.0.CO;2-B"


def test_sici_doi_broken_by_a_line_is_joined():
    raw = "Teacher, 41. doi:10.1662/0002-7685(2004) 41[12:ABCDEF]2.0.CO;2"
    assert find_doi(raw) == "10.1662/0002-7685(2004)41[12:ABCDEF]2.0.CO;2"


def test_doi_chapter_suffix_after_a_break_is_joined_but_a_following_word_is_not():
    assert find_doi("Handbook, 1–12. https://doi.org/10.1002/9780000000001. ch7") == "10.1002/9780000000001.ch7"
    assert find_doi("Nature, 5, 1. https://doi.org/10.1038/123456a. accessed 2020") == "10.1038/123456a"
    assert join_broken_doi("doi:10.1000/abc1. In press") == "doi:10.1000/abc1. In press"


def test_url_broken_by_a_line_is_joined_but_a_following_sentence_is_not():
    assert join_broken_url("From https://pkgs. example-project.org/package=tidy") == \
        "From https://pkgs.example-project.org/package=tidy"
    assert join_broken_url("https://www.example.info/ Deep/Page.aspx; Accessed") == \
        "https://www.example.info/Deep/Page.aspx; Accessed"
    assert join_broken_url("See https: //example.org/x") == "See https://example.org/x"
    assert join_broken_url("https://example.org/. Accessed 2020-01-01.") == "https://example.org/. Accessed 2020-01-01."


def test_initials_m_a_are_no_degree_of_a_biography():
    entries = ["Ngata, M. A., Field, T. L., & Ruiz, P. (2019). Skills that employers seek. Teaching Today, 20(1), 68–84.",
               "Aroha Ngata, M.A., teaches geography at the University of Otago since 2009."]
    assert clean_list_entries(entries) == entries[:1]


def test_issue_with_a_letter_prefix_keeps_it():
    r = parse_reference("Okoro, D. A., & Lund, E. W. (2013). SeqBank. Nucleic Acid Letters, 44(D1), D10–D17.")
    assert (r.volume, r.issue) == ("44", "D1")
    r = parse_reference("Varga, D. M. A., & Ito, R. K. (2011). Sea portals. Journal of Digital Oceans, 5(sup2), 12–30.")
    assert (r.volume, r.issue) == ("5", "sup2")
    r = parse_reference("Varga, D. (2011). Sea portals. Journal of Digital Oceans, 5(2), 12–30.")
    assert (r.volume, r.issue) == ("5", "2")


def test_percent_escaped_brackets_of_a_doi_link_are_decoded():
    raw = "Ecology, 7(1), 1–4. https://doi.org/10.1890/0012-3456(2001)007%5B0001:ABCD%5D2.0.CO;2"
    assert find_doi(raw) == "10.1890/0012-3456(2001)007[0001:ABCD]2.0.CO;2"


def test_untitled_rule_when_italics_left_the_title_in():
    from litmine.citations.references import _title_in_author_place
    from litmine.models import Reference
    text = "Field skills. (n.d.). In GSA Education. https://gsa.example.org/field-skills."
    ref = Reference(index=0, raw=text, authors=[{"surname": "skills", "given": "Field"}], title="In",
                    container="GSA Education")
    _title_in_author_place(text, ref)
    assert (ref.title, ref.container, ref.authors) == ("Field skills", "GSA Education", [])


def test_a_quoted_word_opening_a_title_does_not_end_it():
    for q1, q2 in (('"', '"'), ("“", "”")):
        r = parse_reference(f"Lund, A. (2017). {q1}Open{q2} data in classrooms: A review. Computers & Education, "
                            "115, 1–10.")
        assert r.title == f"{q1}Open{q2} data in classrooms: A review"
        assert r.container == "Computers & Education"


def test_a_quoted_title_still_ends_at_its_quote():
    r = parse_reference("Lund, A. (2017) ‘Open data’, Computers & Education, 115, 1–10.")
    assert (r.title, r.container) == ("Open data", "Computers & Education")
    r = parse_reference("Lund, A. (2017) ‘Open data in classrooms’ in: B. Ng (ed.), Data, London: Sage.")
    assert r.title == "Open data in classrooms"
    r = parse_reference("Lund, A. (2017) ‘Open data’ paper presented at the Data Conference, Oslo.")
    assert r.title == "Open data"


def test_bracketed_kind_of_work_is_no_part_of_the_title_but_a_translation_is():
    r = parse_reference("Ng, T. (2019). GeoTeach [Jupyter notebooks]. GitHub. https://github.com/ng/geoteach")
    assert r.title == "GeoTeach"
    r = parse_reference("Ng, T. (2019). GeoTeach (Version 2.1) [Computer software]. https://github.com/ng/geoteach")
    assert r.title == "GeoTeach"
    r = parse_reference("Okafor, P. (1963). Die Flüsse denken zuviel [Rivers think too much], München: Kindl.")
    assert r.title == "Die Flüsse denken zuviel [Rivers think too much]"


def test_author_list_cut_by_a_passage_break_goes_on_and_opens_its_own_entry():
    from litmine.citations.references import merge_reference_passages
    pieces = ["Lessons. (n.d.). Retrieved May 2, 2021, from https://rivers.example.org/lessons/",
              "Amadi, J. G., Berg-Lund, A. T., Cho, Z. M., van der Berg, L. E.,",
              "Dahl, J. L., & Eze, J. J. (2020). Gauges in the field. River Letters, 9, e4981.",
              "Fry, K. (2019). Weirs. Water, 3, 1–9."]
    assert merge_reference_passages(pieces) == [
        pieces[0], pieces[1] + " " + pieces[2], pieces[3]]


def test_a_proceedings_name_with_its_year_opens_no_entry():
    from litmine.citations.references import merge_reference_passages
    entry = ("Ito, A., & Berg, P. (2017). Grading handwritten work at scale. Proceedings of the Fourth (2017) ACM "
             "Conference on Scalable Learning, 81–88. https://doi.org/10.1000/1234567.1234568")
    assert merge_reference_passages([entry]) == [entry]
