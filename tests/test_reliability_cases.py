"""One test per failure case of issue 14 on the store and outputs side: prompt commits and a second writer, resume
after a kill between the documents and the derived tables, whole outputs only (size and hash checked, paths relative
to the outputs folder), one-line errors with their exit codes, and text sanitised for XML, CSV and terminals."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import sqlite3
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from litmine.cli import app
from litmine.errors import (EXIT_BAD_LEXICON, EXIT_BAD_SIDECAR, EXIT_DISK_FULL, EXIT_STORE_BUSY, EXIT_STORE_DAMAGED,
                            EXIT_STORE_UNWRITABLE, StoreDamagedError)
from litmine.export.graphs import write_graph
from litmine.export.network_plot import write_network_plot
from litmine.export.report_html import esc
from litmine.ingest import ingest_corpus
from litmine.pipeline import check_outputs, write_run_state
from litmine.store import Store
from tests.conftest import Runner, is_root, write_papers

runner = Runner()
HOSTILE = "Gov\x01ernance\x1b[31m and \x0bco-production\x1b]0;owned\x07"


def one_error_line(result) -> str:
    """The one error line (progress lines before it are fine), with no traceback."""
    lines = [line for line in result.stderr.splitlines() if line.startswith("litmine: error: ")]
    assert len(lines) == 1 and result.stderr.rstrip().endswith(lines[0]), result.output
    assert "Traceback" not in result.output
    return lines[0]


# ------------------------------------------------------------------------------------- store: busy, a second writer
def test_reliability_cases_busy_store_is_one_line_with_its_exit_code(tmp_path, monkeypatch):
    root = write_papers(tmp_path / "corpus", 2)
    db = tmp_path / "s.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, in the middle of its transaction
    monkeypatch.setenv("LITMINE_BUSY_TIMEOUT", "0.2")
    try:
        result = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--jobs", "1"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == EXIT_STORE_BUSY
    assert "busy" in one_error_line(result) and "database is locked" not in result.output


@pytest.mark.slow
def test_reliability_cases_second_writer_waits_for_the_first(tmp_path, monkeypatch):
    root = write_papers(tmp_path / "corpus", 2)
    db = tmp_path / "s.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setenv("LITMINE_BUSY_TIMEOUT", "30")
    release = threading.Timer(0.5, lambda: (holder.execute("COMMIT"), holder.close()))
    release.start()
    result = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--jobs", "1"])
    release.join()
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output


def test_reliability_cases_each_document_is_committed_before_the_next_is_read(tmp_path, monkeypatch):
    """A slow file in flight holds back nothing: what finished is in the store for any other reader."""
    import litmine.ingest.corpus as corpus_mod

    root = write_papers(tmp_path / "corpus", 3)
    db = tmp_path / "s.db"
    seen: list[int] = []
    real = corpus_mod.run_local

    def slow(paths, **kwargs):
        for result in real(paths, **kwargs):
            reader = sqlite3.connect(db)
            seen.append(reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            reader.close()
            yield result

    monkeypatch.setattr(corpus_mod, "run_local", slow)
    store = Store(db)
    events = []
    ingest_corpus(root, store, jobs=1, on_event=lambda kind, path, msg: events.append(kind))
    store.close()
    assert seen == [0, 1, 2]  # before each result arrives, every earlier one is committed
    assert events.count("added") == 3


# ------------------------------------------------------------------------------------- store: unwritable, damaged
def test_reliability_cases_store_under_a_file_is_unwritable(tmp_path):
    root = write_papers(tmp_path / "corpus", 1)
    (tmp_path / "plain").write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "plain" / "sub" / "s.db")])
    assert result.exit_code == EXIT_STORE_UNWRITABLE
    assert "cannot be made" in one_error_line(result)


def _without_root_rights() -> None:
    """In a child before exec: drop the capabilities that let root write into any folder (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH) from the bounding set, so the program it runs is held to the folders' permission bits."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _ingest_held_to_permissions(corpus: Path, db: Path):
    """`litmine ingest CORPUS --db DB` held to the folders' permission bits: in this process for a normal user;
    as root (CI containers), in a subprocess whose root has lost the right to write into any folder."""
    if not is_root():
        result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
        return result.exit_code, result.stderr, result.output
    import subprocess
    import sys

    try:
        done = subprocess.run([sys.executable, "-c", "from litmine.cli import app; app(prog_name='litmine')",
                               "ingest", str(corpus), "--db", str(db), "--jobs", "1"], preexec_fn=_without_root_rights,
                              capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"root cannot give up its rights here ({exc})")
    return done.returncode, done.stderr, done.stdout + done.stderr


