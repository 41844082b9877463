"""Train the note tagger, litmine/citations/data/footnote_tagger.npz: the reference tagger's model
(reference_model.py, an averaged structured perceptron over extract_features) trained with German footnote shapes
and, from session 33, with real labelled German notes of the development papers.

Usage: python scripts/train_footnote_tagger.py [--eval ../shared/eval] [--epochs 12] [--out PATH] [--share 1.0]
                                             [--copies 1] [--seed 1] [--dated 0.0] [--hand-copies 0]
                                             [--real-copies 0] [--exclude ID,...]
The shipped file: --epochs 16 --copies 2 --hand-copies 3 (seed 1; until session 34 without --hand-copies).
--dated S (session 33, F61, an experiment) adds, for a share S of
the strings, one copy written as a dated or web document's note (note_restyle.note_dated: "Titel, vom 22.03.2006",
"Abrufbar unter: URL (Zugriff am DATE)", "in: Zeitung vom DATE", "Reihe 3/2006"), from a generator of its own.

--hand-copies N (session 34, F63, issue 13) adds N copies of each note of scripts/data/hand_notes.jsonl: German (and
some English) footnote references written by hand for this project (invented names and titles, in the shapes German
policy and social-science notes print: parliamentary papers, EU documents, press releases and speeches, newspaper
items, web documents with access days, statistical yearbooks, institutes' series, laws and court decisions, archive
items, books and articles), labelled by the conventions of benchmarks/data/footnotes_gold/README.md; no EXCITE
string and no note of a paper, ours to ship (hand_notes).

Training strings: the labelled strings of AnyStyle (BSD 2-clause) and GROBID (Apache-2.0) that
scripts/train_references.py uses (build_examples: every string that also occurs in a benchmark set removed), their
restyled copies of train_references (add_restyled: MDPI, Vancouver, Harvard, APA, ..., seed 0), copies of them
written as German footnote references (scripts/note_restyle.py: "Max Weber, Titel, Ort Jahr, S. 12.", "Weber, Max:
Titel, in: Hg. (Hg.), Buch, Ort Jahr, S. 1-9", "in: Zeitschrift 12 (1997), H. 3, S. 5-20", ...; seed 1; --share of
the strings tried, default all), and, an experiment only (session 33, F56), --real-copies copies of each labelled reference of the development
papers (real_notes: benchmarks/data/footnotes_gold/de_refsection_notes.jsonl's notes half 0 and development rounds,
EXCITE de_footnotes' tune half and de_footnotes_and_refsection's half 0; never a held-out paper; --exclude leaves
papers out, as benchmarks/note_tagger_folds.py does per fold). Those strings are EXCITE's or quote EXCITE's SSOAR
papers, for internal evaluation only (excite-ssoar/SOURCE.md, benchmarks/data/footnotes_gold/README.md), and the
weights keep their words as feature names: with --real-copies the script refuses to write the shipped file. No EXCITE
string is in the shipped file. Deterministic: fixed seeds, the same examples in the same order.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from note_restyle import note_dated, note_restyle  # noqa: E402
from train_references import (  # noqa: E402
    HELD_OUT, _norm, add_restyled, build_examples, fit_and_save, load_rows, token_labels)


OUT = HERE.parent / "litmine" / "citations" / "data" / "footnote_tagger.npz"


def add_notes(examples: list, *, share: float = 1.0, copies: int = 1, seed: int = 1, dated: float = 0.0) -> list:
    """examples plus note-style copies (family "note") of a share of the shippable ones, each written copies
    times (in shapes drawn anew), and one dated or web document's note (note_restyle.note_dated) of a share dated
    of them, drawn from a generator of its own (so that the other copies are those written without it)."""
    rng = random.Random(seed)
    out = list(examples)
    made = 0
    for ex in examples:
        if ex[3] not in ("anystyle", "grobid") or rng.random() >= share:
            continue
        for _ in range(copies):
            got = note_restyle(ex, rng)
            labelled = token_labels(got[0], got[1], "restyled") if got else None
            if labelled and labelled[0]:
                out.append((got[0], labelled[0], labelled[1], "note"))
                made += 1
    print(f"{made} note-style strings added", file=sys.stderr)
    rng, made = random.Random(f"dated {seed}"), 0
    for ex in examples:
        if ex[3] not in ("anystyle", "grobid") or rng.random() >= dated:
            continue
        got = note_dated(ex, rng)
        labelled = token_labels(got[0], got[1], "restyled") if got else None
        if labelled and labelled[0]:
            out.append((got[0], labelled[0], labelled[1], "note"))
            made += 1
    print(f"{made} dated or web documents' notes added", file=sys.stderr)
    return out


HAND = HERE / "data" / "hand_notes.jsonl"
# the hand-written notes' labels are the tagger's own (LABELS); token_labels reads a container under a set's name
_HAND_LABELS = {"container": "journal"}


def hand_notes(path: Path = HAND, *, held: set[str] = frozenset()) -> list:
    """Training strings (raw, tokens, labels, family "hand note") from the hand-written notes (scripts/data/
    hand_notes.jsonl: each row the note as printed and its segments in order, [label, text], "_untagged" for the
    words between fields; the labels the tagger's own), without any whose normalised text is in held (a held-out
    set's string). A row whose segments are not found in its raw is an error: the file is ours to mend."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if _norm(row["raw"]) in held:
            continue
        segs = [[_HAND_LABELS.get(lab, lab), text] for lab, text in row["segments"]]
        got = token_labels(row["raw"], segs, "hand")
        if not got or not got[0]:
            raise ValueError(f"{path.name} {row['id']}: segments not found in the note")
        out.append((row["raw"], got[0], got[1], "hand note"))
    print(f"{len(out)} hand-written note strings", file=sys.stderr)
    return out


NOTES = HERE.parent / "benchmarks" / "data" / "footnotes_gold" / "de_refsection_notes.jsonl"
# a labelled note's fields as the segment labels token_labels reads with family "excite" ("other": a place, a
# series, a file number, "a.a.O."; _excite_other keeps the places as location); "pages" is fpage/lpage joined
_NOTE_LABELS = {"author": "author", "editor": "editor", "date": "year", "title": "title", "container": "source",
                "volume": "volume", "issue": "issue", "fpage": "fpage", "lpage": "lpage", "publisher": "publisher",
                "url": "url", "other": "other"}


def note_segments(raw: str, fields: dict) -> list[list[str]] | None:
    """A labelled note's fields (de_refsection_notes.jsonl: each field a list of the texts as printed, in no
    order) as segments in the order of raw, for token_labels: each text found in raw where no longer one lies
    (the longest first, so that a year inside a title or a date is the title's and the year is found after it);
    None when one is not found."""
    fields = dict(fields)
    if "fpage" not in fields and fields.get("pages"):
        fields["fpage"] = fields["pages"]
    texts = sorted(((lab, t.strip()) for key, lab in _NOTE_LABELS.items() for t in fields.get(key, []) if t.strip()),
                   key=lambda item: -len(item[1]))
    taken = [False] * len(raw)
    spans = []
    for lab, t in texts:
        at = raw.find(t)
        while at >= 0 and any(taken[at:at + len(t)]):
            at = raw.find(t, at + 1)
        if at < 0:
            return None
        taken[at:at + len(t)] = [True] * len(t)
        spans.append((at, lab, t))
    segs, pos = [], 0
    for at, lab, t in sorted(spans):
        if at > pos:
            segs.append(["_untagged", raw[pos:at]])
        segs.append([lab, t])
        pos = at + len(t)
    return segs


def real_notes(ev: Path, *, exclude: set[str] = frozenset(), notes: Path = NOTES) -> list:
    """Training strings (raw, tokens, labels, family "real note") from the labelled references of the development
    papers only (benchmarks/footnotes.py's halves and rounds, no held-out paper is read): de_refsection_notes.jsonl's
    rows of notes half 0 and of the development rounds, and EXCITE's gold strings of de_footnotes' tune half and
    de_footnotes_and_refsection's half 0; without the papers of exclude (SSOAR ids: a fold's) and without any string
    that is also a string of a held-out benchmark set (train_references.HELD_OUT: a note that repeats a list entry
    of de_refsection). A row whose fields are not all found in its raw is dropped (counted)."""
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    from footnotes import halves_of, notes_half, notes_rounds

    held = {_norm(r["raw"]) for r in load_rows(ev, HELD_OUT)}
    rounds = notes_rounds(notes.parent)
    rows = []
    for line in notes.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if notes_half(row["ssoar_id"], rounds) != 1:
                rows.append((row["raw"], note_segments(row["raw"], row["fields"]), row["ssoar_id"]))
    for subset in ("de_footnotes", "de_footnotes_and_refsection"):
        excite = load_rows(ev, [f"excite-ssoar/derived/{subset}.jsonl"])
        halves = halves_of(subset, sorted({r["ssoar_id"] for r in excite}))
        for row in excite:
            if halves[row["ssoar_id"]] == "tune":
                raw = row["raw"].replace("<br>", " ")
                rows.append((raw, [[lab, t.replace("<br>", " ")] for lab, t in row["segments"]], row["ssoar_id"]))
    out, skipped = [], Counter()
    for raw, segs, sid in rows:
        if sid in exclude:
            skipped["a paper left out"] += 1
            continue
        if _norm(raw) in held:
            skipped["a held-out set's string"] += 1
            continue
        got = token_labels(raw, segs, "excite") if segs is not None else None
        if not got or not got[0]:
            skipped["unaligned"] += 1
            continue
        out.append((raw, got[0], got[1], "real note"))
    print(f"{len(out)} real note strings; skipped {dict(skipped)}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--share", type=float, default=1.0, help="share of the strings written again as notes")
    ap.add_argument("--copies", type=int, default=1, help="note-style copies of each of them")
    ap.add_argument("--seed", type=int, default=1, help="seed of the note-style copies (the shipped file: 1)")
    ap.add_argument("--dated", type=float, default=0.0,
                    help="share of the strings also written as a dated or web document's note (note_dated; "
                         "session 33, an experiment: 0 in the shipped file)")
    ap.add_argument("--hand-copies", type=int, default=0,
                    help="copies of each hand-written note of scripts/data/hand_notes.jsonl (ours, shippable)")
    ap.add_argument("--real-copies", type=int, default=0,
                    help="copies of each real labelled note of the development papers (an experiment: not the "
                         "shipped file)")
    ap.add_argument("--exclude", default="", help="SSOAR ids of papers whose real notes are left out, comma-parted")
    args = ap.parse_args()
    if args.real_copies and args.out.resolve() == OUT.resolve():
        ap.error("--real-copies trains on EXCITE's strings and papers (internal evaluation only): give --out a path "
                 "outside the package")
    examples = add_notes(add_restyled(build_examples(args.eval), german=0.0), share=args.share, copies=args.copies,
                         seed=args.seed, dated=args.dated)
    if args.hand_copies:
        held = {_norm(r["raw"]) for r in load_rows(args.eval, HELD_OUT)}
        examples += [ex for ex in hand_notes(held=held) for _ in range(args.hand_copies)]
    if args.real_copies:
        real = real_notes(args.eval, exclude={sid for sid in args.exclude.split(",") if sid})
        examples += [ex for ex in real for _ in range(args.real_copies)]
    fit_and_save(examples, args.epochs, args.out)


if __name__ == "__main__":
    main()
