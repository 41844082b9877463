import pytest
import csv
import io
import json


from litmine.cli import app
from tests.conftest import Runner

runner = Runner()

COPRODUCTION = [
    ("Residents of Ålesund designed the library service with council staff, and citizens shared decisions about "
    "the neighbourhood budget."),
    ("Community groups and public officials worked as partners: citizens brought local knowledge and the council "
    "brought funding to the neighbourhood."),
    "Trust between residents and staff grew as citizens took part in designing services for their community.",
    "The neighbourhood forum gave citizens a voice, and community members designed the youth service with staff.",
]
SANCTIONS = [
    "The claimant lost a benefit payment after missing a jobcentre appointment, and the sanction caused hardship.",
    ("Jobcentre advisers imposed a penalty on claimants who did not attend, and hardship payments followed the "
    "sanction."),
    ("Claimants described the fear of a sanction at every jobcentre appointment, and benefit penalties pushed "
    "families into hardship and debt."),
    ("Conditionality ties each benefit payment to compliance: a missed appointment at the jobcentre means a "
    "penalty for the claimant."),
]


def _paper(title: str, year: int, sentences: list[str], shift: int) -> str:
    body = " ".join(sentences[(i + shift) % len(sentences)] for i in range(len(sentences)))
    return (f"{title}\n\nMorag Kerr and Eva Sørensen\n\nAccepted for publication in Local Policy Review, {year}\n\n"
            f"Introduction\n\n{body}\n\n{body}\n")


def _corpus(corpus):
    files = {}
    for i in range(6):
        files[f"coproduction_{i}.txt"] = _paper(f"Designing Services Together {i}", 2004 + i, COPRODUCTION, i)
        files[f"sanctions_{i}.txt"] = _paper(f"Benefit Sanctions and Claimants {i}", 2010 + i, SANCTIONS, i)
    return corpus(files)


def _ingested(corpus, tmp_path) -> str:
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(_corpus(corpus)), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
def test_topics_cli_trains_saves_reuses_and_infers(corpus, tmp_path):
    db = _ingested(corpus, tmp_path)
    out, models = tmp_path / "topics", tmp_path / "models"
    args = ["topics", "--db", db, "--k", "2", "--out", str(out), "--models", str(models)]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["k"] == 2 and data["method"] == "nmf" and data["reused"] is False and data["coherence_curve"] == []
    terms = [" ".join(t["top_terms"]) for t in data["topics"]]  # phrases join words: "citizen_brought"
    assert sorted(("claimant" in t, "citizen" in t) for t in terms) == [(False, True), (True, False)]
    assert "saved model" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["topics.csv", "doc_topics.csv", "topics_by_year.csv", "topics_by_year.png", "topics_by_year.svg",
         "topic_words_by_period.csv", "topic_concepts.csv", "topics.html"])
    folders = list(models.iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("nmf-k2-")

    again = runner.invoke(app, args + ["--by-year", "--slice", "3y"])
    assert again.exit_code == 0, again.output
    assert f"reused saved model {folders[0]}" in again.output and "Mean topic weight by year" in again.output
    periods = list(csv.DictReader(io.StringIO((out / "topic_words_by_period.csv").read_text(encoding="utf-8"))))
    assert {(r["start_year"], r["end_year"]) for r in periods} == {("2004", "2006"), ("2007", "2009"),
                                                                   ("2010", "2012"), ("2013", "2015")}
    assert len(list(models.iterdir())) == 1

    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, [*args, "--by-year", "--format", "csv"]).stdout)))
    assert {r["year"] for r in rows} == {str(y) for y in range(2004, 2016)} and len(rows) == 24

    paper = tmp_path / "new.txt"
    paper.write_text("Claimants and the Jobcentre\n\nA claimant who missed a jobcentre appointment faced a sanction "
                     "and months of hardship before the benefit payment came back.\n", encoding="utf-8")
    result = runner.invoke(app, ["topics", "infer", str(paper), "--models", str(models), "--format", "json"])
    assert result.exit_code == 0, result.output
    mix = json.loads(result.stdout)
    assert len(mix) == 2 and mix[0]["weight"] > 0.5 and mix[0]["label"]
    assert "claimant" in " ".join(mix[0]["top_terms"]) and "citizen" in " ".join(mix[1]["top_terms"])
    table = runner.invoke(app, ["topics", "infer", str(paper), "--model", str(folders[0])])
    assert table.exit_code == 0 and "new.txt: topic mix under nmf-k2-" in " ".join(table.output.split())


@pytest.mark.slow
def test_topics_cli_auto_k_and_nmf(corpus, tmp_path):
    db = _ingested(corpus, tmp_path)
    result = runner.invoke(app, ["topics", "--db", db, "--method", "nmf", "--k", "auto", "--k-min", "2",
                                 "--k-max", "4", "--out", str(tmp_path / "t"), "--models", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    assert "Choosing k: NPMI held out and fitted" in result.output and "NMF, k=" in result.output
    assert next(iter((tmp_path / "m").iterdir())).name.startswith("nmf-k")


@pytest.mark.slow
def test_topics_cli_errors_are_one_line(corpus, tmp_path):
    db = _ingested(corpus, tmp_path)
    base = ["--db", db, "--out", str(tmp_path / "t"), "--models", str(tmp_path / "m")]
    cases = [
        (["topics", *base, "--k", "50"], "k = 50 topics is more than the corpus's 12 unit(s)"),
        (["topics", *base, "--k", "many"], "--k takes a number of topics (at least 2) or auto (got 'many')"),
        (["topics", *base, "--period", "2010"], "--period takes FIRST-LAST years"),
        (["topics", *base, "--k-min", "8", "--k-max", "4"], "--k-max (4) is smaller than --k-min (8)"),
        (["topics", "--db", str(tmp_path / "none.db")], "no store here yet"),
        (["topics", "infer", str(tmp_path / "paper.txt"), "--models", str(tmp_path / "empty")],
         "no saved topic model here"),
        (["topics", "infer", str(tmp_path / "gone.pdf"), "--model", str(tmp_path)], "not a saved topic model"),
    ]
    for args, message in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output

    assert runner.invoke(app, ["topics", *base, "--k", "2", "--format", "csv"]).exit_code == 0
    missing = runner.invoke(app, ["topics", "infer", str(tmp_path / "gone.pdf"), "--models", str(tmp_path / "m")])
    assert missing.exit_code == 2 and "gone.pdf: cannot read" in missing.output
    assert len(missing.output.strip().splitlines()) == 1

    empty_root = tmp_path / "empty_corpus"
    empty_root.mkdir()
    (empty_root / "nothing.txt").write_text("Hm.\n", encoding="utf-8")
    empty_db = str(tmp_path / "empty.db")
    runner.invoke(app, ["ingest", str(empty_root), "--db", empty_db])
    result = runner.invoke(app, ["topics", "--db", empty_db, "--k", "2", "--models", str(tmp_path / "m2")])
    assert result.exit_code == 2 and "no text to model" in result.output, result.output


def test_topics_cli_help_has_examples():
    for args, example in ((["topics", "--help"], "Example: litmine topics --method lda --k auto --by-year"),
                          (["topics", "infer", "--help"], "Example: litmine topics infer paper.pdf")):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and example in " ".join(result.output.split())
