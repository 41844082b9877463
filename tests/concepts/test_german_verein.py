"""German "Verein" and "Vereinigung" (an association people form or join) are the third sector only with evidence
of that sense (concepts.yaml: ambiguous, form_cues, form_against, exclude). Sentences written by hand."""

import pytest


def third_sector(matcher, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == "third-sector"]


@pytest.mark.parametrize("text, expected", [
    # members, volunteers or a non-state body beside it, in a text of the field: the association sense
    ("Der Verein hat dreihundert Mitglieder und berät Arbeitslose im Auftrag der Kommune und des Jobcenters.",
     ["Verein"]),
    ("In den Dörfern sind die Vereinigungen der Bauern den Nichtregierungsorganisationen ähnlich geworden.",
     ["Vereinigungen", "Nichtregierungsorganisationen"]),
    ("Im Jahr 2005 gab es dort mehr als 3000 nichtstaatliche Organisationen in allen Bereichen der Politik.",
     ["nichtstaatliche Organisationen"]),
])
def test_an_association_counts_with_evidence(matcher, text, expected):
    assert third_sector(matcher, text) == expected


@pytest.mark.parametrize("text", [
    "Der Verein gewann das Spiel am Samstag mit zwei Toren gegen den Tabellenführer aus der Nachbarstadt.",
    "Die Regierung handelte im Verein mit den großen Banken des Landes gegen die Krise.",
    "Nach der Wiedervereinigung stieg die Arbeitslosigkeit in den neuen Ländern der Bundesrepublik stark an.",
    "Die Bildung einer kriminellen Vereinigung ist nach dem Gesetz in allen Ländern strafbar und wird verfolgt.",
    "Die Vereinigten Staaten und das Vereinigte Königreich verhandeln über den Handel mit Europa.",
    "Das Institut ist in der Rechtsform des eingetragenen Vereins verfasst und wird vom Bund finanziert.",
    "Die Kassenärztliche Vereinigung regelt die Versorgung der Versicherten durch die Ärzte und Träger im Land.",
])
def test_other_senses_do_not(matcher, text):
    assert third_sector(matcher, text) == []
