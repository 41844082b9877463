"""Variants and neighbours of a concept from the corpus itself, for `litmine terms --like CONCEPT`.

Three kinds of suggestion, all from the stored English text passages:

- **forms seen**: surface forms of the concept's patterns as the corpus writes them (case, hyphen, spacing,
  spelling, plural), which the matcher already finds;
- **phrases**: candidate terms (see terms.py: 2 to 5 words, thresholds applied) that hold one of the concept's head
  words (the last word of a pattern or the label) and are not yet patterns;
- **neighbours**: words used like the concept. Each mention of a pattern becomes one token, a gensim Word2Vec model
  is trained on the passages at run time (offline, one worker, fixed seed, so a run is repeatable) and the words
  nearest the concept's token by cosine are listed. Word vectors need text: below MIN_WORDS words of training text
  or MIN_MENTIONS mentions the corpus is called too small to trust and neighbours fall back to sentence
  co-occurrence (words sharing a sentence with the concept at least 3 times and more often than chance, ranked by
  Dunning's log-likelihood ratio G², which weighs association against frequency).

Candidates the matcher set aside as another sense of the concept (stored rejections) are blanked out first, so a
builder's "contractor" is neither a form seen nor a context of Contracting-out.

The result prints as a YAML `patterns:` block with counts and a sample context per line, ready to paste into a
lexicon file after review.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from litmine.concepts.terms import (
    TEXT_KINDS,
    DocumentText,
    TermOptions,
    _kind,
    extract_terms,
    load_term_documents,
    term_key,
)
from litmine.errors import LitmineError
from litmine.models import Concept

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litmine.store import Store

MIN_WORDS = 50_000
MIN_MENTIONS = 20
CONCEPT_TOKEN = "__concept__"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


@dataclass
class Suggestion:
    """One suggested pattern: the phrase, how it was found, its corpus counts and a sample context."""

    phrase: str
    kind: str  # "form", "phrase" or "neighbour"
    freq: int
    docs: int
    score: float | None = None
    sample: str = ""


@dataclass
class LikeResult:
    """Suggestions for one concept and how the neighbours were found."""

    concept: str
    label: str
    words: int
    mentions: int
    method: str  # "word2vec" or "co-occurrence"
    note: str
    suggestions: list[Suggestion] = field(default_factory=list)


def find_concept(concepts: Iterable[Concept], name: str) -> Concept:
    """The lexicon concept named by id or label (case-insensitive), or a one-off concept whose pattern is `name`.

    Example:
        >>> find_concept([], "peer support").patterns
        ['peer support']
    """
    low = name.strip().lower()
    for c in concepts:
        if c.id.lower() == low or c.label.lower() == low:
            return c
    if not low:
        raise LitmineError("--like needs a concept id, label or phrase")
    return Concept(id=re.sub(r"[^a-z0-9]+", "-", low).strip("-") or "concept", label=name.strip(), patterns=[low])


def _phrases(concept: Concept) -> list[list[str]]:
    """The concept's patterns and label as word lists (lower case, hyphens as in the text)."""
    out = []
    for phrase in [*concept.patterns, concept.label]:
        words = _WORD.findall(phrase.lower())
        if words and words not in out:
            out.append(words)
    return out


def _heads(concept: Concept) -> set[str]:
    """Keys of the words a phrase about the concept holds: each one-word pattern ("partnership", "co-production")
    and the head of a multi-word label, its last word unless that is an -ing form ("innovation" in "Social
    innovation", nothing from "Partnership working")."""
    heads = {term_key(words) for words in _phrases(concept) if len(words) == 1}
    label = _WORD.findall(concept.label.lower())
    if len(label) > 1 and not label[-1].endswith("ing") and _kind(label[-1].split("-")[-1]) == 2:
        heads.add(term_key(label[-1]))
    return heads


def _squash(text: str) -> str:
    return _NOT_LETTER.sub("", text.lower())


def _near(documents: list[DocumentText], concept: Concept) -> list[DocumentText]:
    """The passages that may hold a phrase with the concept: their letters hold the first letters of a pattern
    or of the label's head (a superset, cheap to find; C-values are computed within these passages)."""
    label = _WORD.findall(concept.label.lower())
    probes = {_squash(" ".join(words))[:8] for words in _phrases(concept)} | {_squash(label[-1])[:8]}
    probes.discard("")
    out = []
    for doc_id, year, passages in documents:
        kept = [(t, sp) for t, sp in passages if any(p in _squash(t) for p in probes)]
        if kept:
            out.append((doc_id, year, kept))
    return out


