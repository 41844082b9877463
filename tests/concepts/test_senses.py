"""Sense-aware matching: ambiguous forms count only with evidence of their concept's sense (issue 12)."""

import pytest

from litmine.concepts import senses
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.models import Rejection


def concepts(matcher, text):
    return [(m.concept, m.surface) for m in matcher.find_mentions([text])[0]]


@pytest.mark.parametrize("text", [
    "Alarms will be activated automatically if the sprinkler system activates in the plant room.",
    "The cesspool must be emptied by a licensed contractor at least once a year.",
    "The UK signed international space partnerships with Japan and Australia.",
    "Party discipline sanctions were imposed on the rebel deputies.",
    "Milk production is activated after calving, the vet explained.",
])
def test_senses_other_senses_are_not_mentions(matcher, text):
    assert concepts(matcher, text) == []


@pytest.mark.parametrize("text, concept", [
    ("Activation of unemployed benefit claimants became the core of welfare reform.", "activation"),
    ("Jobseekers face sanctions when they miss an appointment at the Jobcentre.", "benefit-sanctions"),
    ("The council built a partnership with voluntary organisations in Malmö.", "partnership-working"),
    ("Employment services were delivered by a prime contractor and subcontracted providers.", "contracting-out"),
])
def test_senses_field_senses_are_mentions(matcher, text, concept):
    assert concept in [c for c, _ in concepts(matcher, text)]


def test_senses_document_naming_the_concept_counts_everywhere(matcher):
    texts = ["Partnership working between agencies shaped the programme.", "The partnership lasted three years."]
    found = matcher.find_mentions(texts)
    assert [m.surface for m in found[1]] == ["partnership"]


def test_senses_acronyms_and_multiword_terms_need_no_cue(matcher):
    got = concepts(matcher, "Under NPM, contracting-out and New Public Management reshaped ALMPs in Zürich.")
    assert ("new-public-management", "NPM") in got and ("contracting-out", "contracting-out") in got
    assert ("new-public-management", "New Public Management") in got and ("activation", "ALMPs") in got


def test_senses_rejections_are_reported_with_reasons(matcher):
    rejected: list[Rejection] = []
    texts = ["Nothing here.", "A licensed contractor emptied the tank; the zero-hours contract ended."]
    mentions, _ = matcher.tag_document(texts, rejections=rejected)
    assert mentions == [[], []]
    by_surface = {r.surface: r for r in rejected}
    assert by_surface["contractor"].passage_index == 1 and by_surface["contractor"].concept == "contracting-out"
    assert "no Contracting-out cue" in by_surface["contractor"].reason
    assert "excluded phrase" in by_surface["contract"].reason
    assert texts[1][by_surface["contractor"].start:by_surface["contractor"].end] == "contractor"


def test_senses_no_rejections_list_is_fine(matcher):
    assert matcher.find_mentions(["The contractor left."]) == [[]]


@pytest.mark.parametrize("text, expected", [
    # governance theory's networks: the form alone needs the vocabulary of governing (steering, hierarchies)
    ("The centre now steers through networks rather than hierarchies, as Rhodes argued of Whitehall.",
     [("network-governance", "networks")]),
    ("Policy networks shaped the Ærø reform of local employment services.", [("network-governance", "Policy networks")]),
    # social, support and transport networks are other senses, even beside governing words
    ("Steering group members drew on their social networks and kinship networks for support.", []),
    ("Rail networks were steered by the state until privatisation.", []),
    # a strict concept: another concept's mention nearby is no evidence for a bare "network"
    ("Street-level bureaucrats build networks with neighbours in Malmö.",
     [("street-level-bureaucracy", "Street-level bureaucrats")]),
])
def test_senses_network_governance_needs_its_own_cues(matcher, text, expected):
    assert concepts(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Responsibility for employment support was devolved to local authorities and their partners.",
     [("localism", "devolved to local")]),
    ("The reform decentralised responsibility for job centres to the municipalities of Skåne.",
     [("localism", "decentralised responsibility")]),
    ("The devolved administrations in Scotland and Wales published guidance.", []),
    ("The UK Space Agency signed bilateral partnerships with Japan and the space agency of Brazil.", []),
    ("Firms offered tailored support to space sector start-ups in Zürich.", []),
])
def test_senses_localism_and_partnership_forms(matcher, text, expected):
    assert concepts(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the nations' devolved powers are not localism; powers moved to councils are
    ("Devolution frameworks devolve power differently to Scotland, Wales and Northern Ireland.", []),
    ("Payments fell outside Scotland's devolved powers, the Scottish Government said.", []),
    ("Ministers promised to devolve powers to local councils in Yorkshire and Cumbria.",
     [("localism", "devolve powers to local")]),
    # third-sector organisations by their other names; charity as benevolence is not one
    ("Zimbabwean NGOs and non-governmental organisations ran the clinics.",
     [("third-sector", "NGOs"), ("third-sector", "non-governmental organisations")]),
    ("Donations to the charity fell after the scandal in Liège.", [("third-sector", "charity")]),
    ("She helped her neighbours out of Christian charity, not duty.", []),
    # other names of activation and conditionality in the literature
    ("Mexico's conditional cash transfers and Denmark's active employment policy were compared.",
     [("conditionality", "conditional cash transfers"), ("activation", "active employment policy")]),
    ("Commissioners and providers of employment services met in Malmö.",
     [("contracting-out", "Commissioners and providers")]),
    # a contractual relationship with investors, and procurement of research, are not contracting-out
    ("The region is competitive: a contractual relationship binds investor and regional authorities.", []),
])
def test_senses_general_forms_of_session_six(matcher, text, expected):
    assert concepts(matcher, text) == expected


