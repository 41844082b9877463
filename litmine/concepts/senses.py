"""Word senses for concept matching: an ambiguous form counts only with evidence of the concept's sense.

A lexicon entry names its ambiguous forms (single words such as "contract", "partnership", "activation" that other
fields use in other senses) and its sense's vocabulary, the cues ("claimant", "provider", "agency", ...). An
ambiguous match is kept when

1. the document names the same concept elsewhere by an unambiguous form (a multi-word term: "partnership working",
   "multi-agency"), or
2. a cue of its concept, or an unambiguous mention of any concept, stands within `WINDOW` words of it in the same
   sentence, and the document reads as the field's: at least `MIN_FIELD_DENSITY` cue words (of all concepts)
   per 1,000 words.

Otherwise it is set aside with a readable reason (a Rejection). Unambiguous forms never need evidence, so
multi-word terms and acronyms stay as cheap as before: the cue lookup runs only where an ambiguous form matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

WINDOW = 15  # words either side, within the sentence
MIN_FIELD_DENSITY = 4.0  # cue words of any concept per 1,000 words of the document
_SENTENCE_END = frozenset({".", "!", "?"})


@dataclass
class Candidate:
    """An ambiguous match in one text: the concept, the span (clean-text offsets), the token span."""

    concept: str
    start: int
    end: int
    token_start: int
    token_end: int
    has_cue: bool = False
    cue: str = ""


class SenseIndex:
    """The cue vocabulary of a lexicon, as hashes of lexeme norms, ready for lookups in spaCy docs."""

    def __init__(self, cues_by_concept: dict[str, list[str]], strings, normalise, acronyms: Iterable[str] = ()):
        self.acronyms = frozenset(a for x in acronyms for a in (x, x + "s"))
        self.by_concept: dict[str, frozenset[int]] = {}
        everything: set[int] = set()
        for concept, cues in cues_by_concept.items():
            hashes = set()
            for cue in cues:  # a cue of several words ("for-profit", "multi-agency") counts by its longest word
                word = max(cue.replace("-", " ").split() or [""], key=len)
                if word:
                    hashes.add(strings.add(normalise(word)))
            self.by_concept[concept] = frozenset(hashes)
            everything |= hashes
        self.field = np.array(sorted(everything), dtype=np.uint64)
        self.end_marks = {strings.add(p) for p in _SENTENCE_END}

    def field_count(self, norms: np.ndarray) -> int:
        """How many tokens of a doc (its NORM array) are cue words of any concept."""
        if not len(self.field) or not len(norms):
            return 0
        at = np.minimum(np.searchsorted(self.field, norms), len(self.field) - 1)
        return int((self.field[at] == norms).sum())

    def find_cue(self, norms: Sequence[int], words, cand: Candidate,
                 safe_tokens: Iterable[tuple[int, int]]) -> None:
        """Mark a candidate that has a cue of its concept, or a safe mention, within WINDOW words in its
        sentence (`words`: the spaCy doc the norms are of)."""
        cues = self.by_concept.get(cand.concept, frozenset())
        n = len(norms)
        lo = cand.token_start
        while lo > 0 and cand.token_start - lo < WINDOW and norms[lo - 1] not in self.end_marks:
            lo -= 1
        hi = cand.token_end
        while hi < n and hi - cand.token_end < WINDOW and norms[hi] not in self.end_marks:
            hi += 1
        for i in range(lo, hi):
            if (i < cand.token_start or i >= cand.token_end) and (norms[i] in cues or words[i].text in self.acronyms):
                cand.has_cue, cand.cue = True, words[i].text
                return
        for s, e in safe_tokens:
            if s < hi and lo < e and not (cand.token_start <= s and e <= cand.token_end):
                cand.has_cue, cand.cue = True, words[s:e].text
                return


def reason(surface: str, label: str, cand: Candidate, density: float, named: bool) -> str | None:
    """Why a candidate is set aside, or None when it is kept (`named`: the document names the concept
    unambiguously elsewhere)."""
    if named:
        return None
    if not cand.has_cue:
        return (f"no {label} cue within {WINDOW} words of '{surface}' in its sentence, and no unambiguous "
                f"{label} term in the document")
    if density < MIN_FIELD_DENSITY:
        return (f"'{surface}' in a document outside the field ({density:.1f} field words per 1,000, "
                f"under {MIN_FIELD_DENSITY:g})")
    return None
