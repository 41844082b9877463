"""Ingest speed and text quality on real PDFs, next to a plain pdfplumber loop measured in the same run.

Usage: python benchmarks/ingest.py [--eval ../shared/eval] [--baseline-pages 250] [--no-dask] [--out docs/benchmarks.md]

Sets: ../shared/eval/excite-ssoar/en_refsection/pdf (English social-science papers) and
../shared/eval/uk-policy-inquiries/pdf (UK inquiry and committee reports, one image-only).
Measures, each from a fresh store: `ingest_corpus` with 1 job, with every core and on a local Dask cluster of as
many workers (`scheduler="local"`, cluster start-up included; left out when litmine.ingest.distributed or dask is
missing) in pages/s, the no-change rerun (seconds), pdfplumber `extract_text` and pypdfium2 raw text (pages/s) on the same files, and how much of
pdfplumber's text litmine keeps (word multiset overlap) and how many line-break hyphens each leaves unrepaired.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
# text-layer speed, comparable across runs: the one scanned PDF fails here as before; OCR is timed in ocr.py
os.environ.setdefault("LITMINE_OCR", "0")

from litmine.config import default_jobs  # noqa: E402
from report import machine, versions, write_section  # noqa: E402
from litmine.ingest import ingest_corpus  # noqa: E402
from litmine.store import Store  # noqa: E402

WORD = re.compile(r"[^\W\d_]{3,}")
BROKEN_HYPHEN = re.compile(r"[a-z]-\s*\n\s*[a-z]")


def dask_missing() -> str | None:
    """Why ingest cannot run on a local Dask cluster here, or None when it can."""
    if importlib.util.find_spec("litmine.ingest.distributed") is None:
        return "litmine.ingest.distributed missing"
    if importlib.util.find_spec("distributed") is None:
        return "dask.distributed not installed"
    return None


def run_dask(folder: Path, jobs: int) -> tuple[float, int] | str:
    """Seconds and pages of `ingest_corpus(..., scheduler="local")` from a fresh store, or why it could not run."""
    tmp = Path(tempfile.mkdtemp())
    store = Store(tmp / "bench.db")
    try:
        t = time.perf_counter()
        ingest_corpus(folder, store, jobs=jobs, scheduler="local")
        elapsed = time.perf_counter() - t
        pages = store.db.execute("SELECT COALESCE(SUM(pages), 0) FROM documents").fetchone()[0]
    except Exception as exc:  # noqa: BLE001 - the column says why instead of losing the other figures
        return f"failed: {type(exc).__name__}: {str(exc).splitlines()[0][:80] if str(exc) else ''}"
    finally:
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return elapsed, pages


def run_ingest(folder: Path, jobs: int) -> tuple[float, int, int, float, Store, Path]:
    tmp = Path(tempfile.mkdtemp())
    store = Store(tmp / "bench.db")
    t = time.perf_counter()
    report = ingest_corpus(folder, store, jobs=jobs)
    elapsed = time.perf_counter() - t
    pages = store.db.execute("SELECT COALESCE(SUM(pages), 0) FROM documents").fetchone()[0]
    t = time.perf_counter()
    again = ingest_corpus(folder, store, jobs=jobs)
    rerun = time.perf_counter() - t
    assert not again.added and not again.updated
    return elapsed, pages, len(report.failed), rerun, store, tmp


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


def baseline_pdfium(files: list[Path]) -> tuple[float, int]:
    import pypdfium2 as pdfium

    pages = 0
    t = time.perf_counter()
    for f in files:
        try:
            pdf = pdfium.PdfDocument(f)
        except pdfium.PdfiumError:
            continue
        for page in pdf:
            page.get_textpage().get_text_range()
            pages += 1
        pdf.close()
    return time.perf_counter() - t, pages


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--baseline-pages", type=int, default=250,
                        help="pages per set for the slow pdfplumber loop (it runs at about 10 pages/s)")
    parser.add_argument("--no-dask", action="store_true", help="leave out the local Dask cluster column")
    parser.add_argument("--out", default=str(HERE.parent / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    no_dask = "left out (--no-dask)" if args.no_dask else dask_missing()
    ev = Path(args.eval)
    sets = {"EXCITE (SSOAR, en_refsection)": ev / "excite-ssoar" / "en_refsection" / "pdf",
            "UK policy inquiries": ev / "uk-policy-inquiries" / "pdf"}
    rows = []
    cores = default_jobs()
    for name, folder in sets.items():
        if not folder.is_dir():
            print(f"skipping {name}: {folder} not found", file=sys.stderr)
            continue
        files = sorted(folder.glob("*.pdf"))
        t1, pages, failed, _, s1, d1 = run_ingest(folder, 1)
        s1.close()
        shutil.rmtree(d1)
        tn, pages_n, _, rerun, sn, dn = run_ingest(folder, cores)
        dask = no_dask or run_dask(folder, cores)
        if isinstance(dask, tuple) and dask[1] != pages_n:
            dask = f"{dask[1]} pages stored, not {pages_n}"
        pl_t, pl_pages, pl_texts = baseline_pdfplumber(files, args.baseline_pages)
        pd_t, pd_pages = baseline_pdfium(files)
        keep, precision, pl_broken, our_broken = quality(sn, pl_texts)
        sn.close()
        shutil.rmtree(dn)
        rows.append({"set": name, "files": len(files), "pages": pages, "failed": failed,
                     "one": pages / t1, "all": pages_n / tn, "rerun": rerun, "t1": t1, "tn": tn,
                     "plumber": pl_pages / pl_t if pl_t else 0, "plumber_pages": pl_pages,
                     "pdfium": pd_pages / pd_t if pd_t else 0, "keep": keep, "precision": precision,
                     "pl_broken": pl_broken, "our_broken": our_broken,
                     "dask": f"{dask[1] / dask[0]:.0f} p/s ({dask[0]:.1f} s)" if isinstance(dask, tuple) else dask})
        print(rows[-1], file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Ingest (PDF)", "", "`python benchmarks/ingest.py`", "",
        f"- Date: {now}",
        f"- Machine: {machine()}",
        f"- Versions: {versions()}",
        "", "Pages per second, whole pipeline (read, layout, passages, language, metadata, SQLite + FTS5 write), each",
        "from a fresh store; baselines on the same files in the same run. pdfplumber `extract_text` is slow, so it runs",
        f"on the first files of each set up to {args.baseline_pages} pages. The Dask column runs the same ingest on a",
        f"local Dask cluster of {cores} workers (`litmine ingest --scheduler local`), the cluster's start-up included.",
        "",
        f"| set | files | pages | litmine 1 job | litmine {cores} jobs | litmine Dask local ({cores} workers) "
        "| no-change rerun | pdfplumber extract_text | pypdfium2 raw text | failed files |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['set']} | {r['files']} | {r['pages']} | {r['one']:.0f} p/s ({r['t1']:.1f} s) | "
                     f"{r['all']:.0f} p/s ({r['tn']:.1f} s) | {r['dask']} | {r['rerun']:.3f} s | {r['plumber']:.1f} p/s "
                     f"({r['plumber_pages']} pages) | {r['pdfium']:.0f} p/s | {r['failed']} |")
    lines += ["", "Text against pdfplumber's on the baseline files: the share of pdfplumber's words (3+ letters, as a",
              "multiset) that litmine's text also has, the share of litmine's words that pdfplumber's has, and the",
              "line-break hyphens left split (`employ- ability`) in each. Development figures: the PDF reader's",
              "rules were written looking at these files.", "",
              "| set | pdfplumber words kept | litmine words in pdfplumber | split hyphens: pdfplumber | litmine |",
              "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['set']} | {r['keep']:.1%} | {r['precision']:.1%} | {r['pl_broken']} | "
                     f"{r['our_broken']} |")
    lines += ["", "Reading the quality table: most of pdfplumber's words that litmine lacks are pdfplumber's own faults",
              "(`(cid:34)` glyph codes, words run together without spaces, halves of hyphenated words, wrong ligature",
              "glyphs such as `þrms` for `firms`) and the running headers and page numbers litmine removes on purpose;",
              "nearly every word litmine outputs is one pdfplumber also found.",
              "", f"Peak RSS of the benchmark process: {peak:.0f} MiB (workers are separate processes).", ""]
    print(write_section("ingest", "\n".join(lines), Path(args.out)))


if __name__ == "__main__":
    main()
