"""Author-year pointers in the notes of papers with a reference list (issue 13, German footnote references): each is
a short form (source "short") as the note prints it, with the list's name for its author, one per cited work, and
one even where the list does not resolve it; never a work of its own."""

from litmine.citations.extract import extract_citations
from litmine.citations.short_forms import listed_name
from litmine.citations.works import build_works
from litmine.models import Passage, Reference
from tests.citations.test_short_forms import _passages


def _paper(notes: list[str], listed: list[str]) -> list[Passage]:
    """A paper's body with one mark per note, its notes, and its reference list."""
    return _passages("Text." + "".join(f" Satz.{i + 1}" for i in range(len(notes))), [], notes, listed)


def _shorts(notes: list[str], listed: list[str]) -> list[tuple]:
    refs, _ = extract_citations(_paper(notes, listed))
    return [(r.raw, [a["surname"] for a in r.authors], r.year, r.pages, r.repeats) for r in refs
            if r.source == "short"]


LIST = ["Kessler, W. (1985): Was wissen wir über Steuern? In: Finanzarchiv 42, S. 1-20.",
        "Imhof, P. (2004): Gewalt und Theorie. Wiesbaden: VS.",
        "Wacker, R. (1998): Körper und Staat. Zürich: Chronos.",
        "Rohr, P. von (2001): Verlorene Söhne. München: Hanser.",
        "Popp, K. (1979a): Das Elend der Theorie. Tübingen: Mohr.",
        "Popp, K. (1979b): Ausgangspunkte. Hamburg: Campe."]


def test_note_pointers_take_the_name_the_list_prints():
    """The callout finder reads the capitalised word before a narrative name as part of it (a German noun, a given
    name, a preposition and a noun): the short form and its callout start at the surname the list prints; a
    particle stays when the entry's names hold it ("Rohr, P. von")."""
    shorts = _shorts(["1 Siehe zu einem Überblick Kessler (1985: 12f.).",
                      "2 Wie Peter Imhof (2004) zeigt, ist das so.",
                      "3 Die Beispiele stammen von Wacker (1998: 223).",
                      "4 So auch von Rohr (2001: 24)."], LIST)
    assert shorts == [("Kessler (1985: 12f.)", ["Kessler"], 1985, "12", 0),  # "12f.": the first page is cited
                      ("Imhof (2004)", ["Imhof"], 2004, None, 1),
                      ("Wacker (1998: 223)", ["Wacker"], 1998, "223", 2),
                      ("von Rohr (2001: 24)", ["von Rohr"], 2001, "24", 3)]
    _, cits = extract_citations(_paper(["1 Siehe zu einem Überblick Kessler (1985: 12f.)."], LIST))
    assert [(c.surface, c.authors) for c in cits if c.style == "author-year"] == [("Kessler (1985: 12f.)", ["Kessler"])]
    ref = Reference(index=0, raw="Rohr, P. von (2001): Söhne.", authors=[{"surname": "Rohr"}])
    assert listed_name("Müller", ref) == "Müller" and listed_name("Überblick Müller", None) == "Überblick Müller"


def test_note_pointers_several_years_in_one_bracket_are_several_short_forms():
    """"Popp (1979a: 110f.; 1979b: 167)": two works, two short forms; the first stops where the second starts."""
    assert _shorts(["1 In Popp (1979a: 110f.; 1979b: 167) ist das so."], LIST) == [
        ("Popp (1979a: 110f.", ["Popp"], 1979, "110", 4), ("1979b: 167", ["Popp"], 1979, "167", 5)]


