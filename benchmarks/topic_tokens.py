"""Topic pieces (the topic corpus's tokens before phrases) made chunk by chunk against spaCy's Doc of each passage:
identical, and what each costs (issue 18, item 4).

Usage: python benchmarks/topic_tokens.py --store DB [--before TREE] [--jobs 2] [--out docs/benchmarks.md]
                                         [--limit N] [--no-write]

Every passage of the store (every kind, every language: more than a topic corpus takes, so more cases) with its
concept mentions, read once (not timed). Then:
- identity, in this process: each passage's pieces made from spaCy's Doc of the whole passage token by token
  (`preprocess._pieces_by_doc`, the way the topic corpus was made before) and chunk by chunk (`preprocess._pieces`,
  topics/tokens.py), packed (`pieces.pack`) and compared; CPU seconds of each over all passages, one after the
  other in the same process (the chunk path starts with an empty chunk cache);
- `_all_pieces` (what `build_topic_corpus` runs: worker processes from 20,000 passages on) over every passage, in a
  fresh process of this checkout and, with --before, of another checkout (e.g. a worktree of the commit before):
  CPU seconds of the process and its workers, wall seconds, and the packed pieces compared passage by passage with
  this checkout's.
Differences are listed (the first 20, with the text around them). Writes the section topic_tokens.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import machine, standard_args, write_section  # noqa: E402

CHILD = """
import json, pickle, resource, sys, time
sys.path.insert(0, sys.argv[1])
import litmine
assert litmine.__file__.startswith(sys.argv[1]), litmine.__file__
from litmine.topics.preprocess import CHUNK_PASSAGES, _all_pieces
with open(sys.argv[2], "rb") as f:
    items = pickle.load(f)
chunks = [items[i:i + CHUNK_PASSAGES] for i in range(0, len(items), CHUNK_PASSAGES)]
t, c = time.perf_counter(), time.process_time()
made = _all_pieces(iter(chunks), jobs=int(sys.argv[4]))
wall, cpu = time.perf_counter() - t, time.process_time() - c
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[3], "wb") as f:
    pickle.dump(made, f)
