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
