"""A web address a note's sentence says a text or data are found at, the note citing nothing else (issue 13; helper
F55): "Die Studie ist unter www.x.de abrufbar.", "... findet sich auf der Homepage des Instituts: http://x.org/p.html.",
"The data are available at www.x.org.", "Vgl. die Angaben auf www.x.de (Stand: 1.9.2009)", "Homepage des Vereins:
www.x.de.": the address is a reference (the labelling conventions: a URL given as a source is one), the sentence
around it none. A source named before "nachzusehen unter" keeps its own reading (test_note_shapes), and a sentence
without such a word or a day read gives nothing. Every note here is hand-made."""

import pytest

from litmine.citations.footnotes import _available_url, find_footnote_entries


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


@pytest.mark.parametrize("note, url", [
    ("1 Die Studie ist unter www.example-institut.de/studie abrufbar.", "www.example-institut.de/studie"),
    ("2 Der vollständige Bericht ist im Internet unter http://www.example.de/bericht.pdf abrufbar.",
     "http://www.example.de/bericht.pdf"),
    ("3 Eine Liste der Projekte findet sich auf der Homepage des Instituts: http://www.example.org/projekte.html.",
     "http://www.example.org/projekte.html"),
    ("4 Alle Zahlen stammen aus der Datenbank des Amtes, die unter http://www.example-amt.de/datenbank frei "
     "zugänglich ist.", "http://www.example-amt.de/datenbank"),
    ("5 The data are available at www.example-data.org.", "www.example-data.org"),
    ("6 Homepage des Vereins: www.example-verein.de.", "www.example-verein.de"),
    ("7 Vgl. die Angaben auf www.example-bundestag.de/abgeordnete (Stand: 1.9.2009).",
     "www.example-bundestag.de/abgeordnete"),
    ("8 Die Fragebögen können unter www.example-umfrage.de/fragebogen eingesehen werden.",
     "www.example-umfrage.de/fragebogen"),
])
def test_an_address_a_sentence_says_a_text_is_found_at(note, url):
    assert _texts(note) == [url]


def test_an_address_without_a_word_of_finding_gives_nothing():
    assert _texts("9 Wir danken dem Team von www.example.de für die Hilfe.") == []
    assert _texts("10 Das Projekt wird unter der Leitung von Anna Berger durchgeführt.") == []


def test_a_licence_notice_or_a_citation_template_cites_no_web_page():
    assert _texts("11 Dieser Text wird unter einer CC BY-NC-ND Lizenz zur Verfügung gestellt. Nähere Auskünfte zu den "
                  "CC-Lizenzen finden Sie hier: https://creativecommons.org/licenses/by-nc-nd/4.0") == []
    # a series' address closing a citation template, after a colon and a clause with commas: no page named
    assert _available_url("Bitte zitieren Sie in der folgenden Form: Autor (Jahr): Titel. Hrsg.: Anna Berger, "
                          "Universität Beispielstadt, in: http://www.example.de/reihe") is None
