"""Accuracy and speed of the reference-string parser on third-party gold, scored as GROBID scores citations.

Usage: python benchmarks/references.py [--eval ../shared/eval] [--out docs/benchmarks.md] [--errors N]

Also scores split_references (GROBID's reference-segmenter sections, EXCITE's PDF reference lines),
merge_reference_passages (EXCITE entries handed over whole, cut in two, or run together) and looks_like_reference
(reference strings against prose).

Field-parsing sets (held out from the tagger's training except AnyStyle core; see scripts/train_references.py):
  EXCITE en_refsection   excite-ssoar/derived/en_refsection.jsonl (46 English social-science papers)
  EXCITE de_refsection   excite-ssoar/derived/de_refsection.jsonl (German, mostly author-year)
  AnyStyle gold          anystyle/derived/gold.jsonl
  AnyStyle core          anystyle/derived/core.jsonl (the tagger trains on it: shown for reference only)
  ParsCit CORA           parscit/derived/cora.jsonl
  ParsCit other sets     parscit/derived/{citeseerx,flux-cim-cs,en-humanities,it-humanities,mixed-humanities,iconip}
                         (never trained on by the shipped tagger, never read while writing rules: held-out)
Every row says its split (SPLITS). Leave-documents-out figures for EXCITE: benchmarks/references_folds.py.

Fields: author surnames (the whole list, in order, as one value), year, title, container, volume, issue, pages,
doi. Per field and micro-averaged over fields: precision, recall and F1, strict (exact after trimming edge
punctuation, enclosing quotes and "In:") and soft (also lower-cased, with every non-alphanumeric removed).
A field the gold has and the parser gets wrong counts as one false positive and one false negative.
Where a set gives no structured names (AnyStyle, CORA), gold surnames come from splitting the gold author span
with litmine's name splitter; where it gives no issue, the issue is read from the gold volume span ("26(1)").
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import random
import re
import sys
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import machine  # noqa: E402
from litmine.citations.reference_rules import (  # noqa: E402
    clean_container, clean_text, find_doi, parse_names, parse_pages, parse_volume, parse_year)
from litmine.citations import reference_model  # noqa: E402
from litmine.citations.references import (  # noqa: E402
    looks_like_reference, merge_reference_passages, parse_reference, split_references)

FIELDS = ("authors", "year", "title", "container", "volume", "issue", "pages", "doi")
SETS = [
    ("EXCITE en_refsection", "excite-ssoar/derived/en_refsection.jsonl", "excite"),
    ("EXCITE de_refsection", "excite-ssoar/derived/de_refsection.jsonl", "excite"),
    ("AnyStyle gold", "anystyle/derived/gold.jsonl", "labelled"),
    ("ParsCit CORA", "parscit/derived/cora.jsonl", "labelled"),
    ("ParsCit other sets", "parscit/derived/{citeseerx,flux-cim-cs,en-humanities,it-humanities,mixed-humanities,"
     "iconip}.jsonl", "labelled"),
    ("AnyStyle core (training data)", "anystyle/derived/core.jsonl", "labelled"),
]
# Whether the parser was developed on a set: "development" where its errors were read while the rules were written
# (and the tagger tuned), "held-out" where they never were; "training" where the shipped tagger trained on it.
DEV = "development (not trained on)"
SPLITS = {"EXCITE en_refsection": DEV, "EXCITE de_refsection": DEV, "AnyStyle gold": DEV, "ParsCit CORA": DEV,
          "ParsCit other sets": "held-out (never trained on or read)", "AnyStyle core (training data)": "training"}


# Soft F1 of the parser before issue 13 item 2 (commit 7c67aba: no restyled training strings, names and compact
# volume rules as then), measured with this script on 2026-12-04; its gold surnames and issues came from that
# commit's parse_names and parse_volume, which split a few gold author and volume spans differently.
BEFORE = {"EXCITE en_refsection": 0.924, "EXCITE de_refsection": 0.854, "AnyStyle gold": 0.965, "ParsCit CORA": 0.953,
          "ParsCit other sets": 0.930}

# Parse speed before and after, back to back on one machine (CPU seconds of one process, best of three passes over
# EXCITE en + AnyStyle gold + CORA, 3,325 strings; two rounds, 2026-12-04, 2-core machine at load ~20).
SPEED = "7c67aba 536 and 479 strings/s, now 495 and 471 (-8 % and -2 %)"


def set_files(root: Path, path: str) -> list[Path]:
    """One set's files: a path, or several written "dir/{a,b}.jsonl"."""
    m = re.fullmatch(r"(.*)\{(.*)\}(.*)", path)
    return [root / (m.group(1) + part + m.group(3)) for part in m.group(2).split(",")] if m else [root / path]


