"""Reference tagger speed (features, emission scores, Viterbi) beside an earlier commit's tagger, labels compared.

Usage: python benchmarks/tagger_speed.py [--eval ../shared/eval] [--before GITREF] [--rounds 3] [--pdfs N]
                                         [--out docs/benchmarks.md] [--note TEXT]

The inputs are what parse_reference hands the tagger (masked string, tokens, forced labels) for: EXCITE's English
gold reference strings (`excite-ssoar/derived/en_refsection.jsonl`), AnyStyle's gold set and ParsCit's CORA set,
and the references litmine itself finds in the first --pdfs EXCITE English PDFs (development sets for the
tagger's speed work; the weights file is the shipped one, the same for both columns). Each round, interleaved:
`ReferenceTagger.tag` over every input with this tree's reference_model.py and with GITREF's (git show; the rest of
the package is today's), CPU seconds (process_time), best of --rounds. The labels and the emission scores of the
two are compared input by input (identical is the requirement: the speed work may not change the model's output).
Also the stages of this tree's tagger (features, emissions, decoding) and loading the weights file.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import numpy as np
from report import DOC, machine, module_at, versions, write_section

from litmine.citations import reference_model

SETS = {"EXCITE en gold strings": "excite-ssoar/derived/en_refsection.jsonl",
        "AnyStyle gold": "anystyle/derived/gold.jsonl",
        "ParsCit CORA": "parscit/derived/cora.jsonl"}
PDFS = "excite-ssoar/en_refsection/pdf/*.pdf"


def capture(run) -> list[tuple]:
    """The (string, tokens, forced) inputs of every string that run() has the tagger label: each ReferenceTagger.tag
    call and each item of a tag_many batch (most lists are tagged so); a tag that reuses a batch's emissions
    (scores=) labels the same string again and is counted once, under tag_many."""
    calls: list[tuple] = []
    cls = reference_model.ReferenceTagger
    original, original_many = cls.tag, cls.tag_many

    def tag(self, raw, tokens, *, forced=None, scores=None):
        if scores is None:
            calls.append((raw, tokens, forced))
        return original(self, raw, tokens, forced=forced, scores=scores)

    def tag_many(self, items):
        calls.extend(items)
        return original_many(self, items)

    cls.tag, cls.tag_many = tag, tag_many
    try:
        run()
    finally:
        cls.tag, cls.tag_many = original, original_many
    return calls


def strings_inputs(eval_dir: Path) -> dict[str, list[tuple]]:
    """The tagger's inputs for the gold strings of each set in SETS (those present)."""
    from litmine.citations.references import parse_reference

    out = {}
    for name, rel in SETS.items():
        path = eval_dir / rel
        if path.exists():
            raws = [json.loads(line)["raw"] for line in path.open(encoding="utf-8") if line.strip()]
            out[name] = capture(lambda raws=raws: [parse_reference(r) for r in raws])
    return out


def pdf_inputs(eval_dir: Path, n: int) -> list[tuple]:
    """The tagger's inputs for the references litmine finds in the first n EXCITE English PDFs."""
    from litmine.ingest.extract import extract_document

    files = sorted(glob.glob(str(eval_dir / PDFS)))[:n]
    return capture(lambda: [extract_document(f, Path(f).read_bytes()) for f in files])


def compare(before_mod, before, now, inputs: list[tuple]) -> tuple[int, int]:
    """How many inputs get other labels, and other emission scores (bit for bit), from the two taggers (before:
    before_mod's tagger)."""
    labels = scores = 0
    for raw, tokens, forced in inputs:
        if before.tag(raw, tokens, forced=forced) != now.tag(raw, tokens, forced=forced):
            labels += 1
        if tokens:
            a = before.emissions(before_mod.extract_features(raw, tokens, before.cues))
            b = now.emissions(reference_model.extract_features(raw, tokens, now.cues))
            scores += not np.array_equal(a, b)
    return labels, scores


def tag_seconds(tagger, inputs: list[tuple]) -> float:
    t = time.process_time()
    for raw, tokens, forced in inputs:
        tagger.tag(raw, tokens, forced=forced)
    return time.process_time() - t


def stage_seconds(tagger, inputs: list[tuple]) -> tuple[float, float, float]:
    """CPU seconds of this tree's features, emissions and decoding (bare_gaps included) over the inputs."""
    work = [(raw, tokens) for raw, tokens, _ in inputs if tokens]
    t0 = time.process_time()
    feats = [reference_model.extract_features(raw, tokens, tagger.cues) for raw, tokens in work]
    t1 = time.process_time()
    scores = [tagger.emissions(f) for f in feats]
    t2 = time.process_time()
    for (raw, tokens), s in zip(work, scores):
        tagger.decode(s, reference_model.bare_gaps(raw, tokens))
    return t1 - t0, t2 - t1, time.process_time() - t2


