from litmine.ingest.header_fields import find_year
from litmine.ingest.header_rows import front_rows, running_lines
from litmine.ingest.pdf import read_pdf
from litmine.ingest.structure import build_passages
from litmine.pdfwrite import PdfWriter


def _journal_pdf(path):
    w = PdfWriter()
    for page in range(3):
        w.new_page()
        w.text(72, 40, "Zeitschrift für Sozialreform 58 (2012) 1, 12-30", size=8)  # running head
        y = 90.0
        if page == 0:
            w.text(72, y, "Sozialpolitik in Österreich", size=16, font="Helvetica-Bold")
            y += 40
        for _ in range(25):
            w.text(72, y, "Lone parents in Malmö met advisers who knew the labour market of Łódź well.", size=10)
            y += 13
    w.save(path)
    blocks, info = read_pdf(str(path))
    return build_passages(blocks)[1], info


def test_header_rows_running_head_marked_once_for_both_readers(tmp_path):
    passages, info = _journal_pdf(tmp_path / "j.pdf")
    rows = front_rows(passages, fmt="pdf", info=info)
    heads = [r for r in rows if r.text.startswith("Zeitschrift")]
    assert len(heads) == 3 and all(r.running and r.top < 0.1 for r in heads)
    assert [r.page for r in heads] == [1, 2, 3]
    title = next(r for r in rows if r.text == "Sozialpolitik in Österreich")
    assert title.size > 1.4 and not title.running
    # the shared rows give the same answers as rows built by each reader alone
    assert running_lines(info, rows) == running_lines(info) == {"Zeitschrift für Sozialreform 58 (2012) 1, 12-30"}
    assert find_year(passages, fmt="pdf", info=info, rows=rows) == find_year(passages, fmt="pdf", info=info)


def test_header_rows_text_file_rows_stop_at_references():
    from litmine.models import Passage

    ps = [Passage(0, "heading", "Cafés in Århus"), Passage(1, "body", "Working Paper 2/2008\nJörg Weiß"),
          Passage(2, "reference", "Ølgaard, K. (1999) Cafés.")]
    rows = front_rows(ps, fmt="txt")
    assert [r.text for r in rows] == ["Cafés in Århus", "Working Paper 2/2008", "Jörg Weiß"]
    assert [r.index for r in rows] == [0, 1, 1] and all(r.page is None for r in rows)


def _side_column_pdf(path):
    """A journal's first page: a narrow column of small print (copyright, publisher) beside a display title that
    wraps over two lines, each title line level with a line of the side column."""
    w = PdfWriter(width=442, height=663)
    w.new_page()
    w.text(48, 112, "Zeitschrift für Öffentliche Politik", size=7, font="Helvetica-Bold")
    w.text(48, 126, "Band 8 (3): 433–448", size=7)
    w.text(48, 160, "Copyright© 2007", size=7)
    w.text(174, 160, "Gemeinwohl als", size=16)
    w.text(48, 178, "Verlag Müller, Köln", size=7)
    w.text(174, 184, "Normalfall?", size=16)
    w.text(48, 196, "und Zürich", size=7)
    w.text(192, 240, "Gaëlle Müller-Ørsted", size=9.5, font="Helvetica-Bold")
    y = 300.0
    for _ in range(22):
        w.text(48, y, "Die Debatte über das Gemeinwohl in Parlamenten wurde lange Zeit nur für den Kongress geführt.",
               size=9.5)
        y += 13
    w.save(path)
    return read_pdf(str(path))[1]


def test_header_rows_side_column_parted_from_title(tmp_path):
    from litmine.ingest.header_assembly import find_header
    from litmine.ingest.header_model import lines_from_pdf

    info = _side_column_pdf(tmp_path / "side.pdf")
    glued = [ln.text for ln in info["front_lines"] if "Copyright" in ln.text]
    rows = [r["text"] for r in lines_from_pdf(info["front_lines"], info["page_sizes"], info["body_size"])]
    assert "Copyright© 2007" in rows and "Gemeinwohl als" in rows
    # the side column is read first, then the title's two lines one after the other
    assert rows.index("Gemeinwohl als") + 1 == rows.index("Normalfall?")
    assert rows.index("und Zürich") < rows.index("Gemeinwohl als")
    assert glued == ["Copyright© 2007 Gemeinwohl als"]  # as the reader joined them: one line, no gutter found
    assert not any(t.startswith("Copyright") and "Gemeinwohl" in t for t in rows)
    header = find_header(info["front_lines"], page_sizes=info["page_sizes"], body_size=info["body_size"])
    assert header.title == "Gemeinwohl als Normalfall?"


def test_header_rows_affiliation_mark_beside_name_not_parted():
    from litmine.ingest.header_rows import split_side_columns
    from litmine.ingest.pdf_layout import Line

    name, mark = Line(1, 100, 200, 160, 212, "Łukasz Nowak", 12, False), Line(1, 173, 198, 178, 206, "4", 8.5, False)
    line = Line(1, 100, 198, 178, 212, "Łukasz Nowak 4", 12, False, parts=(name, mark))
    assert [ln.text for ln in split_side_columns([line])] == ["Łukasz Nowak 4"]


def test_norm_collapses_space_and_digits_as_the_regex_form():
    import re

    from litmine.ingest.header_rows import _norm

    for t in ["  Page 12 of  340\t", "Journal\u00a0of X\u2003Vol. 3", "ÉTUDES 2003-04\n", "", " \u3000 "]:
        assert _norm(t) == re.sub(r"\d+", "#", re.sub(r"\s+", " ", t.strip().lower())), t
    assert _norm("  Page 12 of  340 ") == "page # of #"
