"""Works identity: hand-labelled reference pairs (same work / different work), old vs new build_works; and how thin
the citation graphs of the eval corpora are.

Usage: python benchmarks/works.py [--eval ../shared/eval] [--out docs/benchmarks.md]

The pairs (benchmarks/data/works/pairs.jsonl, see its README) name two references litmine parses out of the eval
PDFs by file, reference index and a hash of the folded entry text (never the text). Every file named is read with
today's extraction; the references of all of them form one corpus that the old (commit 7c67aba) and the new
build_works group into works; a pair is predicted "same" when both references get one work id. Precision and
recall of "same" per split: `tune` pairs were read while the rules were revised (development), `test` pairs were
drawn and labelled with them but never looked at while revising (held out from the tuning, same documents).
A pair whose reference is no longer found by either hash (extraction changed) is counted as skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, module_at, standard_args, write_section  # noqa: E402

from litmine.citations.works import build_works, first_surname, fold  # noqa: E402
from litmine.errors import LitmineError  # noqa: E402
from litmine.ingest import extract_document  # noqa: E402
from litmine.networks import build_citation_graph_from  # noqa: E402

PAIRS = HERE / "data" / "works" / "pairs.jsonl"
OLD_COMMIT = "7c67aba"  # works.py before issue 13 item 3
CORPORA = {"UK policy inquiries": "uk-policy-inquiries/pdf", "EXCITE SSOAR (en + de)": "excite-ssoar",
           "JOSE": "jose/papers"}


def entry_key(raw: str) -> str:
    """The hash the labels name a reference by: its folded text, letters and digits only."""
    return hashlib.sha1(re.sub(r"\W+", "", fold(raw)).encode()).hexdigest()[:12]


def fields_key(ref) -> str:
    """A second hash, of the first author's folded surname, the year and the first four title words: it finds an
    entry again when a changed list splitter cut its text differently."""
    words = re.findall(r"\w+", fold(ref.title or ""))[:4]
    return hashlib.sha1(f"{first_surname(ref.authors or ref.editors)}|{ref.year}|{' '.join(words)}".encode()
                        ).hexdigest()[:12]


def find(refs: list, want: dict):
    """The reference a label names: at its index if the text hash agrees, else the one with that text hash, else
    the only one with its fields hash."""
    if want["index"] < len(refs) and entry_key(refs[want["index"]].raw) == want["key"]:
        return refs[want["index"]]
    found = next((r for r in refs if entry_key(r.raw) == want["key"]), None)
    if found is None and want.get("fkey"):
        alike = [r for r in refs if fields_key(r) == want["fkey"]]
        found = alike[0] if len(alike) == 1 else None
    return found


def score(rows: list[dict], which: dict, located: dict) -> dict[str, Counter]:
    out: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        a, b = located.get(id(row), (None, None))
        for split in (row["split"], "all"):
            c = out[split]
            if a is None or b is None:
                c["skipped"] += 1
                continue
            same = which[(a.doc_id, a.index)] == which[(b.doc_id, b.index)]
            c["tp" if same and row["same"] else "fp" if same else "fn" if row["same"] else "tn"] += 1
    return out


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def graph_rows(docs: dict[str, tuple], works_fn) -> list[str]:
    """Co-citation and coupling of each eval corpus: the old default (every work) against the new one."""
    lines = ["| corpus | documents | cited works | cited by 2+ documents | co-citation edges, every work (old "
             "default) | co-citation edges, works cited by 2+ (new default) | coupling edges | note |",
             "|---|---|---|---|---|---|---|---|"]
    for name, prefix in CORPORA.items():
        chosen = {f: v for f, v in docs.items() if f.startswith(prefix)}
        if not chosen:
            continue
        refs = [r for refs, _, _ in chosen.values() for r in refs]
        documents = [d for _, _, d in chosen.values()]
        works, which = works_fn(refs, documents)
        calls: Counter = Counter()
        for f, (_, cits, _) in chosen.items():
            for c in cits:
                if c.reference_index is not None:
                    calls[(c.doc_id, c.reference_index)] += 1
        links: dict[str, dict[str, int]] = defaultdict(dict)
        for r in refs:
            wid = which[(r.doc_id, r.index)]
            links[r.doc_id][wid] = links[r.doc_id].get(wid, 0) + calls[(r.doc_id, r.index)]
        links = {d: {w: max(1, n) for w, n in t.items()} for d, t in links.items()}
        by_id = {w.id: w for w in works}
        years = {d.id: d.year for d in documents}
        old = build_citation_graph_from(by_id, links, years, kind="cocitation", min_citing=1)
        new = build_citation_graph_from(by_id, links, years, kind="cocitation")
        coupling = build_citation_graph_from(by_id, links, years, kind="coupling")
        m = new.graph
        lines.append(f"| {name} | {len(chosen)} | {m['cited_works']:,} | {m['shared_works']} "
                     f"({m['shared_share']:.1%}) | {old.number_of_edges():,} | {new.number_of_edges():,} | "
                     f"{coupling.number_of_edges():,} | {m.get('note', '')} |")
    return lines


def main() -> None:
    args = standard_args(__doc__, extra=lambda p: p.add_argument(
        "--pairs-only", action="store_true", help="read only the labelled files; no graph table, nothing written"))
    ev = Path(args.eval)
    if not PAIRS.exists() or not ev.exists():
        print(f"skipped: {PAIRS if not PAIRS.exists() else ev} not found", file=sys.stderr)
        return
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = sorted({p[s]["file"] for p in rows for s in ("a", "b")} | (set() if args.pairs_only else
                   {str(p.relative_to(ev)) for prefix in CORPORA.values() for p in (ev / prefix).rglob("*.pdf")}))
    t0 = time.perf_counter()
    docs: dict[str, tuple] = {}
    for rel in files:
        try:
            doc, _ = extract_document(str(ev / rel))
        except (LitmineError, OSError) as exc:
            print(f"{rel}: {exc}", file=sys.stderr)
            continue
        doc.passages, doc.text = [], ""  # only the references, citations and metadata are needed
        docs[rel] = (doc.references, doc.citations, doc)
    read_s = time.perf_counter() - t0
    located = {}
    for row in rows:
        pair = []
        for side in ("a", "b"):
            refs = docs.get(row[side]["file"], ([], [], None))[0]
            pair.append(find(refs, row[side]))
            if pair[-1] is None:
                print(f"not found: {row[side]['file']} #{row[side]['index']}", file=sys.stderr)
        located[id(row)] = tuple(pair)
    labelled = sorted({p[s]["file"] for p in rows for s in ("a", "b")})
    refs = [r for f in labelled if f in docs for r in docs[f][0]]
    old_build = module_at(OLD_COMMIT, "litmine/citations/works.py", "old_works").build_works
    results = {}
    for name, fn in (("old (DOI, else surname + year + title tokens)", old_build), ("new", build_works)):
        t1 = time.perf_counter()
        works, which = fn(refs, [])
        results[name] = (score(rows, which, located), len(works), time.perf_counter() - t1)

    if args.pairs_only:
        return
    kinds = Counter((r["pair"], r["same"]) for r in rows)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["## Works: one identity per cited work", "", f"- Date: {now}", f"- Machine: {machine()}", "",
             f"{len(rows)} reference pairs hand-labelled by reading (same work / different work), drawn from the "
             f"references litmine parses out of {len(labelled)} eval PDFs (SSOAR, UK policy inquiries, JOSE): pairs "
             "with one first-author surname and compatible years (equal, or one forthcoming), identical entries "
             f"left out, at most 4 cross-document and 3 same-document pairs per surname "
             f"({kinds[('cross', True)]} cross-document same, {kinds[('cross', False)]} cross-document different, "
             f"{kinds[('within', True)]} same-document same, {kinds[('within', False)]} same-document different). "
             "Splits by first-author surname: **tune = development** (read while revising the rules), **test = "
             "held out from the tuning** (never looked at while revising; same documents, so not unseen documents). "
             "Positive class: same work.", "",
             "| method | split | pairs | precision | recall | F1 | skipped | works | seconds |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, (by_split, n_works, secs) in results.items():
        for split in ("tune", "test", "all"):
            c = by_split[split]
            p, r, f = prf(c)
            n = sum(c[k] for k in ("tp", "fp", "fn", "tn"))
            label = {"tune": "tune (development)", "test": "test (held out from tuning)", "all": "all"}[split]
            lines.append(f"| {name} | {label} | {n} | {p:.3f} | {r:.3f} | {f:.3f} | {c['skipped']} | {n_works:,} | "
                         f"{secs:.2f} |")
            print(name, split, f"P {p:.3f} R {r:.3f} F1 {f:.3f}", dict(c), file=sys.stderr)
    lines += ["", "### How thin the citation graphs are (development: these corpora were looked at)", "",
              "Whole eval corpora read with today's extraction and works; co-citation by default now counts only works "
              "cited by at least 2 documents; the note is the one `litmine network citations` prints. Coupling "
              "counts only corpus documents, which these graphs have.", ""]
    lines += graph_rows(docs, build_works)
    lines += ["", f"PDF reading: {read_s:.0f} s for {len(docs)} files."]
    print(write_section("works", "\n".join(lines), Path(args.out)))


if __name__ == "__main__":
    main()
