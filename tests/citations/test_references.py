"""Reference lists: parsing entries into fields, splitting and merging entries, references in footnotes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from litmine.citations import references as refs
from litmine.citations.reference_names import parse_names
from litmine.citations.references import (find_reference_entries_in_footnote, join_lines, looks_like_reference,
                                          merge_reference_passages, parse_reference, split_references)


def surnames(ref) -> list[str]:
    return [a["surname"] for a in ref.authors]


# ------------------------------------------------------------------------------------------- parse_reference
def test_references_harvard_article():
    r = parse_reference("Lindsay, C. (2007) 'The United Kingdom's work first welfare state', "
                        "Social Policy & Administration, 41(6): 555-572.", index=4)
    assert r.index == 4 and r.source == "list"
    assert r.authors == [{"surname": "Lindsay", "given": "C."}]
    assert (r.year, r.year_suffix, r.year_text) == (2007, "", None)
    assert r.title == "The United Kingdom's work first welfare state"
    assert r.container == "Social Policy & Administration"
    assert (r.volume, r.issue, r.pages) == ("41", "6", "555-572")
    assert r.type == "article"


def test_references_harvard_three_authors_with_en_dash_pages():
    r = parse_reference("Lindsay, C., McQuaid, R. and Dutton, M. (2007) 'New approaches to employability in the "
                        "UK', Journal of Social Policy, 36(4): 539–560.")
    assert r.authors == [{"surname": "Lindsay", "given": "C."}, {"surname": "McQuaid", "given": "R."},
                         {"surname": "Dutton", "given": "M."}]
    assert r.pages == "539-560"
    assert r.container == "Journal of Social Policy"


def test_references_apa_article_with_doi_url():
    r = parse_reference("Romero, C., Paunesku, D., & Dweck, C. (2011). Brainology in the classroom: An online "
                        "growth mindset intervention. Journal of Educational Psychology, 3(2), 1-10. "
                        "https://doi.org/10.1037/a0012345")
    assert surnames(r) == ["Romero", "Paunesku", "Dweck"]
    assert r.year == 2011
    assert r.title == "Brainology in the classroom: An online growth mindset intervention"
    assert r.container == "Journal of Educational Psychology"
    assert (r.volume, r.issue, r.pages) == ("3", "2", "1-10")
    assert r.doi == "10.1037/a0012345"
    assert r.url is None


def test_references_doi_prefix_stripped():
    r = parse_reference("Hood, C. (1991) 'A public management for all seasons?', Public Administration, 69(1): "
                        "3-19. doi: 10.1111/j.1467-9299.1991.tb00779.x.")
    assert r.doi == "10.1111/j.1467-9299.1991.tb00779.x"
    assert r.title == "A public management for all seasons?"


def test_references_non_ascii_names():
    r = parse_reference("Sørensen, E. & Torfing, J. (2011) 'Enhancing collaborative innovation in the public "
                        "sector', Administration & Society, 43(8): 842-868.")
    assert r.authors == [{"surname": "Sørensen", "given": "E."}, {"surname": "Torfing", "given": "J."}]
    r = parse_reference("Bovaird, T. and Löffler, E. (2012) 'From engagement to co-production', Voluntas, 23(4): "
                        "1119-1138.")
    assert surnames(r) == ["Bovaird", "Löffler"]
    assert r.container == "Voluntas"


def test_references_chicago_author_date_book():
    r = parse_reference("Hooghe, Liesbet, and Gary Marks. 2001. Multi-Level Governance and European Integration. "
                        "Lanham, MD: Rowman & Littlefield.")
    assert r.authors == [{"surname": "Hooghe", "given": "Liesbet"}, {"surname": "Marks", "given": "Gary"}]
    assert r.year == 2001
    assert r.title == "Multi-Level Governance and European Integration"
    assert (r.place, r.publisher) == ("Lanham, MD", "Rowman & Littlefield")
    assert r.type == "book"


def test_references_german_footnote_style():
    r = parse_reference("Hooghe, Liesbet/Marks, Gary: Multi-Level Governance, Lanham 2001, S. 12.")
    assert r.authors == [{"surname": "Hooghe", "given": "Liesbet"}, {"surname": "Marks", "given": "Gary"}]
    assert (r.year, r.title, r.place, r.pages) == (2001, "Multi-Level Governance", "Lanham", "12")


def test_references_humanities_names_first_year_last():
    r = parse_reference("Liesbet Hooghe and Gary Marks, Multi-Level Governance and European Integration, Lanham, "
                        "MD: Rowman & Littlefield 2001, esp. chapter 1.")
    assert r.authors == [{"surname": "Hooghe", "given": "Liesbet"}, {"surname": "Marks", "given": "Gary"}]
    assert r.year == 2001
    assert r.title == "Multi-Level Governance and European Integration"
    assert r.publisher == "Rowman & Littlefield"


def test_references_numbered_entries_drop_their_marker():
    for raw in ("[3] Peck, J. (2001) Workfare States. New York: Guilford Press.",
                "3. Peck, J. (2001) Workfare States. New York: Guilford Press."):
        r = parse_reference(raw)
        assert r.raw == raw
        assert surnames(r) == ["Peck"]
        assert (r.year, r.title, r.place, r.publisher) == (2001, "Workfare States", "New York", "Guilford Press")


def test_references_vancouver_names():
    r = parse_reference("Lindsay C, Pearson S, Batty E. Co-production and social innovation in street-level "
                        "employability services. Public Manag Rev. 2018;20(5):715-36.")
    assert r.authors == [{"surname": "Lindsay", "given": "C"}, {"surname": "Pearson", "given": "S"},
                         {"surname": "Batty", "given": "E"}]
    assert r.year == 2018
    assert (r.volume, r.issue, r.pages) == ("20", "5", "715-36")


def test_references_chapter_with_editors():
    r = parse_reference("Morrow, K. and Pettigrew, J. (2002) 'Local labour demand and the New Deal', in Shaw, A. "
                        "and Núñez, L. (eds.) Welfare to Work in Scotland: Early Lessons. Edinburgh: Lothian "
                        "Academic Press, pp. 41-63.")
    assert surnames(r) == ["Morrow", "Pettigrew"]
    assert r.editors == [{"surname": "Shaw", "given": "A."}, {"surname": "Núñez", "given": "L."}]
    assert r.title == "Local labour demand and the New Deal"
    assert r.container == "Welfare to Work in Scotland: Early Lessons"
    assert (r.place, r.publisher, r.pages) == ("Edinburgh", "Lothian Academic Press", "41-63")
    assert r.type == "chapter"


def test_references_german_chapter_with_hrsg():
    r = parse_reference("Wagner, F. (2003): Die real existierende Einkommensteuer. In: Löffler, M./Wenzel, H. "
                        "(Hrsg.): Steuerpolitik, Berlin: Springer, S. 369-390.")
    assert surnames(r) == ["Wagner"]
    assert [e["surname"] for e in r.editors] == ["Löffler", "Wenzel"]
    assert r.container == "Steuerpolitik"
    assert r.pages == "369-390"


def test_references_edited_book_has_editors_not_authors():
    r = parse_reference("Bovaird, T. and Löffler, E. (eds) (2003) Public Management and Governance. London: "
                        "Routledge.")
    assert r.authors == []
    assert [e["surname"] for e in r.editors] == ["Bovaird", "Löffler"]
    assert r.title == "Public Management and Governance"
    assert r.type == "book"


def test_references_corporate_authors_and_year_suffix():
    r = parse_reference("Scottish Government (2015a) Fairer Scotland: Employability support discussion paper, "
                        "Edinburgh: Scottish Government.")
    assert r.authors == [{"surname": "Scottish Government", "given": ""}]
    assert (r.year, r.year_suffix) == (2015, "a")
    r = parse_reference("DWP (2010) Universal Credit: welfare that works. London: The Stationery Office.")
    assert r.authors == [{"surname": "DWP", "given": ""}]
    assert r.type == "report"


@pytest.mark.parametrize("year_text", ["n.d.", "forthcoming", "in press"])
def test_references_year_text_instead_of_a_year(year_text):
    r = parse_reference(f"Núñez, L. ({year_text}) 'Prime contractors and the local state', Public Management "
                        "Review.")
    assert r.year is None
    assert r.year_text == year_text
    assert surnames(r) == ["Núñez"]
    assert r.title == "Prime contractors and the local state"


@pytest.mark.parametrize(("printed", "year_text"), [("i. E.", "i. E."), ("im Druck", "im druck"),
                                                    ("in Vorbereitung", "in vorbereitung"), ("o. J.", "o.J.")])
def test_references_german_year_text_instead_of_a_year(printed, year_text):
    # German for forthcoming / in press / in preparation / no date, in the year's place: the names stay names
    r = parse_reference(f"Ortmann, Hans ({printed}): Die Stadt im Wandel. Berlin: Springer.")
    assert (r.year, r.year_text) == (None, year_text)
    assert r.authors == [{"surname": "Ortmann", "given": "Hans"}]
    assert r.title == "Die Stadt im Wandel"


def test_references_web_reference_with_available_at():
    r = parse_reference("Joseph Rowntree Foundation (2020) Poverty in Scotland 2020. Available at: "
                        "https://www.jrf.org.uk/report/poverty-scotland-2020 (accessed 3 March 2021).")
    assert r.authors == [{"surname": "Joseph Rowntree Foundation", "given": ""}]
    assert r.url == "https://www.jrf.org.uk/report/poverty-scotland-2020"
    assert r.title == "Poverty in Scotland 2020"
    assert r.type in ("web", "report")


def test_references_markdown_emphasis_and_in_press_journal():
    r = parse_reference("Kjærgaard, S. (in press) 'Devolved activation in the United Kingdom', *European Review of "
                        "Labour and Governance*.")
    assert (r.year, r.year_text) == (None, "in press")
    assert r.title == "Devolved activation in the United Kingdom"
    assert r.container == "European Review of Labour and Governance"
    assert r.publisher is None
    assert r.type == "article"


def test_references_chapter_with_one_editor_and_lowercase_in():
    r = parse_reference("Morrow, K. and Pettigrew, J. (2002) 'Local labour demand and the New Deal', in Shaw, A. "
                        "(ed.) Welfare to Work in Scotland: Early Lessons. Edinburgh: Lothian Academic Press, "
                        "pp. 41-63.")
    assert r.editors == [{"surname": "Shaw", "given": "A."}]
    assert r.container == "Welfare to Work in Scotland: Early Lessons"
    assert r.type == "chapter"


def test_references_report_series_is_the_container():
    r = parse_reference("Dalgleish, F. and Ashworth, R. (2003) Work First, Learn Later? The New Deal for Young "
                        "People. Working Paper 7. Ferryhill: Centre for Work and Welfare Research.")
    assert r.title == "Work First, Learn Later? The New Deal for Young People"
    assert (r.container, r.volume) == ("Working Paper", "7")
    assert r.type == "report"


def test_references_thesis_type():
    r = parse_reference("Müller, A. (2009) Aktivierung im Mehrebenensystem. PhD thesis, University of Glasgow.")
    assert r.type == "thesis"
    assert r.year == 2009


def test_references_rules_alone_without_the_tagger(monkeypatch):
    monkeypatch.setattr(refs, "load_reference_tagger", lambda: None)
    r = parse_reference("Lindsay, C. (2007) 'The United Kingdom's work first welfare state', Social Policy & "
                        "Administration, 41(6): 555-572.")
    assert surnames(r) == ["Lindsay"]
    assert (r.year, r.container, r.volume, r.issue, r.pages) == (2007, "Social Policy & Administration", "41",
                                                                  "6", "555-572")


def test_references_tagger_is_not_loaded_on_import():
    code = ("import litmine.citations.references, litmine.citations.reference_model as m; "
            "print(m.load_reference_tagger.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


# --------------------------------------------------------------------------------------------------- names
@pytest.mark.parametrize("text, expected", [
    ("Lindsay C, Pearson S", [("Lindsay", "C"), ("Pearson", "S")]),
    ("C. Lindsay and R. McQuaid", [("Lindsay", "C."), ("McQuaid", "R.")]),
    ("Bruce, Steve, Tony Glendinning and Iain Rosie", [("Bruce", "Steve"), ("Glendinning", "Tony"),
                                                       ("Rosie", "Iain")]),
    ("Ho, CH; Triolo, RJ", [("Ho", "CH"), ("Triolo", "RJ")]),
    ("van der Berg, J. and Núñez, L.", [("van der Berg", "J."), ("Núñez", "L.")]),
    ("Lindsay, C. et al.", [("Lindsay", "C.")]),
    ("Department for Work and Pensions", [("Department for Work and Pensions", "")]),
    ("In: Lichtenberg, Judith (ed.):", [("Lichtenberg", "Judith")]),
])
def test_references_names_in_many_layouts(text, expected):
    assert [(n["surname"], n["given"]) for n in parse_names(text)] == expected


# ------------------------------------------------------------------------------------ splitting and merging
def test_references_split_joins_wrapped_lines_and_repairs_hyphens():
    lines = ["Lindsay, C. (2007) 'The United Kingdom's work first welfare state', Social Policy &",
             "Administration, 41(6): 555-572.",
             "McQuaid, R. and Lindsay, C. (2005) 'The concept of employ-",
             "ability', Urban Studies, 42(2): 197-219.",
             "Pestoff, V. (2012) 'New public governance and user co-",
             "production', Voluntas, 23(4): 1102-1118."]
    entries = split_references(lines)
    assert len(entries) == 3
    assert entries[0].endswith("Social Policy & Administration, 41(6): 555-572.")
    assert "'The concept of employability'" in entries[1]
    assert "user co-production'" in entries[2]


def test_references_join_lines_keeps_german_elliptic_hyphen():
    assert join_lines("Volks-", "und Bodenordnung") == "Volks- und Bodenordnung"
    assert join_lines("Martin-", "Facklam, M.") == "Martin-Facklam, M."


def test_references_split_numbered_list_and_page_number_line():
    lines = ["[1] Lindsay, C. (2007) The UK's work first welfare state. Social Policy &",
             "Administration, 41(6): 555-572.",
             "[2] Hood, C. (1991) A public management for all seasons? Public",
             "17",
             "Administration, 69(1): 3-19.",
             "[3] Peck, J. (2001) Workfare States. New York: Guilford."]
    entries = split_references(lines)
    assert [e[:3] for e in entries] == ["[1]", "[2]", "[3]"]
    assert entries[1] == "[2] Hood, C. (1991) A public management for all seasons? Public Administration, 69(1): 3-19."


def test_references_split_bulleted_list():
    lines = ["• Lipsky, M. (1980) Street-Level Bureaucracy. New York:", "Russell Sage.",
             "• Löffler, E. (2009) Public Governance. London: Routledge."]
    assert split_references(lines) == ["• Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage.",
                                       "• Löffler, E. (2009) Public Governance. London: Routledge."]


def test_references_merge_passages_across_a_page_break():
    texts = ["Hood, C. (1991) 'A public management for all seasons?', Public",
             "Administration, 69(1): 3-19.",
             "Peck, J. (2001) Workfare States. New York: Guilford.",
             "Rhodes, R.A.W. (1997) Understanding Governance. Buckingham: Open",
             "University Press."]
    assert merge_reference_passages(texts) == [
        "Hood, C. (1991) 'A public management for all seasons?', Public Administration, 69(1): 3-19.",
        "Peck, J. (2001) Workfare States. New York: Guilford.",
        "Rhodes, R.A.W. (1997) Understanding Governance. Buckingham: Open University Press."]


def test_references_merge_splits_a_passage_holding_several_entries():
    texts = ["Lindsay, C. (2007) Work first. London: Sage. McQuaid, R. (2008) Employability. Bristol: Policy "
             "Press. Sørensen, E. (2011) Collaborative innovation. Roskilde: Roskilde University.",
             "Wrona, T. (2006) Contracting out.\nNew York: Guilford.\nZimmermann, K. (1994) Migration. Bonn: IZA."]
    entries = merge_reference_passages(texts)
    assert [parse_reference(e).authors[0]["surname"] for e in entries] == [
        "Lindsay", "McQuaid", "Sørensen", "Wrona", "Zimmermann"]
    assert entries[3] == "Wrona, T. (2006) Contracting out. New York: Guilford."


def test_references_merge_joins_a_quoted_title_cut_at_a_line_break():
    texts = ["Öberg S. M. (1959) ‘Some Social Requisites of Democracy: Economic Development and Political",
             "Legitimacy’, American Political Science Review, 53(1), 69-105 Øhrn K. J. (1960) Political man: the "
             "social bases of politics, New York: Anchor Books.",
             "Peck, J. (2001) ‘Workfare States’, New York: Guilford.",
             "Hood, C. (1991) ‘A public management",
             "Zürn, M. (2001) ‘Workfare’, Politics' Review 4, 1-9."]
    entries = merge_reference_passages(texts)
    assert entries[0] == ("Öberg S. M. (1959) ‘Some Social Requisites of Democracy: Economic Development and "
                          "Political Legitimacy’, American Political Science Review, 53(1), 69-105")
    assert entries[1].startswith("Øhrn K. J. (1960) Political man")  # the next entry, cut off again
    assert entries[3] == "Hood, C. (1991) ‘A public management"  # the next piece opens its own quote first
    assert len(entries) == 5


def test_references_merge_keeps_an_entry_whose_run_on_cut_was_joined_back():
    texts = ["[7] Zürn, M. 1998. Regieren jenseits des Nationalstaates. Frankfurt: Suhrkamp.",
             "[8] Weber, M. 1968. Economy and Society. G. Roth, C. Wittich, Eds. & Trans. New York: Bedminster. "
             "Retrieved on March 5, 2013: http://www.example.org/weber.html"]
    assert merge_reference_passages(texts) == texts


# ---------------------------------------------------------------------------------- references in footnotes
def test_references_looks_like_reference_high_for_references():
    assert looks_like_reference("Vgl. Müller, A.: Titel der Arbeit, Berlin 2003, S. 12.") > 0.8
    assert looks_like_reference("See Hughes, R. (2004) Partnership and the Local State, Bristol: Policy Press, "
                                "p. 12.") > 0.8
    assert looks_like_reference("Löffler, E. (2009) 'Public governance', Public Money & Management, 29(2): "
                                "11-18.") > 0.8


def test_references_cue_words_ending_in_a_mark_count_before_a_space():
    """"pp. 3", "Vol. 2", "In: ...", "(eds)" are reference cues wherever a space follows (they counted only when a
    letter or digit followed at once: "pp.3")."""
    from litmine.citations.references import _CUE_WORDS

    found = [m.lower() for m in _CUE_WORDS.findall("Kay, J. (2001) Work. In: Lee (eds) Jobs, Vol. 2, pp. 3-9. Hrsg. X")]
    assert found == ["in:", "(eds)", "vol.", "pp.", "hrsg."]
    assert _CUE_WORDS.findall("Prof. Oxfordshire mapped the journey") == []


def test_references_looks_like_reference_low_for_prose():
    assert looks_like_reference("1 Fifteen Employment Zones began operating in April 2000 in areas of high "
                                "unemployment.") < 0.3
    assert looks_like_reference("Finally, Dowling et al. (2004) highlight the need to move beyond discussions of "
                                "the process of partnership working to talk about outcomes.") < 0.5
    assert looks_like_reference("") == 0.0


def test_references_footnote_with_several_references():
    text = ("3 See Hughes, R. (2004) Partnership and the Local State, Bristol: Policy Press; see also Lipsky, M. "
            "(1980) Street-Level Bureaucracy. New York: Russell Sage.")
    entries = find_reference_entries_in_footnote(text)
    assert entries == ["Hughes, R. (2004) Partnership and the Local State, Bristol: Policy Press",
                       "Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage."]
    assert all(e in text for e in entries)


def test_references_german_footnote_entries():
    entries = find_reference_entries_in_footnote(
        "12 Vgl. Müller, A.: Titel der Arbeit, Berlin 2003, S. 12; Löffler, E./Bovaird, T.: Public Governance, "
        "London 2009, S. 3.")
    assert [parse_reference(e).authors[0]["surname"] for e in entries] == ["Müller", "Löffler"]
    assert parse_reference(entries[1]).year == 2009


def test_references_ibid_footnote_is_not_a_new_reference():
    assert find_reference_entries_in_footnote("4 Ibid., p. 45.") == []
    assert find_reference_entries_in_footnote("5 Ebd., S. 12.") == []
    assert find_reference_entries_in_footnote("6 Ibid.; see also Peck, J. (2001) Workfare States. New York: "
                                              "Guilford Press.") == [
        "Peck, J. (2001) Workfare States. New York: Guilford Press."]


def test_references_footnote_of_prose_holds_no_reference():
    assert find_reference_entries_in_footnote("1 Fifteen Employment Zones began operating in April 2000 in areas "
                                              "of high unemployment.") == []
    assert find_reference_entries_in_footnote("9 Hood 1991, S. 4.") == []


def test_references_doi_broken_by_a_line_break_is_joined():
    from litmine.citations.reference_rules import find_doi

    assert find_doi("Nature 14(8), 084010. https://doi.org/10.1088/ 1748-9326/ab281e") == "10.1088/1748-9326/ab281e"
    assert find_doi("https://doi.org/10. 1126/science.156.3775.636 .") == "10.1126/science.156.3775.636"
    assert find_doi("https://doi.org/10.1109/MCSE. 2007.55 .") == "10.1109/MCSE.2007.55"
    assert find_doi("doi:10.1038/505612a. Accessed 2020") == "10.1038/505612a"


def test_references_software_version_and_repository_left_out_of_the_title():
    r = parse_reference("Executable Books Community. (2020). Jupyter book (Version v0.10). Zenodo. "
                        "https://doi.org/10.5281/zenodo.4539666")
    assert r.title == "Jupyter book" and r.doi == "10.5281/zenodo.4539666"


@pytest.mark.slow
def test_references_very_long_prose_scores_zero_without_overflow():
    assert looks_like_reference("word " * 200_000) == 0.0


# ---------------------------------------------------------------- run-on entries (issue 13: merged entries)
@pytest.mark.parametrize("text, second", [
    # a lower-case name particle opens the next entry
    ("Harvey, D. (1996b) 'Globalisation in question', Rethinking Marxism, 8 (4), 1–17. de la Haye, Y. (1988) "
     "Marx and Engels on Communication, New York: General Editions.", "de la Haye, Y. (1988)"),
    # after a URL, with no full stop
    ("Nhất Hạnh, T. (2006). Letter to a president. Retrieved from: http://example.org/letters/2006/ "
     "Nhất Hạnh, T. (2007). Chanting from the heart. Berkeley, CA: Parallax Press.", "Nhất Hạnh, T. (2007)"),
    # an APA corporate author after a URL, and a software author's handle after a DOI
    ("Barcelona Supercomputing Centre. (2022). inDust. https://example.eu/ United Nations Convention to Combat Desertification. "
     "(2022). Sand and Dust Storms Compendium. https://example.int/sds.pdf", "United Nations Convention"),
    ("Lorentz, H. A. (1904). Electromagnetic phenomena. Proceedings of the Academy, 6, 809–831. "
     "https://doi.org/10.1007/978-94-015-3445-1_5 nick1627. (2019). Relativityvisualisation. https://github.com/x",
     "nick1627. (2019)"),
    # a place that lost its full stop, then "Surname, Given (year):"
    ("Clegg, Hugh (1979): The changing system of industrial relations in Great Britain, London Delcroix, Cathérine "
     "(2000): The transmission of life stories. In: Attias-Donfut, Claudine (eds.): The Myth. Paris.",
     "Delcroix, Cathérine (2000)"),
    # an APA 7 list of twenty and more authors ("…" before the last) puts its date far in, after a DOI cut by a space
    ("Data Team. (2020). Frames. Zenodo. https://doi.org/10.5281/ zenodo.1234567 van Brakel, T., Osei, A., Lund, K., "
     "Marsh, E., Ito, A., Berg, H., Shaw, G. W., Moreau, P., Quinn, J. D., Novak, X., Rossi, A., Tanaka, M., Ward, C., "
     "Ahmed, T., Lopez, E., Kaya, M. S., Brandt, E., Stone, J. C., Fischer, B. V., … Olsen, M. A. K. (2021). Teaching "
     "with open notebooks. Trends in Teaching, 25(7), 535–538.", "van Brakel, T., Osei"),
])
def test_references_run_on_entries_split(text, second):
    entries = merge_reference_passages([text])
    assert len(entries) == 2 and entries[1].startswith(second)


@pytest.mark.parametrize("text", [
    "Scheuch, Erwin K. (1977) Die wechselnde Datenbasis, in: Müller, Paul J. (1977): Die Analyse. Stuttgart: "
    "Klett-Cotta. 5-41.",
    "Bick, W. (1984): Massenakten. In: Bick, Wolfgang/Mann, Reinhard (Hrsg.) (1984): Sozialforschung. Stuttgart.",
])
def test_references_run_on_keeps_editors_after_in(text):
    assert merge_reference_passages([text]) == [text]


# ------------------------------------------------------------- run-on entries and repeated-author dashes (issue 13)
def test_references_merge_cuts_repeated_author_dashes_mid_line():
    texts = ["Tröster S. (2005) ‚Holodomor oder Holocaust?’ Frankfurter Allgemeine Zeitung, 4. Juli 2005, p. 8 "
             "---- 2006) ‚Am Anfang des Gedächtnisses’, Deutschland Archiv, 1, 19-26 ---- ‚Netzwerk Erinnerung’, "
             "Deutschland Archiv, 5, 791-798"]
    entries = merge_reference_passages(texts)
    assert [e[:12] for e in entries] == ["Tröster S. (", "---- 2006) ‚", "---- ‚Netzwe"]
    assert entries[2].endswith("5, 791-798")


def test_references_merge_keeps_an_inner_single_dash():
    texts = ["Zürn, M. (2005) Regieren – jenseits des Staates. Berlin: Suhrkamp, 19 - 26."]
    assert merge_reference_passages(texts) == texts


def test_references_merge_gives_a_line_tail_to_the_entry_before():
    texts = ["Gellért E. and W. Kovács, 1994, Antitrust Law and Economics in a Nutshell, West",
             "Publishing, St. Paul. Grossmann G. and E. Helpmann, 1994, Protection for sale, Économie Review, "
             "84(4), 833-850."]
    assert merge_reference_passages(texts) == [
        "Gellért E. and W. Kovács, 1994, Antitrust Law and Economics in a Nutshell, West Publishing, St. Paul.",
        "Grossmann G. and E. Helpmann, 1994, Protection for sale, Économie Review, 84(4), 833-850."]


def test_references_merge_leaves_a_surname_particle_on_its_line():
    texts = ["Commission of the Union (2000), Proposal for a Regulation on öffentlichen Zugang, in: Journal of the "
             "European Den", "Den Boer, Monica (1998): Steamy Windows: Transparency in Justice, in: Deckmyn, pp. 91-105"]
    assert merge_reference_passages(texts)[-1].startswith("Den Boer, Monica (1998)")


def test_references_merge_cuts_a_joined_piece_at_an_inner_entry_start():
    texts = ["Törnquist B. (2002) ‘The Complex of an Unwanted child: The Meanings of Europe in Polish",
             "Discourse’ in Malmborg M. (eds.) The Meaning of Europe, Berg: Oxford and New York Tröster S. (2005) "
             "‚Holodomor oder Holocaust?’ Frankfurter Allgemeine, p. 8",
             "Melegh A. (2006) On the East-West Slope. Globalization, nationalism and discourses on",
             "Central Europe, Budapest: Central European University Press. Rostów W. W. (1960) The Stages of Economic "
             "Growth, Cambridge University Press."]
    entries = merge_reference_passages(texts)
    assert [e[:10] for e in entries] == ["Törnquist ", "Tröster S.", "Melegh A. ", "Rostów W. "]
    assert entries[0].endswith("Berg: Oxford and New York")


def test_references_run_on_names_with_a_spacing_accent_and_full_names():
    texts = ["Lüthje, T. (2003). Is intra-industry trade two-way trade? Global Review, 8(1), 89–102. Martí´n-Montaner, "
             "J. A., & Ríos, V. O. (2002). Vertical specialization. Review of World Economics, 138(2), 340–365.",
             "Salt, John (2009): International migration. Retrieved from: http://www.geog.ucl.ac.uk/migration/Sop09 "
             "Vincent Carol and Stephen J. Ball (2006): Childcare, Choice and Class Practice, London."]
    entries = merge_reference_passages(texts)
    assert [e[:12] for e in entries] == ["Lüthje, T. (", "Martí´n-Mont", "Salt, John (", "Vincent Caro"]


def test_references_numbered_entry_with_a_spaced_number_opens_an_entry():
    texts = ["9. Kisner CE, Colby L. Exercício terapêutico. São Paulo: Manole; 1998.",
             "10. Brasil, Ministério da Saúde. Parâmetros para o rastreamento. Rio de Janeiro: INCA, 2009.",
             "11 . Cavalcante LB. “Aplicabilidade da teoria de adaptação de Roy”. Rio de Janeiro. 2010.",
             "12. Kurban ZI, Lima CW. Tratamento fisioterápico tardio. Rev Fisioterapia. 2003;16(1):29-34."]
    assert len(merge_reference_passages(texts)) == 4


def test_references_run_on_needs_a_title_after_the_date():
    texts = ["Delcour L. (2008) Bringing In a Global Europe? Working Paper, 1989 Réseau Series (forthcoming)"]
    assert merge_reference_passages(texts) == texts


def test_references_reference_cues_found_whatever_their_case():
    # the cue patterns open with a look-ahead at their words' first characters: upper case and a letter that folds
    # to an ASCII one under re.I (the long s) still begin a cue
    from litmine.citations.references import _CUE_WORDS, _PAGES_CUE, _PROSE

    text = "Bristol: POLICY PRESS, (Eds) Handbuch, \u017fage and Macmillan, Leske Budrich, pp. 3-9"
    assert _CUE_WORDS.findall(text) == ["POLICY PRESS", "(Eds)", "Handbuch", "\u017fage", "Macmillan", "Leske", "Budrich",
                                        "pp."]
    assert _PAGES_CUE.findall("S. 4 and 12 (3) and ff.") == ["S. 4", "12 (3)", "ff."]
    assert _PROSE.findall("This IS what Wir tested") == ["This", "IS", "Wir"]


def test_references_end_tests_read_the_last_characters_as_a_search_of_the_whole_string_does():
    import re

    from litmine.citations.references import _END_OPEN, _OPEN_QUOTE_END, _ends_firmly, _ends_open

    ends = ["", "a", "Smith, J. (2001) Work. Policy Press", "Lee, A. and", "Lee, A. und", "van der Berg, J.",
            "see a. B.", "Hrsg.", "in: Saint", "Colour", "http://a.org/x.html", "Report.pdf", "p. 12",
            "(2001) 'Title", "Title “", "Vol. 3 (", "…, pp", "Los", "Papers, Santa.", "x /", "a.  B."]
    for text in ends + [e + "  \n" for e in ends]:
        t = text.rstrip()
        assert _ends_open(t) == bool(_END_OPEN.search(t))
        assert _ends_firmly(text) == (bool(re.search(r"(?:[.!?)\]'\"’”]|\d|\.html?|\.pdf|/)$", t))
                                      and not _END_OPEN.search(t))
        assert bool(_OPEN_QUOTE_END.search(t, max(0, len(t) - 3))) == bool(_OPEN_QUOTE_END.search(t))
