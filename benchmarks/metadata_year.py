"""Publication-year accuracy of the learned year ranker against the rules it replaced, per development set.

Usage: python benchmarks/metadata_year.py [--eval ../shared/eval] [--out docs/benchmarks.md] [--folds N] [--cache DIR]

Grouped cross-validation by document: the documents are split into folds (leave-one-document-out when --folds is 0);
the ranker is retrained on the other folds (scripts/train_year.py's `examples` and `fit`) and scores only the
documents it never saw. Figures are development (cross-validated): the same files chose the features. The rules
are those of commit 5d86f13 (litmine/ingest/metadata.py), run on the same passages. A year counts as right when it
equals the gold year; a gold *alternative* (e.g. a copyright year beside the issue year) is reported apart. Data
are read from ../shared/eval; the script skips cleanly when they are absent.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import types
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from report import DOC, machine, write_section  # noqa: E402

SETS = ("ssoar", "uk", "jose")
NAMES = {"ssoar": "SSOAR papers (excite-ssoar en_refsection)", "uk": "UK inquiry reports and responses",
         "jose": "JOSE papers (Crossref year)"}


def old_rules():
    """extract_metadata as it was at commit 5d86f13 (the rules this ranker replaced)."""
    src = subprocess.run(["git", "show", "5d86f13:litmine/ingest/metadata.py"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    mod = types.ModuleType("metadata_5d86f13")
    sys.modules[mod.__name__] = mod
    exec(compile(src, "metadata_5d86f13.py", "exec"), mod.__dict__)  # noqa: S102 - our own file at a fixed commit
    return mod.extract_metadata


def folds_of(docs: list[dict], k: int) -> list[list[int]]:
    idx = list(range(len(docs)))
    if k <= 0 or k >= len(docs):
        return [[i] for i in idx]
    return [idx[f::k] for f in range(k)]  # interleaved, so every fold holds documents of every set


def cross_validate(docs: list[dict], k: int, c: float = 1.0, threshold: float | None = None,
                   alpha: float | None = None, extra: list[dict] | None = None) -> list[dict]:
    """Per document: the ranker's year and probability when trained without the document's fold (extra: documents
    that are always in training and never scored, e.g. GROBID's headers)."""
    from train_year import SET_BALANCE, examples, fit, set_weights

    from litmine.ingest.header_fields import YEAR_THRESHOLD, YearModel, find_year

    threshold = YEAR_THRESHOLD if threshold is None else threshold
    out: list[dict | None] = [None] * len(docs)
    feats, labels, groups = examples(docs + (extra or []))
    weights = set_weights(docs + (extra or []), SET_BALANCE if alpha is None else alpha)
    for held in folds_of(docs, k):
        held_set = set(held)
        keep = [i for i, g in enumerate(groups) if g not in held_set]
        names, coef, intercept = fit([feats[i] for i in keep], [labels[i] for i in keep],
                                     [groups[i] for i in keep], c, weights)
        model = YearModel(names, coef, intercept)
        for i in held:
            d = docs[i]
            choice = find_year(d["passages"], fmt="pdf", info=d["info"], model=model, threshold=0.0)
            out[i] = {"year": choice.year if choice and choice.confidence >= threshold else None,
                      "guess": choice.year if choice else None, "p": choice.confidence if choice else 0.0,
                      "source": choice.source if choice else None, "evidence": choice.evidence if choice else ""}
    return out  # type: ignore[return-value]


def leave_set_out(docs: list[dict], extra: list[dict], c: float) -> dict[str, dict]:
    """Each development set scored by a ranker trained on the other sets (and GROBID) only: a stricter test of
    documents of a kind the ranker never saw."""
    from train_year import examples, fit, set_weights

    from litmine.ingest.header_fields import YearModel, find_year

    out = {}
    for s in SETS:
        held = [d for d in docs if d["set"] == s]
        train = [d for d in docs if d["set"] != s] + extra
        if not held or not train:
            continue
        f, y, g = examples(train)
        model = YearModel(*fit(f, y, g, c, set_weights(train)))
        years = []
        for d in held:
            choice = find_year(d["passages"], fmt="pdf", info=d["info"], model=model)
            years.append(choice.year if choice else None)
        out[s] = score(held, years)[s]
    return out


def score(docs: list[dict], years: list[int | None]) -> dict[str, dict]:
    res = {}
    for s in SETS:
        rows = [(d, y) for d, y in zip(docs, years) if d["set"] == s]
        if not rows:
            continue
        right = sum(y == d["gold"]["year"] for d, y in rows)
        alt = sum(y in (d["gold"].get("alternatives") or []) and y != d["gold"]["year"] for d, y in rows)
        missing = sum(y is None for d, y in rows)
        res[s] = {"n": len(rows), "right": right, "alt": alt, "missing": missing,
                  "wrong": len(rows) - right - alt - missing, "acc": right / len(rows)}
    return res


def _soft(a: object, b: object) -> bool:
    norm = lambda x: re.sub(r"[^0-9a-zà-ÿ]+", "", str(x or "").lower().replace("–", "-"))  # noqa: E731
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or (len(a) >= 4 and len(b) >= 4 and (a in b or b in a)))


