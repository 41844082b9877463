"""Tests for the German list styles of scripts/reference_restyle.py (restyle(..., german=True)): German copies of
labelled reference strings made by hand, their words and labels kept, only punctuation, order and the
conventions' markers new."""

import random
import re

from tests.citations.test_reference_restyle import ARTICLE, CHAPTER, _example, _module

BOOK = [("author", "Mäkelä, Juhani and Sørensen, Ida"), ("_", " ("), ("year", "2007"), ("_", "). "),
        ("title", "Sheltered lives: housing and care in small towns"), ("_", ". "), ("location", "Aarhus"),
        ("_", ": "), ("publisher", "Fjord Academic Press"), ("_", ".")]
EDITED = [("editor", "Quist, Anna and Brekke, Ola"), ("_", " (Eds.) ("), ("year", "2015"), ("_", "). "),
          ("title", "Welfare at the margins of Europe"), ("_", ". "), ("location", "Bergen"), ("_", ": "),
          ("publisher", "Nordlys"), ("_", ".")]
MANY = [("author", "Ahl, Berit, Cole, Dana and Eng, Frode"), ("_", " ("), ("year", "2001"), ("_", ") "),
        ("title", "Counting the rural poor"), ("_", ". "), ("container", "Regional Review"), ("_", " "),
        ("volume", "12"), ("_", "("), ("issue", "3"), ("_", "): "), ("pages", "45-67"), ("_", ".")]


def _copies(parts, n: int = 80):
    rs, tr = _module("reference_restyle"), _module("train_references")
    out = []
    for seed in range(n):
        got = rs.restyle(_example(parts), random.Random(seed), german=True)
        assert got is not None
        tokens, labels = tr.token_labels(got[0], got[1], "restyled")
        out.append((got[0], [(t.text, lab) for t, lab in zip(tokens, labels)]))
    return out


def test_german_journal_copies_write_volume_and_issue_the_german_ways():
    copies = _copies(ARTICLE)
    raws = [raw for raw, _ in copies]
    assert any(", Jg. 8, " in r for r in raws) and any(", 8. Jg., " in r for r in raws)
    assert any(re.search(r"Quarterly 8/2(: |, S\. )101-119", r) for r in raws)
    assert any(re.search(r", (H\.|Heft|Nr\.) 2, S\. 101-119\.$", r) for r in raws)
    assert any("In: Public Policy Quarterly" in r for r in raws) and any(r.startswith("Žáková, Petra/") or
                                                                        r.startswith("Žáková, Petra / ")
                                                                        for r in raws)
    for raw, labelled in copies:
        assert "Local welfare after the crisis" in raw and "Public Policy Quarterly" in raw
        words = dict(labelled)
        assert words["Quarterly"] == "container" and words["welfare"] == "title" and words["2011"] == "year"
        assert words["8"] == "volume" and words["2"] == "issue" and words["101-119"] == "pages"
        assert words["Žáková"] == "author"
        after = labelled[[w for w, _ in labelled].index("Quarterly") + 1:]
        marks = {"Jg": "volume", "Bd": "volume", "Band": "volume", "H": "issue", "Heft": "issue", "Nr": "issue",
                 "S": "pages"}
        assert all(lab == marks[w] for w, lab in after if w in marks)


def test_german_book_copies_keep_place_and_publisher_and_move_the_subtitle_after_a_full_stop():
    copies = _copies(BOOK)
    raws = [raw for raw, _ in copies]
    assert any("Sheltered lives. Housing" not in r and "Sheltered lives. housing and care" in r for r in raws)
    assert any("Sheltered lives: housing and care" in r for r in raws)
    assert any(". Aarhus: Fjord Academic Press." in r for r in raws)
    assert any(", Fjord Academic Press, Aarhus." in r for r in raws)
    assert not any("»" in r or "„" in r for r in raws)  # book titles are not quoted
    for raw, labelled in copies:
        words = dict(labelled)
        assert words["Aarhus"] == "location" and words.get("Fjord", "publisher") == "publisher"
        assert words["lives"] == "title"


def test_german_edited_book_names_its_editors_with_hg():
    copies = _copies(EDITED)
    assert any(re.match(r"Quist, (Anna|A\.)( / |/|; )Brekke, (Ola|O\.) \((Hg|Hrsg)\.\)", raw) for raw, _ in copies)
    for raw, labelled in copies:
        words = dict(labelled)
        assert words["Quist"] == "editor" and words["Welfare"] == "title" and words["Bergen"] == "location"
        assert words.get("Hg", "editor") == "editor" and words.get("Hrsg", "editor") == "editor"


def test_german_chapter_copies_name_editors_and_book():
    copies = _copies(CHAPTER)
    raws = [raw for raw, _ in copies]
    assert any(re.search(r"\. In: (Hämäläinen, Ulla|Hämäläinen, U\.|Ulla Hämäläinen) \((Hg|Hrsg)\.\)[:,] Welfare", r)
               for r in raws)
    assert any(", hrsg. v. " in r or ", hg. von " in r for r in raws)
    for raw, labelled in copies:
        words = dict(labelled)
        assert words["Hämäläinen"] == "editor" and words["Revisited"] == "container" and words["Nordic"] == "title"
        assert words["12-30"] == "pages"


def test_german_names_shorten_long_lists_with_u_a_labelled_as_authors():
    copies = _copies(MANY, 120)
    shortened = [(raw, labelled) for raw, labelled in copies if " u. a." in raw or " u.a." in raw]
    assert shortened and any("Frode" in raw for raw, _ in copies)
    for raw, labelled in shortened:
        assert "Eng" not in raw
        assert all(lab == "author" for word, lab in labelled if word in ("u", "a", "u.a"))
    assert any(re.match(r"Berit Ahl, Dana Cole (und|&) Frode Eng", raw) for raw, _ in copies)


def test_german_copies_leave_the_other_restyled_copies_as_they_were():
    tr = _module("train_references")
    examples = [_example(ARTICLE), _example(CHAPTER), _example(BOOK), _example(MANY)] * 5
    without = [ex for ex in tr.add_restyled(examples, share=0.5, german=0.0)[len(examples):]]
    both = tr.add_restyled(examples, share=0.5, german=0.5)[len(examples):]
    assert without and len(both) > len(without)
    german = [raw for raw, *_ in both if raw not in {w[0] for w in without}]
    assert german and [ex[0] for ex in both if ex[0] not in german] == [ex[0] for ex in without]
