"""A learned judgement of a note's pieces (litmine/citations/footnote_pieces.py) against the rules, development only.

Usage: python benchmarks/footnote_pieces.py [--eval ../shared/eval] [--cache DIR] [--judge PATH ...] [--lodo]
                                            [--losses] [--ranking] [--modes veto,union,replace]
                                            [--thresholds 0.5,0.8] [--composed PATH]

The development documents only (benchmarks/footnote_diagnosis.py's: de_footnotes tune half, de_footnotes_and_
refsection half 0; and the half-0 papers of the labelled German notes, benchmarks/footnotes.py --notes-only --dev;
a held-out document is never read). Their passages are extracted once (--cache DIR keeps them in pickles) and the
references found again (the same figures as footnotes.py --dev and --notes-only --dev). Every piece the segmenter
proposes (footnotes._model_entry: after the rules' short forms, dated sources and statutes are taken) is recorded
with the rules' verdict and piece_features, and labelled against the gold: a reference when its letters (soft: lower
case, letters and digits) and a gold reference's share half of their union or more, or one holds the other's first
25 letters and they are of like length.

--losses: where the gold references of each set go, the table of docs/benchmarks.md (session 22): detected, paired,
and of the detected unpaired ones footnote_diagnosis.case_of's cases, "dropped by rules" split into what dropped
them (a piece the rules rejected, one TRUST would keep but _some_evidence refused, one under TRUST).
--judge PATH: a weights file (scripts/train_footnote_pieces.py, trained on composed notes) applied in each mode
(veto: the rules' references it scores under the threshold are dropped; union: pieces the rules drop it scores over
the threshold are kept; replace: it decides every piece but the rules' short forms and "ders."; trust: in place of
TRUST and WHOLE_TRUST, it decides the pieces the rules make nothing of).
--lodo: an experiment only (EXCITE and the labelled notes are internal evaluation data: never shipped weights):
a judge trained on the labelled pieces of the other development documents scores each document (leave one
document out), in each mode; --composed PATH adds the composed pieces (scripts/train_footnote_pieces.py --dump) to
each fold's training. --ranking: per set, the pieces each --judge ranks, against what the rules keep. Prints only; docs/benchmarks.md is not written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from citations import extra_pdfs, pair, soft  # noqa: E402
from footnote_diagnosis import Letters, case_of, development_set, found_again, passages_and_italics  # noqa: E402
from footnotes import Stages, notes_gold, notes_half, notes_only  # noqa: E402

from litmine.citations import footnote_model, footnote_pieces, footnotes  # noqa: E402

SETS = ("de_footnotes, tune half", "de_footnotes_and_refsection, half 0", "notes, half 0")


def notes_documents(ev: Path, cache: Path | None) -> dict[str, tuple]:
    """The passages and italics of the half-0 labelled notes papers (development), cached."""
    pdfs = extra_pdfs(ev)
    return passages_and_italics({sid: pdfs / f"{sid}.pdf" for sid in sorted(notes_gold())
                                 if notes_half(sid) == 0 and (pdfs / f"{sid}.pdf").exists()}, cache)


def documents(ev: Path, cache_dir: str) -> list[SimpleNamespace]:
    """Every development document: set name, id, passages, italics, gold references."""
    cache = Path(cache_dir) if cache_dir else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    keys, docs, gold = development_set(ev, str(cache / "excite.pkl") if cache else "")
    out = [SimpleNamespace(set=SETS[0] if subset == "de_footnotes" else SETS[1], sid=sid, passages=docs[(subset, sid)][0],
                           italics=docs[(subset, sid)][1], gold=gold[subset][sid]) for subset, sid in keys]
    labelled = notes_gold()
    for sid, (passages, italics) in notes_documents(ev, cache / "notes.pkl" if cache else None).items():
        out.append(SimpleNamespace(set=SETS[2], sid=sid, passages=passages, italics=italics, gold=labelled[sid]))
    return out


def group_documents(ev: Path, cache: str) -> list[SimpleNamespace]:
    """Every development paper of footnote_diagnosis.py --groups (notes half 0 and rounds C-F, the de_footnotes tune
    half, de_footnotes_and_refsection half 0; a held-out paper is never read), its set named by its group
    (footnote_diagnosis.group) and subset: what --groups scores; cache: that tool's pickle (one of its own)."""
    from citations import excite_gold
    from footnote_diagnosis import SETS as EXCITE_SETS
    from footnote_diagnosis import development_documents, group

    notes, pdfs = notes_gold(), extra_pdfs(ev)
    paths = {("notes", sid): pdfs / f"{sid}.pdf" for sid in sorted(notes)
             if notes_half(sid) != 1 and (pdfs / f"{sid}.pdf").exists()}
    paths.update({key: ev / "excite-ssoar" / key[0] / "pdf" / f"{key[1]}.pdf" for key in development_documents(ev)})
    docs = passages_and_italics(paths, Path(cache) if cache else None)
    gold = {"notes": notes} | {subset: excite_gold(ev, subset) for subset, _ in EXCITE_SETS}
    return [SimpleNamespace(set=f"{group(sid)} {subset}", sid=sid, notes=subset == "notes", passages=passages,
                            italics=italics, gold=gold[subset][sid]) for (subset, sid), (passages, italics) in docs.items()]