def _first(fields: dict, key: str) -> str | None:
    v = fields.get(key)
    return v[0] if v else None


def gold_excite(row: dict) -> dict:
    f = row["fields"]
    surnames = [a["surname"] for a in f.get("authors_structured", []) if a.get("surname")]
    pages = None
    if f.get("fpage"):
        pages = f["fpage"][0].strip(" .,") + ("-" + f["lpage"][0].strip(" .,") if f.get("lpage") else "")
    doi = None
    for v in f.get("identifier", []) + f.get("url", []):
        doi = doi or find_doi(v)
    year = parse_year(_first(f, "date"))[0]
    return {"authors": surnames or None, "year": year, "title": _first(f, "title"),
            "container": _first(f, "container"), "volume": _first(f, "volume"), "issue": _first(f, "issue"),
            "pages": pages, "doi": doi}


def gold_labelled(row: dict) -> dict:
    f = row["fields"]
    surnames = [n["surname"] for a in f.get("author", []) for n in parse_names(a)]
    volume, issue = parse_volume(_first(f, "volume"), _first(f, "issue"))
    doi = find_doi(_first(f, "doi") or "")
    return {"authors": surnames or None, "year": parse_year(_first(f, "date"))[0], "title": _first(f, "title"),
            "container": _first(f, "container"), "volume": volume, "issue": issue,
            "pages": parse_pages(_first(f, "pages")), "doi": doi}


class RulesOnly:
    """Within the block, parse_reference runs without the tagger (its weights file "missing")."""

    def __enter__(self) -> None:
        self.saved = reference_model.load_reference_tagger
        import litmine.citations.references as refs
        refs.load_reference_tagger = lambda: None

    def __exit__(self, *exc) -> None:
        import litmine.citations.references as refs
        refs.load_reference_tagger = self.saved


def predicted(raw: str) -> dict:
    r = parse_reference(raw)
    return {"authors": [a["surname"] for a in r.authors] or None, "year": r.year, "title": r.title,
            "container": r.container, "volume": r.volume, "issue": r.issue, "pages": r.pages, "doi": r.doi}


def strict(field: str, value) -> str | None:
    if value is None:
        return None
    if field == "authors":
        return "|".join(" ".join(str(s).strip(" .,").split()) for s in value)
    if field == "year":
        return str(value)
    text = unicodedata.normalize("NFKC", str(value))
    text = clean_container(text) if field == "container" else clean_text(text)
    if text and field in ("pages", "volume", "issue"):
        text = re.sub(r"\s*[-–—‒]+\s*", "-", text)
    return text or None


def soft(field: str, value) -> str | None:
    s = strict(field, value)
    if s is None:
        return None
    return re.sub(r"[\W_]+", "", s.lower()) or None


def score(rows: list[dict], kind: str, errors: int = 0) -> tuple[dict, float, int]:
    counts = {(mode, f): [0, 0, 0] for mode in ("strict", "soft") for f in FIELDS}
    golds = [gold_excite(r) if kind == "excite" else gold_labelled(r) for r in rows]
    t0 = time.perf_counter()
    preds = [predicted(r["raw"]) for r in rows]
    seconds = time.perf_counter() - t0
    shown = 0
    for row, g, p in zip(rows, golds, preds):
        bad = []
        for f in FIELDS:
            for mode, norm in (("strict", strict), ("soft", soft)):
                gv, pv = norm(f, g[f]), norm(f, p[f])
                c = counts[(mode, f)]
                if gv and pv:
                    if gv == pv:
                        c[0] += 1
                    else:
                        c[1] += 1
                        c[2] += 1
                        if mode == "soft":
                            bad.append((f, g[f], p[f]))
                elif gv:
                    c[2] += 1
                    if mode == "soft":
                        bad.append((f, g[f], None))
                elif pv:
                    c[1] += 1
                    if mode == "soft":
                        bad.append((f, None, p[f]))
        if bad and shown < errors:
            shown += 1
            print("\n" + row["raw"])
            for f, gv, pv in bad:
                print(f"   {f}: gold={gv!r} got={pv!r}")
    return counts, seconds, len(rows)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def micro(counts: dict, mode: str) -> tuple[float, float, float]:
    tp = sum(counts[(mode, f)][0] for f in FIELDS)
    fp = sum(counts[(mode, f)][1] for f in FIELDS)
    fn = sum(counts[(mode, f)][2] for f in FIELDS)
    return prf(tp, fp, fn)



