import pytest
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


def test_metadata_every_field_has_source_and_confidence(tmp_path):
    doc = doc_from(tmp_path, "# Street-level practice in Malmö\n\nColin Lindsay, Sarah Pearson\n\n"
                             "Accepted for publication in *Policy & Politics*, December 2017\n\n"
                             "See https://doi.org/10.1332/030557317X15 for the article.\n\n"
                             "## Abstract\n\nPolicymakers have promised personalisation.\n", "p.md")
    for name in ("title", "authors", "year", "venue", "doi"):
        assert name in doc.meta_sources and 0 <= doc.meta_confidence[name] <= 1, name
    assert doc.meta_confidence["venue"] == 0.8 and doc.meta_confidence["doi"] == 0.9  # rules: their priors
    # a body sentence taken as the title for want of a heading, and a title from the file name, are flagged
    body = doc_from(tmp_path, "Die Grundsicherung für Arbeitsuchende wurde 2005 eingeführt und seitdem mehrfach "
                              "geändert, zuletzt durch das Bürgergeld.\n\n" + "Mehr über Jobcenter. " * 12, "n.txt")
    assert body.meta_sources["title"] == "first-line" and body.meta_confidence["title"] < 0.5


@pytest.mark.slow
def test_metadata_low_confidence_cleared_by_a_correction(corpus, tmp_path):
    import csv
    import io
    import json

    from tests.conftest import Runner

    from litmine.cli import app

    runner = Runner()
    root = corpus({"notiz.txt": "Die Grundsicherung für Arbeitsuchende wurde 2005 eingeführt und seitdem mehrfach "
                                "geändert, zuletzt durch das Bürgergeld.\n\n" + "Mehr über Jobcenter. " * 12})
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"]).exit_code == 0
    row = json.loads(runner.invoke(app, ["docs", "--db", db, "--format", "json"]).output)[0]
    assert "title" in row["low_confidence"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["docs", "--db", db, "--format", "csv"]).output)))
    rows[0]["title"] = "Grundsicherung in Köln"  # the researcher writes the title in
    fix = tmp_path / "fix.csv"
    with open(fix, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    assert runner.invoke(app, ["ingest", str(root), "--db", db, "--metadata", str(fix), "--jobs", "1"]).exit_code == 0
    row = json.loads(runner.invoke(app, ["docs", "--db", db, "--format", "json"]).output)[0]
    assert row["title"] == "Grundsicherung in Köln" and "title" not in row["low_confidence"]


def test_metadata_repository_cover_citation_in_two_languages(tmp_path):
    doc = doc_from(tmp_path, "Empfohlene Zitierung / Suggested Citation:\n\nAbu Abdulla, Abdel M. ; Al Shobaki, "
                             "Mazen J. ; Øster, Søren: Health Information Systems in Gaza. In: "
                             "International Journal of Engineering 1 (2017), 9, pp. 80-104\n\n"
                             "Nutzungsbedingungen: Terms of use\n\n"
                             "# Health Information Systems in Gaza\n\nThe body begins here.\n", "c.md")
    assert doc.authors == ["Abdel M. Abu Abdulla", "Mazen J. Al Shobaki", "Søren Øster"]
    assert (doc.title, doc.year, doc.venue) == ("Health Information Systems in Gaza", 2017,
                                                "International Journal of Engineering")


def test_metadata_contents_entry_citation_is_not_a_citation(tmp_path):
    # a table of contents lists "Citation" (the section at the end) and the first section follows it
    doc = doc_from(tmp_path, "# Sozialisation und Sprache in Köln\n\nHenning Olesen and Kirsten Weber\n\n"
                             "Authors\n\nCitation\n\n1. The Landscape Before and Around LORENZER\n\n"
                             "In their important and influential book \"The Social Construction of Reality\" (1966) "
                             "Berger and Luckmann seek to create a holistic social theory.\n", "t.md")
    assert doc.title == "Sozialisation und Sprache in Köln"
    assert doc.authors == ["Henning Olesen", "Kirsten Weber"] and doc.year != 1966


def _report_pdf(tmp_path, info, body, name="r.pdf"):
    from litmine.pdfwrite import PdfWriter

    w = PdfWriter(info=info)
    w.new_page()
    w.text(72, 90, "Women’s State Pension age:", size=30)
    w.text(72, 130, "a new decision on communications", size=30)
    w.text(72, 190, "Response to the Ombudsman’s investigation", size=14)
    w.new_page()
    for k, line in enumerate(body):
        w.text(72, 80 + 14 * k, line, size=10)
    w.save(tmp_path / name)
    return extract_document(str(tmp_path / name))[0]


def test_metadata_info_acronym_spelled_out_in_the_text_is_the_corporate_author(tmp_path):
    # no byline; the PDF info Author is the department's acronym, which the report spells out on a later page
    body = ["1. In 2018 the Ombudsman began an investigation into how the Department for Work and",
            "Pensions (“DWP”) told women born in the 1950s about changes to their State Pension age.",
            "2. The Government accepts the findings on communications; Zoë Müller’s letter is answered."] * 3
    doc = _report_pdf(tmp_path, {"Author": "DWP"}, body)
    assert doc.creators == [{"literal": "Department for Work and Pensions"}]
    assert doc.authors == ["Department for Work and Pensions"]
    assert doc.meta_confidence["authors"] == 0.5
    # an acronym the text never spells out, or a login, gives no author
    doc = _report_pdf(tmp_path, {"Author": "PHX"}, body, name="s.pdf")
    assert doc.authors == []
    doc = _report_pdf(tmp_path, {"Author": "djuren"}, body, name="t.pdf")
    assert doc.authors == []


def test_metadata_venue_never_from_the_reference_list_or_a_cited_work(tmp_path):
    from litmine.pdfwrite import PdfWriter

    w = PdfWriter()
    w.new_page()
    w.text(72, 80, "Teaching Chaos with Open Notebooks in Córdoba", size=20, font="Helvetica-Bold")
    w.text(72, 115, "Jürgen Ødegaard and Ana Núñez", size=12)
    y = 160
    for k in range(3):
        w.text(72, y, f"The underlying theory has been published in Barth et al. (2014), so we teach it ({k}).",
               size=10)
        y += 14
    w.text(72, y + 20, "References", size=14, font="Helvetica-Bold")
    y += 50
    for entry in ("Packard, N. H., Crutchfield, J. P., Farmer, J. D., & Shaw, R. S. (1980). Geometry from a",
                  "Time Series. Physical Review Letters, 45(9), 712–716.",
                  "Barth, A., Beckers, J.-M., Troupin, C. (2014). Divand-1.0: n-dimensional variational data",
                  "analysis. Geoscientific Model Development, 7(1), 225–241."):
        w.text(72, y, entry, size=10)
        y += 13
    w.save(tmp_path / "j.pdf")
    doc = extract_document(str(tmp_path / "j.pdf"))[0]
    assert doc.title == "Teaching Chaos with Open Notebooks in Córdoba"
    assert not doc.venue or not any(w in doc.venue for w in ("Physical Review", "Geoscientific", "Barth"))


def test_metadata_year_from_the_series_list_at_the_back_is_flagged(tmp_path):
    from litmine.pdfwrite import PdfWriter

    w = PdfWriter()
    w.new_page()
    w.text(72, 90, "Assessing the Migration Decision of Indian IT-Graduates", size=18, font="Helvetica-Bold")
    w.text(72, 130, "Talat Mahmood and Klaus Schömann", size=12)
    text = "Graduates weigh wages, careers and family ties when they decide whether to move abroad for work."
    for page in range(6):
        if page:
            w.new_page()
        for k in range(30):
            w.text(72, 180 + 13 * k if not page else 80 + 13 * k, f"{text[:85]} ({page}.{k})", size=10)
    w.text(72, 500, "Discussion papers of the unit", size=10, font="Helvetica-Bold")
    w.text(72, 520, "Talat Mahmood, Klaus Schömann", size=10)
    w.text(72, 533, "Assessing the Migration Decision of Indian IT-      SP II 2003 – 23", size=10)
    w.save(tmp_path / "wzb.pdf")
    doc = extract_document(str(tmp_path / "wzb.pdf"))[0]
    assert doc.title == "Assessing the Migration Decision of Indian IT-Graduates"
    assert doc.year == 2003 and doc.meta_sources["year"] == "title-listed"
    assert doc.meta_confidence["year"] < 0.5  # flagged for checking (store.db.LOW_CONFIDENCE)


def test_metadata_doi_labelled_later_in_the_text_whole_word_only():
    from litmine.ingest.metadata import extract_metadata
    from litmine.models import Passage

    filler = [Passage(i, "body", f"Paragraph {i} of the study on work first programmes and their effects.")
              for i in range(1, 40)]
    late = [Passage(40, "body", "Adoi 10.9999/not.this one is no label."),
            Passage(41, "footnote", "DOI: 10.9999/footnote.one"),
            Passage(42, "body", "This article: Doi 10.5555/the.one.2017.")]
    found = extract_metadata([Passage(0, "heading", "Work first")] + filler + late, fmt="md")
    assert found.values["doi"] == "10.5555/the.one.2017" and found.sources["doi"] == "text"


def test_metadata_doi_hint_in_any_case_and_script():
    from litmine.ingest.metadata import _doi_hint

    assert [_doi_hint(t) for t in ("see DOI 10.1/x", "Doi:", "no hint", "caf\u00e9 doi", "caf\u00e9 DO\u0130",
                                   "do\u0131", "d o i")] == [True, True, False, True, True, True, False]
