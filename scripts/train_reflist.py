"""Train the reference-list line model (litmine/citations/reflist.py) and write litmine/citations/data/reflist.npz.

Usage: python scripts/train_reflist.py [--eval ../shared/eval] [--out litmine/citations/data/reflist.npz]

Training data (both licences allow shipping derived weights):
- AnyStyle finder documents, anystyle/finder/*.ttx (inukshuk/anystyle, BSD 2-clause): whole documents as text lines,
  each labelled ref / text / title / meta / blank. "ref" lines train P(reference line); entry starts are not marked
  there, so they are derived from the hanging indent where a run of ref lines shows one clearly (rule below), and
  runs without a clear indent train P(reference) only. Every other label is "O".
- GROBID reference-segmenter sections, grobid-refseg/corpus/*.tei.xml (kermitt2/grobid, Apache-2.0): each <bibl>'s
  first line is "B", its other lines "I"; text between the <bibl>s (headings, notes) is "O".
EXCITE (internal evaluation only) is never used here; benchmarks/reflist.py adds it only inside a
leave-documents-out experiment.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from litmine.citations.reflist import MODEL_PATH, fit  # noqa: E402

Sequence = tuple[list[str], list[str]]


def _hanging_labels(indents: list[int]) -> list[str] | None:
    """Rule for AnyStyle's unmarked entries: in a run of reference lines set with hanging indents, a line at the
    run's smallest indent starts an entry and a deeper one continues it. None when the run shows no such pattern."""
    if len(indents) < 3:
        return None
    low = min(indents)
    starts = sum(1 for i in indents if i == low)
    if starts == len(indents) or not 0.15 <= starts / len(indents) <= 0.75:
        return None
    return ["B" if i == low else "I" for i in indents]


def anystyle_sequences(root: Path) -> list[tuple[str, Sequence]]:
    """(document name, (lines, labels)) for each AnyStyle finder document."""
    out = []
    for f in sorted((root / "anystyle" / "finder").glob("*.ttx")):
        lines, labels, indents = [], [], []
        label = "blank"
        for row in f.read_text(encoding="utf-8").split("\n"):
            if "|" not in row:
                continue
            tag, text = row.split("|", 1)
            label = tag.strip() or label
            text = html.unescape(text[1:] if text.startswith(" ") else text).rstrip()
            indents.append(len(text) - len(text.lstrip()))
            lines.append(text.strip())
            labels.append("" if not text.strip() else "R" if label == "ref" else "O")
        # entry starts from hanging indents, run by run (a run: consecutive non-blank reference lines)
        i = 0
        while i < len(labels):
            if labels[i] != "R":
                i += 1
                continue
            j = i
            while j < len(labels) and labels[j] == "R":
                j += 1
            derived = _hanging_labels(indents[i:j])
            if derived:
                labels[i:j] = derived
            i = j
        out.append((f.stem, (lines, labels)))
    return out


def grobid_sequences(root: Path) -> list[tuple[str, Sequence]]:
    """(document name, (lines, labels)) for each GROBID reference-segmenter section."""
    out = []
    for f in sorted((root / "grobid-refseg" / "corpus").glob("*.xml")):
        xml = f.read_text(encoding="utf-8")
        body = xml[xml.find("<listBibl"):xml.rfind("</listBibl>")]
        body = re.sub(r"^<listBibl[^>]*>", "", body)
        lines, labels = [], []
        for part in re.split(r"(<bibl[^>]*>.*?</bibl>)", body, flags=re.S):
            inside = part.startswith("<bibl")
            text = re.sub(r"<[^>]+>", "", part.replace("<lb/>", "\n"))
            rows = [" ".join(html.unescape(r).split()) for r in text.split("\n")]
            rows = [r for r in rows if r]
            for k, r in enumerate(rows):
                lines.append(r)
                labels.append(("B" if k == 0 else "I") if inside else "O")
        if lines:
            out.append((f.stem, (lines, labels)))
    return out


def excite_sequences(root: Path, *, section: bool = True) -> list[tuple[str, Sequence]]:
    """EXCITE layout files as (document, (lines, labels)): a <ref> opens an entry ("B"), lines inside it are "I",
    the rest "O". section=True keeps the lines from the first to the last reference line (as benchmarks/references.py
    scores splitting), else the whole document. For scoring and the leave-documents-out experiment only."""
    out = []
    for f in sorted((root / "excite-ssoar" / "en_refsection" / "layout_refs").glob("*.xml")):
        rows = [line.split("\t")[0] for line in f.read_text(encoding="utf-8").split("\n")]
        lines, labels = [], []
        inside = False
        for r in rows:
            opens = "<ref>" in r
            lab = "B" if opens else "I" if inside else "O"
            if "<ref>" in r:
                inside = True
            if "</ref>" in r:
                inside = False
            lines.append(" ".join(r.replace("<ref>", "").replace("</ref>", "").split()))
            labels.append(lab if lines[-1] else "")
        marked = [i for i, lab in enumerate(labels) if lab in ("B", "I")]
        if not marked:
            continue
        if section:
            lines, labels = lines[marked[0]:marked[-1] + 1], labels[marked[0]:marked[-1] + 1]
        out.append((f.stem, (lines, labels)))
    return out


def training_sequences(root: Path) -> list[tuple[str, Sequence]]:
    return anystyle_sequences(root) + grobid_sequences(root)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    seqs = training_sequences(args.eval)
    arrays = fit([s for _, s in seqs])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **{k: np.array(v) for k, v in arrays.items()})
    n = sum(len(s[0]) for _, s in seqs)
    print(f"{len(seqs)} documents, {n} lines, {len(arrays['features'].split())} features → {args.out}")


if __name__ == "__main__":
    main()
