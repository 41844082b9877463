import json
import os
import subprocess
import sys

import pytest

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.tagging import ensure_mentions
from litmine.errors import LitmineError
from litmine.models import Document, Mention, Passage
from litmine.store import Store
from litmine.topics.preprocess import PIPELINE_VERSION, build_topic_corpus, load_stopwords, tokenize_for_topics
from tests.conftest import ROOT

LONG = ("Advisers in Łódź and Århus described how the employment services for jobseekers were organised, who "
        "designed the local programmes, how participants experienced the interviews, and why the welfare "
        "offices changed their routines after the reform of unemployment benefits in the region.")


def document(doc_id, *passages, year=2018, title="Título"):
    """A document from (kind, text, language) triples, or plain texts (English body text)."""
    ps = []
    for i, p in enumerate(passages):
        kind, text, language = p if isinstance(p, tuple) else ("body", p, "en")
        ps.append(Passage(index=i, kind=kind, text=text, start=0, end=len(text), language=language,
                          sentences=[(0, len(text))]))
    return Document(id=doc_id, path=f"corpus/{doc_id}.txt", format="txt", title=title, year=year,
                    text="\n\n".join(p.text for p in ps), passages=ps)


def fill(store, *docs, tag=True):
    for d in docs:
        store.write_document(d, root="corpus", size=1, mtime=1)
    if tag:
        ensure_mentions(store, load_lexicon())
    return store


def test_preprocess_lemmas_lower_case_and_stop_words():
    text = ("The Services were produced by local Councils, and the policies' analyses were studied. "
            "Data criteria: number of children.")
    assert tokenize_for_topics(text) == ["service", "produce", "local", "council", "policy", "analysis", "study",
                                         "data", "criterion", "number", "child"]


def test_preprocess_boilerplate_numbers_links_and_callouts_are_dropped():
    text = ("See Figure 3 and Table 2 in the Journal article (pp. 101-118; ibid., vol. 14), https://doi.org/10.1/x "
            "doi:10.5555/jlep.2009.014, www.gov.uk/work and kerr@example.ac.uk: in 1997, 45% of 2,300 claimants "
            "(Lindsay et al., 2015: 152) and Sørensen and Torfing (2011) found sanctions hit lone mothers (iii).")
    assert tokenize_for_topics(text) == ["claimant", "find", "sanction", "hit", "lone", "mother"]


def test_preprocess_hyphenated_words_and_ing_forms_keep_their_sense():
    text = ("Well-being of decision-makers in evidence-based, skills-led housing and training; "
            "self-employed people left behind—funding cuts.")
    assert tokenize_for_topics(text) == ["well-being", "decision-maker", "evidence-based", "skills-led", "housing",
                                         "training", "self-employed", "people", "left", "funding", "cut"]


def test_preprocess_non_ascii_words_are_kept():
    assert tokenize_for_topics("Die Jobcenter in Łódź, Århus und Göteborg: Sørensen’s Bürgerbeteiligung.") == [
        "die", "jobcenter", "łódź", "århus", "und", "göteborg", "sørensen", "bürgerbeteiligung"]


def test_preprocess_stop_list_is_data():
    data, digest = load_stopwords()
    assert {"ibid", "journal", "pp", "doi", "figure"} <= data["stopwords"]
    assert not {"research", "university", "policy", "data"} & data["stopwords"]  # words researchers need
    assert data["lemmas"]["data"] == "data" and len(digest) == 64


def test_preprocess_stop_list_unreadable_names_the_file(tmp_path):
    bad = tmp_path / "stop.yaml"
    bad.write_text("stopwords: [unclosed", encoding="utf-8")
    with pytest.raises(LitmineError, match="stop.yaml"):
        load_stopwords(bad)


def test_preprocess_concept_mentions_become_one_token(store):
    text = ("Co-production of employment services and New Public Management (NPM) reforms reshaped the third "
            "sector; NPM left co-produced services to voluntary providers.")
    fill(store, document("d1", text))
    corpus = build_topic_corpus(store, phrases=False)
    assert corpus.tokens == [["co-production", "employment", "service", "new-public-management", "reform",
                              "reshape", "third-sector", "new-public-management", "left", "co-production",
                              "service", "voluntary", "provider"]]
    assert corpus.concept_terms == {"co-production": "co-production", "new-public-management": "new-public-management",
                                    "third-sector": "third-sector"}
    assert corpus.units == [{"doc_id": "d1", "passage_id": None, "year": 2018, "title": "Título"}]


