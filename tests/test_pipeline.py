"""`run_pipeline` end to end on a small corpus made by hand: every output written, a failing file reported while
the run goes on, a second run with nothing changed writing nothing, and a change (file, lexicon, deleted output)
bringing the outputs up to date again."""

from __future__ import annotations

import pytest
import json
import re
from pathlib import Path

from litmine.pipeline import STATE_FILE, find_topic_range, load_run_state, run_pipeline

HOSTILE_TITLE = "<script>alert(1)</script> & co"
HOSTILE_TEXT = "<img src=x onerror=alert(2)> lone parents & employability </blockquote>"
REFS = ("References\n\n"
        "Lipsky, M. (1980) Street-Level Bureaucracy: Dilemmas of the Individual in Public Services. New York: "
        "Russell Sage Foundation.\n\n"
        "Osborne, S. P. (2006) The New Public Governance? Public Management Review, 8(3), 377-387.\n")
PARAS = [
    ("Employability services for lone parents rest on the co-production of support between advisers and claimants "
    "(Lipsky, 1980). Street-level bureaucracy shapes how conditionality and benefit sanctions reach people."),
    ("Partnership working between local authorities and the third sector grew as contracting-out spread through "
    "welfare-to-work programmes (Osborne, 2006)."),
    ("Work-first activation puts rapid job entry ahead of human capital development, and lone parents meet "
    "conditionality earlier than before."),
    ("Co-production asks citizens to share in designing services; personalisation and partnership working follow "
    "from it in local employability partnerships."),
]
LEXICON = """concepts:
  - id: aero-partnership
    label: Ærø partnership
    group: governance
    patterns: ["partnership working"]
"""


def paper(title: str, author: str, year: int, paras: list[str]) -> str:
    return (f"{title}\n\n{author}\n\nWorking Paper {year % 100}, Centre for Work and Welfare Research, October {year}"
            "\n\nIntroduction\n\n" + "\n\n".join(paras) + "\n\n" + REFS)


def markdown(title: str, author: str, year: int, paras: list[str]) -> str:
    return (f"# {title}\n\n{author}\n\nWorking Paper {year % 100}, Centre for Work and Welfare Research, May {year}"
            "\n\n## Introduction\n\n" + "\n\n".join(paras) + "\n\n## " + REFS)


def small_corpus_files() -> dict[str, str | bytes]:
    """Six documents from 2005 to 2021 (one with a hostile title and passage, one in Danish-English), and a PDF
    that is not one."""
    p = PARAS
    return {
        "2005_a.txt": paper("Partnership Working in Local Employability", "Anna Reid", 2005, [p[1], p[0], p[2]]),
        "2009_b.md": markdown("Samproduktion og beskæftigelse: co-production in Ærø", "Søren Kjærgaard", 2009,
                              [p[3], p[0], p[1]]),
        "2012_c.txt": paper(HOSTILE_TITLE, "Mairi Buchanan", 2012, [p[2], HOSTILE_TEXT + " " + p[0], p[3]]),
        "2016_d.txt": paper("Conditionality and Lone Parents", "Helen Okafor", 2016, [p[0], p[2], p[1]]),
        "2020_e.md": markdown("Contracting-Out and the Third Sector", "Tomasz Wrona", 2020, [p[1], p[3], p[2]]),
        "2021_f.txt": paper("Co-producing Employability after the Pandemic", "Owen Griffiths", 2021,
                            [p[3], p[0], p[1], p[2]]),
        "broken.pdf": b"%PDF-1.4\nthis is not really a pdf\n",
    }


def test_pipeline_find_topic_range():
    assert find_topic_range(100) == [4, 6, 8, 10, 12, 14, 16, 18, 20]
    assert find_topic_range(8) == [4, 6, 8, 10, 12, 14, 16, 18, 20]
    assert find_topic_range(6) == [2, 3]
    assert find_topic_range(3) == [2]


