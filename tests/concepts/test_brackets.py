"""Brackets inside a term are read through (matcher._unbracket): modifiers written as an aside before a noun, and
(in German) an optional compound part fused to the next word. Sentences written by hand."""

import pytest

from litmine.concepts.matcher import _clean, _unbracket


def found(matcher, text, concept):
    return [(m.surface, text[m.start:m.end]) for m in matcher.find_mentions([text])[0] if m.concept == concept]


@pytest.mark.parametrize("text, concept, surface", [
    # modifiers as an aside: "(passiven und aktiven) Arbeitsmarktpolitik" holds "aktiven Arbeitsmarktpolitik"
    ("Die Ausgaben der (passiven und aktiven) Arbeitsmarktpolitik sind seit der Reform deutlich gestiegen.",
     "activation", "aktiven) Arbeitsmarktpolitik"),
    # an optional compound part fused to the head: "aktivierenden (Workfare)Staats" reads "aktivierenden Staats"
    ("Die Kritik des aktivierenden (Workfare)Staats richtet sich gegen die Pflichten der Arbeitslosen.",
     "activation", "aktivierenden (Workfare)Staats"),
    ("Spending on (passive and active) labour market policy rose after the reform of the benefit system.",
     "activation", "active) labour market policy"),
])
def test_a_term_is_found_through_brackets(matcher, text, concept, surface):
    assert [s for s, _ in found(matcher, text, concept)] == [surface]


@pytest.mark.parametrize("text, concept", [
    # a citation or a number in brackets is no part of a term
    ("Die aktiven (Schmid 2003) Arbeitsmarktpolitik und ihre Folgen werden in der Literatur diskutiert.", "activation"),
    # an acronym in brackets keeps them: nothing joins across it
    ("Die aktiven (ALG) Arbeitsmarktpolitik und ihre Folgen werden in der Literatur diskutiert.", "activation"),
    # five words in brackets are an aside, not a modifier
    ("Die aktiven (und das heißt hier sehr viele) Arbeitsmarktpolitik und ihre Folgen sind bekannt.", "activation"),
])
def test_brackets_that_are_no_part_of_a_term_stay(matcher, text, concept):
    assert found(matcher, text, concept) == []


def test_english_keeps_a_fused_bracket_as_written(matcher):
    # "(co)design" is a lexicon form as written; English does not drop a fused part
    text = "The service came out of a (co)design process with its users over two years."
    assert [s for s, _ in found(matcher, text, "co-design")] == ["(co)design"]


def test_offsets_lead_back_to_the_original_text():
    text = "Die  Ziele der (passiven und\naktiven) Arbeitsmarkt-\npolitik des (Sozial)Staats sind (Rhodes 1997) klar."
    read = _unbracket(_clean(text), german=True)
    assert read.text == "Die Ziele der passiven und aktiven Arbeitsmarktpolitik des Staats sind (Rhodes 1997) klar."
    for i, ch in enumerate(read.text):
        if ch != " ":
            assert text[read.original(i)] == ch


# German hyphenated compounds are read closed up (matcher._hyphen_compounds): "Arbeitsmarkt-Politik" is
# "Arbeitsmarktpolitik"


def rejected(matcher, text, concept):
    out: list = []
    matcher.tag_document([text], rejections=out)
    return [r.surface for r in out if r.concept == concept]


@pytest.mark.parametrize("text, concept, surface", [
    ("Die Ausgaben der aktiven Arbeitsmarkt-Politik sind nach der Reform deutlich gestiegen.",
     "activation", "aktiven Arbeitsmarkt-Politik"),
    # an unambiguous compound written with a hyphen names the concept ("Netzwerksteuerung")
    ("Die Netzwerk-Steuerung der Kommunen ist in der Stadt und auf dem Land ein Thema.",
     "network-governance", "Netzwerk-Steuerung"),
    ("Die Rolle der Wohlfahrts-Verbände ist in der Stadt groß und wird es auch bleiben.",
     "third-sector", "Wohlfahrts-Verbände"),
    # a hyphen the typesetter left inside a word
    ("Das Programm verlangte, dass eine Part-nerschaftsorganisation der Behörden und der Investoren gegründet wird.",
     "partnership-working", "Part-nerschaftsorganisation"),
])
def test_german_a_hyphenated_compound_reads_closed_up(matcher, text, concept, surface):
    assert [s for s, _ in found(matcher, text, concept)] == [surface]


def test_german_an_exclusion_holds_for_the_hyphenated_compound(matcher):
    # "Netzwerkanalyse" is excluded (a method, not governance): so is "Netzwerk-Analyse", and once only
    text = "Die Netzwerk-Analyse der Steuerung ist in der Stadt und auf dem Land wichtig."
    assert found(matcher, text, "network-governance") == []
    assert rejected(matcher, text, "network-governance") == ["Netzwerk"]


def test_english_hyphens_are_not_closed_up(matcher):
    # English keeps its own reading of hyphens ("co-production" as "co production"): nothing is joined
    text = "The council discussed net-work governance of the region with the local partners."
    assert found(matcher, text, "network-governance") == []
    german = "Die Kommune diskutiert die Net-zwerksteuerung der Region mit den Partnern in der Stadt."
    assert [s for s, _ in found(matcher, german, "network-governance")] == ["Net-zwerksteuerung"]


@pytest.mark.parametrize("text", [
    "Die  Ausgaben der\naktiven Arbeitsmarkt-Politik sind nach der Reform deutlich gestiegen.",
    "Die Ausgaben der (passiven und aktiven) Arbeitsmarkt-Politik sind nach der Reform deutlich gestiegen.",
])
def test_german_a_hyphenated_compound_after_cleaned_spaces_or_brackets(matcher, text):
    # the hyphens are found in the original text and taken back through the cleaning's cuts
    assert [t for _, t in found(matcher, text, "activation")] == [text[text.index("aktiven"):text.index(" sind")]]
