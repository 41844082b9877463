"""Draw ambiguous concept candidates, kept and rejected by the sense rules, from many development documents
(issue 12, session 22, helper C22): training examples for the learned admission (litmine/concepts/sense_model.py).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_candidates.py DRAW.jsonl DECISIONS.jsonl
[EVAL]``. EVAL is ../shared/eval by default; the German SSOAR papers are read from concept_senses_data.default_extra.
Writes two scratch files outside the project (their text is never committed):
- DRAW: one line per drawn candidate (id, set, file, page, key, concept, surface, occurrence, start, end, context)
  for the labeller: the passage's text around the candidate, nothing of the rules' decision;
- DECISIONS: the same ids with the rules' decision (kept, or the rule that set it aside), opened only after labelling.
The labels (candidates_c22.jsonl in candidates/) keep set, file, page, key, concept, surface and occurrence.

Rule (README.md, "Candidate contexts (session 22)"):
- Documents: development only. Every document with a record of a held-out split (fresh, fresh4, fresh5, fresh6,
  fresh7, fresh8) in any labels file is left out; of the German SSOAR papers with a reference section
  (de_refsection) only the development half by fresh7's rule (zlib.crc32(b"fresh7-halves/<id>.pdf") even); English
  documents only on fresh5's development half (split_fresh5.half == 0) when they hold a fresh5 record (all such
  documents already hold a held-out record otherwise). Pools: the German SSOAR papers of de_refsection (the
  development half), the German SSOAR papers of ../shared/eval (de_footnotes, de_footnotes_and_refsection) and the
  English SSOAR papers (en_refsection) left after that; the UK inquiry reports all hold held-out records (none left).
- Candidates: every ambiguous candidate the default lexicon's matcher decides in a document tagged whole (rules
  alone, through tagging.tag_passages as ingest tags it; the recorder of concept_senses_learned sees each), in
  passages that are not references, not in any labelled file (by key and key_before). Candidates set aside by
  another sense's word beside them (the lexicon's collocation evidence; never admitted) are left out.
- Per document at most 6: a seeded shuffle of its candidates, taken in order while at most 2 share a concept and
  surface (case-folded), up to 4 the rules reject and 2 they keep, then filled up to 6 from the rest (either kind).
  Seed 2222, one generator, documents in sorted order. Out-of-domain documents (the approved documents and the JOSE
  papers with no labelled record, which nothing else names as held-out) at most 4.
- Round 2 (``--round2``, seed 2223; round 1 is drawn first, unchanged, and left out): up to 6 more per document of
  the candidates round 1 left (the same order of preference), ids continuing after round 1's.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
from concept_senses_data import EXTRA_PREFIX, all_records, default_extra, occurrences  # noqa: E402
from split_fresh5 import half as fresh5_half  # noqa: E402

SEED, SEED2, PER_DOC2 = 2222, 2223, 6
HELD_OUT = ("fresh", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")
PER_DOC, REJECTED, KEPT, PER_FORM = 12, 9, 3, 4
OUT_OF_DOMAIN = ("uk-approved-documents", "science-out-of-domain")  # at most PER_DOC_OOD per document
PER_DOC_OOD = 4
CONTEXT = 300  # characters either side shown to the labeller


def excluded() -> set[tuple[str, str]]:
    """(set, file) of every document with a record of a held-out split, or on fresh5's held-out half."""
    out = set()
    for rec in all_records():
        if rec["split"] in HELD_OUT or (rec["split"] in ("fresh5", "fresh5d") and fresh5_half(rec) == 1):
            out.add((rec["set"], rec["file"]))
    return out


def labelled_keys() -> set[str]:
    keys = set()
    for rec in all_records():
        keys.add(rec["key"])
        if rec.get("key_before"):
            keys.add(rec["key_before"])
    return keys


def labelled_places(set_name: str, own: str) -> tuple[set[tuple[str, int]], set[str], set[str]]:
    """For a later draw from set `set_name` (B24's, C28's): (file, page) of every labelled record of that set in any
    labels file, every labelled key (passage and candidate files other than the draw's own labels file `own`, so that
    the draw reproduces after they are committed), and every file of that set a held-out record names (by its
    `file` field only)."""
    pages, keys, held_out = set(), set(), set()
    others = [f for f in sorted((HERE / "candidates").glob("*.jsonl")) if f.name != own]
    for f in sorted(HERE.glob("*.jsonl")) + others:
        for line in f.open(encoding="utf-8"):
            rec = json.loads(line)
            keys.add(rec["key"])
            if rec.get("key_before"):
                keys.add(rec["key_before"])
            if rec["set"] == set_name:
                pages.add((rec["file"], rec["page"]))
                if rec.get("split") in HELD_OUT:
                    held_out.add(rec["file"])
    return pages, keys, held_out


def pool(eval_dir: Path) -> list[tuple[str, str, Path]]:
    """(set, file, path) of the development documents drawn from, sorted."""
    out_of = excluded()
    docs = []
    extra = default_extra(eval_dir) / "pdf"
    for path in sorted(extra.glob("*.pdf")):
        if zlib.crc32(f"fresh7-halves/{path.name}".encode()) % 2 == 0:
            docs.append(("excite-ssoar", EXTRA_PREFIX + path.name, path))
    for folder in ("de_footnotes", "de_footnotes_and_refsection", "en_refsection"):
        for path in sorted((eval_dir / "excite-ssoar" / folder / "pdf").glob("*.pdf")):
            docs.append(("excite-ssoar", f"{folder}/pdf/{path.name}", path))
    for path in sorted((eval_dir / "uk-approved-documents" / "txt").glob("*.txt")):
        docs.append(("uk-approved-documents", f"txt/{path.name}", path))
    for path in sorted((eval_dir / "jose" / "papers").glob("*/*.pdf")):
        docs.append(("science-out-of-domain", str(path.relative_to(eval_dir)), path))
    return [d for d in docs if (d[0], d[1]) not in out_of]


