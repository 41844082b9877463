"""The corpus a topic model is trained on: one token list per document (or passage) of the store.

The pipeline, the same for training (`build_topic_corpus`) and for a new text (`tokenize_for_topics`):

1. Text passages only: headings, abstracts, body text, captions and footnotes (footnotes that hold references
   were made reference entries at ingest); reference lists and passages in other languages are left out unless
   asked for. A passage whose language is unknown is kept.
2. Each concept mention becomes one token, the concept's id ("co-production"); the words inside it are not
   tokens of their own. In-text callouts ("(Lindsay et al., 2015: 152)", "Sørensen and Torfing (2011)") are
   dropped, so authors' surnames do not become topic words.
3. spaCy's blank English tokenizer; words joined by hyphens are one token ("well-being", "street-level"); lower
   case. Lemmas come from spaCy's lookup table (spacy-lookups-data, the table of its "lookup" lemmatizer), looked
   up in lower case because the table is case-sensitive ("Services" opening a sentence would stay as it is), with
   corrections kept in data/stopwords.yaml ("data" is not "datum", "number" not "numb"). Words ending in "-ing"
   keep their form: the table makes each one a verb, and "housing", "training", "funding" and "building" are
   topics. Inside phrases and hyphenated words only plurals are made singular ("local_authority",
   "decision-maker") and other forms stay as written ("approved_document", "evidence-based"): there they are
   mostly adjectives the table would make verbs. The tokenizer sees each distinct whitespace-free chunk once per
   process (topics/tokens.py), not each passage: the same tokens as a Doc per passage, for a fraction of the CPU.
4. Kept: words of letters only (any script) with 3 letters or more, not in spaCy's English stop list nor in the
   field's boilerplate list (data/stopwords.yaml: "et al", "ibid", "pp", "doi", "journal", "figure"...).
   Numbers, roman list numbers ("iii"), links, DOIs, e-mail addresses and words mixing letters and digits are
   dropped.
5. Phrases: gensim Phrases, bigrams then trigrams, learnt over runs of adjacent words (punctuation, stop words,
   numbers, callouts and concept tokens end a run; "of", "and", "the"... may sit inside a phrase, as gensim's
   connector words, so "quality_of_life" can form), NPMI scoring (bounded, so one threshold suits small and
   large corpora) with threshold 0.5 and at least 5 occurrences. Concept tokens are never part of a phrase.

Everything is deterministic: the same store and options give the same tokens, run after run.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from litmine.citations.intext import callout_spans
from litmine.errors import LitmineError
from litmine.topics.collector import collector_paused
from litmine.topics.pieces import _CONCEPT, _ITEM, _WORD, PiecesCache, cache_head, piece_key, run_words
from litmine.topics.tokens import _BREAK, _CONNECTOR, Chunks, join_hyphenated, packed_of_text, pieces_of_text

# Bump when the pipeline changes the tokens it gives, so a saved model is not fed tokens made another way.
PIPELINE_VERSION = 2  # 2: a phrase of one word repeated counts as the word
TEXT_KINDS = ("heading", "abstract", "body", "caption", "footnote")
LANGUAGES = ("en",)  # the passage languages a topic corpus keeps by default (and passages of unknown language)
# gensim's ENGLISH_CONNECTOR_WORDS (gensim.models.phrases), the words a phrase may hold inside: the same set
# (tests/topics/test_ingest_pieces.py), written here so that making pieces needs no gensim (0.6 s and 58 MB to
# import in each ingest worker)
CONNECTOR_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
                             "without"})
MIN_LETTERS = 3
MIN_PASSAGE_TOKENS = 20
WINDOW_TOKENS = 200  # a window unit: consecutive passages of one document joined until it holds this many tokens
AUTO_DOCUMENT_TOKENS = 2 * WINDOW_TOKENS  # unit "auto": document units when the median document is this short
PARALLEL_PASSAGES = 20000  # from this many passages on, tokenizing is shared among worker processes
CHUNK_PASSAGES = 2000
KEPT_BATCH = 5000  # fingerprint rows hashed this many at a time
PHRASE_SCORING = "npmi"
PHRASE_THRESHOLD = 0.5
PHRASE_MIN_COUNT = 5
STOPWORDS_FILE = Path(__file__).resolve().parent / "data" / "stopwords.yaml"
# Links, DOIs and e-mail addresses: dropped whole, as the tokenizer would leave pieces of them that look like words
_LINKS = re.compile(r"(?:https?://|www\.)\S+|\b10\.\d{4,9}/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_ROMAN = re.compile(r"^x{0,3}(?:ix|iv|v?i{0,3})$")  # list numbering: "iii", "xiv" (not "mix", "civil")
_DEFINES = re.compile(r"[\s(\[]*\Z")  # what stands between a concept and the acronym it defines


@dataclass
class TopicCorpus:
    """What a topic model is trained on.

    units: one dict per unit: {"doc_id", "passage_id" (None for document units; a window's first passage),
        "year", "title"}; window units also carry "passage_ids", the passages joined in order.
    tokens: one token list per unit, in the order of units.
    concept_terms: token -> lexicon concept id, for the tokens that stand for a concept mention.
    phrases: the frozen gensim phrase models (bigrams, then trigrams) as a tuple, or None; `tokenize_for_topics`
        needs them to tokenize a new text the same way.
    options: the preprocessing options (JSON-ready); fingerprint: SHA-256 over every passage used (document id,
        passage index, a hash of its text and of its mentions), the options and the stop list.
    """

    units: list[dict]
    tokens: list[list[str]]
    concept_terms: dict[str, str]
    phrases: object | None
    options: dict
    fingerprint: str


class _Words:
    """Turns one token's text into a topic word, a connector, or a break; built once per process."""

    def __init__(self) -> None:
        import spacy
        from spacy.lang.en.stop_words import STOP_WORDS

        nlp = spacy.blank("en")
        try:
            self.table = lemma_table()
        except (ValueError, OSError, KeyError) as exc:
            raise LitmineError(f"spaCy's English lemma table is missing ({exc}); pip install spacy-lookups-data"
                               ) from None
        # only the tokens' texts are read: no lexical attributes (shape, like_num, ...) made for each new word the
        # tokenizer meets (about a fifth of tokenizing chunks not seen before; the same tokens)
        nlp.vocab.lex_attr_getters = {}
        self.tokenizer = nlp.tokenizer
        data, self.data_hash = load_stopwords()
        self.stop = frozenset(w.lower() for w in STOP_WORDS) | data["stopwords"]
        self.lemmas = data["lemmas"]
        self.connectors = CONNECTOR_WORDS
        self.cache: dict[str, object] = {}
        self.finals: dict[str, str] = {}
        self.chunks = Chunks(self.tokenizer, self.classify)  # each whitespace-free chunk tokenized once
        # what a passage's pieces depend on besides its text and mentions (the key of the store's cache)
        self.cache_prefix = json.dumps([PIPELINE_VERSION, self.data_hash, spacy.__version__, _lookups_version(),
                                        pieces_code_hash()])

    def lemma(self, word: str) -> str:
        if word.endswith("ing"):
            return word
        return self.lemmas.get(word) or self.table.get(word, word)

    def light(self, word: str) -> str:
        """The form a word has inside a phrase: plurals made singular, every other form as written."""
        return self.lemma(word) if word.endswith("s") else word

    def final(self, token: str) -> str:
        """A token's final form: single words fully lemmatised; phrases and hyphenated words as they are. The same
        form is the same string object every time (a corpus holds each distinct token once, not per occurrence)."""
        found = self.finals.get(token)
        if found is None:
            found = self.finals[token] = token if "_" in token or "-" in token else self.lemma(token)
        return found

    def classify(self, text: str) -> object:
        """A token's text as a word in phrase form (see `light`), _CONNECTOR or _BREAK."""
        lower = text.lower()
        found = self.cache.get(lower, self)
        if found is not self:
            return found
        result: object = _BREAK
        if lower in self.connectors:
            result = _CONNECTOR
        else:
            *head, last = lower.split("-")
            if last.isalpha() and all(p.isalpha() for p in head) and len(lower) - len(head) >= MIN_LETTERS:
                # hyphenated words keep their last part unless it is a plural: it is mostly an adjective
                # ("evidence-based", "skills-led", "self-employed") that the table would make a verb
                word = "-".join([*head, self.light(last)]) if head else self.light(lower)
                final = self.final(word)
                if not ({lower, word, final} & self.stop) and sum(c.isalpha() for c in final) >= MIN_LETTERS \
                        and not _ROMAN.match(lower):
                    result = word
        self.cache[lower] = result
        return result


# the code a passage's pieces are made by (callouts dropped, tokens classified, runs packed): part of the pieces'
# cache key, so pieces stored by ingest or an earlier topic run under other code are made again
PIECES_CODE = ("topics/preprocess.py", "topics/tokens.py", "topics/pieces.py", "citations/intext.py",
               "citations/intext_words.py")


def pieces_code_hash(files: Sequence[str] = PIECES_CODE) -> str:
    """sha256 over the source of the modules that make a passage's pieces (paths under litmine/); "" when a source
    cannot be read (an install without sources: the versions in the key still hold).

    Example:
        >>> len(pieces_code_hash())
        64
    """
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    try:
        for name in files:
            digest.update((root / name).read_bytes())
    except OSError:
        return ""
    return digest.hexdigest()


def lemma_table() -> dict[str, str]:
    """The lemma table of spaCy's "lookup" lemmatizer for English (spacy-lookups-data's lemma_lookup), as the plain
    dict it is saved as: the table `spacy.lookups.load_lookups` loads for the lemmatizer, which turns it into a
    spaCy Table (keys hashed one by one, 0.06 s, for lookups that give the same lemmas: tests/topics) and which a
    pipeline with the lemmatizer needs spaCy's config machinery to build. Raises ValueError (catalogue's
    RegistryError: spacy-lookups-data missing), KeyError or OSError when it cannot be read."""
    from spacy.util import load_language_data, registry

    return load_language_data(registry.lookups.get("en")["lemma_lookup"])


def _lookups_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spacy-lookups-data")
    except PackageNotFoundError:
        return ""


_WORDS: _Words | None = None


def _words() -> _Words:
    global _WORDS
    if _WORDS is None:
        _WORDS = _Words()
    return _WORDS


def build_words() -> None:
    """Build this process's words (spaCy's tokenizer and lemma table, the stop list) now: ingest does before its
    worker processes start, so that they inherit them (ingest/workers.py warm_words)."""
    _words()


def words_built() -> bool:
    return _WORDS is not None


def release_words() -> None:
    """Let go of this process's words and their caches (built again when next needed)."""
    global _WORDS
    _WORDS = None


def load_stopwords(path: str | Path = STOPWORDS_FILE) -> tuple[dict, str]:
    """The field's boilerplate stop words and lemma corrections, and a hash of the file.

    Returns ({"stopwords": frozenset of words, "lemmas": {word: lemma}}, sha256 hex of the file's bytes).

    Example:
        >>> data, digest = load_stopwords()
        >>> "ibid" in data["stopwords"], data["lemmas"]["data"]
        (True, 'data')
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LitmineError(f"{path}: cannot read the topic stop list ({exc})") from None
    groups = data.get("stopwords") or {}
    words = [w for group in (groups.values() if isinstance(groups, dict) else [groups]) for w in group or []]
    lemmas = {str(k).lower(): str(v).lower() for k, v in (data.get("lemmas") or {}).items()}
    return {"stopwords": frozenset(str(w).lower() for w in words), "lemmas": lemmas}, hashlib.sha256(raw).hexdigest()


def _spans(text: str, mentions: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
    """Concept mentions (concept id), callouts and links (None), sorted; mentions win over what overlaps them."""
    found = sorted((int(s), int(e), str(c)) for s, e, c in mentions if e > s)
    spans: list[tuple[int, int, str | None]] = []
    for s, e, c in found:
        if spans and spans[-1][2] == c and s >= spans[-1][1] and _DEFINES.match(text, spans[-1][1], s):
            spans[-1] = (spans[-1][0], e, c)  # "New Public Management (NPM)" is one mention, not two
        elif not spans or s >= spans[-1][1]:
            spans.append((s, e, c))
    dropped = [*callout_spans(text), *_links(text)]
    for s, e in dropped:
        if e > s and not any(s < b and a < e for a, b, _ in spans):
            spans.append((s, e, None))
    spans.sort(key=lambda x: (x[0], x[1]))
    return spans


def _links(text: str) -> list[tuple[int, int]]:
    """The spans of links, DOIs and e-mail addresses (_LINKS); the pattern is not run over a text that holds none
    of what each of its forms must hold ("://", "www.", "10.", "@"): about half the cost of a passage's spans."""
    if "@" in text or "10." in text or "://" in text or "www." in text.lower():
        return [m.span() for m in _LINKS.finditer(text)]
    return []


def _pieces(text: str, mentions: Iterable[tuple[int, int, str]], words: _Words) -> list[str | list]:
    """A text as runs of words (lists, connectors included) and concept tokens (strings), in order; the same as
    `_pieces_by_doc` of spaCy's Doc of the text, made chunk by chunk (topics/tokens.py)."""
    return pieces_of_text(text, _spans(text, mentions), words.chunks)


def _packed(text: str, mentions: Iterable[tuple[int, int, str]], words: _Words) -> str:
    """`pack(_pieces(text, mentions, words))`, made without a list of pieces where it can (tokens.packed_of_text)."""
    return packed_of_text(text, _spans(text, mentions), words.chunks)


def _pieces_by_doc(text: str, doc, mentions: Iterable[tuple[int, int, str]], words: _Words) -> list[str | list]:
    """`_pieces` made from spaCy's Doc of the whole text, token by token: the reference the chunk-by-chunk path is
    checked against (tests, benchmarks/topic_tokens.py)."""
    spans = _spans(text, mentions)
    pieces: list[str | list] = []
    run: list = []
    k = 0
    for tok, start, end in join_hyphenated(doc):
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] < end:  # the token overlaps a mention or a callout
            s, e, concept = spans[k]
            if run:
                pieces.append(run)
                run = []
            if concept is not None:
                pieces.append(concept)
                spans[k] = (s, e, None)  # one token per mention, however many words it spans
            continue
        word = words.classify(tok)
        if word is _BREAK:
            if run:
                pieces.append(run)
                run = []
        elif word is _CONNECTOR:
            if run:  # a run never starts with a connector
                run.append(tok.lower())
        else:
            run.append(word)
    if run:
        pieces.append(run)
    return pieces


