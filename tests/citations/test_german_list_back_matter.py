"""German back matter inside a reference list (issue 13): author notes, contact lines, submission dates, notices.
All text is made up."""

from litmine.citations.list_entries import clean_list_entries
from litmine.citations.reflist import filter_region_by_rules

_ENTRY = "Amsel, Jana (2007): Der Staat im Wandel. In: Zeitschrift für Ordnung, Jg. 14, Nr. 1, S. 43-70."


def test_german_author_notes_and_contact_lines_are_not_entries():
    entries = [_ENTRY,
               "Der Autor Dr. Paul Beispiel ist stellvertretender Direktor des Instituts für Ordnung. Spezialgebiete: "
               "Staat und Markt 2001-2008.",
               "Die Autorinnen sind wissenschaftliche Mitarbeiterinnen am Zentrum für Fragen (seit 2004).",
               "Daniel Roth, M.A., unterrichtet Internationale Beziehungen an der Universität Kiel seit 2009.",
               "E-Mail: roth@example.org, Website: http://example.org/roth.",
               "Tel.: 0621 / 1246-241, Fax: 0621 / 1246-100",
               "Eingereicht am: 06.03.2005 Akzeptiert am: 05.06.2005"]
    assert clean_list_entries(entries) == [_ENTRY]


def test_an_entry_by_an_author_named_autor_stays():
    entry = "Autor, Hans (1999): Die Autorin ist tot. Berlin: Verlag."
    assert clean_list_entries([entry]) == [entry]


def test_german_rights_notice_is_left_out_of_a_reference_region():
    region = [([_ENTRY, "© Stiftung Muster, 2002 Alle Rechte vorbehalten"], 3),
              (["Der Focus ist eine Open-Access-Publikation. Sie kann kostenfrei gelesen werden."], 3)]
    kept = [line for lines, _ in filter_region_by_rules(region) for line in lines]
    assert kept == [_ENTRY]
