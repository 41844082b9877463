"""Train the reference-string tagger shipped as litmine/citations/data/reference_tagger.npz.

Usage: python scripts/train_references.py [--eval ../shared/eval] [--epochs 20] [--out PATH] [--all-sets] [--check]
                                          [--cues] [--train-bare]

Training sets of the shipped model (all under ../shared/eval, never copied into the project), chosen for their
licences, since the weights ship with litmine:
  anystyle/derived/{core,good,ugly,bad}.jsonl       AnyStyle's labelled strings, BSD 2-clause (many styles, languages)
  grobid-citations/derived/citations.jsonl          GROBID's citation corpus, Apache-2.0 (mostly sciences)
--all-sets adds, for experiments only (their terms do not allow shipping what is built from them):
  parscit/derived/{citeseerx,flux-cim-cs,en-humanities,it-humanities,mixed-humanities,iconip}.jsonl  (GPL)
  excite-ssoar/derived/{de_footnotes,de_footnotes_and_refsection}.jsonl  (internal evaluation only)
Held out for benchmarks/references.py: excite-ssoar en_refsection and de_refsection, anystyle gold, parscit cora.
A training string is dropped when the same string (letters and digits) occurs in a held-out set, and an EXCITE
training string when its paper (SSOAR id) is in a held-out set.

Each set's labels are mapped onto litmine.citations.reference_model.LABELS; words the set left untagged ("In",
"pp", "eds", "and" between two authors) take the label of the span they introduce or close. The model is an
averaged structured perceptron (first-order Viterbi) over the features of reference_model.extract_features,
trained with NumPy only (about 8 minutes on one free core). The defaults build the shipped file (2026-12-06): no
word cues, training decoded without the bare-gap constraint (trained with it, the tagger scored 0.005-0.012 lower on
every set: see litmine/citations/data/README.md). --cues: the word cues (reference_model.learn_cues) are learned
from all training strings and saved with the weights; while training, each string is featurized with cues learned
without its fold (crossfit_cues). --train-bare: training decodes as litmine does (reference_model.bare_gaps: no
switch between two fields written in words at bare white space). --check trains on 90 % of the training strings and
prints token accuracy on the rest.
Restyled copies (scripts/reference_restyle.py, add_restyled): about 30 % of the shippable sets' journal articles and
books and 60 % of their chapters in edited books written again from their own labelled parts in other styles (MDPI,
Vancouver, Harvard with compact issues, surnames in capitals or first, APA, Springer, the unquoted comma style
"Title, Journal 45, 1-17"; chapters with "in: E. Editor (ed.), Book", "In E. Editor (Ed.), Book (pp. 1-9)", German
"In: Editor, Given (Hg.): Book. Place: Publisher, S. 1-9", Chicago "In Book, ed. E. Editor"): rare in both sets.
German list-style copies (GERMAN_SHARE, 30 % of the strings that fit, drawn apart from the copies above: about 2,200
strings; reference_restyle's German styles: "Name, V./Name, V. (Hg.) (1999): Titel. Ort: Verlag.", journals
"In: Zeitschrift, Jg. 12, H. 3, S. 45-67" and its variants, chapters "In: Hg., V. (Hrsg.): Buch", "u. a."), since
German social-science lists are rarer still (issue 13, session 19). Since session 24 a chapter (a string with an
editor) is drawn CHAPTER_BOOST times as often (about 2,750 German copies).
benchmarks/references_folds.py reuses build_examples, add_restyled, featurize and train for its leave-documents-out
EXCITE experiment.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from litmine.citations.reference_model import (  # noqa: E402
    LABELS, MODEL_PATH, Token, bare_gaps, extract_features, learn_cues, tokenize_reference, viterbi)
from reference_restyle import restyle  # noqa: E402

TRAIN = {
    "anystyle": ["anystyle/derived/core.jsonl", "anystyle/derived/good.jsonl", "anystyle/derived/ugly.jsonl",
                 "anystyle/derived/bad.jsonl"],
    "grobid": ["grobid-citations/derived/citations.jsonl"],
}
EXPERIMENT_ONLY = {
    "parscit": [f"parscit/derived/{n}.jsonl" for n in
                ("citeseerx", "flux-cim-cs", "en-humanities", "it-humanities", "mixed-humanities", "iconip")],
    "excite": ["excite-ssoar/derived/de_footnotes.jsonl", "excite-ssoar/derived/de_footnotes_and_refsection.jsonl"],
}
HELD_OUT = ["excite-ssoar/derived/en_refsection.jsonl", "excite-ssoar/derived/de_refsection.jsonl",
            "anystyle/derived/gold.jsonl", "parscit/derived/cora.jsonl"]
# share of the training strings also written in a German list style (reference_restyle._german_copy)
GERMAN_SHARE = 0.3
# chapters in edited books (a string with an editor) are few in both sets but common in German lists ("In: Hg., V.
# (Hg.): Buch. Ort: Verlag, S. 1-9"): their German copies are drawn this many times as often
CHAPTER_BOOST = 3
L = len(LABELS)
LID = {lab: i for i, lab in enumerate(LABELS)}

_SIMPLE = {
    "author": "author", "director": "author", "editor": "editor", "date": "year", "year": "year",
    "title": "title", "journal": "container", "container-title": "container", "booktitle": "container",
    "source": "container", "volume": "volume", "issue": "issue", "pages": "pages", "fpage": "pages",
    "lpage": "pages", "publisher": "publisher", "location": "location", "pubPlace": "location",
    "pubplace": "location", "institution": "publisher", "citation-number": "number", "url": "url", "doi": "doi",
    "surname": "author", "given-names": "author",
}
_AFTER = {"ed", "eds", "edn", "hrsg", "hg", "editor", "editors", "et", "al", "dir", "coord", "comp"}
_BEFORE = {"in", "pp", "p", "vol", "no", "nr", "s", "bd", "jg", "h", "heft", "band", "volume", "issue", "pages",
           "seite", "num", "n", "number", "edited", "by", "dans", "doi", "url", "nos", "iss", "v", "pág", "págs"}
_ISSUE_WORDS = {"no", "nr", "issue", "iss", "heft", "h", "n", "number", "nos", "num", "nº", "n°", "fasc"}


def map_label(family: str, label: str, segments: list[tuple[str, str]]) -> str | None:
    """One set's label as a LABELS entry (None: untagged)."""
    if label in ("_untagged", "lb", "ref"):
        return None
    if family == "grobid":
        if label.startswith("title"):
            if "level=a" in label:
                return "title"
            if "level=j" in label:
                return "container"
            if "level=m" in label or "type=m" in label or "leve=m" in label:
                return "container" if any("level=a" in s for s, _ in segments) else "title"
            return "note"
        if label.startswith("biblScope") or label in ("page", "volumes"):
            if "issue" in label:
                return "issue"
            if "vol" in label:
                return "volume"
            if "pp" in label or "page" in label:
                return "pages"
            return "note"
        if label.startswith("idno"):
            return "doi" if "DOI" in label else "note"
        if label.startswith("ptr"):
            return "url"
        if label.startswith("orgName"):
            return "author" if "collaboration" in label else "publisher"
        if label == "authors":
            return "author"
    if family == "excite" and label == "identifier":
        return None
    mapped = _SIMPLE.get(label, "note")
    if mapped == "container" and family in ("anystyle", "parscit") and label != "journal" and not any(
            s == "title" for s, _ in segments):
        # an edited book's title tagged as container-title, with no other title
        return "title"
    return mapped


