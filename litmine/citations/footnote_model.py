"""Footnote segmentation as a learned sequence labeller: each token of a footnote is the beginning of a reference
("B"), inside one ("I") or other text ("O": prose, "Vgl.", page pointers, commentary, short forms).

A multinomial logistic model scores the three labels of a token from named binary features of the token and its
neighbours (the word, its shape, the words around it, its position in the note, what precedes it: ";", ".", ":",
a footnote number, a cue such as "Vgl."; what follows within a few words: a year, "In:", "Hg.", "S." and a page
range; whether a name in note order or surname-first order starts at it), and a Viterbi pass with the label
transitions of the training data picks the labels; a reference is a B followed by its I tokens. Weights:
data/footnote_segmenter.npz (scripts/train_footnote_segmenter.py; trained on composed footnotes only: labelled
reference strings of AnyStyle and GROBID set into hand-written German and English note prose, never on EXCITE).
Without the file, callers keep their rules (footnotes.find_footnote_entries).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from litmine.citations.footnote_fields import may_cite

MODEL_PATH = Path(__file__).resolve().parent / "data" / "footnote_segmenter.npz"
LABELS = ("O", "B", "I")

_U = "A-ZÀ-ÖØ-ÞĀ-Ž"
_Y = r"(?:1[5-9]\d\d|20\d\d)"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_NUMBER = re.compile(r"^\s*(?:\d{1,3}|\*+)\s+(?=\S)")
_CUES = {"vgl", "siehe", "see", "cf", "auch", "dazu", "hierzu", "etwa", "z", "e", "g", "zit", "nach", "bspw",
         "insbesondere", "ausführlich", "also", "sowie", "u", "a"}
_FUNCTION = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "und", "ist", "sind", "wird",
             "werden", "wurde", "nicht", "sich", "es", "zu", "auf", "mit", "für", "von", "im", "in", "bei", "als",
             "dass", "daß", "auch", "the", "of", "and", "is", "are", "was", "to", "that", "this", "with", "for",
             "on", "by", "as", "be", "it", "not"}
_NAME_NATURAL = re.compile(rf"(?:[{_U}][a-zà-öø-ÿ'’]+(?:-[{_U}][a-zà-öø-ÿ'’]+)?|[{_U}]\.(?:\s?-?[{_U}]\.)*)"
                           rf"(?:\s+(?:[{_U}][a-zà-öø-ÿ'’]+|[{_U}]\.)){{0,2}}(?:\s+(?:von|van|de|der|zu))?"
                           rf"\s+[{_U}][\wà-ÿ'’-]+\s*(?:\((?:Hg|Hrsg|Ed|Eds|ed|eds)\.?\)\s*)?[,:/]")
_NAME_INVERTED = re.compile(rf"[{_U}][\wà-ÿ'’-]+,\s+(?:[{_U}][a-zà-öø-ÿ'’]+|[{_U}]\.)(?:[\s-]+[{_U}][\w.]*)?\s*[:/(]")
_AUTHOR_YEAR = re.compile(rf"[{_U}][\w'’-]+(?:,\s*[{_U}][\w.]*)?(?:\s*(?:/|und|and|&|,)\s*[{_U}][\w'’.-]+)*"
                          rf"\s*(?:\((?:Hg|Hrsg|Ed|Eds)\.?\)\s*)?\(?{_Y}[a-z]?\)?\s*[:,.]")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of text: words, and every other non-space character by itself."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


_YEAR = re.compile(_Y)


@lru_cache(maxsize=4096)
def _shape(tok: str) -> str:
    if _YEAR.fullmatch(tok):
        return "year"
    if tok.isdigit():
        return "d" if len(tok) <= 2 else "ddd"
    if not tok[0].isalnum():
        return tok
    if tok.isupper():
        return "X" if len(tok) == 1 else "XX"
    if tok[0].isupper():
        return "Xx"
    return "x"


@lru_cache(maxsize=8)
def _at_word_starts(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.])(?=\w)(?={pattern})")


def _starts(text: str, pattern: re.Pattern) -> set[int]:
    """Offsets of the word starts at which pattern matches."""
    return {m.start() for m in _at_word_starts(pattern.pattern).finditer(text)}


def _prefix(flags: list[bool]) -> list[int]:
    """Running counts of flags (out[i]: how many of flags[:i] are set), padded at the end so that a window may
    reach past the last token."""
    out = [0]
    for f in flags:
        out.append(out[-1] + f)
    return out + [out[-1]] * 32


_POS = tuple(f"pos={k}" for k in range(5))
_MARKS = {"in": (":", ".", ")"), "hg": (":", ".", ")"), "hrsg": (":", ".", ")"), "eds": (":", ".", ")"),
          "ed": (":", ".", ")")}


def _windows(low: list[str], shapes: list[str]) -> list[list[str]]:
    """Each token's word and shape, and those of two tokens either side ("#" past the ends)."""
    n = len(low)
    pw, ps = ["#", "#", *low, "#", "#"], ["#", "#", *shapes, "#", "#"]
    columns = [[f"w={w}" for w in low], [f"s={s}" for s in shapes]]
    for k in (-2, -1, 1, 2):
        columns.append([f"w{k}={w}" for w in pw[2 + k:2 + k + n]])
        columns.append([f"s{k}={s}" for s in ps[2 + k:2 + k + n]])
    columns.append([f"ww=-1:{a}|{b}" for a, b in zip(pw[1:], low)])
    columns.append([f"ss=-1:{a}|{b}|{c}" for a, b, c in zip(ps[1:], shapes, ps[3:])])
    return [list(f) for f in zip(*columns)]


