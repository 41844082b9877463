"""Leave-documents-out reference fields from PDF on EXCITE English: the learned models retrained per fold of papers.

Usage: python benchmarks/citations_folds.py [--eval ../shared/eval] [--folds 5] [--epochs 10] [--jobs 1]
       [--out docs/benchmarks.md] [--cache DIR]

The 46 papers of excite-ssoar/en_refsection are cut into k folds by SSOAR id (about equal reference counts, fixed
order). For each fold the reference-string tagger is trained as scripts/train_references.py trains the shipped one
(AnyStyle + GROBID + restyled copies) plus the EXCITE en_refsection strings of the other folds' papers; where the
reference-list line model exists (litmine/citations/reflist.py, scripts/train_reflist.py), it is trained on its
shipped sets plus the other folds' EXCITE layout files too. The fold's PDFs then go through `extract_document` with
those models and are scored as benchmarks/citations.py scores them; the same papers are scored with the shipped
models in the same run. An experiment: EXCITE may not ship, so no weights are written. The rules after the models
were written while reading these files, so the figures stay development figures for the rules.
Writes the section `citations_folds` of docs/benchmarks.md. `--cache` keeps the PDF reader's blocks per paper (as
benchmarks/citations_stages.py does; the same list references as `extract_document`), so that each PDF is read once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

import citations as cit  # noqa: E402
from report import machine, write_section  # noqa: E402

import litmine.citations.references as refs_mod  # noqa: E402
from litmine.ingest import extract_document  # noqa: E402


def folds_of(sizes: dict[str, int], k: int) -> list[set[str]]:
    """Papers in k folds of about equal reference counts (report.balanced_folds)."""
    from report import balanced_folds

    return balanced_folds(sizes, k)


def train_tagger(root: Path, rows: list[dict], test: set[str], epochs: int):
    """The shipped recipe plus the EXCITE en_refsection strings of papers outside `test`."""
    import train_references as tr

    from litmine.citations.reference_model import ReferenceTagger

    sets = {f: tr.load_rows(root, files) for f, files in tr.TRAIN.items()}
    sets["excite"] = [r for r in rows if r["ssoar_id"] not in test]
    held = [r for r in rows if r["ssoar_id"] in test]
    examples = tr.add_restyled(tr.build_examples(root, held_rows=held, rows=sets))
    # as the shipped file: no word cues, training decoded without the bare-gap constraint
    vocab, data = tr.featurize(examples, None)
    W, T = tr.train(tr.unconstrained(data), len(vocab), epochs)
    return ReferenceTagger(sorted(vocab, key=vocab.get), W.astype(np.float16), T, None)


def train_line_model(root: Path, test: set[str]):
    """The reference-list line model on its shipped sets plus the other folds' EXCITE layout files (whole
    documents), or None where the project has no such model."""
    try:
        import train_reflist as trl

        from litmine.citations import reflist
    except ImportError:
        return None
    seqs = [s for _, s in trl.training_sequences(root)]
    seqs += [s for doc, s in trl.excite_sequences(root, section=False) if doc not in test]
    return reflist.model_from_arrays(reflist.fit(seqs))


def score_papers(ev: Path, gold: dict[str, list[dict]], papers: set[str], score: cit.Score,
                 cache: Path | None = None) -> int:
    from citations_stages import list_references

    n = 0
    for sid in sorted(papers):
        pdf = ev / "excite-ssoar" / "en_refsection" / "pdf" / f"{sid}.pdf"
        if not pdf.exists():
            continue
        if cache:
            score.add(gold[sid], list_references(pdf, cache))
        else:
            doc, _ = extract_document(str(pdf))
            score.add(gold[sid], [r for r in doc.references if r.source == "list"])
        n += len(gold[sid])
    return n


def run_fold(args: tuple) -> dict:
    """One fold in its own process: the fold's papers scored with the shipped models, then with models trained
    without them. Returns both score tallies and the training seconds."""
    ev, rows, gold, test, epochs, cache = args
    shipped, retrained = cit.Score(), cit.Score()
    n_refs = score_papers(ev, gold, test, shipped, cache)
    t = time.perf_counter()
    tagger = train_tagger(ev, rows, test, epochs)
    try:
        from litmine.citations import reflist
        line_model = train_line_model(ev, test)
    except ImportError:
        reflist, line_model = None, None
    train_s = time.perf_counter() - t
    calls = []
    refs_mod.load_reference_tagger = lambda: tagger
    if line_model is not None:
        def patched(path=None, _m=line_model):
            calls.append(1)
            return _m
        reflist.load_reflist_model = patched
    score_papers(ev, gold, test, retrained, cache)  # a worker process: the patched loaders die with it
    return {"shipped": shipped.c, "retrained": retrained.c, "n": n_refs, "train_s": train_s,
            "line_model": line_model is not None, "line_used": bool(calls)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=10, help="tagger epochs (the shipped tagger is trained for 20)")
    ap.add_argument("--jobs", type=int, default=1, help="folds run at once, one process each (about 1.5 GB each)")
    ap.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md")
    ap.add_argument("--cache", type=Path, default=None, help="keep the PDF reader's blocks here")
    args = ap.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    ev = args.eval
    path = ev / "excite-ssoar" / "derived" / "en_refsection.jsonl"
    if not path.exists():
        print(f"skip: {path} missing", file=sys.stderr)
        return
    head = subprocess.run(["git", "-C", str(HERE.parent), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip() or "unknown"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    gold = cit.excite_gold(ev)
    folds = folds_of({sid: len(refs) for sid, refs in gold.items()}, args.folds)
    shipped, retrained, n_refs, t0 = cit.Score(), cit.Score(), 0, time.perf_counter()
    jobs = [(ev, rows, gold, test, args.epochs, args.cache) for test in folds]
    if args.jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(min(args.jobs, len(jobs))) as pool:
            results = pool.map(run_fold, jobs, chunksize=1)
    else:
        results = [run_fold(job) for job in jobs]
    train_s, line_model, line_used = 0.0, False, False
    for k, res in enumerate(results):
        for score, key in ((shipped, "shipped"), (retrained, "retrained")):
            for mode in score.c:
                for f in score.c[mode]:
                    score.c[mode][f] = [a + b for a, b in zip(score.c[mode][f], res[key][mode][f])]
        n_refs += res["n"]
        train_s += res["train_s"]
        line_model |= res["line_model"]
        line_used |= res["line_used"]
        print(f"fold {k}: {len(folds[k])} papers, models trained in {res['train_s']:.0f} s", file=sys.stderr)
    secs = time.perf_counter() - t0
    lines = ["## Citations, leave-documents-out: EXCITE English end to end, models retrained per fold", "",
             f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}; load average at the end "
             f"{os.getloadavg()[0]:.1f}; {secs / 60:.1f} minutes in all ({train_s / 60:.1f} training)",
             f"- Machine: {machine()}; code: commit {head} and the working tree when the run started",
             f"- `python benchmarks/citations_folds.py --folds {args.folds} --epochs {args.epochs} --jobs {args.jobs}"
             + " --cache DIR" * bool(args.cache) + "`"
             + " (training seconds summed over the folds, which ran in parallel)" * (args.jobs > 1), "",
             f"Split: **leave-documents-out** for the learned models ({args.folds} folds of the "
             f"{len(gold)} en_refsection papers by SSOAR id): for each fold the reference-string tagger is trained "
             f"as the shipped one (AnyStyle, GROBID, restyled copies; {args.epochs} epochs, the shipped tagger 20) "
             "plus the EXCITE strings of the other folds' papers"
             + (", and the reference-list line model on its shipped sets plus the other folds' EXCITE layout files"
                if line_model else "")
             + ("" if line_used or not line_model else " (the pipeline did not call the line model in this "
                "run, so it changes nothing here)")
             + "; the fold's PDFs are then read and scored as in the citations section. Still **development** for "
             "the rules, which were written while reading these files. An experiment: the weights are not kept "
             "(EXCITE may not ship). The shipped models, which never saw EXCITE, on the same papers in the same "
             "run, for comparison.", "",
             "| models | gold references | " + " | ".join(f"{f} F1" for f in cit.FIELDS if f != "doi")
             + " | soft F1 (micro) | strict F1 (micro) |", "|---" * (len(cit.FIELDS) + 3) + "|"]
    for name, score in (("shipped (never saw EXCITE)", shipped),
                        (f"retrained per fold, {args.folds}-fold by paper", retrained)):
        soft_rows, soft_f1 = score.table("soft")
        _, strict_f1 = score.table("strict")
        cells = " | ".join(f"{soft_rows[f][2]:.3f}" if f in soft_rows else "–" for f in cit.FIELDS if f != "doi")
        lines.append(f"| {name} | {n_refs} | {cells} | **{soft_f1:.3f}** | {strict_f1:.3f} |")
        print(f"{name}: soft F1 {soft_f1:.3f} strict {strict_f1:.3f}", file=sys.stderr)
    print(write_section("citations_folds", "\n".join(lines) + "\n", args.out))


if __name__ == "__main__":
    main()
