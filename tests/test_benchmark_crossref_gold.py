"""The Crossref gold of the held-out JOSE benchmark: decoding deposits and scoring a reference list against them.

The strings are made up for these tests in the shapes Crossref deposits take (BibTeX values joined by ", ").
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import crossref_gold as cg  # noqa: E402


def test_crossref_gold_unstructured_title_first_decodes_title_first_author_and_year():
    g = cg.parse_unstructured("Lernen mit offenen Daten: ein Überblick, Müller, Jürgen and Øster, Åse and others, "
                              "Zeitschrift für Didaktik, 12, 3, 45–67, 2019, Beltz, https://example.org/lernen")
    assert g["title"] == "Lernen mit offenen Daten: ein Überblick"
    assert g["author"] == "Müller"
    assert g["year"] == "2019"
    assert g["doi"] == ""


def test_crossref_gold_unstructured_url_encoded_is_decoded():
    g = cg.parse_unstructured("Atlas%20of%20Ch%C3%A2teaux, Lef%C3%A8vre,%20Ren%C3%A9%20and%20Ng,%20T., 2020, "
                              "https://example.org/atlas")
    assert (g["title"], g["author"], g["year"]) == ("Atlas of Châteaux", "Lefèvre", "2020")


def test_crossref_gold_unstructured_author_first_with_doi_and_title_with_commas():
    g = cg.parse_unstructured("Sørensen, K. and Ng, T., Notebooks, widgets, and the classroom, 2021, "
                              "\\urlhttps://doi.org/10.5555/abc.123")
    assert g["author"] == "Sørensen"
    assert g["title"] == "Notebooks, widgets, and the classroom"
    assert g["doi"] == "10.5555/abc.123"


def test_crossref_gold_unstructured_place_is_not_an_author_and_unclear_title_is_left_out():
    g = cg.parse_unstructured("Boston, MA, Guide to Ünicode Tables, 978-0-00-000000-2, Example Press, Doe, Jane, 2003")
    assert g["author"] == "Doe"
    assert g["title"] == ""  # the order does not say which value is the title: not scored
    assert g["year"] == "2003"


def test_crossref_gold_unstructured_corporate_author_and_disagreeing_years():
    g = cg.parse_unstructured("Ökologie-Atlas, Umwelt Data Team, 2022, https://example.org/atlas")
    assert (g["title"], g["author"], g["year"]) == ("Ökologie-Atlas", "Umwelt Data Team", "2022")
    g = cg.parse_unstructured("Über Zeit, Alt, Erika, 1999, 2001")
    assert g["author"] == "Alt" and g["title"] == "Über Zeit" and g["year"] == ""
    g = cg.parse_unstructured("The Widget Company, Inc., Widgetor, Springfield, IL, 2018")
    assert g["author"] == "The Widget Company, Inc." and g["title"] == "Widgetor"


def test_crossref_gold_citations_from_xml_reads_all_three_forms(tmp_path):
    xml = tmp_path / "d.crossref.xml"
    xml.write_text(
        '<doi_batch xmlns="http://www.crossref.org/schema/5.3.1"><body><citation_list>'
        '<citation key="ref1"><doi>10.5555/ÄBC.1</doi></citation>'
        '<citation key="ref2"><article_title>Große Daten</article_title><author>Weiß</author>'
        '<journal_title>Journal of Tests</journal_title><volume>7</volume><first_page>11</first_page>'
        '<cYear>2016</cYear></citation>'
        '<citation key="ref3"><unstructured_citation>Élan vital, Bergson, Henri, 1907</unstructured_citation>'
        '</citation></citation_list></body></doi_batch>', encoding="utf-8")
    d, s, u = cg.citations_from_xml(xml)
    assert (d["form"], d["doi"], d["title"]) == ("doi", "10.5555/äbc.1", "")
    assert (s["form"], s["title"], s["author"], s["container"], s["volume"], s["pages"], s["year"]) == \
        ("structured", "Große Daten", "Weiß", "Journal of Tests", "7", "11", "2016")
    assert (u["form"], u["title"], u["author"], u["year"]) == ("unstructured", "Élan vital", "Bergson", "1907")


def pred(raw, **fields):
    out = dict.fromkeys(("doi", "title", "year", "author", "container", "volume", "issue", "pages"), "")
    out.update(fields, raw=raw)
    return out


def test_crossref_gold_score_document_counts_found_fields_and_extra_entries():
    gold = [dict(dict.fromkeys(cg.GOLD_FIELDS, ""), form="doi", doi="10.5555/jose.0042", text=""),
            dict(dict.fromkeys(cg.GOLD_FIELDS, ""), form="unstructured", title="Über Zeit", author="Alt",
                 year="1999", text="Über Zeit, Alt, Erika, 1999"),
            dict(dict.fromkeys(cg.GOLD_FIELDS, ""), form="unstructured", title="Never printed anywhere",
                 author="Nobody", year="2000", text="Never printed anywhere, Nobody, N., 2000")]
    preds = [pred("Roe, R. (2020). Something. https://doi.org/10.5555/jose.00", doi="10.5555/jose.00",
                  title="Something", year="2020", author="Roe"),  # DOI cut at a line break, DOI in the text
             pred("Alt, E. (1999). Über Zeit. Verlag.", title="Über Zeit", year="1999", author="Alt"),
             pred("Page 3 of 9", title="Page 3 of 9")]
    preds[0]["raw"] = "Roe, R. (2020). Something. https://doi.org/10.5555/jose.0042"
    tally = cg.Tally()
    cg.score_document(gold, preds, tally)
    assert (tally.gold, tally.found, tally.predicted, tally.matched_pred) == (3, 2, 3, 2)
    assert tally.carried["doi"] == 1 and tally.right["doi"] == 0  # found by its text, DOI field wrong
    assert tally.right["title"] == 1 and tally.carried["title"] == 2 and tally.carried_found["title"] == 1
    assert tally.right["author"] == 1 and tally.right["year"] == 1
    assert tally.unmatched_filled == 1  # the running head's "title"
    p, r, f1 = tally.fields_prf()
    assert r == 3 / 7 and p == 3 / (1 + 3 + 1) and 0 < f1 < 1
