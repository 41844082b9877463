"""Coherence: NPMI and c_v as gensim computes them (counted here with numpy); NPMI pairs with a term the texts
lack left out."""

import math
import random

from gensim.corpora import Dictionary
from gensim.models import CoherenceModel

from litmine.topics.coherence import window_counts
from litmine.topics.train import find_coherence


def _corpus():
    rng = random.Random(7)
    words = [f"wört{i}" for i in range(60)]
    texts = [[rng.choice(words[:40]) for _ in range(rng.randint(5, 40))] for _ in range(50)]
    return words, texts, Dictionary([*texts, words])


def test_coherence_npmi_equals_gensim_where_every_term_occurs():
    words, texts, dictionary = _corpus()
    rng = random.Random(3)
    topics = [rng.sample(words[:40], 10) for _ in range(5)]
    ours = find_coherence(topics, texts, dictionary, "c_npmi")
    ref = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence="c_npmi", topn=10,
                         processes=1).get_coherence_per_topic()
    assert [round(a, 9) for a in ours] == [round(float(b), 9) for b in ref]


def test_coherence_npmi_absent_term_pairs_left_out_not_the_topic_zero():
    words, texts, dictionary = _corpus()
    seen = ["wört1", "wört2", "wört3", "wört4"]
    present = find_coherence([seen], texts, dictionary, "c_npmi")[0]
    with_absent = find_coherence([seen + ["wört50"]], texts, dictionary, "c_npmi")[0]
    # the pairs with the absent term are left out: the mean is over the seen terms' pairs alone
    assert abs(with_absent - present) < 1e-12 and present != 0.0
    all_absent = find_coherence([["wört50", "wört51", "wört52"]], texts, dictionary, "c_npmi")[0]
    assert all_absent == -1.0


def _long_texts():
    rng = random.Random(11)
    words = [f"mot{i}é" for i in range(30)]
    # long texts (many windows) of few words, so terms repeat inside a window: gensim's sliding-window rule matters
    return words, [[rng.choice(words[:12]) for _ in range(rng.randint(0, 300))] for _ in range(25)]


def test_coherence_npmi_equals_gensim_on_long_texts_with_repeats():
    words, texts = _long_texts()
    dictionary = Dictionary([*texts, words])
    rng = random.Random(5)
    topics = [rng.sample(words[:12], 6) for _ in range(4)] + [words[8:14]]
    ours = find_coherence(topics, texts, dictionary, "c_npmi")
    cm = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence="c_npmi", topn=6, processes=1)
    ref = [float(v) for v in cm.get_coherence_per_topic()[:4]]
    assert [round(a, 9) for a in ours[:4]] == [round(b, 9) for b in ref]
    assert -1.0 < ours[4] < 1.0  # two of its terms never occur: their pairs are left out, the rest scored


def test_coherence_cv_equals_gensim_and_undefined_topics_count_zero():
    words, texts = _long_texts()
    dictionary = Dictionary([*texts, words])
    rng = random.Random(9)
    topics = [rng.sample(words[:12], 8) for _ in range(4)] + [words[10:18]]
    ours = find_coherence(topics, texts, dictionary, "c_v")
    cm = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence="c_v", topn=8, processes=1)
    ref = [float(v) if math.isfinite(v) else 0.0 for v in cm.get_coherence_per_topic()]
    assert [round(a, 9) for a in ours] == [round(b, 9) for b in ref]
    assert ours[4] == 0.0  # terms that never occur: undefined, counted 0 as before


def test_coherence_window_counts_follow_gensims_sliding_set():
    # windows of 2 over "tax care tax home": {tax, care}, {care, tax}, {tax, home}
    occurrences, both, windows = window_counts([["tax", "care", "tax", "home"], [], ["tax"]], ["tax", "care"],
                                               window=2)
    assert windows == 5 and occurrences.tolist() == [4, 2] and both[0, 1] == 2
    # a term repeated inside the window: gensim drops it when its first copy leaves, until it enters again
    occurrences, _, windows = window_counts([["a", "a", "b", "c", "d"]], ["a"], window=3)
    assert windows == 3 and occurrences.tolist() == [1]