def _excite_other(text: str, nxt: str | None, after: str) -> str:
    """EXCITE tags places, series and report numbers alike as "other": keep the places as location."""
    t = text.strip(" .,;:")
    words = t.split()
    if 0 < len(words) <= 4 and t[:1].isupper() and not re.search(r"\d", t) and (
            nxt in ("publisher", None, "year") or after.lstrip().startswith(":")):
        return "location"
    return "note"


def token_labels(raw: str, segments: list[list[str]], family: str) -> tuple[list[Token], list[str]] | None:
    """Tokens of raw and their gold labels, or None when the segments cannot be found in raw."""
    segs = [(lab, txt) for lab, txt in segments]
    chars: list[str | None] = [None] * len(raw)
    pos = 0
    tagged = [k for k, (lab, _) in enumerate(segs) if map_label(family, lab, segs)]
    for k, (lab, txt) in enumerate(segs):
        t = txt.strip()
        if not t:
            continue
        j = raw.find(t, pos)
        if j < 0:
            return None
        pos = j + len(t)
        mapped = map_label(family, lab, segs)
        if mapped is None:
            continue
        if family == "excite" and lab == "other":
            later = [map_label(family, segs[m][0], segs) for m in tagged if m > k]
            mapped = _excite_other(t, later[0] if later else None, raw[pos:pos + 3])
        if family == "excite" and lab == "identifier":
            mapped = "doi" if "10." in t else "note"
        for c in range(j, pos):
            chars[c] = mapped
    tokens = tokenize_reference(raw)
    labels: list[str | None] = []
    for tok in tokens:
        got = Counter(chars[c] for c in range(tok.start, tok.end) if chars[c])
        labels.append(got.most_common(1)[0][0] if got else None)
    _fill_untagged(tokens, labels)
    _split_issue(raw, tokens, labels, family)
    return tokens, [lab or "note" for lab in labels]


