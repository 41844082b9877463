"""The learned footnote segmenter (footnote_model.py) and how footnotes.py uses it: tokens, features and labels,
a model trained on hand-made notes, the shipped model on German notes, and the rules kept around it (short forms,
pin pages, web addresses, biographies)."""

import numpy as np

from litmine.citations import footnote_model, footnotes
from litmine.citations.footnote_model import FootnoteSegmenter, features, labels_from_spans, tokenize, train
from litmine.citations.footnotes import find_footnote_entries, find_footnote_entries_by_rules
from litmine.ingest.extract import extract_document
from litmine.pdfwrite import PdfWriter

_NOTES = [
    ("3 Vgl. Jürgen Köhler, Flucht und Asyl in Österreich, Wien 1990, S. 12.", ["Jürgen Köhler"]),
    ("4 Die Zahlen beziehen sich auf das Jahr der Erhebung.", []),
    ("5 Siehe Ute Müßig, Asylpolitik in der Bundesrepublik, Opladen 1993; Karen Schön, Einwanderung, Essen 2001.",
     ["Ute Müßig", "Karen Schön"]),
    ("6 Ähnlich argumentiert Rainer Münz, Phasen der Migration, Bonn 1997.", ["Rainer Münz"]),
    ("7 Eigene Berechnungen auf Basis des Mikrozensus.", []),
]


def _spans(text: str, starts: list[str]) -> list[tuple[int, int]]:
    """Reference spans of a hand-made note: from each start to the next "; " or the closing full stop."""
    out = []
    for name in starts:
        a = text.index(name)
        b = text.find(";", a)
        out.append((a, b if b > 0 else len(text) - 1))
    return out


def test_footnote_model_tokens_features_and_labels():
    text = "12 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 3."
    toks = tokenize(text)
    assert [text[a:b] for a, b in toks][:5] == ["12", "Vgl", ".", "Max", "Weber"]
    feats = features(text, toks)
    assert "number" in feats[0] and "name_natural" in feats[3] and "after_cue" in feats[3]
    assert "year_ahead" in feats[3] and "pages_ahead" in feats[3]
    assert all(len(set(f)) == len(f) for f in feats)  # each feature name at most once
    labels = labels_from_spans(toks, [(text.index("Max"), len(text) - 1)])
    assert labels[:5] == ["O", "O", "O", "B", "I"] and labels[-1] == "O"


def test_footnote_model_trained_on_hand_made_notes_finds_their_references(tmp_path):
    seg = train([(t, _spans(t, names)) for t, names in _NOTES] * 20, c=5.0)
    seg.save(tmp_path / "seg.npz")
    loaded = FootnoteSegmenter.load(tmp_path / "seg.npz")
    text = _NOTES[2][0]
    got = [text[a:b] for a, b, _ in loaded.spans(text)]
    assert [g.split(",")[0] for g in got] == ["Ute Müßig", "Karen Schön"]
    assert loaded.spans(_NOTES[1][0]) == []
    assert np.allclose(loaded.transitions[0, 2], np.log(1e-6 / (1e-6 + 1 + 21 * 5)), atol=5)  # no I at the start


def test_footnote_model_shipped_splits_a_german_note():
    assert footnote_model.default_segmenter() is not None
    entries = find_footnote_entries("17 Zur Kritik an diesem Ansatz vgl. Dörte Böhm, Die Ökonomie der Pflege, Köln "
                                    "2004, S. 12; Jörg Müller/Anna Groß, Sozialstaat im Wandel, in: Zeitschrift für "
                                    "Sozialreform, 51 (2005), S. 21-44.")
    assert [e.text.split(",")[0] for e in entries] == ["Dörte Böhm", "Jörg Müller/Anna Groß"]
    assert entries[0].text.endswith("S. 12")  # the page it is cited at stays with the reference


def test_footnote_model_short_forms_stay_with_the_rules():
    entries = find_footnote_entries("9 Böhm (Anm. 17), S. 30; ebd., S. 31.")
    assert entries and all(e.back for e in entries)
    assert [e.name for e in entries][:1] == ["Böhm"]


def test_footnote_model_a_sure_span_never_keeps_a_biography_or_licence():
    for note in ("6 Melanie Röder, Dr., Projektleiterin und wissenschaftliche Mitarbeiterin, Sozialforschungsstelle "
                 "Dortmund. Arbeitsschwerpunkte: Gleichstellung.",
                 "8 © Verlag für Sozialwissenschaften, Wiesbaden 2008. Alle Rechte vorbehalten."):
        assert find_footnote_entries(note) == []


def test_footnote_model_span_end_takes_pin_page_url_and_full_stop():
    text = "Max Weber, Wirtschaft, Tübingen 1922, S. 12. Weiter"
    assert text[:footnotes._span_end(text, 0, text.index(", S."))] == "Max Weber, Wirtschaft, Tübingen 1922, S. 12."
    url = "Bericht der Stadt Köln, http://www.köln.de/bericht.html"
    assert url[:footnotes._span_end(url, 0, url.index(".html"))] == url


def test_footnote_model_without_weights_the_rules_decide(monkeypatch):
    note = "3 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922; ders., Gesammelte Aufsätze, Tübingen 1920."
    monkeypatch.setattr(footnotes, "default_segmenter", lambda: None)
    assert [e.text for e in find_footnote_entries(note)] == [e.text for e in find_footnote_entries_by_rules(note)]


