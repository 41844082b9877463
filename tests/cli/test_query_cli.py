"""`litmine query` end to end on the demo corpus: ingest with the CLI, then query, export and count."""

import csv
import io
import json

import pytest

from litmine.cli import app
from tests.conftest import ROOT
from tests.conftest import Runner
from tests.export.format_checks import bibtexparser_entries

runner = Runner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The demo corpus ingested (and tagged) once for this module."""
    path = str(tmp_path_factory.mktemp("query") / "demo.db")
    result = runner.invoke(app, ["ingest", str(ROOT / "corpus"), "--db", path, "--jobs", "2"])
    assert result.exit_code == 0, result.output
    return path


def run(db, *args):
    result = runner.invoke(app, ["query", "--db", db, *args])
    return result


@pytest.mark.slow
def test_query_cli_markdown_for_a_review(db):
    result = run(db, "--concept", "co-production", "--with", "lone-parents", "--near", "20", "--format", "md")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    query = "Query: concept co-production; with lone-parents within 20 words"
    assert lines[:6] == ["# Passages for review", "", query, "", "3 passages from 3 documents.", ""]
    assert [line for line in lines if line.startswith("#")] == [
        "# Passages for review", "## Co-production", "### 2011", "### 2014", "### 2016"]
    cites = [line.split("), ")[0] + ")" for line in lines if line.startswith("> — ")]
    assert cites == ["> — (Núñez and Ashworth, 2011)", "> — (Buchanan and Wrona, 2014, p. 3)",
                     "> — (Griffiths et al., 2016)"]
    assert any("genuinely **co-produced**. In the north east of England, a **lone parents**' group" in line
               for line in lines)


@pytest.mark.slow
def test_query_cli_table_with_citations_and_footer(db):
    result = run(db, "--concept", "co-production", "--with", "lone-parents", "--near", "20")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("(Núñez and Ashworth, 2011)") < out.index("(Buchanan and Wrona, 2014, p. 3)") < \
        out.index("(Griffiths et al., 2016)")
    assert "[co-produced]" in out and "[lone parents]" in out
    assert out.rstrip().endswith("3 passages from 3 documents.")
    limited = run(db, "--concept", "co-production", "--limit", "5")
    assert limited.stdout.rstrip().endswith("5 of 45 passages from 1 document (--limit 0 shows all).")


@pytest.mark.slow
def test_query_cli_text_json_csv_files_and_bibtex(db, tmp_path):
    result = run(db, '"lone parents" NOT sanctions', "--years", "2005-2012", "--limit", "3", "--format", "json")
    rows = json.loads(result.stdout)
    assert [(r["path"].rsplit("/", 1)[-1], r["passage_index"], r["citation"]) for r in rows] == [
        ("2008_okafor_lone_parents_conditionality.txt", i, "(Okafor, 2008)") for i in (0, 19, 6)]
    out, bib = tmp_path / "review" / "hits.csv", tmp_path / "review" / "quoted.bib"
    result = run(db, "--concept", "co-production", "--with", "lone-parents", "--limit", "0", "--out", str(out),
                 "--bib", str(bib))
    assert result.exit_code == 0, result.output
    assert f"wrote 7 passages to {out}" in result.output and f"wrote BibTeX for 5 documents to {bib}" in result.output
    back = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["citation"], r["passage_index"]) for r in back][:2] == [("(Buchanan and Wrona, 2014, p. 1)", "5"),
                                                                       ("(Núñez and Ashworth, 2011)", "26")]
    entries = bibtexparser_entries(bib.read_text(encoding="utf-8"))
    assert [e["ID"] for e in entries] == ["buchanan2014evaluation", "griffiths2016coproducing",
                                          "macleod2021collaborative", "nandakumar2024twenty", "nunez2011new"]
    nunez = entries[-1]
    assert nunez["author"] == "Núñez, Lucía and Ashworth, Robert" and nunez["doi"] == "10.5555/pms.2011.6.3.201"
    assert nunez["journal"] == "Public Management and Society" and nunez["year"] == "2011"
    printed = run(db, "--concept", "co-production", "--with", "lone-parents", "--format", "bibtex")
    assert printed.stdout == bib.read_text(encoding="utf-8")


@pytest.mark.slow
def test_query_cli_matrix_and_its_cells(db):
    result = run(db, "--matrix", "-c", "co-production", "-c", "lone-parents", "-c", "work-first")
    assert result.exit_code == 0, result.output
    assert "Passages of a cell: litmine query --concept co-production --with lone-parents" in result.stdout
    rows = json.loads(run(db, "--matrix", "-c", "co-production", "-c", "lone-parents", "-c", "work-first",
                          "--format", "json").stdout)
    assert [(r["concept"], r["co-production"], r["lone-parents"], r["work-first"]) for r in rows] == [
        ("co-production", 45, 7, 3), ("lone-parents", 7, 45, 4), ("work-first", 3, 4, 20)]
    by_year = list(csv.DictReader(io.StringIO(run(db, "--matrix", "-c", "lone-parents", "--by", "year",
                                                  "--format", "csv").stdout)))
    assert [(r["year"], r["lone-parents"]) for r in by_year if r["lone-parents"] != "0"] == [
        ("2008", "15"), ("2009", "2"), ("2011", "1"), ("2012", "2"), ("2014", "15"), ("2016", "3"), ("2018", "1"),
        ("2021", "2"), ("2024", "2"), ("n.d.", "2")]


@pytest.mark.slow
def test_query_cli_errors_and_no_hits(db, tmp_path):
    bad = run(db, "--concept", "co-prodution")
    assert bad.exit_code == 2 and bad.output.strip() == (
        "litmine: error: unknown concept 'co-prodution' (close: co-production); `litmine concepts` lists them")
    bad = run(db, "work AND")
    assert bad.exit_code == 2 and "bad search query 'work AND'" in bad.output and len(bad.output.splitlines()) == 1
    bad = run(db, "work", "--out", str(tmp_path / "x.txt"))
    assert bad.exit_code == 2 and "--out needs --format" in bad.output
    assert run(db, "work", "--matrix", "-c", "work-first").exit_code == 2
    assert run(db, "-c", "work-first", "--by", "year").exit_code == 2
    none = run(db, "zzyzx")
    assert none.exit_code == 0 and none.stdout.strip() == "No passages match. Query: text 'zzyzx'"
    none = run(db, "zzyzx", "--format", "json")
    assert none.exit_code == 0 and json.loads(none.stdout) == []
