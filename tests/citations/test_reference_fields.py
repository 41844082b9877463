"""Fields of one reference string in the compact and multidisciplinary styles: titles with inner questions and
quotes, volume and issue written "17,1", Vancouver and MDPI dates, DOIs cut by a line break (issue 13,
"Fields")."""

from __future__ import annotations

import pytest

from litmine.citations.reference_rules import find_doi, join_broken_doi, parse_volume
from litmine.citations.references import parse_reference


@pytest.mark.parametrize("text, title, container", [
    ("Dupré, M. (2015) Why do they leave? Evidence from German panel data. Journal of Labour Studies 17(1): "
     "61-74.", "Why do they leave? Evidence from German panel data", "Journal of Labour Studies"),
    ("Öztürk, A. (2018) ‘Who cares? The “new” politics of care in Çankaya’, Journal of Social Policy, 39(2): "
     "1–20.", "Who cares? The “new” politics of care in Çankaya", "Journal of Social Policy"),
    ("Smith, A. 2010. “Who cares? The ‘new’ politics of care.” Journal of Social Policy 39 (2): 1–20.",
     "Who cares? The ‘new’ politics of care", "Journal of Social Policy"),
    ("Öberg, P. (2010). \"Why do they leave?\" Exit, voice and loyalty revisited. Journal of Social Policy, "
     "39(2), 1–20.", "\"Why do they leave?\" Exit, voice and loyalty revisited", "Journal of Social Policy"),
    ("Lindqvist, E. (2019) Governance: theory and practice in Nordic welfare states. Research Policy 48(5): "
     "1100-1110.", "Governance: theory and practice in Nordic welfare states", "Research Policy"),
])
def test_reference_fields_title_keeps_its_question_quotes_and_subtitle(text, title, container):
    r = parse_reference(text)
    assert (r.title, r.container) == (title, container)


@pytest.mark.parametrize("text, volume, issue, pages", [
    ("Dupré, M. (2015) Why do they leave? Evidence from German panel data. Journal of Labour Studies 17,1: "
     "61-74.", "17", "1", "61-74"),
    ("Öztürk, A. (2018) ‘The “good” citizen and the welfare state’, Policy Studies 2, 1: 9–28.", "2", "1", "9-28"),
])
def test_reference_fields_volume_comma_issue(text, volume, issue, pages):
    r = parse_reference(text)
    assert (r.volume, r.issue, r.pages) == (volume, issue, pages)


@pytest.mark.parametrize("volume, expected", [
    ("17,1", ("17", "1")), ("2, 1:", ("2", "1")), ("17.1", ("17", "1")), ("41(6)", ("41", "6")),
    ("Vol. 12, No. 3", ("12", "3")), ("385", ("385", None)),
])
def test_reference_fields_parse_volume_forms(volume, expected):
    assert parse_volume(volume, None) == expected


@pytest.mark.parametrize("text, year, volume, issue, pages, container", [
    ("Smith J, Jones K. Protein folding in vivo. J Mol Biol 2009;385:12–20.", 2009, "385", None, "12-20",
     "J Mol Biol"),
    ("Smith J, Jones K, Brown A, Green B, Ødegaard C. Protein folding in vivo. J Mol Biol. 2009;385(1):12–20.",
     2009, "385", "1", "12-20", "J Mol Biol"),
    ("Zhang, L.; Wang, Y.; Müller, K. Urban heat islands and green roofs. Sustainability 2019, 11, 345.",
     2019, "11", None, "345", "Sustainability"),
])
def test_reference_fields_vancouver_and_mdpi_dates_are_years(text, year, volume, issue, pages, container):
    r = parse_reference(text)
    assert (r.year, r.volume, r.issue, r.pages, r.container) == (year, volume, issue, pages, container)


