import json

import numpy as np

from litmine.ingest import extract_document
from litmine.ingest.header_assembly import creators_from_names, find_header, split_names
from litmine.ingest.header_model import LABELS, MODEL_PATH, lines_from_pdf, load_model, name_shaped
from litmine.ingest.pdf_layout import Line
from litmine.pdfwrite import PdfWriter

BODY = ("Local employment services in Glasgow and Dundee were studied over three years of fieldwork, with "
        "interviews of advisers, managers and service users across both cities.")


def header_pdf(tmp_path, header, *, info=None, name="h.pdf"):
    """A one-page PDF: header lines (text, size, bold) from the top, then body paragraphs in 10 pt."""
    w = PdfWriter(info=info)
    w.new_page()
    y = 70.0
    for text, size, bold in header:
        w.text(72, y, text, size=size, font="Helvetica-Bold" if bold else "Helvetica")
        y += size * 1.5
    y += 20
    for k in range(14):
        w.text(72, y, f"{BODY[:88]} ({k})", size=10)
        y += 13
    path = tmp_path / name
    w.save(path)
    return extract_document(str(path))[0]


def test_header_model_shipped_weights_load_and_label_a_header():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["labels"] == list(LABELS) and data["meta"]["trained_on"]["grobid_header_docs"] > 500
    lines = [Line(1, 72, 80, 520, 104, "Welfare Reform and Local Labour Markets", 22, True),
             Line(1, 72, 120, 300, 132, "Jürgen Müller and Ana López", 12, False),
             Line(1, 72, 140, 400, 150, "Department of Sociology, University of Göttingen", 9, False)]
    lines += [Line(1, 72, 180 + 13 * i, 520, 190 + 13 * i, BODY[:90], 10, False) for i in range(15)]
    rows = lines_from_pdf(lines, [(595, 842)], 10)
    probs = load_model().predict_proba(rows)
    assert probs.shape == (len(rows), len(LABELS)) and np.allclose(probs.sum(axis=1), 1)
    assert LABELS[int(np.argmax(probs[0]))] == "title"
    assert probs[1, LABELS.index("author")] > probs[1, LABELS.index("title")]
    assert LABELS[int(np.argmax(probs[5]))] == "other"


def test_header_model_series_line_above_title_is_not_the_title(tmp_path):
    doc = header_pdf(tmp_path, [("Reihe Politikwissenschaft", 11, False), ("Political Science Series", 11, False),
                                ("Governance Networks in Small European States", 20, True),
                                ("Karl Brückner", 12, False)])
    assert doc.title == "Governance Networks in Small European States"
    assert doc.authors == ["Karl Brückner"]
    assert doc.creators == [{"family": "Brückner", "given": "Karl"}]
    assert doc.meta_sources["title"] == "header-model" and 0 < doc.meta_confidence["title"] <= 1


def test_header_model_journal_masthead_line_is_not_the_title(tmp_path):
    doc = header_pdf(tmp_path, [("SOCIAL RESEARCH May 2002 SOZIALFORSCHUNG", 9, False),
                                ("Trust and Distrust in Post-Socialist Municipalities", 18, True),
                                ("Maria Kowalska", 12, False)])
    assert doc.title == "Trust and Distrust in Post-Socialist Municipalities"
    assert doc.authors == ["Maria Kowalska"]


def test_header_model_all_caps_author_line_split_with_proper_case(tmp_path):
    doc = header_pdf(tmp_path, [("Leading Change in Business Schools", 20, True),
                                ("ANDREAS RASCHE AND MANUEL ESCUDERO", 11, False)])
    assert doc.authors == ["Andreas Rasche", "Manuel Escudero"]
    assert doc.creators[1] == {"family": "Escudero", "given": "Manuel"}


def test_header_model_glued_and_between_two_names():
    assert split_names("Courtney Monkand Francis Teal") == [{"family": "Monk", "given": "Courtney"},
                                                             {"family": "Teal", "given": "Francis"}]
    assert split_names("Roland Smith") == [{"family": "Smith", "given": "Roland"}]
    assert split_names("Colin Lindsay1,2, Sarah Pearson* and Zoë Bühler\u2020") == [
        {"family": "Lindsay", "given": "Colin"}, {"family": "Pearson", "given": "Sarah"},
        {"family": "Bühler", "given": "Zoë"}]
    assert split_names("Mahmood, Talat; Schömann, Klaus")[1] == {"family": "Schömann", "given": "Klaus"}


