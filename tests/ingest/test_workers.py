"""litmine.ingest.workers: what forked workers inherit from the writer's process, and where documents are tagged."""

import multiprocessing

import pytest

from litmine.ingest import workers
from litmine.models import Concept

LEXICON = [Concept(id="sozialstaat", label="Sozialstaat", patterns=["Sozialstaat", "welfare state"]),
           Concept(id="aero", label="Ærø-Modell", patterns=["Ærø-Modell"])]


def _worker_warm(_: int) -> tuple[bool, bool, bool]:
    """In a worker: (the readers were imported before any file, the topic words were inherited, no matcher)."""
    from litmine.topics import preprocess

    return workers._WARM, preprocess.words_built(), workers._MATCHERS == {}


@pytest.mark.slow
def test_workers_forked_pool_inherits_readers_but_no_matcher(monkeypatch):
    """With fork, the readers and the topic words (spaCy's tokenizer and lemma table, for the topic pieces) are
    built once in the writer's process, before the pool starts, and every worker starts with them; no matcher is
    built for the workers (the writer tags), and what the writer holds is frozen out of the collector's sight for
    the fork."""
    import subprocess
    import sys

    # a fresh process: this one may have imported spaCy for other tests
    code = ("import gc, multiprocessing, sys\n"
            "from concurrent.futures import ProcessPoolExecutor\n"
            "from litmine.ingest import workers\n"
            "from tests.ingest.test_workers import _worker_warm\n"
            "ctx = multiprocessing.get_context('fork')\n"
            "workers.prepare_fork(ctx)\n"
            "assert workers._WARM and workers._MATCHERS == {} and gc.get_freeze_count() > 0\n"
            "assert workers._WORDS_BUILT and 'gensim' not in sys.modules\n"
            "with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:\n"
            "    print(list(pool.map(_worker_warm, range(2))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[(True, True, True), (True, True, True)]"


def test_workers_prepare_fork_compiles_the_footnote_patterns_only_for_a_pool():
    """One worker compiles the footnotes' patterns (litmine/patterns.py LazyPattern) only when a file of its needs
    them (a document with no notes never does); before a pool of workers forks, they are compiled for all of them
    to share. In a fresh process: this one may have compiled them for other tests."""
    import subprocess
    import sys

    code = ("import multiprocessing\n"
            "from litmine.ingest import workers\n"
            "from litmine.citations import footnote_fields, footnotes\n"
            "ctx = multiprocessing.get_context('fork')\n"
            "workers.prepare_fork(ctx)\n"
            "assert footnotes._AND_DATED._compiled is None and footnote_fields._AUTHORS._compiled is None\n"
            "workers.prepare_fork(ctx, pool=True)\n"
            "assert footnotes._AND_DATED._compiled is not None and footnote_fields._AUTHORS._compiled is not None\n"
            "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "ok"


def test_workers_prepare_fork_does_nothing_for_spawned_workers(monkeypatch):
    """Spawned workers share nothing with this process: nothing is imported or built here for them."""
    monkeypatch.setattr(workers, "_MATCHERS", {})
    monkeypatch.setattr(workers, "_WARM", False)
    workers.prepare_fork(multiprocessing.get_context("spawn"))
    assert workers._MATCHERS == {} and not workers._WARM


_REAL_EXTRACT_FILE = workers.extract_file


def _reading_only(path, concepts=None, **kw):
    """extract_file, refusing a lexicon: a worker given one fails its file, so the test sees it."""
    if concepts:
        return workers.FileResult(path, reason="a worker was given the lexicon")
    return _REAL_EXTRACT_FILE(path, concepts, **kw)


@pytest.mark.slow
def test_workers_run_local_tags_in_the_writer_and_lets_the_matcher_go(tmp_path, monkeypatch):
    """Two jobs, then one: the workers only read (no lexicon handed to them) and the writer tags each document as
    it comes back, with the same mentions as reading and tagging in this process; the writer drops its matcher
    once the files are read."""
    monkeypatch.setattr(workers, "_MATCHERS", {})
    paths = []
    for i, text in enumerate(["Der Sozialstaat und das Ærø-Modell.\n", "The welfare state after 2010.\n"]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    in_process = [workers.extract_file(p, LEXICON) for p in paths]
    workers._MATCHERS.clear()
    monkeypatch.setattr(workers, "extract_file", _reading_only)
    limits = workers.Limits(file_seconds=60, memory_mb=0)
    for jobs in (2, 1):
        results = sorted(workers.run_local(paths, jobs=jobs, concepts=LEXICON, limits=limits), key=lambda r: r.path)
        assert workers._MATCHERS == {}
        assert all(r.reason is None and r.tags is not None for r in results), [r.reason for r in results]
        found = [sorted(m.concept for m in r.tags.mentions) for r in results]
        assert found == [["aero", "sozialstaat"], ["sozialstaat"]]
        assert [[(m.concept, m.start, m.end) for m in r.tags.mentions] for r in results] == \
            [[(m.concept, m.start, m.end) for m in r.tags.mentions] for r in in_process]
        assert [r.tags.words for r in results] == [r.tags.words for r in in_process]


def _logging_reader(path, concepts=None, **kw):
    """extract_file, first writing 'start NAME' to started.log beside the file (the worker process's own record)."""
    import os

    with open(os.path.join(os.path.dirname(path), "started.log"), "a", encoding="utf-8") as fh:
        fh.write(f"start {os.path.basename(path)}\n")
    return _REAL_EXTRACT_FILE(path, concepts, **kw)


@pytest.mark.slow
def test_workers_one_job_reads_the_next_file_while_the_writer_stores(tmp_path, monkeypatch):
    """One job: while the writer holds a file's result (tagging and storing it), its worker already reads the next
    file; every file still comes back once, in order, tagged."""
    import time

    monkeypatch.setattr(workers, "_MATCHERS", {})
    paths = []
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"The welfare state, file {name}.\n", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    monkeypatch.setattr(workers, "extract_file", _logging_reader)
    results = workers.run_local(paths, jobs=1, concepts=LEXICON, limits=workers.Limits(file_seconds=60, memory_mb=0))
    first = next(results)
    log = tmp_path / "started.log"
    deadline = time.monotonic() + 30
    while "start b.txt" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert log.read_text(encoding="utf-8").splitlines()[:2] == ["start a.txt", "start b.txt"]  # before next()
    rest = list(results)
    assert [r.path for r in [first, *rest]] == paths
    assert all(r.tags is not None and [m.concept for m in r.tags.mentions] == ["sozialstaat"] for r in [first, *rest])
    assert workers._MATCHERS == {}


def _threshold_reader(path, concepts=None, **kw):
    """extract_file, first writing the collector's first threshold in the reading process to PATH.gc."""
    import gc

    with open(path + ".gc", "w", encoding="utf-8") as fh:
        fh.write(str(gc.get_threshold()[0]))
    return _REAL_EXTRACT_FILE(path, concepts, **kw)


@pytest.mark.slow
def test_workers_ingest_collects_less_often_and_restores_the_collector_after(tmp_path, monkeypatch):
    """While files are read (in forked workers, with two jobs or one) and stored, the collector's first threshold is
    INGEST_GC_THRESHOLD; after the last result the writer's threshold is what it was."""
    import gc

    before = gc.get_threshold()
    paths = []
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"The welfare state, file {name}.\n", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    monkeypatch.setattr(workers, "extract_file", _threshold_reader)
    for jobs in (2, 1):
        writer = []
        for result in workers.run_local(paths, jobs=jobs, limits=workers.Limits(file_seconds=60, memory_mb=0)):
            assert result.reason is None, result.reason
            writer.append(gc.get_threshold()[0])
        read = [int((tmp_path / f"{name}.txt.gc").read_text(encoding="utf-8")) for name in ("a", "b", "c")]
        assert read == writer == [workers.INGEST_GC_THRESHOLD] * 3
        assert gc.get_threshold() == before


def _taggers_reader(path, concepts=None, **kw):
    """extract_file, first writing to PATH.taggers whether the reading process held the reference parser's two
    taggers before it read the file."""
    from litmine.citations.footnote_tagger import load_note_tagger
    from litmine.citations.reference_model import load_reference_tagger

    held = load_reference_tagger.cache_info().currsize, load_note_tagger.cache_info().currsize
    with open(path + ".taggers", "w", encoding="utf-8") as fh:
        fh.write(f"{held[0]} {held[1]}")
    return _REAL_EXTRACT_FILE(path, concepts, **kw)


@pytest.mark.slow
def test_workers_pool_inherits_the_reference_taggers_and_the_writer_lets_them_go(tmp_path, monkeypatch):
    """Two jobs: the writer loads the list tagger and the note tagger before the pool is forked, so every worker holds
    them before its first file (none loads its own); once the files are read the writer lets go of what it loaded
    for them. A writer that held them already keeps them."""
    from litmine.citations.footnote_tagger import load_note_tagger
    from litmine.citations.reference_model import load_reference_tagger

    paths = []
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"The welfare state, file {name}.\n", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    monkeypatch.setattr(workers, "extract_file", _taggers_reader)
    limits = workers.Limits(file_seconds=60, memory_mb=0)
    load_reference_tagger.cache_clear()
    load_note_tagger.cache_clear()
    assert all(r.reason is None for r in workers.run_local(paths, jobs=2, limits=limits))
    assert [(tmp_path / f"{name}.txt.taggers").read_text(encoding="utf-8") for name in ("a", "b", "c")] == ["1 1"] * 3
    assert load_reference_tagger.cache_info().currsize == load_note_tagger.cache_info().currsize == 0
    tagger = load_reference_tagger()
    assert all(r.reason is None for r in workers.run_local(paths, jobs=2, limits=limits))
    assert load_reference_tagger() is tagger


def test_workers_warm_up_leaves_spacys_patterns_in_the_cache_for_the_matcher():
    """warm_up builds the topic words after importing the readers, whose patterns overfill the re module's cache:
    the suffix and infix patterns spaCy compiles for the words' tokenizer are still cached when the matcher's
    tokenizer asks for the same ones (only its prefixes differ), so they are compiled once. In a fresh process."""
    import subprocess
    import sys

    code = ("import re._compiler\n"
            "from litmine.ingest import workers\n"
            "workers.warm_up()\n"
            "seen, compile = [], re._compiler.compile\n"
            "re._compiler.compile = lambda p, flags=0: seen.append(p) or compile(p, flags)\n"
            "from litmine.concepts.matcher import _make_nlp\n"
            "nlp = _make_nlp()\n"
            "tok = nlp.tokenizer\n"
            "print(sorted(p in seen for p in (tok.suffix_search.__self__.pattern, tok.infix_finditer.__self__.pattern)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[False, False]"
