"""Topic pieces made chunk by chunk (topics/tokens.py) are the pieces made from spaCy's Doc of the whole text
(`preprocess._pieces_by_doc`), on hand-made edge cases: apostrophes, hyphens, soft hyphens, other scripts, digits,
links, abbreviations, whitespace of every kind, and concept mentions and callouts over parts of tokens."""

import random
import sys

import pytest

from litmine.topics.pieces import pack
from litmine.topics.preprocess import _pieces, _pieces_by_doc, _spans, _words, tokenize_for_topics
from litmine.topics.tokens import Chunks, packed_of_text, pieces_of_text


def by_doc(text, mentions=()):
    words = _words()
    return _pieces_by_doc(text, words.tokenizer(text), mentions, words)


def by_chunk(text, mentions=(), chunks=None):
    words = _words()
    chunks = chunks or Chunks(words.tokenizer, words.classify)  # an empty cache: every chunk tokenized here
    return pieces_of_text(text, _spans(text, mentions), chunks)


def assert_same(text, mentions=()):
    """The chunk path equals the Doc path with an empty chunk cache, with a warm one, and chunk by chunk alone."""
    expected = pack(by_doc(text, mentions))
    words = _words()
    chunks = Chunks(words.tokenizer, words.classify)
    packed = Chunks(words.tokenizer, words.classify)  # the packed string made without pieces (ingest, topics)
    assert packed_of_text(text, _spans(text, mentions), packed) == expected, text
    assert pack(by_chunk(text, mentions, chunks)) == expected, text
    assert pack(by_chunk(text, mentions, chunks)) == expected, text  # every chunk cached now
    assert packed_of_text(text, _spans(text, mentions), packed) == expected, text  # cached
    assert packed_of_text(text, _spans(text, mentions), chunks) == expected, text
    alone = Chunks(words.tokenizer, words.classify)
    for chunk in text.split():
        alone.fill([chunk])
    assert pack(by_chunk(text, mentions, alone)) == expected, text
    assert pack(_pieces(text, mentions, words)) == expected, text  # the process's own cache
    return by_doc(text, mentions)


def test_tokens_apostrophes_and_special_cases():
    pieces = assert_same("Can't stop O'Brien's reforms: the policies' costs, it’s Dont cannot Hes gonna "
                         "rock'n'roll ’90s ‘quoted’ 'single' don’t")
    # "O'Brien" holds an apostrophe (not letters only: dropped); special cases split words of letters only:
    # "cannot" is "can" + "not", "gonna" "gon" + "na"
    assert pieces == [["stop"], ["reform"], ["policy"], ["cost"], ["gon"], ["quoted"], ["single"]]


def test_tokens_hyphens_and_soft_hyphens():
    pieces = assert_same("Well-being of decision-makers; well- being, well -being, self\u2010employed "
                         "non\u2011binary state-of-the-art a--b -led x-ray-based co\u00adproduction pro\u00ad "
                         "duction 19-year-old COVID-19 e-mail")
    # joined only across hyphens with no space; a soft hyphen or U+2010 inside a chunk makes it no word
    assert pieces == [["well-being", "of", "decision-maker"], ["state-of-the-art", "a"], ["x-ray-based"],
                      ["duction"], ["year-old"], ["e-mail"]]


def test_tokens_other_scripts_and_combining_marks():
    assert_same("Łódź Århus Sørensen 政策研究 политика социальная सरकार नीति سياسة الرعاية πολιτική "
                "cafe\u0301 na\u00efve \u00aa\u00ba ǅemal ﬁnance Ⅻ ＡＢＣ")


def test_tokens_digits_links_and_abbreviations():
    assert_same("In 1997, 45% of 2,300 claimants (B2B, 2nd, 3rd-party, £5bn, 10km) saw https://doi.org/10.1/x "
                "doi:10.5555/jlep.2009.014, www.gov.uk/work WWW.Example.org gov.uk kerr@example.ac.uk; "
                "U.K. e.g. i.e. etc. Mr. Dr. Inc. vs. a.m. No. 5 p.12 pp.101-118 [1] (iii) iv. fig.3")


def test_tokens_punctuation_around_words():
    assert_same("(policy), “quoted” «guillemets» word… end. policy; [bracket] {brace} <angle> /slash/ "
                "question? yes! semi;colon colon:word a/b and/or x&y #tag @name $5 50% ~tilde *star* _under_")


