"""Printed page labels: the sequence fit over margin numbers (pure functions), then real PDFs made by hand whose
printed page numbers differ from the page index, and the citations that use them."""

import pytest

from litmine.citations.cite import build_citation, page_citation, page_display
from litmine.cli import app
from litmine.ingest import extract_document, ingest_corpus
from litmine.ingest.page_labels import (
    MarginLine,
    find_page_labels,
    fit_labels,
    margin_candidates,
    number_candidates,
    roman_value,
    to_roman,
)
from litmine.pdfwrite import Para, PdfWriter, layout_document
from litmine.query import find_passages
from litmine.store import Store
from tests.conftest import Runner


def foot(*texts: str | None) -> list[list[MarginLine]]:
    """One page per text: the text as the page's running foot (None: the page prints nothing there)."""
    return [[MarginLine(t, "bottom")] if t is not None else [] for t in texts]


# ------------------------------------------------------------------ pure functions
def test_page_labels_offset_run_carries_across_unnumbered_pages():
    labels = find_page_labels(foot(None, "246", "247", None, "249", "250"))
    # the opening page prints no folio (an article's first page): reached back; page 4 is inferred inside the run
    assert labels == ["245", "246", "247", "248", "249", "250"]


def test_page_labels_misread_number_is_outvoted_by_its_neighbours():
    labels = find_page_labels(foot("12", "13", "41", "15", "16"))
    assert labels == ["12", "13", "14", "15", "16"]


def test_page_labels_roman_front_matter_then_arabic_body_then_restart():
    m = foot(None, "ii", "iii", "iv", "1", "2", "3", "4", "1", "2", "3")
    assert find_page_labels(m) == ["i", "ii", "iii", "iv", "1", "2", "3", "4", "1", "2", "3"]


def test_page_labels_none_without_printed_numbers():
    m = [[MarginLine("Bericht über die Lage – Band 1", "top")] for _ in range(6)]  # a constant head with a digit
    assert find_page_labels(m) == [None] * 6
    assert find_page_labels([[] for _ in range(4)]) == [None] * 4
    assert find_page_labels([]) == []


def test_page_labels_cover_and_back_pages_stay_unlabelled():
    # a repository cover sheet before a paper printed from page 22, and an unnumbered series list after it
    m = foot(None, "22", "23", "24", None, None)
    cover = "www.ssoar.info Empfohlene Zitierung / Suggested Citation: Sluka, N. Terms of use: Nutzungsbedingungen"
    assert find_page_labels(m, page_texts=[cover]) == [None, "22", "23", "24", None, None]
    # label 0 is no page: the blank page before a body starting at 1 stays unlabelled
    assert find_page_labels(foot(None, None, "1", "2", "3")) == [None, None, "1", "2", "3"]


def test_page_labels_title_page_with_little_text_is_not_reached():
    m = foot(None, "3", "4", "5", "6")
    assert find_page_labels(m, page_chars=[2400, 3000, 3100, 2900, 3050])[0] == "2"  # an article's first page
    assert find_page_labels(m, page_chars=[300, 3000, 3100, 2900, 3050])[0] is None  # a working paper's title page


def test_page_labels_running_heads_give_their_numbers():
    heads = ["8 | BEHAVIOUR CHANGE", "BEHAVIOUR CHANGE | 9", "10 | BEHAVIOUR CHANGE", "BEHAVIOUR CHANGE | 11"]
    m = [[]] + [[MarginLine(h, "top")] for h in heads]
    assert find_page_labels(m) == ["7", "8", "9", "10", "11"]
    journal = ["Revue d'Économie 31(3) 245", "246 Müller and Ó Briain", "Revue d'Économie 31(3) 247",
               "248 Müller and Ó Briain"]
    assert find_page_labels([[MarginLine(h, "top")] for h in journal]) == ["245", "246", "247", "248"]


def test_page_labels_footnote_numbers_are_not_folios():
    # footnotes that start at the foot of consecutive pages with numbers one apart, on a report without folios
    notes = ["31 https://www.judiciary.uk/judgment.pdf", "32 Introduced around 2001 by the Department.",
             "33 Ibid., p. 4.", "Later text of the paragraph.", "34 Cited in Søren Kierkegaard’s diary."]
    assert find_page_labels(foot(*notes)) == [None] * 5


