"""Tests for litmine.citations.reference_model: the learned journal-word cues of the reference tagger."""

import numpy as np

from litmine.citations.reference_model import (LABELS, ReferenceTagger, bare_gaps, extract_features, learn_cues,
                                               load_reference_tagger, tokenize_reference, viterbi, viterbi_many)
from litmine.citations.references import parse_reference


def _labelled(raw: str, labels: list[str]):
    tokens = tokenize_reference(raw)
    assert len(tokens) == len(labels)
    return raw, tokens, labels


def test_reference_model_learn_cues_scores_container_words_above_title_words():
    examples = [_labelled("Bürger und Staat. Zeitschrift für Politik", ["title"] * 3 + ["container"] * 3),
                _labelled("Staat im Wandel. Zeitschrift für Soziologie", ["title"] * 3 + ["container"] * 3)] * 2
    cues = learn_cues(examples, min_count=2)
    assert cues["zeitschrift"] > 0 > cues["staat"]
    assert "politik" in cues and "bürger" in cues
    assert all(-2.0 <= v <= 2.0 for v in cues.values())


def test_reference_model_cue_features_turn_at_the_comma_before_a_journal():
    raw = "Pollack, J. (1951): The Primacy of Politics, Revue française de science politique 45, 1-17."
    tokens = tokenize_reference(raw)
    cues = {"revue": 2.0, "science": 1.0, "politique": 1.5, "primacy": -1.5, "politics": -0.5}
    feats = extract_features(raw, tokens, cues)
    at = {t.text: f for t, f in zip(tokens, feats)}
    assert "sx=-1" in at["Primacy"] and "sxa=2" in at["Politics"]  # the next stretch reads like a journal
    assert "sx=2" in at["française"] and "tx=n" in at["française"]
    assert not any(f.startswith("sx") for f in extract_features(raw, tokens)[3])  # no cues, no cue features


def test_reference_model_number_ahead_marks_the_stretch_of_the_volume():
    raw = "Müller, J. (1951): Die Öffentlichkeit der Politik, Zeitschrift für Soziologie 45, 1–17."
    tokens = tokenize_reference(raw)
    at = {t.text: f for t, f in zip(tokens, extract_features(raw, tokens, {"zeitschrift": 2.0}))}
    assert "na=0" in at["Soziologie"] and "nac=0|CAP|f" in at["Zeitschrift"]  # the journal holds the volume
    assert "na=1" in at["Politik"]  # the title is the stretch before it
    assert "na=2" in at["1951"]  # a year is no volume
    assert not any(f.startswith("na=") for f in extract_features(raw, tokens)[3])  # only with cues


def test_reference_model_tagger_uses_the_cues_it_was_built_with():
    raw = "Ökonomie. Journal"
    tokens = tokenize_reference(raw)
    features = ["sx=2"]
    weights = np.zeros((1, len(LABELS)), dtype=np.float16)
    weights[0, LABELS.index("container")] = 5
    transitions = np.zeros((len(LABELS) + 1, len(LABELS)), dtype=np.float32)
    with_cues = ReferenceTagger(features, weights, transitions, {"journal": 2.0})
    without = ReferenceTagger(features, weights, transitions)
    assert with_cues.tag(raw, tokens)[1] == "container"
    assert without.tag(raw, tokens)[1] != "container"



def test_reference_model_weights_without_cues_load_as_before(tmp_path):
    path = tmp_path / "tagger.npz"
    np.savez(path, features=np.asarray("b\nw=journal"), weights=np.ones((2, len(LABELS)), dtype=np.float16),
             transitions=np.zeros((len(LABELS) + 1, len(LABELS)), dtype=np.float32),
             labels=np.asarray("\n".join(LABELS)))
    from litmine.citations.reference_model import load_reference_tagger

    tagger = load_reference_tagger(str(path))
    assert tagger is not None and tagger.cues is None
    assert len(tagger.tag("Zeitschrift für Ökonomie", tokenize_reference("Zeitschrift für Ökonomie"))) == 3


def test_reference_model_bare_gaps_marks_tokens_after_white_space_only():
    raw = "Žák, P. Reform „Wohlfahrt“ In Zeitschrift für Sozialreform 8"
    tokens = tokenize_reference(raw)
    at = dict(zip((t.text for t in tokens), bare_gaps(raw, tokens)))
    assert [at[w] for w in ("Žák", "P", "Reform", "Wohlfahrt", "In", "für", "8")] == [
        False, False, False, False, False, True, True]  # "In" opens a container without punctuation


