"""Leave-documents-out reference-string parsing on EXCITE (English and German social science): k folds of papers.

Usage: python benchmarks/references_folds.py [--eval ../shared/eval] [--folds 3] [--epochs 5] [--jobs 2]
                                             [--out docs/benchmarks.md]

The EXCITE papers of en_refsection and de_refsection (grouped by SSOAR id, so that no paper is on both sides) are
cut into k folds. For each fold a tagger is trained as scripts/train_references.py --all-sets trains one (AnyStyle,
GROBID, restyled copies, ParsCit, EXCITE footnote sets) plus the EXCITE reference strings of the other folds, and
parse_reference with that tagger is scored on the fold's strings as benchmarks/references.py scores them. This is an
experiment: ParsCit (GPL) and EXCITE (internal evaluation only) may not ship, so the shipped tagger never sees them.
A training string equal to one of the fold's strings (the same work cited by two papers) is dropped.
Writes the section `references_folds` of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

import references as bench  # noqa: E402
import train_references as tr  # noqa: E402
from report import balanced_folds, machine, write_section  # noqa: E402

from litmine.citations import references as refs  # noqa: E402
from litmine.citations.reference_model import ReferenceTagger  # noqa: E402

SETS = [("EXCITE en_refsection", "excite-ssoar/derived/en_refsection.jsonl"),
        ("EXCITE de_refsection", "excite-ssoar/derived/de_refsection.jsonl")]


def folds_of(rows: list[dict], k: int) -> list[set[str]]:
    """Papers (SSOAR ids) in k folds of about equal string counts, in a fixed order."""
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[r["ssoar_id"]] = sizes.get(r["ssoar_id"], 0) + 1
    return balanced_folds(sizes, k)


def run_fold(args: tuple) -> dict:
    root, k, fold, epochs, smoke = args
    rows = {name: [json.loads(line) for line in (root / path).open(encoding="utf-8")] for name, path in SETS}
    docs = folds_of([r for rs in rows.values() for r in rs], k)[fold]
    test = {name: [r for r in rs if r["ssoar_id"] in docs] for name, rs in rows.items()}
    train_rows = [r for rs in rows.values() for r in rs if r["ssoar_id"] not in docs]
    held = [r for rs in test.values() for r in rs] + tr.load_rows(root, tr.HELD_OUT[2:])
    sets = {f: tr.load_rows(root, files) for f, files in {**tr.TRAIN, **tr.EXPERIMENT_ONLY}.items()}
    sets["excite"] = sets["excite"] + train_rows
    if smoke:  # a check that the script runs: a tenth of every set, a tenth of the fold
        sets = {f: rs[::10] for f, rs in sets.items()}
        test = {name: rs[::10] for name, rs in test.items()}
    t0 = time.time()
    examples = tr.add_restyled(tr.build_examples(root, all_sets=True, held_rows=held, rows=sets))
    cues = tr.learn_cues(examples)
    vocab, data = tr.featurize(examples, None, cues=tr.crossfit_cues(examples))
    W, T = tr.train(data, len(vocab), epochs)
    names = sorted(vocab, key=vocab.get)
    tagger = ReferenceTagger(names, W.astype(np.float16), T, cues)
    seconds = time.time() - t0
    saved = refs.load_reference_tagger
    refs.load_reference_tagger = lambda: tagger
    try:
        out = {}
        for name, rs in test.items():
            counts, _, n = bench.score(rs, "excite")
            out[name] = {"counts": {f"{m}|{f}": c for (m, f), c in counts.items()}, "n": n}
    finally:
        refs.load_reference_tagger = saved
    return {"fold": fold, "docs": len(docs), "train": len(examples), "seconds": seconds, "sets": out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md")
    ap.add_argument("--smoke", action="store_true", help="one fold, a tenth of the data, one epoch; writes nothing")
    args = ap.parse_args()
    missing = [p for _, p in SETS if not (args.eval / p).exists()]
    if missing:
        print(f"skip: {', '.join(missing)} missing under {args.eval}", file=sys.stderr)
        return
    jobs = [(args.eval, args.folds, f, 1 if args.smoke else args.epochs, args.smoke)
            for f in range(1 if args.smoke else args.folds)]
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(run_fold, jobs))
    totals: dict[str, dict] = {}
    for res in results:
        print(f"fold {res['fold']}: {res['docs']} papers, {res['train']} training strings, "
              f"{res['seconds']:.0f} s", file=sys.stderr)
        for name, got in res["sets"].items():
            t = totals.setdefault(name, {"n": 0, "counts": {}})
            t["n"] += got["n"]
            for key, c in got["counts"].items():
                acc = t["counts"].setdefault(key, [0, 0, 0])
                for j in range(3):
                    acc[j] += c[j]
    lines = [
        "## References: leave-documents-out parsing (EXCITE, k folds of papers)", "",
        f"- Date: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {machine()}",
        f"- Python {platform.python_version()}; `python benchmarks/references_folds.py --folds {args.folds} "
        f"--epochs {args.epochs}`", "",
        f"Split: the papers of EXCITE en_refsection and de_refsection in {args.folds} folds (by SSOAR id); each fold "
        "is parsed by a tagger trained on the shippable sets, the restyled copies, the experiment-only sets "
        "(ParsCit, EXCITE footnotes) and the EXCITE strings of the other folds' papers: the `--all-sets` "
        f"experiment, {args.epochs} epochs (the shipped tagger: 20, without EXCITE or ParsCit). Scored as the "
        "references section scores. These are **development** figures: the rules after the tagger were written "
        "while reading EXCITE errors; no fold's strings were trained on when it was scored. The shipped tagger's "
        "figures on the same strings (no EXCITE in its training) are in the references section.", "",
        "| set (split) | strings | soft P | soft R | soft F1 | strict F1 | authors | title | container |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, t in totals.items():
        counts = {tuple(k.split("|")): v for k, v in t["counts"].items()}
        s, st = bench.micro(counts, "soft"), bench.micro(counts, "strict")
        per = [bench.prf(*counts[("soft", f)])[2] for f in ("authors", "title", "container")]
        lines.append(f"| {name} ({args.folds}-fold by paper) | {t['n']} | {s[0]:.3f} | {s[1]:.3f} | {s[2]:.3f} | "
                     f"{st[2]:.3f} | " + " | ".join(f"{v:.3f}" for v in per) + " |")
        print(f"{name}: soft F1 {s[2]:.3f}, strict {st[2]:.3f}", file=sys.stderr)
    if not args.smoke:
        print(f"wrote {write_section('references_folds', chr(10).join(lines) + chr(10), args.out)}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