def test_preprocess_tokenize_takes_mentions_by_offset():
    text = "Payment by results shaped contracts."
    assert tokenize_for_topics(text, mentions=[(0, 18, "payment-by-results")]) == ["payment-by-results", "shape",
                                                                                   "contract"]


def test_preprocess_references_and_other_languages_are_left_out_unless_asked(store):
    fill(store, document("d1", "Jobseekers met advisers weekly.",
                         ("body", "Arbeitslose trafen Vermittler wöchentlich.", "de"),
                         ("body", "Claimants attended workshops.", None),
                         ("reference", "Kerr, M. (2009) Partnership and employability, Bristol: Policy Press.", "en")))
    assert build_topic_corpus(store).tokens == [["jobseeker", "meet", "adviser", "weekly", "claimant", "attend",
                                                 "workshop"]]
    with_refs = build_topic_corpus(store, references=True).tokens[0]
    assert with_refs[7:] == ["kerr", "partnership-working", "employability", "bristol", "policy", "press"]
    german = build_topic_corpus(store, languages=("en", "de")).tokens[0]
    assert "arbeitslose" in german and "wöchentlich" in german
    assert build_topic_corpus(store, languages=None).tokens == [german]


def test_preprocess_passage_units_drop_short_passages(store):
    fill(store, document("d1", ("heading", "Local employment services", "en"), LONG, LONG.upper(), year=2009,
                         title="Advisers"), document("d2", "Too short to count.", year=None))
    corpus = build_topic_corpus(store, unit="passage")
    ids = {p.index: p.id for p in store.iter_passages("d1")}
    assert corpus.units == [{"doc_id": "d1", "passage_id": ids[1], "year": 2009, "title": "Advisers"},
                            {"doc_id": "d1", "passage_id": ids[2], "year": 2009, "title": "Advisers"}]
    assert corpus.tokens[0] == corpus.tokens[1] and len(corpus.tokens[0]) >= 20
    documents = build_topic_corpus(store)
    assert [u["doc_id"] for u in documents.units] == ["d1", "d2"] and documents.units[1]["year"] is None
    assert documents.tokens[0][:3] == ["local", "employment", "service"]


def test_preprocess_phrases_form_for_a_repeated_bigram_but_never_take_a_concept(store):
    words = ["arrears", "rents", "debts", "worries", "costs", "queues"]
    texts = [f"Universal Credit brought {a} to Łódź; co-production workshops, and {b} fell." for a, b in
             zip(words, words[1:] + words[:1])]
    fill(store, *(document(f"d{i}", t) for i, t in enumerate(texts)))
    corpus = build_topic_corpus(store)
    assert corpus.tokens[0] == ["universal_credit", "bring", "arrears", "łódź", "co-production", "workshop",
                                "rent", "fall"]
    assert build_topic_corpus(store, phrases=False).tokens[0][:2] == ["universal", "credit"]
    assert tokenize_for_topics("Universal Credit rose.", phrases=corpus.phrases, options=corpus.options) == [
        "universal_credit", "rise"]
    assert tokenize_for_topics("Universal Credit rose.") == ["universal", "credit", "rise"]
    assert tokenize_for_topics("Universal\n\nCredit rose.", phrases=corpus.phrases) == ["universal", "credit", "rise"]


