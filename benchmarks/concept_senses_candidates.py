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

Run: ``python benchmarks/concept_senses_candidates.py [--eval ../shared/eval] [--file NAME]`` prints, for each
candidates file (or NAME alone), the rules' precision and recall per language, and kept true / kept false / rejected
true / rejected false per document and per concept; then the passage mentions' loss stages (development data only).

Every document of C22's and C28's rows is development data (draw_candidates.py and draw_candidates_c28.py leave out
every document with a held-out record and the held-out halves of the German SSOAR papers); B24's rows
(candidates_b24.jsonl) share documents, not pages, with held-out splits of the UK inquiry reports
(draw_candidates_b24.py). These rows are only ever used for development training, leave-one-document-out figures and
the rules' own figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from concept_senses_data import LABELS, SET_FOLDERS, default_extra, is_extra, occurrences, passage_key  # noqa: E402

FOLDER = LABELS / "candidates"
PASSAGE_STRATA = ("c28-vocab",)  # records of mentions read in whole passages, not candidates


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


def is_passage_mention(rec: dict) -> bool:
    """Whether a record is a mention found by reading a whole passage that held no ambiguous candidate (C28's
    stratum "c28-vocab", session 25), not a candidate: it has no features to train on, only a loss stage."""
    return rec.get("drawn") in PASSAGE_STRATA


def _tagged(eval_dir: Path, folder: Path, keep: Callable[[dict], bool],
            pattern: str = "*.jsonl") -> Iterator[tuple[list[dict], dict | None, list, list]]:
    """Per document holding a record that `keep` accepts: those records, its passages by key (None when the file is
    missing), the recorder's candidates (passage index, start, end, concept, features, kept) and the mentions the
    matcher stores; each document tagged whole, once, by the default lexicon's matcher, rules alone, through
    tagging.tag_passages as ingest tags it."""
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
        if keep(rec):
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


def _is_candidate(rec: dict) -> bool:
    return not is_passage_mention(rec)


def _rows_of(recs: list[dict], keys: dict | None, seen: list) -> tuple[list[dict], int]:
    """rows() of one document's candidate records (see there), and how many of them were lost."""
    index = {(i, s, concept): (f, keep) for i, s, _, concept, f, keep in seen}
    out, lost = [], 0
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


def rows(eval_dir: Path, folder: Path = FOLDER, pattern: str = "*.jsonl") -> tuple[list[dict], int]:
    """One row per labelled candidate (of the files matching `pattern`) found again: {doc, id, concept, features,
    kept, label, german, and the passage's text with the candidate's span (text, start, end), in memory only}; and
    how many records were lost. Passage-mention records (is_passage_mention) are no candidates and are left out."""
    out, lost = [], 0
    for recs, keys, seen, _ in _tagged(eval_dir, folder, _is_candidate, pattern):
        found, missing = _rows_of(recs, keys, seen)
        out += found
        lost += missing
    return out, lost


def passage_mention_stages(eval_dir: Path, folder: Path = FOLDER,
                           pattern: str = "*.jsonl") -> list[tuple[dict, str]]:
    """Each passage-mention record (of the files matching `pattern`) with where the matcher loses it (_stage), each
    document tagged whole."""
    return [(rec, _stage(rec, keys, seen, mentions))
            for recs, keys, seen, mentions in _tagged(eval_dir, folder, is_passage_mention, pattern) for rec in recs]


def decisions(eval_dir: Path, folder: Path = FOLDER,
              pattern: str = "*.jsonl") -> tuple[list[dict], int, list[tuple[dict, str]]]:
    """rows() and passage_mention_stages() of the same files from one tagging of each document."""
    out, lost, stages = [], 0, []
    for recs, keys, seen, mentions in _tagged(eval_dir, folder, lambda rec: True, pattern):
        found, missing = _rows_of([r for r in recs if _is_candidate(r)], keys, seen)
        out += found
        lost += missing
        stages += [(r, _stage(r, keys, seen, mentions)) for r in recs if is_passage_mention(r)]
    return out, lost, stages


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


def _line(name: str, t: Counter) -> str:
    """One tally as kept true / kept false / rejected true / rejected false, with the kept ones' precision and
    recall."""
    kept, true = t["kept true"] + t["kept false"], t["kept true"] + t["rejected true"]
    precision, recall = t["kept true"] / kept if kept else 1.0, t["kept true"] / true if true else 1.0
    return (f"{name}: {t['kept true']} / {t['kept false']} / {t['rejected true']} / {t['rejected false']}, "
            f"precision {precision:.3f}, recall {recall:.3f}")


def main() -> None:
    """Print the rules' decisions on each candidates file's labelled candidates (per language, document and concept)
    and where the passage-mention records are lost. Development data only."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "eval"))
    ap.add_argument("--file", help="one file of the folder (default: each in turn)")
    args = ap.parse_args()
    eval_dir = Path(args.eval)
    for f in [FOLDER / args.file] if args.file else sorted(FOLDER.glob("*.jsonl")):
        found, lost, stages = decisions(eval_dir, FOLDER, f.name)
        print(f"{f.name}: {len(found)} labelled candidates found again, {lost} lost (rules alone)")
        print("| language | candidates | true | kept | kept true | precision | recall |")
        print("|---|---|---|---|---|---|---|")
        for lang in ("de", "en"):
            mine = [r for r in found if r["german"] == (lang == "de")]
            if mine:
                tp, kept, true = (sum(r["kept"] and r["label"] for r in mine), sum(r["kept"] for r in mine),
                                  sum(r["label"] for r in mine))
                print(f"| {lang} | {len(mine)} | {true} | {kept} | {tp} | "
                      f"{tp / kept if kept else 1.0:.3f} | {tp / true if true else 1.0:.3f} |")
        tallies: dict[str, Counter] = {}
        for r in found:
            key = f"{'kept' if r['kept'] else 'rejected'} {'true' if r['label'] else 'false'}"
            for group in ("all", f"document {r['doc']}", f"concept {r['concept']}"):
                tallies.setdefault(group, Counter())[key] += 1
        print("kept true / kept false / rejected true / rejected false:")
        for group, t in sorted(tallies.items(), key=lambda g: (g[0] != "all", g[0])):
            print("  " + _line(group, t))
        if stages:
            print(f"passage mentions (read in whole passages with no ambiguous candidate): {len(stages)}; "
                  f"by stage {dict(Counter(s for _, s in stages))}")
            for rec, stage in stages:
                print(f"  {rec['id']} {rec['concept']} {stage}")


if __name__ == "__main__":
    main()
