"""Draw a fresh sample of passages for hand-labelling, after the lexicon of session 5 was frozen (issue 12).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh.py OUT.jsonl [N]``. Writes one line
per drawn passage (set, file, page, key, split, drawn, text) to OUT, a scratch file outside the project: the text
is for the labeller to read and is never committed (the labels, fresh.jsonl, keep set, file, page and key only).

Rule (README.md, "Fresh sample"): body paragraphs (kind "body") of at least 15 words from the English SSOAR PDFs
(`excite-ssoar/en_refsection/pdf`) and the UK inquiry reports (`uk-policy-inquiries/pdf`) that are not already
labelled, holding a word that starts with one of the stems of the concepts the labelled set was thinnest on
(network governance, contracting-out, localism, New Public Management, activation, partnership working, third
sector): STEMS below, written from the concepts' definitions, not from passages. At most PER_DOC per document,
N in all (default 120), drawn uniformly from the candidates with a fixed seed, in random order.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "benchmarks"))
from concept_senses_data import LABELS, passage_key, passages_of, split_of  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SEED = 55
PER_DOC = 4
FOLDERS = (("excite-ssoar", "en_refsection/pdf"), ("uk-policy-inquiries", "pdf"))
STEMS = ("network", "governance", "contract", "commission", "outsourc", "tender", "devol", "decentrali",
         "localis", "localiz", "managerial", "public management", "activation", "active labo", "partnership",
         "multi-agency", "inter-agency", "third sector", "voluntary", "non-profit", "nonprofit", "not-for-profit",
         "charit", "civil society")
_STEM = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in STEMS) + ")", re.IGNORECASE)


def main() -> None:
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    labelled = {json.loads(line)["key"] for f in LABELS.glob("*.jsonl") for line in f.read_text().splitlines()
                if line.strip()}
    rng = random.Random(SEED)
    pool = []
    for set_name, folder in FOLDERS:
        for pdf in sorted((EVAL / set_name / folder).glob("*.pdf")):
            rel = f"{folder}/{pdf.name}"
            found = [p for p in passages_of(str(pdf))
                     if p.kind == "body" and len(p.text.split()) >= 15 and _STEM.search(p.text)
                     and passage_key(p.text) not in labelled]
            rng.shuffle(found)
            pool += [(set_name, rel, p) for p in found[:PER_DOC]]
            print(f"{rel}: {len(found)} candidates", file=sys.stderr)
    rng.shuffle(pool)
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p in pool[:n]:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": split_of(set_name, rel), "drawn": "fresh", "text": p.text},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
