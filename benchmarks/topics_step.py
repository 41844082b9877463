"""The topics step of `litmine run` next to plain gensim LDA on the same documents, in the same run (issue 18).

Usage: python benchmarks/topics_step.py [--docs 100] [--eval ../shared/eval] [--seeds ../shared/seeds]
                                        [--out docs/benchmarks.md] [--tree PATH ...] [--rounds 1]
                                        [--store DB] [--without-pieces] [--tomotopy PYTHON]

The corpus is scale.py's (the EXCITE PDFs, UK inquiry PDFs, UK Approved Documents, seed texts and the demo corpus,
interleaved up to --docs documents), ingested and tagged with the default lexicon (not timed). Timed, each in its
own process, CPU seconds of the process and its workers and wall seconds:
- litmine: `write_topics` as `litmine run` calls it (NMF, k auto over the run's range, unit auto, seed 42): topic
  tokens, vocabulary, the search over k with its stability refits, the final model, coherence, representative
  passages and every output file. --tree runs it with another checkout's litmine (a before/after in one run); the
  last tree's step runs a second time in the same process on the same store ("run again": the topic pieces the
  first run cached in the store are read back, nothing else is reused). A store ingested by a litmine that makes
  the topic pieces at ingest (the workers, as they read each file) holds those of every passage without concept
  mentions already, so its first run reads them; --without-pieces times each tree once more on a copy with the
  topic_pieces table emptied (a store ingested before ingest made pieces: the step makes every passage's).
- gensim LdaModel with default options (one pass) on plain tokens (lower-cased regex words, nothing removed) of each
  document's English text passages, at the k litmine chose: tokens + training, as scale.py's baseline; and
  LdaMulticore with 1 and 2 workers the same way; and tomotopy's LDAModel (Gibbs sampling, 1 worker) when
  --tomotopy names a Python that has it (a separate venv: tomotopy is no dependency of litmine).
Peak RSS (MiB) of litmine's process ("run again": both runs' peak).
Coherence, side by side: c_v and NPMI of each model's top 10 terms over litmine's units and tokens (terms that never
occur there skipped and the next taken, both sides alike), and the NPMI of 10 random topics of vocabulary terms
drawn by frequency, on the same texts. Development: litmine's topic defaults were built on these documents.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from report import machine, standard_args, write_section  # noqa: E402

CHILD = """
import json, resource, sys, tempfile, time
sys.path.insert(0, sys.argv[1])
import litmine
assert litmine.__file__.startswith(sys.argv[1]), litmine.__file__
from litmine.pipeline import find_topic_range
from litmine.store import Store
from litmine.topics.saved import write_topics
store = Store(sys.argv[2])
out = []
for _ in range(int(sys.argv[3])):  # the second time into new folders, with whatever the first run left in the store
    t, c = time.perf_counter(), time.process_time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = write_topics(store, f"{sys.argv[4]}/run{len(out) + 1}/topics", models_dir=f"{sys.argv[4]}/run{len(out) + 1}/models",
                       method="nmf", k="auto", k_range=find_topic_range(store.count_documents()), seed=42)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    m = run.model
    out.append({"wall": wall, "cpu": cpu + after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
                "k": m.k, "units": len(m.units), "unit": m.options.get("unit"), "vocab": len(m.vocab),
                "topics": [[w for w, _ in m.top_terms(t, 60)] for t in range(m.k)],
                "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
print(json.dumps(out))
"""


def build_store(work: Path, ev: Path, seeds: Path, docs: int) -> tuple[Path, dict]:
    """scale.py's corpus of `docs` documents under work, ingested and tagged into work/s.db."""
    from scale import build_corpus, find_sources

    sys.path.insert(0, str(ROOT))
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.tagging import ensure_mentions
    from litmine.ingest import ingest_corpus
    from litmine.store import Store

    counts = build_corpus(work / "corpus", find_sources(ev, seeds), docs)
    store = Store(work / "s.db")
    ingest_corpus(work / "corpus", store, jobs=2)
    ensure_mentions(store, load_lexicon())
    store.close()
    return work / "s.db", counts


def _commit(tree: Path) -> str:
    """The checkout's commit (short), with a + when its litmine/ has changes not committed."""
    head = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(tree), "status", "--porcelain", "--", "litmine"], capture_output=True,
                           text=True)
    return (head.stdout.strip() or tree.name) + ("+" if dirty.stdout.strip() else "")


def _rows(db: Path, table: str) -> int:
    """How many rows a table of the store holds (0 without it): topic_pieces (the passages' topic pieces, made at
    ingest or by an earlier topic run), documents (those of a store given with --store)."""
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


