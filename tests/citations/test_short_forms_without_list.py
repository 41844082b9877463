"""A note's author-year pointer in a paper whose reference list litmine did not read (issue 13, German footnote
references; helper F45): an article printed in a newsletter or journal issue whose list is not in the PDF, or a
list not found. Such a pointer ("Ferrera (1998)", "(vgl. Allmendinger/Leibfried 2003)", "Ginsburg (1992: 139ff.)") is
a reference of the note as much as beside a list that does not resolve it: kept as a short form of no work (source
"short", repeats None), with its page. What names no work stays out as it does beside a list: a place and a date
("im Jemen 1962"), a span of years, a name without a year. An unbracketed pointer is kept, as beside a list, only where a list names its author (not
changed here). Every note here is hand-made."""

from litmine.citations.extract import extract_citations
from tests.citations.test_note_pointers import _paper


def _shorts(notes: list[str], listed: list[str]) -> list[tuple]:
    refs, _ = extract_citations(_paper(notes, listed))
    return [(r.raw, [a["surname"] for a in r.authors], r.year, r.pages, r.repeats) for r in refs
            if r.source == "short"]


def test_pointers_without_a_list_are_short_forms():
    shorts = _shorts(["1 Zur Typologie der Wohlfahrtsregime vgl. Ferrera (1998).",
                      "2 Siehe dazu ausführlich Ginsburg (1992: 139ff.).",
                      "3 Ähnlich argumentieren auch andere (vgl. Allmendinger/Leibfried 2003, S. 12)."], [])
    assert [(raw, names, year, pages) for raw, names, year, pages, _ in shorts] == [
        ("Ferrera (1998)", ["Ferrera"], 1998, None),
        ("Ginsburg (1992: 139ff.)", ["Ginsburg"], 1992, "139"),
        ("Allmendinger/Leibfried 2003, S. 12", ["Allmendinger", "Leibfried"], 2003, "12")]
    assert all(repeats is None for *_, repeats in shorts)


def test_no_list_no_short_form_of_what_names_no_work():
    assert _shorts(['5 Alle Umbrüche hießen "revolutionär" (die Wende im Jemen 1962, der Putsch im Irak 1968 '
                    'etc.), war doch jede Opposition verboten.',
                    "6 Die Laufzeit des Projekts (Laufzeit 2007–2010) war kurz.",
                    "7 Dies betont auch Ferrera mit Nachdruck."], []) == []


def test_with_a_list_a_pointer_it_resolves_repeats_its_entry():
    shorts = _shorts(["1 Vgl. Ferrera (1998), S. 4."], ["Ferrera, M. (1998): Welfare in Europe. Oxford: OUP."])
    assert [(raw, repeats) for raw, _, _, _, repeats in shorts] == [("Ferrera (1998), S. 4.", 0)]


def test_an_article_and_von_before_the_name_are_the_sentence_s():
    """"die Studie der von Roller (1992) befragten Personen": the one by Roller, no particle "der von"; a name's own
    particles stay ("von Matt", "van der Pijl"), with a list or without one."""
    notes = ["1 Dies zeigt auch die Studie der von Roller (1992) befragten Personen.", "2 Vgl. von Matt (2001), S. 4.",
             "3 Ähnlich schon van der Pijl (1998)."]
    for listed in ([], ["Kessler, W. (1985): Steuern. Berlin: Sigma."]):
        assert [(raw, names) for raw, names, *_ in _shorts(notes, listed)] == [
            ("Roller (1992)", ["Roller"]), ("von Matt (2001), S. 4.", ["von Matt"]),
            ("van der Pijl (1998)", ["van der Pijl"])]