def test_note_pointers_the_list_does_not_resolve_are_short_forms_of_no_work():
    """A note's callout whose author is not in the list, or not with that year, or matches two entries, is still a
    reference the note cites: a short form that repeats nothing (its given name left out), which makes no work;
    without a reference list the bracketed ones too (F45: a newsletter's article printed without its list; see
    test_short_forms_without_list.py). An unbracketed one counts only with a page and its author listed."""
    notes = ["1 Die Angaben folgen Matthias Brandtner (1993) und Imhof (2009).", "2 Vgl. Wacker 1997, S. 9.",
             "3 Wacker 1996 auch nicht."]
    shorts = _shorts(notes, LIST)
    assert shorts == [("Brandtner (1993)", ["Brandtner"], 1993, None, None), ("Imhof (2009)", ["Imhof"], 2009, None, None),
                      ("Wacker 1997, S. 9", ["Wacker"], 1997, "9", None)]
    refs, _ = extract_citations(_paper(notes, LIST))
    for r in refs:
        r.doc_id = "d1"
    works, which = build_works(refs, [])
    assert len(works) == len(LIST)  # the list's works alone
    assert not any(which.get(("d1", r.index)) for r in refs if r.source == "short")
    assert _shorts(notes, []) == shorts[:2]


def test_note_pointers_a_note_of_callouts_or_of_a_quotation_and_its_source_is_no_reference():
    """"Bulmer (1999) und Imhof (2004)." is two short forms, no reference of its own; so is a quotation, or a
    phrase, with its source in a closing bracket; a reference that ends in a bracket stays one."""
    refs, _ = extract_citations(_paper(
        ["1 Vgl. Wacker (1998) und Imhof (2004).",
         '2 "Enough of these words, enough of the fashion 20 versus 2, and knives" (Kessler, 1985, S. 139).',
         "3 Vgl. die Typologie der Formen und Instrumente des Engagements (Popp 1979b)."], LIST))
    assert [(r.source, r.raw) for r in refs if r.source != "list"] == [
        ("short", "Wacker (1998)"), ("short", "Imhof (2004)"), ("short", "Kessler, 1985, S. 139"),
        ("short", "Popp 1979b")]
    refs, _ = extract_citations(_paper(["1 Vgl. Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922 (Nachdruck)."],
                                       LIST))
    assert [r.source for r in refs if r.source != "list"] == ["footnote"]


def test_note_pointers_pages_listed_and_cues_with_a_colon():
    """The callout finder reads a year's further pages ("2001: 234f., 264f.; 2006b: 91, 104": two works, not a lost
    second year) and a name after a German cue's colon ("zit. nach: Popp (1979a)"); a colon after other words
    still marks a title ("Titel: Smith (2004)"), and a year after a comma is a year, never a page."""
    from litmine.citations.intext import find_callouts

    def read(text):
        return [(c.surface, c.year, c.year_suffix, c.pages) for c in find_callouts(text)]

    assert read("Beispiele (Popp 1979a: 357-361; 1979b: 183, 193). Mehr") == [
        ("Popp 1979a: 357-361", 1979, "a", "357-361"), ("1979b: 183, 193", 1979, "b", "183")]
    assert read("werden zit. nach: Popp (1979a: 234f., 264f., 439f.; 1979b: 91, 104).") == [
        ("Popp (1979a: 234f., 264f., 439f.", 1979, "a", "234f."), ("1979b: 91, 104", 1979, "b", "91")]
    assert read("Quellen: Popp (1979a), Imhof (2004).")[0][:2] == ("Popp (1979a)", 1979)
    assert read("Ein Titel: Smith (2004)") == []
    assert read("(Smith 2001: 12, 2003)") == [("Smith 2001: 12", 2001, "", "12"), ("2003", 2003, "", None)]


