"""Scale: `litmine run` on a 1,000-document corpus (wall time, peak memory, steps) and its no-change rerun.

Usage: python benchmarks/scale.py [--docs 1000] [--eval ../shared/eval] [--seeds ../shared/seeds] [--jobs N]
                                  [--baseline-pages 150] [--workdir DIR] [--out docs/benchmarks.md]

The corpus is built in a temporary folder from the EXCITE PDFs, the UK policy inquiry PDFs, the UK Approved
Documents (text), the seed texts and the demo corpus (`corpus/`, its .bib/.csv once), every source repeated the same
number of times (copy00/, copy01/, ...; interleaved, so a last partial round keeps the mix) up to --docs documents.
Identical bytes would be stored once (content hash), so each copy after the first is made unique in a way readers
ignore: a PDF gets a comment line after its final %%EOF, a text file a last line of spaces (as many as the copy's
number). Before timing, the smallest file of each source is read by litmine both ways and must give the same text,
passages and metadata.

Timed, each as a subprocess with the process tree's memory polled every 0.2 s from /proc (RSS summed over the
process and its workers; PSS too, which counts pages the workers share once): `litmine run CORPUS --out OUT
--models MODELS --db DB` from nothing, each step line timestamped as it arrives; then the same command again with
nothing changed. Baselines in the same run: pypdfium2 raw text on one copy of the PDFs and a naive pdfplumber loop on
the first --baseline-pages of them (pages/s, and the time either would need for the corpus's PDF pages), and gensim
LdaModel with default options on plain tokens of the same documents (as benchmarks/topics.py; its own subprocess).
The run's time is also summed by stage, ingest and topics each as a ratio to its baseline (issue 18).
The rerun is timed three times (the best wall time reported, with its CPU seconds).
Targets (issue 18): the run under 120 seconds with peak PSS under 1 GB, the rerun under 1 second (wall seconds: they
mean something on a quiet machine only; the load average is recorded before and after).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, standard_args, versions, write_section

TARGETS = {"run": 120.0, "rss": 1024.0, "rerun": 1.0}
STEP = re.compile(r"^(ingest|concepts|topics|index|networks|trends|report): (.*)$")
PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


# --- the corpus -------------------------------------------------------------------------------------------------

def find_sources(ev: Path, seeds: Path) -> list[tuple[str, Path, list[Path]]]:
    """(label, folder, document files) of each source that exists."""
    demo = HERE.parent / "corpus"
    wanted = [("EXCITE PDFs", ev / "excite-ssoar" / "en_refsection" / "pdf", ("*.pdf",)),
              ("UK policy inquiry PDFs", ev / "uk-policy-inquiries" / "pdf", ("*.pdf",)),
              ("UK Approved Documents (txt)", ev / "uk-approved-documents" / "txt", ("*.txt",)),
              ("seed texts", seeds, ("*.txt",)),
              ("demo corpus", demo, ("*.pdf", "*.txt", "*.md"))]
    found = []
    for label, folder, globs in wanted:
        files = sorted(f for g in globs for f in folder.glob(g)) if folder.is_dir() else []
        if files:
            found.append((label, folder, files))
        else:
            print(f"skipping {label}: no documents under {folder}", file=sys.stderr)
    return found


def mark_copy(data: bytes, copy: int, suffix: str) -> bytes:
    """The bytes of copy number `copy` (0: unchanged): a PDF comment after %%EOF, or a last line of spaces."""
    if copy == 0:
        return data
    if suffix.lower() == ".pdf":
        return data + f"\n%litmine-benchmark-copy-{copy}\n".encode()
    return data + (b"" if data.endswith(b"\n") else b"\n") + b" " * copy + b"\n"


def check_copies(sources: list[tuple[str, Path, list[Path]]]) -> list[str]:
    """Read the smallest file of each source as it is and as copy 3; what differs (nothing, when all is well)."""
    from litmine.errors import LitmineError
    from litmine.ingest.extract import extract_document

    def summary(path: Path, data: bytes) -> tuple:
        try:
            doc, _ = extract_document(str(path), data)
        except LitmineError as exc:  # an unreadable file must fail the same way
            return ("failed", str(exc))
        return (doc.text, [(p.kind, p.page, p.text) for p in doc.passages], doc.title, doc.year, doc.authors,
                doc.pages, len(doc.references), len(doc.citations))

    problems = []
    for label, _, files in sources:
        path = min(files, key=lambda f: f.stat().st_size)
        data = path.read_bytes()
        if summary(path, data) != summary(path, mark_copy(data, 3, path.suffix)):
            problems.append(f"{label}: {path.name} reads differently once marked")
    return problems


def build_corpus(dest: Path, sources: list[tuple[str, Path, list[Path]]], n_docs: int) -> dict[str, int]:
    """Write n_docs documents under dest (copyNN/<source>/<name>); documents per source."""
    files = [(label, f) for label, _, fs in sources for f in fs]
    random.Random(7).shuffle(files)
    counts = {label: 0 for label, _, _ in sources}
    copy = 0
    while sum(counts.values()) < n_docs:
        for label, f in files:
            if sum(counts.values()) >= n_docs:
                break
            slug = re.sub(r"\W+", "-", label.lower()).strip("-")
            target = dest / f"copy{copy:02d}" / slug / f.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(mark_copy(f.read_bytes(), copy, f.suffix))
            counts[label] += 1
        copy += 1
    demo = HERE.parent / "corpus"
    for sidecar in [*demo.glob("*.bib"), *demo.glob("*.csv")]:
        if (dest / "copy00" / "demo-corpus").is_dir():
            shutil.copyfile(sidecar, dest / "copy00" / "demo-corpus" / sidecar.name)
    return counts


def describe_store(db: Path) -> dict:
    """Documents, pages (by format), words and mentions of the run's store."""
    from litmine.store import Store

    store = Store(db)
    try:
        q = store.db.execute
        by_format = {r[0]: (r[1], r[2] or 0) for r in q("SELECT format, COUNT(*), SUM(pages) FROM documents "
                                                         "GROUP BY format")}
        words = sum(d["words"] or 0 for d in store.document_words().values())
        mentions = q("SELECT COUNT(*) FROM mentions").fetchone()[0]
        passages = q("SELECT COUNT(*) FROM passages").fetchone()[0]
        references = q("SELECT COUNT(*) FROM passages WHERE kind = 'reference'").fetchone()[0]
    finally:
        store.close()
    return {"by_format": by_format, "documents": sum(n for n, _ in by_format.values()),
            "pages": sum(p for _, p in by_format.values()), "words": words, "mentions": mentions,
            "passages": passages, "references": references}


