"""Session 11: the English passages of half of fresh5's documents become development split `fresh5d`.

fresh5 was scored once, blind, in session 10 (0.732 / 0.594 on all 368 passages). To learn from its errors while
keeping a held-out part, its English documents are halved by a hash of the document (both volumes of an inquiry,
its report and the government's response, count as one document), decided before any error was read: half 0's
English records (UK inquiry and English SSOAR passages, approved documents) get split "fresh5d"; half 1's English
records and every German record keep split "fresh5" (held-out). Run once; running it again changes nothing.

Usage: python benchmarks/data/concept_senses/split_fresh5.py
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SALT = "fresh5-halves"


def group(rec: dict) -> str:
    """The document a record belongs to; an inquiry's report and its response are one."""
    name = rec["file"]
    if rec["set"] == "uk-policy-inquiries":
        return re.sub(r"[-_]?(Recomm|Response).*", "", name.split("/")[-1])
    return name


def half(rec: dict) -> int:
    return int(hashlib.sha1((SALT + group(rec)).encode()).hexdigest(), 16) % 2


def german(rec: dict) -> bool:
    return rec["file"].startswith("de_")


def main() -> None:
    path = HERE / "fresh5.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        rec = json.loads(line)
        if rec["split"] in ("fresh5", "fresh5d"):
            rec["split"] = "fresh5d" if half(rec) == 0 and not german(rec) else "fresh5"
        out.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
