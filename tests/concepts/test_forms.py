"""Sample contexts for `litmine concepts --forms`."""

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
