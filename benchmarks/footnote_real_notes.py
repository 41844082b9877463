"""The footnote segmenter trained on real notes too, scored leave-documents-out on the development documents only
(issue 13, session 17).

Usage: python benchmarks/footnote_real_notes.py [--eval ../shared/eval] [--cache PATH] [--folds 5]
                                                [--seeds 13 14 15] [--notes 6000] [--weight 1] [--o-weight 1]
                                                [--baseline] [--only-real] [--marked-only] [--per-doc]

Documents: the 17 development documents of benchmarks/footnote_diagnosis.py (de_footnotes tune half,
de_footnotes_and_refsection half 0); a held-out document is never read. Real notes: the small-type zones of their
EXCITE layout_refs with the gold <ref> spans (scripts/train_footnote_segmenter.excite_notes: short forms and leading
cues out of the spans). The documents, sorted, are dealt into --folds folds; each fold's documents are scored by a
segmenter trained on the composed notes of a seed (the shipped recipe, --notes) plus the real notes of the other
folds' documents (their tokens weighted --weight, O tokens times --o-weight), so no document is scored by a model
that saw it. Scored as footnote_diagnosis.py scores (the passages of --cache, references found again with the
segmenter, soft F1 of benchmarks/citations.py): per half and pooled, with the shipped segmenter on the same
documents, and (--baseline) the composed notes of the same seed alone. --only-real: the real notes alone, no
composed notes. Prints only; docs/benchmarks.md is not written.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

from footnote_diagnosis import SETS, development_set, found_again, _core  # noqa: E402
from footnotes import Stages  # noqa: E402
from train_footnote_segmenter import compose, excite_notes, real_weights  # noqa: E402

from litmine.citations import footnote_model  # noqa: E402


def scored(docs: dict, gold: dict, keys: list[tuple[str, str]], model_of) -> dict[str, Stages]:
    """Stages per half, pooled ("all") and per document of the documents, each found again with model_of(its key)."""
    out = {name: Stages() for name in [s for s, _ in SETS] + ["all"] + keys}
    for key in keys:
        passages, italics = docs[key]
        doc = found_again(passages, italics, model_of(key))
        for name in (key[0], "all", key):
            out[name].add(doc, gold[key[0]][key[1]], None)
    return out


def per_doc(stages: dict, keys: list[tuple[str, str]]) -> str:
    """Paired / gold / extra of each document, on one line."""
    return "    " + ", ".join(f"{k[1]} {stages[k].paired}/{stages[k].gold}+{stages[k].pred - stages[k].paired}"
                              for k in keys)


def spans_recall(real: dict, keys: list[tuple[str, str]], model_of) -> str:
    """The segmenter alone: the gold reference spans of the real notes (short forms and cues out) that a span it
    finds matches (80 % of their letters shared, overlap over union, ends' punctuation left out: as
    footnote_diagnosis.string_level), each document with model_of(its key); per half, "matched/gold"."""
    out = []
    for subset, _ in SETS:
        tp = total = 0
        for key in [k for k in keys if k[0] == subset]:
            seg = model_of(key)
            for text, spans in real[key]:
                if not spans:
                    continue
                pred = [_core(text, a, b) for a, b, _ in seg.spans(text)]
                for x, y in (_core(text, a, b) for a, b in spans):
                    total += 1
                    tp += any(min(b, y) - max(a, x) >= 0.8 * (max(b, y) - min(a, x)) for a, b in pred)
        out.append(f"{tp}/{total}")
    return " / ".join(out)


def row(name: str, stages: dict[str, Stages], spans: str) -> str:
    cells = [f"{stages[s].paired / stages[s].gold:.1%} / {stages[s].score.table('soft')[1]:.3f}" for s, _ in SETS]
    return f"| {name} | " + " | ".join(cells) + f" | {stages['all'].score.table('soft')[1]:.3f} | {spans} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--cache", default="", help="a pickle of the extracted passages (footnote_diagnosis.py)")
    parser.add_argument("--folds", type=int, default=5, help="0: no real notes (the --baseline and --shipped rows)")
    parser.add_argument("--seeds", type=int, nargs="*", default=[13, 14, 15])
    parser.add_argument("--notes", type=int, default=6000)
    parser.add_argument("--weight", type=float, default=1.0, help="weight of a real note's tokens")
    parser.add_argument("--o-weight", type=float, default=1.0, help="times this for a real note's O tokens")
    parser.add_argument("--baseline", action="store_true", help="also the composed notes alone, per seed")
    parser.add_argument("--only-real", action="store_true", help="real notes alone (one run, no seeds)")
    parser.add_argument("--per-doc", action="store_true", help="paired / gold + extra of each document too")
    parser.add_argument("--marked-only", action="store_true", help="only the zones with a gold reference span")
    parser.add_argument("--shipped", action="store_true", help="also the shipped segmenter")
    args = parser.parse_args()
    ev = Path(args.eval)
    keys, docs, gold = development_set(ev, args.cache)
    real = excite_notes(ev, keys)
    if args.marked_only:
        real = {key: [n for n in notes if n[1]] for key, notes in real.items()}
    feats = {key: footnote_model.featurize(real[key]) for key in keys}
    weights = {key: real_weights(real[key], args.weight, args.o_weight) for key in keys}
    folds = [sorted(keys)[i::args.folds] for i in range(args.folds)]
    print("| segmenter | de_footnotes tune half: paired / soft F1 | de_footnotes_and_refsection half 0: paired / "
          "soft F1 | pooled soft F1 | gold spans found by the segmenter, tune / half 0 |\n|---|---|---|---|---|")
    if args.shipped:
        shipped = footnote_model.FootnoteSegmenter.load()
        found = scored(docs, gold, keys, lambda key: shipped)
        print(row("shipped", found, spans_recall(real, keys, lambda key: shipped)) + ("\n" + per_doc(found, keys) if args.per_doc else ""), flush=True)
    for seed in [None] if args.only_real else args.seeds:
        t0 = time.process_time()
        cf, cl = footnote_model.featurize(compose(ev, args.notes, seed)) if seed is not None else ([], [])
        if args.baseline and seed is not None:
            alone = footnote_model.fit(cf, cl)
            print(row(f"composed alone, seed {seed}", scored(docs, gold, keys, lambda key: alone),
                      spans_recall(real, keys, lambda key: alone)), flush=True)
        if not folds:  # --folds 0: the baselines alone
            continue
        models = {}
        for fold in folds:
            train_keys = [k for k in keys if k not in fold]
            seg = footnote_model.fit(cf + [f for k in train_keys for f in feats[k][0]],
                                     cl + [lab for k in train_keys for lab in feats[k][1]],
                                     weights=[1.0] * len(cf) + [w for k in train_keys for w in weights[k]])
            models.update({key: seg for key in fold})
        name = (f"composed seed {seed} + real notes" if seed is not None else "real notes alone") + \
            f" ({args.folds} folds by document, weight {args.weight:g}, O x{args.o_weight:g}" + \
            (", marked zones only)" if args.marked_only else ")")
        found = scored(docs, gold, keys, models.get)
        print(row(name, found, spans_recall(real, keys, models.get)) + f" {time.process_time() - t0:.0f} s CPU" +
              ("\n" + per_doc(found, keys) if args.per_doc else ""), flush=True)


if __name__ == "__main__":
    main()
