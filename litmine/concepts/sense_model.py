"""A learned second opinion on ambiguous concept candidates the sense rules keep (issue 12).

The rules (litmine/concepts/senses.py) keep an ambiguous form ("contract", "partnership", "networks") when the
document names its concept, a cue stands near it, or its paragraph or document settles the sense. This model reads
the same evidence as numbers and weighs it: a logistic regression over features defined only by the lexicon and
the text's layout (no word list taken from the labelled documents, so the weights ship no corpus text):

- which rule kept the candidate (the document names the concept, a cue of its own or of another concept, the
  paragraph vouches for it, the document settles it) and the concept;
- the document's field density (cue words of any concept per 1,000 words, log), and per concept in the document
  its ambiguous candidates, unambiguous mentions and cue-backed candidates (log counts, share);
- the window (15 words either side in the sentence): how many of the concept's own cues and of any concept's cues
  stand there, and which lexicon cue words (any concept's cues: the lexicon's vocabulary, nothing else);
- layout: the form capitalised inside a sentence, the next word capitalised, German text.

A ConceptMatcher whose `sense_model` is a SenseModel lets it second every ambiguous candidate the rules keep: one
the model finds unlikely (probability of the concept's sense under the threshold) is set aside with the reason
"context model p=0.12". Only concepts the model was trained on are judged: a researcher's own concepts keep the
rules' decision alone.

Its counterpart for recall (session 21, `admit` in the weights): a second logistic regression over the same
features, plus which rule set the candidate aside (`rejected_by=`: no cue, written as a name, a document outside
the field), scores the ambiguous candidates the rules REJECT, and one it finds likely (probability at or above its
own threshold) is counted after all: the mention's `via` is "context model" and the matcher notes its probability
("context model p=0.81", `ConceptMatcher.admitted`). A candidate set aside by another sense's word beside it
(`form_against`, the lexicon's collocation evidence) or inside an excluded phrase is never admitted. Measured the
same way (leave-one-document-out on development, the threshold chosen inside each fold,
benchmarks/concept_senses_learned.py `--admit`), it admits nothing: of the 21 true mentions among the 557
development candidates the rules reject, 18 stand in one paper (31474.pdf, German security networks), so a model
trained without that paper has nothing to learn them from: the 18 it may admit get p <= 0.10, under the false
candidates it ranks highest (0.38-0.42), and every fold's threshold is "admit nothing" (docs/benchmarks.md,
section concept_senses, session 21). Session 22 labelled 449 candidates of 79 development papers by reading
(benchmarks/data/concept_senses/candidates) and trained on them too: still nothing admitted leave-one-document-out
(of 64 true admissible candidates two score above 0.5, false ones reach 0.46): what marks a true rejected candidate
(who co-operates: authorities, firms, associations) is not lexicon vocabulary. Not enabled; no weights shipped.

**Not enabled by default.** Trained on the development splits of the hand-labelled passages only
(benchmarks/data/concept_senses) and scored by leave-one-document-out cross-validation there, whole documents as
ingest tags them (benchmarks/concept_senses_learned.py), it does not beat the rules: the rules keep 74 ambiguous
candidates of labelled development passages, 7 of them another sense, and no threshold chosen inside the
cross-validation removes any of those without losing true ones (docs/benchmarks.md, section concept_senses). The
module stays so that the benchmark measures the features exactly as the matcher would see them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from litmine.concepts.senses import candidate_counts

WINDOW = 15  # words either side, within the sentence
_TOKEN = re.compile(r"[^\W\d_]+|[.!?]")
_REACH = 250  # characters either side of a candidate that the window is looked for in


@dataclass
class DocumentEvidence:
    """What the rules know of one document: field density, the concepts it names and settles, and per concept its
    (ambiguous candidates, unambiguous mentions, cue-backed candidates)."""

    density: float
    named: frozenset[str]
    settled: frozenset[str]
    counts: dict[str, tuple[int, int, int]]


def document_evidence(kept: Iterable[tuple], density: float, named: Iterable[str],
                      settled: Iterable[str]) -> DocumentEvidence:
    """The DocumentEvidence of a document's phrase matches (concept, start, end, Candidate or None)."""
    safe, amb, cued = candidate_counts(kept, density)
    counts = {c: (amb[c], safe[c], cued[c]) for c in amb}
    return DocumentEvidence(density, frozenset(named), frozenset(settled), counts)


