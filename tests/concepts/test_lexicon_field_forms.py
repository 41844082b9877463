"""The field's wordings of each concept beyond the development samples (issue 12): German case forms and compounds,
French and Spanish translations, English policy vocabulary; and a false friend for each new ambiguous form.
Sentences are written for these tests."""

import pytest


def _found(matcher, concept, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == concept]


@pytest.mark.parametrize("concept, text, surface", [
    # German: the matcher's inflection is English, so each case form a text uses is listed
    ("activation", "Die Wirkungen der aktivierenden Arbeitsmarktpolitik sind umstritten.",
     "aktivierenden Arbeitsmarktpolitik"),
    ("activation", "Mittel der aktiven Arbeitsmarktpolitik wurden gekürzt.", "aktiven Arbeitsmarktpolitik"),
    ("activation", "Der Umbau zum aktivierenden Sozialstaat begann 2003.", "aktivierenden Sozialstaat"),
    ("activation", "Nach dem Grundsatz des Förderns und Forderns sollen Arbeitslose im SGB II eine Arbeit suchen.",
     "Förderns und Forderns"),
    ("work-first", "Im SGB II gilt der Vermittlungsvorrang.", "Vermittlungsvorrang"),
    ("welfare-to-work", "Die Kommunen boten Hilfe zur Arbeit nach dem BSHG an.", "Hilfe zur Arbeit"),
    ("conditionality", "Jobcenter schließen Eingliederungsvereinbarungen mit den Leistungsberechtigten.",
     "Eingliederungsvereinbarungen"),
    ("conditionality", "Die verschärften Zumutbarkeitsregeln trafen ältere Arbeitslose.", "Zumutbarkeitsregeln"),
    ("benefit-sanctions", "Die Zahl der SGB-II-Sanktionen stieg; Sanktionen im SGB II treffen Jüngere härter.",
     "SGB-II-Sanktionen"),
    ("third-sector", "Die Rolle der freien Wohlfahrtspflege und der freien Träger wächst.", "freien Wohlfahrtspflege"),
    ("third-sector", "Die Kommune überträgt den freien Trägern neue Aufgaben.", "freien Trägern"),
    ("third-sector", "Der Dritte Sektor beschäftigt viele Menschen.", "Dritte Sektor"),
    ("third-sector", "Deutsche Nichtregierungsorganisationen arbeiten in Südafrika.", "Nichtregierungsorganisationen"),
    ("third-sector", "Die Rolle zivilgesellschaftlicher Organisationen wuchs.", "zivilgesellschaftlicher Organisationen"),
    ("third-sector", "Gewerkschaften und Sozialverbänden fehlt Einfluss.", "Sozialverbänden"),
    ("new-public-management", "Die Einführung des Neuen Steuerungsmodells in den Kommunen.", "Neuen Steuerungsmodells"),
    ("contracting-out", "Das Kontraktmanagement zwischen Rat und Verwaltung.", "Kontraktmanagement"),
    ("partnership-working", "Die öffentlich-privaten Partnerschaften und die Partnerschaftsarbeit vor Ort.",
     "öffentlich-privaten Partnerschaften"),
    ("quasi-markets", "In den Quasi-Märkten der Pflege konkurrieren Anbieter.", "Quasi-Märkten"),
    ("marketisation", "Die Vermarktlichung sozialer Dienste schreitet voran.", "Vermarktlichung"),
    ("localism", "Die Kommunalisierung der Arbeitsmarktpolitik.", "Kommunalisierung"),
    ("multi-level-governance", "Politik im europäischen Mehrebenensystem.", "Mehrebenensystem"),
    ("lone-parents", "Alleinerzieherinnenhaushalte tragen ein höheres Armutsrisiko.", "Alleinerzieherinnenhaushalte"),
    ("in-work-poverty", "Armut trotz Arbeit trifft erwerbstätige Arme.", "Armut trotz Arbeit"),
    ("personalisation", "Das Persönliche Budget nach dem SGB IX.", "Persönliche Budget"),
    ("social-innovation", "Die Förderung sozialer Innovationen und der sozialen Innovation.", "sozialen Innovation"),
    ("co-production", "Die Ko-Produktion sozialer Dienstleistungen.", "Ko-Produktion"),
    ("street-level-bureaucracy", "Die Street-Level-Bürokratie im Jobcenter.", "Street-Level-Bürokratie"),
    ("activation", "Die Grenzen der aktivierenden Sozialpolitik.", "aktivierenden Sozialpolitik"),
    ("network-governance", "Steuerung in interorganisationalen Netzwerken.", "interorganisationalen Netzwerken"),
    ("third-sector", "Viele gemeinnützige Vereine und gemeinnützigen Stiftungen helfen.", "gemeinnützige Vereine"),
    # French and Spanish
    ("activation", "Las políticas activas de empleo se ampliaron.", "políticas activas de empleo"),
    ("activation", "Les politiques actives du marché du travail en Europe.", "politiques actives du marché du travail"),
    ("contracting-out", "L'externalisation des services publics de l'emploi.", "externalisation des services publics"),
    ("new-public-management", "Les réformes du nouveau management public en France.", "nouveau management public"),
    ("third-sector", "Les organisations non gouvernementales et une association à but non lucratif.",
     "organisations non gouvernementales"),
    ("payment-by-results", "El pago por resultados de los servicios de empleo.", "pago por resultados"),
    ("multi-level-governance", "La gobernanza de múltiples niveles en Europa.", "gobernanza de múltiples niveles"),
    ("in-work-poverty", "La pauvreté laborieuse progresse.", "pauvreté laborieuse"),
    ("new-public-governance", "La Nouvelle Gouvernance Publique succède-t-elle au NPM ?", "Nouvelle Gouvernance Publique"),
    ("contracting-out", "Les délégations de service public aux entreprises.", "délégations de service public"),
    # English policy vocabulary
    ("conditionality", "Claimants sign a Claimant Commitment, as they once signed a Jobseeker's Agreement.",
     "Claimant Commitment"),
    ("conditionality", "Referrals to mandatory work activity rose.", "mandatory work activity"),
    ("welfare-to-work", "Work for the Dole expanded in Australia.", "Work for the Dole"),
    ("personalisation", "Disabled people may take a personal budget to arrange their care.", "personal budget"),
    ("personalisation", "Self-directed support gives users control.", "Self-directed support"),
    ("quasi-markets", "The NHS internal market separated purchasers from providers.", "NHS internal market"),
    ("payment-by-results", "A pay for success scheme funded the programme.", "pay for success"),
    ("third-sector", "Local community organisations delivered the scheme.", "community organisations"),
    ("third-sector", "Ministers met civil society groups and charities.", "civil society groups"),
    ("network-governance", "Rhodes described governing without government.", "governing without government"),
    ("contracting-out", "The contractualisation of public services to private providers.", "contractualisation"),
    ("localism", "The transfer of responsibilities to local authorities went on.", "transfer of responsibilities to local"),
    ("multi-level-governance", "The EU is a multi-level polity.", "multi-level polity"),
    ("partnership-working", "Cross-sector collaboration grew in the city.", "Cross-sector collaboration"),
    ("third-sector", "Die Drittsektororganisationen wachsen.", "Drittsektororganisationen"),
])
def test_field_form_is_found(matcher, concept, text, surface):
    assert surface in _found(matcher, concept, text)


