"""Non-reference material in reference lists: running heads, editorial notes, biographies, stray fragments."""

from __future__ import annotations

from litmine.citations.extract import extract_citations
from litmine.citations.list_entries import clean_list_entries, running_head_keys
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages


def test_list_entries_running_heads_recur_with_page_numbers():
    keys = running_head_keys(["HSR 40 (2015) 4 │ 126", "Body text of the page.", "HSR 40 (2015) 4 │ 127"])
    entries = ["Müller, K. (2001) Arbeit und Staat. Frankfurt: Campus.", "HSR 40 (2015) 4 │ 127",
               "Wöhrle, P. (2010) Grenzen. Köln: Böhlau."]
    assert clean_list_entries(entries, keys) == [entries[0], entries[2]]


def test_list_entries_editorial_notes_and_biographies_left_out():
    entries = ["Lindsay, C. (2007) Work first. Bristol: Policy Press.",
               "Paper received 26 June 2004; revised version accepted 6 March 2005.",
               "SØREN ÅBERG is a lecturer at the University of Keele. Address: Keele, ST5 5BG, UK.",
               "Jane Doe is Professor of Sociology at the University of Bremen.",
               "[34] King L. A., Journal of Psychology 74(2) (1998) 420-434. ( Received 18 May 2013; accepted 21 May "
               "2013 )"]
    assert clean_list_entries(entries) == [entries[0], "[34] King L. A., Journal of Psychology 74(2) (1998) 420-434."]


def test_list_entries_fragments_join_their_entry_or_go():
    entries = ["Baumeister, R. F. (1993). When ego threats lead to self-regulation failure.",
               "Journal of Personality and Social Psychology, 65, 681–706.",
               "Šimić, M. (2003). Stanovanje u Hrvatskoj. Studija.",
               "Zagreb: Institut za javne financije.",
               "Schlagwörter: Kamerun, Demokratisierung, Politische Partizipation, Minderheit",
               "Fatherhood in the Context of Migration: An Intergenerational Approach 283"]
    assert clean_list_entries(entries) == [
        "Baumeister, R. F. (1993). When ego threats lead to self-regulation failure. Journal of Personality and "
        "Social Psychology, 65, 681–706.",
        "Šimić, M. (2003). Stanovanje u Hrvatskoj. Studija. Zagreb: Institut za javne financije."]


def test_list_entries_urls_years_and_numbers_are_kept():
    entries = ["[40] www.emro.who.int", "Pierre A, Encyclopédie: http://example.ca/definitions.pdf",
               "Network Series (forthcoming) 2009"]
    assert clean_list_entries(entries) == entries


def test_list_entries_extract_citations_leaves_running_heads_out():
    blocks = [Block("Work first fails (Lindsay, 2007).", page=1), Block("Soziale Welt 12 │ 126", page=1),
              Block("References", hint="heading", page=2),
              Block("Lindsay, C. (2007) The United Kingdom's work first welfare state. London: Sage.", page=2),
              Block("Soziale Welt 12 │ 127", page=2),
              Block("Müller, J. (2010) Öffentliche Güter. Berlin: Duncker.", page=3)]
    _, passages = build_passages(blocks)
    refs, _ = extract_citations(passages)
    assert [r.authors[0]["surname"] for r in refs] == ["Lindsay", "Müller"]