# ------------------------------------------------------------------------------------------------ splitting
def refseg_sections(root: Path):
    """GROBID's reference-segmenter TEI: the lines of each section (<lb/>) and its gold entries (<bibl>)."""
    for f in sorted((root / "grobid-refseg").glob("*/*.xml")):
        xml = f.read_text(encoding="utf-8")
        body = xml[xml.find("<bibl"):xml.rfind("</listBibl>")]
        gold = [html.unescape(" ".join(re.sub(r"<[^>]+>", " ", b).split()))
                for b in re.findall(r"<bibl[^>]*>(.*?)</bibl>", body, re.S)]
        text = re.sub(r"<[^>]+>", "", body.replace("<lb/>", "\n"))
        yield [html.unescape(line.strip()) for line in text.split("\n")], gold


def excite_sections(root: Path):
    """EXCITE layout files: the PDF lines from the first to the last reference line (running heads and page
    numbers included) and the gold entries (<ref>...</ref>, possibly over several lines)."""
    for f in sorted((root / "excite-ssoar/en_refsection/layout_refs").glob("*.xml")):
        rows = [line.split("\t")[0] for line in f.read_text(encoding="utf-8").split("\n")]
        marked = [i for i, r in enumerate(rows) if "<ref>" in r or "</ref>" in r]
        if not marked:
            continue
        section = rows[marked[0]:marked[-1] + 1]
        gold, current = [], None
        for r in section:
            if "<ref>" in r:
                current = ""
            if current is not None:
                current += " " + r.replace("<ref>", "").replace("</ref>", "")
            if "</ref>" in r and current is not None:
                gold.append(" ".join(current.split()))
                current = None
        yield [r.replace("<ref>", "").replace("</ref>", "") for r in section], gold


def score_split(sections) -> tuple[float, float, float, int, int]:
    """Entry-level P/R/F1: an entry counts when its letters and digits equal a gold entry's."""
    def norm(t: str) -> str:
        return re.sub(r"[\W_]+", "", t.lower())
    tp = fp = fn = docs = 0
    for lines, gold in sections:
        docs += 1
        pred = [norm(e) for e in split_references(lines)]
        g = [norm(e) for e in gold]
        hit = len(set(pred) & set(g))
        tp, fp, fn = tp + hit, fp + len(pred) - hit, fn + len(g) - hit
    return (*prf(tp, fp, fn), docs, tp + fn)