@pytest.mark.slow
def test_pipeline_writes_every_output_then_skips_when_nothing_changed(corpus, tmp_path):
    root = corpus(small_corpus_files())
    out, models = tmp_path / "out", tmp_path / "models"
    steps: list[tuple[str, str]] = []
    events: list[tuple[str, str]] = []
    first = run_pipeline(root, out=out, models=models, jobs=1, k=2, on_step=lambda s, m: steps.append((s, m)),
                         on_event=lambda kind, path, msg: events.append((kind, Path(path).name)))

    # the co-citation graph has two works: VOSviewer refuses maps under three items, and the run says so
    assert not first.up_to_date and first.skipped == [("VOSviewer files", "citations_cocitation: VOSviewer files not "
                                                       "written (VOSviewer opens only maps of 3 items or more; this "
                                                       "graph has 2)")]
    assert ("networks", "skipped: " + first.skipped[0][1]) in steps
    assert [(Path(p).name, why.split(" (")[0]) for p, why in first.ingest.failed] == [
        ("broken.pdf", "corrupt or truncated PDF")]
    assert ("failed", "broken.pdf") in events
    assert len(first.ingest.added) == 6
    assert [s for s, _ in steps if s != "ingest"] == ["concepts", "concepts", "topics", "topics", "networks",
                                                     "networks", "networks", "networks", "trends", "report"]
    kinds = {what for what, _ in first.outputs}
    assert kinds == {"topic model", "topics", "concept network", "thematic map", "citation graph (direct)",
                     "citation graph (cocitation)", "citation graph (coupling)", "trends", "report"}
    for _, path in first.outputs:
        assert Path(path).exists(), path
    names = {Path(p).relative_to(out).as_posix() for what, p in first.outputs if what != "topic model"}
    assert {"report.html", "networks/concepts.html", "networks/concepts.graphml", "networks/concepts_vosviewer.json",
            "networks/citations_direct.graphml", "networks/citations_cocitation.gexf", "trends/trends.png",
            "trends/trends.csv", "topics/topics.csv", "topics/topics.html"} <= names
    assert first.topic_model == models / first.topic_model.name and first.topic_model.name.startswith("nmf-k2-")
    assert (out / "litmine.db").is_file()
    state = load_run_state(out)
    assert len(state["fingerprint"]) == 64 and len(state["outputs"]) == len(first.outputs)

    page = (out / "report.html").read_text(encoding="utf-8")
    assert "broken.pdf" in page and "corrupt or truncated PDF" in page
    assert "<script" not in page and HOSTILE_TITLE not in page
    assert first.topic_model.name in page  # the report shows the model this run trained

    report_mtime = (out / "report.html").stat().st_mtime_ns
    second = run_pipeline(root, out=out, models=models, jobs=1, k=2)
    assert second.up_to_date and second.outputs == first.outputs
    assert second.ingest.unchanged and not second.ingest.added
    assert [Path(p).name for p, _ in second.ingest.failed] == ["broken.pdf"]  # still reported
    assert (out / "report.html").stat().st_mtime_ns == report_mtime


@pytest.mark.slow
def test_pipeline_reruns_after_a_change(corpus, tmp_path):
    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    out, models = tmp_path / "out", tmp_path / "models"
    first = run_pipeline(root, out=out, models=models, jobs=1, k=2)
    assert first.ingest.ok and not first.topics_reused

    # An output removed: the analyses run again, and the topic model saved before is reused.
    (out / "trends" / "trends.png").unlink()
    again = run_pipeline(root, out=out, models=models, jobs=1, k=2)
    assert not again.up_to_date and again.topics_reused and (out / "trends" / "trends.png").is_file()
    assert run_pipeline(root, out=out, models=models, jobs=1, k=2).up_to_date

    # Another lexicon: the mentions change, so do the outputs.
    lexicon = tmp_path / "extra.yaml"
    lexicon.write_text(LEXICON, encoding="utf-8")
    with_lexicon = run_pipeline(root, out=out, models=models, jobs=1, k=2, lexicon=lexicon)
    assert not with_lexicon.up_to_date
    trends = (out / "trends" / "trends.csv").read_text(encoding="utf-8")
    assert "aero-partnership,Ærø partnership" in trends

    # A changed document: ingested again, outputs rebuilt; other options (k) count as a change too.
    (root / "2016_d.txt").write_text(paper("Conditionality Revisited", "Helen Okafor", 2017, PARAS), encoding="utf-8")
    changed = run_pipeline(root, out=out, models=models, jobs=1, k=2, lexicon=lexicon)
    assert not changed.up_to_date and [Path(p).name for p in changed.ingest.updated] == ["2016_d.txt"]
    assert "Conditionality Revisited" in (out / "report.html").read_text(encoding="utf-8")
    assert not run_pipeline(root, out=out, models=models, jobs=1, k=3, lexicon=lexicon).up_to_date