def _fill_untagged(tokens: list[Token], labels: list[str | None]) -> None:
    n = len(tokens)
    orig = list(labels)
    for i in range(n):
        if orig[i] is not None:
            continue
        prev = next((orig[k] for k in range(i - 1, -1, -1) if orig[k]), None)
        nxt = next((orig[k] for k in range(i + 1, n) if orig[k]), None)
        w = tokens[i].text.lower()
        if prev is None and w.isdigit() and i < 2:
            labels[i] = "number"
        elif tokens[i].kind == "doi":
            labels[i] = "doi"
        elif tokens[i].kind == "url":
            labels[i] = "url"
        elif prev is not None and prev == nxt:
            labels[i] = prev
        elif w in _AFTER and prev in ("author", "editor"):
            labels[i] = prev
        elif w in _BEFORE and nxt is not None:
            labels[i] = nxt
        else:
            labels[i] = "note"


def _split_issue(raw: str, tokens: list[Token], labels: list[str | None], family: str) -> None:
    """Sets that label "41(6)" or "Vol. 12, No. 3" as one volume: mark the issue part as issue."""
    if family in ("grobid", "excite"):
        return
    i = 0
    while i < len(tokens):
        if labels[i] != "volume":
            i += 1
            continue
        j = i
        while j < len(tokens) and labels[j] == "volume":
            j += 1
        seen_number = False
        for k in range(i, j):
            gap = raw[tokens[k - 1].end:tokens[k].start] if k > i else ""
            w = tokens[k].text.lower()
            if seen_number and ("(" in gap or w in _ISSUE_WORDS):
                for m in range(k, j):
                    labels[m] = "issue"
                break
            if any(ch.isdigit() for ch in w):
                seen_number = True
        i = j