# --- measuring a process tree ---------------------------------------------------------------------------------------

def tree(root: int) -> list[int]:
    """root and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def memory(pids: list[int], *, pss: bool = True) -> tuple[float, float]:
    """(RSS, PSS) in MiB summed over pids (processes gone meanwhile count nothing); PSS 0 without pss."""
    rss = pss_bytes = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                rss += int(f.read().split()[1]) * PAGE
            if pss:
                with open(f"/proc/{pid}/smaps_rollup") as f:
                    for line in f:
                        if line.startswith("Pss:"):
                            pss_bytes += int(line.split()[1]) * 1024
                            break
        except (OSError, ValueError, IndexError):
            continue
    return rss / 2**20, pss_bytes / 2**20


# PSS is read at every PSS_EVERY-th poll, and at any poll where the tree's RSS is more than PSS_HIGH_MIB above the
# highest RSS at which it was read: reading smaps_rollup walks the page tables of the whole tree, 20-35 ms of this
# process's (system) CPU per poll once the tree holds about 1 GB, on the same two cores as the run, which its CPU
# seconds do not count and its wall time pays (helper S42, session 27: about a tenth of a core at every poll)
PSS_EVERY = 2
PSS_HIGH_MIB = 8.0


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds of pids, each with its finished children that it waited for (a worker that ended
    counts in its parent from then on; processes gone meanwhile count nothing)."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                stat = f.read()
            ticks += sum(int(v) for v in stat[stat.rindex(b")") + 2:].split()[11:15])  # utime stime cutime cstime
        except (OSError, ValueError):
            continue
    return ticks / TICK


def measure(cmd: list[str], *, cwd: Path | None = None) -> dict:
    """Run cmd; its wall time, exit status, output, the stderr lines with their seconds since start, the peak RSS
    and PSS (MiB) and process count of its process tree, polled every 0.2 s (PSS less often: PSS_EVERY), its CPU
    seconds: in all (getrusage of the finished command) and as polled over the tree (what the step lines split), and
    the CPU seconds of this process meanwhile (poll_cpu: the polls, which the tree's CPU does not count)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")
    lines: list[tuple[float, str]] = []
    out: list[str] = []
    peak = {"rss": 0.0, "pss": 0.0, "procs": 0}
    samples: list[tuple[float, float, float]] = []  # (seconds since start, tree RSS MiB, tree CPU seconds)
    import resource

    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)

    def read_err() -> None:
        for line in proc.stderr:
            lines.append((time.perf_counter() - t0, line.rstrip("\n")))
            print(f"  [{lines[-1][0]:7.1f}s] {line}", end="", file=sys.stderr, flush=True)

    def read_out() -> None:
        out.extend(proc.stdout)

    readers = [threading.Thread(target=read_err, daemon=True), threading.Thread(target=read_out, daemon=True)]
    for r in readers:
        r.start()
    polls, high = 0, 0.0  # high: the highest RSS of the tree at which its PSS was read
    own0 = resource.getrusage(resource.RUSAGE_SELF)
    while proc.poll() is None:
        pids = tree(proc.pid)
        rss, _ = memory(pids, pss=False)
        if polls % PSS_EVERY == 0 or rss > high + PSS_HIGH_MIB:
            peak["pss"] = max(peak["pss"], memory(pids)[1])
            high = max(high, rss)
        peak["rss"] = max(peak["rss"], rss)
        peak["procs"] = max(peak["procs"], len(pids))
        samples.append((time.perf_counter() - t0, rss, cpu_seconds(pids)))
        polls += 1
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    own1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime
    poll_cpu = own1.ru_utime - own0.ru_utime + own1.ru_stime - own0.ru_stime
    samples.append((wall, 0.0, max(cpu, samples[-1][2] if samples else 0.0)))
    for r in readers:
        r.join()
    return {"wall": wall, "cpu": cpu, "returncode": proc.returncode, "stdout": "".join(out), "lines": lines,
            "samples": samples, "poll_cpu": poll_cpu, **peak}


