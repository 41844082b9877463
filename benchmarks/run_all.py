"""Run every benchmark, one after another, each writing its own section of docs/benchmarks.md.

Usage: python benchmarks/run_all.py [--quick] [--only NAME ...] [--skip NAME ...] [--eval ../shared/eval]
                                    [--seeds ../shared/seeds] [--out docs/benchmarks.md] [--timeout SECONDS]

Each script runs as a subprocess of this interpreter, so one that crashes or runs out of time does not stop the
others; a script whose data sets are all missing is skipped and one missing some runs on the rest. `--quick` takes
smaller samples where a script has an option for it (fewer pdfplumber baseline pages, one seed, a 200-document scale
corpus). At the end a summary table (which ran, how long, which failed or were skipped and why) is printed and
written, with the machine, date and package versions, as the header section of the page. NAME is a script name
(`ingest`, `analyses`) or its section (`networks`).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import DOC, machine, read_section, versions, write_section


@dataclass
class Bench:
    """One benchmark script: its section, which of --eval/--seeds it takes, the data it reads and its quick options."""

    script: str
    section: str
    takes: tuple[str, ...] = ("eval",)
    needs: tuple[str, ...] = ()  # "eval:relative/path" or "seeds:" (the folder itself)
    quick: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    what: str = ""
    result: dict = field(default_factory=dict)


BENCHES = [
    Bench("ingest.py", "ingest", needs=("eval:excite-ssoar/en_refsection/pdf", "eval:uk-policy-inquiries/pdf"),
          quick=("--baseline-pages", "60", "--rounds", "1"),
          what="`litmine ingest` pages/s, 1 and 2 jobs, start-up included, as a ratio to pypdfium2 raw text"),
    Bench("sentences.py", "sentences",
          needs=("eval:excite-ssoar/en_refsection/pdf", "eval:excite-ssoar/de_footnotes/pdf", "eval:uk-policy-inquiries/pdf"),
          quick=("--files", "5", "--rounds", "1"),
          what="sentence splitting on the development PDFs: chars per CPU second, cuts by the word before them"),
    Bench("startup.py", "startup", takes=(), quick=("--rounds", "2"),
          what="`litmine --help`, `docs` and `query` on a small store: best-of-5 wall and CPU, heavy libraries loaded"),
    Bench("text_fidelity.py", "text_fidelity",
          needs=("eval:excite-ssoar/en_refsection/pdf", "eval:uk-policy-inquiries/pdf"),
          what="PDF text against pypdfium2 and pdftotext: words present, split, glued, spaces before hyphens"),
    Bench("citations.py", "citations", needs=("eval:excite-ssoar/en_refsection", "eval:jose"),
          what="reference fields and callout links from PDF, against gold"),
    Bench("citations_stages.py", "citations_stages", needs=("eval:excite-ssoar/en_refsection", "eval:jose"),
          what="where end-to-end reference fields are lost: list finding, entry splitting, field parsing"),
    Bench("citations_folds.py", "citations_folds", needs=("eval:excite-ssoar/en_refsection", "eval:anystyle/derived"),
          quick=("--folds", "3", "--epochs", "5"),
          what="EXCITE English reference fields from PDF with the models retrained per fold of papers (experiment)"),
    Bench("italics_potential.py", "italics", needs=("eval:excite-ssoar/en_refsection", "eval:jose"),
          what="italics in PDF reference lists against gold containers; list-reference fields with and without them"),
    Bench("tagger_speed.py", "tagger_speed", needs=("eval:excite-ssoar/en_refsection", "eval:anystyle/derived",
                                                    "eval:parscit/derived"),
          quick=("--rounds", "1", "--pdfs", "5"),
          what="reference tagger strings per CPU second against an earlier commit, labels compared"),
    Bench("footnotes.py", "footnotes", needs=("eval:excite-ssoar/de_footnotes",),
          what="German footnote references from PDF: footnote lines, detection, entries, fields; tune/test split"),
    Bench("reflist.py", "reflist", needs=("eval:grobid-refseg", "eval:anystyle/finder"), quick=("--no-pdf",),
          what="reference-list finding and entry splitting: line model (k-fold by document) vs rules"),
    Bench("references.py", "references",
          needs=("eval:excite-ssoar/derived", "eval:anystyle/derived", "eval:parscit/derived"),
          what="reference-string parsing accuracy and strings/s"),
    Bench("references_folds.py", "references_folds", needs=("eval:excite-ssoar/derived", "eval:anystyle/derived",
                                                            "eval:grobid-citations/derived", "eval:parscit/derived"),
          quick=("--folds", "3", "--epochs", "3"),
          what="reference-string parsing, leave-documents-out EXCITE folds (--all-sets experiment)"),
    Bench("works.py", "works", needs=("eval:excite-ssoar", "eval:uk-policy-inquiries/pdf", "eval:jose/papers"),
          what="works identity on hand-labelled reference pairs, old vs new; how thin the citation graphs are"),
    Bench("callouts.py", "callouts", needs=("eval:jose/derived/jose_gold.jsonl", "eval:grobid-fulltext"),
          what="in-text callout detection and linking"),
    Bench("concepts.py", "concepts", takes=("eval", "seeds"), needs=("seeds:", "eval:uk-policy-inquiries/pdf"),
          what="concept tagging accuracy and words/s"),
    Bench("concept_senses.py", "concept_senses", needs=("eval:uk-policy-inquiries/pdf", "eval:excite-ssoar"),
          what="concept senses: precision/recall on hand-labelled unseen passages, old vs sense-aware matcher"),
    Bench("concept_agreement.py", "concept_agreement", needs=("eval:uk-policy-inquiries/pdf", "eval:excite-ssoar"),
          what="concept labels: agreement of a second blind labelling with the existing one (development)"),
    Bench("terms.py", "terms", takes=("eval", "seeds"), quick=("--repeat", "1"), extra=("--write",),
          what="candidate terms words/s, terms --like seconds"),
    Bench("analyses.py", "networks", takes=("eval", "seeds"), needs=("seeds:", "eval:uk-policy-inquiries/pdf",
                                                                     "eval:excite-ssoar/en_refsection/pdf"),
          what="trends and concept networks, time and memory"),
    Bench("topics.py", "topics", needs=("eval:uk-approved-documents/txt", "eval:excite-ssoar/en_refsection/pdf"),
          quick=("--runs", "1", "--unit", "document"), what="topic coherence and training time vs gensim LDA"),
    Bench("topics_step.py", "topics_step", needs=("eval:excite-ssoar/en_refsection/pdf",),
          what="the topics step of `litmine run` (k auto) against plain gensim LDA on a 100-document corpus"),
    Bench("page_labels.py", "page_labels",
          needs=("eval:excite-ssoar/derived/metadata.jsonl", "eval:uk-policy-inquiries/metadata.jsonl"),
          what="printed page label of every page of real PDFs against hand-read gold, vs citing the PDF page"),
    Bench("metadata.py", "metadata",
          needs=("eval:excite-ssoar/derived/metadata.jsonl", "eval:uk-policy-inquiries/metadata.jsonl", "eval:jose"),
          quick=("--no-cv",),
          what="title, authors, year and venue of real PDFs: old rules vs the header model, cross-validated"),
    Bench("metadata_year.py", "metadata_year",
          needs=("eval:excite-ssoar/derived/metadata.jsonl", "eval:uk-policy-inquiries/metadata.jsonl", "eval:jose"),
          quick=("--folds", "10"),
          what="publication year (learned ranker, cross-validated) vs the old rules; venue details and kind"),
    Bench("scale.py", "scale", takes=("eval", "seeds"),
          needs=("eval:excite-ssoar/en_refsection/pdf", "eval:uk-policy-inquiries/pdf",
                 "eval:uk-approved-documents/txt", "seeds:"),
          quick=("--docs", "200"), what="`litmine run` on 1,000 documents: time, peak memory, no-change rerun"),
    Bench("reliability.py", "reliability", takes=(), quick=("--docs", "300", "--passages", "20"),
          what="cost of committing each document, quick_check at open and checked outputs (generated data)"),
    Bench("hostile.py", "hostile", takes=(), quick=("--quick",),
          what="a 200 MB text file, a 50 MB BibTeX library, a slow PDF page, one 5 MB line: peak memory, seconds"),
    Bench("ocr.py", "ocr", needs=("eval:uk-policy-inquiries/pdf",), quick=("--pages", "2"),
          what="OCR of scanned PDFs (needs Tesseract): word accuracy against the text layer, pages/s"),
]


def find_missing(bench: Bench, folders: dict[str, Path]) -> list[str]:
    """The data paths of a benchmark that do not exist."""
    missing = []
    for need in bench.needs:
        root, _, rel = need.partition(":")
        path = folders[root] / rel if rel else folders[root]
        if not path.exists():
            missing.append(str(path))
    return missing


def select(names: list[str] | None, skip: list[str]) -> list[Bench]:
    """The benchmarks named (by script stem or section), in the fixed order; all of them when names is empty."""
    known = {b.script.removesuffix(".py") for b in BENCHES} | {b.section for b in BENCHES}
    unknown = [n for n in (names or []) + skip if n.removesuffix(".py") not in known]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)} (choose from {', '.join(sorted(known))})")

    def named(b: Bench, wanted: list[str]) -> bool:
        return any(n.removesuffix(".py") in (b.script.removesuffix(".py"), b.section) for n in wanted)

    return [b for b in BENCHES if (not names or named(b, names)) and not named(b, skip)]


def run_one(bench: Bench, args: argparse.Namespace, folders: dict[str, Path]) -> dict:
    """Run one script as a subprocess; its status, seconds and a one-line note."""
    missing = find_missing(bench, folders)
    if bench.needs and len(missing) == len(bench.needs):
        return {"status": "skipped", "seconds": 0.0, "note": "missing data: " + ", ".join(missing)}
    cmd = [sys.executable, str(HERE / bench.script), "--out", str(args.out), *bench.extra]
    for name in bench.takes:
        cmd += [f"--{name}", str(folders[name])]
    if args.quick:
        cmd += list(bench.quick)
    print(f"\n=== {bench.script} ({bench.what})\n$ {' '.join(cmd)}", flush=True)
    before = read_section(bench.section, args.out)
    t = time.perf_counter()
    # a session of its own, so that a script past --timeout is stopped with the workers it started
    proc = subprocess.Popen(cmd, cwd=HERE.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace", bufsize=1, start_new_session=True)
    timed_out = threading.Event()

    def stop() -> None:
        timed_out.set()
        os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(args.timeout, stop) if args.timeout else None
    if timer:
        timer.start()
    tail: deque[str] = deque(maxlen=40)
    for line in proc.stdout:
        print("  " + line, end="", flush=True)
        tail.append(line.rstrip())
    returncode = proc.wait()
    if timer:
        timer.cancel()
    seconds = time.perf_counter() - t
    if timed_out.is_set():
        return {"status": "failed", "seconds": seconds, "note": f"timed out after {args.timeout:.0f} s"}
    notes = ["partly: missing " + ", ".join(missing)] if missing else []
    if returncode != 0:
        last = [line for line in tail if line.strip()][-1:] or ["no output"]
        return {"status": "failed", "seconds": seconds, "note": f"exit {returncode}: {last[0][:150]}"}
    if read_section(bench.section, args.out) == before:
        notes.append("section unchanged")
    return {"status": "ok", "seconds": seconds, "note": "; ".join(notes)}


def summary_markdown(done: list[Bench], *, command: str, started: datetime, total: float) -> str:
    lines = ["## This run", "",
             f"`{command}`", "",
             f"- Date: {started:%Y-%m-%d %H:%M} UTC ({total / 60:.1f} minutes in all)",
             f"- Machine: {machine()}",
             f"- Versions: {versions()}",
             "", "| section | script | measures | status | seconds | note |", "|---|---|---|---|---:|---|"]
    for b in done:
        r = b.result
        lines.append(f"| {b.section} | `{b.script}` | {b.what} | {r['status']} | {r['seconds']:.0f} | "
                     f"{r['note'].replace('|', '/')} |")
    lines += ["", ("Sections this run did not refresh keep the date they were measured on. Other work on the "
                   "machine only ever adds to a time.")]
    return "\n".join(lines)


def shown_command() -> str:
    """This command as typed, less the options that only say where files are."""
    argv, shown, skip = sys.argv[1:], [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--eval", "--seeds", "--out"):
            skip = True
        elif not arg.startswith(("--eval=", "--seeds=", "--out=")):
            shown.append(arg)
    return " ".join(["python benchmarks/run_all.py", *shown])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller samples where a script supports them")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks (in the fixed order)")
    parser.add_argument("--skip", nargs="+", metavar="NAME", default=[], help="leave these benchmarks out")
    parser.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    parser.add_argument("--seeds", type=Path, default=HERE.parent.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=DOC, help="the Markdown file the sections go into")
    parser.add_argument("--timeout", type=float, default=None, help="seconds one script may run (default: no limit)")
    args = parser.parse_args()
    args.out = args.out.resolve()
    folders = {"eval": args.eval.resolve(), "seeds": args.seeds.resolve()}
    chosen = select(args.only, args.skip)
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    for bench in chosen:
        bench.result = run_one(bench, args, folders)
        r = bench.result
        print(f"--- {bench.script}: {r['status']} in {r['seconds']:.0f} s {r['note']}", flush=True)
    total = time.perf_counter() - t0
    write_section("header", summary_markdown(chosen, command=shown_command(), started=started, total=total), args.out)
    width = max(len(b.script) for b in chosen) if chosen else 10
    print(f"\n{'script':<{width}}  {'status':<8} {'seconds':>8}  note")
    for b in chosen:
        r = b.result
        print(f"{b.script:<{width}}  {r['status']:<8} {r['seconds']:>8.1f}  {r['note']}")
    print(f"wrote {args.out} ({total / 60:.1f} minutes)")
    sys.exit(1 if any(b.result["status"] == "failed" for b in chosen) else 0)


if __name__ == "__main__":
    main()
