"""Endnote sections (issue 13): notes gathered after the body, split at their numbers, read as footnotes."""

from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages


def _notes(blocks: list[Block]) -> list[str]:
    return [p.text for p in build_passages(blocks)[1] if p.kind == "footnote"]


def test_endnote_broken_at_a_short_line_is_one_note():
    blocks = [Block("Ein Absatz des Textes mit einer Anmerkung.", page=3),
              Block("Anmerkungen", hint="heading", page=4),
              Block("1 Vgl. zu den vergessenen Entwürfen die Antwort von", hint="caption", page=4),
              Block("Erika Beispiel (2004) auf Otto Mustermanns Aufsatz (2003).", hint="caption", page=4),
              Block("2 Siehe dazu Max Meier, Ein Buch, Berlin 1999, S. 3.", hint="caption", page=4)]
    assert _notes(blocks) == ["1 Vgl. zu den vergessenen Entwürfen die Antwort von Erika Beispiel (2004) auf Otto "
                              "Mustermanns Aufsatz (2003).", "2 Siehe dazu Max Meier, Ein Buch, Berlin 1999, S. 3."]


def test_endnote_word_broken_over_blocks_and_pages_is_joined():
    blocks = [Block("Notes", hint="heading", page=7),
              Block("1 Dies galt auch für die zweite Generation (Ar-", hint="caption", page=7),
              Block("nold/Sommer 1993).", hint="caption", page=8),
              Block("2 Berufs-", hint="caption", page=8), Block("und Realschulen.", hint="caption", page=8)]
    _, passages = build_passages(blocks)
    notes = [p for p in passages if p.kind == "footnote"]
    assert [p.text for p in notes] == ["1 Dies galt auch für die zweite Generation (Arnold/Sommer 1993).",
                                       "2 Berufs- und Realschulen."]
    assert notes[0].page == 7 and notes[0].breaks == [(notes[0].text.index("nold/"), 8)]


def test_endnotes_in_one_block_split_at_their_numbers():
    blocks = [Block("Endnotes", hint="heading"),
              Block("1 A first note that runs over\ntwo lines, citing Smith (2001).\n2 A second note. 3 A third "
                    "note run into the line (Jones 1999: 4) 4 And a fourth.\nA fifth line in 2006 that goes on "
                    "note four.", hint="caption")]
    assert _notes(blocks) == ["1 A first note that runs over two lines, citing Smith (2001).", "2 A second note.",
                              "3 A third note run into the line (Jones 1999: 4)",
                              "4 And a fourth. A fifth line in 2006 that goes on note four."]


def test_endnotes_under_a_heading_behind_a_symbol_and_a_notice_after_them():
    blocks = [Block("! Anmerkungen", hint="heading"),
              Block("1 Vgl. Muster, 2003, S. 257.", hint="caption"),
              Block("Der Verlag dankt allen Beteiligten.", hint="caption"),
              Block("2 Eine zweite Anmerkung.", hint="caption"),
              Block("■ Literatur", hint="heading"),
              Block("Muster, Max (2003). Ein Titel. Berlin: Verlag.")]
    _, passages = build_passages(blocks)
    assert [(p.kind, p.text) for p in passages] == [
        ("heading", "! Anmerkungen"), ("footnote", "1 Vgl. Muster, 2003, S. 257."),
        ("footnote", "Der Verlag dankt allen Beteiligten."), ("footnote", "2 Eine zweite Anmerkung."),
        ("heading", "■ Literatur"), ("reference", "Muster, Max (2003). Ein Titel. Berlin: Verlag.")]


def _line(top: float, text: str, size: float, bold: bool):
    from litmine.ingest.pdf_layout import Line

    return Line(1, 72, top, 520, top + size, text, size, bold)


