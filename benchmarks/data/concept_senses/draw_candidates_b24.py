"""Draw ambiguous concept candidates, kept and rejected by the sense rules, from the UK inquiry reports (issue 12,
session 24, helper B24): English in-domain training and development examples for the learned admission, drawn the
way draw_candidates.py (C22) draws from the SSOAR papers.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_candidates_b24.py DRAW.jsonl
DECISIONS.jsonl [EVAL]`` (EVAL is ../shared/eval by default). Writes two scratch files outside the project (their
text is never committed): DRAW, one line per candidate (id, set, file, page, key, concept, surface, occurrence,
start, end, context) for the labeller, nothing of the rules' decision; DECISIONS, the same ids with the rules'
decision (kept, or the rule that set it aside), opened only after labelling. The labels
(candidates/candidates_b24.jsonl) keep set, file, page, key, concept, surface and occurrence.

Rule (README.md, "Candidate contexts of the UK inquiry reports (session 24)"):
- Documents: the 11 PDFs of uk-policy-inquiries/pdf, each tagged whole by the default lexicon's matcher (rules
  alone, through tagging.tag_passages as ingest tags it; the recorder of concept_senses_learned notes each ambiguous
  candidate the rules decide). Every UK inquiry report holds records of held-out splits, so the exclusion is by page.
- Excluded before anything is written: every candidate on a page (file, page) that holds a record of any split in
  any labels file of this folder (held-out and development alike), in a reference passage, in a passage already
  labelled (by key and key_before, passage files and candidates/*.jsonl but this draw's own), set aside by another sense's word beside
  it (the lexicon's collocation evidence; never admitted, as in draw_candidates.py), or not placeable again by its
  surface's whole-word occurrence.
- Per document at most PER_DOC: a seeded shuffle of its candidates, taken in order while at most PER_FORM share a
  concept and surface (case-folded), up to REJECTED the rules reject and KEPT they keep, then filled up to PER_DOC
  from the rest (either kind). Seed 2424, one generator, documents in sorted order.
- Round 2 (``--round2``, seed 2425; round 1 is drawn first, unchanged, and left out): the pool off labelled pages
  holds only 89 candidates (round 1 takes 41 of them), far below the 150-200 aimed at, so round 2 takes every
  candidate round 1 left, with no cap per concept and surface (a seeded shuffle per document), ids continuing.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
import draw_candidates as c22  # noqa: E402

SEED, SEED2, SET = 2424, 2425, "uk-policy-inquiries"
c22.PER_DOC, c22.REJECTED, c22.KEPT, c22.PER_FORM = 20, 12, 8, 4
OWN = "candidates_b24.jsonl"  # this draw's labels, not "already labelled"



def main() -> None:
    draw_out, decisions_out, eval_dir, round2 = c22.arguments(REPO)
    matcher, recorder = c22.tagger()
    pages, keys, _ = c22.labelled_places(SET, OWN)
    rng, rng2 = random.Random(SEED), random.Random(SEED2)
    rows, rows2, dropped = [], [], 0
    for path in sorted((eval_dir / SET / "pdf").glob("*.pdf")):
        file = f"pdf/{path.name}"
        cands = c22.candidates(path, recorder, matcher, keys)
        kept_pages = [c for c in cands if (file, c["page"]) not in pages]
        dropped += len(cands) - len(kept_pages)
        first = c22.choose(kept_pages, rng)
        rows += [{"set": SET, "file": file, **c} for c in first]
        rest = [c for c in kept_pages if c not in first]
        rng2.shuffle(rest)
        rows2 += [{"set": SET, "file": file, **c} for c in rest]
    offset = 0
    if round2:
        rows, offset = rows2, len(rows)
    c22.write_draw(rows, offset, "b", draw_out, decisions_out)
    print(f"{len(rows)} candidates drawn from {len({r['file'] for r in rows})} documents; {dropped} candidates "
          f"left out on labelled pages", file=sys.stderr)


if __name__ == "__main__":
    main()
