"""The note tagger trained with real development notes, measured leave-documents-out (issue 13; F56, session 33).

Usage: python benchmarks/note_tagger_folds.py [--eval ../shared/eval] [--cache PATH] [--k 4] [--seed 0]
                                              [--copies 3] [--epochs 16] [--models DIR]

The development papers only (those of footnote_diagnosis.py --groups: the labelled notes of notes half 0 and of the
development rounds C-G, the de_footnotes tune half, de_footnotes_and_refsection half 0; no held-out paper is read)
are dealt into k folds by paper (sorted per set, shuffled with --seed, dealt in turn, so each set spreads over the
folds). For each fold a note tagger is trained (scripts/train_footnote_tagger.py's recipe: the synthetic strings,
--epochs, two note copies, seed 1) plus --copies copies of every real note string (train_footnote_tagger.real_notes)
of the other folds' papers, saved in --models (fold<i>.npz, reused when there), and the fold's papers are found
again end to end from their extracted passages (footnote_diagnosis.passages_and_italics, --cache) with that tagger.
The shipped tagger scores the same papers the same way. Printed per set and pooled: soft F1 (the notes rows:
footnotes.py --notes-only's gold and litmine's note references alone; EXCITE: every reference), shipped and folds,
and per field pooled.
Prints only; an experiment, development only.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

from citations import excite_gold, extra_pdfs  # noqa: E402
from footnote_diagnosis import SETS, development_documents, found_again, passages_and_italics  # noqa: E402
from footnotes import DEV_ROUNDS, Stages, notes_gold, notes_half, notes_only, notes_rounds  # noqa: E402

from litmine.citations import footnote_model, footnote_tagger  # noqa: E402


def set_name(subset: str, sid: str) -> str:
    """The development set a paper is scored in: a round of the notes, notes half 0, or an EXCITE half."""
    if subset == "notes":
        return DEV_ROUNDS[notes_rounds()[sid]][0] if notes_half(sid) == 2 else "notes half 0"
    return f"{subset} {dict(SETS)[subset]}"


def folds_of(keys: list[tuple[str, str]], k: int, seed: int) -> list[list[tuple[str, str]]]:
    """k folds of the papers: per set (set_name), sorted, shuffled with seed, dealt in turn (one deal across the
    sets, so the folds differ in size by one paper at most)."""
    rng = random.Random(seed)
    order = []
    for name in sorted({set_name(*key) for key in keys}):
        of = sorted(key for key in keys if set_name(*key) == name)
        rng.shuffle(of)
        order += of
    return [order[i::k] for i in range(k)]


def train_fold(ev: Path, synthetic: list, exclude: set[str], copies: int, epochs: int, out: Path) -> None:
    from train_footnote_tagger import fit_and_save, real_notes

    real = real_notes(ev, exclude=exclude)
    fit_and_save(synthetic + [ex for ex in real for _ in range(copies)], epochs, out)


def scored(docs: dict, gold: dict, keys: list, tagger, into: dict[str, Stages]) -> None:
    """The papers of keys found again with this note tagger, each added to its set's Stages and to "pooled"."""
    saved = footnote_tagger.load_note_tagger
    footnote_tagger.load_note_tagger = lambda path=None: tagger
    seg = footnote_model.default_segmenter()
    try:
        for subset, sid in keys:
            found = found_again(*docs[(subset, sid)], seg)
            doc = notes_only(found) if subset == "notes" else found
            for name in (set_name(subset, sid), "pooled"):
                into.setdefault(name, Stages()).add(doc, gold[subset][sid], None)
    finally:
        footnote_tagger.load_note_tagger = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--cache", default="", help="a pickle of the extracted passages (footnote_diagnosis --groups's)")
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--copies", type=int, default=3, help="copies of each real note string in training")
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--models", type=Path, default=Path("/tmp/note_tagger_folds"))
    args = ap.parse_args()
    notes, pdfs = notes_gold(), extra_pdfs(args.eval)
    paths = {("notes", sid): pdfs / f"{sid}.pdf" for sid in sorted(notes)
             if notes_half(sid) != 1 and (pdfs / f"{sid}.pdf").exists()}
    paths.update({key: args.eval / "excite-ssoar" / key[0] / "pdf" / f"{key[1]}.pdf"
                  for key in development_documents(args.eval)})
    docs = passages_and_italics(paths, Path(args.cache) if args.cache else None)
    gold = {"notes": notes} | {subset: excite_gold(args.eval, subset) for subset, _ in SETS}
    folds = folds_of(sorted(docs), args.k, args.seed)
    args.models.mkdir(parents=True, exist_ok=True)
    synthetic = None
    for i, fold in enumerate(folds):
        out = args.models / f"fold{i}.npz"
        if not out.exists():
            if synthetic is None:
                from train_footnote_tagger import add_notes
                from train_references import add_restyled, build_examples
                synthetic = add_notes(add_restyled(build_examples(args.eval), german=0.0), copies=2, seed=1)
            train_fold(args.eval, synthetic, {sid for _, sid in fold}, args.copies, args.epochs, out)
    shipped: dict[str, Stages] = {}
    scored(docs, gold, sorted(docs), footnote_tagger.load_note_tagger(), shipped)
    folded: dict[str, Stages] = {}
    for i, fold in enumerate(folds):
        scored(docs, gold, fold, footnote_tagger.load_note_tagger(str(args.models / f"fold{i}.npz")), folded)
    print(f"| set | papers | gold | shipped tagger soft F1 | fold taggers soft F1 ({args.k} folds, seed "
          f"{args.seed}, {args.copies} copies) | change |\n|---|---|---|---|---|---|")
    for name in sorted(shipped, key=lambda n: (n == "pooled", n)):
        a, b = shipped[name].score.table("soft")[1], folded[name].score.table("soft")[1]
        print(f"| {name} | {shipped[name].docs} | {shipped[name].gold} | {a:.3f} | {b:.3f} | {b - a:+.3f} |")
    print("\n| field (pooled) | gold | shipped: right / output | folds: right / output | soft F1 shipped | folds |"
          "\n|---|---|---|---|---|---|")
    rows_a, rows_b = shipped["pooled"].score.table("soft")[0], folded["pooled"].score.table("soft")[0]
    for f in rows_a:
        (ta, pa, g), (tb, pb, _) = shipped["pooled"].score.c["soft"][f], folded["pooled"].score.c["soft"][f]
        print(f"| {f} | {g} | {ta} / {pa} | {tb} / {pb} | {rows_a[f][2]:.3f} | {rows_b[f][2]:.3f} |")


if __name__ == "__main__":
    main()