def score_merge(root: Path, path: str, mode: str) -> tuple[float, float, float]:
    """merge_reference_passages on one set's gold entries, per document in order, given as passages: "one" per
    entry, "cut" (30 % of the entries cut in two at a random word, as by a page break), or "run" (five entries
    run together in one passage)."""
    def norm(t: str) -> str:
        return re.sub(r"[\W_]+", "", t.lower())
    docs: dict[str, list[str]] = {}
    for line in (root / path).open(encoding="utf-8"):
        row = json.loads(line)
        docs.setdefault(row["ssoar_id"], []).append(" ".join(row["raw"].split()))
    rnd = random.Random(0)
    tp = fp = fn = 0
    for raws in docs.values():
        if mode == "one":
            passages = list(raws)
        elif mode == "run":
            passages = [" ".join(raws[i:i + 5]) for i in range(0, len(raws), 5)]
        else:
            passages = []
            for raw in raws:
                words = raw.split()
                if len(words) > 8 and rnd.random() < 0.3:
                    k = rnd.randint(len(words) // 3, 2 * len(words) // 3)
                    passages += [" ".join(words[:k]), " ".join(words[k:])]
                else:
                    passages.append(raw)
        pred = [norm(e) for e in merge_reference_passages(passages)]
        gold = [norm(e) for e in raws]
        hit = len(set(pred) & set(gold))
        tp, fp, fn = tp + hit, fp + len(pred) - hit, fn + len(gold) - hit
    return prf(tp, fp, fn)


# ----------------------------------------------------------------------------------- is it a reference?
def looks_sets(root: Path) -> list[tuple[str, list[str], bool]]:
    rnd = random.Random(0)

    def raws(path: str) -> list[str]:
        return [json.loads(line)["raw"] for line in (root / path).open(encoding="utf-8")]

    out = [("EXCITE en reference strings", raws("excite-ssoar/derived/en_refsection.jsonl"), True),
           ("EXCITE de footnote reference strings", raws("excite-ssoar/derived/de_footnotes.jsonl"), True),
           ("AnyStyle gold strings", raws("anystyle/derived/gold.jsonl"), True)]
    contexts = [json.loads(line).get("context") or "" for line in
                (root / "grobid-fulltext/derived/intext_callouts.jsonl").open(encoding="utf-8")]
    contexts = [c for c in dict.fromkeys(contexts) if len(c.split()) >= 8]
    out.append(("GROBID full-text paragraphs (with callouts)", rnd.sample(contexts, min(1500, len(contexts))), False))
    paras = [p.strip() for f in sorted((root / "uk-approved-documents/txt").glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.split()) >= 8]
    out.append(("UK guidance paragraphs", rnd.sample(paras, min(1500, len(paras))), False))
    sentences = [s for p in paras for s in re.split(r"(?<=[.!?])\s+", p) if 6 <= len(s.split()) <= 40]
    out.append(("UK guidance sentences (footnote-sized)", rnd.sample(sentences, min(1500, len(sentences))), False))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md",
                    help="the Markdown file whose 'references' section is replaced")
    ap.add_argument("--sets", default="", help="comma-separated substrings of set names to run (fields only)")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrongly parsed strings per set")
    args = ap.parse_args()
    parse_reference("Warm, U. (2000) Loading the model. London: Press.")
    results, rules = [], []
    for name, path, kind in SETS:
        if args.sets and not any(s.lower() in name.lower() for s in args.sets.split(",")):
            continue
        files = set_files(args.eval, path)
        if not all(f.exists() for f in files):
            print(f"skip {name}: {path} missing", file=sys.stderr)
            continue
        rows = [json.loads(line) for f in files for line in f.open(encoding="utf-8")]
        counts, seconds, n = score(rows, kind, args.errors)
        results.append((name, counts, seconds, n))
        s, t = micro(counts, "soft"), micro(counts, "strict")
        print(f"{name}: {n} strings, soft P/R/F1 {s[0]:.3f}/{s[1]:.3f}/{s[2]:.3f}, strict F1 {t[2]:.3f}, "
              f"{n / seconds:.0f} strings/s", file=sys.stderr)
        for f in FIELDS:
            ps, pt = prf(*counts[("soft", f)]), prf(*counts[("strict", f)])
            print(f"   {f:10s} soft F1 {ps[2]:.3f}  strict F1 {pt[2]:.3f}  (P {ps[0]:.3f} R {ps[1]:.3f}, "
                  f"gold {counts[('soft', f)][0] + counts[('soft', f)][2]})", file=sys.stderr)
        if "training" not in name:
            with RulesOnly():
                counts, seconds, n = score(rows, kind)
            rules.append((name, counts, seconds, n))
            print(f"   rules only: soft F1 {micro(counts, 'soft')[2]:.3f}", file=sys.stderr)
    if args.sets:
        return
    splits = [("GROBID reference-segmenter sections", score_split(refseg_sections(args.eval))),
              ("EXCITE en PDF reference sections (layout lines)", score_split(excite_sections(args.eval)))]
    for name, (p, r, f, docs, n) in splits:
        print(f"split {name}: {docs} sections, {n} entries, P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}", file=sys.stderr)
    merges = []
    for set_name, path in (("EXCITE en", "excite-ssoar/derived/en_refsection.jsonl"),
                           ("EXCITE de", "excite-ssoar/derived/de_refsection.jsonl")):
        row = [score_merge(args.eval, path, mode) for mode in ("one", "cut", "run")]
        merges.append((set_name, row))
        print(f"merge {set_name}: F1 one {row[0][2]:.3f}, cut {row[1][2]:.3f}, run {row[2][2]:.3f}", file=sys.stderr)
    looks = []
    for name, texts, positive in looks_sets(args.eval):
        scores = [looks_like_reference(t) for t in texts]
        share = sum(s >= 0.5 for s in scores) / len(scores)
        looks.append((name, len(texts), positive, share))
        print(f"looks_like_reference {name}: {len(texts)} texts, {share:.3f} at >= 0.5", file=sys.stderr)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from report import write_section

    print(f"wrote {write_section('references', render(results, rules, splits, merges, looks), args.out)}",
          file=sys.stderr)


