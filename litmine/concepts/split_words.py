"""Words split in two by a ligature or letter spacing that reached the text ("effi ciency"), found from the corpus's
own vocabulary and joined again before candidate terms are counted (see terms.py)."""

from __future__ import annotations

from collections import Counter

# one tokenised passage: tokens, whether a space follows each, start offsets, part-of-speech tags (or None)
_Tokens = tuple[list[str], list[bool], list[int], list[str] | None]


class SplitWords:
    """Words split in two by a ligature or letter spacing that reached the text ("effi ciency", "fi nancial"),
    found from the corpus's own vocabulary: two adjacent words, one space apart, whose concatenation the corpus
    also has as one word, while neither part stands as a word on its own (outside such pairs) at least twice.
    Compounds written apart are left alone: in "co production" "production" is a word of its own, and a pair the
    corpus also writes with a hyphen ("co-production") is a spelling of a compound, not a broken word.

    Example:
        >>> split = SplitWords()
        >>> for tokens in (["The", "effi", "ciency", "of", "it", "."], ["Efficiency", "matters", "."]):
        ...     split.add((tokens, [True] * len(tokens), [], None))
        >>> split.finish()
        >>> sorted(split.pairs)
        [('effi', 'ciency')]
    """

    def __init__(self) -> None:
        self.vocab: Counter = Counter()
        self.adjacent: Counter = Counter()
        self.hyphenated: set[tuple[str, str]] = set()
        self.pairs: set[tuple[str, str]] = set()

    def add(self, tokenized: _Tokens) -> None:
        """Count the words and adjacent word pairs of one tokenised passage."""
        tokens, spaces = tokenized[0], tokenized[1]
        low = [t.lower() if t.isalpha() else "" for t in tokens]
        self.vocab.update(filter(None, low))
        self.adjacent.update((a, b) for a, b, space in zip(low, low[1:], spaces) if space and a and b)
        if "-" in tokens or any("-" in t for t in tokens):
            self._hyphens(tokens, spaces, low)

    def _hyphens(self, tokens: list[str], spaces: list[bool], low: list[str]) -> None:
        for i, t in enumerate(tokens):
            if t == "-" and 0 < i < len(tokens) - 1 and low[i - 1] and low[i + 1] and not spaces[i - 1] \
                    and not spaces[i]:
                self.hyphenated.add((low[i - 1], low[i + 1]))
            elif "-" in t and len(t) > 2:
                parts = t.lower().split("-")
                if all(part.isalpha() for part in parts):
                    self.hyphenated.update(zip(parts, parts[1:]))

    def finish(self) -> None:
        """Decide which pairs are split words."""
        joinable = {pair: n for pair, n in self.adjacent.items() if pair[0] + pair[1] in self.vocab}
        as_part: Counter = Counter()
        for (a, b), n in joinable.items():
            as_part[a] += n
            as_part[b] += n
        self.pairs = {(a, b) for a, b in joinable if (a, b) not in self.hyphenated
                      and self.vocab[a] - as_part[a] < 2 and self.vocab[b] - as_part[b] < 2}

    def rejoin(self, tokenized: _Tokens) -> _Tokens:
        """The passage's tokens with split words joined again."""
        tokens, spaces, starts, tags = tokenized
        if not self.pairs:
            return tokenized
        out: _Tokens = ([], [], [], [] if tags is not None else None)
        i, n = 0, len(tokens)
        while i < n:
            if (i + 1 < n and spaces[i] and (tokens[i].lower(), tokens[i + 1].lower()) in self.pairs):
                out[0].append(tokens[i] + tokens[i + 1])
                out[1].append(spaces[i + 1])
                out[2].append(starts[i])
                if tags is not None:
                    out[3].append(tags[i + 1])
                i += 2
                continue
            out[0].append(tokens[i])
            out[1].append(spaces[i])
            out[2].append(starts[i])
            if tags is not None:
                out[3].append(tags[i])
            i += 1
        return out
