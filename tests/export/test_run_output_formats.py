"""Every file `litmine run` and the export commands write passes its format's check (issue 15): the official
GEXF schema, VOSviewer Online's parser rules, networkx and igraph for GraphML, node-link JSON and Pajek, html5lib
strict for HTML pages, XML for SVG, the PNG signature, RFC 4180 for CSV, pybtex strict and bibtexparser for
BibTeX, rispy for RIS, json for JSON and JSON Lines (see format_checks.py; a file with no check fails)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import Runner

from litmine.cli import app
from litmine.pipeline import STATE_FILE, run_pipeline
from tests.export.format_checks import check_output
from tests.test_pipeline import small_corpus_files

runner = Runner()
pytestmark = pytest.mark.slow  # a whole-corpus run and the export commands on its store (about two minutes)


@pytest.fixture(scope="module")
def run_outputs(tmp_path_factory):
    """One `litmine run` of the small hand-made corpus (six documents, 2005-2021, a hostile title, a broken PDF)."""
    root = tmp_path_factory.mktemp("corpus")
    for name, content in small_corpus_files().items():
        (root / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    out = tmp_path_factory.mktemp("out")
    models = tmp_path_factory.mktemp("models")
    result = run_pipeline(root, out=out, models=models, jobs=1, k=2)
    return result, out


def _written(folder: Path) -> set[Path]:
    """The files under folder, less the store and the run's own bookkeeping (state file, hidden markers)."""
    return {p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")
            and not p.name.startswith("litmine.db") and p.name != STATE_FILE}


def test_run_output_formats_every_run_output_passes_its_check(run_outputs):
    result, out = run_outputs
    listed = {Path(p) for what, p in result.outputs if what != "topic model"}
    assert listed == _written(out)  # the run lists every file it leaves: none escapes the checks below
    checked = {p.relative_to(out).as_posix(): check_output(p) for p in sorted(listed)}
    kinds = set(checked.values())
    assert {"GEXF 1.2draft XSD", "VOSviewer Online map rules", "VOSviewer Online network rules",
            "VOSviewer Online JSON rules", "networkx node_link_graph", "networkx + igraph", "Pajek: networkx + igraph",
            "html5lib strict", "XML, SVG root", "PNG signature + Pillow", "RFC 4180 CSV"} <= kinds
    for name in ("report.html", "topics/topics.html", "networks/concepts.html", "networks/concepts_thematic_map.html",
                 "networks/concepts_thematic_map.svg", "networks/concepts.gexf", "networks/citations_direct.gexf",
                 "networks/concepts_vos_map.txt", "trends/trends.png", "topics/topics.csv"):
        assert name in checked, name
    # the co-citation graph of this corpus has two works: VOSviewer refuses maps under three items, so none
    assert "networks/citations_cocitation.gexf" in checked
    assert "networks/citations_cocitation_vos_map.txt" not in checked


def _invoke(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def test_run_output_formats_export_commands_pass_their_checks(run_outputs, tmp_path):
    _, out = run_outputs
    db = ["--db", str(out / "litmine.db")]
    nets = tmp_path / "networks"
    _invoke(["network", "concepts", *db, "--out", str(nets), "--slice", "8y", "--thematic-map", "--evolution"])
    _invoke(["network", "concepts", *db, "--out", str(nets), "--name", "pmi", "--measure", "pmi", "--unit",
             "sentence", "--n-units", "all"])
    for kind in ("direct", "cocitation", "coupling"):
        _invoke(["network", "citations", *db, "--kind", kind, "--out", str(nets), "--min-citing", "1"])
    _invoke(["export", *db, "--out", str(tmp_path / "jsonl")])
    _invoke(["trends", *db, "--out", str(tmp_path / "trends")])
    stdout_files = {"citations.bib": ["citations", *db, "--format", "bibtex"],
                    "works.bib": ["citations", *db, "--works", "--format", "bibtex"],
                    "citations.ris": ["citations", *db, "--format", "ris"],
                    "works.ris": ["citations", *db, "--works", "--format", "ris"],
                    "citations.csv": ["citations", *db, "--format", "csv"],
                    "citations.json": ["citations", *db, "--format", "json"],
                    "docs.csv": ["docs", *db, "--format", "csv"],
                    "docs.json": ["docs", *db, "--format", "json"],
                    "concepts.csv": ["concepts", *db, "--format", "csv"],
                    "concepts.json": ["concepts", *db, "--format", "json"],
                    "trends.json": ["trends", *db, "--out", str(tmp_path / "trends"), "--format", "json"],
                    "terms.yaml": ["terms", *db, "--format", "yaml"]}
    printed = tmp_path / "printed"
    printed.mkdir()
    for name, args in stdout_files.items():
        (printed / name).write_text(_invoke(args), encoding="utf-8")
    _invoke(["query", "co-production", *db, "--format", "csv", "--out", str(printed / "query.csv"),
             "--bib", str(printed / "query.bib")])
    _invoke(["query", "co-production", *db, "--format", "json", "--out", str(printed / "query.json")])

    files = _written(tmp_path)
    checked = {p.relative_to(tmp_path).as_posix(): check_output(p) for p in sorted(files)}
    assert {"networks/concepts_2005-2012.gexf", "networks/concepts_cluster_evolution.csv", "networks/pmi.gexf",
            "networks/citations_coupling_vos_map.txt", "networks/citations_cocitation.net",
            "jsonl/documents.jsonl", "printed/works.bib", "printed/query.bib", "printed/works.ris",
            "printed/terms.yaml"} <= set(checked)
    assert checked["printed/works.bib"] == "pybtex strict + bibtexparser"
    assert checked["printed/works.ris"] == "rispy"