def _phrase_tables(phrases: Sequence | None) -> list[tuple]:
    """Each phrase model with its `_grams` (None for another kind of model), looked up once for many passages."""
    return [(m, _grams(m) if hasattr(m, "phrasegrams") else None) for m in phrases or ()]


def _assemble(pieces: list[str | list], phrases: Sequence | None, words: _Words,
              tables: list[tuple] | None = None) -> list[str]:
    """A passage's tokens from its pieces: phrases joined, connectors dropped, words in their final form.
    `tables`: `_phrase_tables(phrases)`, when the caller has it. A corpus build assembles its passages with
    `_assemble_packed`."""
    tokens: list[str] = []
    if tables is None:
        tables = _phrase_tables(phrases)
    for piece in pieces:
        if isinstance(piece, str):
            tokens.append(words.finals.setdefault("\0" + piece, piece))  # a concept token, held once
        else:
            _add_finals(tokens, _phrase_run(piece, tables), words)
    return tokens


def _assemble_packed(packed: str, words: _Words, tables: list[tuple], memo: dict[str, list[str]]) -> list[str]:
    """`_assemble` of a passage's packed pieces (`pieces.pack`) with the phrase `tables`, read from the packed
    string. `memo`: the tokens of runs already made in this build, by the run's packed text (a run's tokens depend
    on its words alone), filled up to MEMO_RUNS runs: a run made before (most are) is neither split into words
    nor looked up word by word again. The same tokens as `_assemble(unpack(packed), ...)`."""
    tokens: list[str] = []
    if not packed:
        return tokens
    finals = words.finals
    for item in packed.split(_ITEM):
        if item[:1] == _CONCEPT:
            tokens.append(finals.setdefault("\0" + item[1:], item[1:]))  # a concept token, held once
            continue
        found = memo.get(item)
        if found is None:
            found = []
            _add_finals(found, _phrase_run(item.split(_WORD), tables), words)
            if len(memo) < MEMO_RUNS:
                memo[item] = found
        tokens.extend(found)
    return tokens


