"""Which passages can hold a lexicon phrase at all, decided on the raw text without tokenising it.

Every phrase match starts from tokens whose normalised form (litmine.concepts.matcher.normalise_word) equals the
normalised form of each of the phrase's words. That form is, after folding (lower case, accents and other
non-ASCII characters dropped, hyphens and apostrophes dropped), a prefix of the folded word itself -- except
that "policies" becomes "policy", so a trailing "y" is left off. A phrase can therefore only match a text whose
folded form contains the folded stem of the phrase's longest word as a substring. `PhraseFilter` searches for all
those stems at once (one compiled regular expression, shaped as a trie), so passages without any stem skip spaCy
altogether; a passage that passes is tagged as before, so the matches are the same with and without the filter.

The folded text also gives the field-vocabulary density of a document (litmine/concepts/senses.py) by regular
expressions alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_DROP = ("-", "'")  # ASCII joiners dropped by normalise_word; the non-ASCII ones go with every non-ASCII character


def fold(text: str) -> str:
    """Lower case, ASCII only (accents removed, "ß" as "ss", other non-ASCII characters dropped), no hyphens or
    apostrophes.

    Deleting characters keeps every folded word a substring of the folded text, which is all the filter needs.

    Example:
        >>> fold("Co-Producción of l’Activation")
        'coproduccion of lactivation'
    """
    t = text.lower()
    if not t.isascii():
        if "ß" in t:
            t = t.replace("ß", "ss")  # as the German stems write it (litmine/concepts/german.py)
        t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    for ch in _DROP:
        if ch in t:
            t = t.replace(ch, "")
    return t


def stem_of(norm: str) -> str:
    """The part of a normalised word that every word with that normal form starts with, once folded."""
    s = fold(norm)
    return s[:-1] if s.endswith("y") else s


def trie_regex(words: Iterable[str], *, longest: bool = False) -> str:
    """A regular expression (no flags) matching any of `words`, with common prefixes factored out, so a search
    over many words costs about one pass over the text. By default a word that another one starts with ends the
    match ("contract" for "contractor"); with `longest`, the longest word at the place is matched.

    Example:
        >>> trie_regex(["contract", "contractor", "cost"]), trie_regex(["contract", "contractor"], longest=True)
        ('co(?:ntract|st)', 'contract(?:or)?')
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        if "" in node and not longest:
            return ""  # a shorter word ends here: it matches whatever follows, so longer ones add nothing
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(trie)


_NONE: frozenset[str] = frozenset()


class _WordTriggers(dict):
    """word -> the triggers whose key it holds, found by `find` when a word is first asked about (emptied past
    `MAX_WORDS` words, about 15 MB; the 297 documents of a development corpus hold 74,000 words, 11 MB)."""

    MAX_WORDS = 100_000

    def __init__(self, find):
        super().__init__()
        self.find = find

    def __missing__(self, word: str) -> frozenset[str]:
        if len(self) >= self.MAX_WORDS:
            self.clear()
        found = self[word] = self.find(word)
        return found


