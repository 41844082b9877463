"""Fixtures of the concept tests."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher


@pytest.fixture(scope="module")
def matcher():
    """A matcher of the default lexicon, built once per test module."""
    return ConceptMatcher(load_lexicon())


@pytest.fixture
def partner_lexicon(tmp_path):
    """Writes a one-concept lexicon ("network", ambiguous, cue "steering") with the given `partners:` spec (YAML
    flow text) and returns its path."""
    def write(name: str, partners: str):
        path = tmp_path / name
        path.write_text("concepts:\n- id: x\n  label: X\n  patterns: [network]\n  ambiguous: [network]\n"
                        f"  cues: [steering]\n  partners: {partners}\n", encoding="utf-8")
        return path
    return write


@pytest.fixture
def ingested_files(tmp_path):
    """Writes the given {file name: text} into a corpus folder, ingests it with one job through the command line and
    returns the store's path."""
    from tests.conftest import Runner

    from litmine.cli import app

    def ingest(files: dict[str, str]) -> str:
        root = tmp_path / "corpus"
        root.mkdir()
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
        db = str(tmp_path / "store.db")
        result = Runner().invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"])
        assert result.exit_code == 0, result.output
        return db
    return ingest
