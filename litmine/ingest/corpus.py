"""Walk a corpus folder, skip what is unchanged, extract the rest in parallel, write it through one writer."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from litmine.config import DOCUMENT_SUFFIXES, METADATA_SUFFIXES, Limits, default_jobs
from litmine.errors import InputError, LitmineError, MetadataError
from litmine.faults import checkpoint
from litmine.ingest.files import not_regular_reason
from litmine.ingest.sidecars import SidecarIndex, SidecarRecord, load_sidecar
from litmine.ingest.workers import FileResult, run_local
from litmine.models import Concept, Document
from litmine.store import Store

Event = Callable[[str, str, str], None]  # (kind, path, message)


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    sidecar_matches: int = 0
    mentions: int = 0  # concept mentions found in the documents read (with a lexicon)
    tagged: int = 0  # documents whose mentions were found this run
    glossary: dict[str, str] = field(default_factory=dict)
    glossary_mentions: int = 0
    works_pending: bool = False  # the works rebuild left to the caller (ingest_corpus's works_later, finish_works)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
                f"{len(self.duplicates)} duplicate, {len(self.failed)} failed, {len(self.missing)} missing"
                + (f", {len(self.pruned)} pruned" if self.pruned else ""))


@dataclass
class _Candidate:
    path: str
    size: int
    mtime: float
    sha256: str
    update: bool


def walk_corpus(root: str | Path) -> Iterator[tuple[str, str | None]]:
    """Yield (path, None) for each document or metadata file under root, and (path, reason) for what cannot be
    walked (symlink loops, unreadable folders). Follows symlinks, each real folder once."""
    root = str(root)
    seen_dirs: set[str] = set()
    errors: list[tuple[str, str]] = []

    def onerror(exc: OSError) -> None:
        errors.append((exc.filename or root, f"cannot read folder ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            dirnames[:] = []
            yield dirpath, f"symlink loop (the folder is {real}, already read)"
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith((".", "~$")):
                continue
            suffix = Path(name).suffix.lower()
            if suffix in DOCUMENT_SUFFIXES or suffix in METADATA_SUFFIXES:
                yield os.path.join(dirpath, name), None
        while errors:
            yield errors.pop(0)
    while errors:
        yield errors.pop(0)


def sha256_file(path: str, chunk: int = 1 << 20) -> str:
    """The SHA-256 of a file, read in chunks (memory flat however large the file); raises OSError."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _write_result(store: Store, report: IngestReport, emit: Event, root: str, result: FileResult,
                  cand: _Candidate, index: SidecarIndex | None, stats: dict[str, os.stat_result]) -> None:
    path, doc = result.path, result.doc
    if doc is None:
        _fail(store, report, emit, root, path, result.reason or "unknown error", stats.get(path))
        return
    if doc.id != cand.sha256:  # the file changed while we read it; the next run picks it up
        _fail(store, report, emit, root, path, "file changed while being read; run ingest again")
        return
    own = result.own or {}
    if doc.creators and "creators" not in own.get("values", {}):
        own.setdefault("values", {})["creators"] = doc.creators  # kept with own_meta: back when a sidecar goes
    values, sources, matched = apply_sidecar(doc, own, index, emit=emit)
    report.sidecar_matches += matched
    for k in ("title", "authors", "year", "venue", "doi"):
        setattr(doc, k, values.get(k, [] if k == "authors" else None))
    if "creators" in values:
        doc.creators = values["creators"]
    doc.meta_sources = sources
    if doc.year is not None:
        doc.notes = [n for n in doc.notes if not n.startswith("no publication year")]
    try:
        store.write_document(doc, root=root, size=cand.size, mtime=cand.mtime, own_meta=own, tags=result.tags,
                             pieces=result.pieces)
    except sqlite3.IntegrityError as exc:  # what was read breaks a rule of the store (a litmine bug): this file
        # alone fails, its transaction undone (write_document's savepoint), and the run goes on with the others
        _fail(store, report, emit, root, path, f"could not be stored ({exc}); please report this file",
              stats.get(path))
        return
    if result.tags is not None:
        report.tagged += 1
        report.mentions += len(result.tags.mentions)
    (report.updated if cand.update else report.added).append(path)
    emit("updated" if cand.update else "added", path, f"{len(doc.passages)} passages, {doc.pages} pages")


