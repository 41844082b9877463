"""Draw passages of the development splits for a second, blind labelling: how far two labellers agree (issue 12).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_agreement.py OUT.jsonl``. Writes one
line per drawn passage (set, file, page, key, text), in a shuffled order and WITHOUT the existing labels or the
stratum, to OUT, a scratch file outside the project that the second labeller reads; the stratum and the source
file of each key go to OUT.strata.json, to be read only after every passage is labelled. The labels
(agreement_b11.jsonl) keep set, file, page and key; the text is never committed.

Rule (README.md, "Agreement (session 11)"), seed 1111: records of the development splits only (split tune, test,
fresh2, fresh3 or fresh5d; never fresh, fresh4, fresh5, fresh6) of the seven files ssoar, ssoar_de, uk_inquiries,
uk_approved, fresh2, fresh3 and fresh5 (its fresh5d records). Two strata, spread over the files:
- `agreement-labelled` (133): records with at least one mention or false friend; an equal share per file, a file
  with fewer gives the shortfall to the others in turn;
- `agreement-neither` (67): records with neither, the same way.
Within a file the records are shuffled and taken in that order while litmine's reader still finds their key.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
from concept_senses_data import LABELS, SET_FOLDERS, passage_key, passages_of  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SEED = 1111
DEV_SPLITS = ("tune", "test", "fresh2", "fresh3", "fresh5d")
FILES = ("ssoar", "ssoar_de", "uk_inquiries", "uk_approved", "fresh2", "fresh3", "fresh5")
N_LABELLED, N_NEITHER = 133, 67


def _records(name: str) -> tuple[list[dict], list[dict]]:
    """The file's development records with a label, and those with neither."""
    labelled, neither = [], []
    for line in (LABELS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec["split"] in DEV_SPLITS:
                (labelled if rec["mentions"] or rec["false_friends"] else neither).append(rec)
    return labelled, neither


def _text(rec: dict) -> str | None:
    path = EVAL / SET_FOLDERS.get(rec["set"], rec["set"]) / rec["file"]
    if not path.exists():
        return None
    found = [p.text for p in passages_of(str(path)) if passage_key(p.text) == rec["key"]]
    return found[0] if found else None


def _quotas(available: dict[str, int], total: int) -> dict[str, int]:
    """An equal share per file; what a file cannot fill goes to the files that can, one at a time."""
    quota = {f: 0 for f in available}
    while sum(quota.values()) < total:
        open_files = [f for f in available if quota[f] < available[f]]
        if not open_files:
            break
        for f in open_files:
            if sum(quota.values()) < total:
                quota[f] += 1
    return quota


def _take(rng: random.Random, recs: list[dict], n: int) -> list[tuple[dict, str]]:
    order = recs[:]
    rng.shuffle(order)
    out = []
    for rec in order:
        if len(out) == n:
            break
        text = _text(rec)
        if text is not None:
            out.append((rec, text))
    return out


def main(out: Path) -> None:
    rng = random.Random(SEED)
    pools = {f: _records(f) for f in FILES}
    drawn = []
    for idx, (stratum, n) in enumerate((("agreement-labelled", N_LABELLED), ("agreement-neither", N_NEITHER))):
        quota = _quotas({f: len(pools[f][idx]) for f in FILES}, n)
        for f in FILES:
            for rec, text in _take(rng, pools[f][idx], quota[f]):
                drawn.append((stratum, f, rec, text))
    rng.shuffle(drawn)
    with out.open("w", encoding="utf-8") as fh:
        for _, _, rec, text in drawn:
            row = {k: rec[k] for k in ("set", "file", "page", "key")}
            fh.write(json.dumps({**row, "text": text}, ensure_ascii=False) + "\n")
    # a list, not keyed by key: one text can be a passage of two files (a report and its response)
    strata = [{"file": rec["file"], "key": rec["key"], "drawn": s, "source": f, "split": rec["split"],
               "doc_split": rec.get("doc_split")} for s, f, rec, _ in drawn]
    Path(str(out) + ".strata.json").write_text(json.dumps(strata, indent=1), encoding="utf-8")
    print(f"{len(drawn)} passages to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
