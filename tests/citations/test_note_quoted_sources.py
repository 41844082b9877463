"""A quoted sentence and the bracket after it that gives its source (issue 13, German footnote references; helper
F39): 'Vgl. dazu: "Der Staat ist ... folgen." (Weber, Max 1922: Politische Schriften. Tübingen. S. 120. Hier nach:
Müller/Roth 1999: 45)'. The quotation is no part of a reference, the bracket is read as a note is, to its end though
the segmenter stops inside it; "Hier nach:" (quoted after) leads to the work the quotation is taken from, as "zit.
nach" does. A quoted title ('Max Weber, „Die Stadt“ (1921), in: ...') closes without a sentence's punctuation and
stays in its reference. Every note here is hand-made, none copied from a paper."""

from litmine.citations.extract import extract_citations
from litmine.citations.footnotes import find_footnote_entries
from tests.citations.test_note_pointers import _paper


def _texts(note: str) -> list[str]:
    return [e.text for e in find_footnote_entries(note)]


QUOTED = ('7 Vgl. dazu: "Der Staat ist nur der Verwalter jenes allgemeinen Willens, dem wir alle folgen." (Weber, Max '
          '1922: Politische Schriften. Band II. Tübingen. S. 120. Hier nach: Müller/Roth 1999: 45) Sowie: "Die Ordnung '
          'ist das Werk der Beamten und ihrer Regeln im Alltag." (Müller/Roth 1999: 46)')


def test_quoted_sentence_is_left_out_and_its_bracket_read_to_its_end():
    assert _texts(QUOTED) == ["Weber, Max 1922: Politische Schriften. Band II. Tübingen. S. 120.",
                              "Müller/Roth 1999: 45", "Müller/Roth 1999: 46"]


def test_quoted_sources_in_a_paper_with_a_list():
    refs, _ = extract_citations(_paper([QUOTED], ["Müller, H./Roth, E. (1999): Der Staat. Berlin: Springer."]))
    notes = [(r.source, r.raw, r.year, r.pages) for r in refs if r.source != "list"]
    assert notes == [("footnote", "Weber, Max 1922: Politische Schriften. Band II. Tübingen. S. 120.", 1922, "120"),
                     ("short", "Müller/Roth 1999: 45", 1999, "45"), ("short", "Müller/Roth 1999: 46", 1999, "46")]
    weber = next(r for r in refs if r.source == "footnote")
    assert weber.title == "Politische Schriften" and not weber.title.startswith('"')


def test_a_quoted_title_stays_in_its_reference():
    assert _texts("9 Vgl. Max Weber, „Die Stadt“ (1921), in: Archiv für Sozialwissenschaft 47, S. 621-772.") == \
        ["Max Weber, „Die Stadt“ (1921), in: Archiv für Sozialwissenschaft 47, S. 621-772."]
