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
