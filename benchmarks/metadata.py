"""Document metadata accuracy (title, first author, all authors, year, venue) on real PDFs, against hand-read gold.

Usage: python benchmarks/metadata.py [--eval ../shared/eval] [--grobid /work/.mirror/kermitt2+grobid/repo]
                                     [--folds 5] [--out docs/benchmarks.md] [--no-cv]

Sets: ../shared/eval/excite-ssoar (46 SSOAR papers, derived/metadata.jsonl), ../shared/eval/uk-policy-inquiries
(10 UK reports, metadata.jsonl), ../shared/eval/jose/papers (JOSE papers with their Crossref XML).
Columns:
  rules (5d86f13)   the rules litmine used before the header model (git show 5d86f13:litmine/ingest/metadata.py),
                    run on today's passages
  shipped model     what `extract_document` returns today, with the shipped weights (trained on GROBID + JOSE + UK:
                    the JOSE and UK rows are scored by a model that saw them; SSOAR rows are not)
  CV (shipped recipe)  5-fold cross-validation grouped by document: each fold's files are scored by a model trained
                    on GROBID + the JOSE/UK files of the other folds, so no file is scored by a model trained on it
  CV (+SSOAR)       the same, with the SSOAR files of the other folds in training too (evaluation only: SSOAR's
                    licences do not allow shipping weights built from them)
  GROBID only       a model trained on GROBID's header corpus alone, scored on every file
All figures are development figures: the features and assembly rules were designed while looking at these files.
Title: soft match (case, punctuation, spaces ignored; title_alternatives accepted); authors: family names (the
last word of each, as gold files differ on particles and initials; a corporate name whole), in order; year: the
year or one of year_alternatives; venue: the name, soft, either containing the other (documents whose gold has no
venue are left out).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scripts"))

from report import machine, module_at, versions, write_section  # noqa: E402

from litmine.errors import InputError  # noqa: E402
from litmine.ingest import header_model  # noqa: E402
from litmine.ingest.header_assembly import _fold, creators_from_names  # noqa: E402
from litmine.ingest.metadata import extract_metadata  # noqa: E402

FIELDS = ("title", "first author", "all authors", "year", "venue")


def _old_rules():
    """The metadata module as it was at 5d86f13 (before the header model), loaded from git."""
    return module_at("5d86f13", "litmine/ingest/metadata.py", "old_metadata")


def _read(gold: dict):
    from litmine.ingest.pdf import read_pdf
    from litmine.ingest.structure import build_passages

    try:
        blocks, info = read_pdf(str(gold["pdf"]))
    except InputError as exc:
        return None, str(exc)
    _, passages = build_passages(blocks)
    return (passages, info), None


def _families(values: dict) -> list[str]:
    creators = values.get("creators") or creators_from_names(list(values.get("authors") or []))
    return [_last(c) for c in creators]


def _last(c: dict) -> str:
    """A person's family name by its last word (gold files put particles and initials either side), or the
    corporate name whole."""
    if c.get("literal"):
        return _fold(c["literal"])
    words = (c.get("family") or "").replace("&nbsp;", " ").split()
    return _fold(words[-1]) if words else ""


def score(values: dict, gold: dict) -> dict[str, bool | None]:
    """Which fields of one document are right (None where the gold has no value)."""
    titles = [_fold(t) for t in [gold["title"], *gold["title_alternatives"]] if t]
    got = _families(values)
    want = [_last(a) for a in gold["authors"]]
    venue, gv = _fold(str(values.get("venue") or "")), _fold(gold.get("venue") or "")
    return {
        "title": _fold(str(values.get("title") or "")) in titles,
        "first author": bool(want) and bool(got) and got[0] == want[0] if want else None,
        "all authors": got == want if want else None,
        "year": values.get("year") in gold["years"] if gold["years"] else None,
        "venue": (bool(venue) and (venue in gv or gv in venue) and len(venue) >= 4) if gv else None,
    }


def _fold_of(gold: dict, k: int) -> int:
    return zlib.crc32(f"{gold['set']}-{gold['id']}".encode()) % k


def _table(results: dict[str, dict[str, list]], sets: list[str]) -> list[str]:
    lines = ["| method | set | files | " + " | ".join(FIELDS) + " |", "|---|---|---|" + "---|" * len(FIELDS)]
    for method, per_doc in results.items():
        for s in sets + ["all"]:
            rows = [r for (st, _), r in per_doc.items() if s == "all" or st == s]
            if not rows:
                continue
            cells = []
            for f in FIELDS:
                vals = [r[f] for r in rows if r[f] is not None]
                cells.append(f"{sum(vals) / len(vals):.2f} ({sum(vals)}/{len(vals)})" if vals else "–")
            lines.append(f"| {method} | {s} | {len(rows)} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    import train_header as th

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"), type=Path)
    ap.add_argument("--grobid", default="/work/.mirror/kermitt2+grobid/repo", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-cv", action="store_true", help="score the rules and the shipped model only")
    ap.add_argument("--out", default=str(HERE.parent / "docs" / "benchmarks.md"), type=Path)
    args = ap.parse_args()
    golds = th.load_gold(args.eval)
    if not golds:
        print(f"skipped: no gold metadata under {args.eval}")
        return
    sets = sorted({g["set"] for g in golds})
    t0 = time.perf_counter()
    read, failed = {}, []
    for g in golds:
        got, err = _read(g)
        if got is None:
            failed.append(f"{g['id']}: {err}")
        else:
            read[(g["set"], g["id"])] = (g, got)
    old = _old_rules()
    results: dict[str, dict] = {"rules (5d86f13)": {}, "shipped model": {}}
    for key, (g, (passages, info)) in read.items():
        results["rules (5d86f13)"][key] = score(old.extract_metadata(passages, fmt="pdf", info=info).values, g)
        results["shipped model"][key] = score(extract_metadata(passages, fmt="pdf", info=info).values, g)
    timing = {}
    if not args.no_cv and args.grobid.exists():
        grobid = th.load_grobid(args.grobid)
        dev = {}
        for key, (g, (_, info)) in read.items():
            rows = header_model.lines_from_pdf(info["front_lines"], info.get("page_sizes"), info.get("body_size"))
            for r, lab in zip(rows, th.label_lines(rows, g)):
                r["label"] = lab
            dev[key] = rows
        t1 = time.perf_counter()
        header_model.use_model(th.train(grobid))
        timing["train GROBID only (s)"] = round(time.perf_counter() - t1, 1)
        results["GROBID only"] = {key: score(extract_metadata(p, fmt="pdf", info=i).values, g)
                                  for key, (g, (p, i)) in read.items()}
        for name, train_sets in (("CV (shipped recipe)", {"uk", "jose"}), ("CV (+SSOAR)", {"uk", "jose", "ssoar"})):
            results[name] = {}
            for k in range(args.folds):
                train_docs = [rows for key, rows in dev.items()
                              if key[0] in train_sets and _fold_of(read[key][0], args.folds) != k]
                header_model.use_model(th.train(grobid + train_docs))
                for key, (g, (p, i)) in read.items():
                    if _fold_of(g, args.folds) == k:
                        results[name][key] = score(extract_metadata(p, fmt="pdf", info=i).values, g)
        header_model.use_model(None)
    elapsed = time.perf_counter() - t0
    table = _table(results, sets)
    print("\n".join(table))
    md = [f"Development figures (the features and the assembly were designed while looking at these files), "
          f"{datetime.now(timezone.utc):%Y-%m-%d}, {machine()}; {versions(['scikit-learn', 'numpy', 'pypdfium2'])}.",
          "", f"Files: {len(read)} PDFs read ({', '.join(f'{s}: {sum(1 for k in read if k[0] == s)}' for s in sets)})"
          + (f"; not read: {'; '.join(failed)}" if failed else "") + ".", "",
          "Training data of the header model: GROBID's header corpus (github kermitt2/grobid, "
          "grobid-trainer/resources/dataset/header/corpus, Apache-2.0; 742 labelled headers, aligned from tokens "
          "to lines) and litmine's own lines of the JOSE (CC BY 4.0) and UK report (OGL/Open Parliament Licence) "
          "PDFs, labelled by fuzzy match to their gold; SSOAR papers only inside the cross-validation folds "
          "(internal evaluation only). CV rows: a file is never scored by a model trained on it; 'shipped model' "
          "rows for JOSE and UK are training-set figures.", "", *table, "",
          f"Whole benchmark {elapsed:.0f} s (PDF reading, five-fold training twice, scoring)."
          + (f" {timing}" if timing else "")]
    write_section("metadata", "\n".join(md) + "\n", args.out)


if __name__ == "__main__":
    main()
