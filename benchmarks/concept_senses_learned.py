"""The learned sense model (litmine/concepts/sense_model.py): its training data, and the rules against rules + model
scored by leave-one-document-out cross-validation on the development splits, whole documents as ingest tags them.

Usage: python benchmarks/concept_senses_learned.py [--eval ../shared/eval] [--c C ...] [--admit] [--candidates]

Every document holding a labelled passage is read with litmine's reader (cached as concept_senses_whole does) and
tagged with the default lexicon's matcher, rules alone (use_model=False), through tagging.tag_passages as ingest
tags it; a recorder in the sense model's place notes every ambiguous candidate the rules decide: its features
(sense_model.features) and whether the rules keep it. A candidate of a labelled passage is one example: 1 when it
overlaps a labelled true mention of its concept. The corpus glossary is left out (it adds no mention to any
labelled passage: section concept_senses, "The stores held").

Cross-validation (development only): each development document's candidates get P(sense) from a model trained on
the candidates of all other development documents (scikit-learn logistic regression, L2, C as given). A combined
decision then keeps a rules-kept candidate when P >= the veto threshold and, optionally, rescues a rules-rejected
one when P >= the rescue threshold; its mentions are the rules' mentions with those changes, scored as section
concept_senses scores them (spans overlap, same concept). `--admit` measures the admission model instead
(sense_model's `admit`, session 21: `nested_admit`): the rejected candidates, not those set aside by another
sense's word, scored by a model trained on the other documents' candidates with the rejecting rule as a feature,
the threshold chosen inside each fold; development pooled and per split, and where the true ones rank. With
`--candidates` (session 22) the labelled candidate contexts of benchmarks/data/concept_senses/candidates
(concept_senses_candidates.py: single candidates of development documents, kept and rejected by the rules, each
labelled) are training rows of their documents too, count in each fold's threshold choice, and are scored as
candidates, leave one document out; `--candidates` without `--admit` (session 26) does the same for the veto model
(`nested_veto`: the kept candidates it sets aside, the threshold chosen inside each fold). This script's printout
reads development only; held-out splits are scored by `learned_tallies` alone (concept_senses.py's learned table),
by a model trained on all development candidates, once, at the end.
"""

from __future__ import annotations

import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from concept_senses_data import all_records, label_spans, passage_key, record_path  # noqa: E402
from concept_senses_whole import read_document  # noqa: E402

DEVELOPMENT = ("tune", "test", "fresh2", "fresh3", "fresh5d", "de-dev", "fresh7d", "fresh8d", "fresh9", "fresh10",
               "fresh11d", "fresh12d", "fresh13d")
