import json
import random

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.tagging import _WORD, build_glossary, count_words, ensure_mentions, lexicon_fingerprint
from litmine.models import Concept, Document, Passage

LEXICON = [Concept("co-production", "Co-production", "collaboration", patterns=["co-production", "co-produce"]),
           Concept("in-work-poverty", "In-work poverty", "outcomes", patterns=["in-work poverty"]),
           Concept("new-public-management", "New Public Management", "governance",
                   patterns=["new public management"], acronyms=["NPM"])]


def passage(i, text, kind="body"):
    cut = text.find(". ") + 1 if kind != "reference" else 0
    cut = cut or len(text)
    return Passage(index=i, kind=kind, text=text, start=0, end=len(text), language="en",
                   sentences=[(0, cut), (cut + 1, len(text))] if cut < len(text) else [(0, len(text))])


def doc(doc_id, year, *texts, refs=()):
    ps = [passage(i, t) for i, t in enumerate(texts)]
    ps += [passage(len(ps) + i, r, "reference") for i, r in enumerate(refs)]
    return Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", title=f"Título {doc_id}", year=year,
                    text="\n\n".join(p.text for p in ps), passages=ps)


def test_tagging_stores_mentions_with_passage_sentence_and_source(store):
    store.write_document(doc("d1", 2018, "Services in Łódź were planned. Then they were co-produced.",
                             refs=["Bovaird, T. (2007) Beyond engagement: user and community co-production."]),
                         root="corpus", size=1, mtime=1)
    report = ensure_mentions(store, LEXICON)
    assert report.tagged == 1 and report.mentions == 2
    ms = list(store.iter_mentions())
    assert [(m.concept, m.surface, m.source, m.sentence, m.passage_index) for m in ms] == [
        ("co-production", "co-produced", "text", 1, 0), ("co-production", "co-production", "references", 0, 1)]
    text = next(p.text for p in store.iter_passages("d1") if p.index == 0)
    assert text[ms[0].start:ms[0].end] == "co-produced"
    assert store.document_words()["d1"]["words"] == 9  # the reference entry is not counted


def test_tagging_is_incremental_and_follows_the_lexicon(store):
    store.write_document(doc("d1", 2018, "Co-production matters."), root="corpus", size=1, mtime=1)
    assert ensure_mentions(store, LEXICON).tagged == 1
    again = ensure_mentions(store, LEXICON)
    assert again.tagged == 0 and again.unchanged == 1
    store.write_document(doc("d2", 2019, "In-work poverty rose."), root="corpus", size=1, mtime=1)
    assert ensure_mentions(store, LEXICON).tagged == 1
    smaller = LEXICON[1:]
    assert lexicon_fingerprint(smaller) != lexicon_fingerprint(LEXICON)
    assert ensure_mentions(store, smaller).tagged == 2
    assert {m.concept for m in store.iter_mentions()} == {"in-work-poverty"}
    assert [c["id"] for c in store.concept_rows()] == ["in-work-poverty", "new-public-management"]


def test_tagging_glossary_carries_an_acronym_to_other_documents(store):
    store.write_document(doc("d1", 2018, "In-work poverty (IWP) grew. New Public Management (NPM) did not help."),
                         root="corpus", size=1, mtime=1)
    store.write_document(doc("d2", 2019, "IWP is now common; NPM too."), root="corpus", size=1, mtime=1)
    store.write_document(doc("d3", 2020, "Integrated Work Programmes (IWP) are not poverty."), root="corpus",
                         size=1, mtime=1)
    report = ensure_mentions(store, LEXICON)
    # d3 defines IWP as something else, so the glossary leaves IWP out as ambiguous
    assert report.glossary == {} and report.ambiguous == ["IWP"]
    store.prune(["corpus/d3.txt"])
    store.db.execute("DELETE FROM documents WHERE id = 'd3'")
    report = ensure_mentions(store, LEXICON, force=True)
    assert report.glossary == {"IWP": "in-work-poverty"} and report.glossary_mentions == 1
    d2 = [(m.concept, m.surface, m.via) for m in store.iter_mentions(doc_id="d2")]
    assert d2 == [("in-work-poverty", "IWP", "glossary"), ("new-public-management", "NPM", "acronym")]


def test_tagging_glossary_leaves_out_plurals_the_matcher_finds_itself(store):
    # "NPMs" defined in d1 is the lexicon's NPM with a plural "s": the matcher finds "NPMs" in d2 already, so the
    # glossary must not add it a second time; "IWPs" defined in d1 and "IWP" defined in d3 are one acronym to d3
    store.write_document(doc("d1", 2018, "Old and new public managements (NPMs) differ. In-work poverty rates (IWPs) "
                                         "rose."), root="corpus", size=1, mtime=1)
    store.write_document(doc("d2", 2019, "Two NPMs were compared."), root="corpus", size=1, mtime=1)
    store.write_document(doc("d3", 2020, "In-work poverty (IWP) is defined here; IWPs vary."), root="corpus",
                         size=1, mtime=1)
    report = ensure_mentions(store, LEXICON)
    assert report.glossary == {"IWP": "in-work-poverty", "IWPs": "in-work-poverty"}  # no "NPMs"
    d2 = [(m.concept, m.surface, m.via) for m in store.iter_mentions(doc_id="d2")]
    assert d2 == [("new-public-management", "NPMs", "acronym")]
    d3 = [(m.surface, m.via) for m in store.iter_mentions(doc_id="d3") if m.surface.startswith("IWP")]
    assert d3 == [("IWP", "defined"), ("IWPs", "defined")]