def _phrase_run(piece: list[str], tables: list[tuple]) -> list[str]:
    """A run with each phrase model of `tables` applied in turn."""
    for model, grams in tables:
        if grams is None or not (len(piece) < 2 or grams[1].isdisjoint(piece)):  # else apply_phrases keeps it
            piece = apply_phrases(model, piece, grams)
    return piece


def _add_finals(tokens: list[str], piece: list[str], words: _Words) -> None:
    """The run's words but connectors in their final form (`_Words.final`, its table read here first)."""
    finals, connectors = words.finals, words.connectors
    for t in piece:
        if t in connectors:
            continue
        # a "phrase" of one word repeated ("versiononline_versiononline") is a running head or banner printed
        # twice, not language: it counts as the word once
        if "_" in t and _repeated(t):
            t = t.split("_", 1)[0]
        found = finals.get(t)
        tokens.append(found if found is not None else words.final(t))


_GRAMS: dict[int, tuple[object, frozenset[str], frozenset[str], str]] = {}


def _grams(model) -> tuple[frozenset[str], frozenset[str], str]:
    """A frozen phrase model's phrases that pass its threshold, the tokens they may start with, its delimiter."""
    found = _GRAMS.get(id(model))
    if found is None or found[0] is not model:
        keep = frozenset(g for g, score in model.phrasegrams.items() if score > model.threshold)
        parts = [g.split(model.delimiter) for g in keep]  # every way a phrase may start: "a" and "a_b" of "a_b_c"
        firsts = frozenset(model.delimiter.join(p[:i]) for p in parts for i in range(1, len(p)))
        found = _GRAMS[id(model)] = (model, keep, firsts, model.delimiter)
    return found[1], found[2], found[3]