def render(results, rules, splits, merges, looks) -> str:
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## References: parsing, splitting, finding", "",
        f"- Date: {date}",
        f"- Machine: {machine()}",
        f"- Python {platform.python_version()}, NumPy {np.__version__}; `python benchmarks/references.py`", "",
        "### Reference strings → fields (`parse_reference`)", "",
        "Field-level scores, GROBID style, micro-averaged over author surnames (the whole list as one value), year, "
        "title, container, volume, issue, pages and DOI. Strict: exact after trimming edge punctuation, quotes and "
        "\"In:\"; soft: also ignoring case, spaces and punctuation. A wrong value counts as a false positive and a "
        "false negative. The shipped tagger was trained (scripts/train_references.py) on AnyStyle core/good/ugly/bad "
        "(BSD-2) and GROBID's citation corpus (Apache-2.0), with every string that also occurs in a test set "
        "removed, and restyled copies of some of their strings (MDPI, Vancouver, compact issues, names in capitals or "
        "surname first). None of the sets below was seen in training except AnyStyle core, shown to compare training "
        "and test figures. Strings per second: one process, one core, the whole of `parse_reference` (tagger, rules, "
        "name splitting).", "",
        "Split: *development* sets were not trained on, but their errors were read while the rules after the "
        "tagger were written, so their figures flatter the parser; *held-out* sets were neither trained on nor "
        "read; leave-documents-out figures for EXCITE are in the next section.", "",
        "| set | split | strings | soft P | soft R | soft F1 | soft F1 at 7c67aba | strict F1 | rules only, soft F1 "
        "| strings/s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    by_rules = {name: micro(counts, "soft")[2] for name, counts, _, _ in rules}
    for name, counts, seconds, n in results:
        s, t = micro(counts, "soft"), micro(counts, "strict")
        r = f"{by_rules[name]:.3f}" if name in by_rules else "–"
        before = f"{BEFORE[name]:.3f}" if name in BEFORE else "–"
        lines.append(f"| {name} | {SPLITS.get(name, '')} | {n} | {s[0]:.3f} | {s[1]:.3f} | {s[2]:.3f} | {before} | "
                     f"{t[2]:.3f} | {r} | "
                     f"{n / seconds:.0f} |")
    lines += ["", f"Speed before and after issue 13 item 2, back to back in CPU time (the strings/s column is wall "
              f"time on a machine shared with other work): {SPEED}.", "",
              "Soft F1 per field (strict in brackets):", "",
              "| set | " + " | ".join(FIELDS) + " |", "|---" * (len(FIELDS) + 1) + "|"]
    for name, counts, _, _ in results:
        cells = []
        for f in FIELDS:
            tp, fp, fn = counts[("soft", f)]
            if tp + fn == 0:
                cells.append("–")
                continue
            cells.append(f"{prf(tp, fp, fn)[2]:.3f} ({prf(*counts[('strict', f)])[2]:.3f})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "\"Rules only\" is the same pipeline with the tagger's weights missing (the hand-written "
              "labeller in reference_heuristics.py), which is what the tagger has to beat.", "",
              "### Reference sections → entries (`split_references`)", "",
              "An entry counts when its letters and digits equal a gold entry's. GROBID's sections are mostly "
              "numbered science lists where gold also splits \"[12] A; B; C\" into three entries; EXCITE's are the "
              "PDF lines of 46 social-science papers, running heads and page numbers included.", "",
              "| set | sections | gold entries | P | R | F1 |", "|---|---|---|---|---|---|"]
    for name, (p, r, f, docs, n) in splits:
        lines.append(f"| {name} | {docs} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
    lines += ["", "### Reference passages → entries (`merge_reference_passages`)", "",
              "The gold entries of each document, in order, handed over as passages: one per entry; with 30 % of "
              "the entries cut in two at a random word (as a page break does); five entries run together in one "
              "passage. Entry-level F1 as above.", "",
              "| set | one per entry | 30 % cut in two | five run together |", "|---|---|---|---|"]
    for name, row in merges:
        lines.append(f"| {name} | " + " | ".join(f"{f:.3f}" for _, _, f in row) + " |")
    lines += ["", "### Is this text a reference? (`looks_like_reference` ≥ 0.5)", "",
              "Share of texts scoring 0.5 or more: recall on reference strings, false-positive rate on prose. "
              "Some UK guidance \"paragraphs\" are themselves lists of cited standards and acts.", "",
              "| texts | kind | n | share ≥ 0.5 |", "|---|---|---|---|"]
    for name, n, positive, share in looks:
        lines.append(f"| {name} | {'references' if positive else 'prose'} | {n} | {share:.3f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
