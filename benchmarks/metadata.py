"""Document metadata accuracy (title, first author, all authors, year, venue) on real PDFs, against hand-read gold.

Usage: python benchmarks/metadata.py [--eval ../shared/eval] [--grobid /work/.mirror/kermitt2+grobid/repo]
                                     [--folds 5] [--out docs/benchmarks.md] [--no-cv] [--model-cache DIR]

Sets: ../shared/eval/excite-ssoar (46 SSOAR papers, derived/metadata.jsonl), ../shared/eval/uk-policy-inquiries
(10 UK reports, metadata.jsonl), ../shared/eval/jose/papers (JOSE papers with their Crossref XML).
Columns:
  rules (5d86f13)   the rules litmine used before the header model (git show 5d86f13:litmine/ingest/metadata.py),
                    run on today's passages
  shipped model     what `extract_document` returns today, with the shipped weights (trained on GROBID + the JOSE,
                    UK and SSOAR files: training-set figures, not a test)
  GROBID only       a model trained on GROBID's header corpus alone, scored on every file (none of them seen)
  CV                5-fold cross-validation grouped by document: each fold's files are scored by a model trained
                    on GROBID + the files of the other folds (the shipped recipe), so no file is scored by a model
                    trained on it
Printed page: the share of pages whose printed label (litmine/ingest/page_labels.py, rules, not the header model)
equals the gold's (or its alternative; None where the page prints none), for the sets whose gold has page labels.
All figures are development figures: the features and assembly rules were designed while looking at these files.
Title: soft match (case, punctuation, spaces ignored; title_alternatives accepted); authors: family names (the
last word of each, as gold files differ on particles and initials; a corporate name whole), in order; year: the
year or one of year_alternatives; venue: the name, soft, either containing the other (documents whose gold has no
venue are left out).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
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
    family = c.get("family") or ""
    for _ in range(2):  # Crossref files escape some names twice ("’t&amp;nbsp;Hart")
        family = html.unescape(family)
    words = family.split()
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


def _page_gold(eval_dir: Path) -> dict[tuple[str, str], dict]:
    """Printed page labels of the gold files that have them: (set, file) -> {page_labels, page_labels_alt}."""
    out = {}
    for name, rel in (("ssoar", "excite-ssoar/derived/metadata.jsonl"), ("uk", "uk-policy-inquiries/metadata.jsonl")):
        path = eval_dir / rel
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                g = json.loads(line)
                if g.get("page_labels") is not None:
                    out[(name, g["file"])] = g
    return out


def _pages_right(labels: list, gold: dict) -> tuple[int, int]:
    """Pages whose printed label is the gold's (or its alternative), and pages."""
    want, alt = gold["page_labels"], gold.get("page_labels_alt") or []
    labels = (list(labels or []) + [None] * len(want))[:len(want)]
    ok = sum(1 for i, lab in enumerate(labels)
             if lab == want[i] or (i < len(alt) and alt[i] is not None and lab == alt[i]))
    return ok, len(want)


def _table(results: dict[str, dict[str, list]], sets: list[str], pages: dict) -> list[str]:
    head = [*FIELDS, "printed page"]
    lines = ["| method | set | files | " + " | ".join(head) + " |", "|---|---|---|" + "---|" * len(head)]
    for method, per_doc in results.items():
        for s in sets + ["all"]:
            rows = [r for (st, _), r in per_doc.items() if s == "all" or st == s]
            if not rows:
                continue
            cells = []
            for f in FIELDS:
                vals = [r[f] for r in rows if r[f] is not None]
                cells.append(f"{sum(vals) / len(vals):.2f} ({sum(vals)}/{len(vals)})" if vals else "–")
            got = [v for (st, _), v in pages.items() if s == "all" or st == s]
            ok, n = sum(v[0] for v in got), sum(v[1] for v in got)
            cells.append(f"{ok / n:.3f} ({ok}/{n} pages)" if n and method == "shipped model" else "–")
            lines.append(f"| {method} | {s} | {len(rows)} | " + " | ".join(cells) + " |")
    return lines


def _year_misses(per_doc: dict, values: dict) -> list[str]:
    """How the cross-validated year misses split: no year given (a document that prints none gets none) or a wrong
    year."""
    missed = [key for key, r in per_doc.items() if r["year"] is False]
    if not missed:
        return []
    none = sum(1 for key in missed if values.get(key, {}).get("year") is None)
    return [f"Year misses: {len(missed)}, of which {none} give no year and {len(missed) - none} a wrong one. "
            "The gold's notes say which PDFs print no year anywhere (their year comes from the publisher's site "
            "or the series' list): litmine leaves those empty rather than guess, so they bound the year figure."]


def _misses(per_doc: dict, values: dict) -> list[str]:
    """What the cross-validated model gets wrong, file by file: field, what it gave."""
    out = []
    for key in sorted(per_doc):
        bad = [f for f in ("title", "first author", "all authors", "year") if per_doc[key][f] is False]
        if bad:
            v = values[key]
            out.append(f"{key[0]} {key[1]}: {', '.join(bad)} (title {str(v.get('title'))[:60]!r}; "
                       f"authors {'; '.join(_families(v))[:60]!r}; year {v.get('year')})")
    return out


