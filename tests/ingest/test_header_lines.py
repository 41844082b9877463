from litmine.ingest.header_lines import _has_words, _label_only, _masthead_block, _running_heads


def _row(text: str, page: int, top: float, size: float = 1.0, bold: bool = False) -> dict:
    return {"text": text, "page": page, "top_rel": top, "size_rel": size, "bold": bold, "geom": True}


def test_header_lines_article_type_labels_are_not_titles():
    assert _label_only("ARTIGO ORIGINAL") and _label_only("Revisão") and _label_only("Research Article:")
    assert _label_only("REFLECTIION")  # a doubled letter of a misprint forgiven
    assert not _label_only("of and") and not _label_only("Löhne und Arbeitszeit")


def test_header_lines_a_rule_or_a_mark_has_no_words():
    assert not _has_words("________") and not _has_words("* †")
    assert _has_words("Über Armut") and _has_words("S O Z I A L E")


def test_header_lines_running_heads_repeat_at_the_same_height_or_carry_a_page_number():
    rows = [_row("Zeitschrift für Soziologie 1", 1, 0.04), _row("Armut in Städten", 1, 0.2),
            _row("Zeitschrift für Soziologie 2", 2, 0.04), _row("Text der zweiten Seite", 2, 0.5),
            _row("470 L. Jensen", 3, 0.03)]
    assert _running_heads(rows) == {0, 2, 4}


def test_header_lines_masthead_takes_the_journal_name_set_alike_above_its_issue_line():
    rows = [_row("SOZIALFORSCHUNG", 1, 0.05), _row("Vol. 31, No. 3", 1, 0.07), _row("Ein Titel über Städte", 1, 0.3, 2.0)]
    assert _masthead_block(rows) == {0, 1}


def test_header_lines_running_heads_fold_only_lines_near_an_edge(monkeypatch):
    import litmine.ingest.header_lines as hl

    folded = []
    monkeypatch.setattr(hl, "_fold", lambda text: folded.append(text) or text.lower())
    rows = [_row("Journal of Cities 1", 1, 0.04), _row("A Title in the Middle", 1, 0.3),
            _row("Journal of Cities 2", 2, 0.04), _row("Body text of page two", 2, 0.5)]
    assert _running_heads(rows) == {0, 2}
    assert folded == ["Journal of Cities ", "Journal of Cities "]  # the mid-page lines are never folded


def test_header_lines_words_of_a_plain_line_need_no_letter_spacing_undone(monkeypatch):
    import litmine.ingest.header_lines as hl

    spaced = []
    real = hl._letter_spaced
    monkeypatch.setattr(hl, "_letter_spaced", lambda text: spaced.append(text) or real(text))
    assert _has_words("Armut in Städten") and _has_words("S O Z I A L E") and not _has_words("_ * †")
    assert spaced == ["S O Z I A L E", "_ * †"]  # only lines without a word of two letters are joined first


def test_header_lines_look_ahead_patterns_find_what_their_plain_forms_find():
    import re

    from litmine.ingest import header_lines, header_rows

    texts = ["Contents", "  TABLE OF CONTENTS ", "Inhalt", "Intro ........ 5", "… … ……", ". . . . 7",
             "SOCIAL RESEARCH May 2002", "Vol. 31, No. 3", "VOLUME 11(1)", "december 1999", "juni 2008",
             "see https://x.org or WWW.Y.DE", "a.info b.com", "SSOAR Open Access", "Provided in Cooperation with",
             "Terms of use:", "Nutzungsbedingungen", "eprints.whiterose.ac.uk", "no match 2009", ""]
    for rx in (header_lines._TOC, header_lines._MASTHEAD, header_lines._URL, header_rows._COVER):
        body = re.sub(r"^\(\?=\[[^\]]+\]\)", "", rx.pattern)
        plain = re.compile(body[3:-1] if body.startswith("(?:") and body.endswith(")") else body, rx.flags)
        assert rx.pattern.startswith("(?=[")
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], (rx.pattern, t)
    assert sum(bool(header_lines._TOC.search(t)) for t in texts) == 6
