"""Session 12: the German passages of half of the German held-out documents become development split `de-dev`.

German recall is issue 12's largest gap on held-out data (29 of 60 German mentions found at the end of session 11)
and no unlabelled German text of the field is left in ../shared/eval to label as development data (the 32 German
SSOAR papers' vocabulary pool was drawn whole by fresh4-fresh6). To study German misses while keeping a held-out
part, the 32 German documents are halved by a hash of the document path, decided at the start of session 12 before
any German held-out label, error or per-passage result was read: half 0's German records in fresh4, fresh5 and fresh6
(splits fresh4, fresh5, fresh6 and fresh6-seen) get split "de-dev" (development: their errors are studied); half 1's
keep their held-out split (fresh6-seen stays unscored). English records are not touched. Run once; running it again
changes nothing.

Usage: python benchmarks/data/concept_senses/split_german.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SALT = "german-halves"
FILES = ("fresh4.jsonl", "fresh5.jsonl", "fresh6.jsonl")
HELD_OUT = ("fresh4", "fresh5", "fresh6", "fresh6-seen")


def half(rec: dict) -> int:
    return int(hashlib.sha1((SALT + rec["file"]).encode()).hexdigest(), 16) % 2


def german(rec: dict) -> bool:
    return rec["set"] == "excite-ssoar" and rec["file"].startswith("de_")


def main() -> None:
    for name in FILES:
        path = HERE / name
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["split"] in HELD_OUT and german(rec) and half(rec) == 0:
                rec["split"] = "de-dev"
            out.append(json.dumps(rec, ensure_ascii=False))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
