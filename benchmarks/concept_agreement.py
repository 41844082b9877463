"""How far two careful labellers agree on concept senses (issue 12, label quality): a second blind labelling
(agreement_b11.jsonl) of development passages against their existing labels.

Run from the repository root: ``python benchmarks/concept_agreement.py [--list] [--out docs/benchmarks.md]``.
Each record of benchmarks/data/concept_senses/agreement_b11.jsonl (split "agreement", drawn by draw_agreement.py from
the development splits tune, test, fresh2, fresh3 and fresh5d) is paired with the record of the same set, file and key
in the other files. Spans are placed in the passage's text (litmine's reader, ../shared/eval), and per passage and
concept a labelled span of one side agrees with one of the other when kind (mention or false friend) and concept are
the same and the spans overlap. Printed: mention and false-friend spans agreed / only ours / only theirs, the F1 of our
mentions against theirs, and Cohen's kappa on "the passage holds a true mention of concept C" over the passage x
concept pairs that either side labelled at all (mention or false friend). ``--list`` prints every disagreement;
``--out`` writes the section `concept_agreement` of that file. Development data only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from concept_senses_data import LABELS, SET_FOLDERS, occurrences, passage_key, passages_of  # noqa: E402

OURS = "agreement_b11.jsonl"
DEV_SPLITS = ("tune", "test", "fresh2", "fresh3", "fresh5d")


def _records(name: str) -> list[dict]:
    lines = (LABELS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def theirs_by_place() -> dict[tuple[str, str, str], dict]:
    """Every development record of the other label files, by (set, file, key), with its file's name."""
    out = {}
    for f in sorted(LABELS.glob("*.jsonl")):
        if f.name.startswith("agreement"):
            continue
        for rec in _records(f.name):
            if rec["split"] in DEV_SPLITS:
                source = f.stem if rec["split"] != "fresh5d" else "fresh5 (fresh5d)"
                out[(rec["set"], rec["file"], rec["key"])] = {**rec, "source": source}
    return out


def text_of(eval_dir: Path, rec: dict) -> str | None:
    path = eval_dir / SET_FOLDERS.get(rec["set"], rec["set"]) / rec["file"]
    if not path.exists():
        return None
    found = [p.text for p in passages_of(str(path)) if passage_key(p.text) == rec["key"]]
    return found[0] if found else None


def spans(rec: dict, text: str) -> list[tuple[str, str, int, int, str]]:
    """(kind, concept, start, end, surface) of each label placed in the text; an unplaceable one is left out."""
    out = []
    for kind, field in (("mention", "mentions"), ("false friend", "false_friends")):
        for lab in rec.get(field, []):
            occ = occurrences(text, lab["surface"])
            if lab["occurrence"] < len(occ):
                out.append((kind, lab["concept"], *occ[lab["occurrence"]], lab["surface"]))
    return out


def _overlap(a, b) -> bool:
    return a[2] < b[3] and b[2] < a[3]


def match(ours: list, theirs: list) -> tuple[list, list, list]:
    """Agreed pairs, our unmatched spans, their unmatched spans (same kind and concept, overlapping)."""
    agreed, left = [], list(theirs)
    only_ours = []
    for a in ours:
        b = next((b for b in left if b[:2] == a[:2] and _overlap(a, b)), None)
        if b is None:
            only_ours.append(a)
        else:
            left.remove(b)
            agreed.append((a, b))
    return agreed, only_ours, left


def disagreements(key: str, only_ours: list, only_theirs: list, ours: list, theirs: list) -> list[dict]:
    """One row per disagreement: a span one side labelled, with what the other side has there (or 'unmarked')."""
    rows, paired = [], []
    for a in only_ours:
        other = _beside(a, theirs)
        if other is not None and other in only_theirs:
            paired.append(other)
        rows.append({"key": key, "concept": a[1], "surface": a[4], "ours": _describe(a, a[1]),
                     "theirs": _describe(other, a[1])})
    for b in only_theirs:
        if b not in paired:
            rows.append({"key": key, "concept": b[1], "surface": b[4], "ours": _describe(_beside(b, ours), b[1]),
                         "theirs": _describe(b, b[1])})
    return rows


def _beside(span, others: list):
    """The other side's label overlapping a span: one of the same concept first, else any."""
    near = [o for o in others if _overlap(span, o)]
    return next((o for o in near if o[1] == span[1]), near[0] if near else None)


