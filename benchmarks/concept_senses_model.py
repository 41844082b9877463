"""A learned sense model against the sense rules, scored leave-documents-out on the hand-labelled passages.

Used by benchmarks/concept_senses.py (section concept_senses). Every ambiguous candidate the matcher finds (a form
listed under `ambiguous` in the lexicon, before the sense rules decide) becomes one example: label 1 when it overlaps
a labelled true mention of its concept, else 0. Features, all defined by the lexicon (no word list is taken from
the labelled documents, so nothing of their text would ship with a model): the concept and the matched form, whether
the rules found a cue in the window and their field density of the passage (log), whether the passage names the
concept unambiguously, whether the paragraph vouches for the sense (senses.py rule 3), capitalisation of the form and its neighbours (names), and each lexicon word (any concept's
cue or pattern word) within 15 words in the sentence. Model: scikit-learn's logistic regression (balanced classes,
C=1). Each document's candidates are decided by a model trained on all other documents (leave one document out), so
every one of the labelled passages is scored by a model that never saw its document: an honest (held-out) figure for
the model over the whole set. The rules' own figure on the same passages mixes development (`tune`) and held-out
(`test`) documents, since the rules were fitted on `tune`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_]+|[.!?]")
_FUNCTION = {"of", "and", "the", "for", "to", "by", "in", "on", "a", "an", "with"}


def lexicon_vocabulary(lexicon, normalise) -> set[str]:
    """Normalised words of every concept's cues and patterns: the only words the model may use as features."""
    vocab: set[str] = set()
    for c in lexicon:
        for phrase in [*(x for x in c.cues if "*" not in x), *c.patterns]:  # not a German cue part ("*politik")
            vocab.update(normalise(w) for w in re.findall(r"[^\W\d_]+", phrase))
    return vocab - _FUNCTION


def features(clean: str, cand, density: float, named: bool, vocab: set[str], normalise) -> dict[str, float]:
    """The feature dict of one candidate (clean: the passage as the matcher cleaned it; cand: senses.Candidate)."""
    toks = [(m.start(), m.group()) for m in _WORD.finditer(clean)]
    i = next((k for k, (s, _) in enumerate(toks) if s >= cand.start), len(toks))
    j = next((k for k, (s, _) in enumerate(toks) if s >= cand.end), len(toks))
    lo, hi = i, j
    while lo > 0 and i - lo < 15 and toks[lo - 1][1] not in ".!?":
        lo -= 1
    while hi < len(toks) and hi - j < 15 and toks[hi][1] not in ".!?":
        hi += 1
    surface = clean[cand.start:cand.end]
    f = {f"concept={cand.concept}": 1.0, f"form={cand.concept}:{normalise(surface.split()[-1])}": 1.0,
         "rule_cue": float(cand.has_cue), "named": float(named), "log_density": math.log1p(density),
         "density_4": float(density >= 4)}
    if surface[:1].isupper() and i > 0 and toks[i - 1][1] not in ".!?":
        f["capitalised_inside_sentence"] = 1.0
    if j < len(toks) and toks[j][1][:1].isupper():
        f["next_capitalised"] = 1.0
    for k in [*range(lo, i), *range(j, hi)]:
        n = normalise(toks[k][1])
        if n in vocab:
            f[f"word={n}"] = 1.0
    return f


def candidates(matcher, text: str, vocab: set[str]) -> tuple[list, list[tuple]]:
    """The passage's mentions with every ambiguous candidate kept, and for each candidate (start, end, concept,
    features, rules keep it). Candidates are found by letting litmine.concepts.senses.reason accept everything while
    recording what it would have said."""
    from litmine.concepts import senses
    from litmine.concepts.matcher import _clean, normalise_word

    cleaned = _clean(text)
    seen = []
    rule = senses.reason

    def record(surface, label, cand, density, named, vouched=False):
        why = rule(surface, label, cand, density, named, vouched)
        s, e = cleaned.original(cand.start), cleaned.original(cand.end - 1) + 1
        f = features(cleaned.text, cand, density, named, vocab, normalise_word)
        f["paragraph_vouches"] = float(vouched)
        seen.append((s, e, cand.concept, f, why is None))
        return None

    senses.reason = record
    try:
        mentions = matcher.tag_document([text])[0][0]
    finally:
        senses.reason = rule
    return mentions, seen


def leave_documents_out(rows: list[dict], groups: list[str]) -> list[float]:
    """P(true sense) for each candidate row ({"f": features, "y": label}) from a model trained without its group."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = DictVectorizer().fit_transform([r["f"] for r in rows])
    y = np.array([r["y"] for r in rows], dtype=bool)
    g = np.array(groups)
    prob = np.zeros(len(rows))
    for doc in sorted(set(groups)):
        held = g == doc
        train = ~held
        if y[train].all() or not y[train].any():
            prob[held] = float(y[train].mean())
            continue
        model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x[train], y[train])
        prob[held] = model.predict_proba(x[held])[:, 1]
    return prob.tolist()


def decide(mentions: list, seen: list[tuple], keep: Callable[[int], bool]) -> list:
    """The passage's mentions with the candidates that `keep(k)` (k: index into `seen`) rejects removed."""
    out = []
    for m in mentions:
        k = next((k for k, (s, e, c, _, _) in enumerate(seen) if c == m.concept and s == m.start and e == m.end), None)
        if k is None or keep(k):
            out.append(m)
    return out
