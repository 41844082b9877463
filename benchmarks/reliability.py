"""Reliability costs (issue 14): what committing each document on its own, the store's quick_check at open and the
run state's output hashes cost, on generated data (no data set needed).

Usage: python benchmarks/reliability.py [--docs 2000] [--passages 40] [--outputs-mb 50] [--out docs/benchmarks.md]

Documents are generated (--passages paragraphs of about 80 words each, German and English, with umlauts) and written
through Store.write_document to a store on disk, twice: one transaction per document (what ingest does now, so a
kill loses only the files in flight) and all in one transaction (the old batches' best case). Then the store is
opened with a full PRAGMA quick_check (as after a kill or a change by another program), as litmine left it (the
stamp written at close matches: no check) and with no check at all; and an outputs folder of --outputs-mb megabytes
in 50 files is checked the way `litmine run` checks it before saying "up to date" (size and SHA-256 of each).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, standard_args, versions, write_section

WORDS = ("Arbeitsmarkt Ko-Produktion employability partnership working conditionality Übergang lone parents "
         "street-level bureaucracy Jobcentre Beschäftigung activation Ærø human capital sanctions welfare").split()


def make_documents(n: int, passages: int):
    from litmine.models import Document, Passage

    docs = []
    for d in range(n):
        texts = [" ".join(WORDS[(d + p + k) % len(WORDS)] for k in range(80)) for p in range(passages)]
        text = "\n\n".join(texts)
        doc_id = hashlib.sha256(f"doc {d}".encode()).hexdigest()
        pos, ps = 0, []
        for i, t in enumerate(texts):
            ps.append(Passage(index=i, kind="body", text=t, page=1 + i // 8, start=pos, end=pos + len(t),
                              sentences=[(0, len(t))]))
            pos += len(t) + 2
        docs.append(Document(id=doc_id, path=f"corpus/doc_{d:05d}.txt", format="txt", title=f"Studie {d}",
                             authors=["Jürgen Weiß"], year=2000 + d % 20, text=text, passages=ps, pages=5))
    return docs


def time_writes(docs, db: Path, *, one_transaction: bool) -> float:
    from litmine.store import Store

    store = Store(db)
    t = time.perf_counter()
    if one_transaction:
        with store.batch():
            for doc in docs:
                store.write_document(doc, root="corpus", size=len(doc.text), mtime=0.0)
    else:
        for doc in docs:
            store.write_document(doc, root="corpus", size=len(doc.text), mtime=0.0)
    seconds = time.perf_counter() - t
    store.close()
    return seconds


def time_open(db: Path, *, check: bool, stamped: bool = True, repeat: int = 3) -> float:
    """Best of `repeat` opens; stamped=False removes the stamp litmine leaves at close, as a write by another program
    would make it stale, so quick_check runs in full."""
    from litmine.store import Store

    best = float("inf")
    for _ in range(repeat):
        if not stamped:
            db.with_name(f".{db.name}.checked").unlink(missing_ok=True)
        t = time.perf_counter()
        Store(db, check=check).close()
        best = min(best, time.perf_counter() - t)
    return best


def time_output_check(folder: Path, megabytes: int) -> tuple[float, int]:
    from litmine.pipeline import check_outputs, write_run_state

    files = []
    block = os.urandom(max(1, (megabytes << 20) // 50))
    for i in range(50):
        p = folder / "networks" / f"output_{i:02d}.csv"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(block)
        files.append(("output", p))
    write_run_state(folder, "fp", files, [])
    import json

    state = json.loads((folder / "litmine-run.json").read_text(encoding="utf-8"))
    t = time.perf_counter()
    ok = check_outputs(folder, state)
    seconds = time.perf_counter() - t
    assert ok is not None
    return seconds, sum(p.stat().st_size for _, p in files)


def main() -> None:
    def extra(parser):
        parser.add_argument("--docs", type=int, default=2000)
        parser.add_argument("--passages", type=int, default=40)
        parser.add_argument("--outputs-mb", type=int, default=50)

    args = standard_args(__doc__, extra=extra)
    load_before = os.getloadavg()[0]
    docs = make_documents(args.docs, args.passages)
    words = sum(len(p.text.split()) for d in docs for p in d.passages)
    with tempfile.TemporaryDirectory(prefix="litmine-reliability-") as tmp:
        tmp = Path(tmp)
        each = time_writes(docs, tmp / "each.db", one_transaction=False)
        batch = time_writes(docs, tmp / "batch.db", one_transaction=True)
        size = (tmp / "each.db").stat().st_size
        opened_checked = time_open(tmp / "each.db", check=True, stamped=False)
        opened_stamped = time_open(tmp / "each.db", check=True)
        opened_plain = time_open(tmp / "each.db", check=False)
        check_s, out_bytes = time_output_check(tmp / "out", args.outputs_mb)
    load_after = os.getloadavg()[0]
    n = len(docs)
    md = f"""## Reliability costs: prompt commits, quick_check at open, checked outputs

`python benchmarks/reliability.py --docs {args.docs} --passages {args.passages} --outputs-mb {args.outputs_mb}`

- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}; load average before / after: {load_before:.2f} / {load_after:.2f}
- Machine: {machine()}
- Versions: {versions()}

Generated data (no data set): {n:,} documents of {args.passages} passages ({words:,} words), written through
`Store.write_document` to a store on disk (WAL, synchronous=NORMAL); the store is {size / 2**20:,.0f} MiB.

| measure | measured |
|---|---|
| one transaction per document (ingest now: a kill loses only the files in flight) | {each:.2f} s, {n / each:,.0f} documents/s |
| all documents in one transaction (the old batches' best case) | {batch:.2f} s, {n / batch:,.0f} documents/s |
| cost of committing each document | {(each - batch) / n * 1000:.2f} ms per document ({(each / batch - 1) * 100:+.0f}%) |
| opening the store, full PRAGMA quick_check (killed mid-write, or changed by another program) | {opened_checked * 1000:,.0f} ms ({opened_checked * 1000 / (size / 2**20):.1f} ms per MiB) |
| opening the store as litmine left it (stamp matches: no check) | {opened_stamped * 1000:.0f} ms (no check at all: {opened_plain * 1000:.0f} ms) |
| checking 50 recorded outputs ({out_bytes / 2**20:,.0f} MiB: size and SHA-256) before "up to date" | {check_s * 1000:.0f} ms |

Timings are wall-clock on a shared machine: other work only ever adds to them (the load average shows how busy it
was). Extraction (tens of milliseconds to seconds per document) dwarfs the per-document commit.
"""
    print(md)
    write_section("reliability", md, Path(args.out))


if __name__ == "__main__":
    main()
