"""German concept matching: a light stemmer, which passages are German, and the lexicon's phrases and compound parts
matched on German stems.

German inflects adjectives and nouns ("aktivierende / aktivierenden / aktivierender Arbeitsmarktpolitik", "des
Dritten Sektors", "Netzwerke / Netzwerken") and writes compounds ("Sicherheitspartnerschaften",
"Drittsektororganisationen"), so the English matcher (litmine/concepts/matcher.py: one PhraseMatcher over English
norms) finds only the forms a lexicon lists. In a passage that reads as German (`is_german`: at least three different
German function words), every lexicon phrase is also matched on German stems (`stem`), and single words are also
matched as parts of compounds:

- a lexicon form of one word (six letters or more, not an ambiguous form) is also a compound's head ("Spitzen" +
  "wohlfahrtsverband") or modifier ("Drittsektor" + "organisationen", "Alleinerziehende" + "n" + "haushalte");
- a pattern with "*" names a compound part that is not a form of its own: "*partnerschaft" is any compound ending
  in "Partnerschaft" ("Sicherheitspartnerschaften"), "aktivierungs*" any compound starting with "Aktivierungs"
  ("Aktivierungspolitik"). Listed among `ambiguous`, such a part counts only with evidence of the sense, as
  any ambiguous form (litmine/concepts/senses.py);
- a head needs a modifier of three letters or more and not a negation ("Nichtalleinerziehende"); a modifier needs
  four letters or more after it (so "Koproduktionen" is an inflection, not a compound);
- a one-word exclusion inside a compound sets the compound aside ("Lebenspartnerschaftsgesetz" under the exclusion
  "lebenspartnerschaft"; "Netzwerkanalysen" under "netzwerkanalyse");
- an adjective before a list of nouns modifies each of them: "gemeinnützige Betriebe, Verwaltungen und Vereine"
  holds "gemeinnützige Vereine", found at the last noun (`shared_modifiers`: a two-word phrase whose first word,
  in lower case, opens a list of capitalised nouns joined by commas and "und", "oder" or "sowie", and whose
  second word is the list's last noun).

The stemmer is CISTEM (Weissweiler and Fraser 2017, "Developing a stemmer for German based on a comparative
analysis of publicly available stemmers"), written from its published description, in its case-insensitive
variant (lexicon and text are compared in lower case) and without its "ge-" prefix rule (participles are not
concept words); it folds accents and umlauts and writes "ß" as "ss". Before it, a feminine plural "-innen" and a
feminine "-erin" are cut ("Alleinerzieherinnen", "Alleinerzieherin" and "Alleinerzieher" share a stem). Every stem
is a prefix of the word folded by litmine.concepts.prefilter.fold, so the prefilter stays correct.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

_JOINERS = str.maketrans("", "", "-\u2010\u2011\u00ad'\u2019")
_GERMAN = re.compile(r"\b(?:und|der|die|das|des|dem|den|nicht|ist|sind|wird|werden|wurde|sich|auf|mit|von|zur|zum|"
                     r"eine|einer|einem|eines|auch|oder|dass|nach|bei|durch|sowie|diese|dieser|ihre|wie|als)\b")
MIN_GERMAN_WORDS = 3  # different German function words that make a passage German
MIN_PART = 6  # letters of a one-word form that may be a compound's part
MIN_MODIFIER = 3  # letters before a head
MIN_REST = 4  # letters after a modifier
NEGATIONS = frozenset({"nicht", "non", "anti"})


def is_german(folded: str) -> bool:
    """Whether a folded text (litmine.concepts.prefilter.fold) reads as German: at least MIN_GERMAN_WORDS different
    German function words.

    Example:
        >>> is_german("der dritte sektor und die wohlfahrtsverbande"), is_german("the third sector and the state")
        (True, False)
    """
    if " und " not in folded and " der " not in folded and " die " not in folded and " das " not in folded:
        return False
    return len(set(_GERMAN.findall(folded))) >= MIN_GERMAN_WORDS


def fold_word(word: str) -> str:
    """Lower case, accents and umlauts dropped, "ß" as "ss", no hyphens or apostrophes."""
    w = word.lower()
    if not w.isascii():
        w = w.replace("ß", "ss")
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w.translate(_JOINERS)


@cache
def stem(word: str) -> str:
    """A German word's stem: CISTEM, case-insensitive, on the folded word.

    Example:
        >>> [stem(w) for w in ("aktivierende", "aktivierenden", "Aktivierender", "Netzwerken", "Netzwerks")]
        ['aktivier', 'aktivier', 'aktivier', 'netzwerk', 'netzwerk']
        >>> [stem(w) for w in ("Sektor", "Sektors", "Partnerschaften", "Alleinerzieherinnen", "Alleinerzieher")]
        ['sektor', 'sektor', 'partnerschaf', 'alleinerzieh', 'alleinerzieh']
    """
    w = fold_word(word)
    if not w.isalpha():
        return w
    if len(w) > 8 and w.endswith("innen"):
        w = w[:-5]
    elif len(w) > 7 and w.endswith("erin"):
        w = w[:-2]
    w = w.replace("sch", "$").replace("ei", "%").replace("ie", "&")
    w = re.sub(r"(.)\1", r"\1*", w)
    while len(w) > 3:
        if len(w) > 5 and (w.endswith("em") or w.endswith("er") or w.endswith("nd")):
            w = w[:-2]
        elif w[-1] in "tesn":
            w = w[:-1]
        else:
            break
    w = re.sub(r"(.)\*", r"\1\1", w)
    return w.replace("%", "ei").replace("&", "ie").replace("$", "sch")


def part_key(phrase: str) -> str:
    """A compound part as a key: "*" and the head's stem ("*partnerschaft" -> "*partnerschaf"), or the folded
    modifier and "*" ("Sanktions*" -> "sanktions*")."""
    if phrase.startswith("*"):
        return "*" + stem(phrase[1:])
    return fold_word(phrase[:-1]) + "*"


def has_part(key: str, token: str) -> bool:
    """Whether a token is a compound with the part `key` (part_key): the head with a modifier of MIN_MODIFIER
    letters or more, or the modifier with MIN_REST letters or more after it.

    Example:
        >>> has_part(part_key("*partnerschaft"), "Sicherheitspartnerschaften"), has_part("sanktions*", "Sanktionen")
        (True, False)
    """
    folded = fold_word(token)
    if key.startswith("*"):
        s = stem(folded)
        return s.endswith(key[1:]) and len(s) - len(key) + 1 >= MIN_MODIFIER
    return folded.startswith(key[:-1]) and len(folded) - len(key) + 1 >= MIN_REST


@dataclass
class _Parts:
    """One concept kind's compound parts: heads by stem, modifiers by folded form, and one-word exclusions."""

    heads: dict[str, list[int]] = field(default_factory=dict)  # head stem -> match keys
    modifiers: dict[str, list[int]] = field(default_factory=dict)  # folded modifier -> match keys
    excluded: dict[int, tuple[int, list[str]]] = field(default_factory=dict)  # key -> (exclusion key, words)


