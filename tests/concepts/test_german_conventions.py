"""German forms completed from the labelling conventions (concepts.yaml, session 20): each ambiguous form counts only
with the evidence its lexicon entry names (form_cues, form_against, exclude), and the unambiguous ones always.
Sentences written by hand."""

import pytest


def found(matcher, text, concept):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == concept]


@pytest.mark.parametrize("text, concept, expected", [
    # Activation: integration into work, beside the unemployed or the labour market's agencies
    ("Ziel ist die Eingliederung der Langzeitarbeitslosen in den Arbeitsmarkt durch das Jobcenter und die Träger.",
     "activation", ["Eingliederung"]),
    ("Die Eingliederungsquote nach Bildungsmaßnahmen und die Abgangsrate aus Arbeitslosigkeit waren die Zielgrößen.",
     "activation", ["Eingliederungsquote"]),
    ("Der Eingliederungszuschuss für Langzeitarbeitslose wird vom Jobcenter an die Arbeitgeber gezahlt.",
     "activation", ["Eingliederungszuschuss"]),
    ("Ziel ist die Aktivierung der Langzeitarbeitslosen durch das Jobcenter und die Arbeitsagentur.",
     "activation", ["Aktivierung"]),
    # Third sector: groups people form or join, charities
    ("Die Gruppen kommen aus Selbsthilfegruppen von chronisch Kranken und aus der Arbeit mit den Betroffenen.",
     "third-sector", ["Selbsthilfegruppen"]),
    ("In der Stadt gründeten sich mehrere Bürgerinitiativen gegen den Bau der Straße und für mehr Grünflächen.",
     "third-sector", ["Bürgerinitiativen"]),
    ("Die Wohltätigkeitsorganisationen sammelten Spenden für die Opfer der Flut in den Dörfern am Fluss.",
     "third-sector", ["Wohltätigkeitsorganisationen"]),
    # Co-production and marketisation of public services
    ("Die Koproduktion öffentlicher Dienstleistungen durch Bürger und Nutzer ist ein Thema der Verwaltungsforschung.",
     "co-production", ["Koproduktion"]),
    ("Die Vermarktlichungstrends im Gesundheitswesen und in der Pflege haben die Versorgung verändert.",
     "marketisation", ["Vermarktlichungstrends"]),
    # Partnership working: public services working together, the state's agreements with industry
    ("Die Kooperation von Jugendhilfe und Arbeitsförderung bei der Betreuung der jungen Menschen ist noch schwach.",
     "partnership-working", ["Kooperation"]),
    ("Zu den Instrumenten der Umweltpolitik gehört die Kooperation mit der Industrie durch Branchenabkommen und "
     "Selbstverpflichtungen, neben Ordnungsrecht und Abgaben im Sozialstaat.",
     "partnership-working", ["Kooperation"]),
    # Lone parents and in-work poverty
    ("Die alleinstehenden Mütter sind besonders von Armut betroffen und ihre Kinder auch.",
     "lone-parents", ["alleinstehenden Mütter"]),
    ("Die Aufstocker beziehen neben ihrem Lohn auch Arbeitslosengeld II und bleiben trotz der Arbeit arm.",
     "in-work-poverty", ["Aufstocker"]),
])
def test_the_sense_counts(matcher, text, concept, expected):
    assert found(matcher, text, concept) == expected


@pytest.mark.parametrize("text, concept", [
    # Eingliederung of migrants, of provinces, disability assistance, sick employees, the EU's social inclusion,
    # and SGB II's agreement (Conditionality, not Activation)
    ("Die Eingliederung der Migranten in die Aufnahmegesellschaft ist eine Aufgabe der Kommunen und der Schulen.",
     "activation"),
    ("Die Eingliederung der neuen Provinzen in den Staat erfolgte nach dem Krieg durch die Verwaltung.", "activation"),
    ("Die Eingliederungshilfe für Menschen mit Behinderung wird von den Sozialämtern der Kommunen gezahlt.",
     "activation"),
    ("Das betriebliche Eingliederungsmanagement für kranke Beschäftigte ist im SGB IX geregelt.", "activation"),
    ("Die soziale Eingliederung der Arbeitslosen ist ein Indikator der EU für Armut und Ausgrenzung.", "activation"),
    ("Die Eingliederungsvereinbarung zwischen Jobcenter und Arbeitslosen regelt die Pflichten der Leistungsbezieher.",
     "activation"),
    # civic engagement activated, not claimants
    ("Ziel ist die Sicherstellung von Chancen auf dem Arbeitsmarkt und die Aktivierung bürgerschaftlichen "
     "Engagements in der Kommune.", "activation"),
    # a film's and a narrative's co-production; a scene's commercialisation
    ("Die Koproduktion des Films mit dem Fernsehen und einem französischen Studio wurde im Jahr 2005 gedreht.",
     "co-production"),
    ("Die Ko-produktion der Erzählung von Interviewtem und Interviewer wird als ein Merkmal der Methode gesehen.",
     "co-production"),
    ("Die Vermarktlichung der Musikszene und der alternativen Strukturen hat die Subkultur verändert.",
     "marketisation"),
    # sick employees back into their firm
    ("Nach der Arbeitsunfähigkeit steht die (Wieder)eingliederung der Beschäftigten in den Betrieb im Mittelpunkt, "
     "und die Arbeitslosigkeit soll vermieden werden.", "activation"),
    # raising troops or a budget; a single person living alone
    ("Die Aufstockung der Truppen und die Aufstockung des Budgets wurden im Parlament beschlossen.", "in-work-poverty"),
    ("Eine alleinstehende Frau ohne Kinder und ein alleinstehender Mann leben in dem Haushalt.", "lone-parents"),
])
def test_other_senses_do_not(matcher, text, concept):
    assert found(matcher, text, concept) == []