HELD_OUT = ("fresh", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh11", "fresh12", "fresh13")
C = 0.1  # L2 strength (scikit-learn's C) and the veto threshold: the best of the development cross-validation's
VETO = 0.05  # grid (C 0.1, 1; veto 0.02-0.5), which the nested figure (`nested`) shows is one document's luck
GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


class Recorder:
    """Stands in for the sense model in a matcher: records each ambiguous candidate's features and the rules'
    decision, changes nothing. `where` maps id(passage text) -> passage index, set per document."""

    def __init__(self, concepts, normalise):
        from litmine.concepts import sense_model

        self.words = sense_model.lexicon_words(concepts, normalise)
        self.normalise = normalise
        self.where: dict[int, int] = {}
        self.seen: list[tuple] = []

    def review(self, text, start, end, cand, doc, passage, why):
        from litmine.concepts.sense_model import features

        f = features(text, start, end, cand, doc, passage, self.words, self.normalise, why)
        self.seen.append((self.where[id(text)], start, end, cand.concept, f, why is None))
        return why


def collect(eval_dir: Path, splits: tuple[str, ...]) -> list[dict]:
    """One item per labelled passage of `splits` found again: record, split, document, text, gold, friends, the
    rules' mentions, and its candidates (start, end, concept, features, rules keep, label)."""
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import ConceptMatcher, normalise_word
    from litmine.concepts.tagging import tag_passages

    lexicon = load_lexicon()
    matcher = ConceptMatcher(lexicon)
    recorder = Recorder(lexicon, normalise_word)
    matcher.sense_model = recorder
    by_doc: dict[str, list[dict]] = {}
    for rec in all_records():
        path = record_path(eval_dir, rec)
        if rec["split"] in splits and path.exists():
            by_doc.setdefault(str(path), []).append(rec)
    items = []
    for path, recs in sorted(by_doc.items()):
        passages = read_document(path).passages
        recorder.where = {id(p.text): p.index for p in passages}
        recorder.seen = []
        mentions, _, _ = tag_passages(matcher, passages)
        for rec in recs:
            found = [p for p in passages if passage_key(p.text) == rec["key"]]
            if not found:
                continue
            p = found[0]
            gold = label_spans(p.text, rec.get("mentions", []))
            cands = []
            for i, s, e, c, f, keep in recorder.seen:
                if i == p.index:
                    y = any(gc == c and gs < e and s < ge for gc, gs, ge in gold)
                    cands.append((s, e, c, f, keep, y))
            items.append({"rec": rec, "split": rec["split"], "doc": f"{rec['set']}/{rec['file']}", "text": p.text,
                          "gold": gold, "friends": label_spans(p.text, rec.get("false_friends", [])),
                          "mentions": [m for m in mentions if m.passage_index == p.index], "cands": cands})
    return items


def rows_of(items: list[dict]) -> tuple[list[dict], list[bool], list[str], list[tuple[int, int]]]:
    """The candidates as feature dicts, labels, document groups, and (item, candidate) positions."""
    x, y, groups, where = [], [], [], []
    for k, it in enumerate(items):
        for j, (_, _, _, f, _, label) in enumerate(it["cands"]):
            x.append(f)
            y.append(label)
            groups.append(it["doc"])
            where.append((k, j))
    return x, y, groups, where


VETO_DROP = ("rejected_by=",)  # the veto model reads the features it read before admission was measured


def fit(x: list[dict], y: list[bool], c: float, drop: tuple[str, ...] = VETO_DROP):
    """A logistic regression over the feature dicts (features whose name starts with one of `drop` left out):
    (DictVectorizer, model)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = [{k: v for k, v in f.items() if k != "bias" and not k.startswith(drop)} for f in x]
    vec = DictVectorizer()
    m = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(x), np.array(y))
    return vec, m


def predict(vec, model, x: list[dict], drop: tuple[str, ...] = VETO_DROP) -> list[float]:
    x = [{k: v for k, v in f.items() if k != "bias" and not k.startswith(drop)} for f in x]
    return model.predict_proba(vec.transform(x))[:, 1].tolist()


def cross_validate(items: list[dict], c: float, drop: tuple[str, ...] = VETO_DROP) -> list[float]:
    """P(sense) of every candidate (rows_of order) from a model trained without its document."""
    x, y, groups, _ = rows_of(items)
    prob = [0.0] * len(x)
    for doc in sorted(set(groups)):
        train = [k for k, g in enumerate(groups) if g != doc]
        held = [k for k, g in enumerate(groups) if g == doc]
        ty = [y[k] for k in train]
        if all(ty) or not any(ty):
            continue
        vec, model = fit([x[k] for k in train], ty, c, drop)
        for k, p in zip(held, predict(vec, model, [x[k] for k in held], drop)):
            prob[k] = p
    return prob


def decided(it: dict, probs: list[float], veto: float, rescue: float | None) -> list:
    """The passage's mentions: the rules' mentions without the kept candidates under `veto`, with the rejected
    candidates at or above `rescue` (None: no rescue) added."""
    from litmine.models import Mention

    drop = {(s, e, c) for (s, e, c, _, keep, _), p in zip(it["cands"], probs) if keep and p < veto}
    out = [m for m in it["mentions"] if (m.start, m.end, m.concept) not in drop]
    if rescue is not None:
        out += [Mention(concept=c, start=s, end=e, surface=it["text"][s:e])
                for (s, e, c, _, keep, _), p in zip(it["cands"], probs) if not keep and p >= rescue]
    return sorted(out, key=lambda m: (m.start, m.end))


def score(items: list[dict], probs_by_item: list[list[float]], veto: float, rescue: float | None,
          group=lambda it: "all") -> dict:
    """Tallies (concept_senses.Tally) per group of the combined decision."""
    from concept_senses import Tally

    out: dict = {}
    for it, probs in zip(items, probs_by_item):
        for g in {group(it), "all"}:
            out.setdefault(g, Tally()).add(it["text"], decided(it, probs, veto, rescue), it["gold"], it["friends"])
    return out


def per_item(items: list[dict], prob: list[float]) -> list[list[float]]:
    it = iter(prob)
    return [[next(it) for _ in item["cands"]] for item in items]


def line(name: str, t) -> str:
    return (f"| {name} | {t.passages} | {t.tp + t.fn} | {t.tp + t.fp} | {t.precision:.3f} | {t.recall:.3f} | "
            f"{t.f1:.3f} | {t.friends} | {100 * t.fp / t.passages:.1f} |")


def nested(items: list[dict], c: float = C, grid: tuple[float, ...] = GRID) -> tuple[list[list[float]], Counter]:
    """An honest figure for a threshold chosen on development: each development document's candidates decided by a
    model trained without it, at the threshold that scores best (F1, ties to the lower) in a grouped 5-fold
    cross-validation over the other documents. Returns the per-item probabilities (a vetoed candidate gets -1) and
    the thresholds chosen."""
    x, y, groups, _ = rows_of(items)
    rows = {d: [k for k, g in enumerate(groups) if g == d] for d in sorted(set(groups))}
    by_doc: dict[str, list[int]] = {}
    for k, it in enumerate(items):
        by_doc.setdefault(it["doc"], []).append(k)
    out, chosen = [1.0] * len(x), Counter()
    for doc in rows:
        others = [d for d in rows if d != doc]
        inner = _inner_folds(x, y, rows, others, c)
        subset = [k for d in others for k in by_doc.get(d, [])]
        probs = per_item(items, [inner.get(k, 1.0) for k in range(len(x))])
        best = max(grid, key=lambda t: (round(_tally(items, probs, subset, t).f1, 6), -t))
        chosen[best] += 1
        for k, p in _fit_predict(x, y, [k for d in others for k in rows[d]], rows[doc], c).items():
            out[k] = p if p >= best else -1.0
    return per_item(items, out), chosen


def _inner_folds(x: list[dict], y: list[bool], rows: dict[str, list[int]], others: list[str], c: float
                 ) -> dict[int, float]:
    """Each row of the documents `others` scored by a model trained on the other four of five folds of them (grouped
    by document, folds by a hash of its name): the inner cross-validation the thresholds are chosen on."""
    inner: dict[int, float] = {}
    for i in range(5):
        fold = {d for d in others if zlib.crc32(d.encode()) % 5 == i}
        inner.update(_fit_predict(x, y, [r for d in others if d not in fold for r in rows[d]],
                                  [r for d in fold for r in rows[d]], c))
    return inner


def _fit_predict(x: list[dict], y: list[bool], train: list[int], test: list[int], c: float,
                 drop: tuple[str, ...] = VETO_DROP) -> dict[int, float]:
    ty = [y[k] for k in train]
    if not test or all(ty) or not any(ty):
        return {k: 1.0 for k in test}
    vec, model = fit([x[k] for k in train], ty, c, drop)
    return dict(zip(test, predict(vec, model, [x[k] for k in test], drop)))


def _tally(items: list[dict], probs: list[list[float]], subset: list[int], veto: float):
    from concept_senses import Tally

    t = Tally()
    for k in subset:
        t.add(items[k]["text"], decided(items[k], probs[k], veto, None), items[k]["gold"], items[k]["friends"])
    return t


def nested_veto(items: list[dict], c: float = C, grid: tuple[float, ...] = GRID, extra: list[dict] | None = None
                ) -> tuple[list[list[float]], Counter, list[tuple[float, bool, str]], list[bool]]:
    """nested() with the labelled candidate contexts (`extra`, concept_senses_candidates.rows) as more training rows
    of their documents, whose own decisions count in each fold's inner F1 as candidates (a kept one counts unless
    vetoed) and are made leave one document out too. Returns per-item probabilities for `decided` with veto 0 (a
    vetoed candidate -1), the thresholds chosen, every rules-kept candidate's (leave-one-document-out probability,
    label, split or "candidates"), and per extra row whether it counts (kept and not vetoed)."""
    extra = extra or []
    x, y, groups, where, _ = _admit_rows(items, extra)
    n_items = len(where) - len(extra)
    rows = {d: [r for r, g in enumerate(groups) if g == d] for d in sorted(set(groups))}
    by_doc: dict[str, list[int]] = {}
    for k, it in enumerate(items):
        by_doc.setdefault(it["doc"], []).append(k)
    out, counted, chosen, seen = [1.0] * n_items, [e["kept"] for e in extra], Counter(), []
    for doc in rows:
        others = [d for d in rows if d != doc]
        inner = _inner_folds(x, y, rows, others, c)
        subset = [k for d in others for k in by_doc.get(d, [])]
        probs = per_item(items, [inner.get(r, 1.0) for r in range(n_items)])
        mine = [r for d in others for r in rows[d] if r >= n_items]

        def f1(t: float) -> float:
            tally = _tally(items, probs, subset, t)
            tp, fp, fn = tally.tp, tally.fp, tally.fn
            for r in mine:
                e = extra[r - n_items]
                count = e["kept"] and inner.get(r, 1.0) >= t
                tp, fp, fn = tp + (count and e["label"]), fp + (count and not e["label"]), fn + (not count and e["label"])
            return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

        best = max(grid, key=lambda t: (round(f1(t), 6), -t))
        chosen[best] += 1
        for r, p in _fit_predict(x, y, [r for d in others for r in rows[d]], rows[doc], c).items():
            kept = items[where[r][0]]["cands"][where[r][1]][4] if r < n_items else extra[r - n_items]["kept"]
            if kept:
                seen.append((p, y[r], items[where[r][0]]["split"] if r < n_items else "candidates"))
            if r < n_items:
                out[r] = p if p >= best else -1.0
            else:
                counted[r - n_items] = kept and p >= best
    return per_item(items, out), chosen, seen, counted


ADMIT_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: admit nothing


def admissible(cand: tuple) -> bool:
    """A candidate the admission model may count: one the rules rejected, not for another sense's word beside it."""
    return not cand[4] and "rejected_by=another_sense" not in cand[3]


