"""Hand-labelled concept senses on real documents: where the labels are and how a passage is found again.

The labels (benchmarks/data/concept_senses/*.jsonl, one passage per line) never hold the documents' text: each
record names the eval file, the passage's page and a key (the first 12 hex digits of the SHA-1 of the passage's
text, lower-cased, with whitespace collapsed), and lists the mentions by concept id, surface form and occurrence.
The text is read from ../shared/eval at run time with litmine's own reader; a record whose key is not found (the
reader changed how it splits passages) is counted as lost, never guessed.

fresh7's, fresh8's, fresh9's and fresh11's German records (file "de_refsection/pdf/<id>.pdf", set excite-ssoar; splits
fresh7d/fresh7, fresh8d/fresh8 and fresh11d/fresh11, development/held-out, in fresh7.jsonl, fresh8.jsonl and fresh11.jsonl;
fresh9, development, in fresh9.jsonl) name German SSOAR papers that are not in
../shared/eval (its de_refsection holds only the references): they are read from the pdf/ folder of
`default_extra`: the folder the environment variable LITMINE_DE_REFSECTION names, else extra/excite-de_refsection
beside the eval folder or beside its parent (../shared/extra or ../extra/excite-de_refsection). Without that folder those records are skipped, with
one line saying so, rather than counted as lost. fresh12.jsonl and fresh13.jsonl (splits fresh12d/fresh12 and fresh13d/fresh13,
development/held-out) hold UK inquiry records only (set uk-policy-inquiries), read from ../shared/eval like the other English records.

Record fields: set (excite-ssoar | uk-policy-inquiries | uk-approved-documents), file (path under the set's
folder), page, key, split ("tune": rules and models may be fitted on it; "test": never looked at while
developing), drawn ("candidate" | "random"), mentions [{concept, surface, occurrence}], false_friends
[{concept, surface, occurrence, why}], labeller, notes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "concept_senses"
SETS = ("excite-ssoar", "uk-policy-inquiries", "uk-approved-documents", "science-out-of-domain")
# a set whose records name their file by its path under ../shared/eval (fresh6's JOSE papers, out of domain)
SET_FOLDERS = {"science-out-of-domain": ""}
# fresh7's German SSOAR papers with a reference section at the end: file "de_refsection/pdf/<id>.pdf" is <id>.pdf in
# EXTRA_DE_REFSECTION/pdf (the eval copy of de_refsection holds only their gold references)
EXTRA_PREFIX = "de_refsection/pdf/"
EXTRA_DE_REFSECTION = Path(os.environ.get("LITMINE_DE_REFSECTION")
                           or HERE.parent.parent / "shared" / "extra" / "excite-de_refsection")


def default_extra(eval_dir: Path | None = None) -> Path:
    """Where fresh7's papers are: LITMINE_DE_REFSECTION, else the `extra` folder beside the eval folder or beside
    the folder that holds it (../shared/extra or ../extra: ../shared may be read-only; a run from a worktree
    elsewhere finds them either way), else EXTRA_DE_REFSECTION."""
    if os.environ.get("LITMINE_DE_REFSECTION") or eval_dir is None:
        return EXTRA_DE_REFSECTION
    shared = Path(eval_dir).resolve().parent
    for root in (shared, shared.parent):
        if (root / "extra" / "excite-de_refsection").is_dir():
            return root / "extra" / "excite-de_refsection"
    return shared / "extra" / "excite-de_refsection"
_SKIPPED: list[str] = []


def passage_key(text: str) -> str:
    """The key a labelled passage is found by: SHA-1 of the lower-cased text with whitespace collapsed."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


def split_of(set_name: str, file: str) -> str:
    """Whole documents go to one split: two in five to "test", the rest to "tune"."""
    return "test" if zlib.crc32(f"{set_name}/{file}".encode()) % 5 in (0, 1) else "tune"


@lru_cache(maxsize=256)
def passages_of(path: str):
    """litmine's passages of one eval file (cached in memory, and on disk under /tmp: concept_senses_whole)."""
    from concept_senses_whole import read_document

    return read_document(path).passages


def is_extra(rec: dict) -> bool:
    """Whether a record names one of fresh7's papers, read from EXTRA_DE_REFSECTION rather than the eval folder."""
    return rec["set"] == "excite-ssoar" and rec["file"].startswith(EXTRA_PREFIX)


def record_path(eval_dir: Path, rec: dict, extra: Path | None = None) -> Path:
    """The eval file a labelled record names (fresh7's papers under `extra`, by default EXTRA_DE_REFSECTION)."""
    if is_extra(rec):
        return Path(extra or default_extra(eval_dir)) / "pdf" / rec["file"][len(EXTRA_PREFIX):]
    return Path(eval_dir) / SET_FOLDERS.get(rec["set"], rec["set"]) / rec["file"]


def extra_missing(rec: dict, extra: Path | None = None, eval_dir: Path | None = None) -> bool:
    """True (and one line on stderr, once per run) when a record names a fresh7/fresh8 paper and the folder is
    absent."""
    root = Path(extra or default_extra(eval_dir))
    if not is_extra(rec) or (root / "pdf").is_dir():
        return False
    if not _SKIPPED:
        _SKIPPED.append(str(root))
        print(f"concept senses: {root}/pdf not found: the records of de_refsection/pdf (fresh7, fresh8, fresh9, fresh11) are skipped",
              file=sys.stderr)
    return True


def all_records() -> Iterator[dict]:
    """Every labelled record of every file, in file order."""
    for f in sorted(LABELS.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def load_labelled(eval_dir: Path, split: str | None = None) -> Iterator[tuple[dict, object | None]]:
    """Each labelled record with its Passage (None when the key is no longer found)."""
    for rec in all_records():
        if split and rec["split"] != split:
            continue
        if extra_missing(rec, eval_dir=eval_dir):
            continue
        path = record_path(eval_dir, rec)
        if not path.exists():
            yield rec, None
            continue
        found = [p for p in passages_of(str(path)) if passage_key(p.text) == rec["key"]]
        yield rec, (found[0] if found else None)


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Spans of a surface form in a passage (case-insensitive, whole words), in order."""
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", re.IGNORECASE)
    return [m.span() for m in pat.finditer(text)]


def label_spans(text: str, labels: list[dict], unplaced=None) -> list[tuple[str, int, int]]:
    """(concept, start, end) of each labelled mention in its passage (its surface's `occurrence`-th place); labels
    whose surface is not found there are counted in `unplaced` (a Counter) when given."""
    out = []
    for m in labels:
        places = occurrences(text, m["surface"])
        k = int(m.get("occurrence", 0))
        if k < len(places):
            out.append((m["concept"], *places[k]))
        elif unplaced is not None:
            unplaced["surface not found"] += 1
    return out
