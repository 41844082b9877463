from litmine.ingest.header_rows import Row
from litmine.ingest.header_year_context import _line_features


def _features(text: str, year: str, **row) -> dict[str, float]:
    start = text.index(year)
    f: dict[str, float] = {}
    _line_features(Row(text, **row), start, start + 4, f)
    return f


def test_header_year_context_a_citation_parenthesis_is_a_cited_year():
    f = _features("wie Müller und Schäfer (Müller & Schäfer 2006) zeigen", "2006")
    assert f.get("paren_cite") == 1.0 and "clean_date" not in f


def test_header_year_context_a_dated_line_is_a_clean_date_unless_received():
    assert _features("März 2019", "2019").get("clean_date") == 1.0
    assert "clean_date" not in _features("Received: März 2019", "2019")


def test_header_year_context_a_citation_closed_on_the_next_line_and_a_journal_line():
    f = _features("2006) für die Wirkung", "2006")
    assert f.get("paren_cite") == 1.0
    f = _features("Journal of Social Policy, Vol. 31, No. 3, 2006, pp. 61-74", "2006")
    assert f.get("journal_line") == 1.0 and f.get("kw:vol") == 1.0


def test_header_year_context_keyword_look_aheads_find_what_the_plain_patterns_find():
    import re

    from litmine.ingest.header_year_context import _BEFORE, _BEFORE_RE

    words = [w for v in _BEFORE.values() for w in re.findall(r"[^\W\d_]{2,}(?: [^\W\d_]{2,})*", v)]
    texts = [f"{pre}{w}{post}" for w in words for pre, post in (("", ""), ("x ", " 12"), ("(", ") "))]
    texts += [t.upper() for t in texts] + ["© 2009", "(c) 2001", "12(3) 2004", "pp. 4", "S. 12", "Köln, ", "KÖLN"]
    for name, rx in _BEFORE_RE.items():
        plain = re.compile(_BEFORE[name], re.I)
        for t in texts:
            assert bool(rx.search(t)) == bool(plain.search(t)), (name, t)
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], (name, t)


def test_header_year_context_month_and_received_look_aheads_match_as_plain_patterns():
    import re

    from litmine.ingest import header_year_context as yc

    months = re.findall(r"[^\W\d_]+", yc._MONTH.replace("(?:", ""))
    assert {m[0] for m in months} <= set("adfhjmnosw")  # every month word starts with a letter of the look-ahead
    plain_month = re.compile(yc._MONTH_BEFORE.pattern.replace("(?=[adfhjmnosw])", "", 1), re.I)
    plain_after = re.compile(r"\b(?:received|submitted|accepted|revised)\b", re.I)
    texts = [f"{w}{tail}" for w in months for tail in ("", " 12, ", ". 3rd – ", " x")]
    texts += [t.upper() for t in texts] + ["Received 3 May", "SUBMITTED", "x accepted", "unrevised", ""]
    for t in texts:
        assert bool(yc._MONTH_BEFORE.search(t)) == bool(plain_month.search(t)), t
        assert bool(yc._RECEIVED_AFTER.search(t)) == bool(plain_after.search(t)), t


def test_header_year_context_own_journal_line_taken_into_the_notes_when_printed_on_every_page():
    # a journal line at the page foot that the page's notes took in: its "Heft 4/2003: 429 – 449" is the issue and
    # its pages when the same line is printed on several pages; a note's one-off journal line stays a cited work's
    line = "Rundschau für Sozialforschung (12. Jg.) Heft 4/2003: 429 – 449"
    own = _features(line, "2003", kind="footnote", repeated=True)
    assert own.get("journal_line_head") == 1.0 and "page_after" not in own
    cited = _features(line, "2003", kind="footnote")
    assert "journal_line_head" not in cited and cited.get("page_after") == 1.0


def test_keyword_before_a_year_on_its_row_or_the_rows_before():
    f: dict = {}
    _line_features(Row(text="Working Paper Series 2008", before="Vol. 3"), 21, 25, f)
    assert f.get("kw:series") == 1.0 and f.get("prev:vol") == 1.0 and "kw:vol" not in f
    f = {}
    _line_features(Row(text="Band 2008", before=""), 5, 9, f)
    assert f.get("kw:vol") == 1.0 and "prev:vol" not in f
