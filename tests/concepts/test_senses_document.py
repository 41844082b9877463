"""Document-level sense evidence (senses.document_senses): one sense per discourse at the document (rule 4), and a
strict concept named in a document still needs one of its ambiguous forms used in its sense there (rule 1)."""

from litmine.concepts import senses

CUED = ["The council built a partnership with voluntary organisations in Malmö.",
        "A second partnership with voluntary and community organisations ran the jobcentre advice service."]
BARE = "The partnership ended in 2019 when the money ran out."


def found(matcher, texts):
    return [[(m.concept, m.surface) for m in ms] for ms in matcher.find_mentions(texts)]


def test_senses_document_cue_backed_candidates_settle_the_sense_of_the_others(matcher):
    # two of three candidates have a cue of partnership working: the bare third shares their sense
    assert found(matcher, [*CUED, BARE])[2] == [("partnership-working", "partnership")]
    assert found(matcher, [BARE]) == [[]]  # alone it has no evidence


def test_senses_document_one_cue_backed_candidate_settles_nothing(matcher):
    # SETTLED_MIN: one cue-backed use is not a document's sense
    assert found(matcher, [CUED[0], BARE])[1] == []


def test_senses_document_too_small_a_share_settles_nothing(matcher):
    # two cue-backed of six candidates (a third, under SETTLED_SHARE): the bare ones keep needing evidence
    texts = [*CUED, BARE, "Their partnership was a marriage of convenience.", "The partnership split.",
             "A partnership of two firms bid for it."]
    assert all(ms == [] for ms in found(matcher, texts)[2:])


def test_senses_document_name_is_not_settled_by_the_document(matcher):
    # a form written as a name says nothing of the sense: rule 4 does not keep it
    texts = [*CUED, "The report thanks the Brighton Food Partnership for its help."]
    assert found(matcher, texts)[2] == []


def test_senses_document_strict_concept_named_needs_a_cue_backed_use(matcher):
    named = "Rhodes described the policy network of central government."
    other = "Global city networks link financial centres across continents."
    assert found(matcher, [named, other])[1] == []  # named, but "networks" never used in the governance sense
    used = "Hierarchies gave way to networks in the steering of public services."
    result = found(matcher, [named, used, other])
    assert ("network-governance", "networks") in result[1] and result[2] == [("network-governance", "networks")]


def test_senses_document_senses_counts_per_concept():
    cued = senses.Candidate("x", 0, 1, 0, 1, has_cue=True, own_cue=True)
    bare = senses.Candidate("x", 0, 1, 0, 1)
    kept = [("x", 0, 1, cued), ("x", 0, 1, cued), ("x", 0, 1, bare), ("y", 0, 1, None), ("y", 0, 1, bare)]
    assert senses.document_senses(kept, frozenset(), 10.0) == ({"y"}, {"x"})
    assert senses.document_senses(kept, frozenset({"y"}), 10.0) == (set(), {"x"})  # strict y: no cue-backed use
    assert senses.document_senses(kept, frozenset(), 1.0) == ({"y"}, set())  # a document outside the field
