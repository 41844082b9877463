"""How far italics in a PDF's reference list agree with the gold container (journal / book series) or a book's
title: a measurement of the potential of an italic feature (issue 13), not part of litmine.

Usage: python benchmarks/italics_potential.py [--eval ../shared/eval] [--sets excite-en,jose-jats] [-v]
                                             [--out docs/benchmarks.md]

Per character the reader's italic test (pdf_runs.italic_font: the PDF font's italic flag, bit 7, or a font name
such as "...-Italic", "...It", "CMTI10") is read with PDFium; the page text is folded to letters and digits, each
gold reference located in it, and within it the gold container and title. Reported: of references with a
container, how often the container is all / mostly (>= 80 %) / partly / not italic; of book-like references
(title, no container), how often the title is; and of italic stretches inside located references, how many lie
in the container, in the title, or elsewhere. Then the use litmine makes of them (typography.relabel_by_italics):
list-reference fields of each PDF parsed with and without the italics, from the same blocks in the same run.
With --out, writes the section `italics` of docs/benchmarks.md. Both sets are development sets.
"""

from __future__ import annotations

import argparse
import copy
import ctypes
import os
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pypdfium2 as pdfium  # noqa: E402
import pypdfium2.raw as pdfium_c  # noqa: E402
from citations import Score, excite_gold, jose_gold, soft  # noqa: E402
from report import machine, write_section  # noqa: E402

from litmine.citations.extract import extract_citations  # noqa: E402
from litmine.config import Limits  # noqa: E402
from litmine.ingest.extract import split_long_blocks  # noqa: E402
from litmine.ingest.pdf import read_pdf  # noqa: E402
from litmine.ingest.pdf_runs import italic_font  # noqa: E402
from litmine.ingest.structure import build_passages  # noqa: E402


def doc_chars(pdf: Path) -> tuple[str, list[bool], Counter]:
    """The document's letters and digits (soft-folded) and whether each is italic; font names seen."""
    chars, flags, fonts = [], [], Counter()
    doc = pdfium.PdfDocument(str(pdf))
    buf = ctypes.create_string_buffer(256)
    fl = ctypes.c_int()
    for page in doc:
        tp = page.get_textpage()
        n = pdfium_c.FPDFText_CountChars(tp.raw)
        for k in range(n):
            ch = chr(pdfium_c.FPDFText_GetUnicode(tp.raw, k) or 32)
            s = soft(ch)
            if not s:
                continue
            pdfium_c.FPDFText_GetFontInfo(tp.raw, k, buf, 256, ctypes.byref(fl))
            name = buf.value.decode("latin-1")
            it = italic_font(name, fl.value)
            fonts[(name, fl.value, it)] += len(s)
            for c in s:
                chars.append(c)
                flags.append(it)
        tp.close()
    doc.close()
    return "".join(chars), flags, fonts


def frac(flags: list[bool], a: int, b: int) -> float:
    return sum(flags[a:b]) / max(1, b - a)


def bucket(f: float) -> str:
    return "all" if f >= 0.999 else "mostly" if f >= 0.8 else "partly" if f >= 0.2 else "none"


def locate(text: str, key: str, start: int = 0, end: int | None = None) -> int:
    return text.find(key, start, len(text) if end is None else end) if key else -1


def stretches(flags: list[bool], a: int, b: int) -> list[tuple[int, int]]:
    out, s = [], None
    for i in range(a, b):
        if flags[i] and s is None:
            s = i
        elif not flags[i] and s is not None:
            out.append((s, i))
            s = None
    if s is not None:
        out.append((s, b))
    return out


def score_ref(text, flags, g, stats, verbose):
    raw, title, cont = soft(g["raw"]), soft(g["title"]), soft(g["container"])
    if raw:
        at = locate(text, raw[:40])
        span = (at, at + len(raw) + 20) if at >= 0 else None
    else:
        span = None
    if span is None and title:  # JOSE: no printed string; find the title, the last time it is printed
        at = text.rfind(title)
        span = (max(0, at - 200), at + len(title) + len(cont) + 200) if at >= 0 else None
    if span is None:
        stats["not located"] += 1
        return
    stats["located"] += 1
    t_at = locate(text, title, *span) if len(title) >= 4 else -1
    c_at = locate(text, cont, t_at + len(title) if t_at >= 0 else span[0], span[1]) if len(cont) >= 3 else -1
    marks = []
    if cont:
        if c_at < 0:
            stats["container not found"] += 1
        else:
            b = bucket(frac(flags, c_at, c_at + len(cont)))
            stats["container " + b] += 1
            marks.append("C:" + b)
    if title and t_at >= 0:
        b = bucket(frac(flags, t_at, t_at + len(title)))
        stats[("book " if not cont else "article ") + "title " + b] += 1
        marks.append("T:" + b)
    a, z = span
    if t_at >= 0:
        a = min(a, t_at)
    for s, e in stretches(flags, a, min(z, len(text))):
        if e - s < 3:
            continue
        mid = (s + e) // 2
        where = "container" if c_at >= 0 and c_at <= mid < c_at + len(cont) else \
            "title" if t_at >= 0 and t_at <= mid < t_at + len(title) else "elsewhere"
        stats["italic stretch in " + where] += 1
        if verbose and where == "elsewhere":
            print("   elsewhere:", text[s:e][:60], "|", g["raw"][:100])
    if verbose:
        print(" ", " ".join(marks), "|", (g["raw"] or g["title"])[:110])


