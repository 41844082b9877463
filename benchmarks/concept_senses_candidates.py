"""Labelled candidate contexts (benchmarks/data/concept_senses/candidates/*.jsonl, session 22): ambiguous concept
candidates of development documents, each labelled by reading whether it is the concept's referent in the intended
sense, found again with the features the sense model reads (litmine/concepts/sense_model.py).

A record names its document (set, file), passage (page, key), concept, surface and occurrence (the surface's n-th
whole-word place in the passage, as the passage labels place theirs) and `sense` (true: the concept's referent).
Each document is read with litmine's reader (concept_senses_whole.read_document, cached) and tagged whole by the
default lexicon's matcher, rules alone, through tagging.tag_passages as ingest tags it; the recorder of
concept_senses_learned notes every ambiguous candidate the rules decide, and a record takes the candidate of its
concept that starts at its surface's place. A record whose passage or candidate is not found is counted as lost.
Records drawn as mentions read in whole passages that held no ambiguous candidate (`drawn` "c28-vocab", session 25:
is_passage_mention) are no candidates: they get only their loss stage (found, rejected, no candidate).

Run: ``python benchmarks/concept_senses_candidates.py [--eval ../shared/eval]`` prints the rules' precision and recall
on each candidates file and the passage mentions' loss stages (development data only).

Every document here is development data (draw_candidates.py leaves out every document with a held-out record and
the held-out halves of the German SSOAR papers), so these rows are only ever used for development training and
leave-one-document-out figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from concept_senses_data import LABELS, SET_FOLDERS, default_extra, is_extra, occurrences, passage_key

FOLDER = LABELS / "candidates"
PASSAGE_STRATA = ("c28-vocab",)  # records of mentions read in whole passages, not candidates
OWN = "candidates_c28.jsonl"  # the file whose German candidates main() lists per concept


def records(folder: Path = FOLDER) -> Iterator[dict]:
    """Every labelled candidate record, in file order."""
    for f in sorted(folder.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def record_path(eval_dir: Path, rec: dict) -> Path:
    if is_extra(rec):
        return default_extra(eval_dir) / "pdf" / rec["file"].split("/")[-1]
    return Path(eval_dir) / SET_FOLDERS.get(rec["set"], rec["set"]) / rec["file"]


def is_passage_mention(rec: dict) -> bool:
    """Whether a record is a mention found by reading a whole passage that held no ambiguous candidate (C28's
    stratum "c28-vocab", session 25), not a candidate: it has no features to train on, only a loss stage."""
    return rec.get("drawn") in PASSAGE_STRATA


def _tagged(eval_dir: Path, folder: Path, passage_mentions: bool) -> Iterator[tuple[list[dict], dict | None, list,
                                                                                   list]]:
    """Per document of the records (candidates, or with `passage_mentions` the passage-mention records): its
    records, its passages by key (None when the file is missing), the recorder's candidates (passage index, start,
    end, concept, features, kept) and the mentions the matcher stores; each document tagged whole by the
    default lexicon's matcher, rules alone, through tagging.tag_passages as ingest tags it."""
    from concept_senses_learned import Recorder
    from concept_senses_whole import read_document

    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import ConceptMatcher, normalise_word
    from litmine.concepts.tagging import tag_passages

    lexicon = load_lexicon()
    matcher = ConceptMatcher(lexicon)
    recorder = Recorder(lexicon, normalise_word)
    matcher.sense_model = recorder
    by_doc: dict[Path, list[dict]] = {}
    for rec in records(folder):
        if is_passage_mention(rec) == passage_mentions:
            by_doc.setdefault(record_path(eval_dir, rec), []).append(rec)
    for path, recs in sorted(by_doc.items()):
        if not path.exists():
            yield recs, None, [], []
            continue
        passages = read_document(str(path)).passages
        recorder.where = {id(p.text): p.index for p in passages}
        recorder.seen = []
        mentions, _, _ = tag_passages(matcher, passages)
        yield recs, {passage_key(p.text): p for p in passages}, recorder.seen, mentions