def test_bold_of_a_document_set_all_bold_marks_no_endnote_line_as_heading():
    from litmine.ingest.pdf import _bold_of_all_text, _run_blocks

    body = [_line(100 + 12 * i, "Ein Satz des Textes, der über die ganze Zeile des Satzspiegels geht und", 10, True)
            for i in range(8)]
    heading = _line(220, "Anmerkungen", 10, True)
    notes = [_line(240 + 10 * i, f"{i + 1} Eine Anmerkung in kleiner Schrift, die ohne Punkt endet und", 8, True)
             for i in range(6)]
    pages = [body + [heading] + notes]
    _bold_of_all_text(pages, 10)
    assert all(line.bold for line in body + [heading]) and not any(line.bold for line in notes)
    hints = [b.hint for b in _run_blocks(notes, 10, 800)]
    assert "heading" not in hints


def test_bold_kept_where_little_of_the_text_is_bold():
    from litmine.ingest.pdf import _bold_of_all_text

    lines = [_line(100 + 12 * i, "Ein Satz des Textes in gewöhnlicher Schrift.", 10, False) for i in range(8)]
    lines += [_line(300, "Ein Zwischentitel", 8, True)]
    _bold_of_all_text([lines], 10)
    assert lines[-1].bold


def _marked(n: int) -> str:
    from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN

    return f"{SUP_OPEN}{n}{SUP_CLOSE}"


def test_notes_after_the_body_without_a_heading_found_by_their_numbers():
    blocks = [Block(f"Ein Satz mit einer Anmerkung.{_marked(1)} Noch einer.{_marked(2)}", page=1),
              Block("1 Eine Fußnote am Fuß der Seite.", hint="footnote", page=1),
              Block(f"Weiter im Text.{_marked(3)} Und weiter.{_marked(4)} Ende.{_marked(5)}", page=2),
              Block("2 Eine Anmerkung, die auf der nächsten Seite weitergeht und", hint="footnote", page=2),
              Block("nicht endet. 3 Vgl. dazu Muster (2003).", hint="caption", page=3),
              Block("4 Siehe Beispiel 1999: 12.", hint="caption", page=3),
              Block("5 Ebenso Meier/Schulz (2001).", hint="caption", page=3),
              Block("Literaturverzeichnis", hint="heading", page=3),
              Block("Muster, Max (2003): Ein Titel. Berlin.", page=3)]
    _, passages = build_passages(blocks)
    assert [(p.kind, p.text) for p in passages if p.page == 3] == [
        ("footnote", "nicht endet."), ("footnote", "3 Vgl. dazu Muster (2003)."),
        ("footnote", "4 Siehe Beispiel 1999: 12."), ("footnote", "5 Ebenso Meier/Schulz (2001)."),
        ("heading", "Literaturverzeichnis"), ("reference", "Muster, Max (2003): Ein Titel. Berlin.")]


def test_small_numbered_lines_on_their_marks_page_or_before_body_text_are_not_endnotes():
    blocks = [Block(f"Ein Satz mit zwei Anmerkungen.{_marked(1)} Noch einer.{_marked(2)}", page=1),
              Block("1 Eine Tabellenzeile in kleiner Schrift", hint="caption", page=1),
              Block("2 Noch eine Tabellenzeile", hint="caption", page=1),
              Block("Der Text geht weiter.", page=1)]
    _, passages = build_passages(blocks)
    assert [p.kind for p in passages] == ["body", "caption", "caption", "body"]


def test_notes_found_by_their_numbers_end_at_body_text():
    blocks = [Block(f"Ein Satz.{_marked(1)} Noch einer.{_marked(2)}", page=1),
              Block("1 Vgl. Muster (2003).", hint="caption", page=2),
              Block("2 Siehe Beispiel 1999: 12.", hint="caption", page=2),
              Block("Ein Nachwort in der Schrift des Textes.", page=2)]
    _, passages = build_passages(blocks)
    assert [p.kind for p in passages] == ["body", "footnote", "footnote", "body"]


def test_endnotes_numbered_with_a_full_stop():
    blocks = [Block("Notes", hint="heading"),
              Block("1. A note that stops without a full stop, as a layout may cut it", hint="caption"),
              Block("2. It must be said that a second note starts here.", hint="caption"),
              Block("and goes on in lower case.", hint="caption")]
    assert _notes(blocks) == ["1. A note that stops without a full stop, as a layout may cut it",
                              "2. It must be said that a second note starts here. and goes on in lower case."]