def apply_sidecar(doc: Document, own: dict, index: SidecarIndex | None, *,
                  emit: Event | None = None) -> tuple[dict, dict, bool]:
    """Final metadata of a document: its own values, overridden field by field by a matching sidecar record.

    A sidecar value equal to the document's own keeps the own source (a spreadsheet of `litmine docs` given
    back with one cell corrected changes that one field's source only). Authors come with their creators.
    A document that nearly matched (same title, other year or author; two records) gets a "sidecar" event.
    """
    values = dict(own.get("values", {}))
    sources = dict(own.get("sources", {}))
    matched = False
    if index is not None and len(index):
        # each sidecar file that has a record of the document applies in turn (the --metadata files last), so a
        # corrected copy of `litmine docs` changes what it corrects and leaves the other fields' sources alone
        for found in index.find_each(path=doc.path, doi=values.get("doi"), title=values.get("title"),
                                     year=values.get("year"), authors=values.get("authors"),
                                     creators=values.get("creators"), doc_id=doc.id):
            if found.record is None:
                if found.problem and emit is not None:
                    emit("sidecar", doc.path, found.problem)
                continue
            matched = True
            authors_before = values.get("authors")
            for k, v in found.record.fields().items():
                if k == "creators" and "creators" not in values and v == _creators_of(authors_before):
                    continue  # the authors as the document has them, read the same way: nothing to change
                if values.get(k) != v:
                    values[k] = v
                    sources[k] = f"sidecar:{found.record.source} (matched by {found.how})"
    return values, sources, matched


def _creators_of(authors: list[str] | None) -> list[dict[str, str]]:
    from litmine.citations.reference_names import creators_from_names

    return creators_from_names(authors)


def ingest_corpus(corpus: str | Path, store: Store, *, metadata: list[str | Path] | None = None,
                  jobs: int | None = None, force: bool = False, prune: bool = False,
                  on_event: Event | None = None, concepts: Sequence[Concept] | None = None,
                  scheduler: str | None = None, files: Sequence[str] | None = None,
                  extra_records: Sequence[SidecarRecord] | None = None,
                  limits: Limits | None = None, works_later: bool = False,
                  index_later: bool = False) -> IngestReport:
    """Ingest every PDF, text, Markdown, Word and HTML file under corpus into the store, incrementally.

    Unchanged files (same size and mtime, or same content hash) are skipped; changed files are replaced, each
    all-or-nothing; a file that fails is reported with its reason and the rest go on; what was stored before a
    failure stays. BibTeX, RIS and CSV files found in the corpus or given in metadata supply metadata.
    Workers extract (and, given `concepts`, tag) the files: `jobs` local processes, or a Dask cluster with
    `scheduler` ("local" for a LocalCluster, or "tcp://host:8786"); this process commits each document as it arrives.
    `files` (a Zotero library's attachments: ingest/zotero.py) replaces the walk of corpus; `extra_records` are
    metadata records that apply like sidecar entries (a Zotero item's, tied to its attachment's path).
    Only regular files are read (a FIFO, socket or device named *.txt fails with its line, never blocks); files
    are hashed in chunks, never held whole here; `limits` (default: Limits.from_env()) bounds each file's time
    and its worker's memory, a text file's size and a passage's length. With `works_later` the works (cited works
    and which work each reference is) are not rebuilt here but left to the caller's finish_works (report.works_pending),
    after the mentions and glossary: `litmine run` starts its topics step (which reads neither) before it. With
    `index_later` the passages written are left out of the full-text index until the caller's
    store.catch_up_index() (store/fts.py DeferredIndexMixin); without it, an index a stopped run left behind is
    caught up at the end.

    Example:
        >>> report = ingest_corpus("corpus", Store(":memory:"), jobs=1)  # doctest: +SKIP
        >>> report.summary()  # doctest: +SKIP
        '12 added, 0 updated, 0 unchanged, 0 duplicate, 0 failed, 0 missing'
    """
    emit = on_event or (lambda kind, path, msg: None)
    root = os.path.normpath(str(corpus))  # "corpus/" and "corpus" are one folder
    if not os.path.isdir(root):
        raise LitmineError(f"{root}: not a folder")
    report = IngestReport()
    jobs = jobs or default_jobs()
    limits = limits or Limits.from_env()
    if scheduler:  # before walking and hashing what may be 50,000 files
        from litmine.ingest.distributed import check_scheduler

        check_scheduler(scheduler)

    doc_files, sidecar_files = _sort_files(root, files, metadata, report, emit)
    records = _load_records(sidecar_files, extra_records, report, emit)
    index = SidecarIndex(records) if records else None
    todo, duplicates, stats = _plan(store, root, doc_files, force=force, limits=limits, report=report, emit=emit)

    emit("start", root, str(len(todo)))
    if index_later and todo:
        store.defer_index()
    by_path = {c.path: c for c in todo}
    # each document commits on its own as soon as its worker returns it (a WAL commit without fsync costs well
    # under a millisecond): a kill, Ctrl-C or out-of-memory loses only the files in flight, never the finished ones
    # held back by a slow one, and an `added:` line is only ever printed for a committed document
    for result in _extract([c.path for c in todo], scheduler=scheduler, jobs=jobs, concepts=concepts, limits=limits):
        _write_result(store, report, emit, root, result, by_path[result.path], index, stats)
        checkpoint("committed")

    # recorded after extraction, so a duplicate points at the document its twin just became
    _record_duplicates(store, root, duplicates, report, emit)
    # sidecars may have changed although the documents did not
    _refresh_sidecar_metadata(store, index, report, set(report.added) | set(report.updated), emit)
    _missing_files(store, root, set(doc_files), prune=prune, report=report, emit=emit)
    _rebuild_derived(store, report, concepts, works_later)
    if not index_later:
        store.catch_up_index()
    return report


