"""Token-level tagger for reference strings: tokens, features and a first-order averaged-perceptron model.

The tagger labels each word token of a reference with one of LABELS; reference_rules turns the labelled spans
into Reference fields. Punctuation is not tagged: it enters as features of the neighbouring words, which makes
the model indifferent to whether a labelled set counts "(2007)." or "2007" as the date. The weights are a small
NumPy file built by scripts/train_references.py and loaded on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, repeat
from pathlib import Path

import numpy as np

LABELS = ("author", "editor", "year", "title", "container", "volume", "issue", "pages", "publisher",
          "location", "note", "number", "url", "doi")
MODEL_PATH = Path(__file__).resolve().parent / "data" / "reference_tagger.npz"

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I)
# a DOI: no spaces, quotes or angle brackets in its suffix, except the "<…>" of an old SICI suffix
# ("10.1002/(SICI)1098-2736(199812)35:10<1069::AID-TEA2>3.0.CO;2-A"); reference_rules reads DOIs by it too
DOI_BODY = r"10\.\d{4,9}/(?:[^\s\"<>]|<[^\s\"<>]*>)+"
_DOI = re.compile(rf"(?:\bdoi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?\b{DOI_BODY}", re.I)
_WORD = re.compile(r"[^\W\d_]+(?=(?:1[5-9]|20)\d\d(?!\d))|[^\W_]+(?:['’\-‐‑][^\W_]+)*")
_TRAILING = ".,;:)]>'\"’”"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                         "„": '"', "‟": '"', "«": '"', "»": '"', "‹": "'", "›": "'", "[": "(", "]": ")",
                         "{": "(", "}": ")", "–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-",
                         "／": "/", "；": ";", "：": ":", "，": ","})
_OPEN_QUOTES = frozenset("'‘“\"„«‚")
_CLOSE_QUOTES = frozenset("'’”\"»“")
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_NUMBER = re.compile(r"^\d+(?:-\d+)?$")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.I)
_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december januar februar märz mai juni juli oktober dezember janvier février mars avril juin "
    "juillet août septembre octobre novembre décembre spring summer autumn fall winter".split())


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """One word (or URL/DOI) of a reference string: its text, offsets and kind ("word", "url" or "doi"). Equal and
    hashed by value; not frozen only because a frozen dataclass is built at a quarter of the speed (nothing assigns
    to a token)."""

    text: str
    start: int
    end: int
    kind: str = "word"


def tokenize_reference(raw: str) -> list[Token]:
    """Split a reference string into word, URL and DOI tokens (punctuation stays between them).

    Example:
        >>> [t.text for t in tokenize_reference("Hood, C. (1991) 'A public management', 69(1): 3-19.")]
        ['Hood', 'C', '1991', 'A', 'public', 'management', '69', '1', '3-19']
    """
    spans: list[tuple[int, int, str]] = []
    for m in _DOI.finditer(raw):
        spans.append((m.start(), m.start() + len(m.group().rstrip(_TRAILING)), "doi"))
    for m in _URL.finditer(raw):
        end = m.start() + len(_strip_url(m.group()))
        if not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), end, "url"))
    spans.sort()
    tokens: list[Token] = []
    pos = 0
    for s, e, kind in spans + [(len(raw), len(raw), "")]:
        if s < pos:
            continue
        tokens.extend(Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(raw, pos, s))
        if kind:
            tokens.append(Token(raw[s:e], s, e, kind))
        pos = e
    return tokens


def _strip_url(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _shape(word: str) -> str:
    out = []
    for ch in word:
        c = "A" if ch.isupper() else "a" if ch.isalpha() else "9" if ch.isdigit() else ch
        if not out or out[-1] != c or c == "9":
            out.append(c)
    return "".join(out)[:8]


@lru_cache(maxsize=4096)
def _gap(text: str) -> str:
    g = text.translate(_QUOTES).replace(" ", "").replace("\n", "")
    return g[:4] if g else ("_" if text else "")


def _word_class(text: str, kind: str, low: str) -> str:
    if kind != "word":
        return kind.upper()
    if _YEAR.match(low):
        return "YEAR"
    if low.isdigit():
        return "NUM" + str(min(len(low), 5))
    if low in _MONTHS:
        return "MONTH"
    if len(low) <= 4 and _ROMAN.match(low) and text.isupper() and len(low) > 1:
        return "ROMAN"
    if any(c.isdigit() for c in low):
        return "ALNUM"
    if len(text) == 1:
        return "INIT" if text.isupper() else "LOW1"
    if text.isupper():
        return "CAPS"
    if text[0].isupper():
        return "CAP"
    return "LOW"


@lru_cache(maxsize=8192)
def _word(text: str, kind: str) -> tuple[str, str, str, str, str, str, str, str]:
    """What a token's own text gives, once per distinct word: its lower-cased form, its class and its feature
    strings for the word, class, shape, first three and last three and two letters."""
    low = unicodedata.normalize("NFKC", text).lower().translate(_QUOTES)
    cls = _word_class(text, kind, low)
    return (low, cls, "w=" + low, "c=" + cls, "s=" + _shape(text), "p3=" + low[:3], "x3=" + low[-3:],
            "x2=" + low[-2:])


# the features of small counts, built once (the same string objects each time, which also keeps their lookups cheap)
_POS = tuple(f"pos={k}" for k in range(7))
_REL = tuple(f"rel={k}" for k in range(10))
_LEFT = tuple(f"left={k}" for k in range(5))
_YR = tuple(f"yr={k}" for k in range(3))
_YRC = tuple(f"yrc={k}|" for k in range(3))
_PAR = ("par=0", "par=1")
_Q = ("q=0", "q=1")
_IN = ("in=0", "in=1")
_BLK = tuple(f"blk={k}" for k in range(6))
_BLKC = tuple(f"blkc={k}|" for k in range(6))
_YRBLK = tuple(tuple(f"yrblk={y}{k}" for k in range(6)) for y in range(2))
_BCOMMA = tuple(f"bcomma={k}" for k in range(4))


def _sequence(raw: str, tokens: list[Token], lows: list[str], classes: list[str], cues: dict[str, float] | None):
    """What the features of a token sequence are made from besides each token's word (extract_features): the gaps
    before each token and after the last, each token's next year, the blocks (with the cue features when cues are
    given) and each token's context."""
    gaps = _gaps(raw, tokens)
    next_year = _next_years(classes)
    blocks = _blocks(raw, tokens, classes, gaps, lows)
    if cues:
        _add_cue_features(blocks, gaps, lows, cues)
        _add_number_ahead(blocks, gaps, classes, lows)
    return gaps, next_year, blocks, _contexts(raw, tokens, lows, classes, gaps)


