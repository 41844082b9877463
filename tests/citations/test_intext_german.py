"""German author-year callouts: "und" between names, "u. a." for et al., "S." pages, German cue words (intext.py)."""

from litmine.citations.intext import find_callouts
from litmine.citations.link import link_citations
from litmine.models import Reference


def brief(text):
    return [(c.surface, c.authors, c.et_al, c.year, c.pages) for c in find_callouts(text)]


def test_intext_german_und_joins_the_names_of_a_narrative_callout():
    assert brief("wie Krause und Lehmann (2004) zeigen.") == \
        [("Krause und Lehmann (2004)", ["Krause", "Lehmann"], False, 2004, None)]
    assert brief("Brandt, Vogel und Kern (2011) fanden") == \
        [("Brandt, Vogel und Kern (2011)", ["Brandt", "Vogel", "Kern"], False, 2011, None)]
    assert brief("wie Krause und\nLehmann (2004) zeigen")[0][1] == ["Krause", "Lehmann"]  # a line break


def test_intext_german_und_joins_the_names_of_a_parenthetical_callout():
    assert brief("so jedenfalls (Krause und Lehmann 2004: 12; Brandt, Vogel und Kern 2011).") == \
        [("Krause und Lehmann 2004: 12", ["Krause", "Lehmann"], False, 2004, "12"),
         ("Brandt, Vogel und Kern 2011", ["Brandt", "Vogel", "Kern"], False, 2011, None)]
    assert brief("(vgl. A. Krause und van Dijk 2009)")[0][1] == ["Krause", "van Dijk"]  # initials dropped


def test_intext_german_list_starts_at_the_last_word_before_the_first_name_join():
    # German capitalises nouns: the words before the first name are no author
    assert brief("Die Studie von Albers und Roth (2004) zeigt")[0][:2] == ("Albers und Roth (2004)", ["Albers", "Roth"])
    assert brief("die These der Hoffmann und Kühn (1999) ist")[0][1] == ["Hoffmann", "Kühn"]  # an article
    assert brief("van Dijk und Smits (2010) fanden")[0][1] == ["van Dijk", "Smits"]  # a particle opening the list
    assert brief("In Deutschland, Krause und Lehmann (2004) fanden")[0][1] == ["Krause", "Lehmann"]


def test_intext_german_u_a_and_und_andere_are_et_al():
    assert brief("(Krause u. a. 2009: 21)") == [("Krause u. a. 2009: 21", ["Krause"], True, 2009, "21")]
    assert brief("wie Krause u.a. (2009) zeigen") == [("Krause u.a. (2009)", ["Krause"], True, 2009, None)]
    assert brief("Krause und andere (2009) zeigen")[0][1:3] == (["Krause"], True)
    assert brief("ein Aufsatz von Krause u. a. (2008) zeigt")[0][:3] == ("Krause u. a. (2008)", ["Krause"], True)
    assert brief("Dies zeigen u. a. Krause und Lehmann (2004).")[0][1:3] == (["Krause", "Lehmann"], False)


def test_intext_german_nouns_and_corporate_names_joined_by_und_are_no_author_list():
    assert brief("die Reformen in Politik und Verwaltung (2004) folgten") == []
    assert brief("das Verhältnis von Staat und Gesellschaft (2004) war") == []
    assert brief("zwischen Deutschland und Frankreich (2004) gab es") == []
    assert brief("(Bundesministerium für Arbeit und Soziales 2013)")[0][1] == \
        ["Bundesministerium für Arbeit und Soziales"]


def test_intext_german_cue_words_pages_and_editors():
    assert brief("Siehe Weber (1922).")[0][:2] == ("Weber (1922)", ["Weber"])
    assert brief("Bei Weber (1922) heißt es")[0][:2] == ("Weber (1922)", ["Weber"])
    assert brief("(vgl. Weber 1922, S. 12 f.)") == [("Weber 1922, S. 12 f.", ["Weber"], False, 1922, "12f.")]
    assert brief("wie Weber (1922, S. 12) schreibt")[0][4] == "12"
    assert brief("wie Lange (Hg.) (2004) zeigt")[0][:4] == ("Lange (Hg.) (2004)", ["Lange"], False, 2004)


def test_intext_german_list_links_to_the_entry_with_both_authors():
    refs = [Reference(index=0, raw="Krause, A. (2004): Eins.", authors=[{"surname": "Krause"}], year=2004),
            Reference(index=1, raw="Krause, A.; Lehmann, B. (2004): Zwei.",
                      authors=[{"surname": "Krause"}, {"surname": "Lehmann"}], year=2004)]
    found = find_callouts("wie Krause und Lehmann (2004) zeigen")
    link_citations(found, refs)
    assert [c.reference_index for c in found] == [1]


def test_intext_german_months_and_the_census_are_dates_not_authors():
    assert brief("(Stand: Juni 2008)") == brief("(Juli 2009)") == brief("(Mikrozensus 2004)") == []
    assert brief("erschienen (Mai 2015)") == []
    assert brief("(Mai, 2015)")[0][1] == ["Mai"]  # a surname too, with its comma



def test_intext_german_cue_words_leave_surnames_that_are_german_words():
    # "Das", "Im", "Schon", "Anders" are surnames too, and "Den" opens Dutch names: never German cue words
    assert [c[1] for c in brief("(Das, 2010; Im, 2014)")] == [["Das"], ["Im"]]
    assert brief("Im and Park (2014) show it")[0][1] == ["Im", "Park"]
    assert brief("According to Den Boer (2004), yes")[0][1] == ["Den Boer"]
    assert brief("Schon (1983) and Anders (1956) wrote it")[0][1] == ["Schon"]