def nested_admit(items: list[dict], c: float = C, grid: tuple[float, ...] = ADMIT_GRID,
                 extra: list[dict] | None = None
                 ) -> tuple[list[list[float]], Counter, list[tuple[float, bool, str]], list[bool]]:
    """The admission model measured honestly: each development document's rejected candidates scored by a model
    trained on the candidates (kept and rejected, with `rejected_by=`) of all other development documents, and
    admitted at the threshold that scores best (F1 of the rules plus admission, ties to the higher threshold) in a
    grouped 5-fold cross-validation over the other documents. `extra`: labelled candidate contexts
    (concept_senses_candidates.rows, session 22), more training rows of their documents, whose own decisions count
    in the inner F1 as candidates (kept or admitted: right when labelled the sense) and are returned. Returns
    per-item probabilities for `decided` with veto 0 and rescue 0 (kept candidates 1, admitted ones their
    probability, the rest -1), the thresholds chosen, every admissible candidate's (leave-one-document-out
    probability, label, split or "candidates"), and per extra row whether it counts (kept, or admitted)."""
    extra = extra or []
    x, y, groups, where, ok = _admit_rows(items, extra)
    rows = {d: [i for i, g in enumerate(groups) if g == d] for d in sorted(set(groups))}
    by_doc: dict[str, list[int]] = {}
    for k, it in enumerate(items):
        by_doc.setdefault(it["doc"], []).append(k)
    n_items = len(where) - len(extra)
    out = [1.0 if items[k]["cands"][j][4] else -1.0 for k, j in where[:n_items]]
    counted = [e["kept"] for e in extra]
    chosen, seen, cache = Counter(), [], {}
    for doc in rows:
        others = [d for d in rows if d != doc]
        inner: dict[int, float] = {}
        for i in range(5):
            fold = {d for d in others if zlib.crc32(d.encode()) % 5 == i}
            inner.update(_fit_predict(x, y, [r for d in others if d not in fold for r in rows[d]],
                                      [r for d in fold for r in rows[d] if ok[r]], c, ()))
        subset = [k for d in others for k in by_doc.get(d, [])]
        mine = [r for d in others for r in rows[d] if r >= n_items]
        best = max(grid, key=lambda t: (round(_admit_f1(items, where, inner, subset, t, cache, (extra, mine,
                                                                                            n_items)), 6), t))
        chosen[best] += 1
        for r, p in _fit_predict(x, y, [r for d in others for r in rows[d]], [r for r in rows[doc] if ok[r]],
                                 c, ()).items():
            seen.append((p, y[r], items[where[r][0]]["split"] if r < n_items else "candidates"))
            if p >= best and r < n_items:
                out[r] = p
            elif p >= best:
                counted[r - n_items] = True
    return per_item(items, out), chosen, seen, counted