def _sort_files(root: str, files: Sequence[str] | None, metadata: list[str | Path] | None, report: IngestReport,
                emit: Event) -> tuple[list[str], list[str]]:
    """The document files and the metadata files to read: the walk of root (or the `files` given), with --metadata
    files first among the metadata; what cannot be walked fails with its line."""
    doc_files: list[str] = []
    sidecar_files = [str(m) for m in (metadata or [])]
    for path, problem in walk_corpus(root) if files is None else ((str(f), None) for f in files):
        if problem:
            report.failed.append((path, problem))
            emit("failed", path, problem)
        elif Path(path).suffix.lower() in METADATA_SUFFIXES:
            sidecar_files.append(path)
        else:
            doc_files.append(path)
    return doc_files, sidecar_files


def _load_records(sidecar_files: list[str], extra_records: Sequence[SidecarRecord] | None, report: IngestReport,
                  emit: Event) -> list[SidecarRecord]:
    """The metadata records of every sidecar file (after `extra_records`); an unreadable file, or one with broken
    entries, fails with one line (a file's good entries are still used)."""
    records: list[SidecarRecord] = list(extra_records or [])
    for sc in sidecar_files:
        problems: list[str] = []
        try:
            found = load_sidecar(sc, problems)
        except MetadataError as exc:
            reason = str(exc).split(": ", 1)[-1]
            report.failed.append((sc, reason))
            emit("failed", sc, reason)
            continue
        records.extend(found)
        if problems:  # broken entries: one line for the file, the others' metadata still used
            reason = problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "") + \
                f"; {len(found)} other entr{'y' if len(found) == 1 else 'ies'} read"
            report.failed.append((sc, reason))
            emit("failed", sc, reason)
    return records


