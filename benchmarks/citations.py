"""End-to-end citation accuracy: PDF → litmine's parsed reference list (and linked callouts) against gold.

Usage: python benchmarks/citations.py [--eval ../shared/eval] [--out docs/benchmarks.md]

Scored the way GROBID's end-to-end benchmarks are: each gold reference is paired with the predicted reference whose
raw text is most alike (greedy, one to one); per field precision, recall and F1, strict (exact) and soft (lower
case, no punctuation or spaces); a gold reference left unpaired counts as missed for each of its fields, a
predicted one left unpaired as wrong. Sets: ../shared/eval/excite-ssoar/en_refsection (English social-science
PDFs, author-year) and ../shared/eval/jose (JATS gold), plus, on jose, callout → reference linking.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from ingest import versions  # noqa: E402
from report import machine, write_section  # noqa: E402

from litmine.ingest import extract_document  # noqa: E402

FIELDS = ("authors", "year", "title", "container", "volume", "issue", "pages", "doi")


def soft(v: str | None) -> str:
    v = unicodedata.normalize("NFKC", v or "").lower()
    return re.sub(r"[\W_]+", "", v)


def strict(v: str | None) -> str:
    return " ".join((v or "").split())


def pred_fields(r) -> dict[str, str]:
    return {"authors": " ".join(a.get("surname", "") for a in r.authors), "year": str(r.year or ""),
            "title": r.title or "", "container": r.container or "", "volume": r.volume or "",
            "issue": r.issue or "", "pages": (r.pages or "").split("-")[0], "doi": (r.doi or "").lower()}


def excite_gold(ev: Path, subset: str = "en_refsection") -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in open(ev / "excite-ssoar" / "derived" / f"{subset}.jsonl", encoding="utf-8"):
        row = json.loads(line)
        f = row["fields"]
        authors = " ".join(a.get("surname", "") for a in f.get("authors_structured", []))
        pages = (f.get("fpage") or [""])[0] or ((f.get("pages") or [""])[0].split("-")[0] if f.get("pages") else "")
        gold[row["ssoar_id"]].append({
            "raw": row["raw"], "authors": authors, "year": re.sub(r"\D", "", (f.get("date") or [""])[0])[:4],
            "title": (f.get("title") or [""])[0], "container": (f.get("container") or [""])[0],
            "volume": (f.get("volume") or [""])[0], "issue": (f.get("issue") or [""])[0], "pages": pages,
            "doi": ""})
    return gold


def jose_gold(ev: Path) -> dict[str, tuple[Path, list[dict], list[dict]]]:
    out = {}
    for line in open(ev / "jose" / "derived" / "jose_gold.jsonl", encoding="utf-8"):
        row = json.loads(line)
        g = row.get("jats_gold")
        pdf = ev / "jose" / (row.get("pdf") or "")
        if not g or not row.get("pdf") or not pdf.exists():
            continue
        refs = []
        for r in g["references"]:
            refs.append({"id": r["id"], "raw": " ".join(filter(None, [
                " ".join(a.get("surname") or a.get("literal") or "" for a in r.get("authors", [])), r.get("year"), r.get("title"),
                r.get("source")])),
                "authors": " ".join(a.get("surname") or a.get("literal") or "" for a in r.get("authors", [])), "year": r.get("year") or "",
                "title": r.get("title") or "", "container": r.get("source") or "", "volume": r.get("volume") or "",
                "issue": r.get("issue") or "", "pages": r.get("fpage") or "",
                "doi": (r.get("pub_ids", {}).get("doi") or "").lower()})
        out[row["paper"]] = (pdf, refs, g["in_text_citations"])
    return out


def pair(gold: list[dict], pred: list) -> list[tuple[int, int]]:
    """One-to-one pairs of gold and predicted references: by raw text, or by authors + year + title when the
    printed form differs (initials, long author lists), whichever is more alike."""
    scores = []
    for i, g in enumerate(gold):
        gs = soft(g["raw"])
        gkey = soft(g["authors"] + g["year"] + g["title"])
        for j, p in enumerate(pred):
            ps = soft(p.raw)
            pauth = soft(" ".join(a.get("surname", "") for a in p.authors))
            if g["authors"] and gs[:6] != ps[:6] and soft(g["authors"])[:4] != pauth[:4]:
                continue  # a cheap filter; gold references without authors are compared on their title
            pkey = pauth + soft(str(p.year or "")) + soft(p.title)
            score = max(SequenceMatcher(None, gs[:300], ps[:300]).ratio(),
                        SequenceMatcher(None, gkey[:300], pkey[:300]).ratio(),
                        SequenceMatcher(None, soft(g["title"])[:200], soft(p.title)[:200]).ratio()
                        if len(soft(g["title"])) > 15 else 0.0)
            scores.append((score, i, j))
    used_g, used_p, pairs = set(), set(), []
    for s, i, j in sorted(scores, reverse=True):
        if s < 0.5 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


class Score:
    def __init__(self) -> None:
        self.c = {m: {f: [0, 0, 0] for f in FIELDS} for m in ("strict", "soft")}  # tp, n_pred, n_gold

    def add(self, gold: list[dict], pred: list) -> None:
        pairs = dict(pair(gold, pred))
        pf = [pred_fields(p) for p in pred]
        for mode, norm in (("strict", strict), ("soft", soft)):
            for f in FIELDS:
                c = self.c[mode][f]
                c[1] += sum(1 for p in pf if p[f])
                c[2] += sum(1 for g in gold if g[f])
                for i, j in pairs.items():
                    if gold[i][f] and norm(gold[i][f]) == norm(pf[j][f]):
                        c[0] += 1

    def table(self, mode: str) -> tuple[dict[str, tuple[float, float, float]], float]:
        rows, tp, npred, ngold = {}, 0, 0, 0
        for f in FIELDS:
            t, p, g = self.c[mode][f]
            if g == 0:
                continue
            prec, rec = t / p if p else 0.0, t / g
            rows[f] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
            tp, npred, ngold = tp + t, npred + p, ngold + g
        prec, rec = tp / npred if npred else 0, tp / ngold if ngold else 0
        return rows, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--out", default=str(HERE.parent / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    ev = Path(args.eval)
    results = {}
    gold = excite_gold(ev)
    score, n_refs, t0 = Score(), 0, time.perf_counter()
    for sid, refs in sorted(gold.items()):
        pdf = ev / "excite-ssoar" / "en_refsection" / "pdf" / f"{sid}.pdf"
        if not pdf.exists():
            continue
        doc, _ = extract_document(str(pdf))
        pred = [r for r in doc.references if r.source == "list"]
        n_refs += len(refs)
        score.add(refs, pred)
    results["EXCITE en_refsection"] = (score, n_refs, time.perf_counter() - t0)

    # German papers whose references sit in footnotes: every reference litmine found counts
    score, n_refs, t0 = Score(), 0, time.perf_counter()
    for sid, refs in sorted(excite_gold(ev, "de_footnotes").items()):
        pdf = ev / "excite-ssoar" / "de_footnotes" / "pdf" / f"{sid}.pdf"
        if not pdf.exists():
            continue
        doc, _ = extract_document(str(pdf))
        n_refs += len(refs)
        score.add(refs, doc.references)
    if n_refs:
        results["EXCITE de_footnotes (references in footnotes)"] = (score, n_refs, time.perf_counter() - t0)

    jg = jose_gold(ev)
    score, n_refs, t0 = Score(), 0, time.perf_counter()
    link_total = link_right = found = link_made = 0
    for paper, (pdf, refs, callouts) in sorted(jg.items()):
        doc, _ = extract_document(str(pdf))
        pred = [r for r in doc.references if r.source == "list"]
        n_refs += len(refs)
        score.add(refs, pred)
        gold_of_pred = {j: refs[i]["id"] for i, j in pair(refs, pred)}
        cits = [c for c in doc.citations if c.style != "footnote"]
        for gc in callouts:
            link_total += 1
            want = set(gc["rids"])
            text = soft(gc["text"])
            hits = [c for c in cits if soft(c.surface) and (soft(c.surface) in text or text in soft(c.surface))]
            if hits:
                found += 1
            linked = [c for c in hits if c.reference_index is not None]
            if linked:
                link_made += 1
            if any(gold_of_pred.get(c.reference_index) in want for c in linked):
                link_right += 1
    results["JOSE (JATS gold)"] = (score, n_refs, time.perf_counter() - t0)

    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["## Citations, end to end from PDF", "", f"- Date: {now}", f"- Machine: {machine()}",
             f"- Versions: {versions()}", "",
             "Reference fields from PDF (litmine's layout → reference list → entries → fields), soft / strict F1 per "
             "field and micro-averaged over fields. GROBID 0.8.2's published end-to-end soft figures: 93.3 (eLife), "
             "87.0 (PMC).", ""]
    for name, (score, n, secs) in results.items():
        soft_rows, soft_f1 = score.table("soft")
        strict_rows, strict_f1 = score.table("strict")
        lines += [f"### {name}: {n} gold references, {secs:.1f} s for the whole set (PDF reading included)", "",
                  "| field | soft P | soft R | soft F1 | strict F1 |", "|---|---|---|---|---|"]
        for f, (p, r, f1) in soft_rows.items():
            lines.append(f"| {f} | {p:.3f} | {r:.3f} | {f1:.3f} | {strict_rows[f][2]:.3f} |")
        lines += [f"| **all fields (micro)** | | | **{soft_f1:.3f}** | {strict_f1:.3f} |", ""]
        print(name, f"soft F1 {soft_f1:.3f}", file=sys.stderr)
    if link_total:
        prec = link_right / link_made if link_made else 0.0
        rec = link_right / link_total
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        lines += ["### Callout → reference links on JOSE, end to end from PDF", "",
                  "A gold callout counts as linked right when a callout litmine found at that place points to the "
                  "reference litmine parsed for the gold reference.", "",
                  "| measure | value |", "|---|---|",
                  f"| gold callouts found in the PDF text | {found}/{link_total} ({found / link_total:.1%}) |",
                  f"| linked to some reference | {link_made} |",
                  f"| linked to the right reference | {link_right} |",
                  f"| precision / recall / F1 | {prec:.3f} / {rec:.3f} / **{f1:.3f}** |",
                  "| GROBID 0.8.2 callout→reference F1 (published) | 0.921 (eLife), 0.763 (PMC) |", ""]
        print(f"jose links P {prec:.3f} R {rec:.3f} F1 {f1:.3f}", file=sys.stderr)
        print(f"jose callouts found {found}/{link_total} linked {link_right}", file=sys.stderr)
    print(write_section("citations", "\n".join(lines), Path(args.out)))


if __name__ == "__main__":
    main()
