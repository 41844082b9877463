"""German reference-list shapes (issue 13, session 24): ordinals inside titles, report series numbered "No. 204",
an issue marked "H. 3" beside a volume, a chapter's "in:" after the title, and the German copies the tagger trains
on (scripts/reference_restyle.py). Hand-made strings."""

import random
import re

from litmine.citations.reference_model import mask_for_tagging
from litmine.citations.references import parse_reference
from tests.citations.test_reference_restyle import CHAPTER, _example, _module
from tests.citations.test_reference_restyle_german import BOOK, _copies


def test_a_german_ordinal_after_an_article_is_masked_as_a_word():
    assert mask_for_tagging("Stadtplanung des 20. Jahrhunderts. Berlin") == "Stadtplanung des nn  Jahrhunderts. Berlin"
    assert mask_for_tagging("Leben im 21. Jahrhundert") == "Leben im nn  Jahrhundert"
    # volume, issue, edition and page words, months and non-articles keep their numbers
    for text in ("Zeitschrift, Jg. 12, H. 3", "Soziale Welt 12. Jg.", "in der 2. Aufl.", "Rundschau vom 17. Mai 2003",
                 "Journal vol 12. The end", "Mensch und 3. Welt"):
        assert mask_for_tagging(text) == text


def test_an_ordinal_stays_in_the_title_and_is_no_volume():
    ref = parse_reference("Kranz, Otto / Brügge, Lena (2008): Wozu Planung? Beiträge zur Kritik einer Leitidee des 20. "
                          "Jahrhunderts. Weilerswist: Hellweg Verlag.")
    assert ref.title == "Wozu Planung? Beiträge zur Kritik einer Leitidee des 20. Jahrhunderts"
    assert ref.volume is None and ref.place == "Weilerswist"
    ref = parse_reference("Sander, Ute (2006), »Einleitung«, in: dies. (Hg.), Haus – Hof – Dorf. Ordnungen im 20. "
                          "Jahrhundert, Stuttgart, S. 7–22.")
    assert ref.container == "Haus – Hof – Dorf. Ordnungen im 20. Jahrhundert"
    assert (ref.volume, ref.pages) == (None, "7-22")


def test_a_report_series_numbered_with_no_keeps_its_number():
    ref = parse_reference("Lindqvist, Per/Ström, Ada (1998), Retirement Choices in Rural Sweden, Economics Department "
                          "Working Paper No. 204, Paris.")
    assert ref.volume == "204" and ref.container.endswith("Working Paper")
    ref = parse_reference("Brandt, K. (2001). Moral hazard in small firms. Discussion Paper Nr. 19. Universität Halle.")
    assert (ref.container, ref.volume) == ("Discussion Paper", "19")


def test_an_issue_marked_h_beside_a_volume_is_the_issue():
    ref = parse_reference("Roth, Anke, 2005: Das gute Leben. In: Zeitschrift für Ethik 16 (2005), H. 3, 291-298.")
    assert (ref.container, ref.volume, ref.issue, ref.pages) == ("Zeitschrift für Ethik", "16", "3", "291-298")
    ref = parse_reference("Roth, Anke, 2005: Das gute Leben. In: Zeitschrift für Ethik 16, Heft 4, S. 5-9.")
    assert (ref.volume, ref.issue, ref.pages) == ("16", "4", "5-9")


def test_the_chapter_in_after_a_title_is_not_part_of_it():
    ref = parse_reference("Ekberg, Lise, 1997: Sweden: The Land of Two Earners in: Holm, Jan; Berg, Ada (eds.) "
                          "Family Policies in the North. Oxford: Clarendon.")
    assert ref.title == "Sweden: The Land of Two Earners"
    assert ref.container == "Family Policies in the North"


def test_german_chapter_copies_write_subtitles_bare_editor_marks_and_bare_pages():
    rs = _module("reference_restyle")
    parts = [p if p[0] != "container" else ("container", "Welfare Mixes: Revisited Again") for p in CHAPTER]
    raws = [rs.restyle(_example(parts), random.Random(seed), german=True)[0] for seed in range(120)]
    assert any("Welfare Mixes. Revisited Again" in r for r in raws)
    assert any("Welfare Mixes: Revisited Again" in r for r in raws)
    assert any(re.search(r" \((Hg|Hrsg)\.\) Welfare", r) for r in raws)
    assert any(re.search(r"(Tampere|Vastapaino)[,.] 12-30\.$", r) for r in raws)


def test_german_book_copies_write_an_edition_as_a_note():
    copies = _copies(BOOK, 120)
    edited = [(raw, labelled) for raw, labelled in copies if "Aufl" in raw or "Ausg" in raw]
    assert edited and not any("Aufl.." in raw for raw, _ in edited)
    for raw, labelled in edited:
        assert all(lab == "note" for word, lab in labelled if word in ("Aufl", "Auflage", "Ausg", "überarb", "erw"))
        assert dict(labelled)["lives"] == "title"


