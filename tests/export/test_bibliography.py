import rispy

from litmine.export.bibliography import to_bibtex, to_ris
from litmine.models import Work
from tests.export.format_checks import bibtexparser_entries

WORKS = [Work("w1", title="Collaborative innovation: 50% & more_", year=2011, type="article",
              authors=[{"surname": "Sørensen", "given": "E."}, {"surname": "Torfing", "given": "J."}],
              container="Administration & Society", doi="10.1177/0095399711418768"),
         Work("w2", title="Building Bridges", year=2010, type="report",
              authors=[{"surname": "Department for Work and Pensions", "given": ""}]),
         Work("w3", title="Another one", year=2011, type="book", authors=[{"surname": "Sørensen", "given": "E."}])]


def test_bibliography_bibtex_parses_back():
    entries = {e["ID"]: e for e in bibtexparser_entries(to_bibtex(WORKS))}
    assert set(entries) == {"sorensen2011collaborative", "department2010building", "sorensen2011another"}
    first = entries["sorensen2011collaborative"]
    assert first["ENTRYTYPE"] == "article" and first["author"] == "Sørensen, E. and Torfing, J."
    assert first["title"] == r"{Collaborative innovation: 50\% \& more\_}"
    assert entries["department2010building"]["author"] == "{Department for Work and Pensions}"
    assert entries["department2010building"]["ENTRYTYPE"] == "techreport"


def test_bibliography_ris_parses_back():
    records = rispy.loads(to_ris(WORKS))
    assert [r["type_of_reference"] for r in records] == ["JOUR", "RPRT", "BOOK"]
    assert records[0]["authors"] == ["Sørensen, E.", "Torfing, J."] and records[0]["doi"] == "10.1177/0095399711418768"
