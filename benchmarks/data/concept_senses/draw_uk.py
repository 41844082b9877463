"""Draw the UK passages (inquiry reports, approved documents) for hand-labelling concept senses (issue 12).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_uk.py OUT.jsonl``.
Writes one line per drawn passage (set, file, page, key, split, drawn, text) to OUT, a scratch file outside the
project: the text is for the labeller to read and is never committed.

Rule (see README.md, UK sections): paragraphs (passage kind "body") of at least 15 words; per set, half drawn from
*candidates* (a paragraph with a word beginning with a stem cut mechanically from concepts.yaml: every English
pattern word and acronym, function words dropped, one common suffix stripped, at least four letters kept), half
uniformly at random from the set's other paragraphs; a cap per document (15; 18 for the ten inquiry reports with a
text layer so that 170 can be reached); seed 3. Stems that occur in more than one in twenty of a set's paragraphs are too
general to pick out candidates and are dropped for that set. ``--round2`` writes instead 60 more candidates per set
drawn from paragraphs holding a stem of a one-word pattern, exact form or acronym only (the "head words"; same
frequency filter, seed 4, at most 24 per document counting round 1).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "benchmarks"))
from concept_senses_data import passage_key, passages_of, split_of  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SETS = {"uk-policy-inquiries": ("pdf", "*.pdf", 18, 172), "uk-approved-documents": ("txt", "*.txt", 15, 172)}
SEED = 3
STOP = {"from", "into", "upon", "with", "through", "the", "and", "for", "of", "by", "to", "on", "in", "a"}
ENDINGS = ("isation", "ization", "ation", "ising", "ised", "ship", "ment", "ality", "ity", "ing", "ive",
           "ism", "ist", "ise", "ion", "ed", "er", "or", "al", "es", "s", "e")


def cut(word: str) -> str:
    """Strip one common ending, keeping at least four letters."""
    for end in ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _lexicon_phrases() -> list[str]:
    """The patterns, exact forms and acronyms of every concept of the default lexicon."""
    data = yaml.safe_load((REPO / "litmine/concepts/data/concepts.yaml").read_text(encoding="utf-8"))
    return [p for c in data["concepts"] for p in c.get("patterns", []) + c.get("exact", []) + c.get("acronyms", [])]


def stems() -> set[str]:
    """Stems of the English pattern words and acronyms of every concept."""
    out = set()
    for phrase in _lexicon_phrases():
        for w in re.findall(r"[a-z]+", phrase.lower()):
            if w not in STOP and len(w) >= 4:
                out.add(cut(w))
    return out


def draw(set_name: str) -> list[dict]:
    """The drawn passages of one set."""
    folder, glob, cap, target = SETS[set_name]
    paras = []
    for path in sorted((EVAL / set_name / folder).glob(glob)):
        file = f"{folder}/{path.name}"
        for p in passages_of(str(path)):
            if p.kind == "body" and len(p.text.split()) >= 15:
                paras.append((file, p))
    words = [set(re.findall(r"[a-z]+", p.text.lower())) for _, p in paras]
    keep = []
    for s in sorted(stems()):
        hits = sum(any(w.startswith(s) for w in ws) for ws in words)
        if 0 < hits <= len(paras) / 20:
            keep.append(s)
    cand = {i for i, ws in enumerate(words) if any(w.startswith(s) for w in ws for s in keep)}
    rng = random.Random(SEED)
    per_doc: dict[str, int] = defaultdict(int)
    chosen: list[tuple[int, str]] = []
    seen_keys = set()

    def take(pool: list[int], n: int, how: str) -> None:
        rng.shuffle(pool)
        got = 0
        for i in pool:
            file, p = paras[i]
            key = passage_key(p.text)
            if got >= n or per_doc[file] >= cap or key in seen_keys:
                continue
            per_doc[file] += 1
            seen_keys.add(key)
            chosen.append((i, how))
            got += 1

    take(sorted(cand), target // 2, "candidate")
    taken = {i for i, _ in chosen}
    take([i for i in range(len(paras)) if i not in taken], target - len(chosen), "random")
    recs = []
    for i, how in chosen:
        file, p = paras[i]
        recs.append({"set": set_name, "file": file, "page": p.page, "key": passage_key(p.text),
                     "split": split_of(set_name, file), "drawn": how, "text": p.text})
    print(set_name, len(paras), "paragraphs,", len(cand), "candidates, stems kept:", " ".join(keep), file=sys.stderr)
    return recs


def head_stems() -> set[str]:
    """Round 2: stems of the one-word patterns, exact forms and acronyms only (hyphenated forms kept whole)."""
    out = set()
    for phrase in _lexicon_phrases():
        if " " not in phrase.strip():
            out.add(cut(phrase.lower().strip("()")))
    return out


def draw_heads(set_name: str, drawn: list[dict], n: int = 60, cap: int = 24) -> list[dict]:
    """Round 2: n more candidates holding a head-word stem, none drawn before, at most cap per document."""
    folder, glob, _, _ = SETS[set_name]
    before = {r["key"] for r in drawn}
    per_doc: dict[str, int] = defaultdict(int)
    for r in drawn:
        per_doc[r["file"]] += 1
    paras = []
    for path in sorted((EVAL / set_name / folder).glob(glob)):
        file = f"{folder}/{path.name}"
        for p in passages_of(str(path)):
            if p.kind == "body" and len(p.text.split()) >= 15:
                paras.append((file, p))
    words = [set(re.findall(r"[a-z][a-z-]*", p.text.lower())) for _, p in paras]
    keep = [s for s in sorted(head_stems())
            if 0 < sum(any(w.startswith(s) for w in ws) for ws in words) <= len(paras) / 20]
    pool = [i for i, ws in enumerate(words) if any(w.startswith(s) for w in ws for s in keep)]
    rng = random.Random(SEED + 1)
    rng.shuffle(pool)
    out = []
    for i in pool:
        file, p = paras[i]
        key = passage_key(p.text)
        if len(out) >= n or per_doc[file] >= cap or key in before:
            continue
        per_doc[file] += 1
        before.add(key)
        out.append({"set": set_name, "file": file, "page": p.page, "key": key, "split": split_of(set_name, file),
                    "drawn": "candidate-head", "text": p.text})
    print(set_name, "round 2:", len(pool), "candidates, head stems kept:", " ".join(keep), file=sys.stderr)
    return out


if __name__ == "__main__":
    recs = [rec for name in SETS for rec in draw(name)]
    if len(sys.argv) > 2 and sys.argv[2] == "--round2":
        recs = [rec for name in SETS for rec in draw_heads(name, [r for r in recs if r["set"] == name])]
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