def load_seconds(module) -> float:
    t = time.process_time()
    module.load_reference_tagger.__wrapped__(str(reference_model.MODEL_PATH))
    return time.process_time() - t


def main() -> None:
    # text-layer speed, comparable across runs: a scanned PDF fails here as before (OCR is timed in ocr.py); set
    # in main, not at import, so that a module importing this one (tests, citations.py) keeps its environment
    os.environ.setdefault("LITMINE_OCR", "0")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--before", default="befb521")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pdfs", type=int, default=46)
    parser.add_argument("--out", default=str(DOC))
    parser.add_argument("--note", default="", help="a paragraph added below the table (e.g. ingest figures measured "
                        "by hand in the same minutes)")
    args = parser.parse_args()
    eval_dir = Path(args.eval)
    start, load0 = datetime.now(UTC), os.getloadavg()[0]
    sets = strings_inputs(eval_dir)
    if args.pdfs:
        sets[f"EXCITE en PDFs, references as found ({args.pdfs} files)"] = pdf_inputs(eval_dir, args.pdfs)
    before_mod = module_at(args.before, "litmine/citations/reference_model.py", "reference_model_before")
    before = before_mod.load_reference_tagger(str(reference_model.MODEL_PATH))
    now = reference_model.load_reference_tagger()
    rows = [measure(name, inputs, (before_mod, before), now, args.rounds) for name, inputs in sets.items()]
    loads = min(load_seconds(before_mod) for _ in range(args.rounds)), min(
        load_seconds(reference_model) for _ in range(args.rounds))
    md = render(rows, loads, args, start, load0)
    print(md)
    write_section("tagger_speed", md, Path(args.out))


def measure(name: str, inputs: list[tuple], old: tuple, now, rounds: int) -> dict:
    labels, scores = compare(*old, now, inputs)
    before = old[1]
    t_before, t_now = [], []
    for _ in range(rounds):
        t_before.append(tag_seconds(before, inputs))
        t_now.append(tag_seconds(now, inputs))
    stages = min((stage_seconds(now, inputs) for _ in range(rounds)), key=sum)
    row = {"name": name, "n": len(inputs), "tokens": sum(len(t) for _, t, _ in inputs), "labels": labels,
           "scores": scores, "before": min(t_before), "now": min(t_now), "stages": stages}
    print(row, file=sys.stderr)
    return row


def head() -> str:
    """The checked-out commit (the tree may hold more than it)."""
    out = subprocess.run(["git", "-C", str(HERE.parent), "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True, check=False)
    return out.stdout.strip() or "an unknown commit"


def render(rows: list[dict], loads: tuple[float, float], args, start: datetime, load0: float) -> str:
    lines = [
        "## Reference tagger speed (development sets)", "",
        f"`python benchmarks/tagger_speed.py --before {args.before} --rounds {args.rounds} --pdfs {args.pdfs}`: "
        f"{start:%Y-%m-%d %H:%M} UTC on {machine()}; {versions(['numpy'])}; this tree at {head()}. Load average "
        f"{load0:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end. `ReferenceTagger.tag` on the inputs parse_reference hands it, CPU "
        "seconds (process_time), best of the rounds, the two taggers interleaved; same weights file. Development "
        "sets: the speed work was checked on these strings. Labels and emission scores (bit for bit) of the two "
        "taggers compared input by input.", "",
        f"| set | strings | tokens | strings/CPU s ({args.before}) | strings/CPU s (this tree) | × | "
        "this tree: features / emissions / decoding s | other labels | other scores |",
        "|---|---:|---:|---:|---:|---:|---|---:|---:|",
    ]
    for r in rows:
        f, e, d = r["stages"]
        lines.append(f"| {r['name']} | {r['n']} | {r['tokens']} | {r['n'] / r['before']:,.0f} | "
                     f"{r['n'] / r['now']:,.0f} | {r['before'] / r['now']:.2f} | {f:.2f} / {e:.2f} / {d:.2f} | "
                     f"{r['labels']} | {r['scores']} |")
    lines += ["", f"Loading the weights file (`load_reference_tagger`, once per process): {loads[0]:.2f} s CPU "
              f"({args.before}), {loads[1]:.2f} s (this tree)."]
    if args.note:
        lines += ["", args.note]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
