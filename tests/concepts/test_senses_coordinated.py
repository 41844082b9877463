"""Another sense's word coordinated with the form is a second activity, not what the form governs (senses.py,
`_coordinated`). Sentences written by hand."""

import pytest


def found(matcher, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == "contracting-out"]


@pytest.mark.parametrize("text, expected", [
    # "evaluation" is the second conjunct beside "commissioning", not what is commissioned
    ("Councils lack evidence-based commissioning and proper evaluation of weight management interventions.",
     ["commissioning"]),
    ("Evaluation and commissioning of local health services were weak.", ["commissioning"]),
    ("Audits and joint commissioning of local care services improved.", ["commissioning"]),
    # what the form governs still sets it aside, also through a verb coordinated with it
    ("They build evidence by commissioning and funding more research on local health services.", []),
    ("The department commissioned research and evaluation of local health services.", []),
    ("The council commissioned an evaluation and a survey of local care services.", []),
])
def test_senses_a_coordinated_word_is_no_collocation(matcher, text, expected):
    assert found(matcher, text) == expected
