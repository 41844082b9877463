"""Draw the second fresh sample of passages for hand-labelling, after the lexicon of session 6 was frozen (issue 12).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh2.py OUT.jsonl``. Writes one line
per drawn passage (set, file, page, key, split, drawn, text) to OUT, a scratch file outside the project: the text
is for the labeller to read and is never committed (the labels, fresh2.jsonl, keep set, file, page and key only).

Rule (README.md, "Second fresh sample"): body paragraphs (kind "body") of at least 15 words, not already labelled,
drawn with a fixed seed in three strata:
- `fresh2-candidate` (80): from the English SSOAR PDFs and the UK inquiry PDFs, a paragraph holding a word that
  starts with a stem of any of the lexicon's 26 concepts (STEMS, written from the concepts' definitions and names,
  broader than any lexicon form: "contract", "partnership", "governance", "charit", "devol", ...); at most 3 per
  document;
- `fresh2-random` (20): uniform over the other paragraphs of the same documents (false positives on ordinary prose,
  and mentions in wordings no stem foresaw);
- `fresh2-out-of-domain` (15): paragraphs of the UK approved documents (`txt/`) holding a stem, at most 2 per
  document (out of domain: every form there is expected to be another sense).

``... OUT.jsonl --round2`` draws a fourth stratum after the first three were labelled and scored (the lexicon still
frozen; the first round held only 13 true mentions, too few to measure recall): `fresh2-thin` (60), paragraphs of the
same in-domain documents, not already labelled (the first round included), holding a stem of the vocabulary that
names the concepts (THIN_STEMS: "third sector", "voluntary", "charit", "partnership", "network", "contract", "devol",
"activation", "welfare", "lone parent", ...), at most 2 per document, seed 67.
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
SEED = 66
IN_DOMAIN = (("excite-ssoar", "en_refsection/pdf", "*.pdf"), ("uk-policy-inquiries", "pdf", "*.pdf"))
OUT_OF_DOMAIN = ("uk-approved-documents", "txt", "*")
STEMS = ("activation", "activat", "active labo", "workfare", "welfare-to-work", "welfare to work", "employab",
         "conditional", "sanction", "lone", "single parent", "single mother", "personalis", "personaliz", "tailored",
         "co-produc", "coproduc", "co-design", "codesign", "collaborative innovation", "social innovation",
         "public management", "managerial", "governance", "network", "partnership", "multi-agency", "inter-agency",
         "interagency", "third sector", "voluntary", "non-profit", "nonprofit", "not-for-profit", "charit",
         "non-governmental", "civil society", "street-level", "frontline", "front-line", "contract", "commission",
         "outsourc", "tender", "procure", "quasi-market", "marketis", "marketiz", "privatis", "privatiz", "devol",
         "decentrali", "localis", "localiz", "multi-level", "multilevel", "in-work", "working poor", "human capital",
         "work first", "work-first", "job-first", "payment by result")
_STEM = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in STEMS) + ")", re.IGNORECASE)
N_CANDIDATE, N_RANDOM, N_OUT, PER_DOC, PER_DOC_OUT = 80, 20, 15, 3, 2
THIN_STEMS = ("third sector", "voluntary", "charit", "non-profit", "nonprofit", "not-for-profit", "ngo",
              "non-governmental", "civil society", "partnership", "multi-agency", "inter-agency", "network",
              "public management", "managerial", "contract", "commission", "outsourc", "devol", "decentrali",
              "activation", "active labo", "welfare", "unemploy", "jobseeker", "claimant", "lone parent",
              "single mother", "single parent", "co-produc", "coproduc", "personalis", "personaliz", "multi-level",
              "multilevel", "street-level", "social innovation", "employab")
_THIN = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in THIN_STEMS) + ")", re.IGNORECASE)
N_THIN, PER_DOC_THIN, SEED_THIN = 60, 2, 67


def round2(out: Path, labelled: set[str]) -> None:
    """The `fresh2-thin` stratum (see the module docstring)."""
    rng = random.Random(SEED_THIN)
    pool = []
    for set_name, folder, glob in IN_DOMAIN:
        for path in sorted((EVAL / set_name / folder).glob(glob)):
            rel = f"{folder}/{path.name}"
            hits = [p for p in _paragraphs(path, labelled) if _THIN.search(p.text)]
            rng.shuffle(hits)
            pool += [(set_name, rel, p) for p in hits[:PER_DOC_THIN]]
    drawn = rng.sample(pool, min(N_THIN, len(pool)))
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p in drawn:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh2", "doc_split": split_of(set_name, rel), "drawn": "fresh2-thin",
                                "text": p.text}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} passages ({len(pool)} in the pool)", file=sys.stderr)


def _paragraphs(path: Path, labelled: set[str]):
    return [p for p in passages_of(str(path))
            if p.kind == "body" and len(p.text.split()) >= 15 and passage_key(p.text) not in labelled]


def main() -> None:
    out = Path(sys.argv[1])
    labelled = {json.loads(line)["key"] for f in LABELS.glob("*.jsonl") for line in f.read_text().splitlines()
                if line.strip()}
    if "--round2" in sys.argv:
        round2(out, labelled)
        return
    rng = random.Random(SEED)
    candidates, others, outside = [], [], []
    for set_name, folder, glob in IN_DOMAIN:
        for path in sorted((EVAL / set_name / folder).glob(glob)):
            rel = f"{folder}/{path.name}"
            paras = _paragraphs(path, labelled)
            hits = [p for p in paras if _STEM.search(p.text)]
            rng.shuffle(hits)
            candidates += [(set_name, rel, p, "fresh2-candidate") for p in hits[:PER_DOC]]
            others += [(set_name, rel, p, "fresh2-random") for p in paras if not _STEM.search(p.text)]
    set_name, folder, glob = OUT_OF_DOMAIN
    for path in sorted((EVAL / set_name / folder).glob(glob)):
        rel = f"{folder}/{path.name}"
        hits = [p for p in _paragraphs(path, labelled) if _STEM.search(p.text)]
        rng.shuffle(hits)
        outside += [(set_name, rel, p, "fresh2-out-of-domain") for p in hits[:PER_DOC_OUT]]
    drawn = rng.sample(candidates, min(N_CANDIDATE, len(candidates))) + rng.sample(others, min(N_RANDOM, len(others)))
    drawn += rng.sample(outside, min(N_OUT, len(outside)))
    rng.shuffle(drawn)
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p, stratum in drawn:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh2", "doc_split": split_of(set_name, rel), "drawn": stratum,
                                "text": p.text}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} passages ({len(candidates)} candidates, {len(others)} others, {len(outside)} out of "
          f"domain in the pools)", file=sys.stderr)


if __name__ == "__main__":
    main()
