import pytest
import csv
import io
import json


from litmine.cli import app
from tests.conftest import Runner

runner = Runner()

PAPER = ("Partnership Working in Göttingen\n\nPriya Nandakumar and Jürgen Müller\n\n"
         "Accepted for publication in Local Governance Review, 2005\n\n"
         "Introduction\n\n" + "Partnership working and collaborative innovation in local employability. " * 6)
LORDS = "Behaviour Change\n\nIntroduction\n\n" + "Nudges and regulation in public policy. " * 8
BIB = r"""@report{lords2011, file = {lords.txt},
  author = {{House of Lords Science and Technology Select Committee} and {Department for Business, Innovation
  and Skills}},
  title = {Behaviour Change}, year = {2011}, institution = {House of Lords}}
"""


def docs_json(db):
    result = runner.invoke(app, ["docs", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    return {r["path"].rsplit("/", 1)[-1]: r for r in json.loads(result.output)}


@pytest.mark.slow
def test_docs_csv_edited_and_given_back_corrects_one_field(corpus, tmp_path):
    root = corpus({"a.txt": PAPER, "lords.txt": LORDS, "b.md": "# Lone Parents\n\nWork-first and conditionality.\n",
                   "lib.bib": BIB})
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"]).exit_code == 0
    before = docs_json(db)
    table = runner.invoke(app, ["docs", "--db", db]).output
    assert "Lords" in table and "Committee & Skills" not in table  # organisations named whole, not by last word
    assert before["a.txt"]["authors"] == ["Priya Nandakumar", "Jürgen Müller"] and before["a.txt"]["year"] == 2005

    out = runner.invoke(app, ["docs", "--db", db, "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(out)))
    by_name = {r["path"].rsplit("/", 1)[-1]: r for r in rows}
    # organisations stay whole (braced when their name holds a comma), persons "Family, Given"
    assert by_name["lords.txt"]["authors"] == ("House of Lords Science and Technology Select Committee; "
                                               "{Department for Business, Innovation and Skills}")
    assert by_name["a.txt"]["authors"] == "Nandakumar, Priya; Müller, Jürgen"
    by_name["a.txt"]["year"] = "2006"  # the researcher corrects one cell in a spreadsheet
    fix = tmp_path / "fix.csv"
    with open(fix, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

    result = runner.invoke(app, ["ingest", str(root), "--db", db, "--metadata", str(fix), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    after = docs_json(db)
    assert after["a.txt"]["year"] == 2006
    assert after["a.txt"]["sources"]["year"] == "sidecar:fix.csv (matched by id)"
    # nothing else changed: other fields, their sources, the other documents
    before["a.txt"]["year"], before["a.txt"]["sources"]["year"] = 2006, "sidecar:fix.csv (matched by id)"
    for name in before:
        for key in ("title", "authors", "creators", "year", "venue", "doi", "sources", "status"):
            assert after[name][key] == before[name][key], (name, key)
    assert after["lords.txt"]["creators"] == [
        {"literal": "House of Lords Science and Technology Select Committee"},
        {"literal": "Department for Business, Innovation and Skills"}]


@pytest.mark.slow
def test_docs_csv_path_matches_without_the_id_column(corpus, tmp_path):
    root = corpus({"a.txt": PAPER})
    db = str(tmp_path / "s.db")
    runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"])
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["docs", "--db", db, "--format", "csv"]).output)))
    rows[0]["title"] = "Partnership Working in Göttingen and Köln"
    del rows[0]["id"]
    fix = tmp_path / "fix.csv"
    with open(fix, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    runner.invoke(app, ["ingest", str(root), "--db", db, "--metadata", str(fix), "--jobs", "1"])
    doc = docs_json(db)["a.txt"]
    assert doc["title"] == "Partnership Working in Göttingen and Köln"
    assert doc["sources"]["title"] == "sidecar:fix.csv (matched by path)"


def test_docs_low_confidence_fields_flagged_in_docs_and_report(tmp_path):
    from litmine.export.report_html import render_report
    from litmine.models import Document, Passage
    from litmine.report import build_report
    from litmine.store import Store

    db = str(tmp_path / "s.db")
    store = Store(db)
    doc = Document(id="d" * 64, path=str(tmp_path / "würde.pdf"), format="pdf", title="Würde und Arbeit",
                   authors=["Jürgen Müller"], year=2019, pages=1,
                   passages=[Passage(0, "body", "Würde und Arbeit in der Grundsicherung.", page=1)],
                   creators=[{"family": "Müller", "given": "Jürgen"}],
                   meta_confidence={"title": 0.97, "authors": 0.31})
    store.write_document(doc, root=str(tmp_path), size=1, mtime=0.0)
    row = docs_json(db)["würde.pdf"]
    assert row["low_confidence"] == ["authors"]
    table = runner.invoke(app, ["docs", "--db", db]).output
    assert "low confidence: authors" in table
    page = render_report(build_report(store))
    store.close()
    assert 'Müller<abbr class="unsure"' in page and "Würde und Arbeit<abbr" not in page
    assert "? marks a title, author list or year" in page
