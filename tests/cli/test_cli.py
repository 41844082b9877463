import csv
import io
import json
import re

import networkx as nx
import pytest

from litmine.cli import app
from tests.conftest import ROOT, make_pdf
from tests.conftest import Runner

runner = Runner()
PAPER = ("Partnership Working\n\nPriya Nandakumar\n\nAccepted for publication in Local Governance Review, 2005\n\n"
         "Introduction\n\n" + "Partnership working and collaborative innovation in local employability. " * 6)


def commands():
    """Every command as the words typed after `litmine`, sub-commands of groups included."""
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for group in app.registered_groups:
        names += [f"{group.name} {c.name or c.callback.__name__}" for c in group.typer_instance.registered_commands]
        if group.typer_instance.info.invoke_without_command is True and group.typer_instance.registered_callback:
            names.append(group.name)  # a group that runs by itself: `litmine topics`
    return sorted(names)


def test_cli_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert commands() == ["citations", "concepts", "docs", "export", "ingest", "network citations",
                          "network concepts", "query", "report", "run", "terms", "topics", "topics infer", "trends"]
    for name in commands():
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, result.output
        assert "Example: litmine " + name in " ".join(result.output.split())
        assert re.search(rf"litmine {name}\b", readme), f"{name} is not in the README"


@pytest.mark.slow
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


@pytest.mark.slow
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


CITING = ("Partnership and Street-Level Work\n\nMorag Kerr\n\nAccepted for publication in Policy & Politics, 2012\n\n"
          "Introduction\n\nAs Lipsky (1980: 3) argued, discretion matters (Hood, 1991; Nandakumar, 2005). "
          "Partnership working is contested (Sørensen and Torfing, 2011).\n\nReferences\n\n"
          "Hood, C. (1991) 'A public management for all seasons?', Public Administration, 69(1): 3-19.\n\n"
          "Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage Foundation.\n\n"
          "Nandakumar, P. (2005) 'Partnership working', Local Governance Review, 7(2): 11-29.\n\n"
          "Sørensen, E. and Torfing, J. (2011) 'Enhancing collaborative innovation in the public sector', "
          "Administration & Society, 43(8): 842-868. doi: 10.1177/0095399711418768\n")


@pytest.mark.slow
def test_cli_citations_and_networks(corpus, tmp_path):
    root = corpus({"nandakumar.txt": PAPER.replace("Priya Nandakumar", "Priya Nandakumar"), "kerr.txt": CITING,
                   "osei.md": CITING.replace("Morag Kerr", "Kwame Osei").replace("2012", "2018")
                   .replace("Partnership and Street-Level Work", "Localism Revisited")})
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(root), "--db", db]).exit_code == 0
    data = json.loads(runner.invoke(app, ["citations", "--db", db, "--format", "json"]).output)
    surfaces = sorted(c["surface"] for c in data["citations"])
    assert surfaces.count("Hood, 1991") == 2 and "Lipsky (1980: 3)" in surfaces
    assert all(c["reference_index"] is not None for c in data["citations"])
    assert {r["type"] for r in data["references"]} >= {"article", "book"}
    assert all(r["cited"] >= 1 for r in data["references"])
    table = runner.invoke(app, ["citations", "--db", db]).output
    assert "8 references, 0 never cited in the text" in table and "in-text citations" in table
    works = json.loads(runner.invoke(app, ["citations", "--db", db, "--works", "--format", "json"]).output)
    top = works[0]
    assert top["citing_documents"] == 2 and top["year"] in (1980, 1991, 2005, 2011)
    nanda = [w for w in works if w["authors"].startswith("Nandakumar")][0]
    assert nanda["doc_id"]  # the cited 2005 paper is a corpus document
    bib = runner.invoke(app, ["citations", "--db", db, "--format", "bibtex"]).output
    assert bib.count("@") == 4 and "Administration \\& Society" in bib
    ris = runner.invoke(app, ["citations", "--db", db, "--format", "ris"]).output
    assert ris.count("ER  -") == 4

    out = tmp_path / "nets"
    result = runner.invoke(app, ["network", "citations", "--db", db, "--kind", "direct", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "citations_direct.graphml").exists() and (out / "citations_direct_vos_map.txt").exists()
    g = nx.read_graphml(out / "citations_direct.graphml")
    labels = {d["label"] for d in g.nodes.values()}
    assert {"Kerr (2012)", "Nandakumar (2005)", "Hood (1991)"} <= labels
    kerr = [n for n, d in g.nodes(data=True) if d["label"] == "Kerr (2012)"][0]
    nanda_node = [n for n, d in g.nodes(data=True) if d["label"] == "Nandakumar (2005)"][0]
    assert g.has_edge(kerr, nanda_node) and g.nodes[nanda_node]["kind"] == "document"
    result = runner.invoke(app, ["network", "citations", "--db", db, "--kind", "cocitation", "--out", str(out),
                                 "--format", "gexf", "--format", "csv"])
    assert result.exit_code == 0 and "most cited" in result.output
    assert sorted(p.name for p in out.glob("citations_cocitation*")) == [
        "citations_cocitation.gexf", "citations_cocitation_edges.csv", "citations_cocitation_nodes.csv"]
    bad = runner.invoke(app, ["network", "citations", "--db", db, "--format", "pdf"])
    assert bad.exit_code == 2 and "unknown graph format 'pdf'" in bad.output

    export = tmp_path / "export"
    assert runner.invoke(app, ["export", "--db", db, "--out", str(export)]).exit_code == 0
    cits = [json.loads(line) for line in (export / "citations.jsonl").read_text(encoding="utf-8").splitlines()]
    refs = [json.loads(line) for line in (export / "references.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(refs) == 8 and all(r["work_id"] for r in refs)
    assert set(cits[0]) >= {"doc_id", "passage_id", "page", "start", "end", "surface", "authors", "year", "pages",
                            "narrative", "reference_index", "confidence"}
