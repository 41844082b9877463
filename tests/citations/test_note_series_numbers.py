"""A paper of a numbered series cited by its authors, the series and "Nr." with its number and year, as German notes
cite working papers, short reports and discussion forums ("Gagel, Diskussionsforum B, Nr. 10/2005"): the series the
container, the number the volume, the year; a title where one stands between the names and the series. Hand-made
notes, through the whole citation step."""

import pytest

from tests.citations.test_note_legal_citation import _names, _refs


@pytest.mark.parametrize("note, want", [
    ("1 Lang, Forum-Diskussion B, Nr. 10/2005.", (["Lang"], None, "Forum-Diskussion B", "10", 2005, None)),
    ("2 Vgl. Roth/Lang, WSI-Diskussionspapier, Nr. 12/2008.",
     (["Roth", "Lang"], None, "WSI-Diskussionspapier", "12", 2008, None)),
    ("3 Eva Roth, Arbeitsmarkt im Umbruch, IAB-Kurzbericht, Nr. 10/2005.",
     (["Roth"], "Arbeitsmarkt im Umbruch", "IAB-Kurzbericht", "10", 2005, None)),
    ("4 Eva Roth, Arbeitsmarkt im Umbruch, IAB-Kurzbericht, Nr. 10/2005, S. 3.",
     (["Roth"], "Arbeitsmarkt im Umbruch", "IAB-Kurzbericht", "10", 2005, "3")),
    ("5 Eva Roth/Hans Lang, Die Partei und ihr Staat, SWP-Aktuell, Nr. 7/2009.",
     (["Roth", "Lang"], "Die Partei und ihr Staat", "SWP-Aktuell", "7", 2009, None)),
    ("6 Roth, DIW-Wochenbericht, Nr. 12/2005, S. 200 ff.", (["Roth"], None, "DIW-Wochenbericht", "12", 2005, "200")),
    ("7 Eva Roth, Arbeitsmarkt im Umbruch, Policy Paper, Nr. 3/2005, Berlin.",
     (["Roth"], "Arbeitsmarkt im Umbruch", "Policy Paper", "3", 2005, None)),
])
def test_a_series_number_with_its_year_is_the_container_and_volume(note, want):
    assert [(_names(r.authors), r.title, r.container, r.volume, r.year, r.pages) for r in _refs(note)] == [want]


def test_the_colon_style_with_a_series_keeps_its_given_name_out_of_the_title():
    assert [(r.authors, r.title, r.container, r.volume, r.year, r.place) for r in _refs(
        "8 Roth, Eva: Arbeitsmarkt im Umbruch. IAB-Kurzbericht Nr. 10/2005, Nürnberg.")] == [
        ([{"surname": "Roth", "given": "Eva"}], "Arbeitsmarkt im Umbruch", "IAB-Kurzbericht", "10", 2005, "Nürnberg")]