def _sample(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"…{left}[{text[start:end]}]{right}…".split())


def _sentences(documents: list[DocumentText]) -> list[tuple[int, str]]:
    """(document number, sentence) over the corpus, split on the stored sentence spans or on punctuation."""
    out = []
    for n, (_doc, _year, passages) in enumerate(documents):
        for text, spans in passages:
            parts = [text[s:e] for s, e in spans] if spans else _SENTENCE.split(text)
            out.extend((n, p) for p in parts if p.strip())
    return out


def _keys(concept: Concept) -> dict[str, set[int]]:
    """The terms keys of the concept's patterns and label, and under "lengths" the word counts they come in."""
    keys: dict[str, set[int]] = {"lengths": set()}
    for words in _phrases(concept):
        keys.setdefault(term_key(words), set()).add(len(words))
        keys["lengths"].add(len(words))
    return keys


def _mark(words: list[str], keys: dict[str, set[int]], longest: int) -> tuple[list[str], int]:
    """The sentence's words with every pattern occurrence replaced by CONCEPT_TOKEN, and how many there were."""
    out, i, hits = [], 0, 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            if n in keys["lengths"] and term_key(words[i:i + n]) in keys:
                out.append(CONCEPT_TOKEN)
                hits += 1
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out, hits


def suggest_like(documents: Iterable[DocumentText], concept: Concept, *, top: int = 15, min_freq: int = 2,
                 seed: int = 1) -> LikeResult:
    """Forms, phrases and neighbours of `concept` in the corpus, best first within each kind.

    Args:
        documents: (doc id, year, [(passage text, sentence spans), ...]) per document (load_term_documents).
        concept: the concept (find_concept).
        top: how many phrases and how many neighbours at most.
        min_freq: fewest occurrences of a suggested phrase or neighbour.
        seed: Word2Vec's random seed.

    Example:
        >>> result = suggest_like(load_term_documents(store), find_concept(load_lexicon(), "co-production"))
        ... # doctest: +SKIP
    """
    documents = list(documents)
    sentences = _sentences(documents)
    keys = _keys(concept)
    longest = max(keys["lengths"])
    tokenized, mentions, words_total = [], 0, 0
    word_docs: dict[str, set[int]] = {}
    for doc_n, sentence in sentences:
        words = [w.lower() for w in _WORD.findall(sentence)]
        words_total += len(words)
        marked, hits = _mark(words, keys, longest)
        mentions += hits
        tokenized.append(marked)
        for w in set(marked):
            word_docs.setdefault(w, set()).add(doc_n)

    suggestions: list[Suggestion] = []
    suggestions += _forms_seen(documents, concept, keys, longest)
    suggestions += _head_phrases(documents, concept, keys, top, min_freq)
    method, note, ranked = rank_neighbours(tokenized, words_total, mentions, seed, min_freq)
    counts = Counter(w for s in tokenized for w in s)
    for word, score in ranked:
        if len(suggestions) and sum(s.kind == "neighbour" for s in suggestions) >= top:
            break
        if word == CONCEPT_TOKEN or counts[word] < min_freq or _kind(word) != 2 or term_key(word) in keys:
            continue
        suggestions.append(Suggestion(word, "neighbour", counts[word], len(word_docs.get(word, ())), round(score, 3),
                                      _find_sample(documents, word)))
    return LikeResult(concept.id, concept.label, words_total, mentions, method, note, suggestions)


def _forms_seen(documents: list[DocumentText], concept: Concept, keys: dict[str, set[int]],
                longest: int) -> list[Suggestion]:
    """Every way the corpus writes a pattern (by the terms key: case, hyphens, spacing, spelling, plural)."""
    freq: Counter = Counter()
    docs: dict[str, set[int]] = {}
    samples: dict[str, str] = {}
    for doc_n, (_doc, _year, passages) in enumerate(documents):
        for text, _spans in passages:
            matches = list(_WORD.finditer(text))
            lows = [m.group().lower() for m in matches]
            for i in range(len(lows)):
                for n in range(min(longest, len(lows) - i), 0, -1):
                    if n in keys["lengths"] and term_key(lows[i:i + n]) in keys:
                        start, end = matches[i].start(), matches[i + n - 1].end()
                        form = " ".join(text[start:end].split())
                        low = form.lower()
                        freq[low] += 1
                        docs.setdefault(low, set()).add(doc_n)
                        samples.setdefault(low, _sample(text, start, end))
                        break
    return [Suggestion(form, "form", n, len(docs[form]), None, samples[form])
            for form, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]


