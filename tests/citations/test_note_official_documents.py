"""Official and institutional documents cited by their title and the day they are dated (footnote_fields.
OFFICIAL_DOCUMENT, _official_document; issue 13, helper F57): the title ends where the place, the document's number,
who drew it up, the kind of text and the day begin; a body before a colon or a comma is the editor. Hand-made notes."""

from litmine.citations.footnote_fields import parse_footnote_reference


def _read(note: str):
    r = parse_footnote_reference(note)
    names = [n.get("literal") or n.get("surname") for n in r.editors or r.authors]
    return names, r.title, r.year, r.pages


def test_conclusions_end_before_the_days_of_the_meeting():
    assert _read("Europäischer Rat: Schlussfolgerungen des Vorsitzes, 14./15. Dezember 2006, S. 4.") == (
        ["Europäischer Rat"], "Schlussfolgerungen des Vorsitzes", 2006, "4")
    assert _read("Europäischer Rat: Schlussfolgerungen des Vorsitzes, 21./22.6.2007.")[1:3] == (
        "Schlussfolgerungen des Vorsitzes", 2007)


def test_a_council_document_ends_before_who_drew_it_up_its_numbers_and_place():
    note = ("Rat der Europäischen Union: Jahresprogramm des Rates für 2007, vorgelegt vom deutschen Vorsitz, 17079/06, "
            "POLGEN 128, Brüssel, 20. Dezember 2006.")
    assert _read(note) == (["Rat der Europäischen Union"], "Jahresprogramm des Rates für 2007", 2006, None)


def test_a_commission_document_ends_before_its_number():
    note = "European Commission: Communication on Wider Europe, COM(2003) 104 final, Brussels, 11 March 2003."
    assert _read(note) == (["European Commission"], "Communication on Wider Europe", 2003, None)


def test_a_declaration_ends_before_its_place_and_day():
    assert _read("Joint Statement on Energy Partnership. Brussels, 12 October 2006.") == (
        [], "Joint Statement on Energy Partnership", 2006, None)
    assert _read("Vienna Action Plan on Migration. Wien, 02.06.2006.")[1:3] == ("Vienna Action Plan on Migration", 2006)


def test_a_speech_by_a_person_ends_before_the_kind_of_text():
    assert _read("Anna Berger: Europa eine Seele geben. Rede vor dem Bundestag, Berlin, 14. März 2006.") == (
        ["Berger"], "Europa eine Seele geben", 2006, None)


def test_a_report_dated_by_its_month_ends_before_the_place():
    assert _read("Bundeskanzleramt: Regierungsprogramm für die Gesetzgebungsperiode, Wien, Januar 2007, S. 18.") == (
        ["Bundeskanzleramt"], "Regierungsprogramm für die Gesetzgebungsperiode", 2007, "18")


def test_a_web_address_after_the_document_is_its_url():
    r = parse_footnote_reference("Riga Declaration on Cooperation. Riga, 28.11.2006. Abrufbar unter: "
                                 "http://www.example.lv/declaration.html.")
    assert (r.title, r.year, r.url) == ("Riga Declaration on Cooperation", 2006, "http://www.example.lv/declaration.html")


def test_an_article_in_a_paper_and_a_paper_by_its_day_are_no_documents():
    r = parse_footnote_reference("Jens Vogt, Wohnungsnot in Leipzig, Leipziger Volkszeitung, 12.2.1994, S. 15.")
    assert r.title == "Wohnungsnot in Leipzig"
    r = parse_footnote_reference("Baltic Times, 3.11.2005, S. 4.")
    assert (r.container, r.title) == ("Baltic Times", None)


def test_a_title_a_paper_and_a_day_without_a_documents_mark_are_no_document():
    # no body, no person, no document's word in the title, nothing that files it: an article in a paper by its day
    for note in ('"Die Opposition sammelt sich", Rheinpost, 11.12.1998.', "Novye partii v regionach, Zarja, 16.1.1999.",
                 "Weekly Digest, No. 44, Part I, 1. März 1996."):
        r = parse_footnote_reference(note)
        assert r.type != "report" or r.title is None, note


