"""Header assembly rules on hand-made headers: mastheads, running heads, labels, translations, bylines, reports."""

from litmine.ingest import extract_document
from litmine.ingest.header_assembly import _NOT_BYLINE_LABEL, find_header, split_names
from litmine.ingest.header_model import _rejoin_accents, lines_from_pdf
from litmine.ingest.header_names import byline_shaped, without_places
from litmine.ingest.pdf_layout import Line
from litmine.pdfwrite import PdfWriter

BODY = ("Local employment services in Glasgow and Dundee were studied over three years of fieldwork, with "
        "interviews of advisers, managers and service users across both cities.")
PAGE = [(595, 842)]


def body(top: float, n: int = 15, page: int = 1) -> list[Line]:
    return [Line(page, 72, top + 13 * i, 520, top + 10 + 13 * i, f"{BODY[:88]} ({i})", 10, False) for i in range(n)]


def test_header_assembly_masthead_word_not_in_title():
    lines = [Line(1, 72, 50, 400, 59, "FORUM: QUALITATIVE Volume 3, No. 2, Art. 14", 9, False),
             Line(1, 72, 60, 300, 72, "SOCIAL RESEARCH May 2002", 12, False),
             Line(1, 72, 74, 300, 86, "SOZIALFORSCHUNG", 12, False),
             Line(1, 72, 110, 500, 123, "Die Werkzeuge des Handwerks: Lehren mit Software für Qualitative Daten", 14,
                  True),
             Line(1, 72, 140, 300, 151, "Jörg Großmann", 11, False)] + body(180)
    h = find_header(lines, page_sizes=PAGE, body_size=10)
    assert h.title == "Die Werkzeuge des Handwerks: Lehren mit Software für Qualitative Daten"
    assert h.authors == ["Jörg Großmann"]


def test_header_assembly_running_head_with_page_number_not_a_title():
    lines = []
    for page in (1, 2, 3):
        lines.append(Line(page, 400, 30, 520, 40, f"songs and helping {page}", 10, False))
    lines += [Line(1, 100, 120, 500, 131, "Effects of Songs with Helpful Lyrics on Thoughts and Behaviour", 10,
                   False),
              Line(1, 200, 170, 330, 181, "Tobias Grünewald", 10, False),
              Line(1, 200, 190, 360, 201, "University of Sussex", 10, False)]
    lines += body(80, page=2) + body(80, page=3)
    h = find_header(lines, page_sizes=PAGE * 3, body_size=10)
    assert h.title == "Effects of Songs with Helpful Lyrics on Thoughts and Behaviour"
    assert "songs and helping" not in (h.title or "")
    assert h.authors == ["Tobias Grünewald"]


def test_header_assembly_article_label_and_translations_left_out():
    lines = [Line(1, 72, 180, 300, 198, "ARTIGO ORIGINAL", 18, True),
             Line(1, 72, 220, 520, 231, "Nursing theories and models that enhance professional practice", 11, True),
             Line(1, 72, 234, 520, 245, "Teorias de enfermagem e modelos que fortalecem a prática profissional", 11,
                  False),
             Line(1, 72, 248, 520, 259, "Teoría de enfermería y modelos que fortalecen la práctica profesional", 11,
                  False),
             Line(1, 72, 275, 520, 285, "Adriana Rutz Porto, Maíra Buss Thofehrn", 10, False)] + body(320)
    h = find_header(lines, page_sizes=PAGE, body_size=11)
    assert h.title == "Nursing theories and models that enhance professional practice"


def test_header_assembly_footnote_mark_ends_title_before_byline():
    lines = [Line(1, 72, 200, 500, 220, "Fatherhood in the Context of Migration:", 14, True),
             Line(1, 72, 222, 500, 242, "An Intergenerational Approach1", 14, True),
             Line(1, 72, 255, 300, 266, "Julia Brännen", 11, True)] + body(300)
    h = find_header(lines, page_sizes=PAGE, body_size=10)
    assert h.title == "Fatherhood in the Context of Migration: An Intergenerational Approach"
    assert h.authors == ["Julia Brännen"]


