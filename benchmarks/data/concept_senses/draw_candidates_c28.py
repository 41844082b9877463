"""Draw German concept candidates and German passages with a word of the field but no candidate from development
documents (issue 12, session 25, helper C28): more labelled German development data for German recall, drawn the
way draw_candidates.py (C22) and draw_candidates_b24.py (B24) draw candidate contexts.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_candidates_c28.py DRAW.jsonl
DECISIONS.jsonl [EVAL]`` (EVAL is ../shared/eval by default; the de_refsection papers are read from
concept_senses_data.default_extra). Writes two scratch files outside the project (their text is never committed):
DRAW, one line per drawn item for the labeller (a candidate: its context, nothing of the rules' decision; a passage:
its whole text); DECISIONS, the candidates' ids with the rules' decision, opened only after labelling. The labels
(candidates/candidates_c28.jsonl) keep set, file, page, key, concept, surface, occurrence and `drawn`.

Rule (README.md, "German candidate contexts and passages (session 25)"), decided and written before anything was drawn:
- Documents, development only, by file name: a de_refsection paper when it is in fresh7's development half
  (zlib.crc32(b"fresh7-halves/<id>.pdf") even, draw_fresh7.half_of); a German paper of ../shared/eval
  (excite-ssoar/de_*) only when no record of a held-out split (fresh, fresh4, fresh5, fresh6, fresh7, fresh8) in any
  labels file names it (checked on the records' `file` fields only).
- Excluded before anything is written: every page (file, page) holding a record of any split in any labels file of
  this folder or of candidates/ (but this draw's own), every passage already labelled (by key and key_before),
  reference passages, candidates set aside by another sense's word beside them (never admitted; as C22) and
  candidates their surface's whole-word occurrence cannot place again. Only German passages (litmine's language
  tag "de") are drawn.
- Stratum `c28-candidate`: ambiguous candidates the default lexicon's matcher decides in a document tagged whole
  (rules alone, through tagging.tag_passages as ingest tags it; the recorder of concept_senses_learned notes each).
  Per document at most PER_DOC by draw_candidates.choose (a seeded shuffle, at most PER_FORM per concept and
  surface, up to REJECTED the rules reject and KEPT they keep, then filled from the rest). Seed 2828.
- Stratum `c28-vocab`: German body paragraphs of at least 15 words holding a word of the field's German vocabulary
  (draw_fresh9.PATTERN: draw_fresh5.DE_VOCAB and draw_fresh9.WIDE_VOCAB) with no ambiguous candidate and not on a
  page of the first stratum's draw; per document at most PER_DOC_VOCAB (a seeded shuffle, seed 2829), at most
  N_VOCAB in all, drawn round-robin over the documents in a seeded order. (A first run, with at most 8 candidates
  per document and 60 passages, drew 56 candidates and 60 passages; the caps were raised to the values below before
  anything drawn was read: the pool off labelled pages holds only 225 German candidates, 175 of them in one paper.)
  The labeller reads each whole and records every mention in the field's sense in any wording (`drawn`
  "c28-vocab"); whether the matcher finds it is worked out only when scoring.
- Round 2 (``--round2``, written after round 1 was labelled and committed, before it was drawn; round 1 is drawn
  first, unchanged, and left out; no candidates): round 1's 110 passages held only 11 mentions, most papers being
  outside the field, so round 2 reads the papers denser in the field's vocabulary: documents with at least DENSE
  vocabulary paragraphs (as above), up to PER_DOC_VOCAB2 each of the paragraphs round 1 left, round-robin in a
  seeded order (seed 2830), at most N_VOCAB2; ids continue after round 1's.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
import draw_candidates as c22  # noqa: E402
from concept_senses_data import EXTRA_PREFIX, default_extra, passage_key  # noqa: E402
from draw_fresh9 import PATTERN  # noqa: E402

SEED, SEED_VOCAB, SET = 2828, 2829, "excite-ssoar"
c22.PER_DOC, c22.REJECTED, c22.KEPT, c22.PER_FORM = 30, 25, 5, 2
PER_DOC_VOCAB, N_VOCAB = 3, 110
SEED_VOCAB2, DENSE, PER_DOC_VOCAB2, N_VOCAB2 = 2830, 8, 4, 90
OWN = "candidates_c28.jsonl"  # this draw's labels, not "already labelled"
GERMAN_FOLDERS = ("de_footnotes", "de_footnotes_and_refsection")



def pool(eval_dir: Path, held_out: set[str]) -> list[tuple[str, Path]]:
    """(file, path) of the development German documents, sorted."""
    docs = [(EXTRA_PREFIX + p.name, p) for p in sorted((default_extra(eval_dir) / "pdf").glob("*.pdf"))
            if zlib.crc32(f"fresh7-halves/{p.name}".encode()) % 2 == 0]
    for folder in GERMAN_FOLDERS:
        docs += [(f"{folder}/pdf/{p.name}", p) for p in sorted((eval_dir / SET / folder / "pdf").glob("*.pdf"))]
    return [(file, path) for file, path in docs if file not in held_out]


def _round2(first: list, all_hits: dict[str, list]) -> list:
    """Round 2's vocabulary passages: of the documents holding at least DENSE vocabulary paragraphs, up to
    PER_DOC_VOCAB2 each of those round 1 (`first`) left, round-robin in a seeded order, at most N_VOCAB2."""
    taken = {id(p) for _, p in first}
    left = {n: [p for p in hits if id(p) not in taken] for n, hits in all_hits.items() if len(hits) >= DENSE}
    names = sorted(left)
    random.Random(SEED_VOCAB2).shuffle(names)
    out = []
    for depth in range(PER_DOC_VOCAB2):
        out += [(n, left[n][depth]) for n in names if len(left[n]) > depth]
    return out[:N_VOCAB2]


def main() -> None:
    from concept_senses_whole import read_document

    draw_out, decisions_out, eval_dir, round2 = c22.arguments(REPO)
    matcher, recorder = c22.tagger()
    pages, keys, held_out = c22.labelled_places(SET, OWN)
    rng, rng_vocab = random.Random(SEED), random.Random(SEED_VOCAB)
    rows, vocab_of, all_hits = [], {}, {}
    docs = pool(eval_dir, held_out)
    for file, path in docs:
        passages = read_document(str(path)).passages
        german = {p.index for p in passages if p.language == "de"}
        cands = [c for c in c22.candidates(path, recorder, matcher, keys) if (file, c["page"]) not in pages]
        with_candidate = {i for i, *_ in recorder.seen}
        by_key = {passage_key(p.text): p.index for p in passages}
        cands = [c for c in cands if by_key[c["key"]] in german]
        first = c22.choose(cands, rng, c22.PER_DOC)
        rows += [{"set": SET, "file": file, **c} for c in first]
        drawn_pages = {c["page"] for c in first}
        hits = [p for p in passages if p.index in german and p.kind == "body" and len(p.text.split()) >= 15
                and p.index not in with_candidate and (file, p.page) not in pages and p.page not in drawn_pages
                and passage_key(p.text) not in keys and PATTERN.search(p.text)]
        rng_vocab.shuffle(hits)
        if hits:
            vocab_of[file], all_hits[file] = hits[:PER_DOC_VOCAB], hits
    names = sorted(vocab_of)
    rng_vocab.shuffle(names)
    vocab = []
    for depth in range(PER_DOC_VOCAB):
        vocab += [(n, vocab_of[n][depth]) for n in names if len(vocab_of[n]) > depth]
    vocab = vocab[:N_VOCAB]
    offset = 0
    if round2:
        vocab, offset, rows = _round2(vocab, all_hits), len(vocab), []
    c22.write_draw(rows, 0, "g", draw_out, decisions_out)
    with draw_out.open("a", encoding="utf-8") as d:
        for n, (file, p) in enumerate(vocab):
            d.write(json.dumps({"id": f"v{n + offset:04d}", "set": SET, "file": file, "page": p.page,
                                "key": passage_key(p.text), "drawn": "c28-vocab", "context": p.text},
                               ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents in the pool; {len(rows)} candidates drawn from {len({r['file'] for r in rows})} "
          f"documents ({sum(r['kept'] for r in rows)} kept by the rules); {len(vocab)} vocabulary passages from "
          f"{len({f for f, _ in vocab})} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
