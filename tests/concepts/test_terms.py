import math

import pytest

from litmine.concepts import terms as terms_module
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.terms import (
    Term,
    TermOptions,
    build_lexicon_yaml,
    extract_candidates,
    extract_terms,
    find_corpus_terms,
    load_term_documents,
    slugify,
    term_key,
)
from litmine.errors import LitmineError
from litmine.models import Concept, Document, Passage


def docs_of(*texts_by_doc, years=None):
    """[(doc id, year, [(text, [])...])] from one list of passage texts per document."""
    years = years or [None] * len(texts_by_doc)
    return [(f"d{i}", years[i], [(t, []) for t in texts]) for i, texts in enumerate(texts_by_doc)]


def by_term(found):
    return {t.term.lower(): t for t in found}


def test_terms_cvalue_frequencies_and_years_by_hand():
    docs = docs_of(["This is new public management. This is about public management."],
                   ["This is new public management, and so is public management."],
                   ["This is new public management."], years=[2011, 2009, None])
    found = by_term(extract_terms(docs, options=TermOptions(top=None)))
    # "new public" only ever stands inside "new public management": C = log2(2) * (3 - 3/1) = 0, not a term
    assert set(found) == {"new public management", "public management"}
    npm, pm = found["new public management"], found["public management"]
    assert (npm.freq, npm.docs, npm.first_year, npm.words) == (3, 3, 2009, 3)
    assert (pm.freq, pm.docs, pm.first_year, pm.words) == (5, 3, 2009, 2)
    assert npm.cvalue == pytest.approx(math.log2(3) * 3, abs=1e-3)  # not nested: log2|a| * f(a)
    assert pm.cvalue == pytest.approx(1 * (5 - 3 / 1), abs=1e-3)  # nested once: log2|a| * (f(a) - f(b) / P(T_a))
    # idf = ln((1 + 3) / (1 + 3)) + 1 = 1; tf summed as 1 + ln(tf) per document
    assert npm.tfidf == pytest.approx(3.0, abs=1e-3)
    assert pm.tfidf == pytest.approx(3 + 2 * math.log(2), abs=1e-3)
    assert [t.term for t in extract_terms(docs)] == ["new public management", "public management"]


def test_terms_rank_by_tfidf_or_cvalue():
    docs = docs_of(["Welfare state, welfare state, welfare state and the welfare state."],
                   ["So is active labour market policy."], ["It is active labour market policy."],
                   ["Any active labour market policy in Malmö."])
    options = TermOptions(min_docs=1, top=None)
    found = by_term(extract_terms(docs, options=options))
    assert set(found) == {"welfare state", "active labour market policy"}
    state, almp = found["welfare state"], found["active labour market policy"]
    assert state.cvalue == pytest.approx(4.0) and almp.cvalue == pytest.approx(math.log2(4) * 3)
    assert state.tfidf == pytest.approx((1 + math.log(4)) * (math.log(5 / 2) + 1), abs=1e-3)
    assert almp.tfidf == pytest.approx(3 * (math.log(5 / 4) + 1), abs=1e-3)
    assert extract_terms(docs, options=options)[0].term == "active labour market policy"
    tfidf = TermOptions(min_docs=1, top=1, rank="tfidf")
    assert [t.term for t in extract_terms(docs, options=tfidf)] == ["welfare state"]


def test_terms_merge_hyphenated_spaced_closed_up_spelling_and_plural_forms():
    docs = docs_of(["This is co-production. So is coproduction, and co production, and co-production."],
                   ["Co-productions abound; labour market programmes too, and labour market programmes."],
                   ["As are labor market programs and the labour market programme."])
    found = extract_terms(docs, options=TermOptions(min_freq=2, min_docs=2, top=None))
    terms = by_term(found)
    cop = terms["co-production"]
    assert cop.freq == 5 and cop.docs == 2 and cop.words == 2
    assert sorted(f.lower() for f in cop.forms) == ["co production", "co-productions", "coproduction"]
    lmp = terms["labour market programmes"]
    assert lmp.freq == 4 and lmp.docs == 2 and set(lmp.forms) == {"labor market programs",
                                                                  "labour market programme"}
    assert term_key("Co-productions") == term_key("co production") == term_key("coproduction")
    assert term_key("labour market programme") == term_key("labor market programs")
    assert term_key("policies") == term_key("policy") and term_key("approaches") == term_key("approach")


