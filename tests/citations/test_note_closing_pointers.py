"""Prose closed by an unbracketed author-year pointer in the notes of a paper with a reference list (issue 13, German
footnote references; helper F18): the pointer is a short form of the listed work, not the prose a reference of its
own. German capitalises its nouns, so such prose ("Vgl. zur Unterscheidung von Eigentum sowie Besitz Bettelheim
1970.") does not read as mostly lower case, and the segmenter takes the noun phrase with the name for a work. Also:
an author's biography note ("Jg. 1956, Dr. rer. pol."), inverted names joined by "&" after prose, and an archive's
dated documents (letters, decrees, minutes: "X an Y, Schreiben vom 9.2.1863, in: Archiv, Rep. 12, Bl. 77"), a note
that is only a web address, and a first edition's year inside a callout's bracket ("Geiger (1987 [1932])"). Every
note and list entry here is hand-made."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries, pointer_closing_prose
from litmine.citations.works import build_works
from litmine.models import Reference
from tests.citations.test_note_pointers import _paper, _shorts

LIST = ["Brandl, C. (1970): Eigentum und Kalkül. Berlin.",
        "Sauer, K.-J. (1997): Ausgründungen als Strategie. In: Wirtschaftsblatt, 19.4.1997.",
        "Kolb, R. (1996): Die Presse der Regierung. Köln.",
        "Ruppert, B., Volker Adam und Jörg Ebbing, Hg. 1992: Einführung in die Quellenkunde. Paderborn.",
        "Gerber, G. (1997a): Lohn zwischen Autonomie und Zwang. Frankfurt.",
        "Gerber, G. (1997b): Dezentrale Kontrolle. In: Arbeit 6, S. 5-20.",
        "Lamm, H. (2009): Berichte aus dem Lager. Essen: Klartext."]


def _refs(notes: list[str]) -> list[tuple]:
    refs, _ = extract_citations(_paper(notes, LIST))
    return [(r.source, r.raw) for r in refs if r.source != "list"]


def test_closing_pointers_prose_before_a_listed_pointer_is_no_reference():
    """A noun phrase, a verb before "in:", a given name before the surname: the pointer alone is kept, as a short
    form of the listed work (its name as the list prints it, its page), and no footnote reference is made."""
    shorts = _shorts(["1 Das gilt oft (vgl. zur Unterscheidung von juristischem Eigentum sowie Besitz Brandl 1970.)",
                      "2 Vgl. zur Bedeutung des Instruments in der Strategie des Konzerns den Artikel des Vorstands, "
                      "Klaus-Jürgen Sauer (1997).",
                      "3 Ausführlicher ist die Geschichte der beiden Blätter dargestellt in: Kolb 1996: 12."], LIST)
    assert shorts == [("Brandl 1970", ["Brandl"], 1970, None, 0),
                      ("Sauer (1997)", ["Sauer"], 1997, None, 1),
                      ("Kolb 1996: 12", ["Kolb"], 1996, "12", 2)]
    refs, cits = extract_citations(_paper(["3 Dargestellt ist das in: Kolb 1996: 12."], LIST))
    assert [r.source for r in refs if r.source != "list"] == ["short"]
    assert [c.reference_index for c in cits if c.reference_index is not None] == [2]
    works, _ = build_works(refs, [])
    assert len(works) == len(LIST)  # the short form is no work of its own


def test_closing_pointers_take_the_entrys_other_names_and_further_years():
    """The names before the last one that are the entry's own (joined by commas and "und") belong to the short form;
    a further year of the same author after "und" is a short form of that year's work, told apart by its letter."""
    assert _shorts(["4 Vgl. exemplarisch die Einführungen von Ruppert, Adam, und Ebbing 1992."], LIST) == [
        ("Ruppert, Adam, und Ebbing 1992", ["Ruppert", "Adam", "Ebbing"], 1992, None, 3)]
    assert _shorts(["5 Vgl. dazu auch die ausführliche Diskussion in Gerber 1997b und 1997a: 213ff."], LIST) == [
        ("Gerber 1997b", ["Gerber"], 1997, None, 5), ("1997a: 213ff.", ["Gerber"], 1997, "213", 4)]


def test_closing_pointers_leave_references_and_unlisted_names_alone():
    """A contribution cited in a volume by the volume's short form, a pointer no list entry names, prose with
    another year before the pointer, and a note without a list keep what they made before."""
    contribution = "6 Vgl. den Artikel über Max Kolb von H. G. Brandl in: Kolb 1996: 63f."
    assert _refs([contribution]) == [("footnote", "Artikel über Max Kolb von H. G. Brandl in: Kolb 1996: 63f.")]
    printed = "7 Bericht Hanna Weiss, „Wir lachten, aber nicht lange“, abgedruckt in: Lamm 2009, 43-47."
    assert [s for s, _ in _refs([printed])] == ["footnote"]
    listed = [Reference(index=0, raw="Kolb, R. (1996): Presse.", authors=[{"surname": "Kolb"}], year=1996)]
    assert pointer_closing_prose("Geschichte der Blätter dargestellt in: Kolb 1995", listed) == []  # no such year
    assert pointer_closing_prose("Geschichte der Blätter seit 1880 dargestellt in: Kolb 1996", listed) == []
    assert pointer_closing_prose("Kolb 1996; Geschichte der Blätter dargestellt in: Kolb 1996", []) == []
    # a full reference closed by its place and year names no listed author
    assert pointer_closing_prose("Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922", listed) == []


