import pytest
import csv
import io
import json


from litmine.cli import app
from tests.conftest import Runner

runner = Runner()

PARA = "Advisers in the local employability partnership met every week to plan support for lone parents. "


def _doc(title: str, body: str) -> str:
    return f"{title}\n\nEva Sørensen\n\nIntroduction\n\n{PARA * 3}\n\n{body}\n\n{PARA * 3}\n"


FILES = {
    # co-production: 1 mention in 2001, none in 2002, 4 in 2004 (2003 has no document); work-first: 2 in 2001 (the
    # title's "Work First" counts) and 1 in 2002
    "a.txt": _doc("Work First in Ålesund", "The work-first approach left little room for co-production of services."),
    "b.txt": _doc("Local Partnerships in Ærø", "A work-first programme was run by the jobcentre alone."),
    "c.txt": _doc("Services Made Together", "Co-production grew. Users co-produced plans and co-produce reviews; "
                                            "la coproducción de servicios también."),
    "undated.txt": _doc("An Undated Briefing", "Co-production and co-production again."),
    "library.csv": "Title,Author,Publication Year,File Attachments\n"
                   "\"Work First in Ålesund\",\"Sørensen, Eva\",2001,/zotero/storage/X1/a.txt\n"
                   "\"Local Partnerships in Ærø\",\"Sørensen, Eva\",2002,/zotero/storage/X2/b.txt\n"
                   "\"Services Made Together\",\"Sørensen, Eva\",2004,/zotero/storage/X3/c.txt\n",
}


def _ingested(corpus, tmp_path) -> str:
    root = corpus(FILES)
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
def test_trends_cli_writes_files_and_prints_rows(corpus, tmp_path):
    db = _ingested(corpus, tmp_path)
    out = tmp_path / "trends"
    result = runner.invoke(app, ["trends", "--db", db, "--out", str(out), "--concept", "co-production",
                                 "--concept", "Work First", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    got = {(r["concept"], int(r["year"])): r for r in rows}
    assert sorted({y for _, y in got}) == [2001, 2002, 2003, 2004]
    assert [int(got[("co-production", y)]["mentions"]) for y in (2001, 2002, 2003, 2004)] == [1, 0, 0, 4]
    assert [int(got[("work-first", y)]["mentions"]) for y in (2001, 2002, 2003, 2004)] == [2, 1, 0, 0]
    assert got[("co-production", 2003)]["year_documents"] == "0" and got[("co-production", 2003)]["doc_share"] == ""
    assert got[("co-production", 2004)]["doc_share"] == "1.0"
    assert "1 document without a year left out (2 mentions)" in result.stderr
    assert {p.name for p in out.iterdir()} == {"trends.csv", "bursts.csv", "trends.png", "trends.svg",
                                               "burst_documents.csv", "burst_timeline.png", "burst_timeline.svg",
                                               "burst_timeline.html"}
    assert (out / "trends.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    written = list(csv.DictReader((out / "trends.csv").open(encoding="utf-8")))
    assert len(written) == 8 and set(written[0]) >= {"per_10k_words", "doc_share", "burst"}

    summary = runner.invoke(app, ["trends", "--db", db, "--out", str(out), "--format", "json", "--measure", "count"])
    assert summary.exit_code == 0, summary.output
    items = {i["concept"]: i for i in json.loads(summary.stdout)}
    assert items["co-production"]["mentions"] == 5 and items["co-production"]["first_year"] == 2001
    assert len(items["co-production"]["years"]) == 4 and isinstance(items["co-production"]["bursts"], list)

    table = runner.invoke(app, ["trends", "--db", db, "--out", str(out), "--top", "1"])
    assert table.exit_code == 0, table.output
    assert "Co-production" in table.stdout and "trends.png" in table.stdout


@pytest.mark.slow
def test_trends_cli_unknown_concept_and_bad_options(corpus, tmp_path):
    db = _ingested(corpus, tmp_path)
    result = runner.invoke(app, ["trends", "--db", db, "--out", str(tmp_path / "o"), "--concept", "coprod"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "litmine: error: unknown concept 'coprod' (close: co-production); `litmine concepts` lists them"]
    assert not (tmp_path / "o").exists()
    result = runner.invoke(app, ["trends", "--db", db, "--replace-lexicon"])
    assert result.exit_code == 2 and "--replace-lexicon needs --lexicon FILE" in result.stderr
    result = runner.invoke(app, ["trends", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store here yet" in result.stderr


@pytest.mark.slow
def test_trends_cli_own_lexicon(corpus, tmp_path):
    db = _ingested(corpus, tmp_path)
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("concepts:\n  - id: jobcentre\n    label: Jobcentre (Arbeitsamt)\n    patterns: [jobcentre]\n",
                       encoding="utf-8")
    result = runner.invoke(app, ["trends", "--db", db, "--out", str(tmp_path / "o"), "--lexicon", str(lexicon),
                                 "--replace-lexicon", "--format", "json"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert (item["concept"], item["label"], item["mentions"], item["first_year"]) == (
        "jobcentre", "Jobcentre (Arbeitsamt)", 1, 2002)
