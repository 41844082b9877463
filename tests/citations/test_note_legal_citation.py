"""German legal citation in footnotes (issue 13, German footnote references; helper F28): papers on labour law,
social law and activation cite courts, law journals and commentaries in the legal short forms, which have no place,
often no title and margin numbers for pages. Conventions, written from how German legal citation works (not from
any paper), each a rule of footnote_fields / footnotes:

- a court's decision is one reference: the court (an issuing body, so an editor), the kind of decision as printed
  ("Urteil", "Beschl.") the title, the day's year the year, and where it is reported (a law journal by abbreviation,
  year and first page, the official reports by volume and first page, "juris") the container, volume and pages;
- a law journal's article by author, journal, year and first page ("Kohte, NZA 2005, 1234 (1236)") is a reference
  complete in itself: the page in brackets or after a second comma is the page cited, not the article's first page;
- a commentary cited by section and margin number ("Fitting, BetrVG, 25. Aufl. 2010, § 87 Rn. 310", "ErfK/Preis,
  § 611 BGB Rn. 12", "Düwell, in: LPK-SGB IX, 2. Aufl. 2009, § 84 Rn. 50") is a reference; a margin number is no
  page, and the section commented is no statute cited of its own;
- a statute after a citation signal is cited ("vgl. § 5 BetrVG"), and a book cited without its place ("Faber, Die
  Grundpflichten, 2004, S. 267") has its authors, title, year and page.

Every note here is hand-made."""

import pytest

from litmine.citations.extract import extract_citations
from litmine.citations.footnote_fields import parse_footnote_reference
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


def _refs(note: str) -> list:
    refs, _ = extract_citations(_paper([note], []))
    return [r for r in refs if r.source == "footnote"]


def _names(people: list[dict]) -> list[str]:
    return [p.get("surname") or p.get("literal") for p in people]


@pytest.mark.parametrize("note, court, kind, year, container, volume, pages", [
    ("1 BAG, Urteil vom 12.3.2009 – 2 AZR 251/07, NZA 2009, 1019.", "BAG", "Urteil", 2009, "NZA", None, "1019"),
    ("2 BAG 17.6.1999 – 2 AZR 639/98, NZA 1999, 1328 (1330).", "BAG", None, 1999, "NZA", None, "1328"),
    ("3 Vgl. BGH, Beschluss vom 5.2.2010 – V ZB 12/09, NJW 2010, 1523 Rn. 12.", "BGH", "Beschluss", 2010, "NJW", None,
     "1523"),
    ("4 BVerfG, Urteil vom 9.2.2010 – 1 BvL 1/09, BVerfGE 125, 175 (222).", "BVerfG", "Urteil", 2010, "BVerfGE", "125",
     "175"),
    ("5 BSG, Urteil vom 23.11.2006 – B 11b AS 1/06 R, BSGE 97, 265 Rn. 20.", "BSG", "Urteil", 2006, "BSGE", "97", "265"),
    ("6 LSG Nordrhein-Westfalen, Beschluss vom 3.4.2006 – L 19 B 14/06 AS ER, juris Rn. 5.", "LSG Nordrhein-Westfalen",
     "Beschluss", 2006, "juris", None, None),
    ("7 BVerwG, Urt. v. 3.4.2001 – 5 C 1.00, BVerwGE 114, 140.", "BVerwG", "Urt.", 2001, "BVerwGE", "114", "140"),
    ("8 OVG Münster, Beschl. v. 21.2.2007 – 12 B 2277/06 – juris.", "OVG Münster", "Beschl.", 2007, "juris", None, None),
    ("9 SG Berlin, Urteil vom 20.1.2009 – S 37 AS 24578/07.", "SG Berlin", "Urteil", 2009, None, None, None),
    ("10 BSG 7.11.2006 – B 7b AS 8/06 R – BSGE 97, 217.", "BSG", None, 2006, "BSGE", "97", "217"),
    ("11 So auch BAG vom 11.3.1998 – 7 ABR 59/96 = NZA 1998, 953.", "BAG", None, 1998, "NZA", None, "953"),
    ("12 ArbG Berlin, Urteil vom 3.6.2008 – 36 Ca 4543/08, AuR 2009, 102 f.", "ArbG Berlin", "Urteil", 2008, "AuR",
     None, "102"),
    ("13 Anders noch LAG Hamm 14.5.2004 – 10 Sa 1920/03, NZA-RR 2005, 120.", "LAG Hamm", None, 2004, "NZA-RR", None,
     "120"),
    ("14 EuGH, Urteil vom 3.10.2000 – C-303/98, Slg. 2000, I-7963.", "EuGH", "Urteil", 2000, "Slg.", None, "7963"),
    ("15 OVG Lüneburg (12.5.2008 – 5 LA 80/07).", "OVG Lüneburg", None, 2008, None, None, None),
    ("16 Vgl. nur BVerwG, Urteil vom 22. Mai 2003 – 5 C 2.02.", "BVerwG", "Urteil", 2003, None, None, None),
])
def test_a_court_decision_is_one_reference_with_the_court_as_its_body(note, court, kind, year, container, volume,
                                                                      pages):
    """The day of the decision gives the year; the reporter's year does not, nor is the pin cite a page."""
    refs = _refs(note)
    assert [(_names(r.editors), r.authors, r.title, r.year, r.container, r.volume, r.pages) for r in refs] == [
        ([court], [], kind, year, container, volume, pages)]