class GermanPhrases:
    """A lexicon's phrases on German stems and its compound parts, matched in the tokens of a German passage.

    `key(concept, kind)` gives the match key the ConceptMatcher uses for a concept's "pattern", "ambiguous" or
    "exclude" matches; `words(phrase)` the phrase's tokens as the matcher tokenises it.
    """

    def __init__(self, concepts: Iterable, key: Callable[[str, str], int], words: Callable[[str], list[str]]):
        self._phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first stem -> (stems, key)
        self._pairs: dict[str, dict[str, list[int]]] = {}  # two-word phrases: first stem -> second stem -> keys
        self.parts = _Parts()
        self.stems: list[list[str]] = []  # every phrase and part as its stems (for the prefilter)
        self._tokens: dict[str, list[tuple[int, int, int]]] = {}  # folded token -> compound matches (key, _, _)
        for c in concepts:
            self._add_concept(c, key, words)
        self._head_lengths = sorted({len(h) for h in self.parts.heads}, reverse=True)
        self._modifier_lengths = sorted({len(m) for m in self.parts.modifiers}, reverse=True)

    def _add_concept(self, c, key: Callable[[str, str], int], words: Callable[[str], list[str]]) -> None:
        ambiguous = set(c.ambiguous)
        exclude_key = key(c.id, "exclude") if c.exclude else None
        one_word_exclusions = [fold_word(e) for e in c.exclude if "*" not in e and len(words(e)) == 1]
        for phrase in dict.fromkeys([*c.patterns, *c.exact]):
            k = key(c.id, "ambiguous" if phrase in ambiguous else "pattern")
            if exclude_key is not None and one_word_exclusions:
                self.parts.excluded[k] = (exclude_key, one_word_exclusions)
            if "*" in phrase:
                self._add_part(phrase, k)
                continue
            tokens = words(phrase)
            self._add_phrase(tokens, k)
            if len(tokens) == 1 and phrase not in ambiguous and len(fold_word(tokens[0])) >= MIN_PART:
                self._add_part("*" + tokens[0], k)
                self._add_part(tokens[0] + "*", k)
        for phrase in c.exclude:
            if "*" not in phrase and exclude_key is not None:
                self._add_phrase(words(phrase), exclude_key)

    def _add_phrase(self, tokens: list[str], k: int) -> None:
        stems = tuple(stem(t) for t in tokens)
        if stems:
            self._phrases.setdefault(stems[0], []).append((stems, k))
            self.stems.append(list(stems))
        if len(stems) == 2:
            self._pairs.setdefault(stems[0], {}).setdefault(stems[1], []).append(k)

    def _add_part(self, phrase: str, k: int) -> None:
        part = fold_word(phrase.replace("*", ""))
        if not part.isalpha():
            return
        if phrase.startswith("*"):
            self.parts.heads.setdefault(stem(part), []).append(k)
            self.stems.append([stem(part)])
        else:
            self.parts.modifiers.setdefault(part, []).append(k)
            self.stems.append([part])

    def matches(self, texts: list[str], stems: list[str]) -> list[tuple[int, int, int]]:
        """(key, token start, token end) of every phrase on the stems and every compound part in the tokens."""
        out: list[tuple[int, int, int]] = []
        phrases = self._phrases
        for i, s in enumerate(stems):
            for words, k in phrases.get(s, ()):
                n = len(words)
                if n == 1 or tuple(stems[i:i + n]) == words:
                    out.append((k, i, i + n))
            if len(s) >= MIN_PART and s.isalpha():
                token = texts[i]
                found = self._tokens.get(token)
                if found is None:
                    found = self._tokens[token] = self._compound(token)
                out += [(k, i, i + 1) for k in found]
        return list(dict.fromkeys(out))

    def may_share(self, stems: list[str]) -> bool:
        """Whether a text's stems hold the first word of a two-word phrase (shared_modifiers can find nothing
        otherwise)."""
        return not self._pairs.keys().isdisjoint(stems)

    def shared_modifiers(self, texts: list[str], stems: list[str]) -> list[tuple[int, int, int]]:
        """(key, token start, token end) of each two-word phrase whose adjective opens a list of nouns and whose
        noun ends it, at that last noun ("gemeinnützige Betriebe, Verwaltungen und Vereine": "Vereine" as
        "gemeinnützige Vereine"). `texts`: the tokens as written (German capitalises nouns, not adjectives).

        Example:
            >>> p = GermanPhrases([], lambda c, k: 0, str.split)
            >>> p._add_phrase(["gemeinnützige", "Vereine"], 7)
            >>> t = "die gemeinnützige Betriebe , Verwaltungen und Vereine".split()
            >>> p.shared_modifiers(t, [stem(w) for w in t])
            [(7, 6, 7)]
        """
        out: list[tuple[int, int, int]] = []
        for i, s in enumerate(stems):
            pairs = self._pairs.get(s)
            if pairs is None or not texts[i][:1].islower():
                continue
            last = _list_end(texts, i + 1)
            if last is not None:
                out += [(k, last, last + 1) for k in pairs.get(stems[last], ())]
        return out

    def _compound(self, token: str) -> list[int]:
        """The keys a token matches as a compound (by a head or a modifier), an exclusion's key in place of a key
        whose concept excludes a word inside it."""
        folded = fold_word(token)
        keys = self._heads_in(folded) + self._modifiers_in(folded)
        out = []
        for k in dict.fromkeys(keys):
            excluded = self.parts.excluded.get(k)
            if excluded is not None and any(x in folded for x in excluded[1]):
                out.append(excluded[0])
            else:
                out.append(k)
        return out

    def _heads_in(self, folded: str) -> list[int]:
        s = stem(folded)
        out: list[int] = []
        for n in self._head_lengths:
            modifier = len(s) - n
            if modifier >= MIN_MODIFIER and s[modifier:] in self.parts.heads and s[:modifier] not in NEGATIONS:
                out += self.parts.heads[s[modifier:]]
        return out

    def _modifiers_in(self, folded: str) -> list[int]:
        out: list[int] = []
        for n in self._modifier_lengths:
            if len(folded) - n >= MIN_REST and folded[:n] in self.parts.modifiers:
                out += self.parts.modifiers[folded[:n]]
        return out


_LIST_JOINERS = frozenset({"und", "oder", "sowie"})
MAX_LIST = 4  # nouns before the last one


def _noun(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _list_end(texts: list[str], j: int) -> int | None:
    """The index of the last noun of a list of capitalised nouns starting at token j ("Betriebe , Verwaltungen und
    Vereine"), or None when no such list of two or more nouns starts there."""
    n, items = len(texts), 0
    if j >= n or not _noun(texts[j]):
        return None
    j += 1
    while items < MAX_LIST and j + 1 < n and texts[j] == "," and _noun(texts[j + 1]):
        j, items = j + 2, items + 1
    if j + 1 < n and texts[j] in _LIST_JOINERS and _noun(texts[j + 1]):
        return j + 1
    return None