def step_segments(lines: list[tuple[float, str]], wall: float,
                  samples: list[tuple[float, float, float]]) -> list[tuple[str, str, float, float, float]]:
    """(step, message, seconds until the next step line, peak tree RSS MiB meanwhile, tree CPU seconds meanwhile)
    for each step line, and the start-up before the first. CPU is read from the poll before each step line, so a
    step's CPU can hold up to 0.2 s of its neighbour's."""
    marks = [(t, m.group(1), m.group(2)) for t, line in lines if (m := STEP.match(line))]
    if not marks:
        return []
    marks = [(0.0, "start-up", "Python, imports, lexicon"), *marks]
    segments = []
    for (t, step, message), nxt in zip(marks, [*marks[1:], (wall, "", "")], strict=True):
        rss = max((r for s, r, _ in samples if t <= s <= nxt[0]), default=0.0)
        segments.append((step, message, nxt[0] - t, rss, _cpu_at(samples, nxt[0]) - _cpu_at(samples, t)))
    return segments


def _cpu_at(samples: list[tuple[float, float, float]], t: float) -> float:
    """The tree's CPU seconds at the last poll at or before t (0 before the first)."""
    return max((c for s, _, c in samples if s <= t), default=0.0)


def litmine_command() -> list[str]:
    script = Path(sys.executable).parent / "litmine"
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-c", "import sys; sys.argv[0] = 'litmine'; from litmine.cli import app; app()"]


# --- baselines ------------------------------------------------------------------------------------------------------

def gensim_baseline(db: Path, k: int) -> dict:
    """gensim LdaModel defaults on plain tokens of each document's text passages (run in its own process)."""
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel
    from topics import plain_tokens

    from litmine.store import Store
    from litmine.topics.preprocess import TEXT_KINDS

    store = Store(db)
    by_doc: dict[str, list[str]] = {}
    t = time.perf_counter()
    for p in store.iter_passages():
        if p.kind in TEXT_KINDS and p.language in (None, "en"):
            by_doc.setdefault(p.doc_id, []).append(p.text)
    store.close()
    read = time.perf_counter() - t
    t = time.perf_counter()
    tokens = [plain_tokens("\n\n".join(texts)) for texts in by_doc.values()]
    prep = time.perf_counter() - t
    t = time.perf_counter()
    dictionary = Dictionary(tokens)
    bows = [dictionary.doc2bow(d) for d in tokens]
    LdaModel(bows, num_topics=k, id2word=dictionary, random_state=42)
    train = time.perf_counter() - t
    return {"documents": len(tokens), "tokens": sum(map(len, tokens)), "vocabulary": len(dictionary),
            "read": read, "prep": prep, "train": train, "k": k}


