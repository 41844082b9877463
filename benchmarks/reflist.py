"""Reference-list finding and entry splitting: the line model (litmine/citations/reflist.py) against the rules.

Usage: python benchmarks/reflist.py [--eval ../shared/eval] [--out docs/benchmarks.md] [--folds 5] [--no-pdf]

Entry-level precision, recall and F1: a predicted entry counts when its letters and digits equal a gold entry's
(sections) or are at least 90 % alike (SequenceMatcher, one to one; whole PDFs, where the gold text comes from
another PDF reader). Sets and splits:
- GROBID reference-segmenter sections (grobid-refseg/corpus): the model k-fold by document (trained on AnyStyle
  finder + the other folds; never scores a document it trained on); the rules were developed on this set.
- EXCITE en reference sections (excite-ssoar/en_refsection/layout_refs, lines from the first to the last reference
  line): the shipped model (never trained on EXCITE; its features were chosen while looking at EXCITE and GROBID,
  so: development), and the leave-documents-out experiment with EXCITE added to the training folds.
- EXCITE en PDFs end to end (read_pdf → build_passages → extract_citations, list entries only): the rules (model
  weights withheld) against the model; development (the rules were tuned on these PDFs).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE))

from report import machine, write_section  # noqa: E402
from train_reflist import anystyle_sequences, excite_sequences, grobid_sequences  # noqa: E402

from litmine.citations import reflist  # noqa: E402
from litmine.citations.references import entries_from_labels, split_references_by_rules  # noqa: E402


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _gold(lines: list[str], labels: list[str]) -> list[str]:
    return entries_from_labels(lines, labels)


def score_sections(items, split) -> tuple[float, float, float, int, int]:
    """items: (name, (lines, labels), model or None); split(lines, model) → entries."""
    tp = fp = fn = 0
    for _, (lines, labels), model in items:
        pred = {_norm(e) for e in split(lines, model)}
        gold = [_norm(e) for e in _gold(lines, labels)]
        hit = len(pred & set(gold))
        tp, fp, fn = tp + hit, fp + len(pred) - hit, fn + len(gold) - hit
    return (*_prf(tp, fp, fn), len(items), tp + fn)


def _model_split(lines: list[str], model) -> list[str]:
    return entries_from_labels(reflist.strip_line_numbers(lines), reflist.label_lines(lines, model=model))


def kfold(docs, extra, folds: int) -> list:
    """Each document with a model trained on extra + the other folds' documents."""
    out = []
    for k in range(folds):
        test = docs[k::folds]
        train = [s for j in range(folds) if j != k for _, s in docs[j::folds]] + [s for _, s in extra]
        model = reflist.model_from_arrays(reflist.fit(train))
        out += [(name, seq, model) for name, seq in test]
    return out


