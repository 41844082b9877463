from litmine.citations.intext import find_callouts


def one(text):
    found = find_callouts(text)
    assert len(found) == 1, [c.surface for c in found]
    return found[0]


def brief(text):
    return [(c.authors, c.year, c.year_suffix) for c in find_callouts(text)]


def test_intext_parenthetical_pages_colon():
    text = "Activation grew (Lindsay et al, 2015: 152)."
    c = one(text)
    assert (c.surface, c.authors, c.et_al, c.year, c.pages, c.narrative, c.style, c.group) == \
        ("Lindsay et al, 2015: 152", ["Lindsay"], True, 2015, "152", False, "author-year", 1)
    assert text[c.start:c.end] == c.surface


def test_intext_parenthetical_pages_p_and_pp():
    assert one("x (Lindsay et al., 2015, p. 152) y").pages == "152"
    c = one("x (Lindsay et al. 2015, pp. 4-5) y")
    assert (c.surface, c.pages, c.year) == ("Lindsay et al. 2015, pp. 4-5", "4-5", 2015)
    assert one("(Rosenshine, 1987, p. 34)").pages == "34"


def test_intext_two_authors_and_ampersand():
    assert brief("(Fuertes and Lindsay, 2016)") == [(["Fuertes", "Lindsay"], 2016, "")]
    c = one("torrent of research (Carleton & Hsiang, 2016).")
    assert (c.surface, c.authors, c.et_al) == ("Carleton & Hsiang, 2016", ["Carleton", "Hsiang"], False)


def test_intext_prefixes_see_cf_eg():
    found = find_callouts("(see Kerr, 2012; cf. Baird, 2014)")
    assert [(c.surface, c.authors) for c in found] == [("Kerr, 2012", ["Kerr"]), ("Baird, 2014", ["Baird"])]
    c = one("(e.g. Orton and Green, 2019: 8)")
    assert (c.authors, c.year, c.pages) == (["Orton", "Green"], 2019, "8")


def test_intext_group_of_two_shares_group_number():
    found = find_callouts("(Rees et al, 2014; Whitworth, 2013) and later (Kerr, 2012)")
    assert [(c.authors, c.et_al, c.year, c.group) for c in found] == [
        (["Rees"], True, 2014, 1), (["Whitworth"], False, 2013, 1), (["Kerr"], False, 2012, 2)]


def test_intext_shared_author_years_and_suffixes():
    found = find_callouts("(Lindsay, 2005, 2007a, b)")
    assert [(c.authors, c.year, c.year_suffix, c.surface) for c in found] == [
        (["Lindsay"], 2005, "", "Lindsay, 2005"), (["Lindsay"], 2007, "a", "2007a"), (["Lindsay"], 2007, "b", "b")]
    assert {c.group for c in found} == {1}
    assert brief("(Hood 1991; Osborne 2006, 2010)") == [(["Hood"], 1991, ""), (["Osborne"], 2006, ""),
                                                        (["Osborne"], 2010, "")]
    assert brief("(Lindsay and McQuaid, 2004; 2008)") == [(["Lindsay", "McQuaid"], 2004, ""),
                                                          (["Lindsay", "McQuaid"], 2008, "")]


def test_intext_narrative_forms():
    c = one("Sorensen and Torfing (2018: 394) define collaborative innovation as")
    assert (c.surface, c.authors, c.year, c.pages, c.narrative) == \
        ("Sorensen and Torfing (2018: 394)", ["Sorensen", "Torfing"], 2018, "394", True)
    c = one("Lipsky's (1980) account of street-level bureaucracy")
    assert (c.authors, c.year, c.narrative, c.surface) == (["Lipsky"], 1980, True, "Lipsky's (1980)")
    c = one("This matters, as Lindsay et al. (2020) argue.")
    assert (c.authors, c.et_al, c.narrative, c.surface) == (["Lindsay"], True, True, "Lindsay et al. (2020)")
    found = find_callouts("Lindsay (2007a, 2007b) shows")
    assert [(c.authors, c.year, c.year_suffix, c.narrative, c.group) for c in found] == [
        (["Lindsay"], 2007, "a", True, 1), (["Lindsay"], 2007, "b", True, 1)]
    assert one("Kerr and colleagues (2012) found").et_al


