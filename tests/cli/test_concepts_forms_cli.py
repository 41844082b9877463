"""`litmine concepts --forms` and vetoes: the evidence behind the counts, and what the researcher sets aside."""

import json
import shutil
from types import SimpleNamespace

import networkx as nx
import pytest

from litmine.cli import app
from litmine.concepts import tagging
from litmine.concepts.matcher import ConceptMatcher
from tests.conftest import Runner

runner = Runner()


def _doc(title: str, paragraphs: list[str]) -> str:
    return f"{title}\n\nEva Sørensen\n\nIntroduction\n\n" + "\n\n".join(paragraphs) + "\n"


FILES = {
    "a.txt": _doc("Dienste in Ålesund", [
        "Co-production with lone parents grew in Ålesund.",
        "Lone parents shaped the co-production of support. Co-Production was praised.",
    ]),
    "b.txt": _doc("Services in Ærø", ["Co-produced support reached lone parents in Ærø."]),
}


@pytest.fixture
def db(corpus, tmp_path):
    root = corpus(FILES)
    path = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(root), "--db", path, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    shutil.rmtree(root)  # nothing below may read a file again: every run works from the store
    return path


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _counts(db: str) -> dict[str, int]:
    rows = json.loads(_run("concepts", "--db", db, "--by", "concept", "--format", "json"))
    return {r["concept"]: r["mentions"] for r in rows}


@pytest.mark.slow
def test_concepts_forms_cli_lists_forms_with_counts_documents_and_context(db):
    rows = json.loads(_run("concepts", "--db", db, "--forms", "-c", "co-production", "--format", "json"))
    counted = {r["form"].casefold(): r for r in rows if r["status"] == "counted"}
    assert counted["co-production"]["mentions"] == 3  # "co-production" twice and "Co-Production", one form
    assert counted["co-production"]["documents"] == 1
    assert counted["co-produced"]["mentions"] == 1 and counted["co-produced"]["documents"] == 1
    assert "«Co-produced» support reached lone parents in Ærø." == counted["co-produced"]["context"]
    assert counted["co-produced"]["sample_id"].endswith(":co-production")
    assert {r["concept"] for r in rows} == {"co-production"}


@pytest.mark.slow
def test_concepts_forms_cli_veto_form_and_mention_change_every_output(db, tmp_path):
    before = _counts(db)
    hits = json.loads(_run("query", "--db", db, "--concept", "lone-parents", "--format", "json"))
    assert len(hits) == 3 and any("Ærø" in h["text"] for h in hits)
    assert before["co-production"] == 4 and before["lone-parents"] == 3
    rows = json.loads(_run("concepts", "--db", db, "--forms", "-c", "lone-parents", "--format", "json"))
    one = next(r for r in rows if "Ærø" in r["context"])["sample_id"]

    out = _run("concepts", "--db", db, "--veto-form", "Co-Production:CO-PRODUCED", "--veto-mention", one,
               "--format", "json")
    listed = {(v["kind"], v["veto"]) for v in json.loads(out)}
    assert listed == {("form", "co-produced"), ("mention", one)}
    after = _counts(db)
    assert after["co-production"] == 3 and after["lone-parents"] == 2
    forms = json.loads(_run("concepts", "--db", db, "--forms", "-c", "co-production", "--format", "json"))
    assert [(r["status"], r["mentions"]) for r in forms if r["form"].casefold() == "co-produced"] == [("vetoed", 1)]

    # query: the vetoed mention's passage no longer answers for lone parents
    hits = json.loads(_run("query", "--db", db, "--concept", "lone-parents", "--format", "json"))
    assert len(hits) == 2 and not any("Ærø" in h["text"] for h in hits)
    assert all(i.endswith(":lone-parents") for h in hits for i in h["mention_ids"])
    # network: b.txt's co-occurrence of co-production and lone parents is gone with the vetoes
    out = tmp_path / "nets"
    _run("network", "concepts", "--db", db, "--out", str(out), "--format", "graphml", "--measure", "count")
    g = nx.read_graphml(out / "concepts.graphml")
    assert g.edges["co-production", "lone-parents"]["raw"] == 2

    _run("concepts", "--db", db, "--unveto", "co-production:co-produced", "--unveto", one)
    assert _counts(db) == before


