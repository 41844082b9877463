"""The hand-written notes the note tagger may be trained on (session 34, F63, issue 13): scripts/data/hand_notes.jsonl
is ours (written by hand for the project, no EXCITE string, no note of a paper), each row's segments spell its note
exactly, its labels are the tagger's own, no note of the hand-made catalogues (tests/citations/*_catalogue.py) is in
it (they stay a check the tagger was not trained on), and train_footnote_tagger.hand_notes reads every row."""

import glob
import importlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_footnote_tagger  # noqa: E402
from litmine.citations.reference_model import LABELS  # noqa: E402
from train_footnote_tagger import HAND, hand_notes  # noqa: E402

ROWS = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines() if line.strip()]


def _strings(obj, out: set[str]) -> None:
    if isinstance(obj, str):
        out.add(obj)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for item in obj:
            _strings(item, out)
    elif isinstance(obj, dict):
        for item in obj.values():
            _strings(item, out)


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" .").lower()


def test_each_row_is_its_segments_joined_with_the_tagger_labels():
    assert len(ROWS) >= 400 and len({row["id"] for row in ROWS}) == len(ROWS)
    assert len({_norm(row["raw"]) for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert "".join(text for _, text in row["segments"]) == row["raw"], row["id"]
        assert {lab for lab, _ in row["segments"]} <= set(LABELS) | {"_untagged"}, row["id"]


def test_no_catalogue_note_is_a_hand_note():
    catalogue: set[str] = set()
    for path in sorted(glob.glob(str(ROOT / "tests" / "citations" / "*_catalogue.py"))):
        name = Path(path).stem
        if name.startswith("test_"):
            continue
        module = importlib.import_module(f"tests.citations.{name}")
        for key in dir(module):
            if key.isupper():
                _strings(getattr(module, key), catalogue)
    catalogue = {_norm(text) for text in catalogue if len(text) > 20}
    assert len(catalogue) > 1000
    assert [row["raw"] for row in ROWS if _norm(row["raw"]) in catalogue] == []


def test_hand_notes_read_every_row_a_date_split_into_day_and_year():
    got = hand_notes()
    assert len(got) == len(ROWS) and {family for *_, family in got} == {"hand note"}
    first = next(ex for ex in got if ex[0].startswith("Deutscher Bundestag: Bericht der Enquete-Kommission"))
    by_word = dict(zip((tok.text for tok in first[1]), first[2]))
    assert (by_word["Bundestag"], by_word["Enquete-Kommission"], by_word["8900"], by_word["2002"],
            by_word["112"]) == ("editor", "title", "volume", "year", "pages")
    assert by_word["vom"] == "note" and by_word["Drucksache"] == "note"


def test_a_row_whose_segments_are_not_in_its_note_is_an_error(tmp_path):
    bad = tmp_path / "hand.jsonl"
    bad.write_text(json.dumps({"id": "hand/1", "kind": "web", "raw": "Ein Titel, Heidestadt 2001.",
                               "segments": [["title", "Ein anderer Titel"], ["_untagged", ", Heidestadt 2001."]]})
                   + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        hand_notes(bad)
    held = {train_footnote_tagger._norm("Ein Titel, Heidestadt 2001.")}
    assert hand_notes(bad, held=held) == []
