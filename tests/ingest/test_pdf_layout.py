"""Page geometry (pdf_layout.py): the emptiest vertical strip of a page and the column gutters found from it."""

from litmine.ingest.pdf_layout import Line, _emptiest_x, all_gutters


def _seg(x0: float, x1: float, text: str = "Straße über Öffentlichkeit") -> Line:
    return Line(1, x0, 100.0, x1, 110.0, text, 10.0, False)


def test_pdf_layout_emptiest_x_least_covered_nearest_the_middle():
    # the segments (each widened by a point) leave 152..198 and 402..449 uncovered: 198 and 402 lie as near the
    # middle (300); the left one wins the tie
    clusters = [[_seg(20, 150), _seg(200, 400), _seg(451, 580)]]
    assert _emptiest_x(clusters, 100, 500, 600.0) == (198, 0)
    # one segment over the middle: the least covered x nearest the middle is just outside it
    x, cover = _emptiest_x([[_seg(280, 330, "Mitte – Zentrum")]], 200, 400, 600.0)
    assert (x, cover) == (278, 0)


def test_pdf_layout_emptiest_x_empty_range():
    assert _emptiest_x([[_seg(10, 20)]], 300, 200, 600.0) == (None, 0)


def test_pdf_layout_all_gutters_two_columns():
    # 20 lines of two columns with an empty strip between 290 and 310: one gutter inside the strip
    clusters = [[_seg(56, 290, f"Zeile {i} über Württemberg"), _seg(310, 540, f"Zeile {i} zur Aufgabenteilung")]
                for i in range(20)]
    gutters = all_gutters(clusters, 595.0)
    assert len(gutters) == 1 and 290 < gutters[0] < 310