def test_german_journal_copies_write_jahrgang():
    from tests.citations.test_reference_restyle import ARTICLE
    raws = [raw for raw, _ in _copies(ARTICLE, 120)]
    assert any(", Jahrgang 8, " in r for r in raws)


def test_a_body_named_before_hg_edits_the_book_and_is_no_container():
    ref = parse_reference("Wolf, Hans (1970), »Der Boden«, in: Akademie für Stadtplanung und Landesbau (Hg.), "
                          "Wörterbuch der Stadt I, A–H, Hannover, S. 279–289.")
    assert ref.container == "Wörterbuch der Stadt I, A–H"
    assert [e["surname"] for e in ref.editors] == ["Akademie für Stadtplanung und Landesbau"]
    assert (ref.place, ref.pages) == ("Hannover", "279-289")


def test_the_place_a_chapters_book_ran_into_is_the_place():
    ref = parse_reference("Lenz, Anna (2004) Vorwort. In: Lenz, Anna/ Horn, Paul (Hg.) Bilder der Wahl. Köln, 7–11.")
    assert (ref.container, ref.place, ref.pages) == ("Bilder der Wahl", "Köln", "7-11")
    ref = parse_reference("Lenz, Anna (2003): Wandel. In: Horn, Paul (Hrsg.): Grundfragen der Stadt. Opladen: Leske "
                          "und Budrich, S. 427 – 433")
    assert (ref.container, ref.place, ref.publisher) == ("Grundfragen der Stadt", "Opladen", "Leske und Budrich")
    ref = parse_reference("Lenz, A. (2001): Wege. In: Horn, P. (Hrsg.): Formen des Lebens. Übergang - Folge - Lauf. "
                          "- Weinheim und München, S. 17-48.")
    assert (ref.container, ref.place) == ("Formen des Lebens. Übergang - Folge - Lauf", "Weinheim und München")
    # a book whose place the tagger found keeps its last sentence; an ordinal is no end of the book
    ref = parse_reference("Lenz, A. (2007): Die Stadt. In: Horn, P. (Hg.): Arbeit und Leben. Eine Einführung. "
                          "Frankfurt: Campus, S. 1-9.")
    assert (ref.container, ref.place, ref.publisher) == ("Arbeit und Leben. Eine Einführung", "Frankfurt", "Campus")
    ref = parse_reference("Lenz, A. (1999): Die Stadt. In: Horn, P. u. E. Roth (Hrsg.): Land im 21. Jahrhundert: "
                          "Politik – Wirtschaft. Osnabrück, S. 33 - 47.")
    assert ref.container == "Land im 21. Jahrhundert: Politik – Wirtschaft" and ref.place == "Osnabrück"


def test_u_before_an_initial_is_und_not_u_a():
    from litmine.citations.reference_names import parse_names
    assert [n["surname"] for n in parse_names("Haase, A., S. Kabisch u. A. Steinführer")] == [
        "Haase", "Kabisch", "Steinführer"]
    assert [n["surname"] for n in parse_names("Lenz, K. u. a.")] == ["Lenz"]
    assert [n["surname"] for n in parse_names("Lenz, K. u.a.")] == ["Lenz"]


def test_an_editions_number_is_cut_from_the_title():
    ref = parse_reference("Brandt, Hans (1995): Stiftung und Firma. Recht - Steuern. 5. Auflage. Herne/Berlin: Verlag "
                          "Neue Briefe")
    assert ref.title == "Stiftung und Firma. Recht - Steuern"
    ref = parse_reference("Roth, R./ Hill, P., 1999: Methoden der Feldforschung, 6.A. München: Oldenbourg.")
    assert ref.title == "Methoden der Feldforschung"
    assert parse_reference("Roth, R. (1999): Die Welt in 80 Tagen. Berlin: Verlag.").title == "Die Welt in 80 Tagen"


def test_a_number_word_alone_is_no_container():
    ref = parse_reference("Statistikamt Nord, 1999a: Neues vom Amt. Nr. 337.")
    assert ref.container is None and ref.volume == "337"


def test_a_place_with_u_a_is_cut_from_the_book_too():
    from litmine.citations.reference_rules import _place_after_book
    got = _place_after_book("Spiele im Netz. Zugänge zum Computerspiel. Münster [u.a.]: LIT-Verlag", None, None,
                            [{"surname": "Nohr", "given": "Rolf"}], None)
    assert got == ("Spiele im Netz. Zugänge zum Computerspiel", "Münster [u.a.]", "LIT-Verlag")
    got = _place_after_book("Handbuch der Stadt. Stuttgart u. a.", None, None, [{"surname": "Nohr", "given": "R."}],
                            None)
    assert got == ("Handbuch der Stadt", "Stuttgart u. a.", None)