@pytest.mark.slow
def test_preprocess_is_deterministic(store, tmp_path):
    docs = [document(f"d{i}", LONG, "Universal Credit and co-production of local services. " * (i + 2))
            for i in range(4)]
    fill(store, *docs)
    first, second = build_topic_corpus(store), build_topic_corpus(store)
    assert first.tokens == second.tokens and first.fingerprint == second.fingerprint
    db = tmp_path / "s.db"
    fill(Store(db), *docs).close()
    script = ("import json, sys; from litmine.store import Store; from litmine.topics.preprocess import "
              "build_topic_corpus as b; c = b(Store(sys.argv[1])); print(json.dumps([c.tokens, c.fingerprint]))")
    runs = [subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, check=True,
                           cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert runs[0] == runs[1] and json.loads(runs[0]) == [first.tokens, first.fingerprint]


@pytest.mark.slow
def test_preprocess_fingerprint_follows_text_mentions_and_options(store):
    fill(store, document("d1", "Co-production of services."), tag=False)
    before = build_topic_corpus(store)
    assert build_topic_corpus(store, unit="passage").fingerprint != before.fingerprint
    ensure_mentions(store, load_lexicon())
    tagged = build_topic_corpus(store)
    assert tagged.fingerprint != before.fingerprint and tagged.tokens == [["co-production", "service"]]
    store.write_document(document("d1", "Co-production of services."), root="corpus", size=2, mtime=2)
    ensure_mentions(store, load_lexicon(), force=True)
    assert build_topic_corpus(store).fingerprint == tagged.fingerprint  # re-ingested, passage ids changed
    store.write_document(document("d1", "Co-production of public services."), root="corpus", size=3, mtime=3)
    ensure_mentions(store, load_lexicon(), force=True)
    assert build_topic_corpus(store).fingerprint != tagged.fingerprint


def test_preprocess_options_and_bad_arguments(store):
    corpus = build_topic_corpus(store)
    assert corpus.units == [] and corpus.tokens == [] and corpus.options["pipeline"] == PIPELINE_VERSION
    assert json.loads(json.dumps(corpus.options)) == corpus.options
    with pytest.raises(LitmineError, match="unknown topic unit 'sentence'"):
        build_topic_corpus(store, unit="sentence")
    with pytest.raises(LitmineError, match="train it again"):
        tokenize_for_topics("Services.", options={"pipeline": PIPELINE_VERSION + 1})


def test_preprocess_hand_made_mentions_in_a_store(store):
    fill(store, document("d1", "Quasi markets and contracting shaped provision."), tag=False)
    p = next(store.iter_passages("d1"))
    store.replace_mentions("d1", [Mention("quasi-markets", 0, 12, "Quasi markets", passage_id=p.id, doc_id="d1")],
                           [], lexicon="test", words=6)
    corpus = build_topic_corpus(store)
    assert corpus.tokens == [["quasi-markets", "contracting", "shape", "provision"]]
    assert corpus.concept_terms == {"quasi-markets": "quasi-markets"}


class _JoinRepeats:
    """A stand-in phrase model that joins a word repeated twice, as Phrases learns from a banner printed twice."""

    def __getitem__(self, run):
        out, i = [], 0
        while i < len(run):
            if i + 1 < len(run) and run[i] == run[i + 1]:
                out.append(f"{run[i]}_{run[i]}")
                i += 2
            else:
                out.append(run[i])
                i += 1
        return out


def test_preprocess_a_word_repeated_is_not_a_phrase():
    tokens = tokenize_for_topics("Versiononline versiononline: Bürgerbeteiligung in der Kommune.", phrases=_JoinRepeats())
    assert "versiononline_versiononline" not in tokens and tokens.count("versiononline") == 1


def test_preprocess_lemma_table_gives_the_lemmas_of_spacys_lookup_lemmatizer():
    """The words' lemma table, read as the plain dict it is saved as (preprocess.lemma_table), gives every word the
    lemma spaCy's "lookup" lemmatizer's table gives it (a spaCy Table, keys hashed): the table's own words, their
    lemmas, spaCy's symbol names ("number" is one) and other words."""
    import random
    import string

    import spacy
    from spacy.symbols import IDS

    from litmine.topics.preprocess import lemma_table

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    plain = lemma_table()
    assert type(plain) is dict and len(plain) == len(table) > 40000
    rnd = random.Random(18)
    probes = [*plain, *plain.values(), *IDS, *(k.lower() for k in IDS), "", "Services", "housing", "datum"]
    probes += ["".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(1, 9))) for _ in range(20000)]
    assert [plain.get(w, w) for w in probes] == [table.get(w, w) for w in probes]
