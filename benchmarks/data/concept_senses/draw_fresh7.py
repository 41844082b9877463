"""Draw the seventh fresh sample, German, from 216 unseen SSOAR papers (issue 12, session 18), blind to the matcher.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh7.py OUT.jsonl [ROOT]``. ROOT is the
folder of the German SSOAR papers with a reference section at the end (default ../shared/extra/excite-de_refsection,
concept_senses_data.EXTRA_DE_REFSECTION; its pdf/ holds <id>.pdf). Writes one line per drawn passage (set, file,
page, key, split, drawn, text) to OUT, a scratch file outside the project: the text is for the labeller to read and
is never committed (the labels, fresh7.jsonl, keep set, file, page and key). Only litmine's reader is used (the
passages of each file, as draw_fresh5 reads them); no concept matcher is run and no store is built.

Rule (README.md, "fresh7"):
- Halves, decided before anything was drawn: a paper goes to `fresh7d` (development) when
  zlib.crc32(b"fresh7-halves/" + its file name, e.g. b"fresh7-halves/10454.pdf") is even, else to `fresh7`
  (held-out). Whole papers go to one half.
- Passages: litmine's body paragraphs (kind "body") of at least 15 words, language German or unknown, not in any
  earlier labelled file (by key and `key_before`; fresh7.jsonl itself and fresh8.jsonl and fresh9.jsonl, drawn later from
  the same papers, are skipped so that the draw reproduces).
- Strata per half, seed 718 (one generator, the development half drawn first):
  `fresh7-de-vocab` (110): paragraphs holding a German stem (draw_fresh5.DE_VOCAB), at most 6 per paper (a seeded
  shuffle of each paper's hits, the first 6 kept), then a seeded sample of 110;
  `fresh7-de-random` (30): uniform over the half's other German paragraphs.
The file written lists the development half first, then the held-out half, each shuffled.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))
import draw_fresh5 as f5  # noqa: E402
from concept_senses_data import EXTRA_DE_REFSECTION, EXTRA_PREFIX, passage_key  # noqa: E402

SEED = 718
OWN = "fresh7.jsonl"
LATER = ("fresh8.jsonl", "fresh9.jsonl")  # drawn later from the same papers: skipped like this draw's own labels
SET = "excite-ssoar"
N_VOCAB, N_RANDOM, PER_PAPER = 110, 30, 6
HALVES = ("fresh7d", "fresh7")  # development, held-out


def half_of(name: str) -> str:
    """The half a paper belongs to, by its file name: `fresh7d` when the CRC-32 of the salted name is even."""
    return HALVES[zlib.crc32(f"fresh7-halves/{name}".encode()) % 2]


def _pools(root: Path, labelled: set[str], rng: random.Random) -> dict[str, tuple[list, list]]:
    """Per half: (capped vocabulary hits, other paragraphs), each item (file, passage)."""
    pools: dict[str, tuple[list, list]] = {h: ([], []) for h in HALVES}
    for path in sorted((root / "pdf").glob("*.pdf")):
        rel = EXTRA_PREFIX + path.name
        paras = f5._paragraphs(path, labelled, (None, "de"))
        hits = [p for p in paras if f5._DE.search(p.text)]
        rng.shuffle(hits)
        vocab, others = pools[half_of(path.name)]
        vocab += [(rel, p) for p in hits[:PER_PAPER]]
        others += [(rel, p) for p in paras if not f5._DE.search(p.text)]
    return pools


def main() -> None:
    out = Path(sys.argv[1])
    root = Path(sys.argv[2]) if len(sys.argv) > 2 else EXTRA_DE_REFSECTION
    rng = random.Random(SEED)
    pools = _pools(root, f5._labelled((OWN, *LATER)), rng)
    rows, counts = [], {}
    for half in HALVES:
        vocab, others = pools[half]
        print(f"{half}: {len(vocab)} vocabulary paragraphs (capped {PER_PAPER}/paper), {len(others)} others",
              file=sys.stderr)
        drawn = [(r, p, "fresh7-de-vocab") for r, p in f5._sample(rng, vocab, N_VOCAB)]
        drawn += [(r, p, "fresh7-de-random") for r, p in f5._sample(rng, others, N_RANDOM)]
        rng.shuffle(drawn)
        for rel, p, stratum in drawn:
            rows.append({"set": SET, "file": rel, "page": p.page, "key": passage_key(p.text), "split": half,
                         "drawn": stratum, "text": p.text})
            counts[(half, stratum)] = counts.get((half, stratum), 0) + 1
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} passages: " + ", ".join(f"{h} {s} {n}" for (h, s), n in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