def _trained(th, docs: list[list[dict]], cache: Path | None):
    """th.train(docs), or the model it gave before on exactly these labelled lines (and the same feature and
    training code), from cache: the CV and GROBID-only models do not change when only the assembly does."""
    if cache is None:
        return th.train(docs)
    code = b"".join(Path(m.__file__).read_bytes() for m in (th, header_model))
    key = hashlib.sha1(code + json.dumps(docs, sort_keys=True, default=str).encode()).hexdigest()[:20]
    path = cache / f"header-{key}.json"
    if path.exists():
        return header_model.load_model(str(path))
    model = th.train(docs)
    cache.mkdir(parents=True, exist_ok=True)
    header_model.save_model(model, path)
    return model


def main() -> None:
    import train_header as th

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"), type=Path)
    ap.add_argument("--grobid", default="/work/.mirror/kermitt2+grobid/repo", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-cv", action="store_true", help="score the rules and the shipped model only")
    ap.add_argument("--out", default=str(HERE.parent / "docs" / "benchmarks.md"), type=Path)
    ap.add_argument("--model-cache", type=Path, default=None,
                    help="folder keeping the trained models by their training data (reruns after assembly changes)")
    args = ap.parse_args()
    golds = th.load_gold(args.eval)
    if not golds:
        print(f"skipped: no gold metadata under {args.eval}")
        return
    sets = sorted({g["set"] for g in golds})
    page_gold = _page_gold(args.eval)
    t0 = time.perf_counter()
    read, failed = {}, []
    for g in golds:
        got, err = _read(g)
        if got is None:
            failed.append(f"{g['id']}: {err}")
        else:
            read[(g["set"], g["id"])] = (g, got)
    pages = {key: _pages_right(info.get("page_labels"), page_gold[key])
             for key, (_, (_, info)) in read.items() if key in page_gold}
    old = _old_rules()
    results: dict[str, dict] = {"rules (5d86f13)": {}, "shipped model": {}}
    for key, (g, (passages, info)) in read.items():
        results["rules (5d86f13)"][key] = score(old.extract_metadata(passages, fmt="pdf", info=info).values, g)
        results["shipped model"][key] = score(extract_metadata(passages, fmt="pdf", info=info).values, g)
    timing, misses, cv_values = {}, [], {}
    if not args.no_cv and args.grobid.exists():
        grobid = th.load_grobid(args.grobid)
        dev = {}
        for key, (g, (_, info)) in read.items():
            rows = header_model.lines_from_pdf(info["front_lines"], info.get("page_sizes"), info.get("body_size"))
            for r, lab in zip(rows, th.label_lines(rows, g)):
                r["label"] = lab
            dev[key] = rows
        t1 = time.perf_counter()
        header_model.use_model(_trained(th, grobid, args.model_cache))
        timing["train GROBID only (s)"] = round(time.perf_counter() - t1, 1)
        results["GROBID only"] = {key: score(extract_metadata(p, fmt="pdf", info=i).values, g)
                                  for key, (g, (p, i)) in read.items()}
        results["CV"], cv_values = {}, {}
        for k in range(args.folds):
            header_model.use_model(_trained(th, grobid + [rows for key, rows in dev.items()
                                                          if _fold_of(read[key][0], args.folds) != k],
                                            args.model_cache))
            for key, (g, (p, i)) in read.items():
                if _fold_of(g, args.folds) == k:
                    cv_values[key] = extract_metadata(p, fmt="pdf", info=i).values
                    results["CV"][key] = score(cv_values[key], g)
        header_model.use_model(None)
        misses = _misses(results["CV"], cv_values)
    elapsed = time.perf_counter() - t0
    table = _table(results, sets, pages)
    print("\n".join(table + [""] + misses))
    md = [f"Development figures (the features and the assembly were designed while looking at these files), "
          f"{datetime.now(timezone.utc):%Y-%m-%d}, {machine()}; {versions(['scikit-learn', 'numpy', 'pypdfium2'])}; "
          f"`python benchmarks/metadata.py`.",
          "", f"Files: {len(read)} PDFs read ({', '.join(f'{s}: {sum(1 for k in read if k[0] == s)}' for s in sets)})"
          + (f"; not read: {'; '.join(failed)}" if failed else "") + ".", "",
          "Training data of the shipped header model (`scripts/train_header.py`): GROBID's header corpus (github "
          "kermitt2/grobid, grobid-trainer/resources/dataset/header/corpus, Apache-2.0; 742 labelled headers, "
          "aligned from tokens to lines; the weights' `meta` records the counts) and litmine's own lines (as the "
          "current PDF reader gives them) of the JOSE (CC BY 4.0), UK report (OGL/Open "
          "Parliament Licence) and SSOAR PDFs (internal evaluation only: the weights are learned from them, no "
          "text of them is shipped; `--sets uk,jose` rebuilds without them), each line labelled by fuzzy match to "
          "its gold. So the 'shipped model' rows are training-set figures. **CV** rows: five folds grouped by "
          "document; each fold's files are scored by a model trained on GROBID and the other folds' files, so no "
          "file is scored by a model trained on it (the features and the assembly rules were still written "
          "looking at these files: held-out documents will score lower). 'GROBID only' never saw any of these files. "
          "Printed page: the page labels of litmine/ingest/page_labels.py (rules, not learned; see the page_labels "
          "section), scored on every page of the SSOAR and UK gold.", "", *table, "",
          "CV misses (set, file: fields wrong; what the model gave):", "", *[f"- {m}" for m in misses], "",
          *(_year_misses(results.get("CV") or {}, cv_values) + [""]),
          f"Whole benchmark {elapsed:.0f} s (PDF reading, GROBID-only and five-fold training, scoring)."
          + (f" {timing}" if timing else "")]
    write_section("metadata", "\n".join(md) + "\n", args.out)


if __name__ == "__main__":
    main()
