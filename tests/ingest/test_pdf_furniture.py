"""Page furniture and back matter that are no notes (issue 13, helper F52): a journal's running lines set on a
page smaller than the paper (outside the margin zones), the article's own citation line at the foot of its first
page, a running footer parted at a column gutter, a series' catalogue of its papers set small at the back. Every
page here is hand-made."""

from collections import Counter

from litmine.ingest.extract import extract_document
from litmine.ingest.pdf import _own_range, _pieces_of_running
from litmine.pdfwrite import PdfWriter

_TEXT = "Zeile {} eines Aufsatzes über Kinderarbeit in den Medien und den Schutz der Kinder.{}"


def _book_page(w: PdfWriter, page: int, *, head: str | None, foot: str | None, notes: list[str]) -> None:
    """A journal's page printed on A4: its text block from 0.16 to 0.8 of the page's height, a running head at
    0.137 and a running footer at 0.89 (outside the margin zones, the outer tenths of the page)."""
    w.new_page()
    if head:
        w.text(110, 115, head, size=9)
    for i in range(30):
        mark = f"\x01{page + 1}\x02" if i == 10 and notes else ""
        w.text(110, 140 + 16 * i, _TEXT.format(i, mark), size=10)
    for k, note in enumerate(notes):
        w.text(110, 640 + 10 * k, note, size=8)
    if foot:
        w.text(110, 750, foot, size=8)


def _passages(w: PdfWriter, tmp_path, name: str):
    w.save(tmp_path / name)
    doc, _ = extract_document(str(tmp_path / name))
    return doc.passages


