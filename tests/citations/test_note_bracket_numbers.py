"""Notes numbered with a closing bracket ("2) Anna Berger: ...", "12) Vgl. ..."), as older German papers print them
(issue 13; helper F53): the model's stretch may take in the bracket of the note's number, which made the entry
") Anna Berger: ..." (and some such entries were then rejected); the stretch starts past the number. Hand-made notes."""

from litmine.citations.footnotes import find_footnote_entries


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_a_stretch_starts_past_a_bracketed_note_number():
    assert _texts("2) Anna Berger: Leadership in Europe, Basingstoke 2006.") == [
        "Anna Berger: Leadership in Europe, Basingstoke 2006."]
    assert _texts("12) Vgl. Anna Berger: Leadership in Europe, Basingstoke 2006, S. 4.") == [
        "Anna Berger: Leadership in Europe, Basingstoke 2006, S. 4."]
    texts = _texts("2) Anna Berger: Mehr als ein Verfahren: Polen vor dem Vorsitz, 06.05.2005. Abrufbar unter: "
                   "http://www.example.de/themen/polen/ polen.php.")
    assert texts and all(not t.startswith(")") for t in texts)
    # a number without a bracket as before
    assert _texts("2 Anna Berger: Leadership in Europe, Basingstoke 2006.") == [
        "Anna Berger: Leadership in Europe, Basingstoke 2006."]
