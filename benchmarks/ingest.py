"""Ingest speed as users run it (`litmine ingest`, start-up, citations and concepts included), as a ratio to
pypdfium2's raw text of the same files measured in the same run, and text quality against pdfplumber.

Usage: python benchmarks/ingest.py [--eval ../shared/eval] [--rounds 3] [--before GITREF] [--files N]
                                   [--sets excite uk] [--baseline-pages 250] [--no-dask] [--out docs/benchmarks.md]

Sets: ../shared/eval/excite-ssoar/en_refsection/pdf (English social-science papers) and
../shared/eval/uk-policy-inquiries/pdf (UK inquiry and committee reports, one image-only).
Each round, interleaved (best of --rounds): pypdfium2 raw text of every page (a subprocess with 1 and with 2
worker processes, interpreter start-up included), then `litmine ingest FOLDER --db NEW --jobs J` for J = 1 and 2
as a subprocess (start-up, reading, layout, passages, language, metadata, citations, concept mentions, SQLite +
FTS5 write). Figures are pages/s and the ratio to the raw text on as many processes: the ratio holds on a busy
machine where the speeds do not. `--before GITREF` runs the same command from that commit's source (git archive
into a temporary folder, put first on PYTHONPATH) inside the same rounds. Also: the no-change rerun
(`litmine ingest` again, seconds), a local Dask cluster (`--scheduler local`, one round, cluster start-up
included), pdfplumber `extract_text` speed, and how much of pdfplumber's text litmine keeps.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, versions, write_section

from litmine.store import Store

WORD = re.compile(r"[^\W\d_]{3,}")
BROKEN_HYPHEN = re.compile(r"[a-z]-\s*\n\s*[a-z]")


RAW_TEXT = """
import sys
from concurrent.futures import ProcessPoolExecutor

import pypdfium2 as pdfium


def pages(path):
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return 0
    n = 0
    for page in pdf:
        page.get_textpage().get_text_range()
        n += 1
    pdf.close()
    return n


if __name__ == "__main__":
    jobs, files = int(sys.argv[1]), sys.argv[2:]
    if jobs == 1:
        print(sum(map(pages, files)))
    else:
        with ProcessPoolExecutor(jobs) as ex:
            print(sum(ex.map(pages, files)))
"""


def dask_missing() -> str | None:
    """Why ingest cannot run on a local Dask cluster here, or None when it can."""
    if importlib.util.find_spec("litmine.ingest.distributed") is None:
        return "litmine.ingest.distributed missing"
    if importlib.util.find_spec("distributed") is None:
        return "dask.distributed not installed"
    return None


def litmine_command() -> list[str]:
    """The `litmine` console script of this interpreter's environment (what users run)."""
    script = Path(sys.executable).parent / "litmine"
    if script.exists():
        return [str(script)]
    found = shutil.which("litmine")
    return [found] if found else [sys.executable, "-c", "import sys; from litmine.cli import app; sys.exit(app())"]


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_raw(script: Path, files: list[Path], jobs: int) -> tuple[float, int, int, float]:
    """Seconds (interpreter start-up included), pages, files and CPU seconds of pypdfium2's raw text of files on
    `jobs` processes."""
    cpu = children_cpu()
    t = time.perf_counter()
    out = subprocess.run([sys.executable, str(script), str(jobs), *map(str, files)], capture_output=True, text=True,
                         check=True)
    return time.perf_counter() - t, int(out.stdout.strip() or 0), len(files), children_cpu() - cpu