def test_senses_one_unambiguous_term_does_not_vouch_for_forty_other_senses(matcher):
    named = ["A public-private partnership financed the Göteborg port."]
    other = "The UK signed a partnership with Japan on lunar rovers."
    few = matcher.find_mentions(named + [other] * 5)
    many = matcher.find_mentions(named + [other] * 40)
    assert [len(f) for f in few] == [1] * 6  # a document about partnerships: its other uses count
    assert [len(f) for f in many] == [1] + [0] * 40  # one mention in forty-one is no evidence of the sense


def test_senses_strict_concept_read_from_the_lexicon(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("concepts:\n  - id: netz\n    label: Netzwerk-Governance\n    patterns: [network]\n"
                    "    ambiguous: [network]\n    cues: [steering]\n    strict: true\n"
                    "  - id: npm\n    label: NPM\n    patterns: [new public management]\n", encoding="utf-8")
    lexicon = load_lexicon(path, replace=True)
    assert [c.strict for c in lexicon] == [True, False]
    m = ConceptMatcher(lexicon)
    rejected: list[Rejection] = []
    found = m.find_mentions(["New public management relied on a network of agencies.",
                             "Steering through a network of agencies."], rejections=rejected)
    assert [[x.surface for x in f] for f in found] == [["New public management"], ["network"]]
    assert [(r.surface, r.passage_index) for r in rejected] == [("network", 0)]


def test_senses_one_sense_per_passage(matcher):
    texts = ["Governance theory studies steering through networks. The networks lack decision rules, and the "
             "network model suits actors who agree.",
             "Members of the networks in Århus met weekly."]
    found = matcher.find_mentions(texts)
    assert [m.surface for m in found[0]] == ["networks", "networks", "network"]
    assert found[1] == []  # another passage of the document: no evidence there


def test_senses_passage_naming_the_concept_vouches_for_its_other_forms(matcher):
    text = ("Devolution to local authorities of responsibility for interventions was urged. Mr Letwin said the "
            "decentralisation of power should provide a rich field for evidence in Łódź too.")
    assert [c for c, _ in concepts(matcher, text)] == ["localism", "localism"]
    assert concepts(matcher, "The decentralisation of power to Holyrood was debated in Edinburgh.") == []


@pytest.mark.parametrize("text", [
    "UKRI should call for Prosperity Partnerships between universities and local space companies in the sector.",
    "They held posts such as Commissioner for Regional Policy within the European Commission in Brussels.",
    "The Responsibility Deal's Food Network brought together public health bodies and steering groups.",
])
def test_senses_a_form_written_as_a_name_needs_the_document_to_name_the_concept(matcher, text):
    rejected: list[Rejection] = []
    assert matcher.find_mentions([text], rejections=rejected) == [[]]
    assert any("part of a name" in r.reason for r in rejected)


def test_senses_a_name_counts_where_the_document_names_the_concept(matcher):
    texts = ["Partnership working shaped Scotland's employability services.",
             "Research on the Local Employability Partnerships in Dundee found a stronger ethos."]
    assert [m.surface for m in matcher.find_mentions(texts)[1] if m.concept == "partnership-working"] == ["Partnerships"]


@pytest.mark.parametrize("text, expected", [
    ("Local Resilience Forums bring multi-agency partnerships together in Cumbria.",
     [("partnership-working", "multi-agency partnerships")]),
    ("'Every local decentralization presupposes a renewed centralization,' Nowotny wrote.", []),
    ("Short-term calculation matters more for marketized economic activities in Säo Paulo.", []),
    ("Marketised public services and welfare providers compete in Malmö.", [("marketisation", "Marketised")]),
    ("The human capital approach holds that migration pays for itself through higher income.", []),
    ("A human capital approach to activation puts training of unemployed claimants first.",
     [("human-capital-development", "human capital approach"), ("activation", "activation")]),
    ("Institutions ensure compliance with rules, including the application of sanctions to violators.", []),
    ("The scope of governance covers multi-level policy-making between territorial levels.",
     [("multi-level-governance", "multi-level policy-making")]),
])
def test_senses_forms_of_session_seven(matcher, text, expected):
    assert concepts(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    # commissioning public services from providers (the UK quasi-market's word for buying them)
    ("Local commissioners in Malmö procured weight-management services for children.",
     [("contracting-out", "commissioners")]),
    ("The NHS improved the commissioning of hepatology services in Łódź and Leeds.",
     [("contracting-out", "commissioning")]),
    ("Witnesses who designed and commissioned local interventions in Gävle gave evidence.",
     [("contracting-out", "commissioned")]),
    # commissioning a piece of work, a building's plant, or an office's short name: other senses
    ("The Haemophilia Society published a report it had commissioned on care in Zürich.", []),
    ("Mechanical ventilation serving the Ærø care home must be commissioned before handover.", []),
    ("The Act requires the Commissioner to publish a charter on patient safety in Malmö.", []),
    # decentralisation to lower tiers of government; decentralised plant is another sense
    ("Decentralization gave sub-national governments in Skåne greater responsibility.",
     [("localism", "Decentralization")]),
    ("Decentralised extract ventilation serves each bathroom of the Århus flats.", []),
    ("The devolved nature of the fund lets local authorities in Föhr choose projects.", [("localism", "devolved")]),
    ("The devolved administrations in Scotland and Wales funded local projects in Föhr.", []),
    # organisations with charitable status; Jessop's network state
    ("Some organisations in Liège have charitable status.", [("third-sector", "charitable status")]),
    ("The state acts as a nodal or network state, Jessop argues of governance in Åland.",
     [("network-governance", "network state")]),
])
def test_senses_forms_of_session_eight(matcher, text, expected):
    assert concepts(matcher, text) == expected


