"""The agent of a form decided by its collocations says nothing of its sense (senses.py, `agent_phrase`): a public
body commissions exercises, reviews and advice as well as services, so "commissioned by the Department of Health"
is no evidence, while the services or providers commissioned are. Sentences written by hand."""

import pytest
import spacy

from litmine.concepts.senses import Candidate, agent_phrase


def found(matcher, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == "contracting-out"]


@pytest.mark.parametrize("text", [
    # a piece of work or an event commissioned by a public body whose name holds a word of care or health
    "The tabletop exercise was commissioned by the Department of Health to rehearse pandemic plans.",
    "A live exercise commissioned by NHS England concerning an influenza pandemic was held in 2016.",
    "The seminar was commissioned by the Department of Health, Social Services and Public Safety last year.",
    "The simulation commissioned by the local health board ran for two days in March.",
    # another sense's word after the agent still sets the form aside
    "The panel was commissioned by the Department of Health to review maternity services.",
])
def test_senses_the_agent_of_commissioning_is_no_cue(matcher, text):
    assert found(matcher, text) == []


@pytest.mark.parametrize("text", [
    # near misses that must still match: what is commissioned is a service, or providers are named outside the agent
    "The council commissioned home-care services from independent providers.",
    "Meals were commissioned by the county council from private providers.",
    "Care packages commissioned by NHS England were cut in the last budget.",
    "The charity was commissioned by the local authority to provide support services for unpaid carers.",
])
def test_senses_the_commissioned_service_still_counts(matcher, text):
    assert found(matcher, text) == ["commissioned"]


@pytest.mark.parametrize("text, candidate, agent", [
    ("services commissioned by the Department for Education in 2020", 1, "by the Department for Education"),
    ("care commissioned by the council for the provision of meals", 1, "by the council"),
    ("care commissioned by councils and health boards to support carers", 1, "by councils and health boards"),
    ("an exercise commissioned by Public Health England's board", 2, "by Public Health England's board"),
    ("a review commissioned by INQ000123 and others", 2, "by"),
    ("services commissioned from local providers", 1, ""),
])
def test_senses_agent_phrase_ends_where_the_agent_does(text, candidate, agent):
    doc = spacy.blank("en")(text)
    r = agent_phrase(doc, Candidate("x", 0, 0, candidate, candidate + 1), len(doc))
    assert doc[r.start:r.stop].text == agent
