"""A note that is a web address and the day it was read, the day printed alone (issue 13, German footnote
references; helper F45): "www.example.de/statistik/default.asp?id=113 (27.03.06)", "http://www.example.org/a/
(3.5.2009)", "www.example-haus.de/filme/film.htm / 01.07.2005."; and an address broken at a line end after "/" or
"_", its next line a file name ("www.example.com/pub/products/ vicos_501_de.htm"): one web page each, the address
joined in the url. A bracketed year after an address is no day it was read, and prose after an address stays out.
Every note here is hand-made."""

from litmine.citations.footnote_fields import _URL_ONLY
from litmine.citations.footnotes import find_footnote_entries, parse_footnote_reference


def _entries(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def test_an_address_with_the_day_it_was_read_alone():
    assert _entries("1 www.example.de/statistik/default.asp?ComponentID=113&PageID=99 (27.03.06)") == [
        "www.example.de/statistik/default.asp?ComponentID=113&PageID=99 (27.03.06)"]
    assert _entries("4 http://www.example.org/daten/ (3.5.2009)") == ["http://www.example.org/daten/ (3.5.2009)"]
    assert _entries("2 www.example-haus.de/filme/film_eins.htm / 01.07.2005.") == [
        "www.example-haus.de/filme/film_eins.htm / 01.07.2005."]


def test_an_address_broken_at_a_line_end_before_a_file_name():
    note = "3 www.example.com/ts/de/pub/products/control_tec/ vicos_oc_501_de.htm (27.03.06)"
    assert _entries(note) == ["www.example.com/ts/de/pub/products/control_tec/ vicos_oc_501_de.htm (27.03.06)"]
    ref = parse_footnote_reference(_entries(note)[0])
    assert ref.url == "www.example.com/ts/de/pub/products/control_tec/vicos_oc_501_de.htm" and ref.year is None


def test_no_day_no_file_name_stays_as_before():
    assert _entries("7 www.example.org/ (1998)") == []
    assert _entries("5 http://www.example.org/daten/ Tabelle 3 zeigt das.") == ["http://www.example.org/daten/"]
    assert _entries("6 www.example.org (Zugriff am 3.5.2009)") == ["www.example.org (Zugriff am 3.5.2009)"]


def test_the_day_read_after_a_comma_or_semicolon_in_an_iso_bracket_and_a_url_lead():
    """Helper F55: the day a page was read after a comma or a semicolon, with its word or alone (", Zugriff:
    03.05.2009", ", letzter Zugriff: 12.03.2010", "; 23.7.2007"), an ISO day in brackets ("(2010-03-12)"), and the lead
    "URL:": one web page, the day no year of a work."""
    for note, url in [("www.example.org/statistik, Zugriff: 03.05.2009.", "www.example.org/statistik"),
                      ("http://www.example.com/news/1.html, letzter Zugriff: 12.03.2010.", "http://www.example.com/news/1.html"),
                      ("www.example.gov; 23.7.2007.", "www.example.gov"),
                      ("http://www.example.com/news/1.html (2010-03-12).", "http://www.example.com/news/1.html"),
                      ("URL: http://www.example.net/wahl/ergebnis.html", "http://www.example.net/wahl/ergebnis.html")]:
        entries = _entries("1 " + note)
        assert len(entries) == 1
        ref = parse_footnote_reference(entries[0])
        assert (ref.url, ref.year) == (url, None)


def test_a_word_of_reading_in_a_sentence_is_no_day_read():
    assert not _URL_ONLY.match("www.example.de/fragebogen eingesehen werden.")


def test_the_day_read_for_several_pages_at_once():
    assert _entries("3 Vgl. http://www.example-a.de/wahl.html und http://www.example-b.de/blog/ (beide Stand: "
                    "14.10.2005).") == ["http://www.example-a.de/wahl.html",
                                        "http://www.example-b.de/blog/ (beide Stand: 14.10.2005)."]


def test_the_day_a_web_page_was_read_is_no_year_of_the_work_the_tagger_reads():
    """The note tagger's labels: a year inside an access day ("Stand: 14.10.2005", "(Zugriff am 3. März 2010)",
    "URL [12.3.2010]", "accessed 4 May 2008") is made note, so the reader's day never becomes the work's year; a
    year outside one stays."""
    from litmine.citations import references as refs
    from litmine.citations.footnote_tagger import _access_day_no_year

    for text, day_year in (("Verein: Titel, online: http://www.example.org/a.html, Stand: 14.10.2005.", "2005"),
                           ("Verein: Titel, http://www.example.org/a.html (Zugriff am 3. März 2010).", "2010"),
                           ("Verein: Titel, http://www.example.org/a.html [12.3.2010]", "2010"),
                           ("Club: Title, http://www.example.org/a.html, accessed 4 May 2008.", "2008")):
        text, tokens, _, _ = refs._entry_tokens(text)
        labels = ["year" if tok.text == day_year else "title" for tok in tokens]
        assert "year" not in _access_day_no_year(text, tokens, labels), text
    text, tokens, _, _ = refs._entry_tokens("Verein: Titel 2004, http://www.example.org/a.html, Stand: 14.10.2005.")
    labels = ["year" if tok.text in ("2004", "2005") else "title" for tok in tokens]
    kept = [tok.text for tok, lab in zip(tokens, _access_day_no_year(text, tokens, labels)) if lab == "year"]
    assert kept == ["2004"]
