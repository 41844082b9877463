"""looks_like_reference's patterns that open with a look-ahead at their first characters match where the plain
patterns do (references.py)."""

import re

from litmine.citations import references as R

TEXTS = [
    "Lindsay (2007) argues that work-first fails.", "Dowling et al. (2004) highlight it", "(2012: 1085)",
    "as the report notes, and as Kerr suggested", "See Hughes, R. (2004) Partnership, Bristol: Policy Press.",
    "doi:10.1016/j.x.2019.01.002 and https://example.org or www.example.org", "x10.1234/abc",
    "Weber (Anm. 3), S. 7; ders., a.a.O., S. 9; op. cit.; loc.cit.; (note 4); (n. 12)", "WEBER (ANM. 3) OP. CIT.",
    "Plain words and nothing else here at all", "ET AL. (2004) SHOWED", "Müller et al. (1999) zeigen",
]


def test_reference_score_patterns_match_as_without_their_look_ahead():
    plain = {
        "_NARRATIVE": re.compile(R._NARRATIVE.pattern.removeprefix("(?=[eA-Z(anshdopc])")),
        "_DOI_OR_URL": re.compile(R._DOI_OR_URL.pattern.removeprefix("(?=[1hw])")),
        "_BACK_REFERENCE": re.compile(R._BACK_REFERENCE.pattern.removeprefix("(?=[(aol])"), re.I),
    }
    for name, pattern in plain.items():
        fast = getattr(R, name)
        assert fast.pattern != pattern.pattern
        for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
            assert fast.findall(text) == pattern.findall(text), (name, text)
    assert len(R._NARRATIVE.findall(TEXTS[0] + " " + TEXTS[1] + " " + TEXTS[3])) == 4
    assert R._BACK_REFERENCE.search(TEXTS[8]) and R._DOI_OR_URL.search(TEXTS[5]).group() == "10.1016/"


def test_reference_score_reference_and_prose():
    assert R.looks_like_reference("See Hughes, R. (2004) Partnership and the Local State, Bristol: Policy Press.") > 0.9
    assert R.looks_like_reference("Lindsay (2007) argues that this is not what we would have expected.") < 0.3