def test_tokens_whitespace_of_every_kind():
    for text in ["  leading and trailing  ", "one\n\ntwo", "one \n\n two", "\n\nstart", "end\n\n", "a\n \nb",
                 "tab\tsep\t\tdouble", "no\u00a0break\u00a0space", "line\u2028sep para\u2029sep",
                 "file\x1csep unit\x1fsep", "\r\n\r\nwindows\r\nlines", "two  spaces   three", " \n\n\n ",
                 "ideo\u3000graphic", "", "   "]:
        assert_same(text)


def test_tokens_a_paragraph_break_ends_a_run():
    assert by_chunk("employment services\n\nwelfare offices") == [["employment", "service"], ["welfare", "office"]]


def test_tokens_mentions_over_parts_of_tokens_and_across_chunks():
    text = "The co-production, of employment services (NPM) with New Public Management (NPM) users."
    start = text.index("co-production")
    npm = text.index("New Public")
    cases = [
        [(start, start + len("co-production"), "co-production")],  # a chunk's inner token
        [(start + 3, start + 8, "production")],  # inside a hyphenated word
        [(text.index("employment"), text.index("services") + 8, "employment-services")],  # across chunks
        [(npm, npm + len("New Public Management"), "new-public-management"),
         (text.rindex("NPM"), text.rindex("NPM") + 3, "new-public-management")],  # one mention with its acronym
        [(text.index("of") - 1, text.index("of"), "space")],  # only whitespace: no token overlaps it
        [(0, len(text), "everything")],
        [(start, start + 2, "a"), (start + 2, start + 5, "b")],  # two mentions in one token
    ]
    for mentions in cases:
        assert_same(text, mentions)
    assert by_chunk(text, cases[0])[:2] == ["co-production", ["employment", "service"]]


def test_tokens_mentions_over_a_paragraph_break_and_callouts():
    text = ("Sanctions hit lone mothers (Lindsay et al., 2015: 152) and Sørensen and Torfing (2011) found\n\n"
            "conditionality (Kerr, 2012a; Dwyer 2018) in Łódź, see https://example.org/x.")
    brk = text.index("\n\n")
    assert_same(text)
    assert_same(text, [(brk - 5, brk + 4, "found-conditionality")])
    assert_same(text, [(text.index("Lindsay"), text.index("Lindsay") + 7, "lindsay")])  # inside a callout
    assert "lindsay" not in str(by_chunk(text)) and "torfing" not in str(by_chunk(text))


def test_tokens_cache_limit_empties_the_cache_and_gives_the_same_pieces():
    words = _words()
    texts = ["Employment services for jobseekers were organised in the region, (again), re-organised.",
             "Services for lone parents in the region were cut (again).", "Employment, services; welfare offices.",
             "One\n\ntwo (NPM) services."]
    for limit in (0, 3, 8, 20):
        small = Chunks(words.tokenizer, words.classify, limit=limit)
        for text in texts * 3:  # hits and misses in one text, the cache full in the middle of it
            mentions = [(text.index("services"), text.index("services") + 8, "service")] if "NPM" in text else []
            assert pack(by_chunk(text, mentions, small)) == pack(by_doc(text, mentions))
            assert packed_of_text(text, _spans(text, mentions), small) == pack(by_doc(text, mentions))
            assert len(small.frags) == len(small.cache)
            assert len(small.cache) <= max(limit, len(set(text.split())))


@pytest.mark.parametrize("ahead_chunks", [2, 20_000])  # a few texts per fill, all of them in one
def test_tokens_texts_read_ahead_give_the_same_pieces(monkeypatch, ahead_chunks):
    monkeypatch.setattr("litmine.topics.tokens.AHEAD_CHUNKS", ahead_chunks)
    words = _words()
    texts = ["Co-production of services (Kerr et al., 2012) wasn't cheap.", "One\n\ntwo (NPM) services, again.",
             "Services cannot be re-organised: \"welfare-to-work\" offices.", "Employment services for jobseekers."]
    expected = [pack(by_doc(text)) for text in texts]
    for limit in (0, 3, 100_000):  # the cache emptied while the texts are read, and not
        chunks = Chunks(words.tokenizer, words.classify, limit=limit)
        with chunks.ahead_of(texts):
            got = [packed_of_text(text, _spans(text, ()), chunks) for text in texts]
        assert got == expected
        assert not chunks.ahead
    chunks = Chunks(words.tokenizer, words.classify)
    with chunks.ahead_of(texts):
        packed_of_text(texts[0], _spans(texts[0], ()), chunks)
        taken = texts if ahead_chunks > 100 else texts[:1]  # the first fill took the texts' chunks in, up to its budget
        assert list(chunks.ahead) == texts[len(taken):]
        assert all(chunk in chunks.cache for text in taken for chunk in text.split())
        assert [pieces_of_text(text, _spans(text, ()), chunks) for text in texts] == [by_doc(t) for t in texts]


