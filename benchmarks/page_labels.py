"""Printed page labels against hand-read gold: the label litmine gives each physical page of a real PDF.

Usage: python benchmarks/page_labels.py [--eval ../shared/eval] [--out docs/benchmarks.md] [--no-write]

Sets: the 46 EXCITE/SSOAR English papers (gold in excite-ssoar/derived/metadata.jsonl) and the UK policy inquiry
reports (gold in uk-policy-inquiries/metadata.jsonl). Each PDF goes through `extract_document` (the ingest path).
A page is right when its label equals the gold label (None, "no printed number", included) or the gold's
alternative label. Reported per set, for litmine and for the old behaviour (label = physical page), with the share
of pages where a label is invented (gold: no printed number) and the passage-weighted accuracy (each passage
scored by its page: what quotes see). The few constants of the fit (switch cost, edge weight) are then varied to
show how much the figures depend on them. All figures are development figures: the rules were written while
looking at these files (they are general rules about folios, not fitted per file, but nothing here is held out).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, standard_args, write_section  # noqa: E402

import litmine.ingest.page_labels as pl  # noqa: E402
import litmine.ingest.pdf as pdfmod  # noqa: E402
from litmine.errors import LitmineError  # noqa: E402
from litmine.ingest import extract_document  # noqa: E402

SETS = [("SSOAR papers", "excite-ssoar/derived/metadata.jsonl", "excite-ssoar/en_refsection/pdf"),
        ("UK inquiry reports", "uk-policy-inquiries/metadata.jsonl", "uk-policy-inquiries/pdf")]


def load_gold(ev: Path) -> list[tuple[str, dict, Path]]:
    out = []
    for name, meta, folder in SETS:
        if not (ev / meta).exists():
            continue
        for line in (ev / meta).read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            path = ev / folder / g["file"]
            if path.exists() and g.get("page_labels") is not None:
                out.append((name, g, path))
    return out


def right(label: str | None, gold: dict, i: int) -> bool:
    alt = gold.get("page_labels_alt") or []
    return label == gold["page_labels"][i] or (i < len(alt) and alt[i] is not None and label == alt[i])


def score(labels: list[str | None], gold: dict, passage_pages: list[int]) -> dict:
    n = len(gold["page_labels"])
    labels = (labels + [None] * n)[:n]
    ok = [right(labels[i], gold, i) for i in range(n)]
    unprinted = [i for i in range(n) if gold["page_labels"][i] is None]
    return {"pages": n, "right": sum(ok), "unprinted": len(unprinted),
            "invented": sum(1 for i in unprinted if labels[i] is not None and not ok[i]),
            "passages": len(passage_pages), "passages_right": sum(1 for p in passage_pages if 0 < p <= n and ok[p - 1])}


def add(total: dict, s: dict) -> None:
    for k, v in s.items():
        total[k] = total.get(k, 0) + v


def row(name: str, method: str, t: dict, docs: int) -> str:
    inv = f"{t['invented'] / t['unprinted']:.3f} ({t['invented']}/{t['unprinted']})" if t["unprinted"] else "-"
    return (f"| {name} | {method} | {docs} | {t['pages']} | {t['right'] / t['pages']:.3f} | {inv} | "
            f"{t['passages_right'] / max(t['passages'], 1):.3f} |")


def main() -> None:
    args = standard_args(__doc__, extra=lambda p: p.add_argument("--no-write", action="store_true"))
    ev = Path(args.eval)
    items = load_gold(ev)
    if not items:
        print("page_labels: no gold sets under", ev, "- skipped")
        return
    captured: dict[str, tuple] = {}
    real = pdfmod.find_page_labels

    def capture(*args):
        captured["last"] = args
        return real(*args)

    pdfmod.find_page_labels = capture
    per_set: dict[str, dict] = {}
    old_set: dict[str, dict] = {}
    docs: dict[str, int] = {}
    cases = []
    errors = []
    t0 = time.perf_counter()
    for name, gold, path in items:
        captured.pop("last", None)
        try:
            doc, _ = extract_document(str(path))
        except LitmineError as exc:
            errors.append(f"{path.name}: {exc}")
            continue
        pages = [p.page for p in doc.passages if p.page]
        s = score(list(doc.page_labels), gold, pages)
        old = score([str(i + 1) for i in range(len(gold["page_labels"]))], gold, pages)
        add(per_set.setdefault(name, {}), s)
        add(old_set.setdefault(name, {}), old)
        docs[name] = docs.get(name, 0) + 1
        cases.append((name, gold, pages, captured.get("last")))
        if s["right"] < s["pages"]:
            wrong = [i + 1 for i in range(s["pages"]) if not right((doc.page_labels + [None] * s["pages"])[i], gold, i)]
            print(f"{path.name}: {s['right']}/{s['pages']} wrong pages {wrong[:12]}", file=sys.stderr)
    secs = time.perf_counter() - t0
    pdfmod.find_page_labels = real

    lines = ["## Printed page labels", "",
             f"{machine()}; {datetime.now(timezone.utc):%Y-%m-%d}; `python benchmarks/page_labels.py`. "
             "**Development figures**: the rules (see `litmine/ingest/page_labels.py`) were written while reading "
             "these files; they cover folios alone on a margin line, numbers at either end of a running head, "
             "offset runs with inferred pages inside a run, one unnumbered opening page before a run, roman front "
             "matter and restarts, and the PDF's /PageLabels only where they match printed numbers. Nothing in "
             "this first table is held out. A page is right when its label equals the gold (None = no printed "
             "number included) or the gold's alternative; *invented* is the share of pages without a printed number that get a "
             "label; *passages* weights each page by the passages on it (what quotes cite). The old behaviour cites "
             "the physical page.", "",
             "| set | method | PDFs | pages | page accuracy | invented | passage-weighted accuracy |",
             "|---|---|---|---|---|---|---|"]
    total, total_old = {}, {}
    for name in per_set:
        lines.append(row(name, "litmine", per_set[name], docs[name]))
        lines.append(row(name, "old: physical page", old_set[name], docs[name]))
        add(total, per_set[name])
        add(total_old, old_set[name])
    n_docs = sum(docs.values())
    lines.append(row("all", "litmine", total, n_docs))
    lines.append(row("all", "old: physical page", total_old, n_docs))
    lines += ["", f"Ingest of the {n_docs} PDFs took {secs:.0f} s in all (labels are a negligible part of it). "
              "Most of the gap between page and passage-weighted accuracy on the SSOAR papers is one questionnaire "
              "(48498) whose rotated pages break into some 1,100 tiny passages and whose rotated folios are read "
              "digit by digit."]
    lines += heldout(ev)
    if errors:
        lines.append("Not read: " + "; ".join(errors) + ".")
    lines += ["", "Sensitivity (page accuracy over all pages, same candidates, constants varied): "
              + sensitivity(cases), ""]
    md = "\n".join(lines)
    print(md)
    if not args.no_write:
        write_section("page_labels", md, Path(args.out))


def heldout(ev: Path) -> list[str]:
    """Sampled pages of the German SSOAR PDFs, labelled by eye after the rules were frozen (benchmarks/data)."""
    data = json.loads((HERE / "data" / "page_labels_heldout.json").read_text(encoding="utf-8"))
    t = {"pages": 0, "right": 0, "old": 0, "unprinted": 0, "invented": 0, "passages": 0, "passages_right": 0}
    wrong, docs = [], 0
    for d in data["documents"]:
        path = ev / d["folder"] / d["file"]
        if not path.exists():
            continue
        try:
            doc, _ = extract_document(str(path))
        except LitmineError as exc:
            wrong.append(f"{d['file']}: {exc}")
            continue
        docs += 1
        labels = list(doc.page_labels) + [None] * d["n_pages"]
        for page, accepted in d["pages"].items():
            k = int(page)
            ok = labels[k - 1] in accepted
            t["pages"] += 1
            t["right"] += ok
            t["old"] += str(k) in accepted
            if None in accepted and len(accepted) == 1:
                t["unprinted"] += 1
                t["invented"] += labels[k - 1] is not None
            n = sum(1 for p in doc.passages if p.page == k)
            t["passages"] += n
            t["passages_right"] += n if ok else 0
            if not ok:
                wrong.append(f"{d['file']} p{k}: {labels[k - 1]} (gold {'/'.join(map(str, accepted))})")
    if not t["pages"]:
        return []
    inv = f"{t['invented'] / t['unprinted']:.3f} ({t['invented']}/{t['unprinted']})" if t["unprinted"] else "-"
    return ["", "**Held-out sample** (files not looked at while the rules were written; one rule was added after, "
            "see below): the 32 German SSOAR PDFs "
            "(`excite-ssoar/de_footnotes`, `de_footnotes_and_refsection`), five sampled pages each (first two, "
            "middle, last two), labelled by eye from rendered page images before litmine was run on them "
            "(`benchmarks/data/page_labels_heldout.json`; two labels accepted where the convention is ambiguous).", "",
            "| set | PDFs | pages | page accuracy | old: physical page | invented | passage-weighted accuracy |",
            "|---|---|---|---|---|---|---|",
            f"| German SSOAR sample (held-out) | {docs} | {t['pages']} | {t['right'] / t['pages']:.3f} | "
            f"{t['old'] / t['pages']:.3f} | {inv} | {t['passages_right'] / max(t['passages'], 1):.3f} |", "",
            "Held-out misses: " + ("; ".join(wrong) if wrong else "none") + ".", "",
            "The first measurement, with the rules frozen before labelling (commit 71e73e2), gave page accuracy "
            "0.917, invented 0.129 (4/31), passage-weighted 0.926: four title pages and covers got the label "
            "before the first folio. One general rule was added after reading those misses (the unnumbered page "
            "before a run is labelled only when it holds at least half the text of the run's median page), so "
            "the figure above is no longer strictly held-out; on the development sets the rule costs two pages "
            "(covers inferred as page 1 in the gold). Other misses: a 4-page paper whose alternating running "
            "heads recur on too few pages, a lone folio on a last page (one page is no run), and a PDF whose text "
            "layer reads its printed 505 as 305."]


def sensitivity(cases: list) -> str:
    """Page accuracy when the switch cost and the running-head weight change (defaults 1.0 and 0.6)."""
    out = []
    defaults = (pl._SWITCH_COST, pl._EDGE_WEIGHT)
    for cost, weight in ((0.5, 0.6), (0.75, 0.6), (1.5, 0.6), (1.0, 0.4), (1.0, 0.9), defaults):
        pl._SWITCH_COST, pl._EDGE_WEIGHT = cost, weight
        t: dict = {}
        for _, gold, pages, cap in cases:
            if cap is None:
                continue
            add(t, score(pl.find_page_labels(*cap), gold, pages))
        out.append(f"cost {cost}, weight {weight}: {t['right'] / t['pages']:.3f}")
    pl._SWITCH_COST, pl._EDGE_WEIGHT = defaults
    return "; ".join(out) + " (the last is the default)."


if __name__ == "__main__":
    main()
