"""The rules' pass over a note that the footnote model also reads keeps only short forms and newspapers by day
(footnotes._kept_by_rules): the same entries as filtering find_footnote_entries_by_rules, without making the others."""

from litmine.citations import footnotes as F

NOTES = [
    "4 Ebd., S. 5.",
    "5 Weber (Anm. 3), S. 7; vgl. auch Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.",
    "6 Interfax 8.10.1997, S. 2.",
    "7 Segodnja 20.1.1999; Ders., Gesammelte Aufsätze zur Religionssoziologie, Tübingen 1920.",
    "8 Wie schon Weber (1970) zeigt, ist das nicht immer so gewesen.",
    "9 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.",
    "10 Ibid., p. 44; see also Kerr et al. (2012) and Baird 2015.",
    "11 Diese Zahl nannte die FAZ am 3.10.1995 nicht.",
]


def _filtered(text):
    return [(text.find(e.text), e) for e in F.find_footnote_entries_by_rules(text)
            if (e.back or F._PRESS_BARE.match(e.text)) and text.find(e.text) >= 0]


def test_footnote_rules_kept_entries_are_the_filtered_rules_entries():
    kept = [F._kept_by_rules(t) for t in NOTES]
    assert kept == [_filtered(t) for t in NOTES]
    texts = [[e.text for _, e in k] for k in kept]
    assert texts[0] == ["Ebd., S. 5."] and texts[2] == ["Interfax 8.10.1997, S. 2."]
    assert texts[5] == []  # a full reference: the model's stretch makes it, not this pass


def test_footnote_entry_kept_makes_no_reference_without_a_day():
    part = "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12."
    assert F._entry(part) is not None and F._entry(part, kept=True) is None
    back = F._entry("Weber (1970), S. 16.", kept=True)
    assert back is not None and back.back and back.name == "Weber"
    dated = "Interfax 8.10.1997, S. 2."
    assert F._entry(dated, kept=True) == F._entry(dated) and F._entry(dated) is not None


def test_footnote_author_years_read_once_per_text():
    part = "Wie schon Nolte et al. 1997 und Diewald 1996 zeigen, ist das nicht immer so gewesen."
    F._author_years.cache_clear()
    first = F._entry(part)
    assert F._author_years.cache_info().misses == 1  # _cited_in_prose and _prose_citing_several share it
    assert F._entry(part) == first and F._author_years.cache_info().misses == 1
    assert isinstance(F._author_years(part), tuple)


def test_footnote_boilerplate_found_in_any_case_and_only_at_its_words():
    texts = ["© 2020 Verlag", "COPYRIGHT 1999 by X", "Alle Rechte Vorbehalten.", "Licensed under CC BY 4.0",
             "Contains public sector information under the Open Government Licence v3.0", "All rights reserved",
             "xcopyright", "licenced underground", "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922."]
    assert [F._BOILERPLATE.search(t) is not None for t in texts] == [True] * 6 + [False] * 3
    assert F._entry("© Suhrkamp Verlag, Frankfurt am Main 1990.") is None
