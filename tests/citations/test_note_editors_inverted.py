"""The editors of the book a chapter appeared in, written surname first as the colon style writes names ("in: Roth,
Eva/Kühn, Jan (Hrsg.): Handbuch Stadt"): each editor's surname and given name, not two given names. Hand-made
notes."""

from litmine.citations.footnote_fields import parse_footnote_reference


def test_editors_surname_first_are_read_so():
    r = parse_footnote_reference("Hans Lang, Die Stadt im Wandel, in: Roth, Eva/Kühn, Jan (Hrsg.): Handbuch Stadt, "
                                 "Opladen 1998, S. 5-20.")
    assert r.editors == [{"surname": "Roth", "given": "Eva"}, {"surname": "Kühn", "given": "Jan"}]
    assert (r.container, r.year, r.pages) == ("Handbuch Stadt", 1998, "5-20")


def test_editors_in_natural_order_stay_as_they_were():
    r = parse_footnote_reference("Hans Lang, Die Stadt, in: Eva Roth/Jan Kühn (Hrsg.), Handbuch Stadt, Opladen 1998.")
    assert r.editors == [{"surname": "Roth", "given": "Eva"}, {"surname": "Kühn", "given": "Jan"}]