def venue_scores(docs: list[dict]) -> dict[str, dict[str, tuple[int, int]]]:
    """Per set and field: (right, scored) for venue name, volume, issue, pages, number and kind, scored only where
    the gold has a value. These are rules (ingest/header_venue.py), not learned: development figures."""
    from litmine.ingest.metadata import extract_metadata

    out: dict[str, dict[str, list[int]]] = {}
    for d in docs:
        found = extract_metadata(d["passages"], fmt="pdf", info=d["info"]).values
        got = dict(found.get("venue_info") or {})
        got["name"] = found.get("venue") or got.get("name")
        gold = d["gold"].get("venue") or {}
        row = out.setdefault(d["set"], {})
        for field in ("name", "volume", "issue", "pages", "number"):
            if gold.get(field):
                r = row.setdefault(field, [0, 0])
                r[1] += 1
                ok = _soft(got.get(field), gold[field])
                if field == "name" and not ok and gold.get("name_as_printed"):
                    ok = _soft(got.get(field), gold["name_as_printed"])
                r[0] += int(ok)
        if d["gold"].get("kind"):
            r = row.setdefault("kind", [0, 0])
            r[1] += 1
            r[0] += int(found.get("kind") == d["gold"]["kind"])
    return {s: {f: (v[0], v[1]) for f, v in row.items()} for s, row in out.items()}


