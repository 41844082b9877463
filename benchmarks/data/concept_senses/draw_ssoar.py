"""Draw the SSOAR passages for hand-labelling concept senses (issue 12), reproducibly.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_ssoar.py OUT.jsonl [N] [FOLDERS]``
(English: ``OUT 320 en_refsection``; German: ``OUT 60 de_footnotes,de_footnotes_and_refsection``, whose stems also
come from the lexicon's translations, whose paragraphs must not be tagged as another language, and whose strata are
named "de-candidate" and "de-random"). An optional fourth argument N_HEAD adds a third stratum, "candidate-head",
drawn after the other two so they stay the same: paragraphs holding a form of a one-word pattern or an acronym, the
forms a lexicon matches without any context, so that false friends are well represented.
Writes one line per drawn passage (file, page, key, split, drawn, text) to OUT, a scratch file outside the
project: the text is for the labeller to read and is never committed.

Rule (see README.md, SSOAR section): body paragraphs (kind "body") of at least 15 words from the set's PDFs; half are drawn from
*candidates* (a paragraph holding a word that starts with a stem taken mechanically from the lexicon's English
patterns and acronyms: per pattern, the stem of its word that the fewest of the set's paragraphs hold, so
"benefit sanction" gives "sanction" and "human capital development" gives "capit", and a pattern whose rarest
stem is still in more than one paragraph in twenty, such as "work first model", gives none),
half uniformly at random from all paragraphs not already drawn; at most 15 passages per document; fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "benchmarks"))
from concept_senses_data import passage_key, passages_of, split_of  # noqa: E402

EVAL = REPO.parent / "shared" / "eval" / "excite-ssoar"
SEED = 12
PER_DOC = 15
FUNCTION_WORDS = {"from", "into", "upon", "with", "through", "the", "and", "for", "of", "by", "to", "on", "in"}
SUFFIXES = ("isation", "ization", "ation", "ising", "izing", "ised", "ized", "ship", "ment", "ality", "ivity",
            "ity", "ing", "ive", "ist", "ism", "ise", "ize", "ion", "ed", "er", "or", "es", "al", "s", "e")


def stem(word: str) -> str:
    """Crude suffix stripping, once, keeping at least four letters."""
    for suf in SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


def lexicon_stems(german: bool = False) -> list[list[str]]:
    """Per English pattern or acronym in concepts.yaml (and German translation when asked), its content-word stems."""
    data = yaml.safe_load((REPO / "litmine" / "concepts" / "data" / "concepts.yaml").read_text(encoding="utf-8"))
    out = []
    for c in data["concepts"]:
        extra = [t for t in c.get("translations", []) if german and isinstance(t, str)]
        for pat in c.get("patterns", []) + c.get("acronyms", []) + extra:
            ws = [stem(w) for w in re.split(r"[\s\-()]+", pat.lower()) if len(w) >= 3 and w not in FUNCTION_WORDS]
            if ws:
                out.append(ws)
    return out


def head_forms(german: bool = False) -> tuple[set[str], set[str]]:
    """Stems of the one-word patterns (hyphenated ones kept whole) and the acronyms: the forms a lexicon matches alone."""
    data = yaml.safe_load((REPO / "litmine" / "concepts" / "data" / "concepts.yaml").read_text(encoding="utf-8"))
    stems, acronyms = set(), set()
    for c in data["concepts"]:
        extra = [t for t in c.get("translations", []) if german and isinstance(t, str)]
        for pat in c.get("patterns", []) + extra:
            if " " not in pat and "(" not in pat:
                stems.add(stem(pat.lower()))
        acronyms.update(c.get("acronyms", []))
    return stems, acronyms


def main() -> None:
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 320
    n_head = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    folders = (sys.argv[3] if len(sys.argv) > 3 else "en_refsection").split(",")
    german = any(f.startswith("de_") for f in folders)
    prefix = "de-" if german else ""
    files = [(folder, f) for folder in folders for f in sorted((EVAL / folder / "pdf").glob("*.pdf"))]
    paras = []
    for folder, f in files:
        rel = f"{folder}/pdf/{f.name}"
        try:
            ps = passages_of(str(f))
        except Exception as exc:  # noqa: BLE001 - a bad PDF is reported and skipped
            print(f"{rel}: {exc}", file=sys.stderr)
            continue
        for p in ps:
            if p.kind in ("paragraph", "body") and len(p.text.split()) >= 15 and (not german or p.language in (None, "de")):
                paras.append((rel, p))
    per_pattern = lexicon_stems(german)
    stems = {s for ws in per_pattern for s in ws}
    df = Counter()
    words_of = []
    for _, p in paras:
        ws = set(re.findall(r"[a-zäöüß]+", p.text.lower()))
        words_of.append(ws)
        for s in stems:
            if any(w.startswith(s) for w in ws):
                df[s] += 1
    rarest = {min(ws, key=lambda s: (df[s], s)) for ws in per_pattern}
    kept = sorted(s for s in rarest if df[s] <= len(paras) / 20)
    print("stems kept:", " ".join(kept), file=sys.stderr)
    print("stems dropped:", " ".join(sorted(set(stems) - set(kept))), file=sys.stderr)
    is_cand = [any(w.startswith(s) for w in ws for s in kept) for ws in words_of]
    rng = random.Random(SEED)
    order = list(range(len(paras)))
    rng.shuffle(order)
    per_doc: Counter = Counter()
    drawn: dict[int, str] = {}
    for want, label in ((n // 2, "candidate"), (n - n // 2, "random")):
        got = 0
        for i in order:
            if got >= want:
                break
            if i in drawn or per_doc[paras[i][0]] >= PER_DOC or (label == "candidate" and not is_cand[i]):
                continue
            drawn[i] = label
            per_doc[paras[i][0]] += 1
            got += 1
    head_stems, acronyms = head_forms(german)
    for i in order:  # third stratum: after the two above, so adding it leaves them unchanged
        if sum(1 for v in drawn.values() if v == "head") >= n_head:
            break
        if i in drawn or per_doc[paras[i][0]] >= PER_DOC:
            continue
        toks = re.findall(r"[\w]+(?:-[\w]+)*", paras[i][1].text)
        if any(t in acronyms for t in toks) or any(t.lower().startswith(h) for t in toks for h in head_stems):
            drawn[i] = "head"
            per_doc[paras[i][0]] += 1
    by_label = defaultdict(list)
    for i, label in drawn.items():
        by_label[label].append(i)
    with out.open("w", encoding="utf-8") as fh:
        # interleave so that any prefix of the file holds both strata in equal parts
        for a, b in zip(by_label["candidate"], by_label["random"]):
            for i in (a, b):
                rel, p = paras[i]
                fh.write(json.dumps({"file": rel, "page": p.page, "key": passage_key(p.text),
                                     "split": split_of("excite-ssoar", rel), "drawn": prefix + drawn[i],
                                     "text": p.text}, ensure_ascii=False) + "\n")
        for i in by_label["head"]:
            rel, p = paras[i]
            fh.write(json.dumps({"file": rel, "page": p.page, "key": passage_key(p.text),
                                 "split": split_of("excite-ssoar", rel), "drawn": prefix + "candidate-head",
                                 "text": p.text}, ensure_ascii=False) + "\n")
    print("head stems:", " ".join(sorted(head_stems)), file=sys.stderr)
    print(f"{len(paras)} paragraphs, {sum(is_cand)} candidates, {len(drawn)} drawn", file=sys.stderr)


if __name__ == "__main__":
    main()