def test_reference_model_viterbi_never_switches_word_fields_at_bare_space():
    title, container, year = (LABELS.index(lab) for lab in ("title", "container", "year"))
    emissions = np.full((4, len(LABELS)), -5.0, dtype=np.float32)
    emissions[[0, 1, 2], title] = [2.0, 2.0, 1.0]
    emissions[[2, 3], container] = [3.0, 3.0]
    emissions[3, year] = 4.0
    transitions = np.zeros((len(LABELS) + 1, len(LABELS)), dtype=np.float32)
    assert viterbi(emissions, transitions) == [title, title, container, year]
    # with white space alone before tokens 2 and 3, the title cannot turn into a container there (a year may follow)
    assert viterbi(emissions, transitions, [False, False, True, True]) == [title, title, title, year]


def test_reference_model_journal_name_is_not_cut_between_its_words():
    got = parse_reference("Žák, P. (2010): Welfare Reform after the Crisis, Public Policy Quarterly 8(2), 101-19.")
    assert got.title == "Welfare Reform after the Crisis" and got.container == "Public Policy Quarterly"
    got = parse_reference("[7] Ørsted H., Nursing Forum 38 (2003) 11-20.")
    assert got.container == "Nursing Forum" and not got.title


def _tiny_tagger(features: list[str], rows: list[list[float]]) -> ReferenceTagger:
    weights = np.zeros((len(features), len(LABELS)), dtype=np.float16)
    for k, row in enumerate(rows):
        weights[k, :len(row)] = row
    return ReferenceTagger(features, weights, np.zeros((len(LABELS) + 1, len(LABELS)), dtype=np.float32))


def test_reference_model_emissions_sum_known_features_and_score_tokens_without_any_zero():
    tagger = _tiny_tagger(["w=öl", "c=CAP", "b"], [[1.0, 0.5], [0.25, 2.0], [0.125]])
    feats = [["b", "w=öl", "nope", "c=CAP"], ["nope", "also-unknown"], [], ["c=CAP", "zzz"]]
    got = tagger.emissions(feats)
    assert got.shape == (4, len(LABELS)) and got.dtype == np.float32
    assert got[0, :2].tolist() == [1.375, 2.5] and not got[0, 2:].any()
    assert not got[1].any() and not got[2].any()  # nothing known (or nothing at all): zero, not the next token's
    assert got[3, :2].tolist() == [0.25, 2.0]
    assert tagger.emissions([]).shape == (0, len(LABELS))
    assert not tagger.emissions([["x"], ["y"]]).any()


def test_reference_model_features_of_context_counts():
    raw = "Ørsted, H. (2003): Reform. In: Ånd (Hg.), Nursing Forum 38."
    tokens = tokenize_reference(raw)
    at = {t.text: f for t, f in zip(tokens, extract_features(raw, tokens))}
    assert {"pos=0", "rel=0", "left=4", "yr=0", "par=0", "q=0", "in=0", "blk=0", "blkc=0|CAP", "yrc=0|CAP",
            "yrblk=00", "s=Aa", "c=CAP", "w=ørsted"} <= set(at["Ørsted"])
    assert {"yr=1", "blk=1", "yrblk=11", "in=0"} <= set(at["Reform"])  # "):" starts a block, "H. (" does not
    assert {"in=1", "par=1", "pos=6", "w=hg", "pw=ånd"} <= set(at["Hg"])  # after "In:", inside the bracket
    assert {"left=0", "rel=9", "c=NUM2", "x2=38"} <= set(at["38"])


def test_reference_model_viterbi_with_kept_bare_transitions_decodes_as_without():
    rng = np.random.default_rng(7)
    emissions = rng.normal(size=(9, len(LABELS))).astype(np.float32)
    transitions = rng.normal(size=(len(LABELS) + 1, len(LABELS))).astype(np.float32)
    bare = [False, True, True, False, True, False, True, True, False]
    tagger = ReferenceTagger(["b"], np.zeros((1, len(LABELS))), transitions)
    assert tagger.decode(emissions, bare) == viterbi(emissions, transitions, bare)


def test_reference_model_feature_ids_are_those_of_the_named_features_and_sum_bit_for_bit():
    tagger = load_reference_tagger()
    strings = ["Ørsted, H. (2003): Reform. In: Ånd (Hg.), Nursing Forum 38.", "A", "Hood, C. 1991, 'X', J 69: 3-19",
               "Smith J, Lee K. Title of it. Lancet 2009;385:12. doi:10.1000/xyz http://a.org/b"]
    for raw in strings * 2:  # the second time from the tables
        tokens = tokenize_reference(raw)
        named = extract_features(raw, tokens, tagger.cues)
        assert tagger._ids.ids(raw, tokens, tagger.cues) == [[tagger.index.get(f, -1) for f in fs] for fs in named]
        assert tagger.token_emissions(raw, tokens).tobytes() == tagger.emissions(named).tobytes()


