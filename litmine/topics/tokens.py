"""A passage's topic pieces without a spaCy Doc per passage: the same pieces as tokenizing the whole passage.

spaCy's tokenizer cuts a text at whitespace first and tokenizes each whitespace-free chunk on its own (prefixes,
suffixes, infixes, special cases, URLs); a chunk's tokens never depend on the chunks around it (a special case
that spans tokens of two chunks would hold the whitespace between them, and no English special case holds
whitespace but the whitespace tokens themselves). What the topic pieces keep of a token (a word, a connector or a
break, `preprocess._Words.classify`), and the joining of words with hyphens, depend on the chunk alone too:
hyphenated words are joined only across tokens with no whitespace between them. So each distinct chunk is
tokenized and classified once per process, as (start, end, what it is) of its tokens relative to the chunk, and a
passage is its chunks looked up in turn: a passage of 1,000-document scale text has about 27 chunks and nearly all
of them were seen before. Chunks not seen yet are tokenized together, one Doc per passage, joined by single spaces.

A run of whitespace holding two line breaks or more is a break (a paragraph break in a text given whole), as
`join_hyphenated` makes of the whitespace token spaCy gives for it. Concept mentions, callouts and links (`spans`)
are laid over the tokens of the chunks they touch, token by token, as `preprocess._pieces_by_doc` does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from litmine.topics.pieces import _ITEM, _WORD, pack

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_CONNECTOR = object()  # a word phrases may hold inside ("of", "and"): dropped when no phrase takes it
_BREAK = None  # a token that ends a run of words (punctuation, stop word, number)
_SPLIT = re.compile(r"(\s+)")  # spaCy's whitespace is str.isspace, which is what \s matches in a str pattern
_KIND_BREAK, _KIND_CONNECTOR, _KIND_WORD = 0, 1, 2
# A mark spaCy's English splits off a word of letters as a token of its own, before it (_OPEN) or after it (_CLOSE):
# a chunk of a word with such marks is tokenized without spaCy (Chunks._marked) unless a special case is in play
# (checked over every letter of Unicode, tests/topics/test_tokens.py); "." and apostrophes are not among them
# (abbreviations, "'s")
_OPEN = frozenset('(["')
_CLOSE = frozenset(',;:)]"?!')
AHEAD_CHUNKS = 20_000  # chunks of the texts read ahead (`Chunks.ahead_of`) taken into one fill: a Doc of a few MB
CHUNK_CACHE = 100_000  # distinct chunks held per process, about 35 MiB with their fragments (emptied when full:
# bounded memory); the 1,000-document scale store has 79,299 distinct chunks in its topic passages
# A chunk's fragment (Chunks.frags): its items as the packed pieces write them (pieces.pack), a word after _WORD, a
# connector after _CONN, a break as _ITEM; a passage's fragments joined are its packed pieces once _RUN_HEAD has
# made each run start at its first word (connectors and further breaks before it dropped; see packed_of_text)
_CONN = "\x1c"  # neither a word, a connector nor a concept id holds it (pieces._CONCEPT is "\x1d")
_MARKS = (_ITEM, _CONN, _WORD)  # by kind: _KIND_BREAK, _KIND_CONNECTOR, _KIND_WORD
_RUN_HEAD = re.compile(f"{_ITEM}(?:{_CONN}[^{_CONN}{_ITEM}{_WORD}]*|{_ITEM})*{_WORD}?")


def join_hyphenated(doc) -> list[tuple[str, int, int]]:
    """(text, start, end) per token, with words joined by hyphens and no spaces made one token; a blank line
    (a paragraph break in a text given whole) becomes an empty token, which ends a run of words."""
    toks = [(t.text, t.idx, t.whitespace_) for t in doc]
    out = []
    i, n = 0, len(toks)
    while i < n:
        text, start, ws = toks[i]
        end = start + len(text)
        if text.isspace():
            if text.count("\n") > 1:
                out.append(("", start, end))
            i += 1
            continue
        if not ws and text.isalpha():
            while (i + 2 < n and not ws and toks[i + 1][0] in _HYPHENS and not toks[i + 1][2]
                   and toks[i + 2][0].isalpha()):
                text = f"{text}-{toks[i + 2][0]}"
                ws = toks[i + 2][2]
                end = toks[i + 2][1] + len(toks[i + 2][0])
                i += 2
        out.append((text, start, end))
        i += 1
    return out


class Chunks:
    """Each distinct whitespace-free chunk's tokens as (start, end, kind, value), relative to the chunk: kind
    _KIND_WORD (value: the word as `classify` gives it), _KIND_CONNECTOR (value: the token in lower case) or
    _KIND_BREAK (value None); a chunk that is one word whole is held as the word alone.

    Example:
        >>> import spacy
        >>> chunks = Chunks(spacy.blank("en").tokenizer, lambda t: t.lower() if t[0].isalpha() else None)
        >>> chunks.fill(["(well-being),", "Policy"])
        >>> chunks.cache["(well-being),"]
        ((0, 1, 0, None), (1, 11, 2, 'well-being'), (11, 12, 0, None), (12, 13, 0, None))
        >>> chunks.items(["Policy", "Dont"])
        ['policy', ((0, 2, 2, 'do'), (2, 4, 2, 'nt'))]
    """

    def __init__(self, tokenizer, classify: Callable[[str], object], limit: int = CHUNK_CACHE) -> None:
        self.tokenizer = tokenizer
        self.classify = classify
        self.limit = limit
        self.cache: dict[str, tuple] = {}
        self.frags: dict[str, str] = {}  # each cached chunk's fragment (see _CONN)
        self.ahead: Sequence[str] = ()  # texts whose chunks the next fill with a chunk to make takes in (`ahead_of`)

    @contextmanager
    def ahead_of(self, texts: Sequence[str]) -> Iterator[Chunks]:
        """Within it, the first `fill` that has a chunk to tokenize tokenizes the chunks of texts (a document's
        passages, looked up one by one next) not cached yet with it (AHEAD_CHUNKS of them or so; the next fill with a
        chunk to make takes the next texts): one Doc for a document read for the first time instead of one per
        passage. The same items: a chunk's tokens do not depend on the chunks tokenized with it."""
        self.ahead = texts
        try:
            yield self
        finally:
            self.ahead = ()

    def items(self, chunks: list[str]) -> list[tuple]:
        """The items of each chunk, in order (tokenizing those not cached yet)."""
        get = self.cache.get
        found = list(map(get, chunks))
        if None in found:
            self.fill(chunks)
            found = list(map(self.cache.__getitem__, chunks))
        return found

    def fill(self, chunks: list[str]) -> None:
        """Tokenize the chunks not cached yet: a chunk of letters only that is no special case of the tokenizer
        ("cannot", "Dont" are) is one token, as spaCy makes it (no prefix, suffix or infix rule of English takes
        a letter: checked over every letter of Unicode, tests/topics/test_tokens.py), and a word of letters with
        one of _OPEN before it or one of _CLOSE after it (or both) is those tokens (`_marked`); the others all in
        one Doc, joined by single spaces."""
        misses = list(dict.fromkeys(p for p in chunks if p and p not in self.cache))
        if not misses:
            return
        if self.ahead:  # the texts to come: their chunks made now too (`ahead_of`), AHEAD_CHUNKS or so at a time
            extra: list[str] = []
            taken = 0
            for taken, text in enumerate(self.ahead, 1):
                extra += text.split()
                if len(extra) >= AHEAD_CHUNKS:
                    break
            self.ahead = self.ahead[taken:]
            chunks = [*chunks, *extra]
            misses = list(dict.fromkeys(p for p in chunks if p and p not in self.cache))
        if len(self.cache) + len(misses) > self.limit:  # emptied, then every chunk of these is made again
            self.cache.clear()
            self.frags.clear()
            misses = list(dict.fromkeys(p for p in chunks if p))
        rules = self.tokenizer.rules
        rest = []
        for chunk in misses:
            if chunk.isalpha() and chunk not in rules:
                self._keep(chunk, [(0, len(chunk), *self._kind(chunk))])
            elif (items := self._marked(chunk, rules)) is not None:
                self._keep(chunk, items)
            else:
                rest.append(chunk)
        if rest:
            self._tokenize(rest)

    def _marked(self, chunk: str, rules) -> list[tuple] | None:
        """The items of a word of letters with one mark of _OPEN before it and/or one of _CLOSE after it: the marks
        and the word apart, as spaCy's affix splitting makes them when none of the strings it passes through (the
        chunk, the chunk less either mark, the word) is a special case; None for any other chunk."""
        lo = 1 if chunk[0] in _OPEN else 0
        hi = len(chunk) - 1 if chunk[-1] in _CLOSE else len(chunk)
        word = chunk[lo:hi]
        if (not lo and hi == len(chunk)) or not word.isalpha() or chunk in rules or chunk[lo:] in rules \
                or chunk[:hi] in rules or word in rules:
            return None
        items = [(0, 1, *self._kind(chunk[0]))] if lo else []
        items.append((lo, hi, *self._kind(word)))
        if hi < len(chunk):
            items.append((hi, len(chunk), *self._kind(chunk[hi:])))
        return items

    def _tokenize(self, misses: list[str]) -> None:
        toks = join_hyphenated(self.tokenizer(" ".join(misses)))
        base, j, items = 0, 0, []
        for text, start, end in toks:
            while start >= base + len(misses[j]):  # the token is in a later chunk: this one is complete
                self._keep(misses[j], items)
                base, j, items = base + len(misses[j]) + 1, j + 1, []
            items.append((start - base, end - base, *self._kind(text)))
        self._keep(misses[j], items)

    def _keep(self, chunk: str, items: list[tuple]) -> None:
        """A chunk's items cached; a chunk that is one word whole is cached as the word (the common case,
        cheaper to hold and to use)."""
        if len(items) == 1 and items[0][2] == _KIND_WORD and items[0][:2] == (0, len(chunk)):
            self.cache[chunk] = word = items[0][3]
            self.frags[chunk] = _WORD + word
        else:
            self.cache[chunk] = tuple(items)
            self.frags[chunk] = "".join([_ITEM if value is None else _MARKS[kind] + value for _, _, kind, value in items])

    def _kind(self, text: str) -> tuple[int, str | None]:
        word = self.classify(text)
        if word is _BREAK:
            return _KIND_BREAK, None
        if word is _CONNECTOR:
            return _KIND_CONNECTOR, text.lower()
        return _KIND_WORD, word


