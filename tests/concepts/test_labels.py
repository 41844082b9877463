"""The hand-labelled mention sample (tests/fixtures/concept_mentions.yaml) is well formed; no matcher involved."""

import copy
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from litmine.concepts import load_lexicon
from tests.conftest import SEEDS

LABELS = Path(__file__).resolve().parent.parent / "fixtures" / "concept_mentions.yaml"


def _labels() -> dict:
    return copy.deepcopy(_parsed_labels())


@cache
def _parsed_labels() -> dict:
    """The sample, parsed once per run (libyaml's safe loader where present: the same data, a tenth of the time)."""
    return yaml.load(LABELS.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _sentences(data: dict, *, seed: str | None = None) -> list[dict]:
    return [s for d in data["documents"] if seed is None or d["seed"].startswith(seed) for s in d["sentences"]]


def _place(text: str, mentions: list[list[str]]) -> list[tuple[str, int, int]]:
    """Offsets of each labelled surface: in order of appearance, two mentions of one concept never overlapping."""
    placed: list[tuple[str, int, int]] = []
    after = 0
    for concept, surface in mentions:
        start = text.find(surface, after)
        while start >= 0 and any(c == concept and start < e and s < start + len(surface) for c, s, e in placed):
            start = text.find(surface, start + 1)
        assert start >= 0, f"{surface!r} ({concept}) is not in order in {text!r}"
        placed.append((concept, start, start + len(surface)))
        after = start
    return placed


def test_labels_use_only_concepts_of_the_default_lexicon():
    data = _labels()
    known = {c.id for c in load_lexicon()}
    used = {m[0] for s in _sentences(data) for m in s["mentions"]}
    assert used <= known, used - known
    assert len(used) == 26  # each of the 26 concepts has at least one labelled mention


def test_labels_surfaces_are_exact_substrings_in_order():
    data = _labels()
    assert "shortest span" in data["rules"]
    for sentence in _sentences(data):
        assert set(sentence) <= {"text", "line", "source", "mentions"}
        assert all(len(m) == 2 and m[1] for m in sentence["mentions"]), sentence["text"]
        for concept, start, end in _place(sentence["text"], sentence["mentions"]):
            boundary = sentence["text"][start - 1:start] + sentence["text"][end:end + 1]
            assert not re.search(r"[^\W_]", boundary), f"{concept} mention cuts a word in {sentence['text']!r}"


def test_labels_sample_holds_the_hard_cases():
    data = _labels()
    sentences = _sentences(data)
    assert 250 <= len(sentences) <= 400
    assert sum(not s["mentions"] for s in sentences) >= 40  # negatives
    pairs = {(c, surface) for s in sentences for c, surface in s["mentions"]}
    assert ("co-production", "Co‐production") in pairs  # U+2010 hyphen, as seed 004 prints it
    assert {("co-production", "coproduction"), ("co-production", "coproducción"),
            ("social-innovation", "innovación social"), ("lone-parents", "parents isolés")} <= pairs
    # NPM labelled in sentences after the one that defines it
    seed_000 = _sentences(data, seed="000")
    defined = next(i for i, s in enumerate(seed_000) if "new public management (NPM)" in s["text"])
    assert sum(["new-public-management", "NPM"] in s["mentions"] for s in seed_000[defined + 1:]) >= 3
    constructed = [d for d in data["documents"] if d["seed"] == "constructed"]
    assert len(constructed) == 1 and constructed[0]["constructed"] is True
    made = constructed[0]["sentences"]
    assert any("co-\nproduction" in s["text"] and s["mentions"] for s in made)
    for word in ("activation energy", "account activation", "committee's sanction", "limited liability partnership"):
        assert [s["mentions"] for s in made if word in s["text"]] == [[]], word
    assert any(s.get("source") == "references" and s["mentions"] for s in sentences)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")
def test_labels_sentences_are_taken_from_the_seeds_in_order():
    data = _labels()
    seeds = [d for d in data["documents"] if d["seed"] != "constructed"]
    assert sorted(d["seed"] for d in seeds) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for doc in seeds:
        text = " ".join((SEEDS / doc["seed"]).read_text(encoding="utf-8").split())
        at = 0
        for sentence in doc["sentences"]:
            found = text.find(" ".join(sentence["text"].split()), at)
            assert found >= 0, f"{doc['seed']}: not found in order: {sentence['text'][:80]!r}"
            at = found
