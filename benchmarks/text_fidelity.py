"""Text fidelity of litmine's PDF text against pypdfium2's own text and pdftotext, before and after a change.

Usage: python benchmarks/text_fidelity.py [--eval ../shared/eval] [--before 5d86f13] [--out docs/benchmarks.md]
       python benchmarks/text_fidelity.py --dump OUT.json FILE.pdf ...   (used internally for the "before" column)

Sets (development: the reader was tuned looking at them): ../shared/eval/excite-ssoar/en_refsection/pdf,
../shared/eval/uk-policy-inquiries/pdf and the tune half of ../shared/eval/excite-ssoar/de_footnotes/pdf (German
papers citing in footnotes: sorted SSOAR ids at even positions, as benchmarks/footnotes.py splits them; the test
half is left unread). The "before" text comes from the litmine of commit --before, extracted
with `git archive` into a temporary folder and run in a subprocess; "after" is the working tree. pdftotext
(Debian's poppler-utils, not a litmine dependency) is used when installed, its column skipped otherwise.

Measures, per set, summed over files (words are runs of letters, compared in lower case):
- words present: share of the reference's words (as a multiset) that litmine's text has; the two halves of the
  reference's own line-end hyphenations are left out of the reference;
- words split: a pair of adjacent litmine words whose concatenation is a reference word and which the reference
  never prints as that pair ("effi ciency"; "Mig ra ti on" counts once);
- words glued: a litmine word that is not a reference word but is two adjacent reference words run together;
- spaces before hyphens (`longer -term`) and before punctuation (`word ,`) in litmine's text, with the
  reference's own count beside it (tables print `-0.5` after a space);
- line-end hyphen pieces left split: the reference's line-end hyphenations (`employ-` / `ability`) found in
  litmine's text as two words.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

WORD = re.compile(r"[^\W\d_]+")
PAIR = re.compile(r"([^\W\d_]+)\s+(?=([^\W\d_]+))")
LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)[-\u00ad\u2010\x02]\s*\n\s*([^\W\d_]+)")
SPACE_HYPHEN = re.compile(r"[^\W\d_] -[^\W\d_]")
SPACE_PUNCT = re.compile(r"[^\W\d_] [,.;:?!)](?=\s|$)")
# "employ- ability", but not a suspended compound ("short- and long-term", "Ost- und Westdeutschland")
SPLIT_HYPHEN = re.compile(r"[^\W\d_]- (?!(?:und|oder|bzw|sowie|and|or|nor|et|ou|to|bis)\b)[^\W\d_]")


def litmine_texts(files: list[str]) -> tuple[dict[str, str], float, int]:
    """Document text as litmine stores it (read_pdf, then passages) per file name, CPU seconds of this process
    and pages read."""
    from litmine.errors import InputError
    from litmine.ingest.pdf import read_pdf
    from litmine.ingest.structure import build_passages

    out: dict[str, str] = {}
    pages = 0
    t = time.process_time()
    for f in files:
        try:
            blocks, info = read_pdf(f)
        except InputError:
            continue
        pages += info["pages"]
        out[Path(f).name] = build_passages(blocks)[0]
    return out, time.process_time() - t, pages


def before_texts(commit: str, files: list[str]) -> tuple[dict[str, str], float, int] | str:
    """litmine's texts at an older commit (run in a subprocess from a `git archive` copy), with the seconds and
    pages it read, or why not."""
    repo = HERE.parent
    tmp = Path(tempfile.mkdtemp())
    try:
        archive = subprocess.run(["git", "-C", str(repo), "archive", commit, "litmine"], capture_output=True)
        if archive.returncode:
            return f"git archive {commit} failed: {archive.stderr.decode()[:80]}"
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
        out = tmp / "texts.json"
        env = {"PYTHONPATH": str(tmp), "PATH": "/usr/bin:/bin"}
        run = subprocess.run([sys.executable, __file__, "--dump", str(out), *files], env=env, capture_output=True)
        if run.returncode:
            return f"before run failed: {run.stderr.decode()[-120:]}"
        got = json.loads(out.read_text())
        return got["texts"], got["seconds"], got["pages"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def pdfium_text(path: str) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        parts = []
        for page in pdf:
            parts.append(page.get_textpage().get_text_range())
        # PDFium marks a line-end hyphen with U+FFFE or U+0002: print it as the hyphen it is
        text = "\n".join(parts).replace("\r\n", "\n").replace("\r", "\n")
        return text.replace("\ufffe", "-\n").replace("\x02", "-\n")
    finally:
        pdf.close()


def pdftotext_text(path: str) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    run = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", path, "-"], capture_output=True)
    return run.stdout.decode("utf-8", errors="replace") if run.returncode == 0 else None


def compare(ref: str, ours: str) -> Counter:
    """Fidelity counts of litmine's text `ours` against one reference text of the same file."""
    from litmine.ingest.text import normalise_text

    ref = normalise_text(ref)
    hyphenated = LINE_END_HYPHEN.findall(ref)
    ref_words = Counter(w.lower() for w in WORD.findall(LINE_END_HYPHEN.sub(" ", ref)))
    vocab = set(ref_words) | {(a + b).lower() for a, b in hyphenated}
    ref_pair_counts = Counter((a.lower(), b.lower()) for a, b in PAIR.findall(ref))
    ref_pairs = set(ref_pair_counts)
    glued = {(a + b).lower() for a, b in ref_pairs} - vocab
    our_words = Counter(w.lower() for w in WORD.findall(ours))
    our_pairs = Counter((a.lower(), b.lower()) for p in ours.split("\n\n") for a, b in PAIR.findall(p))
    c: Counter = Counter()
    c["ref_words"] = sum(ref_words.values())
    c["present"] = sum((ref_words & our_words).values())
    c["split"] = _splits(ours, vocab, ref_pairs)
    c["glued"] = sum(n for w, n in our_words.items() if w in glued)
    c["space_hyphen"] = len(SPACE_HYPHEN.findall(ours))
    c["ref_space_hyphen"] = len(SPACE_HYPHEN.findall(ref))
    c["space_punct"] = len(SPACE_PUNCT.findall(ours))
    c["ref_space_punct"] = len(SPACE_PUNCT.findall(ref))
    split_hyphen = Counter((a.lower(), b.lower()) for a, b in hyphenated)
    # as two words more often than the reference prints the two words side by side ("in space" is not "in-/space")
    c["hyphen_left_split"] = sum(max(0, our_pairs[p] - ref_pair_counts[p]) for p in split_hyphen) + \
        len(SPLIT_HYPHEN.findall(ours))
    c["ref_hyphens"] = len(hyphenated)
    return c


TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


def _splits(ours: str, vocab: set[str], ref_pairs: set[tuple[str, str]]) -> int:
    """Reference words that litmine's text holds as 2-4 adjacent pieces: a piece is not a reference word, or
    (two pieces) the reference never prints the two side by side."""
    n = 0
    for passage in ours.split("\n\n"):  # words of two passages are not one word split
        n += _passage_splits([t.lower() for t in TOKEN.findall(passage)], vocab, ref_pairs)
    return n


def _passage_splits(tokens: list[str], vocab: set[str], ref_pairs: set[tuple[str, str]]) -> int:
    n = 0
    i = 0
    while i < len(tokens) - 1:
        for k in (4, 3, 2):
            parts = tokens[i:i + k]
            if len(parts) < k or not all(p[0].isalpha() for p in parts):
                continue
            if "".join(parts) in vocab and (any(p not in vocab for p in parts) or
                                            k == 2 and tuple(parts) not in ref_pairs):
                n += 1
                i += k - 1
                break
        i += 1
    return n


def _row(name: str, ref_name: str, label: str, c: Counter) -> str:
    return (f"| {name} | {ref_name} | {label} | {c['present'] / max(c['ref_words'], 1):.1%} | {c['split']} | "
            f"{c['glued']} | {c['space_hyphen']} ({c['ref_space_hyphen']}) | {c['space_punct']} "
            f"({c['ref_space_punct']}) | {c['hyphen_left_split']} of {c['ref_hyphens']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--before", default="5d86f13", help="commit whose litmine gives the 'before' figures")
    parser.add_argument("--out", default=str(HERE.parent / "docs" / "benchmarks.md"))
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        texts, seconds, pages = litmine_texts(args.files)
        Path(args.dump).write_text(json.dumps({"texts": texts, "seconds": seconds, "pages": pages}))
        return
    sys.path.insert(0, str(HERE.parent))
    from report import machine, versions, write_section

    ev = Path(args.eval)
    german = sorted((ev / "excite-ssoar" / "de_footnotes" / "pdf").glob("*.pdf"))[0::2]
    sets = {"EXCITE (SSOAR, en_refsection)": sorted((ev / "excite-ssoar" / "en_refsection" / "pdf").glob("*.pdf")),
            "UK policy inquiries": sorted((ev / "uk-policy-inquiries" / "pdf").glob("*.pdf")),
            "EXCITE German (SSOAR, de_footnotes tune half)": german}
    rows: list[str] = []
    speed: list[str] = []
    have_pdftotext = shutil.which("pdftotext") is not None
    for name, paths in sets.items():
        if not paths:
            print(f"skipping {name}: no PDFs under {ev}", file=sys.stderr)
            continue
        files = [str(f) for f in paths]
        before_run = before_texts(args.before, files)
        # the same files both sides: a scanned PDF that only the newer litmine reads (by OCR) is left out
        same = files if isinstance(before_run, str) else [f for f in files if Path(f).name in before_run[0]]
        after, after_s, after_pages = litmine_texts(same)
        before = before_run if isinstance(before_run, str) else before_run[0]
        if not isinstance(before_run, str):
            speed.append(f"| {name} | {before_run[2] / before_run[1]:.0f} p/s ({before_run[1]:.1f} CPU s) | "
                         f"{after_pages / after_s:.0f} p/s ({after_s:.1f} CPU s) |")
        refs = {"pypdfium2": {Path(f).name: pdfium_text(f) for f in files}}
        if have_pdftotext:
            refs["pdftotext"] = {Path(f).name: pdftotext_text(f) or "" for f in files}
        for ref_name, ref_texts in refs.items():
            for label, texts in (("before", before), ("after", after)):
                if isinstance(texts, str):
                    rows.append(f"| {name} | {ref_name} | {label} | {texts} | | | | | |")
                    continue
                total: Counter = Counter()
                for fname, text in texts.items():
                    if ref_texts.get(fname):
                        total += compare(ref_texts[fname], text)
                rows.append(_row(name, ref_name, label, total))
                print(rows[-1], file=sys.stderr)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Text fidelity (PDF, development)", "", "`python benchmarks/text_fidelity.py`", "",
        f"- Date: {now}", f"- Machine: {machine()}", f"- Versions: {versions()}",
        f"- Before: litmine at commit {args.before}; after: this working tree. pdftotext: "
        f"{'poppler-utils ' + _pdftotext_version() if have_pdftotext else 'not installed, column skipped'}.",
        "",
        "Development figures: the PDF reader's rules were written looking at these files. Litmine's document text",
        "(what the store keeps) against each reference's text of the same file. Words present: share of the",
        "reference's words litmine has (running heads and page numbers, which litmine drops on purpose, count as",
        "missing). Split: a reference word found in litmine as two words. Glued: two reference words found as one.",
        "Spaces before hyphens / punctuation: count in litmine's text (the reference's own count in brackets).",
        "Line-end hyphens left split: the reference's hyphenated line ends that litmine leaves as two words",
        "(pdftotext joins line-end hyphens itself, so against it the count is of `word- word` left in the text).",
        "Against pypdfium2 some 'glued' words are litmine's repairs: PDFium's own text keeps the space a ligature",
        "carries ('fi rst', 'identifi ed'), so the rejoined word counts as glued there.",
        "",
        "| set | reference | litmine | words present | words split | words glued | spaces before hyphens "
        "| spaces before punctuation | line-end hyphens left split |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        "Reading cost in the same run (read_pdf and passages, one process each side, pages per CPU second and",
        "the CPU seconds of that process, the files both read; other processes shared the machine):",
        "",
        "| set | before | after |",
        "|---|---|---|",
        *speed,
    ]
    print(write_section("text_fidelity", "\n".join(lines), Path(args.out)))


def _pdftotext_version() -> str:
    run = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True)
    m = re.search(r"version ([\d.]+)", run.stderr + run.stdout)
    return m.group(1) if m else "(version unknown)"


if __name__ == "__main__":
    main()
