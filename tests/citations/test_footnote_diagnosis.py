"""benchmarks/footnote_diagnosis.py (where the recall of footnote references goes) and the richer composed notes of
scripts/train_footnote_segmenter.py, on notes and references made up for these tests."""

import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

from litmine.models import Passage
from tests.citations.test_reference_restyle import _module

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "benchmarks"))

import footnote_diagnosis as fd  # noqa: E402

NOTE = ("4 Vgl. Anna Kessler, Die Ordnung der Moore, Celle 1991, S. 4; Otto Brand, Heide und Herde, Uelzen 1988. "
        "Die Zahlen sind gerundet.")
KESSLER = {"raw": "Anna Kessler, Die Ordnung der Moore, Celle 1991, S. 4", "authors": "Kessler", "year": "1991",
           "title": "Die Ordnung der Moore"}
BRAND = {"raw": "Otto Brand, Heide und Herde, Uelzen 1988.", "authors": "Brand", "year": "1988",
         "title": "Heide und Herde"}


def _ref(raw: str, surname: str = "", year: str = "", title: str = ""):
    return SimpleNamespace(raw=raw, authors=[{"surname": surname}] if surname else [], year=year, title=title)


def _cases(preds, inside: bool = False):
    letters = fd.Letters([Passage(0, "footnote", NOTE)], None)
    if inside:
        letters.inside = [True] * len(letters.text)
    return [case for case, _ in fd.diagnose([KESSLER, BRAND], SimpleNamespace(references=preds), letters)]


def test_footnote_diagnosis_paired_references_have_no_case():
    preds = [_ref(KESSLER["raw"], "Kessler", "1991", KESSLER["title"]), _ref(BRAND["raw"], "Brand", "1988",
                                                                             BRAND["title"])]
    assert _cases(preds) == []


def test_footnote_diagnosis_two_references_in_one_entry_are_merged():
    both = "Anna Kessler, Die Ordnung der Moore, Celle 1991, S. 4; Otto Brand, Heide und Herde, Uelzen 1988."
    assert _cases([_ref(both, "Kessler", "1991", KESSLER["title"])]) == ["merged"]


def test_footnote_diagnosis_split_cut_short_and_untouched_references():
    halves = [_ref("Otto Brand,"), _ref("Heide und Herde, Uelzen 1988.")]
    kessler = _ref(KESSLER["raw"], "Kessler", "1991", KESSLER["title"])
    assert _cases([kessler, *halves]) == ["split"]
    assert _cases([kessler, _ref("Otto Brand")]) == ["cut short"]
    assert _cases([kessler]) == ["O by segmenter (full reference)"]
    assert _cases([kessler], inside=True) == ["dropped by rules"]


def test_footnote_diagnosis_a_covering_entry_given_to_another_gold_reference_is_paired_wrongly():
    twice = dict(BRAND, raw="Otto Brand, Heide und Herde, Uelzen 1988")  # the same work cited again
    letters = fd.Letters([Passage(0, "footnote", NOTE + " " + BRAND["raw"])], None)
    doc = SimpleNamespace(references=[_ref(BRAND["raw"], "Brand", "1988", BRAND["title"])])
    assert [c for c, _ in fd.diagnose([twice, BRAND], doc, letters)] == ["paired wrongly"]


def test_train_footnote_segmenter_rich_notes_label_their_references():
    t = _module("train_footnote_segmenter")
    refs = ["Anna Kessler, Die Ordnung der Moore, Celle 1991", "Otto Brand: Heide und Herde, in: Zeitschrift für "
            "Weidewirtschaft 14 (1991), H. 3, S. 211-230", "Kessler, Anna (1993): Moorschafe, Goslar"]

    def compose(seed):
        composer = t.Composer(refs, ["Brand (1988), S. 4"], ["Die Ordnung der Moore"], random.Random(seed))
        return [composer.note() for _ in range(300)]

    notes = compose(3)
    assert notes == compose(3) and notes != compose(4)  # deterministic for its seed
    marked = [text[a:b] for text, spans in notes for a, b in spans]
    assert marked and all(text[a:b] == text[a:b].strip() for text, spans in notes for a, b in spans)
    words = ("Kessler", "Brand", "Moorschafe", "Moore", "ders.", "dies.", "Ders.", "Dies.")
    # a reference of the pool (with a page or an address), a "ders." reference, or a source by name and day
    assert all(any(w in m for w in words) or re.search(r"\b(?:19|20)\d\d\b", m) for m in marked)
    texts = " ".join(text for text, _ in notes)
    assert " sowie " in texts and "; ders." in texts.replace("; Ders.", "; ders.")  # separators of several works
    assert any(not spans for _, spans in notes)  # notes of prose or short forms alone: all O
    # a short form is never marked as a reference
    assert not any("Brand (1988), S. 4" in m for m in marked)