def pdf_baselines(files: list[Path], max_pages: int) -> dict:
    import tempfile

    from ingest import RAW_TEXT, baseline_pdfplumber, run_raw

    with tempfile.TemporaryDirectory() as tmp:  # pypdfium2 raw text on one process, as ingest.py runs it
        script = Path(tmp) / "raw_text.py"
        script.write_text(RAW_TEXT)
        pd_t, pd_pages, _, pd_cpu = run_raw(script, files, 1)
    pl_t, pl_pages, _ = baseline_pdfplumber(files, max_pages)
    return {"pdfium": pd_pages / pd_t if pd_t else 0.0, "pdfium_pages": pd_pages,
            "pdfium_cpu": pd_pages / pd_cpu if pd_cpu else 0.0,
            "plumber": pl_pages / pl_t if pl_t else 0.0, "plumber_pages": pl_pages}


# --- the section ----------------------------------------------------------------------------------------------------

def verdict(value: float, target: float) -> str:
    return "yes" if value <= target else f"**no** ({value / target:.1f}x)"


def stage_table(segments, wall: float, pdf_pages: int, base: dict, lda: dict | None) -> list[str]:
    """The first run's time by stage (its step lines summed), each stage with its baseline from the same run where
    one exists: ingest against pypdfium2's raw text of the corpus's PDF pages, topics against plain gensim LDA.
    CPU seconds of the process tree too, with ingest's CPU against the raw text's CPU."""
    stages: dict[str, list[float]] = {}
    for step, _, seconds, rss, cpu in segments:
        st = stages.setdefault(step, [0.0, 0.0, 0.0])
        st[0] += seconds
        st[1] = max(st[1], rss or 0.0)
        st[2] += cpu
    raw = pdf_pages / base["pdfium"] if base and base.get("pdfium") else None
    raw_cpu = pdf_pages / base["pdfium_cpu"] if base and base.get("pdfium_cpu") else None
    gensim = lda["prep"] + lda["train"] if lda else None
    out = ["", "The same run by stage (step lines summed), with the ratio to its baseline measured in this run (the "
           "ratio, unlike the seconds, holds on a busy machine; CPU seconds of the process tree grow less with the "
           "machine's load than wall seconds do):", "",
           "| stage | seconds | CPU seconds | share | peak RSS, MiB | baseline, same run | ratio | CPU ratio |",
           "|---|---:|---:|---:|---:|---|---:|---:|"]
    for step, (seconds, rss, cpu) in stages.items():
        ref, what = (raw, "pypdfium2 raw text of the PDF pages, 1 core") if step == "ingest" else \
            (gensim, "gensim LdaModel, tokens + training") if step == "topics" else (None, "")
        ref_cpu = raw_cpu if step == "ingest" else None
        out.append(f"| {step} | {seconds:.1f} | {cpu:.1f} | {seconds / wall:.0%} | {f'{rss:,.0f}' if rss else ''} | "
                   f"{f'{what}: {ref:.1f} s' if ref else ''}{f' ({ref_cpu:.1f} s CPU)' if ref_cpu else ''} | "
                   f"{f'{seconds / ref:.1f}x' if ref else ''} | {f'{cpu / ref_cpu:.1f}x' if ref_cpu else ''} |")
    return out