def run_cli(folder: Path, db: Path, jobs: int, source: Path | None = None, extra: tuple[str, ...] = ()) \
        -> tuple[float, int, int, float] | str:
    """Seconds of `litmine ingest FOLDER --db DB --jobs J` (start-up included), pages and documents stored, CPU
    seconds of the process and its workers; or why it failed. source: a folder of litmine's source put first on PYTHONPATH (the --before commit)."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    cpu = children_cpu()
    t = time.perf_counter()
    command = litmine_command()
    if source is not None and not (source / "litmine" / "__main__.py").exists():  # before the console script's
        # (-P: the working directory's litmine must not come before the commit's on the path)
        command = [sys.executable, "-P", "-c", "import sys; from litmine.cli import app; sys.exit(app())"]  # module
    proc = subprocess.run([*command, "ingest", str(folder), "--db", str(db), "--jobs", str(jobs), *extra],
                          capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - t
    cpu = children_cpu() - cpu
    if proc.returncode != 0 and not db.exists():
        last = (proc.stderr or proc.stdout).strip().splitlines()
        return f"failed: {last[-1][:80] if last else proc.returncode}"
    con = sqlite3.connect(db)
    try:
        pages, docs = con.execute("SELECT COALESCE(SUM(pages), 0), COUNT(*) FROM documents").fetchone()
    finally:
        con.close()
    return elapsed, pages, docs, cpu


AUTOGROUP = Path("/proc/self/autogroup")


def autogroup_nice() -> int | None:
    """This session's scheduling group's nice value (Linux autogroup), or None where the kernel groups no sessions:
    with autogroup on, each session gets one share of the cores however many processes it runs, so while other
    sessions keep the cores busy `--jobs 2` gets no more CPU than `--jobs 1` (and the raw text's 2 processes no
    more than its 1)."""
    try:
        if Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() != "1":
            return None
        return int(AUTOGROUP.read_text().split("nice")[-1])
    except (OSError, ValueError):
        return None


def set_autogroup_nice(nice: int) -> bool:
    """Set this session's group's nice value (lower: a larger share against other sessions; below 0 needs root)."""
    try:
        AUTOGROUP.write_text(str(nice))
        return True
    except OSError:
        return False


def export_source(ref: str, into: Path) -> Path:
    """litmine's source at a git commit, unpacked into a folder (git archive: the repository is not touched)."""
    root = HERE.parent
    data = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", ref, "litmine"], capture_output=True,
                          check=True).stdout
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=data, check=True)
    return into


def baseline_pdfplumber(files: list[Path], max_pages: int) -> tuple[float, int, dict[str, str]]:
    import pdfplumber

    texts, pages, elapsed = {}, 0, 0.0
    for f in files:
        if pages >= max_pages:
            break
        t = time.perf_counter()
        try:
            with pdfplumber.open(f) as pdf:
                texts[str(f)] = "\n".join((p.extract_text() or "") for p in pdf.pages)
                pages += len(pdf.pages)
        except Exception:  # noqa: BLE001 - the baseline has no error handling of its own
            pass
        elapsed += time.perf_counter() - t
    return elapsed, pages, texts


def quality(store: Store, plumber: dict[str, str]) -> tuple[float, float, int, int]:
    """Share of pdfplumber's words litmine keeps, share of litmine's words pdfplumber has, broken hyphens."""
    ours = {d.path: d.text for d in store.iter_documents()}
    kept = total = extra = ours_total = plumb_broken = our_broken = 0
    for path, ptext in plumber.items():
        if path not in ours:
            continue
        a, b = Counter(WORD.findall(ptext.lower())), Counter(WORD.findall(ours[path].lower()))
        common = sum((a & b).values())
        kept += common
        total += sum(a.values())
        extra += common
        ours_total += sum(b.values())
        plumb_broken += len(BROKEN_HYPHEN.findall(ptext))
        our_broken += len(re.findall(r"[a-z]- [a-z]", ours[path]))
    return kept / max(total, 1), extra / max(ours_total, 1), plumb_broken, our_broken


def best(times: list) -> tuple[float, int, int, float] | str:
    """The fastest run's wall seconds, pages and documents, with the least CPU of any run."""
    ok = [t for t in times if isinstance(t, tuple)]
    if not ok:
        return times[0] if times else "not run"
    return (*min(ok)[:3], min(t[3] for t in ok))


def rate(r: tuple | str) -> str:
    return f"{r[1] / r[0]:.0f} p/s ({r[0]:.1f} s)" if isinstance(r, tuple) else str(r)


def ratio(r: tuple | str, raw: tuple | str, k: int = 0) -> str:
    """litmine's pages per second over the raw text's: of wall time (k=0) or of CPU time (k=3)."""
    if not isinstance(r, tuple) or not isinstance(raw, tuple) or not r[1] or not raw[1] or not r[k] or not raw[k]:
        return "-"
    return f"{(r[1] / r[k]) / (raw[1] / raw[k]):.3f}"


def cpu_rate(r: tuple | str) -> str:
    return f"{r[1] / r[3]:.0f} p/s ({r[3]:.1f} s)" if isinstance(r, tuple) and r[3] else "-"


