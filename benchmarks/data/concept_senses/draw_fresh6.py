"""Draw the sixth fresh sample of passages for hand-labelling, blind to the matcher (issue 12, session 11).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh6.py OUT.jsonl``. Writes one line
per drawn passage (set, file, page, key, split, doc_split, drawn, text) to OUT, a scratch file outside the project:
the text is for the labeller to read and is never committed (the labels, fresh6.jsonl, keep set, file, page and key).
Only litmine's reader is used (the passages of each file); no concept matcher is run and no store is built.

Rule (README.md, "fresh6"): litmine's body paragraphs (kind "body") of at least 15 words, not in any earlier labelled
file (by key and `key_before`; fresh6.jsonl itself is skipped so that the draw reproduces), with fresh5's stems
(draw_fresh5.VOCAB and DE_VOCAB). fresh5's capped pools are rebuilt exactly as draw_fresh5 built them (seed 510,
every labelled file but fresh5.jsonl and fresh6.jsonl excluded), so that "the rest of fresh5's pool" and "beyond
fresh5's cap" are well defined. Then, with seed 610, five strata:
- `fresh6-de-vocab` (60): German SSOAR paragraphs with a German stem: every one of fresh5's capped German pool not
  drawn by fresh5 (49), then a sample of those beyond fresh5's cap of 8 per paper (at most 12 per paper in fresh6);
- `fresh6-de-random` (25): uniform over the other German paragraphs;
- `fresh6-vocab-uncapped` (80): English SSOAR and UK inquiry paragraphs with an English stem beyond fresh5's cap of
  25 per document, at most 15 per document;
- `fresh6-science` (40): JOSE papers (jose/papers/*/*.pdf: teaching materials in science, medicine and computing,
  out of the field), paragraphs with an English stem, at most 3 per paper; set "science-out-of-domain", file the
  path under ../shared/eval (concept_senses_data.SET_FOLDERS);
- `fresh6-approved` (20): UK approved-document paragraphs with an English stem, at most 2 per document.
Round 1 drew 220 passages (the English pool beyond the cap held only 75 at 15 per document). Round 2
(``draw_fresh6.py OUT.jsonl --round2``, seed 611, drawn after round 1 was labelled and before anything was scored;
round 1 is unchanged by it): round 1 held only 13 English true mentions, so `fresh6-vocab-rest` (the English
passages beyond fresh5's cap not drawn in round 1, at most 15 more per document: 74) and `fresh6-de-vocab-rest`
(every passage of the capped German beyond-the-cap pool not drawn in round 1: 58) were drawn and labelled too.
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
import draw_fresh5 as f5  # noqa: E402
from concept_senses_data import passage_key, split_of  # noqa: E402

SEED = 610
OWN = "fresh6.jsonl"
SCIENCE = ("science-out-of-domain", "jose/papers", "*/*.pdf")  # set name, folder under EVAL, glob
N_DE, N_DE_RANDOM, N_EN, N_SCIENCE, N_APPROVED = 60, 25, 80, 40, 20
PER_DOC_DE, PER_DOC_EN, PER_DOC_SCIENCE, PER_DOC_APPROVED = 12, 15, 3, 2


def _fresh5_pools():
    """fresh5's capped English and German vocabulary pools, rebuilt as draw_fresh5.main built them."""
    labelled = f5._labelled((f5.OWN, OWN))
    rng, pools = random.Random(f5.SEED), {}
    vocab, _ = f5._split(f5.EN_IN_DOMAIN, labelled, (None, "en"), f5._EN, f5.PER_DOC, rng, "v", "r", pools)
    de_vocab, _ = f5._split(f5.DE_IN_DOMAIN, labelled, (None, "de"), f5._DE, f5.PER_DOC_DE, rng, "dv", "dr", pools)
    return vocab, de_vocab


def _hits(sets, labelled, languages, pattern):
    """(set, rel, passage) of every paragraph holding a stem, and of every other paragraph."""
    hits, others = [], []
    for set_name, folder, glob in sets:
        for path in sorted((f5.EVAL / folder if set_name == SCIENCE[0] else f5.EVAL / set_name / folder).glob(glob)):
            rel = str(path.relative_to(f5.EVAL if set_name == SCIENCE[0] else f5.EVAL / set_name))
            for p in f5._paragraphs(path, labelled, languages):
                (hits if pattern.search(p.text) else others).append((set_name, rel, p))
    return hits, others


