"""Italics as evidence for the title/container boundary (citations/typography.py)."""

from litmine.citations.references import parse_reference
from litmine.citations.typography import ItalicText, _fold_indexed, fold


def _italic(entry: str, *stretches: str):
    """An ItalicText of the entry printed on two lines after a line of body text, the given stretches of it (in
    order) in italics."""
    folded, marks, at = fold(entry), set(), 0
    for s in stretches:
        k = folded.index(fold(s), at)
        marks.update(range(k, k + len(fold(s))))
        at = k + len(fold(s))
    cut = entry.index(" ", len(entry) // 2)
    n = len(fold(entry[:cut]))
    lines = [("Some body text before the list (Grey, 2001).", ())]
    for text, lo, hi in ((entry[:cut], 0, n), (entry[cut:], n, len(folded))):
        spans = tuple((k - lo, k - lo + 1) for k in sorted(marks) if lo <= k < hi)
        lines.append((text, spans))
    return ItalicText.from_lines(lines)


def test_flags_line_up_across_lines_spaces_and_hyphens():
    it = ItalicText.from_lines([("Grey, M. (2001). Voice at work. Industrial Demo-", ((20, 34),)),
                                ("cracy Yearbook, London: Pluto.", ((0, 13),))])
    entry = "Grey, M. (2001). Voice at work. Industrial Democracy Yearbook, London: Pluto."
    flags = it.flags(entry)
    assert "".join(c for c, f in zip(entry, flags) if f) == "Industrial Democracy Yearbook"
    assert it.flags("Nothing like this entry is printed anywhere at all.") is None
    assert ItalicText.from_lines([("No italics here.", ())]) is None


def test_italic_yearbook_ends_the_title():
    entry = "Grey, M. (2001). Voice and loyalty at work. Industrial Democracy Yearbook, London: Pluto."
    plain = parse_reference(entry)
    assert plain.title == "Voice and loyalty at work. Industrial Democracy Yearbook"  # the tagger alone
    r = parse_reference(entry, italic=_italic(entry, "Industrial Democracy Yearbook").flags)
    assert (r.title, r.container) == ("Voice and loyalty at work", "Industrial Democracy Yearbook")
    assert r.publisher == plain.publisher and r.year == 2001


def test_italic_book_title_is_the_title_and_a_chapter_goes_in_its_book():
    book = "Webb, C. (1985), Class and community in old mill towns, Manchester: Northern Press."
    r = parse_reference(book, italic=_italic(book, "Class and community in old mill towns").flags)
    assert (r.title, r.container) == ("Class and community in old mill towns", None)
    chapter = "Hale, J. (2012). Towns without jobs. In R. Mills (Ed.), Regional policy today (pp. 4-20). Bristol: Policy."
    r = parse_reference(chapter, italic=_italic(chapter, "Regional policy today").flags)
    assert (r.title, r.container) == ("Towns without jobs", "Regional policy today")
    # a word set in italics inside the chapter's title does not take the book's place
    r = parse_reference(chapter, italic=_italic(chapter, "without", "Regional policy today").flags)
    assert (r.title, r.container) == ("Towns without jobs", "Regional policy today")


def test_entries_set_in_italics_or_with_italic_names_keep_their_labels():
    entry = "Grey, M. (2001). Voice and loyalty at work. Industrial Democracy Yearbook, London: Pluto."
    plain = parse_reference(entry)
    whole = parse_reference(entry, italic=_italic(entry, entry).flags)
    names = parse_reference(entry, italic=_italic(entry, "Grey, M.").flags)
    for r in (whole, names):
        assert (r.title, r.container) == (plain.title, plain.container)


def test_an_italic_book_title_ends_where_its_italics_end():
    # (the tagger of 2026-12-06 reads "Group work. Belmont. CA: Brooks Cole." right without italics)
    entry = "Lamb, V. (1999). Group work. Pacific Grove. Brooks Cole."
    plain = parse_reference(entry)
    r = parse_reference(entry, italic=_italic(entry, "Group work").flags)
    assert r.title == "Group work" and plain.title != r.title
    translated = "Lamb, V. (1999). Arbeit in Gruppen [Work in groups]. Berlin: Springer."
    r = parse_reference(translated, italic=_italic(translated, "Arbeit in Gruppen").flags)
    assert r.title == parse_reference(translated).title  # the bracketed translation stays with its title


def test_an_italic_volume_stays_the_volume():
    """APA sets the volume in italics with its journal: the number is not part of the container."""
    entry = "Grey, M. (2001). Voice and loyalty at work. Industrial Democracy Yearbook, 12(3), 45-67."
    r = parse_reference(entry, italic=_italic(entry, "Industrial Democracy Yearbook, 12").flags)
    assert (r.title, r.container, r.volume, r.issue) == ("Voice and loyalty at work", "Industrial Democracy Yearbook",
                                                         "12", "3")


def test_fold_indexed_ascii_and_other_text_agree_with_fold():
    # an ASCII entry takes the regex path, the others the per-character one: both give fold's letters and where
    for text in ("Lee_A. (2001) Work-first, 4: 1-9.", "Lüthje, K. (2001) Ärger: ﬁrst", "__ --", ""):
        folded, where = _fold_indexed(text)
        assert folded == fold(text)
        assert len(where) == len(folded) and where == sorted(where)
    assert _fold_indexed("a_B 9") == ("ab9", [0, 2, 4])


def test_fold_indexed_other_text_keeps_each_letter_where_it_stands():
    # ASCII runs are taken whole, every other character alone: a ligature folds to two letters at one index,
    # a combining accent and a no-break space fold to nothing, a superscript two to "2"
    assert _fold_indexed("ﬁx Öl\u00a0e\u0301²") == ("fixöle2", [0, 0, 1, 3, 4, 6, 8])


def test_italic_tokens_count_letters_and_digits_only():
    from litmine.citations.reference_model import tokenize_reference
    from litmine.citations.typography import _italic_tokens

    text = "Ab Cd-ef 10.1000/xyz"
    flags = [c in "Ab d-" or i > 15 for i, c in enumerate(text)]  # "Cd-ef": 1 of 4 letters; the DOI 3 of 9
    assert _italic_tokens(tokenize_reference(text), flags) == [True, False, False]
    flags[9:11] = [True, True]  # the DOI: 5 of 9
    assert _italic_tokens(tokenize_reference(text), flags) == [True, False, True]


def test_fold_of_ascii_text_is_the_normalising_fold():
    # ASCII text is folded by one bytes translation: the same letters as normalising, lower-casing and dropping
    # all but letters and digits, for every ASCII character alone and in lines
    import re
    import unicodedata

    def slow(text: str) -> str:
        return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())

    texts = [chr(c) for c in range(128)] + ["".join(map(chr, range(128))), "Lee_A. (2001) Work-first, 4: 1-9.",
                                             "ABC xyz 0189 [a]{b}|c~\\d", ""]
    for text in texts:
        assert fold(text) == slow(text), repr(text)
    assert fold("Lüthje, ﬁrst Ärger") == slow("Lüthje, ﬁrst Ärger") == "lüthjefirstärger"


