"""Reference lists as labelled lines: a small learned sequence model marks each line of a reference region as the
start of an entry ("B"), a line inside an entry ("I") or not a reference ("O": running heads, page numbers,
footers and repository notices, watermarks, author biographies, prose, transcript pointers).

Two logistic models share one set of named binary features of a line and its neighbours (what the line starts and
ends with, its length against the region's full lines, years, DOIs, page ranges, prose words, repetition within
the region): P(reference line) and P(entry start | reference line). Their product gives per-line scores for B, I
and O, and a Viterbi pass with the transition counts of the training data picks the labels. Weights:
data/reflist.npz (scripts/train_reflist.py; trained on AnyStyle finder documents and GROBID reference-segmenter
sections only). Without the file, callers keep their rules.

Rules that remain, applied before the model:
- margin line numbers (a line-numbered preprint or a "For Peer Review" manuscript): when most lines of a region open
  with integers that rise by one from line to line, the numbers are removed;
- a line that is only a page number or only "Page N" is not a reference line;
- a line that goes on with a URL or DOI the line before ended with ("R-project.org/...", "5281/zenodo...") does
  not start an entry;
- nor is a notice that no reference holds: a copyright sign, "all rights reserved", "terms of use", "made
  available under", "downloaded from", a deposit licence, "For Peer Review" (the training data has too few of
  these for the model to learn them).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "data" / "reflist.npz"
STATES = ("O", "B", "I")
MID_BLOCK_START = 0.8  # P(start) a line inside a reader's block needs to open an entry (region_entries)

_Y = r"(?:1[5-9]\d\d|20\d\d)"
_U = "A-Z\u00C0-\u00DE\u0100-\u024F"
_STARTS = {
    "name_comma": re.compile(rf"^[{_U}][\w'’\-]+(?: [{_U}][\w'’\-]+)?,\s"),
    "name_initials": re.compile(rf"^(?:[{_U}][\w'’\-]+ )?[{_U}][\w'’\-]+,?\s(?:[{_U}]\.?\s?-?){{1,3}}[,.;:(\s]"),
    "initials_name": re.compile(rf"^(?:[{_U}]\.\s?-?){{1,3}}\s?[{_U}][a-z]"),
    "caps_name": re.compile(rf"^[{_U}]{{2,}}[{_U}'\-]*[,\s]"),
    "bracket_num": re.compile(r"^\[\s*\d{1,4}[a-z]?\s*\]"),
    "num_dot": re.compile(r"^\d{1,3}[.)]\s"),
    "num_space": re.compile(r"^\d{1,4}\s+[^\W\d]"),
    "paren_num": re.compile(r"^\(\d{1,4}\)"),
    "bullet": re.compile(r"^[•●▪◦·∙*]\s"),
    "dash": re.compile(r"^(?:[-–—_]{2,}|[–—]\s|-\s?[,.])"),
    "lower": re.compile(r"^[a-z\u00DF-\u00FF]"),
    "digit": re.compile(r"^\d"),
    "open_quote": re.compile(r"^[\"'“‘„«(]"),
    "in": re.compile(r"^(?:In|in|IN)[:\s]"),
    "pages": re.compile(r"^(?:pp?\.|S\.)\s?\d"),
    "year_start": re.compile(rf"^\(?{_Y}[a-z]?\)?[.,:\s]"),
    "and": re.compile(r"^(?:and|&|und|et)\s"),
    "para_number": re.compile(r"^[A-Z]{0,2}\d{1,3}\.\d{1,3}\.?\s"),
    "title_word": re.compile(r"^(?:The|A|An|On|Der|Die|Das)\s"),
    "urlish": re.compile(r"^(?:\d{4,}/|[\w.-]*[a-z]\.(?:org|com|net|io|edu|gov|html?)\b|[\w.-]+/[\w.-])"),
}
_ENDS = {
    "period": re.compile(r"\.$"),
    "comma": re.compile(r",$"),
    "hyphen": re.compile(r"[-‐­]$"),
    "digit": re.compile(r"\d$"),
    "pagerange": re.compile(r"\d+\s?[-–]\s?\d+\.?$"),
    "year": re.compile(rf"{_Y}[a-z]?\)?\.?$"),
    "url": re.compile(r"(?:https?://|www\.|doi\.org|10\.\d{4,}/)\S*$"),
    "paren": re.compile(r"[)\]]\.?$"),
    "colon": re.compile(r"[:;]$"),
    "joiner": re.compile(r"(?:\band|&|\bin|\bof|\bthe|\bund|\bfor)$", re.I),
    "lowerword": re.compile(r"[a-z]$"),
    "capword": re.compile(r"\b[A-Z][a-z]+$"),
    "initial": re.compile(rf"\b[{_U}]\.$"),
    "quote": re.compile(r"[\"'”’]$"),
}
_YEAR = re.compile(rf"(?<!\d){_Y}[a-z]?(?!\d)")
_PAREN_YEAR = re.compile(rf"\(\s*{_Y}[a-z]?[,)]")
_DOI = re.compile(r"\b(?:doi|10\.\d{4,}/)", re.I)
_URL = re.compile(r"https?://|www\.", re.I)
_CUES = re.compile(r"\b(?:press|verlag|journal|review|quarterly|proceedings|university|eds?\.|\(eds?\)|hrsg\.|pp\.|"
                   r"vol\.|no\.|edition|working paper|report|isbn|available|accessed|retrieved|publish\w*|"
                   r"routledge|sage|springer|wiley|elsevier|oxford|cambridge)\b", re.I)
_PROSE = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|this|that|which|these|we|our|it|they|there|would|"
                    r"could|should|will|can|may|not|also|because|however|his|her|he|she|ist|sind|wird|dass|nicht|"
                    r"such|see|paragraph|evidence|said|told)\b", re.I)
_NOTICE = re.compile(r"©|\bcopyright\b|\blicen[cs]e|all rights reserved|terms of use|downloaded|repository|"
                     r"creative\s?commons|peer review|\bssoar\b|\bnbn\b|urn:|deposit|this (?:version|document|"
                     r"article) is|preprint|manuscript|author(?:'s|s)? (?:copy|version)|provided by", re.I)
# rule: notices that are never part of a reference (licence and repository footers, review watermarks)
_NOTICE_STRONG = re.compile(r"©|all rights reserved|terms of use|for peer review|made available under|downloaded from|"
                            r"deposit licen[cs]e|no redistribution|non-?exclusive|this (?:version|document|article|"
                            r"paper) (?:is|was|has)\b|you may not|permission of the (?:publisher|copyright)|"
                            # German: "Alle Rechte vorbehalten", "... ist eine Open-Access-Publikation"
                            r"alle rechte vorbehalten|ist eine open[- ]access[- ]publikation", re.I)
_TRANSCRIPT = re.compile(r"\b\d{1,4}/\d{1,2}(?:\s?[-–]\s?\d{1,4}/\d{1,2})?\b")
_ETAL = re.compile(r"\bet al\b|\bu\. ?a\.", re.I)
_EMAIL = re.compile(r"@\w")
_PAGE_ONLY = re.compile(r"^(?:page\s+|seite\s+|p\.\s?)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/|von)\s*\d{1,4})?$", re.I)
_LEADING_INT = re.compile(r"^\s*(\d{1,4})(?:\s+|$)")
_HEADING = re.compile(r"^(?:[\dIVX]+\.?\s*)?(?:references?|bibliograph\w*|literatur\w*|works cited|sources|notes|"
                      r"endnotes|appendix|annex|about the authors?|acknowledge?ments?|biograph\w*|contributors)\s*:?$",
                      re.I)


def strip_line_numbers(lines: list[str]) -> list[str]:
    """Rule: margin line numbers. When at least five lines, and most of the non-blank ones, open with an integer and
    those integers mostly rise by one from line to line (a line-numbered preprint, a manuscript under review),
    the numbers are removed; a list numbered "1 Author..." has one number per entry, not per line, and stays.

    Example:
        >>> strip_line_numbers(["12 Bauer, A. (2003) Title of the", "13 work. Berlin: Verlag.", "14", "15 Kahn, B."
        ...                     " (2001) Another.", "16 Journal 3: 1-9."])
        ['Bauer, A. (2003) Title of the', 'work. Berlin: Verlag.', '', 'Kahn, B. (2001) Another.', 'Journal 3: 1-9.']
    """
    numbers = [_LEADING_INT.match(line) for line in lines]
    filled = [line for line in lines if line.strip()]
    found = [int(m.group(1)) for m in numbers if m]
    if len(found) < 5 or len(found) < 0.7 * len(filled):
        return lines
    rising = sum(1 for a, b in zip(found, found[1:]) if b == a + 1)
    if rising < 0.7 * (len(found) - 1):
        return lines
    # a list numbered one entry a line ("1 Smith J...", "2 Wang X...") has no numbered continuation lines
    rests = [line[m.end():].strip() for line, m in zip(lines, numbers) if m]
    if sum(1 for r in rests if not r or not r[:1].isupper()) < 0.15 * len(rests):
        return lines
    return [line[m.end():] if m else line for line, m in zip(lines, numbers)]


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower()).strip()


def line_features(lines: list[str], breaks: set[int] | None = None) -> list[list[str]]:
    """Named binary features of each line of a region (whitespace already collapsed).

    Args:
        lines: the region's lines in reading order; empty strings are blank lines.
        breaks: indexes of lines that follow a blank line or a paragraph break (beside the blank lines given).
    """
    breaks = set(breaks or ())
    lengths = sorted(len(t) for t in lines if t)
    full = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 1
    repeats = Counter(_norm(t) for t in lines if t and len(t) < 90)
    own: list[list[str]] = []
    ends: list[list[str]] = []
    starts: list[list[str]] = []
    for i, t in enumerate(lines):
        if not t:
            own.append([]), ends.append([]), starts.append([])
            continue
        f, st, en = _own_features(t, full=full, repeated=repeats.get(_norm(t), 0) >= 2,
                                  after_break=i in breaks or i == 0 or not lines[i - 1])
        own.append(f)
        ends.append(en + ["len:" + f[len(st) + len(en) + 1][4:]] + (["year"] if "year" in f else []))
        starts.append(st + (["year_early"] if "year_early" in f else []))
    out: list[list[str]] = []
    for i, f in enumerate(own):
        if not f:
            out.append([])
            continue
        j, k = _neighbours(lines, i)
        g = list(f)
        g += ["p:" + x for x in ends[j]] if j >= 0 else ["p:none"]
        g += ["pp:" + x for x in starts[j]] if j >= 0 else []
        g += ["n:" + x for x in starts[k]] if k < len(lines) else ["n:none"]
        if j >= 0:
            g += _joint_features(f, ends[j], starts[i], previous_repeated="repeated" in own[j])
        out.append(g)
    return out


def _own_features(t: str, *, full: int, repeated: bool, after_break: bool) -> tuple[list[str], list[str], list[str]]:
    """A line's own features, and the names of the start and end patterns it matches (they lead the features)."""
    f: list[str] = []
    st = [k for k, p in _STARTS.items() if p.match(t)]
    en = [k for k, p in _ENDS.items() if p.search(t)]
    f += ["s:" + k for k in st] + ["e:" + k for k in en]
    words = t.split()
    n = len(words)
    f += _size_features(t, n, full)
    f += _year_features(t)
    for name, pat in (("doi", _DOI), ("url", _URL), ("etal", _ETAL), ("email", _EMAIL), ("notice", _NOTICE),
                      ("transcript", _TRANSCRIPT)):
        if pat.search(t):
            f.append(name)
    f += _text_features(t, words)
    if n <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and not en.count("period"):
        f.append("title_case")
    if repeated and len(t) < 90:
        f.append("repeated")
    if after_break:
        f.append("after_break")
    commas = t.count(",") + t.count(";")
    f.append("punct:" + ("0" if not commas else "1" if commas == 1 else "many"))
    return f, st, en


