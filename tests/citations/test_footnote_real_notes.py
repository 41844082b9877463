"""Real notes for the footnote segmenter (session 17): scripts/train_footnote_segmenter.excite_notes reads the
small-type zones of a layout_refs file with their gold spans, and footnote_model.fit weighs tokens; on a made-up
evaluation folder and made-up notes."""

import json
import sys
from pathlib import Path

import pytest

from litmine.citations.footnote_model import featurize, fit, labels_from_spans, tokenize, train

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_footnote_segmenter  # noqa: E402
from train_footnote_segmenter import excite_notes, real_weights  # noqa: E402

BODY = "Der Text des Beitrags läuft hier in der Schrift des Haupttextes weiter und weiter"


def _line(text: str, size: float, zone: int) -> str:
    return f"{text}\t50.0\t100.0\t{size}\t400.0\t{zone}"


def _eval_folder(tmp_path: Path) -> Path:
    """A made-up EXCITE layout: body lines, a note zone with a full reference (after a cue) and a short form, both
    marked, a note zone without a mark, and a table in small type."""
    base = tmp_path / "excite-ssoar"
    (base / "dev_set" / "layout_refs").mkdir(parents=True)
    (base / "derived").mkdir()
    lines = [_line(BODY, 10.0, 1) for _ in range(8)]
    lines += [_line("3 <ref>Vgl. Anna Kessler, Die Ordnung der Moore, Celle 1991, S. 4.</ref> 4 <ref>Kessler", 8.0, 2),
              _line("(1991), S. 7.</ref> Die Zahlen sind gerundet.", 8.0, 2),
              _line("5 Eigene Berechnungen nach Angaben der Gemeinden.", 8.0, 3),
              _line("Tabelle 2 12,5 13,1 1998 Frauen 44", 8.0, 4)]
    (base / "dev_set" / "layout_refs" / "1001.xml").write_text("\n".join(lines), encoding="utf-8")
    rows = [{"ssoar_id": "1001", "raw": "Vgl. Anna Kessler, Die Ordnung der Moore, Celle 1991, S. 4.",
             "fields": {"title": ["Die Ordnung der Moore"], "date": ["1991"]}},
            {"ssoar_id": "1001", "raw": "Kessler (1991), S. 7.", "fields": {"date": ["1991"]}}]
    (base / "derived" / "dev_set.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return tmp_path


def test_excite_notes_keep_full_references_without_their_cue_and_leave_short_forms_o(tmp_path):
    notes = excite_notes(_eval_folder(tmp_path), [("dev_set", "1001")])[("dev_set", "1001")]
    texts = [t for t, _ in notes]
    assert len(notes) == 3  # the three small-type zones; body text is no note
    assert not any("Haupttextes" in t for t in texts)
    marked = [(t, spans) for t, spans in notes if spans]
    assert len(marked) == 1
    text, spans = marked[0]
    assert [text[a:b] for a, b in spans] == ["Anna Kessler, Die Ordnung der Moore, Celle 1991, S. 4."]
    assert "Kessler (1991), S. 7." in text  # the short form stays in the note's text, labelled O
    assert any(t.startswith("Tabelle 2") for t, spans in notes if not spans)


def test_real_weights_weigh_o_tokens_apart():
    text = "3 Vgl. Anna Kessler, Die Ordnung der Moore, Celle 1991."
    a = text.index("Anna")
    spans = [(a, len(text))]
    weights = real_weights([(text, spans)], 2.0, 0.25)[0]
    labels = labels_from_spans(tokenize(text), spans)
    assert len(weights) == len(labels)
    assert {w for w, lab in zip(weights, labels) if lab == "O"} == {0.5}
    assert {w for w, lab in zip(weights, labels) if lab != "O"} == {2.0}


def test_fit_with_token_weights_follows_the_heavier_labelling():
    """The same made-up table row labelled a reference in one note and O in another: the heavier note wins."""
    row = "Tabelle 3 Frauen 1998 12,5 Männer 1999 13,1"
    ref = "Otto Brand, Heide und Herde, Uelzen 1988."
    notes = [(row, [(0, len(row))]), (row, []), (ref, [(0, len(ref))]), ("Die Zahlen sind gerundet.", [])]
    feats, labels = featurize(notes * 3)
    as_ref = fit(feats, labels, c=5.0, weights=[5.0, 0.2, 1.0, 1.0] * 3)
    as_o = fit(feats, labels, c=5.0, weights=[0.2, 5.0, 1.0, 1.0] * 3)
    assert as_ref.spans(row) and not as_o.spans(row)
    assert as_o.spans(ref)  # the reference stays one either way
    per_token = [[5.0] * len(labels[0]), [0.2] * len(labels[1]), 1.0, 1.0] * 3
    assert fit(feats, labels, c=5.0, weights=per_token).spans(row)


def test_train_without_weights_is_fit_of_featurize():
    notes = [("3 Vgl. Anna Kessler, Die Ordnung der Moore, Celle 1991.", [(7, 52)]), ("Die Zahlen sind gerundet.", [])]
    a, b = train(notes * 2, c=5.0), fit(*featurize(notes * 2), c=5.0)
    assert a.index == b.index and (a.weights == b.weights).all()


def test_real_notes_never_write_the_shipped_weights(monkeypatch, tmp_path, capsys):
    """--real-notes trains on EXCITE (internal evaluation only): the package's own weights file is refused."""
    monkeypatch.setattr(sys, "argv", ["train_footnote_segmenter.py", "--eval", str(tmp_path), "--real-notes"])
    with pytest.raises(SystemExit):
        train_footnote_segmenter.main()
    assert "--out" in capsys.readouterr().err
