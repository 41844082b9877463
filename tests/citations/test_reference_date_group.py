"""A bracketed date group after the names ("(1999/1946)", "(1980/ Orig. 1922)", "(2015, im Erscheinen)") is the
year, whole: the later years and their words are not the title (reference_model.forced_labels, _date_group)."""

import pytest

from litmine.citations.reference_model import forced_labels, tokenize_reference
from litmine.citations.references import parse_reference


@pytest.mark.parametrize("raw, year, title", [
    ("Lindqvist, Anna Maria (1855/1861/1936), Die Familie im Dorf, Kassel/Marburg.", 1855, "Die Familie im Dorf"),
    ("Ostrander, Paul(1980/ Orig. 1922) Stadt und Land. Tübingen.", 1980, "Stadt und Land"),
    ("Kettler, B. (2015, im Erscheinen): Lebenswege auf dem Land. Weinheim.", 2015, "Lebenswege auf dem Land"),
    ("Quill, A. (1990, first published 1975): Rivers of the north. London: Fenwick.", 1990, "Rivers of the north"),
])
def test_bracketed_date_group_is_the_year(raw, year, title):
    ref = parse_reference(raw)
    assert ref.year == year and ref.title == title


def test_date_group_tokens_are_forced_and_other_brackets_are_not():
    raw = "Quill, A. (1999/1946), Rivers. London."
    tokens = tokenize_reference(raw)
    forced = forced_labels(raw, tokens)
    assert [tokens[i].text for i, lab in sorted(forced.items()) if lab == "year"] == ["1999", "1946"]
    raw = "Quill, A. (1999, 2nd edn), Rivers. London."  # more than dates in the bracket: only the model decides
    assert "year" not in forced_labels(raw, tokenize_reference(raw)).values()
    raw = "Quill, A. (1999) Rivers. London."
    tokens = tokenize_reference(raw)
    assert [tokens[i].text for i, lab in forced_labels(raw, tokens).items() if lab == "year"] == ["1999"]


def test_a_newspapers_day_date_gives_the_year_where_none_came_before():
    ref = parse_reference("Brandt, J./Roth, E.: Wer zahlt die Akten?, in: Neue Rundschau, 5.12.1998, S. 1.")
    assert (ref.year, ref.container, ref.volume, ref.issue, ref.pages) == (1998, "Neue Rundschau", None, None, "1")
    ref = parse_reference("Brandt, J. (1999): Wer zahlt die Akten?, in: Neue Rundschau, 5.12.1998, S. 1.")
    assert ref.year == 1999  # the year after the names stays the date


def test_the_day_a_page_was_read_is_not_forced_to_be_the_date():
    for raw, forced in (("Nordic Council, Tables, in: Nordic News, 01.02.2014, p. 3.", ["2014"]),
                        ("Nordic Council, Tables, available at: http://www.norden.org/ (accessed: 01.02.2014).", []),
                        ("Nordic Council, Tables, online unter: www.norden.org (Stand: 1.2.2014).", [])):
        tokens = tokenize_reference(raw)
        assert [tokens[i].text for i, lab in forced_labels(raw, tokens).items() if lab == "year"] == forced