def test_an_institutes_series_and_number_close_the_title():
    # policy papers' series are named "Aktuell", "Analyse", "Brief", "Mitteilungen", "Report", "Focus" too
    r = parse_footnote_reference("Anna Berger: Neue Wege in der Nachbarschaftspolitik, SWP-Aktuell 2, Januar 2007, S. 3.")
    assert (r.title, r.container, r.volume, r.year, r.pages) == (
        "Neue Wege in der Nachbarschaftspolitik", "SWP-Aktuell", "2", 2007, "3")
    r = parse_footnote_reference("Maria Keller, Migration und Integration, WZB-Mitteilungen 113, September 2006, S. 12.")
    assert (r.title, r.container, r.volume) == ("Migration und Integration", "WZB-Mitteilungen", "113")
    r = parse_footnote_reference("Anna Berger: Europas Energiesicherheit, DGAP-Analyse Nr. 3, Juli 2008.")
    assert (r.title, r.container, r.volume) == ("Europas Energiesicherheit", "DGAP-Analyse", "3")


def test_the_year_between_the_names_and_a_colon_dates_the_work_and_is_no_title():
    r = parse_footnote_reference("Paul Huber, 2006: Österreich. In: Anna Berger / Peter Lang (Hrsg.): Jahrbuch der "
                                 "Integration 2006, Baden-Baden 2007, S. 371-378.")
    assert (r.authors[0]["surname"], r.title, r.container, r.year) == ("Huber", "Österreich",
                                                                      "Jahrbuch der Integration 2006", 2006)
    r = parse_footnote_reference("Lukas Brandt, 2004: Europäische Außenpolitik. Berlin, S. 45.")
    assert (r.title, r.year, r.pages) == ("Europäische Außenpolitik", 2004, "45")


def test_a_suspended_compound_opening_the_title_is_no_name():
    # "Kranken-, Renten- und ...": the first words, each closed by a hyphen and a comma, belong to the title
    from litmine.citations.extract import extract_citations
    from tests.citations.test_note_pointers import _paper

    refs, _ = extract_citations(_paper(["1 Kranken-, Renten- und Pflegeversicherung im Vergleich, Berlin 2005, S. 4."],
                                       []))
    assert [(r.title, r.authors, r.year) for r in refs] == [
        ("Kranken-, Renten- und Pflegeversicherung im Vergleich", [], 2005)]


def test_a_press_release_by_its_body_number_and_day():
    # the body is the editor, the words for a press release the title, the number the volume
    for note, want in (("IMF Press Release 06/45, 14.3.2006.", ("IMF", "Press Release", "06/45", 2006)),
                       ("Statistisches Bundesamt: Pressemitteilung Nr. 234 vom 12.6.2008.",
                        ("Statistisches Bundesamt", "Pressemitteilung", "234", 2008)),
                       ("Bundesregierung: Pressemitteilung Nr. 210, 14.6.2008.",
                        ("Bundesregierung", "Pressemitteilung", "210", 2008))):
        r = parse_footnote_reference(note)
        assert (r.editors[0]["literal"], r.title, r.volume, r.year) == want, note


def test_an_english_place_with_its_states_abbreviation_ends_the_title():
    # "Washington, D.C. 2005", "Washington, DC, 2008", "Boulder, Col.: Westview 1997": the place, no title's words
    for note, title, place in (
            ("World Bank: World Development Report 2006. Equity and Development, Washington, D.C. 2005, p. 12.",
             "World Development Report 2006. Equity and Development", "Washington, D.C."),
            ("John Smith, The Future of NATO, Washington, DC, 2008.", "The Future of NATO", "Washington, DC"),
            ("Fritz Berg, Games Actors Play, Boulder, Col.: Westview 1997, p. 43.", "Games Actors Play", "Boulder, Col.")):
        r = parse_footnote_reference(note)
        assert (r.title, r.place) == (title, place), note


