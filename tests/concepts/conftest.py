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
