from litmine.ingest.sentences import split_sentences


def spans(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_survive_et_al_eg_initials():
    text = ("As Lindsay et al. (2015: 152) argue, work-first fails, e.g. for lone parents. "
            "M. Kerr and J. Baird disagree (see pp. 4-5). It is costly.")
    assert spans(text) == ["As Lindsay et al. (2015: 152) argue, work-first fails, e.g. for lone parents.",
                           "M. Kerr and J. Baird disagree (see pp. 4-5).", "It is costly."]


def test_sentences_quotes_numbers_and_cjk():
    assert spans('He said "No." Then 4.5 per cent left. Über alles?') == [
        'He said "No."', "Then 4.5 per cent left.", "Über alles?"]
    assert spans("英国作为典型。我们认为很好。") == ["英国作为典型。", "我们认为很好。"]


def test_sentences_offsets_index_the_text():
    text = "One.  Two!  Three"
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e]


def test_sentences_german_abbreviations_and_page_numbers():
    text = ("Vgl. Müller (2010, S. 12) und Nr. 5 der Richtlinie. Die Reform z. B. der Grundsicherung bzw. "
            "Arbeitslosenhilfe, u.a. Hartz IV, kostet ca. 2 Mio. Euro im Jahr. Abb. 3 zeigt es, s. o. Kap. 2.")
    assert spans(text) == ["Vgl. Müller (2010, S. 12) und Nr. 5 der Richtlinie.",
                           "Die Reform z. B. der Grundsicherung bzw. Arbeitslosenhilfe, u.a. Hartz IV, kostet ca. 2 "
                           "Mio. Euro im Jahr.", "Abb. 3 zeigt es, s. o. Kap. 2."]


def test_sentences_german_ordinals_before_months_and_nouns_only():
    text = ("Am 3. Oktober 1990 trat der Vertrag in Kraft. Im 19. Jahrhundert wuchs die Armut. Siehe Tabelle 3. "
            "Die Zahl stieg. Es waren 12. Danach sank sie.")
    assert spans(text) == ["Am 3. Oktober 1990 trat der Vertrag in Kraft.", "Im 19. Jahrhundert wuchs die Armut.",
                           "Siehe Tabelle 3.", "Die Zahl stieg.", "Es waren 12.", "Danach sank sie."]


def test_sentences_english_policy_abbreviations_before_numbers():
    text = ("The White Paper (Cm. 8080) and Fig. 2 agree, cf. Smith. See Table 3. The Rt. Hon. Member and "
            "Sen. Warren replied in No. 10 on 4 Jan. 2011. It ended in 2010. Then it began.")
    assert spans(text) == ["The White Paper (Cm. 8080) and Fig. 2 agree, cf. Smith.", "See Table 3.",
                           "The Rt. Hon. Member and Sen. Warren replied in No. 10 on 4 Jan. 2011.",
                           "It ended in 2010.", "Then it began."]


def test_sentences_typographic_quotes_and_non_ascii_letters():
    assert spans("Er sagte: „Das ist falsch.“ Danach ging er. «Non.» Puis il partit. She wrote “No.” Then left.") == [
        "Er sagte: „Das ist falsch.“", "Danach ging er.", "«Non.»", "Puis il partit.", "She wrote “No.”",
        "Then left."]
    assert spans("Ł. Nowak und Ö. Yılmaz schreiben über Łódź. Ósme piętro ist neu. Ende. ähnlich weiter.") == [
        "Ł. Nowak und Ö. Yılmaz schreiben über Łódź.", "Ósme piętro ist neu.", "Ende. ähnlich weiter."]


def test_sentences_long_text_keeps_every_character_once():
    text = ("Vgl. S. 4. Die „Reform“ kam am 1. Januar. " * 400).strip()
    pieces = split_sentences(text)
    assert len(pieces) == 800
    assert all(a[1] <= b[0] for a, b in zip(pieces, pieces[1:]))
    assert "".join(text[s:e] for s, e in pieces).replace(" ", "") == text.replace(" ", "")


def test_sentences_lone_lower_case_letters_end_sentences_unless_paired():
    text = ("Exports from country i to country j in year t. We do not restrict α and ε. It was Treloar's. Those "
            "risks were known, u. a. 1985 und d. h. Bürger. Guests came from SM and LT. Vgl. LT. Lesson two.")
    assert spans(text) == ["Exports from country i to country j in year t.", "We do not restrict α and ε.",
                           "It was Treloar's.", "Those risks were known, u. a. 1985 und d. h. Bürger.",
                           "Guests came from SM and LT.", "Vgl. LT.", "Lesson two."]


def test_sentences_brackets_start_a_sentence_only_before_a_capital():
    assert spans("Smith, Karen. (2001) schrieb es. [12] Dann mehr. (Siehe oben.) Danach.") == [
        "Smith, Karen. (2001) schrieb es. [12] Dann mehr.", "(Siehe oben.)", "Danach."]


def test_sentences_runs_of_marks_end_one_sentence():
    # a run of end marks is one boundary, however long, at the start of the text too
    assert spans("?! Ende. Ja.... Nein. Wirklich?! Gut") == ["?!", "Ende.", "Ja....", "Nein.", "Wirklich?!", "Gut"]
    # "…" is no end mark: a run of it goes on
    assert spans("Ja…… Nein...... Über.") == ["Ja…… Nein......", "Über."]


def test_sentences_word_before_a_stop_is_the_run_of_word_characters_ending_there():
    import re

    from litmine.ingest.sentences import _WORD_BEFORE

    plain = re.compile(r"([\w.]+)$")  # what the window's word is: the longest run of [\w.] ending at the stop
    for text in ("see e.g", "Kerr et al", "(ibid", "x_y.z", "Müller, ders", "ends with a space ", "", "...",
                 "no-break", "a" * 90, "(" + "b" * 79, "42", "Nr"):
        for lo in range(0, len(text) + 1, 7):
            got, want = _WORD_BEFORE.match(text, lo, len(text)), plain.search(text, lo, len(text))
            assert (got and (got.start(1), got.group(1))) == (want and (want.start(), want.group(1))), (text, lo)


def test_sentences_cjk_marks_in_text_with_other_letters():
    assert spans("Die Straße。Next one. Ende！Und dann") == ["Die Straße。", "Next one.", "Ende！", "Und dann"]
    assert spans("Plain ASCII text. Still plain") == ["Plain ASCII text.", "Still plain"]


def test_sentences_abbreviation_longer_than_the_window_ends_the_sentence():
    long_word = "x" * 85 + "al"
    assert spans(f"Per {long_word}. Next one.") == [f"Per {long_word}.", "Next one."]
    assert spans("Per et al. Next one.") == ["Per et al. Next one."]
