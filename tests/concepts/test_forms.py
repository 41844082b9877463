"""Sample contexts for `litmine concepts --forms`."""

import pytest

from litmine.concepts.forms import sample_context
from litmine.models import Passage


def test_forms_sample_context_sentence_trimmed_and_marked():
    text = "Erste Sätze. " + "x " * 80 + "the job was activated here and " + "y " * 80 + "end. Next one."
    start = text.index("activated")
    p = Passage(0, "body", text, sentences=[(0, 12), (13, text.index(" Next") + 0)])
    out = sample_context(p, start, start + 9, width=20)
    assert out.startswith("…") and out.endswith("…") and "«activated»" in out and "Erste" not in out
    assert sample_context(Passage(0, "body", "Kein Satz. Partnerschaft hier. Ende."), 11, 24) == \
        "«Partnerschaft» hier."
    assert sample_context(None, 0, 1) == ""


@pytest.mark.slow
def test_forms_readme_example_holds_on_the_demo_corpus(tmp_path):
    """The README's `--forms` example lines are what litmine prints on the demo corpus."""
    import re

    from litmine.cli import app
    from tests.conftest import ROOT, Runner

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("#### The evidence behind a count: `--forms`"):readme.index("#### Vetoes")]
    example = re.search(r"```text\n(.*?)```", block, re.DOTALL).group(1).splitlines()
    db = str(tmp_path / "l.db")
    runner = Runner()
    assert runner.invoke(app, ["ingest", str(ROOT / "corpus"), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["concepts", "--forms", "--concept", "activation", "--format", "csv", "--db", db])
    lines = out.stdout.splitlines()
    assert lines[0] == example[0]
    for line in example[1:]:  # the README shortens contexts: the columns before them must match a printed row
        fixed = line.split(",\"")[0].split(",…")[0]
        assert any(row.startswith(fixed) for row in lines), fixed