def render(a, first: dict, again: dict, corpus: dict, counts: dict, segments, base: dict, lda: dict | None,
           started: datetime, load: tuple[str, str], chosen_k: int | None) -> str:
    pdf_pages = corpus["by_format"].get("pdf", (0, 0))[1]
    up_to_date = "nothing changed" in again["stdout"]
    failed = int(m.group(1)) if (m := re.search(r"(\d+) failed", first["stdout"])) else 0
    lines = [
        f"## Scale: `litmine run` on a {a.docs:,}-document corpus", "",
        f"`python benchmarks/scale.py{'' if a.docs == 1000 else f' --docs {a.docs}'}`", "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC; load average before / after: {load[0]} / {load[1]}",
        f"- Machine: {machine()}",
        f"- Versions: {versions()}", "",
        (f"Corpus: {corpus['documents']:,} documents stored ({sum(counts.values()):,} files: "
         + ", ".join(f"{n} {label}" for label, n in counts.items())
         + f"; {failed} could not be read), {corpus['pages']:,} pages ({pdf_pages:,} of them PDF), {corpus['words']:,} words of text passages, "
         f"{corpus['passages']:,} passages ({corpus['references']:,} reference entries), {corpus['mentions']:,} "
         "concept mentions. The sources of ../shared/eval, the seeds and the demo corpus, each repeated the same "
         "number of times under new names, made unique with a PDF comment after %%EOF or a trailing line of spaces "
         "(litmine reads both exactly as the originals; checked before timing)."), "",
        (f"Command: `litmine run CORPUS --out OUT --models MODELS --db DB`{f' --jobs {a.jobs}' if a.jobs else ''} "
         "(all cores unless --jobs), from nothing, then again with nothing changed. Memory is polled every 0.2 s "
         "over the process and its workers: RSS summed (pages the workers share counted in each, so an upper bound) "
         "and PSS (shared pages split between them), the measure the target is read on: the topic fits' workers are "
         "forked from the topics step's process and share its pages, which RSS counts once in each. PSS is read once "
         f"every {PSS_EVERY} polls and whenever the tree's RSS rises more than {PSS_HIGH_MIB:g} MiB above the highest "
         "at which it was read: each read walks the page tables of the whole tree, CPU of this benchmark's process "
         "on the run's cores (its row below)."), "",
        "| measure | measured | target | met |", "|---|---|---|---|",
        (f"| `litmine run`, {corpus['documents']:,} documents | {first['wall']:.1f} s ({first['wall'] / 60:.1f} "
         f"min) | under 2 min | {verdict(first['wall'], TARGETS['run'])} |"),
        f"| CPU of the process tree (user + system, getrusage) | {first['cpu']:.1f} s | | |",
        (f"| CPU of this benchmark's polls of the tree meanwhile (not in the tree's) | {first['poll_cpu']:.1f} s | | "
         "|"),
        (f"| peak memory, process tree | RSS {first['rss']:,.0f} MiB, PSS {first['pss']:,.0f} MiB "
         f"({first['procs']} processes) | under 1 GB (PSS) | {verdict(first['pss'], TARGETS['rss'])} |"),
        f"| largest single process (getrusage) | {first['maxrss']:,.0f} MiB | | |",
        (f"| no-change rerun (best of 3) | {again['wall']:.2f} s, {again['cpu']:.2f} s CPU, RSS {again['rss']:,.0f} "
         f"MiB{'' if up_to_date else ' (did not report nothing changed!)'} | under 1 s "
         f"| {verdict(again['wall'], TARGETS['rerun'])} |"),
        (f"| throughput | {corpus['pages'] / first['wall']:.0f} pages/s, {corpus['words'] / first['wall']:,.0f} "
         "words/s, whole run | | |"), "",
        "Steps of the first run (time from each step line to the next):", "",
        "| step | message | seconds | CPU seconds | share | peak RSS, MiB |", "|---|---|---:|---:|---:|---:|"]
    for step, message, seconds, rss, cpu in segments:
        lines.append(f"| {step} | {message[:90].replace('|', '/')} | {seconds:.1f} | {cpu:.1f} | "
                     f"{seconds / first['wall']:.0%} | {f'{rss:,.0f}' if rss else ''} |")
    lines += stage_table(segments, first["wall"], pdf_pages, base, lda)
    lines += ["", "Baselines, same run:", "", "| baseline | measured | for this corpus |", "|---|---|---|"]
    if base:
        lines.append(f"| pypdfium2 raw text, one copy of the PDFs ({base['pdfium_pages']:,} pages) | "
                     f"{base['pdfium']:.0f} pages/s, 1 core ({base.get('pdfium_cpu', 0):.0f} pages per CPU second) | "
                     f"{pdf_pages / max(base['pdfium'], 1e-9):.0f} s for "
                     f"{pdf_pages:,} PDF pages (text only: no layout, passages, citations, concepts or store) |")
        lines.append(f"| naive pdfplumber loop (`extract_text`, first {base['plumber_pages']} pages) | "
                     f"{base['plumber']:.1f} pages/s, 1 core | {pdf_pages / max(base['plumber'], 1e-9) / 60:.0f} min "
                     f"for {pdf_pages:,} PDF pages (text only) |")
    if lda:
        topic_seconds = sum(s for step, _, s, _, _ in segments if step == "topics")
        lines.append(f"| gensim `LdaModel` defaults, plain tokens, k = {lda['k']} ({lda['documents']:,} documents, "
                     f"{lda['tokens']:,} tokens, {lda['vocabulary']:,} distinct) | tokens {lda['prep']:.1f} s, "
                     f"training {lda['train']:.1f} s, peak RSS {lda['rss']:,.0f} MiB | litmine's topics step: "
                     f"{topic_seconds:.1f} s{f' (k auto, chose {chosen_k})' if chosen_k else ''}, preprocessing, "
                     "k search and outputs included |")
    lines += ["", ("Timings are wall-clock on a shared machine: other work only ever adds to them (the load average "
                   "above shows how busy it was). The wall-clock targets mean something only on a quiet machine "
                   "(load average under about 2 on these 2 cores); at a higher load read the CPU seconds and the "
                   "ratios to the baselines of the same run.")]
    return "\n".join(lines)


