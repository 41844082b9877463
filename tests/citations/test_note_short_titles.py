"""A note's short form that prints a short title before its pointer to the note of the full reference ("Weber,
Wirtschaft und Gesellschaft (Anm. 1), S. 12", the humanities' second citation): the short form's reference keeps
the title it prints (source "short"); one without a title none. Hand-made notes."""

from litmine.citations.extract import extract_citations
from tests.citations.test_short_forms import _passages


def _shorts(notes: list[str]) -> list[tuple]:
    paper = _passages("Text." + "".join(f" Satz.{i + 1}" for i in range(len(notes))), [], notes, [])
    refs, _ = extract_citations(paper)
    return [(r.raw, r.title, r.pages, r.repeats) for r in refs if r.source == "short"]


def test_a_short_title_before_a_pointer_is_the_short_forms_title():
    shorts = _shorts(["1 Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 3.",
                      "2 Weber, Wirtschaft und Gesellschaft (Anm. 1), S. 12.",
                      "3 Weber, Wirtschaft und Gesellschaft, (wie Anm. 1), S. 14.",
                      "4 Weber (Anm. 1), S. 16."])
    assert shorts == [("Weber, Wirtschaft und Gesellschaft (Anm. 1), S. 12.", "Wirtschaft und Gesellschaft", "12", 0),
                      ("Weber, Wirtschaft und Gesellschaft, (wie Anm. 1), S. 14.", "Wirtschaft und Gesellschaft", "14",
                       0),
                      ("Weber (Anm. 1), S. 16.", None, "16", 0)]
