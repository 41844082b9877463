"""A reference and its web address after a lead that gives it as where the reference is found (issue 13; helper F55):
"Pressemitteilung Nr. 5 vom 31.1.2007, abrufbar unter www.x.de/presse.", "..., Stuttgart 2007; im Internet:
http://x.de/e.pdf.", "... mit der Frankfurter Rundschau vom 12.3.2006, abrufbar unter: http://x.de/1.html.": one
reference with its url, where the address was an entry of its own (or a second entry inside the first). Two works
each with its address, and an address without a lead, stay apart. Every note here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _refs(note: str) -> list[tuple]:
    refs, _ = extract_citations(_paper(["1 " + note], []))
    return [(r.year, r.url) for r in refs]


def test_an_address_after_a_lead_joins_the_reference_before_it():
    assert _refs("Bundesagentur für Arbeit: Pressemitteilung Nr. 5 vom 31.1.2007, abrufbar unter "
                 "www.example-agentur.de/presse.") == [(2007, "www.example-agentur.de/presse")]
    assert _refs("Vgl. das Interview von Anna Berger mit der Frankfurter Rundschau vom 12.3.2006, abrufbar unter: "
                 "http://www.example-fr.de/politik/interview/123.html.") == [
        (2006, "http://www.example-fr.de/politik/interview/123.html")]
    assert _refs("Peter Lang: Jetzt handeln. Presseerklärung vom 22.03.2006; abrufbar unter: "
                 "http://www.example.at/presse/2203lang.html.") == [(2006, "http://www.example.at/presse/2203lang.html")]
    assert _refs("Lang, Peter: Europa nach dem Gipfel, Stuttgart 2007; im Internet: http://www.example.de/europa.pdf.") == [
        (2007, "http://www.example.de/europa.pdf")]

    assert [e.text for e in find_footnote_entries(
        "3) Vgl. das Gespräch von Anna Berger mit der Frankfurter Rundschau vom 12.3.2006, abrufbar unter: "
        "http://www.example-fr.de/politik/interview/123/. Die Kritik Bergers an der Praxis teilen andere nicht.")] == [
        "Frankfurter Rundschau vom 12.3.2006, abrufbar unter: http://www.example-fr.de/politik/interview/123/"]


def test_works_each_with_its_address_and_addresses_without_a_lead_stay_apart():
    assert len(find_footnote_entries("1 Vgl. Anna Berger, Die Zukunft der Union, 2006, http://www.example.de/a.pdf; "
                                     "Peter Lang, Europa nach dem Gipfel, 2007, http://www.example.de/b.pdf.")) == 2
    assert len(find_footnote_entries("2 http://www.example-a.de/wahl.html (Zugriff: 3.5.2009); "
                                     "http://www.example-b.de/blog/ (Zugriff: 4.5.2009).")) == 2
