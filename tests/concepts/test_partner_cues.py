"""Partner cues (concepts.yaml `partners`, litmine/concepts/senses.py Partners): organisational actors count as
evidence for "Kooperation", "Netzwerk", "Verein", "partnership", "network" only where they stand as the form's
partners or members, never anywhere else in the sentence. Sentences written by hand."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.errors import LitmineError

# a second sentence of the field's words, so that the field density never decides (senses.MIN_FIELD_DENSITY)
FIELD_DE = " Die Sozialpolitik der Kommune und die Träger der Wohlfahrtspflege stehen im Mittelpunkt."
FIELD_EN = " The welfare state, its claimants and its providers are the subject of this chapter."


def field(text):
    return FIELD_EN if text.startswith(("We ", "The ", "A ")) else FIELD_DE


def found(matcher, text, concept, field):
    rejected = []
    kept = [m.surface for m in matcher.find_mentions([text + field], rejections=rejected)[0] if m.concept == concept]
    return kept, [r.reason for r in rejected if r.concept == concept]


@pytest.mark.parametrize("text, concept, expected", [
    # the actors as the form's partners: after a link word, through a list
    ("Die Kooperation von Polizei und Ordnungsbehörden in der Innenstadt ist eng.", "partnership-working",
     ["Kooperation"]),
    ("Ein Netzwerk aus Behörden, Trägern und Vereinen wurde im Stadtteil gegründet.", "network-governance",
     ["Netzwerk"]),
    ("Ein Netzwerk kommunaler Ämter und Verbände wurde gegründet.", "network-governance", ["Netzwerk"]),
    ("Die Zusammenarbeit staatlicher und privater Akteure wurde untersucht.", "partnership-working",
     ["Zusammenarbeit"]),
    ("Der Verein der Eltern betreibt seit Jahren eine kleine Kita.", "third-sector", ["Verein"]),
    ("Die Vereine, Verbände und Initiativen im Stadtteil wurden befragt.", "third-sector", ["Vereine"]),
    # public services with a public body
    ("Die Kooperation zwischen Jugendamt und Schule wurde untersucht.", "partnership-working", ["Kooperation"]),
    ("We studied the network of councils, agencies and charities in each region.", "network-governance",
     ["network"]),
    # firms with the state: after "mit" with a public body in the sentence
    ("Die Kooperation mit Unternehmen wurde von der Polizei ausgebaut.", "partnership-working", ["Kooperation"]),
])
def test_partners_are_evidence(matcher, text, concept, expected):
    kept, _ = found(matcher, text, concept, field(text))
    assert kept == expected


@pytest.mark.parametrize("text, concept", [
    # firms among themselves, researchers, universities: not an anchor group
    ("Die Kooperation zwischen Unternehmen wurde in der Studie untersucht.", "partnership-working"),
    ("Die Kooperation mit Unternehmen wurde ausgebaut.", "partnership-working"),
    ("Es gibt ein Netzwerk von Forschern und Firmen.", "network-governance"),
    # a firm working with schools is its own business: services need a public body or civil society beside them
    ("Die Unternehmen arbeiten in enger Zusammenarbeit mit bestimmten Schulen.", "partnership-working"),
    # a German genitive opens with an adjective in -er, not with any lower-case word
    ("Es entstanden diese Netzwerke aufgrund defizitärer staatlicher Institutionen.", "network-governance"),
    # a bullet ends the phrase; an adjective's stem inside a compound is another noun ("Öffentlichkeitsarbeit")
    ("Aufgaben: ■ Zusammenarbeit mit externen Partnern, ■ Öffentlichkeitsarbeit sowie ■ Beratung.",
     "partnership-working"),
    # a single body's name before the form names its own network, not the network's members
    ("The agency collects the data, including via NHS networks and laboratories.", "network-governance"),
    # an actor elsewhere in the sentence is no partner of the form
    ("Die Stadtverwaltung berichtete, dass die Kooperation zwischen den Universitäten wuchs.", "partnership-working"),
    ("The council said that the network of two universities grew.", "network-governance"),
    # "im Verein mit" (together with): third sector's links leave out "mit"
    ("Die Wirkung im Verein mit der Kita ist groß.", "third-sector"),
])
def test_other_actors_or_places_are_not(matcher, text, concept):
    kept, reasons = found(matcher, text, concept, field(text))
    assert kept == [] and reasons


def test_lexicon_checks_partners(partner_lexicon):
    with pytest.raises(LitmineError, match="anchor 'firms'"):
        load_lexicon(partner_lexicon("l.yaml", "{groups: {public: [council]}, anchors: [firms]}"), replace=True)
    good = partner_lexicon("g.yaml", "{groups: {public: [council], business: [firms]}, anchors: [public]}")
    m = ConceptMatcher(load_lexicon(good, replace=True))
    assert [x.surface for x in m.find_mentions(["Steering is hard. A network of the council and firms formed. "
                                                "Steering matters for the council."])[0]] == ["network"]
    assert m.find_mentions(["A network of firms formed. Steering matters for the council."])[0] == []
