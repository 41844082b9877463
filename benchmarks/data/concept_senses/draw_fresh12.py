"""Draw the twelfth fresh sample, UK inquiry reports only (issue 12, session 35), blind.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh12.py OUT.jsonl [EVAL]``. EVAL is
../shared/eval (default: the first of ../shared/eval and ../../shared/eval that exists). Writes one line per drawn
passage (set, file, page, key, split, drawn, doc_split, text) to OUT, a scratch file outside the project: the text is
for the labeller to read and is never committed (the labels, fresh12.jsonl, keep set, file, page and key). Only
litmine's reader is used (the passages of each file, as draw_fresh11 reads them); no concept matcher is run and no
store is built.

Rule (README.md, "fresh12"):
- Passages: litmine's body paragraphs (kind "body") of at least 15 words of the UK inquiry reports
  (uk-policy-inquiries/pdf), language English or unknown, holding a stem of draw_fresh11.EN_STEMS, not in any
  labelled file (by key and every earlier key, `key_before*`; the passage files beside this script, fresh11.jsonl
  included, and the candidate files in candidates/; fresh12.jsonl itself and the later
  fresh13.jsonl skipped so that the draw reproduces).
- At most PER_DOC per PDF file (a seeded shuffle of the file's hits, the first ones kept).
- Halves by document as split_fresh5.half (a report and its government response are one document): half 0
  `fresh12d` (development), half 1 `fresh12` (held-out). From each half's capped pool a seeded sample of N_DEV
  (development) and N_HELD (held-out) paragraphs is drawn, or the whole pool when it is smaller.
Seed 1212, one generator: the files in sorted order, then the development sample, then the held-out sample, then
one shuffle of the drawn rows of both halves together (the labeller reads them in that order, half hidden).
Stratum `fresh12-uk`.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))
import draw_fresh5 as f5  # noqa: E402
import draw_fresh11 as f11  # noqa: E402
import split_fresh5  # noqa: E402
from concept_senses_data import LABELS, passage_key, split_of  # noqa: E402

SEED = 1212
OWN = "fresh12.jsonl"
LATER = ("fresh13.jsonl",)  # drawn later (session 35, B38) from what this draw left: skipped like its own labels
HALVES = ("fresh12d", "fresh12")  # development, held-out
N_DEV, N_HELD = 150, 100
PER_DOC = 40
UK_SET = "uk-policy-inquiries"
_EN = f5._pattern(f11.EN_STEMS)


def labelled_files(own: str = OWN, later: tuple[str, ...] = LATER) -> list:
    """The passage files beside this script (a draw's own and later ones skipped) and the candidate files."""
    files = [f for f in sorted(LABELS.glob("*.jsonl")) if f.name != own and f.name not in later]
    return files + sorted((LABELS / "candidates").glob("*.jsonl"))


def labelled_keys(own: str = OWN, later: tuple[str, ...] = LATER) -> set[str]:
    """Every key and earlier key (`key_before*`) of the labelled files."""
    keys: set[str] = set()
    for f in labelled_files(own, later):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                keys.update(str(v) for k, v in rec.items() if k.startswith("key") and v)
    return keys


def draw(out: Path, ev: Path, *, seed: int, own: str, later: tuple[str, ...], halves: tuple[str, str],
         sizes: tuple[int, int], stratum: str) -> None:
    """UK inquiry paragraphs with a stem of the field, not labelled yet, at most PER_DOC per PDF, halved by
    split_fresh5's document halves (half 0 development), a seeded sample of `sizes` per half, shuffled, to `out`
    (fresh12's rule; fresh13 draws the same way from what fresh12 left)."""
    rng = random.Random(seed)
    labelled = labelled_keys(own, later)
    pool: dict[str, list] = {h: [] for h in halves}
    uncapped: Counter = Counter()
    for path in sorted((ev / UK_SET / "pdf").glob("*.pdf")):
        rel = f"pdf/{path.name}"
        hits = [p for p in f5._paragraphs(path, labelled, (None, "en")) if _EN.search(p.text)]
        uncapped[rel] = len(hits)
        rng.shuffle(hits)
        pool[halves[split_fresh5.half({"set": UK_SET, "file": rel})]] += [(rel, p) for p in hits[:PER_DOC]]
    print(f"unlabelled stem paragraphs per file {dict(uncapped)} ({sum(uncapped.values())} in all)", file=sys.stderr)
    rows = []
    for half, n in zip(halves, sizes):
        drawn = rng.sample(pool[half], min(n, len(pool[half])))
        print(f"{half}: capped pool {len(pool[half])} paragraphs "
              f"{dict(Counter(rel for rel, _ in pool[half]))}; drawn {len(drawn)} "
              f"{dict(Counter(rel for rel, _ in drawn))}", file=sys.stderr)
        rows += [{"set": UK_SET, "file": rel, "page": p.page, "key": passage_key(p.text), "split": half,
                  "drawn": stratum, "doc_split": split_of(UK_SET, rel), "text": p.text} for rel, p in drawn]
    rng.shuffle(rows)
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    ev = Path(sys.argv[2]) if len(sys.argv) > 2 else f11.eval_dir()
    draw(Path(sys.argv[1]), ev, seed=SEED, own=OWN, later=LATER, halves=HALVES, sizes=(N_DEV, N_HELD),
         stratum="fresh12-uk")


if __name__ == "__main__":
    main()
