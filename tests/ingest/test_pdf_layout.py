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


def test_pdf_layout_spanning_segments_bound_the_least_cover():
    from litmine.ingest.pdf_layout import _spanning

    clusters = [[_seg(71, 541)], [_seg(100, 541)], [_seg(71, 300), _seg(310, 541)], [_seg(-0.5, 700)]]
    assert _spanning(clusters, 73, 538) == 2  # the full line and the one wider than the page
    assert _spanning(clusters, 101, 538) == 3 and _spanning(clusters, 300, 200) == 0
    for lo, hi in ((73, 538), (101, 538), (178, 416)):
        assert _emptiest_x(clusters, lo, hi, 612.0)[1] >= _spanning(clusters, lo, hi)


def test_pdf_layout_single_column_and_sidebar_pages():
    from litmine.ingest.pdf_layout import _find_gutter

    single = [[_seg(72, 540, f"Zeile {i} über Württemberg")] for i in range(20)]
    assert _find_gutter(single, 612.0) is None and all_gutters(single, 612.0) == []
    # a narrow sidebar of 12 lines beside a text column: found by the wide search, though most lines span the
    # middle strip (the first search is skipped)
    sidebar = [[_seg(40, 110, "Received 2019"), _seg(130, 560, f"Zeile {i} über Württemberg")] for i in range(12)] + \
        [[_seg(130, 560, f"Zeile {i} zur Aufgabenteilung")] for i in range(8)]
    gutter = _find_gutter(sidebar, 612.0)
    assert gutter is not None and 110 < gutter < 130
    # wider margins: the line spans neither range whole, and the full count still finds no gutter
    narrow = [[_seg(90, 520, f"Zeile {i} über Württemberg")] for i in range(20)]
    assert _find_gutter(narrow, 612.0) is None