def _gaps(raw: str, tokens: list[Token]) -> list[str]:
    """The gap (_gap) before each token and the one after the last."""
    gaps = [_gap(raw[(tokens[i - 1].end if i else 0):t.start]) for i, t in enumerate(tokens)]
    gaps.append(_gap(raw[tokens[-1].end:]) if tokens else "")
    return gaps


def extract_features(raw: str, tokens: list[Token], cues: dict[str, float] | None = None) -> list[list[str]]:
    """Feature strings for each token: the word, its shape, the punctuation around it and where it stands.

    cues (learn_cues) scores words by how much more often they stand in containers than in titles; the
    features then say how journal-like the stretch holding a token and the stretches around it read.

    Example:
        >>> "w=hood" in extract_features("Hood, C.", tokenize_reference("Hood, C."))[0]
        True
    """
    n = len(tokens)
    words = [_word(t.text, t.kind) for t in tokens]
    lows = [w[0] for w in words]
    classes = [w[1] for w in words]
    gaps, next_year, blocks, context = _sequence(raw, tokens, lows, classes, cues)
    ends = ["<s>", *lows, "</s>"], ["<s>", *classes, "</s>"]
    feats: list[list[str]] = []
    for i, (w, cls, fw, fc, fs, fp3, fx3, fx2) in enumerate(words):
        gb, ga = gaps[i], gaps[i + 1]
        prev, nxt, pcls, ncls = ends[0][i], ends[0][i + 2], ends[1][i], ends[1][i + 2]
        years, paren, quote, in_seen, block, last_year = context[i]
        f = [
            "b", fw, fc, fs, "gb=" + gb, "ga=" + ga, fp3, fx3, fx2,
            "pw=" + prev, "nw=" + nxt, "pc=" + pcls, "nc=" + ncls,
            "gbw=" + gb + "|" + w, "wga=" + w + "|" + ga, "gbc=" + gb + "|" + cls, "cga=" + cls + "|" + ga,
            "gbcga=" + gb + "|" + cls + "|" + ga, "pcc=" + pcls + "|" + cls, "ccn=" + cls + "|" + ncls,
            "pww=" + prev + "|" + w,
            _POS[min(i, 6)], _REL[10 * i // n], _LEFT[min(n - 1 - i, 4)], _YR[years], _PAR[paren], _Q[quote],
            _IN[in_seen], _BLK[block], _BLKC[block] + cls, _YRC[years] + cls, _YRBLK[min(years, 1)][block],
        ]
        f += _year_distance(i, n, last_year, next_year, cls, gb, gaps)
        f += blocks[i]
        if i >= 2:
            f.append("p2w=" + lows[i - 2])
        if i + 2 < n:
            f.append("n2w=" + lows[i + 2])
        feats.append(f)
    return feats


def _contexts(raw: str, tokens: list[Token], lows: list[str], classes: list[str],
              gaps: list[str]) -> list[tuple[int, ...]]:
    """For each token, what the tokens before it set: the years seen (up to 2), whether a bracket is open and a quote
    (0/1), whether an "In" has been seen (0/1), the block (a full stop, colon or closing bracket between two words
    outside initials starts one; up to 5), and the index of the last year before it (-1 where none)."""
    out = []
    years_seen = paren = block = quote = in_seen = 0
    last_year, end, after_initial = -1, len(raw), False
    for i, tok in enumerate(tokens):
        gb = gaps[i]
        if "(" in gb or ")" in gb:
            paren = _paren_depth(paren, gb)
        if tok.start and raw[tok.start - 1] in _OPEN_QUOTES:
            quote = 1
        if i and ("." in gb or ":" in gb or ")" in gb) and not (after_initial and "." in gb and ":" not in gb):
            block += 1
        out.append((years_seen if years_seen < 2 else 2, 1 if paren else 0, quote, in_seen, block if block < 5 else 5,
                    last_year))
        cls = classes[i]
        after_initial = cls == "INIT"  # the next token's gap follows an initial
        if cls == "YEAR":
            years_seen += 1
            last_year = i
        if lows[i] == "in" and (tok.text == "In" or gaps[i + 1].startswith(":")):
            in_seen = 1
        if tok.end < end and raw[tok.end] in _CLOSE_QUOTES:
            quote = 0
    return out


def _next_years(classes: list[str]) -> list[int]:
    """For each position, the index of the first year token at or after it (len(classes) where there is none)."""
    n = len(classes)
    next_year = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_year[i] = i if classes[i] == "YEAR" else next_year[i + 1]
    return next_year


def _paren_depth(paren: int, gap: str) -> int:
    """The bracket depth after the brackets opened and closed in a gap."""
    if "(" not in gap and ")" not in gap:
        return paren
    for ch in gap:
        if ch == "(":
            paren += 1
        elif ch == ")":
            paren = max(0, paren - 1)
    return paren


def _year_distance(i: int, n: int, last_year: int, next_year: list[int], cls: str, gb: str,
                   gaps: list[str]) -> list[str]:
    """How far token i stands after the last year and before the next one."""
    since, bucket, mark = _year_parts(i, n, last_year, next_year, gaps)
    f = ["since=" + since + "|" + cls + "|" + gb[:1], "ahead=" + bucket, "aheadc=" + bucket + "|" + cls]
    if mark is not None:
        f.append("aheadp=" + mark)
    return f


def _year_parts(i: int, n: int, last_year: int, next_year: list[int], gaps: list[str]) -> tuple[str, str, str | None]:
    """_year_distance's values: the tokens since the last year, the bucket of those to the next one, and the
    punctuation before the next year where it lies within 6 tokens (else None)."""
    # how far after the year: Vancouver "2009;385:12" and MDPI "2019, 11, 345" put volume and pages there
    since = i - last_year if last_year >= 0 else 0
    ahead = next_year[i + 1] - i if next_year[i + 1] < n else 0
    bucket = "none" if not ahead else str(ahead) if ahead <= 3 else "4-6" if ahead <= 6 else "7+"
    mark = gaps[next_year[i + 1]][-1:] if ahead and ahead <= 6 else None
    return (str(since) if since <= 3 else "4+" if since else "none"), bucket, mark


_CUES = frozenset(
    "journal review quarterly studies proceedings conference symposium workshop press university verlag publishers "
    "publishing books edition eds ed hrsg hg in zeitschrift bulletin annals magazine newsletter times paper papers "
    "working discussion report series vol volume no nr pp thesis dissertation available accessed retrieved policy "
    "oxford cambridge london new york berlin paris frankfurt sage routledge wiley springer institute department "
    "international science research social economic political association jahrbuch handbook handbuch".split())


@lru_cache(maxsize=1024)
def _strong(gap: str) -> bool:
    """Whether a gap holds punctuation that ends a block (_blocks) or a comma-free stretch."""
    return any(ch in gap for ch in '.:;()"?!')


@lru_cache(maxsize=1024)
def _ends_stretch(gap: str) -> bool:
    """Whether a gap ends a comma-free stretch (_add_cue_features, _add_number_ahead)."""
    return any(ch in gap for ch in ',.:;()"?!')


def _blocks(raw: str, tokens: list[Token], classes: list[str], gaps: list[str], lows: list[str]) -> list[list[str]]:
    """Features of the stretch between strong punctuation (". ", ": ", brackets, quotes) that holds each token."""
    out: list[list[str]] = []
    for shared, blen, end, places in _block_parts(tokens, classes, gaps, lows):
        shared = _shared_names(shared)
        for i, pos, comma in places:
            out.append(shared + ["bpos=" + pos, "bposc=" + pos + "|" + classes[i], _BCOMMA[comma],
                                 "blenend=" + blen + "|" + end])
    return out


def _block_parts(tokens: list[Token], classes: list[str], gaps: list[str], lows: list[str]):
    """_blocks' features by block, in token order: the features the block's tokens share, its length bucket and
    end, and each token's index, place in the block and commas before it in the block (up to 3)."""
    n = len(tokens)
    starts = [0]
    for i in range(1, n):
        gb = gaps[i]
        initial = classes[i - 1] == "INIT" and gb in (".", "._")
        if not initial and _strong(gb) or (gb.startswith(",") and '"' in gb):
            starts.append(i)
    starts.append(n)
    out = []
    for k in range(len(starts) - 1):
        a, b = starts[k], starts[k + 1]
        size = b - a
        blen = str(size) if size <= 3 else "4-6" if size <= 6 else "7-12" if size <= 12 else "13+"
        end = gaps[b][:1] if gaps[b] else "_"
        places = []
        comma = 0
        for i in range(a, b):
            pos = "single" if size == 1 else "first" if i == a else "last" if i == b - 1 else "mid"
            if i > a and "," in gaps[i]:
                comma += 1
            places.append((i, pos, min(comma, 3)))
        out.append((_block_shared(a, b, k, blen, end, classes, gaps, lows), blen, end, places))
    return out


def _block_shared(a: int, b: int, k: int, blen: str, end: str, classes: list[str], gaps: list[str],
                  lows: list[str]) -> tuple:
    """What every token of block k (tokens a..b-1) shares (_shared_names names the features): its length and the
    punctuation it ends with, the punctuation it begins with, whether it holds a year, its figures (up to 2), its
    share of capitalised words (in quarters), k (up to 6) and its cue words (up to 6, sorted)."""
    cues = set()
    has_year = False
    digits = caps = 0
    for i in range(a, b):
        cls = classes[i]
        if lows[i] in _CUES:
            cues.add(lows[i])
        if cls == "YEAR":
            has_year = True
            digits += 1
        elif cls.startswith(("NUM", "ALNUM")):
            digits += 1
        elif cls == "CAP" or cls == "CAPS":
            caps += 1
    begin = gaps[a][-1:] if gaps[a] else "^"
    return (blen, end, begin, int(has_year), min(digits, 2), min(round(4 * caps / (b - a)), 4), min(k, 6),
            *sorted(cues)[:6])


def _shared_names(shared: tuple) -> list[str]:
    """The features of a block's _block_shared."""
    blen, end, begin, has_year, digits, caps, k, *cues = shared
    return ["blen=" + blen, "bend=" + end, "bbeg=" + begin, "bbe=" + begin + end, "byr=" + str(has_year),
            "bdig=" + str(digits), "bcap=" + str(caps), "bk=" + str(k), *("bcue=" + c for c in cues)]


def learn_cues(examples, *, min_count: int = 4) -> dict[str, float]:
    """Container-versus-title log odds of the words of labelled strings, the words seen min_count times or more.

    Args:
        examples: (raw, tokens, labels) triples; only tokens labelled title or container count.

    Example:
        >>> toks = tokenize_reference("Policy change. Journal of Policy")
        >>> learn_cues([("Policy change. Journal of Policy", toks, ["title"] * 2 + ["container"] * 3)] * 4)["journal"]
        1.79
    """
    counts: dict[str, list[int]] = {}
    totals = [0, 0]
    for _, tokens, labels, *_ in examples:
        for tok, lab in zip(tokens, labels):
            if lab in ("title", "container") and tok.kind == "word":
                k = lab == "container"
                counts.setdefault(_low(tok.text), [0, 0])[k] += 1
                totals[k] += 1
    if not all(totals):
        return {}
    prior = np.log(totals[1] / totals[0])
    return {w: round(float(np.clip(np.log((c + 0.5) / (t + 0.5)) - prior, -2.0, 2.0)), 2)
            for w, (t, c) in counts.items() if t + c >= min_count}


def _low(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().translate(_QUOTES)


def _cue_bin(values: list[float]) -> str:
    if not values:
        return "n"
    m = sum(values) / len(values)
    return "-2" if m < -1.0 else "-1" if m < -0.3 else "0" if m <= 0.3 else "1" if m <= 1.0 else "2"


def _add_cue_features(feats: list[list[str]], gaps: list[str], lows: list[str], cues: dict[str, float]) -> None:
    """How journal-like each token's comma-free stretch, the stretches before and after it, and the token itself
    read (binned mean of the learned cue scores): "Title, Journal Name 45" turns at the comma."""
    n = len(lows)
    starts = [0] + [i for i in range(1, n) if _ends_stretch(gaps[i])] + [n]
    bins = []
    for a, b in zip(starts, starts[1:]):
        bins.append(_cue_bin([cues[w] for w in lows[a:b] if w in cues]))
    k = 0
    for i in range(n):
        while i >= starts[k + 1]:
            k += 1
        here = bins[k]
        after = bins[k + 1] if k + 1 < len(bins) else "e"
        before = bins[k - 1] if k else "s"
        tok = cues.get(lows[i])
        feats[i] += ["sx=" + here, "sxa=" + after, "sxb=" + before, "sxba=" + before + here + after,
                     "tx=" + (_cue_bin([tok]) if tok is not None else "n")]


def _add_number_ahead(feats: list[list[str]], gaps: list[str], classes: list[str], lows: list[str]) -> None:
    """How many comma-free stretches lie between each token and the next stretch holding a number that is no
    year (a volume or pages), and whether its own stretch starts with a capital: in "Title, Journal Name 45,
    1-17" the journal is the stretch of the volume, the title the one before. Trained together with the cues."""
    n = len(classes)
    starts = [0] + [i for i in range(1, n) if _ends_stretch(gaps[i])] + [n]
    has_num = [any(classes[i] != "YEAR" and _NUMBER.match(lows[i]) for i in range(a, b))
               for a, b in zip(starts, starts[1:])]
    ahead = [len(has_num)] * len(has_num)
    nxt = len(has_num)
    for k in range(len(has_num) - 1, -1, -1):
        if has_num[k]:
            nxt = k
        ahead[k] = nxt - k if nxt < len(has_num) else -1
    k = 0
    for i in range(n):
        while i >= starts[k + 1]:
            k += 1
        d = ahead[k]
        bucket = "none" if d < 0 else str(d) if d <= 2 else "3+"
        first = "f" if i == starts[k] else "m"
        feats[i] += ["na=" + bucket, "nac=" + bucket + "|" + classes[i] + "|" + first]


class _Table(dict):
    """Feature ids by key, made by make(key) on first use."""

    def __init__(self, make) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key):
        found = self[key] = self.make(key)
        return found


def _where_ids(get, key: tuple) -> tuple[int, ...]:
    """The ids (get: the feature index's get) of what the tokens before one set (years, bracket, quote, "In",
    block), with its class."""
    years, paren, quote, in_seen, block, cls = key
    return (get(_YR[years], -1), get(_PAR[paren], -1), get(_Q[quote], -1), get(_IN[in_seen], -1),
            get(_BLK[block], -1), get(_BLKC[block] + cls, -1), get(_YRC[years] + cls, -1),
            get(_YRBLK[min(years, 1)][block], -1))


def _years_ids(get, key: tuple) -> tuple[int, ...]:
    """The ids (get: the feature index's get) of a token's distance from the last year and to the next
    (_year_distance), with its class and the first mark of the gap before it."""
    since, bucket, mark, cls, gb = key
    found = (get(f"since={since}|{cls}|{gb}", -1), get("ahead=" + bucket, -1), get(f"aheadc={bucket}|{cls}", -1))
    return found if mark is None else (*found, get("aheadp=" + mark, -1))


def _padded(ids: tuple[int, ...], size: int) -> tuple[int, ...]:
    return ids + (-1,) * (size - len(ids))


def _columns(rows: list[tuple[int, ...]], n: int, k: int) -> np.ndarray:
    """n rows of k ids each as an n × k array."""
    return np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=n * k).reshape(n, k)


