"""BibTeX and RIS checked by strict readers (issue 15): pybtex's strict parser, bibtexparser, rispy; one key and
one item type per paper from `citations` (works) and `query --bib` (corpus documents)."""

import pytest
import rispy

from litmine.export.bibliography import TYPES, BibEntry, bibtex_key, entry_from_work, to_bibtex, to_ris
from litmine.export.review import build_document_key, build_review_bibtex
from litmine.models import Document, Reference, Work
from tests.export.format_checks import bibtexparser_entries

# the Zotero item type each reader's import translator gives (Zotero's BibTeX.js and RIS.js)
ZOTERO_FROM_BIBTEX = {"article": "journalArticle", "book": "book", "incollection": "bookSection",
                      "techreport": "report", "online": "webpage", "phdthesis": "thesis", "misc": "document"}
ZOTERO_FROM_RIS = {"JOUR": "journalArticle", "BOOK": "book", "CHAP": "bookSection", "RPRT": "report",
                   "ELEC": "webpage", "THES": "thesis", "GEN": "document"}


def strict_parse(text: str):
    pybtex = pytest.importorskip("pybtex.database")
    return pybtex.parse_string(text, "bibtex")  # pybtex raises on unbalanced braces and bad syntax (strict)


def full_entry() -> BibEntry:
    return BibEntry(kind="chapter", creators=[{"family": "Sørensen", "given": "Eva"}, {"literal": "AT&T Labs"}],
                    editors=[{"family": "Torfing", "given": "Jacob"}], title="Governance } of 50% & the UK experience",
                    container="Handbook of Governance", year=2012, volume="2", issue="3", pages="45–67",
                    publisher="Edward Elgar", place="Cheltenham", doi="10.1177/0095399711418768_x",
                    url="https://example.org/a_b?c=1")


def test_bibliography_formats_strict_parse_with_every_field():
    text = to_bibtex([full_entry()])
    data = strict_parse(text)  # was: a lone "}" written as "\}" unbalanced the entry
    (key, entry), = data.entries.items()
    assert key == "sorensen2012governance" and entry.type == "incollection"
    assert [str(p) for p in entry.persons["author"]] == ["Sørensen, Eva", "{AT\\&T Labs}"]
    assert [str(p) for p in entry.persons["editor"]] == ["Torfing, Jacob"]
    f = entry.fields
    assert f["title"].startswith("{") and "\\textbraceright{}" in f["title"] and "50\\%" in f["title"]
    assert (f["volume"], f["number"], f["pages"], f["publisher"], f["address"]) == \
        ("2", "3", "45--67", "Edward Elgar", "Cheltenham")
    assert f["doi"] == "10.1177/0095399711418768_x" and f["url"] == "https://example.org/a_b?c=1"  # not escaped
    assert bibtexparser_entries(text)[0]["ID"] == "sorensen2012governance"  # bibtexparser no longer drops it


def test_bibliography_formats_works_escape_authors():
    w = Work("w", title="Pay & conditions", year=2001, type="report",
             authors=[{"surname": "Smith & Co", "given": ""}, {"surname": "O'Neil", "given": "100%"}])
    entry = next(iter(strict_parse(to_bibtex([w])).entries.values()))
    assert [str(p) for p in entry.persons["author"]] == ["{Smith \\& Co}", "O'Neil, 100\\%"]  # was: raw & and %


def test_bibliography_formats_ris_round_trip_with_every_field():
    (r,) = rispy.loads(to_ris([full_entry()]))
    assert r["type_of_reference"] == "CHAP" and r["authors"] == ["Sørensen, Eva", "AT&T Labs"]
    assert r["secondary_authors"] == ["Torfing, Jacob"] and r["title"] == "Governance } of 50% & the UK experience"
    assert (r["volume"], r["number"], r["start_page"], r["end_page"]) == ("2", "3", "45", "67")
    assert (r["publisher"], r["place_published"], r["doi"]) == ("Edward Elgar", "Cheltenham",
                                                                  "10.1177/0095399711418768_x")
    assert r["urls"] == ["https://example.org/a_b?c=1"]


