"""German list styles the reference tagger learned from its German restyled copies (scripts/reference_restyle.py,
german=True; litmine/citations/data/reference_tagger.npz of 2026-12-06): hand-made strings."""

from litmine.citations.references import parse_reference


def _surnames(ref) -> list[str]:
    return [a["surname"] for a in ref.authors]


def test_volume_and_issue_after_a_slash():
    ref = parse_reference("Kessler, U., 1999: Die Stadt als Bühne. Stadtsoziologie 12/3: 45-67.")
    assert (ref.title, ref.container, ref.volume, ref.issue, ref.pages) == (
        "Die Stadt als Bühne", "Stadtsoziologie", "12", "3", "45-67")


def test_issue_after_volume_and_colon():
    ref = parse_reference("Ritter, P., 1998: Nachbarschaft als Ressource. Zeitschrift für Soziologie 27: 4, S. 112-130.")
    assert (ref.container, ref.volume, ref.issue, ref.pages) == ("Zeitschrift für Soziologie", "27", "4", "112-130")


def test_names_in_natural_order_joined_by_und():
    ref = parse_reference("Helmut Graf, Sabine Ott und Dieter Wahl (1997): Netzwerke im Quartier. Soziale Welt 48, "
                          "S. 171-208.")
    assert _surnames(ref) == ["Graf", "Ott", "Wahl"]
    assert (ref.title, ref.container, ref.volume) == ("Netzwerke im Quartier", "Soziale Welt", "48")


def test_jahrgang_heft_and_edited_books_still_parse():
    ref = parse_reference("Kessler, Ute (1999): Die Stadt als Bühne. In: Zeitschrift für Stadtsoziologie, 12. Jg., "
                          "Heft 3, S. 45-67.")
    assert (ref.container, ref.volume, ref.issue, ref.pages) == ("Zeitschrift für Stadtsoziologie", "12", "3", "45-67")
    ref = parse_reference("Lorenz, Ilse/Marek, Otto (Hg.) (2001): Handbuch der Gemeindeforschung. Wiesbaden: VS Verlag.")
    assert [e["surname"] for e in ref.editors] == ["Lorenz", "Marek"] and ref.title == "Handbuch der Gemeindeforschung"
    assert (ref.place, ref.publisher) == ("Wiesbaden", "VS Verlag")
