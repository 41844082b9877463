"""The piece judge's features and weights (litmine/citations/footnote_pieces.py; issue 13, German footnote references,
helper F21): what piece_features reads of a piece of a note, and a judge saved and loaded scores pieces as it was
fitted. The judge is off (no weights file is shipped: it did not gain on development, docs/benchmarks.md). Every
note here is hand-made."""

from pathlib import Path

import numpy as np

from litmine.citations import footnote_pieces
from litmine.citations.footnote_pieces import NAMES, PieceJudge, piece_features


def _features(text: str, piece: str, *, conf: float = 0.9, whole: bool = False, rule: str = "reference",
              kept: bool = True, probs=None) -> dict[str, float]:
    a = text.index(piece)
    return dict(zip(NAMES, piece_features(text, a, a + len(piece), conf, whole, rule, kept, probs)))


NOTE = "3 Vgl. Max Weber, Wirtschaft und Gesellschaft, in: Hans Roth (Hg.), Soziologie, Tübingen 1922, S. 12."
REF = NOTE[NOTE.index("Max"):]


def test_footnote_pieces_a_note_style_reference_shows_the_signs_of_one():
    f = _features(NOTE, REF)
    assert len(f) == len(NAMES)
    assert f["years"] > 0 and f["page"] == 1.0 and f["in_colon"] == 1.0 and f["editors"] == 1.0
    assert f["place_year"] == 1.0 and f["cue_before"] == 1.0 and f["at_note_end"] == 1.0
    assert f["start_given_surname"] == 1.0 and f["start_upper"] == 1.0 and f["end_stop"] == 0.0
    assert f["rule_reference"] == 1.0 and f["rule_kept"] == 1.0 and f["trust_kept"] == 0.0
    assert f["prose"] == 0.0 and f["german"] > 0.0 and f["looks"] >= 0.5


def test_footnote_pieces_prose_and_a_source_named_in_prose_read_apart():
    prose = "7 Diese These wird jedoch von vielen Autoren nicht geteilt, da sie die Daten anders deuten."
    f = _features(prose, prose[2:], rule="", kept=False)
    assert f["years"] == 0.0 and f["page"] == 0.0 and f["cue_before"] == 0.0 and f["at_note_start"] == 1.0
    assert f["lower_share"] > 0.5 and f["rule_reference"] == 0.0 and f["end_stop"] == 1.0
    spoken = "12 Rede des Bundeskanzlers vor dem Deutschen Bundestag am 12.3.1996."
    g = _features(spoken, spoken[3:], whole=True, rule="", kept=False)
    assert g["speech_word"] == 1.0 and g["day_date"] == 1.0 and g["whole"] == 1.0 and g["speech_word"] > f["speech_word"]


def test_footnote_pieces_the_segmenter_view_of_the_tokens():
    text = "4 Siehe Karl Lenz, Arbeit, Berlin 2001."
    a = text.index("Karl")
    toks = [(2, 7), (8, 12), (13, 17), (17, 18), (19, 25), (25, 26), (27, 33), (34, 38), (38, 39)]
    labs = ["O", "B", "I", "I", "I", "I", "I", "O", "O"]
    probs = [0.9, 0.8, 0.9, 0.9, 0.6, 0.9, 0.9, 0.7, 0.9]
    f = dict(zip(NAMES, piece_features(text, a, len(text), 0.85, False, "reference", True, (toks, labs, probs))))
    # tokens from "Karl" on: the O labels count with one less their probability
    inside = [0.8, 0.9, 0.9, 0.6, 0.9, 0.9, 0.3, 0.1]
    assert abs(f["p_in_mean"] - sum(inside) / len(inside)) < 1e-9 and abs(f["p_in_min"] - 0.1) < 1e-9
    assert f["o_share"] == 2 / 8 and abs(f["b_count"] - 1 / 3) < 1e-9
    assert _features(text, text[a:])["p_in_mean"] == 0.0  # without the segmenter's labels: no view


def test_footnote_pieces_a_judge_saved_and_loaded_scores_alike(tmp_path: Path):
    weights = np.linspace(-1.0, 1.0, len(NAMES))
    judge = PieceJudge(list(NAMES), weights, 0.7)
    judge.save(tmp_path / "j.npz")
    back = PieceJudge.load(tmp_path / "j.npz")
    rows = [piece_features(NOTE, NOTE.index("Max"), len(NOTE), 0.9, False, "reference", True)]
    assert back.threshold == np.float32(0.7)
    assert np.allclose(back.probability(rows), judge.probability(rows), atol=1e-6)
    z = float(np.dot(rows[0], weights))
    assert abs(judge.probability(rows)[0] - 1 / (1 + np.exp(-z))) < 1e-12
    # a file naming fewer features: the others weigh nothing
    partial = PieceJudge(["bias_one"], np.array([2.0]), 0.5)
    assert abs(partial.probability(rows)[0] - 1 / (1 + np.exp(-2.0))) < 1e-12
    assert judge.probability([]).size == 0


def test_footnote_pieces_off_without_a_weights_file():
    # no weights file is shipped (the judge did not gain on development): nothing loads it
    assert not footnote_pieces.MODEL_PATH.exists()
    footnote_pieces.default_judge.cache_clear()
    assert footnote_pieces.default_judge() is None


def _bench():
    import sys

    root = Path(__file__).resolve().parent.parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    sys.path.insert(0, str(root / "scripts"))
    import footnote_pieces as bench
    import train_footnote_pieces as train

    return bench, train


def test_footnote_pieces_recorder_sees_each_piece_and_a_judge_decides_it():
    from litmine.citations import footnotes
    from litmine.citations.footnote_model import default_segmenter

    bench, train = _bench()
    seg = default_segmenter()
    note = "5 Vgl. Karl Lenz, Die Arbeit der Familie, Berlin 2001, S. 23; Anna Roth, Stadt und Land, Bonn 1998."
    rec = bench.Recorder(seg)
    with rec:
        kept = [e.text for e in footnotes.find_footnote_entries(note)]
    assert footnotes._model_entry == rec.original  # put back after the block
    assert len(kept) == 2 and [r.rule for r in rec.rows] == ["reference", "reference"]
    assert all(r.kept and len(r.x) == len(NAMES) for r in rec.rows)
    # a judge that scores every piece under the threshold vetoes the rules' references; in union it adds nothing
    rec.rows, rec.judge, rec.mode, rec.threshold = [], (lambda x: 0.1), "veto", 0.5
    with rec:
        assert footnotes.find_footnote_entries(note) == []
    rec.mode = "union"
    with rec:
        assert [e.text for e in footnotes.find_footnote_entries(note)] == kept
    # labels of composed notes: a piece and a composed span sharing half their union or more
    rows = train.labelled_pieces([(note, [(note.index("Karl"), note.index(";")), (note.index("Anna"), len(note) - 1)])])
    assert [y for _, y in rows] == [1, 1]
    assert [y for _, y in train.labelled_pieces([(note, [])])] == [0, 0]


def test_footnote_pieces_gold_alike_by_letters():
    bench, _ = _bench()
    assert bench._alike("karllenzdiearbeitderfamilieberlin2001", "karllenzdiearbeitderfamilieberlin2001s23")
    assert not bench._alike("karllenzdiearbeitderfamilieberlin2001", "karllenz")
    assert not bench._alike("annarothstadtundlandbonn1998", "karllenzdiearbeitderfamilieberlin2001")