@pytest.mark.slow
def test_pipeline_rerun_with_nothing_changed_loads_neither_readers_nor_lexicon(corpus, tmp_path):
    import subprocess
    import sys

    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    out, models = tmp_path / "out", tmp_path / "models"
    assert not run_pipeline(root, out=out, models=models, jobs=1, k=2).up_to_date
    assert (out / ".litmine.db.lexicon.json").is_file()  # the lexicon the store is tagged with, remembered
    # a fresh process, as a user's second `litmine run`: nothing to read, so no reader, no spaCy, no YAML lexicon
    code = ("import sys, json\n"
            "import litmine.concepts.lexicon as lexicon\n"
            "lexicon._read = lambda path: sys.exit('the lexicon was read')\n"
            "from litmine.pipeline import run_pipeline\n"
            f"r = run_pipeline({str(root)!r}, out={str(out)!r}, models={str(models)!r}, jobs=1, k=2)\n"
            "print(json.dumps([r.up_to_date] + [m for m in ('litmine.ingest.extract', 'litmine.ingest.pdf', 'spacy', "
            "'numpy', 'litmine.concepts.matcher') if m in sys.modules]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [True]

    # a changed document with the lexicon unchanged: read (and tagged) again, the lexicon read for it
    (root / "2016_d.txt").write_text(paper("Lone Parents in Ærø", "Helen Okafor", 2017, PARAS), encoding="utf-8")
    changed = run_pipeline(root, out=out, models=models, jobs=1, k=2)
    assert not changed.up_to_date and changed.ingest.tagged == 1 and changed.ingest.mentions > 0
    assert run_pipeline(root, out=out, models=models, jobs=1, k=2).up_to_date


@pytest.mark.slow
def test_pipeline_skips_what_cannot_run_and_goes_on(corpus, tmp_path):
    # One document without a year, and more topics asked for than it can give: no trends and no topics, but the
    # networks and the report are written.
    root = corpus({"a.md": "# Lone parents and co-production in Ærø\n\n" + "\n\n".join(PARAS) + "\n"})
    out = tmp_path / "out"
    result = run_pipeline(root, out=out, models=tmp_path / "models", jobs=1, k=5)
    skipped = dict(result.skipped)
    assert set(skipped) == {"topics", "trends", "VOSviewer files"}  # no citation graph of 3 works or more
    assert "publication year" in skipped["trends"] and "more than the corpus's 1 unit" in skipped["topics"]
    assert (out / "report.html").is_file() and (out / "networks" / "concepts.html").is_file()
    state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
    assert sorted({name for name, _ in state["skipped"]}) == ["VOSviewer files", "topics", "trends"]
    assert "no topic model trained on this corpus" in (out / "report.html").read_text(encoding="utf-8")
    again = run_pipeline(root, out=out, models=tmp_path / "models", jobs=1, k=5)
    assert again.up_to_date and again.skipped == result.skipped


def test_pipeline_check_outputs_trusts_only_times_older_than_the_state(tmp_path):
    import os

    from litmine.pipeline import check_outputs, write_run_state

    out = tmp_path / "out"
    out.mkdir()
    report = out / "report.html"
    report.write_text("<html>Bericht über Ærø</html>", encoding="utf-8")
    old_ns = report.stat().st_mtime_ns - 10**9  # written a second before the state
    os.utime(report, ns=(old_ns, old_ns))
    write_run_state(out, "fp", [("report", report)], [])
    state = load_run_state(out)
    assert state["mtimes"] == {"report.html": old_ns}
    assert check_outputs(out, state) == [("report", report)]

    # changed with its size kept: a new modification time, so it is hashed and found changed
    report.write_text("<html>Bericht über Ærö</html>", encoding="utf-8")
    assert check_outputs(out, state) is None
    # the same change with the recorded time put back is trusted, unhashed (as git and rsync trust size and time)
    os.utime(report, ns=(old_ns, old_ns))
    assert check_outputs(out, state) == [("report", report)]
    # ... but not when that time is not older than the state file's own (changed in the tick the state was written)
    os.utime(out / STATE_FILE, ns=(old_ns, old_ns))
    assert check_outputs(out, state) is None


def test_pipeline_errors_name_the_folder(tmp_path, corpus):
    import pytest

    from litmine.errors import LitmineError

    with pytest.raises(LitmineError, match="not a folder"):
        run_pipeline(tmp_path / "nowhere", out=tmp_path / "out")
    root = corpus({"empty.txt": b"", "notes.csv": "Title,Year\n"})
    with pytest.raises(LitmineError, match=r"no document could be read \(1 failed\)"):
        run_pipeline(root, out=tmp_path / "out", jobs=1)


def test_pipeline_fingerprint_changes_with_a_veto(tmp_path):
    from litmine.pipeline import build_run_fingerprint
    from litmine.store import Store

    store = Store(tmp_path / "s.db")
    before = build_run_fingerprint(store, "lex", {"k": 2})
    store.add_veto("activation", form="aktiviert")
    assert build_run_fingerprint(store, "lex", {"k": 2}) != before


@pytest.mark.slow
def test_pipeline_trains_topics_in_a_child_process(corpus, tmp_path, monkeypatch):
    import subprocess
    import sys

    import litmine.pipeline as pipeline

    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    here = run_pipeline(root, out=tmp_path / "here", models=tmp_path / "m1", jobs=1, k=2)

    # from TOPICS_CHILD_DOCUMENTS documents up the step runs in a child process (training in the calling process
    # would fail here), even from a script without the `if __name__ == "__main__"` guard
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import json\nimport litmine.pipeline as p\n"
        "def not_here(*args, **kwargs):\n    raise AssertionError('trained in the calling process')\n"
        "p.TOPICS_CHILD_DOCUMENTS, p._topics_here = 1, not_here\n"
        f"r = p.run_pipeline({str(root)!r}, out={str(tmp_path / 'child')!r}, models={str(tmp_path / 'm2')!r}, "
        "jobs=1, k=2)\n"
        "print(json.dumps([str(r.topic_model), r.topics_reused, r.skipped]))\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [str(tmp_path / "m2" / here.topic_model.name),
                                                                False, [list(s) for s in here.skipped]]
    for name in ("topics/topics.csv", "topics/doc_topics.csv", "topics/topic_words_by_period.csv",
                 "trends/trends.csv", "networks/concepts.graphml"):
        assert (tmp_path / "child" / name).read_bytes() == (tmp_path / "here" / name).read_bytes()
    assert here.topic_model.name in (tmp_path / "child" / "report.html").read_text(encoding="utf-8")

    # the child's LitmineError: the step skipped with its message, the run going on
    monkeypatch.setattr(pipeline, "TOPICS_CHILD_DOCUMENTS", 1)
    result = run_pipeline(root, out=tmp_path / "bad", models=tmp_path / "m3", jobs=1, k=50)
    skipped = dict(result.skipped)
    assert "more than the corpus's" in skipped["topics"] and (tmp_path / "bad" / "report.html").is_file()


