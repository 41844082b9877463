"""The hand-made catalogue of web sources in German notes (issue 13; helper F55; web_source_catalogue.py): each note
run through the whole citation step (extract_citations on a small paper without a reference list), its references
compared with the catalogue's fields (only the fields the catalogue gives; u the URL). OPEN lists the shapes still
read wrongly, so that a change that breaks a shape read well fails here and one that mends an open shape shows up
(remove it from OPEN). The note's verdicts: none (no reference), merged/split (fewer/more references than the
catalogue), fields (a field differs)."""

from litmine.citations.extract import extract_citations
from tests.citations.test_full_reference_catalogue import _field_right, _fields, _norm
from tests.citations.test_full_reference_catalogue import verdict as full_verdict
from tests.citations.test_note_pointers import _paper
from tests.citations.web_source_catalogue import NOTES

# shapes litmine does not read as the catalogue has them yet, by the class of the error
OPEN = {
    # none: no reference output
    "„Ein Land im Umbruch“, http://www.example.ch/archiv/umbruch.html, abgerufen am 5.9.2009.",
    "http://www.example.de/fragen-und- antworten.html",
    # fields: a field differs (the title cut at a day or a place, the year of an access day, a body read as a person)
    "Anna Berger: Die Zukunft der Union, 2006, <http://www.example.de/zukunft.pdf> (3.5.2007).",
    "Communiqué from the Extra-Ordinary Summit. Dar es Salaam, 28th to 29th March 2007, "
    "www.example.int/news/details.php?news_id=927.",
    "„Die Rente mit 67 kommt“, Spiegel Online, 12.2.2007, http://www.example.de/politik/0,1518,465000,00.html.",
    "Pressemitteilung des Bundesministeriums für Gesundheit vom 14.3.2006, "
    "http://www.example.de/presse/2006/pm-14-03.html.",
    "Bundesagentur für Arbeit: Pressemitteilung Nr. 5 vom 31.1.2007, abrufbar unter www.example-agentur.de/presse.",
    "Vgl. das Interview von Anna Berger mit der Frankfurter Rundschau vom 12.3.2006, abrufbar unter: "
    "http://www.example-fr.de/politik/interview/123.html.",
    "Interview mit Peter Lang, in: Die Zeit vom 4.5.2006, online unter http://www.example-zeit.de/2006/19/interview.",
    "Siehe Pressemitteilung des Rates der Europäischen Union, 9926/06, Brüssel, 29.05.2006; abrufbar unter: "
    "http://www.example.eu/press/89817.pdf.",
    "Netzpolitik: http://www.example-netz.de/wahlblogs/liste.shtml, Stand: 14.10.2005.",
    # (session 34, F63: the note tagger trained on the hand-written notes as well) a site's name before its address
    # and a "Stand:" day: the name read as no title
    "Vgl. Politik im Netz: http://www.example-politik.de/wahlkampf/blogs.shtml, Stand: 14.10.2005",
    "Anna Berger, Bloggen im Wahlkampf, Blogeintrag vom 2. September 2009, http://berger.example.net/?p=231.",
    "OECD: Employment Outlook, Paris 2008, http://www.example-oecd.org/els/outlook (accessed 3 May 2009).",
    "Bundesministerium für auswärtige Angelegenheiten: Die Präsidentschaft 2006. Weißbuch. 23.11.2005, Einleitung. "
    "Abrufbar unter: http://www.example.gv.at/downloads/weissbuch.pdf",
    "Bundesregierung: Nationaler Aktionsplan Integration, Berlin 2011 [PDF], www.example-bund.de/nap.pdf "
    "[12.3.2012].",
    "Quelle: Bundesinstitut für Berufsbildung (BIBB), http://www.example-bibb.de/aab/start.asp",
    "Quelle: Folha Exemplo: <www.example.com.br/especiais/placar,1845.htm>.",
}


def read(note: str) -> list[dict]:
    """The note's references as the catalogue's fields, the URL as u."""
    refs, _ = extract_citations(_paper(["1 " + note], []))
    return [dict(_fields(r), u=_norm(r.url)) for r in refs if r.source != "list"]


def _right(key: str, got, want) -> bool:
    return got == _norm(want) if key == "u" else _field_right(key, got, want)


def verdict(note: str, expected: list[dict]) -> str:
    return full_verdict(note, expected, read, _right)


def test_catalogue_shapes_read_well_stay_so():
    wrong = [(note, verdict(note, expected)) for note, expected in NOTES if note not in OPEN]
    assert [w for w in wrong if w[1] != "ok"] == []


def test_catalogue_open_shapes_are_listed_exactly():
    assert OPEN <= {note for note, _ in NOTES}
    mended = [note for note, expected in NOTES if note in OPEN and verdict(note, expected) == "ok"]
    assert mended == []