def test_endnote_headings_of_the_usual_names():
    for name in ("Endnoten", "Fußnoten", "Anmerkungen:", "Endnotes", "3. Notes"):
        blocks = [Block("Text.", page=1), Block(name, hint="heading", page=2),
                  Block("1 Vgl. Muster 2003, S. 4.", hint="caption", page=2)]
        assert _notes(blocks) == ["1 Vgl. Muster 2003, S. 4."], name


def test_endnotes_after_the_reference_list():
    blocks = [Block("Text.", page=1), Block("Literatur", hint="heading", page=2),
              Block("Muster, Max (2003): Ein Titel. Berlin.", page=2),
              Block("Endnoten", page=2), Block("1 Vgl. Muster 2003, S. 4.", hint="caption", page=2)]
    _, passages = build_passages(blocks)
    assert [(p.kind, p.text) for p in passages][1:] == [
        ("heading", "Literatur"), ("reference", "Muster, Max (2003): Ein Titel. Berlin."), ("heading", "Endnoten"),
        ("footnote", "1 Vgl. Muster 2003, S. 4.")]


def _kinds(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(p.kind, p.text[:12]) for p in build_passages(blocks)[1]]


def test_notes_label_under_a_table_covers_its_items_only():
    """A report's "Notes:" under a table introduces numbered items; the paragraphs after them are text again."""
    blocks = [Block("Table 3 Minimum widths of escape stairs"),
              Block("Notes:"), Block("1. Widths are measured between walls."),
              Block("2. See also the guidance on handrails."),
              Block("Each stair should be enclosed in a protected shaft with fire doors at every storey."),
              Block("Where a building has a single stair, it should be approached through a protected lobby.")]
    assert _kinds(blocks)[1:] == [("heading", "Notes:"), ("footnote", "1. Widths ar"), ("footnote", "2. See also "),
                                  ("body", "Each stair s"), ("body", "Where a buil")]


def test_numbered_paragraph_of_a_report_ends_notes():
    """"2.2 Escape routes ..." (a section number with a decimal part) opens no note: the notes before it end."""
    blocks = [Block("Notes", hint="heading"), Block("1 The dimensions are measured along the route."),
              Block("2.2 Escape routes should be protected by fire-resisting construction in every case."),
              Block("Doors on escape routes should open in the direction of escape.")]
    assert _kinds(blocks)[1:] == [("footnote", "1 The dimens"), ("body", "2.2 Escape r"), ("body", "Doors on esc")]


def test_endnotes_in_body_type_after_a_notes_heading_stay_notes():
    """Endnotes set in body type, one of them opening with a decimal figure in lower case, stay notes."""
    blocks = [Block("Notes", hint="heading"), Block("1 On the reforms see Meier (2001)."),
              Block("2 Some 2.5 million people were affected in that year alone, as Roth (2004) says."),
              Block("3 Ebd., S. 4.")]
    assert [k for k, _ in _kinds(blocks)[1:]] == ["footnote"] * 3


def _body_with_marks(numbers: range, page: int = 1) -> list[Block]:
    return [Block(f"Ein Absatz des Textes über die Reform, der eine Anmerkung trägt.{_marked(n)} Dann geht er weiter.",
                  page=page) for n in numbers]


_BODY_NOTES = ["Vgl. Muster (2003), S. 4.", "Siehe dazu Max Meier, Ein Buch, Berlin 1999, S. 3.", "Ebd., S. 7."]


def test_body_size_endnotes_without_a_heading_found_by_the_bodys_marks():
    """Notes set in body type after the body, numbered "1 ", "1. " or with the number run into the word, no
    heading: the text called each of them, in order, and called none past the last; a heading follows them."""
    for number in ("{} ", "{}. ", "{}"):
        blocks = [*_body_with_marks(range(1, 4)),
                  *(Block(number.format(n) + note, page=2) for n, note in enumerate(_BODY_NOTES, 1)),
                  Block("Literatur", hint="heading", page=2), Block("Muster, Max (2003): Ein Titel. Berlin.", page=2)]
        _, passages = build_passages(blocks)
        assert [p.kind for p in passages] == ["body"] * 3 + ["footnote"] * 3 + ["heading", "reference"], number
        assert [p.text.split()[0].rstrip(".") for p in passages if p.kind == "footnote"] == ["1", "2", "3"]


