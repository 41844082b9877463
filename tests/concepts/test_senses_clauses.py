"""Session 11 of issue 12: another sense's words count only in the form's clause, a name's short form in its passage
is the name, and a few general wordings of the third sector and of contracting-out. Sentences written by hand."""

import pytest


def found(matcher, text, concept):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == concept]


@pytest.mark.parametrize("text, expected", [
    # another clause's "evaluation" or "studies" says nothing of what is commissioned
    ("Problems include a lack of staff; weak emphasis in the commissioning process for local health services; "
     "small budgets for the evaluation of each programme.", ["commissioning"]),
    ("The case studies showed this: those commissioning weight management interventions at a local level lacked "
     "evidence.", ["commissioning"]),
    # in its own clause the collocation still sets the form aside
    ("The council commissioned a report on local health services.", []),
    ("They establish new evidence by commissioning and funding more research on local health services.", []),
])
def test_senses_against_words_count_in_the_forms_clause_only(matcher, text, expected):
    assert found(matcher, text, "contracting-out") == expected


def test_senses_a_names_short_form_in_its_passage_is_the_name(matcher):
    text = ("Scotland has a Patient Safety Commissioner for the NHS. Independent of the health service, the "
            "commissioner will hear from patients and gather information from healthcare providers.")
    assert found(matcher, text, "contracting-out") == []
    # without the name in the passage, the same sentence's commissioner buys services
    assert found(matcher, "Local commissioners of health services buy care from providers.",
                 "contracting-out") == ["commissioners"]


@pytest.mark.parametrize("text, concept, expected", [
    ("The team works on organ donation, food hygiene and charitable giving.", "third-sector",
     ["charitable giving"]),
    ("Infected people felt forced to seek what felt like charity.", "third-sector", []),
    ("The UK has few space unicorns and prime contractors.", "contracting-out", []),
    ("The Work Programme's prime contractors passed the hardest cases to subcontractors.", "contracting-out",
     ["prime contractors", "subcontractors"]),
    # the seed labels leave "tendering" unmarked: close to the concept, not it
    ("Councils should use the tendering process for health services to ensure value for money.", "contracting-out",
     []),
    ("The specification went out to tender for the evaluation research programme.", "contracting-out", []),
])
def test_senses_session_eleven_forms(matcher, text, concept, expected):
    assert found(matcher, text, concept) == expected


@pytest.mark.parametrize("text, concept, expected", [
    # computing's personalisation is another sense
    ("Diffusion models enable image personalization and controllable editing for each user.", "personalisation",
     []),
    ("Personalisation of support lets each claimant agree services with an adviser.", "personalisation",
     ["Personalisation"]),
])
def test_senses_computings_personalisation_is_another_sense(matcher, text, concept, expected):
    assert found(matcher, text, concept) == expected


@pytest.mark.parametrize("text, expected", [
    # the cue "agency" is part of a name here: it names a space agency, not a sense of "partnership"
    ("She noted the strong existing partnership between UKSA and the Japanese Space Agency on satellites.", []),
    # a cue written in lower case still counts
    ("The council formed a partnership with local agencies to support claimants.", ["partnership"]),
])
def test_senses_a_cue_inside_a_name_is_no_evidence(matcher, text, expected):
    assert found(matcher, text, "partnership-working") == expected
