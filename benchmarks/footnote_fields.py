"""Fields of footnote references parsed alone, rules against the note tagger (an experiment, printed, not written).

Usage: python benchmarks/footnote_fields.py [--eval ../shared/eval] [--model PATH] [--shapes N]

Sets, development only (no held-out document is read):
- the gold reference strings of de_footnotes' tune half and de_footnotes_and_refsection's half 0 (benchmarks/
  footnotes.py's halves), each parsed alone by footnote_fields.parse_footnote_reference; and those of them with a
  gold title (no short form such as "Douglas (1981), S. 15.", which litmine's pipeline reads as a short form);
- EXCITE de_refsection's gold strings of its half 0 (other papers, a list style; half 1, the German list benchmark's
  held-out half, is dropped before any string is parsed or scored: citations.de_refsection_half) written again in note shapes by
  scripts/note_restyle.py from their own labelled parts (the shapes the note tagger was trained on, so a check of
  those shapes, not an independent test), scored against the fields of the note as written; --shapes N: N copies
  of each string with seeds 0..N-1; and the same strings as printed (a list style: what the note tagger does to
  list-style references in notes).
Soft field F1 as benchmarks/citations.py scores it (Score), per parser:
- rules + list tagger: parse_footnote_reference as it was before the note tagger (the list parser behind the rules);
- rules + note tagger: the same, the note tagger (--model) behind the rules; and with author-year entries (the list
  tagger's reading: a year right after the names) and entries without a year left to the list tagger
  (footnote_tagger.for_list_tagger, parse_note_reference's routing);
- note tagger alone / list tagger alone: the note-style rules off (_parse_note_style gives nothing; "ders.", dated
  sources, addresses and press items keep their rules).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "scripts"))

from citations import FIELDS, Score, de_refsection_half, excite_gold  # noqa: E402
from footnotes import halves_of  # noqa: E402

from litmine.citations import footnote_fields  # noqa: E402
from litmine.citations.footnote_tagger import parse_note_reference  # noqa: E402
from litmine.citations.reference_names import parse_names  # noqa: E402
from litmine.citations.references import parse_reference  # noqa: E402


def dev_gold(ev: Path) -> dict[str, list[dict]]:
    """The gold references of the development documents, by document."""
    out = {}
    for subset in ("de_footnotes", "de_footnotes_and_refsection"):
        gold = excite_gold(ev, subset)
        halves = halves_of(subset, list(gold))
        out.update({sid: refs for sid, refs in gold.items() if halves[sid] == "tune"})
    return out


def note_shapes(ev: Path, copies: int) -> dict[str, list[dict]]:
    """de_refsection's half-0 gold strings written as notes (note_restyle), with the fields of each note as written."""
    from note_restyle import note_restyle
    from train_references import token_labels
    out: dict[str, list[dict]] = {}
    for line in open(ev / "excite-ssoar" / "derived" / "de_refsection.jsonl", encoding="utf-8"):
        row = json.loads(line)
        if de_refsection_half(row["ssoar_id"]):
            continue
        raw = row["raw"].replace("<br>", " ")
        got = token_labels(raw, [[lab, t.replace("<br>", " ")] for lab, t in row["segments"]], "excite")
        if not got or not got[0]:
            continue
        for seed in range(copies):
            note = note_restyle((raw, got[0], got[1], "excite"), random.Random(f"{row['id']}/{seed}"))
            if note:
                out.setdefault(row["ssoar_id"], []).append(_fields(*note))
    return out


def development_half(gold: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The papers of de_refsection's half 0 alone: half 1 is the German list benchmark's held-out half."""
    return {sid: refs for sid, refs in gold.items() if not de_refsection_half(sid)}


def _fields(raw: str, segs: list[list[str]]) -> dict:
    first = {}
    for lab, text in segs:
        first.setdefault(lab, text)
    authors = " ".join(n["surname"] for lab, t in segs if lab == "author" for n in parse_names(t)[:1])
    return {"raw": raw, "authors": authors, "year": first.get("date", ""), "title": first.get("title", ""),
            "container": first.get("journal") or first.get("booktitle") or "", "volume": first.get("volume", ""),
            "issue": first.get("issue", ""), "pages": first.get("pages", "").split("-")[0].split("–")[0].strip(),
            "doi": "", "unscored": set()}


@contextmanager
def variant(behind, rules: bool):
    """parse_footnote_reference with `behind` as the parser behind the rules, the note-style rules on or off."""
    saved = footnote_fields.parse_note_reference, footnote_fields._parse_note_style
    footnote_fields.parse_note_reference = behind
    if not rules:
        footnote_fields._parse_note_style = lambda *a, **k: None
    try:
        yield
    finally:
        footnote_fields.parse_note_reference, footnote_fields._parse_note_style = saved


def score(docs: dict[str, list[dict]]) -> tuple[Score, float]:
    sc, t0 = Score(), time.process_time()
    for refs in docs.values():
        sc.add(refs, [footnote_fields.parse_footnote_reference(g["raw"], index=i) for i, g in enumerate(refs)])
    return sc, time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--model", default=None, help="note tagger weights (default: the shipped footnote_tagger.npz)")
    ap.add_argument("--shapes", type=int, default=1)
    args = ap.parse_args()
    if not (args.eval / "excite-ssoar" / "derived" / "de_footnotes.jsonl").exists():
        print("skipped: EXCITE gold not found", file=sys.stderr)
        return
    def note(raw, *, index=0):
        return parse_note_reference(raw, index=index, path=args.model)
    def unrouted(raw, *, index=0):
        return parse_note_reference(raw, index=index, path=args.model, route=False)
    parsers = {"rules + list tagger": (parse_reference, True), "rules + note tagger": (unrouted, True),
               "rules + note tagger, author-year and yearless entries to the list tagger": (note, True),
               "note tagger alone": (unrouted, False), "list tagger alone": (parse_reference, False)}
    dev = dev_gold(args.eval)
    titled = {sid: [g for g in refs if g["title"]] for sid, refs in dev.items()}
    sets = {"development gold strings": dev, "of them with a gold title": titled,
            "de_refsection in note shapes": note_shapes(args.eval, args.shapes),
            "de_refsection as printed (list style)": development_half(excite_gold(args.eval, "de_refsection"))}
    print(f"| set | strings | parser | {' | '.join(FIELDS[:7])} | soft F1 | CPU s |")
    print("|---|---|---|" + "---|" * 7 + "---|---|")
    for name, docs in sets.items():
        n = sum(map(len, docs.values()))
        for label, (behind, rules) in parsers.items():
            with variant(behind, rules):
                sc, secs = score(docs)
            rows, f1 = sc.table("soft")
            cells = " | ".join(f"{rows[f][2]:.3f}" if f in rows else "-" for f in FIELDS[:7])
            print(f"| {name} | {n} | {label} | {cells} | **{f1:.3f}** | {secs:.1f} |", flush=True)


if __name__ == "__main__":
    main()
