"""Labelled candidate contexts (benchmarks/data/concept_senses/candidates/*.jsonl, session 22): ambiguous concept
candidates of development documents, each labelled by reading whether it is the concept's referent in the intended
sense, found again with the features the sense model reads (litmine/concepts/sense_model.py).

A record names its document (set, file), passage (page, key), concept, surface and occurrence (the surface's n-th
whole-word place in the passage, as the passage labels place theirs) and `sense` (true: the concept's referent).
Each document is read with litmine's reader (concept_senses_whole.read_document, cached) and tagged whole by the
default lexicon's matcher, rules alone, through tagging.tag_passages as ingest tags it; the recorder of
concept_senses_learned notes every ambiguous candidate the rules decide, and a record takes the candidate of its
concept that starts at its surface's place. A record whose passage or candidate is not found is counted as lost.

Every document of C22's rows is development data (draw_candidates.py leaves out every document with a held-out record
and the held-out halves of the German SSOAR papers); B24's rows (candidates_b24.jsonl) share documents, not pages,
with held-out splits of the UK inquiry reports (draw_candidates_b24.py). These rows are only ever used for development
training, leave-one-document-out figures and the rules' own figures.

Run as a script (``python benchmarks/concept_senses_candidates.py [--eval ../shared/eval] [--file NAME]``) it prints
the rules' decisions on each file's records, and per document and per concept: kept true / kept false / rejected
true / rejected false, the precision and the recall of the kept ones (development figures).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from concept_senses_data import LABELS, SET_FOLDERS, default_extra, is_extra, occurrences, passage_key

FOLDER = LABELS / "candidates"


def records(folder: Path = FOLDER, pattern: str = "*.jsonl") -> Iterator[dict]:
    """Every labelled candidate record of the files matching `pattern`, in file order."""
    for f in sorted(folder.glob(pattern)):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def record_path(eval_dir: Path, rec: dict) -> Path:
    if is_extra(rec):
        return default_extra(eval_dir) / "pdf" / rec["file"].split("/")[-1]
    return Path(eval_dir) / SET_FOLDERS.get(rec["set"], rec["set"]) / rec["file"]


def rows(eval_dir: Path, folder: Path = FOLDER, pattern: str = "*.jsonl") -> tuple[list[dict], int]:
    """One row per labelled candidate (of the files matching `pattern`) found again: {doc, id, concept, features,
    kept, label, german, and the passage's text with the candidate's span (text, start, end), in memory only}; and how
    many records were lost."""
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
    for rec in records(folder, pattern):
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


def _line(name: str, t: Counter) -> str:
    kept, true = t["kept true"] + t["kept false"], t["kept true"] + t["rejected true"]
    return (f"{name}: {t['kept true']} / {t['kept false']} / {t['rejected true']} / {t['rejected false']}, "
            f"precision {t['kept true'] / kept if kept else 1.0:.3f}, recall {t['kept true'] / true if true else 1.0:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "eval"))
    ap.add_argument("--file", help="one file of the folder (default: each in turn)")
    args = ap.parse_args()
    for f in [FOLDER / args.file] if args.file else sorted(FOLDER.glob("*.jsonl")):
        found, lost = rows(Path(args.eval), FOLDER, f.name)
        tallies: dict[str, Counter] = {}
        for r in found:
            key = f"{'kept' if r['kept'] else 'rejected'} {'true' if r['label'] else 'false'}"
            for group in ("all", f"document {r['doc']}", f"concept {r['concept']}"):
                tallies.setdefault(group, Counter())[key] += 1
        print(f"{f.name} (rules alone; kept true / kept false / rejected true / rejected false), {lost} lost")
        for group, t in sorted(tallies.items(), key=lambda g: (g[0] != "all", g[0])):
            print("  " + _line(group, t))


if __name__ == "__main__":
    main()
