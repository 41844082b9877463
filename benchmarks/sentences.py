"""Sentence splitting on the development PDFs: speed, and where the cuts fall, beside an earlier commit's splitter.

Usage: python benchmarks/sentences.py [--eval ../shared/eval] [--before GITREF] [--files N] [--rounds 3] [--show N]

Passages are litmine's own (`extract_document`) of EXCITE's English SSOAR papers, EXCITE's German footnote papers,
the UK inquiry reports and the first JOSE papers (development sets: the splitter's rules were written while reading
the cuts listed here). Speed: characters per CPU second of `split_sentences` over every passage, best of --rounds,
and as a ratio to one regular-expression split (stop, space, capital) timed in the same rounds. Where the cuts fall:
each cut is classed by the word before it (a single letter, a number of one or two digits, a word of two to four
letters, anything else); the cuts only one of the two splitters makes are counted, and --show prints some of them
with their context to judge by hand (nothing of the documents is written to docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from report import DOC, machine, versions, write_section

SETS = {"EXCITE en (SSOAR)": "excite-ssoar/en_refsection/pdf/*.pdf",
        "EXCITE de (SSOAR)": "excite-ssoar/de_footnotes*/pdf/*.pdf",
        "UK inquiry reports": "uk-policy-inquiries/pdf/*.pdf",
        "JOSE papers": "jose/papers/*/*.pdf"}
_BASELINE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_WORD = re.compile(r"([\w.]+)\W*$")


def baseline_split(text: str) -> list[str]:
    """The plainest splitter: a stop, space and a capital."""
    return _BASELINE.split(text)


def load_splitter(ref: str | None):
    """split_sentences of this tree, or of the git commit ref (its sentences.py alone; the repository untouched)."""
    if ref is None:
        from litmine.ingest.sentences import split_sentences

        return split_sentences
    source = subprocess.run(["git", "-C", str(HERE.parent), "show", f"{ref}:litmine/ingest/sentences.py"],
                            capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "sentences_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("sentences_before", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.split_sentences


def passages_of(files: list[Path]) -> list[str]:
    """The text of every passage litmine makes of the files (a file it cannot read is left out)."""
    from litmine.ingest import extract_document

    texts = []
    for f in files:
        try:
            doc, _ = extract_document(str(f))
        except Exception as exc:  # noqa: BLE001  (a benchmark goes on)
            print(f"{f.name}: {exc}", file=sys.stderr)
            continue
        texts += [p.text for p in doc.passages if p.kind != "heading"]
    return texts


def cpu_seconds(split, texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for text in texts:
            split(text)
        best = min(best, time.process_time() - t0)
    return best


def cuts(split, text: str) -> set[int]:
    """Where a splitter ends sentences inside the text (the end of the last sentence left out)."""
    return {e for _, e in split(text)[:-1]}


def word_class(text: str, cut: int) -> str:
    m = _WORD.search(text, max(0, cut - 40), cut)
    word = (m.group(1) if m else "").rstrip(".")
    if len(word) == 1 and word.isalpha():
        return "single letter"
    if word.isdigit() and len(word) <= 2:
        return "1-2 digit number"
    if 2 <= len(word) <= 4 and word.replace(".", "").isalpha():
        return "word of 2-4 letters"
    return "other"


CLASSES = ["single letter", "1-2 digit number", "word of 2-4 letters", "other"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--before", default=None, help="a git commit whose splitter is compared")
    parser.add_argument("--files", type=int, default=0, help="at most this many PDFs per set (0: all; JOSE: 20)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--show", type=int, default=0, help="print this many differing cuts per set, with context")
    parser.add_argument("--out", default=str(DOC))
    args = parser.parse_args()
    ev = Path(args.eval)
    if not ev.is_dir():
        print(f"no evaluation data at {ev}: skipped")
        return
    load = os.getloadavg()[0]
    after, before = load_splitter(None), load_splitter(args.before) if args.before else None
    rows, diffs = [], []
    rng = random.Random(7)
    for name, pattern in SETS.items():
        files = sorted(ev.glob(pattern))
        limit = args.files or (20 if name.startswith("JOSE") else 0)
        files = files[:limit] if limit else files
        texts = passages_of(files)
        if not texts:
            continue
        chars = sum(map(len, texts))
        seconds = {"after": cpu_seconds(after, texts, args.rounds),
                   "baseline": cpu_seconds(baseline_split, texts, args.rounds)}
        counts = {"after": {c: 0 for c in CLASSES}, "before": {c: 0 for c in CLASSES}}
        only = {"after": {c: 0 for c in CLASSES}, "before": {c: 0 for c in CLASSES}}
        shown = []
        if before:
            seconds["before"] = cpu_seconds(before, texts, args.rounds)
        for text in texts:
            new = cuts(after, text)
            old = cuts(before, text) if before else set()
            for label, found in (("after", new), ("before", old)):
                for cut in found:
                    counts[label][word_class(text, cut)] += 1
            if before:
                for label, extra in (("after", new - old), ("before", old - new)):
                    for cut in extra:
                        only[label][word_class(text, cut)] += 1
                        shown.append((label, text[max(0, cut - 50):cut] + " ‖ " + text[cut:cut + 30]))
        for label, line in rng.sample(shown, min(args.show, len(shown))):
            print(f"[{name}] only {label}: {line!r}")
        rows.append((name, len(files), len(texts), chars, seconds, counts, only))
        diffs.append(len(shown))
    if not rows:
        print("no passages read from the development PDFs: nothing written")
        return
    load_end = os.getloadavg()[0]
    lines = ["## Sentence splitting (development PDFs)", "",
             f"`python benchmarks/sentences.py{' --before ' + args.before if args.before else ''}`: "
             f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; {versions(['litmine'])}. Load average "
             f"{load:.1f} at the start, {load_end:.1f} at the end. Passages as litmine makes them (headings left "
             "out); CPU seconds, best of "
             f"{args.rounds} rounds. Development sets: the rules were written reading these cuts.", "",
             "| set | PDFs | passages | MB | chars/CPU s | × plain regex split | cuts | after single letter | "
             "after 1-2 digit number | after word of 2-4 letters |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, n_files, n_texts, chars, seconds, counts, _ in rows:
        for label in (["before", "after"] if args.before else ["after"]):
            c = counts[label]
            tag = f" ({args.before})" if label == "before" else (" (this tree)" if args.before else "")
            lines.append(f"| {name}{tag} | {n_files} | {n_texts} | {chars / 1e6:.2f} | "
                         f"{chars / seconds[label] / 1e6:.1f} M | {seconds['baseline'] / seconds[label]:.2f} | "
                         f"{sum(c.values())} | {c['single letter']} | {c['1-2 digit number']} | "
                         f"{c['word of 2-4 letters']} |")
    if args.before:
        lines += ["", "Cuts only one splitter makes, by the word before the cut:", "",
                  "| set | only before: single letter / number / short word / other | only this tree: same |",
                  "|---|---|---|"]
        for name, *_, only in rows:
            lines.append(f"| {name} | {' / '.join(str(only['before'][c]) for c in CLASSES)} | "
                         f"{' / '.join(str(only['after'][c]) for c in CLASSES)} |")
    print(write_section("sentences", "\n".join(lines) + "\n", Path(args.out)))


if __name__ == "__main__":
    main()
