"""Review exports of query hits: Markdown quotes, CSV, JSON, BibTeX and the terminal table, on a hand-made store
with hostile and non-ASCII text."""

import csv
import io
import json

from rich.console import Console

from litmine.export.review import (
    build_document_key,
    build_hits_table,
    build_matrix_text,
    build_review,
    build_review_bibtex,
    build_review_markdown,
    escape_markdown,
    quoted_documents,
    write_review,
)
from litmine.models import Concept, Document, Mention, Passage
from litmine.query import find_passages
from tests.export.format_checks import bibtexparser_entries

HOSTILE = ("Genuine co-production needs *trust* [link](http://x) <img src=x onerror=alert(1)> | pipes & 100% "
           "of `code`;\nthe second line.")
TITLE = "Work & Welfare: <script>alert(1)</script> {Braces} 100% $x_y#"


def _fill(store):
    """Two documents: a paginated one with hostile text and three authors, an undated one in Spanish."""
    store.save_concepts([Concept("co-production", "Co-production"), Concept("lone-parents", "Lone parents")])
    docs = [
        Document("a" * 64, "corpus/a.pdf", "pdf", title=TITLE, authors=["Seán Ó Briain", "Ludwig van Beethoven",
                                                                         "Zoë Ångström"],
                 year=2019, venue="Revue d'Économie & Société", doi="10.1234/x_y", pages=3,
                 passages=[Passage(0, "heading", "4. Findings", page=3, page_label="3", section="4. Findings"),
                           Passage(1, "body", HOSTILE, page=3, page_label="3", section="4. Findings"),
                           Passage(2, "body", "Lone parents and co-production met again.", page=3, page_label="3",
                                   section="4. Findings")]),
        Document("b" * 64, "corpus/b.txt", "txt", title="Coproducción local", authors=["Anna Kerr"],
                 passages=[Passage(0, "body", "La co-production con madres solas (lone parents), según Núñez.",
                                   language="es")]),
    ]
    for d in docs:
        store.write_document(d, root="corpus", size=0, mtime=0)
        found = []
        for p in store.iter_passages(d.id):
            for concept, word in (("co-production", "co-production"), ("lone-parents", "lone parents")):
                at = p.text.casefold().find(word)
                if at >= 0:
                    found.append(Mention(concept, at, at + len(word), p.text[at:at + len(word)], passage_id=p.id,
                                         doc_id=d.id))
        store.replace_mentions(d.id, found, [], lexicon="test", words=20)
    return docs


def test_review_markdown_groups_by_concept_then_year_and_escapes(store):
    _fill(store)
    hits = find_passages(store, concepts=["co-production"], context=1, limit=0)
    md = build_review_markdown(hits, labels={"co-production": "Co-production"}, query="Query: concept co-production")
    lines = md.splitlines()
    assert lines[:6] == ["# Passages for review", "", "Query: concept co-production", "",
                         "3 passages from 2 documents.", ""]
    headings = [line for line in lines if line.startswith("#")]
    assert headings == ["# Passages for review", "## Co-production", "### 2019", "### n.d."]
    quote = next(line for line in lines if "**co-production**" in line and "Genuine" in line)
    assert quote == ("> Genuine **co-production** needs \\*trust\\* \\[link\\](http://x) \\<img src=x "
                     "onerror=alert(1)\\> \\| pipes & 100% of \\`code\\`; the second line.")
    assert "<img" not in md.replace("\\<img", "") and "<script>" not in md.replace("\\<script\\>", "")
    cites = [line for line in lines if line.startswith("> — ")]
    assert cites[0] == ("> — (Ó Briain et al., 2019, p. 3), *Work & Welfare: \\<script\\>alert(1)\\</script\\> "
                        "{Braces} 100% $x\\_y#*, section “4\\. Findings”")
    assert cites[-1] == "> — (Kerr, n.d.), *Coproducción local*"
    assert "> *Context:* 4\\. Findings" in lines  # the heading before, a list marker no more
    # every quote block is one blockquote: no line between a quote's first line and its citation leaves it
    start = lines.index("### 2019") + 2
    block = lines[start:lines.index(cites[0]) + 1]
    assert all(line.startswith(">") for line in block)


