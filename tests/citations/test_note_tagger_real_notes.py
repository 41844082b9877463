"""Real labelled notes as training strings for the note tagger (session 33, F56): scripts/train_footnote_tagger.py's
note_segments aligns a labelled note's fields to its raw string, real_notes reads the development papers' notes and
EXCITE strings only (never a held-out paper, never a held-out set's string), and the script refuses to write the
shipped weights from them (EXCITE is for internal evaluation only). Made-up notes and a made-up evaluation folder."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_footnote_tagger  # noqa: E402
from train_footnote_tagger import note_segments, real_notes  # noqa: E402
from train_references import token_labels  # noqa: E402


def _labels(raw: str, segments) -> dict[str, list[str]]:
    tokens, labels = token_labels(raw, segments, "excite")
    out: dict[str, list[str]] = {}
    for tok, lab in zip(tokens, labels):
        out.setdefault(tok.text, []).append(lab)
    return out


def test_note_segments_put_the_fields_in_the_order_of_the_raw_string_a_year_in_the_title_the_titles():
    raw = "Vgl. Karla Beispiel, Bilanz der Moorwirtschaft 1998, Heidestadt 1999, S. 12-14."
    fields = {"author": ["Karla Beispiel"], "title": ["Bilanz der Moorwirtschaft 1998"], "date": ["1999"],
              "other": ["Heidestadt"], "fpage": ["12"], "lpage": ["14"], "pages": ["12-14"]}
    segments = note_segments(raw, fields)
    assert [lab for lab, _ in segments if lab != "_untagged"] == ["author", "title", "other", "year", "fpage",
                                                                  "lpage"]
    assert "".join(text for _, text in segments) == raw[:len("".join(text for _, text in segments))]
    by_word = _labels(raw, segments)
    assert by_word["1998"] == ["title"] and by_word["1999"] == ["year"]
    assert by_word["Heidestadt"] == ["location"] and by_word["Beispiel"] == ["author"]
    assert by_word["12-14"] == ["pages"] and by_word["Vgl"] == ["note"]


def test_note_segments_find_a_year_printed_twice_once_for_each_date():
    raw = "Moorbote vom 3.4.2001, S. 2; Moorbote vom 9.5.2001, S. 3."
    segments = note_segments(raw, {"container": ["Moorbote", "Moorbote"], "date": ["2001", "2001"],
                                   "other": ["3.4.", "9.5."]})
    assert [lab for lab, _ in segments if lab != "_untagged"] == ["source", "other", "year", "source", "other",
                                                                  "year"]


def test_note_segments_give_nothing_for_a_field_the_raw_string_lacks():
    # a short form whose author the labeller took from the note before it
    assert note_segments("2006b: 91", {"author": ["Beispiel"], "date": ["2006"], "fpage": ["91"]}) is None


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    """An evaluation folder with EXCITE's two footnote sets (two papers each: one of the tune half, one held-out)
    and the held-out sets train_references leaves out, and a notes file of a paper of notes half 0 (900002), one
    of half 1 (900001, held-out) and one of a development round (900005, "b28")."""
    ev = tmp_path / "eval"
    derived = ev / "excite-ssoar" / "derived"
    derived.mkdir(parents=True)

    def excite(sid: str, raw: str) -> dict:
        return {"ssoar_id": sid, "raw": raw, "segments": [["author", raw.split(",")[0]], ["_untagged", ", "],
                                                          ["title", raw.split(", ")[1]]]}

    for subset, ids in (("de_footnotes", ("800001", "800002")), ("de_footnotes_and_refsection", ("800003",))):
        rows = [excite(sid, f"Otto Muster{sid[-1]}, Titel Nummer {sid[-1]}, Heidestadt 1990.") for sid in ids]
        (derived / f"{subset}.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    held = {"raw": "Ilse Probe, Ein Satz aus einer gesperrten Liste, Heidestadt 1991."}
    for path in train_footnote_tagger.HELD_OUT:
        (ev / path).parent.mkdir(parents=True, exist_ok=True)
        (ev / path).write_text(json.dumps(held), encoding="utf-8")
    notes = tmp_path / "notes" / "de_refsection_notes.jsonl"
    notes.parent.mkdir()

    def note(prefix: str, sid: str, raw: str, fields: dict) -> str:
        return json.dumps({"id": f"{prefix}/{sid}/1", "ssoar_id": sid, "raw": raw, "fields": fields})

    notes.write_text("\n".join([
        note("b17", "900002", "Vgl. Karla Beispiel, Moore, Heidestadt 1999, S. 4.",
             {"author": ["Karla Beispiel"], "title": ["Moore"], "date": ["1999"], "fpage": ["4"]}),
        note("b17", "900002", "Ilse Probe, Ein Satz aus einer gesperrten Liste, Heidestadt 1991.",
             {"author": ["Ilse Probe"], "title": ["Ein Satz aus einer gesperrten Liste"], "date": ["1991"]}),
        note("b17", "900002", "2006b: 91", {"author": ["Beispiel"], "date": ["2006"], "fpage": ["91"]}),
        note("b17", "900001", "Hanna Verborgen, Nie gelesen, Heidestadt 2001.",
             {"author": ["Hanna Verborgen"], "title": ["Nie gelesen"], "date": ["2001"]}),
        note("b28", "900005", "Landesamt Musterland, Jahresbericht 2004, Heidestadt 2005.",
             {"editor": ["Landesamt Musterland"], "title": ["Jahresbericht 2004"], "date": ["2005"]}),
    ]), encoding="utf-8")
    return ev, notes


def test_real_notes_read_development_papers_only(tmp_path):
    ev, notes = _folder(tmp_path)
    got = real_notes(ev, notes=notes)
    raws = [raw for raw, _, _, _ in got]
    # notes half 0 and the round's paper; not the held-out half's note, not the held-out set's string, not the
    # note that does not align; EXCITE's tune half (de_footnotes' first sorted id, the other set's half 0 paper
    # where its hash puts it), never de_footnotes' second paper
    assert "Vgl. Karla Beispiel, Moore, Heidestadt 1999, S. 4." in raws
    assert "Landesamt Musterland, Jahresbericht 2004, Heidestadt 2005." in raws
    assert not any("Verborgen" in r or "gesperrten" in r or r.startswith("2006b") for r in raws)
    assert "Otto Muster1, Titel Nummer 1, Heidestadt 1990." in raws
    assert "Otto Muster2, Titel Nummer 2, Heidestadt 1990." not in raws
    assert all(family == "real note" for _, _, _, family in got)
    labels = dict(zip((t.text for t in got[raws.index("Vgl. Karla Beispiel, Moore, Heidestadt 1999, S. 4.")][1]),
                      got[raws.index("Vgl. Karla Beispiel, Moore, Heidestadt 1999, S. 4.")][2]))
    assert labels["Moore"] == "title" and labels["1999"] == "year" and labels["4"] == "pages"
    left = real_notes(ev, notes=notes, exclude={"900002", "800001"})
    assert not any("Beispiel" in raw or "Muster1" in raw for raw, _, _, _ in left)


def test_the_script_refuses_to_write_the_shipped_weights_from_real_notes(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["train_footnote_tagger.py", "--real-copies", "1"])
    with pytest.raises(SystemExit):
        train_footnote_tagger.main()
    assert "internal evaluation only" in capsys.readouterr().err


def test_the_folds_part_the_papers_and_spread_each_set_over_them():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from note_tagger_folds import folds_of, set_name

    keys = [("de_footnotes", f"7000{i}") for i in range(8)] + [("de_footnotes_and_refsection", f"7100{i}")
                                                                for i in range(4)]
    keys += [("notes", "900002"), ("notes", "900003"), ("notes", "900004")]
    folds = folds_of(keys, 4, seed=0)
    assert folds == folds_of(list(reversed(keys)), 4, seed=0)  # the order given changes nothing
    assert sorted(k for fold in folds for k in fold) == sorted(keys)  # every paper in one fold
    assert sorted(map(len, folds)) == [3, 4, 4, 4]
    for name in ("de_footnotes tune half", "de_footnotes_and_refsection half 0"):
        assert all(any(set_name(*k) == name for k in fold) for fold in folds)
    assert set_name("notes", "900002") == "notes half 0"