def run_litmine(tree: Path, db: Path, times: int, outputs: Path) -> list[dict]:
    """litmine's topics step with the litmine of `tree`, `times` times in one process on a copy of the store (from
    the second time on, with the topic pieces the first run cached there, when that litmine caches them); each
    run's topic files and saved models under outputs/run1, outputs/run2..."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "s.db"
        shutil.copy(db, copy)  # every tree starts from the same bytes
        out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(copy), str(times), str(outputs)],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def without_pieces(db: Path, work: Path) -> Path:
    """A copy of the store with no topic pieces (as ingested by a litmine that made none at ingest)."""
    import sqlite3

    copy = work / "bare.db"
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'topic_pieces'").fetchone():
        con.execute("DELETE FROM topic_pieces")
        con.commit()
    con.close()
    return copy


def differing_files(a: Path, b: Path) -> list[str]:
    """The files (relative paths) of two output folders that differ, or are in one only: byte for byte, except
    topics.json without its "created" time and gensim's phrase models (phrases-N) without their lifecycle events
    (each holds the time it was made and saved)."""
    files = {p.relative_to(a) for p in a.rglob("*") if p.is_file()} | {p.relative_to(b) for p in b.rglob("*")
                                                                       if p.is_file()}
    return sorted(str(f) for f in files if not ((a / f).is_file() and (b / f).is_file() and _same(a / f, b / f)))


def _same(x: Path, y: Path) -> bool:
    if x.read_bytes() == y.read_bytes():
        return True
    if x.name == "topics.json":
        dx, dy = (json.loads(p.read_text(encoding="utf-8")) for p in (x, y))
        return {**dx, "created": ""} == {**dy, "created": ""}
    if x.name.startswith("phrases-"):
        from gensim.utils import SaveLoad

        mx, my = (vars(SaveLoad.load(str(p))) for p in (x, y))
        return {**mx, "lifecycle_events": None} == {**my, "lifecycle_events": None}
    return False


def plain_corpus(db: Path) -> tuple[list[list[str]], float]:
    """Plain tokens (lower-cased regex words, nothing removed) of each document's English text passages, and the
    CPU seconds of making them (the passages' reading is not timed)."""
    from topics import plain_tokens

    sys.path.insert(0, str(ROOT))
    from litmine.store import Store
    from litmine.topics.preprocess import TEXT_KINDS

    with tempfile.TemporaryDirectory() as tmp:  # a copy: opening a store migrates it, and other trees read db
        shutil.copy(db, Path(tmp) / "s.db")
        store = Store(Path(tmp) / "s.db")
        by_doc: dict[str, list[str]] = {}
        for _, doc_id, _, kind, language, text in store.iter_passage_texts():
            if kind in TEXT_KINDS and language in (None, "en"):
                by_doc.setdefault(doc_id, []).append(text)
        store.close()
    c = time.process_time()
    tokens = [plain_tokens("\n\n".join(texts)) for texts in by_doc.values()]
    return tokens, time.process_time() - c


def run_gensim(tokens: list[list[str]], prep: float, k: int, workers: int | None) -> dict:
    """gensim LDA with default options at k on the plain tokens: LdaModel (workers None) or LdaMulticore with that
    many workers; CPU (the workers' included) and wall of the dictionary and training, plus the tokens' CPU."""
    from gensim.corpora import Dictionary
    from gensim.models import LdaModel, LdaMulticore

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t, c = time.perf_counter(), time.process_time()
    dictionary = Dictionary(tokens)
    bows = [dictionary.doc2bow(d) for d in tokens]
    if workers:
        lda = LdaMulticore(bows, num_topics=k, id2word=dictionary, random_state=42, workers=workers)
    else:
        lda = LdaModel(bows, num_topics=k, id2word=dictionary, random_state=42)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall + prep, "cpu": cpu + prep, "prep": prep, "k": k,
            "topics": [[w for w, _ in lda.show_topic(i, topn=60)] for i in range(k)]}


TOMOTOPY = """
import json, resource, sys, time
import tomotopy as tp
tokens, k, iters, workers = json.load(open(sys.argv[1])), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
t, c = time.perf_counter(), time.process_time()
mdl = tp.LDAModel(k=k, seed=42)
for doc in tokens:
    if doc:
        mdl.add_doc(doc)
mdl.train(iters, workers=workers)
wall, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"wall": wall, "cpu": cpu, "k": k, "version": tp.__version__,
                  "topics": [[w for w, _ in mdl.get_topic_words(i, top_n=60)] for i in range(k)]}))
"""
TOMOTOPY_ITERATIONS = 200  # Gibbs sweeps (tomotopy's examples train 100-1,000)


