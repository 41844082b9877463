import pytest

from litmine.concepts import load_lexicon, spelling_variants
from litmine.errors import LitmineError

REQUIRED = ["work-first", "human-capital-development", "activation", "conditionality", "benefit-sanctions",
            "welfare-to-work", "employability", "personalisation", "co-production", "co-design",
            "collaborative-innovation", "social-innovation", "new-public-management", "new-public-governance",
            "network-governance", "partnership-working", "third-sector", "street-level-bureaucracy",
            "contracting-out", "quasi-markets", "payment-by-results", "marketisation", "localism",
            "multi-level-governance", "lone-parents", "in-work-poverty"]


def test_lexicon_default_has_the_field_concepts_with_variants():
    lexicon = {c.id: c for c in load_lexicon()}
    assert set(REQUIRED) <= set(lexicon)
    assert {"coproduction", "co production", "co-produce", "coproducción"} <= set(lexicon["co-production"].patterns)
    assert "sanctions" in lexicon["benefit-sanctions"].exact and "activation of * account" in lexicon["activation"].exclude
    assert "personalization" in lexicon["personalisation"].patterns
    assert lexicon["new-public-management"].acronyms == ["NPM"]
    assert "account activation" in lexicon["activation"].exclude


def test_lexicon_spelling_variants_both_ways():
    assert spelling_variants("organisational behaviour") == [
        "organisational behaviour", "organisational behavior", "organizational behaviour",
        "organizational behavior"]
    assert spelling_variants("Labor market program") == ["labor market program", "labour market program",
                                                         "labor market programme", "labour market programme"]
    assert spelling_variants("size") == ["size"]  # too short a stem for -ize/-ise


def test_lexicon_extra_file_adds_and_replaces(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("concepts:\n  - id: co-production\n    label: Coproduction (mine)\n    patterns: [co-creation]\n"
                     "  - id: job-centre\n    label: Jobcentre Plus\n    patterns: [jobcentre plus]\n"
                     "    acronyms: [JCP]\n", encoding="utf-8")
    merged = {c.id: c for c in load_lexicon(extra)}
    assert merged["co-production"].label == "Coproduction (mine)" and "cocreation" in merged["co-production"].patterns
    assert "work-first" in merged and merged["job-centre"].acronyms == ["JCP"]
    assert [c.id for c in load_lexicon(extra, replace=True)] == ["co-production", "job-centre"]


@pytest.mark.parametrize("text,reason", [
    ("concepts: [", "not valid YAML"),
    ("concepts:\n  - label: No id\n    patterns: [x]\n", "'id' must be"),
    ("concepts:\n  - id: a\n    patterns: [x]\n  - id: a\n    patterns: [y]\n", "appears twice"),
    ("concepts:\n  - id: a\n    label: Empty\n", "no patterns and no acronyms"),
    ("just a string", "expected a list of concepts"),
])
def test_lexicon_bad_files_name_the_file_and_reason(tmp_path, text, reason):
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(LitmineError) as err:
        load_lexicon(bad)
    assert "bad.yaml" in str(err.value) and reason in str(err.value)


def test_lexicon_form_cues_and_against_words_are_read_with_their_spellings(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("concepts:\n  - id: lokal\n    label: Lokalismus\n    patterns: [decentralisation]\n"
                    "    ambiguous: [decentralisation]\n    form_cues:\n      decentralisation: [municipalité, labour]\n"
                    "    form_against:\n      decentralisation: [ventilation]\n", encoding="utf-8")
    (c,) = load_lexicon(path, replace=True)
    assert c.form_cues == {"decentralisation": ["municipalité", "labour", "labor"],
                           "decentralization": ["municipalité", "labour", "labor"]}
    assert c.form_against["decentralization"] == ["ventilation"]


def test_lexicon_form_cues_of_a_form_that_is_not_ambiguous_name_the_file(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("concepts:\n  - id: x\n    label: X\n    patterns: [network]\n    form_cues:\n"
                    "      network: [steering]\n", encoding="utf-8")
    with pytest.raises(LitmineError, match=r"lexicon.yaml.*form_cues form 'network' is not one of its ambiguous"):
        load_lexicon(path, replace=True)


def _variants_by_every_rule(phrase: str) -> list[str]:
    """spelling_variants as it was before its shortcut for phrases without a spelling the rules change (every rule
    tried on every form): the reference the shortcut must agree with."""
    import re

    from litmine.concepts.lexicon import _ENDINGS, _WORD_PAIRS

    forms = [phrase.strip().lower()]
    for a, b in _WORD_PAIRS:
        for form in list(forms):
            for x, y in ((a, b), (b, a)):
                changed = re.sub(rf"\b{x}\b", y, form)
                if changed != form and changed not in forms:
                    forms.append(changed)
    for a, b in _ENDINGS:
        for form in list(forms):
            for x, y in ((a, b), (b, a)):
                changed = re.sub(rf"\b(\w{{4,}}){x}\b", rf"\g<1>{y}", form)
                if changed != form and changed not in forms:
                    forms.append(changed)
    for form in list(forms):
        if "-" in form:
            for joined in (form.replace("-", " "), form.replace("-", "")):
                if joined not in forms:
                    forms.append(joined)
    return forms


def test_lexicon_spelling_variants_the_same_with_and_without_a_spelling_to_change():
    import random

    phrases = ["co-production", "well-being", "Self-Employed", " street-level bureaucracy ", "welfare-to-work",
               "labour-market", "pre-school programme", "organisational", "harmonise", "behaviour-change",
               "-", "a--b", "", "E-Government", "x-ise", "centre-left", "programmes-based", "naïve-öko"]
    phrases += [p for c in load_lexicon() for p in (*c.patterns, *c.exact, *c.ambiguous)]
    rnd = random.Random(18)
    parts = ["labour", "labor", "ise", "ize", "isation", "centre", "-", " ", "co", "prod", "uct", "ion", "a", "s"]
    phrases += ["".join(rnd.choice(parts) for _ in range(rnd.randint(1, 6))) for _ in range(3000)]
    for phrase in phrases:
        assert spelling_variants(phrase) == _variants_by_every_rule(phrase), phrase
