"""Statements quoted from the press, and Arabic papers' names (issue 13, German footnote references; helper F39): a
person's given name and surname, "in" and the paper, and the day ("Folglich meint der Publizist Karim Said in
Al-Nahar, 14.6.2007: ...", "Eva Roth in der Frankfurter Rundschau vom 2.11.1995") is a reference of that person in
that paper, the words before the person and the quotation after no part of it; a paper's name transliterated with
the Arabic article in lower case ("vgl. al-Ahram, 12.5.2006.") is a paper by its day as a capitalised one is. A paper
named in a sentence without a day cites nothing. Every note here is hand-made, none copied from a paper."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


@pytest.mark.parametrize("note, entry, authors, container, year", [
    ('19 Folglich meint der libanesische Publizist Karim Said in Al-Nahar, 14.6.2007: "Lebanon needs a new pact."',
     "Karim Said in Al-Nahar, 14.6.2007", ["Said"], "Al-Nahar", 2007),
    ("20 So äußerte sich Eva Roth in der Frankfurter Rundschau vom 2.11.1995 deutlich.",
     "Eva Roth in der Frankfurter Rundschau vom 2.11.1995", ["Roth"], "Frankfurter Rundschau", 1995),
    ("9 So der Sprecher der Fraktion, Karl Berger, in der Kölner Rundschau vom 12. 3. 1997.",
     "Karl Berger, in der Kölner Rundschau vom 12. 3. 1997", ["Berger"], "Kölner Rundschau", 1997),
    ("21 Arabische Autoren sprechen vom Wandel zur Oligarchie; vgl. al-Ahram, 12.5.2006.", "al-Ahram, 12.5.2006.", [],
     "al-Ahram", 2006),
])
def test_press_statement_and_arabic_paper(note, entry, authors, container, year):
    assert [e.text for e in find_footnote_entries(note)] == [entry]
    refs, _ = extract_citations(_paper([note], []))
    assert [([a["surname"] for a in r.authors], r.container, r.year, r.title) for r in refs] == \
        [(authors, container, year, None)]


def test_a_paper_named_without_a_day_cites_nothing():
    assert find_footnote_entries("22 Die Zahl der Artikel in Le Monde stieg zwischen 2001 und 2005 stark an.") == []
