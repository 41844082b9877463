"""Endnotes set at body size (issue 13): a word processor's endnotes after the body, before or after the list,
with or without a heading, read from hand-made PDF pages as notes, one passage per note, each called by its mark."""

from litmine.ingest.extract import extract_document
from litmine.pdfwrite import PdfWriter, wrap

_BODY = ("Die Reform der Arbeitsmarktpolitik hat in den letzten Jahren viele Fragen aufgeworfen, die in der "
         "Forschung noch kaum beantwortet sind und die hier an einigen Beispielen erörtert werden sollen, zumal die "
         "Daten der Ämter nur selten vollständig vorliegen.")
_NOTES = ["Vgl. Max Muster, Arbeit und Staat. Eine Einführung in die Sozialpolitik, Berlin 1999, S. {n}.",
          "Siehe dazu ausführlich Erika Beispiel (2004): Die neue Ordnung der Arbeit, in: Zeitschrift für "
          "Sozialreform 50, S. 33-58; anders Otto Meier (2001), der die Daten der Ämter für verlässlich hält.",
          "Ebd., S. {n}."]
_LIST = ["Beispiel, Erika (2004): Die neue Ordnung der Arbeit. In: Zeitschrift für Sozialreform 50, S. 33-58.",
         "Meier, Otto (2001): Daten der Ämter. Berlin: Verlag.", "Muster, Max (1999): Arbeit und Staat. Berlin: Verlag."]


def _paper(path, number: str = "{} ", heading: str | None = None, list_first: bool = False, spacing: float = 4,
           notes: int = 8) -> None:
    """Body text calling `notes` notes by raised marks over three pages, then the notes in body type ("{} ": the
    number's form; "\\x01{}\\x02 ": raised), under `heading` or none, before the list or after it."""
    w = PdfWriter()
    y = [800.0]

    def line(text: str, size: float = 10, font: str = "Helvetica", gap: float = 13, x: float = 72) -> None:
        if y[0] > 740:
            w.new_page()
            y[0] = 72
            w.text(290, 800, str(len(w.pages)), size=10)
        w.text(x, y[0], text, size=size, font=font)
        y[0] += gap

    line("Arbeit und Staat in Deutschland", size=16, font="Helvetica-Bold", gap=30)
    for k in range(3 * notes):
        text = _BODY.replace("Fragen", f"Fragen\x01{k // 3 + 1}\x02") if k % 3 == 1 else _BODY
        for j, t in enumerate(wrap(text, 450, 10, "Helvetica")):
            line(t, x=84 if j == 0 else 72)

    def notes_part() -> None:
        y[0] += 10
        if heading:
            line(heading, size=12, font="Helvetica-Bold", gap=20)
        for n in range(1, notes + 1):
            for t in wrap(number.format(n) + _NOTES[n % 3].format(n=n + 10), 450, 10, "Helvetica"):
                line(t)
            y[0] += spacing

    def list_part() -> None:
        y[0] += 10
        line("Literatur", size=12, font="Helvetica-Bold", gap=20)
        for entry in _LIST:
            line(entry)
            y[0] += 4

    for part in (list_part, notes_part) if list_first else (notes_part, list_part):
        part()
    w.save(path)


def _read(path):
    doc, _ = extract_document(str(path))
    notes = [p for p in doc.passages if p.kind == "footnote"]
    called = {c.passage_index for c in doc.citations if c.style == "footnote"}
    return doc, notes, called


def test_pdf_endnotes_at_body_size_without_a_heading_are_notes_called_by_their_marks(tmp_path):
    for k, (number, spacing) in enumerate((("{} ", 4), ("{}. ", 0), ("\x01{}\x02 ", 4))):
        _paper(tmp_path / f"n{k}.pdf", number, spacing=spacing)
        doc, notes, called = _read(tmp_path / f"n{k}.pdf")
        assert [p.text.split()[0].rstrip(".") for p in notes] == [str(n) for n in range(1, 9)], number
        assert sum(1 for r in doc.references if r.source != "list") >= 5
        assert len(called) == 8  # every body paragraph with a mark cites its note's reference
        assert [p.kind for p in doc.passages][-4:] == ["heading", "reference", "reference", "reference"]


def test_pdf_endnotes_at_body_size_under_a_heading_or_after_the_list(tmp_path):
    papers = {"h1": dict(heading="Anmerkungen", spacing=0), "h2": dict(number="{}. ", heading="Endnoten"),
              "h3": dict(number="\x01{}\x02 ", heading="Anmerkungen"), "a1": dict(list_first=True),
              "a2": dict(list_first=True, heading="Endnoten", number="{}. ")}
    for name, how in papers.items():
        _paper(tmp_path / f"{name}.pdf", **how)
        doc, notes, called = _read(tmp_path / f"{name}.pdf")
        assert [p.text.split()[0].rstrip(".") for p in notes] == [str(n) for n in range(1, 9)], name
        assert sum(p.kind == "reference" for p in doc.passages) == 3, name
        assert len(called) == 8, name
