"""Speed of `litmine terms` (candidate extraction, C-value and TF-IDF) on the demo corpus and the seed texts.

Usage: python benchmarks/terms.py [--seeds ../shared/seeds] [--repeat 3] [--write] [--out docs/benchmarks.md]

Each set is ingested into a fresh temporary store; the timing covers extract_terms over the English text passages
(words = whitespace-separated words of those passages), not the ingest. "First run" includes filling the
per-word caches (spelling variants, stop words), "warm" is the best of --repeat further runs; the spaCy model or
tokenizer is loaded before timing. The `--nlp` path is timed when a trained English pipeline is installed. Also
shown: how many of the top 20 candidates (C-value) the default lexicon already has. Prints a markdown table;
--write puts it in docs/benchmarks.md (section "terms").
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, write_section  # noqa: E402

from litmine.concepts.lexicon import load_lexicon  # noqa: E402
from litmine.concepts.terms import TermOptions, extract_candidates, extract_terms  # noqa: E402
from litmine.concepts.terms import load_english_pipeline, load_term_documents  # noqa: E402
from litmine.errors import LitmineError  # noqa: E402
from litmine.ingest import ingest_corpus  # noqa: E402
from litmine.store import Store  # noqa: E402


def load_set(folder: Path) -> list:
    tmp = Path(tempfile.mkdtemp())
    try:
        store = Store(tmp / "bench.db")
        ingest_corpus(folder, store, jobs=1)
        docs = list(load_term_documents(store))
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return docs


def timed(docs: list, options: TermOptions, concepts: list) -> tuple[float, list]:
    t = time.perf_counter()
    found = extract_terms(docs, concepts=concepts, options=options)
    return time.perf_counter() - t, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=HERE.parent.parent / "shared" / "seeds")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the table into --out")
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md",
                        help="the Markdown file whose 'terms' section --write replaces")
    args = parser.parse_args()

    sets = [("demo corpus (`corpus/`)", HERE.parent / "corpus")]
    if args.seeds.is_dir():
        sets.append(("seed texts (`../shared/seeds`)", args.seeds))
    try:
        nlp_ok = load_english_pipeline() is not None
    except LitmineError:
        nlp_ok = False
    extract_candidates("The blank English tokenizer is loaded before timing.")
    concepts = load_lexicon()
    rows = []
    for name, folder in sets:
        docs = load_set(folder)
        words = sum(len(text.split()) for _, _, passages in docs for text, _ in passages)
        first, found = timed(docs, TermOptions(top=None), concepts)
        warm = min(timed(docs, TermOptions(top=None), concepts)[0] for _ in range(args.repeat))
        top = found[:20]
        known = sum(1 for t in top if t.known)
        nlp = f"{words / timed(docs, TermOptions(top=None, nlp=True), concepts)[0]:,.0f}" if nlp_ok else "not installed"
        rows.append((name, len(docs), words, len(found), words / first, words / warm, nlp, known, len(top),
                     ", ".join(t.term for t in top[:8])))
        print(f"{name}: {len(docs)} docs, {words} words, {len(found)} candidates; first run {words / first:,.0f} "
              f"words/s, warm {words / warm:,.0f} words/s, --nlp {nlp}", file=sys.stderr)

    from importlib.metadata import version

    lines = ["## Candidate terms (`litmine terms`)", "",
             (f"Measured {datetime.now(timezone.utc):%Y-%m-%d} on {machine()}; spaCy {version('spacy')}, "
              f"Python {platform.python_version()}. `python benchmarks/terms.py`: candidates, C-value and TF-IDF "
              "over the English text passages of a fresh store (ingest not timed), one process, defaults "
              "(--min-freq 3, --min-docs 2)."), "",
             ("| set | documents | words | candidates | first run (words/s) | warm (words/s) | `--nlp` (words/s) "
              "| top 20 already in the lexicon | top 8 |"),
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, n_docs, words, n_found, first, warm, nlp, known, n_top, best in rows:
        lines.append(f"| {name} | {n_docs} | {words:,} | {n_found} | {first:,.0f} | {warm:,.0f} | {nlp} "
                     f"| {known} of {n_top} | {best} |")
    markdown = "\n".join(lines) + "\n"
    print(markdown)
    if args.write:
        print(f"wrote {write_section('terms', markdown, args.out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