def _plan(store: Store, root: str, doc_files: list[str], *, force: bool, limits: Limits, report: IngestReport,
          emit: Event) -> tuple[list[_Candidate], list[tuple[str, str, int, float, str]], dict[str, os.stat_result]]:
    """Which document files to extract: (candidates, duplicates as (path, first, size, mtime, sha256), stat of each
    candidate). Unchanged files go to report.unchanged; unreadable, empty, oversized and still-failing files fail."""
    known = store.file_states()
    doc_paths = store.document_paths()
    seen_hashes: dict[str, str] = {}
    todo: list[_Candidate] = []
    duplicates: list[tuple[str, str, int, float, str]] = []
    stats: dict[str, os.stat_result] = {}
    for path in doc_files:
        st = _regular_stat(store, report, emit, root, path)
        if st is None:
            continue
        old = known.get(path)
        if _unchanged_by_stat(path, st, None if force else old, report, emit, seen_hashes):
            continue
        sha = _checked_hash(store, report, emit, root, path, st, limits)
        if sha is None:
            continue
        if old is not None and not force and old["sha256"] == sha and old["status"] == "ok" and \
                store.has_document(sha):
            store.touch_file(path, size=st.st_size, mtime=st.st_mtime)
            report.unchanged.append(path)
            seen_hashes.setdefault(sha, path)
            continue
        first = seen_hashes.get(sha) or (doc_paths.get(sha) if doc_paths.get(sha) != path else None)
        if first and first != path:
            duplicates.append((path, first, st.st_size, st.st_mtime, sha))
            continue
        seen_hashes[sha] = path
        todo.append(_Candidate(path, st.st_size, st.st_mtime, sha, old is not None and old["doc_id"] is not None))
        stats[path] = st
    return todo, duplicates, stats


def _regular_stat(store: Store, report: IngestReport, emit: Event, root: str, path: str) -> os.stat_result | None:
    """The file's stat, or None after failing it (cannot be read, symlink loop, not a regular file)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        reason = "symlink loop" if exc.errno == errno.ELOOP else f"cannot read ({exc.strerror or exc})"
        _fail(store, report, emit, root, path, reason)
        return None
    if not stat.S_ISREG(st.st_mode):
        _fail(store, report, emit, root, path, not_regular_reason(st.st_mode))
        return None
    return st


def _unchanged_by_stat(path: str, st: os.stat_result, old: dict | None, report: IngestReport, emit: Event,
                       seen_hashes: dict[str, str]) -> bool:
    """True when size and mtime say the file is as the last run left it (old: its file state, None with --force):
    failed again with the same reason, or unchanged."""
    if old is None:
        return False
    if old["status"] == "failed" and old["fail_size"] == st.st_size and old["fail_mtime"] == st.st_mtime:
        reason = f"{old['error']} (unchanged since the last run)"
        report.failed.append((path, reason))
        emit("failed", path, reason)
        return True
    if old["status"] in ("ok", "duplicate") and old["size"] == st.st_size and old["mtime"] == st.st_mtime:
        report.unchanged.append(path)
        if old["sha256"]:
            seen_hashes.setdefault(old["sha256"], path)
        return True
    return False


def _checked_hash(store: Store, report: IngestReport, emit: Event, root: str, path: str, st: os.stat_result,
                  limits: Limits) -> str | None:
    """The file's SHA-256, or None after failing it (empty, a text file past the size limit, unreadable)."""
    if not st.st_size:
        _fail(store, report, emit, root, path, "empty file (0 bytes)", st)
        return None
    try:
        if DOCUMENT_SUFFIXES.get(Path(path).suffix.lower()) in ("txt", "md"):
            from litmine.ingest.extract import check_text_size  # the readers load only when a file is to be read

            check_text_size(path, st.st_size, limits)
        return sha256_file(path)
    except InputError as exc:
        _fail(store, report, emit, root, path, exc.reason, st)
    except OSError as exc:
        reason = "symlink loop" if exc.errno == errno.ELOOP else f"cannot read ({exc.strerror or exc})"
        _fail(store, report, emit, root, path, reason, st)
    return None


def _extract(paths: list[str], *, scheduler: str | None, jobs: int, concepts: Sequence[Concept] | None,
             limits: Limits) -> Iterator[FileResult]:
    """Each file's FileResult as its worker returns it: local worker processes, or a Dask cluster."""
    if scheduler:
        from litmine.ingest.distributed import run_dask

        return run_dask(paths, scheduler=scheduler, concepts=concepts, jobs=jobs, limits=limits)
    return run_local(paths, jobs=jobs, concepts=concepts, limits=limits)


