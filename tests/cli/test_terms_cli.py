import pytest
import csv
import io
import json


from litmine.cli import app
from litmine.concepts import terms as terms_module
from litmine.concepts.lexicon import load_lexicon
from tests.conftest import Runner

runner = Runner()


def paper(title, year, body):
    return (f"{title}\n\nMorag Kerr\n\nAccepted for publication in Local Governance Review, {year}\n\nIntroduction\n\n"
            f"{body}\n\nReferences\n\nPryce, A. (2001) Benefit sanctions and benefit sanctions in Wales. "
            "London: Policy Press.\n\nHood, C. (1991) Benefit sanctions for all seasons. Public Administration, "
            "69(1): 3-19.\n")


CORPUS = {
    "a.txt": paper("Partnership Working in Fife", 2005,
                   "The Gute Arbeit model shapes street-level bureaucracy. Under the Gute Arbeit model, "
                   "co-production is rare.\n\nAdvisers in Malmö see the Gute Arbeit model as naïve realism."),
    "b.txt": paper("Local Employability in Åland", 2011,
                   "Coproduction and the Gute Arbeit model. It is naïve realism, or street-level bureaucracy."),
    "c.txt": paper("Activation in Wales", 2016,
                   "The Gute Arbeit models spread; naïve realism is common. Co production is not."),
}


def ingest(corpus, tmp_path):
    root = corpus(CORPUS)
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
def test_terms_cli_json_csv_table_and_options(corpus, tmp_path):
    db = ingest(corpus, tmp_path)
    result = runner.invoke(app, ["terms", "--db", db, "--format", "json", "--min-freq", "2", "--top", "0"])
    assert result.exit_code == 0, result.output
    rows = {r["term"].lower(): r for r in json.loads(result.stdout)}
    model = rows["gute arbeit model"]
    assert (model["freq"], model["docs"], model["first_year"], model["known"]) == (5, 3, 2005, None)
    assert model["forms"] == ["Gute Arbeit models"] and model["cvalue"] > 0 and model["tfidf"] > 0
    assert rows["naïve realism"]["docs"] == 3 and rows["naïve realism"]["first_year"] == 2005
    assert rows["co-production"]["freq"] == 3 and rows["co-production"]["known"] == "co-production"
    assert rows["street-level bureaucracy"]["known"] == "street-level-bureaucracy"
    assert "benefit sanctions" not in rows  # only in reference lists
    assert set(model) == {"term", "known", "freq", "docs", "first_year", "cvalue", "tfidf", "words", "forms"}

    new = runner.invoke(app, ["terms", "--db", db, "--format", "csv", "--min-freq", "2", "--new-only",
                              "--rank", "tfidf"])
    assert new.exit_code == 0, new.output
    parsed = list(csv.DictReader(io.StringIO(new.stdout)))
    assert parsed and all(r["known"] == "" for r in parsed)
    assert {"Gute Arbeit model", "naïve realism"} <= {r["term"] for r in parsed}
    tfidf = [float(r["tfidf"]) for r in parsed]
    assert tfidf == sorted(tfidf, reverse=True)

    table = runner.invoke(app, ["terms", "--db", db, "--min-freq", "2", "--top", "2"])
    assert table.exit_code == 0 and "Gute Arbeit model" in table.stdout

    none = runner.invoke(app, ["terms", "--db", db, "--min-docs", "4", "--format", "json"])
    assert none.exit_code == 0 and json.loads(none.stdout) == []
    assert "no candidate terms" in none.stderr


@pytest.mark.slow
def test_terms_cli_yaml_round_trips_through_load_lexicon(corpus, tmp_path):
    db = ingest(corpus, tmp_path)
    result = runner.invoke(app, ["terms", "--db", db, "--format", "yaml", "--min-freq", "2"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "candidates.yaml"
    path.write_text(result.stdout, encoding="utf-8")
    default = load_lexicon()
    merged = {c.id: c for c in load_lexicon(extra=path)}
    assert merged["gute-arbeit-model"].group == "candidate"
    assert merged["gute-arbeit-model"].patterns[:2] == ["gute arbeit model", "gute arbeit models"]
    assert merged["naive-realism"].label == "Naïve realism"
    assert merged["co-production"].label == next(c.label for c in default if c.id == "co-production")
    assert "# already in the lexicon as co-production" in result.stdout

    # adopted, the candidates are known and --new-only hides them
    again = runner.invoke(app, ["terms", "--db", db, "--lexicon", str(path), "--min-freq", "2", "--format", "json",
                                "--new-only"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout) == []
    only = runner.invoke(app, ["terms", "--db", db, "--lexicon", str(path), "--replace-lexicon", "--min-freq", "2",
                               "--format", "json"])
    rows = {r["term"].lower(): r for r in json.loads(only.stdout)}
    assert rows["gute arbeit model"]["known"] == "gute-arbeit-model" and rows["co-production"]["known"] is None


@pytest.mark.slow
def test_terms_cli_errors(corpus, tmp_path, monkeypatch):
    missing = runner.invoke(app, ["terms", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store here yet" in missing.output
    db = ingest(corpus, tmp_path)
    alone = runner.invoke(app, ["terms", "--db", db, "--replace-lexicon"])
    assert alone.exit_code == 2 and "--replace-lexicon needs --lexicon FILE" in alone.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("concepts: [unclosed", encoding="utf-8")
    bad = runner.invoke(app, ["terms", "--db", db, "--lexicon", str(broken)])
    assert bad.exit_code == 7 and "broken.yaml: not valid YAML" in bad.output
    monkeypatch.setattr(terms_module, "PIPELINES", ("litmine_no_such_pipeline",))
    nlp = runner.invoke(app, ["terms", "--db", db, "--nlp"])
    assert nlp.exit_code == 2
    assert nlp.stderr.strip().count("\n") == 0 and "--nlp needs a trained English spaCy pipeline" in nlp.stderr
