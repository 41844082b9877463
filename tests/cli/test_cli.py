import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from litmine.cli import app
from tests.conftest import ROOT, make_pdf

runner = CliRunner()
PAPER = ("Partnership Working\n\nPriya Nandakumar\n\nAccepted for publication in Local Governance Review, 2005\n\n"
         "Introduction\n\n" + "Partnership working and collaborative innovation in local employability. " * 6)


def commands():
    """Every command as the words typed after `litmine`, sub-commands of groups included."""
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for group in app.registered_groups:
        names += [f"{group.name} {c.name or c.callback.__name__}" for c in group.typer_instance.registered_commands]
    return sorted(names)


def test_cli_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert commands() == ["citations", "docs", "export", "ingest", "network citations"]
    for name in commands():
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, result.output
        assert "Example: litmine " + name in " ".join(result.output.split())
        assert re.search(rf"litmine {name}\b", readme), f"{name} is not in the README"


def test_cli_ingest_docs_export(corpus, tmp_path):
    root = corpus({"a.txt": PAPER, "b.md": "# Lone Parents\n\nWork-first and *conditionality*.\n"})
    make_pdf(root / "c.pdf")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "3 added, 0 updated, 0 unchanged, 0 duplicate, 0 failed, 0 missing" in result.output
    again = runner.invoke(app, ["ingest", str(root), "--db", db])
    assert again.exit_code == 0 and "nothing changed" in again.output

    rows = json.loads(runner.invoke(app, ["docs", "--db", db, "--format", "json"]).output)
    by_name = {r["path"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["a.txt"]["year"] == 2005 and by_name["a.txt"]["sources"]["year"] == "accepted-for-publication"
    assert by_name["b.md"]["flags"] == ["no publication year found"]
    assert by_name["c.pdf"]["pages"] >= 1 and by_name["c.pdf"]["languages"] == ["en"]
    assert set(rows[0]) >= {"id", "path", "title", "authors", "year", "venue", "doi", "pages", "passages",
                            "languages", "status", "error", "sources"}
    table = runner.invoke(app, ["docs", "--db", db])
    assert table.exit_code == 0 and "Partnership Working" in table.output
    parsed = list(csv.DictReader(io.StringIO(runner.invoke(app, ["docs", "--db", db, "--format", "csv"]).output)))
    assert len(parsed) == 3 and parsed[0]["status"] == "ok"

    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    passages = [json.loads(line) for line in (out / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 3
    assert set(passages[0]) >= {"id", "doc_id", "index", "kind", "section", "page", "language", "start", "end", "text"}
    texts = {d["id"]: d for d in docs}
    assert all(p["doc_id"] in texts for p in passages)


def test_cli_ingest_with_failures_exits_1_with_one_line_reasons(corpus, tmp_path):
    root = corpus({"a.txt": PAPER, "empty.txt": b"", "bad.pdf": b"%PDF-1.4 broken"})
    result = runner.invoke(app, ["ingest", str(root), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(lines) == 2
    assert any("empty.txt: empty file (0 bytes)" in line for line in lines)
    assert "1 added, 0 updated, 0 unchanged, 0 duplicate, 2 failed, 0 missing" in result.output


@pytest.mark.parametrize("args,message", [
    (["ingest", "/no/such/folder"], "not a folder"),
    (["docs", "--db", "/no/such/store.db"], "no store here yet"),
    (["export", "--db", "/no/such/store.db"], "no store here yet"),
])
def test_cli_errors_are_one_line(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