def _neighbours(lines: list[str], i: int) -> tuple[int, int]:
    """The nearest non-blank lines before and after line i (-1 and len(lines) where there is none)."""
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    k = i + 1
    while k < len(lines) and not lines[k]:
        k += 1
    return j, k


def _size_features(t: str, n: int, full: int) -> list[str]:
    """The number of words (n) and the length beside a full line, in buckets."""
    rel = len(t) / max(full, 1)
    return ["w:" + ("1" if n <= 1 else "3" if n <= 3 else "7" if n <= 7 else "15" if n <= 15 else "16+"),
            "len:" + ("<.3" if rel < 0.3 else "<.6" if rel < 0.6 else "<.9" if rel < 0.9 else "full")]


def _year_features(t: str) -> list[str]:
    """Where years stand in a line: early (first 60 characters), anywhere, in brackets, two or more."""
    f = []
    if _YEAR.search(t[:60]):
        f.append("year_early")
    if _YEAR.search(t):
        f.append("year")
    if _PAREN_YEAR.search(t):
        f.append("paren_year")
    if len(_YEAR.findall(t)) >= 2:
        f.append("years2")
    return f


def _text_features(t: str, words: list[str]) -> list[str]:
    """Citation cue words, prose words, the share of letters, heading words, a page number alone, capitals."""
    n = len(words)
    f = []
    cues = len(_CUES.findall(t))
    f.append("cues:" + str(min(cues, 2)))
    prose = len(_PROSE.findall(t))
    f.append("prose:" + ("0" if not prose else "1" if prose == 1 else "2" if prose * 6 < n else "many"))
    letters = sum(ch.isalpha() for ch in t) / len(t)
    f.append("alpha:" + ("<.3" if letters < 0.3 else "<.6" if letters < 0.6 else "hi"))
    if _HEADING.match(t):
        f.append("heading_word")
    if _PAGE_ONLY.match(t):
        f.append("page_only")
    if t.isupper() and any(ch.isalpha() for ch in t):
        f.append("all_caps")
    return f


