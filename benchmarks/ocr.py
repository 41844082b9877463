"""OCR of scanned PDFs (litmine/ingest/ocr.py): pages per second and word accuracy.

Usage: python benchmarks/ocr.py [--eval ../shared/eval] [--pages 8] [--out docs/benchmarks.md]

1. Word accuracy against a known text: text PDFs of the development sets (UK inquiry reports, SSOAR papers),
   a few body pages each, rendered to images at 300 dpi (a scan's usual resolution, without a scan's noise: an
   upper bound for real scans) and read by litmine's OCR at 200, 250 and 300 dpi, languages eng+deu. Scored as
   bags of words (3+ letters, case kept) against the page's own text layer (pypdfium2): the share of the text
   layer's words OCR found (recall) and of OCR's words in the text layer (precision); pages per second.
   Nothing was tuned on these pages beyond the choice of the default dpi this table shows.
2. The one image-only PDF of the development sets (uk-policy-inquiries PostOfficeHorizon-IT-Inquiry-Response.pdf,
   16 pages) through `extract_document` at the defaults: time, pages per second, Tesseract's mean word
   confidence, passages, and as a sanity check the share of its words (3+ letters, lower case) that occur in the
   inquiry report it answers (PostOfficeHorizon-I-_Inquiry-Recomm.pdf, text layer).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pypdfium2 as pdfium  # noqa: E402

from report import machine, write_section  # noqa: E402
from litmine.ingest import ocr  # noqa: E402

WORD = re.compile(r"[^\W\d_]{3,}")
SCANNED = "uk-policy-inquiries/pdf/PostOfficeHorizon-IT-Inquiry-Response.pdf"
ANSWERED = "uk-policy-inquiries/pdf/PostOfficeHorizon-I-_Inquiry-Recomm.pdf"
SETS = [("UK policy inquiries", "uk-policy-inquiries/pdf"), ("EXCITE (SSOAR, en)", "excite-ssoar/en_refsection/pdf")]


def sample_pages(folder: Path, n: int) -> list[tuple[Path, int, str]]:
    """Up to n (file, page, text-layer text) from the files of a folder: page 3 (else 2) of each, pages with
    150+ words only."""
    out = []
    for f in sorted(folder.glob("*.pdf")):
        if len(out) >= n:
            break
        pdf = pdfium.PdfDocument(str(f))
        try:
            for i in (2, 1):
                if i < len(pdf):
                    text = pdf[i].get_textpage().get_text_range()
                    if len(WORD.findall(text)) >= 150:
                        out.append((f, i + 1, text))
                        break
        finally:
            pdf.close()
    return out


def image_only(path: Path, page: int, dpi: int = 300) -> bytes:
    """One page as an image-only PDF (as a scanner would give it)."""
    pdf = pdfium.PdfDocument(str(path))
    img = pdf[page - 1].render(scale=dpi / 72, grayscale=True).to_pil()
    pdf.close()
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=dpi)
    return buf.getvalue()


def score(truth: str, got: str) -> tuple[int, int, int]:
    a, b = Counter(WORD.findall(truth)), Counter(WORD.findall(got))
    return sum((a & b).values()), sum(a.values()), sum(b.values())


def accuracy(pages: list[tuple[Path, int, str]], dpi: int) -> dict:
    hit = truth_n = got_n = 0
    elapsed = 0.0
    for path, page, text in pages:
        data = image_only(path, page)
        t = time.perf_counter()
        result = ocr.read_pages_by_ocr(str(path), data, [1], dpi=dpi, languages="eng+deu")
        elapsed += time.perf_counter() - t
        got = " ".join(line.text for line in result.lines.get(1, []))
        h, tn, gn = score(text, got)
        hit, truth_n, got_n = hit + h, truth_n + tn, got_n + gn
    return {"recall": hit / truth_n if truth_n else 0.0, "precision": hit / got_n if got_n else 0.0,
            "pps": len(pages) / elapsed if elapsed else 0.0, "pages": len(pages), "words": truth_n}


def scanned_document(root: Path) -> dict | None:
    from litmine.ingest import extract_document

    path = root / SCANNED
    if not path.exists():
        return None
    t = time.perf_counter()
    doc, _ = extract_document(str(path))
    elapsed = time.perf_counter() - t
    words = [w.lower() for w in WORD.findall(doc.text)]
    vocab: set[str] = set()
    answered = root / ANSWERED
    if answered.exists():
        pdf = pdfium.PdfDocument(str(answered))
        for i in range(len(pdf)):
            vocab.update(w.lower() for w in WORD.findall(pdf[i].get_textpage().get_text_range()))
        pdf.close()
    note = next((n for n in doc.notes if n.startswith("read by OCR")), "")
    conf = re.search(r"confidence (\d+)", note)
    return {"pages": doc.pages, "seconds": elapsed, "passages": len(doc.passages), "source": doc.text_source,
            "confidence": conf.group(1) if conf else "?", "words": len(words),
            "known": sum(w in vocab for w in words) / len(words) if words and vocab else None,
            "first": next((p.text for p in doc.passages if p.kind == "heading"), "")[:90], "note": note}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    parser.add_argument("--pages", type=int, default=4, help="pages per set for the accuracy table")
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if not ocr.ocr_available():
        print("ocr: Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-deu); skipped")
        return
    present = [(name, args.eval / rel) for name, rel in SETS if (args.eval / rel).exists()]
    if not present:
        print(f"ocr: no development PDFs under {args.eval}; skipped")
        return
    version = __import__("subprocess").run([ocr.tesseract_path(), "--version"], capture_output=True,
                                            text=True).stdout.splitlines()[0]
    lines = ["## OCR of scanned PDFs", "",
             f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {machine()} (load average "
             f"{os.getloadavg()[0]:.1f} at the start: pages/s fall on a busy machine); {version}, one thread per "
             "page (`OMP_THREAD_LIMIT=1`, as ingest runs it in each worker). `python benchmarks/ocr.py`.", "",
             f"Word accuracy (development sets): page 3 (or 2) of the first {args.pages} text PDFs of each set rendered to "
             "a 300 dpi image-only page, read by OCR (eng+deu), compared as bags of words (3+ letters) with the "
             "page's own text layer. Clean renders, no scan noise: an upper bound for real scans.", "",
             "| set | pages | words | dpi | recall | precision | pages/s |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, folder in present:
        pages = sample_pages(folder, args.pages)
        for dpi in (200, 250, 300):
            r = accuracy(pages, dpi)
            lines.append(f"| {name} | {r['pages']} | {r['words']:,} | {dpi} | {r['recall']:.1%} | "
                         f"{r['precision']:.1%} | {r['pps']:.2f} |")
            print(lines[-1], flush=True)
    doc = scanned_document(args.eval)
    if doc:
        known = f"{doc['known']:.1%}" if doc["known"] is not None else "n/a"
        lines += ["", f"The image-only PDF of the development sets (`{SCANNED}`), `extract_document` at the defaults "
                  f"({ocr.OCR_DPI} dpi):", "",
                  "| pages | seconds | pages/s | text source | mean word confidence | passages | words | "
                  "words also in the report it answers | first heading |", "|---:|---:|---:|---|---:|---:|---:|---:|---|",
                  f"| {doc['pages']} | {doc['seconds']:.1f} | {doc['pages'] / doc['seconds']:.2f} | {doc['source']} | "
                  f"{doc['confidence']} | {doc['passages']} | {doc['words']:,} | {known} | {doc['first']} |"]
        print(lines[-1])
    lines += ["", "Ingest timings elsewhere on this page leave OCR out (`LITMINE_OCR=0` in benchmarks/ingest.py): "
              "that scanned PDF fails there with its one-line reason, as before OCR existed."]
    write_section("ocr", "\n".join(lines) + "\n", args.out)
    print(f"ocr: wrote the ocr section of {args.out}")


if __name__ == "__main__":
    main()
