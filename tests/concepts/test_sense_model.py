"""The learned second opinion on ambiguous candidates (litmine/concepts/sense_model.py) and the matcher's hook."""

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher, normalise_word
from litmine.concepts.sense_model import DocumentEvidence, SenseModel, features, lexicon_words

SERVICE = "The jobcentre contracts with private providers to deliver employment services to claimants."


def _model(weights: dict, concepts=("contracting-out",), threshold: float = 0.5) -> SenseModel:
    return SenseModel({"weights": weights, "threshold": threshold, "concepts": list(concepts)}, load_lexicon(),
                      normalise_word)


def test_the_default_matcher_has_no_model(matcher):
    assert matcher.sense_model is None
    assert [m.surface for m in matcher.find_mentions([SERVICE])[0]] == ["contracts"]


def test_a_doubtful_kept_candidate_is_set_aside_with_the_models_reason():
    m = ConceptMatcher(load_lexicon())
    m.sense_model = _model({"bias": -4.0})  # p = 0.018 for every candidate
    rejections: list = []
    assert m.find_mentions([SERVICE], rejections=rejections) == [[]]
    assert [(r.surface, r.reason) for r in rejections] == [("contracts", "context model p=0.02")]


def test_a_likely_candidate_stays_and_a_rejected_one_stays_rejected():
    m = ConceptMatcher(load_lexicon())
    m.sense_model = _model({"bias": 4.0})
    rejections: list = []
    found = m.find_mentions([SERVICE, "The heart muscle contracts quickly."], rejections=rejections)
    assert [x.surface for x in found[0]] == ["contracts"] and found[1] == []
    assert rejections[0].reason.startswith("no Contracting-out cue")  # the model never rescues


def test_concepts_the_model_was_not_trained_on_keep_the_rules_decision():
    m = ConceptMatcher(load_lexicon())
    m.sense_model = _model({"bias": -4.0}, concepts=("activation",))
    assert [x.surface for x in m.find_mentions([SERVICE])[0]] == ["contracts"]


def test_features_use_lexicon_words_only_and_the_rules_evidence():
    m = ConceptMatcher(load_lexicon())
    words = lexicon_words(load_lexicon(), normalise_word)
    seen = []

    class Recorder:
        def review(self, text, start, end, cand, doc, passage, why):
            seen.append(features(text, start, end, cand, doc, passage, words, normalise_word))
            return why

    m.sense_model = Recorder()
    m.find_mentions([SERVICE])
    (f,) = seen
    assert f["has_cue"] == 1.0 and f["own_cue"] == 1.0 and f["concept=contracting-out"] == 1.0
    assert f["own_cues_near"] > 0 and f["log_density"] > 0
    named = {k[5:] for k in f if k.startswith("word=")}
    assert named and named <= words[1]
    assert "word=jobcentre" not in f and "word=deliver" not in f  # not lexicon cue words


def test_a_name_in_a_list_reads_as_capitalised_and_short():
    words = lexicon_words(load_lexicon(), normalise_word)

    class Cand:
        concept, has_cue, own_cue, in_name, own_evidence = "partnership-working", False, False, True, False

    text = "Members: Northtown Food Partnership"
    doc = DocumentEvidence(5.0, frozenset({"partnership-working"}), frozenset(), {"partnership-working": (2, 1, 0)})
    f = features(text, text.index("Partnership"), len(text), Cand(), doc, (False, False), words, normalise_word)
    assert f["named"] == 1.0 and f["in_name"] == 1.0 and f["short_window"] == 1.0
    assert f["capitalised_share_near"] > 0.5 and f["capitalised_inside_sentence"] == 1.0


HEART = "The heart muscle contracts quickly."


def _admitting(bias: float, threshold: float = 0.5, concepts=("contracting-out",)) -> SenseModel:
    return SenseModel({"weights": {}, "threshold": 0.0, "concepts": [],
                       "admit": {"weights": {"bias": bias}, "threshold": threshold, "concepts": list(concepts)}},
                      load_lexicon(), normalise_word)


def test_an_admission_model_counts_a_rejected_candidate_it_finds_likely_via_the_context_model():
    m = ConceptMatcher(load_lexicon())
    m.sense_model = _admitting(2.0)  # p = 0.88 for every candidate
    rejections: list = []
    (found,) = m.find_mentions([HEART], rejections=rejections)
    assert [(x.surface, x.via) for x in found] == [("contracts", "context model")] and rejections == []
    assert list(m.admitted.values()) == ["context model p=0.88"]


def test_an_admission_model_under_its_threshold_leaves_the_rules_reason():
    m = ConceptMatcher(load_lexicon())
    m.sense_model = _admitting(-2.0)
    rejections: list = []
    assert m.find_mentions([HEART], rejections=rejections) == [[]]
    assert rejections[0].reason.startswith("no Contracting-out cue") and m.admitted == {}


def test_another_senses_word_is_never_overruled_and_untrained_concepts_keep_the_rules_decision():
    m = ConceptMatcher(load_lexicon())
    m.sense_model = _admitting(4.0)
    text = "The ministry commissioned a research report on the commissioning of the heating plant."
    assert [x.surface for x in m.find_mentions([text])[0]] == []  # 'report' and 'heating' mark another sense
    m.sense_model = _admitting(4.0, concepts=("activation",))
    assert m.find_mentions([HEART]) == [[]]


def test_the_rejecting_rule_is_a_feature_of_rejected_candidates_only():
    m = ConceptMatcher(load_lexicon())
    words = lexicon_words(load_lexicon(), normalise_word)
    seen = []

    class Recorder:
        def review(self, text, start, end, cand, doc, passage, why):
            seen.append(features(text, start, end, cand, doc, passage, words, normalise_word, why))
            return why

    m.sense_model = Recorder()
    m.find_mentions([SERVICE, HEART])
    assert not any(k.startswith("rejected_by=") for k in seen[0])
    assert seen[1]["rejected_by=no_cue"] == 1.0
