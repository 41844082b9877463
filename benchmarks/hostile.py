"""Hostile inputs (issue 14): big and slow files on the reading side, with peak memory and seconds.

Usage: python benchmarks/hostile.py [--text-mb 200] [--limit-text-mb 32] [--bib-entries 60000] [--quick]
                                    [--workdir DIR] [--out docs/benchmarks.md]

Every input is generated (nothing is read from ../shared): a 200 MB hard-wrapped text file (the size of a corpus
dump), a text file at the default size limit, a 50 MB BibTeX library of 60,000 entries shaped like a Zotero export
(title, 1-6 authors, abstract, journal, DOI, keywords, file) next to a corpus of 40 small documents it describes,
a PDF page with ~1 MB of scattered text operators, a PDF whose content stream inflates to 300 MB (with the default
memory limit per worker and under --max-memory-mb 400), and a 5 MB single-line text for the sentence splitter. Each
measurement runs `litmine ingest` (or one function) as a subprocess; peak memory is the largest process's maximum
RSS as wait4 reports it, and the process tree's PSS (summed over the writer and its worker process: `--jobs 1`
reads each file in one worker process), polled every 0.2 s from /proc. bibtexparser 2's own parse of the
same library is measured beside litmine's reader. The old sentence splitter (quadratic, taken from git) is measured
on small samples only: at full size it takes hours. Target (issue 14): the 200 MB text and the 50 MB library under 1 GB peak memory.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from report import machine, versions, write_section  # noqa: E402
from scale import memory, tree  # noqa: E402

OLD_COMMIT = "7c67aba"  # before issue 14's reading-side changes
WORDS = ("policy welfare reform employability lone parents activation conditionality Scotland England council "
         "local government evidence inquiry committee report findings Sørensen Müller Çelik Ødegård data survey "
         "participation outcomes services co-production localism payment results").split()


def run_measured(cmd: list[str], *, env: dict | None = None, timeout: float = 3600) -> dict:
    """Run cmd; its wall seconds, exit code, peak RSS in MB (wait4: the process or its largest waited child), and
    the last lines of its output."""
    start = time.monotonic()
    out = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    deadline = start + timeout
    polled, tree_pss = 0.0, 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - polled >= 0.2:
            polled = time.monotonic()
            tree_pss = max(tree_pss, memory(tree(proc.pid))[1])
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    text = out.read().decode("utf-8", "replace")
    return {"seconds": time.monotonic() - start, "rc": proc.returncode, "rss_mb": usage.ru_maxrss / 1024,
            "tree_pss_mb": tree_pss, "tail": text.strip().splitlines()[-4:]}


def _paragraphs(rng: random.Random, n_words: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n_words)]
    return textwrap.fill(" ".join(words).capitalize() + ".", 72)


def write_text(path: Path, mb: float, seed: int = 1) -> int:
    """A hard-wrapped text of about `mb` MB without blank lines, written in 1 MB blocks (flat memory here)."""
    rng = random.Random(seed)
    block = "\n".join(_paragraphs(rng, rng.randint(30, 150)) for _ in range(1400))
    block = block[:1_000_000].rsplit("\n", 1)[0] + "\n"
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        i = 0
        while written < mb * 1_000_000:
            chunk = f"Teil {i}. " + block  # every block a little different
            room = int(mb * 1_000_000) - written
            if len(chunk.encode()) > room:  # the last block cut at a line end, so the file stays under mb
                chunk = chunk.encode()[:room].decode("utf-8", "ignore").rsplit("\n", 1)[0] + "\n"
                if len(chunk) < 2:
                    break
            fh.write(chunk)
            written += len(chunk.encode())
            i += 1
    return written


FAMILIES = ["Kerr", "Sørensen", 'M{\\"u}ller', "Osei", "{\\O}degaard", "Okafor"]  # LaTeX accents as exporters write
GIVEN = ["Morag", "Eva", "Jan", "Kwame", "Helen"]


def bib_entry(rng: random.Random, i: int, file_name: str | None = None, title: str | None = None) -> str:
    authors = " and ".join(f"{rng.choice(FAMILIES)}{i % 97}, {rng.choice(GIVEN)}" for _ in range(rng.randint(1, 6)))
    title = title or " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14))).capitalize() + f" {i}"
    abstract = " ".join(rng.choice(WORDS) for _ in range(rng.randint(35, 70)))
    fields = [f"  title = {{{title}}}", f"  author = {{{authors}}}", f"  year = {{{1990 + i % 35}}}",
              f"  journal = {{Journal of {rng.choice(WORDS).capitalize()} Studies}}", f"  volume = {{{i % 50}}}",
              f"  pages = {{{i % 300}--{i % 300 + 20}}}", f"  doi = {{10.5555/bench.{i}}}",
              f"  abstract = {{{abstract}}}", f"  keywords = {{{', '.join(rng.sample(WORDS, 4))}}}",
              "  month = jun"]
    if file_name:
        fields.append(f"  file = {{Full Text:files/{i}/{file_name}:text/plain}}")
    return f"@article{{key{i},\n" + ",\n".join(fields) + "\n}\n\n"


def write_library(folder: Path, entries: int, docs: int = 40, seed: int = 2) -> tuple[int, int]:
    """A corpus of `docs` small text documents and library.bib with `entries` entries, a quarter of the documents
    named by file, a quarter by title only. Returns (bytes of the .bib, documents)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    described = {}
    for d in range(docs):
        title = f"Welfare reform and local councils, study {d}"
        body = "\n\n".join(_paragraphs(rng, rng.randint(60, 120)) for _ in range(6))
        (folder / f"doc{d:03d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        if d % 4 == 0:
            described[d * (entries // docs)] = (f"doc{d:03d}.txt", None)
        elif d % 4 == 1:
            described[d * (entries // docs) + 1] = (None, title)
    with open(folder / "library.bib", "w", encoding="utf-8") as fh:
        for i in range(entries):
            name, title = described.get(i, (None, None))
            fh.write(bib_entry(rng, i, name, title))
    return (folder / "library.bib").stat().st_size, docs


def slow_pdf(path: Path) -> None:
    """A one-page PDF of 40,000 scattered text objects (litmine.pdfwrite.write_scattered_pdf)."""
    from litmine.pdfwrite import write_scattered_pdf

    write_scattered_pdf(path, 40_000)


LITMINE = [sys.executable, "-c", "from litmine.cli import app; app()"]
PY = [sys.executable, "-c"]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-mb", type=float, default=200)
    parser.add_argument("--limit-text-mb", type=float, default=None, help="default: the default limit")
    parser.add_argument("--bib-entries", type=int, default=60_000)
    parser.add_argument("--quick", action="store_true", help="a 16 MB text at the limit, 15,000 BibTeX entries")
    parser.add_argument("--workdir", default=None)
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--eval", default=None, help="ignored (generated data)")
    parser.add_argument("--seeds", default=None, help="ignored (generated data)")
    args = parser.parse_args()
    from litmine.config import Limits

    limit_mb = args.limit_text_mb or (16 if args.quick else Limits.text_mb)
    entries = 15_000 if args.quick else args.bib_entries
    work = Path(args.workdir or tempfile.mkdtemp(prefix="litmine-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, dict, str]] = []  # (case, input, measurement, result)
    try:
        # 1. a 200 MB text corpus file, with the default limits: refused before it is read
        big = work / "big"
        big.mkdir(exist_ok=True)
        size = write_text(big / "dump.txt", args.text_mb)
        (big / "small.txt").write_text("Ein kleiner Text über Sørensen (2019). Zweiter Satz.\n", encoding="utf-8")
        m = run_measured(LITMINE + ["ingest", str(big), "--db", str(work / "big.db"), "--jobs", "1"])
        rows.append(("text file above the limit", f"{size / 1e6:,.0f} MB .txt + 1 small .txt", m,
                     _last(m, "ingest:")))
        # 2. a text file at the limit, read whole
        at = work / "at_limit"
        at.mkdir(exist_ok=True)
        size = write_text(at / "large.txt", limit_mb * 0.98, seed=3)
        m = run_measured(LITMINE + ["ingest", str(at), "--db", str(work / "at.db"), "--jobs", "1",
                                    "--max-text-mb", f"{limit_mb:g}", "--time-limit", "0"])
        rows.append(("text file at the limit", f"{size / 1e6:,.1f} MB .txt (limit {limit_mb:g} MB)", m,
                     _last(m, "ingest:")))
        # 3. a 50 MB BibTeX library with 60,000 entries: parse alone, then the whole ingest
        lib = work / "library"
        bib_bytes, docs = write_library(lib, entries)
        code = ("import sys, time; from litmine.ingest.sidecars import load_sidecar, SidecarIndex; t = time.time(); "
                "p = []; r = load_sidecar(sys.argv[1], p); i = SidecarIndex(r); "
                "print(len(r), 'records', len(p), 'problems', round(time.time() - t, 1), 's')")
        m = run_measured(PY + [code, str(lib / "library.bib")])
        rows.append(("BibTeX library: read and index", f"{bib_bytes / 1e6:,.1f} MB .bib, {entries:,} entries", m,
                     " ".join(m["tail"][-1:])))
        m = run_measured(LITMINE + ["ingest", str(lib), "--db", str(work / "lib.db"), "--jobs", "1"])
        rows.append(("BibTeX library: whole ingest", f"the .bib + {docs} small .txt it describes", m,
                     _last(m, "ingest:")))
        # bibtexparser 2 alone (its own splitter and default parse stack) on the same library, for comparison with
        # litmine's reader, which keeps its own linear splitter and uses bibtexparser 2 for names (and pylatexenc,
        # bibtexparser 2's decoder, for LaTeX); bibtexparser 1's grammar (minutes) is no longer installed
        code = ("import sys, time, bibtexparser; t = time.time(); lib = bibtexparser.parse_file(sys.argv[1]); "
                "print(len(lib.entries), 'entries', len(lib.failed_blocks), 'failed', round(time.time() - t, 1), 's')")
        m = run_measured(PY + [code, str(lib / "library.bib")])
        rows.append(("bibtexparser 2 parse only", f"the same {bib_bytes / 1e6:,.1f} MB .bib", m,
                     " ".join(m["tail"][-1:])))
        # 4. a PDF page with a huge content stream, under a 10 s time limit
        slow = work / "slow"
        slow.mkdir(exist_ok=True)
        slow_pdf(slow / "slow.pdf")
        (slow / "next.txt").write_text("Der nächste Text. Zweiter Satz.\n", encoding="utf-8")
        m = run_measured(LITMINE + ["ingest", str(slow), "--db", str(work / "slow.db"), "--jobs", "1",
                                    "--time-limit", "10"])
        rows.append(("PDF page of 40,000 scattered text objects", f"{(slow / 'slow.pdf').stat().st_size / 1e3:,.0f} "
                     "KB PDF + 1 .txt, --time-limit 10", m, _last(m, "failed:") + "; " + _last(m, "ingest:")))
        # 5. a PDF whose content stream inflates to 300 MB: the default memory limit per worker, then 400 MB
        bomb = work / "bomb"
        bomb.mkdir(exist_ok=True)
        from litmine.pdfwrite import write_inflating_pdf

        write_inflating_pdf(bomb / "bomb.pdf", 300)
        (bomb / "next.txt").write_text("Der nächste Text über Ærø. Zweiter Satz.\n", encoding="utf-8")
        for option, label in (([], "default --max-memory-mb (2048)"),
                              (["--max-memory-mb", "400"], "--max-memory-mb 400")):
            m = run_measured(LITMINE + ["ingest", str(bomb), "--db", str(work / f"bomb{len(option)}.db"),
                                        "--jobs", "1", *option])
            said = [x for x in (_last(m, "failed:"), _last(m, "ingest:")) if x.startswith(("failed", "ingest"))]
            rows.append(("PDF content stream inflating to 300 MB", f"{(bomb / 'bomb.pdf').stat().st_size / 1e3:,.0f} "
                         f"KB PDF + 1 .txt, {label}", m, "; ".join(said)))
        # 6. sentences: one 5 MB line, new splitter; the old one on 20 and 50 KB
        code = ("import sys, time; from litmine.ingest.sentences import split_sentences; "
                "t = 'The Sørensen study (see pp. 3-4) shows, e.g., effects. ' * int(sys.argv[1]); s = time.time(); "
                "n = len(split_sentences(t)); "
                "print(n, 'sentences in', len(t), 'chars', round(time.time() - s, 2), 's')")
        m = run_measured(PY + [code, "90000"])
        rows.append(("sentence splitter, one line", "5 MB single-line text", m, " ".join(m["tail"][-1:])))
        for reps in (360, 900):
            code_old = ("import sys, time; sys.path.insert(0, sys.argv[2]); from report import module_at; "
                        f"mod = module_at('{OLD_COMMIT}', 'litmine/ingest/sentences.py', 'old_sentences'); "
                        "t = 'The Sørensen study (see pp. 3-4) shows, e.g., effects. ' * int(sys.argv[1]); "
                        "s = time.time(); n = len(mod.split_sentences(t)); "
                        "print(n, 'sentences in', len(t), 'chars', round(time.time() - s, 2), 's')")
            m = run_measured(PY + [code_old, str(reps), str(HERE)])
            rows.append(("old: sentence splitter, one line", f"{reps * 56 / 1000:,.0f} KB single-line text", m,
                         " ".join(m["tail"][-1:])))
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    rows = [(c, i, m, r.replace(str(work) + os.sep, "")) for c, i, m, r in rows]
    write_section("hostile", render(rows, args), Path(args.out))
    print(json.dumps([(c, i, {k: v for k, v in m.items() if k != "tail"}, r) for c, i, m, r in rows], indent=1))


def _last(m: dict, prefix: str) -> str:
    return next((line for line in reversed(m["tail"]) if line.startswith(prefix)), m["tail"][-1] if m["tail"] else "")


def render(rows, args) -> str:
    lines = ["## Hostile inputs: big and slow files (issue 14)", "",
             f"{machine()}; {versions(['litmine', 'bibtexparser', 'pypdfium2'])}; "
             f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average {os.getloadavg()[0]:.0f} at the end (seconds "
             "stretch with load; memory does not). `python benchmarks/hostile.py"
             + (" --quick" if args.quick else "") + "`. Generated inputs (no eval files); each row one subprocess "
             "(`litmine ingest --jobs 1`, which reads each file in one worker process, or one function): peak RSS "
             "of its largest process (wait4) and peak PSS of its process tree, summed (polled every 0.2 s). Rows "
             "marked old measure the code before issue 14 on small samples only. Target: the 200 MB text and the "
             "50 MB library under 1 GB peak memory.", "",
             "| case | input | seconds | peak RSS MB (largest process) | peak PSS MB (process tree) | exit | result |",
             "|---|---|---:|---:|---:|---:|---|"]
    for case, inp, m, result in rows:
        result = result.replace("|", "/")
        lines.append(f"| {case} | {inp} | {m['seconds']:,.1f} | {m['rss_mb']:,.0f} | {m['tree_pss_mb']:,.0f} | "
                     f"{m['rc']} | {result} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