def test_fold_of_other_text_is_the_normalising_fold():
    # text outside ASCII loses its ASCII spaces and punctuation from its UTF-8 bytes before the pattern runs: the
    # same letters as the pattern alone, for every character below U+3000 beside letters and punctuation, a lone
    # surrogate, and lines that end up ASCII once normalised ("ﬁrst") or keep other letters
    import re
    import unicodedata

    def slow(text: str) -> str:
        return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())

    texts = [f"A-{chr(c)}, é_" for c in range(0x3000)] + ["\ud800 x", "ﬁrst, „Ärger“ – Σ\u0301", "\u0130stanbul"]
    for text in texts:
        assert fold(text) == slow(text), repr(text)


def test_italic_text_folds_lines_without_italics_together():
    # lines without italic stretches in a row are folded as one text: the same text and flags as each line
    # folded alone, across ASCII and other lines, a final sigma, a combining accent opening a line, a ligature
    lines = [("Plain ASCII line,", ()), ("ΟΔΟΣ", ()), ("\u0301accent first", ()), ("ﬁrst Ärger", ()),
             ("Social Policy, 4.", ((0, 12),)), ("ΣΑΣ end", ()), ("\u0130stanbul x_y", ()), ("last (1-9)", ((0, 4),))]
    it = ItalicText(lines)
    it._build()
    text, flags = "", bytearray()
    for line, spans in lines:
        folded = fold(line)
        mark = bytearray(len(folded))
        for a, b in spans:
            mark[a:min(b, len(folded))] = b"\x01" * (min(b, len(folded)) - a)
        text, flags = text + folded, flags + mark
    assert (it._text, it._italic) == (text, flags)


def test_italic_text_of_lines_holding_any_letters():
    # ASCII and other lines alike: the flags line up across both kinds
    it = ItalicText.from_lines([("Lüthje, K. (2001) ﬁrst", ()), ("Social Policy, 4, 1-9.", ((0, 12),))])
    entry = "Lüthje, K. (2001) first. Social Policy, 4, 1-9."
    assert "".join(c for c, italic in zip(entry, it.flags(entry)) if italic) == "Social Policy"


def test_a_word_the_tagger_called_the_date_inside_the_italic_book_is_part_of_it():
    from litmine.citations.reference_model import tokenize_reference
    from litmine.citations.typography import relabel_by_italics

    text = "Hale, J. (2012) 'Towns', in R. Mills (eds) Regional policy, the third sector, Bristol: Policy."
    tokens = tokenize_reference(text)
    words = [t.text for t in tokens]
    labels = []
    for j, w in enumerate(words):
        if j < words.index("2012"):
            labels.append("author")
        elif w == "2012":
            labels.append("year")
        elif j < words.index("in"):
            labels.append("title")
        elif j < words.index("Regional"):
            labels.append("editor")
        elif w in ("Regional", "policy"):
            labels.append("container")
        elif w == "the":
            labels.append("year")  # the tagger's slip
        elif w in ("third", "sector"):
            labels.append("title")
        else:
            labels.append("publisher")
    book = "Regional policy, the third sector"
    flags = [text.index(book) <= i < text.index(book) + len(book) for i in range(len(text))]
    out = relabel_by_italics(text, tokens, labels, flags)
    assert [w for w, lab in zip(words, out) if lab == "container"] == ["Regional", "policy", "the", "third", "sector"]
    # a date with digits inside the italics is no slip: the entry keeps its labels (names or dates set in italics)
    dated_text = text.replace(" the ", " 1999 ")
    dated_tokens = tokenize_reference(dated_text)
    dated = [("year" if t.text == "1999" else lab) for t, lab in zip(dated_tokens, labels)]
    book = "Regional policy, 1999 third sector"
    flags = [dated_text.index(book) <= i < dated_text.index(book) + len(book) for i in range(len(dated_text))]
    assert relabel_by_italics(dated_text, dated_tokens, dated, flags) == dated