def test_header_assembly_numbered_heading_never_a_title():
    lines = [Line(1, 72, 100, 500, 112, "Leading Change in Management Education", 12, True),
             Line(1, 72, 120, 400, 130, "ANDREAS RÄSCHE AND MANUEL ESCUDERO", 9, True)] + body(150, 40)
    lines += [Line(2, 72, 60, 500, 76, "2. A Window of Opportunity to Champion Education", 14, True)] + body(90, page=2)
    h = find_header(lines, page_sizes=PAGE * 2, body_size=10)
    assert not (h.title or "").startswith("2.")


def test_header_assembly_credentials_and_repeated_names_are_no_authors():
    assert split_names("Marianne de Jong, MD, PhD, Marja Punt, PT, MSc") == [
        {"family": "de Jong", "given": "Marianne"}, {"family": "Punt", "given": "Marja"}]
    assert split_names("Åsa Lindqvist MD and Wei Ma") == [
        {"family": "Lindqvist", "given": "Åsa"}, {"family": "Ma", "given": "Wei"}]


def test_header_assembly_spacing_accent_rejoined():
    assert _rejoin_accents("Lars Jensen Æ Teit Lu¨thje") == "Lars Jensen Æ Teit Lüthje"
    assert _rejoin_accents("the `quoted' word") == "the `quoted' word"


def committee_cover(tmp_path, lines, name="c.pdf"):
    w = PdfWriter()
    w.new_page()
    for top, text, size, bold in lines:
        w.text(72, top, text, size=size, font="Helvetica-Bold" if bold else "Helvetica")
    w.new_page()
    w.text(72, 80, "Select Committee on Science and Technology", size=12)
    for k in range(20):
        w.text(72, 110 + 13 * k, f"{BODY[:88]} ({k})", size=10)
    path = tmp_path / name
    w.save(path)
    return extract_document(str(path))[0]


def test_header_assembly_committee_named_over_two_lines_is_one_author(tmp_path):
    doc = committee_cover(tmp_path, [(70, "HOUSE OF LORDS", 20, False),
                                     (125, "Science and Technology Select Committee", 20, False),
                                     (175, "2nd Report of Session 2010–12", 20, False),
                                     (280, "Behaviour Change and Öffentliche Politik", 42, True),
                                     (500, "Report", 30, False),
                                     (600, "Ordered to be printed 11 July 2011 and published 19 July 2011", 12, False)])
    assert doc.authors == ["House of Lords Science and Technology Select Committee"]
    assert doc.title.startswith("Behaviour Change and Öffentliche Politik")


def test_header_assembly_generic_report_title_keeps_inquiry_and_imprint_left_out():
    lines = [Line(1, 72, 80, 400, 102, "Infected Blood Inquiry", 22, False),
             Line(1, 72, 115, 400, 155, "The Report", 40, True),
             Line(1, 72, 400, 500, 414, "Presented to Parliament pursuant to Section 26 of the Inquiries Act", 14,
                  False)] + body(600, 5)
    h = find_header(lines, page_sizes=PAGE, body_size=12)
    assert h.title == "Infected Blood Inquiry: The Report"
    assert h.authors == ["Infected Blood Inquiry"]
    lines = [Line(1, 72, 300, 500, 336, "Government Response to the Inquiry into Café Safety", 36, False),
             Line(1, 72, 400, 500, 414, "Presented to Parliament", 14, False),
             Line(1, 72, 416, 500, 430, "by the Minister for the Cabinet Office", 14, False),
             Line(1, 72, 432, 500, 446, "by Command of His Majesty", 14, False)] + body(600, 5)
    h = find_header(lines, page_sizes=PAGE, body_size=12)
    assert h.title == "Government Response to the Inquiry into Café Safety"


def test_header_assembly_byline_wrapped_inside_a_name():
    lines = [Line(1, 72, 130, 520, 150, "A Practical Guide to Climate Econometrics for Teaching", 20, False),
             Line(1, 72, 190, 520, 203, "James A. Rising 1 , Azhar Hussain 2 , Kevin Schwarzwald 3, and Ana", 13,
                  False),
             Line(1, 72, 205, 200, 218, "Trišović 4", 13, False),
             Line(1, 72, 230, 520, 240, "1 Department of Economics, University of Delaware 2 Oxford", 10, False)]
    h = find_header(lines + body(280), page_sizes=PAGE, body_size=11)
    assert h.authors == ["James A. Rising", "Azhar Hussain", "Kevin Schwarzwald", "Ana Trišović"]
    lines[1:3] = [Line(1, 72, 190, 520, 203, "Ethan P. White1, 2, Virnaliz Cruz7, and S. K.", 13, False),
                  Line(1, 72, 205, 200, 218, "Morgan Ernest1, 2", 13, False)]
    h = find_header(lines + body(280), page_sizes=PAGE, body_size=11)
    assert h.authors == ["Ethan P. White", "Virnaliz Cruz", "S. K. Morgan Ernest"]