def _joint_features(f: list[str], previous_ends: list[str], line_starts: list[str], *,
                    previous_repeated: bool) -> list[str]:
    """Conjunctions of how the line before ends and how this line starts."""
    g = []
    firm = any(x in previous_ends for x in ("period", "paren", "digit", "url", "pagerange", "year"))
    named = any(x in line_starts for x in ("name_comma", "name_initials", "initials_name", "caps_name"))
    g.append(f"firm{int(firm)}_name{int(named)}")
    g.append(f"firm{int(firm)}_yearly{int('year_early' in f)}")
    # one conjunction the linear models cannot form: how the line before ends, how long it is, how this
    # line starts and whether a year follows soon
    pend = next((x for x in ("period", "comma", "hyphen", "digit", "colon") if x in previous_ends), "other")
    plen = "short" if any(x in previous_ends for x in ("len:<.3", "len:<.6")) else "long"
    start = "name" if named else next((x for x in ("bracket_num", "num_dot", "num_space", "dash", "lower")
                                       if x in line_starts), "other")
    g.append(f"x:{pend}|{plen}|{start}|{int('year_early' in f)}")
    if previous_repeated:
        g.append("p:repeated")
    return g


class RefListModel:
    """The two logistic models and the transition scores; label() runs Viterbi over a region's lines."""

    def __init__(self, features: list[str], w_ref: np.ndarray, w_start: np.ndarray, bias: np.ndarray,
                 transitions: np.ndarray):
        self.index = {f: i for i, f in enumerate(features)}
        self.w_ref = [float(x) for x in w_ref]
        self.w_start = [float(x) for x in w_start]
        self.b_ref, self.b_start = float(bias[0]), float(bias[1])
        self.transitions = np.asarray(transitions, dtype=float)
        # how much the transition scores count beside the emissions (which already see the neighbouring lines)
        self.transition_weight = 1.0

    def probabilities(self, feats: list[list[str]]) -> list[tuple[float, float]]:
        """(P(reference line), P(entry start | reference line)) per line; blank lines get (nan, nan)."""
        out = []
        for f in feats:
            if not f:
                out.append((math.nan, math.nan))
                continue
            ids = [self.index[x] for x in f if x in self.index]
            r = self.b_ref + sum(self.w_ref[i] for i in ids)
            s = self.b_start + sum(self.w_start[i] for i in ids)
            out.append((1 / (1 + math.exp(-max(-30.0, min(30.0, r)))), 1 / (1 + math.exp(-max(-30.0, min(30.0, s))))))
        return out

    def label(self, lines: list[str], breaks: set[int] | None = None,
              probs: list[tuple[float, float]] | None = None) -> list[str]:
        """"B", "I" or "O" for each line ("" for blank lines); probs, when given, is filled with the probabilities."""
        feats = line_features(lines, breaks)
        found = self.probabilities(feats)
        if probs is not None:
            probs[:] = found
        probs = found
        idx = [i for i, f in enumerate(feats) if f]
        if not idx:
            return [""] * len(lines)
        eps = 1e-6
        emit = []
        for i in idx:
            r, s = probs[i]
            if "page_only" in feats[i] or _NOTICE_STRONG.search(lines[i]):  # rules: a page number, a notice
                r = 0.0
            elif "s:urlish" in feats[i] and "p:url" in feats[i]:  # rule: the rest of a URL or DOI cut at a line end
                s = 0.0
            emit.append([math.log(1 - r + eps), math.log(r * s + eps), math.log(r * (1 - s) + eps)])
        emit_a = np.array(emit)
        trans = self.transitions * self.transition_weight
        score = emit_a[0] + trans[3]  # row 3: the start of a region
        back = np.zeros((len(idx), 3), dtype=int)
        for t in range(1, len(idx)):
            cand = score[:, None] + trans[:3]
            back[t] = cand.argmax(axis=0)
            score = cand.max(axis=0) + emit_a[t]
        path = [int(score.argmax())]
        for t in range(len(idx) - 1, 0, -1):
            path.append(int(back[t][path[-1]]))
        path.reverse()
        out = [""] * len(lines)
        for i, s in zip(idx, path):
            out[i] = STATES[s]
        return out