def _describe(span, concept: str) -> str:
    if span is None:
        return "unmarked"
    return span[0] if span[1] == concept else f"{span[0]} of {span[1]}"


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two binary raters."""
    n = len(pairs)
    if not n:
        return float("nan")
    agree = sum(a == b for a, b in pairs) / n
    pa, pb = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return (agree - chance) / (1 - chance) if chance < 1 else 1.0


def compare(eval_dir: Path) -> dict:
    theirs_at = theirs_by_place()
    tally, rows, pairs, per_source = Counter(), [], [], Counter()
    for rec in _records(OURS):
        other = theirs_at.get((rec["set"], rec["file"], rec["key"]))
        text = text_of(eval_dir, rec)
        if other is None or text is None:
            tally["not paired"] += 1
            continue
        tally["passages"] += 1
        ours, theirs = spans(rec, text), spans(other, text)
        tally["unplaced"] += len(rec["mentions"]) + len(rec["false_friends"]) - len(ours)
        tally["unplaced theirs"] += len(other["mentions"]) + len(other["false_friends"]) - len(theirs)
        for kind in ("mention", "false friend"):
            agreed, a_only, b_only = match([s for s in ours if s[0] == kind], [s for s in theirs if s[0] == kind])
            tally[(kind, "agreed")] += len(agreed)
            tally[(kind, "only ours")] += len(a_only)
            tally[(kind, "only theirs")] += len(b_only)
            per_source[(other["source"], kind, "agreed")] += len(agreed)
            per_source[(other["source"], kind, "only ours")] += len(a_only)
            per_source[(other["source"], kind, "only theirs")] += len(b_only)
        _, a_only, b_only = match(ours, theirs)
        rows += [{**r, "source": other["source"], "labeller": other.get("labeller", "?")}
                 for r in disagreements(rec["key"], a_only, b_only, ours, theirs)]
        for concept in {s[1] for s in ours + theirs}:
            pairs.append((any(s[:2] == ("mention", concept) for s in ours),
                          any(s[:2] == ("mention", concept) for s in theirs)))
    return {"tally": tally, "rows": rows, "pairs": pairs, "per_source": per_source}


def f1(tally: Counter, kind: str) -> tuple[float, float, float]:
    agreed = tally[(kind, "agreed")]
    p = agreed / max(1, agreed + tally[(kind, "only ours")])
    r = agreed / max(1, agreed + tally[(kind, "only theirs")])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(result: dict) -> list[str]:
    t, pairs = result["tally"], result["pairs"]
    lines = [f"{t['passages']} passages paired ({t['not paired']} not), {t['unplaced']} of our labels and "
             f"{t['unplaced theirs']} of theirs not placeable.", "",
             "| labels | agreed | only ours (B11) | only theirs | precision of ours vs theirs | recall | F1 |",
             "|---|---|---|---|---|---|---|"]
    for kind in ("mention", "false friend"):
        p, r, f = f1(t, kind)
        lines.append(f"| {kind}s | {t[(kind, 'agreed')]} | {t[(kind, 'only ours')]} | {t[(kind, 'only theirs')]} "
                     f"| {p:.3f} | {r:.3f} | {f:.3f} |")
    both = Counter((a, b) for a, b in pairs)
    lines += ["", f"Cohen's kappa, 'passage holds a true mention of concept C', over {len(pairs)} passage x concept "
              f"pairs that either side labelled: {kappa(pairs):.3f} (both yes {both[(True, True)]}, both no "
              f"{both[(False, False)]}, only ours yes {both[(True, False)]}, only theirs yes {both[(False, True)]}). "
              f"Read the other way, the existing mention labels scored as a matcher against B11's: precision "
              f"{f1(t, 'mention')[1]:.3f}, recall {f1(t, 'mention')[0]:.3f}.",
              "", "| their file | mentions agreed / only ours / only theirs | false friends agreed / only ours / "
              "only theirs |", "|---|---|---|"]
    ps = result["per_source"]
    for src in sorted({k[0] for k in ps}):
        cells = [" / ".join(str(ps[(src, kind, w)]) for w in ("agreed", "only ours", "only theirs"))
                 for kind in ("mention", "false friend")]
        lines.append(f"| {src} | {cells[0]} | {cells[1]} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--out", help="write the section concept_agreement of this file (docs/benchmarks.md)")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    eval_dir = Path(args.eval)
    if not eval_dir.is_dir() or not (LABELS / OURS).exists():
        print(f"skipping: {eval_dir} or {LABELS / OURS} not found", file=sys.stderr)
        return
    result = compare(eval_dir)
    lines = report(result)
    print("\n".join(lines))
    if args.list:
        for r in sorted(result["rows"], key=lambda r: (r["source"], r["key"], r["concept"])):
            print(f"{r['source']}\t{r['key']}\t{r['concept']}\t{r['surface']!r}\tours: {r['ours']}\t"
                  f"theirs ({r['labeller']}): {r['theirs']}")
    if args.out:
        _write(Path(args.out), lines)


def _write(path: Path, lines: list[str]) -> None:
    import subprocess

    from report import machine, write_section

    commit = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()

    head = ["## Concept label agreement (issue 12, label quality)", "",
            f"{machine()}; {datetime.now(timezone.utc):%Y-%m-%d}; commit {commit}; `python benchmarks/concept_agreement.py --out "
            f"docs/benchmarks.md`. Development data: 200 passages of the development splits (tune, test, fresh2, "
            f"fresh3, fresh5d; two thirds with a label, one third with neither, draw_agreement.py) labelled a second "
            f"time, blind, by helper B11 under the data README's rules (agreement_b11.jsonl), compared with the "
            f"labels they already had (several labellers, sessions 4-10). A span agrees when kind, concept and span "
            f"(overlap) agree. The disagreements, each classed as a slip, a rule gap or a close call, are listed in "
            f"benchmarks/data/concept_senses/README.md (Agreement (session 11)). No matcher is involved. The two "
            f"labellings are not independent: the README's close calls were partly written from these very passages "
            f"and its corrections name six of them, so this is agreement under shared written rules and likely "
            f"higher than two labellers would reach without them.", ""]
    write_section("concept_agreement", "\n".join(head + lines), path)


if __name__ == "__main__":
    main()