def test_header_assembly_byline_with_spaced_marks_and_affiliations_after_it():
    lines = [Line(1, 72, 130, 520, 150, "The Argo Online School: An E-learning Tool for Ocean Data", 20, False),
             Line(1, 72, 190, 520, 203, "Alberto González-Santana ∗ 1 and Pedro Vélez-Belchí † 2", 13, False),
             Line(1, 72, 206, 520, 216, "1 Centro Oceanográfico de Canarias, Instituto Español 2 UC San", 10, False),
             Line(1, 72, 218, 520, 228, "Diego 3 Neurosciences Graduate Program, UC San Diego", 10, False)]
    h = find_header(lines + body(280), page_sizes=PAGE, body_size=11)
    assert h.authors == ["Alberto González-Santana", "Pedro Vélez-Belchí"]


def test_header_assembly_line_of_unknown_size_measured_by_its_height():
    lines = [Line(1, 51, 34, 223, 42, "Eur Child Adolesc Psychiatry (2009) 18:499–509", 8.5, False),
             Line(1, 51, 108, 501, 122, "When does the Screening Questionnaire (ASSQ)", 1.0, False),
             Line(1, 51, 126, 454, 140, "predict autism spectrum disorders in school-aged", 15.9, False),
             Line(1, 51, 144, 115, 155, "children?", 15.9, False),
             Line(1, 51, 177, 371, 186, "Marja-Leena Mättilä Æ Katja Jussila", 10, False)] + body(220)
    rows = lines_from_pdf(lines, PAGE, 10)
    assert rows[1]["size_rel"] > 1.3  # not taken for body text
    h = find_header(lines, page_sizes=PAGE, body_size=10)
    assert h.title == "When does the Screening Questionnaire (ASSQ) predict autism spectrum disorders in school-aged " \
                      "children?"
    assert h.authors == ["Marja-Leena Mättilä", "Katja Jussila"]


def _probs(rows, label_of):
    """Model output made by hand: label_of(text) -> (label, probability) for each row."""
    import numpy as np

    from litmine.ingest.header_model import LABELS

    out = np.zeros((len(rows), len(LABELS)))
    for i, r in enumerate(rows):
        label, p = label_of(r["text"])
        out[i, LABELS.index(label)] = p
        out[i, LABELS.index("other" if label != "other" else "title")] = 1 - p
    return out


def test_header_assembly_masthead_parted_at_column_gap_not_in_title():
    from litmine.ingest.header_assembly import _title_run

    # the masthead's pieces as separate lines (a side column parted from them): the issue line marks the rest
    lines = [Line(1, 72, 50, 220, 59, "FORUM: QUALITATIVE", 12, False),
             Line(1, 380, 50, 520, 59, "Volume 3, No. 2, Art. 14", 9, False),
             Line(1, 72, 62, 220, 74, "SOCIAL RESEARCH", 12, False),
             Line(1, 380, 62, 460, 74, "May 2002", 9, False),
             Line(1, 72, 76, 220, 88, "SOZIALFORSCHUNG", 12, False),
             Line(1, 72, 110, 500, 123, "Die Werkzeuge des Handwerks: Lehren mit Software", 11, True),
             Line(1, 72, 140, 300, 151, "Jörg Großmann", 11, False)] + body(180)
    rows = lines_from_pdf(lines, PAGE, 10)
    # the model takes the journal's name for a title (as it did on a real masthead)
    probs = _probs(rows, lambda t: ("title", 0.99) if t.startswith(("SOCIAL", "Die Werkzeuge")) else
                   ("other", 0.99))
    assert [rows[i]["text"] for i in _title_run(rows, probs)] == ["Die Werkzeuge des Handwerks: Lehren mit Software"]