def _record_duplicates(store: Store, root: str, duplicates: list[tuple[str, str, int, float, str]],
                       report: IngestReport, emit: Event) -> None:
    for path, first, size, mtime, sha in duplicates:
        store.record_file(path, root=root, status="duplicate", doc_id=sha if store.has_document(sha) else None,
                          size=size, mtime=mtime, sha256=sha, error=f"same content as {first}")
        report.duplicates.append((path, first))
        emit("duplicate", path, f"same content as {first}")


def _missing_files(store: Store, root: str, walked: set[str], *, prune: bool, report: IngestReport,
                   emit: Event) -> None:
    """Files of root in the store but not walked this time: pruned, or marked missing."""
    gone = [p for p, r in store.file_states().items() if r["root"] == root and p not in walked]
    for p in sorted(set(gone)):
        report.missing.append(p)
    if not report.missing:
        return
    if prune:
        store.prune(report.missing)
        report.pruned = list(report.missing)
        for p in report.pruned:
            emit("pruned", p, "removed from the store")
    else:
        store.mark_missing(report.missing)
        for p in report.missing:
            emit("missing", p, "no longer in the corpus folder (use --prune to remove it from the store)")


def _rebuild_derived(store: Store, report: IngestReport, concepts: Sequence[Concept] | None,
                     works_later: bool = False) -> None:
    """Works, and with a lexicon the mentions and glossary, rebuilt when the documents changed; with works_later
    the works are only marked pending in report (finish_works rebuilds them)."""
    changed = bool(report.added or report.updated or report.pruned)
    # derived tables are rebuilt when the documents changed since they were last completed (store generations),
    # so a resume after a kill between the documents and these steps converges, --force included
    report.works_pending = changed or store.is_stale("works")
    if not works_later:
        finish_works(store, report)
    if concepts and not (getattr(concepts, "current", False) and not changed):
        # skipped for a lexicon the store is tagged with already, glossary built (pipeline.RunLexicon.current),
        # when no document changed: there is nothing to find, and its files need not even be read
        from litmine.concepts.tagging import ensure_mentions

        tags = ensure_mentions(store, concepts, refresh_glossary=changed or store.is_stale("glossary"))
        store.mark_built("glossary")
        report.tagged += tags.tagged
        report.mentions += tags.mentions
        report.glossary, report.glossary_mentions = tags.glossary, tags.glossary_mentions


def finish_works(store: Store, report: IngestReport) -> None:
    """The works rebuilt if report says they are pending (see ingest_corpus's works_later)."""
    if report.works_pending:
        rebuild_works(store)
        report.works_pending = False
    checkpoint("works")


def rebuild_works(store: Store) -> int:
    """Recompute the corpus-wide works (cited works and corpus documents) and which work each reference is."""
    from litmine.citations.works import build_works

    works, assignments = build_works(list(store.iter_references()), list(store.iter_documents(with_text=False)))
    store.replace_works(works, assignments)
    return len(works)


def _fail(store: Store, report: IngestReport, emit: Event, root: str, path: str, reason: str,
          st: os.stat_result | None = None) -> None:
    store.record_file(path, root=root, status="failed", error=reason, size=st.st_size if st else None,
                      mtime=st.st_mtime if st else None)
    report.failed.append((path, reason))
    emit("failed", path, reason)


def _refresh_sidecar_metadata(store: Store, index: SidecarIndex | None, report: IngestReport,
                              skip: set[str], emit: Event | None = None) -> None:
    """Re-apply sidecars to unchanged documents whose sidecar entry appeared, changed or went away."""
    own_meta = store.own_metadata()
    for doc in list(store.iter_documents(with_text=False)):
        if doc.path in skip:
            continue
        own = own_meta.get(doc.id, {})
        values, sources, matched = apply_sidecar(doc, own, index, emit=emit)
        report.sidecar_matches += matched
        current = {"title": doc.title, "authors": doc.authors, "year": doc.year, "venue": doc.venue, "doi": doc.doi}
        new = {k: values.get(k, [] if k == "authors" else None) for k in current}
        current["creators"], new["creators"] = doc.creators, values.get("creators", [])
        if new != current or sources != doc.meta_sources:
            store.update_metadata(doc.id, new, sources)