def main() -> None:
    def extra(parser):
        parser.add_argument("--docs", type=int, default=1000, help="documents in the built corpus")
        parser.add_argument("--jobs", type=int, default=None, help="passed to litmine run (default: all cores)")
        parser.add_argument("--baseline-pages", type=int, default=150, help="pages for the naive pdfplumber loop")
        parser.add_argument("--workdir", default=None, help="build and run here and keep it (default: a temporary "
                                                           "folder, removed afterwards)")
        parser.add_argument("--gensim-baseline", nargs=2, metavar=("DB", "K"), help=argparse_hidden())

    a = standard_args(__doc__, extra=extra)
    if a.gensim_baseline:  # the child process of the gensim baseline
        print(json.dumps(gensim_baseline(Path(a.gensim_baseline[0]), int(a.gensim_baseline[1]))))
        return
    sources = find_sources(Path(a.eval), Path(a.seeds))
    if not sources:
        sys.exit("no source documents found: nothing to build a corpus from")
    problems = check_copies(sources)
    if problems:
        sys.exit("copies are not read as the originals: " + "; ".join(problems))
    work = Path(a.workdir) if a.workdir else Path(tempfile.mkdtemp(prefix="litmine-scale-"))
    if a.workdir and work.exists() and any(work.iterdir()):
        if not (work / "corpus" / "copy00").is_dir():
            sys.exit(f"{work}: not empty and not an earlier --workdir of this benchmark; give a new folder")
        shutil.rmtree(work)
    corpus_dir, out, models, db = work / "corpus", work / "out", work / "models", work / "out" / "litmine.db"
    try:
        t = time.perf_counter()
        counts = build_corpus(corpus_dir, sources, a.docs)
        print(f"built {sum(counts.values())} documents in {time.perf_counter() - t:.1f} s: {counts}", file=sys.stderr)
        started, load_before = datetime.now(UTC), f"{os.getloadavg()[0]:.2f}"
        cmd = [*litmine_command(), "run", str(corpus_dir), "--out", str(out), "--models", str(models), "--db", str(db)]
        cmd += ["--jobs", str(a.jobs)] if a.jobs else []
        import resource

        first = measure(cmd)
        first["maxrss"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(first["stdout"][-1500:], file=sys.stderr)
        if first["returncode"] not in (0, 1):  # 1: some files failed, the run went on
            sys.exit(f"litmine run failed (exit {first['returncode']})")
        again = min((measure(cmd) for _ in range(3)), key=lambda r: r["wall"])
        print(again["stdout"][-500:], file=sys.stderr)
        load_after = f"{os.getloadavg()[0]:.2f}"
        names = {str(corpus_dir): "CORPUS", str(models): "MODELS", str(out): "OUT"}
        segments = [(step, re.sub("|".join(map(re.escape, names)), lambda m: names[m.group()], message), *rest)
                    for step, message, *rest in step_segments(first["lines"], first["wall"], first["samples"])]
        corpus = describe_store(db)
        chosen = re.search(r"topics: trained \w+-k(\d+)", "\n".join(line for _, line in first["lines"]))
        chosen_k = int(chosen.group(1)) if chosen else None
        pdfs = sorted((corpus_dir / "copy00").rglob("*.pdf"))
        base = pdf_baselines(pdfs, a.baseline_pages) if pdfs else {}
        child = measure([sys.executable, str(Path(__file__).resolve()), "--gensim-baseline", str(db),
                         str(chosen_k or 10)])
        lda = None
        if child["returncode"] == 0:
            lda = json.loads(child["stdout"].strip().splitlines()[-1]) | {"rss": child["rss"]}
        else:
            print("gensim baseline failed:\n" + "\n".join(line for _, line in child["lines"][-10:]), file=sys.stderr)
        markdown = render(a, first, again, corpus, counts, segments, base, lda, started, (load_before, load_after),
                          chosen_k)
        print(markdown)
        print(write_section("scale", markdown, Path(a.out)), file=sys.stderr)
    finally:
        if not a.workdir:
            shutil.rmtree(work, ignore_errors=True)


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
