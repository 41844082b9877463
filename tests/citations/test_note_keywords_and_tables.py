"""Small type that is no note (issue 13, German footnote references; helper F39): an article's keywords under its
abstract ("Schlagworte: politische Kommunikation, ..., Landtagswahl 2012", "Keywords: ..."), and a table's rows of
gains and losses, four figures with a sign or more ("... 45 +12 51 -180 60 -1.250 ..."): no reference. A reference
whose page ranges print a space before the dash stays. Every text here is hand-made."""

import pytest

from litmine.citations.footnotes import find_footnote_entries


@pytest.mark.parametrize("text", [
    "Schlagworte: politische Kommunikation, visuelle Kommunikation, Fernsehdebatten, Landtagswahl 2012, Inhaltsanalyse",
    "Keywords: political communication, television debates, state election 2012, content analysis",
    "Schlüsselwörter: Arbeitszeit, Flexibilität, Betriebsbefragung 2010",
    "Wanderungen: Einwohner Gewinn/Verlust (Ew./km) (1000) – 45 +12 51 -180 60 -1.250 71 -330 80 +44 (1995) 82",
])
def test_keywords_and_signed_table_rows_are_no_note(text):
    assert find_footnote_entries(text) == []


def test_a_reference_with_spaced_page_ranges_stays():
    assert [e.text for e in find_footnote_entries("6 Vgl. Roth, Eva: Titel. Berlin 2004, S. 12 -15, 20 -22.")] == \
        ["Roth, Eva: Titel. Berlin 2004, S. 12 -15, 20 -22."]
