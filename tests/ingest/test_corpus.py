import os
import time

import pytest

import litmine.ingest.corpus as corpus_module
from litmine.ingest import ingest_corpus
from tests.conftest import blank_pdf, is_root, make_pdf

PAPER = ("Work First Revisited\n\nMorag Kerr\n\nAccepted for publication in Policy & Politics, 2017\n\n"
         "Introduction\n\n" + "Activation and co-production in employability services for lone parents. " * 8)


def test_corpus_ingests_and_second_run_skips_unchanged(corpus, store):
    root = corpus({"a.txt": PAPER, "sub/b.md": "# Co-production\n\nText about *co-production*.\n"})
    first = ingest_corpus(root, store, jobs=1)
    assert sorted(os.path.basename(p) for p in first.added) == ["a.txt", "b.md"]
    assert first.ok and store.count_documents() == 2
    second = ingest_corpus(root, store, jobs=1)
    assert second.added == [] and second.updated == [] and len(second.unchanged) == 2


def test_corpus_changed_file_is_replaced(corpus, store):
    root = corpus({"a.txt": PAPER})
    ingest_corpus(root, store, jobs=1)
    old = next(store.iter_documents())
    (root / "a.txt").write_text(PAPER.replace("2017", "2019"), encoding="utf-8")
    report = ingest_corpus(root, store, jobs=1)
    assert len(report.updated) == 1
    docs = list(store.iter_documents())
    assert len(docs) == 1 and docs[0].year == 2019 and docs[0].id != old.id
    assert store.db.execute("SELECT COUNT(*) FROM passages WHERE doc_id = ?", (old.id,)).fetchone()[0] == 0


def test_corpus_touched_but_identical_file_is_unchanged(corpus, store):
    root = corpus({"a.txt": PAPER})
    ingest_corpus(root, store, jobs=1)
    later = time.time() + 5
    os.utime(root / "a.txt", (later, later))
    report = ingest_corpus(root, store, jobs=1)
    assert len(report.unchanged) == 1 and not report.updated


def test_corpus_missing_files_reported_then_pruned(corpus, store):
    root = corpus({"a.txt": PAPER, "b.txt": PAPER.replace("Kerr", "Baird")})
    ingest_corpus(root, store, jobs=1)
    (root / "b.txt").unlink()
    report = ingest_corpus(root, store, jobs=1)
    assert [os.path.basename(p) for p in report.missing] == ["b.txt"]
    assert store.count_documents() == 2  # kept until --prune
    report = ingest_corpus(root, store, jobs=1, prune=True)
    assert [os.path.basename(p) for p in report.pruned] == ["b.txt"]
    assert store.count_documents() == 1


@pytest.mark.slow
def test_corpus_bad_files_fail_one_by_one(corpus, store, tmp_path):
    root = corpus({
        "good.txt": PAPER,
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 4,
        "latin.txt": "Sørensen and Torfing on collaborative innovation in Århus.\n".encode("cp1252"),
        "truncated.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog",
        "notpdf.pdf": b"just text pretending",
    })
    blank_pdf(root / "scanned.pdf")
    make_pdf(root / "real.pdf")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "sub").mkdir()
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    report = ingest_corpus(root, store, jobs=2)
    reasons = {os.path.basename(p): r for p, r in report.failed}
    assert "empty file" in reasons["empty.txt"]
    assert "binary data" in reasons["binary.txt"]
    assert "corrupt or truncated PDF" in reasons["truncated.pdf"]
    assert "not a PDF" in reasons["notpdf.pdf"]
    assert "no text layer" in reasons["scanned.pdf"]
    assert "symlink loop" in reasons["loop.txt"]
    assert "symlink loop" in reasons["back"]
    assert {os.path.basename(p) for p in report.added} == {"good.txt", "latin.txt", "real.pdf"}
    latin = [d for d in store.iter_documents() if d.path.endswith("latin.txt")][0]
    assert "Sørensen" in latin.text and "decoded as cp1252" in latin.notes
    statuses = {os.path.basename(r["path"]): r["status"] for r in store.document_rows()}
    assert statuses["good.txt"] == "ok" and statuses["empty.txt"] == "failed"


def test_corpus_unreadable_file(corpus, store, monkeypatch):
    root = corpus({"good.txt": PAPER, "secret.txt": PAPER.replace("Kerr", "Baird")})
    secret = str(root / "secret.txt")
    if is_root():  # root reads any file, so make the read itself fail as it would for a normal user
        real_open = open

        def fake_open(path, *args, **kwargs):
            if str(path) == secret:
                raise PermissionError(13, "Permission denied", secret)
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(corpus_module, "open", fake_open, raising=False)
    else:
        os.chmod(secret, 0)
    report = ingest_corpus(root, store, jobs=1)
    assert report.failed == [(secret, "cannot read (Permission denied)")]
    assert len(report.added) == 1