def rows(eval_dir: Path, folder: Path = FOLDER) -> tuple[list[dict], int]:
    """One row per labelled candidate found again: {doc, id, concept, features, kept, label, german, and
    the passage's text with the candidate's span (text, start, end), in memory only}; and how many records were lost.
    Passage-mention records (is_passage_mention) are no candidates and are left out."""
    out, lost = [], 0
    for recs, keys, seen, _ in _tagged(eval_dir, folder, False):
        index = {(i, s, concept): (f, keep) for i, s, _, concept, f, keep in seen}
        for rec in recs:
            found = None if keys is None else _find(rec, keys, index)
            if found is None:
                lost += 1
                continue
            f, keep, text, start, end = found
            out.append({"doc": f"{rec['set']}/{rec['file']}", "id": rec["id"], "concept": rec["concept"],
                        "features": f, "kept": keep, "label": bool(rec["sense"]),
                        "german": f.get("german", 0.0) == 1.0, "text": text, "start": start, "end": end})
    return out, lost


def passage_mention_stages(eval_dir: Path, folder: Path = FOLDER) -> list[tuple[dict, str]]:
    """Each passage-mention record with where the matcher loses it (_stage), each document tagged whole."""
    return [(rec, _stage(rec, keys, seen, mentions))
            for recs, keys, seen, mentions in _tagged(eval_dir, folder, True) for rec in recs]


def _stage(rec: dict, keys: dict | None, seen: list, mentions: list) -> str:
    """Where a passage-mention record stands, as the loss table of concept_senses.py counts: "found" (a stored
    mention of its concept overlaps it), "rejected" (a candidate of its concept overlapping it was set aside), "no
    candidate", or "lost" (its passage or its surface's occurrence is not found again)."""
    p = None if keys is None else keys.get(rec["key"])
    places = occurrences(p.text, rec["surface"]) if p is not None else []
    if int(rec["occurrence"]) >= len(places):
        return "lost"
    s, e = places[int(rec["occurrence"])]
    if any(m.passage_index == p.index and m.concept == rec["concept"] and m.start < e and s < m.end
           for m in mentions):
        return "found"
    if any(i == p.index and c == rec["concept"] and a < e and s < b and not keep for i, a, b, c, _, keep in seen):
        return "rejected"
    return "no candidate"


def _find(rec: dict, keys: dict, index: dict) -> tuple[dict, bool, str, int, int] | None:
    p = keys.get(rec["key"])
    if p is None:
        return None
    places = occurrences(p.text, rec["surface"])
    k = int(rec["occurrence"])
    if k >= len(places):
        return None
    found = index.get((p.index, places[k][0], rec["concept"]))
    return None if found is None else (*found, p.text, *places[k])


def main() -> None:
    """Print the rules' precision and recall on each candidates file's labelled candidates (per language and, for
    German, per concept) and where the passage-mention records are lost. Development data only."""
    import argparse
    from collections import Counter

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", default="../shared/eval")
    eval_dir = Path(ap.parse_args().eval)
    file_of = {json.loads(line)["id"]: f.name for f in sorted(FOLDER.glob("*.jsonl"))
               for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    found, lost = rows(eval_dir)
    print(f"{len(found)} labelled candidates found again, {lost} lost")
    print("| candidates file | language | candidates | true | kept | kept true | precision | recall |")
    print("|---|---|---|---|---|---|---|---|")
    for name in sorted(set(file_of.values())):
        for lang in ("de", "en"):
            mine = [r for r in found if file_of.get(r["id"]) == name and (r["german"] == (lang == "de"))]
            if mine:
                tp, kept, true = (sum(r["kept"] and r["label"] for r in mine), sum(r["kept"] for r in mine),
                                  sum(r["label"] for r in mine))
                print(f"| {name} | {lang} | {len(mine)} | {true} | {kept} | {tp} | "
                      f"{tp / kept if kept else 1.0:.3f} | {tp / true if true else 1.0:.3f} |")
    german = Counter((r["concept"], r["label"], r["kept"]) for r in found if r["german"] and file_of[r["id"]] == OWN)
    print(f"German candidates of {OWN} per concept, (label, kept): count:")
    for concept in sorted({c for c, _, _ in german}):
        print(f"  {concept}: " + ", ".join(f"({lab}, {kept}) {german[(concept, lab, kept)]}"
                                            for lab in (True, False) for kept in (True, False)
                                            if german[(concept, lab, kept)]))
    stages = passage_mention_stages(eval_dir)
    print(f"passage mentions (read in whole passages with no ambiguous candidate): {len(stages)}; "
          f"by stage {dict(Counter(s for _, s in stages))}")
    for rec, stage in stages:
        print(f"  {rec['id']} {rec['concept']} {stage}")


if __name__ == "__main__":
    main()