@lru_cache(maxsize=1)
def load_reflist_model(path: str | None = None) -> RefListModel | None:
    """The shipped model, loaded once; None when the weights file is missing (callers then keep their rules)."""
    file = Path(path) if path else MODEL_PATH
    if not file.exists():
        return None
    with np.load(file, allow_pickle=False) as data:
        return RefListModel(str(data["features"]).split("\n"), data["w_ref"], data["w_start"], data["bias"],
                            data["transitions"])


def label_lines(lines: list[str], breaks: set[int] | None = None,
                model: RefListModel | None = None) -> list[str] | None:
    """Label the lines of a reference region "B" (entry start), "I" (inside an entry), "O" (not a reference) or ""
    (blank). Margin line numbers are removed first (strip_line_numbers). None when no model is available.

    Example:
        >>> label_lines(["Hood, C. (1991) A public management for all seasons? Public", "Administration 69: 3-19.",
        ...              "Peck, J. (2001) Workfare States. New York: Guilford Press."])
        ['B', 'I', 'B']
    """
    model = model or load_reflist_model()
    if model is None:
        return None
    rows = [" ".join(line.split()) for line in strip_line_numbers(lines)]
    return model.label(rows, breaks)


def fit(sequences: list[tuple[list[str], list[str]]], *, c: float = 0.5) -> dict:
    """Train the two logistic models and the transitions on labelled regions.

    Args:
        sequences: (lines, labels) pairs; a label is "B", "I", "O", "R" (a reference line whose start is
            unknown: it trains P(reference) only) or "" (blank).
        c: inverse regularisation strength of both models.

    Returns the arrays of the weights file (see load_reflist_model).
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, y_ref, y_start, has_start = [], [], [], []
    counts = np.ones((4, 3))  # add-one smoothing; row 3 is the region start
    for lines, labels in sequences:
        feats = line_features([" ".join(t.split()) for t in lines])
        prev = 3
        for f, lab in zip(feats, labels):
            if not f or not lab:
                continue
            rows.append(dict.fromkeys(f, 1))
            y_ref.append(lab != "O")
            y_start.append(lab == "B")
            has_start.append(lab in "BI" and lab != "")
            if lab in STATES:
                cur = STATES.index(lab)
                counts[prev, cur] += 1
                prev = cur
            else:
                prev = 3 if prev == 3 else 1  # unknown B/I: next transition counted as from a reference line
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    ref = LogisticRegression(C=c, max_iter=2000).fit(x, np.array(y_ref))
    mask = np.array(has_start)
    start = LogisticRegression(C=c, max_iter=2000).fit(x[mask], np.array(y_start)[mask])
    names = list(vec.feature_names_)
    w_ref, w_start = ref.coef_[0], start.coef_[0]
    keep = [i for i in range(len(names)) if abs(w_ref[i]) > 1e-3 or abs(w_start[i]) > 1e-3]
    trans = np.log(counts / counts.sum(axis=1, keepdims=True))
    return {"features": "\n".join(names[i] for i in keep), "w_ref": w_ref[keep].astype(np.float32),
            "w_start": w_start[keep].astype(np.float32),
            "bias": np.array([ref.intercept_[0], start.intercept_[0]], dtype=np.float32),
            "transitions": trans.astype(np.float32)}


def model_from_arrays(arrays: dict) -> RefListModel:
    """A model from fit()'s arrays without writing them (cross-validation)."""
    return RefListModel(arrays["features"].split("\n"), arrays["w_ref"], arrays["w_start"], arrays["bias"],
                        arrays["transitions"])


