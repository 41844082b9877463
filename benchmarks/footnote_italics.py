"""How often the PDF sets the gold title or container of a German footnote reference in italics: the potential of
the italics (issue 13, typography.py) for the footnote references of the 32 German EXCITE documents, a measurement,
not part of litmine.

Usage: python benchmarks/footnote_italics.py [--eval ../shared/eval]

Per document of de_footnotes (tune half: sorted ids at even positions, as benchmarks/footnotes.py splits it; test
half) and de_footnotes_and_refsection: each gold reference located in the PDF's characters and its title and
container classed all / mostly (>= 80 %) / partly / none italic, as benchmarks/italics_potential.py does for the
reference lists (its functions, the reader's italic test). Printed: per set the counts, and the documents where
italics mark half or more of the titles and containers found. Counts only: no gold text is printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from citations import excite_gold  # noqa: E402
from italics_potential import doc_chars, score_ref  # noqa: E402


def field_counts(d: Counter) -> tuple[int, int]:
    """Titles and containers found in the PDF that are all or mostly italic, and all found."""
    keys = [k for k in d if not k.startswith("italic") and k.split()[-1] in ("all", "mostly", "partly", "none")]
    return sum(d[k] for k in keys if k.split()[-1] in ("all", "mostly")), sum(d[k] for k in keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    ev = Path(parser.parse_args().eval)
    if not (ev / "excite-ssoar" / "de_footnotes").exists():
        print("skipped: ../shared/eval/excite-ssoar/de_footnotes not found", file=sys.stderr)
        return
    for subset in ("de_footnotes", "de_footnotes_and_refsection"):
        gold = excite_gold(ev, subset)
        ids = sorted(sid for sid in gold if (ev / "excite-ssoar" / subset / "pdf" / f"{sid}.pdf").exists())
        halves = {"tune": ids[0::2], "test": ids[1::2]} if subset == "de_footnotes" else {"all": ids}
        for half, sids in halves.items():
            total, marked, italic_fonts = Counter(), [], 0
            for sid in sids:
                text, flags, _ = doc_chars(ev / "excite-ssoar" / subset / "pdf" / f"{sid}.pdf")
                italic_fonts += any(flags)
                d = Counter()
                for g in gold[sid]:
                    score_ref(text, flags, g, d, False)
                total.update(d)
                it, n = field_counts(d)
                if n and 2 * it >= n:
                    marked.append(f"{sid} ({it}/{n})")
            it, n = field_counts(total)
            print(f"{subset}, {half}: {len(sids)} documents, {italic_fonts} with an italic font; titles and "
                  f"containers italic (all or mostly) {it} of {n} found ({it / max(1, n):.1%}); documents where "
                  f"they mostly are: {len(marked)} {marked}")
            print("   ", dict(sorted((k, v) for k, v in total.items() if not k.startswith("italic"))))


if __name__ == "__main__":
    main()