@pytest.mark.slow
def test_reliability_cases_store_in_a_read_only_folder_is_unwritable(tmp_path):
    root = write_papers(tmp_path / "corpus", 1)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        for db in (locked / "s.db", locked / "sub" / "s.db"):
            code, stderr, output = _ingest_held_to_permissions(root, db)
            assert code == EXIT_STORE_UNWRITABLE, output
            lines = [line for line in stderr.splitlines() if line.startswith("litmine: error: ")]
            assert len(lines) == 1 and stderr.rstrip().endswith(lines[0]) and "Traceback" not in output, output
            assert str(locked) in lines[0]
        assert sorted(locked.iterdir()) == []  # nothing written into it
    finally:
        locked.chmod(0o755)


def _damage(db: Path) -> bytes:
    data = bytearray(db.read_bytes())
    page = 4096
    for n in (2, 4):  # b-tree pages after the schema page: headers overwritten
        data[n * page:n * page + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    st = db.stat()  # written a moment after litmine closed it, as any other program's write would be
    os.utime(db, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    return bytes(data)


@pytest.mark.slow
def test_reliability_cases_damaged_store_is_refused_untouched(tmp_path):
    root = write_papers(tmp_path / "corpus", 4)
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(root), "--db", str(db), "--jobs", "1"]).exit_code == 0
    damaged = _damage(db)
    with pytest.raises(StoreDamagedError):
        Store(db)
    (root / "new.txt").write_text("Ein neues Dokument über Ko-Produktion.\n\n" * 5, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(root), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == EXIT_STORE_DAMAGED
    assert "damaged" in one_error_line(result)
    assert db.read_bytes() == damaged  # nothing written into it


# ------------------------------------------------------------------------------------- disk full, lexicon, sidecar
def test_reliability_cases_disk_full_is_one_line_with_its_exit_code(tmp_path, monkeypatch):
    root = write_papers(tmp_path / "corpus", 2)

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Store, "write_document", full)
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    assert result.exit_code == EXIT_DISK_FULL
    assert "s.db: disk full" in one_error_line(result)


def test_reliability_cases_disk_full_while_writing_an_output_keeps_the_old_one(tmp_path, monkeypatch):
    g = nx.Graph([("a", "b")])
    (old,) = write_graph(g, tmp_path, "g", formats=("graphml",))
    before = old.read_bytes()

    def full(graph, path, *args, **kwargs):
        Path(path).write_text("<graphml>", encoding="utf-8")  # half a file, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(nx, "write_graphml", full)
    with pytest.raises(OSError):
        write_graph(nx.Graph([("a", "b"), ("b", "c")]), tmp_path, "g", formats=("graphml",))
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml"]  # no temporary file left


def test_reliability_cases_binary_lexicon_is_one_line_with_its_exit_code(tmp_path):
    root = write_papers(tmp_path / "corpus", 1)
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd")
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "s.db"), "--lexicon", str(lexicon)])
    assert result.exit_code == EXIT_BAD_LEXICON
    assert "lexicon.yaml: not a lexicon" in one_error_line(result)