def test_header_assembly_running_head_of_names_not_the_byline():
    lines = []
    for page in (1, 2, 3):
        lines.append(Line(page, 72, 20, 300, 29, "Porto AR, Thofehrn MB, Pai DD et al.", 9, False))
    lines += [Line(1, 72, 120, 520, 138, "Teorias de enfermagem e modelos que fortalecem a prática", 16, True),
              Line(1, 72, 160, 420, 171, "Adrize Rutz Porto, Maíra Buss Thofehrn, Daiane Dal Pai", 10, False)]
    lines += body(200) + body(80, page=2) + body(80, page=3)
    h = find_header(lines, page_sizes=PAGE * 3, body_size=10)
    assert h.authors == ["Adrize Rutz Porto", "Maíra Buss Thofehrn", "Daiane Dal Pai"]


def test_header_assembly_affiliations_under_persons_not_authors():
    from litmine.ingest.header_assembly import _author_rows

    lines = [Line(1, 72, 100, 520, 118, "Writing a Love Letter to Your Perceived Enemy", 16, True),
             Line(1, 72, 140, 420, 152, "Associate Professor Michael PHILLIPS-ANDERSON", 12, False),
             Line(1, 72, 154, 420, 166, "Department of Communication, Monmouth University", 12, False),
             Line(1, 72, 168, 420, 180, "Independent Scholar Zoë PHILLIPS-ANDERSON", 12, False),
             Line(1, 72, 182, 420, 194, "Rua do Matão, 321, São Paulo, Brasil", 12, False)] + body(230)
    rows = lines_from_pdf(lines, PAGE, 10)
    # the model calls the affiliation lines authors too (as it did on a real paper)
    probs = _probs(rows, lambda t: ("title", 0.99) if t.startswith("Writing") else
                   ("author", 0.9) if t[:1] in "AIDR" and not t.startswith("Local") else ("other", 0.99))
    picked = [rows[i]["text"] for i in _author_rows(rows, probs, [0])]
    assert picked == ["Associate Professor Michael PHILLIPS-ANDERSON", "Independent Scholar Zoë PHILLIPS-ANDERSON"]


def test_header_assembly_statement_of_authorship_not_in_title():
    from litmine.ingest.header_assembly import _title_run

    lines = [Line(1, 72, 150, 520, 180, "UK Covid-19 Inquiry", 30, True),
             Line(1, 72, 240, 520, 262, "Module 1: The resilience and preparedness", 22, False),
             Line(1, 72, 266, 520, 288, "of the United Kingdom", 22, False),
             Line(1, 72, 296, 520, 309, "A report by The Rt Hon the Baroness Hallett DBE", 14, False),
             Line(1, 72, 311, 520, 324, "Chair of the UK Covid-19 Inquiry", 14, False),
             Line(1, 72, 380, 520, 393, "Juli 2024", 14, False)] + body(420, page=2)
    rows = lines_from_pdf(lines, PAGE * 2, 10)
    # the model half believes the statement of authorship is title (p 0.54, as on a real report)
    probs = _probs(rows, lambda t: ("title", 0.54) if t.startswith("A report") else
                   ("title", 0.99) if t.startswith(("UK", "Module", "of the")) else ("other", 0.99))
    assert [rows[i]["text"] for i in _title_run(rows, probs)] == [
        "UK Covid-19 Inquiry", "Module 1: The resilience and preparedness", "of the United Kingdom"]


def test_header_assembly_title_on_first_page_before_heading_set_alike():
    from litmine.ingest.header_assembly import _title_run

    lines = [Line(1, 72, 240, 520, 256, "Grenzen der Grundsicherung in Österreich", 16, False),
             Line(1, 72, 270, 300, 282, "Evi Schölz", 11, False)] + body(300) + \
        [Line(3, 72, 70, 520, 86, "Sprachen und Übersetzung der Fragebögen", 16, False)] + body(100, page=3)
    rows = lines_from_pdf(lines, PAGE * 3, 10)
    # the model is a hair surer of a later heading set in the title's type (as on a real report)
    probs = _probs(rows, lambda t: ("title", 0.98) if t.startswith("Grenzen") else
                   ("title", 0.99) if t.startswith("Sprachen") else ("other", 0.99))
    assert [rows[i]["text"] for i in _title_run(rows, probs)] == ["Grenzen der Grundsicherung in Österreich"]


