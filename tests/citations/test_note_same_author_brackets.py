"""A work of a person just named, cited as "(ders. 1999)" (issue 13, German footnote references; helper F39): the
humanities write "die Ansätze Hans-Peter Wiedmers (ders. 1999)", "von Hans-Peter Wiedmer (ders. 1999: 217)", "wie Karl
Lenz es vorschlägt (ders. 1998); ähnlich Schneider (ders. 1995)". The bracket is a short form of the list entry of
the nearest person named before it in its sentence (a genitive's "s" left off) with that year; none where the list
names no such person ("Wie Eva Roth (dies. 2003) zeigt", Roth not listed). Every note here is hand-made."""

from litmine.citations.extract import extract_citations
from tests.citations.test_note_pointers import _paper

LIST = ["Wiedmer, H.-P. (1999): Anthropologie und Ökonomie. Berlin: Duncker.",
        "Lenz, K. (1998): Entscheidungen. Tübingen: Mohr.",
        "Schneider, D. (1995): Betriebswirtschaftslehre. München: Oldenbourg."]


def _shorts(notes):
    refs, _ = extract_citations(_paper(notes, LIST))
    return [(r.raw, [a["surname"] for a in r.authors], r.year, r.pages, r.repeats) for r in refs if r.source == "short"]


def test_same_author_bracket_is_a_short_form_of_the_person_named():
    assert _shorts(["11 Als Anthropologien lassen sich daneben die Ansätze Hans-Peter Wiedmers (ders. 1999) "
                    "rekonstruieren.",
                    '13 Vgl. jedoch das Konzept der "Anthropologie" von Hans-Peter Wiedmer (ders. 1999: 217).',
                    "17 Versuche, die Lehre mit Entscheidungen zu befassen, wie Karl Lenz es vorschlägt (ders. 1998); "
                    "ähnlich Schneider (ders. 1995) als wenig erfolgversprechend."]) == [
        ("ders. 1999", ["Wiedmer"], 1999, None, 0), ("ders. 1999: 217", ["Wiedmer"], 1999, "217", 0),
        ("ders. 1998", ["Lenz"], 1998, None, 1), ("ders. 1995", ["Schneider"], 1995, None, 2)]


def test_same_author_bracket_of_no_listed_person_is_nothing():
    assert _shorts(["18 Wie Eva Roth (dies. 2003) zeigt, ist das nicht neu."]) == []
