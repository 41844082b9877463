"""English "partnership" of the space and aerospace industry and of states' defence alliances is not Partnership
working, even beside a cue such as "sector" or "agency" (concepts.yaml: Partnership working's English form_against);
partnerships of public bodies, charities and firms still count, in a space-sector report too. Sentences written by
hand (issue 12, session 35)."""

import pytest


def partnership(matcher, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == "partnership-working"]


@pytest.mark.parametrize("text", [
    # industry and research partnerships of the space and aerospace sector (a cue "sector" or "agency" beside them)
    "Partnerships in the aerospace sector between universities and manufacturers are funded by a research council.",
    "The agency works in partnership with satellite operators to grow the national space sector.",
    "Our partnership with the overseas space agency covers spacecraft design and in-orbit servicing.",
    "The public sector should learn from partnerships in aerospace, where firms share test facilities.",
    # states' defence and military alliances
    "The agency will strengthen its partnerships with NATO allies and the defence sector.",
    "A military partnership with two neighbouring governments was signed by the agency last year.",
])
def test_space_aerospace_and_defence_partnerships_do_not_count(matcher, text):
    assert partnership(matcher, text) == []


@pytest.mark.parametrize("text, expected", [
    # the field's partnerships still count, a space-sector report's public-private ones included
    ("The merger should reset the national space sector, working in partnership across government and with "
     "industry.", ["partnership"]),
    ("The council works in partnership with local charities and the voluntary sector to deliver employment "
     "support.", ["partnership"]),
    ("Local authorities and the NHS agreed a partnership to commission care services for older people.",
     ["partnership"]),
])
def test_the_fields_partnerships_still_count(matcher, text, expected):
    assert partnership(matcher, text) == expected


@pytest.mark.parametrize("text", [
    # partnerships between states, in a clause that says so (a cue such as "collaboration" or "agency" beside them)
    "Partnerships with two governments rest on bilateral treaties signed by the sector's agencies.",
    "Future partnerships 12 The approach to international collaboration 14",
    "The agency seeks new partnerships with multilateral bodies and intergovernmental organisations.",
])
def test_partnerships_between_states_do_not_count(matcher, text):
    assert partnership(matcher, text) == []


@pytest.mark.parametrize("text, expected", [
    # "international" outside the form's clause, or local partnerships compared across countries, still count
    ("International evidence is mixed; the council's partnership with local charities cut waiting times for "
     "employment support.", ["partnership"]),
    ("In many countries, partnerships of municipalities and voluntary organisations deliver employment services.",
     ["partnerships"]),
])
def test_local_partnerships_beside_other_countries_still_count(matcher, text, expected):
    assert partnership(matcher, text) == expected
