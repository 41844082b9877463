from litmine.ingest.blocks import HYPHEN_MARK, Block
from litmine.ingest.structure import build_passages, resolve_hyphens


def test_structure_hyphenation_repaired_real_hyphens_kept():
    blocks = [Block(f"The employ{HYPHEN_MARK}ability of lone parents and the co{HYPHEN_MARK}production of "
                    f"services, a well{HYPHEN_MARK}known partner{HYPHEN_MARK}ship.")]
    resolve_hyphens(blocks)
    assert blocks[0].text == ("The employability of lone parents and the co-production of services, "
                              "a well-known partnership.")


def test_structure_hyphenation_follows_the_document_vocabulary():
    blocks = [Block(f"Work{HYPHEN_MARK}first and work-first again."), Block(f"Data{HYPHEN_MARK}base and database.")]
    resolve_hyphens(blocks)
    assert blocks[0].text.startswith("Work-first") and blocks[1].text.startswith("Database")


def test_structure_hyphenation_in_words_with_marks_figures_and_apostrophes():
    m = HYPHEN_MARK
    blocks = [Block(f"Über{m}prü{m}fung, 3D{m}model, ({m}tion) O'Neill's{m}view, Ost{m}und West, x {m} y, "
                    f"a{m}b{m}c_d, Covid{m}19, {'lang' * 30}{m}wort."), Block("Die Überprüfung der 3D-Modelle.")]
    resolve_hyphens(blocks)
    assert blocks[0].text == ("Überprüfung, 3Dmodel, (tion) O'Neill'sview, Ost- und West, x - y, abc_d, Covid-19, "
                              f"{'lang' * 30}wort.")


def test_structure_sections_and_kinds():
    blocks = [Block("A Title", hint="heading", level=1), Block("Abstract", hint="heading"),
              Block("This article examines co-production in employability services. " * 3),
              Block("Introduction", hint="heading"),
              Block("Body text about work-first activation, e.g. in Scotland (Lindsay et al., 2015). It goes on."),
              Block("Table 2: Job entries by client group, 2010-2012"),
              Block("A footnote text.", hint="footnote"),
              Block("References", hint="heading"),
              Block("Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage."),
              Block("Osborne, S. (2006) The New Public Governance? Public Management Review 8(3): 377-387.")]
    text, passages = build_passages(blocks)
    kinds = [(p.kind, p.section) for p in passages]
    assert kinds == [("heading", "A Title"), ("heading", "Abstract"), ("abstract", "Abstract"),
                     ("heading", "Introduction"), ("body", "Introduction"), ("caption", "Introduction"),
                     ("footnote", "Introduction"), ("heading", "References"), ("reference", "References"),
                     ("reference", "References")]
    body = passages[4]
    assert [body.text[s:e] for s, e in body.sentences] == [
        "Body text about work-first activation, e.g. in Scotland (Lindsay et al., 2015).", "It goes on."]
    for p in passages:
        assert text[p.start:p.end] == p.text


def test_structure_plain_text_headings_recognised():
    para = "Lone parents face complex barriers to work and to the services meant to help them. " * 3
    blocks = [Block("Title of a briefing"), Block("Introduction"), Block(para), Block("Why co-production matters"),
              Block(para), Block("2.1 Methods and data"), Block(para)]
    _, passages = build_passages(blocks)
    assert [p.text for p in passages if p.kind == "heading"] == [
        "Introduction", "Why co-production matters", "2.1 Methods and data"]


def test_structure_mixed_language_paragraph_is_split():
    en = "We argue that alternative approaches have the potential to be more successful for lone parents. " * 2
    fr = "Nous avançons que d'autres approches pourraient être plus fructueuses pour les parents isolés. " * 2
    es = "Argumentamos que otros enfoques pueden ser más exitosos para las familias monoparentales. " * 2
    text, passages = build_passages([Block(en + fr + es)])
    assert [p.language for p in passages] == ["en", "fr", "es"]
    assert passages[1].text.startswith("Nous avançons")
    for p in passages:
        assert text[p.start:p.end] == p.text