print(json.dumps({"wall": wall, "cpu": cpu, "workers": kids.ru_utime + kids.ru_stime,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def read_passages(db: Path, limit: int | None) -> list[tuple[str, tuple]]:
    """(text, its mentions as (start, end, concept)) of every passage, in the store's order."""
    sys.path.insert(0, str(ROOT))
    from litmine.store import Store

    store = Store(db)
    mentions: dict[int, list] = {}
    for m in store.iter_mentions():
        mentions.setdefault(m.passage_id, []).append((m.start, m.end, m.concept))
    items = [(text, tuple(mentions.get(pid, ())))
             for pid, _, _, _, _, text in store.iter_passage_texts()]
    store.close()
    return items[:limit] if limit else items


def identity_here(items: list[tuple[str, tuple]]) -> dict:
    """Doc path against chunk path in this process: CPU of each and the passages whose packed pieces differ."""
    from litmine.topics.pieces import pack
    from litmine.topics.preprocess import _pieces, _pieces_by_doc, _words

    words = _words()
    c = time.process_time()
    by_doc = [pack(_pieces_by_doc(text, words.tokenizer(text), ms, words)) for text, ms in items]
    doc_cpu = time.process_time() - c
    c = time.process_time()
    by_chunk = [pack(_pieces(text, ms, words)) for text, ms in items]
    chunk_cpu = time.process_time() - c
    return {"doc_cpu": doc_cpu, "chunk_cpu": chunk_cpu, "chunks": len(words.chunks.cache),
            "differ": [i for i, (a, b) in enumerate(zip(by_doc, by_chunk)) if a != b], "pieces": by_chunk,
            "by_doc": by_doc}


def run_all_pieces(tree: Path, data: Path, jobs: int) -> tuple[dict, list[str]]:
    """`_all_pieces` over the passages pickled in data, with the litmine of tree, in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        made = Path(tmp) / "made.pkl"
        out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(data), str(made), str(jobs)],
                             capture_output=True, text=True, check=True)
        with open(made, "rb") as f:
            pieces = pickle.load(f)
    return json.loads(out.stdout.strip().splitlines()[-1]), pieces


def _commit(tree: Path) -> str:
    head = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(tree), "status", "--porcelain", "--", "litmine"], capture_output=True,
                           text=True)
    return (head.stdout.strip() or tree.name) + ("+" if dirty.stdout.strip() else "")


def _differences(items: list[tuple[str, tuple]], differ: list[int], a: list[str], b: list[str]) -> list[str]:
    lines = []
    for i in differ[:20]:
        lines.append(f"- passage {i}: {items[i][0][:160]!r}\n  - {a[i][:200]!r}\n  - {b[i][:200]!r}")
    return lines


def main() -> None:
    def extra(parser):
        parser.add_argument("--store", required=True, help="a store (read only; nothing is written into it)")
        parser.add_argument("--before", default=None, help="another litmine checkout to run _all_pieces with")
        parser.add_argument("--jobs", type=int, default=2, help="worker processes of _all_pieces")
        parser.add_argument("--limit", type=int, default=None, help="only the first N passages")
        parser.add_argument("--no-write", action="store_true", help="print the section, do not write it")

    a = standard_args(__doc__, extra=extra)
    items = read_passages(Path(a.store), a.limit)
    load = [f"{os.getloadavg()[0]:.1f}"]
    here = identity_here(items)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "items.pkl"
        with open(data, "wb") as f:
            pickle.dump(items, f)
        trees = ([Path(a.before).resolve()] if a.before else []) + [ROOT]
        runs = {tree: run_all_pieces(tree, data, a.jobs) for tree in trees}
    load.append(f"{os.getloadavg()[0]:.1f}")
    lines = ["## Topic tokens", "",
             f"{machine()}; {datetime.now(UTC):%Y-%m-%d}; `python benchmarks/topic_tokens.py --store ... "
             f"{'--before ... ' if a.before else ''}--jobs {a.jobs}` (load {load[0]} before, {load[1]} after).", "",
             f"{len(items):,} passages (every kind and language) of `{Path(a.store).name}`, "
             f"{sum(len(t) for t, _ in items):,} characters, {sum(len(m) for _, m in items):,} concept mentions.",
             "", "| what | CPU s | of which workers | wall s | peak MiB (parent) | passages differing |",
             "|---|---|---|---|---|---|",
             f"| Doc per passage, token by token (`_pieces_by_doc`), one process | {here['doc_cpu']:.1f} | | | | "
             f"reference |",
             f"| chunk by chunk (`_pieces`), one process, empty chunk cache at the start | {here['chunk_cpu']:.1f} | "
             f"| | | {len(here['differ'])} |"]
    mine = runs[ROOT][1]
    for tree, (r, pieces) in runs.items():
        differ = [i for i, (x, y) in enumerate(zip(pieces, here["pieces"])) if x != y]
        differ += list(range(min(len(pieces), len(mine)), max(len(pieces), len(mine))))
        lines.append(f"| `_all_pieces` of {_commit(tree)}, {a.jobs} jobs | {r['cpu'] + r['workers']:.1f} | "
                     f"{r['workers']:.1f} | {r['wall']:.1f} | {r['peak']:,.0f} | {len(differ)} |")
        if differ:
            lines += ["", f"Differences, {_commit(tree)} against the chunk path:", ""]
            lines += _differences(items, differ, pieces, here["pieces"])
    if here["differ"]:
        lines += ["", "Differences, Doc path against chunk path:", ""]
        lines += _differences(items, here["differ"], here["by_doc"], here["pieces"])
    lines += ["", f"Distinct chunks cached at the end of the one-process run: {here['chunks']:,}."]
    markdown = "\n".join(lines)
    print(markdown)
    if not a.no_write:
        print(write_section("topic_tokens", markdown, Path(a.out)), file=sys.stderr)


if __name__ == "__main__":
    main()
