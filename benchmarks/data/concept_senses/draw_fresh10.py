"""Draw fresh10: litmine's concept mentions on new out-of-domain text, and a sample of passages without one (issue 12,
session 24, helper C26).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh10.py OUT.jsonl``. Writes one line
per drawn passage (set, file, page, key, split, doc_split, drawn, text, and for a passage with a mention the
mentions litmine stores there) to OUT, a scratch file outside the project: the text is for the labeller to read and
is never committed (the labels, fresh10.jsonl, keep set, file, page and key). Reproducible at the commit the draw
was made with (812a7df): the `fresh10-mention` stratum depends on the matcher.

Documents (README.md, "fresh10"), set "science-out-of-domain", file named by its path under ../shared/eval:
- the JOSE papers (jose/papers/*/*.pdf) less, dropped by path before any PDF is read, the held-out half of the JOSE
  Crossref citation benchmark (benchmarks/citations.py: by_name(crossref_papers(ev)), odd index) and every file
  named by a record of a held-out concept split (HELD_OUT);
- GROBID's full-text training documents (grobid-fulltext/corpus/*.tei.xml: biomedical, physics and computing
  papers), each read as the .txt file of its TEI body (concept_senses_whole.tei_body_text).
Each document is tagged whole as ingest tags it (concept_senses_whole.Corpus, default lexicon). Strata:
- `fresh10-mention`: every passage (any kind) holding a mention litmine stores;
- `fresh10-stem`: a seeded sample (seed 1010) of litmine's body and abstract paragraphs of at least 15 words, English or of no
  detected language, holding a stem of the concepts' vocabulary (draw_fresh5.VOCAB, fresh6's science stems) and no
  mention, at most 3 per document (a seeded shuffle of each document's hits, the first 3 kept), to catch misses.
Passages of any earlier labelled file (by key and `key_before`) are left out.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
import draw_fresh5 as f5  # noqa: E402
from concept_senses_data import passage_key, split_of  # noqa: E402

SEED = 1010
OWN = "fresh10.jsonl"
SET = "science-out-of-domain"
PER_DOC = 3
HELD_OUT = ("fresh", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")


def held_out_files() -> set[str]:
    """Eval paths (relative) of every file named by a held-out concept record, read from the `file` field only."""
    out = set()
    for f in sorted(f5.LABELS.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec["split"] in HELD_OUT:
                    out.add(rec["file"])
    return out


def documents(ev: Path) -> list[str]:
    """The development documents, relative to `ev`: JOSE papers less the held-out ones, and GROBID's TEI files."""
    import citations

    odd = {str(p.relative_to(ev)) for k, (p, _) in enumerate(citations.by_name(citations.crossref_papers(ev)))
           if k % 2 == 1}
    drop = odd | held_out_files()
    jose = [str(p.relative_to(ev)) for p in sorted((ev / "jose" / "papers").glob("*/*.pdf"))]
    tei = [str(p.relative_to(ev)) for p in sorted((ev / "grobid-fulltext" / "corpus").glob("*.tei.xml"))]
    return [r for r in jose if r not in drop] + tei


def main() -> None:
    import concept_senses_whole as whole

    from litmine.concepts.lexicon import load_lexicon

    out, ev = Path(sys.argv[1]), f5.EVAL
    rels = documents(ev)
    corpus = whole.Corpus(ev, [str(ev / r) for r in rels], load_lexicon())
    labelled = f5._labelled((OWN,))
    rng, drawn, pool = random.Random(SEED), [], 0
    for rel in rels:
        path = str(ev / rel)
        hits = []
        for p in corpus.docs[path].passages:
            if passage_key(p.text) in labelled:
                continue
            found = corpus.mentions(path, p.index)
            if found:
                drawn.append((rel, p, "fresh10-mention", [(m.concept, m.surface) for m in found]))
            elif (p.kind in ("body", "abstract") and len(p.text.split()) >= 15 and p.language in (None, "en")
                  and f5._EN.search(p.text)):
                hits.append(p)
        pool += len(hits)
        rng.shuffle(hits)
        drawn += [(rel, p, "fresh10-stem", []) for p in hits[:PER_DOC]]
    with out.open("w", encoding="utf-8") as f:
        for rel, p, stratum, found in drawn:
            f.write(json.dumps({"set": SET, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh10", "doc_split": split_of(SET, rel), "drawn": stratum,
                                "predicted": found, "text": p.text}, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for *_, stratum, _ in drawn:
        counts[stratum] = counts.get(stratum, 0) + 1
    print(f"{len(rels)} documents; stem pool {pool}; {len(drawn)} passages: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
