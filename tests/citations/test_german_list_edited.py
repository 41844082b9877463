"""German reference lists (issue 13, session 26): an edited book whose "(Hg.)" stands after the bracketed year
("Name, V. (1997) (Hg.), Titel, Ort"), where the tagger read the book's title as a container and found no title.
Hand-made strings."""

from litmine.citations.reference_rules import _editor_mark_title
from litmine.citations.references import parse_reference


def test_an_edited_books_title_after_hg_after_the_year_is_its_title():
    ref = parse_reference("Kranz, Ute/Stein, Rolf (1997) (Hg.), Natur und Schule, Stuttgart.")
    assert (ref.title, ref.container, ref.place, ref.year) == ("Natur und Schule", None, "Stuttgart", 1997)
    ref = parse_reference("Vogt, Jens (2005) (Hrsg.): Arbeit im Wandel. Berlin: Campus.")
    assert (ref.title, ref.container) == ("Arbeit im Wandel", None)


def test_the_rule_needs_no_title_and_the_mark_right_after_the_year():
    raw = "Kranz, Ute (1997) (Hg.), Natur und Schule, Stuttgart."
    assert _editor_mark_title(raw, None, "Natur und Schule") == ("Natur und Schule", None)
    # a title found stays; so does a chapter's book after "In: Editor (Hg.)" (no year before the mark)
    assert _editor_mark_title(raw, "Natur", "Natur und Schule") == ("Natur", "Natur und Schule")
    chapter = "Lenz, Anna (2004): Vorwort. In: Horn, Paul (Hg.), Bilder der Wahl. Köln, 7-11."
    assert _editor_mark_title(chapter, None, "Bilder der Wahl") == (None, "Bilder der Wahl")
    assert _editor_mark_title("Horn, Paul (Hg.) (2004): Bilder der Wahl. Köln.", None, "Bilder der Wahl") == (
        None, "Bilder der Wahl")


def test_chapters_and_articles_keep_their_containers():
    ref = parse_reference("Lenz, Anna (2004): Vorwort. In: Lenz, Anna/ Horn, Paul (Hg.) Bilder der Wahl. Köln, 7–11.")
    assert (ref.title, ref.container) == ("Vorwort", "Bilder der Wahl")
    ref = parse_reference("Kessler, Ute (1999): Die Stadt als Bühne. In: Zeitschrift für Stadtsoziologie, 12. Jg., "
                          "Heft 3, S. 45-67.")
    assert (ref.title, ref.container) == ("Die Stadt als Bühne", "Zeitschrift für Stadtsoziologie")