def test_a_court_decision_is_taken_whole_with_where_it_is_reported_and_its_margin_number():
    assert _texts("3 Vgl. BGH, Beschluss vom 5.2.2010 – V ZB 12/09, NJW 2010, 1523 Rn. 12.") == [
        "BGH, Beschluss vom 5.2.2010 – V ZB 12/09, NJW 2010, 1523 Rn. 12."]
    assert _texts("11 So auch BAG vom 11.3.1998 – 7 ABR 59/96 = NZA 1998, 953.") == [
        "BAG vom 11.3.1998 – 7 ABR 59/96 = NZA 1998, 953."]


def test_two_decisions_in_one_note_are_two_references():
    assert _texts("18 BAG 17.6.1999 – 2 AZR 639/98, NZA 1999, 1328; BAG 12.1.2006 – 2 AZR 179/05, NZA 2006, 980.") == [
        "BAG 17.6.1999 – 2 AZR 639/98, NZA 1999, 1328", "BAG 12.1.2006 – 2 AZR 179/05, NZA 2006, 980."]


@pytest.mark.parametrize("note, court, year, container, pages", [
    ("13 BGH NJW 2005, 1234 (1236).", "BGH", 2005, "NJW", "1234"),
    ("14 Ebenso BAG NZA 2003, 1055.", "BAG", 2003, "NZA", "1055"),
])
def test_a_decision_by_its_court_and_reporter_alone_is_a_reference(note, court, year, container, pages):
    """Without day or file number the court and the reporter name it; the reporter's year is the year."""
    assert [(_names(r.editors), r.year, r.container, r.pages) for r in _refs(note)] == [([court], year, container, pages)]


def test_a_decision_named_by_its_kind_and_file_number_is_a_reference():
    refs = _refs("21 Hierzu grundlegend das Urteil des BAG vom 12.7.2007 – 2 AZR 716/06.")
    assert [(r.raw, _names(r.editors), r.title, r.year) for r in refs] == [
        ("Urteil des BAG vom 12.7.2007 – 2 AZR 716/06.", ["BAG"], "Urteil", 2007)]
    refs = _refs("22 Das Gericht hat in einer Entscheidung vom 13.12.2007 – 2 AZR 537/06 –, AuR 2008, 398 ff., "
                 "anders entschieden.")
    assert [(r.title, r.year, r.container, r.pages) for r in refs] == [("Entscheidung", 2007, "AuR", "398")]


def test_a_court_named_in_prose_cites_nothing():
    assert _texts("23 Das BAG hat diese Frage offen gelassen.") == []
    assert _texts("24 Der BGH und das BAG sind sich hier einig.") == []


@pytest.mark.parametrize("note, authors, container, year, pages", [
    ("25 Kohte, NZA 2005, 1234 (1236).", ["Kohte"], "NZA", 2005, "1234"),
    ("26 Däubler, AuR 2004, 41 ff.", ["Däubler"], "AuR", 2004, "41"),
    ("27 Bieback/Schmidt, SGb 2006, 453, 455.", ["Bieback", "Schmidt"], "SGb", 2006, "453"),
    ("28 Schmidt, NJW 2009, 2001 (2003 f.).", ["Schmidt"], "NJW", 2009, "2001"),
    ("29 Vgl. Wank, RdA 2010, 193.", ["Wank"], "RdA", 2010, "193"),
    ("30 Müller-Glöge, NZA 1999, 449 ff.", ["Müller-Glöge"], "NZA", 1999, "449"),
    ("31 Zustimmend Preis/Greiner, ZfA 2009, 825 ff.", ["Preis", "Greiner"], "ZfA", 2009, "825"),
    ("32 Berlit, ZFSH/SGB 2006, 11 ff.", ["Berlit"], "ZFSH/SGB", 2006, "11"),
])
def test_a_law_journal_article_without_its_title_is_a_reference(note, authors, container, year, pages):
    """The first page is the article's; the page in brackets or after a second comma is the page cited."""
    assert [(_names(r.authors), r.title, r.container, r.year, r.pages) for r in _refs(note)] == [
        (authors, None, container, year, pages)]