@pytest.mark.parametrize("concept, text, surface", [
    # hyphens inside a compound split it into words, so a listed form at its head or tail is found
    ("third-sector", "Die Dritte-Sektor-Organisationen wachsen.", "Dritte-Sektor"),
    ("contracting-out", "Die Kontraktmanagement-Systeme der Städte.", "Kontraktmanagement"),
    ("multi-level-governance", "Die Mehrebenensystem-Forschung wächst.", "Mehrebenensystem"),
])
def test_hyphenated_german_compound_holds_its_form(matcher, concept, text, surface):
    assert _found(matcher, concept, text) == [surface]


@pytest.mark.parametrize("concept, text", [
    # a closed-up German compound is one word: a form inside it is not found, whatever its sense
    ("multi-level-governance", "Wir schätzen eine Mehrebenenanalyse der Schuldaten."),
    ("multi-level-governance", "Die Projekte verfolgen einen Mehrebenenansatz."),
    ("benefit-sanctions", "Die Androhung von Sanktionen sichert die Normen."),  # not bare Sanktionen
    ("quasi-markets", "The EU internal market rests on four freedoms."),
    ("lone-parents", "One Parent Families Scotland ran the service."),  # a charity's name
])
def test_other_senses_and_compounds_are_not_found(matcher, concept, text):
    assert _found(matcher, concept, text) == []


@pytest.mark.parametrize("concept, text", [
    ("activation", "Die Schule will alle Kinder fördern und fordern."),  # a school's motto
    ("personalisation", "Her personal budget for household spending was tight."),  # a household's money
    ("personalisation", "The ministry's individual budget lines were cut."),
    ("contracting-out", "The contractualisation of employment made jobs casual."),
])
def test_new_ambiguous_forms_need_their_sense(matcher, concept, text):
    assert _found(matcher, concept, text) == []