def test_intext_narrative_drops_sentence_words_before_the_name():
    assert brief("In Lindsay (2005) the case") == [(["Lindsay"], 2005, "")]
    assert brief("However, Kerr and Baird (2010) disagree") == [(["Kerr", "Baird"], 2010, "")]
    assert brief("A review of Lindsay (2005) and in Scotland, Lindsay (2006)") == [
        (["Lindsay"], 2005, ""), (["Lindsay"], 2006, "")]


def test_intext_corporate_authors():
    assert brief("(DWP, 2010)") == [(["DWP"], 2010, "")]
    assert brief("(Scottish Government, 2015)") == [(["Scottish Government"], 2015, "")]
    assert brief("(OECD 2015)") == [(["OECD"], 2015, "")]
    c = one("(Department for Work and Pensions [DWP], 2012)")
    assert (c.authors, c.year, c.surface) == (["Department for Work and Pensions"], 2012,
                                              "Department for Work and Pensions [DWP], 2012")
    assert brief("The Department of Health (2010) says") == [(["Department of Health"], 2010, "")]


def test_intext_undated_and_forthcoming():
    found = find_callouts("(Smith, n.d.; Jones, forthcoming; Brown, in press)")
    assert [(c.authors, c.year, c.year_text) for c in found] == [
        (["Smith"], None, "n.d."), (["Jones"], None, "forthcoming"), (["Brown"], None, "in press")]


def test_intext_german_year_texts():
    # German writes a work not yet out or undated in the year's place: im Druck, im Erscheinen / i. E., o. J.
    found = find_callouts("wie gezeigt (Ott i. E.; Müller im Druck; Weber o. J.: 3), und Kaiser (im Erscheinen) "
                          "sowie Lang (in Vorbereitung) zeigen")
    assert [(c.authors, c.year, c.year_text, c.pages) for c in found] == [
        (["Ott"], None, "forthcoming", None), (["Müller"], None, "in press", None), (["Weber"], None, "n.d.", "3"),
        (["Kaiser"], None, "forthcoming", None), (["Lang"], None, "in preparation", None)]
    # "i. e." in lower case is "that is", never a year
    assert find_callouts("Schulen (i. e. Gymnasien) und Weber i. e. der Autor") == []


def test_intext_particles_diacritics_and_two_word_surnames():
    found = find_callouts("(van Berkel, 2010; De Vries 2011; Sørensen, 2012; Löffler 2009; Núñez, 2001; "
                          "O'Connor, 2003; McQuaid 2000; Martín Míguez et al., 2019)")
    assert [c.authors[0] for c in found] == ["van Berkel", "De Vries", "Sørensen", "Löffler", "Núñez", "O'Connor",
                                             "McQuaid", "Martín Míguez"]
    assert brief("as d’Humieres (1992) showed") == [(["d’Humieres"], 1992, "")]
    assert brief("(Duncan Smith, 2010)") == [(["Duncan Smith"], 2010, "")]


def test_intext_layout_noise():
    found = find_callouts("(see Kerr 2012; Lindsay et al. 2007)")
    assert [(c.authors, c.et_al, c.year) for c in found] == [(["Kerr"], False, 2012), (["Lindsay"], True, 2007)]
    c = one("as shown (Lindsay\net al., 2015) here")
    assert (c.authors, c.et_al, c.year, c.surface) == (["Lindsay"], True, 2015, "Lindsay\net al., 2015")
    assert brief("(Lindsay   et  al.,\n 2015: 3)") == [(["Lindsay"], 2015, "")]
    # A bracket lost at a page break on either side.
    assert brief("Boulay et al., 1990) began") == [(["Boulay"], 1990, "")]
    assert brief("as before (Smyth, 2005") == [(["Smyth"], 2005, "")]


def test_intext_numeric_brackets():
    found = find_callouts("shown [3] and [2-5, 9], also [2–5] and [12, 14].")
    assert [c.numbers[0] for c in found] == [3, 2, 3, 4, 5, 9, 2, 3, 4, 5, 12, 14]
    assert {c.style for c in found} == {"numeric"}
    assert [c.group for c in found] == [1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4]
    assert [c.surface for c in found[:2]] == ["3", "2-5"]


def test_intext_years_in_running_text_are_not_callouts():
    text = ("in 2015 the government acted; between 2010 and 2015 claims rose; the 2010 Act applies; "
            "45% (2015%) of them; Table 2 (2015); (N = 2015); (in 2015); (2010-2015)")
    assert find_callouts(text) == []


