"""Terms of office and periods listed in a note (issue 13, German footnote references; helper F39): "Frühere
Vorsitzende waren: Hans-Peter Roth 1950- 62, Karl-Heinz Lang 1962-75, ..." names persons with the spans of years
they served, no work dated; a stretch whose years all stand in two spans or more is no reference. A reference whose
title names periods keeps its own year ("Die Jahre 1950-1962 und 1962-1975 im Vergleich. Berlin 2004."). Every note
here is hand-made, none copied from a paper."""

from litmine.citations.footnotes import find_footnote_entries


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_terms_of_office_are_no_reference():
    assert _texts("3 Erst 2001 fand nach 14 Jahren wieder ein Gipfel statt. Vgl. Gulf News, 30.03.2005 (The summit "
                  "returns). Frühere Vorsitzende waren: Hans-Peter Roth 1950- 62, Karl-Heinz Lang 1962-75, Fritz "
                  "Berger 1975- 1988, Dr. Eva Maria Stein 1988-2001.") == ["Gulf News, 30.03.2005 (The summit returns)."]


def test_a_reference_naming_periods_keeps_its_year():
    assert _texts("5 Roth, Eva: Die Jahre 1950-1962 und 1962-1975 im Vergleich. Berlin 2004.") == \
        ["Roth, Eva: Die Jahre 1950-1962 und 1962-1975 im Vergleich. Berlin 2004."]
    assert _texts("4 Vgl. Statistisches Bundesamt, Bevölkerung 1950-2000, Wiesbaden 2002.") == \
        ["Statistisches Bundesamt, Bevölkerung 1950-2000, Wiesbaden 2002."]