def test_senses_another_senses_words_set_a_form_aside_even_where_the_document_names_the_concept(matcher):
    texts = ["Contracting-out of employment services grew in Malmö.",
             "The ministry commissioned a study of local services in Malmö.",
             "The ministry commissioned local care services in Malmö."]
    rejected: list[Rejection] = []
    found = matcher.find_mentions(texts, rejections=rejected)
    assert [[m.surface for m in f] for f in found] == [["Contracting-out"], [], ["commissioned"]]
    assert [(r.surface, r.passage_index) for r in rejected] == [("commissioned", 1)]
    assert "'study' within 10 words of 'commissioned' marks another sense" in rejected[0].reason


def test_senses_a_form_with_cues_of_its_own_takes_only_those(matcher):
    # NPM is a cue of Contracting-out, not of "commissioning": buying services is said with service words
    assert concepts(matcher, "In employability commissioning top-down NPM norms dominate in Malmö.") == [
        ("employability", "employability"), ("new-public-management", "NPM")]


def test_senses_a_term_of_another_concept_over_a_form_is_no_evidence_for_it(matcher):
    # "contracts" inside "outcome-based contracts" (Payment by results) does not vouch for Contracting-out
    assert concepts(matcher, "Programmes in Malmö are subject to outcome-based contracts.") == [
        ("payment-by-results", "outcome-based contracts")]


@pytest.mark.parametrize("text, named", [
    ("The Act requires the Commissioner to report on services in Malmö.", True),
    ("The scheme builds on the existing Partnerships in the Zürich sector.", True),
    ("Partnerships in the aerospace sector of Zürich grew.", False),  # opens the sentence
    ("Activation and Partnership in Europe: a review of Malmö", False),  # a title-case heading
])
def test_senses_a_capitalised_form_among_lower_case_words_is_a_short_name(text, named):
    import spacy

    doc = spacy.blank("en")(text)
    k = next(i for i, t in enumerate(doc) if t.text in ("Commissioner", "Partnerships", "Partnership"))
    assert senses.in_name(doc, k, k + 1) is named


def test_senses_capitals_in_german_text_are_nouns_not_names(matcher):
    import spacy

    doc = spacy.blank("en")("Nach dem Prinzip Fördern und Fordern sollen die Jobcenter Arbeitslose vermitteln.")
    assert senses.in_name(doc, 3, 6) is False  # "Prinzip Fördern": German nouns, not a name
    english = spacy.blank("en")("UKRI should call for Prosperity Partnerships between universities.")
    assert senses.in_name(english, 5, 6) is True
    text = "Nach dem Prinzip Fördern und Fordern sollen die Jobcenter Arbeitslose im SGB II schneller vermitteln."
    assert [m.surface for m in matcher.find_mentions([text])[0] if m.concept == "activation"] == [
        "Fördern und Fordern"]