def run_tomotopy(python: str, tokens: list[list[str]], prep: float, k: int, workers: int) -> dict | None:
    """tomotopy's LDAModel (collapsed Gibbs sampling, TOMOTOPY_ITERATIONS sweeps) at k on the plain tokens, in the
    given Python (a separate environment: tomotopy is no dependency of litmine); None when it cannot be run."""
    if not python or not Path(python).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tokens.json"
        path.write_text(json.dumps(tokens), encoding="utf-8")
        out = subprocess.run([python, "-c", TOMOTOPY, str(path), str(k), str(TOMOTOPY_ITERATIONS), str(workers)],
                             capture_output=True, text=True)
    if out.returncode:
        print(f"tomotopy skipped: {out.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["wall"] += prep
    r["cpu"] += prep
    return r


def coherence_table(db: Path, rows: dict[str, dict]) -> dict[str, dict]:
    """c_v and NPMI of each model's top 10 terms (those present in litmine's tokens) over litmine's units, and the
    NPMI of random topics."""
    sys.path.insert(0, str(ROOT))
    import numpy as np
    from gensim.corpora import Dictionary

    from litmine.store import Store
    from litmine.topics.coherence import find_coherence
    from litmine.topics.preprocess import build_topic_corpus
    from litmine.topics.selection import random_topics

    with tempfile.TemporaryDirectory() as tmp:  # a copy: the given store stays as it was (no cached pieces)
        shutil.copy(db, Path(tmp) / "s.db")
        store = Store(Path(tmp) / "s.db")
        corpus = build_topic_corpus(store, unit="auto")
        store.close()
    dictionary = Dictionary(corpus.tokens)
    out = {}
    for name, row in rows.items():
        kept = [[t for t in terms if t in dictionary.token2id][:10] for terms in row["topics"]]
        kept = [t for t in kept if len(t) >= 2]
        out[name] = {"cv": statistics.mean(find_coherence(kept, corpus.tokens, dictionary, "c_v")),
                     "npmi": statistics.mean(find_coherence(kept, corpus.tokens, dictionary, "c_npmi")),
                     "top": kept[0][:8]}
    vocab = [dictionary[i] for i in range(len(dictionary))]
    freq = np.array([dictionary.cfs.get(i, 0) for i in range(len(dictionary))], float)
    rand = random_topics(vocab, 10, 10, 42, weights=freq)
    out["random"] = {"npmi": statistics.mean(find_coherence(rand, corpus.tokens, dictionary, "c_npmi")),
                     "cv": statistics.mean(find_coherence(rand, corpus.tokens, dictionary, "c_v"))}
    return out


def main() -> None:
    def extra(parser):
        parser.add_argument("--docs", type=int, default=100)
        parser.add_argument("--tree", action="append", default=None,
                            help="a litmine checkout to time (repeatable; default this one)")
        parser.add_argument("--rounds", type=int, default=1, help="rounds of every timing (the best is kept)")
        parser.add_argument("--store", default=None, help="a store already built by this script (not rebuilt)")
        parser.add_argument("--without-pieces", action="store_true",
                            help="time each tree once more on a copy of the store without topic pieces")
        parser.add_argument("--tomotopy", default=os.environ.get("TOMOTOPY_PYTHON", ""),
                            help="a Python with tomotopy installed (a separate venv); skipped when not given")

    a = standard_args(__doc__, extra=extra)
    trees = [Path(t).resolve() for t in (a.tree or [str(ROOT)])]
    work = Path(tempfile.mkdtemp(prefix="litmine-topics-step-"))
    try:
        if a.store:
            db = Path(a.store)
            counts = {"documents": _rows(db, "documents")}
        else:
            db, counts = build_store(work, Path(a.eval), Path(a.seeds), a.docs)
        bare = without_pieces(db, work) if a.without_pieces else None
        cached = _rows(db, "topic_pieces")
        load = [f"{os.getloadavg()[0]:.1f}"]
        rows: dict[str, dict] = {}
        for _ in range(a.rounds):  # interleaved, so load falls on every side alike
            for tree in trees:
                name = f"litmine ({_commit(tree)})" if len(trees) > 1 else "litmine"
                runs = run_litmine(tree, db, 1 if tree != trees[-1] else 2, work / f"out{trees.index(tree)}")
                labels = [name, f"{name}, run again"][:len(runs)]
                if bare is not None:
                    runs += run_litmine(tree, bare, 1, work / f"bare{trees.index(tree)}")
                    labels.append(f"{name}, store without pieces")
                for label, r in zip(labels, runs):
                    if label not in rows or r["cpu"] < rows[label]["cpu"]:
                        rows[label] = r
            k = next(iter(rows.values()))["k"]
            plain, prep = plain_corpus(db)
            for label, workers in (("gensim LdaModel", None), ("gensim LdaMulticore, 1 worker", 1),
                                   ("gensim LdaMulticore, 2 workers", 2), ("tomotopy LDAModel, 1 worker", 0)):
                r = (run_gensim(plain, prep, k, workers) if workers != 0 else
                     run_tomotopy(a.tomotopy, plain, prep, k, 1))
                if r is not None and (label not in rows or r["cpu"] < rows[label]["cpu"]):
                    rows[label] = r
        load.append(f"{os.getloadavg()[0]:.1f}")
        scores = coherence_table(db, rows)
        # every run's topic files and models against the first tree's first run
        runs = sorted(work.glob("out*/run*")) + sorted(work.glob("bare*/run*"))
        same = {f"{r.parent.name}/{r.name}": differing_files(runs[0], r) for r in runs[1:]}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = rows["gensim LdaModel"]
    first = next(iter(rows.values()))
    lines = ["## Topics step", "",
             f"{machine()}; {datetime.now(UTC):%Y-%m-%d}; `python benchmarks/topics_step.py "
             f"{'--store STORE' if a.store else f'--docs {a.docs}'}` "
             f"(load {load[0]} before, {load[1]} after; best of {a.rounds} round(s)).", "",
             (f"The corpus: {sum(counts.values())} documents of scale.py's sources"
              f"{'' if a.store else ' (' + ', '.join(f'{n} {s}' for s, n in counts.items()) + ')'}; "
              f"litmine made {first['units']:,} {first['unit']} units and a vocabulary of {first['vocab']:,} terms, "
              f"and chose k = {first['k']}; the store held the topic pieces of {cached:,} passages before the first "
              f"run; the gensim models are fitted with that k on plain tokens of the same "
              f"documents. CPU counts the process and its workers. The target (issue 18): litmine's step within "
              f"3x plain gensim LDA, tokens + training. Coherence over litmine's units and tokens (development: "
              f"the topic defaults were built on these documents)."), "",
             "| model | what is timed | CPU s | wall s | CPU / gensim LdaModel | peak MiB | c_v | NPMI |",
             "|---|---|---|---|---|---|---|---|"]
    what = {"gensim LdaModel": "plain tokens + training (one pass)",
            "gensim LdaMulticore, 1 worker": "plain tokens + training (one pass)",
            "gensim LdaMulticore, 2 workers": "plain tokens + training (one pass)",
            "tomotopy LDAModel, 1 worker": f"plain tokens + training ({TOMOTOPY_ITERATIONS} Gibbs sweeps)"}
    for name, r in rows.items():
        doing = what.get(name, "the same step again on the same store (topic pieces cached by the first run; "
                         "libraries already loaded)"
                         if name.endswith("run again") else
                         "the whole step: tokens, k search and stability, final model, passages, files")
        if name.endswith("store without pieces"):
            doing = "the whole step on a copy of the store without topic pieces (every passage's made)"
        s = scores[name]
        peak = f"{r['peak']:,.0f}" if "peak" in r else ""
        lines.append(f"| {name} | {doing} | {r['cpu']:.1f} | {r['wall']:.1f} | {r['cpu'] / base['cpu']:.1f}x | "
                     f"{peak} | {s['cv']:.3f} | {s['npmi']:.3f} |")
    lines.append(f"| 10 random topics | frequency-weighted vocabulary terms | | | | | {scores['random']['cv']:.3f} | "
                 f"{scores['random']['npmi']:.3f} |")
    lines += ["", "First topic (top 8 terms present in litmine's tokens):", ""]
    lines += [f"- {name}: {', '.join(scores[name]['top'])}" for name in rows]
    lines += ["", "Topic files and saved models of each run against the first tree's first run (out<tree>/run<n>; "
              "bare<tree>/run1: the store without pieces; "
              "byte for byte but the times in topics.json and the phrase models): " + ("; ".join(f"{r}: {', '.join(d) if d else 'identical'}" for r, d in same.items())
                                    or "one run only") + "."]
    markdown = "\n".join(lines)
    print(markdown)
    print(write_section("topics_step", markdown, Path(a.out)), file=sys.stderr)


if __name__ == "__main__":
    main()
