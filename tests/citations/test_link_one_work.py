"""A callout whose tied candidates are one work cited twice (in the list and in full in a note, or in full in two
notes) cites that work: it links to the list's entry, else the earliest reference, and a note's pointer to it is a
short form of that work. Two different works of one author and year stay ambiguous. Hand-made passages."""

from litmine.citations.extract import extract_citations
from litmine.citations.link import link_citations
from litmine.models import Citation, Passage, Reference


def _ref(index, source, raw, *surnames, year, title):
    return Reference(index=index, raw=raw, authors=[{"surname": s} for s in surnames], year=year, title=title,
                     source=source)


def _cite(*authors, year, et_al=False):
    return Citation(start=0, end=1, surface="x", authors=list(authors), year=year, et_al=et_al, narrative=True)


_LISTED = _ref(0, "list", "Brandt, K., Seidel, J., Vogt, L. (2008). Betriebliche Wiedereingliederung. Eine Studie. "
               "Berlin: Muster.", "Brandt", "Seidel", "Vogt", year=2008,
               title="Betriebliche Wiedereingliederung. Eine Studie")
_IN_A_NOTE = _ref(1, "footnote", "Brandt, K. u. a., Betriebliche Wiedereingliederung, Berlin 2008", "Brandt",
                  "Seidel", "Vogt", year=2008, title="Betriebliche Wiedereingliederung")
_OTHER_WORK = _ref(2, "footnote", "Brandt, K. u. a., Gesundheit im Handwerk, Köln 2008", "Brandt", "Seidel", "Vogt",
                   year=2008, title="Gesundheit im Handwerk")


def test_link_one_work_listed_and_in_a_note_links_to_the_list_entry():
    for refs in ([_LISTED, _IN_A_NOTE], [_IN_A_NOTE, _LISTED]):
        c = _cite("Brandt", year=2008, et_al=True)
        link_citations([c], refs)
        assert (c.reference_index, c.unlinked_reason) == (0, None)


def test_link_one_work_in_full_in_two_notes_links_to_the_earliest():
    again = _ref(5, "footnote", "Brandt, Karin u. a.: Betriebliche Wiedereingliederung. Eine Studie. Berlin 2008.",
                 "Brandt", "Seidel", "Vogt", year=2008, title="Betriebliche Wiedereingliederung. Eine Studie")
    c = _cite("Brandt", year=2008, et_al=True)
    link_citations([c], [again, _IN_A_NOTE])
    assert c.reference_index == 1


def test_link_one_work_two_works_of_one_author_and_year_stay_ambiguous():
    c = _cite("Brandt", year=2008, et_al=True)
    link_citations([c], [_LISTED, _OTHER_WORK])
    assert (c.reference_index, c.unlinked_reason) == (None, "ambiguous: 2 references match")
    c = _cite("Brandt", year=2008, et_al=True)  # the list's work is given in a note too: still two works
    link_citations([c], [_LISTED, _IN_A_NOTE, _OTHER_WORK])
    assert (c.reference_index, c.unlinked_reason) == (None, "ambiguous: 3 references match")
    # two entries of the list are two works, whatever their titles (a list names each work once)
    twice = _ref(3, "list", "Brandt, K., Seidel, J., Vogt, L. (2008). Betriebliche Wiedereingliederung. Berlin.",
                 "Brandt", "Seidel", "Vogt", year=2008, title="Betriebliche Wiedereingliederung")
    c = _cite("Brandt", year=2008, et_al=True)
    link_citations([c], [_LISTED, twice])
    assert c.reference_index is None and c.unlinked_reason.startswith("ambiguous")


def _paper(notes: list[str], listed: list[str]) -> list[Passage]:
    out: list[Passage] = []
    start = 0
    body = "Viele Betriebe informieren schlecht.1 Andere besser.2"
    for kind, text in [("body", body), *(("footnote", n) for n in notes), ("heading", "Literatur"),
                       *(("reference", r) for r in listed)]:
        out.append(Passage(index=len(out), kind=kind, text=text, start=start, end=start + len(text), page=1))
        start += len(text) + 2
    out[0].marks = [(37, "1"), (52, "2")]
    return out


_LIST = ["Brandt, Karin; Seidel, Jonas; Vogt, Lena (2008): Betriebliche Wiedereingliederung. Eine Studie. Berlin: "
         "Muster Verlag.",
         "Lorenz, Paul (2011): Arbeit und Gesundheit. Hamburg: Beispiel Verlag."]


def test_link_one_work_pointer_in_a_note_is_a_short_form_of_the_work():
    """The work in the list and in full in note 1; note 2's pointer "von Brandt et al. (2008)" cites it: linked to
    the list entry, kept as a short form of that work, the preposition "von" no part of its name."""
    refs, cits = extract_citations(_paper(
        ["1 Brandt, K./Seidel, J./Vogt, L., Betriebliche Wiedereingliederung. Eine Studie, Berlin 2008, S. 49.",
         "2 Nach einer Studie von Brandt et al. (2008) gaben viele Betriebe an, ihre Beschäftigten nicht zu "
         "informieren."], _LIST))
    assert [r.source for r in refs] == ["list", "list", "footnote", "short"]
    short = refs[3]
    assert (short.raw, short.authors, short.year, short.repeats) == (
        "Brandt et al. (2008)", [{"surname": "Brandt"}], 2008, 0)
    pointer = [c for c in cits if c.style == "author-year"]
    assert [(c.surface, c.reference_index, c.unlinked_reason) for c in pointer] == [("Brandt et al. (2008)", 0, None)]


def test_link_one_work_pointer_to_one_of_two_works_of_a_year_stays_unresolved():
    """Note 1 gives another work of the same authors and year in full: the pointer may cite either, so it links
    nowhere and is kept as a short form of no work, as before."""
    refs, cits = extract_citations(_paper(
        ["1 Brandt, K./Seidel, J./Vogt, L., Gesundheit im Handwerk, Köln 2008, S. 12.",
         "2 Nach einer Studie von Brandt et al. (2008) gaben viele Betriebe an, ihre Beschäftigten nicht zu "
         "informieren."], _LIST))
    pointer = [c for c in cits if c.style == "author-year"]
    assert len(pointer) == 1 and pointer[0].reference_index is None
    assert pointer[0].unlinked_reason.startswith("ambiguous")
    assert [(r.source, r.repeats) for r in refs if r.source == "short"] == [("short", None)]