def test_footnote_model_pdf_small_type_notes_give_their_references(tmp_path):
    w = PdfWriter()
    w.new_page()
    for i in range(30):
        mark = "\x011\x02" if i == 5 else "\x012\x02" if i == 15 else ""
        w.text(72, 72 + 15 * i, f"Zeile {i} eines Aufsatzes über Gemeinden und Städte in Österreich.{mark}", size=10)
    w.text(72, 700, "1 Die Zahlen beziehen sich auf das Jahr der Erhebung. Vgl. Jürgen Köhler, Flucht und Asyl",
           size=8)
    w.text(72, 710, "in Österreich, Wien 1990, S. 12; Ute Müßig, Asylpolitik, Opladen 1993.", size=8)
    w.text(72, 722, "2 Eigene Berechnungen auf Basis des Mikrozensus.", size=8)
    w.save(tmp_path / "notes.pdf")
    doc, _ = extract_document(str(tmp_path / "notes.pdf"))
    refs = [r for r in doc.references if r.source == "footnote"]
    assert [r.authors[0]["surname"] for r in refs] == ["Köhler", "Müßig"]
    assert [r.year for r in refs] == [1990, 1993]


def test_footnote_model_policy_note_sentences_stay_prose_and_brackets_close():
    entries = find_footnote_entries("14 Other research has been reported to the Work and Pensions Select Committee "
                                    "in 2004 and 2005, and the sub-group of women aged 65-69 was used as a proxy.")
    assert entries == []
    text = "Healthy Lives, Healthy People, DH (November 2010). Further"
    assert text[:footnotes._span_end(text, 0, text.index(")"))] == "Healthy Lives, Healthy People, DH (November 2010)."


def test_footnote_model_features_at_the_ends_and_each_label_probability():
    text = "9 Vgl. Ära (2001). In: Öl, Hg. S. 3"
    toks = tokenize(text)
    feats = features(text, toks)
    assert feats[0][:6] == ["w=9", "s=d", "w-2=#", "s-2=#", "w-1=#", "s-1=#"]
    assert "ww=-1:#|9" in feats[0] and "ss=-1:#|d|Xx" in feats[0] and "number" in feats[0]
    assert "w2=#" in feats[-1] and "ss=-1:.|d|#" in feats[-1] and "year_behind" in feats[6]
    assert {"in_ahead", "hg_ahead", "pages_ahead", "year_ahead", "pos=0"} <= set(feats[1])
    assert "function_ahead=1" in feats[1] and "function_behind=0" in feats[1]  # "In" ahead
    weights = np.zeros((2, 3), dtype=np.float32)
    weights[0, 1] = 2.0  # "w=vgl" leans to B
    segmenter = FootnoteSegmenter(["w=vgl", "s=year"], weights, np.zeros(3), np.zeros((4, 3)))
    got_toks, labels, probs = segmenter.label(text)
    assert got_toks == toks and labels[1] == "B" and all(type(p) is float for p in probs)
    assert probs[0] == 1 / 3 and abs(probs[1] - np.exp(2) / (np.exp(2) + 2)) < 1e-12


def _named(seg: FootnoteSegmenter, text: str) -> list[list[int]]:
    """The ids of the known features of each token, from their names (features()), in their order."""
    return [[seg.index[n] for n in f if n in seg.index] for f in features(text, tokenize(text))]


def test_footnote_model_feature_ids_of_many_notes_are_those_of_the_named_features():
    notes = [t for t, _ in _NOTES] + ["", "(1) Ders. [Hg.] (Bonn, 1999), S. 3 - 5", "8 In: Zeit (2001): 1-9; pp. 4."]
    seg = footnote_model.default_segmenter()
    together = seg._ids.matrix([(t, tokenize(t)) for t in notes]).tolist()  # tokens of all notes, end to end
    for text in notes:
        alone = seg._ids.matrix([(text, tokenize(text))]).tolist()
        assert [[j for j in row if j >= 0] for row in alone] == _named(seg, text)
        assert alone == together[:len(alone)]
        together = together[len(alone):]
    assert together == []


def test_footnote_model_batch_gives_each_note_its_own_spans_and_scores_bit_for_bit():
    texts = [t for t, _ in _NOTES] + [_NOTES[0][0], ""]
    seg = footnote_model.default_segmenter()
    alone = [seg.spans(t) for t in texts]
    assert alone[0] and alone[1] == [] and alone[-1] == []
    with seg.batch(texts):
        assert [seg.spans(t) for t in texts] == alone
        assert seg._batch.spans  # found from the batch, not again
    assert seg._batch.spans == {}
    for text in texts[:3]:  # the summed scores equal those of the named features, to the last bit
        toks = tokenize(text)
        named = seg.scores(features(text, toks))
        assert seg._log_probs_of(seg._ids.matrix([(text, toks)])).tobytes() == named.tobytes()
    trained = train([(t, _spans(t, names)) for t, names in _NOTES] * 5, c=5.0)  # float32 weights: summed in order
    assert not trained._exact and trained.label_many(texts[:3]) == [trained.label(t) for t in texts[:3]]
    toks = tokenize(texts[2])
    assert trained._log_probs_of(trained._ids.matrix([(texts[2], toks)])).tobytes() == trained.scores(
        features(texts[2], toks)).tobytes()