def test_terms_candidates_stop_at_punctuation_numbers_stop_words_and_sentences():
    text = "Public management Reform agenda"
    found = extract_candidates(text, sentences=[(0, 17), (18, len(text))])
    assert "Public management" in found and "Reform agenda" in found and "management Reform" not in found
    found = extract_candidates("Lindsay et al. studied the 2010 welfare reform; benefit sanctions, in Zürich.")
    multi = {s for s in found if " " in s}
    assert multi == {"welfare reform", "benefit sanctions"}
    found = extract_candidates("Payment by results and welfare to work, not the cost of the reform of care.")
    multi = {s for s in found if " " in s or "-" in s}
    assert multi == {"Payment by results", "welfare to work", "reform of care"}
    found = extract_candidates("A co-production model of in-work support for e-government x y.")
    assert {"co-production model", "co-production", "in-work support", "e-government"} <= set(found)
    assert "co-production model of in-work support" not in found  # 7 words counting hyphenated parts: over 5
    assert "model of in-work support" in found and "x y" not in found  # single letters are not words


def test_terms_known_concepts_and_new_only():
    first = "It is street-level bureaucracy and New Public Management in Göteborg, or street-level bureaucracy."
    docs = docs_of([first],
                   ["As is Street Level Bureaucracy, or new public management, or the Gute Arbeit model."],
                   ["See street-level bureaucracies and the Gute Arbeit model."])
    concepts = load_lexicon()
    found = by_term(extract_terms(docs, concepts=concepts, options=TermOptions(min_freq=2, top=None)))
    assert found["street-level bureaucracy"].known == "street-level-bureaucracy"
    assert found["new public management"].known == "new-public-management"
    assert found["gute arbeit model"].known is None
    new = extract_terms(docs, concepts=concepts, options=TermOptions(min_freq=2, top=None, new_only=True))
    assert [t.term for t in new] == ["Gute Arbeit model"]
    mine = [Concept(id="gute-arbeit", label="Gute Arbeit", patterns=["gute arbeit models"])]
    found = by_term(extract_terms(docs, concepts=mine, options=TermOptions(min_freq=2)))
    assert found["gute arbeit model"].known == "gute-arbeit" and found["street-level bureaucracy"].known is None


def test_terms_thresholds_and_top():
    docs = docs_of(["Jobcentre Plus and Jobcentre Plus and Jobcentre Plus."], ["Universal Credit in Łódź."],
                   ["Universal Credit, and Jobcentre Plus."])
    assert [t.term for t in extract_terms(docs, options=TermOptions(top=None))] == ["Jobcentre Plus"]
    assert [t.term for t in extract_terms(docs, options=TermOptions(min_freq=2, top=None))] == [
        "Jobcentre Plus", "Universal Credit"]
    assert extract_terms(docs, options=TermOptions(min_freq=2, min_docs=3)) == []
    assert len(extract_terms(docs, options=TermOptions(min_freq=1, min_docs=1, top=1))) == 1