def _admit_rows(items: list[dict], extra: list[dict]) -> tuple[list, list, list, list, list[bool]]:
    """rows_of(items) with the extra rows appended (where: ("extra", n)), and which rows the model may admit."""
    x, y, groups, where = rows_of(items)
    ok = [admissible(items[k]["cands"][j]) for k, j in where]
    for n, e in enumerate(extra):
        x.append(e["features"])
        y.append(e["label"])
        groups.append(e["doc"])
        where.append(("extra", n))
        ok.append(not e["kept"] and "rejected_by=another_sense" not in e["features"])
    return x, y, groups, where, ok


def _admit_f1(items, where, probs, subset, threshold, cache, extra) -> float:
    """F1 of the rules plus admission at `threshold`: the items `subset` scored as passages (_admit_tally) and the
    extra rows `mine` (positions from n_items on) as candidates."""
    rows, mine, n_items = extra
    t = _admit_tally(items, where, probs, subset, threshold, cache)
    tp, fp, fn = t.tp, t.fp, t.fn
    for r in mine:
        e = rows[r - n_items]
        count = e["kept"] or probs.get(r, -1.0) >= threshold
        tp += count and e["label"]
        fp += count and not e["label"]
        fn += not count and e["label"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _admit_tally(items: list[dict], where: list[tuple[int, int]], probs: dict[int, float], subset: list[int],
                 threshold: float, cache: dict):
    """concept_senses.Tally-like counts (tp, fp, fn, precision, recall, f1) of the rules plus the candidates of
    `probs` at or above `threshold`, over the items `subset` (per-item results cached by what is admitted)."""
    from concept_senses import Tally

    pos = {w: r for r, w in enumerate(where)}
    total = Tally()
    for k in subset:
        it = items[k]
        adm = frozenset(j for j in range(len(it["cands"])) if probs.get(pos[(k, j)], -1.0) >= threshold)
        if (k, adm) not in cache:
            t = Tally()
            ps = [1.0 if j in adm or cand[4] else -1.0 for j, cand in enumerate(it["cands"])]
            t.add(it["text"], decided(it, ps, 0.0, 0.0), it["gold"], it["friends"])
            cache[(k, adm)] = (t.tp, t.fp, t.fn)
        tp, fp, fn = cache[(k, adm)]
        total.tp, total.fp, total.fn = total.tp + tp, total.fp + fp, total.fn + fn
    return total


def weights(items: list[dict], c: float = C, veto: float = VETO) -> dict:
    """The model trained on all of `items` (development) as litmine.concepts.sense_model.SenseModel reads it."""
    x, y, _, _ = rows_of(items)
    vec, model = fit(x, y, c)
    w = dict(zip(vec.get_feature_names_out().tolist(), model.coef_[0].tolist()))
    w["bias"] = float(model.intercept_[0])
    return {"weights": w, "threshold": veto, "concepts": sorted({k for it in items for _, _, k, *_ in it["cands"]})}


def learned_tallies(eval_dir: Path, splits: list[str], name: str) -> dict:
    """Tallies keyed (name, split or pooled, set or 'all') of the rules + learned veto (p < VETO): development
    splits by leave-one-document-out within development, held-out splits by the model trained on all
    development (scored once), the same keys under 'rules alone (recorded)' for the rules' own mentions, and
    ('nested', 'development', 'all'): development pooled with the threshold chosen inside the cross-validation."""
    from concept_senses import Tally, _groups

    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import normalise_word
    from litmine.concepts.sense_model import SenseModel

    items = collect(eval_dir, tuple(splits))
    dev = [it for it in items if it["split"] in DEVELOPMENT]
    held = [it for it in items if it["split"] not in DEVELOPMENT]
    probs = dict(zip(map(id, dev), per_item(dev, cross_validate(dev, C)))) if dev else {}
    if held and dev:
        model = SenseModel(weights(dev), load_lexicon(), normalise_word)
        probs.update((id(it), [model.probability(f) for _, _, _, f, _, _ in it["cands"]]) for it in held)
    out: dict = {("nested", "development", "all"): score(dev, nested(dev)[0], 0.0, None)["all"]} if dev else {}
    for it in items:
        p = probs.get(id(it), [1.0] * len(it["cands"]))
        pooled = "development" if it["split"] in DEVELOPMENT else "held-out"
        for label, veto in ((name, VETO), ("rules alone (recorded)", 0.0)):
            for group in _groups(it["rec"]):
                for row in (it["split"], pooled):
                    out.setdefault((label, row, group), Tally()).add(it["text"], decided(it, p, veto, None),
                                                                     it["gold"], it["friends"])
    return out


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    ap.add_argument("--c", type=float, nargs="*", default=[0.1, 1.0])
    ap.add_argument("--admit", action="store_true", help="measure the admission model (rejected candidates) only")
    ap.add_argument("--candidates", action="store_true",
                    help="train on the labelled candidate contexts too (concept_senses_candidates); without "
                         "--admit: the veto model so trained, threshold chosen inside each fold")
    args = ap.parse_args()
    items = collect(Path(args.eval), DEVELOPMENT)  # development only: held-out errors are never printed here
    x, _, _, _ = rows_of(items)
    kept = Counter((it["cands"][j][4], it["cands"][j][5]) for it in items for j in range(len(it["cands"])))
    print(f"{len(items)} development passages, {len(x)} candidates; (rules keep, true): {dict(kept)}")
    print(line("rules alone", score(items, per_item(items, [1.0] * len(x)), 0.0, None)["all"]))
    if args.admit:
        return admit_report(items, args.c, _extra(Path(args.eval)) if args.candidates else None)
    if args.candidates:
        return veto_report(items, args.c, _extra(Path(args.eval)))
    for c in args.c:
        probs = per_item(items, cross_validate(items, c))
        for veto in GRID:
            for rescue in (None, 0.9, 0.7):
                print(line(f"C={c} veto p<{veto} rescue p>={rescue}", score(items, probs, veto, rescue)["all"]))
        probs, chosen = nested(items, c)
        print(line(f"C={c} nested threshold {dict(chosen)}", score(items, probs, 0.0, None)["all"]))


def _extra(eval_dir: Path) -> list[dict]:
    from concept_senses_candidates import rows as candidate_rows

    extra, lost = candidate_rows(eval_dir)
    kinds = Counter((e["kept"], e["label"], "de" if e["german"] else "en") for e in extra)
    print(f"labelled candidate contexts: {len(extra)} of {len(extra) + lost} found, "
          f"{len({e['doc'] for e in extra})} documents; (rules keep, true, language): {dict(sorted(kinds.items()))}")
    return extra


def candidate_line(name: str, extra: list[dict], counted: list[bool], langs=("de", "en")) -> str:
    """Candidate-level precision and recall over the labelled candidate contexts: a counted candidate (kept by the
    rules or admitted) is right when labelled the sense."""
    tp = sum(k and e["label"] for e, k in zip(extra, counted) if ("de" if e["german"] else "en") in langs)
    fp = sum(k and not e["label"] for e, k in zip(extra, counted) if ("de" if e["german"] else "en") in langs)
    fn = sum(e["label"] and not k for e, k in zip(extra, counted) if ("de" if e["german"] else "en") in langs)
    p, r = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
    return f"| {name} | {tp + fn} true | {tp + fp} counted | {p:.3f} | {r:.3f} |"


def admit_report(items: list[dict], cs: list[float], extra: list[dict] | None = None) -> None:
    """The admission model's development figures: nested (threshold chosen inside each fold), per group and split,
    and where the true rejected candidates rank among the false ones (leave-one-document-out probabilities); with
    `extra` (labelled candidate contexts) trained on them too, and scored on them as candidates."""
    rejected = Counter(("true" if cand[5] else "other", cand[3].get("german", 0.0) == 1.0 and "de" or "en",
                        next((k[12:] for k in cand[3] if k.startswith("rejected_by=")), "?"))
                       for it in items for cand in it["cands"] if not cand[4])
    print(f"rejected candidates (label, language, rule): {dict(sorted(rejected.items()))}")
    for c in cs:
        probs, chosen, seen, counted = nested_admit(items, c, extra=extra)
        print(line(f"C={c} rules + admission, nested threshold {dict(sorted(chosen.items()))}",
                   score(items, probs, 0.0, 0.0)["all"]))
        _report_lines(items, probs, 0.0)
        if extra:
            print(candidate_line("candidate contexts, rules alone", extra, [e["kept"] for e in extra]))
            print(candidate_line("candidate contexts, rules + admission (LODO)", extra, counted))
            print(candidate_line("  German", extra, counted, ("de",)))
        true = sorted((round(p, 2) for p, label, _ in seen if label), reverse=True)
        other = sorted((round(p, 2) for p, label, _ in seen if not label), reverse=True)
        print(f"  leave-one-document-out P of the {len(true)} true admissible candidates: {true}")
        print(f"  the {len(other)} other ones, highest 10: {other[:10]}")


GROUPS = ("uk-approved-documents", "science-out-of-domain", "excite-ssoar, German")


def _report_lines(items: list[dict], probs: list[list[float]], rescue: float | None) -> None:
    """Per group of GROUPS and per development split, the combined decision's line."""
    from concept_senses import Tally

    for group in GROUPS:
        t = Tally()
        for it, p in zip(items, probs):
            if group in _groups_of(it):
                t.add(it["text"], decided(it, p, 0.0, rescue), it["gold"], it["friends"])
        print(line(f"  {group}", t))
    for split in DEVELOPMENT:
        t = Tally()
        for it, p in zip(items, probs):
            if it["split"] == split:
                t.add(it["text"], decided(it, p, 0.0, rescue), it["gold"], it["friends"])
        print(line(f"  {split}", t))


def veto_report(items: list[dict], cs: list[float], extra: list[dict]) -> None:
    """The veto model trained on the passages' candidates and the labelled candidate contexts: development pooled
    (threshold chosen inside each fold), per group and split, the contexts as candidates, and where the kept
    false candidates rank among the kept true ones (leave-one-document-out probabilities)."""
    for c in cs:
        probs, chosen, seen, counted = nested_veto(items, c, extra=extra)
        print(line(f"C={c} rules + veto (with candidate contexts), nested threshold {dict(sorted(chosen.items()))}",
                   score(items, probs, 0.0, None)["all"]))
        _report_lines(items, probs, None)
        print(candidate_line("candidate contexts, rules alone", extra, [e["kept"] for e in extra]))
        print(candidate_line("candidate contexts, rules + veto (LODO)", extra, counted))
        print(candidate_line("  German", extra, counted, ("de",)))
        true = sorted(round(p, 2) for p, label, _ in seen if label)
        other = sorted(round(p, 2) for p, label, _ in seen if not label)
        print(f"  leave-one-document-out P of the {len(other)} false kept candidates: {other}")
        print(f"  the {len(true)} true kept ones, lowest 15: {true[:15]}")


def _groups_of(it: dict) -> tuple[str, ...]:
    from concept_senses import _groups

    return _groups(it["rec"])


if __name__ == "__main__":
    main()
