import pytest
import csv
import io
import json


from litmine.cli import app
from tests.conftest import Runner

runner = Runner()
A = ("Co-production in Employability Services\n\nAine Kerr\n\nAccepted for publication in Local Policy Review, 2012\n\n"
     "Introduction\n\nNew Public Management (NPM) shaped services in Galway. Co-produced support for lone parents "
     "followed, and NPM faded. Co-design came later.\n")
B = ("Lone Parents and Work\n\nSeán Ó Briain\n\nAccepted for publication in Local Policy Review, 2019\n\nIntroduction\n\n"
     "Work-first activation policies and benefit sanctions hit lone parents; co-production offered another way.\n")


def ingest(corpus, tmp_path):
    root = corpus({"a.txt": A, "b.txt": B})
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(root), "--db", db])
    assert result.exit_code == 0, result.output
    assert "concepts: " in result.output and "mentions in 2 document(s)" in result.output
    return db


@pytest.mark.slow
def test_concepts_cli_counts_per_document_concept_and_year(corpus, tmp_path):
    db = ingest(corpus, tmp_path)
    rows = json.loads(runner.invoke(app, ["concepts", "--db", db, "--format", "json"]).output)
    co = [(r["year"], r["mentions"]) for r in rows if r["concept"] == "co-production"]
    assert co == [(2012, 2), (2019, 1)]  # the title counts in a
    npm = next(r for r in rows if r["concept"] == "new-public-management")
    assert npm["mentions"] == 3 and npm["via_acronym"] == 2  # "New Public Management (NPM)" counts twice and npm["year"] == 2012
    out = runner.invoke(app, ["concepts", "--db", db, "--by", "concept", "--format", "csv"]).output
    by_concept = {r["concept"]: r for r in csv.DictReader(io.StringIO(out))}
    assert by_concept["lone-parents"]["documents"] == "2"
    assert by_concept["lone-parents"]["first_year"] == "2012" and by_concept["lone-parents"]["last_year"] == "2019"
    assert by_concept["localism"]["mentions"] == "0"
    out = runner.invoke(app, ["concepts", "--db", db, "--by", "year", "-c", "lone-parents", "--format", "json"])
    assert [(r["year"], r["documents"]) for r in json.loads(out.output)] == [(2012, 1), (2019, 1)]


@pytest.mark.slow
def test_concepts_cli_own_lexicon_and_errors(corpus, tmp_path):
    db = ingest(corpus, tmp_path)
    lex = tmp_path / "mine.yaml"
    lex.write_text("concepts:\n  - id: galway\n    label: Galway\n    patterns: [galway]\n", encoding="utf-8")
    out = runner.invoke(app, ["concepts", "--db", db, "--lexicon", str(lex), "--replace-lexicon", "--format", "json"])
    assert [(r["concept"], r["mentions"]) for r in json.loads(out.output)] == [("galway", 1)]
    bad = runner.invoke(app, ["concepts", "--db", db, "-c", "co-prodution"])
    assert bad.exit_code == 2 and "unknown concept 'co-prodution'" in bad.output and "co-production" in bad.output
    lex.write_text("concepts: [[", encoding="utf-8")
    bad = runner.invoke(app, ["concepts", "--db", db, "--lexicon", str(lex)])
    assert bad.exit_code == 7 and str(lex) in bad.output and "not valid YAML" in bad.output
    # a bad lexicon never touched the stored mentions
    out = runner.invoke(app, ["concepts", "--db", db, "--lexicon", str(tmp_path / "none.yaml")])
    assert out.exit_code == 7 and "none.yaml" in out.output


@pytest.mark.slow
def test_concepts_cli_acronyms_and_export_mentions(corpus, tmp_path):
    db = ingest(corpus, tmp_path)
    out = runner.invoke(app, ["concepts", "--db", db, "--acronyms", "--format", "json", "-c", "co-design"]).output
    assert '"acronym": "NPM"' in out and '"glossary": "lexicon"' in out
    result = runner.invoke(app, ["export", "--db", db, "--out", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "x" / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines]
    assert {"concept", "doc_id", "passage_id", "start", "end", "surface", "source"} <= set(rows[0])
    assert any(r["surface"] == "Co-produced" and r["via"] == "pattern" for r in rows)