def test_header_assembly_committee_named_over_three_lines_keeps_its_middle_line(tmp_path):
    doc = committee_cover(tmp_path, [(60, "HOUSE OF LORDS", 20, False),
                                     (125, "UK Engagement with", 20, False),
                                     (148, "Space Committee", 20, False),
                                     (190, "Report of Session 2024–26", 20, False),
                                     (300, "The Space Economy: Act Now or Lose Out in Zürich", 42, True),
                                     (580, "Ordered to be printed 20 October 2025 and published 4 November 2025", 12,
                                      False)])
    assert doc.authors == ["House of Lords UK Engagement with Space Committee"]
    assert doc.title == "The Space Economy: Act Now or Lose Out in Zürich"


def test_header_assembly_journal_name_above_its_issue_line_is_not_a_byline(tmp_path):
    # the journal's name wraps into two capitalised words that read like a name ("Intergroup Relations"); the issue
    # line "2008 Vol 11(1) 39–54" under it marks the block as the masthead
    lines = [Line(1, 340, 53, 470, 65, "Labour Processes &", 12, False),
             Line(1, 330, 64, 470, 76, "Intergroup Relations", 12, False),
             Line(1, 350, 78, 470, 86, "2008 Vol 11(1) 39–54", 8, False),
             Line(1, 50, 121, 500, 145, "Finding Teammates Who Are Not Prone", 24, True),
             Line(1, 50, 145, 500, 169, "to Free-Rider Effects in Göteborg", 24, True),
             Line(1, 50, 267, 200, 277, "Renée Fischer", 10, True),
             Line(1, 50, 279, 250, 288, "Erasmus University Rotterdam", 8.5, False),
             Line(1, 50, 294, 200, 304, "Jonas Ødegaard", 10, True),
             Line(1, 50, 306, 250, 315, "University of Tübingen", 8.5, False)] + body(340, 12)
    h = find_header(lines, page_sizes=PAGE, body_size=9)
    assert h.title == "Finding Teammates Who Are Not Prone to Free-Rider Effects in Göteborg"
    assert h.authors == ["Renée Fischer", "Jonas Ødegaard"]


def test_header_assembly_generic_report_title_keeps_the_part_named_on_the_cover(tmp_path):
    # "The Report" of an inquiry, volume "Overview and Recommendations" set in display type further down the cover
    doc = committee_cover(tmp_path, [(80, "Lake District Water Inquiry", 22, False),
                                     (115, "The Report", 40, True),
                                     (280, "Overview of the Findings", 22, True),
                                     (308, "on Cumbria’s Lakes", 22, True),
                                     (710, "1 of 7", 40, False),
                                     (770, "20 May 2024", 14, False)])
    assert doc.title == "Lake District Water Inquiry: The Report. Overview of the Findings on Cumbria’s Lakes"
    assert doc.authors == ["Lake District Water Inquiry"]


def test_header_assembly_street_address_under_the_byline_names_nobody():
    # a postal address block on the cover ("Quadrat B2, 1") reads like a name with a mark: no author "B"
    lines = [Line(1, 100, 236, 500, 250, "ISSP Study Monitoring 2003", 14, False),
             Line(1, 100, 266, 500, 278, "Report to the General Assembly", 12, False),
             Line(1, 100, 307, 500, 319, "Eva Schölz, Janet Harkness and Timo Faaß", 12, False),
             Line(1, 100, 328, 300, 340, "November 2005", 12, False),
             Line(1, 100, 640, 200, 652, "ZUMA", 12, False),
             Line(1, 100, 653, 200, 665, "Quadrat B2, 1", 12, False),
             Line(1, 100, 667, 200, 679, "Postfach 12 21 55", 12, False),
             Line(1, 100, 681, 200, 693, "D- 68072 Mannheim", 12, False)] + body(80, 3, page=2)
    h = find_header(lines, page_sizes=PAGE * 2, body_size=9)
    assert h.authors == ["Eva Schölz", "Janet Harkness", "Timo Faaß"]