class Recorder:
    """Wraps footnotes._model_entry: records each piece (with its features) and lets a judge decide it."""

    def __init__(self, seg) -> None:
        self.seg, self.rows, self.judge, self.mode, self.threshold = seg, [], None, "off", 0.5
        self.labels: dict[str, tuple] = {}
        self.original = footnotes._model_entry

    def __enter__(self) -> Recorder:
        footnotes._model_entry = self._entry
        return self

    def __exit__(self, *exc) -> None:
        footnotes._model_entry = self.original

    def _probs(self, text: str):
        if text not in self.labels:
            self.labels = {text: self.seg.label(text)} if len(self.labels) > 2000 else {**self.labels,
                                                                                        text: self.seg.label(text)}
        return self.labels[text]

    def _entry(self, text: str, a: int, b: int, conf: float, whole: bool):
        entry = self.original(text, a, b, conf, whole)
        part = footnotes._PUBLISHED_IN.sub("", text[a:b].strip(" \t\n;,:"), count=1)
        ruled = footnotes._entry(part) if part else None
        rule = "" if ruled is None else "back" if ruled.back else "ditto" if ruled.ditto else "reference"
        kept = entry is not None
        x = footnote_pieces.piece_features(text, a, b, conf, whole, rule, kept, self._probs(text))
        self.rows.append(SimpleNamespace(text=text, a=a, b=b, part=part, rule=rule, kept=kept, x=x,
                                         trusted=kept and ruled is None, conf=conf, whole=whole))
        if self.judge is None or self.mode == "off" or rule in ("back", "ditto") or len(part) <= 15:
            return entry
        p = float(self.judge(x))
        if self.mode == "veto":
            return entry if not kept or p >= self.threshold else None
        if self.mode == "union":
            return entry if kept or p < self.threshold else footnotes.FootnoteEntry(part)
        if self.mode == "trust":  # in place of TRUST / WHOLE_TRUST: the rules' references stay, the judge decides the rest
            return entry if rule == "reference" else footnotes.FootnoteEntry(part) if p >= self.threshold else None
        return (entry or footnotes.FootnoteEntry(part)) if p >= self.threshold else None


def run(docs: list[SimpleNamespace], seg, rec: Recorder, judge_of=None) -> dict[str, Stages]:
    """Each set's Stages with the references found again; rec.rows holds the pieces, each with its document."""
    stages = {name: Stages() for name in sorted({d.set for d in docs})} if GROUPED else \
        {name: Stages() for name in SETS}
    with rec:
        for d in docs:
            rec.judge = judge_of(d) if judge_of else rec.judge
            start = len(rec.rows)
            doc = found_again(d.passages, d.italics, seg)
            for r in rec.rows[start:]:
                r.doc = d
            stages[d.set].add(notes_only(doc) if getattr(d, "notes", d.set == SETS[2]) else doc, d.gold, None)
            d.found = doc
    return stages


GROUPED = False  # --groups: the sets are footnote_diagnosis's groups by subset


def fold_of(sid: str, k: int) -> int:
    """The fold of a paper in k folds (leave documents out): a hash of its SSOAR id."""
    import hashlib

    return hashlib.sha1(f"f45-folds{sid}".encode()).digest()[0] % k


def label_pieces(rows: list[SimpleNamespace], unpaired: bool = False) -> None:
    """r.y: 1 when the piece is a gold reference of its document (module docstring), else 0; unpaired: only a gold
    reference that the rules' output (d.found, run() before) leaves unpaired counts (what keeping a dropped piece
    can win: one paired by a short form or callout already would be a second reference)."""
    golds: dict[int, list[str]] = {}
    for r in rows:
        if id(r.doc) not in golds:
            d = r.doc
            found = notes_only(d.found) if getattr(d, "notes", d.set == SETS[2]) else d.found
            paired = dict(pair(d.gold, found.references)) if unpaired else {}
            golds[id(d)] = [soft(g["raw"]) for i, g in enumerate(d.gold) if i not in paired]
        r.y = int(any(_alike(soft(r.part), g) for g in golds[id(r.doc)]))


