"""A Zotero library as a corpus. The database is built from Zotero's own schema files (tests/fixtures/zotero/, see
zotero_library.py), with real attachment files in storage/."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import docx
import pytest
from tests.conftest import Runner

from litmine.cli import app
from litmine.concepts.lexicon import load_lexicon
from litmine.errors import LitmineError
from litmine.ingest.zotero import ingest_zotero, read_library
from litmine.pdfwrite import PdfWriter
from litmine.store import Store
from tests.ingest.zotero_library import Library

# Item keys as Zotero makes them: 8 characters from 2-9 and A-Z without O
ART, ART_PDF, REP, REP_HTML = "MU5X2KQA", "P7DFQ3AZ", "R3PZW8TK", "H8TMSN4P"
NOATT, GONE, GONE_PDF, TRASH, TRASH_PDF = "N6ATBK2C", "G6NEQ7WD", "G7NEPDF2", "TR4SHX9Y", "TR5PDFZA"
NOTE, ALONE, LINKED, LINKED_DOCX, WEB_LINK = "N7TEXXA2", "A2LNEW3R", "L2NKEDWD", "L3DCXQ7V", "W3BLNK9Q"
def _pdf(title: str, body: str) -> bytes:
    w = PdfWriter()
    w.new_page()
    w.text(72, 90, title, size=16)
    for i in range(12):
        w.text(72, 140 + 14 * i, f"{body} Line {i} on local partnerships and co-production.", size=10)
    return w.to_bytes()


def _docx(title: str, body: str) -> bytes:
    d = docx.Document()
    d.core_properties.title = title
    d.add_heading(title, level=1)
    d.add_paragraph(body)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture
def library(tmp_path) -> Library:
    lib = Library(tmp_path / "Zotero")
    article = lib.item(ART, "journalArticle", {
        "title": "Koproduktion in der lokalen Beschäftigungspolitik", "date": "2015-03-00 2015-03",
        "publicationTitle": "Zeitschrift für Sozialreform", "volume": "61", "issue": "2", "pages": "151-170",
        "DOI": "10.1515/zsr-2015-0203", "extra": "Citation Key: muller2015koproduktion"},
        [("author", "Müller", "Jürgen"), ("author", "Núñez", "Ana"), ("editor", "Editor", "Ed")])
    lib.attach(article, ART_PDF, "muller-2015.pdf", _pdf("A scanned-looking heading nobody wrote", "Article."))
    lib.note(NOTE, article, "<p>Read for chapter 2 – Koproduktion</p>")
    report = lib.item(REP, "report", {
        "title": "Local partnerships for employability", "date": "2019-00-00 2019", "institution": "Scottish Government",
        "reportType": "Working paper"}, [("author", "Scottish Government Social Research", None)])
    lib.attach(report, REP_HTML, "snapshot.html", b"<html><head><title>Snapshot</title></head><body><main>"
               b"<h1>Local partnerships</h1><p>Partnership working between councils and the third sector grew in "
               b"2019 (Lindsay et al, 2015: 152).</p></main></body></html>", link="imported_url",
               content_type="text/html")
    lib.attach(report, WEB_LINK, "Publisher page", None, link="linked_url", content_type="")
    lonely = lib.item(NOATT, "book", {"title": "A book with no file", "date": "2001-00-00 2001"},
                      [("author", "Bovaird", "Tony")])
    gone = lib.item(GONE, "journalArticle", {"title": "A paper whose PDF was deleted", "date": "2010-00-00 2010"})
    lib.attach(gone, GONE_PDF, "gone.pdf", None)
    trashed = lib.item(TRASH, "journalArticle", {"title": "In the trash", "date": "2012-00-00 2012"})
    lib.attach(trashed, TRASH_PDF, "trash.pdf", _pdf("Trash", "Trashed."))
    lib.trash(trashed)
    standalone = lib.attach(None, ALONE, "working-paper.pdf", _pdf("A standalone working paper", "Alone."))
    welfare = lib.collection("WLFR8K2Q", "Welfare", None, [article])
    lib.collection("L6CPRT3S", "Local partnerships", welfare, [report])
    lib.collection("THR7ZX2M", "Other", None, [lonely, gone, standalone])
    lib.tag(article, "co-production")
    lib.tag(report, "partnership", automatic=True)
    lib.save()
    return lib


def test_zotero_items_creators_collections_and_tags(library):
    lib = read_library(library.root)
    by_key = {it.key: it for it in lib.items}
    assert TRASH not in by_key and NOTE not in by_key and ART_PDF not in by_key
    art = by_key[ART]
    assert art.creators == [{"family": "Müller", "given": "Jürgen"}, {"family": "Núñez", "given": "Ana"}]
    assert (art.year, art.doi, art.citekey, art.kind) == (2015, "10.1515/zsr-2015-0203", "muller2015koproduktion",
                                                           "journal-article")
    assert art.collections == ["Welfare"] and art.tags == ["co-production"]
    assert by_key[REP].creators == [{"literal": "Scottish Government Social Research"}]
    assert by_key[REP].collections == ["Welfare/Local partnerships"]
    assert by_key[REP].kind == "working-paper"
    assert by_key[ALONE].attachments and by_key[ALONE].item_type == "attachment"
    problems = dict(lib.problems)
    assert any(k.startswith(NOATT) and "no attachment" in v for k, v in problems.items())
    assert any(k.startswith(GONE) and "file not found" in v for k, v in problems.items())


def test_zotero_collection_takes_its_subcollections_and_tags_filter(library):
    welfare = read_library(library.root, collections=["welfare"])
    assert [it.key for it in welfare.items] == [ART, REP]
    sub = read_library(library.root, collections=["Welfare/Local partnerships"])
    assert [it.key for it in sub.items] == [REP]
    tagged = read_library(library.root, tags=["Co-Production"])
    assert [it.key for it in tagged.items] == [ART]


def test_zotero_ingest_metadata_wins_and_keys_travel(library, tmp_path):
    store = Store(str(tmp_path / "s.db"))
    events = []
    report = ingest_zotero(library.root, store, jobs=1, on_event=lambda k, p, m: events.append((k, p, m)))
    assert len(report.added) == 3 and not report.failed
    docs = {d.title: d for d in store.iter_documents(with_text=False)}
    art = docs["Koproduktion in der lokalen Beschäftigungspolitik"]
    assert art.authors == ["Jürgen Müller", "Ana Núñez"] and art.year == 2015 and art.doi == "10.1515/zsr-2015-0203"
    assert art.venue == "Zeitschrift für Sozialreform" and art.meta_sources["title"].startswith(f"sidecar:zotero:{ART}")
    assert art.venue_info["pages"] == "151-170" and art.kind == "journal-article"
    rep = docs["Local partnerships for employability"]
    assert rep.creators == [{"literal": "Scottish Government Social Research"}] and rep.format == "html"
    alone = next(d for d in docs.values() if d.path.endswith("working-paper.pdf"))  # no item: extraction's title
    assert alone.title != "working-paper.pdf" and not alone.meta_sources.get("title", "").startswith("sidecar:zotero")
    links = store.zotero_links()
    assert links[art.id]["select"] == f"zotero://select/library/items/{ART}"
    assert links[art.id]["citekey"] == "muller2015koproduktion" and links[rep.id]["tags"] == ["partnership"]
    assert {k for k, _, _ in events} >= {"zotero", "added"}
    assert any(k == "zotero" and p.startswith(NOATT) for k, p, _ in events)


def test_zotero_rerun_is_incremental_and_follows_metadata_edits(library, tmp_path):
    store = Store(str(tmp_path / "s.db"))
    ingest_zotero(library.root, store, jobs=1)
    again = ingest_zotero(library.root, store, jobs=1)
    assert not again.added and not again.updated and len(again.unchanged) == 3
    library.set_field(1, "title", "Koproduktion: ein neuer Titel")
    library.db.execute("UPDATE items SET dateModified = '2025-02-02 10:00:00' WHERE itemID = 1")
    library.save()
    third = ingest_zotero(library.root, store, jobs=1)
    assert not third.added and not third.updated
    assert "Koproduktion: ein neuer Titel" in {d.title for d in store.iter_documents(with_text=False)}


def test_zotero_database_locked_by_a_running_zotero_is_still_read(library):
    # a running Zotero holds its database in WAL mode with an exclusive lock, recent changes still in the WAL file
    holder = sqlite3.connect(library.root / "zotero.sqlite")
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA main.locking_mode=EXCLUSIVE")
    holder.execute("UPDATE items SET dateModified = '2026-01-01 00:00:00' WHERE key = ?", (ART,))
    holder.commit()
    try:
        # an ordinary read-only reader is refused (timeout=0: at once, not after sqlite3's default 5 s of retries)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            sqlite3.connect(f"file:{library.root / 'zotero.sqlite'}?mode=ro", uri=True, timeout=0).execute(
                "SELECT COUNT(*) FROM items").fetchone()
        before = (library.root / "zotero.sqlite").read_bytes()
        lib = read_library(library.root)
        assert len(lib.items) == 5 and (library.root / "zotero.sqlite").read_bytes() == before
        assert {it.key: it.date_modified for it in lib.items}[ART] == "2024-01-01 10:00:00"  # as last checkpointed
    finally:
        holder.close()


def test_zotero_broken_or_missing_database_fails_with_one_line(tmp_path):
    with pytest.raises(LitmineError, match="no Zotero database here"):
        read_library(tmp_path)
    (tmp_path / "zotero.sqlite").write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(LitmineError) as exc:
        read_library(tmp_path)
    assert "zotero.sqlite" in str(exc.value) and "\n" not in str(exc.value)
    other = tmp_path / "other"
    other.mkdir()
    sqlite3.connect(other / "zotero.sqlite").execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    with pytest.raises(LitmineError, match="not a Zotero database"):
        read_library(other)


def test_zotero_damaged_database_fails_with_one_line_from_the_command(library, tmp_path):
    data = (library.root / "zotero.sqlite").read_bytes()
    (library.root / "zotero.sqlite").write_bytes(data[: len(data) // 3])  # cut short, as by a failed copy
    with pytest.raises(LitmineError) as exc:
        read_library(library.root)
    assert str(exc.value).startswith(str(library.root / "zotero.sqlite")) and "\n" not in str(exc.value)
    result = Runner().invoke(app, ["ingest", "--zotero", str(library.root), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "zotero.sqlite" in result.output


@pytest.mark.slow
def test_zotero_cli_ingest_lists_items_without_files_and_goes_on(library, tmp_path):
    db = tmp_path / "cli.db"
    result = Runner().invoke(app, ["ingest", "--zotero", str(library.root), "--db", str(db), "--jobs", "1",
                                      "--collection", "Other"])
    assert result.exit_code == 0, result.output
    assert f"zotero: {NOATT} (A book with no file): no attachment" in result.output
    assert f"zotero: {GONE} (A paper whose PDF was deleted): attachment {GONE_PDF}: file not found" in result.output
    assert "1 added" in result.output
    both = Runner().invoke(app, ["ingest", str(tmp_path), "--zotero", str(library.root), "--db", str(db)])
    assert both.exit_code != 0 and "one of the two" in both.output
    stray = Runner().invoke(app, ["ingest", str(tmp_path), "--tag", "x", "--db", str(db)])
    assert stray.exit_code != 0 and "--zotero" in stray.output
    rows = sqlite3.connect(db).execute("SELECT collections FROM zotero_items").fetchall()
    assert [json.loads(r[0]) for r in rows] == [["Other"]]


@pytest.mark.slow
def test_zotero_keys_reach_docs_query_exports_and_bibtex(library, tmp_path):
    db = tmp_path / "q.db"
    runner = Runner()
    assert runner.invoke(app, ["ingest", "--zotero", str(library.root), "--db", str(db), "--jobs", "1"]).exit_code == 0
    out = runner.invoke(app, ["docs", "--db", str(db), "--format", "json"])
    rows = {r["title"]: r for r in json.loads(out.stdout)}
    art = rows["Koproduktion in der lokalen Beschäftigungspolitik"]["zotero"]
    assert art["key"] == ART and art["collections"] == ["Welfare"] and art["citekey"] == "muller2015koproduktion"
    md = tmp_path / "review.md"
    res = runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "md", "--out", str(md)])
    assert res.exit_code == 0, res.output
    assert f"[Zotero](zotero://select/library/items/{ART})" in md.read_text(encoding="utf-8")
    bib = tmp_path / "review.bib"
    runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "bibtex", "--out", str(bib)])
    assert "@article{muller2015koproduktion," in bib.read_text(encoding="utf-8")
    csv_out = tmp_path / "review.csv"
    runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "csv", "--out", str(csv_out)])
    assert f"zotero://select/library/items/{ART}" in csv_out.read_text(encoding="utf-8")
    json_out = tmp_path / "review.json"
    runner.invoke(app, ["query", "--db", str(db), "--concept", "co-production", "--format", "json", "--out",
                        str(json_out)])
    assert f"zotero://select/library/items/{ART}" in json_out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_zotero_run_writes_the_outputs_of_a_library(library, tmp_path):
    out = tmp_path / "out"
    result = Runner().invoke(app, ["run", "--zotero", str(library.root), "--out", str(out), "--models",
                                      str(tmp_path / "models"), "--jobs", "1", "--tag", "co-production",
                                      "--tag", "partnership"])
    assert result.exit_code == 0, result.output
    assert "ingest: 2 added" in result.output
    assert (out / "report.html").is_file()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Koproduktion in der lokalen Beschäftigungspolitik" in page


def test_zotero_test_library_is_zoteros_own_schema(library):
    db = sqlite3.connect(library.root / "zotero.sqlite")
    versions = dict(db.execute("SELECT schema, version FROM version"))
    assert versions["userdata"] == 129 and versions["system"] == 32 and versions["triggers"] == 18
    assert db.execute("SELECT type FROM libraries WHERE libraryID = 1").fetchone() == ("user",)
    with pytest.raises(sqlite3.IntegrityError, match="Tag cannot be blank"):  # Zotero's triggers are there
        db.execute("INSERT INTO tags (name) VALUES ('  ')")
    with pytest.raises(sqlite3.IntegrityError, match="collectionItems"):  # a child attachment is in no collection
        db.execute("INSERT INTO collectionItems (collectionID, itemID) VALUES (1, "
                   "(SELECT itemID FROM items WHERE key = ?))", (ART_PDF,))


def test_zotero_group_library_links_to_its_group_and_feeds_are_left_out(tmp_path):
    lib = Library(tmp_path / "Zotero")
    group = lib.library("group", group_id=4711, name="Sozialpolitik AG")
    paper = lib.item("GRP2AB3C", "journalArticle", {"title": "Gruppenarbeit über Teilhabe", "date": "2020-00-00 2020"},
                     [("author", "Þórsdóttir", "Anna")], library=group)
    lib.attach(paper, "GRP9PDFQ", "teilhabe.pdf", _pdf("Teilhabe", "Group."), library=group)
    feed = lib.library("feed", name="Journal alerts")
    lib.item("FEE4D2XA", "journalArticle", {"title": "A feed entry, not the researcher's", "date": "2024"},
             library=feed)
    lib.save()
    items = read_library(lib.root).items
    assert [it.key for it in items] == ["GRP2AB3C"]
    link = items[0].link()
    assert link["select"] == "zotero://select/groups/4711/items/GRP2AB3C" and link["library_id"] == group
    assert items[0].creators == [{"family": "Þórsdóttir", "given": "Anna"}]


def test_zotero_trashed_collection_is_neither_listed_nor_chosen(tmp_path):
    lib = Library(tmp_path / "Zotero")
    kept = lib.item("KEPT2345", "report", {"title": "Kept report", "date": "2018"})
    lib.attach(kept, "KEPT6789", "kept.pdf", _pdf("Kept", "Kept."))
    old = lib.collection("LDC2XY7Q", "Alte Sammlung", None, [kept])
    lib.collection("NEWC3XY7", "Wohlfahrt", None, [kept])
    lib.trash(collection=old)
    lib.save()
    assert read_library(lib.root).items[0].collections == ["Wohlfahrt"]
    assert not read_library(lib.root, collections=["Alte Sammlung"]).items


def test_zotero_plain_type_tables_when_the_combined_ones_are_empty(tmp_path):
    lib = Library(tmp_path / "Zotero", combined=False)  # created, never opened by Zotero since
    paper = lib.item("PLN2ABCD", "preprint", {"title": "Vorabdruck über Armut", "date": "2023", "DOI": "10.1/x"},
                     [("author", "Ødegård", "Kari")])
    lib.attach(paper, "PLN3PDFQ", "preprint.pdf", _pdf("Vorabdruck", "Preprint."))
    lib.save()
    item = read_library(lib.root).items[0]
    assert (item.item_type, item.kind, item.doi, item.fields["title"]) == \
        ("preprint", "working-paper", "10.1/x", "Vorabdruck über Armut")


def _bbt_database(path: Path, rows: list[tuple[int, str, int, str, int]]) -> None:
    """Better BibTeX 6+'s key table (its own database, not Zotero's schema: written by hand with its columns)."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE citationkey (itemID NOT NULL PRIMARY KEY, itemKey NOT NULL, libraryID NOT NULL, "
               "citationKey NOT NULL, pinned CHECK (pinned in (0, 1)) NOT NULL DEFAULT 0)")
    db.executemany("INSERT INTO citationkey VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()


def test_zotero_better_bibtex_keys_from_its_database_else_extra(library):
    read = {it.key: it.citekey for it in read_library(library.root).items}
    assert read[ART] == "muller2015koproduktion" and read[REP] is None  # only the pinned key, from Extra
    _bbt_database(library.root / "better-bibtex.sqlite", [(1, ART, 1, "muller2015koproduktion", 1),
                                                          (4, REP, 1, "scottishgovernment2019local", 0)])
    read = {it.key: it.citekey for it in read_library(library.root).items}
    assert read[ART] == "muller2015koproduktion" and read[REP] == "scottishgovernment2019local"
    (library.root / "better-bibtex.sqlite").write_bytes(b"not a database " * 300)  # damaged: keys from Extra
    read = {it.key: it.citekey for it in read_library(library.root).items}
    assert read[ART] == "muller2015koproduktion" and read[REP] is None


def test_zotero_better_bibtex_5_store_is_read_too(library):
    db = sqlite3.connect(library.root / "better-bibtex.sqlite")
    db.execute("CREATE TABLE `better-bibtex` (name TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL)")
    db.execute("INSERT INTO `better-bibtex` VALUES ('better-bibtex.citekey', ?)", (json.dumps({"data": [
        {"itemID": 4, "itemKey": REP, "libraryID": 1, "citekey": "scottish2019Löcal", "pinned": False}]}),))
    db.commit()
    db.close()
    assert {it.key: it.citekey for it in read_library(library.root).items}[REP] == "scottish2019Löcal"


def test_zotero_linked_files_word_documents_with_mentions_and_the_base_folder(tmp_path):
    lib = Library(tmp_path / "Zotero")
    elsewhere = tmp_path / "Papers"
    (elsewhere / "Berichte").mkdir(parents=True)
    (elsewhere / "Berichte" / "stellungnahme.docx").write_bytes(_docx(
        "Stellungnahme zur Grundsicherung", "Councils and charities rely on the co-production of services with "
        "their users; die Koproduktion sozialer Dienste wächst. " * 6))
    (elsewhere / "notiz.txt").write_text("Eine Notiz über Teilhabe und Koproduktion.\n" * 20, encoding="utf-8")
    brief = lib.item("DCX2ABCD", "report", {"title": "Stellungnahme (Zotero-Titel)", "date": "2021-00-00 2021"},
                     [("author", "Deutscher Verein", None)])
    lib.attach(brief, "DCX3LNKQ", "stellungnahme.docx", None, link="linked_file", path="attachments:Berichte/"
               "stellungnahme.docx", content_type="application/vnd.openxmlformats-officedocument."
               "wordprocessingml.document")
    note = lib.item("TXT2ABCD", "document", {"title": "Notiz", "date": "2022"})
    lib.attach(note, "TXT3LNKQ", "notiz.txt", None, link="linked_file", path=str(elsewhere / "notiz.txt"),
               content_type="text/plain")
    broken = lib.item("BRK2ABCD", "report", {"title": "Kaputtes Word-Dokument", "date": "2020"})
    lib.attach(broken, "BRK3DCXQ", "kaputt.docx", b"PK\x03\x04 not really a zip", content_type="application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.document")
    lib.save()
    without_base = dict(read_library(lib.root).problems)
    assert any(k.startswith("DCX2ABCD") and "--zotero-base" in v for k, v in without_base.items())
    store = Store(str(tmp_path / "s.db"))
    events = []
    report = ingest_zotero(lib.root, store, base=elsewhere, jobs=1, concepts=load_lexicon(),
                           on_event=lambda k, p, m: events.append((k, p, m)))
    assert len(report.added) == 2 and len(report.failed) == 1
    assert [(k, "\n" in m) for k, p, m in events if p.endswith("kaputt.docx") and k == "failed"] == [("failed", False)]
    docs = {d.path.rsplit("/", 1)[-1]: d for d in store.iter_documents(with_text=False)}
    word = docs["stellungnahme.docx"]
    assert word.format == "docx" and word.title == "Stellungnahme (Zotero-Titel)"
    assert word.creators == [{"literal": "Deutscher Verein"}]
    assert {m.concept for m in store.iter_mentions(doc_id=word.id)} >= {"co-production"}
    assert docs["notiz.txt"].title == "Notiz" and docs["notiz.txt"].year == 2022