def test_header_assembly_journal_section_repeated_from_running_head_is_not_the_title():
    from litmine.ingest.header_assembly import _title_run
    from litmine.ingest.header_titles import section_heads

    head = [Line(p, 72, 2, 300, 10, "Région and Regionalization", 7, True) for p in (1, 2, 3)]
    lines = [head[0], Line(1, 72, 96, 520, 112, "RÉGION AND REGIONALIZATION", 14, True),
             Line(1, 72, 160, 300, 172, "Andrej Šaštitko", 12, True),
             Line(1, 72, 190, 300, 201, "COMPETITIVENESS", 11, True), Line(1, 72, 211, 300, 222, "OF THE RÉGION:", 11, True),
             Line(1, 72, 232, 300, 243, "CONTENT, FACTORS,", 11, True), Line(1, 72, 253, 300, 264, "POLICIES", 11, True)]
    lines += body(300) + [head[1]] + body(100, page=2) + [head[2]] + body(100, page=3)
    rows = lines_from_pdf(lines, PAGE * 3, 10)
    assert [rows[i]["text"] for i in section_heads(rows)] == ["RÉGION AND REGIONALIZATION"]
    # the model is sure of the section's name set large, unsure of the title set in the body's size (a real paper)
    probs = _probs(rows, lambda t: ("title", 0.99) if t.startswith("RÉGION") else
                   ("title", 0.48) if t.isupper() else ("author", 0.9) if "Šaš" in t else ("other", 0.99))
    assert [rows[i]["text"] for i in _title_run(rows, probs)] == [
        "COMPETITIVENESS", "OF THE RÉGION:", "CONTENT, FACTORS,", "POLICIES"]


def test_header_assembly_by_line_naming_an_institute_above_the_byline_ends_the_title():
    from litmine.ingest.header_assembly import _title_run

    lines = [Line(1, 72, 230, 520, 245, "Studien-Monitoring 2003", 15.6, False),
             Line(1, 72, 250, 520, 263, "Report to the General Assembly", 13.5, False),
             Line(1, 72, 263, 520, 276, "on monitoring work undertaken for Übersee", 13.5, False),
             Line(1, 72, 276, 520, 289, "by ZUMA, Germany", 13.5, False),
             Line(1, 72, 289, 520, 302, "Evi Schölz, Janet Harkness and Timo Faaß", 13.5, False)] + body(400)
    rows = lines_from_pdf(lines, PAGE, 10)
    probs = _probs(rows, lambda t: ("title", 0.9) if t.startswith(("Studien", "on monitoring")) else
                   ("title", 0.2) if t.startswith("Report") else ("author", 0.7) if t.startswith("by") else
                   ("author", 0.99) if t.startswith("Evi") else ("other", 0.99))
    assert [rows[i]["text"] for i in _title_run(rows, probs)][-2:] == [
        "on monitoring work undertaken for Übersee", "by ZUMA, Germany"]
    # a "by" line naming persons is the byline, never part of the title
    lines[3] = Line(1, 72, 276, 520, 289, "by Evi Schölz and Timo Faaß", 13.5, False)
    rows = lines_from_pdf(lines, PAGE, 10)
    assert "by Evi Schölz and Timo Faaß" not in [rows[i]["text"] for i in _title_run(rows, _probs(rows, lambda t: (
        ("title", 0.9) if t.startswith(("Studien", "on monitoring", "Report")) else ("other", 0.99))))]