def test_terms_store_ignores_reference_entries_and_other_languages(store):
    def doc(doc_id, year, passages):
        return Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", year=year, text="",
                        passages=[Passage(index=i, kind=kind, text=text, language=lang, sentences=[])
                                  for i, (kind, text, lang) in enumerate(passages)])

    store.write_document(doc("a", 2015, [
        ("heading", "Naïve realism", "en"),
        ("body", "This is naïve realism in welfare reform.", "en"),
        ("reference", "Smith, J. (2001) Benefit sanctions. Benefit sanctions. Benefit sanctions.", "en"),
        ("abstract", "La co-production des services publics. Les services publics.", "fr")]), root="corpus", size=0,
        mtime=0)
    store.write_document(doc("b", 2012, [
        ("body", "Naïve realism, and welfare reform.", None),
        ("footnote", "On welfare reform.", "en"),
        ("reference", "Jones, K. (2003) Benefit sanctions and services publics.", "en"),
        ("body", "Les services publics et la co-production.", "fr")]), root="corpus", size=0, mtime=0)
    loaded = list(load_term_documents(store))
    assert [(d, y, len(p)) for d, y, p in loaded] == [("a", 2015, 2), ("b", 2012, 2)]
    found = by_term(find_corpus_terms(store, options=TermOptions(top=None)))
    assert set(found) == {"naïve realism", "welfare reform"}
    assert found["naïve realism"].first_year == 2012 and found["naïve realism"].freq == 3
    assert found["welfare reform"].freq == 3 and found["welfare reform"].docs == 2


def test_terms_yaml_round_trips_through_load_lexicon(tmp_path):
    found = [Term("Naïve realism", 2, 9, 4, 2003, 9.0, 7.5, forms=["naive realism"]),
             Term("co-production", 2, 30, 6, 2011, 28.9, 23.0, known="co-production"),
             Term("Local Partnership", 2, 5, 3, None, 5.0, 4.0),
             Term("local-partnership", 2, 4, 3, 2010, 4.0, 3.0, forms=['the "quoted: form"']),
             Term("localism", 2, 4, 2, 2010, 4.0, 3.0)]
    lexicon = load_lexicon()
    text = build_lexicon_yaml(found, taken=[c.id for c in lexicon])
    assert "# already in the lexicon as co-production" in text and "first seen undated" in text
    path = tmp_path / "candidates.yaml"
    path.write_text(text, encoding="utf-8")
    merged = load_lexicon(extra=path)
    added = {c.id: c for c in merged if c.group == "candidate"}
    assert set(added) == {"naive-realism", "local-partnership", "local-partnership-2", "localism-2"}
    assert added["naive-realism"].label == "Naïve realism"
    assert added["naive-realism"].patterns[:2] == ["naïve realism", "naive realism"]
    assert added["local-partnership-2"].patterns == ["local-partnership", "local partnership", "localpartnership",
                                                     'the "quoted: form"']
    assert {c.id: c for c in merged}["co-production"].group != "candidate"  # never replaces a lexicon concept
    assert len(merged) == len(lexicon) + 4
    empty = tmp_path / "empty.yaml"
    empty.write_text(build_lexicon_yaml([]), encoding="utf-8")
    assert len(load_lexicon(extra=empty)) == len(lexicon)
    assert slugify("Sørensen's naïve model") == "sorensen-s-naive-model" and slugify("„…“") == "term"


def test_terms_nlp_without_a_trained_pipeline_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(terms_module, "PIPELINES", ("litmine_no_such_pipeline",))
    with pytest.raises(LitmineError, match="--nlp needs a trained English spaCy pipeline"):
        extract_terms(docs_of(["Street-level bureaucracy."]), options=TermOptions(nlp=True))


def test_terms_nlp_path_keeps_nouns_at_the_end():
    try:
        nlp = terms_module.load_english_pipeline()
    except LitmineError:
        pytest.skip("no trained English spaCy pipeline installed")
    found = extract_candidates("Advisers quickly interviewed unemployed claimants about payment by results in "
                               "Malmö.", nlp=nlp)
    assert "payment by results" in found and "unemployed claimants" in found
    assert not any(s.endswith("unemployed") or s.startswith("quickly") for s in found)
    docs = docs_of(["This is new public management."], ["So is new public management in Århus."])
    assert [t.term for t in extract_terms(docs, options=TermOptions(min_freq=2, nlp=True))] == [
        "new public management"]