def test_body_size_endnotes_before_a_list_with_raised_edition_numbers():
    blocks = [*_body_with_marks(range(1, 4)), *(Block(f"{n} {note}", page=2) for n, note in enumerate(_BODY_NOTES, 1)),
              Block("Literatur", hint="heading", page=2),
              Block(f"Muster, Max: Ein Titel. Berlin {_marked(2)}2003.", page=2)]
    assert [p.kind for p in build_passages(blocks)[1]][3:] == ["footnote"] * 3 + ["heading", "reference"]


def test_body_size_endnotes_before_a_list_heading_joined_to_its_first_entry():
    blocks = [*_body_with_marks(range(1, 4)), *(Block(f"{n} {note}", page=2) for n, note in enumerate(_BODY_NOTES, 1)),
              Block(f"Literatur\nMuster, Max (2003): Ein Titel. Berlin {_marked(2)}2003.", page=2)]
    assert [p.kind for p in build_passages(blocks)[1]][3:] == ["footnote"] * 3 + ["heading", "reference"]


def test_body_size_endnotes_after_an_author_year_list():
    blocks = [*_body_with_marks(range(1, 4)), Block("Literatur", hint="heading", page=2),
              Block("Muster, Max (2003): Ein Titel. Berlin.", page=2),
              *(Block(f"{n} {note}", page=3) for n, note in enumerate(_BODY_NOTES, 1))]
    _, passages = build_passages(blocks)
    assert [p.kind for p in passages][3:] == ["heading", "reference", "footnote", "footnote", "footnote"]


def test_body_size_endnotes_before_an_author_year_list_without_a_heading():
    """A newsletter's notes in body type, then its literature set without a heading: the entries (one broken over
    two blocks) end the run as a heading would; they are no notes."""
    entries = [Block("Muster, Max, 2003: Ein Titel", page=2), Block("über die Reform der Ämter. Berlin: Verlag.", page=2),
               Block("Meier, Otto, 2001: Daten der Ämter. Bonn.", page=2)]
    blocks = [*_body_with_marks(range(1, 4)), *(Block(f"{n} {note}", page=2) for n, note in enumerate(_BODY_NOTES, 1)),
              *entries]
    assert _notes(blocks) == [f"{n} {note}" for n, note in enumerate(_BODY_NOTES, 1)]


def test_a_list_before_one_entry_like_paragraph_and_body_text_is_no_body_size_endnotes():
    """Must not fire: one paragraph opening like an entry after a numbered list, then body text, is the body going
    on, not a list of references."""
    items = [Block("1. Erstens sind die Daten der Ämter unvollständig.", page=2),
             Block("2. Zweitens fehlen die Angaben der Länder.", page=2),
             Block("3. Drittens ist die Frist zu kurz.", page=2)]
    blocks = [*_body_with_marks(range(1, 4)), *items,
              Block("Muster, Max, 2003, hat die Reform dennoch gelobt, wie viele andere.", page=2),
              Block("Abschließend bleibt festzuhalten, dass die Reform offen ist.", page=2),
              Block("Literatur", hint="heading", page=2)]
    assert "footnote" not in [p.kind for p in build_passages(blocks)[1]]


