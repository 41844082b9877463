"""`litmine network concepts --thematic-map / --evolution`: files written, values consistent, errors."""

import csv

import pytest

from litmine.cli import app
from tests.cli.test_network_concepts_cli import FILES
from tests.conftest import Runner

runner = Runner()


@pytest.fixture
def db(corpus, tmp_path):
    path = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(corpus(FILES)), "--db", path, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.slow
def test_network_thematic_cli_map_and_evolution(db, tmp_path):
    out = tmp_path / "nets"
    result = runner.invoke(app, ["network", "concepts", "--db", db, "--out", str(out), "--measure", "count",
                                 "--thematic-map", "--evolution", "--slice", "10y", "--format", "graphml"])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    for stem in ("concepts_2004-2013_thematic_map", "concepts_2014-2016_thematic_map", "concepts_thematic_evolution"):
        assert {f"{stem}.{ext}" for ext in ("csv", "png", "svg", "html")} <= names, names
    rows = list(csv.DictReader((out / "concepts_2014-2016_thematic_map.csv").open(encoding="utf-8")))
    assert rows and all(r["quadrant"] for r in rows)
    page = (out / "concepts_2014-2016_thematic_map.html").read_text(encoding="utf-8")
    assert "Ærø" in page  # the passages behind the themes travel with the page
    assert "Corpus: " in (out / "concepts_thematic_evolution.svg").read_text(encoding="utf-8")


@pytest.mark.slow
def test_network_thematic_cli_evolution_needs_periods(db, tmp_path):
    result = runner.invoke(app, ["network", "concepts", "--db", db, "--out", str(tmp_path / "n"), "--evolution"])
    assert result.exit_code != 0
    assert "--evolution needs periods" in result.output
