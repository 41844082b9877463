"""Topic model selection: does k=auto land where it should, and are the topics stable, coherent and alive?

Usage: python benchmarks/topic_selection.py [--eval ../shared/eval] [--out docs/benchmarks.md] [--runs 5]

Corpora (development: litmine's topic defaults were built while running on them): the demo corpus, the UK Approved
Documents (plain text) and the EXCITE SSOAR English PDFs, each ingested into a temporary store and tagged with the
default lexicon (not timed); units are documents (the pipeline's default) and passages.
For each corpus and unit: `train_topic_fit(k="auto")` with LDA and seed 42 (the choice, whether it sits on a bound,
the held-out c_v of each k tried); then the chosen k trained with --runs seeds (42, 43, ...):
- stability: mean best-match cosine similarity of the topic-term rows between every pair of seeds (Hungarian);
- coherence: mean c_v of each model's topics (top 10 terms, over all units) against a random baseline: 10 topics of
  10 random vocabulary terms scored on the same texts;
- dead topics: share of topics, over the seeds, that no unit leans on (topics/selection.py `dead_topics`);
- the seed-42 model's labels, printed for reading.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from report import machine, standard_args, write_section  # noqa: E402

from litmine.concepts.lexicon import load_lexicon  # noqa: E402
from litmine.ingest import ingest_corpus  # noqa: E402
from litmine.store import Store  # noqa: E402
from litmine.topics.preprocess import build_topic_corpus  # noqa: E402
from litmine.topics.selection import dead_topics, random_topics, stability  # noqa: E402
from litmine.topics.train import build_dictionary, find_coherence, train_topic_fit, train_topics  # noqa: E402


def measure(store: Store, unit: str, seeds: int) -> dict:
    from litmine.topics.outputs import suggest_topic_labels

    corpus = build_topic_corpus(store, unit=unit)
    t0 = time.perf_counter()
    fit = train_topic_fit(corpus, method="lda", k="auto", seed=42)
    seconds = time.perf_counter() - t0
    model = fit.model
    sel = model.options["selection"]
    runs = [model] + [train_topics(corpus, method="lda", k=model.k, seed=42 + i) for i in range(1, seeds)]
    texts = corpus.tokens
    dictionary = fit.dictionary
    coh = [statistics.mean(m.coherence) for m in runs]
    vocab = [dictionary[i] for i in range(len(dictionary))]
    baseline = statistics.mean(find_coherence(random_topics(vocab, 10, 10, 42), texts, dictionary))
    dead = sum(len(dead_topics(m.doc_topic)) for m in runs) / sum(m.k for m in runs)
    concept_labels = {c["id"]: c["label"] for c in store.concept_rows()}
    return {"unit": unit, "units": len(corpus.units), "vocab": len(dictionary), "k": model.k,
            "tried": [s["k"] for s in sel["scores"]], "at_bound": sel["at_bound"] or "no",
            "held_out": sel["held_out_units"], "stability": stability([m.topic_term for m in runs]),
            "coherence": statistics.mean(coh), "coherence_min": min(coh), "baseline": baseline,
            "topics_below_baseline": sum(1 for m in runs for c in m.coherence if c <= baseline),
            "topics": sum(m.k for m in runs), "dead": dead, "seconds": seconds,
            "labels": suggest_topic_labels(model, concept_labels), "notes": sel["notes"]}


def main() -> None:
    args = standard_args(__doc__, extra=lambda p: p.add_argument("--runs", type=int, default=5))
    ev = Path(args.eval)
    corpora = [("demo corpus (`corpus/`)", HERE.parent / "corpus"),
               ("UK Approved Documents (text)", ev / "uk-approved-documents" / "txt"),
               ("EXCITE SSOAR English PDFs", ev / "excite-ssoar" / "en_refsection" / "pdf")]
    results = []
    for name, folder in corpora:
        if not folder.is_dir():
            print(f"skipped {name}: {folder} not found", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(str(Path(tmp) / "s.db"))
            ingest_corpus(folder, store, jobs=2, concepts=load_lexicon(None))
            for unit in ("document", "passage"):
                r = measure(store, unit, args.runs)
                r["corpus"] = name
                results.append(r)
                print(name, unit, r["k"], round(r["stability"], 3), round(r["coherence"], 3), r["at_bound"],
                      file=sys.stderr)
            store.close()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "## Topic model selection (issue 17)", "",
        f"{machine()}; {now}; `python benchmarks/topic_selection.py --runs {args.runs}`. Development figures: the "
        "selection rules were built while running on these corpora (no held-out corpus). LDA, k=auto from 4-20 by 2 "
        "(at most half the units); k chosen on held-out c_v (a fifth of the units), topic diversity and stability "
        "(topics/selection.py). Then the chosen k with seeds 42, 43, ...: stability = mean best-match cosine "
        "similarity of topics between every pair of seeds; coherence = mean c_v over all units; baseline = c_v of 10 "
        "topics of 10 random vocabulary terms on the same texts; dead = share of topics no unit leans on. "
        "Targets: no bound without saying so, no dead topics, stability >= 0.8, every topic above the baseline.", "",
        "| corpus | unit | units | vocabulary | k tried | k chosen | on a bound | stability | c_v (lowest seed) | "
        "random baseline | topics at or below baseline | dead topics | selection s |",
        "|---|---|---:|---:|---|---:|---|---:|---|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['corpus']} | {r['unit']} | {r['units']} | {r['vocab']} | "
                     f"{r['tried'][0]}-{r['tried'][-1]} | {r['k']} | {r['at_bound']} | {r['stability']:.3f} | "
                     f"{r['coherence']:.3f} ({r['coherence_min']:.3f}) | {r['baseline']:.3f} | "
                     f"{r['topics_below_baseline']} of {r['topics']} | {r['dead']:.0%} | {r['seconds']:.1f} |")
    lines += ["", "Labels of the seed-42 models (read: see the note below each):", ""]
    for r in results:
        lines.append(f"- {r['corpus']}, {r['unit']} units, k={r['k']}: " + "; ".join(r["labels"]))
        for note in r["notes"]:
            lines.append(f"  - selection note: {note}")
    write_section("topic_selection", "\n".join(lines) + "\n", Path(args.out))


if __name__ == "__main__":
    main()
