"""Labelled candidate contexts (benchmarks/data/concept_senses/candidates/*.jsonl, session 22): ambiguous concept
candidates of development documents, each labelled by reading whether it is the concept's referent in the intended
sense, found again with the features the sense model reads (litmine/concepts/sense_model.py).

A record names its document (set, file), passage (page, key), concept, surface and occurrence (the surface's n-th
whole-word place in the passage, as the passage labels place theirs) and `sense` (true: the concept's referent).
Each document is read with litmine's reader (concept_senses_whole.read_document, cached) and tagged whole by the
default lexicon's matcher, rules alone, through tagging.tag_passages as ingest tags it; the recorder of
concept_senses_learned notes every ambiguous candidate the rules decide, and a record takes the candidate of its
concept that starts at its surface's place. A record whose passage or candidate is not found is counted as lost.

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


def rows(eval_dir: Path, folder: Path = FOLDER) -> tuple[list[dict], int]:
    """One row per labelled candidate found again: {doc, id, concept, features, kept, label, german, and
    the passage's text with the candidate's span (text, start, end), in memory only}; and how many records were lost."""
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
        by_doc.setdefault(record_path(eval_dir, rec), []).append(rec)
    out, lost = [], 0
    for path, recs in sorted(by_doc.items()):
        if not path.exists():
            lost += len(recs)
            continue
        passages = read_document(str(path)).passages
        recorder.where = {id(p.text): p.index for p in passages}
        recorder.seen = []
        tag_passages(matcher, passages)
        index = {}
        for i, s, _, concept, f, keep in recorder.seen:
            index[(i, s, concept)] = (f, keep)
        keys = {passage_key(p.text): p for p in passages}
        for rec in recs:
            found = _find(rec, keys, index)
            if found is None:
                lost += 1
                continue
            f, keep, text, start, end = found
            out.append({"doc": f"{rec['set']}/{rec['file']}", "id": rec["id"], "concept": rec["concept"],
                        "features": f, "kept": keep, "label": bool(rec["sense"]),
                        "german": f.get("german", 0.0) == 1.0, "text": text, "start": start, "end": end})
    return out, lost


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
