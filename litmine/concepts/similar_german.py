"""German variants and neighbours of a concept from the corpus, for `litmine terms --like CONCEPT --language de`.

German writes the field's words in case forms ("des Dritten Sektors", "den freien Trägern"), in compounds
("Sicherheitspartnerschaften", "Kooperationsdichte", "Trägerlandschaft") and with umlauts folded or not, so the
English suggestions (similar.py: the concept's English patterns, English multi-word terms) find nothing in German
passages. Here the concept's German forms are its patterns (the lexicon's `translations` among them), compared on German stems
(litmine.concepts.german.stem: CISTEM on the folded word), and four kinds of suggestion come from the German text
passages:

- **forms seen**: every way the corpus writes a form, by its stems (so "freie Träger", "freien Trägern", "der
  freien Träger" are one form), and the compounds the matcher already reads as a form (a one-word form of
  german.MIN_PART letters or more that is not ambiguous, as a compound's head or modifier; a "*" part);
- **compounds**: words holding a form's word or a head word of a form (the last word of a German multi-word form:
  "Träger" of "freie Träger") as a compound's part that the matcher does not read as a form ("Kooperationsdichte"
  of the ambiguous "Kooperation", "Trägerlandschaft"): candidates for a `*` part or a form of their own;
- **phrases**: an adjective and a noun ("kommunale Träger", "gemeinnützige Einrichtungen") where the noun ends or
  the adjective opens a two-word form and the pair is no form, counted by stems, shown in their commonest spelling,
  ranked by their uses in passages that hold a form or a word of the sense (its cues, form cues, partner words;
  `score`), those with none left out ("freie Zeit" beside "freie Träger");
- **neighbours**: words used like the concept, by Word2Vec on a large corpus or sentence co-occurrence (Dunning's
  G²) on a small one, as similar.py does, each form's occurrence being one token; German function words
  (spaCy's German stop list) and words under five letters are left out.

Every suggestion is a candidate for a reader to judge against the concept's definition: a form that names
something else in most of its uses belongs among `ambiguous` with cues, or nowhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from litmine.concepts.german import MIN_MODIFIER, MIN_PART, MIN_REST, fold_word, has_part, stem
from litmine.concepts.similar import (
    CONCEPT_TOKEN,
    MIN_MENTIONS,
    LikeResult,
    Suggestion,
    _find_sample,
    _sample,
    _sentences,
    rank_neighbours,
    sense_masked_documents,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litmine.concepts.terms import DocumentText
    from litmine.models import Concept
    from litmine.store import Store

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MIN_NEIGHBOUR = 5  # letters of a neighbour word
MIN_MENTIONS_DE = 100  # German forms' occurrences for word vectors (inflection and compounds spread a word thin)
_ENDINGS = frozenset({"", "e", "en", "n", "s", "es", "er", "ern", "se", "sen"})
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tat", "ismus", "tum")


@dataclass
class GermanForms:
    """A concept's German forms on stems: phrases (tuples of stems), compound heads (stems) and modifiers (folded
    starts) the matcher reads, the words whose compounds are worth showing (`parts`, folded one-word forms and "*"
    parts), the nouns that end multi-word forms and the words that open two-word ones (`nouns`, `adjectives`,
    stems: "Träger" and "frei" of "freie Träger"), the one-word exclusions (`excluded`, folded) and the sense's
    vocabulary (`context`, stems of its cues, form cues and partner words)."""

    phrases: set[tuple[str, ...]] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    modifiers: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)
    excluded: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    longest: int = 1
    _seen: dict = field(default_factory=dict, repr=False)  # (test, token) -> answer: corpora repeat their words

    def phrase_at(self, stems: list[str], i: int) -> int:
        """How many tokens from i make a form (the longest), 0 if none."""
        for n in range(min(self.longest, len(stems) - i), 0, -1):
            if tuple(stems[i:i + n]) in self.phrases:
                return n
        return 0

    def compound(self, token: str) -> bool:
        """Whether the matcher reads the token as a compound of a form (head or modifier, german.py's rules)."""
        key = ("compound", token)
        if key not in self._seen:
            self._seen[key] = self._compound(token)
        return self._seen[key]

    def _compound(self, token: str) -> bool:
        return (any(has_part("*" + h, token) for h in self.heads)
                or any(has_part(m + "*", token) for m in self.modifiers))

    def excluded_word(self, token: str) -> bool:
        """Whether the token holds a one-word exclusion ("Eingliederungsmanagements"): no form seen."""
        folded = fold_word(token)
        return any(x in folded for x in self.excluded)

    def part_of(self, token: str) -> bool:
        """Whether the token is a compound holding a one-word form or "*" part: as its head after a modifier of
        MIN_MODIFIER letters or more, with an inflection ending at most ("Sicherheitsnetzwerke"), or as its
        modifier followed by a linking "s" or a hyphen, or ending in a noun suffix, with MIN_REST letters after it
        ("Kooperationsdichte", "Vereinsmitglied"; not "Vereinbarung", "vereinzelt")."""
        key = ("part", token)
        if key not in self._seen:
            self._seen[key] = self._part_of(token)
        return self._seen[key]

    def _part_of(self, token: str) -> bool:
        if self.excluded_word(token):
            return False
        folded = fold_word(token)
        for p in self.parts:
            at = folded.rfind(p)
            if at >= MIN_MODIFIER and folded[at + len(p):] in _ENDINGS:
                return True
            rest = folded[len(p):]
            if folded.startswith(p) and len(rest) >= MIN_REST and (
                    rest.startswith("s") or p.endswith(_NOUN_SUFFIXES) or token[len(p):len(p) + 1] == "-"):
                return True
        return False


def german_forms(concept: Concept) -> GermanForms:
    """The concept's German forms (its patterns, translations among them: lexicon.py merges them) on German stems.

    Example:
        >>> from litmine.models import Concept
        >>> f = german_forms(Concept(id="x", label="X", patterns=["freie Träger", "*partnerschaft", "Netzwerk"],
        ...                          ambiguous=["Netzwerk"]))
        >>> sorted(f.phrases), sorted(f.heads), sorted(f.parts), sorted(f.nouns)
        ([('frei', 'trag'), ('netzwerk',)], ['partnerschaf'], ['netzwerk', 'partnerschaft'], ['trag'])
        >>> f.part_of("Sicherheitsnetzwerke"), f.part_of("Netzwerkkontakte"), f.part_of("Netzwerk-Kontakte")
        (True, False, True)
    """
    out = GermanForms()
    ambiguous = {a.lower() for a in concept.ambiguous}
    out.excluded = {fold_word(x) for x in concept.exclude if " " not in x.strip() and "*" not in x}
    vocabulary = [*concept.cues, *(w for ws in concept.form_cues.values() for w in ws)]
    vocabulary += [w for ws in (concept.partners or {}).get("groups", {}).values() for w in ws]
    out.context = {stem(w) for w in vocabulary if " " not in w and "*" not in w and len(w) >= MIN_NEIGHBOUR}
    for phrase in concept.patterns:  # the lexicon's translations are among them
        low = phrase.lower().strip()
        if low.startswith("*") or low.endswith("*"):  # a compound part
            word = low.strip("*")
            (out.heads if low.startswith("*") else out.modifiers).add(stem(word) if low.startswith("*")
                                                                      else fold_word(word))
            out.parts.add(fold_word(word))
            continue
        words = low.split()
        stems = tuple(stem(w) for w in words)
        if not all(stems):
            continue
        out.phrases.add(stems)
        out.longest = max(out.longest, len(stems))
        if len(words) > 1:
            out.nouns.add(stems[-1])
            if len(words) == 2:
                out.adjectives.add(stems[0])
        elif len(fold_word(low)) >= MIN_PART:
            out.parts.add(fold_word(low))
            if low not in ambiguous:
                out.heads.add(stems[0])
                out.modifiers.add(fold_word(low))
    return out


@dataclass
class _Counts:
    """Occurrences of one kind of suggestion: by key, how often, in which documents, a spelling and a sample."""

    freq: Counter = field(default_factory=Counter)
    docs: dict = field(default_factory=dict)
    spellings: dict = field(default_factory=dict)
    samples: dict = field(default_factory=dict)
    context: Counter = field(default_factory=Counter)  # occurrences in passages holding the sense's words

    def add(self, key, spelling: str, doc_n: int, text: str, start: int, end: int) -> None:
        self.freq[key] += 1
        self.docs.setdefault(key, set()).add(doc_n)
        self.spellings.setdefault(key, Counter())[spelling] += 1
        self.samples.setdefault(key, _sample(text, start, end))

    def suggestions(self, kind: str, min_freq: int, top: int | None, in_context: bool = False) -> list[Suggestion]:
        """Best first: by frequency, or with in_context by occurrences beside the sense's words (those with none
        left out), each with that count as its score."""
        def order(kv):
            return (-self.context[kv[0]] if in_context else 0, -kv[1], self.spellings[kv[0]].most_common(1)[0][0])

        out = [Suggestion(self.spellings[k].most_common(1)[0][0], kind, n, len(self.docs[k]),
                          self.context[k] if in_context else None, self.samples[k])
               for k, n in sorted(self.freq.items(), key=order)
               if n >= min_freq and (self.context[k] or not in_context)]
        return out if top is None else out[:top]


def _scan(documents: list[DocumentText], forms: GermanForms) -> tuple[_Counts, _Counts, _Counts]:
    """Forms seen, compounds and adjective-noun phrases over the passages."""
    seen, compounds, phrases = _Counts(), _Counts(), _Counts()
    for doc_n, (_doc, _year, passages) in enumerate(documents):
        for text, _spans in passages:
            matches = list(_WORD.finditer(text))
            stems = [stem(m.group()) for m in matches]
            in_context = bool(forms.context.intersection(stems)) or any(
                forms.phrase_at(stems, j) or forms.compound(m.group()) for j, m in enumerate(matches))
            i = 0
            while i < len(matches):
                n = forms.phrase_at(stems, i) or (1 if forms.compound(matches[i].group()) else 0)
                if n and not forms.excluded_word(matches[i].group()):
                    start, end = matches[i].start(), matches[i + n - 1].end()
                    spelling = " ".join(text[start:end].split())
                    seen.add(spelling.lower(), spelling.lower(), doc_n, text, start, end)
                    i += n
                    continue
                word = matches[i].group()
                if forms.part_of(word):
                    compounds.add(stem(word), word, doc_n, text, matches[i].start(), matches[i].end())
                if i and _phrase(forms, stems, matches, i):
                    start = matches[i - 1].start()
                    phrases.add((stems[i - 1], stems[i]), text[start:matches[i].end()], doc_n, text, start,
                                matches[i].end())
                    phrases.context[(stems[i - 1], stems[i])] += in_context
                i += 1
    return seen, compounds, phrases


def _phrase(forms: GermanForms, stems: list[str], matches: list, i: int) -> bool:
    """Whether tokens i-1, i are a lower-case adjective and a capitalised noun of which one is a two-word form's
    word in its place ("gemeinnützige Einrichtungen" beside "gemeinnützige Vereine", "kommunale Träger" beside
    "freie Träger")."""
    adjective, noun = matches[i - 1].group(), matches[i].group()
    if not (noun[:1].isupper() and adjective.islower() and len(adjective) >= MIN_NEIGHBOUR and not _stop(adjective)):
        return False
    return stems[i] in forms.nouns or stems[i - 1] in forms.adjectives


def _stop(word: str) -> bool:
    from spacy.lang.de.stop_words import STOP_WORDS

    return word.lower() in STOP_WORDS


def _tokens(documents: list[DocumentText], forms: GermanForms) -> tuple[list[list[str]], int, int, dict]:
    """The sentences as lower-case words with each form's occurrence one CONCEPT_TOKEN; words, mentions, and the
    documents each word occurs in."""
    tokenized, mentions, words_total = [], 0, 0
    word_docs: dict[str, set[int]] = {}
    for doc_n, sentence in _sentences(documents):
        words = _WORD.findall(sentence)
        words_total += len(words)
        stems = [stem(w) for w in words]
        out, i = [], 0
        while i < len(words):
            n = forms.phrase_at(stems, i) or (1 if forms.compound(words[i]) else 0)
            out.append(CONCEPT_TOKEN if n else words[i].lower())
            mentions += bool(n)
            i += n or 1
        tokenized.append(out)
        for w in set(out):
            word_docs.setdefault(w, set()).add(doc_n)
    return tokenized, mentions, words_total, word_docs


def suggest_like_german(documents: Iterable[DocumentText], concept: Concept, *, top: int = 15, min_freq: int = 2,
                        seed: int = 1) -> LikeResult:
    """Forms seen, compounds, phrases and neighbours of `concept` in German passages, best first within each kind.

    Args:
        documents: (doc id, year, [(passage text, sentence spans), ...]) per document, German passages.
        concept: the concept (similar.find_concept).
        top: how many compounds, phrases and neighbours at most (each).
        min_freq: fewest occurrences of a suggestion.
        seed: Word2Vec's random seed.

    Example:
        >>> from litmine.models import Concept
        >>> c = Concept(id="x", label="X", patterns=["freie Träger", "Kooperation"], ambiguous=["Kooperation"])
        >>> docs = [("d", 2020, [("Die freien Träger und die Kooperationsdichte der kommunalen Träger.", [])] * 2)]
        >>> [(s.kind, s.phrase) for s in suggest_like_german(docs, c).suggestions]
        [('form', 'freien träger'), ('compound', 'Kooperationsdichte'), ('phrase', 'kommunalen Träger')]
    """
    documents = list(documents)
    forms = german_forms(concept)
    seen, compounds, phrases = _scan(documents, forms)
    tokenized, mentions, words_total, word_docs = _tokens(documents, forms)
    suggestions = seen.suggestions("form", 1, None)
    suggestions += compounds.suggestions("compound", min_freq, top)
    # phrases ranked by their uses in passages holding a form or the sense's words (cues, partners)
    suggestions += phrases.suggestions("phrase", min_freq, top, in_context=True)
    method, note, ranked = rank_neighbours(tokenized, words_total, mentions, seed, min_freq,
                                           need_mentions=max(MIN_MENTIONS, MIN_MENTIONS_DE), where="German passages; ")
    counts = Counter(w for s in tokenized for w in s)
    taken = {s.phrase.lower() for s in suggestions}
    neighbours = 0
    for word, score in ranked:
        if neighbours >= top:
            break
        if (word == CONCEPT_TOKEN or counts[word] < min_freq or len(word) < MIN_NEIGHBOUR or _stop(word)
                or word in taken):
            continue
        suggestions.append(Suggestion(word, "neighbour", counts[word], len(word_docs.get(word, ())),
                                      round(score, 3), _find_sample(documents, word)))
        neighbours += 1
    return LikeResult(concept.id, concept.label, words_total, mentions, method, note, suggestions)


def corpus_like_german(store: Store, concept: Concept, *, top: int = 15, min_freq: int = 2) -> LikeResult:
    """suggest_like_german over the store's German text passages, the concept's rejected candidates blanked out
    (similar.sense_masked_documents).

    Example:
        >>> result = corpus_like_german(Store("outputs/litmine.db"), find_concept(load_lexicon(), "third-sector"))
        ... # doctest: +SKIP
    """
    return suggest_like_german(sense_masked_documents(store, concept, languages=("de",)), concept, top=top,
                               min_freq=min_freq)
