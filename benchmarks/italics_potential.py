"""How far italics in a PDF's reference list agree with the gold container (journal / book series) or a book's
title: a measurement of the potential of an italic feature (issue 13), not part of litmine.

Usage: python benchmarks/italics_potential.py [--eval ../shared/eval] [--sets excite-en,jose-jats] [-v]

Per character the reader's italic test (pdf_runs.italic_font: the PDF font's italic flag, bit 7, or a font name
such as "...-Italic", "...It", "CMTI10") is read with PDFium; the page text is folded to letters and digits, each
gold reference located in it, and within it the gold container and title. Reported: of references with a
container, how often the container is all / mostly (>= 80 %) / partly / not italic; of book-like references
(title, no container), how often the title is; and of italic stretches inside located references, how many lie
in the container, in the title, or elsewhere.
"""

from __future__ import annotations

import argparse
import ctypes
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pypdfium2 as pdfium  # noqa: E402
import pypdfium2.raw as pdfium_c  # noqa: E402
from citations import excite_gold, jose_gold, soft  # noqa: E402

from litmine.ingest.pdf_runs import italic_font  # noqa: E402


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    ap.add_argument("--sets", default="excite-en,jose-jats")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    ev = Path(args.eval)
    for name in args.sets.split(","):
        if name == "excite-en":
            gold = excite_gold(ev)
            docs = [(ev / "excite-ssoar" / "en_refsection" / "pdf" / f"{k}.pdf", refs) for k, refs in gold.items()]
        else:
            docs = [(pdf, refs) for pdf, refs, _ in jose_gold(ev).values()]
        stats, per_doc, fonts_all = Counter(), [], Counter()
        for pdf, refs in sorted(docs):
            text, flags, fonts = doc_chars(pdf)
            fonts_all.update({k[2]: v for k, v in fonts.items()})
            d = Counter()
            if args.verbose:
                print(pdf.name, sorted({(n, f, i) for n, f, i in fonts}))
            for g in refs:
                score_ref(text, flags, g, d, args.verbose)
            stats.update(d)
            c_tot = sum(v for k, v in d.items() if k.startswith("container ") and k != "container not found")
            per_doc.append((pdf.name, d["container all"] + d["container mostly"], c_tot,
                            any(i for _, _, i in fonts)))
        print(f"== {name}: {len(docs)} documents")
        for k in sorted(stats):
            print(f"  {k:32s} {stats[k]}")
        print("  documents with any italic font:", sum(1 for *_, i in per_doc if i), "of", len(per_doc))
        print("  documents where >= half of located containers are all/mostly italic:",
              sum(1 for _, good, tot, _ in per_doc if tot and good >= tot / 2), "of", sum(1 for p in per_doc if p[2]))
        if args.verbose:
            for p in per_doc:
                print("   ", p)


if __name__ == "__main__":
    main()