def apply_phrases(model, run: list[str], grams: tuple | None = None) -> list[str]:
    """`model[run]` of a frozen gensim phrase model, the same tokens (gensim's analyze_sentence: a word, the
    connectors after it and the next word are joined when the joined phrase scores above the threshold), about
    faster: a run with no token some phrase starts with is returned as it is, and only such a token is tried as a
    phrase's start.

    Example:
        >>> from gensim.models.phrases import Phrases
        >>> runs = [["universal", "credit", "of", "claim"]] * 6
        >>> model = Phrases(runs, min_count=1, threshold=0.1, scoring="npmi").freeze()
        >>> apply_phrases(model, ["universal", "credit", "rise"]) == model[["universal", "credit", "rise"]]
        True
    """
    if grams is None:
        if not hasattr(model, "phrasegrams"):  # another kind of phrase model
            return model[run]
        grams = _grams(model)
    grams, firsts, _ = grams
    if len(run) < 2 or firsts.isdisjoint(run):
        return list(run)
    delimiter, connectors = model.delimiter, model.connector_words
    out: list[str] = []
    start, between = None, []
    for word in run:
        if word in connectors:
            if start:
                between.append(word)
            else:
                out.append(word)
            continue
        if start:
            if start in firsts:
                phrase = delimiter.join([start, *between, word])
                if phrase in grams:
                    out.append(phrase)
                    start, between = None, []
                    continue
            out.append(start)
            out.extend(between)
        start, between = word, []
    if start:
        out.append(start)
        out.extend(between)
    return out


def _repeated(token: str) -> bool:
    parts = token.split("_")
    return len(parts) > 1 and len(set(parts)) == 1


MEMO_RUNS = 300_000  # runs whose tokens one corpus build keeps for the same run again (`_assemble_packed`)
PHRASE_SAMPLE_TOKENS = 2_000_000  # phrases are learnt from at most about this many words, evenly spread
PHRASE_MAX_VOCAB = 40_000_000  # gensim Phrases' max_vocab_size (its default): more keys are pruned as it counts