def _head_phrases(documents: list[DocumentText], concept: Concept, keys: dict[str, set[int]], top: int,
                  min_freq: int) -> list[Suggestion]:
    heads = _heads(concept)
    terms = extract_terms(_near(documents, concept), options=TermOptions(min_freq=min_freq, min_docs=1, top=None))
    out = []
    for t in terms:
        if t.key in keys:
            continue
        words = t.term.lower().split()
        spans = {term_key(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        spans |= {term_key(part) for w in words for part in w.split("-")}
        if spans & heads or any(k in keys for k in spans):
            out.append(Suggestion(t.term.lower(), "phrase", t.freq, t.docs, t.cvalue,
                                  _find_sample(documents, t.term)))
        if len(out) >= top:
            break
    return out


def _find_sample(documents: list[DocumentText], phrase: str) -> str:
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)", re.I)
    for _doc, _year, passages in documents:
        for text, _spans in passages:
            m = pattern.search(text)
            if m:
                return _sample(text, m.start(), m.end())
    return ""


def rank_neighbours(tokenized: list[list[str]], words_total: int, mentions: int, seed: int, min_freq: int, *,
                    need_mentions: int = MIN_MENTIONS, where: str = "") -> tuple[str, str, list]:
    """The words beside the concept's forms, ranked: by Word2Vec trained on this corpus when it is large enough
    (MIN_WORDS words and need_mentions mentions of the forms), else by sentence co-occurrence; with the method's
    name and a note that says which and why (where: what the corpus is, before the note)."""
    if words_total < MIN_WORDS or mentions < need_mentions:
        return ("co-occurrence", f"{where}too small to trust word vectors ({words_total:,} words, {mentions} mentions; "
                f"they need {MIN_WORDS:,} words and {MIN_MENTIONS} mentions): neighbours by sentence co-occurrence",
                _cooccurring(tokenized, min_freq))
    return ("word2vec", f"{where}neighbours by Word2Vec trained on this corpus ({words_total:,} words, {mentions} "
            f"mentions, seed {seed})", _word2vec(tokenized, seed))


def _cooccurring(sentences: list[list[str]], min_freq: int) -> list[tuple[str, float]]:
    """Words sharing a sentence with the concept more often than chance (>= 3 times), by Dunning's G²."""
    n = len(sentences) or 1
    df: Counter = Counter()
    joint: Counter = Counter()
    for s in sentences:
        types = set(s)
        df.update(types)
        if CONCEPT_TOKEN in types:
            joint.update(types)
    c = df[CONCEPT_TOKEN]
    if not c:
        return []
    scored = [(w, _g2(j, c, df[w], n)) for w, j in joint.items()
              if w != CONCEPT_TOKEN and j >= max(3, min_freq) and j * n > c * df[w]]
    return sorted(scored, key=lambda kv: (-kv[1], kv[0]))


def _g2(k11: int, row: int, col: int, n: int) -> float:
    """Dunning's log-likelihood ratio of a 2x2 table: k11 sentences with both, `row` with the concept, `col`
    with the word, n in all."""
    cells = [(k11, row * col), (row - k11, row * (n - col)), (col - k11, (n - row) * col),
             (n - row - col + k11, (n - row) * (n - col))]
    return 2 * sum(k * math.log(k * n / e) for k, e in cells if k > 0 and e > 0)


def _word2vec(sentences: list[list[str]], seed: int) -> list[tuple[str, float]]:
    from gensim.models import Word2Vec

    model = Word2Vec(sentences, vector_size=100, window=5, min_count=3, sg=1, negative=5, epochs=10,
                     workers=1, seed=seed)
    if CONCEPT_TOKEN not in model.wv:
        return []
    return model.wv.most_similar(CONCEPT_TOKEN, topn=200)


def corpus_like(store: Store, concept: Concept, *, top: int = 15, min_freq: int = 2) -> LikeResult:
    """suggest_like over the store's English text passages (German ones: similar_german.corpus_like_german).

    Example:
        >>> result = corpus_like(Store("outputs/litmine.db"), find_concept(load_lexicon(), "localism"))
        ... # doctest: +SKIP
    """
    return suggest_like(sense_masked_documents(store, concept), concept, top=top, min_freq=min_freq)


def corpus_language(store: Store) -> str:
    """The language `terms --like` reads by default: German where the store's German text passages outnumber its
    English ones (passages of no detected language count as English), else English.

    Example:
        >>> from litmine.store import Store
        >>> corpus_language(Store(":memory:"))
        'en'
    """
    counts = store.passage_languages(TEXT_KINDS)
    return "de" if counts.get("de", 0) > counts.get("en", 0) + counts.get(None, 0) else "en"


def sense_masked_documents(store: Store, concept: Concept,
                           languages: tuple[str | None, ...] = ("en", None)) -> Iterable[DocumentText]:
    """load_term_documents with the concept's rejected candidates (forms the matcher set aside as another sense,
    e.g. "contractor" of a builder) blanked out, so they count neither as forms seen nor as contexts of the concept.
    A blank is "; " padded with spaces to the same length, so sentence offsets stay right and no phrase runs
    across it. `languages`: the passages' detected languages to read (English and undetected by default).

    Example:
        >>> from litmine.store import Store
        >>> list(sense_masked_documents(Store(":memory:"), find_concept([], "x")))
        []
    """
    rejected: dict[int, list[tuple[int, int]]] = {}
    for r in store.rejection_rows():
        if r["concept"] == concept.id:
            rejected.setdefault(r["passage_id"], []).append((r["start"], r["end"]))
    if not rejected and set(languages) == {"en", None}:
        yield from load_term_documents(store)
        return
    years = {d.id: d.year for d in store.iter_documents(with_text=False)}
    passages = (p for p in store.iter_passages() if p.kind in TEXT_KINDS and p.language in languages)
    for doc_id, group in itertools.groupby(passages, key=lambda p: p.doc_id):
        out = []
        for p in group:
            text = p.text
            for start, end in rejected.get(p.id, ()):
                if 0 <= start < end <= len(text):
                    text = text[:start] + ";".ljust(end - start) + text[end:]
            out.append((text, p.sentences))
        yield doc_id, years.get(doc_id), out


def like_yaml(result: LikeResult) -> str:
    """The suggestions as a YAML `patterns:` block with one comment per line: kind, counts, score, a sample.
    Forms the matcher already finds are comment lines; phrases and neighbours are list items to keep or delete.

    Example:
        >>> r = LikeResult("localism", "Localism", 900, 4, "co-occurrence", "too small",
        ...                [Suggestion("new localism", "phrase", 3, 2, 4.75, "…the [new localism] of…")])
        >>> print(like_yaml(r).splitlines()[-1])
          - "new localism"  # phrase: freq 3, docs 2, score 4.75: …the [new localism] of…
    """
    lines = [f"# litmine terms --like {result.concept} ({result.label}): {result.words:,} words, "
             f"{result.mentions} mentions", f"# {result.note}"]
    forms = [s for s in result.suggestions if s.kind == "form"]
    if forms:
        lines.append("# forms seen (the matcher already finds these):")
        lines += [f"#   {json.dumps(s.phrase, ensure_ascii=False)}: freq {s.freq}, docs {s.docs}: {s.sample}"
                  for s in forms]
    else:
        lines.append("# forms seen: none (the concept does not occur in these passages)")
    lines.append("patterns:")
    rest = [s for s in result.suggestions if s.kind != "form"]
    for s in rest:
        score = f", score {s.score}" if s.score is not None else ""
        sample = f": {s.sample}" if s.sample else ""
        lines.append(f"  - {json.dumps(s.phrase, ensure_ascii=False)}  # {s.kind}: freq {s.freq}, docs {s.docs}"
                     f"{score}{sample}")
    if not rest:
        lines[-1] = "patterns: []  # nothing found above --min-freq"
    return "\n".join(lines) + "\n"
