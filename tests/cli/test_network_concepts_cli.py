import csv
import json

import networkx as nx
import pytest

from litmine.cli import app
from tests.conftest import Runner

runner = Runner()


def _doc(title: str, paragraphs: list[str]) -> str:
    return f"{title}\n\nEva Sørensen\n\nIntroduction\n\n" + "\n\n".join(paragraphs) + "\n"


FILES = {
    # 2004: New Public Management meets employability in one sentence, co-production sits in another paragraph
    "a.txt": _doc("Gestión Pública in Ålesund", [
        "New Public Management reshaped employability services in Ålesund.",
        "Co-production was rare. Advisers worked alone.",
    ]),
    # 2016: co-production meets lone parents twice, and employability once in the same paragraph
    "b.txt": _doc("Services Made Together in Ærø", [
        "Co-production with lone parents grew. Employability advisers joined later.",
        "Lone parents shaped the co-production of support.",
    ]),
    "undated.txt": _doc("An Undated Briefing", ["Co-production and lone parents, again."]),
    "library.csv": "Title,Author,Publication Year,File Attachments\n"
                   "\"Gestión Pública in Ålesund\",\"Sørensen, Eva\",2004,/zotero/storage/X1/a.txt\n"
                   "\"Services Made Together in Ærø\",\"Sørensen, Eva\",2016,/zotero/storage/X2/b.txt\n",
}


@pytest.fixture
def db(corpus, tmp_path):
    path = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(corpus(FILES)), "--db", path, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.slow
def test_network_concepts_cli_whole_corpus_every_format(db, tmp_path):
    out = tmp_path / "nets"
    result = runner.invoke(app, ["network", "concepts", "--db", db, "--out", str(out), "--measure", "count"])
    assert result.exit_code == 0, result.output
    assert "concepts: 4 concepts, " in result.output and "3 documents (paragraph co-occurrence, raw count)" in result.output
    assert {p.name for p in out.iterdir()} == {
        "concepts.graphml", "concepts.gexf", "concepts_vos_map.txt", "concepts_vos_network.txt",
        "concepts_vosviewer.json", "concepts.json", "concepts_nodes.csv", "concepts_edges.csv",
        "concepts_matrix.csv", "concepts.png", "concepts.svg", "concepts.html", "concepts.net", "concepts.clu",
        "concepts.vec"}
    g = nx.read_graphml(out / "concepts.graphml")
    # co-production and lone parents share a paragraph in b.txt (twice) and in the undated briefing
    assert g.edges["co-production", "lone-parents"]["raw"] == 3
    assert g.edges["co-production", "lone-parents"]["weight"] == 3.0
    assert len(json.loads(g.edges["co-production", "lone-parents"]["passages"])) == 3
    assert g.edges["new-public-management", "employability"]["first_year"] == 2004
    assert not g.has_edge("new-public-management", "co-production")  # different paragraphs
    assert g.nodes["co-production"]["label"] == "Co-production" and g.nodes["co-production"]["first_year"] == 2004
    vos = json.loads((out / "concepts_vosviewer.json").read_text(encoding="utf-8"))
    assert len(vos["network"]["items"]) == 4
    matrix = list(csv.reader((out / "concepts_matrix.csv").open(encoding="utf-8")))
    assert len(matrix) == 5 and matrix[0][0] == "concept"
    assert (out / "concepts.png").read_bytes().startswith(b"\x89PNG")
    assert "Ålesund" in (out / "concepts.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_network_concepts_cli_sentence_slices(db, tmp_path):
    out = tmp_path / "nets"
    result = runner.invoke(app, ["network", "concepts", "--db", db, "--out", str(out), "--unit", "sentence",
                                 "--slice", "10y", "--format", "graphml", "--name", "mapa"])
    assert result.exit_code == 0, result.output
    assert "concepts 2004-2013: 3 concepts, 1 edge" in result.output
    assert "concepts 2014-2016: 3 concepts, 1 edge" in result.output
    assert "1 document without a year left out of the sliced networks" in result.output
    assert {p.name for p in out.iterdir()} == {"mapa_2004-2013.graphml", "mapa_2014-2016.graphml",
                                               "mapa_cluster_evolution.csv"}
    late = nx.read_graphml(out / "mapa_2014-2016.graphml")
    # in sentences, only co-production + lone parents meet (twice); employability is in the next sentence
    assert [(tuple(sorted(e)), d["raw"]) for *e, d in late.edges(data=True)] == [
        (("co-production", "lone-parents"), 2)]
    rows = list(csv.DictReader((out / "mapa_cluster_evolution.csv").open(encoding="utf-8")))
    assert {(r["from_period"], r["to_period"], r["event"]) for r in rows} == {
        ("2004-2013", "2014-2016", "vanish"), ("2004-2013", "2014-2016", "appear")}
    assert "vanish" in result.output and "appear" in result.output


@pytest.mark.parametrize("args,message", [
    (["--format", "pdf"], "unknown network format 'pdf'"),
    (["--slice", "5y", "--period", "2003-2010"], "not both"),
    (["--period", "2010-2003"], "2010 is after 2003"),
    (["--slice", "often"], "bad slice"),
])
@pytest.mark.slow
def test_network_concepts_cli_errors_are_one_line(db, tmp_path, args, message):
    result = runner.invoke(app, ["network", "concepts", "--db", db, "--out", str(tmp_path / "x"), *args])
    assert result.exit_code == 2, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_network_concepts_cli_no_store(tmp_path):
    result = runner.invoke(app, ["network", "concepts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store here yet" in result.output


@pytest.mark.slow
def test_network_concepts_cli_size_by_documents(corpus, tmp_path):
    root = corpus({"a.txt": "Co-production and lone parents.\n\nCo-production again, co-produced twice, co-design.\n",
                   "b.txt": "Lone parents and co-design in Århus.\n"})
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(root), "--db", db]).exit_code == 0
    out = tmp_path / "n"
    result = runner.invoke(app, ["network", "concepts", "--db", db, "--out", str(out), "--size", "documents",
                                 "--format", "html", "--format", "png"])
    assert result.exit_code == 0, result.output
    page = (out / "concepts.html").read_text(encoding="utf-8")
    data = json.loads(page.split('id="map-data">', 1)[1].split("</script>", 1)[0])
    assert data["size_by"] == "documents"
    co = next(n for n in data["nodes"] if n["id"] == "co-production")
    assert co["mentions"] == 3 and co["documents"] == 1
    assert (out / "concepts.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_network_concepts_cli_n_units_all_counts_every_passage(db, tmp_path):
    out = tmp_path / "nets"
    args = ["network", "concepts", "--db", db, "--out", str(out), "--measure", "pmi", "--format", "graphml"]
    assert runner.invoke(app, args).exit_code == 0
    mentioned = nx.read_graphml(out / "concepts.graphml").graph
    assert runner.invoke(app, [*args, "--n-units", "all"]).exit_code == 0
    everything = nx.read_graphml(out / "concepts.graphml").graph
    assert mentioned["n_basis"] == "mentioned" and everything["n_basis"] == "all"
    assert everything["units"] >= mentioned["units"]
    bad = runner.invoke(app, [*args, "--n-units", "some"])
    assert bad.exit_code != 0 and "--n-units" in bad.output
