"""Speed and memory of the concept analyses: `litmine trends` and `litmine network concepts` on real stores.

Usage: python benchmarks/analyses.py [--eval ../shared/eval] [--seeds ../shared/seeds] [--out docs/benchmarks.md]

One store holds the demo corpus, the seeds, the UK policy inquiries and the EXCITE PDFs (ingested and tagged
first, not timed). Timed: write_trends (CSV, bursts, PNG), write_concept_networks for one whole-corpus network in
every format (GraphML, GEXF, VOSviewer, JSON, CSV, matrix, PNG, SVG, HTML) by sentence and by paragraph, and with
5-year slices; and build_concept_network alone on the mention list repeated 20 times as 20 times the documents
(a corpus of about 1,500 documents).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, standard_args, write_section  # noqa: E402

from litmine.concepts.lexicon import load_lexicon  # noqa: E402
from litmine.concepts.tagging import ensure_mentions  # noqa: E402
from litmine.cooccurrence import build_concept_network, write_concept_networks  # noqa: E402
from litmine.ingest import ingest_corpus  # noqa: E402
from litmine.store import Store  # noqa: E402
from litmine.trends import write_trends  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def main() -> None:
    args = standard_args(__doc__)
    tmp = Path(tempfile.mkdtemp())
    store = Store(tmp / "s.db")
    ev = Path(args.eval)
    for folder in (HERE.parent / "corpus", Path(args.seeds), ev / "uk-policy-inquiries" / "pdf",
                   ev / "excite-ssoar" / "en_refsection" / "pdf"):
        if folder.is_dir():
            ingest_corpus(folder, store, jobs=2)
    ensure_mentions(store, load_lexicon())
    docs = store.document_words()
    mentions = store.mention_rows()
    words = sum(d["words"] for d in docs.values())
    rows = []
    _, t = timed(lambda: write_trends(store, tmp / "trends"))
    rows.append(("`litmine trends` (table, bursts, CSV, PNG)", t))
    for unit in ("sentence", "paragraph"):
        nets, t = timed(lambda: write_concept_networks(store, tmp / f"net_{unit}", unit=unit))
        g = nets.networks[0][1]
        size = (tmp / f"net_{unit}" / "concepts.html").stat().st_size / 1024
        rows.append((f"`litmine network concepts --unit {unit}`, every format ({g.number_of_nodes()} nodes, "
                     f"{g.number_of_edges()} edges; HTML map {size:,.0f} KB)", t))
    nets, t = timed(lambda: write_concept_networks(store, tmp / "sliced", slice_spec="5y", formats=("graphml", "csv")))
    rows.append((f"`--slice 5y` ({len(nets.networks)} periods, GraphML + CSV, cluster evolution)", t))
    big = [dict(m, doc_id=f"{m['doc_id']}-{k}", passage_id=m["passage_id"] * 100 + k) for k in range(20)
           for m in mentions]
    years = {f"{d}-{k}": v["year"] for d, v in docs.items() for k in range(20)}
    g, t = timed(lambda: build_concept_network(big, unit="sentence", years=years))
    rows.append((f"`build_concept_network` alone, mentions x 20 ({len(big):,} mentions, {len(years):,} documents)", t))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = ["## Concept trends and networks", "",
             f"{machine()}; {datetime.now(timezone.utc):%Y-%m-%d}; `python benchmarks/analyses.py`. One store: the "
             f"demo corpus, the seeds, the UK policy inquiries and the EXCITE PDFs ({len(docs)} documents, "
             f"{words:,} words, {len(mentions):,} mentions in the text; ingest and tagging not timed).", "",
             "| step | seconds |", "|---|---|"]
    lines += [f"| {name} | {t:.2f} |" for name, t in rows]
    lines += ["", f"Peak memory of the whole run (ingest included): {peak:,.0f} MB."]
    print("\n".join(lines))
    print(write_section("networks", "\n".join(lines), Path(args.out)))


if __name__ == "__main__":
    main()