def test_body_size_endnotes_before_the_next_articles_title_whose_text_has_its_own_marks():
    """A newsletter read as one PDF: the first article's notes in body type (the first one a short line that looks
    like a numbered heading, its tail a short closed line), then the next article under a title set at three
    times the body size, its text with its own marks. The notes are read; a heading near body size does not stop
    the search for marks after a numbered list (must not fire)."""
    notes = [Block("1 Für Näheres siehe", page=2), Block("Muster (2003).", page=2),
             *(Block(f"{n} {note}", page=2) for n, note in enumerate(_BODY_NOTES[1:], 2))]
    blocks = [*_body_with_marks(range(1, 4)), *notes, Block("Die Ämter im Vergleich", hint="heading", page=3,
                                                            size=3.0), *_body_with_marks(range(1, 3), 3)]
    assert _notes(blocks) == ["1 Für Näheres siehe Muster (2003).", *(f"{n} {note}" for n, note in
                                                                       enumerate(_BODY_NOTES[1:], 2))]
    items = [Block("1. Erstens sind die Daten der Ämter unvollständig.", page=2),
             Block("2. Zweitens fehlen die Angaben der Länder.", page=2),
             Block("3. Drittens ist die Frist zu kurz.", page=2)]
    blocks = [*_body_with_marks(range(1, 4)), *items, Block("Die Ämter im Vergleich", hint="heading", page=3,
                                                            size=1.2), *_body_with_marks(range(1, 3), 3)]
    assert "footnote" not in [p.kind for p in build_passages(blocks)[1]]


def test_numbered_heading_before_a_short_paragraph_is_no_body_size_endnote():
    """Must not fire: a numbered heading ending on a noun, a short closed paragraph, the next numbered heading
    (a closing one without text, before the list)."""
    blocks = [*_body_with_marks(range(1, 3)), Block("1 Die Reform der Ämter in Bayern", page=2),
              Block("Sie gilt seit 2003.", page=2), Block("2 Ausblick auf die Länder", page=2),
              Block("Literatur", hint="heading", page=2)]
    assert "footnote" not in [p.kind for p in build_passages(blocks)[1]]


def test_body_size_endnote_broken_by_the_layout_goes_on_and_a_short_note_is_no_heading():
    blocks = [*_body_with_marks(range(1, 4)), Block("Anmerkungen", hint="heading", page=2),
              Block("1 Vgl. zu den Entwürfen die Antwort von", page=2), Block("Erika Beispiel (2004).", page=3),
              Block("2 Siehe Kapitel 4", page=3), Block("3 Ebd., S. 7.", page=3)]
    assert _notes(blocks) == ["1 Vgl. zu den Entwürfen die Antwort von Erika Beispiel (2004).", "2 Siehe Kapitel 4",
                              "3 Ebd., S. 7."]


def test_numbered_runs_that_are_no_body_size_endnotes():
    """Must not fire: a numbered list inside the body (text with marks goes on after it, or the text called more
    numbers than the list has), numbered headings, a numbered reference list, a table of contents, a report's
    numbered paragraphs."""
    items = [Block("1. Erstens sind die Daten der Ämter unvollständig.", page=2),
             Block("2. Zweitens fehlen die Angaben der Länder.", page=2),
             Block("3. Drittens ist die Frist zu kurz.", page=2)]
    cases = {
        "list, marked text after it": [*_body_with_marks(range(1, 4)), *items, *_body_with_marks(range(4, 6), 3)],
        "list, unmarked text after it": [*_body_with_marks(range(1, 4)), *items,
                                         Block("Abschließend bleibt festzuhalten, dass die Reform offen ist.", page=2),
                                         Block("Literatur", hint="heading", page=2)],
        "list, more marks than items": [*_body_with_marks(range(1, 5)), *items, Block("Literatur", hint="heading")],
        "answers of a questionnaire": [*_body_with_marks(range(1, 3)), Block("Frage 7: Haben Sie ein Konto?", page=2),
                                       Block("1) Ja\n2) Nein", page=2), Block("Anhang B", hint="heading", page=2)],
        "numbered headings": [*_body_with_marks(range(1, 3)), Block("1 Einleitung", page=2),
                              Block("Ein Absatz der Einleitung, der lange genug ist und mit einem Punkt endet.",
                                    page=2), Block("2 Methode", page=2), Block("Literatur", hint="heading")],
        "numbered reference list": [*_body_with_marks(range(1, 4)), Block("Literatur", hint="heading", page=2),
                                    Block("1. Muster, Max (2003): Ein Titel. Berlin.", page=2),
                                    Block("2. Meier, Otto (2001): Daten der Ämter. Bonn.", page=2),
                                    Block("3. Schulz, Hans (1999): Arbeit. Köln.", page=2)],
        "unheaded numbered entries": [*_body_with_marks(range(1, 4)),
                                      Block("1 Muster, Max (2003): Ein Titel. Berlin.", page=2),
                                      Block("2 Meier, Otto (2001): Daten der Ämter. Bonn.", page=2),
                                      Block("3 Schulz, Hans (1999): Arbeit. Köln.", page=2)],
        "table of contents": [Block("1 Einleitung 3", page=1), Block("2 Die Reform der Ämter 5", page=1),
                              Block("3 Fazit 9", page=1), *_body_with_marks(range(1, 4), 2)],
        "numbered paragraphs": [*_body_with_marks(range(1, 3)),
                                Block("1. The committee heard evidence from the departments on the reform.", page=2),
                                Block("2. The departments disagreed on the figures they were given.", page=2),
                                Block(f"3. We recommend a review.{_marked(3)}", page=2),
                                Block("Conclusions", hint="heading", page=3)],
    }
    for name, blocks in cases.items():
        assert "footnote" not in [p.kind for p in build_passages(blocks)[1]], name


