"""German "Eingliederungsvereinbarung" is Conditionality as the jobcenter's claimant agreement (SGB II § 15), not as
the agreement of a firm's reintegration management for sick employees (SGB IX § 167(2), "betriebliches
Eingliederungsmanagement"): concepts.yaml lists it ambiguous, with the cues of benefit receipt and the words of the
firm's procedure as another sense (form_against). Sentences written by hand (issue 12, session 35)."""

import pytest


def conditionality(matcher, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == "conditionality"]


@pytest.mark.parametrize("text", [
    "Im betrieblichen Eingliederungsmanagement schließen Arbeitgeber und Beschäftigte eine Eingliederungsvereinbarung.",
    "Nach sechs Wochen Arbeitsunfähigkeit legt das Team dem Betriebsrat eine Eingliederungsvereinbarung vor.",
    "Die Umsetzung der Maßnahmen erfolgt gemäß der Eingliederungsvereinbarung mit den dort festgelegten Fristen.",
    "Kommt eine Eingliederungsvereinbarung nicht zustande, wird eine Erklärung in die Personalakte aufgenommen.",
])
def test_a_firms_reintegration_agreement_is_not_conditionality(matcher, text):
    assert conditionality(matcher, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Das Jobcenter schließt mit jedem erwerbsfähigen Leistungsberechtigten eine Eingliederungsvereinbarung ab.",
     ["Eingliederungsvereinbarung"]),
    ("Wer die Pflichten aus der Eingliederungsvereinbarung verletzt, dem wird das Arbeitslosengeld II gekürzt.",
     ["Eingliederungsvereinbarung"]),
    ("In der Grundsicherung für Arbeitsuchende legen Eingliederungsvereinbarungen die Bewerbungen fest.",
     ["Eingliederungsvereinbarungen"]),
])
def test_the_claimant_agreement_still_counts(matcher, text, expected):
    assert conditionality(matcher, text) == expected