def main() -> None:
    # text-layer speed, comparable across runs: a scanned PDF fails here as before (OCR is timed in ocr.py); set
    # in main, not at import, so that a module importing this one (tests, citations.py) keeps its environment
    os.environ.setdefault("LITMINE_OCR", "0")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; each figure is the best of them")
    parser.add_argument("--before", help="a git commit whose litmine runs in the same rounds (before/after)")
    parser.add_argument("--sets", nargs="*", help="only these sets (excite, uk)")
    parser.add_argument("--files", type=int, default=0,
                        help="only the first N files of each set (a busy machine); 0: all")
    parser.add_argument("--baseline-pages", type=int, default=250,
                        help="pages per set for the slow pdfplumber loop (it runs at about 10 pages/s); 0: skip")
    parser.add_argument("--no-dask", action="store_true", help="leave out the local Dask cluster column")
    parser.add_argument("--out", default=str(HERE.parent / "docs" / "benchmarks.md"))
    parser.add_argument("--session-nice", type=int, default=None,
                        help="run with this session's scheduling group at this nice value (Linux autogroup; e.g. -19, "
                             "as root: a quiet machine's share while other sessions run; they wait meanwhile)")
    args = parser.parse_args()
    no_dask = "left out (--no-dask)" if args.no_dask else dask_missing()
    ev = Path(args.eval)
    sets = {"EXCITE (SSOAR, en_refsection)": ("excite", ev / "excite-ssoar" / "en_refsection" / "pdf"),
            "UK policy inquiries": ("uk", ev / "uk-policy-inquiries" / "pdf")}
    tmp = Path(tempfile.mkdtemp(prefix="litmine-ingest-bench-"))
    raw_script = tmp / "raw_text.py"
    raw_script.write_text(RAW_TEXT)
    before = export_source(args.before, tmp / "before") if args.before else None
    jobs = (1, 2)
    rows = []
    load0 = os.getloadavg()[0]
    nice0 = autogroup_nice()
    share = args.session_nice is not None and nice0 is not None and set_autogroup_nice(args.session_nice)
    try:
        for name, (key, folder) in sets.items():
            if args.sets and key not in args.sets:
                continue
            if not folder.is_dir():
                print(f"skipping {name}: {folder} not found", file=sys.stderr)
                continue
            files = sorted(folder.glob("*.pdf"))
            if args.files and args.files < len(files):  # a subset: linked into a folder of its own
                sub = tmp / f"{key}-files"
                sub.mkdir()
                for f in files[:args.files]:
                    (sub / f.name).symlink_to(f.resolve())
                folder, files = sub, sorted(sub.glob("*.pdf"))
            times: dict[str, list] = {}
            rerun = None
            variants = [("after", None)] + ([("before", before)] if before else [])
            for r in range(args.rounds):
                for j in jobs:
                    times.setdefault(f"raw{j}", []).append(run_raw(raw_script, files, j))
                    # before and after alternate which goes first, so neither always meets the other's leftovers
                    for label, src in (variants if r % 2 == 0 else variants[::-1]):
                        db = tmp / f"{key}-{label}-{j}-{r}.db"
                        times.setdefault(f"{label}{j}", []).append(run_cli(folder, db, j, src))
                        if label == "after" and j == jobs[-1] and rerun is None:
                            t = time.perf_counter()
                            run_cli(folder, db, j)
                            rerun = time.perf_counter() - t
                    print(name, r, {k: v[-1] for k, v in times.items()}, file=sys.stderr)
            dask = no_dask or run_cli(folder, tmp / f"{key}-dask.db", jobs[-1], extra=("--scheduler", "local"))
            pl_t = pl_pages = 0
            keep = precision = 0.0
            pl_broken = our_broken = 0
            if args.baseline_pages:
                pl_t, pl_pages, pl_texts = baseline_pdfplumber(files, args.baseline_pages)
                store = Store(tmp / f"{key}-after-{jobs[-1]}-0.db")
                keep, precision, pl_broken, our_broken = quality(store, pl_texts)
                store.close()
            res = {k: best(v) for k, v in times.items()}
            after = res[f"after{jobs[-1]}"]
            rows.append({"set": name, "files": len(files), "res": res, "rerun": rerun, "dask": dask,
                         "failed": len(files) - after[2] if isinstance(after, tuple) else "-",
                         "pages": after[1] if isinstance(after, tuple) else 0,
                         "plumber": pl_pages / pl_t if pl_t else 0, "plumber_pages": pl_pages, "keep": keep,
                         "precision": precision, "pl_broken": pl_broken, "our_broken": our_broken})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if share:
            set_autogroup_nice(nice0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Ingest (PDF)", "", f"`python benchmarks/ingest.py{' --before ' + args.before if args.before else ''}"
        f"{f' --files {args.files}' if args.files else ''}{f' --rounds {args.rounds}' if args.rounds != 3 else ''}`",
        "", f"- Date: {now}; load average before / after: {load0:.1f} / {os.getloadavg()[0]:.1f}",
        f"- Machine: {machine()}",
        f"- Versions: {versions()}",
        "", "What users run: `litmine ingest FOLDER --db NEW --jobs J` as a subprocess, from a fresh store, start-up,",
        "citations and concept mentions included, and pypdfium2's raw text of the same files (`get_text_range` of",
        "every page, a subprocess on 1 or 2 processes, start-up included) in the same rounds:",
        f"{args.rounds} rounds interleaved, each figure the best of them. The ratio (litmine's pages/s over the raw",
        "text's on as many processes) is the figure to compare across runs: the machine is shared, so speeds read",
        "low by however busy it was, while both sides of a ratio meet the same load. The Dask column: one round of",
        "`litmine ingest --scheduler local` (the cluster's start-up included). OCR is off (LITMINE_OCR=0): the",
        "image-only PDF fails, as it does without Tesseract.", *share_note(nice0, args.session_nice if share else None),
        "",
        "| set | files | pages | code | litmine 1 job | ratio to raw, 1 | litmine 2 jobs | ratio to raw, 2 "
        "| pypdfium2 raw text 1 / 2 processes | no-change rerun | Dask local (2 workers) | failed files |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        res = r["res"]
        raw = f"{rate(res['raw1'])} / {rate(res['raw2'])}"
        for label in ("before", "after"):
            if f"{label}1" not in res:
                continue
            code = ("this tree" if label == "after" else f"{args.before}")
            extra = (f"{r['rerun']:.2f} s" if r["rerun"] is not None else "-", rate(r["dask"]), r["failed"]) \
                if label == "after" else ("", "", "")
            lines.append(f"| {r['set']} | {r['files']} | {r['pages']} | {code} | {rate(res[label + '1'])} | "
                         f"{ratio(res[label + '1'], res['raw1'])} | {rate(res[label + '2'])} | "
                         f"{ratio(res[label + '2'], res['raw2'])} | {raw} | {extra[0]} | {extra[1]} | {extra[2]} |")
    lines += ["", "CPU time of the same commands (user + system of the process and its workers, the least of the",
              "rounds): it grows less with the machine's load than wall time does, so its ratio is the steadier one.",
              "", "| set | code | litmine 1 job, CPU | litmine 2 jobs, CPU | raw text, 1 process, CPU "
              "| CPU ratio to raw, 1 job | CPU ratio to raw, 2 jobs |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        res = r["res"]
        for label in ("before", "after"):
            if f"{label}1" in res:
                code = "this tree" if label == "after" else f"{args.before}"
                lines.append(f"| {r['set']} | {code} | {cpu_rate(res[label + '1'])} | {cpu_rate(res[label + '2'])} | "
                             f"{cpu_rate(res['raw1'])} | {ratio(res[label + '1'], res['raw1'], 3)} | "
                             f"{ratio(res[label + '2'], res['raw1'], 3)} |")
    if args.baseline_pages:
        lines += ["", "Text against pdfplumber's on the first files of each set (up to "
                  f"{args.baseline_pages} pages; pdfplumber `extract_text` ran at the speed shown): the share of",
                  "pdfplumber's words (3+ letters, as a multiset) that litmine's text also has, the share of",
                  "litmine's words that pdfplumber's has, and the line-break hyphens left split (`employ- ability`)",
                  "in each. Development figures: the PDF reader's rules were written looking at these files.", "",
                  "| set | pdfplumber speed | pdfplumber words kept | litmine words in pdfplumber "
                  "| split hyphens: pdfplumber | litmine |", "|---|---|---|---|---|---|"]
        for r in rows:
            lines.append(f"| {r['set']} | {r['plumber']:.1f} p/s ({r['plumber_pages']} pages) | {r['keep']:.1%} | "
                         f"{r['precision']:.1%} | {r['pl_broken']} | {r['our_broken']} |")
        lines += ["", "Reading the quality table: most of pdfplumber's words that litmine lacks are pdfplumber's own",
                  "faults (`(cid:34)` glyph codes, words run together without spaces, halves of hyphenated words,",
                  "wrong ligature glyphs such as `þrms` for `firms`) and the running headers and page numbers litmine",
                  "removes on purpose; nearly every word litmine outputs is one pdfplumber also found."]
    lines += ["", f"Peak RSS of the benchmark process: {peak:.0f} MiB (the measured commands are subprocesses).", ""]
    print(write_section("ingest", "\n".join(lines), Path(args.out)))


def share_note(nice0: int | None, nice: int | None) -> list[str]:
    """What the kernel's session groups did to the figures (nothing to say without them)."""
    if nice0 is None:
        return []
    if nice is not None:
        return [f"This run's session group ran at nice {nice} (--session-nice): the measured commands took the cores",
                "as on a quiet machine, other sessions waiting meanwhile."]
    return ["The kernel groups each session's processes (autogroup): while other sessions keep the cores busy,",
            "this run's session gets one share, so 2 jobs (and the raw text's 2 processes) get little more CPU than",
            "1; the 2-job columns show scaling only as far as the machine was idle (--session-nice -19 measures",
            "as on a quiet machine)."]


if __name__ == "__main__":
    main()
