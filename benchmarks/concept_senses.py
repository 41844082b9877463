"""Concept senses: precision and recall of concept mentions on hand-labelled passages of unseen documents.

Usage: python benchmarks/concept_senses.py [--eval ../shared/eval] [--out docs/benchmarks.md] [--split tune|test]
       [--errors N]

Labels: benchmarks/data/concept_senses/*.jsonl (how they were drawn: README.md there), each passage found again in
../shared/eval with benchmarks/concept_senses_data.load_labelled. Each labelled passage is tagged alone (one
passage = one document for the matcher, so the document-level evidence is the passage's own). A prediction is right
when its concept is a labelled true mention's and the spans overlap (each true mention matched once); anything
else is a false positive, and a false friend matched is one of them. Records whose key is no longer found, and
labelled surfaces not found in their passage, are counted and reported, never scored.

Rows: split "tune" (development: the lexicon's cues and the sense thresholds were fitted on it) and "test"
(held-out: documents the rules were not fitted on), per set; the old matcher (git show 02cf0c1, before issue 12)
and the sense-aware one on the same passages. Out of domain (uk-approved-documents): false mentions per 100
passages.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from concept_senses_data import LABELS, SETS, load_labelled, occurrences  # noqa: E402
from report import machine, module_at, standard_args, write_section  # noqa: E402

from litmine.concepts.lexicon import load_lexicon  # noqa: E402
from litmine.concepts.evaluate import Scores  # noqa: E402
from litmine.concepts.matcher import ConceptMatcher  # noqa: E402

OLD_COMMIT = "02cf0c1"
OUT_OF_DOMAIN = "uk-approved-documents"


def old_matcher_class():
    """ConceptMatcher as it was before issue 12 (commit 02cf0c1), loaded from git."""
    return module_at(OLD_COMMIT, "litmine/concepts/matcher.py", "old_concept_matcher").ConceptMatcher


def spans(text: str, labels: list[dict], unplaced: Counter) -> list[tuple[str, int, int]]:
    out = []
    for m in labels:
        places = occurrences(text, m["surface"])
        k = int(m.get("occurrence", 0))
        if k < len(places):
            out.append((m["concept"], *places[k]))
        else:
            unplaced["surface not found"] += 1
    return out


class Tally(Scores):
    """Scores (concepts/evaluate.py) over passages, with the false friends among the false positives."""

    def __init__(self):
        super().__init__()
        self.friends = self.passages = 0

    def add(self, text, predicted, gold, friends):
        self.passages += 1
        before = len(self.errors)
        wrong = iter(super().add(predicted, gold, text, lambda s, e: _context(text, s, e)))
        for k in range(before, len(self.errors)):  # false positives that are a labelled false friend say so
            kind, concept, surface, where = self.errors[k]
            if kind == "false positive":
                m = next(wrong)
                if any(c == m.concept and s < m.end and m.start < e for c, s, e in friends):
                    self.friends += 1
                    self.errors[k] = ("false friend", concept, surface, where)


def _context(text: str, s: int, e: int, width: int = 70) -> str:
    return " ".join(f"{text[max(0, s - width):s]}[{text[s:e]}]{text[e:e + width]}".split())


def score(eval_dir: Path, splits: list[str], matchers: dict) -> tuple[dict, Counter]:
    """Tallies keyed (matcher, split, set or 'all'), and the lost-record counts."""
    tallies: dict[tuple[str, str, str], Tally] = {}
    lost: Counter = Counter()
    for split in splits:
        for rec, passage in load_labelled(eval_dir, split):
            if passage is None:
                lost[f"{split}: key not found"] += 1
                continue
            text = passage.text
            gold = spans(text, rec.get("mentions", []), lost)
            friends = spans(text, rec.get("false_friends", []), Counter())
            for name, matcher in matchers.items():
                predicted = matcher.tag_document([text])[0][0]
                for group in (rec["set"], "all"):
                    tallies.setdefault((name, split, group), Tally()).add(text, predicted, gold, friends)
    return tallies, lost


def main() -> None:
    def extra(parser):
        parser.add_argument("--split", choices=("tune", "test"), help="score one split only (default: both)")
        parser.add_argument("--errors", type=int, default=0, help="print this many errors per split (tune only)")
        parser.add_argument("--no-write", action="store_true", help="print, do not write docs/benchmarks.md")

    args = standard_args(__doc__, extra=extra)
    eval_dir = Path(args.eval)
    if not eval_dir.is_dir() or not any(LABELS.glob("*.jsonl")):
        print(f"skipping: {eval_dir} or the labels in {LABELS} not found", file=sys.stderr)
        return
    lexicon = load_lexicon()
    matchers = {"old matcher (02cf0c1)": old_matcher_class()(lexicon), "sense-aware": ConceptMatcher(lexicon)}
    splits = [args.split] if args.split else ["tune", "test"]
    tallies, lost = score(eval_dir, splits, matchers)
    label = {"tune": "tune (development)", "test": "test (held-out)"}
    lines = ["## Concept senses (issue 12)", "",
             f"{machine()}; {datetime.now(timezone.utc):%Y-%m-%d}; default lexicon ({len(lexicon)} concepts); "
             f"`python benchmarks/concept_senses.py`.", "",
             "Hand-labelled passages of documents the lexicon was never tuned on (`benchmarks/data/concept_senses/`, "
             "how they were drawn in its README). Each passage is tagged alone, so document-level evidence is the "
             "passage's own. A prediction is right when concept and span overlap a labelled true mention; a false "
             "friend matched is a false positive. Split `tune` is development (cues and thresholds were fitted on "
             "it); split `test` is held-out (whole documents the rules were not fitted on). Targets: precision ≥ 0.95,"
             " recall ≥ 0.90, ≤ 1 false mention per 100 out-of-domain passages.", "",
             "| matcher | split | set | passages | true mentions | predicted | precision | recall | false friends "
             "matched | false mentions / 100 passages |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name in matchers:
        for split in splits:
            for group in ("all", *SETS):
                t = tallies.get((name, split, group))
                if t is None:
                    continue
                per100 = f"{100 * t.fp / t.passages:.1f}" if t.passages else "–"
                lines.append(f"| {name} | {label[split]} | {group} | {t.passages} | {t.tp + t.fn} | {t.tp + t.fp} | "
                             f"{t.precision:.3f} | {t.recall:.3f} | {t.friends} | {per100} |")
                print(lines[-1])
    for split in splits:
        per = tallies.get(("sense-aware", split, "all"))
        old = tallies.get(("old matcher (02cf0c1)", split, "all"))
        if per is None:
            continue
        lines += ["", f"Per concept, {label[split]}, all sets (old matcher → sense-aware):", "",
                  "| concept | true mentions | found | false positives | precision | recall |", "|---|---|---|---|---|---|"]
        for c in sorted(per.per_concept, key=lambda c: -(per.per_concept[c]["tp"] + per.per_concept[c]["fn"])):
            n, o = per.per_concept[c], old.per_concept.get(c, Counter())

            def pr(x):
                p = x["tp"] / (x["tp"] + x["fp"]) if x["tp"] + x["fp"] else 1.0
                r = x["tp"] / (x["tp"] + x["fn"]) if x["tp"] + x["fn"] else 1.0
                return p, r
            (op, orc), (np_, nr) = pr(o), pr(n)
            lines.append(f"| {c} | {n['tp'] + n['fn']} | {o['tp']} → {n['tp']} | {o['fp']} → {n['fp']} | "
                         f"{op:.2f} → {np_:.2f} | {orc:.2f} → {nr:.2f} |")
        if args.errors and split == "tune":
            for e in per.errors[:args.errors]:
                print(f"  {e[0]}: {e[1]} {e[2]!r} | {e[3]}")
    lost_line = ", ".join(f"{k}: {v}" for k, v in sorted(lost.items())) or "none"
    lines += ["", f"Records not scored (key no longer found, or a labelled surface not in its passage): {lost_line}."]
    print(lost_line)
    if not args.no_write:
        print(write_section("concept_senses", "\n".join(lines), Path(args.out)))


if __name__ == "__main__":
    main()
