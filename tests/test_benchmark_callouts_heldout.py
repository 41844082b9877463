"""The held-out callout benchmark's matching of gold rows to litmine's callouts (benchmarks/callouts.py).

Rows and callouts are made up for these tests.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import callouts as cb  # noqa: E402

from litmine.models import Citation  # noqa: E402


def cit(surface, page, authors=(), year=None, suffix="", ref=None):
    return Citation(start=0, end=len(surface), surface=surface, authors=list(authors), year=year,
                    year_suffix=suffix, page=page, reference_index=ref)


def gold(text, page, ref=0):
    return {"paper": "jose.99999", "page": page, "text": text, "context": "", "ref": ref}


def test_callout_match_same_text_ignores_spaces_case_and_punctuation():
    assert cb.callout_match(gold("Øster & Lund (2019)", 2), cit("oster & lund, 2019", 2)) == 2


def test_callout_match_needs_the_same_page_unless_asked_not_to():
    assert cb.callout_match(gold("Øster & Lund (2019)", 2), cit("Øster & Lund (2019)", 3)) == 0
    assert cb.callout_match(gold("Øster & Lund (2019)", 2), cit("Øster & Lund (2019)", 3), any_page=True) == 2


def test_callout_match_surname_and_year_overlap():
    g = gold("Vasquez-Ruiz et al., 2021b", 1)
    assert cb.callout_match(g, cit("Vasquez-Ruiz, Amadi, & Holt, 2021b", 1, ["Vasquez-Ruiz"], 2021, "b")) == 1
    assert cb.callout_match(g, cit("Vasquez-Ruiz et al., 2021a", 1, ["Vasquez-Ruiz"], 2021, "a")) == 0
    assert cb.callout_match(g, cit("Amadi et al., 2021b", 1, ["Amadi"], 2021, "b")) == 0


def test_callout_key_reads_no_date_and_drops_et_al():
    assert cb.callout_key("“Field Notes,” n.d.") == ({"field", "notes"}, "nd")
    assert cb.callout_key("Brandt et al. 2003") == ({"brandt"}, "2003")


def test_pair_callouts_one_to_one_exact_text_first_then_key():
    golds = [gold("Kerr, 2010", 1), gold("Kerr et al., 2010", 1), gold("Pauli, 1999", 2)]
    cits = [cit("Kerr, Ito, & Bale, 2010", 1, ["Kerr"], 2010), cit("Kerr, 2010", 1, ["Kerr"], 2010),
            cit("Pauli, 1999", 1, ["Pauli"], 1999)]
    paired = cb.pair_callouts(golds, cits)
    assert paired[0] is cits[1]
    assert paired[1] is cits[0]
    assert paired[2] is None


def test_pair_references_greedy_one_to_one_by_doi_then_title():
    gold_refs = [{"doi": "10.1/aa", "title": "", "text": ""},
                 {"doi": "", "title": "Rivers of the northern plains", "text": ""}]
    pred = [{"raw": "Rivers of the northern plains. 1990.", "doi": "", "title": "Rivers of the northern plains"},
            {"raw": "x", "doi": "https://doi.org/10.1/AA", "title": ""},
            {"raw": "Unrelated work on something else", "doi": "", "title": "Unrelated work"}]
    assert cb.pair_references(gold_refs, pred) == {1: 0, 0: 1}
