"""An adjective before a list of German nouns modifies each (german.GermanPhrases.shared_modifiers). Sentences
written by hand."""

import pytest


def found(matcher, text, concept):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == concept]


@pytest.mark.parametrize("text, expected", [
    ("Befragt werden auch gemeinnützige Betriebe, Verwaltungen und Vereine in der Region.",
     ["gemeinnützige Betriebe", "Vereine"]),
    ("Die Stadt fördert gemeinnützige Stiftungen oder Vereine mit einem Zuschuss für die Arbeit.",
     ["gemeinnützige Stiftungen", "Vereine"]),
    # "zivilgesellschaftliche Gruppen" is a form of its own since session 23 (the English civil society group)
    ("Die Kritik von zivilgesellschaftlichen Gruppen und Organisationen an der Regierung ist laut.",
     ["zivilgesellschaftlichen Gruppen", "Organisationen"]),
    # no list of nouns after the adjective, or the adjective after the nouns: nothing is shared
    # ("Vereine" is a form of its own, judged by its sense: tests/concepts/test_german_verein.py)
    ("Die Betriebe und die gemeinnützige Arbeit sind in der Stadt wichtig.", []),
    ("Die gemeinnützige Arbeit der Betriebe ist in der Stadt wichtig und bekannt.", []),
])
def test_german_an_adjective_before_a_list_of_nouns(matcher, text, expected):
    assert found(matcher, text, "third-sector") == expected


def test_german_an_exclusion_is_shared_too(matcher):
    # "wirtschaftliche Zusammenarbeit" is excluded (economic cooperation of states): in a list as well
    text = "Das Ministerium für wirtschaftliche Entwicklung und Zusammenarbeit arbeitet mit der Polizei und der Kommune."
    assert found(matcher, text, "partnership-working") == []
