"""The note tagger behind footnote_fields' rules (footnote_tagger.py, data/footnote_tagger.npz): notes the rules do not
parse, which the list tagger read wrongly."""

from litmine.citations.footnote_fields import parse_footnote_reference, parse_footnote_references
from litmine.citations.footnote_tagger import load_note_tagger, parse_note_reference, for_list_tagger
from litmine.citations.references import parse_reference
from litmine.models import Reference


def test_note_tagger_ships():
    assert load_note_tagger() is not None


def test_title_first_note_reads_issue_after_h_and_nr():
    r = parse_footnote_reference("Die Ordnung der Weiden, in: Zeitschrift für Agrargeschichte 12 (1997), H. 3, S. 5-20.")
    assert (r.title, r.container, r.volume, r.issue, r.year, r.pages) == (
        "Die Ordnung der Weiden", "Zeitschrift für Agrargeschichte", "12", "3", 1997, "5-20")
    r = parse_footnote_reference("Weidewirtschaft im Harz, in: Heimatblätter, Nr. 3, 1988, S. 41.")
    assert (r.container, r.volume, r.issue, r.year, r.pages) == ("Heimatblätter", None, "3", 1988, "41")


def test_journal_with_jg_and_h_is_a_container_not_an_editor():
    r = parse_footnote_reference("Schäfer am Rand der Heide, in: Heimatblätter, Jg. 7, 1993, H. 2, S. 108-128.")
    assert (r.container, r.volume, r.issue, r.editors) == ("Heimatblätter", "7", "2", [])


def test_ders_note_takes_its_fields_from_the_note_tagger():
    before = Reference(index=0, raw="", authors=[{"surname": "Ostrowski", "given": "Brünnhilde"}])
    r = parse_footnote_reference("Ders., Weidewirtschaft im Harz, in: Heimatblätter, Jg. 7, 1993, H. 2, S. 41.",
                                 previous=before)
    assert r.authors == [{"surname": "Ostrowski", "given": "Brünnhilde"}]
    assert (r.title, r.container, r.volume, r.issue, r.year) == ("Weidewirtschaft im Harz", "Heimatblätter", "7",
                                                                 "2", 1993)


def test_short_form_with_u_a_names_its_author():
    r = parse_footnote_reference("Brandhorst u. a. 1994: 212")
    assert [a["surname"] for a in r.authors] == ["Brandhorst"] and (r.year, r.pages, r.container) == (
        1994, "212", None)


def test_author_year_and_yearless_entries_stay_with_the_list_tagger():
    assert for_list_tagger(["author", "author", "note", "year", "note", "title"])
    assert not for_list_tagger(["author", "title", "title", "location", "year"])
    assert not for_list_tagger(["title", "year"])
    assert for_list_tagger(["author", "title"])  # no year: the note tagger never saw such an entry
    text = "Feldkamp, Kasimir (1993): Schäfer am Rand der Heide. Goslar: Harzblick."
    assert parse_note_reference(text).__dict__ == parse_reference(text).__dict__


def test_note_references_parsed_in_one_batch_are_those_parsed_one_by_one():
    # rules (note style, a newspaper by its day), the list tagger (author-year) and the note tagger (title first),
    # more of them than tag_many reads a column at a time
    raws = ["Die Ordnung der Weiden, in: Zeitschrift für Agrargeschichte 12 (1997), H. 3, S. 5-20.",
            "Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12.",
            "Feldkamp, Kasimir (1993): Schäfer am Rand der Heide. Goslar: Harzblick.",
            "Weidewirtschaft im Harz, in: Heimatblätter, Nr. 3, 1988, S. 41.",
            "Westfalen-Blatt (WB) vom 5. 5. 1997, S. 3",
            "Schäfer am Rand der Heide, in: Heimatblätter, Jg. 7, 1993, H. 2, S. 108-128."] * 2
    batch = parse_footnote_references(raws, list(range(3, 3 + len(raws))))
    alone = [parse_footnote_reference(raw, index=3 + k) for k, raw in enumerate(raws)]
    assert [r.__dict__ for r in batch] == [r.__dict__ for r in alone]
    assert [r.index for r in batch] == list(range(3, 15)) and parse_footnote_references([], []) == []


def test_a_document_without_note_references_loads_no_tagger(monkeypatch):
    # the writer's warm-up reads such a document: it must not hold the taggers (some 100 MB) for nothing
    from litmine.citations import footnote_tagger
    from litmine.citations.extract import extract_citations
    from litmine.ingest.blocks import Block
    from litmine.ingest.structure import build_passages

    def refuse(*args, **kwargs):
        raise AssertionError("a tagger was loaded")

    monkeypatch.setattr(footnote_tagger, "load_note_tagger", refuse)
    monkeypatch.setattr(footnote_tagger, "load_reference_tagger", refuse)
    _, passages = build_passages([Block("Ein Satz über Ærø (2019). A second sentence.")])
    refs, cits = extract_citations(passages)
    assert refs == [] and [c.surface for c in cits] == ["Ærø (2019)"]


def test_a_body_s_paper_ends_its_title_before_the_paper_s_number_and_day():
    # shapes the restyled list strings lack, learnt from the hand-written notes (scripts/data/hand_notes.jsonl; these
    # notes are not among them): a parliamentary paper's number is its volume, a press release's title ends before
    # "Pressemitteilung Nr.", the body before the colon is no person and no part of the title
    r = parse_footnote_reference("Landtag Sachsen-Anhalt: Antwort der Landesregierung zur Schulsozialarbeit, "
                                 "Drucksache 6/1234 vom 7.5.2013, S. 2.")
    assert (r.title, r.volume, r.year, r.pages, r.authors) == (
        "Antwort der Landesregierung zur Schulsozialarbeit", "6/1234", 2013, "2", [])
    r = parse_footnote_reference("Bundesministerium für Gesundheit: Pflegereform kommt voran, Pressemitteilung Nr. 14 "
                                 "vom 3.4.2012.")
    assert (r.title, r.container, r.volume, r.year, r.authors) == ("Pflegereform kommt voran", None, "14", 2012, [])
