"""Partner sectors (concepts.yaml `partners: sides`, litmine/concepts/senses.py Partners): German names a sector as
such ("Staat", "Politik", "Gesellschaft", "Bürger"); such a word is no evidence alone (states among themselves, "die
Gesellschaft" at large), but beside an actor of another group among a form's partners it makes the cooperation one
between sectors. Sentences written by hand."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.errors import LitmineError

# a second sentence of the field's words, so that the field density never decides (senses.MIN_FIELD_DENSITY)
FIELD = " Die Sozialpolitik der Kommune und die Träger der Wohlfahrtspflege stehen im Mittelpunkt."


def found(matcher, text):
    rejected = []
    kept = [m.surface for m in matcher.find_mentions([text + FIELD], rejections=rejected)[0]
            if m.concept == "partnership-working"]
    return kept, [r.reason for r in rejected if r.concept == "partnership-working"]


@pytest.mark.parametrize("text, expected", [
    ("Kooperationen zwischen Unternehmen und Gesellschaft sind nur dann von Dauer.", ["Kooperationen"]),
    ("Neue Partnerschaften zwischen Politik, Wirtschaft und Gesellschaft wurden erprobt.", ["Partnerschaften"]),
    ("Die Kooperation zwischen Staat und Wirtschaft wurde neu geordnet.", ["Kooperation"]),
    ("Die Zusammenarbeit von Stadtplanern, Bürgern und Handwerk im Viertel gelang.", ["Zusammenarbeit"]),
])
def test_two_sectors_are_evidence(matcher, text, expected):
    assert found(matcher, text)[0] == expected


@pytest.mark.parametrize("text", [
    # a side's word alone: society at large, states among themselves, politics alone
    "Die Kooperation mit anderen Bereichen der Gesellschaft wurde gesucht.",
    "Die Zusammenarbeit zwischen Staaten wurde vertieft.",
    "Die Zusammenarbeit von Politik und Verlagen ist eng.",
    # two actors of one group (firms) are one sector
    "Die Zusammenarbeit zwischen Unternehmen und Wirtschaftsverbänden im Handel wächst.",
    # an indefinite article after the partners opens the next phrase: the policy is not a partner
    "Die Regierung verfolgt in enger Kooperation mit Industrie und Militär eine harte Politik.",
])
def test_one_sector_is_not(matcher, text):
    kept, reasons = found(matcher, text)
    assert kept == [] and reasons


def test_lexicon_checks_sides(partner_lexicon):
    with pytest.raises(LitmineError, match="side 'state'"):
        load_lexicon(partner_lexicon("l.yaml", "{groups: {public: [council]}, sides: [state]}"), replace=True)
    good = partner_lexicon("g.yaml", "{groups: {public: [council], business: [firms], state: [government]}, "
                                     "anchors: [public], sides: [state]}")
    m = ConceptMatcher(load_lexicon(good, replace=True))
    text = " Steering matters for the council."
    assert [x.surface for x in m.find_mentions(["A network of government and firms formed." + text])[0]] == ["network"]
    assert m.find_mentions(["A network of firms formed." + text])[0] == []
    assert m.find_mentions(["A network of government formed." + text])[0] == []


def test_german_nouns_are_no_names(matcher):
    """German capitalises every noun: a capitalised form among German function words ("an einen ... Verein") is no
    proper name (senses.in_name reads German-only function words around it; "in", "an", "so" are English too)."""
    import spacy

    from litmine.concepts.senses import in_name

    doc = spacy.blank("en")("Das Angebot wird an einen dafür bestimmten Verein abgegeben.")
    assert not in_name(doc, 7, 8)
    doc = spacy.blank("en")("Funding came from the Prosperity Partnerships scheme.")
    assert in_name(doc, 5, 6)
    # no longer a name, the form is judged by its evidence: members as its partners keep it, none sets it aside
    assert found_third(matcher, "Das Angebot wird an einen dafür bestimmten Verein der Eltern abgegeben.") == ["Verein"]
    assert found_third(matcher, "Das Angebot wird an einen dafür bestimmten Verein abgegeben.") == []


def found_third(matcher, text):
    return [m.surface for m in matcher.find_mentions([text + FIELD])[0] if m.concept == "third-sector"]