def test_closing_pointers_an_authors_biography_note_is_no_reference():
    """"Name, Jg. 1956, Dr. rer. pol., wissenschaftl. Mitarbeiter ... Arbeitsgebiete: ...": a person, no work."""
    note = ("* Karl Gerber, Jg. 1956, Dr. rer. pol., wissenschaftl. Mitarbeiter am Lehrstuhl Technik und Gesellschaft, "
            "Universität Dortmund, 44221 Dortmund. Arbeitsgebiete: Lohn und Leistung, Innovation.")
    assert find_footnote_entries(note) == []
    assert [e.text for e in find_footnote_entries(
        "3 Karl Gerber, Lohn und Leistung, Frankfurt a. M. 1997, S. 12.")] == [
        "Karl Gerber, Lohn und Leistung, Frankfurt a. M. 1997, S. 12."]


def test_closing_pointers_inverted_names_joined_by_ampersand_open_the_reference():
    """"Lenz, A. & Roth, K. (2004) Titel": prose before it is cut at the first author, whose initial "A." is an
    initial, not the English article."""
    assert [e.text for e in find_footnote_entries(
        "2 Die folgenden Absätze beruhen auf Überlegungen aus Lenz, A. & Roth, K. (2004) Runde Tische – Neue Wege "
        "zwischen Politik und Gesellschaft. In: Ebner, H., Kahn, M. (Hrsg.) Neue Netze. München.")] == [
        "Lenz, A. & Roth, K. (2004) Runde Tische – Neue Wege zwischen Politik und Gesellschaft. In: Ebner, H., "
        "Kahn, M. (Hrsg.) Neue Netze. München."]


def test_closing_pointers_an_archives_dated_document_is_parsed_as_one():
    """A letter, decree or memorandum of an archive's file: the document is the title, its day's year the year, the
    first folio the pages; no container, volume or issue from the file's signature; a person who wrote it is an
    author, an office or a body an editor; a letter printed in a book is left to the note-style parser."""
    r = parse_footnote_reference("MdI an RegPräs, Runderlass vom 9.2.1863, in: Staatsarchiv X, Rep. 12, tit. 5, Nr. 35, "
                                 "Bd. 2, Bll. 77-78R, hier 78.")
    assert (r.title, r.year, r.pages, r.authors, r.editors, r.container, r.volume, r.issue) == (
        "MdI an RegPräs, Runderlass", 1863, "77", [], [{"surname": "MdI"}], None, None, None)
    r = parse_footnote_reference("Denkschrift Lehmann vom September 1888, in: Staatsarchiv X, Rep. 12, Bl. 189-209.")
    assert (r.title, r.year, r.pages, [a["surname"] for a in r.authors]) == ("Denkschrift Lehmann", 1888, "189",
                                                                               ["Lehmann"])
    r = parse_footnote_reference("K.H. Vogel an Hofdruckerei, Schreiben vom 31.5.1863, in: ebd., Bl. 20.")
    assert (r.title, r.year, r.pages, [a["surname"] for a in r.authors]) == (
        "K.H. Vogel an Hofdruckerei, Schreiben", 1863, "20", ["Vogel"])
    r = parse_footnote_reference("Landrat Kösliner an MdI, Schreiben vom 11.8.1863, in: ebd., Bl. 79.")
    assert (r.authors, r.editors) == ([], [{"surname": "Landrat Kösliner"}])
    r = parse_footnote_reference("StMdI, Protokoll vom 16.10.1891, in: Staatsarchiv X, Rep. 12, Bl. 42-47.")
    assert (r.title, r.year, r.pages, r.editors) == ("Protokoll", 1891, "42", [{"surname": "StMdI"}])
    r = parse_footnote_reference("Protokoll Ministersitzung vom 17.4.1882")
    assert (r.title, r.year, r.authors, r.editors) == ("Protokoll Ministersitzung", 1882, [], [])
    r = parse_footnote_reference("Max Weber, Brief vom 3.4.1910, in: Marianne Weber, Max Weber. Ein Lebensbild, "
                                 "Tübingen 1926, S. 12.")
    assert r.year == 1926 and r.container  # printed in a book: the book's year and title
    assert parse_footnote_reference("Rheinische Post vom 26.10.1995, S. 2").container == "Rheinische Post"