def region_entries(blocks: list[tuple[list[str], int | None]],
                   model: RefListModel | None = None) -> list[tuple[str, int | None]] | None:
    """The entries of a reference region given as consecutive blocks (each its lines and page), labelled as one
    sequence so that an entry may run over a page or column break and repeated running heads are seen as such.
    Returns (entry text, page of its first line) pairs, "O" lines left out; None when no model is available.
    Lines are joined with a space: the readers have already resolved line-break hyphens (ingest/structure.py).

    Example:
        >>> region_entries([(["Hood, C. (1991) A public management for all seasons? Public"], 3),
        ...                 (["Administration 69: 3-19.", "Peck, J. (2001) Workfare States. New York: Guilford."], 4)])
        [('Hood, C. (1991) A public management for all seasons? Public Administration 69: 3-19.', 3), \
('Peck, J. (2001) Workfare States. New York: Guilford.', 4)]
    """
    model = model or load_reflist_model()
    if model is None:
        return None
    lines: list[str] = []
    pages: list[int | None] = []
    breaks: set[int] = set()
    for rows, page in blocks:
        breaks.add(len(lines))
        lines += rows
        pages += [page] * len(rows)
    rows = [" ".join(line.split()) for line in strip_line_numbers(lines)]
    starts: list[tuple[float, float]] = []
    labels = _block_labels(model.label(rows, breaks, starts), breaks, starts, [len(r) for r, _ in blocks])
    out: list[tuple[str, int | None]] = []
    for row, label, page in zip(rows, labels, pages):
        if label == "B" or (label == "I" and not out):
            out.append((row, page))
        elif label == "I":
            out[-1] = (out[-1][0] + " " + row, out[-1][1])  # line-break hyphens were resolved by the reader
    return [(text, page) for text, page in out if re.search(r"[^\W\d_]", text)]