def test_tokens_ingest_pieces_reads_a_documents_passages_ahead():
    from litmine.models import Passage
    from litmine.topics.preprocess import ingest_pieces

    texts = ["Street-level bureaucracy (Lipsky, 1980) matters.", "Jobcentres' work-first rules, again.",
             "Kerr, S. (2012) Partnerships.", "Lone parents were sanctioned."]
    passages = [Passage(index=i, kind="reference" if i == 2 else "body", language="en", text=t)
                for i, t in enumerate(texts)]
    words = _words()
    words.chunks.cache.clear()
    words.chunks.frags.clear()
    assert [(i, p) for i, _, p in ingest_pieces(passages)] == [(i, pack(by_doc(t))) for i, t in enumerate(texts) if i != 2]
    assert not words.chunks.ahead


def test_tokens_tokenize_for_topics_uses_the_chunk_path():
    assert tokenize_for_topics("Employment services were produced with users (Kerr et al., 2012).",
                               mentions=[(42, 47, "service-users")]) == ["employment", "service", "produce",
                                                                        "service-users"]


def test_tokens_random_texts_of_tricky_characters():
    rng = random.Random(18)
    alphabet = (list("abcdefghij") * 6 + list("ÅłøЖж政") + list("0123456789") + list(" " * 12) +
                list("\n\n\t\u00a0") + list("-‐‑—–'’.,;:()[]/@&%$#!?\"“”…") + ["\u00ad", "e\u0301"])
    fragments = ["can't", "Dont", "U.K.", "e.g.", "www.", "http://", "10.1234/", "et al.", "(Smith, 2010)",
                 "well-being", " of the ", "co-production", "policy", "Services"]
    for _ in range(300):
        text = "".join(rng.choice(fragments) if rng.random() < 0.15 else rng.choice(alphabet)
                       for _ in range(rng.randint(0, 60)))
        mentions = []
        for _ in range(rng.randint(0, 2)):
            s = rng.randint(0, max(0, len(text) - 1))
            mentions.append((s, min(len(text), s + rng.randint(1, 12)), rng.choice(["c-one", "c-two"])))
        assert_same(text, mentions)


@pytest.mark.slow
def test_tokens_no_letter_of_unicode_is_split_off_a_word_of_letters():
    """Why a chunk of letters only that is no special case is one token without asking spaCy (Chunks.fill):
    no prefix, suffix or infix rule of spaCy's English takes a letter, alone or between letters."""
    tokenizer = _words().tokenizer
    split = []
    for c in map(chr, range(sys.maxunicode + 1)):
        if c.isalpha():
            split += [f for f in (c, "a" + c, c + "a", "a" + c + "a", c + c)
                      if f not in tokenizer.rules and len(tokenizer(f)) != 1]
    assert split == []


@pytest.mark.slow
def test_tokens_words_with_marks_of_every_letter_of_unicode_as_spacy_makes_them():
    """Chunks._marked (a word of letters with a bracket or quote before it, or a comma, colon, bracket... after it)
    gives the tokens spaCy's tokenizer gives, with each letter of Unicode beside each mark (marks on both sides:
    the letters up to U+024F)."""
    from litmine.topics.tokens import _CLOSE, _OPEN, Chunks

    words = _words()
    letters = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha()]
    chunks = [o + c for c in letters for o in sorted(_OPEN)] + [c + e for c in letters for e in sorted(_CLOSE)]
    chunks += [o + c + "a" + c + e for c in letters if c <= "\u024f" for o in sorted(_OPEN) for e in sorted(_CLOSE)]
    fast = Chunks(words.tokenizer, words.classify, limit=10**9)
    fast.fill(chunks)
    spacy_only = Chunks(words.tokenizer, words.classify, limit=10**9)
    spacy_only._marked = lambda chunk, rules: None
    spacy_only.fill(chunks)
    assert sum(len(fast.cache[c]) == 3 for c in chunks) > 1000  # the marks are split off
    assert [c for c in chunks if fast.cache[c] != spacy_only.cache[c]] == []