def _capped(rng, items, per_doc, taken=None):
    """At most per_doc items of each document, less what `taken` (document -> count) already holds."""
    by_doc: dict[str, list] = {}
    for it in items:
        by_doc.setdefault(it[1], []).append(it)
    out = []
    for rel in sorted(by_doc):
        group = by_doc[rel]
        rng.shuffle(group)
        out += group[:max(0, per_doc - (taken or {}).get(rel, 0))]
    return out


def _strata(rng, labelled, pools):
    vocab5, de_vocab5 = _fresh5_pools()
    in5 = {passage_key(p.text) for _, _, p, _ in vocab5 + de_vocab5}
    de_hits, de_others = _hits(f5.DE_IN_DOMAIN, labelled, (None, "de"), f5._DE)
    en_hits, _ = _hits(f5.EN_IN_DOMAIN, labelled, (None, "en"), f5._EN)
    rest5 = [(s, r, p) for s, r, p, _ in de_vocab5 if passage_key(p.text) not in labelled]
    beyond_de = [h for h in de_hits if passage_key(h[2].text) not in in5]
    per_paper: dict[str, int] = {}
    for _, r, _ in rest5:
        per_paper[r] = per_paper.get(r, 0) + 1
    beyond_de = _capped(rng, beyond_de, PER_DOC_DE, per_paper)
    pools["en"] = [h for h in en_hits if passage_key(h[2].text) not in in5]
    pools["de"] = beyond_de
    beyond_en = _capped(rng, pools["en"], PER_DOC_EN)
    science, _ = _hits((SCIENCE,), labelled, (None, "en"), f5._EN)
    approved, _ = _hits((f5.OUT_OF_DOMAIN,), labelled, (None, "en"), f5._EN)
    print(f"pools: fresh5 German rest {len(rest5)}, German beyond the cap {len(beyond_de)} (capped 12/paper), "
          f"German others {len(de_others)}, English beyond the cap {len(beyond_en)} (capped 15/doc), "
          f"science {len(science)} uncapped, approved {len(approved)} uncapped", file=sys.stderr)
    de = rest5 + f5._sample(rng, beyond_de, max(0, N_DE - len(rest5)))
    return [("fresh6-de-vocab", de), ("fresh6-de-random", f5._sample(rng, de_others, N_DE_RANDOM)),
            ("fresh6-vocab-uncapped", f5._sample(rng, beyond_en, N_EN)),
            ("fresh6-science", f5._sample(rng, _capped(rng, science, PER_DOC_SCIENCE), N_SCIENCE)),
            ("fresh6-approved", f5._sample(rng, _capped(rng, approved, PER_DOC_APPROVED), N_APPROVED))]


def _round2(pools, drawn) -> list:
    """The English passages beyond fresh5's cap not drawn in round 1 (at most 15 more per document) and every
    German one of the capped beyond-the-cap pool not drawn in round 1."""
    rng2 = random.Random(SEED + 1)
    first = {passage_key(p.text) for _, _, p, _ in drawn}
    en = _capped(rng2, [h for h in pools["en"] if passage_key(h[2].text) not in first], PER_DOC_EN)
    de = [h for h in pools["de"] if passage_key(h[2].text) not in first]
    second = [(s, r, p, "fresh6-vocab-rest") for s, r, p in en] + [(s, r, p, "fresh6-de-vocab-rest")
                                                                     for s, r, p in de]
    rng2.shuffle(second)
    return second


def main() -> None:
    out = Path(sys.argv[1])
    rng, pools = random.Random(SEED), {}
    drawn = [(s, r, p, name) for name, items in _strata(rng, f5._labelled((OWN,)), pools) for s, r, p in items]
    rng.shuffle(drawn)
    if "--round2" in sys.argv:
        drawn = _round2(pools, drawn)
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p, stratum in drawn:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh6", "doc_split": split_of(set_name, rel), "drawn": stratum,
                                "text": p.text}, ensure_ascii=False) + "\n")
    counts = {}
    for *_, stratum in drawn:
        counts[stratum] = counts.get(stratum, 0) + 1
    print(f"{len(drawn)} passages: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
