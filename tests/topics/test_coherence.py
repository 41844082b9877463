"""NPMI coherence on held-out texts: gensim's value where defined; pairs with a term the texts lack left out."""

import random

from gensim.corpora import Dictionary
from gensim.models import CoherenceModel

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