def score_pdfs(root: Path, *, use_model: bool) -> tuple[float, float, float, int, int, float]:
    """EXCITE en PDFs end to end: list entries against the gold reference strings."""
    import copy

    from litmine.citations.extract import extract_citations
    from litmine.ingest.pdf import read_pdf
    from litmine.ingest.structure import build_passages

    gold: dict[str, list[str]] = {}
    for line in (root / "excite-ssoar/derived/en_refsection.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        gold.setdefault(row["ssoar_id"], []).append(_norm(row["raw"]))
    saved = reflist.MODEL_PATH
    if not use_model:
        reflist.MODEL_PATH = Path("/nonexistent/reflist.npz")
    reflist.load_reflist_model.cache_clear()
    tp = fp = fn = docs = 0
    cpu = 0.0
    try:
        for pdf in sorted((root / "excite-ssoar/en_refsection/pdf").glob("*.pdf")):
            if pdf.stem not in gold:
                continue
            blocks, _ = read_pdf(str(pdf))
            t = time.process_time()
            _, passages = build_passages(copy.deepcopy(blocks))
            refs, _ = extract_citations(passages)
            cpu += time.process_time() - t
            pred = [_norm(r.raw) for r in refs if r.source == "list"]
            left = list(gold[pdf.stem])
            hit = 0
            for p in pred:
                best = max(left, key=lambda g: SequenceMatcher(None, p, g).ratio(), default=None)
                if best is not None and (p == best or SequenceMatcher(None, p, best).ratio() >= 0.9):
                    hit += 1
                    left.remove(best)
            docs += 1
            tp, fp, fn = tp + hit, fp + len(pred) - hit, fn + len(gold[pdf.stem]) - hit
    finally:
        reflist.MODEL_PATH = saved
        reflist.load_reflist_model.cache_clear()
    return (*_prf(tp, fp, fn), docs, tp + fn, cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-pdf", action="store_true", help="leave out the end-to-end PDF rows (slow)")
    args = ap.parse_args()
    if not (args.eval / "grobid-refseg").exists() or not (args.eval / "anystyle" / "finder").exists():
        print("skipped: ../shared/eval/grobid-refseg or anystyle/finder missing")
        return
    t0 = time.time()
    anystyle, grobid = anystyle_sequences(args.eval), grobid_sequences(args.eval)
    excite = excite_sequences(args.eval) if (args.eval / "excite-ssoar").exists() else []
    rules = lambda lines, model: split_references_by_rules(lines)  # noqa: E731
    shipped = reflist.load_reflist_model()
    rows = [("GROBID refseg sections", "rules", "development (rules tuned here)",
             score_sections([(n, s, None) for n, s in grobid], rules)),
            ("GROBID refseg sections", "model, k-fold by document (+AnyStyle)", "held-out (leave-documents-out)",
             score_sections(kfold(grobid, anystyle, args.folds), _model_split))]
    if excite:
        rows += [("EXCITE en reference sections", "rules", "development (rules tuned here)",
                  score_sections([(n, s, None) for n, s in excite], rules)),
                 ("EXCITE en reference sections", "shipped model (AnyStyle + GROBID)", "development",
                  score_sections([(n, s, shipped) for n, s in excite], _model_split)),
                 ("EXCITE en reference sections", "model, k-fold by document (+AnyStyle +GROBID)",
                  "held-out (leave-documents-out)", score_sections(kfold(excite, anystyle + grobid, args.folds),
                                                                   _model_split))]
    pdf_rows = []
    if excite and not args.no_pdf:
        pdf_rows = [("rules (model withheld)", score_pdfs(args.eval, use_model=False)),
                    ("shipped model", score_pdfs(args.eval, use_model=True))]
    for row in rows:
        print(row)
    for row in pdf_rows:
        print(row)
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    md = ["## Reference lists: finding and splitting (line model)", "", f"- Date: {date}",
          f"- Machine: {machine()}", f"- `python benchmarks/reflist.py` ({time.time() - t0:.0f} s, {args.folds} folds)",
          "", "Entry-level P/R/F1 from a section's lines (an entry counts when its letters and digits equal a gold "
          "entry's). The shipped model is trained on AnyStyle finder documents and GROBID refseg only.", "",
          "| Set | Method | Split | P | R | F1 | Docs | Gold entries |", "|---|---|---|---|---|---|---|---|"]
    md += [f"| {s} | {m} | {sp} | {p:.3f} | {r:.3f} | {f:.3f} | {d} | {g} |" for s, m, sp, (p, r, f, d, g) in rows]
    if pdf_rows:
        md += ["", "EXCITE en PDFs end to end (read_pdf → build_passages → extract_citations; list entries against "
               "the gold strings, one to one at ≥ 0.9 similarity; development: the rules were tuned on these PDFs). "
               "CPU is build_passages + extract_citations over the 46 documents.", "",
               "| Method | P | R | F1 | Docs | Gold entries | CPU s |", "|---|---|---|---|---|---|---|"]
        md += [f"| {m} | {p:.3f} | {r:.3f} | {f:.3f} | {d} | {g} | {c:.1f} |" for m, (p, r, f, d, g, c) in pdf_rows]
    print(f"wrote {write_section('reflist', chr(10).join(md), args.out)}")


if __name__ == "__main__":
    main()