def pieces_of_text(text: str, spans: list[tuple[int, int, str | None]], chunks: Chunks) -> list[str | list]:
    """A text as runs of words (lists, connectors included) and concept tokens (strings), in order; spans are
    `preprocess._spans` of the text (concept mentions with their concept id, callouts and links with None)."""
    if spans or text.count("\n") > 1:
        return _placed(text, spans, chunks)
    out: list[str | list] = []
    run: list = []
    for items in chunks.items(text.split()):  # str.split cuts at str.isspace, as spaCy does
        if items.__class__ is str:  # a chunk that is one word
            run.append(items)
        else:
            run = _add(items, out, run)
    if run:
        out.append(run)
    return out


def packed_of_text(text: str, spans: list[tuple[int, int, str | None]], chunks: Chunks) -> str:
    """`pack(pieces_of_text(text, spans, chunks))`, the same string; a text without spans or paragraph breaks (most
    passages) is its chunks' fragments joined, each run then made to start at its first word (_RUN_HEAD), with no
    list of pieces made.

    Example:
        >>> import spacy
        >>> kind = lambda t: _CONNECTOR if t.lower() == "of" else t.lower() if t.isalpha() else _BREAK
        >>> chunks = Chunks(spacy.blank("en").tokenizer, kind)
        >>> text = "Of policy of, of (work) of"
        >>> packed_of_text(text, [], chunks).replace(_WORD, " ").split(_ITEM)
        ['policy of', 'work']
        >>> packed_of_text(text, [], chunks) == pack(pieces_of_text(text, [], chunks))
        True
    """
    if spans or text.count("\n") > 1:
        return pack(_placed(text, spans, chunks))
    parts = text.split()  # str.split cuts at str.isspace, as spaCy does
    found = list(map(chunks.frags.get, parts))
    if None in found:
        chunks.fill(parts)
        found = list(map(chunks.frags.__getitem__, parts))
    return _RUN_HEAD.sub(_ITEM, f"{_ITEM}{''.join(found)}{_ITEM}").replace(_CONN, _WORD).strip(_ITEM)