def test_note_pointers_of_bodies_name_them_as_editors():
    """"Amt für Arbeit 1996, S. 171", "HWRR 1970": a body's name (an acronym, or a lower-case word in it) is the short
    form's editor, as the list's "[Hrsg.]" and the labelling conventions have it; persons stay authors."""
    listed = ["Amt für Arbeit [Hrsg.], Blätter zur Berufskunde, Bielefeld 1996.", *LIST]
    refs, _ = extract_citations(_paper(["1 So steht es in den Blättern (Amt für Arbeit 1996, S. 171).",
                                        "2 So HWRR (1970: 12).",
                                        "3 So Kessler (1985: 3)."], listed))
    assert [([a["surname"] for a in r.authors], [e["surname"] for e in r.editors or []]) for r in refs
            if r.source == "short"] == [([], ["Amt für Arbeit"]), ([], ["HWRR"]), (["Kessler"], [])]


def test_note_pointers_a_name_after_a_noun_phrase_is_read_when_it_links():
    """"der Kölner Schule Kessler (1985)", "Forschung Imhof/Wacker (2004: 5)": the callout finder drops these as
    titles; the name right before the bracket is a short form when it links to the list, else nothing."""
    listed = [*LIST, "Imhof, P./Wacker, R. (2004): Gewalt im Stadion. Wiesbaden: VS."]
    assert _shorts(["1 Die Ansätze sind bekannt, siehe zu den Experimenten der Kölner Schule Kessler (1985) und zu "
                    "einem Überblick über die Forschung Imhof/Wacker (2004: 5), die wir hier nicht weiter verfolgen, "
                    "weil sie es nicht zeigen.", "2 So die Kölner Schule Lindner (1985)."], listed) == [
        ("Kessler (1985)", ["Kessler"], 1985, None, 0), ("Imhof/Wacker (2004: 5)", ["Imhof", "Wacker"], 2004, "5", 6)]


def test_note_pointers_prose_with_a_quotation_and_a_cut_bracket_is_no_reference():
    """A sentence citing works whose only other years are inside a quotation ('"der im Jahre 1848 ... verreist"')
    is prose citing them, and a stretch the segmenter cut inside its bracket ("... (vgl. Kessler, 1985") is read
    with the bracket closed: short forms, no reference."""
    from litmine.citations.footnotes import _author_years, _prose_citing_several

    assert _prose_citing_several('Beispiele sind nachzulesen bei Popp (1979a: 160; 1979b: 145). Wie man mit ihnen '
                                 'umging, zeigt ein Fall, "der im Jahre 1848 nach Amerika verreist war", den wir '
                                 'hier nicht wiederholen (Kessler 1985: 4).')
    cut = "In zentralen Texten betreiben sie einen – um einen Begriff aus der Debatte (vgl. Imhof & Wacker, 2004"
    assert [(c.authors, c.year) for _, _, c in _author_years(cut)] == [(["Imhof", "Wacker"], 2004)]


def test_note_pointers_statutes_are_references_of_their_law():
    """"§ 3 Abs. 1 AO", "§ 1356 I BGB", "Art. 20 Abs. 3 GG" cited in a note: a reference whose title is the section
    and whose container is the law; "§ 5 der Satzung" names no law."""
    refs, _ = extract_citations(_paper(["1 Dies ist mit § 3 Abs. 1 AO (und der darin verankerten Regel) vereinbar.",
                                        "2 Vgl. § 1356 I BGB.", "3 Nach § 5 der Satzung nicht."], LIST))
    assert [(r.source, r.title, r.container, r.type) for r in refs if r.source != "list"] == [
        ("footnote", "§ 3 Abs. 1", "AO", "legislation"), ("footnote", "§ 1356 I", "BGB", "legislation")]


def test_note_pointers_thanks_are_no_reference_but_a_reference_in_them_stays():
    """A note of thanks dated by its day is no reference however sure the segmenter is; a reference the rules find
    in a note of thanks stays one."""
    from litmine.citations.footnotes import find_footnote_entries

    assert find_footnote_entries("5 Ich danke Dr. Eva Roth (Universität Kassel) für den Hinweis auf diesen "
                                 "Aufsatz, 6.10.2006.") == []
    assert [e.text for e in find_footnote_entries(
        "1 Ich danke Jan Roth für den Hinweis auf Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922.")] == [
        "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922."]


