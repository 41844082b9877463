"""`litmine run`: the whole pipeline with default options, from a corpus folder to every output and the report.

Steps: ingest (incremental; citations and cited works come with it), concept mentions (only stale documents are
tagged), a topic model (trained, or reused from models/), concept networks (every format), citation graphs
(direct, co-citation, coupling), concept trends and the report. A run records the fingerprint of what the outputs
were made from (the store's files and document metadata, the lexicon, the options) in OUT/litmine-run.json; the
next run with the same fingerprint, and every output still there as it was written (size and SHA-256, paths
relative to OUT), writes nothing and says so. Every output goes to a temporary file that is moved into place.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from litmine.config import DEFAULT_MODELS, DEFAULT_OUT, Limits
from litmine.errors import LitmineError, write_error
from litmine.ingest.corpus import Event, IngestReport
from litmine.models import Concept
from litmine.store import Store

STATE_FILE = "litmine-run.json"
STATE_VERSION = 1
SEED = 42
Step = Callable[[str, str], None]  # (step, message)


@dataclass
class RunResult:
    """What `run_pipeline` did: the ingest report, whether the outputs were already up to date, each output as
    (what, path), the steps skipped with their reason, the topic model's folder and the wall time."""

    ingest: IngestReport
    up_to_date: bool = False
    outputs: list[tuple[str, Path]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    topic_model: Path | None = None
    topics_reused: bool = False
    seconds: float = 0.0


class RunLexicon(Sequence[Concept]):
    """The run's concept lexicon, its YAML files read on first use only. When the lexicon cache beside the store
    (cli/lexicon_cache.py) says the store is tagged with this very lexicon and its glossary built (`current`), its
    fingerprint is known without reading them, and a run that reads no file (the no-change rerun) never does;
    otherwise the files are read at once, so a broken lexicon fails before anything else.

    Example:
        >>> lexicon = RunLexicon(None, False, Store(":memory:"))  # doctest: +SKIP
        >>> lexicon.current, len(lexicon) > 20  # doctest: +SKIP
        (False, True)
    """

    def __init__(self, extra: str | Path | None, replace: bool, store: Store,
                 concepts: list[Concept] | None = None):
        from litmine.cli import lexicon_cache

        self._extra, self._replace, self._concepts = extra, replace, concepts
        self.key = lexicon_cache.lexicon_key(Path(extra) if extra else None, replace)
        self._fingerprint = lexicon_cache.current_fingerprint(store, self.key) if concepts is None else None
        self.current = self._fingerprint is not None
        if not self.current:
            self._load()

    def _load(self) -> list[Concept]:
        if self._concepts is None:
            from litmine.concepts.lexicon import load_lexicon

            self._concepts = load_lexicon(self._extra, replace=self._replace)
        return self._concepts

    def __len__(self) -> int:
        return len(self._load())

    def __getitem__(self, i):
        return self._load()[i]

    def __iter__(self):
        return iter(self._load())

    def __bool__(self) -> bool:
        return self.current or bool(self._concepts)

    @property
    def fingerprint(self) -> str:
        """lexicon_fingerprint of the concepts (from the cache when current)."""
        if self._fingerprint is None:
            from litmine.concepts.tagging import lexicon_fingerprint

            self._fingerprint = lexicon_fingerprint(self._load())
        return self._fingerprint

    def remember(self, store: Store) -> None:
        """Record the lexicon in the cache beside the store once every document is tagged with it (after ingest)."""
        if not self.current:
            from litmine.cli import lexicon_cache

            lexicon_cache.remember(store, self.key, self.fingerprint, [c.id for c in self._load()])


def build_run_fingerprint(store: Store, lexicon_fingerprint: str, options: dict) -> str:
    """A hash of everything the outputs are made from: every file's path, status, document and error, every
    document's metadata, the lexicon's fingerprint, the run's options and litmine's version.

    Example:
        >>> build_run_fingerprint(Store(":memory:"), "abc", {"k": "auto"})[:8]  # doctest: +SKIP
        '5d41402a'
    """
    from litmine._version import __version__

    files = sorted((path, r["status"], r["doc_id"], r["error"]) for path, r in store.file_states().items())
    docs = [(d.id, d.title, d.authors, d.year, d.venue, d.doi, d.language)
            for d in store.iter_documents(with_text=False)]
    vetoes = store.veto_rows()  # the researcher's vetoes change every output (left out when none, as before them)
    blob = json.dumps([STATE_VERSION, __version__, files, docs, lexicon_fingerprint, options] + ([vetoes] if vetoes
                      else []), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_run_state(out_dir: str | Path) -> dict:
    """The state the last run recorded in out_dir ({} when there is none or it cannot be read)."""
    try:
        state = json.loads((Path(out_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_run_state(out_dir: str | Path, fingerprint: str, outputs: list[tuple[str, Path]],
                    skipped: list[tuple[str, str]]) -> Path:
    """Record a finished run: its fingerprint, its outputs (each with its path relative to out_dir, size and
    SHA-256, so a truncated, changed or copied-away output is noticed; each file's modification time too, which
    check_outputs may trust instead of hashing it again) and the steps it skipped. Written through a temporary
    file, as every output is."""
    from litmine.export.atomic import write_text_atomic

    out = Path(out_dir)
    path = out / STATE_FILE
    mtimes: dict[str, int] = {}
    state = {"version": STATE_VERSION, "fingerprint": fingerprint,
             "finished": datetime.now(UTC).isoformat(timespec="seconds"),
             "outputs": [_output_entry(out, what, p, mtimes) for what, p in outputs],
             "skipped": [list(s) for s in skipped], "mtimes": mtimes}
    try:
        write_text_atomic(path, json.dumps(state, ensure_ascii=False, indent=1))
    except OSError as exc:
        raise write_error(path, exc) from exc
    return path


def _output_entry(out: Path, what: str, p: Path, mtimes: dict[str, int]) -> list:
    """[what, path, size, sha256]: the path relative to the outputs folder when it lies inside it (so a copied
    folder is judged by its own files), absolute otherwise (the topic model under models/); folders without hash.
    A file's modification time (ns, taken before it is hashed) goes into mtimes under its path."""
    from litmine.export.atomic import file_digest

    p = Path(p)
    try:
        name = p.resolve().relative_to(out.resolve()).as_posix()
    except ValueError:
        name = str(p.resolve())
    if p.is_dir():
        return [what, name, None, None]
    mtimes[name] = p.stat().st_mtime_ns
    size, digest = file_digest(p)
    return [what, name, size, digest]


def check_outputs(out_dir: str | Path, state: dict) -> list[tuple[str, Path]] | None:
    """The outputs a run state records, as (what, path), when every one is still there as it was written (same size
    and SHA-256); None when one is missing, truncated or changed, or the state predates recorded hashes.

    A file whose size and modification time are those recorded is not hashed again when that time is older than the
    state file's own (as git trusts its index): a file changed after the state was written has a later time, and
    one changed within the same clock tick as the state's writing is hashed.

    Example:
        >>> check_outputs("outputs", {}) is None
        True
    """
    from litmine.export.atomic import file_digest

    out = Path(out_dir)
    entries = state.get("outputs") or []
    mtimes = state.get("mtimes") if isinstance(state.get("mtimes"), dict) else {}
    try:
        written = (out / STATE_FILE).stat().st_mtime_ns
    except OSError:
        written = None
    found: list[tuple[str, Path]] = []
    for entry in entries:
        if not isinstance(entry, list) or len(entry) != 4:
            return None
        what, name, size, digest = entry
        p = Path(name) if Path(name).is_absolute() else out / name
        if size is None:
            if not p.is_dir():
                return None
        else:
            try:
                st = p.stat()
                trusted = written is not None and mtimes.get(name) == st.st_mtime_ns < written
                if st.st_size != size or (not trusted and file_digest(p) != (size, digest)):
                    return None
            except OSError:
                return None
        found.append((str(what), p))
    return found or None


def find_topic_range(documents: int) -> list[int]:
    """The k tried by k=auto: litmine topics' default range (4 to 20 by 2), or 2 to half the documents for a
    corpus too small for it.

    Example:
        >>> find_topic_range(100)[:3], find_topic_range(6)
        ([4, 6, 8], [2, 3])
    """
    from litmine.topics.train import DEFAULT_K_RANGE

    if documents >= 2 * min(DEFAULT_K_RANGE):
        return list(DEFAULT_K_RANGE)
    return list(range(2, max(2, documents // 2) + 1))


def run_pipeline(corpus: str | Path | None, *, out: str | Path = DEFAULT_OUT, models: str | Path = DEFAULT_MODELS,
                 db: str | Path | None = None, jobs: int | None = None, lexicon: str | Path | None = None,
                 replace_lexicon: bool = False, method: Literal["lda", "nmf"] = "nmf",
                 k: int | Literal["auto"] = "auto", on_step: Step | None = None,
                 on_event: Event | None = None, zotero: dict | None = None,
                 limits: Limits | None = None) -> RunResult:
    """Ingest a corpus folder and write every output under out (networks/, trends/, topics/, report.html) and the
    topic model under models, skipping everything after ingest when nothing changed since the last run.

    Args:
        corpus: the folder of documents (and .bib/.ris/.csv metadata).
        out: the outputs folder.
        models: the folder of saved topic models.
        db: the store; default out/litmine.db.
        jobs: extraction worker processes (default: all cores).
        lexicon: a concept lexicon (YAML) added to the default one, or replacing it with replace_lexicon.
        method: the topic model, "lda" or "nmf" (seed 42).
        k: topics, or "auto" (best c_v coherence; see find_topic_range).
        on_step: called with (step, message) as the steps go.
        on_event: the ingest's per-file events (see ingest_corpus).
        zotero: read a Zotero library instead of a folder: {"path", "collections", "tags", "base"} (see
            ingest/zotero.py ingest_zotero); corpus is then None.
        limits: each file's time and memory limits and the largest text file (default: Limits.from_env()).

    Returns:
        What the run did. A step that cannot run (no years for trends, too few documents for topics) is skipped
        with its reason and the others go on; files that fail are in `ingest.failed`.

    Raises:
        LitmineError: the corpus is not a folder, no document could be read, or an output cannot be written.

    Example:
        >>> result = run_pipeline("corpus", out="outputs")  # doctest: +SKIP
        >>> [what for what, _ in result.outputs][-1]  # doctest: +SKIP
        'report'
    """
    from litmine.cli.lexicon_cache import cache_file
    from litmine.concepts.lexicon import load_lexicon
    from litmine.ingest import ingest_corpus

    started = time.perf_counter()
    step = on_step or (lambda name, message: None)
    out_dir, models_dir = Path(out), Path(models)
    if zotero is None and not Path(corpus).is_dir():
        raise LitmineError(f"{corpus}: not a folder")
    source = corpus if zotero is None else zotero["path"]
    db_path = Path(db) if db else out_dir / "litmine.db"
    cached = cache_file(db_path)
    # the lexicon is read here (a broken one fails before anything is made) unless its cache is there to say the
    # store is tagged with it already (RunLexicon then reads it only if a file is to be read)
    read = None if cached is not None and cached.exists() else load_lexicon(lexicon, replace=replace_lexicon)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LitmineError(f"{out_dir}: cannot be made ({exc.strerror or exc})") from exc
    store = Store(db_path)
    spare = _SpareChild(store, jobs)
    try:
        concepts = RunLexicon(lexicon, replace_lexicon, store, read)
        step("ingest", f"reading {source}")
        ingest_event = spare.on_event(on_event)  # the topics child started as the files to read are known
        if zotero is not None:
            from litmine.ingest.zotero import ingest_zotero

            report = ingest_zotero(zotero["path"], store, collections=zotero.get("collections"),
                                   tags=zotero.get("tags"), base=zotero.get("base"), jobs=jobs,
                                   on_event=ingest_event, concepts=concepts, limits=limits)
        else:
            # the works are rebuilt once the topics step has started (_run_analyses): it reads neither them nor
            # what they change, and its child then imports and reads the store beside the rebuild (about 1 s)
            # and the full-text index is built once the topics child trains, when this process would wait for it
            report = ingest_corpus(corpus, store, jobs=jobs, on_event=ingest_event, concepts=concepts,
                                   limits=limits, works_later=True, index_later=True)
        step("ingest", report.summary())
        concepts.remember(store)  # every document is tagged with the lexicon now: the next run need not read it
        if store.count_documents() == 0:
            _finish_works(store, report)
            raise LitmineError(f"{source}: no document could be read"
                               + (f" ({len(report.failed)} failed)" if report.failed else " (no .pdf, .txt or .md file)"))
        step("concepts", "finding concept mentions")
        from litmine.concepts.vetoes import sync_veto_file

        sync_veto_file(store)  # the veto file beside the store, read again on every run
        # the workers tagged new documents and ingest_corpus brought the rest up to date with this lexicon
        tagged, mentions = report.tagged, report.mentions
        step("concepts", f"{mentions} mentions in {tagged} new or changed document(s)" if tagged
             else "mentions up to date")
        options = {"method": method, "k": k, "seed": SEED, "models": str(models_dir.resolve())}
        fingerprint = build_run_fingerprint(store, concepts.fingerprint, options)
        result = RunResult(ingest=report)
        state = load_run_state(out_dir)
        recorded = check_outputs(out_dir, state) if state.get("fingerprint") == fingerprint else None
        if recorded:
            _finish_works(store, report)
            store.catch_up_index()
            result.up_to_date, result.outputs = True, recorded
            result.skipped = [(str(a), str(b)) for a, b in state.get("skipped", [])]
            result.seconds = time.perf_counter() - started
            return result
        try:
            _run_analyses(store, result, out_dir, models_dir, method=method, k=k, step=step, jobs=jobs, spare=spare)
        except OSError as exc:
            raise write_error(exc.filename or out_dir, exc) from exc
        write_run_state(out_dir, fingerprint, result.outputs, result.skipped)
    finally:
        spare.close()
        store.close()
    result.seconds = time.perf_counter() - started
    return result


def _note_unwritten(result: RunResult, note: str, step: Step) -> None:
    """A file the networks step did not write (VOSviewer's for a graph under 3 nodes), said on the progress line
    and recorded among the run's skipped steps (the summary and litmine-run.json)."""
    result.skipped.append(("VOSviewer files", note))
    step("networks", f"skipped: {note}")


# From this many documents up the topics step runs in a child process of its own, a fresh Python that shares nothing
# with this one: what training holds (token arrays, matrices, the models of the k search, and the allocator's arenas
# that Python and glibc keep once freed: gc.collect() and malloc_trim(0) gave back 150 of 580 MiB on 300 documents)
# goes back to the system when it exits, so none of it is carried into the networks, trends and report steps.
# Smaller corpora train here: starting a child costs about a second of imports.
TOPICS_CHILD_DOCUMENTS = 100
_CHILD_CODE = "from litmine.pipeline import _topics_main; _topics_main()"


def _topics_here(store: Store, out_dir: Path, models_dir: Path, *, method: str, k: int | str,
                 k_range: list[int], jobs: int | None = None,
                 on_progress: Callable[[str, Path], None] | None = None,
                 plots: bool = True) -> tuple[Path, bool, list[Path]]:
    """The topics step in this process: write_topics's model folder, whether it was reused, the files written
    (plots: False leaves the topic plots to the caller, see write_topics)."""
    from litmine.topics.saved import write_topics

    topics = write_topics(store, out_dir, models_dir=models_dir, method=method, k=k, k_range=k_range, seed=SEED,
                          jobs=jobs, on_progress=on_progress, plots=plots)
    return topics.folder, topics.reused, list(topics.files)


def _topics_main() -> None:
    """The child's side of _topics_in_child: the request (JSON) from stdin, the answer as the last line of stdout:
    the folder, whether it was reused and the files, or the LitmineError's message, or the OSError's parts; before
    it, a line for each of write_topics's progress calls ({"progress": "saved", "path": the model's folder}, then
    "period_words"), which _TopicsChild.progress reads. The libraries the step loads are imported before the request
    is read (_warm_topics); a child whose stdin ends without a request ends there."""
    import sys

    _warm_topics()
    line = sys.stdin.readline()
    if not line:
        return
    r = json.loads(line)
    if r.get("held"):
        _hold_until_released()
    store = Store(r["db"], check=False)  # the parent has just checked it

    def progress(kind: str, path: Path) -> None:
        if kind == "saved":  # what training held goes back before the parent loads the model beside this process
            _give_back_memory()
        print(json.dumps({"progress": kind, "path": str(path)}), flush=True)

    try:
        folder, reused, files = _topics_here(store, Path(r["out"]), Path(r["models"]), method=r["method"],
                                             k=r["k"], k_range=r["k_range"], jobs=r.get("jobs"),
                                             on_progress=progress, plots=r.get("plots", True))
        answer: dict = {"folder": str(folder), "reused": reused, "files": [str(p) for p in files]}
    except LitmineError as exc:
        answer = {"error": str(exc)}
    except OSError as exc:
        answer = {"oserror": [exc.errno, exc.strerror, exc.filename]}
    finally:
        store.close()
    print(json.dumps(answer))


def _warm_topics() -> None:
    """Import what the topics step loads on first use (gensim, scikit-learn's NMF, SciPy, the topic modules) and
    build its topic words (spaCy's blank English tokenizer and lemma table): about 2 s of CPU and 200 MB, which the
    step needs anyway. In a child started as ingest begins (_SpareChild) they are made beside ingest's start-up (the
    reference taggers loaded, the readers imported and the workers forked in one process, the other core idle)
    instead of after ingest, where the child is the run's critical path. A failure is left to the step, which then
    meets it where it always did."""
    try:
        import gensim.corpora  # noqa: F401
        import gensim.models  # noqa: F401
        import scipy.optimize  # noqa: F401
        import scipy.sparse  # noqa: F401
        import sklearn.decomposition  # noqa: F401
        import threadpoolctl  # noqa: F401

        from litmine.topics import files, halves, passages, preprocess, saved, selection  # noqa: F401

        preprocess.build_words()
    except Exception:  # noqa: BLE001 - only a warm-up: the step says what is wrong
        pass


def _hold_until_released() -> None:
    """The child's topic workers held back (topics/parallel.py hold_workers) until the parent closes the child's
    stdin (_TopicsChild.release): until then the run's other core makes the networks and trends."""
    import sys
    import threading

    from litmine.topics.parallel import hold_workers

    released = threading.Event()

    def watch() -> None:
        sys.stdin.read()  # to the end: the parent closed it
        released.set()

    hold_workers(released)
    threading.Thread(target=watch, daemon=True).start()


class _TopicsChild:
    """_topics_here in a child process (see TOPICS_CHILD_DOCUMENTS), started at once and answered by `answer()`, so
    that the caller may do other work meanwhile: `python -c`, not multiprocessing, whose spawn imports the caller's
    main script again (a script without the `if __name__ == "__main__"` guard would fail). held: the child's topic
    workers (pieces, fits) wait for `release()`, its own process working on meanwhile. plots: False leaves the
    topic plots to the caller (see _prepare_report_topics). proc: a child process started before
    (_start_child_process, see _SpareChild) that has not read a request yet."""

    def __init__(self, store: Store, out_dir: Path, models_dir: Path, *, method: str, k: int | str,
                 k_range: list[int], jobs: int | None = None, held: bool = False, plots: bool = True,
                 proc=None) -> None:
        request = json.dumps({"db": store.path, "out": str(out_dir), "models": str(models_dir), "method": method,
                              "k": k, "k_range": k_range, "jobs": jobs, "held": held, "plots": plots})
        self.proc = proc or _start_child_process()
        self._lines: list[str] = []  # the child's output lines read by progress()
        self.proc.stdin.write(request + "\n")
        self.proc.stdin.flush()
        if not held:
            self.release()

    def release(self) -> None:
        """Let the child's workers start (its stdin closed; see _hold_until_released)."""
        if not self.proc.stdin.closed:
            try:
                self.proc.stdin.close()
            except OSError:  # the child has ended already: answer() says how
                pass

    def progress(self, kind: str) -> Path | None:
        """The path of the child's next progress line of that kind (see _topics_main), read as it comes; None when
        its output ends first, or its answer comes (the child failed, or never gave one)."""
        while line := self.proc.stdout.readline():
            self._lines.append(line)
            try:
                said = json.loads(line)
            except ValueError:
                continue
            if not isinstance(said, dict) or "progress" not in said:
                return None
            if said["progress"] == kind:
                return Path(said["path"])
        return None

    def answer(self) -> tuple[Path, bool, list[Path]]:
        """The child's answer once it has ended: a LitmineError or OSError there is raised here as it was; a child
        that dies (out of memory, killed) is a LitmineError saying so."""
        self.release()
        stdout = "".join(self._lines) + self.proc.stdout.read()
        self.proc.stdout.close()
        returncode = self.proc.wait()
        try:
            answer = json.loads(stdout.strip().splitlines()[-1])
            if "progress" in answer:
                raise ValueError("no answer after the progress lines")
        except (ValueError, IndexError, TypeError):
            raise LitmineError(f"the topic model's process ended unexpectedly (exit status {returncode})") from None
        if "error" in answer:
            raise LitmineError(answer["error"])
        if "oserror" in answer:
            raise OSError(*answer["oserror"])
        return Path(answer["folder"]), answer["reused"], [Path(p) for p in answer["files"]]

    def stop(self) -> None:
        """End the child (the run failed meanwhile) and wait for it."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.release()
        self.proc.stdout.close()


def _start_child_process():
    """A topics child process (_topics_main, reading its request from stdin): `python -c` with this very litmine
    first on its path."""
    import os
    import subprocess
    import sys

    import litmine

    env = dict(os.environ)  # the child imports this very litmine
    env["PYTHONPATH"] = os.pathsep.join([str(Path(litmine.__file__).resolve().parent.parent)]
                                        + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return subprocess.Popen([sys.executable, "-c", _CHILD_CODE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env)


class _SpareChild:
    """The topics child started as ingest begins, before its request is known: at ingest's `start` event (the files
    to read counted), when the run is to read files, uses more than one core and will hold TOPICS_CHILD_DOCUMENTS
    documents or more (those stored and the files to read), as _start_topics would then start a held child. The
    child imports what the step needs (_warm_topics) on the core that is idle while this process loads the
    reference taggers, imports the readers and forks the ingest workers (about 2 s of one core on the scale
    corpus), then waits for its request; _start_topics takes it (`take`) for the held child, and `close` ends one
    not taken (fewer documents were stored, nothing is to be made, the run failed)."""

    def __init__(self, store: Store, jobs: int | None) -> None:
        self.store, self.jobs, self.proc = store, jobs, None

    def on_event(self, on_event: Event | None) -> Event:
        """on_event (None: nothing) with the child started at the `start` event."""

        def event(kind: str, path: str, message: str) -> None:
            if kind == "start":
                self._start(int(message))
            if on_event is not None:
                on_event(kind, path, message)

        return event

    def _start(self, files: int) -> None:
        if self.proc is None and files and _held_child_wanted(self.store, self.jobs,
                                                                self.store.count_documents() + files):
            self.proc = _start_child_process()

    def take(self):
        """The child process, now the caller's; None when none was started, or when it has ended meanwhile (killed,
        out of memory: the caller then starts another, as without a spare)."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is not None:
            proc.stdin.close()
            proc.stdout.close()
            return None
        return proc

    def close(self) -> None:
        """End a child not taken and wait for it (it holds nothing but its imports)."""
        proc = self.take()
        if proc is not None:
            proc.kill()
            proc.wait()
            proc.stdin.close()
            proc.stdout.close()


def _topics_in_child(store: Store, out_dir: Path, models_dir: Path, *, method: str, k: int | str,
                     k_range: list[int], jobs: int | None = None) -> tuple[Path, bool, list[Path]]:
    """_topics_here in a child process, waited for (see _TopicsChild)."""
    return _TopicsChild(store, out_dir, models_dir, method=method, k=k, k_range=k_range, jobs=jobs).answer()


def _write_citation_graphs(store: Store, result: RunResult, networks: Path, made, step: Step) -> None:
    """The three citation graphs, built from one reading of the store's citation links and written into networks;
    kept in made for the report."""
    from litmine.export.graphs import write_graph
    from litmine.networks import build_citation_graph_from, citation_links

    made.citation_links = citation_links(store)
    for kind in ("direct", "cocitation", "coupling"):
        g = made.citation_graphs[kind] = build_citation_graph_from(*made.citation_links, kind=kind)
        notes: list[str] = []
        try:
            result.outputs += [(f"citation graph ({kind})", p)
                               for p in write_graph(g, networks, f"citations_{kind}", notes=notes)]
        except OSError as exc:
            raise write_error(networks, exc) from exc
        for note in notes:
            _note_unwritten(result, note, step)


def _held_child_wanted(store: Store, jobs: int | None, documents: int) -> bool:
    """Whether the topics step of a store that will hold `documents` documents runs in a held child beside the
    networks (_start_topics): TOPICS_CHILD_DOCUMENTS or more, a store on disk, more than one core."""
    from litmine.config import default_jobs

    return documents >= TOPICS_CHILD_DOCUMENTS and store.path not in (None, ":memory:") and \
        (jobs or default_jobs()) > 1


def _start_topics(store: Store, out_dir: Path, models_dir: Path, *, method: str, k: int | str,
                  jobs: int | None, spare: _SpareChild | None = None):
    """The topics step as a callable giving (folder, reused, files): in a child process started at once when the
    store has TOPICS_CHILD_DOCUMENTS documents or more and more than one core is to be used, so that the networks
    and trends are made beside it (they only read the store, which the child reads and adds topic pieces to: SQLite
    in WAL mode lets readers and one writer go on together), the child's topic workers held back until they are
    made (_TopicsChild.release); waited for at once in a child with one job; here below TOPICS_CHILD_DOCUMENTS
    documents. The held child is spare's process when one was started during ingest (else spare's is ended).
    Returns (the callable, the child or None)."""
    documents = store.count_documents()
    kwargs = {"method": method, "k": k, "k_range": find_topic_range(documents), "jobs": jobs}
    if not _held_child_wanted(store, jobs, documents):
        if spare is not None:
            spare.close()
        if documents < TOPICS_CHILD_DOCUMENTS or store.path in (None, ":memory:"):
            return (lambda: _topics_here(store, out_dir / "topics", models_dir, **kwargs)), None
        return (lambda: _topics_in_child(store, out_dir / "topics", models_dir, **kwargs)), None  # one core
    # one core for the topics beside the networks on the other: the fits' own workers (topics/parallel.py) on top
    # of this process's networks took the 1,000-document run to 1,057 MiB PSS (development, load 4.9), so they
    # start only once the networks and trends are made; the topic plots are drawn here while the child writes its
    # other files (_prepare_report_topics)
    child = _TopicsChild(store, out_dir / "topics", models_dir, **kwargs, held=True, plots=False,
                         proc=spare.take() if spare is not None else None)
    return child.answer, child


def _finish_topics(result: RunResult, answer, step: Step, at: tuple[int, int] | None = None) -> None:
    """The topics step's outputs (or the reason it was skipped) recorded in result, at the places `at` (outputs,
    skipped) where they would stand had the step finished before the networks (the default: at the end)."""
    outputs, skipped = at or (len(result.outputs), len(result.skipped))
    try:
        folder, reused, files = answer()
    except LitmineError as exc:
        result.skipped.insert(skipped, ("topics", str(exc)))
        step("topics", f"skipped: {exc}")
        return
    result.topic_model, result.topics_reused = folder, reused
    result.outputs[outputs:outputs] = [("topic model", folder)] + [("topics", p) for p in files]
    step("topics", f"{'reused' if reused else 'trained'} {folder.name}")


def _run_analyses(store: Store, result: RunResult, out_dir: Path, models_dir: Path, *, method: str,
                  k: int | str, step: Step, jobs: int | None = None, spare: _SpareChild | None = None) -> None:
    """The topics step, the networks, thematic map, citation graphs and trends (beside the topics step when it runs
    in a child, see _start_topics; spare: a child started during ingest), then the report. result's outputs and
    skipped steps are in the same order either way."""
    step("topics", f"{method.upper()} topic model (k {k}), trained or reused from {models_dir}")
    answer, child = _start_topics(store, out_dir, models_dir, method=method, k=k, jobs=jobs, spare=spare)
    try:
        _finish_works(store, result.ingest)  # beside the topics child, before the citation graphs read them
    except BaseException:
        if child is not None:
            child.stop()
        raise
    started = prepared = None
    if child is None:
        store.catch_up_index()
        _finish_topics(result, answer, step)
        with store.reads_once():  # the steps read the same rows several times
            made = _run_networks_and_trends(store, result, out_dir, step)
    else:
        at = (len(result.outputs), len(result.skipped))
        try:
            with store.reads_once():
                made = _run_networks_and_trends(store, result, out_dir, step)
                step("report", "the report's sections but the topics, beside the topic model")
                started = _start_report(store, made)
        except BaseException:
            child.stop()
            raise
        from litmine.report import Made

        made = Made()  # the started report holds what it shows of the networks, graphs and trends: let them go
        _give_back_memory()
        child.release()  # this process waits now: the child's fits may use every core
        if store.index_deferred():  # the passages' full-text index, while a core would otherwise idle
            step("index", "the new passages' full-text index, beside the topic model")
            store.catch_up_index()
        step("topics", "waiting for the topic model, trained beside the networks and trends")
        prepared = _prepare_report_topics(store, child, out_dir / "topics")
        _finish_topics(result, answer, step, at)
        if prepared is None and result.topic_model is not None:  # the plots the child left were not drawn
            _write_topic_plots(store, result.topic_model, out_dir / "topics")
    _write_run_report(store, result, out_dir, models_dir, made, step, started, prepared)


def _finish_works(store: Store, report) -> None:
    """The works ingest left pending (ingest_corpus's works_later), rebuilt now."""
    if report.works_pending:
        from litmine.ingest.corpus import finish_works

        finish_works(store, report)


def _prepare_report_topics(store: Store, child: _TopicsChild, topics_dir: Path):
    """The report's topics section but its plot (report.prepare_topic_summary), made here while the child writes
    its topic files once it has saved the model (about 2 s CPU off the run's end), with the topic words per period
    it writes first; before them, the topics step's plots drawn into topics_dir, which the child leaves to this
    process (plots=False; matplotlib is loaded here already); None when the child says no model was saved, or the
    section cannot be made so (the report then makes it as before, saying why it cannot; _write_topic_plots draws
    the plots)."""
    import tempfile

    from litmine.report import load_period_words, prepare_topic_summary

    folder = child.progress("saved")
    if folder is None:
        return None

    def period_words() -> list[dict] | None:
        path = child.progress("period_words")
        return load_period_words(path) if path is not None else None

    try:
        with tempfile.TemporaryDirectory(prefix="litmine-report-") as tmp:
            return prepare_topic_summary(folder, store, Path(tmp), period_words=period_words,
                                         plots_into=topics_dir)
    except (LitmineError, OSError):
        return None


def _write_topic_plots(store: Store, folder: Path, topics_dir: Path) -> None:
    """The topic plots the child left to this process (see _prepare_report_topics), drawn from its saved model
    when the report's topics section could not be prepared; a model that cannot be read is a LitmineError."""
    from litmine.topics.files import write_topic_plots
    from litmine.topics.outputs import build_topics_by_year, suggest_topic_labels
    from litmine.topics.saved import load_saved

    model = load_saved(folder, unit_terms=False).model
    labels = suggest_topic_labels(model, {c["id"]: c["label"] for c in store.concept_rows()})
    try:
        write_topic_plots(model, build_topics_by_year(model, labels), topics_dir, labels=labels)
    except OSError as exc:
        raise write_error(topics_dir, exc) from exc


def _start_report(store: Store, made):
    """The report's sections but the topics (report.build_report_without_topics), made while the topics child
    trains; LitmineError and OSError as write_report raises them."""
    from litmine.report import build_report_without_topics

    return build_report_without_topics(store, made=made)


def _give_back_memory() -> None:
    """What this process freed (the networks' and trends' work, ingest's) collected and handed back to the system
    where the C library can (glibc's malloc_trim), before the topics child's workers start beside it."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc
        pass


def _run_networks_and_trends(store: Store, result: RunResult, out_dir: Path, step: Step):
    """The concept networks, thematic map, citation graphs and trends, written and recorded in result; returns
    what the report shows of them (report.Made)."""
    from litmine.cooccurrence import write_concept_networks
    from litmine.report import Made
    from litmine.trends import write_trends

    def skip(name: str, exc: LitmineError) -> None:
        result.skipped.append((name, str(exc)))
        step(name, f"skipped: {exc}")

    networks = out_dir / "networks"
    made = Made()  # what the report shows without building it again
    step("networks", "concept co-occurrence network")
    try:
        concept_nets = made.concept_networks = write_concept_networks(store, networks)
        result.outputs += [("concept network", p) for _, _, files in concept_nets.networks for p in files]
        for note in concept_nets.notes:  # files not written (VOSviewer's under 3 nodes): said and recorded
            _note_unwritten(result, note, step)
    except LitmineError as exc:
        skip("networks", exc)
    except OSError as exc:
        raise write_error(networks, exc) from exc
    step("networks", "thematic map and thematic evolution")
    try:
        from litmine.thematic import write_run_thematic

        made.thematic = write_run_thematic(store, networks, whole=made.concept_networks)
        result.outputs += [("thematic map", p) for p in made.thematic]
    except LitmineError as exc:
        skip("thematic map", exc)
    except OSError as exc:
        raise write_error(networks, exc) from exc
    step("networks", "citation graphs")
    _write_citation_graphs(store, result, networks, made, step)

    step("trends", "concepts over the years")
    try:
        made.trends = write_trends(store, out_dir / "trends")
        result.outputs += [("trends", p) for p in made.trends.files]
    except LitmineError as exc:
        skip("trends", exc)
    return made


def _write_run_report(store: Store, result: RunResult, out_dir: Path, models_dir: Path, made, step: Step,
                      started=None, prepared=None) -> None:
    """The HTML report, with what the run has just made (made, and the topics step's files; started: its other
    sections, made already, see report.build_report_without_topics)."""
    from litmine.report import load_period_words, write_report

    step("report", "the HTML report" if started is None else "the HTML report: the topics")
    # the topic words per period the topics step has just written, rather than counted again (see
    # report.build_topic_summary)
    periods = next((p for what, p in result.outputs if what == "topics" and p.name == "topic_words_by_period.csv"),
                   None)
    made.topics_plot = next((p for what, p in result.outputs if what == "topics" and p.name == "topics_by_year.png"),
                            None)
    written = write_report(store, out_dir / "report.html", models_dir=models_dir, topic_model=result.topic_model,
                           made=made, started=started, prepared=prepared,
                           period_words=load_period_words(periods) if periods and result.topic_model and
                           prepared is None else None)
    result.outputs.append(("report", written.path))