def lexicon_words(concepts, normalise) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each ambiguous concept's cue words (normalised, every word of a cue) and all of them together: the only
    words the model may use."""
    own = {}
    for c in concepts:
        if c.ambiguous:
            own[c.id] = frozenset(normalise(w) for cue in c.cues if "*" not in cue  # not a German compound part
                                  for w in re.findall(r"[^\W\d_]+", cue) if len(w) > 2)
    return own, frozenset().union(*own.values()) if own else frozenset()


def _window(text: str, start: int, end: int) -> tuple[list[str], bool, bool]:
    """The words within WINDOW of text[start:end] in its sentence, whether the form is capitalised inside its
    sentence, and whether the next word is capitalised."""
    lo = max(0, start - _REACH)
    before = [m.group() for m in _TOKEN.finditer(text, lo, start)]
    if lo > 0 and before:
        before = before[1:]  # a word cut by the reach
    after = [m.group() for m in _TOKEN.finditer(text, end, min(len(text), end + _REACH))]
    left = []
    for w in reversed(before):
        if w in ".!?" or len(left) == WINDOW:
            break
        left.append(w)
    right = []
    for w in after:
        if w in ".!?" or len(right) == WINDOW:
            break
        right.append(w)
    inside = text[start:start + 1].isupper() and bool(before) and before[-1] not in ".!?"
    return left + right, inside, bool(right) and right[0][:1].isupper()


def rejected_by(cand) -> str:
    """Which sense rule set a rejected candidate aside (senses.reason's order): another sense's word beside it, a
    name, no cue, or a document outside the field."""
    if cand.against:
        return "another_sense"
    if cand.in_name:
        return "name"
    return "no_cue" if not cand.has_cue else "outside_field"


def features(text: str, start: int, end: int, cand, doc: DocumentEvidence, passage: tuple[bool, bool],
             words: tuple[dict[str, frozenset[str]], frozenset[str]], normalise,
             why: str | None = None) -> dict[str, float]:
    """The features of one ambiguous candidate (text[start:end] in its passage; cand: senses.Candidate; passage:
    whether the paragraph vouches for the sense, senses.py rule 3, and whether it is German; why: the rules' reason
    for setting it aside, None when they keep it, which adds the rule's name as a feature)."""
    concept = cand.concept
    vouched, german = passage
    amb, safe, cued = doc.counts.get(concept, (1, 0, 0))
    f = {"bias": 1.0, f"concept={concept}": 1.0, "has_cue": float(cand.has_cue), "own_cue": float(cand.own_cue),
         "other_cue": float(cand.has_cue and not cand.own_cue), "in_name": float(cand.in_name),
         "own_evidence": float(cand.own_evidence), "named": float(concept in doc.named), "vouched": float(vouched),
         "settled": float(concept in doc.settled), "log_density": math.log1p(doc.density),
         "field_document": float(doc.density >= 4.0), "log_candidates": math.log1p(amb),
         "log_unambiguous": math.log1p(safe), "cued_share": cued / amb if amb else 0.0,
         "german": float(german)}
    near, inside, next_cap = _window(text, start, end)
    own, vocab = words[0].get(concept, frozenset()), words[1]
    normed = [normalise(w) for w in near]
    f["own_cues_near"] = math.log1p(sum(w in own for w in normed))
    f["field_words_near"] = math.log1p(sum(w in vocab for w in normed))
    f["capitalised_inside_sentence"] = float(inside)
    f["next_capitalised"] = float(next_cap)
    if not german:  # German capitalises every noun: capitals say nothing of names there
        f["capitalised_share_near"] = sum(w[:1].isupper() for w in near) / len(near) if near else 0.0
    f["short_window"] = float(len(near) < 6)  # a heading, a list item, a name in a list
    for w in set(normed) & vocab:
        f[f"word={w}"] = 1.0
    if why is not None:
        f[f"rejected_by={rejected_by(cand)}"] = 1.0
    return f


class _Weights:
    """One logistic regression: feature -> weight, the threshold, and the concepts it was trained on."""

    def __init__(self, data: dict):
        self.weights: dict[str, float] = data["weights"]
        self.threshold: float = data["threshold"]
        self.concepts = frozenset(data["concepts"])

    def probability(self, f: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class SenseModel:
    """Trained weights (`data`: {"weights": feature -> weight, "threshold": float, "concepts": [ids]}, and
    optionally "admit": the same three for admission): P(concept's sense) of a candidate, the threshold under
    which a candidate the rules keep is set aside, and the one at or above which a candidate they reject is
    counted (`admitted`: the last admitted candidate's reason, "context model p=0.81")."""

    def __init__(self, data: dict, concepts, normalise):
        self.veto = _Weights(data)
        self.admit = _Weights(data["admit"]) if data.get("admit") else None
        self.words = lexicon_words(concepts, normalise)
        self._normalise = normalise
        self.admitted = ""

    def probability(self, f: dict[str, float]) -> float:
        return self.veto.probability(f)

    def review(self, text: str, start: int, end: int, cand, doc: DocumentEvidence, passage: tuple[bool, bool],
               why: str | None) -> str | None:
        """The rules' reason (`why`, None: kept), or for a kept candidate of a trained concept that the model
        finds unlikely, the model's own reason; with an admission model, None for a rejected candidate it finds
        likely (never one set aside by another sense's word)."""
        if why is not None:
            return self._admit(text, start, end, cand, doc, passage, why)
        if cand.concept not in self.veto.concepts:
            return why
        p = self.probability(features(text, start, end, cand, doc, passage, self.words, self._normalise))
        return f"context model p={p:.2f}" if p < self.veto.threshold else None

    def _admit(self, text: str, start: int, end: int, cand, doc: DocumentEvidence, passage: tuple[bool, bool],
               why: str) -> str | None:
        admit = self.admit
        if admit is None or cand.concept not in admit.concepts or cand.against:
            return why
        p = admit.probability(features(text, start, end, cand, doc, passage, self.words, self._normalise, why))
        if p < admit.threshold:
            return why
        self.admitted = f"context model p={p:.2f}"
        return None
