"""A table's or figure's source line ("Quelle: Fiebelkorn 1989, S. 12.") cites as a note does: its author-year
citations are short forms of the works they name (source "short"), linked to the reference list; nothing else of a
caption is."""

from litmine.citations.extract import extract_citations
from litmine.citations.source_lines import source_line_spans
from litmine.models import Passage

LIST = ["Fiebelkorn, Joachim (1989): Die Berufswahl von Soziologen. Bielefeld: Kleine.",
        "Backes-Gellner, Uschi u.a. (2003): Betriebliche Weiterbildung. Köln: Institut.",
        "Rössle, Tim (1995): Arbeitsmarkt für Soziologen. Opladen: Leske + Budrich."]


def _paper(captions: list[str]) -> list[Passage]:
    out: list[Passage] = []
    start = 0
    texts = [("body", "Soziologen arbeiten in vielen Branchen, wie Tabelle 1 zeigt.")]
    texts += [("caption", c) for c in captions] + [("heading", "Literatur")] + [("reference", r) for r in LIST]
    for kind, text in texts:
        out.append(Passage(index=len(out), kind=kind, text=text, start=start, end=start + len(text), page=1))
        start += len(text) + 2
    return out


def test_source_line_spans_run_from_the_lead_to_a_note_or_the_end():
    text = "Tabelle 1: Branchen Medien 168 31,3 % Quelle: Fiebelkorn 1989, S. 12. Anmerkung: Mehrfachnennungen."
    assert [text[a:b].strip() for a, b in source_line_spans(text)] == ["Fiebelkorn 1989, S. 12."]
    two = "Quellen: Rössle 1995; eigene Berechnungen. Datenquelle: Mikrozensus"
    assert [two[a:b].strip() for a, b in source_line_spans(two)] == ["Rössle 1995; eigene Berechnungen.", "Mikrozensus"]
    assert source_line_spans("Abbildung 2: Die Quellen der Förderung nach Ländern") == []  # no lead, a word


def test_a_source_lines_citations_are_short_forms_of_the_listed_works():
    refs, cits = extract_citations(_paper(["Tabelle 1: Branchen Gewerkschaften 8 2,0 % Quelle: Fiebelkorn 1989, S. 12.",
                                           "Abbildung 1: Kurse Quelle: Backes-Gellner u.a. 2003, S. 31"]))
    shorts = [r for r in refs if r.source == "short"]
    assert [(r.repeats, r.year, r.pages) for r in shorts] == [(0, 1989, "12"), (1, 2003, "31")]
    assert shorts[0].raw == "Quelle: Fiebelkorn 1989, S. 12." and shorts[0].passage_index == 1  # the line, its lead
    linked = [c for c in cits if c.passage_index in (1, 2)]
    assert sorted(c.reference_index for c in linked) == [0, 1]


def test_a_caption_without_a_source_line_makes_no_short_form():
    refs, cits = extract_citations(_paper(["Tabelle 1: Soziologen, wie Rössle 1995 und Fiebelkorn 1989 sie zählen"]))
    assert [r.source for r in refs] == ["list"] * 3  # the caption's words are no source line: no short form
