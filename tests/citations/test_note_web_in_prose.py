"""A web page a note's prose cites in a bracket without a cue (issue 13; helper F53): "ein Weblog der Initiative
(http://initiative.blog.example.de, Stand: 14.10.05), dessen Beiträge ...", "beim Datenzentrum (www.daten.example.de)
bezogen werden": the address is a reference (the labelling conventions: a URL given as a source is one); a
reference's own address in a bracket at its end stays part of it. Every note here is hand-made."""

from litmine.citations.footnotes import find_footnote_entries


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_a_bracketed_address_inside_a_sentence_is_a_reference():
    assert _texts("6 Ein Beispiel ist das Weblog der Initiative (http://initiative.blog.example.de, Stand: "
                  "14.10.05), dessen Beiträge gelöscht wurden.") == ["http://initiative.blog.example.de"]
    assert _texts("1 Die Daten können beim Datenzentrum des Instituts (www.daten.example.de) kostenlos bezogen "
                  "werden.") == ["www.daten.example.de"]
    assert _texts("2 Die Zahlen meldet das Amt (siehe www.amt.example.de) jährlich.") == ["www.amt.example.de"]


def test_a_references_own_address_in_a_bracket_stays_with_it():
    texts = _texts("3 Anna Berger, Der Bericht, Berlin 2005 (http://www.example.de/bericht.pdf).")
    assert len(texts) == 1 and texts[0].startswith("Anna Berger")
    texts = _texts("4 Anna Berger, Der Bericht zur Lage, online (http://www.example.de/bericht.pdf).")
    assert all(t != "http://www.example.de/bericht.pdf" for t in texts)