def test_body_size_endnote_of_two_paragraphs_and_an_imprint_in_small_type_after_the_notes():
    blocks = [*_body_with_marks(range(1, 4)), Block("1 Vgl. Muster (2003), S. 4.", page=2),
              Block("2 Siehe dazu Max Meier, Ein Buch, Berlin 1999, S. 3.", page=2),
              Block("Anders jedoch Schulz (2001), der die Daten für verlässlich hält.", page=2),
              Block("3 Ebd., S. 7.", page=2), Block("Herausgegeben vom Institut für Arbeit, Berlin.", hint="caption")]
    assert _notes(blocks) == ["1 Vgl. Muster (2003), S. 4.", "2 Siehe dazu Max Meier, Ein Buch, Berlin 1999, S. 3. "
                              "Anders jedoch Schulz (2001), der die Daten für verlässlich hält.", "3 Ebd., S. 7."]


def test_body_size_endnote_going_on_in_a_short_line_is_no_heading():
    long_note = "2 " + " ".join(["Eine lange Anmerkung über die Reform der Ämter und ihre Folgen."] * 4)
    blocks = [Block("Text.", page=1), Block("Anmerkungen", hint="heading", page=2),
              Block("1 Vgl. zu den Entwürfen die Antwort von", page=2), Block("Erika Beispiel und Otto Muster", page=2),
              Block(long_note, page=2), Block("3 Siehe dazu", page=2), Block("Literatur", page=2),
              Block("Muster, Otto (2003): Ein Titel. Berlin.", page=2)]
    _, passages = build_passages(blocks)
    assert [p.text for p in passages if p.kind == "footnote"] == [
        "1 Vgl. zu den Entwürfen die Antwort von Erika Beispiel und Otto Muster", long_note, "3 Siehe dazu"]
    assert [p.kind for p in passages][-2:] == ["heading", "reference"]


def test_body_size_endnotes_under_a_heading_joined_to_the_first_note():
    blocks = [*_body_with_marks(range(1, 3)), Block("Anmerkungen\n1 Vgl. Muster (2003), S. 4.", page=2),
              Block("2 Ebd., S. 7.", page=2)]
    _, passages = build_passages(blocks)
    assert [(p.kind, p.text) for p in passages][2:] == [
        ("heading", "Anmerkungen"), ("footnote", "1 Vgl. Muster (2003), S. 4."), ("footnote", "2 Ebd., S. 7.")]


def test_body_size_endnotes_numbered_anew_after_an_authors_footnote():
    """An author's note "1" at the first page's foot, then endnotes 1-3 that the text called: notes; a list of as
    many items as the footnotes are (no mark past them) is not."""
    notes = [Block(f"{n} {note}", page=3) for n, note in enumerate(_BODY_NOTES, 1)]
    blocks = [Block(f"Max Muster{_marked(1)}", page=1), Block("1 Der Autor lehrt in Berlin.", hint="footnote", page=1),
              *_body_with_marks(range(1, 4), 2), *notes, Block("Literatur", hint="heading", page=3)]
    assert [p.kind for p in build_passages(blocks)[1]][5:] == ["footnote"] * 3 + ["heading"]
    footnotes = [Block(f"{n} Eine Fußnote.", hint="footnote", page=2) for n in range(1, 4)]
    blocks = [*_body_with_marks(range(1, 4), 2), *footnotes, *notes, Block("Literatur", hint="heading", page=3)]
    assert [p.kind for p in build_passages(blocks)[1]][6:] == ["body"] * 3 + ["heading"]


