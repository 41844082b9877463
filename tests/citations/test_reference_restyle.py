"""Tests for scripts/reference_restyle.py: restyled training copies of labelled reference strings."""

import importlib.util
import random
import re
import sys
from pathlib import Path

from litmine.citations.reference_model import tokenize_reference

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _module(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(SCRIPTS))


def _example(parts: list[tuple[str, str]]):
    raw = "".join(text for _, text in parts)
    tokens = tokenize_reference(raw)
    labels, pos = [], 0
    spans = []
    for lab, text in parts:
        spans.append((pos, pos + len(text), lab))
        pos += len(text)
    for t in tokens:
        labels.append(next(lab for s, e, lab in spans if s <= t.start < e))
    return raw, tokens, [lab if lab != "_" else "note" for lab in labels], "anystyle"


CHAPTER = [("author", "Løvlie, Kari and Mário Söderqvist"), ("_", " ("), ("year", "2004"), ("_", ") "),
           ("title", "Care work in Nordic towns"), ("_", ". In: "), ("editor", "Ulla Hämäläinen"), ("_", " (ed.) "),
           ("container", "Welfare Mixes Revisited"), ("_", ", "), ("location", "Tampere"), ("_", ": "),
           ("publisher", "Vastapaino"), ("_", ", pp. "), ("pages", "12-30"), ("_", ".")]
ARTICLE = [("author", "Žáková, Petra and Ørsted, Hans"), ("_", " ("), ("year", "2011"), ("_", ") "),
           ("title", "Local welfare after the crisis"), ("_", ". "), ("container", "Public Policy Quarterly"),
           ("_", " "), ("volume", "8"), ("_", "("), ("issue", "2"), ("_", "): "), ("pages", "101-119"), ("_", ".")]


def test_reference_restyle_chapter_keeps_its_parts_and_labels():
    rs, tr = _module("reference_restyle"), _module("train_references")
    seen = set()
    for seed in range(40):
        got = rs.restyle(_example(CHAPTER), random.Random(seed))
        assert got is not None
        raw, segments = got
        labelled = dict((lab, text) for lab, text in segments if lab != "_untagged")
        assert labelled["title"] == "Care work in Nordic towns" and labelled["booktitle"] == "Welfare Mixes Revisited"
        assert "Hämäläinen" in labelled["editor"] and labelled["pages"] == "12-30"
        tokens, labels = tr.token_labels(raw, segments, "restyled")
        by_word = dict(zip((t.text for t in tokens), labels))
        assert by_word["Nordic"] == "title" and by_word["Revisited"] == "container"
        assert by_word["Hämäläinen"] == "editor"
        seen |= {style for style, mark in (("german", "In: Hämäläinen, Ulla (Hg.): "), ("apa", "In U. Hämäläinen (Ed.), "),
                                           ("chicago", ", ed. U. Hämäläinen"), ("in", "U. Hämäläinen (ed.), "))
                 if mark in raw}
    assert seen == {"german", "apa", "chicago", "in"}


def test_reference_restyle_journal_styles_include_unquoted_comma_style():
    rs = _module("reference_restyle")
    raws = {rs.restyle(_example(ARTICLE), random.Random(seed))[0] for seed in range(60)}
    assert any(re.search(r"2011\)?[,:] Local welfare after the crisis, Public Policy Quarterly 8", r) for r in raws)
    assert any("(2011). Local welfare after the crisis. Public Policy Quarterly, 8(2), 101-119." in r for r in raws)
    assert all("Local welfare after the crisis" in r and "Public Policy Quarterly" in r for r in raws)