def test_structure_reference_lines_run_together_become_entries():
    block = Block("Clegg, Hugh (1979): The changing system of industrial relations in Great Britain, London.\n"
                  "Delcroix, Catherine (2000): The transmission of life stories from ethnic minority fathers to\n"
                  "their children, Current Sociology 48(3): 15-28.\n"
                  "Garvin, Tom (2004): Preventing the Future, Dublin.")
    _, passages = build_passages([Block("References", hint="heading"), block])
    assert [p.text[:12] for p in passages if p.kind == "reference"] == ["Clegg, Hugh ", "Delcroix, Ca", "Garvin, Tom "]
    assert passages[2].text.endswith("Current Sociology 48(3): 15-28.")


def test_structure_author_list_wrapped_after_a_comma_stays_one_entry():
    block = Block("Churchland, M. M., Cunningham, J. P., Kaufman, M. T., Foster, J. D., Nuyujukian, P.,\n"
                  "Ryu, S. I., & Shenoy, K. V. (2012). Neural population dynamics during reaching. Nature.")
    _, passages = build_passages([Block("References", hint="heading"), block])
    assert len([p for p in passages if p.kind == "reference"]) == 1


def test_structure_abstract_ends_after_400_words_without_a_heading():
    # an "Abstract" heading followed by the whole paper: the abstract keeps its first 400 words (paragraph by
    # paragraph; the paragraph that starts at word 400 or later is body)
    ten = "Local partnerships shape how employability services reach Ærø's lone parents. "  # 10 words
    nine = "Advisers and parents build trust over many months together. "

    def kinds(*paragraphs: str) -> list[tuple[str, int]]:
        _, passages = build_passages([Block("Abstract", hint="heading")] + [Block(p) for p in paragraphs])
        return [(p.kind, len(p.text.split())) for p in passages[1:]]

    assert kinds(ten * 20, ten * 20, ten * 3) == [("abstract", 200), ("abstract", 200), ("body", 30)]
    assert kinds(ten * 20, ten * 19 + nine, ten * 3, ten * 3) == [("abstract", 200), ("abstract", 199),
                                                                   ("abstract", 30), ("body", 30)]
    # a heading starts the count again
    _, passages = build_passages([Block("Abstract", hint="heading"), Block(ten * 40), Block("Résumé", hint="heading"),
                                  Block("Abstract", hint="heading"), Block(ten * 3)])
    assert [p.kind for p in passages] == ["heading", "abstract", "heading", "heading", "abstract"]


def test_structure_sentences_of_whole_and_language_split_passages():
    from litmine.ingest.sentences import split_sentences

    english = "Activation policy in Britain changed after 1997. Lone parents were asked to attend interviews."
    german = ("Die Aktivierungspolitik in Deutschland änderte sich nach den Hartz-Reformen. Sie ist für die "
              "Arbeitslosen mit neuen Pflichten verbunden und wird von den Jobcentern umgesetzt.")
    _, passages = build_passages([Block(english), Block(english + " " + german), Block("Überblick", hint="heading")])
    assert [p.language for p in passages[:3]] == ["en", "en", "de"]
    assert passages[2].text == german
    for p in passages[:3]:  # each passage's own sentences, whether it stayed whole or was split by language
        assert p.sentences == split_sentences(p.text) and len(p.sentences) == 2
    assert passages[3].sentences == [(0, len("Überblick"))]


def _opens_reference_lists(headings, others, body: str, entry: str) -> None:
    """Each of headings is a reference heading and none of others; the first, between body and entry, makes the
    entry a reference."""
    from litmine.ingest.structure import is_reference_heading

    for heading in headings:
        assert is_reference_heading(heading), heading
    for heading in others:
        assert not is_reference_heading(heading), heading
    blocks = [Block("Einleitung", hint="heading"), Block(body), Block(headings[0], hint="heading"), Block(entry)]
    _, passages = build_passages(blocks)
    assert [p.kind for p in passages][-1] == "reference"


def test_structure_reference_headings_in_the_field_s_languages():
    _opens_reference_lists(("Verwendete Literatur", "Literatur und Quellen", "Quellen und Literatur", "Bibliografie",
                            "Literaturliste", "7. Zitierte Literatur", "Literaturangaben:", "Literatuurlijst"),
                           ("Verwendete Methoden", "Literaturbericht", "Quellen der Macht", "Literature review"),
                           "Aktivierung verändert die Arbeitsvermittlung (Weber 2004).",
                           "Weber, M. (2004): Aktivierung im Wandel. Frankfurt/M.: Campus.")