def test_header_assembly_title_seed_is_the_best_line_that_can_be_a_title():
    # the lines are tried in the seed's order until one can be a title: the same seed as filtering every line first
    import numpy as np

    from litmine.ingest.header_assembly import _may_be_title, _title_seed

    def plain(rows, p, never):
        ok = [i for i in range(len(rows)) if _may_be_title(rows, never, i)]
        if not ok:
            return None
        seed = max(ok, key=lambda i: (p[i] >= 0.5, round(rows[i].get("size_rel", 1.0), 2) if p[i] >= 0.5 else 0.0,
                                      -rows[i]["page"], p[i], -i))
        if p[seed] < 0.2:
            labels = [i for i, r in enumerate(rows) if r["page"] <= 3 and p[i] >= 0.5 and _label_only(r["text"])]
            if not labels or labels[0] + 1 not in ok or rows[labels[0] + 1]["page"] != rows[labels[0]]["page"]:
                return None
            seed = labels[0] + 1
        return seed

    from litmine.ingest.header_lines import _label_only

    texts = ["https://doi.org/10.1/x", "Contents", "Work First in Practice", "Ann Lee and Bo Chen", "ARTIGO ORIGINAL",
             "Welfare States Compared", "1 Introduction", "www.example.org", "A title on page four"]
    rows = [{"text": t, "page": 4 if "four" in t else 1 + k // 4, "size_rel": 1.0 + (k % 3) / 2}
            for k, t in enumerate(texts)]
    for p in ([0.9, 0.1, 0.8, 0.1, 0.2, 0.8, 0.9, 0.95, 0.99], [0.1] * 9, [0.1, 0.1, 0.1, 0.1, 0.6, 0.1, 0.1, 0.1, 0.1],
              [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.6], [0.6, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.1]):
        for never in (set(), {2}, {2, 5}, set(range(9))):
            assert _title_seed(rows, np.array(p), never) == plain(rows, np.array(p), never), (p, never)
    # the largest sure line that can be a title, the first page's of two as large (the URL and contents line cannot)
    assert _title_seed(rows, np.array([0.9] * 9), set()) == 2


def test_header_assembly_provider_under_its_label_is_no_author():
    # a repository cover sheet: the byline "Family, Given", then the provider under its label, which the model may
    # take for a second byline line ("Weber, Anna" + "FID Sozialforschung, ULB Bonn")
    lines = [Line(1, 400, 115, 532, 129, "www.repository.example", 18, False),
             Line(1, 75, 202, 411, 218, "Aktivierung und Beschäftigungsfähigkeit in", 18, False),
             Line(1, 75, 226, 431, 243, "der Grundsicherung für Arbeitsuchende", 18, False),
             Line(1, 75, 268, 159, 281, "Weber, Anna", 13, False),
             Line(1, 74, 301, 204, 310, "Arbeitspapier / working paper", 10, False),
             Line(1, 74, 327, 418, 336, "Zur Verfügung gestellt in Kooperation mit / provided in cooperation with:",
                  10, False),
             Line(1, 74, 342, 241, 350, "FID Sozialforschung, ULB Bonn", 10, False)] + body(450, page=1)
    h = find_header(lines, page_sizes=PAGE, body_size=10)
    assert h.authors == ["Anna Weber"]
    lines[6] = Line(1, 74, 342, 241, 350, "Rainer Berger Verlag", 10, False)
    assert find_header(lines, page_sizes=PAGE, body_size=10).authors == ["Anna Weber"]
    # labels of bodies, not of the persons who wrote it
    assert all(_NOT_BYLINE_LABEL.search(t) for t in ("Published by:", "Gefördert durch:", "Im Auftrag des:",
                                                       "Kontakt:", "provided in cooperation with:"))
    assert not any(_NOT_BYLINE_LABEL.search(t) for t in ("Autorinnen und Autoren:", "Prepared by:", "Authors:",
                                                           "Verlag Barbara Berger"))


def test_header_assembly_byline_with_towns_in_brackets():
    # German and Austrian journals print each author's town after the name: a byline, not part of the title
    below = [Line(1, 72, 60, 400, 80, "Arbeitsmarktpolitik im Wandel", 18, False),
             Line(1, 72, 84, 400, 98, "Konzeption und Fallbeispiel", 12, False),
             Line(1, 72, 106, 300, 118, "Heinz Weber (Wien)", 12, False)] + body(150)
    h = find_header(below, page_sizes=PAGE, body_size=10)
    assert h.title == "Arbeitsmarktpolitik im Wandel: Konzeption und Fallbeispiel"
    assert h.authors == ["Heinz Weber"]
    above = [Line(1, 72, 60, 400, 75, "Anna Roth (Bielefeld) /", 16, False),
             Line(1, 72, 78, 400, 93, "Jonas Berg (Frankfurt a. M.)", 16, False),
             Line(1, 72, 100, 500, 120, "Teilzeit und Karriere in der Verwaltung", 20, False)] + body(150)
    h = find_header(above, page_sizes=PAGE, body_size=10)
    assert h.title == "Teilzeit und Karriere in der Verwaltung"
    assert h.authors == ["Anna Roth", "Jonas Berg"]
    # an editor's mark or an acronym in brackets is no town
    assert not byline_shaped("Neue Steuerung (NSM)")
    assert without_places("Anna Weber (Hrsg.)") == "Anna Weber (Hrsg.)"