@pytest.mark.slow
def test_pipeline_makes_networks_beside_the_topics_child(corpus, tmp_path, monkeypatch):
    import litmine.pipeline as pipeline

    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    here = run_pipeline(root, out=tmp_path / "here", models=tmp_path / "m1", db=tmp_path / "s.db", jobs=1, k=2)

    # with more than one job the networks and trends are made while the topics child trains: the child is waited
    # for after them, and the outputs, their order and the skipped steps are those of the run in one process (the
    # same store: ingest has nothing to do the second time)
    monkeypatch.setattr(pipeline, "TOPICS_CHILD_DOCUMENTS", 1)
    steps: list[tuple[str, str]] = []
    beside = run_pipeline(root, out=tmp_path / "beside", models=tmp_path / "m2", db=tmp_path / "s.db", jobs=2, k=2,
                          on_step=lambda name, message: steps.append((name, message)))
    names = [m for _, m in steps]
    waiting = next(i for i, m in enumerate(names) if m.startswith("waiting for the topic model"))
    assert names.index("concepts over the years") < waiting < names.index(f"trained {here.topic_model.name}")
    # the report's other sections are made before the wait, its topics after
    assert names.index("concepts over the years") < names.index(
        "the report's sections but the topics, beside the topic model") < waiting
    assert names.index("the HTML report: the topics") > waiting
    dated = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
    beside_page = (tmp_path / "beside" / "report.html").read_text(encoding="utf-8")
    assert (dated.sub("", beside_page).replace(str(tmp_path / "m2"), str(tmp_path / "m1"))
            == dated.sub("", (tmp_path / "here" / "report.html").read_text(encoding="utf-8")))
    assert [(w, p.name) for w, p in beside.outputs] == [(w, p.name) for w, p in here.outputs]
    assert beside.skipped == here.skipped and beside.topic_model.name == here.topic_model.name
    for what, p in here.outputs:
        if p.is_file() and what != "report":
            mine = tmp_path / "beside" / p.relative_to(tmp_path / "here") if what != "topic model" else None
            assert mine is None or mine.read_bytes() == p.read_bytes(), p

    # the child leaves the topic plots to the run, which draws them while preparing the report's topics section;
    # when that section cannot be prepared, the run draws them from the saved model all the same
    import litmine.report as report

    def fails(*args, **kwargs):
        raise pipeline.LitmineError("cannot prepare")

    monkeypatch.setattr(report, "prepare_topic_summary", fails)
    again = run_pipeline(root, out=tmp_path / "again", models=tmp_path / "m3", db=tmp_path / "s.db", jobs=2, k=2)
    assert [(w, p.name) for w, p in again.outputs] == [(w, p.name) for w, p in here.outputs]
    for name in ("topics_by_year.png", "topics_by_year.svg"):
        assert ((tmp_path / "again" / "topics" / name).read_bytes()
                == (tmp_path / "here" / "topics" / name).read_bytes()), name