def test_a_printed_paper_or_a_document_number_closing_the_title_is_no_part_of_it():
    """"Bundesregierung: Antwort auf die Große Anfrage ..., BT-Drs. 16/5432, Berlin 2007", "Europäische Kommission,
    Weißbuch ..., KOM(2006) 35 endg., Brüssel 2006": a parliament's printed paper or an EU document's number before a
    place and year (footnote_fields._title_filed); before, the title ran on over it. The paper's number is the volume,
    its series the container; a title that is the paper alone is none."""
    def read(note):
        r = parse_footnote_reference(note)
        return r.title, r.container, r.volume, r.year
    assert read("Bundesregierung: Antwort auf die Große Anfrage der Fraktion der FDP, BT-Drs. 16/5432, Berlin 2007, "
                "S. 3.") == ("Antwort auf die Große Anfrage der Fraktion der FDP", "BT-Drs", "16/5432", 2007)
    assert read("Bundesrat, Stellungnahme zum Entwurf eines Pflegegesetzes, BR-Drucks. 456/07, Berlin 2007, S. 2.") == (
        "Stellungnahme zum Entwurf eines Pflegegesetzes", "BR-Drucks", "456/07", 2007)
    assert read("Landtag Nordrhein-Westfalen, Drucksache 14/2345, Düsseldorf 2007, S. 8.") == (
        None, "Drucksache", "14/2345", 2007)
    # the paper alone is read by the note tagger (trained on hand-written notes in session 34, which file the paper's
    # number as volume and leave its series unlabelled): no title, the number, the year
    title, _, volume, year = read("Deutscher Bundestag, Drucksache 17/8765 vom 3.2.2012.")
    assert (title, volume, year) == (None, "17/8765", 2012)
    assert read("Europäische Kommission, Weißbuch zur Kommunikationspolitik, KOM(2006) 35 endg., Brüssel 2006, "
                "S. 4.") == ("Weißbuch zur Kommunikationspolitik", None, None, 2006)
    assert read("European Commission, Towards a Common Immigration Policy, COM(2007) 780 final, Brussels 2007, "
                "p. 9.") == ("Towards a Common Immigration Policy", None, None, 2007)
    assert read("Europäisches Parlament: Bericht über die Lage der Roma, A6-0345/2008, Brüssel 2008.")[0] == (
        "Bericht über die Lage der Roma")
    # a title that holds a number of its own keeps it
    assert read("Hans Kramer, Die Reform 2000/2001, Berlin 2002.")[0] == "Die Reform 2000/2001"


def test_a_note_that_is_one_dated_document_the_model_left_is_that_document():
    """"Charta von Paris für ein neues Europa, Paris, 21. November 1990.", "Erklärung des Ratsvorsitzes vor dem
    Europäischen Parlament am 12. Januar 2006.": a note of which neither the model's stretches nor the rules made any
    entry, read whole as a document by its title and day (footnotes._whole_document); before, the note gave nothing
    (the model cut it before its day, or the prose rules turned it down for its words in lower case). Prose with a
    day stays none: a sentence's article or pronoun before it, or a finite verb in it."""
    from litmine.citations.footnotes import find_footnote_entries

    def texts(note):
        return [e.text for e in find_footnote_entries(note)]
    assert texts("3 Charta von Paris für ein neues Europa, Paris, 21. November 1990.") == [
        "Charta von Paris für ein neues Europa, Paris, 21. November 1990."]
    assert texts("3 Erklärung des Ratsvorsitzes vor dem Europäischen Parlament am 12. Januar 2006.") == [
        "Erklärung des Ratsvorsitzes vor dem Europäischen Parlament am 12. Januar 2006."]
    assert texts("3 Vgl. Erklärung des Ratsvorsitzes vor dem Europäischen Parlament am 12. Januar 2006.") == [
        "Vgl. Erklärung des Ratsvorsitzes vor dem Europäischen Parlament am 12. Januar 2006."]  # (the cue kept)
    for prose in ("Die Erklärung wurde verabschiedet am 12. Januar 2006.", "Der Bericht der Kommission erschien am 12. "
                  "Januar 2006.", "Das Abkommen trat in Kraft am 1. Januar 1995.", "Unterzeichnet wurde der Vertrag am "
                  "25. März 1957.", "Die Bundesregierung gab eine Erklärung ab am 3.4.2005."):
        assert texts("3 " + prose) == [], prose