def test_structure_the_works_a_review_presents_are_a_reference_list():
    # a digest or review lists the works it presents under such a heading; one letter may be mis-mapped by the
    # PDF's font ("B¸cher" for "Bücher")
    _opens_reference_lists(("Besprochene B¸cher", "Vorgestellte Aufsätze", "2. Rezensierte Literatur", "Books reviewed"),
                           ("Vorgestellte Ansätze", "Besprochene Fragen", "Ausgewertete Daten", "Vorgestellte Modelle"),
                           "Zwei Bücher über die Verwaltung werden hier vorgestellt.",
                           "Weber, Max, Verwaltung im Wandel, Frankfurt/M.: Campus, 2004, 212 S.")


def test_structure_a_numbered_heading_with_a_footnote_mark_ends_the_reference_list():
    from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN

    # a contents page names the list ("Literatur"); the next numbered heading carries a note mark and still ends it
    blocks = [Block("Literatur", hint="heading"), Block(f"1 Einleitung{SUP_OPEN}1{SUP_CLOSE}", hint="heading"),
              Block("Über Rituale herrscht wenig Klarheit, weder im Alltag noch in der Forschung (Weber 2004)."),
              Block("1 Dieser Beitrag ist die Fassung eines Vortrags.", hint="footnote")]
    _, passages = build_passages(blocks)
    assert [p.kind for p in passages][1:3] == ["heading", "body"]


def test_structure_reference_heading_typo_test_skips_words_too_unlike():
    # the matcher runs only where the shared letters allow a ratio of 0.85: the same answers as running it always
    from difflib import SequenceMatcher

    from litmine.ingest.structure import _TYPO_OF, _near

    words = ["references", "refeferences", "referencess", "refrences", "bibliograpy", "bibliographie", "conclusions",
             "introduction", "referendums", "preferences", "reverences", "bibliographic", "biography", "aaaaaaaaaa",
             "rrrrreeeee", "ecnerefers", "referencesreferences", "methodology"]
    for word in words:
        for w, counts in _TYPO_OF:
            assert _near(word, w, counts) == (SequenceMatcher(None, word, w).ratio() >= 0.85), (word, w)


def test_structure_short_line_is_a_heading_only_before_a_real_paragraph():
    words = " ".join(["word"] * 24)
    for title, following, heading in (("Local Delivery", words + " more.", True),  # 25 words follow
                                      ("Local Delivery", words + ".", False),  # 24
                                      ("Local Delivery in " + "x" * 60, words + " more.", False),  # 78 characters
                                      ("Local delivery.", words + " more.", False),
                                      ("Delivery (2019)", words + " more.", False)):
        _, passages = build_passages([Block(title), Block(following)])
        assert (passages[0].kind == "heading") == heading, title
        assert passages[-1].text == following and passages[-1].section == (title if heading else None)


def test_structure_page_break_marks_only_in_text_that_holds_them():
    from litmine.ingest.blocks import page_break_mark

    _, passages = build_passages([Block("Plain ASCII paragraph that runs over " + page_break_mark(3) + "two pages.",
                                        page=2),
                                  Block("Another plain paragraph, no break.", page=3),
                                  Block("Ünïcode paragraph, no break either.", page=3)])
    assert [(p.text, p.page, p.breaks) for p in passages] == [
        ("Plain ASCII paragraph that runs over two pages.", 2, [(37, 3)]),
        ("Another plain paragraph, no break.", 3, []), ("Ünïcode paragraph, no break either.", 3, [])]


def test_structure_vocabulary_counts_words_of_ascii_and_other_texts():
    from collections import Counter

    from litmine.ingest.structure import _WORD, _vocabulary

    texts = ["Work-first and WORK-first, 3D model_x o'neill's", f"Über{HYPHEN_MARK}prüfung über 2x", "über alles",
             "data base\ndata-base"]
    plain = Counter(map(str.lower, _WORD.findall("\n".join(texts).replace(HYPHEN_MARK, " "))))
    assert _vocabulary(texts) == plain and plain["über"] == 3 and plain["work-first"] == 2