class _FeatureIds:
    """The ids of the known features of each token, those extract_features names and in its order (-1 where the
    model does not know one), found from tables instead of from the names: the same ids, so the same sums. Each
    table gives the ids of the features one key names (a token's word; its gaps and class; the classes around it;
    where it stands; the block it is in ...); the word pairs, nearly all new, by name. The tables grow with what is
    seen; each is cleared past 50,000 keys (after the 147 development documents of issue 18's profile: 16,716
    words, the others 5,044 keys at most)."""

    def __init__(self, index: dict[str, int]) -> None:
        self.index = index
        get = index.get
        self.b = get("b", -1)
        self.words: dict[tuple[str, str], tuple] = {}
        pos, rel, left = ([get(f, -1) for f in names] for names in (_POS, _REL, _LEFT))
        self.place = _Table(lambda k: (pos[min(k[0], 6)], rel[10 * k[0] // k[1]], left[min(k[1] - 1 - k[0], 4)]))
        self.gaps = _Table(lambda k: (get("gb=" + k[0], -1), get("ga=" + k[2], -1), get(f"gbc={k[0]}|{k[1]}", -1),
                                      get(f"cga={k[1]}|{k[2]}", -1), get(f"gbcga={k[0]}|{k[1]}|{k[2]}", -1)))
        self.classes = _Table(lambda k: (get("pc=" + k[0], -1), get("nc=" + k[2], -1), get(f"pcc={k[0]}|{k[1]}", -1),
                                         get(f"ccn={k[1]}|{k[2]}", -1)))
        # no table's maker may hold this object (a bound method would): the cycle it made kept a dropped tagger and
        # its feature index alive in a process that had frozen its objects before forking (workers.prepare_fork)
        self.where = _Table(lambda key: _where_ids(get, key))
        self.years = _Table(lambda key: _years_ids(get, key))
        self.shared = _Table(lambda shared: tuple(get(f, -1) for f in _shared_names(shared)))
        self.block = _Table(lambda k: (get("bpos=" + k[0], -1), get(f"bposc={k[0]}|{k[1]}", -1),
                                       get(_BCOMMA[k[2]], -1), get(f"blenend={k[3]}|{k[4]}", -1)))
        self.years4 = _Table(lambda key: _padded(_years_ids(get, key), 4))  # the same, -1 where there is no mark
        self.tables = (self.place, self.gaps, self.classes, self.where, self.years, self.shared, self.block,
                       self.years4)

    def _word(self, token: Token) -> tuple[str, str, tuple[int, ...]]:
        """A word's lower-cased form and class (_word), and the ids of its own features (word, class, shape,
        prefix, suffixes) and of it as the word before, after, two before and two after."""
        if len(self.words) > 50_000:
            self.words.clear()
        low, cls, *own = _word(token.text, token.kind)
        names = [*own, "pw=" + low, "nw=" + low, "p2w=" + low, "n2w=" + low]
        found = self.words[token.text, token.kind] = (low, cls, tuple(self.index.get(f, -1) for f in names))
        return found

    def ids(self, raw: str, tokens: list[Token], cues: dict[str, float] | None) -> list[list[int]]:
        """Each token's feature ids (extract_features(raw, tokens, cues), by id), in one pass over the tokens."""
        n, words = len(tokens), self.words
        found = [words.get((t.text, t.kind)) or self._word(t) for t in tokens]
        lows, classes, own = [w[0] for w in found], [w[1] for w in found], [w[2] for w in found]
        for table in self.tables:
            if len(table) > 50_000:
                table.clear()
        gaps = _gaps(raw, tokens)
        next_year = _next_years(classes)
        context = _contexts(raw, tokens, lows, classes, gaps)
        blocks = self._blocks(tokens, lows, classes, gaps, cues)
        get, b, place, where, years = self.index.get, self.b, self.place, self.where, self.years
        gap_table, cls3 = self.gaps, self.classes
        cl, prevs = ["<s>", *classes, "</s>"], ["<s>", *lows]
        # the word before and after (their ids), two before and two after (none near the ends)
        before, after = [get("pw=<s>", -1), *(o[6] for o in own)], [*(o[7] for o in own[1:]), get("nw=</s>", -1)]
        two_before, two_after = [(), (), *((o[8],) for o in own[:-2])][:n], [*((o[9],) for o in own[2:]), (), ()][-n:]
        out = []
        for i in range(n):
            w, cls, gb, ga, o = lows[i], classes[i], gaps[i], gaps[i + 1], own[i]
            g, c = gap_table[gb, cls, ga], cls3[cl[i], cls, cl[i + 2]]
            seen, paren, quote, in_seen, block, last_year = context[i]
            since, bucket, mark = _year_parts(i, n, last_year, next_year, gaps)
            out.append([b, o[0], o[1], o[2], g[0], g[1], o[3], o[4], o[5], before[i], after[i], c[0], c[1],
                        get(f"gbw={gb}|{w}", -1), get(f"wga={w}|{ga}", -1), g[2], g[3], g[4], c[2], c[3],
                        get(f"pww={prevs[i]}|{w}", -1), *place[i, n], *where[seen, paren, quote, in_seen, block, cls],
                        *years[since, bucket, mark, cls, gb[:1]], *blocks[i], *two_before[i], *two_after[i]])
        return out

    def matrix(self, strings: list[tuple[str, list[Token]]], cues: dict[str, float] | None) -> np.ndarray:
        """ids(raw, tokens, cues) of each (raw, tokens) (tokens not empty), built a column at a time: one row per
        token of all the strings, end to end (tokens × columns), each row the token's ids in ids' order with -1 (an
        unknown feature, which no sum counts) in the places of features a token lacks. Its known ids, row by row,
        are ids' known ids: the same sums (_sums) bit for bit."""
        for table in self.tables:
            if len(table) > 50_000:
                table.clear()
        cols: dict[str, list] = {k: [] for k in ("own", "g", "c", "pairs", "place", "where", "years", "shared",
                                                 "block", "extra", "firsts")}
        for raw, tokens in strings:
            cols["firsts"].append(len(cols["own"]))
            self._string_columns(raw, tokens, cues, cols)
        n, get = len(cols["own"]), self.index.get
        own, g, c, pairs = (_columns(cols[k], n, size) for k, size in (("own", 10), ("g", 5), ("c", 4),
                                                                          ("pairs", 3)))
        out = np.full((n, 56 + (7 if cues else 0)), -1, dtype=np.int64)
        out[:, 0] = self.b
        out[:, 1:4], out[:, 4:6], out[:, 6:9] = own[:, :3], g[:, :2], own[:, 3:6]
        out[:, 11:13], out[:, 13:15], out[:, 15:18], out[:, 18:20] = c[:, :2], pairs[:, :2], g[:, 2:], c[:, 2:]
        out[:, 20] = pairs[:, 2]
        for k, at, size in (("place", 21, 3), ("where", 24, 8), ("years", 32, 4), ("shared", 36, 14),
                            ("block", 50, 4)):
            out[:, at:at + size] = _columns(cols[k], n, size)
        if cues:
            out[:, 54:61] = np.fromiter(map(get, cols["extra"], repeat(-1)), dtype=np.int64,
                                        count=7 * n).reshape(-1, 7)
        firsts = np.array(cols["firsts"], dtype=np.int64)
        lasts = np.append(firsts[1:], n) - 1
        # the words before and after, two before and two after (none past the ends of a string)
        out[1:, 9], out[:-1, 10], out[2:, -2], out[:-2, -1] = own[:-1, 6], own[1:, 7], own[:-2, 8], own[2:, 9]
        out[firsts, 9], out[lasts, 10] = get("pw=<s>", -1), get("nw=</s>", -1)
        out[firsts, -2], out[firsts[firsts + 1 < n] + 1, -2] = -1, -1
        out[lasts, -1], out[lasts[lasts > 0] - 1, -1] = -1, -1
        return out

    def _string_columns(self, raw: str, tokens: list[Token], cues: dict[str, float] | None, cols: dict) -> None:
        """Append one string's rows to matrix's columns."""
        n, words = len(tokens), self.words
        found = [words.get((t.text, t.kind)) or self._word(t) for t in tokens]
        lows, classes = [w[0] for w in found], [w[1] for w in found]
        gaps = _gaps(raw, tokens)
        context = _contexts(raw, tokens, lows, classes, gaps)
        get, cl, after_gaps, next_year = self.index.get, ["<s>", *classes, "</s>"], gaps[1:], _next_years(classes)
        cols["own"] += [w[2] for w in found]
        cols["g"] += map(self.gaps.__getitem__, zip(gaps, classes, after_gaps))
        cols["c"] += map(self.classes.__getitem__, zip(cl, classes, cl[2:]))
        cols["pairs"] += [(get(f"gbw={gb}|{w}", -1), get(f"wga={w}|{ga}", -1), get(f"pww={p}|{w}", -1))
                          for gb, w, ga, p in zip(gaps, lows, after_gaps, ["<s>", *lows])]
        place, where, years = self.place, self.where, self.years4
        cols["place"] += [place[i, n] for i in range(n)]
        cols["where"] += [where[(*x[:5], k)] for x, k in zip(context, classes)]
        cols["years"] += [years[(*_year_parts(i, n, x[5], next_year, gaps), k, gb[:1])]
                          for i, (x, k, gb) in enumerate(zip(context, classes, gaps))]
        shared, block = self.shared, self.block
        for values, blen, end, places in _block_parts(tokens, classes, gaps, lows):
            cols["shared"] += [_padded(shared[values], 14)] * len(places)
            cols["block"] += [block[pos, classes[i], comma, blen, end] for i, pos, comma in places]
        if cues:
            extra: list[list[str]] = [[] for _ in tokens]
            _add_cue_features(extra, gaps, lows, cues)
            _add_number_ahead(extra, gaps, classes, lows)
            cols["extra"] += chain.from_iterable(extra)

    def _blocks(self, tokens: list[Token], lows: list[str], classes: list[str], gaps: list[str],
                cues: dict[str, float] | None) -> list[list[int]]:
        """Each token's block features (_blocks) and, with cues, its cue features, by id."""
        shared, block = self.shared, self.block
        out = []
        for values, blen, end, places in _block_parts(tokens, classes, gaps, lows):
            ids = shared[values]
            out += [[*ids, *block[pos, classes[i], comma, blen, end]] for i, pos, comma in places]
        if cues:
            extra: list[list[str]] = [[] for _ in tokens]
            _add_cue_features(extra, gaps, lows, cues)
            _add_number_ahead(extra, gaps, classes, lows)
            get = self.index.get
            for f, names in zip(out, extra):
                f += [get(name, -1) for name in names]
        return out


# from how many strings tag_many builds the feature ids a column at a time (_FeatureIds.matrix: its numpy steps cost
# more than they save for one string; development, the tagger_speed strings in batches of 1, 2, 4, 8 and 50)
_COLUMNS_FROM = 8


class ReferenceTagger:
    """A first-order averaged-perceptron sequence tagger over extract_features.

    Args:
        features: the feature strings known to the model, one per row of weights.
        weights: emission weights, one row per feature, one column per label.
        transitions: transition weights, rows are the previous label (last row: the start), columns the next.
        cues: the learned word cues the features were trained with (learn_cues), or None.
    """

    def __init__(self, features: list[str], weights: np.ndarray, transitions: np.ndarray,
                 cues: dict[str, float] | None = None) -> None:
        self.index = {f: i for i, f in enumerate(features)}
        self.cues = cues
        self.weights = weights.astype(np.float32)
        self.transitions = transitions.astype(np.float32)
        self._fixed = _bare_transitions(self.transitions)
        self._ids = _FeatureIds(self.index)
        self._last: tuple[str, list[Token], np.ndarray] | None = None  # the last string's emissions

    def emissions(self, feats: list[list[str]]) -> np.ndarray:
        """Label scores of each token (tokens × labels): the sum of its known features' weight rows."""
        flat = list(chain.from_iterable(feats))
        ids = np.fromiter(map(self.index.get, flat, repeat(-1, len(flat))), dtype=np.int64, count=len(flat))
        return self._sums(ids, [len(f) for f in feats])

    def _sums(self, ids: np.ndarray, sizes: list[int]) -> np.ndarray:
        """The sum of the weight rows of each token's known features: ids of all tokens' features (-1: unknown),
        end to end, sizes how many each token has; summed in their order."""
        out = np.zeros((len(sizes), len(LABELS)), dtype=np.float32)
        known = ids >= 0
        # where each token's known features begin and end among the known features of all tokens
        starts = np.fromiter(accumulate(sizes, initial=0), dtype=np.int64, count=len(sizes) + 1)
        bounds = np.concatenate(([0], np.cumsum(known)))[starts]
        begin, end = bounds[:-1], bounds[1:]
        rows = self.weights[ids[known]]
        if len(rows) and (end > begin).all():
            return np.add.reduceat(rows, begin, axis=0)
        some = end > begin
        if some.any():  # a token without a known feature (only in hand-made models) scores zero
            out[some] = np.add.reduceat(rows, begin[some], axis=0)
        return out

    def token_emissions(self, raw: str, tokens: list[Token]) -> np.ndarray:
        """emissions(extract_features(raw, tokens, self.cues)), found from feature ids instead of names: the same
        matrix, bit for bit."""
        feats = self._ids.ids(raw, tokens, self.cues)
        ids = np.fromiter(chain.from_iterable(feats), dtype=np.int64)
        return self._sums(ids, [len(f) for f in feats])

    def _emissions_once(self, raw: str, tokens: list[Token]) -> np.ndarray:
        """token_emissions, kept for the last string tagged: tagging the same tokens again with other labels forced
        (references._italic_labels) reuses them."""
        last = self._last
        if last is not None and last[0] == raw and last[1] == tokens:
            return last[2].copy()
        scores = self.token_emissions(raw, tokens)
        self._last = (raw, list(tokens), scores.copy())
        return scores

    def tag_many(self, items: list[tuple[str, list[Token], dict[int, str] | None]]) -> list[tuple[list[str],
                                                                                             np.ndarray]]:
        """tag of each (raw, tokens, forced), with each string's emissions before forcing (for a second tag of the
        same tokens, tag's scores): the feature ids of all strings found first, a column at a time (_FeatureIds.matrix:
        the same known ids in the same order as _FeatureIds.ids, which is quicker below _COLUMNS_FROM strings),
        their weights summed in one pass and decoded side by side (viterbi_many). The same float32 operations per
        element, so the same labels and emissions as tag."""
        out: list[tuple[list[str], np.ndarray]] = [([], np.zeros((0, len(LABELS)), dtype=np.float32))] * len(items)
        todo = [k for k, (_, tokens, _) in enumerate(items) if tokens]
        if len(todo) >= _COLUMNS_FROM:
            ids = self._ids.matrix([items[k][:2] for k in todo], self.cues)
            sums = self._sums(ids.ravel(), [ids.shape[1]] * len(ids))
        else:
            feats = [f for k in todo for f in self._ids.ids(items[k][0], items[k][1], self.cues)]
            sums = self._sums(np.fromiter(chain.from_iterable(feats), dtype=np.int64), [len(f) for f in feats])
        scores, at = [], 0
        for k in todo:
            n = len(items[k][1])
            scores.append(sums[at:at + n])
            at += n
        forced = [_forced(s, items[k][2]) for k, s in zip(todo, scores)]
        paths = viterbi_many(forced, self.transitions, [bare_gaps(*items[k][:2]) for k in todo], fixed=self._fixed)
        for k, s, path in zip(todo, scores, paths):
            out[k] = ([LABELS[j] for j in path], s)
        return out

    def decode(self, emissions: np.ndarray, bare: list[bool] | None = None) -> list[int]:
        """Best label sequence (Viterbi) for a tokens × labels score matrix; bare: bare_gaps of the tokens."""
        return viterbi(emissions, self.transitions, bare, fixed=self._fixed)

    def tag(self, raw: str, tokens: list[Token], *, forced: dict[int, str] | None = None,
            scores: np.ndarray | None = None) -> list[str]:
        """Labels of the tokens of one reference string; forced fixes some tokens' labels before decoding. scores:
        the tokens' emissions where the caller has them (tag_many's), else they are worked out."""
        if not tokens:
            return []
        scores = _forced(self._emissions_once(raw, tokens) if scores is None else scores, forced)
        return [LABELS[k] for k in self.decode(scores, bare_gaps(raw, tokens))]


def _forced(scores: np.ndarray, forced: dict[int, str] | None) -> np.ndarray:
    """A copy of the emissions with each forced token's other labels out of reach (the scores themselves where
    nothing is forced)."""
    if not forced:
        return scores
    scores = scores.copy()
    for i, label in forced.items():
        keep = scores[i, LABELS.index(label)]
        scores[i, :] = -1e6
        scores[i, LABELS.index(label)] = keep
    return scores


_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\w)|(?<=[\w.?!)'\"’”])[*_]{1,3}(?![\w*_])")
_YEAR_STANDINS = re.compile(r"(?<=[(\[])\s*(?:n\.\s?d|forthcoming|in press|in print|im druck|im erscheinen|o\.\s?j|"
                            r"i\.\s?e|in vorbereitung|"
                            r"s\.\s?d|sans date|no date|undated)\b\.?(?=\s*[)\]])", re.I)

# A German ordinal inside a title: "des 20. Jahrhunderts", "im 21. Jahrhundert", "zum 60. Geburtstag" (a number of
# one or two digits with its full stop, after an article or preposition, before a word that is no volume, issue,
# edition or page word). The tagger, trained on few German titles, reads the number as a volume and the full stop
# as a field's end; it reads the ordinal written as a word ("nn ") as part of the title.
_ORDINAL = re.compile(r"(?<=\s)(?:des|der|dem|den|die|das|im|am|zum|zur|vom|beim|ins|seit|bis|nach|vor|um) "
                      r"(\d{1,2}\.)(?= (?!(?:Jg|Jahrgang|Aufl|Auflage|Ausg|Ausgabe|Heft|H|Bd|Band|Nr|S|Lfg|Lieferung|"
                      r"Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\b)[^\W\d_])")


def mask_for_tagging(text: str) -> str:
    """A same-length copy of text with Markdown emphasis ("*Journal*") blanked, a bracketed "n.d.",
    "forthcoming" or "in press" written as a year, which is how the tagger's training data look, and a German
    ordinal in running words ("des 20. Jahrhunderts") written as a word (_ORDINAL).

    Example:
        >>> mask_for_tagging("Núñez, L. (in press) 'Title', *Policy & Politics*.")
        "Núñez, L. (2000    ) 'Title',  Policy & Politics ."
    """
    text = _EMPHASIS.sub(lambda m: " " * len(m.group()), text)
    if ". " in text:
        text = _ORDINAL.sub(lambda m: m.group()[:m.start(1) - m.start()] + "n" * (len(m.group(1)) - 1) + " ", text)
    return _YEAR_STANDINS.sub(lambda m: "2000".ljust(len(m.group())) if len(m.group()) >= 4 else m.group(), text)


def forced_labels(raw: str, tokens: list[Token]) -> dict[int, str]:
    """Labels that need no model: DOIs, URLs, editors named before "(eds)" at the start, an author-date year."""
    out = {i: t.kind for i, t in enumerate(tokens) if t.kind in ("doi", "url")}
    # "Bartlett, W. and Le Grand, J. (eds) (1993)": everyone before the role word, at the start, edited the work
    m = _EDITORS_FIRST.match(raw)
    if m:
        for i, t in enumerate(tokens):
            if t.start < m.end():
                out[i] = "editor"
    # "Joseph Rowntree Foundation (2020) ...": a bracketed year after the first words is the date
    for i, t in enumerate(tokens[:16]):
        if i and t.kind == "word" and _YEAR.match(t.text) and raw[tokens[i - 1].end:t.start].strip().endswith(
                ("(", "[")) and tokens[0].text[:1].isupper():
            for k in _date_group(raw, tokens, i):
                out.setdefault(k, "year")
            break
    # "Neue Rundschau, 5.12.1998, S. 1": the year of a day's date (a newspaper's) is the date where no year came
    # before it (the day and month are no volume or issue: reference_rules._drop_date_numbers)
    day = _DAY_DATE.search(raw) if "year" not in out.values() else None
    if day and not _ACCESSED.search(raw[max(0, day.start() - 30):day.start()]) and not any(
            _YEAR.match(t.text) for t in tokens if t.end <= day.start()):
        for i, t in enumerate(tokens):
            if day.start() <= t.start < day.end() and _YEAR.match(t.text):
                out.setdefault(i, "year")
    return out


# the day a web page was read is not the work's date ("(accessed: 01.02.2014)", "Stand: 3.5.2010")
_ACCESSED = re.compile(r"access|abgerufen|aufgerufen|zugriff|stand\b|retrieved|visited|viewed|download|zuletzt", re.I)
_DAY_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:1[5-9]|20)\d\d(?!\d)")


# A bracketed date group: the year alone, or with the first edition's or a reprint's year and their words
# ("(1999/1946)", "(1855/1861/1936)", "(1980/ Orig. 1922)", "(2006 [1983])", "(2015, im Erscheinen)",
# "(1990, first published 1975)"), where the tagger took the later years for the title.
_DATE_GROUP = re.compile(r"(?:(?:1[5-9]|20)\d\d[a-z]?\d?|orig\.?|original|zuerst|erstmals|erstausgabe|first published|"
                         r"im erscheinen|im druck|forthcoming|in press|[/,;\[\]]|\s)+", re.I)


def _date_group(raw: str, tokens: list[Token], i: int) -> list[int]:
    """The tokens of the bracketed date group whose first year is tokens[i] (none where the bracket holds more)."""
    close = raw.find(")" if raw[:tokens[i].start].rstrip().endswith("(") else "]", tokens[i].end)
    if close < 0 or not _DATE_GROUP.fullmatch(raw, tokens[i].start, close):
        return []
    return [k for k in range(i, len(tokens)) if tokens[k].start < close]


_EDITORS_FIRST = re.compile(r"^[^()\d:]{3,160}?[(\[]\s*(?:eds?|editors?|hrsg|hg|dir|coord)\.?\s*[)\]]", re.I)


# Fields written in words: in the training strings 1.5-3 % of the boundaries between two of them lie at bare white
# space ("... a randomized trial Diabetes Care"), and the tagger's mid-name cuts ("Applied Psychology: An |
# International Review", "Political Science | Series") all do.
_WORD_FIELDS = [LABELS.index(lab) for lab in ("author", "editor", "title", "container", "publisher")]
_OPENERS = frozenset({"in", "en", "dans", "im"})


def bare_gaps(raw: str, tokens: list[Token]) -> list[bool]:
    """For each token, whether only white space parts it from the token before, so that no field written in words
    (author, editor, title, container, publisher) may end there and another begin. "In", "En", "Dans" and "Im"
    open a container without punctuation.

    Example:
        >>> bare_gaps("Title, Nursing Forum", tokenize_reference("Title, Nursing Forum"))
        [False, False, True]
    """
    return [i > 0 and not raw[tokens[i - 1].end:tok.start].strip() and tok.text.lower() not in _OPENERS
            for i, tok in enumerate(tokens)]


def viterbi(emissions: np.ndarray, transitions: np.ndarray, bare: list[bool] | None = None, *,
            fixed: np.ndarray | None = None) -> list[int]:
    """Best path through emissions (n × L) with transitions ((L + 1) × L, last row from the start); where bare[i]
    (bare_gaps), no switch between two fields written in words at token i (fixed: _bare_transitions(transitions),
    when the caller keeps it)."""
    n = emissions.shape[0]
    if n == 0:
        return []
    trans = transitions[:-1]
    if fixed is None:
        fixed = _bare_transitions(transitions)
    score = transitions[-1] + emissions[0]
    back = np.empty((n, emissions.shape[1]), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + (fixed if bare and bare[i] else trans)
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emissions[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


def viterbi_many(emissions: list[np.ndarray], transitions: np.ndarray, bares: list[list[bool]], *,
                 fixed: np.ndarray | None = None) -> list[list[int]]:
    """viterbi of each of several score matrices, stepped side by side: the longest first, so that the sequences
    still going at a step are a prefix. Each sequence gets the float32 sums, maxima and first-maximum argmax that
    viterbi works out for it alone, so the same path."""
    if fixed is None:
        fixed = _bare_transitions(transitions)
    if len(emissions) == 1:
        return [viterbi(emissions[0], transitions, bares[0], fixed=fixed)]
    order = sorted(range(len(emissions)), key=lambda k: -len(emissions[k]))
    lengths = [len(emissions[k]) for k in order]
    if not lengths or not lengths[0]:
        return [[] for _ in emissions]
    scores, barred = _stacked([emissions[k] for k in order], [bares[k] for k in order], lengths[0])
    score = transitions[-1] + scores[:, 0]
    back = np.empty(scores.shape, dtype=np.int64)
    trans, going = transitions[:-1], len(order)
    for i in range(1, lengths[0]):
        while lengths[going - 1] <= i:
            going -= 1
        cand = score[:going, :, None] + np.where(barred[:going, i, None, None], fixed, trans)
        back[:going, i] = cand.argmax(axis=1)
        score[:going] = cand.max(axis=1) + scores[:going, i]
    paths: list[list[int]] = [[] for _ in emissions]
    for b, k in enumerate(order):
        if lengths[b]:
            best = [int(score[b].argmax())]
            for i in range(lengths[b] - 1, 0, -1):
                best.append(int(back[b, i, best[-1]]))
            paths[k] = best[::-1]
    return paths


def _stacked(emissions: list[np.ndarray], bares: list[list[bool]], n: int) -> tuple[np.ndarray, np.ndarray]:
    """The score matrices one above the other, padded to n tokens, and where each token's gap is bare."""
    scores = np.zeros((len(emissions), n, emissions[0].shape[1]), dtype=np.float32)
    barred = np.zeros((len(emissions), n), dtype=bool)
    for b, (em, bare) in enumerate(zip(emissions, bares)):
        scores[b, :len(em)] = em
        barred[b, :len(bare)] = bare
    return scores, barred


def _bare_transitions(transitions: np.ndarray) -> np.ndarray:
    """The transitions between labels (no start row) with every switch between two fields written in words barred."""
    fixed = transitions[:-1].copy()
    for a in _WORD_FIELDS:
        fixed[a, [b for b in _WORD_FIELDS if b != a]] = -1e6
    return fixed


@lru_cache(maxsize=1)
def load_reference_tagger(path: str | None = None) -> ReferenceTagger | None:
    """The shipped tagger, loaded once; None when the weights file is missing (rules then work alone)."""
    file = Path(path) if path else MODEL_PATH
    if not file.exists():
        return None
    with np.load(file, allow_pickle=False) as data:
        # (.item(): the 0-d array's string as it is; str() of the array costs 5-15 ms more for the same string)
        features = data["features"].item().split("\n")
        cues = None
        if "cue_words" in data.files:
            cues = dict(zip(data["cue_words"].item().split("\n"), data["cue_scores"].astype(float).tolist()))
        return ReferenceTagger(features, data["weights"], data["transitions"], cues)