def test_a_speech_cited_by_its_kind_and_day_alone_is_a_document():
    """"Rede des Bundespräsidenten zur Eröffnung der Messe am 3. Oktober 2010.", "Ansprache des Bundeskanzlers vor dem
    Europäischen Parlament am 3. Juli 2001.": a title opening with a kind of spoken text (Rede, Ansprache, Vortrag,
    Speech, Address, Statement) is a document's mark as "Erklärung" is (footnote_fields._marked_as_document); before,
    such a note without a body or a person named before it went to the tagger, whose title ran on into the day."""
    assert _read("Rede des Bundespräsidenten zur Eröffnung der Messe am 3. Oktober 2010.") == (
        [], "Rede des Bundespräsidenten zur Eröffnung der Messe", 2010, None)
    assert _read("Ansprache des Bundeskanzlers vor dem Europäischen Parlament am 3. Juli 2001.")[1:3] == (
        "Ansprache des Bundeskanzlers vor dem Europäischen Parlament", 2001)
    assert _read("Vortrag auf der Jahrestagung der Gesellschaft, Leipzig, 12. März 2005.")[1:3] == (
        "Vortrag auf der Jahrestagung der Gesellschaft", 2005)


def test_a_parliamentary_motion_by_its_members_and_day():
    """"Antrag Nr. 87/A der Abgeordneten Gruber und Genossen betreffend Sozialreform vom 2.3.1987.", "Kleine Anfrage
    der Abgeordneten Eva Schmid, Karl Vogt und der Fraktion DIE LINKE, BT-Drs. 16/4567 vom 1.3.2007.": the kind and
    number of the motion or question are the title, the members who tabled it its authors ("und Genossen", the group,
    the subject and the minister asked left out), a printed paper's number the volume (footnote_fields.MOTION);
    before, the tagger read "Antrag Nr." as a person, and the note without a comma gave no entry at all. Prose
    about a motion stays none."""
    from litmine.citations.footnotes import find_footnote_entries

    def read(note):
        r = parse_footnote_reference(note)
        return [a["surname"] for a in r.authors], r.title, r.volume, r.year
    assert read("Antrag Nr. 87/A der Abgeordneten Gruber und Genossen betreffend Sozialreform vom 2.3.1987.") == (
        ["Gruber"], "Antrag Nr. 87/A", None, 1987)
    assert read("Kleine Anfrage der Abgeordneten Eva Schmid, Karl Vogt und der Fraktion DIE LINKE, BT-Drs. 16/4567 vom "
                "1.3.2007.") == (["Schmid", "Vogt"], "Kleine Anfrage", "16/4567", 2007)
    assert read("Anfrage der Abgeordneten Huber und Genossen an den Bundesminister für Finanzen betreffend Steuerreform "
                "vom 3.5.1999.") == (["Huber"], "Anfrage", None, 1999)
    assert [e.text for e in find_footnote_entries("4 Antrag Nr. 87/A der Abgeordneten Gruber und Genossen betreffend "
                                                  "Sozialreform vom 2.3.1987.")] == [
        "Antrag Nr. 87/A der Abgeordneten Gruber und Genossen betreffend Sozialreform vom 2.3.1987."]
    assert find_footnote_entries("4 Der Antrag der Abgeordneten Huber wurde am 3.5.1995 abgelehnt.") == []


def test_a_speech_by_a_named_speaker_has_the_speaker_as_author():
    """"Rede von Bundeskanzlerin Anna Berger vor dem Europäischen Parlament, Straßburg, 17.1.2007.",
    "Regierungserklärung von Bundeskanzler Karl Vogt vor dem Deutschen Bundestag am 14.3.2003.": the speaker named
    after "von"/"by" and an office is the author (footnote_fields._SPEAKER); before, the speech had no author, or the
    words up to the comma were read as a body ("Rede von ... Parlament"). A speech by an office alone ("Rede des
    Bundespräsidenten", "Statement by the Presidency") names no person."""
    def read(note):
        r = parse_footnote_reference(note)
        return [a.get("surname") for a in r.authors], [e.get("literal") for e in r.editors], r.year
    assert read("Rede von Bundeskanzlerin Anna Berger vor dem Europäischen Parlament, Straßburg, 17.1.2007.") == (
        ["Berger"], [], 2007)
    assert read("Regierungserklärung von Bundeskanzler Karl Vogt vor dem Deutschen Bundestag am 14.3.2003.") == (
        ["Vogt"], [], 2003)
    assert read("Remarks by President John Smith at the Summit, Washington, 4 April 2009.") == (["Smith"], [], 2009)
    assert read("Rede des Bundespräsidenten zur Eröffnung der Messe am 3. Oktober 2010.") == ([], [], 2010)
    assert read("Statement by the Presidency on the Situation in Lebanon, Brussels, 18 July 2006.") == ([], [], 2006)