_AHEAD = {w: f"{w}_ahead" for w in _MARKS}
_FUNCTION_AHEAD = tuple(f"function_ahead={k}" for k in range(4))
_FUNCTION_BEHIND = tuple(f"function_behind={k}" for k in range(4))


def _arounds(n: int, counts: dict[str, list[int]]) -> list[list[str]]:
    """What lies within a few tokens of each token: years ahead and behind, a marker word ("in", "hg", "hrsg", "eds",
    "ed") with its mark and "S."/"p." within the next 28 tokens, function words within 12 either side."""
    years, function, pages = counts["year"], counts["function"], counts["pages"]
    marks = [(_AHEAD[w], counts[w]) for w in _MARKS if w in counts]
    out = []
    for i in range(n):
        f = []
        if years[i + 26] - years[i + 1]:
            f.append("year_ahead")
        if years[i] - years[max(0, i - 25)]:
            f.append("year_behind")
        if years[i] - years[max(0, i - 4)]:
            f.append("year_just_behind")
        end = min(i + 29, n - 1)
        if end > i + 1:
            f += [name for name, c in marks if c[end] - c[i + 1]]
            if pages[end] - pages[i + 1]:
                f.append("pages_ahead")
        f.append(_FUNCTION_AHEAD[min(function[i + 12] - function[i], 3)])
        f.append(_FUNCTION_BEHIND[min(function[i] - function[max(0, i - 12)], 3)])
        out.append(f)
    return out


def features(text: str, toks: list[tuple[int, int]]) -> list[list[str]]:
    """The named binary features of each token of a footnote's text (each name at most once)."""
    n = len(toks)
    words = [text[a:b] for a, b in toks]
    low = [w.lower() for w in words]
    shapes = [_shape(w) for w in words]
    starts = {name: _starts(text, p) for name, p in (("name_natural", _NAME_NATURAL),
                                                     ("name_inverted", _NAME_INVERTED),
                                                     ("author_year", _AUTHOR_YEAR))}
    num = _NUMBER.match(text)
    body = num.end() if num else 0
    nxt = low[1:] + ["#"]
    counts = {"year": _prefix([s == "year" for s in shapes]), "function": _prefix([w in _FUNCTION for w in low]),
              "pages": _prefix([x in ("s", "p", "pp") and y == "." for x, y in zip(low, nxt)])}
    counts.update({w: _prefix([x == w and y in follow for x, y in zip(low, nxt)]) for w, follow in _MARKS.items()
                   if w in low})
    depth, seen, cue_only, prev, out = 0, 0, True, "#", []
    windows, arounds = _windows(low, shapes), _arounds(n, counts)
    for i, (a, _) in enumerate(toks):
        f = windows[i]
        f.append(_POS[min(seen, 4)])
        f += arounds[i]
        f += ["number"] * (a < body) + ["after_cue"] * bool(seen and cue_only)
        f += [name for name, at in starts.items() if a in at]
        if a >= body:
            seen += 1
            cue_only = cue_only and (low[i] in _CUES or shapes[i] in (".", ",", ":"))
        f.append(f"prev={prev if not prev[0].isalnum() else shapes[i - 1] if i else '#'}")
        f.append(f"depth={min(depth, 2)}")
        out.append(f)
        prev = low[i] if shapes[i] != "-" else prev
        depth += (words[i] in ("(", "[")) - (words[i] in (")", "]") and depth > 0)
    return out


