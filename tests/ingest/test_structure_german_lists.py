"""German reference lists in build_passages: their headings, a running head at a page's top, a heading set small."""

from __future__ import annotations

import pytest

from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages, is_reference_heading

# made-up entries in the German author-year style
ENTRIES = [
    "Albrecht, Hanna (2004): Nachbarschaft im Wandel. Eine Fallstudie. Hamburg: Muster Verlag.",
    "Brenner, Kurt/Vogel, Lea (2011): Vereine und Gemeinde. In: Zeitschrift für Ortskunde 12, H. 3, S. 45-67.",
    "Claussen, Emil (1998): Arbeit auf dem Land, in: Dorn, Ina (Hg.): Ländliche Räume, Kiel, S. 10-31.",
    "Dietrich, Paula (2016): Wege in den Beruf. Eine qualitative Studie. Wiesbaden: Beispiel Verlag.",
]


def _references(passages):
    return [p.text for p in passages if p.kind == "reference"]


@pytest.mark.parametrize("heading", ["8.1 Verzeichnis der verwendeten Literatur", "Literatur- und Quellenverzeichnis",
                                     "Quellen- und Literaturverzeichnis", "Verzeichnis der zitierten Literatur",
                                     "Bibliographie / Bibliography", "Literatur | References", "Literatur und Quellen",
                                     "Weiterführende Literatur"])
def test_german_and_two_language_reference_headings(heading):
    assert is_reference_heading(heading)
    blocks = [Block("Einleitung", hint="heading", page=1), Block("Text des Beitrags (Albrecht 2004).", page=1),
              Block(heading, hint="heading", page=2), Block(ENTRIES[0], page=2), Block(ENTRIES[1], page=2)]
    _, passages = build_passages(blocks)
    assert _references(passages) == ENTRIES[:2]


@pytest.mark.parametrize("heading", ["Verzeichnis der Abbildungen", "Einleitung / Introduction", "Literaturbericht"
                                     " / Forschungsstand", "Quellen der Daten"])
def test_other_headings_do_not_open_a_reference_list(heading):
    assert not is_reference_heading(heading)


def test_running_head_at_a_page_top_does_not_end_the_reference_list():
    """The paper's short title repeated at each page's top, here one of the words "biograph..." (which no longer
    reads as "Biographies" of the authors), and entries after it on the new page."""
    head = "Biographische Übergänge in Arbeit"
    blocks = [Block(head, page=3), Block("Schluss", hint="heading", page=3, size=1.2), Block("Text.", page=3),
              Block("Literatur", hint="heading", page=3, size=1.2), Block(ENTRIES[0], page=3),
              Block(ENTRIES[1], page=3), Block(head, hint="heading", page=4, size=1.2), Block(ENTRIES[2], page=4),
              Block(ENTRIES[3], page=4), Block("Zur Person", hint="heading", page=4, size=1.2),
              Block("Dr. Hanna Albrecht forscht zu Nachbarschaften.", page=4)]
    _, passages = build_passages(blocks)
    assert _references(passages) == ENTRIES
    assert not any(p.kind == "heading" and p.text == head and p.page == 4 for p in passages)


def test_a_new_section_at_a_page_top_still_ends_the_list():
    blocks = [Block("Literatur", hint="heading", page=3, size=1.2), Block(ENTRIES[0], page=3),
              Block("Anhang", hint="heading", page=4, size=1.2), Block("Tabelle A1 zeigt die Fälle.", page=4)]
    _, passages = build_passages(blocks)
    assert _references(passages) == ENTRIES[:1]
    assert [p.kind for p in passages if p.text.startswith("Tabelle")] == ["body"]


@pytest.mark.parametrize("hint", ["caption", "footnote"])
def test_reference_heading_set_small_opens_the_list(hint):
    """"LITERATUR" in small capitals at a page's foot, read as a caption or a footnote, with entries after it."""
    blocks = [Block("Text des Beitrags.", page=5), Block("LITERATUR", hint=hint, page=5, size=0.8),
              Block(ENTRIES[0], hint=hint, page=5, size=0.8), Block(ENTRIES[3], page=6)]
    _, passages = build_passages(blocks)
    assert _references(passages) == [ENTRIES[0], ENTRIES[3]]


def test_a_caption_naming_literature_without_entries_stays_a_caption():
    blocks = [Block("Text.", page=1), Block("Literatur", hint="caption", page=1), Block("Tabelle 2: Fälle.", page=1)]
    _, passages = build_passages(blocks)
    assert not _references(passages)


def _made_up_list(n: int) -> list[str]:
    return [f"Name{chr(97 + k)}, Anna ({1990 + k}): Ein Titel über Dinge, Teil {k}. Berlin: Verlag." for k in range(n)]


def test_a_publishers_series_list_after_the_references_is_not_in_the_list():
    """A heading at the top of a new page, after an entry-shaped list, with no entry after it: the publisher's list
    of its books (names in natural order, no year first), back matter."""
    entries = _made_up_list(6)
    blocks = [Block("Literatur", hint="heading", page=7), *(Block(e, page=7, size=0.8) for e in entries),
              Block("Bücher der Abteilung Arbeit", hint="heading", page=8), Block("(nur im Buchhandel)", page=8),
              Block("Anna Muster, Paul Beispiel\nDie Stadt im Wandel.", page=8, size=0.8),
              Block("Berlin, edition x 175 S.", page=8, size=0.8)]
    _, passages = build_passages(blocks)
    assert _references(passages) == entries


