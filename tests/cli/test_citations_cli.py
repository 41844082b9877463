"""`litmine network citations` on a corpus whose reports share no references: a note says why the graph is empty."""

import networkx as nx

from litmine.cli import app
from litmine.store import Store
from tests.test_networks import policy_store
from tests.conftest import Runner

runner = Runner()


def test_citations_cli_network_note_for_documents_sharing_no_references(tmp_path):
    db = str(tmp_path / "policy.db")
    policy_store(Store(db)).close()
    out = tmp_path / "nets"
    result = runner.invoke(app, ["network", "citations", "--db", db, "--kind", "cocitation", "--out", str(out),
                                 "--format", "graphml"])
    assert result.exit_code == 0, result.output
    assert "0 nodes, 0 edges" in result.output
    assert "note: co-citation graph is empty: the documents share no references" in result.output
    assert "works cited by fewer than 2 documents are left out" in result.output
    cliques = runner.invoke(app, ["network", "citations", "--db", db, "--kind", "cocitation", "--min-citing", "1",
                                  "--out", str(out), "--format", "graphml"])
    assert cliques.exit_code == 0 and "7 edges" in cliques.output and "degenerate" in cliques.output
    assert "clique" in nx.read_graphml(out / "citations_cocitation.graphml").graph["note"]
    direct = runner.invoke(app, ["network", "citations", "--db", db, "--out", str(out), "--format", "json"])
    assert direct.exit_code == 0 and "Ó Riain (2011)" in direct.output  # most cited still listed
