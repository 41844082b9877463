"""Draw the thirteenth fresh sample, UK inquiry reports only (issue 12, session 35, from what fresh12 left), blind.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh13.py OUT.jsonl [EVAL]``. EVAL is
../shared/eval (default: the first of ../shared/eval and ../../shared/eval that exists). Writes one line per drawn
passage (set, file, page, key, split, drawn, doc_split, text) to OUT, a scratch file outside the project: the text is
for the labeller to read and is never committed (the labels, fresh13.jsonl, keep set, file, page and key). Only
litmine's reader is used (the passages of each file, as draw_fresh11 reads them); no concept matcher is run and no
store is built.

Rule (README.md, "fresh13"; the drawing itself is draw_fresh12.draw, called with this draw's seed, files and sizes):
- Passages: litmine's body paragraphs (kind "body") of at least 15 words of the UK inquiry reports
  (uk-policy-inquiries/pdf), language English or unknown, holding a stem of draw_fresh11.EN_STEMS, not in any
  labelled file (by key and every earlier key, `key_before*`; the passage files beside this script, fresh11.jsonl
  and fresh12.jsonl included, and the candidate files in candidates/; fresh13.jsonl itself skipped so that the draw reproduces).
- At most PER_DOC per PDF file (a seeded shuffle of the file's hits, the first ones kept).
- Halves by document as split_fresh5.half (a report and its government response are one document): half 0
  `fresh13d` (development), half 1 `fresh13` (held-out). From each half's capped pool a seeded sample of N_DEV
  (development) and N_HELD (held-out) paragraphs is drawn, or the whole pool when it is smaller.
Seed 1313, one generator: the files in sorted order, then the development sample, then the held-out sample, then
one shuffle of the drawn rows of both halves together (the labeller reads them in that order, half hidden).
Stratum `fresh13-uk`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import draw_fresh11 as f11  # noqa: E402
import draw_fresh12 as f12  # noqa: E402

SEED = 1313
OWN = "fresh13.jsonl"
HALVES = ("fresh13d", "fresh13")  # development, held-out
N_DEV, N_HELD = 80, 80


def main() -> None:
    ev = Path(sys.argv[2]) if len(sys.argv) > 2 else f11.eval_dir()
    f12.draw(Path(sys.argv[1]), ev, seed=SEED, own=OWN, later=(), halves=HALVES, sizes=(N_DEV, N_HELD),
             stratum="fresh13-uk")


if __name__ == "__main__":
    main()
