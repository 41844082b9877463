"""German gender-inclusive notation (issue 12, session 34): a star, colon, underscore or middle dot between a word
and its ending ("Alleinerzieher*innen", "Leistungsbezieher:innen", "Nutzer_innen", "Alleinerziehende*r") is read
without its mark in German text, so lexicon forms and German cues are found as in the unmarked word. Every sentence is
hand-written."""

import pytest

from litmine.concepts.matcher import _GENDER_MARK


def found(matcher, text):
    return [(m.concept, m.surface) for m in matcher.find_mentions([text])[0]]


@pytest.mark.parametrize("text, concept, surface", [
    ("Die Alleinerzieher*innen sind häufig arm, und das ist die Frage der Politik.", "lone-parents",
     "Alleinerzieher*innen"),
    ("Die Alleinerzieher:innen sind häufig arm, und das ist die Frage der Politik.", "lone-parents",
     "Alleinerzieher:innen"),
    ("Die Alleinerziehende*n sind häufig arm, und das ist die Frage der Politik.", "lone-parents",
     "Alleinerziehende*n"),
    # a gender-marked cue is a cue: the benefit recipients beside "Sanktionen"
    ("Die Sanktionen gegen die Leistungsbezieher_innen sind umstritten, und das ist die Frage.", "benefit-sanctions",
     "Sanktionen"),
])
def test_gender_marks_are_read_through(matcher, text, concept, surface):
    got = found(matcher, text)
    assert any(c == concept and surface in s for c, s in got), got


def test_gender_mark_needs_a_word_and_an_ending():
    assert [m.group() for m in _GENDER_MARK.finditer("Nutzer*innen, Autor:in, Bürger_innen")] == ["*", ":", "_"]
    # a footnote star, a heading's colon, a ratio's colon: no word ending after the mark
    assert not _GENDER_MARK.search("signifikant* (p < 0,05), Ergebnis: die Zahl, 3:1 und Studie:Teil")

