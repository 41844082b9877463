"""Notes that cannot yield an entry are read by neither the footnote rules nor the segmenter (footnote_fields.may_cite):
the test never skips a note that yields something, and skipping changes no output."""

import random

import pytest

import litmine.citations.footnotes as footnotes
from litmine.citations.extract import extract_citations
from litmine.citations.footnote_fields import may_cite
from litmine.citations.footnote_model import default_segmenter
from tests.citations.test_footnotes import _notes

# notes written by hand that yield an entry, one of each kind: short forms without a year, a bare address, a
# reference with no year or digit at all, "ders.", dated ones
YIELDING = [
    "4 Ebd., S. 5.", "12 Ibid.", "7 Ibid., p. 14.", "17 Idem, p. 9.", "9 Healthy Homes for All, op. cit., p. 5.",
    "3 Brenner, a. a. O., S. 12.", "8 Weber (Anm. 3), S. 7.", "15 https://www.example.org/housing/report.html",
    "2 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen: Mohr.", "5 Ders., Gesammelte Schriften, Berlin 1920.",
    "6 Siehe Hans Roth, Die Stadt im Wandel, München 1998, S. 4.",
    "11 Department for Transport (2019) Road Safety Statistics. London: DfT.",
    "13 Lübecker Nachrichten vom 27.10.1995, S. 2.",
]
# labels and remarks in prose, as policy documents set them in notes
PLAIN = [
    "1 Not to scale.", "2 Dimensions are in millimetres.", "3 Excludes loft conversions and garages.",
    "4 The figures relate to England only.", "5 Diese Angabe beruht auf eigenen Berechnungen.",
    "6 See paragraph 4.12 below.", "7 Where a lobby is provided, the door should be self-closing.",
    "8 Source: own calculations.",
]


def _unskipped(monkeypatch, texts: list[str]) -> list[list]:
    """find_footnote_entries of each text with the skip turned off."""
    with monkeypatch.context() as m:
        m.setattr(footnotes, "may_cite", lambda text: True)
        return [footnotes.find_footnote_entries(t) for t in texts]


def test_footnote_skip_keeps_every_kind_of_note_that_yields(monkeypatch):
    assert all(_unskipped(monkeypatch, YIELDING))
    assert all(may_cite(t) for t in YIELDING)
    assert all(footnotes.find_footnote_entries(t) for t in YIELDING)


def test_footnote_skip_skips_labels_and_prose():
    assert not any(may_cite(t) for t in PLAIN)
    assert not any(footnotes.find_footnote_entries(t) for t in PLAIN)


# pieces of notes, written by hand, composed at random below: every note the test skips yields nothing unskipped
_PIECES = ["The door", "should be", "self-closing", "in England", "see", "Vgl.", "Ebd.", "ibid", "op. cit.",
           "Weber", "Max Weber,", "Roth, Hans:", "Die Stadt,", "Berlin:", "Mohr", "München", "(Anm. 4)", "S. 12",
           "p. 4", "12-14", "1998", "(2004)", "n.d.", "Report", "Press", "www.example.org", ";", ",", ".", ":",
           "Table 3", "3.", "- ", "the figures", "Department for Transport", "J. Smith", "Smith and Jones,",
           "Roth/Weber:", "ders.,", "dies:", "a. a. O.", "Diese Angabe", "beruht auf", "Zahlen", "eigenen", "«Titel»"]


def test_footnote_skip_never_skips_a_composed_note_that_yields(monkeypatch):
    rng = random.Random(18)
    texts = [f"{rng.randint(1, 40)} " + " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))
             for _ in range(400)]
    found = _unskipped(monkeypatch, texts)
    assert any(not may_cite(t) for t in texts) and any(found)
    assert [t for t, f in zip(texts, found) if f and not may_cite(t)] == []


def test_footnote_skip_changes_no_output_and_leaves_skipped_notes_out_of_the_batch(monkeypatch):
    seg = default_segmenter()
    if seg is None:
        pytest.skip("no footnote segmenter weights")
    texts = [*YIELDING[:6], *PLAIN, *YIELDING[6:]]
    refs, cits = extract_citations(_notes(*texts))
    with monkeypatch.context() as m:
        m.setattr(footnotes, "may_cite", lambda text: True)
        m.setattr("litmine.citations.footnote_model.may_cite", lambda text: True)
        assert extract_citations(_notes(*texts)) == (refs, cits)
    assert refs and cits
    with seg.batch(texts):
        assert set(seg._batch.spans) == set(YIELDING)
