"""Where a note's references lie beyond the segmenter's own stretches: a note that is nothing but a dated source,
a cue inside a stretch, a title the model lost a few words of, short forms citing several pages, and where a text
was first published. All notes are written here by hand."""

from litmine.citations.footnotes import (_join_open_spans, _open_end, _open_start, _span_end, _whole_note,
                                        find_footnote_entries)


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_footnotes_a_note_that_is_only_a_dated_source_is_a_reference():
    assert _texts("9 Die Grünen, Wahlprogramm 2013, S. 12.") == ["Die Grünen, Wahlprogramm 2013, S. 12."]
    assert _texts('5 "Streit um die Rente", Süddeutsche Zeitung, 3.4.2001.') == \
        ['"Streit um die Rente", Süddeutsche Zeitung, 3.4.2001.']


def test_footnotes_a_note_of_prose_without_a_date_stays_out():
    assert _texts("7 Hierzu gibt es bislang keine belastbaren Daten.") == []
    assert _texts("8 Das gilt ähnlich für Bayern und Hessen.") == []
    # dated and set off by a comma, but a sentence: most of its words in lower case
    assert _texts("17 In the period, wages rose by 3 per cent in 2019.") == []
    assert _texts("4 Seit der Reform, so die Regierung, sank die Quote bis 2012.") == []


def test_footnotes_whole_note_allows_the_number_a_cue_and_closing_punctuation_only():
    note = "4 Vgl. Bertelsmann Jahrbuch 2003, S. 41."
    a = note.index("Bertelsmann")
    assert _whole_note(note, a, len(note) - 1)
    note = "4 Bei Bertelsmann Jahrbuch 2003, S. 41, wird das anders gesehen."
    assert not _whole_note(note, note.index("Bertelsmann"), note.index(", wird"))


def test_footnotes_a_cue_inside_a_stretch_starts_another_reference():
    note = ("3 Zur Lage in Polen siehe Jan Kowalski, Die offene Grenze, Berlin 2001, S. 4-9. Zur Lage in Ungarn "
            "siehe Anna Szabó, Der lange Fluss. Eine Geschichte der Donau, Wien 2003.")
    texts = _texts(note)
    assert [t[:12] for t in texts] == ["Jan Kowalski", "Anna Szabó, "]
    assert "Ungarn" not in texts[0]


def test_footnotes_open_stretches_with_a_few_words_between_are_one_reference():
    note = ("7 Vgl. Meier, Anna/Kunz, Peter (2009): Wie wählen junge Menschen? Eine Studie, in: Zeitschrift "
            "für Soziologie, 38/2, S. 12-30.")
    a, b = note.index("Meier"), note.index(" wählen")
    c = note.index("Menschen")
    joined = _join_open_spans(note, [(a, b, 0.9), (c, len(note) - 1, 0.8)])
    assert joined == [(a, len(note) - 1, 0.8)]
    # a stretch that closes with a year, or a gap with a full stop, is left apart
    note2 = "2 Anna Roth, Die Stadt, Köln 2001 und Peter Vogt, Das Land, Bonn 2003."
    spans = [(2, note2.index(" und"), 0.9), (note2.index("Peter"), len(note2) - 1, 0.9)]
    assert _join_open_spans(note2, spans) == spans


def test_footnotes_a_short_form_citing_several_pages_points_back():
    entries = find_footnote_entries("11 Müller (2010), S. 3 und S. 57-58.")
    assert [(e.back, e.name, e.year) for e in entries] == [(True, "Müller", "2010")]
    entries = find_footnote_entries("6 Prognos AG (2014), S. 9, siehe auch S. 2-3, 54 und 149.")
    assert [(e.back, e.year) for e in entries] == [(True, "2014")]


def test_footnotes_where_a_text_first_appeared_is_a_reference_without_the_lead():
    assert _texts("1 Zuerst erschienen in: Leviathan 31 (2003), H. 2, S. 5-20.") == \
        ["Leviathan 31 (2003), H. 2, S. 5-20."]


def test_footnotes_author_year_references_in_a_note_stay_whole():
    # the year closed by a full stop before the title, "Place: Publisher" after pages, initials before a surname
    for ref in ["Krause, Anna. (2011). Lange Wege, kurze Wege. Berlin: Edition Weiß.",
                "Haas, J. (2009). Wege aus der Krise. In Berg, A. (Hrsg.), Krisen (S. 5-20). New York: Campus.",
                "Roth, K. und P. Lenz (2003): Arbeit im Wandel, in: Soziale Welt 54, S. 3-20.",
                "Falk, H.; Brandt, U. (2004): Netze der Macht, Köln.",
                "Vogt, Ina (2008): Stadt und Land. In: Kern, Olaf W.; Busch, Ulla (Hrsg.): Räume, Bonn, S. 9-30."]:
        assert _texts(f"5 Vgl. {ref}") == [ref], ref