def test_train_footnote_segmenter_extraction_noise_keeps_the_words():
    t = _module("train_footnote_segmenter")
    ref = "Anna Kessler, „Die Ordnung der Moore“, in: Weidewirtschaftliche Blätter, Celle 1991, S. 448."
    seen = {t.extraction_noise(random.Random(k), ref) for k in range(200)}
    assert ref in seen and len(seen) > 5
    assert any("- " in s and s.replace("- ", "") == ref for s in seen)  # a word broken at a line's end
    assert {re.sub(r"[\s\-„“\"”»«‚‘]", "", s) for s in seen} == {re.sub(r"[\s\-„“\"”»«‚‘]", "", ref)}


def test_footnote_diagnosis_groups_are_fixed_by_the_paper_id():
    """The group A / B split (session 25) is a hash of the SSOAR id alone: the same id always falls in the same group,
    whatever set it is scored in, and both groups are used."""
    ids = [str(n) for n in range(1000, 1100)]
    assert [fd.group(sid) for sid in ids] == [fd.group(sid) for sid in ids]
    assert {fd.group(sid) for sid in ids} == {"A", "B"}
    assert (fd.group("1219"), fd.group("10454")) == ("A", "B")  # as committed in 0ac24f3


def test_rejection_names_the_rule_and_the_trust_that_dropped_a_piece():
    """--rejections: the test of footnotes._entry that makes nothing of a piece, then why TRUST did not keep it."""
    prose = "3 Die Zahlen stiegen danach deutlich an, weil sie es wollten und wir es sahen."
    assert fd.rejection(prose, 2, len(prose), 0.5, True) == "rules: _is_prose; under WHOLE_TRUST"
    callouts = "4 Vgl. Weber (1922) und Roth (1990)."
    assert fd.rejection(callouts, 7, len(callouts), 0.99, False) == (
        "rules: cites only (callouts or prose citing several); callouts only")
    clause = "5 die Ergebnisse zu berücksichtigen und umzusetzen"
    assert fd.rejection(clause, 2, len(clause), 0.99, False).startswith("rules: lower-case start; trusted")


def test_footnote_diagnosis_lists_gold_references_outside_the_notes_with_their_passage_kind():
    source = {"raw": "Quelle: Lindner/Hofer (2004)", "authors": "Lindner, Hofer", "year": "2004", "title": ""}
    body = {"raw": "in Anlehnung an Wendt 1999", "authors": "Wendt", "year": "1999", "title": ""}
    passages = [Passage(0, "footnote", NOTE), Passage(1, "caption", "Tabelle 2: Betriebe. Quelle: Lindner/Hofer "
                                                                   "(2004)."),
                Passage(2, "body", "Das Schema entstand in Anlehnung an Wendt 1999, S. 4.")]
    doc = SimpleNamespace(references=[_ref(KESSLER["raw"], "Kessler", "1991", KESSLER["title"]),
                                      _ref("Lindner/Hofer (2004)", "Lindner", "2004")])
    lines = [line for line, _ in fd.undetected([KESSLER, source, body], doc, passages)]
    assert lines == ["not detected (caption, paired)", "not detected (body, unpaired)"]
    ghost = {"raw": "Berger, Das Nichts, Wien 2001", "authors": "Berger", "year": "2001", "title": "Das Nichts"}
    assert [line for line, _ in fd.undetected([ghost], doc, passages)] == ["not detected (nowhere, unpaired)"]
