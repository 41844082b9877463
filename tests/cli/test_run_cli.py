"""`litmine run` and `litmine report` through the command line: outputs and where they are, a failing file
reported while the run goes on, the second run saying nothing changed, one-line errors."""

from __future__ import annotations

import re

import pytest

from litmine.cli import app
from tests.test_pipeline import HOSTILE_TITLE, small_corpus_files
from tests.conftest import Runner

runner = Runner()


@pytest.mark.slow
def test_run_cli_writes_everything_then_nothing_changed(corpus, tmp_path):
    root = corpus(small_corpus_files())
    out, models = tmp_path / "out", tmp_path / "models"
    args = ["run", str(root), "--out", str(out), "--models", str(models), "--k", "2", "--jobs", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.output  # one file failed; everything else was written
    assert re.search(r"failed: \S*broken\.pdf: corrupt or truncated PDF", first.stderr)
    assert "ingest: 6 added, 0 updated, 0 unchanged, 0 duplicate, 1 failed, 0 missing" in first.stdout
    for step in ("ingest:", "concepts:", "topics:", "networks:", "trends:", "report:"):
        assert any(line.startswith(step) for line in first.stderr.splitlines()), step
    lines = {line.split(":")[0].strip(): line.split(":", 1)[1].strip() for line in first.stdout.splitlines()
             if line.startswith("  ")}
    assert lines["report"] == str(out / "report.html")
    assert lines["trends"] == (f"{out / 'trends'}/ (trends.csv, bursts.csv, trends.png, trends.svg, "
                               "burst_documents.csv, burst_timeline.png, burst_timeline.svg, burst_timeline.html)")
    assert lines["topic model"].startswith(str(models / "nmf-k2-"))
    assert lines["concept network"].startswith(f"{out / 'networks'}/ (concepts.graphml")
    assert "citation graph (cocitation)" in lines
    assert "1 file(s) could not be read" in first.stdout
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "broken.pdf" in page and HOSTILE_TITLE not in page

    second = runner.invoke(app, args)
    assert second.exit_code == 1
    assert f"nothing changed; outputs are up to date: {out / 'report.html'}" in second.stdout
    assert "topics:" not in second.stderr and "broken.pdf" in second.stderr  # still failing, and said so

    report = runner.invoke(app, ["report", "--db", str(out / "litmine.db"), "--out", str(tmp_path / "r.html"),
                                 "--models", str(models)])
    assert report.exit_code == 0, report.output
    assert report.stdout.strip() == f"wrote {tmp_path / 'r.html'}" and report.stderr == ""
    assert (tmp_path / "r.html").read_text(encoding="utf-8").count('id="concept-map"') == 1


@pytest.mark.slow
def test_run_cli_report_without_topic_model_says_so(corpus, tmp_path):
    files = small_corpus_files()
    del files["broken.pdf"]
    root = corpus(files)
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"]).exit_code == 0
    result = runner.invoke(app, ["report", "--db", db, "--out", str(tmp_path / "r.html"), "--models",
                                 str(tmp_path / "no-models")])
    assert result.exit_code == 0, result.output
    assert "topics: no topic model trained on this corpus" in result.stderr
    assert "run `litmine topics`" in (tmp_path / "r.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args,message", [
    (["run", "/no/such/folder"], "/no/such/folder: not a folder"),
    (["run", ".", "--k", "1"], "--k takes a number of topics (at least 2) or auto (got '1')"),
    (["run", ".", "--replace-lexicon"], "--replace-lexicon needs --lexicon FILE"),
    (["report", "--db", "/no/such/store.db"], "no store here yet"),
])
def test_run_cli_errors_are_one_line(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_run_cli_help_has_examples():
    for command, example in (("run", "Example: litmine run corpus/"),
                             ("report", "Example: litmine report --out outputs/report.html")):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and example in " ".join(result.output.split())
