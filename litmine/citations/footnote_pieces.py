"""A learned judgement of the pieces the footnote segmenter proposes: is a piece of a note a reference?

footnotes._entries_of cuts the stretches the segmenter (footnote_model.py) marks into pieces (one work each) and
decides by rules what each piece is (footnotes._model_entry: a reference by _entry's rules, else kept when the
segmenter is sure of it, TRUST / WHOLE_TRUST, with some sign of a reference). This module scores a piece with a
logistic regression over general features of it (piece_features: the segmenter's label probabilities over its
tokens, its length, what it starts and ends with, a year, a page, a place and year, "in:", "Hg.", quotation marks,
the share of capitalised and lower-case words, a cue before it, its place in the note, German or English, and the
rules' verdicts as features), trained on pieces of composed notes run through the real pipeline
(scripts/train_footnote_pieces.py; never EXCITE). Weights: data/footnote_pieces.npz (feature names and numbers
only). Not used by the pipeline: measured on development (benchmarks/footnote_pieces.py; docs/benchmarks.md, section
"Footnote references, stage by stage", session 22) it did not gain, so no weights ship and footnotes.py keeps its
rules; the module serves that benchmark and the training script.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "data" / "footnote_pieces.npz"

_Y = r"(?:1[5-9]\d\d|20\d\d)"
_YEAR = re.compile(rf"(?<!\d){_Y}(?!\d)")
_PAGE = re.compile(r"\b(?:S|p|pp|Sp|Bl)\.\s*\d")
_PLACE_YEAR = re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+(?:/[A-Z][\w.]*)?(?:\s+(?:a\.\s?M\.|i\.\s?Br\.))?,?\s+{_Y}\b|:\s*[A-ZÄÖÜ]")
_IN = re.compile(r"(?:^|[\s.,])(?:in|In|IN)\s*:")
_EDITORS = re.compile(r"\((?:Hg|Hrsg|Ed|Eds|ed|eds)\.?\)|\b(?:Hg|Hrsg)\.|\bed(?:s|ited)?\.?\s+by\b")
_QUOTE = re.compile(r"[„“”\"»«‚‘’]")
_DAY = re.compile(rf"\b\d{{1,2}}\.\s?(?:\d{{1,2}}\.|[A-ZÄÖÜ][a-zäöü]+)\s?{_Y}\b|\bvom\s+\d")
_URL = re.compile(r"https?:|www\.", re.I)
_CUE_BEFORE = re.compile(r"(?:vgl|siehe|see|cf|zit|nach|in|bei|etwa|auch|dazu|z\.\s?B|e\.\s?g)\.?\s*:?\s*$", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_EN = frozenset("the of and in on for to with from by is are was were this that an".split())
_DE = frozenset("der die das und in im für von vom zur zum mit auf des dem den ist sind wird wurde eine ein".split())
_SPEECH = re.compile(r"\b(?:Rede|Interview|Pressemitteilung|Pressemeldung|Presseerklärung|Flugblatt|Flyer|"
                     r"Broschüre|Sendung|Fernseh\w*|Rundfunk\w*|Erklärung|Communiqué|Kommuniqué|Stellungnahme|"
                     r"Beschluss|Protokoll|Schreiben|Brief|Programm|speech|interview|press release|leaflet|"
                     r"statement)\b", re.I)
_STARTS = (("start_upper", re.compile(r"[A-ZÄÖÜ]")), ("start_lower", re.compile(r"[a-zäöüß]")),
           ("start_digit", re.compile(r"\d")), ("start_quote", re.compile(r"[„“\"»«‚‘]")),
           ("start_cue", re.compile(r"(?:vgl|siehe|see|cf|zit)\b", re.I)),
           ("start_ders", re.compile(r"(?:ders|dies|idem|eadem)\b", re.I)),
           ("start_name_comma", re.compile(r"[A-ZÄÖÜ][\w'’-]+,\s+[A-ZÄÖÜ]")),
           ("start_given_surname", re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+|[A-ZÄÖÜ]\.)\s+[A-ZÄÖÜ][\w'’-]+\s*[,:/(]")))
_ENDS = (("end_digit", re.compile(r"\d[.)]?\s*$")), ("end_year", re.compile(rf"{_Y}[a-z]?\)?[.,]?\s*$")),
         ("end_bracket", re.compile(r"\)[.]?\s*$")), ("end_stop", re.compile(r"[^\d)]\.\s*$")),
         ("end_word", re.compile(r"[^\W\d_]\s*$")))

# the names of the features, in the order piece_features gives them
NAMES = ("bias_one", "conf", "conf_zero", "whole", "rule_reference", "rule_kept", "rule_back", "rule_ditto",
         "trust_kept", "looks", "log_chars", "log_words", "years", "two_years", "page", "place_year", "in_colon",
         "editors", "quotes", "day_date", "url", "section", "speech_word", "upper_share", "lower_share",
         "english", "german", "digits_share", "cue_before", "at_note_start", "at_note_end", "share_of_note",
         "prose", "never", "callouts", "opens_names", "commas", "sentences", "p_in_mean", "p_in_min",
         "o_share", "b_count", *(n for n, _ in _STARTS), *(n for n, _ in _ENDS))


def piece_features(text: str, a: int, b: int, conf: float, whole: bool, rule: str, kept: bool,
                   probs: tuple[list[tuple[int, int]], list[str], list[float]] | None = None) -> list[float]:
    """The features of the piece text[a:b] of a note (NAMES): conf the segmenter's mean label probability over the
    stretch it lies in (0 when a cue inside the stretch came before it), whole: the stretch is the whole note, rule:
    what the rules of _entry make of it ("reference", "back", "ditto" or "" for nothing), kept: whether the rules
    and TRUST keep it as it stands; probs: the segmenter's tokens, labels and label probabilities of the note."""
    from litmine.citations import footnotes as fn
    from litmine.citations.references import looks_like_reference

    part = text[a:b].strip()
    words = _WORD.findall(part)
    n = max(1, len(words))
    low = [w.lower() for w in words]
    years = len(_YEAR.findall(part))
    before = text[max(0, a - 25):a]
    num = re.match(r"\s*\d{1,3}\s+", text)
    head = num.end() if num else 0
    f = [1.0, conf, float(conf == 0.0), float(whole), float(rule == "reference"), float(kept),
         float(rule == "back"), float(rule == "ditto"), float(kept and rule != "reference"),
         looks_like_reference(part), math.log1p(len(part)) / 6, math.log1p(len(words)) / 4, min(years, 3) / 3,
         float(years >= 2), float(bool(_PAGE.search(part))), float(bool(_PLACE_YEAR.search(part))),
         float(bool(_IN.search(part))), float(bool(_EDITORS.search(part))), float(bool(_QUOTE.search(part))),
         float(bool(_DAY.search(part))), float(bool(_URL.search(part))), float("§" in part or "Art." in part),
         float(bool(_SPEECH.search(part))), sum(w[0].isupper() for w in words) / n, fn._lower_share(part),
         sum(w in _EN for w in low) / n, sum(w in _DE for w in low) / n,
         sum(c.isdigit() for c in part) / max(1, len(part)), float(bool(_CUE_BEFORE.search(before))),
         float(not text[head:a].strip(" .,;:")), float(not text[b:].strip(" .,;:")),
         (b - a) / max(1, len(text) - head), float(fn._is_prose(part)), float(fn._never_reference(part)),
         min(len(fn._author_years(part)), 3) / 3, float(fn._opens_with_names(part)),
         min(part.count(","), 8) / 8, min(len(re.findall(r"[a-zäöüß]{3,}\.\s+[A-ZÄÖÜ]", part)), 3) / 3]
    f += _token_features(a, b, probs)
    f += [float(bool(p.match(part))) for _, p in _STARTS]
    f += [float(bool(p.search(part))) for _, p in _ENDS]
    return f


