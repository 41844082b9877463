"""Train the note tagger, litmine/citations/data/footnote_tagger.npz: the reference tagger's model
(reference_model.py, an averaged structured perceptron over extract_features) trained with German footnote shapes.

Usage: python scripts/train_footnote_tagger.py [--eval ../shared/eval] [--epochs 12] [--out PATH] [--share 1.0]
                                             [--copies 1] [--seed 1]
The shipped file: --epochs 16 --copies 2 (seed 1).

Training strings, all shippable (see litmine/citations/data/README.md): the labelled strings of AnyStyle
(BSD 2-clause) and GROBID (Apache-2.0) that scripts/train_references.py uses (build_examples: every string that also
occurs in a benchmark set removed), their restyled copies of train_references (add_restyled: MDPI, Vancouver,
Harvard, APA, ..., seed 0), and, new here, copies of them written as German footnote references
(scripts/note_restyle.py: "Max Weber, Titel, Ort Jahr, S. 12.", "Weber, Max: Titel, in: Hg. (Hg.), Buch, Ort Jahr,
S. 1-9", "in: Zeitschrift 12 (1997), H. 3, S. 5-20", ...; seed 1; --share of the strings tried, default all).
No EXCITE string is trained on. Deterministic: fixed seeds, the same examples in the same order.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from note_restyle import note_restyle  # noqa: E402
from train_references import add_restyled, build_examples, fit_and_save, token_labels  # noqa: E402


OUT = HERE.parent / "litmine" / "citations" / "data" / "footnote_tagger.npz"


def add_notes(examples: list, *, share: float = 1.0, copies: int = 1, seed: int = 1) -> list:
    """examples plus note-style copies (family "note") of a share of the shippable ones, each written copies
    times (in shapes drawn anew)."""
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
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--share", type=float, default=1.0, help="share of the strings written again as notes")
    ap.add_argument("--copies", type=int, default=1, help="note-style copies of each of them")
    ap.add_argument("--seed", type=int, default=1, help="seed of the note-style copies (the shipped file: 1)")
    args = ap.parse_args()
    examples = add_notes(add_restyled(build_examples(args.eval), german=0.0), share=args.share, copies=args.copies, seed=args.seed)
    fit_and_save(examples, args.epochs, args.out)


if __name__ == "__main__":
    main()
