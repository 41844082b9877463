import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "gensim", "sklearn", "matplotlib", "thinc", "torch")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_app_import_of_the_cli_loads_no_model_library():
    """Every command starts by importing litmine.cli: spaCy, gensim, scikit-learn and matplotlib load only in the
    commands that use them."""
    loaded = _modules_after("import litmine.cli")
    assert not {m.split(".")[0] for m in loaded} & set(HEAVY)


@pytest.mark.slow
def test_app_import_of_litmine_loads_public_names_on_first_use():
    loaded = _modules_after("import litmine")
    assert "litmine.ingest" not in loaded and "litmine.concepts.tagging" not in loaded
    assert not {m.split(".")[0] for m in loaded} & {*HEAVY, "numpy", "networkx"}
    loaded = _modules_after("from litmine import Store, ingest_corpus, __version__\nassert callable(ingest_corpus)")
    assert "litmine.ingest" in loaded and "litmine.store" in loaded


# runs the command line in a fresh interpreter and prints, at exit, every module it loaded
_COMMAND_PROBE = ("import atexit, json, sys\n"
                  "atexit.register(lambda: print(json.dumps(sorted(sys.modules))))\n"
                  "from litmine.cli import app\n"
                  "sys.argv = ['litmine', *sys.argv[1:]]\n"
                  "app()\n")


def _modules_of_command(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _COMMAND_PROBE, *args], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return {m.split(".")[0] for m in json.loads(out.stdout.strip().splitlines()[-1])}


@pytest.mark.slow
def test_app_imports_query_docs_and_help_load_no_numpy_or_networkx(tmp_path):
    """The commands typed most often start fast: --help, docs and query load neither numpy nor networkx (nor any
    model library); only ingest, run, network and citations need them."""
    from litmine.cli import app
    from tests.conftest import Runner

    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Über Sozialpolitik\n\nDer Wohlfahrtsstaat: welfare state reform in Łódź.\n",
                                  encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert Runner().invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 0
    for args in (["--help"], ["docs", "--db", db], ["query", "welfare", "--db", db]):
        loaded = _modules_of_command(*args)
        # pydantic: typer's option converter (litmine/cli/coercion.py converts instead)
        assert not loaded & {*HEAVY, "numpy", "networkx", "pydantic"}, (args, loaded & {*HEAVY, "numpy", "networkx",
                                                                                        "pydantic"})


@pytest.mark.slow
def test_app_imports_network_help_names_formats_without_networkx():
    """`network concepts --help` lists the formats (from litmine.export.formats) without importing networkx."""
    out = subprocess.run([sys.executable, "-c", _COMMAND_PROBE, "network", "concepts", "--help"], capture_output=True,
                         text=True, env={**__import__("os").environ, "COLUMNS": "200"})
    assert out.returncode == 0 and "vosviewer" in out.stdout and "matrix" in out.stdout
    assert "networkx" not in {m.split(".")[0] for m in json.loads(out.stdout.strip().splitlines()[-1])}