def _token_features(a: int, b: int, probs) -> list[float]:
    """The segmenter's view of the piece's tokens: mean and least probability of "in a reference" (B or I: the
    probability of the label given where it is B or I, one less it where O), the share labelled O, the B count."""
    if probs is None:
        return [0.0, 0.0, 0.0, 0.0]
    toks, labs, ps = probs
    inside = [(lab, p) for (x, _), lab, p in zip(toks, labs, ps) if a <= x < b]
    if not inside:
        return [0.0, 0.0, 1.0, 0.0]
    p_in = [p if lab != "O" else 1.0 - p for lab, p in inside]
    return [sum(p_in) / len(p_in), min(p_in), sum(lab == "O" for lab, _ in inside) / len(inside),
            min(sum(lab == "B" for lab, _ in inside), 3) / 3]


class PieceJudge:
    """Feature weights of a logistic regression and the threshold a piece must clear to be a reference."""

    def __init__(self, names: list[str], weights: np.ndarray, threshold: float) -> None:
        index = {n: i for i, n in enumerate(names)}
        self.order = [index.get(n, -1) for n in NAMES]
        self.weights = np.array([weights[i] if i >= 0 else 0.0 for i in self.order], dtype=np.float64)
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> PieceJudge:
        data = np.load(path)
        return cls(str(data["features"]).split("\n"), data["weights"], float(data["threshold"]))

    def save(self, path: Path) -> None:
        np.savez_compressed(path, features=np.array("\n".join(NAMES)), weights=self.weights.astype(np.float32),
                            threshold=np.float32(self.threshold))

    def probability(self, rows: list[list[float]]) -> np.ndarray:
        """The probability that each piece (a row of piece_features) is a reference."""
        if not rows:
            return np.zeros(0)
        z = np.asarray(rows, dtype=np.float64) @ self.weights
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def default_judge() -> PieceJudge | None:
    """The shipped judge, or None without its weights file."""
    return PieceJudge.load() if MODEL_PATH.exists() else None