def test_header_model_staff_login_in_pdf_info_is_not_an_author(tmp_path):
    doc = header_pdf(tmp_path, [("Migration Decisions of Graduates in Transition", 20, True)],
                     info={"Author": "djuren", "Title": "Microsoft Word - paper_v3.docx"})
    assert doc.title == "Migration Decisions of Graduates in Transition"
    assert doc.authors == [] and doc.creators == []
    doc = header_pdf(tmp_path, [("Migration Decisions of Graduates in Transition", 20, True)],
                     info={"Author": "ur"}, name="b.pdf")
    assert doc.authors == []


def test_header_model_corporate_author_kept_whole(tmp_path):
    creators = split_names("House of Lords Science and Technology Select Committee")
    assert creators == [{"literal": "House of Lords Science and Technology Select Committee"}]
    assert creators_from_names(["UK Covid-19 Inquiry", "Ann Lee"]) == [
        {"literal": "UK Covid-19 Inquiry"}, {"family": "Lee", "given": "Ann"}]
    doc = header_pdf(tmp_path, [("HOUSE OF LORDS", 16, False), ("Science and Technology Select Committee", 16, False),
                                ("Behaviour Change", 36, True)])
    assert doc.title == "Behaviour Change"
    assert "HOUSE OF LORDS" not in (doc.title or "")


def test_header_model_review_summary_heading_is_not_an_author(tmp_path):
    doc = header_pdf(tmp_path, [("Teaching Reproducible Research with Notebooks", 17, False),
                                ("Dörte Weiß", 12, True), ("Review Summary", 12, True),
                                ("File Name Description", 12, True)])
    assert doc.authors == ["Dörte Weiß"]
    assert not name_shaped("Review Summary") or "Review Summary" not in doc.authors


def test_header_model_title_with_subtitle_over_two_lines(tmp_path):
    doc = header_pdf(tmp_path, [("Work First Revisited", 22, True), ("Activation Policy in Three Cities", 15, False),
                                ("Sarah Pearson", 12, False)])
    assert doc.title == "Work First Revisited: Activation Policy in Three Cities"
    assert doc.authors == ["Sarah Pearson"]


def test_header_model_letter_spaced_and_all_caps_title():
    lines = [Line(1, 72, 80, 520, 104, "F R E E  M O V E M E N T", 20, True),
             Line(1, 72, 110, 520, 134, "OF CAPITAL AND THE LABOUR MARKET", 20, True),
             Line(1, 72, 150, 300, 162, "Dubravko Mihaljek", 12, False)]
    lines += [Line(1, 72, 190 + 13 * i, 520, 200 + 13 * i, BODY[:90], 10, False) for i in range(15)]
    h = find_header(lines, page_sizes=[(595, 842)], body_size=10)
    assert h.title == "Free Movement of Capital and the Labour Market"
    assert h.authors == ["Dubravko Mihaljek"] and h.sources["authors"] == "header-model"


def test_header_model_table_of_contents_line_is_not_the_title():
    lines = [Line(1, 72, 80, 520, 100, "Contents", 18, True),
             Line(1, 72, 120, 520, 132, "Citation ........................................ 5", 12, False),
             Line(1, 72, 140, 520, 152, "Summary ......................................... 7", 12, False)]
    lines += [Line(1, 72, 190 + 13 * i, 520, 200 + 13 * i, BODY[:90], 10, False) for i in range(15)]
    h = find_header(lines, page_sizes=[(595, 842)], body_size=10)
    assert "...." not in (h.title or "") and "Citation" not in (h.title or "")


def test_header_model_body_sentence_is_not_the_title(tmp_path):
    w = PdfWriter()
    w.new_page()
    for k in range(30):
        w.text(72, 70 + 13 * k, f"{BODY[:88]} ({k})", size=10)
    w.save(tmp_path / "körper.pdf")
    doc = extract_document(str(tmp_path / "körper.pdf"))[0]
    assert not doc.title.startswith("Local employment services")
    assert doc.meta_sources["title"] != "header-model" and doc.authors == []


def _line(top: float, text: str, size: float, bold: bool = False) -> Line:
    return Line(1, 72, top, 520, top + size, text, size, bold)