def test_a_subheading_at_a_page_top_with_entries_after_it_keeps_the_list():
    entries = _made_up_list(8)
    blocks = [Block("Literatur", hint="heading", page=7), *(Block(e, page=7, size=0.8) for e in entries[:6]),
              Block("Zeitungsartikel", hint="heading", page=8), *(Block(e, page=8, size=0.8) for e in entries[6:])]
    _, passages = build_passages(blocks)
    assert _references(passages) == entries


def test_entries_without_a_final_full_stop_are_cut_at_a_dated_name_line():
    """A list without indents whose entries end on the publisher without a full stop: a line opening with names
    and the year in brackets starts the next entry; a wrapped line of names after "und" does not."""
    lines = ["Amsel, Jana. (2010). Der Konflikt. Die Stadt und das Land. München: Beispiel Verlag",
             "Bohle, Gerd; Cramer, Ina & Dorn, Udo (Hrsg.). (2006). Wandel der Arbeit. Perspektiven aus",
             "soziologischer Sicht. Weinheim: Muster",
             "Ebert, Paul. (2011). Handbuch der Gemeinden. In Gerd Bohle und",
             "Feldmann, Rita (2002). Der Band. Kiel: Nord"]
    blocks = [Block("Literatur", hint="heading", page=9), Block("\n".join(lines), page=9)]
    _, passages = build_passages(blocks)
    refs = _references(passages)
    assert [r.split(".")[0] for r in refs] == ["Amsel, Jana", "Bohle, Gerd; Cramer, Ina & Dorn, Udo (Hrsg", "Ebert, Paul"]
    assert refs[2].endswith("In Gerd Bohle und Feldmann, Rita (2002). Der Band. Kiel: Nord")


def test_page_number_and_author_running_head_does_not_end_the_list():
    """"52 Anna Muster" (a page number and the author, as a journal prints at the top of even pages) reads like a
    numbered section, but an entry follows it on its page."""
    blocks = [Block("Literatur", hint="heading", page=3, size=1.2), Block(ENTRIES[0], page=3), Block(ENTRIES[1], page=3),
              Block("52 Anna Muster", hint="heading", page=4), Block(ENTRIES[2], hint="heading", page=4, size=0.9),
              Block(ENTRIES[3], page=4)]
    _, passages = build_passages(blocks)
    assert _references(passages) == ENTRIES


def test_an_entry_tail_opening_with_a_volume_in_small_type_is_no_footnote():
    """A list set small, read as footnotes: a block opening "16 (1-2), S. 5-45." ends the entry before it (its
    volume, issue and pages), whereas "16 Vgl. ..." would be note 16."""
    blocks = [Block("Literatur", hint="heading", page=9), Block(ENTRIES[0], page=9),
              Block("Brenner, Kurt (2011): Vereine. In: Zeitschrift für Ortskunde", hint="footnote", page=9, size=0.8),
              Block("16 (1-2), S. 5-45. " + ENTRIES[3], hint="footnote", page=9, size=0.8)]
    _, passages = build_passages(blocks)
    assert [p.kind for p in passages if "(1-2)" in p.text] == ["reference"]


def test_a_blocks_leading_tail_of_an_entry_is_cut_at_a_dated_name_line():
    """A block opening with the last line of an entry from the block before (no year in it, no entry's start) and
    then entries without indent: the dated name line starts a new entry (the tail is joined to its entry later,
    by merge_reference_passages)."""
    lines = ["Farmington Hills: Muster Verlag Beispiel",
             "Gerke, Jana. (Hrsg.). (2008). Kinder der Ferne. Warschau: Institut",
             "Hoff, Tanja & Rost, Paul. (Hrsg.). (2007). Väter im Blick. Opladen: Verlag"]
    first = "Feld, Sigrid (2010). Migration als Ressource. Zur Pendelmigration in Europa. Opladen,"
    blocks = [Block("Literatur", hint="heading", page=9), Block(first, page=9), Block("\n".join(lines), page=10)]
    _, passages = build_passages(blocks)
    assert _references(passages) == [first, *lines]


def test_heading_on_the_first_line_of_the_list_block_and_colon_style_entries():
    """"Literatur" joined by the reader to the entries under it (here in small type, read as a note), entries in
    the German "Name, Vorname: Titel. Ort Jahr" style whose year comes last."""
    lines = ["Literatur", "Amsel, Jana: Die Stadt als Risiko? Das Muster der", "Industriegesellschaft. In: Soziale Welt "
             "4/1988, S. 397-412", "Bohle, Udo: Eine Biographie. Kiel 2001", "Cramer, Hans; Dorn, Ina: Der Kick und die "
             "Ehre. München 1999", "Ebert, Paula: Stigma. Über Techniken. Frankfurt", "am Main 1975"]
    blocks = [Block("Schluss", hint="heading", page=12), Block("Text des Beitrags.", page=12),
              Block("\n".join(lines), hint="footnote", page=12, size=0.84)]
    _, passages = build_passages(blocks)
    assert [p.text for p in passages if p.kind == "heading"] == ["Schluss", "Literatur"]
    assert [r.split(":")[0] for r in _references(passages)] == ["Amsel, Jana", "Bohle, Udo", "Cramer, Hans; Dorn, Ina",
                                                                "Ebert, Paula"]


def test_a_colon_name_line_inside_an_entry_without_a_year_before_stays():
    lines = ["Amsel, Jana: Die Stadt als Risiko. In:", "Bohle, Udo: Handbuch der Städte. Kiel 2001"]
    blocks = [Block("Literatur", hint="heading", page=3), Block("\n".join(lines), page=3)]
    _, passages = build_passages(blocks)
    assert len(_references(passages)) == 1
