"""Draw the third fresh sample of passages for hand-labelling, after the lexicon and matcher of session 7 were frozen
at commit 217a99a (issue 12).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh3.py OUT.jsonl``. Writes one line
per drawn passage (set, file, page, key, split, drawn, text) to OUT, a scratch file outside the project: the text
is for the labeller to read and is never committed (the labels, fresh3.jsonl, keep set, file, page and key only).

Rule (README.md, "Third fresh sample"): body paragraphs (kind "body") of at least 15 words, not already labelled
(every earlier split excluded), drawn with seed 77 in three strata, all in one draw:
- `fresh3-thin` (110): from the English SSOAR PDFs and the UK inquiry PDFs, a paragraph holding a stem of the
  vocabulary that names the concepts (draw_fresh2.THIN_STEMS: "third sector", "voluntary", "charit",
  "partnership", "network", "contract", "devol", "activation", "welfare", "lone parent", ...), at most 8 per
  document (oversampled so that recall rests on at least 30 true mentions);
- `fresh3-random` (20): uniform over the other paragraphs of the same documents;
- `fresh3-out-of-domain` (25): paragraphs of the UK approved documents (`txt/`) holding a stem of any concept
  (draw_fresh2.STEMS), at most 2 per document;
- `fresh3-thin-rest`: the thin pool's other paragraphs (written last, in pool order, the lines above unchanged):
  the 110 of the first stratum held only 21 true mentions when labelled, so the whole pool was labelled, before
  anything was scored.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_fresh2 import _STEM, _THIN, EVAL, IN_DOMAIN, OUT_OF_DOMAIN, _paragraphs  # noqa: E402

from concept_senses_data import LABELS, passage_key, split_of  # noqa: E402

SEED = 77
N_THIN, N_RANDOM, N_OUT, PER_DOC, PER_DOC_OUT = 110, 20, 25, 8, 2


def main() -> None:
    out = Path(sys.argv[1])
    labelled = {json.loads(line)["key"] for f in LABELS.glob("*.jsonl") for line in f.read_text().splitlines()
                if line.strip()}
    rng = random.Random(SEED)
    thin, others, outside = [], [], []
    for set_name, folder, glob in IN_DOMAIN:
        for path in sorted((EVAL / set_name / folder).glob(glob)):
            rel = f"{folder}/{path.name}"
            paras = _paragraphs(path, labelled)
            hits = [p for p in paras if _THIN.search(p.text)]
            rng.shuffle(hits)
            thin += [(set_name, rel, p, "fresh3-thin") for p in hits[:PER_DOC]]
            others += [(set_name, rel, p, "fresh3-random") for p in paras if not _THIN.search(p.text)]
    set_name, folder, glob = OUT_OF_DOMAIN
    for path in sorted((EVAL / set_name / folder).glob(glob)):
        rel = f"{folder}/{path.name}"
        hits = [p for p in _paragraphs(path, labelled) if _STEM.search(p.text)]
        rng.shuffle(hits)
        outside += [(set_name, rel, p, "fresh3-out-of-domain") for p in hits[:PER_DOC_OUT]]
    drawn = rng.sample(thin, min(N_THIN, len(thin))) + rng.sample(others, min(N_RANDOM, len(others)))
    drawn += rng.sample(outside, min(N_OUT, len(outside)))
    rng.shuffle(drawn)
    taken = {id(p) for _, _, p, _ in drawn}
    drawn += [(s, rel, p, "fresh3-thin-rest") for s, rel, p, _ in thin if id(p) not in taken]
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p, stratum in drawn:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh3", "doc_split": split_of(set_name, rel), "drawn": stratum,
                                "text": p.text}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} passages ({len(thin)} thin, {len(others)} others, {len(outside)} out of domain in the "
          "pools)", file=sys.stderr)


if __name__ == "__main__":
    main()