def render(docs, base, cv, sweep, k, secs, venues=None, lso=None, n_grobid=0) -> str:
    from litmine.ingest.header_fields import YEAR_THRESHOLD, year_candidates

    missing_gold = {s: 0 for s in SETS}
    for d in docs:
        years = {c.year for c in year_candidates(d["passages"], fmt="pdf", info=d["info"])}
        missing_gold[d["set"]] += int(d["gold"]["year"] not in years)
    absent = ", ".join(f"{NAMES[s].split(' (')[0]} {n}" for s, n in missing_gold.items())
    fold = "leave-one-document-out" if k <= 0 else f"{k} interleaved folds, grouped by document"
    lines = ["## Metadata: publication year (learned ranker vs the rules of 5d86f13)", "",
             f"- Machine: {machine()}; date {date.today().isoformat()}; {secs:.0f} s for the whole script.",
             f"- **Development (cross-validated)**: {fold}; the ranker is retrained without the scored document's "
             "fold. The same development files chose the features, so held-out figures will be lower.",
             "- Trained on (shipped model, `scripts/train_year.py`, logistic regression, C=0.3, each document weighing "
             "the same, sets balanced by (mean size / set size)^0.5): every year candidate of the first three pages "
             "(+ citation blocks, cover sheets, the last two pages and imprint lines after page 3, PDF "
             "CreationDate) of the excite-ssoar en_refsection PDFs, the UK "
             "inquiry PDFs and the JOSE PDFs, each also read as a text file would be, labelled by the gold year "
             "(candidates equal to a gold alternative left out), plus GROBID's header corpus (Apache-2.0; "
             f"{n_grobid} headers with a `<date>`, read as text). The shipped weights include the SSOAR gold (its "
             "SOURCE.md says internal evaluation only; `--sets uk,jose` rebuilds without it).",
             f"- Gold year not among the candidates at all (no year printed on the first three pages or the last two, "
             f"nor in an imprint line, a citation block or the PDF's CreationDate): {absent}. A year more than one "
             "before the newest year of the reference list is never given (a work does not cite later works).",
             "- right = the gold year; alt = a gold alternative year; missing = no year given (probability under "
             f"the threshold, {YEAR_THRESHOLD:g}); wrong = any other year.", "",
             "- leave-set-out = the ranker trained on the *other* development sets and GROBID only (no document of "
             "this kind seen): closer to what held-out documents of a new kind would get.", "",
             "| set | docs | rules 5d86f13: right / alt / missing / wrong | accuracy | ranker (CV): right / alt / "
             "missing / wrong | accuracy | ranker, leave-set-out: right / alt / missing / wrong | accuracy |",
             "|---|---|---|---|---|---|---|---|"]
    for s in SETS:
        if s not in cv:
            continue
        b, r = base[s], cv[s]
        o = (lso or {}).get(s)
        other = (f"{o['right']} / {o['alt']} / {o['missing']} / {o['wrong']} | {o['acc']:.2f}" if o else "– | –")
        lines.append(f"| {NAMES[s]} | {r['n']} | {b['right']} / {b['alt']} / {b['missing']} / {b['wrong']} | "
                     f"{b['acc']:.2f} | {r['right']} / {r['alt']} / {r['missing']} / {r['wrong']} | "
                     f"**{r['acc']:.2f}** | {other} |")
    if venues:
        fields = ("name", "volume", "issue", "pages", "number", "kind")
        lines += ["", "Venue details and kind (rules in `litmine/ingest/header_venue.py`, development: written while "
                  "looking at these files; soft match; scored where the gold has the field): right / scored",
                  "", "| set | " + " | ".join(fields) + " |", "|---|" + "---|" * len(fields)]
        for s in SETS:
            if s in venues:
                lines.append(f"| {NAMES[s]} | " + " | ".join(
                    f"{venues[s][f][0]} / {venues[s][f][1]}" if f in venues[s] else "–" for f in fields) + " |")
    lines += ["", "Threshold sweep (all sets together, cross-validated): " +
              "; ".join(f"{t:g}: {a['right']} right, {a['wrong'] + a['alt']} other year, {a['missing']} none"
                        for t, a in sweep), ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--out", type=Path, default=DOC)
    ap.add_argument("--folds", type=int, default=0, help="0 = leave one document out")
    ap.add_argument("--cache", default="/tmp/litmine-year-cache")
    ap.add_argument("--c", type=float, default=None, help="default: scripts/train_year.py's C")
    ap.add_argument("--grobid", default="/work/.mirror/kermitt2+grobid/repo", type=Path)
    ap.add_argument("--show", action="store_true", help="print every document's decision")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    from train_year import C, dev_documents, grobid_documents

    t = time.perf_counter()
    docs = list(dev_documents(args.eval, args.cache))
    if not docs:
        print(f"skipped: no development PDFs under {args.eval}")
        return
    rules = old_rules()
    base_years = [rules(d["passages"], fmt="pdf", info=d["info"]).values.get("year") for d in docs]
    grobid = grobid_documents(args.grobid)
    cv = cross_validate(docs, args.folds, C if args.c is None else args.c, threshold=0.0, extra=grobid)
    sweep = []
    for th in (0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8):
        ys = [r["guess"] if r["p"] >= th else None for r in cv]
        tot = {"right": 0, "alt": 0, "missing": 0, "wrong": 0}
        for v in score(docs, ys).values():
            for key in tot:
                tot[key] += v[key]
        sweep.append((th, tot))
    from litmine.ingest.header_fields import YEAR_THRESHOLD

    years = [r["guess"] if r["p"] >= YEAR_THRESHOLD else None for r in cv]
    if args.show:
        for d, r, b in zip(docs, cv, base_years):
            ok = "ok " if r["guess"] == d["gold"]["year"] and r["p"] >= YEAR_THRESHOLD else "BAD"
            print(f"{ok} {d['set']:5} {d['file'][:28]:28} gold {d['gold']['year']} rules {b} ranker {r['guess']} "
                  f"p={r['p']:.2f} {r['source']} | {r['evidence'][:70]}")
    base, res = score(docs, base_years), score(docs, years)
    venues = venue_scores(docs)
    lso = leave_set_out(docs, grobid, C if args.c is None else args.c)
    for s in lso:
        print(s, "leave-set-out", lso[s])
    for s in venues:
        print(s, "venue", venues[s])
    for s in res:
        print(s, "rules", base[s], "ranker", res[s])
    for th, a in sweep:
        print("threshold", th, a)
    if not args.no_write:
        page = render(docs, base, res, sweep, args.folds, time.perf_counter() - t, venues, lso, len(grobid))
        print("wrote", write_section("metadata_year", page, args.out))


if __name__ == "__main__":
    main()
