"""German forms of the field added in session 16 (issue 12), written from its literature, not from missed passages:
SGB II's "Ein-Euro-Jobs" (Arbeitsgelegenheiten mit Mehraufwandsentschädigung) and the Bürgergeld's
"Kooperationsplan", "arm trotz Arbeit", hyphenated "Ein-Eltern-Haushalte", "PPP-Projekte", and "Bürgergeld" as a
word of benefit receipt; with the false friends of the ambiguous ones. Every sentence is hand-written."""

import pytest


def found(matcher, text):
    return [(m.concept, m.surface) for m in matcher.find_mentions([text])[0]]


@pytest.mark.parametrize("text, concept, surface", [
    ("Viele Langzeitarbeitslose wurden in Ein-Euro-Jobs vermittelt, die von der Kommune bezahlt werden.",
     "welfare-to-work", "Ein-Euro-Jobs"),
    ("Die 1-Euro-Jobs sind umstritten, und die Kommunen nutzen sie nicht gern.", "welfare-to-work", "1-Euro-Jobs"),
    ("Die Zahl der Arbeitsgelegenheiten mit Mehraufwandsentschädigung ist wieder gesunken.", "welfare-to-work",
     "Arbeitsgelegenheiten mit Mehraufwandsentschädigung"),
    ("Wer arm trotz Arbeit ist, bekommt ergänzend Leistungen, und das ist nicht selten.", "in-work-poverty",
     "arm trotz Arbeit"),
    ("Die Ein-Eltern-Haushalte sind häufiger arm als Paare mit Kindern, und das ist bekannt.", "lone-parents",
     "Ein-Eltern-Haushalte"),
    ("Die Kommunen setzen auf PPP-Projekte mit privaten Investoren, und der Rechnungshof ist skeptisch.",
     "partnership-working", "PPP-Projekte"),
    ("Mit dem Bürgergeld ersetzt der Kooperationsplan die alte Vereinbarung mit dem Amt.", "conditionality",
     "Kooperationsplan"),
    # "Bürgergeld" (SGB II's benefit since 2023) is a word of benefit receipt, evidence for "Sanktionen"
    ("Die Sanktionen gegen Bezieher von Bürgergeld wurden gelockert, und die Regierung ist zufrieden.",
     "benefit-sanctions", "Sanktionen"),
])
def test_german_forms_of_the_field_are_found(matcher, text, concept, surface):
    assert (concept, surface) in found(matcher, text)


@pytest.mark.parametrize("text, concept", [
    # a plan of cooperation between schools, not the jobcentre's plan with a claimant
    ("Der Kooperationsplan der beiden Schulen für das Sportfest wurde im Mai beschlossen.", "conditionality"),
    # purchasing power parity, not a public-private partnership
    ("Die PPP-Kurse der Währungen weichen von den Marktkursen ab, wie die Daten der Bank zeigen.",
     "partnership-working"),
    ("Die Sanktionen gegen Russland wurden trotz Bürgerprotesten von der Regierung verschärft.", "benefit-sanctions"),
])
def test_german_forms_of_the_field_keep_their_false_friends_out(matcher, text, concept):
    assert concept not in {c for c, _ in found(matcher, text)}
