"""Coordinated modifiers that share one head: "voluntary and private sectors" holds "voluntary sector", "NHS,
charitable and pharmaceutical money" holds "charitable money", "active and passive labour market policies" holds
"active labour market policy".

English writes a lexicon phrase's first word (a modifier) as the first item of a coordination whose last item
stands before the phrase's other words: `A (, X){0,3} ,? and|or|& X REST`, where "A REST" is a lexicon pattern and
each X is one word (not an article, a pronoun or a number: "voluntary and the private sector" is not a list of
modifiers). The phrase matcher (litmine/concepts/matcher.py) sees only "private sectors"; this finds A ("voluntary")
as a mention of A REST's concept. A is written as the pattern writes it, uninflected ("Sanctions and sanctioned
claimants" is no coordination of "sanctioned"), and the mention is A alone, so each item keeps its own mentions
("charity and voluntary sector": "charity" and "voluntary sector" as before).

Only unambiguous English patterns (ASCII letters) of two or more words whose second word is a content word count
(not "welfare to work", "payment by results": a preposition after the first word is no shared head), and only a
first word of three letters or more. Ambiguous patterns are left out: their form's own cues and collocations (senses.py) are keyed by
the form's words, which a coordination splits. A match inside a lexicon exclusion is set aside as any match is.

`EllipsisFilter` says whether a folded text (litmine.concepts.prefilter.fold) may hold such a coordination, so a passage the phrase prefilter rules out is tokenised only when it may hold one;
`Ellipses` finds them in the tokens (a dictionary of first words: spaCy's token Matcher tries every pattern at every
token, six times slower than the whole matcher).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from litmine.concepts.prefilter import stem_of, trie_regex

CONJUNCTIONS = ("and", "or", "&")
MAX_ITEMS = 3  # items written ", X" between the first word and the conjunction
MIN_FIRST = 3  # letters of the first word
MIN_SECOND = 3  # letters of the second word's stem (the prefilter's shortest: "co production" is left out)
# words that do not start a phrase's head: a preposition or an article after the first word
_NOT_HEAD = frozenset("to by of for in on at with without through from into as the a an and or "
                      "de del en el la los au der die das und".split())  # and the other languages' patterns
# one-word items that are no modifier of the shared head
NOT_MODIFIERS = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
                 "my", "other", "then", "so", "also", "not", "is", "are", "was", "were", "be", "been", "it", "they",
                 "we", "he", "she", "which", "who", "there", "thus", "hence", "therefore", "in", "on", "at", "to",
                 "by", "of", "for", "with", "from", "as", "and", "or"]
_NOT_MODIFIER_SET = frozenset(NOT_MODIFIERS)


def elliptic_phrases(phrases: Iterable[tuple[list[str], str]]) -> list[tuple[list[str], str]]:
    """The (words, key) of the phrases a coordination may split (words: the first as written in lower case, the
    others' norms): two words or more, the first of MIN_FIRST letters or more, the second not a preposition or an
    article."""
    return [(words, key) for words, key in phrases
            if len(words) >= 2 and all(w.isascii() and w.isalpha() for w in words) and len(words[0]) >= MIN_FIRST
            and len(stem_of(words[1])) >= MIN_SECOND and words[1] not in _NOT_HEAD]


class Ellipses:
    """The coordinations of a set of phrases in tokenised text: phrases keyed by their first word's norm, so only
    the tokens with such a norm are looked at.

    Example:
        >>> e = Ellipses([(["voluntary", "sector"], "k")])
        >>> e.matches("the voluntary , community and private sector".split())
        [('k', 1, 2)]
    """

    def __init__(self, phrases: Iterable[tuple[list[str], object]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for words, key in phrases:
            self._by_first.setdefault(words[0], []).append((tuple(words[1:]), key))

    def matches(self, norms: list[str], lowers: list[str] | None = None) -> list[tuple[object, int, int]]:
        """(key, token start, token end) of the first word of each coordination in a text given as its tokens'
        norms and lower-case forms (default: the norms)."""
        lowers = norms if lowers is None else lowers
        out = []
        for i, word in enumerate(lowers):
            entries = self._by_first.get(word)
            if entries is None:
                continue
            head = _head_after(lowers, i + 1)
            if head is None:
                continue
            for rest, key in entries:
                if tuple(norms[head:head + len(rest)]) == rest:
                    out.append((key, i, i + 1))
        return out


def _item(word: str) -> bool:
    return word.isalpha() and word not in _NOT_MODIFIER_SET


def _head_after(lowers: list[str], j: int) -> int | None:
    """Where the shared head starts after a coordination that begins at token j (", X" items, an optional comma,
    a conjunction, one more item), or None when no coordination starts there."""
    n, items = len(lowers), 0
    while items < MAX_ITEMS and j + 1 < n and lowers[j] == "," and _item(lowers[j + 1]):
        j, items = j + 2, items + 1
    if items and j < n and lowers[j] == ",":
        j += 1
    if j + 2 < n and lowers[j] in CONJUNCTIONS and _item(lowers[j + 1]):
        return j + 2
    return None


class EllipsisFilter:
    """Whether a folded text (litmine.concepts.prefilter.fold) may hold a coordination `Ellipses` finds: a
    conjunction, an item and the stem of a phrase's second word, and before them the stem of a phrase's first word
    and the other items. The conjunction is searched for first (a first word's stem is a common word: "public",
    "social", "local"), which is four times faster than one regular expression from the first word on.

    Example:
        >>> f = EllipsisFilter([(["voluntary", "sector"], "k")])
        >>> f.may_match("the voluntary, community and private sectors"), f.may_match("voluntary work and sectors")
        (True, False)
    """

    LOOK_BACK = 200  # characters before the conjunction where the first word and the items may stand

    def __init__(self, phrases: list[tuple[list[str], object]]):
        firsts = trie_regex({stem_of(w[0]) for w, _ in phrases})
        seconds = trie_regex({stem_of(w[1]) for w, _ in phrases})
        self._tail = re.compile(rf" (?:and|or|&) [a-z]* (?:{seconds})")
        self._head = re.compile(rf"\b(?:{firsts})[a-z]*(?:, [a-z]*){{0,{MAX_ITEMS}}},?$")

    def may_match(self, folded: str) -> bool:
        for m in self._tail.finditer(folded):
            if self._head.search(folded, max(0, m.start() - self.LOOK_BACK), m.start()):
                return True
        return False
