"""Speed of `litmine terms` (candidate extraction, C-value and TF-IDF) and of `terms --like` on the demo corpus, the
seed texts and, when ../shared/eval is there, the SSOAR PDFs and the UK policy inquiry PDFs.

Usage: python benchmarks/terms.py [--seeds ../shared/seeds] [--eval ../shared/eval] [--repeat 3] [--write]
                                  [--out docs/benchmarks.md]

Each set is ingested into a fresh temporary store; the timing covers extract_terms over the English text passages
(words = whitespace-separated words of those passages), not the ingest. "First run" includes filling the
per-word caches (spelling variants, stop words), "warm" is the best of --repeat further runs; the spaCy model or
tokenizer is loaded before timing. The `--nlp` path is timed when a trained English pipeline is installed. Also
shown: how many of the top 20 candidates (C-value) the default lexicon already has, how many candidates are single
words (a term's words are those of its commonest form; before that rule and the split-word repair a split or
line-break-hyphenated form made single words into two-word terms), how many split-word pairs were rejoined, and
the time of `--like LIKE` (suggest_like over the same passages; the method it chose). Prints a markdown table;
--write puts it in docs/benchmarks.md (section "terms").
"""

from __future__ import annotations

import argparse
import os
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
from litmine.concepts.similar import find_concept, suggest_like  # noqa: E402
from litmine.concepts.split_words import SplitWords  # noqa: E402
from litmine.concepts.terms import TermOptions, extract_candidates, extract_terms  # noqa: E402
from litmine.concepts.terms import _tokenize, load_english_pipeline, load_term_documents  # noqa: E402
from litmine.errors import LitmineError  # noqa: E402
from litmine.ingest import ingest_corpus  # noqa: E402
from litmine.store import Store  # noqa: E402


LIKE = "partnership-working"
# measured once with the code before the split-word repair, thresholds before nesting and commonest-form words
# (commit 7fa658d, 2026-12-04), on the same sets; kept as the "before" of this table
BEFORE = ("Before the split-word repair and the commonest-form rule (commit 7fa658d, measured 2026-12-04 on the same "
          "sets): SSOAR PDFs 81 of 1,458 candidates were single words (conflict, interest, example, interaction, "
          "understanding: from 'inter-ests', 'ex-amples', 'con flict'), UK policy inquiries 28 of 3,626 "
          "(healthcare, coordination, cooperation), demo corpus 0 of 185.")


def load_set(folder: Path, pdf_only: bool = False) -> list:
    tmp = Path(tempfile.mkdtemp())
    try:
        if pdf_only:  # the PDFs only (the SSOAR folders also hold reference text files)
            links = tmp / "pdf"
            links.mkdir()
            for n, pdf in enumerate(sorted(folder.rglob("*.pdf"))):
                (links / f"{n:03d}_{pdf.name}").symlink_to(pdf.resolve())
            folder = links
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
    parser.add_argument("--eval", type=Path, default=HERE.parent.parent / "shared" / "eval")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the table into --out")
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md",
                        help="the Markdown file whose 'terms' section --write replaces")
    args = parser.parse_args()

    sets = [("demo corpus (`corpus/`)", HERE.parent / "corpus", False)]
    if args.seeds.is_dir():
        sets.append(("seed texts (`../shared/seeds`)", args.seeds, False))
    for name, sub in [("SSOAR PDFs (`eval/excite-ssoar`)", "excite-ssoar"),
                      ("UK policy inquiries (`eval/uk-policy-inquiries/pdf`)", "uk-policy-inquiries/pdf")]:
        if (args.eval / sub).is_dir():
            sets.append((name, args.eval / sub, True))
    try:
        nlp_ok = load_english_pipeline() is not None
    except LitmineError:
        nlp_ok = False
    extract_candidates("The blank English tokenizer is loaded before timing.")
    concepts = load_lexicon()
    rows = []
    concept = find_concept(concepts, LIKE)
    for name, folder, pdf_only in sets:
        docs = load_set(folder, pdf_only)
        words = sum(len(text.split()) for _, _, passages in docs for text, _ in passages)
        first, found = timed(docs, TermOptions(top=None), concepts)
        warm = min(timed(docs, TermOptions(top=None), concepts)[0] for _ in range(args.repeat))
        top = found[:20]
        known = sum(1 for t in top if t.known)
        nlp = f"{words / timed(docs, TermOptions(top=None, nlp=True), concepts)[0]:,.0f}" if nlp_ok else "not installed"
        single = sum(1 for t in found if " " not in t.term and "-" not in t.term)
        split = SplitWords()
        for _, _, passages in docs:
            for text, _ in passages:
                split.add(_tokenize(text))
        split.finish()
        t = time.perf_counter()
        like = suggest_like(docs, concept)
        like_s = time.perf_counter() - t
        like_cell = (f"{like_s:.1f} s ({like.method}, {like.mentions} mentions, "
                     f"{sum(s.kind != 'form' for s in like.suggestions)} suggestions)")
        rows.append((name, len(docs), words, len(found), single, len(split.pairs), words / first, words / warm, nlp,
                     like_cell, known, len(top), ", ".join(t.term for t in top[:8])))
        print(f"{name}: {len(docs)} docs, {words} words, {len(found)} candidates; first run {words / first:,.0f} "
              f"words/s, warm {words / warm:,.0f} words/s, --nlp {nlp}", file=sys.stderr)

    from importlib.metadata import version

    load = os.getloadavg()[0]

    lines = ["## Candidate terms (`litmine terms`)", "",
             (f"Measured {datetime.now(timezone.utc):%Y-%m-%d} on {machine()} (load average {load:.1f} at the end: "
              f"speeds on a shared machine read low); spaCy {version('spacy')}, "
              f"Python {platform.python_version()}. `python benchmarks/terms.py`: candidates, C-value and TF-IDF "
              "over the English text passages of a fresh store (ingest not timed), one process, defaults "
              "(--min-freq 3, --min-docs 2). Single words: candidates whose name has no space or hyphen (0 by "
              "construction now: a term has the words of the form the text mostly writes). Split pairs: word "
              f"pairs rejoined as one word (\"effi ciency\"). `--like {LIKE}`: forms, phrases and neighbours, one "
              "process, Word2Vec or co-occurrence as chosen. Development figures (no held-out set for terms)."), "",
             BEFORE, "",
             ("| set | documents | words | candidates | single words | split pairs | first run (words/s) "
              f"| warm (words/s) | `--nlp` (words/s) | `--like {LIKE}` | top 20 already in the lexicon | top 8 |"),
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"]
    for name, n_docs, words, n_found, single, pairs, first, warm, nlp, like_cell, known, n_top, best in rows:
        lines.append(f"| {name} | {n_docs} | {words:,} | {n_found} | {single} | {pairs} | {first:,.0f} | {warm:,.0f} "
                     f"| {nlp} | {like_cell} | {known} of {n_top} | {best} |")
    markdown = "\n".join(lines) + "\n"
    print(markdown)
    if args.write:
        print(f"wrote {write_section('terms', markdown, args.out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
