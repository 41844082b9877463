"""Source lines of tables and figures on hand-made PDF pages (issue 13; helper F42): set in the table notes' small
type under a table (a caption passage), in the body's size under a table whose cells the layout reads as body text
(one body passage: cells, then the line), over two lines, under a figure's caption; each gives one reference, and
a paragraph of prose that names a "Quelle:" gives none."""

from litmine.ingest.extract import extract_document
from litmine.pdfwrite import PdfWriter

LIST = ["Müller, Hans (2004): Arbeit und Alter. Opladen: Leske + Budrich.",
        "Roth, Eva/Lang, Peter (2001): Wege in den Beruf. Frankfurt/M.: Campus."]


def _page(w: PdfWriter, k: int, caption: str, source: list[str], size: float, cells: bool) -> None:
    w.new_page()
    y = 72
    for i in range(10):
        w.text(72, y, f"Zeile {i} eines Aufsatzes über Arbeit und Beruf in Deutschland und Europa.", size=10)
        y += 13
    w.text(72, y + 10, caption, size=10, font="Helvetica-Bold")
    y += 26
    for row in [("Branche", "1995", "2000"), ("Handel", "12,1", "13,4"), ("Industrie", "30,2", "27,9")] if cells else []:
        for x, cell in zip((72, 250, 350), row):
            w.text(x, y, cell, size=9)
        y += 12
    for line in source:
        w.text(72, y, line, size=size)
        y += size + 2
    y += 14
    for i in range(10, 20):
        w.text(72, y, f"Zeile {i} eines Aufsatzes über Arbeit und Beruf in Deutschland und Europa.", size=10)
        y += 13
    w.text(290, 815, str(k), size=8)


def _document(tmp_path, pages) -> list:
    w = PdfWriter()
    for k, page in enumerate(pages, 1):
        _page(w, k, *page)
    w.new_page()
    w.text(72, 72, "Literatur", size=12, font="Helvetica-Bold")
    for i, entry in enumerate(LIST):
        w.text(72, 92 + 14 * i, entry, size=10)
    w.save(tmp_path / "sources.pdf")
    doc, _ = extract_document(str(tmp_path / "sources.pdf"))
    return [(r.raw, [a.get("surname") or a.get("literal") for a in r.authors or r.editors], r.year)
            for r in doc.references if r.source != "list"]


def test_source_lines_under_tables_and_figures(tmp_path):
    assert _document(tmp_path, [
        ("Tabelle 1: Beschäftigte nach Branchen", ["Quelle: Statistisches Bundesamt 2005, S. 12."], 8, True),
        ("Tabelle 2: Beschäftigte nach Branchen", ["Quelle: Eurostat 2010; eigene Berechnungen."], 10, True),
        ("Abbildung 3: Anteil der Frauen", ["Quelle: Statistisches Bundesamt, Fachserie 1,",
                                            "Reihe 4.1, Wiesbaden 2005"], 8, False),
        ("Abbildung 4: Anteil der Frauen", ["Eigene Darstellung nach Roth/Lang 2001"], 8, False),
        ("Abbildung 5: Anteil der Frauen", ["Quelle: eigene Erhebung"], 8, False)]) == [
        ("Quelle: Statistisches Bundesamt 2005, S. 12.", ["Statistisches Bundesamt"], 2005),
        ("Quelle: Eurostat 2010; eigene Berechnungen.", ["Eurostat"], 2010),  # closing the cells' body passage
        ("Quelle: Statistisches Bundesamt, Fachserie 1, Reihe 4.1, Wiesbaden 2005", ["Statistisches Bundesamt"], 2005),
        ("Eigene Darstellung nach Roth/Lang 2001", ["Roth", "Lang"], 2001)]


def test_prose_naming_a_source_is_no_source_line(tmp_path):
    w = PdfWriter()
    w.new_page()
    text = ["Die Daten der Erhebung zeigen, wie sich die Branchen entwickeln. Quelle: Eurostat 2010"]
    for i, line in enumerate(text * 3):
        w.text(72, 72 + 13 * i, line, size=10)
    w.save(tmp_path / "prose.pdf")
    doc, _ = extract_document(str(tmp_path / "prose.pdf"))
    assert [p.kind for p in doc.passages] == ["body"] and doc.references == []