@pytest.mark.slow
def test_concepts_forms_cli_veto_file_beside_store_and_bad_line(db, tmp_path):
    vetoes = tmp_path / "s.vetoes.yaml"
    vetoes.write_text("# gesetzt von Hand\nforms:\n  co-production: [co-produced]\n  lone-parents: Lone Parents\n",
                      encoding="utf-8")
    counts = _counts(db)
    assert counts["co-production"] == 3 and counts["lone-parents"] == 0
    listed = json.loads(_run("concepts", "--db", db, "--vetoes", "--format", "json"))
    assert {v["origin"] for v in listed} == {f"{vetoes}:3", f"{vetoes}:4"}
    # a veto the file holds cannot be taken back from the command line; the file and line are named
    result = runner.invoke(app, ["concepts", "--db", db, "--unveto", "co-production:co-produced"])
    assert f"{vetoes} line 3" in result.output

    vetoes.write_text("forms:\n  co-production: [co-produced]\nmentions:\n  - not-an-id\n", encoding="utf-8")
    bad = runner.invoke(app, ["concepts", "--db", db])
    assert bad.exit_code == 2 and bad.output.count("\n") == 1
    assert f"{vetoes}: line 4:" in bad.output and "not a mention id" in bad.output
    vetoes.write_text("forms:\n  co-prod: [x]\n", encoding="utf-8")
    bad = runner.invoke(app, ["concepts", "--db", db])
    assert bad.exit_code == 2 and f"{vetoes}: line 2: unknown concept 'co-prod'" in bad.output

    vetoes.unlink()
    assert _counts(db)["lone-parents"] == 3  # the file's vetoes go with it


@pytest.mark.slow
def test_concepts_forms_cli_rejections_counted_per_reason(db, monkeypatch):
    class Sensing(ConceptMatcher):
        def tag_document(self, texts, *, sources=None, glossary=None, rejections=None):
            for i, t in enumerate(texts):
                at = t.find("support")
                if at >= 0 and rejections is not None:
                    rejections.append(SimpleNamespace(concept="co-production", start=at, end=at + 7,
                                                      surface=t[at:at + 7], reason="no cue for 'support' <b>",
                                                      passage_index=i))
            return super().tag_document(texts, sources=sources, glossary=glossary)

    monkeypatch.setattr(tagging, "ConceptMatcher", Sensing)
    monkeypatch.setattr(tagging, "MATCHER_VERSION", 999)  # every document is tagged again, from the store
    rows = json.loads(_run("concepts", "--db", db, "--forms", "-c", "co-production", "--format", "json"))
    rejected = [r for r in rows if r["status"] == "rejected"]
    assert [(r["reason"], r["mentions"], r["documents"], r["form"]) for r in rejected] == [
        ("no cue for 'support' <b>", 2, 2, "support (2)")]
    table = _run("concepts", "--db", db, "--forms", "-c", "co-production")
    assert "rejected" in table and "support (2)" in table


@pytest.mark.slow
def test_concepts_forms_cli_query_table_shows_mention_ids_to_veto(db):
    out = _run("query", "--db", db, "--concept", "lone-parents")
    assert "Mention ids (for `litmine concepts --veto-mention ID`):" in out
    ids = [i for line in out.splitlines() if line.startswith("#") and ": " in line for i in line.split(": ")[1].split()]
    assert len(ids) == 3 and all(i.endswith(":lone-parents") for i in ids)
    _run("concepts", "--db", db, "--veto-mention", ids[0])
    assert _counts(db)["lone-parents"] == 2