def test_review_csv_and_json_keep_the_text_exactly(store):
    _fill(store)
    hits = find_passages(store, concepts=["co-production"], with_concepts=["lone-parents"], limit=0)
    rows = json.loads(build_review(hits, "json"))
    assert [(r["path"], r["passage_index"], r["citation"]) for r in rows] == [
        ("corpus/a.pdf", 2, "(Ó Briain et al., 2019, p. 3)"), ("corpus/b.txt", 0, "(Kerr, n.d.)")]
    assert rows[1]["text"] == "La co-production con madres solas (lone parents), según Núñez."
    assert rows[1]["snippet"] == "La [co-production] con madres solas ([lone parents]), según Núñez."
    assert rows[0]["authors"] == ["Seán Ó Briain", "Ludwig van Beethoven", "Zoë Ångström"]
    assert rows[0]["spans"] == [{"start": 0, "end": 12, "concept": "lone-parents"},
                                {"start": 17, "end": 30, "concept": "co-production"}]
    hostile = find_passages(store, text="trust")
    back = list(csv.DictReader(io.StringIO(build_review(hostile, "csv"))))
    assert back[0]["text"] == HOSTILE and back[0]["title"] == TITLE
    assert back[0]["authors"] == "Seán Ó Briain; Ludwig van Beethoven; Zoë Ångström"


def test_review_bibtex_parses_back(store, tmp_path):
    _fill(store)
    hits = find_passages(store, concepts=["co-production"], limit=0)
    assert [d.path for d in quoted_documents(hits)] == ["corpus/b.txt", "corpus/a.pdf"]  # Kerr before Ó Briain
    path = write_review(hits, tmp_path / "out" / "quoted.bib", "bibtex")
    entries = {e["ID"]: e for e in bibtexparser_entries(path.read_text(encoding="utf-8"))}
    assert sorted(entries) == ["kerrcoproduccion", "obriain2019work"]
    a = entries["obriain2019work"]
    assert a["ENTRYTYPE"] == "article" and a["year"] == "2019" and a["doi"] == "10.1234/x_y"  # verbatim
    assert a["author"] == "Ó Briain, Seán and van Beethoven, Ludwig and Ångström, Zoë"
    assert a["title"] == ("{Work \\& Welfare: <script>alert(1)</script> \\textbraceleft{}Braces\\textbraceright{} "
                          "100\\% \\$x\\_y\\#}")
    assert a["journal"] == "Revue d'Économie \\& Société"
    b = entries["kerrcoproduccion"]
    assert b["ENTRYTYPE"] == "misc" and "year" not in b and b["title"] == "{Coproducción local}"


def test_review_document_keys_are_unique_and_ascii():
    taken: set[str] = set()
    doc = Document("d", "x.md", "md", title="The Co-production of Welfare", authors=["Søren Kjærgaard"], year=2021)
    assert [build_document_key(doc, taken) for _ in range(3)] == [
        "kjaergaard2021coproduction", "kjaergaard2021coproductiona", "kjaergaard2021coproductionb"]
    assert build_document_key(Document("e", "notes/Tagung-2019.md", "md"), taken) == "tagung"  # its file name
    bib = build_review_bibtex([Document("r", "r.txt", "txt", title="Twenty Years", authors=["Priya Nandakumar"],
                                        year=2024, venue="CWWR Working Paper 31, University of Ferryhill")])
    assert bib.startswith("@techreport{nandakumar2024twenty,") and "institution = {CWWR Working Paper 31" in bib


def test_review_table_shows_document_text_literally(store):
    _fill(store)
    hits = find_passages(store, text="trust")
    console = Console(record=True, width=200)
    console.print(build_hits_table(hits, title="[bold]x[/bold]"))
    out = console.export_text()
    assert "[trust]" in out and "[link](http://x)" in out and "(Ó Briain et al., 2019, p. 3)" in out
    assert "[bold]x[/bold]" in out and "Seán Ó Briain, Ludwig van Beethoven, Zoë" in out and "Ångström" in out


def test_review_matrix_text_and_escaping():
    rows = [{"concept": "a|b", "x": 2}, {"concept": "<c>", "x": None}]
    assert build_matrix_text(rows, ["concept", "x"], "md", title="M").splitlines() == [
        "# M", "", "| concept | x |", "|---|---|", "| a\\|b | 2 |", "| \\<c\\> |  |"]
    assert json.loads(build_matrix_text(rows, ["concept", "x"], "json")) == rows
    assert build_matrix_text(rows, ["concept", "x"], "csv") == "concept,x\na|b,2\n<c>,\n"
    assert escape_markdown("- item\n# not a heading") == "\\- item # not a heading"
    assert build_review_markdown([], title="None here").endswith("No passages.\n")