def test_corpus_identical_files_stored_once(corpus, store):
    root = corpus({"a.txt": PAPER, "copy of a.txt": PAPER})
    report = ingest_corpus(root, store, jobs=1)
    assert len(report.added) == 1 and len(report.duplicates) == 1
    assert store.count_documents() == 1
    dup = [r for r in store.document_rows() if r["status"] == "duplicate"][0]
    assert dup["error"].startswith("same content as") and dup["id"] is not None


def test_corpus_failed_change_keeps_previous_version(corpus, store):
    root = corpus({"a.txt": PAPER})
    ingest_corpus(root, store, jobs=1)
    before = next(store.iter_documents())
    (root / "a.txt").write_bytes(b"\x00\x01\x02 broken now")
    report = ingest_corpus(root, store, jobs=1)
    assert len(report.failed) == 1
    after = list(store.iter_documents())
    assert [d.id for d in after] == [before.id] and after[0].text == before.text
    row = store.document_rows()[0]
    assert row["status"] == "failed" and "binary data" in row["error"]
    (root / "a.txt").write_text(PAPER, encoding="utf-8")  # fixed again: picked up
    report = ingest_corpus(root, store, jobs=1)
    assert not report.failed and store.document_rows()[0]["status"] == "ok"


@pytest.mark.slow
def test_corpus_parallel_and_serial_give_the_same_store(corpus, tmp_path):
    from litmine.store import Store

    files = {f"doc{i}.txt": PAPER.replace("2017", str(2000 + i)) for i in range(6)}
    root = corpus(files)
    make_pdf(root / "p.pdf", columns=2)
    results = []
    for jobs in (1, 2):
        s = Store(":memory:")
        ingest_corpus(root, s, jobs=jobs)
        results.append(sorted((p.doc_id, p.index, p.kind, p.text) for p in s.iter_passages()))
    assert results[0] == results[1] and len(results[0]) > 20


def test_corpus_not_a_folder(tmp_path, store):
    from litmine.errors import LitmineError

    with pytest.raises(LitmineError, match="not a folder"):
        ingest_corpus(tmp_path / "nope", store)


def test_corpus_unchanged_bad_file_is_reported_without_rereading(corpus, store, monkeypatch):
    root = corpus({"good.txt": PAPER, "empty.txt": b"", "bad.pdf": b"%PDF-1.4 junk"})
    first = ingest_corpus(root, store, jobs=1)
    assert len(first.failed) == 2
    calls = []
    monkeypatch.setattr(corpus_module, "run_local", lambda paths, **kw: calls.extend(paths) or iter(()))
    second = ingest_corpus(root, store, jobs=1)
    assert calls == [] and len(second.unchanged) == 1
    assert sorted(r for _, r in second.failed) == [
        "corrupt or truncated PDF (Failed to load document (PDFium: Data format error)) (unchanged since the last run)",
        "empty file (0 bytes) (unchanged since the last run)"]


def test_corpus_folder_spelled_with_or_without_slash_is_one_folder(corpus, store):
    root = corpus({"a.txt": PAPER, "b.txt": PAPER.replace("Kerr", "Baird")})
    ingest_corpus(str(root) + "/", store, jobs=1)
    (root / "b.txt").unlink()
    report = ingest_corpus(str(root), store, jobs=1)
    assert len(report.unchanged) == 1 and [os.path.basename(p) for p in report.missing] == ["b.txt"]


def test_corpus_document_the_store_refuses_fails_alone(corpus, store, monkeypatch):
    """A document whose rows break a rule of the store (two references with one index: a litmine bug, not bad
    input) fails with a one-line reason naming it; its transaction is undone and the other files are stored."""
    from dataclasses import replace

    from litmine.models import Reference

    root = corpus({"a.txt": PAPER, "b.txt": PAPER.replace("Kerr", "Baird")})
    real = type(store).write_document

    def write(self, doc, **kw):
        if doc.path.endswith("b.txt"):  # two references with the same index
            ref = Reference(index=0, raw="Roth, E. (2001): Titel. Köln.")
            doc = replace(doc, references=[ref, replace(ref, raw="Lang, P. (2003): Titel. Bonn.")])
        return real(self, doc, **kw)

    monkeypatch.setattr(type(store), "write_document", write)
    report = ingest_corpus(root, store, jobs=1)
    reasons = {os.path.basename(p): r for p, r in report.failed}
    assert list(reasons) == ["b.txt"] and "could not be stored" in reasons["b.txt"] and "\n" not in reasons["b.txt"]
    assert [os.path.basename(p) for p in report.added] == ["a.txt"]
    assert store.count_documents() == 1
    assert store.db.execute("SELECT COUNT(*) FROM reference_entries").fetchone()[0] == 0
