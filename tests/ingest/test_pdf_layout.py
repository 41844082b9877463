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


def test_pdf_caption_broken_inside_a_bracket_is_one_block(tmp_path):
    """A figure's caption in small type under its chart's labels (indented lines) after a heading, broken after
    "(vgl." with the bracket's close on the next line ("Hecker, 2000)"): one block. Before, the unindented line that
    opens like an entry ("Hecker, 2000)") made the stretch a list with hanging indents and opened a block of its
    own, and the caption's source was cut in two. A line that opens no bracket's close still opens its own block
    there."""
    from litmine.ingest.pdf import read_pdf
    from litmine.pdfwrite import PdfWriter

    for tail, whole in (("Hecker, 2000)", True), ("Hecker, 2000", False)):
        w = PdfWriter()
        w.new_page()
        y = 72
        for i in range(12):
            w.text(57, y, f"Zeile {i} eines Aufsatzes über die Ausbildung und ihre Abbrüche in Betrieben.", size=10)
            y += 12.5
        w.text(57, y + 10, "2 Gründe", size=14)
        y += 40
        for label in ("Es gibt niemanden, der sich kümmert. 36%", "Ich habe oft nichts zu tun. 9%",
                      "Gute Leistungen werden gelobt. 64%", "Auszubildende, die an einen Abbruch denken"):
            w.text(156, y, label, size=8)
            y += 11.4
        w.text(57, y + 20, "Abb. 1: Unterschiedliche Wahrnehmungen des Klimas im Ausbildungsbetrieb der Jugendlichen (vgl.",
               size=8)
        w.text(57, y + 29.8, tail, size=8)
        w.text(57, y + 70, "3 Folgen", size=14)
        w.text(57, y + 92, "Nicht jeder Abbruch bedeutet ein endgültiges Aufgeben, sondern einen Wechsel.", size=10)
        w.save(tmp_path / "c.pdf")
        blocks, _ = read_pdf(str(tmp_path / "c.pdf"))
        caption = [b.text for b in blocks if "Abb. 1" in b.text]
        assert (tail in caption[0]) is whole, tail
