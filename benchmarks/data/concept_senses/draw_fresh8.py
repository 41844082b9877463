"""Draw the eighth fresh sample, German, from the same 216 SSOAR papers as fresh7 (issue 12, session 20), blind.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh8.py OUT.jsonl [ROOT]``. ROOT is the
folder of the German SSOAR papers with a reference section at the end (default
concept_senses_data.EXTRA_DE_REFSECTION; its pdf/ holds <id>.pdf). Writes one line per drawn passage (set, file,
page, key, split, drawn, text) to OUT, a scratch file outside the project: the text is for the labeller to read and
is never committed (the labels, fresh8.jsonl, keep set, file, page and key). Only litmine's reader is used (the
passages of each file, as draw_fresh7 reads them); no concept matcher is run and no store is built.

Rule (README.md, "fresh8"):
- Halves as fresh7's (so whole papers stay on one side across both sets): a paper goes to `fresh8d` (development)
  when zlib.crc32(b"fresh7-halves/" + its file name) is even, else to `fresh8` (held-out).
- Passages: litmine's body paragraphs (kind "body") of at least 15 words, language German or unknown, not in any
  earlier labelled file (by key and `key_before`; fresh7.jsonl included, fresh8.jsonl itself and fresh9.jsonl, drawn
  later from the same papers, skipped so that the draw reproduces).
- One stratum per half, `fresh8-de-vocab` (100): paragraphs holding a German stem (draw_fresh5.DE_VOCAB), at most 4
  per paper (a seeded shuffle of each paper's hits, the first 4 kept); the capped pool is ordered by how many
  passages fresh7 drew from the paper (fewest first), ties broken by a seeded random number, and the first 100 are
  drawn. Seed 818, one generator, the development half drawn first.
The file written lists the development half first, then the held-out half, each shuffled.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))
import draw_fresh5 as f5  # noqa: E402
from concept_senses_data import EXTRA_DE_REFSECTION, EXTRA_PREFIX, LABELS, passage_key  # noqa: E402

SEED = 818
OWN = "fresh8.jsonl"
LATER = ("fresh9.jsonl",)  # drawn later from the same papers: skipped like this draw's own labels
SET = "excite-ssoar"
STRATUM = "fresh8-de-vocab"
N_VOCAB, PER_PAPER = 100, 4
HALVES = ("fresh8d", "fresh8")  # development, held-out: fresh7's halves


def half_of(name: str) -> str:
    """The half a paper belongs to, by its file name, as fresh7's: `fresh8d` when the CRC-32 is even."""
    return HALVES[zlib.crc32(f"fresh7-halves/{name}".encode()) % 2]


def fresh7_counts() -> Counter:
    """How many passages fresh7 drew from each paper (file name)."""
    counts: Counter = Counter()
    for line in (LABELS / "fresh7.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            counts[json.loads(line)["file"][len(EXTRA_PREFIX):]] += 1
    return counts


def _pools(root: Path, labelled: set[str], rng: random.Random) -> dict[str, list]:
    """Per half: the capped vocabulary hits, each item (file name, passage)."""
    pools: dict[str, list] = {h: [] for h in HALVES}
    for path in sorted((root / "pdf").glob("*.pdf")):
        paras = f5._paragraphs(path, labelled, (None, "de"))
        hits = [p for p in paras if f5._DE.search(p.text)]
        rng.shuffle(hits)
        pools[half_of(path.name)] += [(path.name, p) for p in hits[:PER_PAPER]]
    return pools


def main() -> None:
    out = Path(sys.argv[1])
    root = Path(sys.argv[2]) if len(sys.argv) > 2 else EXTRA_DE_REFSECTION
    rng = random.Random(SEED)
    pools = _pools(root, f5._labelled((OWN, *LATER)), rng)
    before = fresh7_counts()
    rows = []
    for half in HALVES:
        pool = pools[half]
        order = sorted(((before[name], rng.random(), i) for i, (name, _) in enumerate(pool)))
        drawn = [pool[i] for _, _, i in order[:N_VOCAB]]
        print(f"{half}: {len(pool)} vocabulary paragraphs (capped {PER_PAPER}/paper), "
              f"{len({n for n, _ in pool})} papers; drawn {len(drawn)} from {len({n for n, _ in drawn})} papers",
              file=sys.stderr)
        rng.shuffle(drawn)
        rows += [{"set": SET, "file": EXTRA_PREFIX + name, "page": p.page, "key": passage_key(p.text),
                  "split": half, "drawn": STRATUM, "text": p.text} for name, p in drawn]
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} passages written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