def test_reference_model_tagging_again_with_labels_forced_reuses_the_scores_unchanged():
    tagger = load_reference_tagger()
    raw = "Hood, C. (1991) A public management for all seasons? Public Administration 69(1): 3-19."
    tokens = tokenize_reference(raw)
    first = tagger.tag(raw, tokens)
    kept = tagger._last[2].copy()
    title = first.index("title")
    forced = tagger.tag(raw, tokens, forced={title: "container"})
    assert forced[title] == "container" and tagger._last[2].tobytes() == kept.tobytes()  # not changed by forcing
    assert tagger.tag(raw, tokens) == first
    tagger.tag(raw, tokens[:-1])  # other tokens: scored anew
    assert tagger._last[1] == tokens[:-1] and len(tagger._last[2]) == len(tokens) - 1


def test_reference_model_viterbi_many_decodes_each_sequence_as_viterbi_alone():
    rng = np.random.default_rng(11)
    transitions = rng.normal(size=(len(LABELS) + 1, len(LABELS))).astype(np.float32)
    lengths = [5, 1, 12, 0, 7, 12, 3]
    emissions = [rng.normal(size=(n, len(LABELS))).astype(np.float32) for n in lengths]
    emissions[2][4] = emissions[2][4].max()  # ties: the first maximum wins in both
    bares = [[i > 0 and bool(rng.integers(2)) for i in range(n)] for n in lengths]
    assert viterbi_many(emissions, transitions, bares) == [viterbi(e, transitions, b) for e, b in
                                                           zip(emissions, bares)]
    assert viterbi_many(emissions[:1], transitions, bares[:1]) == [viterbi(emissions[0], transitions, bares[0])]


def test_reference_model_tag_many_gives_tags_labels_and_the_scores_before_forcing():
    tagger = load_reference_tagger()
    strings = ["Hood, C. (1991) A public management for all seasons? Public Administration 69(1): 3-19.", "",
               "Ørsted, H. (2003): Reform. In: Ånd (Hg.), Nursing Forum 38.", "Smith J. Title. Lancet 2009;385:12."]
    items = [(raw, tokenize_reference(raw), {1: "title"} if k == 2 else None) for k, raw in enumerate(strings)]
    got = tagger.tag_many(items)
    assert [labels for labels, _ in got] == [tagger.tag(raw, tokens, forced=forced) for raw, tokens, forced in items]
    assert got[2][0][1] == "title" and got[1][0] == [] and got[1][1].shape == (0, len(LABELS))
    for (raw, tokens, _), (_, scores) in zip(items[:1] + items[2:], got[:1] + got[2:]):
        assert scores.tobytes() == tagger.token_emissions(raw, tokens).tobytes()  # not forced
    forced = {0: "title"}
    assert tagger.tag(*items[0][:2], forced=forced, scores=got[0][1]) == tagger.tag(*items[0][:2], forced=forced)


def test_reference_model_tokens_are_equal_and_hashed_by_value():
    from litmine.citations.reference_model import Token

    a, b = tokenize_reference("Hood, C. 1991"), tokenize_reference("Hood, C. 1991")
    assert a == b and a is not b and len({*a, *b}) == 3 and Token("C", 6, 7) in set(a)


def test_reference_model_feature_ids_by_columns_are_the_known_ids_in_order_and_sum_bit_for_bit():
    tagger = load_reference_tagger()
    strings = ["Ørsted, H. (2003): Reform. In: Ånd (Hg.), Nursing Forum 38.", "A", "Hood, C. 1991, 'X', J 69: 3-19",
               "Smith J, Lee K. Title of it. Lancet 2009;385:12. doi:10.1000/xyz http://a.org/b", "B C",
               'Lee, A. and Roe, B. (2001a) "Q? R!" Journal of Things, vol. 3, no. 2, pp. 10-20. In press.']
    pairs = [(raw, tokenize_reference(raw)) for raw in strings]
    for cues in (tagger.cues, None):
        for strings_at_once in (pairs, pairs[::-1], pairs[1:2], pairs[4:5]):  # one-token and two-token strings too
            rows = [row for raw, tokens in strings_at_once for row in tagger._ids.ids(raw, tokens, cues)]
            matrix = tagger._ids.matrix(strings_at_once, cues)
            assert [[i for i in row if i >= 0] for row in matrix.tolist()] == [[i for i in row if i >= 0]
                                                                              for row in rows]
    items = [(raw, tokens, None) for raw, tokens in pairs] * 2  # at least _COLUMNS_FROM strings: by columns
    for (labels, scores), (raw, tokens, _) in zip(tagger.tag_many(items), items):
        assert scores.tobytes() == tagger.emissions(extract_features(raw, tokens, tagger.cues)).tobytes()
        assert labels == tagger.tag(raw, tokens)