def test_bibliography_formats_bibtex_and_ris_types_agree():
    for kind, (bib, ris) in TYPES.items():
        e = BibEntry(kind=kind, creators=[{"family": "Kerr", "given": "Ann"}], title="Twenty years", year=2020)
        written_bib = next(iter(strict_parse(to_bibtex([e])).entries.values())).type
        written_ris = rispy.loads(to_ris([e]))[0]["type_of_reference"]
        assert (written_bib, written_ris) == (bib, ris)
        assert ZOTERO_FROM_BIBTEX[written_bib] == ZOTERO_FROM_RIS[written_ris], kind


def test_bibliography_formats_one_key_for_works_and_documents():
    work = Work("w", title="From new public management to new public governance", year=2011, type="article",
                authors=[{"surname": "Núñez", "given": "Ana"}])
    doc = Document("d", "n.pdf", "pdf", title="From new public management to new public governance",
                   authors=["Ana Núñez"], year=2011, venue="Public Management Review")
    assert bibtex_key(work, set()) == build_document_key(doc, set()) == "nunez2011new"  # was: nunez2011from
    assert to_bibtex([work]).split(",")[0] == build_review_bibtex([doc]).split(",")[0] == "@article{nunez2011new"
    zotero = Document("z", "z.pdf", "pdf", title="Any", authors=["Ana Núñez"], year=2011,
                      zotero={"citekey": "nunezNewPublic2011"})
    assert build_document_key(zotero, set()) == "nunezNewPublic2011"  # Better BibTeX's key kept


def test_bibliography_formats_work_takes_fields_from_its_reference():
    ref = Reference(index=0, raw="...", volume="12", issue="4", pages="1-20", publisher="Policy Press", place="Bristol",
                    url="https://doi.org/x", editors=[{"surname": "Hill", "given": "M."}])
    w = Work("w", title="Implementing public policy", year=2009, type="book",
             authors=[{"surname": "Hill", "given": "Michael"}])
    entry = next(iter(strict_parse(to_bibtex([entry_from_work(w, ref)])).entries.values()))
    assert entry.fields["publisher"] == "Policy Press" and entry.fields["address"] == "Bristol"
    assert entry.fields["pages"] == "1--20" and [str(p) for p in entry.persons["editor"]] == ["Hill, M."]


def test_bibliography_formats_keys_without_author_or_year():
    entries = [BibEntry(kind="report", title="The Equality Act 2010: guidance", year=2010),
               BibEntry(kind="book", editors=[{"family": "Torfing", "given": "Jacob"}], title="Handbook of governance",
                        year=2012),
               BibEntry(kind="article", creators=[{"family": "Kerr", "given": "Ann"}], title="Co-producción local"),
               BibEntry(kind="report", creators=[{"literal": "The Scottish Government"}], title="Fair work", year=2019),
               BibEntry(kind="other", fallback="Rapport_Ærø-final.pdf"), BibEntry(kind="other"), BibEntry(kind="other")]
    keys = list(strict_parse(to_bibtex(entries)).entries)
    # was: anon2010equality, anon2012handbook, kerrndcoproduccion, the2019fair, anonnd, anonnda, anonndb
    assert keys == ["equalityact2010", "torfing2012handbook", "kerrcoproduccion", "scottish2019fair",
                    "rapportaerofinal", "anon", "anona"]
    read = bibtexparser_entries(to_bibtex(entries))  # was: bibtexparser 1.x dropped the entries without fields
    assert [e["ID"] for e in read] == keys and read[4]["note"] == "Rapport\\_Ærø-final.pdf"


def test_bibliography_formats_bibtexparser2_decodes_what_was_written():
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

    library = bibtexparser.parse_string(to_bibtex([full_entry()]), append_middleware=[
        SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware()])
    assert not library.failed_blocks
    (entry,) = library.entries
    # pylatexenc (bibtexparser 2's decoder) knows no \\textbraceright (LaTeX and biber do): that brace is lost there
    assert entry.fields_dict["title"].value == "Governance  of 50% & the UK experience"
    assert [(a.last, a.first) for a in entry.fields_dict["author"].value] == [(["Sørensen"], ["Eva"]),
                                                                                (["{AT\\&T Labs}"], [])]
    assert entry.fields_dict["doi"].value == "10.1177/0095399711418768_x"