def test_header_model_title_goes_on_in_lower_case_and_takes_a_subtitle():
    body = "We study trade among partners of the union and show the results hold."
    h = find_header([_line(90, "Driving Forces of Vertical Trade", 16), _line(110, "in Europe and Ærø 1996–2005", 12),
                     _line(150, "Lars Jensen and Teit Lüthje", 11), _line(215, body, 10)],
                    body_size=10, page_sizes=[(595, 842)])
    assert h.title == "Driving Forces of Vertical Trade in Europe and Ærø 1996–2005"
    assert h.authors == ["Lars Jensen", "Teit Lüthje"]
    h = find_header([_line(90, "Leading Change", 18, True),
                     _line(112, "The Role of Principles for Responsible Education", 14, True),
                     _line(150, "ANDREAS RASCHE AND MANUEL ESCUDERO", 10, True), _line(200, body, 10)],
                    body_size=10, page_sizes=[(595, 842)])
    assert h.title == "Leading Change: The Role of Principles for Responsible Education"


def test_header_model_shorter_info_title_does_not_cut_the_printed_one():
    h = find_header([_line(90, "Consumer Surplus in a Political Economy Model of Merger", 12, True),
                     _line(104, "Control", 12, True), _line(130, "by Damien J. Neven and Lars-Hendrik Röller", 10),
                     _line(160, "This paper considers merger control in a common agency framework where firms lobby.",
                           10)],
                    body_size=10, page_sizes=[(595, 842)],
                    pdf_meta={"Title": "Consumer Surplus in a Political Economy Model of Merger"})
    assert h.title == "Consumer Surplus in a Political Economy Model of Merger Control"
    assert h.sources["title"] == "header-model" and h.confidence["title"] >= 0.9
    assert h.authors == ["Damien J. Neven", "Lars-Hendrik Röller"]


def test_header_model_section_and_series_lines_are_neither_title_nor_author(tmp_path):
    # a journal's section line above the title, and a report series with its number (issue 11 examples)
    doc = header_pdf(tmp_path, [("European Union Politics", 9, False), ("Forum Section", 9, False),
                                ("Enlargement Fatigue in the Øresund Region", 20, True),
                                ("Søren Møller", 12, False)])
    assert doc.title == "Enlargement Fatigue in the Øresund Region"
    assert doc.authors == ["Søren Møller"]
    doc = header_pdf(tmp_path, [("ZUMA Methodenbericht 2005/08", 11, False),
                                ("Monitoring the Survey Fieldwork in Münster", 20, True),
                                ("Evi Schölz and Janet Harkness", 12, False)], name="z.pdf")
    assert doc.title == "Monitoring the Survey Fieldwork in Münster"
    assert doc.authors == ["Evi Schölz", "Janet Harkness"]
    assert doc.venue and "Methodenbericht" in doc.venue


def test_header_model_side_column_of_authors_beside_the_title():
    # a journal's narrow column of authors and affiliations left of the title column (Springer, 2009): the reader
    # gives the two columns apart; the header is read block by block from the top, so the title comes first
    from litmine.ingest.header_model import block_order

    abstract = "Symptom scores of children referred to a clinic were read from their records by two raters"
    left = [Line(1, 52, 31, 158, 39, "Eur J Child Stud (2009)", 8.5, False, column=1),
            Line(1, 52, 41, 186, 47, "18:257–264 DOI 10.1007/s00787-008-0726-4", 8.5, False, column=1)]
    left += [Line(1, 51, 95 + 11.3 * k, 190, 105 + 11.3 * k, name, 10.7, False, column=1)
             for k, name in enumerate(["Mariëlle de Jong, MD", "Marja Punt, PT, MSc", "Erik de Groot, MSc",
                                       "Tjitske Hielkema, MD", "Ruud B. Minderaa, MD, PhD"])]
    left += [Line(1, 51, 275 + 9.5 * k, 200, 283 + 9.5 * k, text, 8.5, False, column=1)
             for k, text in enumerate(["Received: 16 August 2007", "Published online: 22 January 2009",
                                       "M. de Jong, MD", "Department of Child Psychiatry", "Symfora Group",
                                       "Amersfoort, The Netherlands", "University Medical Center Groningen",
                                       "Regentesselaan 10", "3762 DS Soest, The Netherlands", "Tel.: +31-35/6017952",
                                       "E-Mail: punt@example.nl"])]
    right = [Line(1, 227, 36, 391, 46, "ORIGINAL CONTRIBUTION", 14.9, False, column=2),
             Line(1, 220, 88, 511, 106, "Symptom diagnostics based on clinical", 19.2, False, column=2),
             Line(1, 220, 111, 273, 125, "records", 19.2, False, column=2),
             Line(1, 219, 138, 503, 152, "A tool for scientific research in child psychiatry?", 14.9, False, column=2)]
    right += [Line(1, 221, 268 + 11.3 * k, 529, 278 + 11.3 * k, f"{abstract} ({k})", 10.7, False, column=2)
              for k in range(24)]
    below = [Line(1, 51, 633 + 11.3 * k, 544, 643 + 11.3 * k, f"{abstract} and more ({k})", 10.7, False)
             for k in range(6)]
    order = [ln.text for ln in block_order(below + right + left)]
    assert order[:4] == ["Eur J Child Stud (2009)", "18:257–264 DOI 10.1007/s00787-008-0726-4", "ORIGINAL CONTRIBUTION",
                         "Symptom diagnostics based on clinical"]
    h = find_header(left + right + below, page_sizes=[(595, 791)], body_size=10.7)
    assert h.title == "Symptom diagnostics based on clinical records: A tool for scientific research in child psychiatry?"
    assert h.creators[0] == {"family": "de Jong", "given": "Mariëlle"}