def _alike(p: str, g: str) -> bool:
    if len(p) < 8 or len(g) < 8:
        return p == g and bool(p)
    if g[:25] in p or p[:25] in g:
        return min(len(p), len(g)) >= 0.5 * max(len(p), len(g))
    return False


def summary(stages: dict[str, Stages]) -> str:
    return " | ".join(f"{s.paired / max(1, s.gold):.1%} / {s.pred - s.paired} / **{s.score.table('soft')[1]:.3f}**"
                      for s in stages.values())


def losses(docs: list[SimpleNamespace], rec: Recorder) -> list[str]:
    """The loss table (--losses)."""
    by_piece: dict[int, list] = {}
    for r in rec.rows:
        by_piece.setdefault(id(r.doc), []).append(r)
    out = []
    for name in SETS:
        c, gold, detected, paired = Counter(), 0, 0, 0
        for d in (d for d in docs if d.set == name):
            doc = notes_only(d.found) if name == SETS[2] else d.found
            letters = Letters(d.passages, rec.seg)
            pairs = dict(pair(d.gold, doc.references))
            preds = _pred_spans(doc, letters)
            gold += len(d.gold)
            paired += len(pairs)
            pos: dict[str, int] = {}
            for i, g in enumerate(d.gold):
                gs = soft(g["raw"])
                span = letters.find(gs, pos.get(gs[:25], 0))
                if span is None:
                    continue
                detected += 1
                pos[gs[:25]] = span[0] + 1
                if i in pairs:
                    continue
                case = case_of(g, span, preds, set(pairs.values()), letters)
                if case == "dropped by rules":
                    case = _dropped_by(gs, by_piece.get(id(d), []))
                c[case] += 1
        kept_wrong = sum(1 for r in rec.rows if r.doc.set == name and r.kept and r.rule == "reference" and not r.y)
        trusted_wrong = sum(1 for r in rec.rows if r.doc.set == name and r.trusted and not r.y)
        out.append((name, gold, detected, paired, c, kept_wrong, trusted_wrong))
    cases = sorted({k for *_, c, _, _ in out for k in c})
    lines = ["| set | gold | detected | paired | " + " | ".join(cases) +
             " | pieces kept by the rules, no gold reference | pieces kept by TRUST, no gold reference |",
             "|---" * (6 + len(cases)) + "|"]
    for name, gold, detected, paired, c, kw, tw in out:
        lines.append(f"| {name} | {gold} | {detected} | {paired} | " + " | ".join(str(c[k]) for k in cases) +
                     f" | {kw} | {tw} |")
    return lines


def _pred_spans(doc, letters: Letters) -> list[tuple[int, int, int]]:
    preds = []
    for j, r in enumerate(doc.references):
        s = soft(r.raw)
        k = letters.text.find(s[:40]) if len(s) >= 8 else -1
        while k >= 0:
            preds.append((j, k, k + len(s)))
            k = letters.text.find(s[:40], k + 1)
    return preds


def _dropped_by(gs: str, rows: list[SimpleNamespace]) -> str:
    """Which decision dropped a gold reference the segmenter marks: the piece that holds it and why."""
    for r in rows:
        p = soft(r.part)
        if p and (gs[:25] in p or p[:25] in gs):
            if r.kept:
                return "dropped: kept piece lost later (short form, pointer)"
            if r.rule in ("back", "ditto"):
                return "dropped: read as a short form"
            if r.conf >= footnotes.TRUST or (r.whole and r.conf >= footnotes.WHOLE_TRUST):
                return "dropped: over TRUST, refused (evidence, callouts)"
            return "dropped: rules reject, under TRUST"
    return "dropped: no piece (taken by rules, cut)"


