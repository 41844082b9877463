"""Forms the lexicon lacked, added in session 26 (issue 12) from the field's wording: the federal programme's "Lokale
Bündnisse für Familie" (plural too: the stemmer cuts "Bündnis" and "Bündnisse" differently), "bürgerschaftliche
Organisationen", civil-society
actors and civil-rights and environmental organisations (the third sector by other words), and the UK's New Deal programmes ("New Deal for Young People"; "the New Deals" beside words
of job search or benefit receipt); with the false friends of the ambiguous ones. Every sentence is hand-written."""

import pytest


def found(matcher, text):
    return [(m.concept, m.surface) for m in matcher.find_mentions([text])[0]]


@pytest.mark.parametrize("text, concept, surface", [
    ("Die Lokalen Bündnisse für Familie vereinen Kommunen, Betriebe und Vereine, und das ist ihr Ziel.",
     "partnership-working", "Lokalen Bündnisse für Familie"),
    ("In der Stadt wurde ein lokales Bündnis gegründet, und die Kommune ist dabei.", "partnership-working",
     "lokales Bündnis"),
    ("Die Aufgaben werden zwischen Staat, Markt und bürgerschaftlichen Organisationen neu verteilt, und das ist gut.",
     "third-sector", "bürgerschaftlichen Organisationen"),
    ("Die zivilgesellschaftlichen Akteure lehnten das Gesetz ab, und die Regierung war überrascht.", "third-sector",
     "zivilgesellschaftlichen Akteure"),
    ("Bürgerrechtsorganisationen und Umweltgruppen protestierten gegen das Gesetz, und die Presse berichtete.",
     "third-sector", "Umweltgruppen"),
    ("The New Deal for Young People moved many young people from benefits into work.", "welfare-to-work",
     "New Deal for Young People"),
    ("Die Arbeitslosen werden im Rahmen der New Deals in Arbeit vermittelt, und das ist die Politik der Regierung.",
     "welfare-to-work", "New Deals"),
])
def test_missing_german_forms_are_found(matcher, text, concept, surface):
    assert (concept, surface) in found(matcher, text)


@pytest.mark.parametrize("text, concept", [
    # Roosevelt's New Deal and the Green New Deals of climate policy
    ("Roosevelt's New Deals reshaped the American economy and its banks.", "welfare-to-work"),
    ("Die Green New Deals der Parteien sind ein Thema der Klimapolitik, und das ist die Frage.", "welfare-to-work"),
])
def test_missing_german_forms_keep_their_false_friends_out(matcher, text, concept):
    assert concept not in {c for c, _ in found(matcher, text)}