def test_header_model_text_features_count_cases_and_names_as_defined():
    import math

    from litmine.ingest import header_model as hm

    def plain(text):  # the features' definitions, word by word (what _text_features computes faster)
        words = hm._WORD.findall(text)
        tokens = text.split()
        n, alpha = max(len(words), 1), [w for w in words if w[:1].isalpha()]
        return [sum(1 for w in alpha if w[:1].isupper()) / n, sum(1 for w in alpha if len(w) > 1 and w.isupper()) / n,
                sum(1 for w in alpha if w[:1].islower()) / n, sum(1 for w in words if w.lower() in hm._STOP) / n,
                sum(1 for t in tokens if hm._NAME_TOKEN.match(t)) / max(len(tokens), 1)]

    lines = ["Ann B. Lee and Bo van der Berg", "ÉMILE DURKHEIM & Max Weber, et al.", "ªB ²x Ñandú über THE of",
             "by Ann Lee, de la Cruz; du Bois", "1.2 Ωmega × Øre ßtraße", "", "  ", "x"]
    for text in lines:
        got = hm._text_features(text)
        assert got[2:5] + got[6:8] == plain(text), text
        assert got[0] == math.log1p(len(text.split())) and len(got) == hm.N_TEXT


def test_header_model_look_ahead_patterns_find_what_their_plain_forms_find():
    import re

    from litmine.ingest import header_model as hm

    plain = {"_YEAR": (r"\b(1[89]\d{2}|20\d{2})\b", 0), "_vol_no": (r"\b(?:vol|no)\.?\s*\d", re.I),
             "_marks": (r"(?<=[^\W\d_])\d+(?:,\d+)*|[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3∗]+", 0),
             "_name_sep": (r"\s*(?:,|;|&|\band\b|\bund\b|\u2022|\||Æ|·)\s*", re.I),
             "_url": (r"https?:|www\.|doi\b|\.org\b|\.com\b", re.I), "_and": (r"\band\b|&|\bund\b", re.I),
             "_leader": (r"\.{4,}|…{2,}|(?:\.\s){4,}", 0)}
    texts = ["Ann Lee1,2, Bo Chen* and Cy Dodd† AND Eve Ek UND Flo Fu • Gus | Hal æ Ida · Jo",
             "Vol. 31, No. 3, 2006 — NO 4 vol5 x1899y 21000 1999", "See HTTPS://x.ORG and www.y.com, DOI 10.1/2",
             "Contents ........ 5 … … …… . . . . 7", "ÆØ Über² Ärger³ naïve¹ Smith§", "", "   "]
    for name, (pattern, flags) in plain.items():
        new, old = getattr(hm, name), re.compile(pattern, flags)
        for t in texts:
            assert [m.span() for m in new.finditer(t)] == [m.span() for m in old.finditer(t)], (name, t)
            assert new.split(t) == old.split(t) and new.sub("", t) == old.sub("", t), (name, t)