class PhraseFilter:
    """Decides from a folded text whether any phrase (given as the normalised forms of its words) can match: every
    word's stem must occur in the text (words of under `MIN_STEM` letters are not checked).

    With `whole_tokens` (each word of a phrase is one token of spaCy's, matched on its norm or lower case: the
    English PhraseMatchers), two more things must hold, both from the tokens of a match being disjoint runs of the
    text, one after another with one space or nothing between them, and fold acting character by character:

    - a stem that lies inside the stems of k words of the phrase occurs k times without overlap (`str.count`):
      "governing without government" needs "govern" twice, so "government" alone does not let a text through;
    - a word of at most `EXACT` letters is its token's whole normal form (normalise_word strips no inflection from
      words that short), so its folded form, a space or nothing, and the next word's stem occur together: "co
      design" or "codesign" for the phrase "co-design", not "design" alone;
    - the words occur in order (`_in_order`): each but the last as its stem and at most `SUFFIX` letters (the
      longest ending normalise_word strips, "-ing" after a doubled consonant and an "e", or "-ies" for a "y"),
      then a space or nothing; a word of at most `EXACT` letters as itself, an unreliable one as any token.

    Example:
        >>> f = PhraseFilter([["work", "first"], ["partnership"]])
        >>> [f.may_match(fold(t)) for t in ("Partnerships work", "Work comes first", "First of all")]
        [True, True, False]
        >>> g = PhraseFilter([["co", "design"], ["govern", "government"]], whole_tokens=True)
        >>> [g.may_match(fold(t)) for t in ("Co-designed", "design", "the government", "governing government")]
        [True, False, False, True]
    """

    MIN_STEM = 3
    EXACT = 2
    SUFFIX = 6

    def __init__(self, phrases: Iterable[Iterable[str]], *, unreliable: Iterable[str] = (),
                 whole_tokens: bool = False):
        """Args:
            phrases: each phrase as the normalised forms of its words.
            unreliable: normalised forms a token can have without its text holding them (spaCy's tokenizer
                exceptions give "cuz" the norm "because"): a word with such a form is not checked.
            whole_tokens: each word is one token, the words of a match follow each other (see above).
        """
        skip = {fold(w) for w in unreliable}
        self.always = False
        # a phrase's longest stem (the rarest, most likely) is searched for, its other stems are then looked up with
        # `in`: trigger -> the phrases it triggers, as their stems, the stems they need more than once (how often)
        # and the regular expression of their words in order (None without whole_tokens)
        self._having: dict[str, list[tuple[frozenset[str], tuple[tuple[str, int], ...], str | None]]] = {}
        self._orders: dict[str, re.Pattern] = {}
        for words in phrases:
            for need in self._needs(list(words), skip, whole_tokens):
                if not need[0]:
                    self.always = True  # nothing in the phrase can be checked: no text can be ruled out
                    continue
                self._having.setdefault(max(need[0], key=lambda s: (len(s), s)), []).append(need)
        # where the next trigger starts, and the longest one starting there; the shorter ones it starts with are
        # added from `_prefixes`, and the search goes on from the next character, so triggers that overlap all count.
        # Searched in a text's words (its runs between spaces, each searched once and remembered: `_in_word`): a
        # trigger's key, its longest part without a space ("design" of "co design"), lies in one word, so a text
        # holds a trigger only if one of its words holds the trigger's key (the words of a corpus recur: most are
        # looked up, not searched)
        keys: dict[str, list[str]] = {}
        for trigger in self._having:
            keys.setdefault(max(trigger.split(" "), key=len), []).append(trigger)
        self._next = re.compile(trie_regex(keys)) if keys else None
        self._longest = re.compile(trie_regex(keys, longest=True)) if keys else None
        self._prefixes = {k: [t for n in range(1, len(k) + 1) for t in keys.get(k[:n], ())] for k in keys}
        self._in_word = _WordTriggers(self._triggers_in)
        # every stem the phrases a trigger triggers need: looked up in a text once each, then each phrase's stems are
        # a subset test (a trigger's phrases share most of their stems)
        self._stems = {t: frozenset(s for stems, _, _ in needs for s in stems) for t, needs in self._having.items()}

    def _triggers_in(self, word: str) -> frozenset[str]:
        """The triggers whose key a word (text without a space) holds."""
        found: set[str] = set()
        search, longest, prefixes = self._next.search, self._longest.match, self._prefixes
        m = search(word)
        while m is not None:
            at = m.start()
            found.update(prefixes[longest(word, at).group()])
            m = search(word, at + 1)
        return frozenset(found) if found else _NONE

    def _needs(self, words: list[str], skip: set[str], whole_tokens: bool
               ) -> list[tuple[frozenset[str], tuple[tuple[str, int], ...], str | None]]:
        """The ways a phrase can be present: each the stems that must occur, the counts some of them need, and the
        words in order."""
        stems = [None if fold(w) in skip or len(stem_of(w)) < self.MIN_STEM else stem_of(w) for w in words]
        base = frozenset(s for s in stems if s)
        if not whole_tokens or not base:
            return [(base, (), None)]
        counts = tuple(sorted((s, k) for s in base if (k := sum(s in t for t in stems if t)) > 1))
        alternatives = [base]
        for i in range(len(words) - 1):
            if len(words[i]) <= self.EXACT and fold(words[i]) not in skip and stems[i + 1]:
                joined = [fold(words[i]) + gap + stems[i + 1] for gap in (" ", "")]
                alternatives = [a | {j} for a in alternatives for j in joined]
        order = self._in_order(words, skip)
        return [(a, counts, order) for a in alternatives]

    def _in_order(self, words: list[str], skip: set[str]) -> str:
        """A regular expression over folded text that a match of the phrase's tokens, one after another, fits
        (compiled when first needed: most phrases never have all their stems in one passage)."""
        parts = []
        for i, w in enumerate(words):
            if fold(w) in skip:
                parts.append("[^ ]*")  # a tokenizer exception's text: anything without a space
            elif len(w) <= self.EXACT:
                parts.append(re.escape(fold(w)))
            else:
                parts.append(re.escape(stem_of(w)) + (f"[a-z]{{0,{self.SUFFIX}}}" if i < len(words) - 1 else ""))
        return " ?".join(parts)

    def _order(self, pattern: str) -> re.Pattern:
        compiled = self._orders.get(pattern)
        if compiled is None:
            compiled = self._orders[pattern] = re.compile(pattern)
        return compiled

    def may_match(self, folded: str) -> bool:
        """Whether the folded text holds the stems of every checked word of some phrase (False: no phrase can
        match)."""
        if self.always:
            return True
        if self._next is None:
            return False
        having, stems_of = self._having, self._stems
        # the triggers the text may hold (a superset of those it holds: a trigger with a space may not be there);
        # each one's phrases are tested on the whole text, so the answer is as if only those it holds were
        for trigger in _NONE.union(*map(self._in_word.__getitem__, folded.split(" "))):
            present = {s for s in stems_of[trigger] if s in folded}
            for stems, counts, order in having[trigger]:
                if stems <= present and all(folded.count(s) >= k for s, k in counts) and (
                        order is None or self._order(order).search(folded)):
                    return True
        return False