def test_intext_dates_counts_pages_and_legislation_are_not_callouts():
    text = ("(March 2015), (15 March 2015), (May 2015), (Spring 2015), (1,560 respondents), (p. 45), (pp. 12-15), "
            "the Welfare Reform Act (2012), (Scotland 2011 Census), cell line (HCC1937)")
    assert find_callouts(text) == []
    assert brief("(May, 2015)") == [(["May"], 2015, "")]


def test_intext_brackets_that_are_not_numeric_citations():
    text = "he said [sic], see Eq. [4] and Eqs. [5, 6], x ∈ [0, 1], x[3], calix[4]arene, a [1,3]-shift, [1,560]"
    assert find_callouts(text) == []
    assert [c.numbers for c in find_callouts("from the link budget equation [21]")] == [[21]]
    assert find_callouts("by Ellis and Stoeger [8]. Equation (3) holds")[0].numbers == [8]
    assert len(find_callouts("by Ellis and Stoeger [8]. Equation (3) holds")) == 1


def test_intext_non_ascii_text_around_callouts():
    text = "Die Aktivierung (Müller & Şahin, 2019, S. 3) wirkt — «voilà» (Ünal 2020a)"
    assert brief(text) == [(["Müller", "Şahin"], 2019, ""), (["Ünal"], 2020, "a")]
    assert brief("Как показал Иванов (2015), занятость растёт") == [(["Иванов"], 2015, "")]


def test_intext_lost_capitals_need_strong_cues():
    assert brief("(Getachew, 2009; Shimels & tizazu, 2010)") == [(["Getachew"], 2009, ""),
                                                                  (["Shimels", "tizazu"], 2010, "")]
    assert brief("(hair et al., 2019)") == [(["hair"], 2019, "")]
    assert brief("(accessed, 2015) and (data, 2016)") == []


def test_intext_document_titles_and_periods_are_not_narrative_callouts():
    text = ("Guidance Note: Anchor Selection (1995). CIBSE Guide B2 Ventilation and Ductwork (2016). "
            "See ‘Specification and Practice’ (2012) and his Postwar (2005). Objects Launched into Outer Space (1968); "
            "votes in the fifth Parliament (1999–2004); Germany (1945–2020); in England and Wales (1992/93).")
    assert find_callouts(text) == []
    assert brief("Scale from Mirels & Garrett (1971) and Voltmer (1998/99)") == [
        (["Mirels", "Garrett"], 1971, ""), (["Voltmer"], 1998, "")]


def test_intext_references_in_notes_are_not_narrative_callouts():
    text = ("The proposal (COM (2000) 30 final) and Regan and A. Nicoll, Public Health (2006) 120, 27-32; "
            "European Child & Adolescent Psychiatry (2009) Vol. 18; (London: Hurst, 2022)")
    assert find_callouts(text) == []
    assert brief("18 Kepplinger (1985), Hagen (1992)") == [(["Kepplinger"], 1985, ""), (["Hagen"], 1992, "")]


def test_intext_stray_bracket_needs_a_whole_callout_beside_it():
    assert find_callouts("David Cameron MP (Prime Minister from May 2010 to July 2016") == []
    assert find_callouts("see the chapters on Knowledge of Risk Before 1970 and after)") == []


def test_intext_numeric_labels_and_legal_pinpoints_are_not_callouts():
    assert find_callouts("[1] The maximum pitch of a stair is 42 degrees.") == []
    assert find_callouts("as the participants said. [13]") == []
    assert find_callouts("[RLIT0000610] at [4] and Horizon Issues judgment [936].") == []
    assert [c.numbers for c in find_callouts("[12] proposed a method.")] == [[12]]


def test_intext_slashes_markdown_emphasis_and_possessive_et_al():
    assert brief("(Taggert/Szczerbiak 2004: 3)") == [(["Taggert", "Szczerbiak"], 2004, "")]
    assert brief("Haddow *et al.* (2004) make a similar point") == [(["Haddow"], 2004, "")]
    c = one("Lindsay et al.'s (2015) study")
    assert (c.authors, c.et_al, c.narrative) == (["Lindsay"], True, True)


def test_intext_long_bracket_without_a_year_is_cheap_and_empty():
    assert find_callouts("(" + ", ".join(["Word Of The Day"] * 2000) + ")") == []


def test_intext_place_before_narrative_authors_is_not_an_author():
    text = "Co-production is common in the Netherlands, Fledderus and Honingh (2016) found that trust grows."
    c = one(text)
    assert (c.authors, c.year, c.narrative) == (["Fledderus", "Honingh"], 2016, True)
    assert text[c.start:c.end] == c.surface == "Fledderus and Honingh (2016)"
    assert brief("In Germany, Müller and Schmidt (2016) show this.") == [(["Müller", "Schmidt"], 2016, "")]
    assert brief("Across Europe, Bovaird and Löffler (2003) argue") == [(["Bovaird", "Löffler"], 2003, "")]
    assert brief("as in Sweden, Jönsson et al. (2019) and") == [(["Jönsson"], 2019, "")]