def test_page_labels_only_outermost_band_counts():
    # a footnote number on its own line above the footnote text is not a folio; the folio below everything is
    def page(n, note):
        return [MarginLine(str(note), "bottom", 770, 778), MarginLine(f"http://x.org/{note}", "bottom", 780, 788),
                MarginLine(str(n), "bottom", 800, 808)]

    assert find_page_labels([page(41, 5), page(42, 6), page(43, 7)]) == ["41", "42", "43"]
    no_folio = [[MarginLine(str(k), "bottom", 770, 778), MarginLine(f"http://x.org/{k}", "bottom", 780, 788)]
                for k in (5, 6, 7)]
    assert find_page_labels(no_folio) == [None] * 3


def test_page_labels_pdf_labels_used_only_when_they_match_the_printed_numbers():
    m = foot(None, "ii", "iii", "1", "2", "3")
    assert find_page_labels(m, ["i", "ii", "iii", "1", "2", "3"]) == ["i", "ii", "iii", "1", "2", "3"]
    # a producer's 1..n labels that the paper does not print are ignored
    m = foot("101", "102", "103", "104")
    assert find_page_labels(m, ["1", "2", "3", "4"]) == ["101", "102", "103", "104"]
    # trusted labels fill a page inside the printed span that the fit left open, but never a cover
    m = foot("Cover", "1", "2", "kein Text", "4", "5")
    assert find_page_labels(m, ["C-1", "1", "2", "3", "4", "5"]) == [None, "1", "2", "3", "4", "5"]


def test_page_labels_number_candidates_and_roman_numerals():
    assert number_candidates("- 12 -") == [("arabic", 12, 1.0)]
    assert number_candidates("Seite 7 von 20") == [("arabic", 7, 1.0)]
    assert number_candidates("1 2") == [("arabic", 12, 1.0)]  # letter-spaced folio
    assert number_candidates("\ue000 118 Roger Southall \ue000") == [("arabic", 118, 0.6)]
    assert number_candidates("Über die Lage der Nation") == []
    assert number_candidates("civil") == []  # roman letters, not a roman numeral
    assert number_candidates("XIV") == [("ROMAN", 14, 1.0)]
    assert roman_value("mcmxcix") == 1999 and roman_value("iix") is None
    assert [to_roman(k) for k in (4, 9, 14, 40)] == ["iv", "ix", "xiv", "xl"]


def test_page_labels_margin_candidates_skip_decoration():
    m = [[MarginLine("ACCEPTED MANUSCRIPT", "top"), MarginLine(f"prosocial songs {k}", "top")] for k in (1, 2, 3)]
    assert margin_candidates(m) == [[("arabic", k, 0.6)] for k in (1, 2, 3)]
    assert fit_labels(margin_candidates(m)) == ["1", "2", "3"]


# ------------------------------------------------------------------ citations
def test_page_labels_citation_forms():
    assert page_citation(90, "88") == "p. 88" and page_citation(5, None) == "PDF p. 5"
    assert page_citation(None, None) is None
    assert page_display(90, "88") == "p. 88 (PDF p. 90)" and page_display(7, "vii") == "p. vii (PDF p. 7)"
    assert build_citation("Ó Briain, 2019", page_citation(10, "116")) == "(Ó Briain, 2019, p. 116)"
    assert build_citation("Ó Briain, 2019", page_citation(None, None)) == "(Ó Briain, 2019)"


# ------------------------------------------------------------------ hand-made PDFs
def report_paras(n: int = 24) -> list[Para]:
    body = ("Die Kommission empfiehlt, dass lokale Partnerschaften für Beschäftigung die Ko-Produktion mit "
            "Alleinerziehenden stärken und ihre Wirkung über mehrere Jahre messen. ")
    paras = [Para("Bericht über lokale Beschäftigungspolitik", "title"), Para("Select Committee on Welfare", "meta")]
    paras += [Para(f"Absatz {i + 1}. " + body * 4) for i in range(n)]
    return paras


def test_page_labels_pdf_report_printed_from_page_86(tmp_path):
    path = tmp_path / "bericht.pdf"
    layout_document(report_paras(), first_page_number=86).save(path)
    doc, _ = extract_document(str(path))
    assert doc.pages >= 3
    assert doc.page_labels[:3] == ["86", "87", "88"]
    on_3 = [p for p in doc.passages if p.page == 3]
    assert on_3 and all(p.page_label == "88" for p in on_3)
    assert all(p.page_label == str(p.page + 85) for p in doc.passages)
    assert "\n88\n" not in doc.text