def test_footnotes_note_style_references_after_a_full_stop_are_still_two():
    assert _texts("3 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922. Jürgen Habermas, Faktizität und "
                  "Geltung, Frankfurt a.M. 1992.") == \
        ["Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.", "Jürgen Habermas, Faktizität und Geltung, "
                                                                  "Frankfurt a.M. 1992."]


def test_footnotes_a_stretch_ending_in_an_article_runs_to_its_sentence_end():
    note = "4 Vgl. Amt für Statistik (2010), Bericht über die Lage der Familien in Sachsen. Dazu kritisch Roth."
    b = note.index(" Lage")
    assert note[:_open_end(note, 7, b)].endswith("in Sachsen")
    note = "4 Vgl. Amt für Statistik (2010), Bericht über die Lage, vgl. dazu Roth."
    assert _open_end(note, 7, note.index(" Lage")) == note.index(" Lage")  # a cue comes first


def test_footnotes_a_body_named_with_fuer_keeps_the_start_of_its_name():
    assert _texts("8 Vgl. Bundesministerium für Arbeit und Soziales, Lebenslagen in Deutschland. Der Armutsbericht, "
                  "Bonn 2008.") == ["Bundesministerium für Arbeit und Soziales, Lebenslagen in Deutschland. Der "
                                    "Armutsbericht, Bonn 2008."]
    note = "2 Siehe Berliner Institut für vergleichende Sozialforschung (Hg.), Flucht, Berlin o.J."
    assert _open_start(note, note.index("Sozialforschung")) == note.index("Berliner")
    # prose before a name is no body's name
    note = "5 Diese These vertritt auch Anna Roth, Die Stadt, Köln 2001."
    assert _open_start(note, note.index("Anna")) == note.index("Anna")


def test_footnotes_no_year_stays_with_the_reference():
    note = "2 Vgl. Anna Roth, Die Stadt, Berlin o.J."
    assert note[:_span_end(note, 7, note.index(".J."))].endswith("Berlin o.J.")


def test_footnotes_an_english_title_is_no_body_name():
    # "Alcohol use ..." has no linking word: the title is kept whole, as before
    assert _texts("54 Alcohol use disorders—preventing harmful drinking, NICE (2010).") == \
        ["Alcohol use disorders—preventing harmful drinking, NICE (2010)."]


def test_footnotes_the_page_after_an_abbreviation_the_model_stopped_at_stays():
    note = "16 Ders., Politische Theorie, Frankfurt 1990, S. 33."
    assert note[:_span_end(note, 3, note.index(". 33"))].endswith("S. 33.")


def test_footnotes_a_newspaper_by_its_name_and_day_without_a_comma():
    assert _texts("5 Segodnja 20.1.1999.") == ["Segodnja 20.1.1999."]
    assert _texts("9 Vgl. Izvestija 3.2.1998, S. 2.") == ["Izvestija 3.2.1998, S. 2."]
    assert _texts("7 Am 20.1.1999.") == [] and _texts("8 Stand 12.3.2010.") == []


def test_footnotes_author_year_starts_with_a_slash_year_or_a_body():
    ref = ("Wiese, Leopold von (1968/1924), System der Allgemeinen Soziologie als Lehre von den sozialen Gebilden "
           "der Menschen, Berlin.")
    assert _texts(f"12 Vgl. {ref}") == [ref]
    # an English title with modal verbs after "Body YEAR:" is no prose
    ref = "Council of Cities 2006: What Towns Can and Should Do Next (Report of a Task Force), New York."
    assert _texts(f"3 Siehe dazu {ref}") == [ref]
    assert _texts("4 Seit 2006: Die Zahl der Anträge ist gestiegen, wie die Statistik zeigt.") == []


def test_footnotes_a_date_the_model_cut_is_carried_whole():
    note = "17 Vgl. Bericht der Regierung über Kinderarbeit, Drucksache 14/3500, 02.06.2000."
    assert note[:_span_end(note, 8, note.index("06.2000"))].endswith("02.06.2000.")
