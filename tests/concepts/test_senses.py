"""Sense-aware matching: ambiguous forms count only with evidence of their concept's sense (issue 12)."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.models import Rejection


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(load_lexicon())


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