def test_pipeline_topics_child_holds_its_workers_until_released(tmp_path):
    import subprocess
    import sys

    # the child's topic workers (topics/parallel.py) wait until the run closes the child's stdin: its networks and
    # trends are made then
    code = ("import sys, time\nfrom litmine.pipeline import _hold_until_released\n"
            "from litmine.topics.parallel import hold_workers, workers_held\n"
            "sys.stdin.readline()\n_hold_until_released()\nprint(workers_held(), flush=True)\n"
            "end = time.time() + 60\nwhile workers_held() and time.time() < end:\n    time.sleep(0.01)\n"
            "print(workers_held(), flush=True)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        child.stdin.write("{}\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "True"
        child.stdin.close()
        assert child.stdout.readline().strip() == "False"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def test_pipeline_topics_child_progress_lines_come_before_its_answer(tmp_path, monkeypatch):
    import litmine.pipeline as pipeline
    from litmine.errors import LitmineError
    from litmine.pipeline import _TopicsChild
    from litmine.store import Store

    # the child says where the saved model and the period words are as it goes (the parent prepares the report's
    # topics meanwhile), then answers on its last line once released
    talk = ("import json, sys\nsys.stdin.readline()\n"
            "print(json.dumps({'progress': 'saved', 'path': '/m/nmf-k2'}), flush=True)\nprint('a library says hi')\n"
            "print(json.dumps({'progress': 'period_words', 'path': '/o/p.csv'}), flush=True)\nsys.stdin.read()\n")
    store = Store(tmp_path / "s.db")
    kwargs = {"method": "nmf", "k": 2, "k_range": [2], "held": True}
    monkeypatch.setattr(pipeline, "_CHILD_CODE", talk + "print(json.dumps({'folder': '/m/nmf-k2', 'reused': False, "
                                                        "'files': ['/o/p.csv']}))\n")
    child = _TopicsChild(store, tmp_path / "out", tmp_path / "models", **kwargs)
    assert child.progress("saved") == Path("/m/nmf-k2") and child.progress("period_words") == Path("/o/p.csv")
    assert child.answer() == (Path("/m/nmf-k2"), False, [Path("/o/p.csv")])

    # a child that fails answers with its error: no progress then, and the error raised as before
    monkeypatch.setattr(pipeline, "_CHILD_CODE", "import json, sys\nsys.stdin.readline()\n"
                                                 "print(json.dumps({'error': 'too few documents'}))\n")
    child = _TopicsChild(store, tmp_path / "out", tmp_path / "models", **kwargs)
    assert child.progress("saved") is None and child.progress("period_words") is None
    with pytest.raises(LitmineError, match="too few documents"):
        child.answer()

    # one that dies after a progress line has no answer: said as such, not read as one
    monkeypatch.setattr(pipeline, "_CHILD_CODE", talk.replace("sys.stdin.read()\n", "sys.exit(3)\n"))
    child = _TopicsChild(store, tmp_path / "out", tmp_path / "models", **kwargs)
    assert child.progress("saved") == Path("/m/nmf-k2")
    with pytest.raises(LitmineError, match="ended unexpectedly"):
        child.answer()
    store.close()


def test_pipeline_spare_topics_child_is_started_as_ingest_begins_then_taken_or_ended(tmp_path, monkeypatch):
    import litmine.pipeline as pipeline
    from litmine.pipeline import _SpareChild, _TopicsChild
    from litmine.store import Store

    # a stand-in child that answers its request with the k asked for
    monkeypatch.setattr(pipeline, "_CHILD_CODE", "import json, sys\nline = sys.stdin.readline()\nif line:\n"
                        "    k = json.loads(line)['k']\n"
                        "    print(json.dumps({'folder': f'/m/nmf-k{k}', 'reused': False, 'files': []}))\n")
    monkeypatch.setattr(pipeline, "TOPICS_CHILD_DOCUMENTS", 3)
    store = Store(tmp_path / "s.db")
    seen: list[tuple[str, str, str]] = []
    spare = _SpareChild(store, jobs=2)
    event = spare.on_event(lambda *e: seen.append(e))
    event("added", "c/a.txt", "")
    event("start", "c", "2")  # two files to read, none stored: fewer documents than a held child needs
    assert spare.take() is None
    event("start", "c", "3")
    assert seen == [("added", "c/a.txt", ""), ("start", "c", "2"), ("start", "c", "3")]  # every event passed on
    proc = spare.take()
    assert proc is not None and proc.poll() is None  # waiting for its request
    child = _TopicsChild(store, tmp_path / "out", tmp_path / "models", method="nmf", k=7, k_range=[7], proc=proc)
    assert child.answer() == (Path("/m/nmf-k7"), False, [])

    # none with one job; one not taken is ended by close
    one = _SpareChild(store, jobs=1)
    one.on_event(None)("start", "c", "5")
    assert one.take() is None
    left = _SpareChild(store, jobs=2)
    left.on_event(None)("start", "c", "5")
    proc = left.proc
    left.close()
    assert proc.returncode is not None and left.take() is None
    left.close()  # nothing left to end
    gone = _SpareChild(store, jobs=2)  # one that ended meanwhile is not handed on: the caller starts another
    gone.on_event(None)("start", "c", "5")
    gone.proc.kill()
    gone.proc.wait()
    assert gone.take() is None
    store.close()

    # the real child, let go without a request (its stdin closed): it ends at once, saying nothing
    monkeypatch.undo()
    proc = pipeline._start_child_process()
    proc.stdin.close()
    assert proc.stdout.read() == "" and proc.wait() == 0
    proc.stdout.close()


@pytest.mark.slow
def test_pipeline_starts_the_topics_child_as_ingest_begins(corpus, tmp_path, monkeypatch):
    import litmine.pipeline as pipeline

    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    monkeypatch.setattr(pipeline, "TOPICS_CHILD_DOCUMENTS", 1)
    with monkeypatch.context() as m:  # the held child started after ingest, as before
        m.setattr(pipeline._SpareChild, "_start", lambda self, files: None)
        here = run_pipeline(root, out=tmp_path / "here", models=tmp_path / "m1", jobs=2, k=2)

    # with more than one job and files to read, the topics child is started at ingest's start event (before any
    # file is read) and the run's topics step is that child's: the same model, outputs and files
    real, started, events = pipeline._start_child_process, [], []

    def start():
        started.append(list(events))
        return real()

    monkeypatch.setattr(pipeline, "_start_child_process", start)
    early = run_pipeline(root, out=tmp_path / "early", models=tmp_path / "m2", jobs=2, k=2,
                         on_event=lambda kind, path, message: events.append(kind))
    assert started == [[]] and events[0] == "start" and events.count("added") == len(files)
    assert early.topic_model.name == here.topic_model.name and early.skipped == here.skipped
    assert [(w, p.name) for w, p in early.outputs] == [(w, p.name) for w, p in here.outputs]
    # the topic files (the networks name passage ids, which follow the order two workers happen to finish in)
    for what, p in here.outputs:
        if what in ("topics", "trends"):
            assert (tmp_path / "early" / p.relative_to(tmp_path / "here")).read_bytes() == p.read_bytes(), p


@pytest.mark.slow
def test_pipeline_rebuilds_the_works_after_starting_the_topics_step(corpus, tmp_path, monkeypatch):
    import litmine.ingest.corpus as corpus_mod
    import litmine.pipeline as pipeline
    from litmine.store import Store

    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    order: list[str] = []

    def watched(name, fn):
        def call(*args, **kwargs):
            order.append(name)
            return fn(*args, **kwargs)
        return call

    monkeypatch.setattr(pipeline, "_start_topics", watched("topics", pipeline._start_topics))
    monkeypatch.setattr(corpus_mod, "rebuild_works", watched("works", corpus_mod.rebuild_works))
    monkeypatch.setattr(pipeline, "_write_citation_graphs", watched("citations", pipeline._write_citation_graphs))
    db = tmp_path / "s.db"
    run_pipeline(root, out=tmp_path / "out", models=tmp_path / "m", db=db, jobs=1, k=2)
    # the topics step (which reads neither works nor reference entries' works) is under way before the rebuild,
    # and the citation graphs read the rebuilt works
    assert order == ["topics", "works", "citations"]
    store = Store(db)
    assert not store.is_stale("works") and list(store.iter_works())
    assert store.db.execute("SELECT COUNT(*) FROM reference_entries WHERE work_id IS NULL").fetchone()[0] == 0
    # works left pending by a run killed before the rebuild are rebuilt by a run whose outputs are up to date
    store.db.execute("DELETE FROM store_state WHERE key = 'built:works'")
    store.db.execute("UPDATE reference_entries SET work_id = NULL")
    store.close()
    order.clear()
    again = run_pipeline(root, out=tmp_path / "out", models=tmp_path / "m", db=db, jobs=1, k=2)
    assert again.up_to_date and order == ["works"]
    store = Store(db)
    assert not store.is_stale("works")
    assert store.db.execute("SELECT COUNT(*) FROM reference_entries WHERE work_id IS NULL").fetchone()[0] == 0
    store.close()


@pytest.mark.slow
def test_ingest_leaves_the_works_to_finish_works_when_asked(corpus, tmp_path):
    from litmine.concepts.lexicon import load_lexicon
    from litmine.ingest import ingest_corpus
    from litmine.ingest.corpus import finish_works
    from litmine.store import Store

    files = small_corpus_files()
    root = corpus({name: files[name] for name in ("2005_a.txt", "2016_d.txt")})
    concepts = load_lexicon()
    now, later = Store(tmp_path / "now.db"), Store(tmp_path / "later.db")
    ingest_corpus(root, now, jobs=1, concepts=concepts)
    report = ingest_corpus(root, later, jobs=1, concepts=concepts, works_later=True)

    def rows(store, sql):
        return sorted(map(tuple, store.db.execute(sql)))

    works = "SELECT r.idx, r.work_id, w.title FROM reference_entries r LEFT JOIN works w ON w.id = r.work_id"
    mentions = "SELECT doc_id, concept, start_char, surface, via FROM mentions"
    # the mentions are all there, the works not yet
    assert report.works_pending and later.is_stale("works") and not list(later.iter_works())
    assert rows(later, mentions) == rows(now, mentions) != []
    finish_works(later, report)
    assert not report.works_pending and not later.is_stale("works")
    assert rows(later, works) == rows(now, works) and any(w for _, w, _ in rows(now, works))
    # nothing changed: nothing pending
    assert not ingest_corpus(root, later, jobs=1, concepts=concepts, works_later=True).works_pending
    now.close()
    later.close()