def _phrase_sample(packed: list[str]) -> tuple[dict[str, int], int]:
    """The runs phrases are learnt from: all of them, or for a large corpus every n-th passage's, so time and
    memory stay bounded (frequent phrases are frequent in any even sample), as {a distinct run's packed text: how
    many times it occurs there} in the order first met (most runs repeat: each is split into words and phrased once);
    and that n (1: all of them). packed: every passage's pieces, packed (topics/pieces.py)."""
    total = sum(map(run_words, packed))
    step = max(1, -(-total // PHRASE_SAMPLE_TOKENS))
    runs: dict[str, int] = {}
    get = runs.get
    for s in packed[::step]:
        if s:
            for item in s.split(_ITEM):
                if item[:1] != _CONCEPT:
                    runs[item] = get(item, 0) + 1
    return runs, step


def _fit_phrases(sample: dict[str, int], connectors: frozenset[str], packed: Sequence[str] = (),
                 step: int = 1) -> tuple[tuple, list[list[str]]]:
    """The phrase models (bigrams, then trigrams and 4-grams of two bigrams over the bigrammed runs), learnt from
    the sample's runs as `_phrase_sample` gives them, and each of those runs with both applied, in that order
    (what `_phrase_run` would make of them again). packed and step: what the sample was drawn from, read again
    only where gensim's own counting is needed (see `_learn_phrases`)."""
    held: dict[str, str] = {}
    runs = [[held.setdefault(w, w) for w in item.split(_WORD)] for item in sample]
    times = list(sample.values())

    def order() -> list[int]:  # each sampled run's place among the distinct runs, in the sample's order
        index = {item: i for i, item in enumerate(sample)}
        return [index[item] for s in itertools.islice(packed, 0, None, step) if s for item in s.split(_ITEM)
                if item[:1] != _CONCEPT]

    models = []
    for _ in range(2):
        model = _learn_phrases(runs, times, connectors, order).freeze()
        models.append(model)
        runs = _phrase_runs(model, runs)
    return tuple(models), runs


def _learn_phrases(runs: list[list[str]], times: list[int], connectors: frozenset[str],
                   order: Callable[[], list[int]] | None = None):
    """`Phrases` (the module's settings) learnt from runs[i] occurring times[i] times each, in that order: gensim's
    own counts of the runs one after another (the same vocabulary in the same order, a key first met in the run
    first met there; the same counts and word count, so the same phrases and scores), each run counted once,
    weighted. The phrase sample's runs repeat (on the 1,000-document scale corpus 114 thousand distinct runs of 621
    thousand, a quarter of the words; development). Where gensim's vocabulary could be pruned (more keys than
    PHRASE_MAX_VOCAB), which depends on the order of the runs, gensim counts every run itself in the order
    `order()` gives (indexes into runs; without it each run's repeats one after another)."""
    import time

    from gensim.models.phrases import Phrases

    settings = {"min_count": PHRASE_MIN_COUNT, "threshold": PHRASE_THRESHOLD, "scoring": PHRASE_SCORING,
                "connector_words": connectors, "max_vocab_size": PHRASE_MAX_VOCAB}
    start = time.time()
    model = Phrases(None, **settings)
    words = sum(len(run) * n for run, n in zip(runs, times))
    if 2 * words > model.max_vocab_size:  # gensim's counting prunes rare keys past that size
        seq = order() if order is not None else [i for i, n in enumerate(times) for _ in range(n)]
        return Phrases((runs[i] for i in seq), **settings)
    model.vocab = _phrase_vocab(runs, times, connectors, model.delimiter)
    model.corpus_word_count = words
    model.add_lifecycle_event("created", msg=f"built {model} in {time.time() - start:.2f}s")
    return model


def _phrase_vocab(runs: list[list[str]], times: list[int], connectors: frozenset[str],
                  delimiter: str) -> dict[str, int]:
    """gensim Phrases._learn_vocab's counts (each word, and each word with the connectors and word after it
    joined) of runs[i] occurring times[i] times, in order."""
    vocab: dict[str, int] = {}
    get = vocab.get
    for run, n in zip(runs, times):
        start, between = None, []
        for word in run:
            if word not in connectors:
                vocab[word] = get(word, 0) + n
                if start is not None:
                    joined = delimiter.join([start, *between, word])
                    vocab[joined] = get(joined, 0) + n
                start, between = word, []
            elif start is not None:
                between.append(word)
    return vocab


def _phrase_runs(model, runs: list[list[str]]) -> list[list[str]]:
    """apply_phrases of a frozen phrase model on each run; a run with no token a phrase starts with stays as it
    is."""
    grams = _grams(model)
    firsts = grams[1]
    return [r if len(r) < 2 or firsts.isdisjoint(r) else apply_phrases(model, r, grams) for r in runs]


def _options(unit: str, languages: Sequence[str] | None, references: bool, phrases: bool) -> dict:
    return {"pipeline": PIPELINE_VERSION, "unit": unit, "languages": None if languages is None else sorted(languages),
            "references": references, "kinds": list(TEXT_KINDS) + (["reference"] if references else []),
            "phrases": phrases, "phrase_scoring": PHRASE_SCORING, "phrase_threshold": PHRASE_THRESHOLD,
            "phrase_min_count": PHRASE_MIN_COUNT, "phrase_sample_tokens": PHRASE_SAMPLE_TOKENS,
            "min_letters": MIN_LETTERS,
            "min_passage_tokens": MIN_PASSAGE_TOKENS}


def _check_options(options: dict | None) -> None:
    version = (options or {}).get("pipeline", PIPELINE_VERSION)
    if version != PIPELINE_VERSION:
        raise LitmineError(f"the topic model was built with preprocessing version {version}, this litmine has "
                           f"{PIPELINE_VERSION}: train it again")


def _pieces_of(items: list[tuple[str, tuple]]) -> list[str]:
    """Each passage's pieces packed into one string (`pieces.pack`): a worker sends back one string per passage,
    not lists of words."""
    words = _words()
    return [_packed(text, ms, words) for text, ms in items]


def _all_pieces(chunks: Iterable[list[tuple[str, tuple]]], *, jobs: int | None) -> list[str]:
    """Every passage's pieces, in order, chunk by chunk, each packed into one string as it is made; from
    PARALLEL_PASSAGES passages on, chunks go to worker processes (a few in flight at a time, so texts are not all
    held at once; the same result, sooner)."""
    from litmine.config import default_jobs

    jobs = jobs or default_jobs()
    out: list[str] = []
    it = iter(chunks)
    head: list[list[tuple[str, tuple]]] = []
    for chunk in it:  # small corpora stay in this process
        head.append(chunk)
        if len(head) * CHUNK_PASSAGES >= PARALLEL_PASSAGES:
            break
    if jobs <= 1 or len(head) * CHUNK_PASSAGES < PARALLEL_PASSAGES:
        for chunk in head + list(it):
            out.extend(_pieces_of(chunk))
        return out
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = []
        for chunk in itertools.chain(head, it):
            pending.append(pool.submit(_pieces_of, chunk))
            if len(pending) > 2 * jobs:
                out.extend(pending.pop(0).result())
        for fut in pending:
            out.extend(fut.result())
    return out


def ingest_pieces(passages: Iterable) -> list[tuple[int, str, str]]:
    """The topic pieces ingest stores for a document as its worker reads it: (passage index, cache key as hex,
    packed pieces) of each passage a topic corpus keeps by default (TEXT_KINDS, LANGUAGES or unknown language),
    made as if the passage held no concept mention. The writer stores those of the passages that have none (98 %
    or more of them), under the key `build_topic_corpus` computes for them (pieces.piece_key), so the first topic
    run reads them instead of tokenizing; a passage with mentions, or of another kind or language, is made there.

    Example:
        >>> from litmine.models import Passage
        >>> from litmine.topics.pieces import unpack
        >>> [(i, len(k), unpack(p)) for i, k, p in ingest_pieces([Passage(index=3, kind="body", language="en",
        ...     text="Street-level bureaucracy (Lipsky, 1980) matters.")])]
        [(3, 64, [['street-level', 'bureaucracy'], ['matter']])]
    """
    words = _words()
    head = cache_head(words.cache_prefix)
    kept = [p for p in passages if p.kind in TEXT_KINDS and (p.language is None or p.language in LANGUAGES)]
    out = []
    with words.chunks.ahead_of([p.text for p in kept]):  # a new document's chunks tokenized together
        for p in kept:
            digest = hashlib.sha256(p.text.encode()).hexdigest()
            out.append((p.index, piece_key(head, digest, ()).hex(), _packed(p.text, (), words)))
    return out


UNITS = ("auto", "document", "window", "passage")


def choose_unit(document_tokens: Sequence[int]) -> str:
    """The unit "auto" stands for: "document" when the median document (with any token) has at most
    AUTO_DOCUMENT_TOKENS topic tokens, else "window".

    A topic model describes each unit as one mixture of topics; a 10,000-word paper or a 200-page report is many
    mixtures, and topics fitted on whole long documents tend to be one topic per document and unstable across
    seeds, while abstracts and briefs are too short to cut.

    Example:
        >>> choose_unit([120, 300, 90]), choose_unit([5000, 12000, 300])
        ('document', 'window')
    """
    lengths = sorted(n for n in document_tokens if n > 0)
    if not lengths:
        return "document"
    return "document" if lengths[len(lengths) // 2] <= AUTO_DOCUMENT_TOKENS else "window"


def _windows(passages: list[tuple[int, list[str]]]) -> list[tuple[list[int], list[str]]]:
    """Consecutive passages (id, tokens) of one document joined into windows of at least WINDOW_TOKENS tokens; a
    tail shorter than half a window joins the window before it. Passages without tokens join no window.

    Example:
        >>> [(ids, len(t)) for ids, t in _windows([(1, ["a"] * 150), (2, ["b"] * 80), (3, ["c"] * 60)])]
        [([1, 2, 3], 290)]
    """
    out: list[tuple[list[int], list[str]]] = []
    ids: list[int] = []
    toks: list[str] = []
    for pid, words in passages:
        if not words:
            continue
        ids.append(pid)
        toks.extend(words)
        if len(toks) >= WINDOW_TOKENS:
            out.append((ids, toks))
            ids, toks = [], []
    if toks:
        if out and len(toks) < WINDOW_TOKENS // 2:
            out[-1][0].extend(ids)
            out[-1][1].extend(toks)
        else:
            out.append((ids, toks))
    return out


@collector_paused
def build_topic_corpus(store, *, unit: Literal["auto", "document", "window", "passage"] = "document",
                       languages: Sequence[str] | None = LANGUAGES, references: bool = False,
                       phrases: bool = True, jobs: int | None = None) -> TopicCorpus:
    """Token lists for a topic model from the store's passages and concept mentions (see the module's notes).

    Args:
        store: the Store; its concept mentions should be up to date (`ensure_mentions`).
        unit: "document" (a document's kept passages in order), "window" (consecutive passages of a document
            joined until a window holds WINDOW_TOKENS tokens; a short tail joins the window before it),
            "passage" (each passage; passages with fewer than 20 tokens are left out) or "auto": documents when
            the median document has at most AUTO_DOCUMENT_TOKENS tokens (abstracts, briefs), else windows, so
            that long papers and reports are not one mixture each (see `choose_unit`). Units with no token
            at all are left out.
        languages: passage languages kept (passages of unknown language always are); None keeps every language.
        references: keep reference entries (and their concept mentions) too.
        phrases: join frequent bigrams and trigrams ("universal_credit").
        jobs: worker processes for tokenizing a large corpus (default: all cores); the result does not depend on it.

    Example:
        >>> from litmine.store import Store
        >>> build_topic_corpus(Store(":memory:")).units
        []
    """
    if unit not in UNITS:
        raise LitmineError(f"unknown topic unit {unit!r}: use {', '.join(UNITS)}")
    if isinstance(languages, str):
        languages = (languages,)
    options = _options(unit, languages, references, phrases)
    words = _words()
    mentions: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for m in store.iter_mentions():
        mentions[m.passage_id].append((m.start, m.end, m.concept))
    # the passages kept (ids, documents, the fingerprint's rows); their texts are read in chunks and let go
    kept = _Kept(mentions)
    wanted = None if languages is None else set(languages)
    cache = PiecesCache(store, words.cache_prefix)
    made = _all_pieces(_kept_chunks(store, set(options["kinds"]), wanted, mentions, kept, cache), jobs=jobs)
    pieces = cache.merge(made)
    models, tables = None, []
    memo: dict[str, list[str]] = {}  # a run's packed text -> its tokens (_assemble_packed)
    if phrases:
        sample, step = _phrase_sample(pieces)
        models, runs = _fit_phrases(sample, words.connectors, pieces, step)
        tables = _phrase_tables(models)
        # the sample's runs are phrased already: their tokens made from that, not phrased a second time
        for item, run in zip(itertools.islice(sample, MEMO_RUNS), runs):
            memo[item] = found = []
            _add_finals(found, run, words)
        del sample, runs
    per_passage: list[list[str]] = []
    for i, ps in enumerate(pieces):
        pieces[i] = None  # each passage's pieces let go once assembled
        per_passage.append(_assemble_packed(ps, words, tables, memo))
    del pieces, memo

    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, doc_id in enumerate(kept.docs):
        by_doc[doc_id].append(i)
    docs = [(d, by_doc.get(d.id, [])) for d in store.iter_documents(with_text=False)]
    if unit == "auto":
        unit = choose_unit([sum(len(per_passage[i]) for i in idx) for _, idx in docs])
    units, tokens = _make_units(docs, unit, per_passage, kept)
    options["unit"] = unit
    concepts = {c["id"] for c in store.concept_rows()} | {c for ms in mentions.values() for _, _, c in ms}
    concept_terms = {t: t for toks in tokens for t in toks if t in concepts}
    return TopicCorpus(units=units, tokens=tokens, concept_terms=dict(sorted(concept_terms.items())),
                       phrases=models, options=options, fingerprint=kept.fingerprint(options, words.data_hash))


class _Kept:
    """The passages a topic corpus keeps, compactly: their ids, their documents' ids (one string per document), and
    the fingerprint's sha256 over the JSON of [rows, options, stop-list hash], its rows (doc id, index, text hash,
    sorted mentions) hashed as they come: the store gives passages by document and index, the rows' sorted order
    (SQLite's binary text order is Python's), so the same hash as of the whole list sorted and dumped at once."""

    def __init__(self, mentions: dict[int, list[tuple[int, int, str]]]) -> None:
        from array import array

        self.pids = array("q")
        self.docs: list[str] = []
        self.mentions = mentions
        self.hash = hashlib.sha256(b"[[")
        self.doc: str | None = None  # the last row's document, its index, and the document's id in JSON
        self.index = 0
        self.doc_json = ""
        self.rows: list[str] = []  # rows not hashed yet, in JSON (hashed KEPT_BATCH at a time: one call is cheaper)
        self.hashed = 0

    def add(self, pid: int, doc_id: str, idx: int, digest: str) -> None:
        """A kept passage: its id, its document's id, its index there, the sha256 hex digest of its text."""
        if doc_id == self.doc:
            doc_id = self.doc  # one string per document
            if idx <= self.index:
                self._out_of_order(doc_id, idx)
        else:
            if self.doc is not None and doc_id < self.doc:
                self._out_of_order(doc_id, idx)
            self.doc, self.doc_json = doc_id, json.dumps(doc_id, ensure_ascii=False)
        found = self.mentions.get(pid)
        # json.dumps of [doc_id, idx, digest, sorted mentions], written here (an int and a hex digest as they are)
        self.rows.append(f'[{self.doc_json}, {idx}, "{digest}", '
                         f'{json.dumps(sorted(found), ensure_ascii=False) if found else "[]"}]')
        if len(self.rows) >= KEPT_BATCH:
            self._hash_rows()
        self.pids.append(pid)
        self.docs.append(doc_id)
        self.index = idx

    @staticmethod
    def _out_of_order(doc_id: str, idx: int) -> None:
        raise LitmineError(f"passages out of order at {doc_id} #{idx}: the topic corpus needs them by document and "
                           f"index")

    def _hash_rows(self) -> None:
        if self.rows:  # "[a, b]" of a list dumped whole is its rows' dumps joined by ", "
            self.hash.update(((", " if self.hashed else "") + ", ".join(self.rows)).encode())
            self.hashed += len(self.rows)
            self.rows = []

    def fingerprint(self, options: dict, data_hash: str) -> str:
        self._hash_rows()
        tail = f"], {json.dumps(options, ensure_ascii=False, sort_keys=True)}, {json.dumps(data_hash)}]"
        self.hash.update(tail.encode())
        return self.hash.hexdigest()


def _kept_chunks(store, kinds: set[str], wanted: set[str] | None, mentions: dict[int, list[tuple[int, int, str]]],
                 kept: _Kept, cache: PiecesCache) -> Iterator[list[tuple[str, tuple]]]:
    """The passages of the wanted kinds and languages (unknown language always kept) whose pieces the cache lacks,
    as chunks of (text, its mentions) of CHUNK_PASSAGES passages; each kept passage's (id, doc id, index, text
    hash) is added to kept as it is read, in the store's order (by document and index), and told to the cache."""
    chunk: list[tuple[str, tuple]] = []
    for pid, doc_id, idx, kind, language, text in store.iter_passage_texts():
        if kind not in kinds or not (wanted is None or language is None or language in wanted):
            continue
        digest = hashlib.sha256(text.encode()).hexdigest()
        kept.add(pid, doc_id, idx, digest)
        found = tuple(mentions.get(pid, ()))
        if cache.has(pid, digest, found):
            continue
        chunk.append((text, found))
        if len(chunk) >= CHUNK_PASSAGES:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _make_units(docs: list, unit: str, per_passage: list[list[str]],
                kept: _Kept) -> tuple[list[dict], list[list[str]]]:
    """The units of a topic corpus and their tokens, document by document: a document's tokens in one unit, each
    passage of at least MIN_PASSAGE_TOKENS tokens, or windows of consecutive passages (see `build_topic_corpus`).
    docs holds (Document, indexes into per_passage and kept of its passages)."""
    units: list[dict] = []
    tokens: list[list[str]] = []
    for d, idx in docs:
        base = {"doc_id": d.id, "year": d.year, "title": d.title}
        if unit == "document":
            toks = [t for i in idx for t in per_passage[i]]
            if toks:
                units.append({**base, "passage_id": None})
                tokens.append(toks)
            _let_go(per_passage, idx)
        elif unit == "passage":
            for i in idx:
                if len(per_passage[i]) >= MIN_PASSAGE_TOKENS:
                    units.append({**base, "passage_id": kept.pids[i]})
                    tokens.append(per_passage[i])
        else:
            for pids, toks in _windows([(kept.pids[i], per_passage[i]) for i in idx]):
                units.append({**base, "passage_id": pids[0], "passage_ids": pids})
                tokens.append(toks)
            _let_go(per_passage, idx)
    return units, tokens


def _let_go(per_passage: list, idx: list[int]) -> None:
    """Drop the passages' token lists once a document's units hold copies of them."""
    for i in idx:
        per_passage[i] = []


def tokenize_for_topics(text: str, *, mentions: Sequence[tuple[int, int, str]] = (), phrases=None,
                        options: dict | None = None) -> list[str]:
    """One text's tokens, made the way `build_topic_corpus` makes a unit's (for the topic mix of a new file).

    Args:
        text: the text (a document's text passages joined, or one passage).
        mentions: concept mentions in it as (start, end, concept id), offsets into text.
        phrases: the corpus's phrase models (`TopicCorpus.phrases`), or None for no phrases.
        options: the corpus's options (`TopicCorpus.options`); a model built by another version of the pipeline
            is refused.

    Example:
        >>> tokenize_for_topics("Employment services were produced with users (Kerr et al., 2012).",
        ...                     mentions=[(42, 47, "service-users")])
        ['employment', 'service', 'produce', 'service-users']
    """
    _check_options(options)
    words = _words()
    if phrases is not None and not isinstance(phrases, (tuple, list)):
        phrases = (phrases,)
    return _assemble(_pieces(text, mentions, words), phrases, words)