def _placed(text: str, spans: list[tuple[int, int, str | None]], chunks: Chunks) -> list[str | list]:
    """`pieces_of_text` chunk by chunk at their offsets: spans laid over the chunks they touch, and a run of
    whitespace with two line breaks or more a break."""
    parts = _SPLIT.split(text)
    get = chunks.cache.get
    out: list[str | list] = []
    run: list = []
    k, n, pos = 0, len(spans), 0
    for i, part in enumerate(parts):
        if i & 1:  # whitespace
            if part.count("\n") < 2:
                pos += len(part)
                continue
            # the token spaCy gives for it starts after a single space that follows a token
            start = pos + 1 if part[0] == " " and pos else pos
            items = ((start - pos, len(part), _KIND_BREAK, None),)
        elif not part:
            continue
        else:
            items = get(part)
            if items is None:
                chunks.fill(parts[::2])
                items = chunks.cache[part]
            if items.__class__ is str:
                items = ((0, len(part), _KIND_WORD, items),)
        end = pos + len(part)
        while k < n and spans[k][1] <= pos:
            k += 1
        if k < n and spans[k][0] < end:  # a span touches the chunk: token by token
            k, run = _overlaid(items, pos, spans, k, out, run)
        else:
            run = _add(items, out, run)
        pos = end
    if run:
        out.append(run)
    return out


def _add(items: tuple, out: list, run: list) -> list:
    """A chunk's items added to the pieces (out) and the current run; the run afterwards."""
    for _, _, kind, value in items:
        if kind == _KIND_WORD:
            run.append(value)
        elif kind == _KIND_CONNECTOR:
            if run:  # a run never starts with a connector
                run.append(value)
        elif run:
            out.append(run)
            run = []
    return run


def _overlaid(items: tuple, pos: int, spans: list, k: int, out: list, run: list) -> tuple[int, list]:
    """A chunk's items at pos with spans over some of them: a token that overlaps a mention gives the concept
    token (once per mention) and one that overlaps a callout or link nothing; both end the run. Returns the next
    span to look at and the run."""
    n = len(spans)
    for start, end, kind, value in items:
        start, end = start + pos, end + pos
        while k < n and spans[k][1] <= start:
            k += 1
        if k < n and spans[k][0] < end:
            s, e, concept = spans[k]
            if run:
                out.append(run)
                run = []
            if concept is not None:
                out.append(concept)
                spans[k] = (s, e, None)  # one token per mention, however many words it spans
            continue
        run = _add(((start, end, kind, value),), out, run)
    return k, run