def candidates(path: Path, recorder, matcher, keys: set[str]) -> list[dict]:
    """Every admissible ambiguous candidate of one document (not against, not in a labelled passage)."""
    from concept_senses_data import passage_key
    from concept_senses_whole import read_document

    from litmine.concepts.tagging import tag_passages

    passages = read_document(str(path)).passages
    recorder.where = {id(p.text): p.index for p in passages}
    recorder.seen = []
    tag_passages(matcher, passages)
    by_index = {p.index: p for p in passages}
    out = []
    for i, s, e, concept, f, keep in recorder.seen:
        p = by_index[i]
        if p.kind == "reference" or f.get("rejected_by=another_sense"):
            continue
        key = passage_key(p.text)
        if key in keys:
            continue
        surface = p.text[s:e]
        occ = [k for k, (a, _) in enumerate(occurrences(p.text, surface)) if a == s]
        if not occ:  # a span the whole-word search cannot place again (inside a compound)
            continue
        why = next((k[12:] for k in f if k.startswith("rejected_by=")), None)
        out.append({"page": p.page, "key": key, "concept": concept, "surface": surface, "occurrence": occ[0],
                    "start": s, "end": e, "kept": keep, "rule": "kept" if keep else why, "text": p.text})
    return out


def choose(cands: list[dict], rng: random.Random, cap: int = PER_DOC) -> list[dict]:
    """At most `cap`: up to REJECTED rejected and KEPT kept ones, PER_FORM per concept and surface, then any."""
    rng.shuffle(cands)
    forms: Counter = Counter()
    chosen: list[dict] = []
    for want_kept, limit in ((False, min(REJECTED, cap)), (True, KEPT), (None, cap)):
        for c in cands:
            if len(chosen) >= cap or (want_kept is not None and sum(x["kept"] == want_kept for x in chosen)
                                           >= limit):
                break
            form = (c["concept"], c["surface"].lower())
            if c in chosen or forms[form] >= PER_FORM or (want_kept is not None and c["kept"] != want_kept):
                continue
            forms[form] += 1
            chosen.append(c)
    return chosen


def tagger():
    """(matcher, recorder): the default lexicon's matcher, rules alone, with the recorder of concept_senses_learned
    noting every ambiguous candidate the rules decide."""
    from concept_senses_learned import Recorder

    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import ConceptMatcher, normalise_word

    lexicon = load_lexicon()
    matcher = ConceptMatcher(lexicon)
    recorder = Recorder(lexicon, normalise_word)
    matcher.sense_model = recorder
    return matcher, recorder


def arguments(repo: Path) -> tuple[Path, Path, Path, bool]:
    """(draw file, decisions file, eval folder, round 2) from the command line."""
    args = [a for a in sys.argv[1:] if a != "--round2"]
    eval_dir = Path(args[2]) if len(args) > 2 else repo.parent / "shared" / "eval"
    return Path(args[0]), Path(args[1]), eval_dir, "--round2" in sys.argv


def write_draw(rows: list[dict], offset: int, prefix: str, draw_out: Path, decisions_out: Path) -> None:
    """The labeller's scratch file (each candidate's context, CONTEXT characters either side) and, apart, the rules'
    decisions, ids `prefix` + number from `offset`."""
    with draw_out.open("w", encoding="utf-8") as d, decisions_out.open("w", encoding="utf-8") as k:
        for n, r in enumerate(rows):
            cid = f"{prefix}{n + offset:04d}"
            s, e, text = r["start"], r["end"], r["text"]
            context = text[max(0, s - CONTEXT):s] + "[[" + text[s:e] + "]]" + text[e:e + CONTEXT]
            d.write(json.dumps({"id": cid, "set": r["set"], "file": r["file"], "page": r["page"], "key": r["key"],
                                "concept": r["concept"], "surface": r["surface"], "occurrence": r["occurrence"],
                                "start": s, "end": e, "context": context}, ensure_ascii=False) + "\n")
            k.write(json.dumps({"id": cid, "kept": r["kept"], "rule": r["rule"]}) + "\n")


def main() -> None:
    draw_out, decisions_out, eval_dir, round2 = arguments(REPO)
    matcher, recorder = tagger()
    keys = labelled_keys()
    rng, rng2 = random.Random(SEED), random.Random(SEED2)
    rows, rows2 = [], []
    docs = pool(eval_dir)
    for set_name, file, path in docs:
        cap = PER_DOC_OOD if set_name in OUT_OF_DOMAIN else PER_DOC
        cands = candidates(path, recorder, matcher, keys)
        first = choose(cands, rng, cap)
        rows += [{"set": set_name, "file": file, **c} for c in first]
        if set_name not in OUT_OF_DOMAIN:
            rest = [c for c in cands if c not in first]
            rows2 += [{"set": set_name, "file": file, **c} for c in choose(rest, rng2, PER_DOC2)]
    offset = 0
    if round2:
        rows, offset = rows2, len(rows)
    write_draw(rows, offset, "c", draw_out, decisions_out)
    print(f"{len(docs)} documents in the pool; {len(rows)} candidates drawn from "
          f"{len({r['file'] for r in rows})} documents ({sum(r['kept'] for r in rows)} kept by the rules)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