def test_closing_pointers_a_note_that_is_a_web_address_is_a_reference():
    """The whole note a web page's address, its number run into it by the PDF, a lead before it ("Quelle:") or the
    day it was read after it: the address is the reference, a web page with no year; a sentence with an address in
    it is not such a note."""
    for note, url in (("4http://www.example.org", "http://www.example.org"),
                      ("7 http://example.org/~lenz/tools/", "http://example.org/~lenz/tools/"),
                      ("1 Quelle: http://de.example.org/wiki/Bots (eingesehen am 15.10.2010)",
                       "http://de.example.org/wiki/Bots")):
        entries = find_footnote_entries(note)
        assert len(entries) == 1 and not entries[0].back
        ref = parse_footnote_reference(entries[0].text)
        assert (ref.url, ref.year, ref.title, ref.authors) == (url, None, None, [])
    assert find_footnote_entries("3 Die Daten stammen von http://www.example.org und sind frei zugänglich.") == []


def test_closing_pointers_a_first_editions_year_inside_the_bracket_keeps_the_callout():
    """"Geiger (1987 [1932])": the edition cited, the first edition's year in square brackets inside the round ones;
    the note's narrative callout is read (and kept as a short form when the list names the work)."""
    from litmine.citations.intext_notes import find_names_before_brackets
    assert [(c.authors, c.year) for c in find_names_before_brackets(
        "6 Vgl. dazu: Vonderach 1992; siehe bereits: Geiger (1987 [1932]) zur Lage der Jungarbeiter.")] == [
        (["Geiger"], 1987)]
    shorts = _shorts(["6 Siehe bereits: Brandl (1970 [1932]) zur Lage der Arbeiter."], LIST)
    assert [(s[1], s[2], s[4]) for s in shorts] == [(["Brandl"], 1970, 0)]


def test_closing_pointers_the_day_a_web_page_was_read_dates_no_work():
    """"(Zugriff am 14. November 2013)", "(eingesehen am 15.10.2010)", "(accessed May 3, 2010)": left out of the
    year; a work's own year stays."""
    for note in ("Liste der Werkzeuge, Link: http://de.example.org/wiki/Werkzeuge (eingesehen am 22.12.2010)",
                 "BMBF, Pakt für Forschung, www.example.de/de/494.php (Zugriff am 14. November 2013).",
                 "Statistik der Vereine, http://example.org/stat.html, abgerufen am 3.5.2009."):
        assert parse_footnote_reference(note).year is None
    assert parse_footnote_reference("OECD (2009): Report, http://example.org (accessed May 3, 2010)").year == 2009


def test_closing_pointers_an_archives_item_inside_a_note_is_a_reference():
    """An archive's item with no year (holder with its department, signature, folio, a further folio after "und")
    is kept where the segmenter finds it beside other works of the note, not only as a whole note; "in: GStA I. HA"
    is an archive's department, not a person "I. HA" where a reference starts."""
    entries = [e.text for e in find_footnote_entries(
        "6 Staatsarchiv I. HA, Rep. 35, Nr. 167, Bl. 5. Vgl. K.H. Vogel an Hofdruckerei, Schreiben vom 31.5.1863, in: "
        "Staatsarchiv I. HA, Rep. 35, Nr. 167, Bl. 20.")]
    assert entries[0] == "Staatsarchiv I. HA, Rep. 35, Nr. 167, Bl. 5."
    r = parse_footnote_reference("GStA I. HA, Rep. 90a, Nr. 74, Bl. 187 und 241")
    assert (r.title, r.pages, r.editors, r.volume) == ("Rep. 90a, Nr. 74", "187", [{"surname": "GStA I. HA"}], None)
    assert not any(e.text.startswith("I. HA") for e in find_footnote_entries(
        "18 Die Aufstellungen in den: Rechnungen über den Fonds für Presseangelegenheiten, in: GStA I. HA, Rep. 77, "
        "tit. 946, Nr. 5, Bde. 2-5."))


def test_closing_pointers_a_statute_with_its_law_written_out_is_a_reference():
    """"§ 7 Abs. 1 des Bundesurlaubsgesetzes", "Art. 3 des Grundgesetzes", "§ 5 der Gewerbeordnung": the section is the
    title, the law the container, as with an abbreviation ("§ 3 Abs. 1 AO"); "§ 12 des Gesetzes" names no law."""
    def statutes(note: str) -> list[tuple]:
        return [(r.title, r.container) for r in map(parse_footnote_reference,
                                                     (e.text for e in find_footnote_entries(note)))]
    assert statutes("3 § 7 Abs. 1 des Bundesurlaubsgesetzes besagt, dass Eltern den Vorrang haben.") == [
        ("§ 7 Abs. 1", "Bundesurlaubsgesetzes")]
    assert statutes("5 Vgl. Art. 3 des Grundgesetzes.") == [("Art. 3", "Grundgesetzes")]
    assert statutes("6 Das regelt § 5 der Gewerbeordnung.") == [("§ 5", "Gewerbeordnung")]
    assert statutes("4 Vgl. § 3 Abs. 1 AO.") == [("§ 3 Abs. 1", "AO")]
    assert statutes("7 Siehe dazu § 12 des Gesetzes.") == []