def labels_from_spans(toks: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[str]:
    """B/I/O labels of tokens from the character spans of the references in a text."""
    out = []
    for a, b in toks:
        lab = "O"
        for s, e in spans:
            if s <= a < e:
                lab = "B" if not any(s <= a2 < a for a2, _ in toks) else "I"
                break
        out.append(lab)
    return out


def _best_of(c0: float, c1: float, c2: float) -> tuple[int, float]:
    """The index and value of the largest of three scores, the lowest index on a tie."""
    k, top = 0, c0
    if c1 > top:
        k, top = 1, c1
    if c2 > top:
        k, top = 2, c2
    return k, top


def _viterbi(em: list[list[float]], trans: list[list[float]]) -> list[int]:
    """The best label path: `em` the log probabilities of the three labels per token, `trans` the transition
    scores ((start + 3 states) x 3). Plain floats (three states: numpy's per-token calls cost more than the sums);
    ties go to the lower label, as numpy's argmax gives them."""
    states = range(3)
    b0, b1, b2 = (trans[0][j] + em[0][j] for j in states)
    (t00, t01, t02), (t10, t11, t12), (t20, t21, t22) = trans[1], trans[2], trans[3]
    back: list[tuple[int, int, int]] = [(0, 0, 0)]
    for e0, e1, e2 in em[1:]:  # the three states written out: the same sums and comparisons as a loop over them
        k0, s0 = _best_of(b0 + t00, b1 + t10, b2 + t20)
        k1, s1 = _best_of(b0 + t01, b1 + t11, b2 + t21)
        k2, s2 = _best_of(b0 + t02, b1 + t12, b2 + t22)
        back.append((k0, k1, k2))
        b0, b1, b2 = s0 + e0, s1 + e1, s2 + e2
    best = [b0, b1, b2]
    last = max(states, key=lambda j: (best[j], -j))
    path = [last]
    for step in reversed(back[1:]):
        path.append(step[path[-1]])
    path.reverse()
    return path


_WINDOW = (0, -2, -1, 1, 2)  # the offsets of the window features, in the order _windows names them
_DEPTH = ("depth=0", "depth=1", "depth=2")
_BRACKETS = frozenset("([)]")
_STARTS = (("name_natural", _NAME_NATURAL), ("name_inverted", _NAME_INVERTED), ("author_year", _AUTHOR_YEAR))


class _Notes:
    """The tokens of several notes end to end: for each token its note's first token (global index), its note's
    length and its index in its note; windows and counts are taken inside each note."""

    def __init__(self, notes: list[tuple[str, list[tuple[int, int]]]]) -> None:
        sizes = np.array([len(toks) for _, toks in notes], dtype=np.int64)
        self.start = np.repeat(np.cumsum(sizes) - sizes, sizes)
        self.n = np.repeat(sizes, sizes)
        self.i = np.arange(int(sizes.sum())) - self.start
        self.words = [text[a:b] for text, toks in notes for a, b in toks]
        self.low = [w.lower() for w in self.words]
        self.shapes = [_shape(w) for w in self.words]
        self.first = set(self.start.tolist())  # global indexes of the notes' first tokens
        self.last = {s - 1 for s in self.first if s} | {len(self.words) - 1}

    def shifted(self, column: np.ndarray, k: int, pad: int) -> np.ndarray:
        """column[i + k] for each token i, pad where i + k lies outside its note."""
        if not k:
            return column
        inside = (self.i + k >= 0) & (self.i + k < self.n)
        at = np.clip(np.arange(len(column)) + k, 0, max(len(column) - 1, 0))
        return np.where(inside, column[at], pad)

    def count(self, flags: list[bool], lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """How many flags are set among each token's note tokens lo..hi-1 (local indexes, clipped to the note)."""
        prefix = np.concatenate(([0], np.cumsum(np.asarray(flags, dtype=np.int64))))
        return prefix[self.start + np.clip(hi, 0, self.n)] - prefix[self.start + np.clip(lo, 0, self.n)]

    def around(self, values: list[str], k: int) -> list[str]:
        """The value one token before (k=-1) or after (k=1) each token, "#" past its note's ends."""
        edge = self.first if k < 0 else self.last
        shifted = ["#", *values[:-1]] if k < 0 else [*values[1:], "#"]
        return [("#" if g in edge else v) for g, v in enumerate(shifted)]


class _FeatureIds:
    """The ids of the known features of each token, the features features() names, found from arrays and per-word
    tables (the same words recur from note to note) instead of from the names, for many notes at once.
    The tables grow with the words seen and are cleared past a size (50,000 words and shapes: some 9 MB)."""

    def __init__(self, index: dict[str, int]) -> None:
        self.index: dict[str, int] = index
        self.words: dict[tuple[str, str], tuple[int, ...]] = {}
        self.names: dict[str, int] = {}

    def matrix(self, notes: list[tuple[str, list[tuple[int, int]]]]) -> np.ndarray:
        """The ids of each token's features (the tokens of all notes x slots, -1 where a feature is absent or
        unknown), in the order features(text, toks) names them; a slot names a different feature than the others."""
        at = _Notes(notes)
        pos, number, after_cue = self._position(notes, at)
        columns = [*self._windows(at), pos, *self._arounds(at), number, after_cue, *self._name_starts(notes),
                   *self._sequential(at)]
        return np.stack(columns, axis=1) if columns[0].size else np.zeros((0, len(columns)), dtype=np.int64)

    def _id(self, name: str) -> int:
        found = self.names.get(name)
        if found is None:
            if len(self.names) > 10_000:
                self.names.clear()
            found = self.names[name] = self.index.get(name, -1)
        return found

    def _flag(self, name: str, mask: np.ndarray) -> np.ndarray:
        return np.where(mask, self._id(name), -1)

    def _choice(self, names: tuple[str, ...], k: np.ndarray) -> np.ndarray:
        return np.array([self._id(name) for name in names], dtype=np.int64)[k]

    def _word(self, kind: str, word: str) -> tuple[int, ...]:
        """The ids of a word (kind "w") or a shape ("s") at each offset of the window."""
        if len(self.words) > 50_000:
            self.words.clear()
        found = self.words[kind, word] = tuple(self.index.get(f"{kind}{k or ''}={word}", -1) for k in _WINDOW)
        return found

    def _windows(self, at: _Notes) -> list[np.ndarray]:
        """The columns of _windows: word and shape at each offset, the word pair and the shape triple."""
        columns, words, get = [], self.words, self.index.get
        for kind, values in (("w", at.low), ("s", at.shapes)):
            rows = [words.get((kind, v)) or self._word(kind, v) for v in values]
            table = np.array(rows, dtype=np.int64).reshape(len(values), 5)
            pad = words.get((kind, "#")) or self._word(kind, "#")
            columns.append([at.shifted(table[:, j], k, pad[j]) for j, k in enumerate(_WINDOW)])
        out = [col for pair in zip(*columns) for col in pair]
        before, after = at.around(at.shapes, -1), at.around(at.shapes, 1)
        out.append(np.array([get(f"ww=-1:{a}|{b}", -1) for a, b in zip(at.around(at.low, -1), at.low)],
                            dtype=np.int64))
        out.append(np.array([get(f"ss=-1:{a}|{b}|{c}", -1) for a, b, c in zip(before, at.shapes, after)],
                            dtype=np.int64))
        return out

    def _position(self, notes: list[tuple[str, list[tuple[int, int]]]],
                  at: _Notes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The columns pos (body tokens before), number (in the note's number) and after_cue (only cues before)."""
        first = []  # per note: the index of the first token of its body (after the note's number)
        for text, toks in notes:
            num = _NUMBER.match(text)
            first.append(bisect_left([a for a, _ in toks], num.end() if num else 0))
        body = np.repeat(np.array(first, dtype=np.int64), [len(toks) for _, toks in notes])
        seen = np.maximum(0, at.i - body)
        other = [not (w in _CUES or s in (".", ",", ":")) for w, s in zip(at.low, at.shapes)]
        cue_only = (seen > 0) & (at.count(other, body, at.i) == 0)
        return (self._choice(_POS, np.minimum(seen, 4)), self._flag("number", at.i < body),
                self._flag("after_cue", cue_only))

    def _arounds(self, at: _Notes) -> list[np.ndarray]:
        """The columns of _arounds (every mark word's column, absent where _arounds leaves it out)."""
        i, low = at.i, at.low
        nxt = at.around(low, 1)
        years = [s == "year" for s in at.shapes]
        function = [w in _FUNCTION for w in low]
        end = np.minimum(i + 29, at.n - 1)
        ahead = end > i + 1
        out = [self._flag("year_ahead", at.count(years, i + 1, i + 26) > 0),
               self._flag("year_behind", at.count(years, i - 25, i) > 0),
               self._flag("year_just_behind", at.count(years, i - 4, i) > 0)]
        present = set(low)
        for w, follow in _MARKS.items():
            marks = [x == w and y in follow for x, y in zip(low, nxt)] if w in present else [False] * len(low)
            out.append(self._flag(_AHEAD[w], ahead & (at.count(marks, i + 1, end) > 0)))
        pages = [x in ("s", "p", "pp") and y == "." for x, y in zip(low, nxt)]
        out.append(self._flag("pages_ahead", ahead & (at.count(pages, i + 1, end) > 0)))
        out.append(self._choice(_FUNCTION_AHEAD, np.minimum(at.count(function, i, i + 12), 3)))
        out.append(self._choice(_FUNCTION_BEHIND, np.minimum(at.count(function, i - 12, i), 3)))
        return out

    def _name_starts(self, notes: list[tuple[str, list[tuple[int, int]]]]) -> list[np.ndarray]:
        """The columns name_natural, name_inverted and author_year: a name or an author and year starts here."""
        out = []
        for name, pattern in _STARTS:
            hits = []
            for text, toks in notes:
                found = _starts(text, pattern)
                hits += [a in found for a, _ in toks]
            out.append(self._flag(name, np.array(hits, dtype=bool)))
        return out

    def _sequential(self, at: _Notes) -> tuple[np.ndarray, np.ndarray]:
        """The columns prev (the punctuation or shape before) and depth (brackets open), token by token."""
        prev, depth, get = "#", 0, self.index.get
        values, depths = [], []
        for g, (w, low, shape) in enumerate(zip(at.words, at.low, at.shapes)):
            if g in at.first:
                prev, depth = "#", 0
            values.append(prev if not prev[0].isalnum() else at.shapes[g - 1])
            depths.append(depth)
            if shape != "-":
                prev = low
            if w in _BRACKETS:
                depth += (w in ("(", "[")) - (w in (")", "]") and depth > 0)
        prev_ids = [get(f"prev={v}", -1) for v in values]
        depth_ids = np.array([self._id(name) for name in _DEPTH], dtype=np.int64)
        return np.array(prev_ids, dtype=np.int64), depth_ids[np.minimum(np.array(depths, dtype=np.int64), 2)]


class FootnoteSegmenter:
    """Named feature weights for the three labels, with the label transitions."""

    def __init__(self, names: list[str], weights: np.ndarray, bias: np.ndarray, transitions: np.ndarray) -> None:
        self.index = {n: i for i, n in enumerate(names)}
        self.weights, self.bias, self.transitions = weights.astype(np.float32), bias, transitions
        self._ids = _FeatureIds(self.index)
        self._batch = threading.local()  # spans of the texts of the `batch` running in this thread
        self._padded = np.vstack([self.weights, np.zeros((1, 3), dtype=np.float32)])  # id -1: no feature
        # float16 values (as saved): multiples of 2**-24 below 2**16, whose float64 sums are exact in any order
        self._exact = bool(np.array_equal(self.weights, self.weights.astype(np.float16).astype(np.float32)))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> FootnoteSegmenter:
        data = np.load(path)
        names = data["features"].item().split("\n")  # the 0-d array's string (str() of it costs more)
        return cls(names, data["weights"], data["bias"], data["transitions"])

    def save(self, path: Path) -> None:
        names = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, features=np.array("\n".join(names)), weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32), transitions=self.transitions.astype(np.float32))

    def scores(self, feats: list[list[str]]) -> np.ndarray:
        """Log probabilities of O, B, I per token."""
        get = self.index.get
        return self._log_probs([{j for j in map(get, f) if j is not None} for f in feats])

    def _log_probs(self, known: list[set[int]]) -> np.ndarray:
        """Log probabilities of O, B, I per token from the ids of each token's known features."""
        rows = np.repeat(np.arange(len(known)), [len(k) for k in known])
        gathered = self.weights[list(chain.from_iterable(known))]
        out = np.stack([np.bincount(rows, weights=gathered[:, k], minlength=len(known)) for k in range(3)], axis=1)
        return self._normalised(out)

    def _normalised(self, out: np.ndarray) -> np.ndarray:
        out += self.bias
        out -= out.max(axis=1, keepdims=True)
        return out - np.log(np.exp(out).sum(axis=1, keepdims=True))

    def _log_probs_of(self, ids: np.ndarray) -> np.ndarray:
        """Log probabilities of O, B, I per token from _FeatureIds.matrix: the same scores, bit for bit, as
        _log_probs gives from the named features. With float16 weights (a saved model: multiples of 2**-24 below
        2**16) every sum of a token's weights in float64 is exact, the same in any order, and the matrix is summed
        at once; other weights are summed in the order of the sets _log_probs sums."""
        if self._exact:
            return self._normalised(self._padded[ids].sum(axis=1, dtype=np.float64))
        return self._log_probs([{j for j in row if j >= 0} for row in ids.tolist()])

    def label(self, text: str) -> tuple[list[tuple[int, int]], list[str], list[float]]:
        """The tokens of text, their labels and the probability of each label."""
        return self.label_many([text])[0]

    def label_many(self, texts: list[str]) -> list[tuple[list[tuple[int, int]], list[str], list[float]]]:
        """label of each text, the features and scores of all texts found together (fewer, larger array steps)."""
        notes = [(text, tokenize(text)) for text in texts]
        em = self._log_probs_of(self._ids.matrix(notes))
        rows, trans = em.tolist(), self.transitions.tolist()
        paths, start = [], 0
        for _, toks in notes:
            paths.append(_viterbi(rows[start:start + len(toks)], trans) if toks else [])
            start += len(toks)
        flat = list(chain.from_iterable(paths))
        probs = np.exp(em[np.arange(len(flat)), flat]).tolist()
        out, start = [], 0
        for (_, toks), path in zip(notes, paths):
            out.append((toks, [LABELS[k] for k in path], probs[start:start + len(path)]))
            start += len(path)
        return out

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        """Character spans of the references in a footnote's text, each with the mean probability its tokens
        have of the labels given (how sure the model is of it). Inside `batch`, found for all its texts at once."""
        found = getattr(self._batch, "spans", {}).get(text)
        return list(found) if found is not None else self.spans_many([text])[0]

    def spans_many(self, texts: list[str]) -> list[list[tuple[int, int, float]]]:
        """spans of each text, found together."""
        return [_spans(toks, labs, probs) for toks, labs, probs in self.label_many(texts)]

    @contextmanager
    def batch(self, texts: list[str]):
        """Within the block, spans(text) of these texts (a document's footnotes) comes from one pass over all of
        them: the same spans, in fewer and larger array steps (each note's spans are its own: features, sums and
        labels are taken inside each note). Notes that can yield no entry (footnote_fields.may_cite) are left out:
        find_footnote_entries does not ask for them (asked, they are found one by one). Per thread."""
        distinct = [t for t in dict.fromkeys(texts) if may_cite(t)]
        self._batch.spans = dict(zip(distinct, self.spans_many(distinct)))
        try:
            yield self
        finally:
            self._batch.spans = {}


def _spans(toks: list[tuple[int, int]], labs: list[str], probs: list[float]) -> list[tuple[int, int, float]]:
    """The spans of the B tokens and the I tokens after them, with the mean probability of their labels."""
    out: list[list] = []
    for (a, b), lab, p in zip(toks, labs, probs):
        if lab == "B" or (lab == "I" and not out):
            out.append([a, b, [p]])
        elif lab == "I":
            out[-1][1] = b
            out[-1][2].append(p)
    return [(a, b, sum(ps) / len(ps)) for a, b, ps in out]


def transitions_from(sequences: list[list[str]]) -> np.ndarray:
    """Log transition probabilities (first row: the start), add-one smoothed; I never follows O or the start."""
    counts = np.ones((4, 3))
    for labs in sequences:
        prev = 0
        for lab in labs:
            k = LABELS.index(lab)
            counts[prev, k] += 1
            prev = k + 1
    counts[0, 2] = counts[1, 2] = 1e-6
    return np.log(counts / counts.sum(axis=1, keepdims=True))


def featurize(sequences: list[tuple[str, list[tuple[int, int]]]]) -> tuple[list[list[str]], list[list[str]]]:
    """The named features and the B/I/O labels of each token of each (text, reference spans) pair, per note."""
    feats, labels = [], []
    for text, spans in sequences:
        toks = tokenize(text)
        labels.append(labels_from_spans(toks, spans))
        feats.append(features(text, toks))
    return feats, labels


def train(sequences: list[tuple[str, list[tuple[int, int]]]], *, c: float = 0.5, min_count: int = 2,
          weights: list[float] | None = None) -> FootnoteSegmenter:
    """A segmenter from (text, reference spans) pairs (scikit-learn's logistic regression, needed only here);
    weights: one per pair, the weight of each of its tokens (default 1)."""
    feats, labels = featurize(sequences)
    return fit(feats, labels, c=c, min_count=min_count, weights=weights)


def fit(feats: list[list[list[str]]], labels: list[list[str]], *, c: float = 0.5, min_count: int = 2,
        weights: list[float] | list[list[float]] | None = None) -> FootnoteSegmenter:
    """A segmenter from featurize's features and labels of notes: weights, one per note (each of its tokens
    weighs that) or one list per note (a weight per token); the label transitions count every note alike."""
    from collections import Counter

    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows = [f for note in feats for f in note]
    ys = [lab for labs in labels for lab in labs]
    counts = Counter(n for f in rows for n in set(f))
    names = sorted(n for n, k in counts.items() if k >= min_count)
    index = {n: i for i, n in enumerate(names)}
    data, ind, ptr = [], [], [0]
    for f in rows:
        idx = sorted({index[n] for n in f if n in index})
        ind += idx
        data += [1.0] * len(idx)
        ptr.append(len(ind))
    x = csr_matrix((np.array(data, dtype=np.float32), ind, ptr), shape=(len(rows), len(names)))
    y = np.array([LABELS.index(v) for v in ys])
    sample = None
    if weights is not None:
        sample = np.array([w for wt, labs in zip(weights, labels)
                           for w in (wt if isinstance(wt, list) else [wt] * len(labs))], dtype=np.float64)
    model = LogisticRegression(C=c, max_iter=300)
    model.fit(x, y, sample_weight=sample)
    order = [list(model.classes_).index(k) for k in range(3)]
    return FootnoteSegmenter(names, model.coef_[order].T.copy(), model.intercept_[order].copy(),
                             transitions_from(labels))


@lru_cache(maxsize=1)
def default_segmenter() -> FootnoteSegmenter | None:
    """The shipped segmenter, or None without its weights file."""
    if not MODEL_PATH.exists():
        return None
    return FootnoteSegmenter.load()

