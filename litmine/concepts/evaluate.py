"""Score concept mentions against hand-labelled sentences (precision, recall, F1, per concept).

The labelled file is YAML: `documents:` each with `sentences:` in document order, each sentence with `text` and
`mentions: [[concept id, surface as printed], ...]`. Sentences of one document are tagged together, so acronyms it
defines count in its later sentences, as in a real document; sentences marked `context: true` are tagged but not
scored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from litmine.concepts.matcher import ConceptMatcher
from litmine.errors import LitmineError


@dataclass
class Scores:
    """Counts and rates over a labelled sample; `errors` lists (kind, concept, surface, sentence) for each miss."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    sentences: int = 0
    per_concept: dict[str, Counter] = field(default_factory=dict)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, found, gold: list[tuple[str, int, int]], text: str, context=None) -> list:
        """Count one scored text: a predicted mention is right when a gold one has the same concept and an
        overlapping span (each gold mention matched at most once). Returns the predictions that matched none (the
        false positives), already counted; `errors` gets each of them and each missed gold span, with
        `context(start, end)` (default: the whole text)."""
        context = context or (lambda start, end: text)
        used = [False] * len(gold)
        wrong = []
        for m in found:
            hit = next((i for i, (c, s, e) in enumerate(gold)
                        if not used[i] and c == m.concept and s < m.end and m.start < e), None)
            counter = self.per_concept.setdefault(m.concept, Counter())
            if hit is None:
                self.fp += 1
                counter["fp"] += 1
                wrong.append(m)
                self.errors.append(("false positive", m.concept, m.surface, context(m.start, m.end)))
            else:
                used[hit] = True
                self.tp += 1
                counter["tp"] += 1
        for (c, s, e), u in zip(gold, used):
            if not u:
                self.fn += 1
                self.per_concept.setdefault(c, Counter())["fn"] += 1
                self.errors.append(("missed", c, text[s:e], context(s, e)))
        return wrong


def load_labelled(path: str | Path) -> list[dict]:
    """The documents of a labelled sample, each {"name", "sentences": [{"text", "mentions": [(id, surface)]}]}."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LitmineError(f"{path}: cannot read the labelled sample ({exc})") from None
    docs = []
    for n, d in enumerate(data.get("documents") or [], start=1):
        sentences = []
        for s in d.get("sentences") or []:
            mentions = [(str(c), str(surface)) for c, surface in (s.get("mentions") or [])]
            sentences.append({"text": str(s["text"]), "mentions": mentions, "context": bool(s.get("context"))})
        docs.append({"name": str(d.get("seed") or d.get("name") or n), "sentences": sentences})
    return docs


def _gold_spans(text: str, mentions: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """Place each labelled surface in its sentence: labels come in order of appearance, and two labels of one
    concept never share a span ("partnerships ... partnership" are two places)."""
    spans: list[tuple[str, int, int]] = []
    last_start = 0
    for concept, surface in mentions:
        places = [m.start() for m in re.finditer(re.escape(surface), text)]
        if not places:
            raise LitmineError(f"labelled surface {surface!r} is not in its sentence: {text[:80]!r}")
        free = [i for i in places
                if not any(c == concept and i < e and s < i + len(surface) for c, s, e in spans)]
        i = next((i for i in free if i >= last_start), free[0] if free else places[0])
        spans.append((concept, i, i + len(surface)))
        last_start = i
    return spans


def evaluate_mentions(matcher: ConceptMatcher, documents: list[dict]) -> Scores:
    """Tag each labelled document with `matcher` and count hits: a predicted mention is right when a gold one has
    the same concept and an overlapping span (each gold mention matched at most once).

    Example:
        >>> from litmine.concepts.lexicon import load_lexicon
        >>> docs = [{"name": "x", "sentences": [{"text": "Co-design works.", "mentions": [("co-design", "Co-design")]}]}]
        >>> s = evaluate_mentions(ConceptMatcher(load_lexicon()), docs)
        >>> (s.tp, s.fp, s.fn)
        (1, 0, 0)
    """
    scores = Scores()
    for doc in documents:
        texts = [s["text"] for s in doc["sentences"]]
        predicted, _ = matcher.tag_document(texts)
        for sentence, found in zip(doc["sentences"], predicted):
            if sentence.get("context"):
                continue  # there to give the document's acronym definitions, scored in the other sample
            scores.sentences += 1
            scores.add(found, _gold_spans(sentence["text"], sentence["mentions"]), sentence["text"])
    return scores
