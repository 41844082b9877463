"""Every concept of the default lexicon is found by its label in plain prose, in each class of variant a reader
writes (case, hyphen/space/closed-up, line-broken, US spelling, plural, possessive), and by the field's common
variant forms."""

import re

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher

LEXICON = load_lexicon()
_US = [("isation", "ization"), ("labour", "labor"), ("organisation", "organization"), ("programme", "program"),
       ("ised", "ized"), ("behaviour", "behavior")]


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(LEXICON)


def _line_broken(label: str) -> str:
    longest = max(re.findall(r"[^\W\d_]+", label), key=len)
    k = len(longest) // 2
    return label.replace(longest, f"{longest[:k]}-\n{longest[k:]}", 1)


def _us(label: str) -> str:
    for uk, us in _US:
        label = label.replace(uk, us)
    return label


VARIANTS = {
    "plain": str.lower, "title": str.title, "upper": str.upper,
    "hyphenated": lambda x: x.replace(" ", "-"), "spaced": lambda x: x.replace("-", " "),
    "closed-up": lambda x: x.replace("-", ""), "line-broken": _line_broken, "us-spelling": _us,
    "plural": lambda x: x if x.endswith("s") else x + "s", "possessive": lambda x: x + "’s",
}


def _found(matcher, concept, text):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == concept.id]


def _sentence(concept, form, heading=False):
    # ambiguous labels need their sense's evidence, so the sentence carries two of the concept's cues (of the
    # form's own cues where it has some: form_cues)
    own = concept.form_cues.get(form.lower(), concept.cues)
    cues = " and ".join(own[:2]) if own else "welfare and employment"
    if heading:  # title case where a reader writes it: a heading (mid-sentence it is the short name of a body)
        return f"{form}: Debates on {cues} across Malmö and Leeds"
    return f"Across Malmö and Leeds, debates on {cues} discussed the {form} at length."


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("concept", LEXICON, ids=[c.id for c in LEXICON])
def test_lexicon_every_label_is_found_in_each_variant_class(matcher, concept, variant):
    label = concept.label
    if variant not in ("title", "upper") and label[1:] == label[1:].lower():
        label = label.lower()  # a label in sentence case, as prose writes it mid-sentence
    form = VARIANTS[variant](label)
    assert _found(matcher, concept, _sentence(concept, form, heading=variant == "title")), form


@pytest.mark.parametrize("concept", LEXICON, ids=[c.id for c in LEXICON])
def test_lexicon_every_pattern_is_found_in_plain_prose(matcher, concept):
    missing = [p for p in concept.patterns + concept.exact
               if "*" not in p and not _found(matcher, concept, _sentence(concept, p))]
    assert missing == []


@pytest.mark.parametrize("concept, text", [
    ("network-governance", "Scholars of network governance study how public agencies steer."),
    ("network-governance", "Governance networks and networks of governance grew in Danish municipalities."),
    ("network-governance", "The shift to network-based governance and network forms of governance."),
    ("activation", "The reform added active labour market measures and activation programmes."),
    ("activation", "Active labor market instruments such as training were expanded."),
    ("lone-parents", "Single mothers and sole parents faced new work requirements."),
    ("lone-parents", "Die Situation der Alleinerzieherinnen in Österreich."),
    ("third-sector", "Voluntary organizations and nonprofit organizations delivered services."),
    ("third-sector", "Die Wohlfahrtsverbände und andere gemeinnützige Organisationen."),
    ("payment-by-results", "Providers were paid by outcomes under social impact bonds."),
    ("contracting-out", "The contracting out of employment services to private providers."),
    ("contracting-out", "Compulsory competitive tendering changed local government."),
    ("partnership-working", "A public-private partnership financed the new hospital."),
    ("in-work-poverty", "The in-work poor are a growing group."),
    ("multi-level-governance", "La gouvernance multiniveau de l'Union européenne."),
])
def test_lexicon_field_variants_are_found(matcher, concept, text):
    assert _found(matcher, next(c for c in LEXICON if c.id == concept), text), text


@pytest.mark.parametrize("text", [
    "The builder's subcontractor fitted the roof trusses.",
    "Contract management software was installed on the site.",
    "We signed a contract of employment and a contract for employment in Zürich.",
])
def test_lexicon_new_ambiguous_forms_need_their_sense(matcher, text):
    assert [m for m in matcher.find_mentions([text])[0] if m.concept == "contracting-out"] == []