def test_law_journal_articles_after_one_another_are_each_a_reference():
    assert _texts("33 Vgl. Münder, NZS 2008, 617 (619); ablehnend Berlit, ZFSH/SGB 2006, 11 ff.") == [
        "Münder, NZS 2008, 617 (619)", "Berlit, ZFSH/SGB 2006, 11 ff."]
    assert _texts("34 So etwa Kohte, DB 2008, 582 ff. (586); Gagel, NZA 2004, 1359 ff. (1360), sowie jüngst Roth, AuR "
                  "2009, 29 ff.") == ["Kohte, DB 2008, 582 ff. (586)", "Gagel, NZA 2004, 1359 ff. (1360)",
                                      "Roth, AuR 2009, 29 ff."]


@pytest.mark.parametrize("note, raw, title", [
    ("35 Kohte, Betriebliches Eingliederungsmanagement, DB 2008, 582 (585).",
     "Kohte, Betriebliches Eingliederungsmanagement, DB 2008, 582 (585).", "Betriebliches Eingliederungsmanagement"),
    ("36 Kritisch zur Praxis der Präambeln, Hamm, Der Vertrag – Ein paar Hinweise, wie er besser wird, AiB 2006, S. 83 "
     "ff.", "Hamm, Der Vertrag – Ein paar Hinweise, wie er besser wird, AiB 2006, S. 83 ff.",
     "Der Vertrag – Ein paar Hinweise, wie er besser wird"),
])
def test_a_law_journal_article_with_its_title_keeps_its_authors_and_title(note, raw, title):
    """The author is not the title's first word, and prose set off by a comma before the author is no part of it."""
    assert [(r.raw, _names(r.authors), r.title, r.container, r.pages) for r in _refs(note)] == [
        (raw, ["Kohte" if "Kohte" in raw else "Hamm"], title, "DB" if "DB" in raw else "AiB",
         "582" if "DB" in raw else "83")]


def test_a_short_form_inside_a_law_journal_citation_is_no_reference_of_its_own():
    """"AiB 2006, S. 83 ff." is no author "AiB" with a year: the article holds it."""
    assert [e.back for e in find_footnote_entries("37 Vgl. Hamm, Der Vertrag, AiB 2006, S. 83 ff.")] == [False]


