"""The veto file and mention ids: read with the line of every veto, one-line errors naming file and line."""

import pytest

from litmine.concepts.vetoes import mention_id, parse_form, parse_mention_id, read_veto_file, veto_file_for
from litmine.errors import LitmineError

IDS = ["activation", "partnership-working"]


def test_vetoes_mention_id_round_trip():
    mid = mention_id("ABCDEF0123" + "9" * 54, 7, 41, "partnership-working")
    assert mid == "ABCDEF0123:7:41:partnership-working"
    assert parse_mention_id(mid.lower()) == ("partnership-working", ("abcdef0123", 7, 41))
    with pytest.raises(LitmineError, match="not a mention id"):
        parse_mention_id("abc:1:2")
    assert parse_form("activation: aktiviert ") == ("activation", "aktiviert")
    with pytest.raises(LitmineError, match="CONCEPT:FORM"):
        parse_form("activation")


def test_vetoes_file_read_with_lines(tmp_path):
    path = tmp_path / "litmine.vetoes.yaml"
    path.write_text("# Vetos für den Korpus\nforms:\n  activation: [activated, aktiviert]\n"
                    "  partnership-working: Partnerships\nmentions:\n  - 3f2a9c1b7e:12:340:activation  # sprinkler\n",
                    encoding="utf-8")
    assert read_veto_file(path, IDS) == [
        {"concept": "activation", "form": "activated", "line": 3},
        {"concept": "activation", "form": "aktiviert", "line": 3},
        {"concept": "partnership-working", "form": "Partnerships", "line": 4},
        {"concept": "activation", "mention": ("3f2a9c1b7e", 12, 340), "line": 6}]
    assert veto_file_for(tmp_path / "litmine.db") == path
    path.write_text("", encoding="utf-8")
    assert read_veto_file(path, IDS) == []


@pytest.mark.parametrize("content, message", [
    ("forms:\n  activation: [activated\n", "line 3: not valid YAML"),
    ("forms:\n  activaton: activated\n", "line 2: unknown concept 'activaton'"),
    ("forms:\n  activation: [[x]]\n", "line 2: a form of 'activation' must be a word or phrase"),
    ("mentions:\n  - 3f2a9c1b7e:12:340:activation\n  - sprinkler\n", "line 3: 'sprinkler' is not a mention id"),
    ("mentions:\n  - 3f2a9c1b7e:12:340:nope\n", "line 2: unknown concept 'nope'"),
    ("vetos:\n  activation: x\n", "line 1: unknown section 'vetos'"),
    ("- activation\n", "line 1: expected 'forms:' and 'mentions:' sections"),
])
def test_vetoes_bad_line_one_line_error(tmp_path, content, message):
    path = tmp_path / "v.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LitmineError) as err:
        read_veto_file(path, IDS)
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value) and "\n" not in str(err.value)
