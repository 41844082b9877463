"""The `litmine` command (litmine/__main__.py) loads only the command it runs, and prints what the full command line
prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer.main

import litmine.cli
from litmine.cli import COMMAND_MODULES, app
from tests.conftest import Runner

# the full command line (every command registered) and the `litmine` command, each in a fresh interpreter
FULL = [sys.executable, "-c", "import sys; from litmine.cli import app; sys.exit(app(prog_name='litmine'))"]
LAZY = [sys.executable, "-m", "litmine"]
# prints, at exit, every module the command loaded
PROBE = ("import atexit, json, sys\n"
         "atexit.register(lambda: print('MODULES ' + json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
         "from litmine.__main__ import main\n"
         "main()\n")
NOT_AT_START = {"numpy", "networkx", "spacy", "gensim", "sklearn", "scipy", "matplotlib", "thinc", "pydantic",
                "pypdfium2", "pdfplumber"}


def _run(cmd: list[str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*cmd, *args], capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "COLUMNS": "120", "PYTHONIOENCODING": "utf-8"})


def _ingested(tmp_path, text: str, name: str) -> str:
    """A store (named name) of one text file holding text, ingested through the full app; its path."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / name)
    assert Runner().invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 0
    return db


def _command_paths() -> list[list[str]]:
    root = typer.main.get_command(app)
    paths = []
    for name, command in root.commands.items():
        paths.append([name])
        paths += [[name, sub] for sub in getattr(command, "commands", {})]
    return paths


def test_startup_command_table_names_the_module_of_every_command():
    """litmine.cli.COMMAND_MODULES names, for each command and group, every module that registers on it."""
    defined: dict[str, set[str]] = {}
    for info in app.registered_commands:
        defined.setdefault(info.name or info.callback.__name__, set()).add(info.callback.__module__)
    for group in app.registered_groups:
        sub = group.typer_instance
        modules = {c.callback.__module__ for c in sub.registered_commands}
        if sub.registered_callback:
            modules.add(sub.registered_callback.callback.__module__)
        defined[group.name] = modules
    assert {name: {f"litmine.cli.{m}" for m in mods} for name, mods in COMMAND_MODULES.items()} == defined
    assert set(litmine.cli.ALL_MODULES) == {m for mods in COMMAND_MODULES.values() for m in mods}


@pytest.mark.slow
def test_startup_litmine_command_prints_what_the_full_command_line_prints(tmp_path):
    """--help of every command and subcommand, usage errors and a query (non-ASCII text): byte for byte the same
    from the `litmine` command (one command loaded) as from the app with every command registered."""
    db = _ingested(tmp_path, "Über Beschäftigungsfähigkeit\n\nEmployability in Łódź: welfare-to-work.\n", "größe.db")
    cases = [[*path, "--help"] for path in _command_paths()]
    cases += [[], ["--help"], ["nope"], ["quer"], ["query", "--limit", "x"], ["docs", "--format", "xml"],
              ["network", "concepts", "--min-weight", "abc"], ["query", "Łódź", "--db", db, "--format", "json"],
              ["query", "--concept", "employability", "--db", db], ["docs", "--db", db, "--format", "csv"]]
    for args in cases:
        full, lazy = _run(FULL, *args), _run(LAZY, *args)
        assert (lazy.returncode, lazy.stdout, lazy.stderr) == (full.returncode, full.stdout, full.stderr), args
    assert "Employability in Łódź" in _run(LAZY, "query", "Łódź", "--db", db).stdout


@pytest.mark.slow
def test_startup_query_and_docs_load_their_module_only_and_no_heavy_library(tmp_path):
    """`litmine query` and `litmine docs` import no other command's module, nor numpy, networkx, the model libraries
    or pydantic (typer's option converter; litmine/cli/coercion.py converts instead)."""
    db = _ingested(tmp_path, "Sozialpolitik\n\nDer Wohlfahrtsstaat: welfare state reform in Łódź.\n", "s.db")
    for args, own in ((["query", "welfare", "--db", db], "query"), (["docs", "--db", db], "docs"),
                      (["query", "--help"], "query"), (["--help"], None)):
        out = _run([sys.executable, "-c", PROBE], *args)
        assert out.returncode == 0, out.stderr
        modules = set(json.loads(out.stderr.rsplit("MODULES ", 1)[1]))
        heavy = {m.split(".")[0] for m in modules} & NOT_AT_START
        assert not heavy, (args, heavy)
        commands = {m for m in modules if m.startswith("litmine.cli.")} - {
            "litmine.cli.app", "litmine.cli.coercion", "litmine.cli.lexicon_cache"}
        assert commands == ({f"litmine.cli.{own}"} if own else {f"litmine.cli.{m}" for m in litmine.cli.ALL_MODULES})


def test_startup_main_runs_the_command_line_in_this_process(monkeypatch, capsys):
    """main() exits with the command's exit code (what `litmine` and `python -m litmine` exit with)."""
    from litmine.__main__ import main

    monkeypatch.setattr(litmine, "_cli_command", None, raising=False)
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0 and "query" in capsys.readouterr().out


def test_startup_command_modules_evaluate_their_annotations_at_import():
    """typer reads every option's annotation when it builds the commands: written as strings (`from __future__
    import annotations`) they were compiled and evaluated twice at each start (30 ms of a query)."""
    import __future__
    import importlib

    for name in (*litmine.cli.ALL_MODULES, "app"):
        module = importlib.import_module(f"litmine.cli.{name}")
        assert vars(module).get("annotations") is not __future__.annotations, name
