"""Coordinated modifiers sharing one head (litmine/concepts/ellipsis.py): "voluntary and private sectors"."""

import pytest

from litmine.concepts.ellipsis import Ellipses, EllipsisFilter, elliptic_phrases
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.concepts.prefilter import fold


def _found(matcher, text):
    return [(m.concept, m.surface) for m in matcher.find_mentions([text])[0]]


@pytest.mark.parametrize("text, concept, surface", [
    ("The trust is paid from a mix of state, charitable and pharmaceutical money.", "third-sector",
     "charitable"),
    ("Staff from the voluntary, community and private sectors met the council.", "third-sector",
     "voluntary"),
    ("Spending on active and passive labour market policies rose in the nineties.", "activation",
     "active"),
    ("Lone and married mothers about childcare costs.", "lone-parents", "Lone"),
    ("Both social and technological innovation need public funding.", "social-innovation",
     "social"),
])
def test_ellipsis_finds_the_first_modifier_of_a_coordination(matcher, text, concept, surface):
    assert (concept, surface) in _found(matcher, text)


@pytest.mark.parametrize("text", [
    "The scheme was voluntary and the private sector paid for it.",  # an article is no modifier of the head
    "Her work was voluntary, and private sector firms joined later.",  # ", and" right after the first word
    "Welfare and work programmes were reviewed by the auditors.",  # "welfare to work": a preposition
    "Payment and results were published by the trust in June.",
    "The network and project management teams were merged.",  # an ambiguous pattern is not split
])
def test_ellipsis_leaves_other_coordinations_alone(matcher, text):
    assert _found(matcher, text) == []


def test_ellipsis_only_adds_to_what_the_phrases_find(matcher):
    # the first modifier is a mention of its own; each item keeps the mentions it had
    assert _found(matcher, "The private and voluntary sectors.") == [("third-sector", "voluntary sectors")]
    assert _found(matcher, "The voluntary and private sectors.") == [("third-sector", "voluntary")]
    assert _found(matcher, "The charity and voluntary sector.") == [("third-sector", "charity"),
                                                                      ("third-sector", "voluntary sector")]
    # written as the pattern writes it: "Sanctions" is no coordinated "sanctioned"
    assert _found(matcher, "Sanctions and sanctioned claimants.") == [("benefit-sanctions", "Sanctions"),
                                                                       ("benefit-sanctions", "sanctioned claimants")]


def test_ellipsis_same_mentions_with_and_without_the_prefilter():
    lexicon = load_lexicon()
    fast, full = ConceptMatcher(lexicon), ConceptMatcher(lexicon, prefilter=False)
    texts = ["Money came from the NHS, charitable and private donors and from charitable and pharmaceutical money.",
             "Voluntary, community, faith, and private sectors; active or passive labour market policy.",
             "A voluntary and the private sector.", "Nothing of the field here, and none of its words."]
    for text in texts:
        assert _found(fast, text) == _found(full, text)


def test_ellipsis_filter_needs_first_word_items_conjunction_and_second_word():
    f = EllipsisFilter([(["voluntary", "sector"], "k")])
    assert f.may_match(fold("The voluntary, community and private sectors"))
    assert not f.may_match(fold("voluntary work and the sectors"))  # "work and the": no item before the head
    assert not f.may_match(fold("private and voluntary sectors"))  # the first word after the conjunction


def test_ellipsis_tokens_and_phrases():
    e = Ellipses([(["voluntary", "sector"], "k")])
    assert e.matches("voluntary , community , and private sector".split()) == [("k", 0, 1)]
    assert e.matches("voluntary , and private sector".split()) == []  # a serial comma needs an item before it
    assert e.matches("voluntary and the sector".split()) == []
    kept = elliptic_phrases([(["welfare", "to", "work"], 1), (["politique", "d", "activation"], 2),
                             (["co", "design"], 3), (["third", "sector"], 4), (["localism"], 5)])
    assert kept == [(["third", "sector"], 4)]