@pytest.mark.slow
def test_reliability_cases_broken_sidecar_gets_its_line_and_exit_code(tmp_path):
    root = write_papers(tmp_path / "corpus", 1)
    sidecar = tmp_path / "library.csv"
    sidecar.write_text("Autor,Jahr\nWeiß,2001\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "s.db"), "--metadata", str(sidecar)])
    assert result.exit_code == EXIT_BAD_SIDECAR
    lines = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(lines) == 1 and "library.csv" in lines[0] and "1 added" in result.stdout
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------------------- resume: stale derived tables
@pytest.mark.slow
def test_reliability_cases_force_killed_before_works_converges_on_resume(tmp_path, monkeypatch):
    import litmine.ingest.corpus as corpus_mod
    from litmine.concepts.lexicon import load_lexicon

    root = write_papers(tmp_path / "corpus", 4)
    concepts = load_lexicon()
    store = Store(tmp_path / "s.db")
    ingest_corpus(root, store, jobs=1, concepts=concepts)
    want = (sorted(map(tuple, store.db.execute("SELECT doc_id, idx, work_id FROM reference_entries"))),
            sorted(map(tuple, store.db.execute("SELECT doc_id, surface FROM mentions WHERE via = 'glossary'"))))
    assert want[1], "the corpus defines IWP and uses it: one glossary mention"

    def killed(store):
        raise KeyboardInterrupt  # the kill, after every document was written again

    monkeypatch.setattr(corpus_mod, "rebuild_works", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest_corpus(root, store, jobs=1, concepts=concepts, force=True)
    monkeypatch.undo()
    assert store.db.execute("SELECT COUNT(*) FROM reference_entries WHERE work_id IS NULL").fetchone()[0] > 0
    report = ingest_corpus(root, store, jobs=1, concepts=concepts)  # no file changed since
    assert not report.added and not report.updated
    got = (sorted(map(tuple, store.db.execute("SELECT doc_id, idx, work_id FROM reference_entries"))),
           sorted(map(tuple, store.db.execute("SELECT doc_id, surface FROM mentions WHERE via = 'glossary'"))))
    store.close()
    assert got == want


# ------------------------------------------------------------------------------------- outputs: checked, relative
def _state_with_outputs(out: Path) -> dict:
    (out / "trends").mkdir(parents=True)
    files = [out / "trends" / "trends.csv", out / "report.html"]
    files[0].write_text("concept,year\nko-produktion,2001\n" * 50, encoding="utf-8")
    files[1].write_text("<html>Rapport über Ærø</html>", encoding="utf-8")
    write_run_state(out, "fp", [("trends", files[0]), ("report", files[1])], [])
    return json.loads((out / "litmine-run.json").read_text(encoding="utf-8"))


def test_reliability_cases_truncated_output_is_not_up_to_date(tmp_path):
    out = tmp_path / "out"
    state = _state_with_outputs(out)
    assert [e[1] for e in state["outputs"]] == ["trends/trends.csv", "report.html"]  # relative to the folder
    assert check_outputs(out, state) == [("trends", out / "trends" / "trends.csv"), ("report", out / "report.html")]
    data = (out / "trends" / "trends.csv").read_bytes()
    (out / "trends" / "trends.csv").write_bytes(data[: len(data) // 3])
    assert check_outputs(out, state) is None
    (out / "trends" / "trends.csv").write_bytes(data.replace(b"2001", b"2002"))  # same size, other content
    assert check_outputs(out, state) is None


def test_reliability_cases_copied_outputs_folder_is_judged_by_its_own_files(tmp_path):
    import shutil

    out = tmp_path / "out"
    state = _state_with_outputs(out)
    copy = tmp_path / "elsewhere" / "out"
    shutil.copytree(out, copy)
    assert check_outputs(copy, state)[0][1] == copy / "trends" / "trends.csv"
    (copy / "report.html").unlink()
    assert check_outputs(copy, state) is None  # the original's report does not stand in for it
    assert check_outputs(out, state) is not None


# ------------------------------------------------------------------------------------- sanitised outputs
def test_reliability_cases_control_characters_never_reach_xml(tmp_path):
    g = nx.Graph()
    g.add_node(f"c{HOSTILE}", label=HOSTILE, title="Ærø\x1b[2J titel\x00", cluster=1)
    g.add_node("b", label="Zürich", cluster=1)
    g.add_edge(f"c{HOSTILE}", "b", weight=1.5)
    files = write_graph(g, tmp_path, "g", formats=("graphml", "gexf"))
    for f in files:
        ET.parse(f)  # well-formed
    graph = nx.read_graphml(tmp_path / "g.graphml")
    labels = sorted(d["label"] for _, d in graph.nodes(data=True))
    assert labels == ["Governance and co-production", "Zürich"]
    assert sorted(d["label"] for _, d in nx.read_gexf(tmp_path / "g.gexf").nodes(data=True)) == labels
    svg = write_network_plot(g, tmp_path / "g.svg")
    text = " ".join(ET.parse(svg).getroot().itertext())  # well-formed, labels kept as text
    assert "Governance and co-production" in text and "Zürich" in text
    assert "\x01" not in esc(HOSTILE) and "\x1b" not in esc(HOSTILE)


def test_reliability_cases_csv_cells_never_start_a_formula(tmp_path):
    g = nx.Graph()
    g.add_node("=HYPERLINK(\"http://x\")", label="+SUM(A1)", title="@cmd", cluster=1)
    g.add_node("-2+3", label="Ærø", cluster=1)
    g.add_edge("=HYPERLINK(\"http://x\")", "-2+3", weight=-1.5)
    write_graph(g, tmp_path, "g", formats=("csv",))
    rows = list(csv.reader(io.StringIO((tmp_path / "g_nodes.csv").read_text(encoding="utf-8"))))
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'+SUM(A1)" in cells and "Ærø" in cells
    edges = list(csv.reader(io.StringIO((tmp_path / "g_edges.csv").read_text(encoding="utf-8"))))
    assert edges[1][2] == "-1.5"  # a number stays a number


@pytest.mark.slow
def test_reliability_cases_sidecar_titles_print_as_text(tmp_path):
    """A sidecar title with markup-like brackets and escape sequences: tables show the brackets, never the escapes;
    the CSV guards a formula and reads back as it was given."""
    root = write_papers(tmp_path / "corpus", 2)
    names = sorted(p.name for p in root.iterdir())
    sidecar = tmp_path / "library.csv"
    sidecar.write_text("Title,File\n"
                       f"\"Arbeit [sic] [in German] [/] \x1b]0;owned\x07\x1b[31mrot\",{names[0]}\n"
                       f"\"=1+2 Formel\",{names[1]}\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(root), "--db", db, "--metadata", str(sidecar)]).exit_code == 0
    table = runner.invoke(app, ["docs", "--db", db])
    assert table.exit_code == 0, table.output
    flat = " ".join(table.stdout.split())
    assert "[sic]" in flat and "[in German]" in flat and "[/]" in flat and "\x1b" not in table.stdout
    exported = runner.invoke(app, ["docs", "--db", db, "--format", "csv"]).stdout
    titles = {r["title"] for r in csv.DictReader(io.StringIO(exported))}
    assert "'=1+2 Formel" in titles
    (tmp_path / "docs.csv").write_text(exported, encoding="utf-8")
    again = runner.invoke(app, ["ingest", str(root), "--db", db, "--metadata", str(tmp_path / "docs.csv")])
    assert again.exit_code == 0, again.output
    rows = json.loads(runner.invoke(app, ["docs", "--db", db, "--format", "json"]).stdout)
    assert "=1+2 Formel" in {r["title"] for r in rows}  # the guard does not stick to the title


@pytest.mark.slow
def test_reliability_cases_file_name_with_newline_stays_on_its_failed_line(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "bad\nfailed: forged.pdf").write_bytes(b"%PDF-1.4 broken")
    (root / "gut.txt").write_text("Über Ko-Produktion in Ærø.\n\n" * 5, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "bad\\nfailed: forged.pdf" in failed[0]


def test_reliability_cases_busy_wait_is_configurable(monkeypatch):
    from litmine.store.db import busy_timeout

    monkeypatch.setenv("LITMINE_BUSY_TIMEOUT", "1.5")
    assert busy_timeout() == 1.5
    monkeypatch.delenv("LITMINE_BUSY_TIMEOUT")
    assert busy_timeout() == 30.0


def test_reliability_cases_progress_descriptions_are_text_not_markup():
    from rich.text import Text

    from litmine.cli.app import progress_name, progress_text

    assert Text.from_markup(progress_text("lesen [/] [sic] [bold]Ærø\x1b[31m")).plain == "lesen [/] [sic] [bold]Ærø"
    assert Text.from_markup(progress_name("/korpus/[in German]\nzwei.pdf")).plain == "[in German]\\nzwei.pdf"
