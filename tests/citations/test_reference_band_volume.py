"""The number after "Bd."/"Band" is a German reference's volume (reference_rules._band_volume): hand-made strings."""

import pytest

from litmine.citations.reference_rules import _band_volume
from litmine.citations.references import parse_reference


@pytest.mark.parametrize("raw, volume", [
    ("Ostrander, Paul (1967), Das Erbe, Bd. II, Hamburg.", "II"),
    ("Lindqvist, Anna (1998), Wege aus der Peripherie. Fallstudien, Studien zur Regionalforschung, Bd. 7, Wien.",
     "7"),
    ("Quill, B. (1995): Der Hausrat im Streit. Schriften zum Familienrecht, Band 161. Bielefeld: Gieseking.", "161"),
    ("Kettler, E. (1986), »Der Ruhestand«, in: Marsh, O./Lee, R. (Hg.), Handbuch der Arbeit, Bd. 1, Amsterdam, "
     "S. 305-355.", "1"),
])
def test_the_number_after_bd_or_band_is_the_volume(raw, volume):
    ref = parse_reference(raw)
    assert ref.volume == volume
    assert not (ref.title or "").endswith(("Bd", "Bd.", "Band")) and "Bd. I" not in (ref.title or "")


@pytest.mark.parametrize("raw", [
    "Elling, Norbert (1997), Über den Prozess der Zivilisation, 2 Bde., Frankfurt a.M.",  # a count of volumes
    "Parr, Vilma (1896): Cours d'économie politique; Bände I und II. Lausanne.",  # the plural
    "Hart, A. (2001). The Band I Loved: A Memoir. London: Faber.",  # "Band" in an English title
])
def test_no_volume_from_counts_plurals_or_titles(raw):
    assert parse_reference(raw).volume is None


def test_band_volume_keeps_a_volume_found_and_a_title_that_is_only_the_volume():
    assert _band_volume("Ost, P. (1967), Bd. 2, Hamburg.", "Bd. 2", None, None) == ("Bd. 2", None, "2")
    assert _band_volume("Ost, P. (1967), Werke, Bd. 2, Hamburg.", "Werke, Bd", None, "4") == ("Werke, Bd", None, "4")
