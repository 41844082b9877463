"""Reference entries run together with a list-marker glyph between them (issue 13). All entries are made up."""

from litmine.citations.references import merge_reference_passages

_BULLETED = ("Amsel, Jana (1999): Wahrheit und Ordnung. Frankfurt a.M. ► Bohle, Gerd (1994): Stoffe. In: Kurz, Peter. "
             "Perspektiven der Chemie. Mannheim. 115-126 ► Bohle, Gerd (1997): Protostoffe. Würzburg ► Cramer, "
             "Ina / Dorn, Udo (1998): Vorüberlegungen. in: Kurz / Lang (1998), 415-432")


def test_bullet_glyph_parts_run_on_entries():
    entries = merge_reference_passages([_BULLETED])
    assert [e.split(" (")[0] for e in entries] == ["Amsel, Jana", "Bohle, Gerd", "Bohle, Gerd", "Cramer, Ina / Dorn, Udo"]
    assert entries[2] == "Bohle, Gerd (1997): Protostoffe. Würzburg"


def test_bullet_glyph_inside_an_entry_without_a_following_date_stays():
    text = "Amsel, Jana (1999): Wahrheit • Ordnung • Macht. Frankfurt a.M.: Beispiel Verlag."
    assert merge_reference_passages([text]) == [text]