def test_page_labels_pdf_without_printed_numbers_says_so(tmp_path):
    path = tmp_path / "ohne.pdf"
    layout_document(report_paras(8), page_numbers=False).save(path)
    doc, _ = extract_document(str(path))
    assert doc.pages >= 2 and doc.page_labels == [None] * doc.pages
    assert all(p.page_label is None and p.page for p in doc.passages)


def numbered_pdf(path, folios: list[str], labels: list[tuple[int, str, int]]):
    """Pages of text with a folio at the foot and a /PageLabels tree."""
    w = PdfWriter()
    for k, folio in enumerate(folios):
        w.new_page()
        for i in range(12):
            w.text(72, 100 + 16 * i, f"Zeile {i} der Seite {k + 1}: Beschäftigung und Teilhabe.", size=10)
        w.text(290, 800, folio, size=8)
    w.page_labels = labels
    w.save(path)
    return path


def test_page_labels_pdf_page_labels_tree_checked_against_print(tmp_path):
    # /PageLabels says i, ii, 1, 2...: roman front matter, body from 1, printed the same way - trusted
    printed = ["i", "ii", "1", "2", "3", "4"]
    doc, _ = extract_document(str(numbered_pdf(tmp_path / "a.pdf", printed, [(0, "r", 1), (2, "D", 1)])))
    assert doc.page_labels == printed
    # the same tree on a paper printed from 245 is not believed
    printed = [str(245 + k) for k in range(6)]
    doc, _ = extract_document(str(numbered_pdf(tmp_path / "b.pdf", printed, [(0, "r", 1), (2, "D", 1)])))
    assert doc.page_labels == printed


def test_page_labels_pdf_small_page_on_a4_folio_found_and_dropped(tmp_path):
    # a book page printed on A4: the folio sits under the text block, far above the bottom margin zone
    w = PdfWriter()
    for k in range(4):
        w.new_page()
        for i in range(20):
            w.text(120, 120 + 14 * i, f"Satz {i} auf Seite {k}: die Ökonomie der Wohlfahrt.", size=10)
        w.text(280, 420, str(215 + k), size=9)
    w.save(tmp_path / "buch.pdf")
    doc, _ = extract_document(str(tmp_path / "buch.pdf"))
    assert doc.page_labels == ["215", "216", "217", "218"]
    assert not any(p.text.strip() in {"215", "216", "217", "218"} for p in doc.passages)


# ------------------------------------------------------------------ query
@pytest.fixture
def report_db(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    layout_document(report_paras(), first_page_number=86,
                    info={"Title": "Bericht über lokale Beschäftigungspolitik", "Author": "Jürgen Müller"}
                    ).save(corpus / "bericht.pdf")
    layout_document(report_paras(8), page_numbers=False,
                    info={"Title": "Ohne Seitenzahlen", "Author": "Anna Kerr"}).save(corpus / "ohne.pdf")
    db = tmp_path / "s.db"
    store = Store(db)
    report = ingest_corpus(corpus, store, jobs=1)
    assert report.ok, report.failed
    store.close()
    return db


def test_query_cites_the_printed_page(report_db):
    store = Store(report_db)
    hits = find_passages(store, text='"Absatz 5"', limit=None)
    by_path = {h.document.path.rsplit("/", 1)[-1]: h for h in hits}
    printed = by_path["bericht.pdf"]
    assert printed.passage.page_label == str(printed.passage.page + 85)
    assert printed.citation.endswith(f", p. {printed.passage.page + 85})")
    plain = by_path["ohne.pdf"]
    assert plain.passage.page_label is None and plain.citation.endswith(f", PDF p. {plain.passage.page})")
    store.close()


@pytest.mark.slow
def test_query_cli_shows_printed_and_physical_page(report_db):
    result = Runner().invoke(app, ["query", "--db", str(report_db), '"Absatz 5"', "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    rows = {r["path"].rsplit("/", 1)[-1]: r for r in json.loads(result.stdout)}
    row = rows["bericht.pdf"]
    assert row["page_label"] == str(row["page"] + 85) and row["citation"].endswith(f"p. {row['page'] + 85})")
    md = Runner().invoke(app, ["query", "--db", str(report_db), '"Absatz 5"', "--format", "md"]).stdout
    assert f"p. {row['page'] + 85}), " in md and f"PDF p. {row['page']}" in md