def load_rows(root: Path, files: list[str]) -> list[dict]:
    rows = []
    for f in files:
        with open(root / f, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows


def _norm(raw: str) -> str:
    return re.sub(r"\W+", "", raw.lower())


def build_examples(root: Path, *, all_sets: bool = False, held_rows: list[dict] | None = None,
                   rows: dict[str, list[dict]] | None = None) -> list[tuple[str, list[Token], list[str], str]]:
    """Labelled training strings (raw, tokens, labels, family) of the shipped sets (with all_sets also the
    experiment-only ones), without any string of held_rows (default: the HELD_OUT benchmark sets) nor any
    EXCITE string of their papers; rows, {family: rows}, replaces the sets read from files."""
    held_rows = load_rows(root, HELD_OUT) if held_rows is None else held_rows
    held = {_norm(r["raw"]) for r in held_rows}
    held_docs = {r["ssoar_id"] for r in held_rows if r.get("ssoar_id")}
    out = []
    skipped = Counter()
    sets = {**TRAIN, **EXPERIMENT_ONLY} if all_sets else TRAIN
    for family, family_rows in (rows or {f: load_rows(root, files) for f, files in sets.items()}).items():
        for r in family_rows:
            raw = r["raw"].replace("<br>", "    ")
            if _norm(raw) in held:
                skipped["held-out string"] += 1
                continue
            if r.get("ssoar_id") in held_docs:
                skipped["string of a held-out document"] += 1
                continue
            segs = [[lab, txt.replace("<br>", "    ")] for lab, txt in r["segments"]]
            got = token_labels(raw, segs, family)
            if not got or not got[0]:
                skipped["unaligned"] += 1
                continue
            out.append((raw, got[0], got[1], family))
    print(f"{len(out)} training strings; skipped {dict(skipped)}", file=sys.stderr)
    return out


def add_restyled(examples: list, *, share: float = 0.3, seed: int = 0, german: float = GERMAN_SHARE) -> list:
    """examples plus restyled copies of a share of them (family "restyled"), and German list-style copies of a
    share german of them (reference_restyle's German styles; their own random draws, so the other copies stay as
    they were)."""
    rng, rng_de = random.Random(seed), random.Random(seed + 1)
    out = list(examples)
    made = Counter()
    for ex in examples:
        if ex[3] in ("excite",):
            continue
        copies = []
        if rng.random() < share * (2 if "editor" in ex[2] else 1):
            copies.append(("other", restyle(ex, rng)))
        if german and rng_de.random() < german * (CHAPTER_BOOST if "editor" in ex[2] else 1):
            copies.append(("German", restyle(ex, rng_de, german=True)))
        for kind, got in copies:
            labelled = token_labels(got[0], got[1], "restyled") if got else None
            if labelled and labelled[0]:
                out.append((got[0], labelled[0], labelled[1], "restyled"))
                made[kind] += 1
    print(f"{made['other']} restyled strings added, {made['German']} in German list styles", file=sys.stderr)
    return out


def crossfit_cues(examples, k: int = 5) -> list[dict[str, float]]:
    """The word cues each training string is featurized with: learned without the strings of its fold (folds by
    title, so a restyled copy falls with its original), so that the cue features of a training string do not
    already know its own labels (a model trained on cues that saw its labels trusts them too much)."""
    def fold(ex) -> int:
        raw, tokens, labels, _ = ex
        title = "".join(t.text.lower() for t, lab in zip(tokens, labels) if lab == "title")[:40] or raw[:40]
        return zlib.crc32(title.encode("utf-8")) % k
    keys = [fold(ex) for ex in examples]
    per_fold = [learn_cues([ex for ex, f in zip(examples, keys) if f != j]) for j in range(k)]
    return [per_fold[f] for f in keys]


def featurize(examples, vocab: dict[str, int] | None, min_count: int = 2,
              cues: dict[str, float] | list[dict[str, float]] | None = None):
    """Feature ids and labels of the examples; cues: one dict for all, or one per example (crossfit_cues)."""
    each = cues if isinstance(cues, list) else [cues] * len(examples)
    feats = [extract_features(raw, toks, c) for (raw, toks, _, _), c in zip(examples, each)]
    if vocab is None:
        counts = Counter(f for fs in feats for tf in fs for f in set(tf))
        vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    data = []
    for fs, (raw, tokens, labels, _) in zip(feats, examples):
        ids, bounds = [], []
        for tf in fs:
            bounds.append(len(ids))
            ids.extend(sorted({vocab[f] for f in tf if f in vocab}))
        data.append((np.asarray(ids, dtype=np.int64), np.asarray(bounds, dtype=np.int64),
                     np.asarray([LID[lab] for lab in labels], dtype=np.int64), bare_gaps(raw, tokens)))
    return vocab, data


def _emissions(W: np.ndarray, ids: np.ndarray, bounds: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros((n, L))
    if len(ids):
        sums = np.add.reduceat(W[ids], bounds, axis=0)
        lengths = np.diff(np.append(bounds, len(ids)))
        sums[lengths == 0] = 0
        out = sums
    return out


def train(data, n_features: int, epochs: int, seed: int = 0):
    W = np.zeros((n_features, L))
    Wu = np.zeros_like(W)
    T = np.zeros((L + 1, L))
    Tu = np.zeros_like(T)
    c = 1
    rng = random.Random(seed)
    order = list(range(len(data)))
    for ep in range(epochs):
        rng.shuffle(order)
        wrong = total = 0
        t0 = time.time()
        for k in order:
            ids, bounds, gold, bare = data[k]
            n = len(gold)
            pred = np.asarray(viterbi(_emissions(W, ids, bounds, n), T, bare), dtype=np.int64)
            total += n
            diff = np.nonzero(pred != gold)[0]
            if len(diff):
                wrong += len(diff)
                ends = np.append(bounds[1:], len(ids))
                for t in diff:
                    f = ids[bounds[t]:ends[t]]
                    W[f, gold[t]] += 1
                    W[f, pred[t]] -= 1
                    Wu[f, gold[t]] += c
                    Wu[f, pred[t]] -= c
                gp = np.concatenate(([L], gold[:-1]))
                pp = np.concatenate(([L], pred[:-1]))
                for t in range(n):
                    if gp[t] != pp[t] or gold[t] != pred[t]:
                        T[gp[t], gold[t]] += 1
                        T[pp[t], pred[t]] -= 1
                        Tu[gp[t], gold[t]] += c
                        Tu[pp[t], pred[t]] -= c
            c += 1
        print(f"epoch {ep + 1}: training token error {wrong / total:.4f} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return W - Wu / c, T - Tu / c


def accuracy(W, T, data) -> float:
    right = total = 0
    for ids, bounds, gold, bare in data:
        pred = np.asarray(viterbi(_emissions(W, ids, bounds, len(gold)), T, bare))
        right += int((pred == gold).sum())
        total += len(gold)
    return right / total


def save(path: Path, vocab: dict[str, int], W: np.ndarray, T: np.ndarray, cues: dict[str, float] | None = None, *,
         keep: float = 0.02) -> None:
    """Keep the features whose weights matter, as float16, in a compressed .npz, with the word cues."""
    names = sorted(vocab, key=vocab.get)
    strength = np.abs(W).max(axis=1)
    rows = np.nonzero(strength >= keep)[0]
    cue_words = sorted(cues or {})
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, features=np.asarray("\n".join(names[i] for i in rows)),
                        weights=W[rows].astype(np.float16), transitions=T.astype(np.float32),
                        labels=np.asarray("\n".join(LABELS)), cue_words=np.asarray("\n".join(cue_words)),
                        cue_scores=np.asarray([cues[w] for w in cue_words], dtype=np.float16))
    print(f"saved {len(rows)} of {len(names)} features to {path} ({path.stat().st_size / 1e6:.2f} MB)",
          file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--check", action="store_true", help="hold out 10 %% of the training strings and report")
    ap.add_argument("--all-sets", action="store_true", help="add ParsCit and EXCITE (experiments only, not to ship)")
    ap.add_argument("--cues", action="store_true", help="learn the word cues and featurize with them (not in the "
                    "shipped file)")
    ap.add_argument("--train-bare", action="store_true", help="decode the training strings with the bare-gap "
                    "constraint, as litmine decodes (not in the shipped file)")
    args = ap.parse_args()
    examples = add_restyled(build_examples(args.eval, all_sets=args.all_sets))
    if args.check:
        random.Random(1).shuffle(examples)
        cut = len(examples) // 10
        cues = learn_cues(examples[cut:]) if args.cues else None
        vocab, data = featurize(examples[cut:], None, cues=crossfit_cues(examples[cut:]) if args.cues else None)
        _, test = featurize(examples[:cut], vocab, cues=cues)
        W, T = train(data if args.train_bare else unconstrained(data), len(vocab), args.epochs)
        print(f"held-out token accuracy {accuracy(W, T, test):.4f}", file=sys.stderr)
        return
    fit_and_save(examples, args.epochs, args.out, cues=args.cues, bare=args.train_bare)


def unconstrained(data: list) -> list:
    """The featurized strings with no bare-gap constraint for training to decode with."""
    return [(ids, bounds, gold, None) for ids, bounds, gold, _ in data]


def fit_and_save(examples: list, epochs: int, out: Path, *, cues: bool = True, bare: bool = True) -> None:
    """Train the tagger on every example and save the weights (here and train_footnote_tagger): with cues, the word
    cues learned and each string featurized with its cross-fitted ones; with bare, training decoded with the
    bare-gap constraint (reference_model.bare_gaps)."""
    learned = learn_cues(examples) if cues else None
    vocab, data = featurize(examples, None, cues=crossfit_cues(examples) if cues else None)
    W, T = train(data if bare else unconstrained(data), len(vocab), epochs)
    save(out, vocab, W, T, learned)


if __name__ == "__main__":
    main()