def test_note_pointers_events_in_brackets_and_words_after_pages_are_no_short_forms():
    """"(Unabhängigkeit 1960)", "libysche Revolution 1969": a noun before a year in a bracket is an event, not an
    unresolved short form; "(Kessler 1985: 92, vgl. auch ...)": the "v" of "vgl." is no further page."""
    from litmine.citations.intext import find_callouts

    assert _shorts(["1 Die Staaten Marokko sowie Mauretanien (Unabhängigkeit 1960) und andere (libysche Revolution "
                    "1969, Sudan-Krise etc.)."], LIST) == []
    assert [(c.surface, c.pages) for c in find_callouts("(Kessler 1985: 92, vgl. auch Imhof 2004)")][0] == (
        "Kessler 1985: 92", "92")


def test_note_pointers_a_surname_in_capitals_stays_an_author():
    """"(LORENZER, 1986, p. 53)" repeats "Lorenzer, A. (1986)": a surname printed in capitals, an author; "OECD
    2008: 192" repeats "OECD (Hrsg.) (2008)": a body, an editor."""
    listed = ["Lorenzer, A. (1986): Tiefenhermeneutische Kulturanalyse. Frankfurt: Fischer.",
              "OECD (Hrsg.) (2008): Employment Outlook 2008. Paris: OECD."]
    refs, _ = extract_citations(_paper(["1 So steht es dort (LORENZER, 1986, S. 53).",
                                        "2 So steht es dort (OECD 2008: 192)."], listed))
    assert [([a["surname"] for a in r.authors], [e["surname"] for e in r.editors or []]) for r in refs
            if r.source == "short"] == [(["LORENZER"], []), ([], ["OECD"])]


def test_note_pointers_an_acronym_opening_a_list_entry_without_a_given_name_is_a_body():
    """(F39, issue 13) "ISTAT 2001, Tavola 1.1" repeats "ISTAT (2001): Censimento ...": the list prints the body's
    acronym as its first name, no given name with it: an editor, as "OECD (Hrsg.)" is; "KRAUSE 2003" repeats
    "KRAUSE, T. (2003)", a person's surname in capitals with its initial: an author."""
    listed = ["ISTAT (2001): Censimento della popolazione. Roma: Istituto.",
              "KRAUSE, T. (2003): Italien im Wandel. Leipzig: Institut."]
    refs, _ = extract_citations(_paper(["1 Quelle: ISTAT 2001, Tavola 1.1.", "2 So auch KRAUSE 2003, S. 4."], listed))
    assert [([a["surname"] for a in r.authors], [e["surname"] for e in r.editors or []]) for r in refs
            if r.source == "short"] == [([], ["ISTAT"]), (["KRAUSE"], [])]


def test_a_named_short_form_nothing_resolves_is_kept():
    """"Brenner, a.a.O., S. 4.", "Brenner (Anm. 3), S. 7.": a short repeat naming its author that no earlier note and
    no single entry of the list resolves (the list holds several works of Brenner, or none) is a short form of no
    work, its name and page (labelling conventions 2: short repeats are references, "a.a.O." in other); before, it
    was dropped. A bare "Ebd." or "a.a.O." names nothing and stays none."""
    listed = ["Brenner, K. (1998): Arbeit und Staat. Berlin: Sigma.", "Brenner, K. (2001): Staat und Markt. Berlin: Sigma."]
    assert _shorts(["Brenner, a.a.O., S. 4."], listed) == [("Brenner, a.a.O., S. 4.", ["Brenner"], None, "4", None)]
    assert _shorts(["Vgl. Brenner (Anm. 3), S. 7."], []) == [("Brenner (Anm. 3), S. 7.", ["Brenner"], None, "7", None)]
    assert _shorts(["A.a.O., S. 4."], listed) == [] and _shorts(["Ebd., S. 4."], []) == []