@pytest.mark.parametrize("note, authors, editors, title, container, year", [
    ("41 Fitting, BetrVG, 25. Aufl. 2010, § 87 Rn. 310.", ["Fitting"], [], "BetrVG", None, 2010),
    ("42 Vgl. Fitting/Engels/Schmidt, BetrVG, 23. Aufl. 2006, § 5 Rn. 36 ff.", ["Fitting", "Engels", "Schmidt"], [],
     "BetrVG", None, 2006),
    ("43 Kittner/Zwanziger, Arbeitsrecht, 5. Aufl. 2009, § 94 Rn. 12.", ["Kittner", "Zwanziger"], [], "Arbeitsrecht",
     None, 2009),
    ("44 ErfK/Müller-Glöge, § 626 BGB Rn. 5.", ["Müller-Glöge"], [], "ErfK", None, None),
    ("45 ErfK/Preis, 10. Aufl. 2010, § 611 BGB Rn. 12.", ["Preis"], [], "ErfK", None, 2010),
    ("46 MüKoBGB/Henssler, 5. Aufl. 2009, § 626 Rn. 80.", ["Henssler"], [], "MüKoBGB", None, 2009),
    ("47 KassKomm/Seewald, § 7 SGB IV Rn. 12.", ["Seewald"], [], "KassKomm", None, None),
    ("48 Palandt/Weidenkaff, BGB, 69. Aufl. 2010, § 611 Rn. 3.", ["Weidenkaff"], [], "Palandt", None, 2010),
    ("49 KR-Etzel, § 1 KSchG Rn. 12.", ["Etzel"], [], "KR", None, None),
    ("50 Münder (Hrsg.), LPK-SGB II, 3. Aufl. 2009, § 16d Rn. 4.", [], ["Münder"], "LPK-SGB II", None, 2009),
    ("51 Düwell, in: LPK-SGB IX, 2. Aufl., 2009, § 84, Rn. 50 f.", ["Düwell"], [], None, "LPK-SGB IX", 2009),
    ("52 Knickrehm, in: Kreikebohm/Spellbrink, Kommentar zum Sozialrecht, 2009, § 31 SGB II Rn. 8.", ["Knickrehm"],
     ["Kreikebohm", "Spellbrink"], None, "Kommentar zum Sozialrecht", 2009),
    ("53 Roth/Ebner/Kuhn, SGB IX-Faber, § 81 Rn. 108 ff.", ["Faber"], ["Roth", "Ebner", "Kuhn"], "SGB IX", None, None),
    ("54 Dazu z. B. Erfurter Kommentar (ErfK)-Roth/Koch, 9. Aufl. 2009, § 5 BetrVG, Rn. 30 ff.", ["Roth", "Koch"], [],
     "Erfurter Kommentar (ErfK)", None, 2009),
    ("55 Anzinger/Bieneck, Arbeitssicherheitsgesetz 1998, § 3, Rn. 54 ff.", ["Anzinger", "Bieneck"], [],
     "Arbeitssicherheitsgesetz", None, 1998),
])
def test_a_commentary_cited_by_section_and_margin_number_is_a_reference(note, authors, editors, title, container,
                                                                        year):
    """Its authors or commentators, its name or siglum as title (its container when the commentator wrote "in:" it);
    a margin number is no page."""
    assert [(_names(r.authors), _names(r.editors), r.title, r.container, r.year, r.pages) for r in _refs(note)] == [
        (authors, editors, title, container, year, None)]


def test_a_commentary_is_taken_whole_and_its_section_is_no_statute_of_its_own():
    assert _texts("44 ErfK/Müller-Glöge, § 626 BGB Rn. 5.") == ["ErfK/Müller-Glöge, § 626 BGB Rn. 5."]
    assert _texts("41 Fitting, BetrVG, 25. Aufl. 2010, § 87 Rn. 310.") == ["Fitting, BetrVG, 25. Aufl. 2010, § 87 Rn. 310."]


def test_a_statute_and_a_commentary_in_one_note_are_two_references():
    refs = _refs("56 Vgl. § 3 Abs. 1 Nr. 1 lit. f ASiG, dazu genauer Anzinger/Bieneck, Arbeitssicherheitsgesetz 1998, "
                 "§ 3, Rn. 54 ff.")
    assert [(r.title, r.container) for r in refs] == [("§ 3 Abs. 1 Nr. 1 lit. f", "ASiG"),
                                                      ("Arbeitssicherheitsgesetz", None)]


def test_a_statute_after_a_citation_signal_in_a_sentence_is_cited():
    refs = _refs("57 Leitende Angestellte sind nach dieser Auffassung keine Arbeitnehmer im Sinne des Gesetzes, "
                 "weil sie selbst Arbeitgeberfunktionen ausüben und daher gesondert vertreten werden (vgl. § 5 Abs. 3 "
                 "BetrVG).")
    assert [(r.title, r.container) for r in refs] == [("§ 5 Abs. 3", "BetrVG")]


def test_a_federal_council_paper_by_number_and_year_is_a_reference():
    assert [(r.container, r.volume, r.pages) for r in _refs("58 Vgl. BR-Drs. 558/03, S. 12.")] == [
        ("BR-Drs.", "558/03", "12")]


def test_a_book_cited_without_its_place_has_its_authors_title_year_and_page():
    refs = _refs("59 Dazu Faber, Die Pflichten im Betrieb, 2004, S. 341 ff.")
    assert [(_names(r.authors), r.title, r.year, r.pages) for r in refs] == [
        (["Faber"], "Die Pflichten im Betrieb", 2004, "341")]