@pytest.mark.parametrize("text, doi", [
    ("Lindqvist, E. (2019) Governance. Research Policy 48(5): 1100-1110. https://doi.org/10.1016/j. "
     "respol.2019.01.002", "10.1016/j.respol.2019.01.002"),
    ("Çelik, Z. (2010) Kentsel dönüşüm. Urban Studies 12(3): 45-67. https://doi.org/10.1111/ "
     "j.1468-2427.2010.00001.x", "10.1111/j.1468-2427.2010.00001.x"),
])
def test_reference_fields_doi_cut_by_a_line_break_is_joined(text, doi):
    r = parse_reference(text)
    assert r.doi == doi and r.volume and r.pages and not (r.pages or "").startswith("2019")


def test_reference_fields_doi_join_leaves_the_words_after_it():
    assert find_doi("doi:10.1038/505612a. accessed 2020") == "10.1038/505612a"
    assert join_broken_doi("10.1000/xyz.1. Retrieved 3 May 2021") == "10.1000/xyz.1. Retrieved 3 May 2021"


# ------------------------------------------------- quoted titles run to their closing quote (issue 13, fields)
@pytest.mark.parametrize("raw, title, container", [
    ("Taggart, Paul and Aleks Szczerbiak (2004) 'Contemporary Euroscepticism in the Party Systems of the European "
     "Union Candidate States of Central and Eastern Europe', European Journal of Political Research 43(1): 1–27.",
     "Contemporary Euroscepticism in the Party Systems of the European Union Candidate States of Central and "
     "Eastern Europe", "European Journal of Political Research"),
    ("Macedo, S. (1995) 'Liberal Civic Education and Religious Fundamentalism: The Case of God v. John Rawls?', "
     "Ethics 105(3): 468–96.", "Liberal Civic Education and Religious Fundamentalism: The Case of God v. John Rawls?",
     "Ethics"),
    ("Åkesson, L. (2011) ‘Marx’s political economy without the subject, part I’, Strategies 9(2): 18–37.",
     "Marx’s political economy without the subject, part I", "Strategies"),
])
def test_reference_fields_quoted_title_runs_to_its_closing_quote(raw, title, container):
    r = parse_reference(raw)
    assert (r.title, r.container) == (title, container)


@pytest.mark.parametrize("raw, volume, issue", [
    ("Mason, Jennifer (2008): Tangible affinities and kinship, in: Sociology 42:1, 29-45.", "42", "1"),
    ("Kraemer HC (2007) DSM categories and dimensions. Int J Methods Psychiatr Res 16(Suppl 1):S8–S15", "16",
     "Suppl 1"),
    ("Bottici C. (2009) 'Myths of Europe', Contexts. Journal of Educational Media, Vol. 2, Num. 1, forthcoming",
     "2", "1"),
    ("Geschiere, Peter (2004), Autochthonie et citoyenneté, in: Quest, 18, 1/2, 9- 23.", "18", "1/2"),
    ("Šmid, J. (2001). Naslov. Časopis, 12, 45-67.", "12", None),
])
def test_reference_fields_issue_forms_next_to_the_volume(raw, volume, issue):
    r = parse_reference(raw)
    assert (r.volume, r.issue) == (volume, issue)


@pytest.mark.parametrize("raw, volume, pages", [
    ("Šimić, K., & Ørsted, L. (2021). A new ocean climatology. Frontiers in Environmental Science, 9. "
     "https://doi.org/10.3389/fenvs.2021.711363", "9", None),
    ("Einstein, A. (1907). Kosmologische Betrachtungen. Sitzungsberichte der Preußischen Akademie, 142.", "142", None),
    ("Fergus, S. (2005). Adolescent resilience: a framework. Proquest health and medical complete, 2005.", None, None),
    ("Müller, A. (2019). Welfare reform. Social Policy Review, 31, 45-67.", "31", "45-67"),
])
def test_reference_fields_lone_number_after_a_journal_is_its_volume(raw, volume, pages):
    r = parse_reference(raw)
    assert (r.volume, r.pages) == (volume, pages)