def test_tagging_replacing_a_document_drops_its_old_mentions(store):
    store.write_document(doc("d1", 2018, "Co-production matters."), root="corpus", size=1, mtime=1)
    ensure_mentions(store, LEXICON)
    store.write_document(doc("d1", 2018, "Nothing here."), root="corpus", size=1, mtime=2)
    assert list(store.iter_mentions()) == []
    assert ensure_mentions(store, LEXICON).tagged == 1


def test_tagging_build_glossary_skips_lexicon_and_outside_definitions():
    defs = [("a", "IWP", "in-work-poverty"), ("b", "IWP", "in-work-poverty"), ("a", "NPM", "new-public-management"),
            ("c", "EF", "")]
    assert build_glossary(defs, {"NPM": "new-public-management"}) == ({"IWP": "in-work-poverty"}, [])
    plural = [("a", "NPMs", "new-public-management"), ("a", "CAS", "in-work-poverty")]
    assert build_glossary(plural, {"NPM": "new-public-management"}) == ({"CAS": "in-work-poverty"}, [])


def test_tagging_count_words_counts_hyphenated_words_once():
    assert count_words("Co-production in Århus, l’emploi d'abord!") == 5


def test_tagging_count_words_of_ascii_text_counts_what_the_word_pattern_matches():
    # ASCII text is counted from its characters' classes, the rest by the pattern: the same counts
    hand = ["", "-", "'", "a", "a-", "-a", "a-b", "a--b", "a-'b", "a-b-c", "x-y z", "work_first", "don't-stop",
            "a- b", " -a- ", "9-11", "Co-design, lone parents' work-first -- 'pay-by-results'.", "a\tb\nc"]
    rng = random.Random(3)
    drawn = ["".join(rng.choice("ab_9-' .\n") for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    for text in hand + drawn:
        assert count_words(text) == len(_WORD.findall(text)), text
    assert count_words("a-b-c d") == 2 and count_words("a--b") == 2


def test_tagging_default_lexicon_round_trips_through_the_store(store):
    concepts = load_lexicon()
    store.save_concepts(concepts)
    rows = store.concept_rows()
    assert [r["id"] for r in rows] == [c.id for c in concepts]
    assert json.dumps(rows[0]["patterns"]) == json.dumps(concepts[0].patterns)


def test_tagging_defining_passage_is_the_first_with_the_acronym_beside_a_bracket():
    from litmine.concepts.tagging import _defining_passage

    ps = [passage(0, "The XNPM (a firm) and NPMs."), passage(1, "Reform under NPM ( New Public Management )."),
          passage(2, "New Public Management (NPM) again.")]
    assert _defining_passage(ps, "NPM") == 1
    assert _defining_passage(ps[::2], "NPM") == 2
    assert _defining_passage(ps, "TSO") is None


def test_tagging_not_after_word_gives_the_look_behind_matches():
    import re

    from litmine.concepts.tagging import _not_after_word

    alts = "IWP|NGO|GO"
    plain, behind = re.compile(rf"({alts})(?:s|'s)?(?![\w-])"), re.compile(rf"(?<![\w-])({alts})(?:s|'s)?(?![\w-])")
    for text in ("IWP and NGOs; xNGO, -GO, NGO's (GO) aIWP IWP-led R&GO", "GO", "", "NGOs NGO"):
        assert [m.span() for m in _not_after_word(plain, text)] == [m.span() for m in behind.finditer(text)]


def test_tagging_glossary_reads_the_sentences_only_of_the_passages_it_marks(store, monkeypatch):
    store.write_document(doc("d1", 2018, "In-work poverty (IWP) grew. Nothing else changed."), root="corpus",
                         size=1, mtime=1)
    store.write_document(doc("d2", 2019, "Wages fell. Then IWP rose.", "No acronym here.",
                             refs=["Smith, J. (2001) IWP in Britain."]), root="corpus", size=1, mtime=1)
    ensure_mentions(store, LEXICON)
    first = [(m.doc_id, m.passage_index, m.sentence, m.source, m.via) for m in store.iter_mentions(doc_id="d2")]
    assert first == [("d2", 0, 1, "text", "glossary"), ("d2", 2, 0, "references", "glossary")]
    read: list[int] = []
    real = store.get_passages
    monkeypatch.setattr(store, "get_passages", lambda ids: real(read.extend(ids) or read))
    monkeypatch.setattr(store, "iter_passages", None)  # not decoded passage by passage any more
    report = ensure_mentions(store, LEXICON, refresh_glossary=True)
    assert report.glossary_mentions == 2
    keys = store.passage_keys()
    assert read == [keys["d2", 0], keys["d2", 2]]  # not d1's own definition, not the passage without IWP
    again = [(m.doc_id, m.passage_index, m.sentence, m.source, m.via) for m in store.iter_mentions(doc_id="d2")]
    assert again == first


def test_tagging_glossary_hits_skip_passages_by_a_first_search_and_keep_later_matches(store):
    import re

    from litmine.concepts.tagging import _glossary_hits

    store.write_document(doc("d1", 2019, "aIWP only, after a letter.", "No acronym here.",
                             "aIWP first, then IWP rose and IWPs too.", "IWP-led"), root="corpus", size=1, mtime=1)
    regex = re.compile(r"(IWP)(?:s|'s|’s)?(?![\w-])")
    keys = store.passage_keys()
    hits = _glossary_hits(store, regex, {})
    assert [(pid, [m.group() for m in ms]) for pid, ms in hits] == [(keys["d1", 2], ["IWP", "IWPs"])]
    assert _glossary_hits(store, regex, {"d1": {"IWP"}}) == []  # the document's own acronym