def test_intext_comma_list_of_persons_stays_whole():
    assert brief("Smith, Jones and Brown (2016) show this.") == [(["Smith", "Jones", "Brown"], 2016, "")]


def test_intext_author_marks_after_a_surname():
    c = one("the NemoGB Shiny app (Voutov* et al., 2024), which")
    assert (c.authors, c.et_al, c.year) == (["Voutov"], True, 2024)
    assert brief("as Løkke† (2020) said") == [(["Løkke"], 2020, "")]


def test_callout_spans_are_shared_only_within_the_scope(monkeypatch):
    from litmine.citations import intext

    text, other = "Work first fails (Lindsay, 2007: 12; Rees et al., 2014).", "As argued (Hood, 1991)."
    want = tuple((c.start, c.end) for c in find_callouts(text))
    assert len(want) == 2
    calls: list[str] = []
    monkeypatch.setattr(intext, "find_callouts", lambda t: calls.append(t) or find_callouts(t))
    assert intext.callout_spans(text) == intext.callout_spans(text) == want
    assert calls == [text, text]  # outside the scope every call searches
    with intext.shared_callout_spans():
        found = find_callouts(text)
        intext.note_callouts(text, found)
        for c in found:  # the citation pipeline moves them to document offsets afterwards
            c.start, c.end = c.start + 100, c.end + 100
        with intext.shared_callout_spans():  # a nested scope shares the outer one's spans
            assert intext.callout_spans(text) == want
        assert intext.callout_spans(other) == intext.callout_spans(other) == ((11, 21),)
    assert calls == [text, text, other]
    assert intext.callout_spans(text) == want and calls[-1] == text  # forgotten on leaving the scope


def test_intext_group_author_with_its_article_and_lower_case_words():
    # APA prints a group author as the group names itself: "The ... team", "The ... developers"
    assert brief("built on Quokka (The quokka maintainers team, 2021) and Emu (The Emu project developers, 2018).") \
        == [(["The quokka maintainers team"], 2021, ""), (["The Emu project developers"], 2018, "")]
    assert brief("as the authors wrote (The results were clear, 2021).") == []  # no group noun: no author


def test_intext_work_without_author_cited_by_its_quoted_title():
    # APA: a work with no author is cited by its title in quotes, often undated
    found = find_callouts("as the society lists (“Careers in Chemistry,” n.d.; Okafor & Brandt, 2019).")
    assert [(c.surface, c.authors, c.year, c.year_text) for c in found] == [
        ("“Careers in Chemistry,” n.d.", ["Careers in Chemistry"], None, "n.d."),
        ("Okafor & Brandt, 2019", ["Okafor", "Brandt"], 2019, None)]


def test_intext_years_written_as_a_period_are_no_callout():
    assert brief("taught every spring (Midtown College, 2011 to 2015) and later") == []
    assert brief("as used (Midtown College, 2011; Okafor, 2015)") == [(["Midtown College"], 2011, ""),
                                                                        (["Okafor"], 2015, "")]


def test_intext_authors_joined_by_an_ampersand_after_of():
    # "the slides of A & B (2020)" cites A and B; a title with "of" and no ampersand still cites nothing
    assert brief("we followed the Lab Slides of Okafor & Brandt (2020) closely") == [(["Okafor", "Brandt"], 2020, "")]
    assert brief("the Review of Teaching Practice (2020) said") == []


def test_intext_long_tool_names_in_a_list_of_narrative_callouts():
    # a long capitalised name reads as a title ("Pond Survey Field Guide (2019)") unless it stands in a comma
    # list of narrative callouts, as tools and web sites are cited in APA ("X (2019), Y (2018), and Z (2019)")
    text = "tools such as Quillo (2019), Reef Depth Gauge Online (2018), and Tide Table Maker (2019) do this"
    assert brief(text) == [(["Quillo"], 2019, ""), (["Reef Depth Gauge Online"], 2018, ""),
                           (["Tide Table Maker"], 2019, "")]
    assert brief("the Reef Depth Gauge Online (2018) does this") == []
    assert brief("we read Reef Depth Gauge Online (2018) first") == []
