"""The veto file and mention ids: read with the line of every veto, one-line errors naming file and line."""

import pytest

from litmine.concepts.vetoes import mention_id, parse_form, parse_mention_id, read_veto_file, veto_file_for
from litmine.errors import LitmineError

IDS = ["activation", "partnership-working"]


def test_vetoes_mention_id_round_trip():
    mid = mention_id("ABCDEF0123" + "9" * 54, 7, 41, "partnership-working")
    assert mid == "ABCDEF0123:7:41:partnership-working"
    assert parse_mention_id(mid.lower()) == ("partnership-working", ("abcdef0123", 7, 41))
    with pytest.raises(LitmineError, match="not a mention id"):
        parse_mention_id("abc:1:2")
    assert parse_form("activation: aktiviert ") == ("activation", "aktiviert")
    with pytest.raises(LitmineError, match="CONCEPT:FORM"):
        parse_form("activation")


def test_vetoes_file_read_with_lines(tmp_path):
    path = tmp_path / "litmine.vetoes.yaml"
    path.write_text("# Vetos für den Korpus\nforms:\n  activation: [activated, aktiviert]\n"
                    "  partnership-working: Partnerships\nmentions:\n  - 3f2a9c1b7e:12:340:activation  # sprinkler\n",
                    encoding="utf-8")
    assert read_veto_file(path, IDS) == [
        {"concept": "activation", "form": "activated", "line": 3},
        {"concept": "activation", "form": "aktiviert", "line": 3},
        {"concept": "partnership-working", "form": "Partnerships", "line": 4},
        {"concept": "activation", "mention": ("3f2a9c1b7e", 12, 340), "line": 6}]
    assert veto_file_for(tmp_path / "litmine.db") == path
    path.write_text("", encoding="utf-8")
    assert read_veto_file(path, IDS) == []


@pytest.mark.parametrize("content, message", [
    ("forms:\n  activation: [activated\n", "line 3: not valid YAML"),
    ("forms:\n  activaton: activated\n", "line 2: unknown concept 'activaton'"),
    ("forms:\n  activation: [[x]]\n", "line 2: a form of 'activation' must be a word or phrase"),
    ("mentions:\n  - 3f2a9c1b7e:12:340:activation\n  - sprinkler\n", "line 3: 'sprinkler' is not a mention id"),
    ("mentions:\n  - 3f2a9c1b7e:12:340:nope\n", "line 2: unknown concept 'nope'"),
    ("vetos:\n  activation: x\n", "line 1: unknown section 'vetos'"),
    ("- activation\n", "line 1: expected 'forms:' and 'mentions:' sections"),
])
def test_vetoes_bad_line_one_line_error(tmp_path, content, message):
    path = tmp_path / "v.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LitmineError) as err:
        read_veto_file(path, IDS)
    assert str(err.value).startswith(f"{path}: ") and message in str(err.value) and "\n" not in str(err.value)


@pytest.mark.slow
def test_vetoes_file_refreshes_topics_and_every_output_on_the_next_run(corpus, tmp_path):
    """A veto file written after `litmine run` changes the run's fingerprint: the next run trains a new topic model
    (its fingerprint hashes the post-veto mentions) and rewrites topics, networks, trends and report without the
    vetoed form; deleting the file brings the first model back (reused, not retrained)."""
    from tests.conftest import Runner

    from litmine.cli import app
    from tests.test_pipeline import small_corpus_files

    runner = Runner()
    root = corpus({name: text for name, text in small_corpus_files().items()
                   if name in ("2005_a.txt", "2009_b.md", "2016_d.txt", "2021_f.txt")})
    out, models = tmp_path / "out", tmp_path / "models"
    args = ["run", str(root), "--out", str(out), "--models", str(models), "--k", "2", "--jobs", "1"]

    def outputs():
        return {name: (out / name).read_text(encoding="utf-8") for name in
                ("topics/topics.csv", "topics/topic_concepts.csv", "networks/concepts_nodes.csv",
                 "trends/trends.csv")}

    def model_line(result):
        return next(line.split(":", 1)[1].strip() for line in result.stdout.splitlines()
                    if line.strip().startswith("topic model:"))

    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    before = outputs()
    assert all("lone-parents" in text for text in before.values())

    # The researcher vetoes the one form of Lone parents counted here, in the file beside the store (any case).
    report_mtime = (out / "report.html").stat().st_mtime_ns
    veto = out / "litmine.vetoes.yaml"
    veto.write_text("# Vetos für Ærø\nforms:\n  lone-parents: [LONE PARENTS]\n", encoding="utf-8")
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "nothing changed" not in second.stdout and "topics:" in second.stderr
    assert model_line(second) != model_line(first)  # a new fingerprint: trained on the post-veto mentions
    assert (out / "report.html").stat().st_mtime_ns != report_mtime
    after = outputs()
    for name, text in after.items():
        assert "lone-parents" not in text, name  # its words stay in the topic model as plain words
    assert "co-production" in after["topics/topics.csv"]  # the other concepts are still there
    assert "nothing changed" in runner.invoke(app, args).stdout  # and the run after has nothing to do

    # The veto withdrawn: the first model's fingerprint again, so it is reused, and the outputs are as before.
    veto.unlink()
    third = runner.invoke(app, args)
    assert third.exit_code == 0 and "nothing changed" not in third.stdout
    assert model_line(third) == model_line(first)
    assert outputs()["topics/topics.csv"] == before["topics/topics.csv"]
