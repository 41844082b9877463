"""Out-of-domain text (issue 12): in a document outside the field (fewer than senses.MIN_FIELD_DENSITY cue words per
1,000 words), a safe form written as part of a proper name and a lexicon acronym the document does not define are
set aside with a reason; in a document of the field they count as before. A participle before its noun keeps its
participle ("contracted services", not "contracting services"), and computer engineering's "hardware-software
co-design" is not Co-design. Sentences written by hand."""

import pytest

from litmine.concepts import senses

# a paragraph of physics without a word of the field: repeated, it makes a document outside the field
SCIENCE = ("The mirrors of the telescope were measured at 1550 nm with a spectrometer, and the reflectance stayed "
           "above ninety percent across the band while the optical aberrations limited the field of view.")
FIELD = "The welfare state, its claimants and its providers are the subject of this chapter."


def tag(matcher, first, rest):
    rejected = []
    found = matcher.find_mentions([first] + rest, rejections=rejected)[0]
    return [(m.concept, m.surface) for m in found], [(r.surface, r.reason) for r in rejected]


def test_the_science_text_is_outside_the_field(matcher):
    from litmine.concepts.prefilter import fold

    words, cues = matcher.senses.field_words(fold(" ".join([SCIENCE] * 10)))
    assert 1000 * cues / words < senses.MIN_FIELD_DENSITY


def test_a_name_outside_the_field_is_set_aside(matcher):
    kept, rejected = tag(matcher, "We followed the Interagency Operations Advisory Group in the simulations.",
                         [SCIENCE] * 10)
    assert kept == []
    assert rejected and "outside the field" in rejected[0][1] and "part of a name" in rejected[0][1]


def test_a_name_whose_concept_the_document_names_otherwise_is_kept(matcher):
    kept, _ = tag(matcher, "The Interagency Operations Group practised multi-agency working.", [SCIENCE] * 10)
    assert ("partnership-working", "Interagency") in kept


def test_the_same_form_not_a_name_outside_the_field_is_kept(matcher):
    kept, _ = tag(matcher, "We followed interagency guidance in the simulations.", [SCIENCE] * 10)
    assert kept == [("partnership-working", "interagency")]


def test_a_name_in_a_document_of_the_field_is_kept(matcher):
    kept, _ = tag(matcher, "The Interagency Operations Group of the council met the jobcentre.", [FIELD] * 3)
    assert ("partnership-working", "Interagency") in kept


def test_an_undefined_acronym_outside_the_field_is_set_aside(matcher):
    kept, rejected = tag(matcher, "The source code is kept in a VCS and tested on every commit.", [SCIENCE] * 10)
    assert kept == []
    assert rejected == [("VCS", "'VCS' in a document outside the field (0.0 field words per 1,000 besides its "
                                "mentions, under 4): an acronym the document neither defines nor spells out")]


def test_an_acronym_whose_concept_the_document_spells_out_is_kept(matcher):
    kept, _ = tag(matcher, "Local NGOs and non-governmental organisations ran the clinics.", [SCIENCE] * 10)
    assert ("third-sector", "NGOs") in kept


def test_an_acronym_the_document_defines_outside_the_field_is_kept(matcher):
    kept, _ = tag(matcher, "Data came from a non-governmental organisation (NGO) and the NGO kept the records.",
                  [SCIENCE] * 30)
    assert kept.count(("third-sector", "NGO")) == 2


def test_an_acronym_in_a_document_of_the_field_is_kept(matcher):
    kept, _ = tag(matcher, "The VCS delivers employment support beside the council.", [FIELD] * 3)
    assert ("third-sector", "VCS") in kept


@pytest.mark.parametrize("text, expected", [
    ("Consumers worry about risks when contracting services online from their bank.", []),
    ("The council relies on contracted services from local providers.", [("contracting-out", "contracted services")]),
    ("Commissioned providers deliver the programme.", [("contracting-out", "Commissioned providers")]),
])
def test_a_participle_before_its_noun_keeps_it(matcher, text, expected):
    kept, _ = tag(matcher, text, [FIELD])
    assert [k for k in kept if k[0] == "contracting-out"] == expected


@pytest.mark.parametrize("text, expected", [
    ("We plan a hardware-software co-design of the accelerator.", []),
    ("An algorithm-hardware co-design makes the network faster.", []),
    ("Residents co-design the service with the council.", [("co-design", "co-design")]),
])
def test_engineering_co_design_is_not_the_concept(matcher, text, expected):
    kept, _ = tag(matcher, text, [FIELD])
    assert [k for k in kept if k[0] == "co-design"] == expected


def test_a_capitalised_term_alone_is_no_name(matcher):
    # a capitalised term among lower-case words, in a short text of no field words: the term, not a name
    kept, _ = tag(matcher, "Im Dritten Sektor arbeiten viele Menschen ohne Lohn und ohne Vertrag.", [])
    assert kept == [("third-sector", "Dritten Sektor")]