def _block_labels(labels: list[str], breaks: set[int], starts: list[tuple[float, float]],
                  block_sizes: list[int]) -> list[str]:
    """The model's line labels weighed against the reader's blocks (breaks: the first line of each block; starts:
    each line's start probabilities; block_sizes: lines per block)."""
    # at a block the reader set apart (hanging indent, spacing) the line's own start probability decides: the
    # transition scores, learned where most entries run over two lines, would join one-line entries; inside a block
    # a new entry needs a confident start (the reader's hanging indents already separate most entries)
    labels = ["B" if i in breaks and label == "I" and starts[i][1] >= 0.5 else
              "I" if i not in breaks and label == "B" and starts[i][1] < MID_BLOCK_START else label
              for i, label in enumerate(labels)]
    # rule: where the reader already set one entry per block (most blocks open like an entry and are short), the
    # blocks are the entries; the model then only leaves out the lines that are no reference
    sizes = sorted(block_sizes)
    opens = sum(1 for i in breaks if i < len(starts) and starts[i][1] >= 0.5)
    if len(block_sizes) >= 3 and opens >= 0.7 * len(block_sizes) and sizes[len(sizes) // 2] <= 4:
        labels = [label if label in ("O", "") else "B" if i in breaks else "I" for i, label in enumerate(labels)]
    return labels


_CUT_AT_END = re.compile(r"(?:[-/.]|(?:https?://|doi\.org/|10\.\d{4,}/)\S*)$")


def filter_region(blocks: list[tuple[list[str], int | None]],
                  model: RefListModel | None = None) -> list[tuple[list[str], int | None]] | None:
    """The model as a filter in front of the line rules: the region's blocks with margin line numbers removed and
    the lines the model labels "O" (running heads, notices, watermarks, biographies) left out; the rules then split
    the entries. A short line that finishes a DOI, URL or hyphenated word cut at the end of the line before
    ("...gmd-7-225-" + "2014") is kept: the model reads it as a page number. None when no model is available.

    Example:
        >>> filter_region([(["Hood, C. (1991) A public management for all seasons? Public Administration 69: 3-19.",
        ...                  "Downloaded from https://example.org on 3 May 2020. All rights reserved."], 3)])
        [(['Hood, C. (1991) A public management for all seasons? Public Administration 69: 3-19.'], 3)]
    """
    model = model or load_reflist_model()
    if model is None:
        return None
    lines: list[str] = []
    breaks: set[int] = set()
    for rows, _ in blocks:
        breaks.add(len(lines))
        lines += rows
    rows = [" ".join(line.split()) for line in strip_line_numbers(lines)]
    labels = model.label(rows, breaks)
    out: list[tuple[list[str], int | None]] = []
    i = 0
    for block_rows, page in blocks:
        kept = []
        for _ in block_rows:
            row, label = rows[i], labels[i]
            tail = i > 0 and len(row.split()) <= 2 and _CUT_AT_END.search(rows[i - 1]) and labels[i - 1] != "O"
            if row and (label != "O" or tail):
                kept.append(row)
            i += 1
        if kept:
            out.append((kept, page))
    return out


def filter_region_by_rules(blocks: list[tuple[list[str], int | None]]) -> list[tuple[list[str], int | None]]:
    """Without the model (its default in ingest), the rules of this module alone: margin line numbers removed
    (strip_line_numbers over the whole region) and notice lines left out (a copyright sign, a deposit licence,
    "For Peer Review", "downloaded from").

    Example:
        >>> filter_region_by_rules([(["Hood, C. (1991) A public management. Public Administration 69: 3-19.",
        ...                           "Downloaded from https://example.org on 3 May 2020. All rights reserved."], 3)])
        [(['Hood, C. (1991) A public management. Public Administration 69: 3-19.'], 3)]
    """
    lines = [row for rows, _ in blocks for row in rows]
    stripped = iter(strip_line_numbers(lines))
    out: list[tuple[list[str], int | None]] = []
    for rows, page in blocks:
        kept = [row for row in (next(stripped) for _ in rows) if row.strip() and not _NOTICE_STRONG.search(row)]
        if kept:
            out.append((kept, page))
    return out