def fit(rows: list[SimpleNamespace], c: float = 1.0, extra=None):
    """A logistic regression over the pieces' features (scikit-learn); its probability function."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    xs = np.array([r.x for r in rows])
    ys = np.array([r.y for r in rows])
    if extra is not None:  # composed pieces (train_footnote_pieces.py --dump) beside the development ones
        xs, ys = np.vstack([xs, extra["x"]]), np.concatenate([ys, extra["y"]])
    if len(set(ys.tolist())) < 2:
        const = float(ys.mean()) if len(ys) else 0.0
        return lambda x: const
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False).fit(xs, ys)
    w = model.coef_[0]
    return lambda x: 1.0 / (1.0 + np.exp(-float(np.dot(w, x))))


def ranking(rows: list[SimpleNamespace], judge, name: str) -> list[str]:
    """Per set, the pieces the judge decides (not short forms, over 15 characters): how many are gold references,
    those the rules keep (gold among them / not), and the judge's as many top-scored ones (gold / not), with the
    area under its ROC curve (--ranking)."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    out = []
    for s in SETS:
        sel = [r for r in rows if r.doc.set == s and r.rule not in ("back", "ditto") and len(r.part) > 15]
        y = np.array([r.y for r in sel])
        kept = np.array([r.kept for r in sel])
        p = judge.probability([r.x for r in sel])
        top = np.zeros(len(sel), dtype=bool)
        top[np.argsort(-p, kind="stable")[:int(kept.sum())]] = True
        out.append(f"| {name} | {s} | {len(sel)} | {int(y.sum())} | {int((kept & (y == 1)).sum())} / "
                   f"{int((kept & (y == 0)).sum())} | {int((top & (y == 1)).sum())} / {int((top & (y == 0)).sum())} | "
                   f"{roc_auc_score(y, p):.3f} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--cache", default="", help="a folder for the extracted passages' pickles")
    parser.add_argument("--judge", action="append", default=[], help="a footnote_pieces.npz")
    parser.add_argument("--lodo", action="store_true", help="leave one document out on the development gold")
    parser.add_argument("--composed", default="", help="--lodo: composed pieces (npz of --dump) added to each fold")
    parser.add_argument("--ranking", action="store_true", help="each --judge's ranking of the pieces against the rules")
    parser.add_argument("--losses", action="store_true", help="where the gold references go")
    parser.add_argument("--modes", default="veto,union,replace")
    parser.add_argument("--thresholds", default="0.3,0.5,0.7,0.9")
    parser.add_argument("--groups", action="store_true",
                        help="the papers of footnote_diagnosis.py --groups, scored per group and subset (--cache: "
                             "that tool's pickle, a path of its own)")
    parser.add_argument("--folds", type=int, default=0,
                        help="--lodo: k folds by paper (fold_of) instead of one document out")
    parser.add_argument("--unpaired", action="store_true",
                        help="--lodo: a piece is labelled a reference only where it matches a gold reference the "
                             "rules leave unpaired (label_pieces)")
    args = parser.parse_args()
    ev = Path(args.eval)
    global GROUPED
    GROUPED = args.groups
    docs = group_documents(ev, args.cache) if args.groups else documents(ev, args.cache)
    seg = footnote_model.default_segmenter()
    rec = Recorder(seg)
    base = run(docs, seg, rec)
    label_pieces(rec.rows, args.unpaired)
    pieces = list(rec.rows)
    names = list(base)
    print("| decision (development) | " + " | ".join(f"{s}: paired / extra / soft F1" for s in names) + " |")
    print("|---|" + "---|" * len(names))
    print(f"| rules (shipped) | {summary(base)} |")
    print(f"pieces: {len(pieces)}, gold references among them: {sum(r.y for r in pieces)}; kept by the rules "
          f"{sum(r.kept for r in pieces)} ({sum(r.kept and r.y for r in pieces)} gold)", file=sys.stderr)
    if args.losses:
        print("\n".join(losses(docs, rec)))
    if args.ranking:
        print("| judge | set | pieces | gold | rules keep: gold / not | judge's top as many: gold / not | AUC |")
        print("|---|---|---|---|---|---|---|")
        for path in args.judge:
            print("\n".join(ranking(pieces, footnote_pieces.PieceJudge.load(Path(path)), Path(path).name)))
        return
    modes, thresholds = args.modes.split(","), [float(t) for t in args.thresholds.split(",")]
    for path in args.judge:
        judge = footnote_pieces.PieceJudge.load(Path(path))
        for mode in modes:
            for t in thresholds:
                rec.rows, rec.judge, rec.mode, rec.threshold = [], lambda x: judge.probability([x])[0], mode, t
                print(f"| {Path(path).name}, {mode}, {t} | {summary(run(docs, seg, rec))} |")
    if args.lodo:
        usable = [r for r in pieces if r.rule not in ("back", "ditto") and len(r.part) > 15]
        import numpy as np

        extra = dict(np.load(args.composed)) if args.composed else None
        if args.folds:
            by_fold = {k: fit([r for r in usable if fold_of(r.doc.sid, args.folds) != k], extra=extra)
                       for k in range(args.folds)}
            models = {id(d): by_fold[fold_of(d.sid, args.folds)] for d in docs}
        else:
            models = {id(d): fit([r for r in usable if r.doc is not d], extra=extra) for d in docs}
        for mode in modes:
            for t in thresholds:
                rec.rows, rec.mode, rec.threshold = [], mode, t
                stages = run(docs, seg, rec, judge_of=lambda d: models[id(d)])
                print(f"| leave one document out (development gold{' + composed' if extra else ''}), {mode}, {t} | {summary(stages)} |")


if __name__ == "__main__":
    main()