def test_running_lines_of_a_book_page_on_a4_outside_the_margin_zones_are_dropped(tmp_path):
    # the journal's footer repeats at 0.89 of the page's height and its heads at 0.137 (the page's last and first
    # lines): running lines, though outside the margin zones; before, the footer was read as a note under the notes.
    # The first page's byline, where the running head of the even pages repeats it, stays
    w = PdfWriter()
    for page in range(5):
        head = "Melanie Muster" if page % 2 or not page else f"Kinderarbeit in den Medien {page + 91}"
        _book_page(w, page, head=head, foot="www.sozialrundschau.at Sozialrundschau (43.Jg.) Heft 4/2003",
                   notes=[f"{page + 1} Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 19{page + 20}."])
    passages = _passages(w, tmp_path, "heads.pdf")
    texts = [p.text for p in passages]
    assert not any("sozialrundschau" in t.lower() for t in texts)
    assert [p.page for p in passages if "Melanie Muster" in p.text] == [1]
    assert not any("in den Medien 9" in t for t in texts)
    notes = [p.text for p in passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2", "3", "4", "5"]
    assert all(t.endswith(f"Tübingen 19{20 + k}.") for k, t in enumerate(notes))


def test_the_articles_own_citation_line_at_the_foot_of_its_first_page_is_dropped(tmp_path):
    # the imprint under the first page's text gives the article's page range (its printed pages 91 to 94): the
    # journal's citation of the article itself, no note; its heads print 92 to 94
    w = PdfWriter()
    for page in range(4):
        head = None if page == 0 else f"{page + 91} Melanie Muster" if page % 2 else \
            f"Kinderarbeit in den Medien {page + 91}"
        _book_page(w, page, head=head, foot=None, notes=[])
        if page == 0:
            w.text(110, 722, "Diskurs Kindheits- und Jugendforschung Heft 1-2009, S. 91-94", size=7)
    texts = [p.text for p in _passages(w, tmp_path, "imprint.pdf")]
    assert not any("Heft 1-2009" in t for t in texts)
    assert any(t.startswith("Zeile 0 eines Aufsatzes") for t in texts)


def test_the_imprints_lines_under_the_articles_citation_line_go_with_it(tmp_path):
    # the imprint of two lines at the foot of the first page: the citation line with the article's pages and the
    # journal's ISSN under it; the text that goes on on the next page (its first word in lower case) joins the
    # first page's paragraph, not the imprint
    w = PdfWriter()
    for page in range(4):
        head = None if page == 0 else f"{page + 91} Melanie Muster" if page % 2 else \
            f"Kinderarbeit in den Medien {page + 91}"
        _book_page(w, page, head=head, foot=None, notes=[])
        if page == 0:
            w.text(110, 640, "und so geht der Absatz dieser ersten Seite weiter mit", size=10)
            w.text(110, 712, "Zeitschrift für Kindheitsforschung, vol. 10, no. 1 / 2009: 91-94", size=7)
            w.text(110, 722, "eISSN 1775-352X © Verlag Muster", size=7)
    texts = [p.text for p in _passages(w, tmp_path, "imprint2.pdf")]
    assert not any("eISSN" in t or "Kindheitsforschung" in t for t in texts)


def test_own_range_is_the_articles_span_of_printed_pages():
    assert _own_range("Historical Social Research, Supplement \u2014 2008 \u2014 No. 20, 90-99", (90, 99))
    assert _own_range("SWS-Rundschau (43.Jg.) Heft 4/2003: 429 \u2013 449 www.sws-rundschau.at", (429, 448))
    # another range, a cited work's pages or an issue's year, is none; nor is anything without printed labels
    assert not _own_range("Vgl. Müller 2003, S. 91-95.", (90, 99))
    assert not _own_range("Heft 1-2009, S. 12", (1, 16))
    assert not _own_range("S. 90-99", None)
    # a cited journal's issue range, and, in a paper whose printed pages start at 1, a range short of its last page
    # (a JOSE reference, "Theoretical Computer Science, 375(1-3), 201-226", in a paper of pages 1 to 4)
    assert not _own_range("375(1-3), 201\u2013226. doi:10.1016/j.tcs.2006.12.042", (1, 4))
    assert not _own_range("Journal of Logic 12, 1-3.", (1, 4))
    assert _own_range("Journal of Open Source Education, pp. 1-4", (1, 4))


def test_a_running_footer_parted_at_a_column_gutter_is_dropped_in_pieces():
    # the footer's two pieces under the two-column pages at the back (two of them) are the running footer's
    keys = Counter({("bottom", "www.zs.at zeitschrift heft #/#: # – #"): 9, ("bottom", "www.zs.at"): 2,
                    ("bottom", "zeitschrift heft #/#: # – #"): 2, ("bottom", "zs"): 2, ("top", "www.zs.at"): 2,
                    ("top", "# melanie muster, ina beispiel"): 9, ("top", "melanie muster, ina beispiel"): 1})
    _pieces_of_running(keys, 6)
    assert keys[("bottom", "www.zs.at")] == 6 and keys[("bottom", "zeitschrift heft #/#: # – #")] == 6
    assert keys[("bottom", "zs")] == 2 and keys[("top", "www.zs.at")] == 2  # too short; another zone
    assert keys[("top", "melanie muster, ina beispiel")] == 1  # the byline on the first page, once


def _catalogue_page(w: PdfWriter, first: int) -> None:
    """A page of a series' catalogue at a paper's back: years as headings at the body's size, each paper's authors,
    title and order number in small type, the second year's papers down to the page's foot."""
    w.new_page()
    y = 80
    for year, count in ((2000, 9), (2001, 9)):
        w.text(72, y, f"Discussion Papers {year}", size=10)
        y += 22
        for k in range(count):
            w.text(72, y, f"Autorin {first + k} und Autor {first + k + 1}", size=8)
            w.text(72, y + 10, f"Die Messung des Sozialstaates im Vergleich, Teil {k + 1}", size=8)
            w.text(72, y + 20, f"Bestell-Nr.: FS I {year - 2000:02d} - {201 + k}", size=8)
            y += 36


def test_a_series_catalogue_set_small_at_the_back_holds_no_notes(tmp_path):
    # notes are called on the first two pages; the catalogue at the back, past them, opens no line with a note's
    # number: its small lines under a heading at the body's size are no foot zone of notes
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        for i in range(40):
            mark = f"\x01{page + 1}\x02" if i == 12 and page < 2 else ""
            w.text(72, 72 + 15 * i, _TEXT.format(i, mark), size=10)
        if page < 2:
            w.text(72, 700, f"{page + 1} Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. {page + 5}.",
                   size=8)
    _catalogue_page(w, 1)
    passages = _passages(w, tmp_path, "catalogue.pdf")
    notes = [p.text for p in passages if p.kind == "footnote"]
    assert [t.split()[0] for t in notes] == ["1", "2"]
    assert not any("Bestell-Nr." in t for t in notes)
    assert any("Bestell-Nr.: FS I 01 - 205" in p.text for p in passages)  # the catalogue's text stays


def test_a_short_last_pages_text_above_its_citation_line_stays(tmp_path):
    # the last page of an article holds three lines of text and, at its foot, the journal's line with the article's
    # pages: the line goes, the text above it (among the page's four first lines too) stays
    w = PdfWriter()
    for page in range(3):
        _book_page(w, page, head=None, foot=f"Zeitschrift für Kindheitsforschung 10 (2009), S. {91 + page}", notes=[])
    w.new_page()
    for i in range(3):
        w.text(110, 140 + 16 * i, f"Schlusszeile {i} des Aufsatzes über Kinderarbeit in den Medien.", size=10)
    w.text(110, 750, "Zeitschrift für Kindheitsforschung 10 (2009), S. 91-94", size=8)
    texts = " ".join(p.text for p in _passages(w, tmp_path, "short_last.pdf"))
    assert all(f"Schlusszeile {i}" in texts for i in range(3))
    assert "S. 91-94" not in texts
