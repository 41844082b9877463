"""Pages whose column structure changes down the page (pdf_layout: gutters found per vertical band): a title or
table spanning two of three columns, a full-width title and abstract above two columns, two columns then a
full-width caption then three columns, a full-width block of footnotes under two columns. Each is read band by
band, top to bottom, each band's columns left to right."""

from litmine.ingest.pdf_layout import Line, reading_order
from litmine.ingest.pdf_lines import lines_from_runs

W = 595.0


def _run(x0: float, x1: float, top: float, text: str, size: float = 9.0) -> Line:
    return Line(1, x0, top, x1, top + size, text, size, False)


def _col(x0: float, x1: float, top: float, name: str, n: int, step: float = 12.0, size: float = 9.0) -> list[Line]:
    # (no figures in the text: rows of short pieces with figures in a third of them would be a table's)
    return [_run(x0, x1, top + step * i, f"{name} Zeile {_word(i)} über Württemberg und die Aufgaben", size)
            for i in range(n)]


def _word(i: int) -> str:
    return chr(65 + i % 26) + chr(97 + i // 26)


def _order(runs: list[Line]) -> list[str]:
    return [ln.text for run in reading_order(lines_from_runs(runs, W), W) for ln in run]


def _names(order: list[str]) -> list[str]:
    """The order's lines by their name (the first word), consecutive repeats taken together."""
    out: list[str] = []
    for t in order:
        name = t.split()[0]
        if not out or out[-1] != name:
            out.append(name)
    return out


def test_a_title_and_abstract_spanning_columns_two_and_three_keep_the_columns_apart():
    # three columns (40-180, 210-375, 405-555); a new article's title and abstract across columns 2-3 at the top
    # (7 lines: more than a tenth of the right side's lines), column 1 running beside it the page's height
    runs = _col(40, 180, 100, "Eins", 45)
    runs += _col(210, 555, 100, "Kopf", 7)
    runs += _col(210, 375, 100 + 12 * 8, "Zwei", 37) + _col(405, 555, 100 + 12 * 8, "Drei", 37)
    order = _order(runs)
    assert _names(order) == ["Eins", "Kopf", "Zwei", "Drei"]
    assert len(order) == 45 + 7 + 37 + 37  # each line whole, none joined to its neighbour in another column


def test_a_table_spanning_columns_two_and_three_in_mid_page_is_read_between_their_runs():
    runs = _col(40, 180, 100, "Eins", 50)
    runs += _col(210, 375, 100, "Zwei", 20) + _col(405, 555, 100, "Drei", 20)
    for i in range(8):  # a table's rows: three cells, the middle one across the inner gutter
        top = 100 + 12 * (21 + i)
        runs += [_run(210, 270, top, f"Tabelle {i}"), _run(300, 450, top, f"Tabelle Wert {i},5 und {i},7"),
                 _run(480, 555, top, f"Tabelle {i}0 %")]
    runs += _col(210, 375, 100 + 12 * 30, "Zwei", 20) + _col(405, 555, 100 + 12 * 30, "Drei", 20)
    assert _names(_order(runs)) == ["Eins", "Zwei", "Drei", "Tabelle", "Zwei", "Drei"]


def test_a_full_width_title_and_abstract_above_two_columns():
    runs = [_run(56, 540, 60, "Titel des Aufsatzes über die Öffentlichkeit", 16)]
    runs += _col(56, 540, 90, "Abstrakt", 14)  # 15 full-width lines of 35: more than a fifth of the page
    runs += _col(56, 290, 90 + 12 * 15, "Links", 20) + _col(310, 540, 90 + 12 * 15, "Rechts", 20)
    assert _names(_order(runs)) == ["Titel", "Abstrakt", "Links", "Rechts"]


def test_two_columns_then_a_full_width_caption_then_three_columns():
    runs = _col(56, 290, 60, "Links", 18) + _col(310, 540, 60, "Rechts", 18)
    runs += _col(56, 540, 60 + 12 * 19, "Abbildung", 2)
    top = 60 + 12 * 22
    runs += _col(56, 200, top, "Eins", 18) + _col(225, 370, top, "Zwei", 18) + _col(395, 540, top, "Drei", 18)
    assert _names(_order(runs)) == ["Links", "Rechts", "Abbildung", "Eins", "Zwei", "Drei"]


def test_two_columns_above_a_full_width_block_of_footnotes():
    runs = _col(56, 290, 60, "Links", 25) + _col(310, 540, 60, "Rechts", 25)
    runs += _col(56, 540, 60 + 12 * 26, "Fußnote", 10, step=9, size=7)  # 10 of 35 lines: more than a fifth
    assert _names(_order(runs)) == ["Links", "Rechts", "Fußnote"]


def test_a_single_column_page_with_a_two_column_glossary_stays_one_column():
    # text across the page above and below a glossary of short terms beside their descriptions: no gutter
    runs = _col(56, 540, 60, "Oben", 12)
    for i in range(14):
        top = 60 + 12 * (13 + i)
        runs += [_run(56, 150, top, f"Begriff {i}"), _run(320, 540, top, f"Erklärung {i} des Begriffs")]
    runs += _col(56, 540, 60 + 12 * 28, "Unten", 12)
    lines = lines_from_runs(runs, W)
    assert all(ln.column == 0 for ln in lines)


def test_a_heading_at_the_foot_of_a_first_page_column_is_read_with_the_full_width_text_it_opens():
    # a first page: the author's note in the left column, the abstract in the right one, a section heading at the
    # foot of the left column after a gap, then the text across the page
    runs = _col(56, 290, 60, "Autor", 12) + _col(310, 540, 60, "Abstract", 12)
    runs.append(_run(56, 130, 60 + 12 * 13.5, "Einleitung", 11))
    runs += _col(56, 540, 60 + 12 * 17, "Text", 12)
    assert _names(_order(runs)) == ["Autor", "Abstract", "Einleitung", "Text"]


def test_a_column_ending_below_the_other_ends_in_its_own_text():
    # the last lines of a longer left column (one short, ending its paragraph) stay in it
    runs = _col(56, 290, 60, "Links", 14) + _col(310, 540, 60, "Rechts", 12)
    runs.append(_run(56, 130, 60 + 12 * 14, "Links Ende"))
    runs += _col(56, 540, 60 + 12 * 17, "Text", 12)
    assert _names(_order(runs)) == ["Links", "Rechts", "Text"]