def with_and_without(docs: list[tuple[Path, list[dict]]], list_only: bool) -> tuple[Score, Score, float, float]:
    """Fields scored without and with the italics, each PDF read once; CPU of extract_citations each way."""
    off, on, cpu_off, cpu_on = Score(), Score(), 0.0, 0.0
    limit = Limits.from_env().passage_chars
    for pdf, gold in docs:
        blocks, info = read_pdf(str(pdf))
        for italics, score in ((None, off), (info["italics"], on)):
            _, passages = build_passages(split_long_blocks(copy.deepcopy(blocks), limit)[0])
            t = time.process_time()
            refs = extract_citations(passages, italics)[0]
            if italics is None:
                cpu_off += time.process_time() - t
            else:
                cpu_on += time.process_time() - t
            score.add(gold, [r for r in refs if r.source == "list"] if list_only else refs)
    return off, on, cpu_off, cpu_on


def potential(docs, verbose: bool) -> tuple[Counter, list]:
    stats, per_doc = Counter(), []
    for pdf, refs in sorted(docs):
        text, flags, fonts = doc_chars(pdf)
        d = Counter()
        if verbose:
            print(pdf.name, sorted({(n, f, i) for n, f, i in fonts}))
        for g in refs:
            score_ref(text, flags, g, d, verbose)
        stats.update(d)
        c_tot = sum(v for k, v in d.items() if k.startswith("container ") and k != "container not found")
        per_doc.append((pdf.name, d["container all"] + d["container mostly"], c_tot))
    return stats, per_doc


def report_lines(name: str, n_docs: int, stats: Counter, per_doc: list, ab: tuple) -> list[str]:
    off, on, cpu_off, cpu_on = ab
    c = {k: stats[f"container {k}"] for k in ("all", "mostly", "partly", "none")}
    bt = {k: stats[f"book title {k}"] for k in ("all", "mostly", "partly", "none")}
    at = {k: stats[f"article title {k}"] for k in ("all", "mostly", "partly", "none")}
    st = {k: stats[f"italic stretch in {k}"] for k in ("container", "title", "elsewhere")}
    styled = sum(1 for _, good, tot in per_doc if tot and good >= tot / 2)
    with_c = sum(1 for p in per_doc if p[2])
    lines = [f"### {name}: {n_docs} PDFs, {stats['located']} gold references located in the PDF text", "",
             f"- containers all / mostly (>= 80 %) / partly / not italic: {c['all']} / {c['mostly']} / "
             f"{c['partly']} / {c['none']} ({(c['all'] + c['mostly']) / max(1, sum(c.values())):.0%} italic); "
             f"documents whose containers are mostly italic: {styled} of {with_c}",
             f"- book titles (no container) italic all / mostly / partly / not: {bt['all']} / {bt['mostly']} / "
             f"{bt['partly']} / {bt['none']}; article titles: {at['all']} / {at['mostly']} / {at['partly']} / "
             f"{at['none']}",
             f"- italic stretches (3+ letters) inside located references: in the container {st['container']}, "
             f"in the title {st['title']}, elsewhere {st['elsewhere']} (names, volumes, a neighbour's text)", "",
             "| list reference fields | title F1 | container F1 | soft F1 (micro) | strict F1 (micro) |",
             "|---|---|---|---|---|"]
    for label, score in (("without italics", off), ("with italics (relabel_by_italics)", on)):
        rows, f1 = score.table("soft")
        _, f1_strict = score.table("strict")
        lines.append(f"| {label} | {rows['title'][2]:.3f} | {rows['container'][2]:.3f} | **{f1:.3f}** | "
                     f"{f1_strict:.3f} |")
    lines += ["", f"extract_citations CPU over the set: {cpu_off:.2f} s without, {cpu_on:.2f} s with the italics "
              "(the italic map built inside).", ""]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    ap.add_argument("--sets", default="excite-en,jose-jats")
    ap.add_argument("--out", default=None, help="write the section `italics` of this file")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    ev = Path(args.eval)
    md = []
    for name in args.sets.split(","):
        if name == "excite-en":
            gold = excite_gold(ev)
            docs = [(ev / "excite-ssoar" / "en_refsection" / "pdf" / f"{k}.pdf", refs) for k, refs in gold.items()]
            title = "EXCITE en_refsection (development)"
        else:
            docs = [(pdf, refs) for pdf, refs, _ in jose_gold(ev).values()]
            title = "JOSE with JATS gold (development)"
        stats, per_doc = potential(docs, args.verbose)
        print(f"== {name}: {len(docs)} documents")
        for k in sorted(stats):
            print(f"  {k:32s} {stats[k]}")
        ab = with_and_without(sorted(docs), list_only=name == "excite-en")
        md += report_lines(title, len(docs), stats, per_doc, ab)
        print("\n".join(md[-8:]))
    if args.out:
        head = os.popen(f"git -C {HERE.parent} rev-parse --short HEAD").read().strip()
        now = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        text = "\n".join(["## Citations: italics in reference lists (issue 13)", "",
                          f"- Date: {now}; commit {head}; load average at the end {os.getloadavg()[0]:.1f}",
                          f"- Machine: {machine()}", "- `python benchmarks/italics_potential.py --out ...`", "",
                          "Whether the PDF's italics mark the container (journal, book a chapter is in) or a book's "
                          "title, read per character with pdf_runs.italic_font (the font's italic flag or its name) "
                          "and compared with the gold fields; then the reference-list fields with and without "
                          "typography.relabel_by_italics, from the same blocks in the same run. **Development**: the "
                          "rule was written while reading these sets' errors; the tagger's training strings carry "
                          "no italics, so the italics are a rule after decoding, not a learned weight.", ""] + md)
        print(write_section("italics", text, Path(args.out)))


if __name__ == "__main__":
    main()