def test_small_type_notes_found_by_their_numbers_still_end_at_a_short_title_in_body_type():
    paragraph = " ".join(["Ein Absatz des Nachworts über die Reform der Ämter und ihre Folgen."] * 4)
    blocks = [Block(f"Ein Satz.{_marked(1)} Noch einer.{_marked(2)}", page=1),
              Block("1 Vgl. Muster (2003).", hint="caption", page=2),
              Block("2 Siehe dazu die Antwort von", hint="caption", page=2),
              Block("Ein Nachwort", page=2), Block(paragraph, page=2)]
    assert [p.kind for p in build_passages(blocks)[1]] == ["body", "footnote", "footnote", "heading", "body"]


def test_body_size_endnote_opening_with_a_cue_and_broken_after_a_name_goes_on():
    """A newsletter's note in body type whose first line opens with a note's cue and ends on the names cited
    ("2 Vgl. dazu unter anderem Muster/Meier"), the layout breaking the note before "(2011).": the line looks like a
    numbered heading (short, no full stop) but no heading opens with "Vgl.", "Siehe" or "See"; before, the run of
    notes stopped there and none of them was read as notes. A numbered heading ending on a name stays one."""
    for cue in ("Vgl. dazu unter anderem", "Siehe etwa", "See for instance"):
        notes = [Block("1 Vgl. Muster (2003), S. 4.", page=2), Block(f"2 {cue} Muster/Meier", page=2),
                 Block("(2011).", page=2), Block("3 Ebd., S. 7.", page=2)]
        blocks = [*_body_with_marks(range(1, 4)), *notes, Block("Literatur", hint="heading", page=2)]
        assert _notes(blocks) == ["1 Vgl. Muster (2003), S. 4.", f"2 {cue} Muster/Meier (2011).", "3 Ebd., S. 7."]
    blocks = [*_body_with_marks(range(1, 3)), Block("1 Die Reform nach Muster", page=2),
              Block("Sie gilt seit 2003 in allen Ländern.", page=2), Block("2 Ausblick auf die Länder", page=2),
              Block("Literatur", hint="heading", page=2)]
    assert "footnote" not in [p.kind for p in build_passages(blocks)[1]]


def test_body_size_endnotes_before_a_list_whose_first_entry_is_broken_after_its_names():
    """A newsletter's notes in body type, then its literature without a heading, the first entry broken by the
    layout after its line of names ("Muster, Max; Meier, Otto;" / "Beispiel, Erika, 2003: ..."): the entries end
    the run of notes as a heading would; before, the names line was no entry and the notes were read as body.
    A line of names before body text that opens no entry ends nothing (must not fire)."""
    entries = [Block("Muster, Max; Meier, Otto; Beispiel, Erika;", page=2),
               Block("Beispiel, Ulla, 2003: Ein Titel über die Reform. Berlin: Verlag.", page=2),
               Block("Meier, Otto, 2001: Daten der Ämter. Bonn.", page=2)]
    blocks = [*_body_with_marks(range(1, 4)), *(Block(f"{n} {note}", page=2) for n, note in enumerate(_BODY_NOTES, 1)),
              *entries]
    assert _notes(blocks) == [f"{n} {note}" for n, note in enumerate(_BODY_NOTES, 1)]
    body = [Block("Muster, Max; Meier, Otto; Beispiel, Erika;", page=2),
            Block("Sie alle haben die Reform im Jahr 2003 gelobt, wie viele andere auch.", page=2),
            Block("Abschließend bleibt festzuhalten, dass die Reform offen ist.", page=2)]
    blocks = [*_body_with_marks(range(1, 4)), *(Block(f"{n} {note}", page=2) for n, note in enumerate(_BODY_NOTES, 1)),
              *body]
    assert _notes(blocks) == []
