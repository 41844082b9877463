"""Where the title of a full reference in a German note starts and ends (issue 13; helper F64): hand-made notes of
the shapes whose titles the note-style rules (footnote_fields) cut or ran on, each made up, none copied from a paper.
The classes are read from the development rounds' errors; the notes are written from the conventions of notation."""

from litmine.citations.extract import extract_citations
from tests.citations.test_note_pointers import _paper


def _refs(note: str):
    refs, _ = extract_citations(_paper(["1 " + note], []))
    return [r for r in refs if r.source != "list"]


def _one(note: str):
    refs = _refs(note)
    assert len(refs) == 1, [r.raw for r in refs]
    return refs[0]


# --- a web address broken over two lines after its slash: one address, as the tagger's reading joins it
def test_a_web_address_broken_after_a_slash_is_joined_in_the_note_style():
    for note, url in [
        ("Anna Berger, Die Zukunft der Union, Berlin 2006, http://www.example.de/aktuell/ positionen/2006/zukunft.pdf.",
         "http://www.example.de/aktuell/positionen/2006/zukunft.pdf"),
        ("Anna Berger: Die Zukunft der Union. Berlin 2006. Online: http://www.example.de/texte/ zukunft.pdf (Zugriff: "
         "3.5.2007).", "http://www.example.de/texte/zukunft.pdf"),
    ]:
        ref = _one(note)
        assert (ref.title, ref.url, ref.year) == ("Die Zukunft der Union", url, 2006)


def test_a_web_address_followed_by_words_keeps_to_itself():
    ref = _one("Anna Berger, Die Zukunft der Union, Berlin 2006, http://www.example.de/zukunft.pdf und S. 4.")
    assert ref.url == "http://www.example.de/zukunft.pdf"