def test_a_decision_by_its_senate_or_with_its_file_number_first_is_a_reference():
    """The senate is no part of the title; the file number may come before the day, as the courts' sites cite."""
    refs = _refs("60 BVerfG, Urteil des Ersten Senats vom 9. Februar 2010 – 1 BvL 1/09 –, BVerfGE 125, 175.")
    assert [(_names(r.editors), r.title, r.year, r.container, r.volume, r.pages) for r in refs] == [
        (["BVerfG"], "Urteil", 2010, "BVerfGE", "125", "175")]
    refs = _refs("61 BVerfG, 1 BvL 1/09 vom 9.2.2010, Absatz-Nr. 133.")
    assert [(r.raw, _names(r.editors), r.year) for r in refs] == [("BVerfG, 1 BvL 1/09 vom 9.2.2010", ["BVerfG"], 2010)]


def test_sections_and_the_following_ones_of_a_statute_are_cited():
    assert [(r.title, r.container) for r in _refs("62 Vgl. §§ 14 ff. SGB IX.")] == [("§§ 14 ff.", "SGB IX")]


def test_a_commentator_in_an_edited_commentary_is_its_author():
    refs = _refs("63 Berlit, in: Münder (Hrsg.), LPK-SGB II, 3. Aufl. 2009, § 31 Rn. 12.")
    assert [(_names(r.authors), _names(r.editors), r.container, r.year, r.pages) for r in refs] == [
        (["Berlit"], ["Münder"], "LPK-SGB II", 2009, None)]


def test_two_law_journal_articles_joined_by_und_are_two_references():
    assert _texts("64 Siehe Spellbrink, NZS 2010, 649 (651), und Lauterbach, ZFSH/SGB 2011, 584.") == [
        "Spellbrink, NZS 2010, 649 (651)", "Lauterbach, ZFSH/SGB 2011, 584."]


def test_a_journal_with_its_volume_is_no_title_of_a_book_without_place():
    """"Der Spiegel, 49" after the title is the journal and its volume: the book rule (no place) does not read it."""
    ref = parse_footnote_reference("Roth, Vor einer Wende?, Der Spiegel, 49, 1998, S. 196-200.")
    assert "Spiegel" not in (ref.title or "")


@pytest.mark.parametrize("note, court, year, container, volume", [
    ("65 BAG, Urteil vom 12.3.2009 – 2 AZR 251/07, AP Nr. 12 zu § 611 BGB Fürsorgepflicht.", "BAG", 2009, "AP", "12"),
    ("66 So bereits BAG AP Nr. 5 zu § 87 BetrVG 1972 Arbeitszeit.", "BAG", None, "AP", "5"),
    ("67 BSG, Urteil vom 7.11.2006 – B 7b AS 8/06 R, SozR 4-4200 § 22 Nr. 1.", "BSG", 2006, "SozR 4-4200", "1"),
    ("68 BAG 26.9.2002 – 2 AZR 424/01, EzA § 626 BGB 2002 Nr. 1.", "BAG", 2002, "EzA", "1"),
])
def test_a_decision_in_a_looseleaf_collection_is_one_reference(note, court, year, container, volume):
    """The collection ("AP", "EzA", "SozR") is the container, the decision's number there its volume; the statute it
    is filed under is no statute cited."""
    refs = _refs(note)
    assert [(_names(r.editors), r.year, r.container, r.volume) for r in refs] == [([court], year, container, volume)]


@pytest.mark.parametrize("note", ["69 Pressemitteilung der Deutschen Post AG vom 3.5.2005.", "70 VG Wort vom 3.5.2005.",
                                  "71 Vgl. Siemens AG, 12.3.2009, S. 4."])
def test_a_company_or_a_body_by_its_day_is_no_court_decision(note):
    """A court's decision has its kind, its file number or where it is reported; a court's abbreviation that is
    also a company's form ("AG") is a court only with its seat."""
    assert all(not r.editors or r.type != "other" for r in _refs(note))
    assert not any(_names(r.editors) in (["AG"], ["VG Wort"]) for r in _refs(note))


@pytest.mark.parametrize("note, authors, container", [
    ("61 Roth/Lang/Kühn, WSI-Mitteilungen 2008, 400 f.", ["Roth", "Lang", "Kühn"], "WSI-Mitteilungen"),
    ("62 Vgl. Roth, IAB-Forum 2009, 12, 14.", ["Roth"], "IAB-Forum"),
])
def test_an_institutes_journal_named_by_its_abbreviation_and_a_word_is_cited_as_a_law_journal(note, authors,
                                                                                             container):
    """An institute's or association's journal is cited as a law journal is, its name an abbreviation joined by a
    hyphen to a word."""
    assert [(_names(r.authors), r.container, r.year) for r in _refs(note)] == [
        (authors, container, 2008 if "2008" in note else 2009)]
