from litmine.ingest import extract_document
from litmine.ingest.metadata import clean_authors


def doc_from(tmp_path, text, name="paper.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_document(str(path))[0]


def test_metadata_accepted_for_publication(tmp_path):
    doc = doc_from(tmp_path, "# Street-level practice\n\nColin Lindsay\\*, Sarah Pearson\\*\\*\n\n"
                             "\\* University of Strathclyde\n\nAccepted for publication in *Policy & Politics*, "
                             "December 2017\n\n## Abstract\n\nPolicymakers have promised personalisation.\n", "p.md")
    assert (doc.title, doc.year, doc.venue) == ("Street-level practice", 2017, "Policy & Politics")
    assert doc.authors == ["Colin Lindsay", "Sarah Pearson"]
    assert doc.meta_sources["year"] == "accepted-for-publication"


def test_metadata_suggested_citation_block(tmp_path):
    doc = doc_from(tmp_path, "Co-production and social innovation\n\nAbstract text here about lone parents.\n\n"
                             "Suggested Citation\n\n  • Colin Lindsay & Sarah Pearson, 2018. \"Co-production and "
                             "social innovation,\" International Social Security Review, John Wiley & Sons, "
                             "vol. 71(4), pages 33-50.\n  • DOI: 10.1111/issr.12188\n")
    assert doc.year == 2018 and doc.venue == "International Social Security Review"
    assert doc.authors == ["Colin Lindsay", "Sarah Pearson"] and doc.doi == "10.1111/issr.12188"
    assert doc.meta_sources["year"] == "suggested-citation"


def test_metadata_repository_cover_page(tmp_path):
    doc = doc_from(tmp_path, "This is a repository copy of *Inter-agency Cooperation*.\n\n**Article:**\n\n"
                             "Lindsay, Colin, McQuaid, Ronald W and Dutton, Matthew (2008) Inter-agency "
                             "Cooperation. *Social Policy and Administration*. pp. 715-732.\n", "c.md")
    assert doc.title == "Inter-agency Cooperation" and doc.year == 2008
    assert doc.authors == ["Colin Lindsay", "Ronald W McQuaid", "Matthew Dutton"]
    assert doc.venue == "Social Policy and Administration"


def test_metadata_date_line_and_doi(tmp_path):
    doc = doc_from(tmp_path, "Making the Case for Co-production\n\nSarah Pearson\n\nJuly 2015\n\n"
                             "DOI: 10.5555/miw.2015.2.\n\nThis Briefing\n\n" + "Text on partnership. " * 10)
    assert doc.year == 2015 and doc.doi == "10.5555/miw.2015.2"


def test_metadata_no_year_is_flagged_with_latest_cited_year(tmp_path):
    doc = doc_from(tmp_path, "Abstract\n\nA paper about activation (Orton and Green, 2019; Lopes, 2020).\n")
    assert doc.year is None
    assert doc.notes == ["no publication year found (cites works up to 2020)"]
    assert doc.title == "paper" and doc.meta_sources["title"] == "file-name"


def test_metadata_years_in_references_do_not_count(tmp_path):
    doc = doc_from(tmp_path, "A Title\n\nIntroduction\n\n" + "Body text about welfare. " * 20 +
                   "\n\nReferences\n\nHood, C. (1991) A public management for all seasons? Public Administration.\n")
    assert doc.year is None


def test_metadata_clean_authors():
    assert clean_authors("by Talat Mahmood and Klaus Schömann") == ["Talat Mahmood", "Klaus Schömann"]
    assert clean_authors("Colin Lindsay1, Sarah Pearson2 & Will Eadson*") == [
        "Colin Lindsay", "Sarah Pearson", "Will Eadson"]
