"""Fixtures of the concept tests."""

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher


@pytest.fixture(scope="module")
def matcher():
    """A matcher of the default lexicon, built once per test module."""
    return ConceptMatcher(load_lexicon())
