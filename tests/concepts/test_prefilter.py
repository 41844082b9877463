"""The fast path of concept matching: passages that cannot hold a phrase skip spaCy, with the same output."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.concepts.prefilter import PhraseFilter, fold, trie_regex
from litmine.models import Concept

# hand-made documents (each a list of passages) covering what the matcher treats specially
DOCUMENTS = [
    # inflections, US/UK spellings, possessives
    ["Co-produced services were coproducing value; the co‐producers’ views differed.",
     "Personalization of labor market programs and personalised support for claimants.",
     "The partnerships' work with local authorities and councils in Göteborg."],
    # hyphenation and line-end joins, soft hyphens, odd spaces
    ["The volun-\ntary sector and third\u00adsector organisations ran street-\nlevel services.",
     "Multi-agency\n working, inter\u2010agency  co-operation and  multi\u2011level governance.",
     "contrac-\nting-out of employment services to for-profit providers\u00a0and charities."],
    # acronyms and their definitions, in both directions, and one outside the lexicon
    ["New Public Management (NPM) and third sector organisations (TSOs) shaped reform.",
     "NPM's legacy; TSOs and VCOs; Human-Centred Design (HCD) is not the lexicon's HCD.",
     "PbR (payment by results) contracts; ALMPs were cut."],
    # nested phrases and wildcard exclusions
    ["The voluntary and community sector, voluntary sector and voluntary and community organisations.",
     "Activation of your bank account and activation of the online account; active labour market policy.",
     "A zero-hours contract of employment; contract law; the employment contract was renewed."],
    # ambiguous forms with and without cues, and a document outside the field
    ["The sprinkler system activates the alarm. The contractor emptied the tank.",
     "Benefit sanctions hit jobseekers; economic sanctions on Russia; the committee's sanction was given.",
     "The partnership between the council and voluntary providers; a business partnership of two lawyers."],
    ["Gamma activation of the receptor.", "Our partnership with Japan on space launches.",
     "Localised pain in the left knee."],
    # text with no concept at all, with tokenizer exceptions and non-Latin letters
    ["We gonna meet 'cause it's 5pm in Mar. and y'all know it.", "Ελληνικά κείμενα και 日本語のテキスト。", ""],
    # phrases the filter needs whole tokens for: a stem inside another ("governing without government"), short
    # words beside the next one ("co-design", "pay by results")
    ["The government published its design guide; results were good.", "Governing without government, co‑designing.",
     "The Co-Design of services was paid by results", "Codesigned by governments; the governments' co design.",
     "Requirements for work and work: requirements; working requirements.", "Requirement to work first."],
    # translations and accented forms
    ["Les politiques d'activation et la coproducción de servicios; Beschäftigungsfähigkeit und Konditionalität.",
     "L'employabilité des parents isolés; el tercer sector."],
]


def _run(matcher, texts):
    rejected = []
    mentions, own = matcher.tag_document(texts, rejections=rejected)
    return ([[(m.concept, m.start, m.end, m.surface, m.via) for m in ms] for ms in mentions], own,
            sorted((r.concept, r.start, r.end, r.reason, r.passage_index) for r in rejected))


@pytest.fixture(scope="module")
def matchers():
    lexicon = load_lexicon()
    return ConceptMatcher(lexicon), ConceptMatcher(lexicon, prefilter=False)


@pytest.mark.parametrize("texts", DOCUMENTS)
def test_prefilter_fast_path_gives_the_same_mentions_and_rejections(matchers, texts):
    fast, full = matchers
    assert _run(fast, texts) == _run(full, texts)


def test_prefilter_documents_hold_mentions_and_rejections(matchers):
    fast, _ = matchers
    found = {c for texts in DOCUMENTS for ms in _run(fast, texts)[0] for c, *_ in ms}
    assert {"co-production", "third-sector", "street-level-bureaucracy", "partnership-working",
            "new-public-management", "payment-by-results", "activation", "benefit-sanctions"} <= found
    assert any(_run(fast, texts)[2] for texts in DOCUMENTS)


def test_prefilter_skips_passages_without_a_stem(matchers):
    fast, _ = matchers
    assert not fast._filter.may_match(fold("The sprinkler system failed in the plant room."))
    assert fast._filter.may_match(fold("Le travail en partenariat à Québec"))


def test_prefilter_fold_keeps_words_as_substrings():
    folded = fold("Ko-Produktion der Beschäftigungsfähigkeit, l’État's")
    assert folded == "koproduktion der beschaftigungsfahigkeit, letats"


def test_prefilter_trie_regex_finds_every_word():
    import re

    words = ["contract", "contractor", "cost", "co", "partnership", "ß"]
    shortest = re.compile(trie_regex(words))
    longest = re.compile(trie_regex(words, longest=True))
    assert shortest.match("contractor").group() == "co"
    assert longest.match("contractor").group() == "contractor"
    assert longest.match("partnerships").group() == "partnership"
    assert shortest.search("Maß") is not None


def test_prefilter_needs_every_checked_word_of_a_phrase():
    f = PhraseFilter([["new", "public", "management"], ["lone", "parent"]])
    assert not f.may_match(fold("Public health management"))
    assert f.may_match(fold("New Public Management"))
    assert f.may_match(fold("Lone parents"))
    assert not f.may_match(fold("Parents on their own"))


def test_prefilter_a_phrase_of_short_words_disables_the_filter():
    f = PhraseFilter([["co", "op"]])
    assert f.may_match(fold("anything at all"))


def test_prefilter_custom_lexicon_same_output():
    lexicon = [Concept(id="x", label="X", patterns=["policy", "co-op"], ambiguous=["policy"], cues=["welfare"])]
    fast, full = ConceptMatcher(lexicon), ConceptMatcher(lexicon, prefilter=False)
    for texts in (["Welfare policies and a co-op."], ["Insurance policies only."], ["Nothing."]):
        assert _run(fast, texts) == _run(full, texts)


def test_prefilter_whole_tokens_needs_nested_stems_twice_and_short_words_beside_the_next():
    f = PhraseFilter([["govern", "without", "government"], ["co", "design"], ["pay", "by", "result"]],
                     unreliable=["without"], whole_tokens=True)
    assert not f.may_match(fold("The government's design guide; the results."))
    assert f.may_match(fold("Governing without government"))
    assert f.may_match(fold("governments and governments"))  # two tokens could hold "govern": it may match
    assert f.may_match(fold("Co-design")) and f.may_match(fold("codesigned")) and f.may_match(fold("co design"))
    assert f.may_match(fold("paid by results"))
    assert PhraseFilter([["co", "design"]]).may_match(fold("design"))  # without whole_tokens: the stems alone


def test_prefilter_default_lexicon_skips_government_and_design_alone(matchers):
    fast, _ = matchers
    assert not fast._filter.may_match(fold("The government published its design guide and the results."))
    assert fast._filter.may_match(fold("Co-produced services"))


def test_prefilter_whole_tokens_needs_the_words_in_order():
    f = PhraseFilter([["work", "requirement"], ["govern", "without", "government"]], unreliable=["without"],
                     whole_tokens=True)
    assert f.may_match(fold("Work requirements")) and f.may_match(fold("working requirement"))
    assert not f.may_match(fold("requirements for work")) and not f.may_match(fold("the work of requirement"))
    assert f.may_match(fold("governed w/o government"))
    assert not f.may_match(fold("government, not governing"))


# words and marks the filter's rules are about: endings, joiners, elisions, tokenizer exceptions, nested stems
_NEIGHBOURS = ["the", "Government", "governing", "gonna", "w/o", "did", "l'", "d’", "co", "by", "(", ")", ",", "-",
               "–", "’s", "s", "ing", "ies", "é", "ß", "\u00ad", "\u2011", "  ", "\n", "work", "first", "results",
               "design", "pay", "for", "Co-", "non-", "policies", "œ", "ﬁ", "\u2003", "/"]


def _random_passage(rnd, phrases):
    parts = []
    for _ in range(rnd.randint(1, 10)):
        if rnd.random() < 0.6:
            parts.append(rnd.choice(_NEIGHBOURS))
            continue
        words = [w + rnd.choice(["", "", "s", "ed", "ing", "ies", "’s", "-", "é"]) for w in rnd.choice(phrases).split()]
        parts.append(rnd.choice([" ", " ", "-", "", "  ", "\n", "\u2011"]).join(words))
    return rnd.choice([" ", "", " "]).join(parts)


@pytest.mark.slow
def test_prefilter_random_passages_of_lexicon_phrases_give_the_same_output(matchers):
    import random

    fast, full = matchers
    rnd = random.Random(18)
    phrases = [p for c in load_lexicon() for p in [*c.patterns, *c.exact] if "*" not in p]
    texts = [_random_passage(rnd, phrases) for _ in range(400)]
    assert _run(fast, texts) == _run(full, texts)
    assert sum(map(bool, _run(fast, texts)[0])) > 50  # the passages do hold mentions


def test_prefilter_answers_as_each_phrase_tested_on_its_own(matchers):
    """may_match (the triggers found by one scan, each trigger's stems looked up once, a subset test per phrase)
    says what testing every phrase's stems, counts and order on the text says, on texts drawn from the default
    lexicon's stems, their neighbours and other words."""
    import random
    import re

    f = matchers[0]._filter

    def each_phrase(folded):
        return any(all(s in folded for s in stems) and all(folded.count(s) >= k for s, k in counts)
                   and (order is None or re.search(order, folded))
                   for needs in f._having.values() for stems, counts, order in needs)

    rnd = random.Random(23)
    stems = sorted({s for needs in f._having.values() for stems, _, _ in needs for s in stems})
    words = stems + [fold(w) for w in _NEIGHBOURS] + ["of", "and", "sector", "x", "ing"]
    texts = [rnd.choice(["", " "]).join(rnd.choice(words) for _ in range(rnd.randint(0, 8))) for _ in range(4000)]
    answers = [f.may_match(t) for t in texts]
    assert answers == [each_phrase(t) for t in texts]
    assert 200 < sum(answers) < 3800  # both answers are drawn often
