"""Split words, thresholds before nesting, `terms --like` and the checked translations."""

import math

import pytest
from tests.conftest import Runner

from litmine.cli import app
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.concepts.similar import find_concept, like_yaml, suggest_like
from litmine.concepts.terms import TermOptions, extract_terms

runner = Runner()


def docs_of(*texts_by_doc):
    return [(f"d{i}", 2010 + i, [(t, []) for t in texts]) for i, texts in enumerate(texts_by_doc)]


def by_term(found):
    return {t.term.lower(): t for t in found}


def test_terms_split_words_are_rejoined_not_counted_as_two_word_terms():
    docs = docs_of(["The effi ciency of services in Malmö.", "Efficiency and more efficiency of services.",
                    "The fi nancial crisis."],
                   ["Energy effi ciency gains matter; energy efficiency gains matter.", "A financial crisis."],
                   ["Energy efficiency gains, and the financial crisis in Zürich."])
    found = by_term(extract_terms(docs, options=TermOptions(min_freq=2, top=None)))
    assert "efficiency" not in found and "effi ciency" not in found  # a word, not a two-word term
    assert found["energy efficiency gains"].freq == 3 and found["energy efficiency gains"].words == 3
    assert found["energy efficiency gains"].forms == []
    assert found["financial crisis"].freq == 3
    assert all(t.words >= 2 and (" " in t.term or "-" in t.term) for t in found.values())
    assert found["financial crisis"].forms == [] and found["financial crisis"].words == 2
    # without the repair the split spellings are forms of their own (of more words)
    raw = by_term(extract_terms(docs, options=TermOptions(min_freq=2, top=None, rejoin=False)))
    assert raw["energy efficiency gains"].forms == ["Energy effi ciency gains"]
    assert raw["financial crisis"].forms == ["fi nancial crisis"]


def test_terms_words_are_those_of_the_form_the_text_mostly_writes():
    # "interest" is written closed up 3 times and with a line-break hyphen once: a word, not a two-word term
    docs = docs_of(["Their interest, our interest.", "An inter-est in Malmö."], ["Public interest."],
                   ["The data base and the database; databases too.", "A data base.",
                    "Data, more data, a base, the base."])  # "data" and "base" are words: no split word
    found = by_term(extract_terms(docs, options=TermOptions(min_freq=2, min_docs=1, top=None)))
    assert "interest" not in found and "inter-est" not in found
    assert found["data base"].words == 2 and found["data base"].freq == 4


def test_terms_prefix_written_apart_is_no_split_word():
    docs = docs_of(["Co production and coproduction, co production again."],
                   ["Production of services and production of goods, coproduction and co production."])
    found = by_term(extract_terms(docs, options=TermOptions(min_freq=2, top=None)))
    assert found["co production"].words == 2 and found["co production"].freq == 5
    # a pair the corpus also hyphenates is a compound, however rarely its parts stand alone
    docs = docs_of(["Coproduction; co production.", "Co-production in Łódź."], ["Co production, coproduction."])
    found = by_term(extract_terms(docs, options=TermOptions(min_freq=2, top=None)))
    assert found["co production"].freq == 5 and found["co production"].words == 2


def test_terms_threshold_applies_before_nesting():
    # "public management" 4 times alone, once inside "new public management" (below --min-freq 2)
    docs = docs_of(["Public management reform. On public management.", "Public management, in Łódź."],
                   ["The new public management.", "Public management again."])
    found = by_term(extract_terms(docs, options=TermOptions(min_freq=2, top=None)))
    assert set(found) == {"public management"}
    # no longer candidate counts: C = log2(2) * f(a), not f(a) - f(new public management)
    assert found["public management"].cvalue == pytest.approx(5.0)
    # a string only ever inside a longer string that falls below the threshold is a candidate of its own
    docs = docs_of(["Ein Beispiel: the welfare regime typology.", "The welfare regime."],
                   ["A welfare regime."])
    found = by_term(extract_terms(docs, options=TermOptions(min_freq=2, top=None)))
    assert found["welfare regime"].cvalue == pytest.approx(math.log2(2) * 3)
    low = by_term(extract_terms(docs, options=TermOptions(min_freq=1, min_docs=1, top=None)))
    assert low["welfare regime"].cvalue == pytest.approx(3 - 1)  # nested in a candidate above the threshold


SMALL = [
    "Co-production of services means citizens and professionals working together.",
    "Coproduction with service users changed the Jobcentre in Göteborg.",
    "The co production of support plans was praised by service users.",
    "Service users and professionals co-produce plans; user co-production grows.",
    "Citizen co-production of public services is rare; citizen co-production is praised.",
    "The budget of the Jobcentre fell in 2012.", "Winter in Malmö is cold and dark.",
    "Public services were cut again.", "The ministry published a report on the budget.",
]


def test_terms_like_suggests_forms_phrases_and_cooccurring_words_on_a_small_corpus():
    docs = [(f"d{i}", 2010, [(t, [])]) for i, t in enumerate(SMALL)]
    concept = find_concept(load_lexicon(), "Co-production")
    result = suggest_like(docs, concept, min_freq=2)
    assert result.method == "co-occurrence" and "too small" in result.note
    forms = {s.phrase: s for s in result.suggestions if s.kind == "form"}
    assert {"co-production", "coproduction", "co production", "co-produce"} <= set(forms)
    assert forms["co-production"].freq == 4 and "[Co-production]" in forms["co-production"].sample
    phrases = {s.phrase: s for s in result.suggestions if s.kind == "phrase"}
    assert "citizen co-production" in phrases and phrases["citizen co-production"].freq == 2
    assert "user co-production" not in phrases  # already a pattern
    neighbours = {s.phrase for s in result.suggestions if s.kind == "neighbour"}
    assert {"users", "service"} <= neighbours and "co-production" not in neighbours
    text = like_yaml(result)
    assert '  - "citizen co-production"  # phrase: freq 2, docs 1' in text
    assert text.splitlines()[0].startswith("# litmine terms --like co-production (Co-production)")


def test_terms_like_word2vec_is_seeded_and_repeatable(monkeypatch):
    from litmine.concepts import similar

    monkeypatch.setattr(similar, "MIN_WORDS", 100)
    monkeypatch.setattr(similar, "MIN_MENTIONS", 3)
    docs = [(f"d{i}", 2010, [(t, []) for t in SMALL * 4]) for i in range(3)]
    concept = find_concept(load_lexicon(), "co-production")
    first = suggest_like(docs, concept, min_freq=2)
    again = suggest_like(docs, concept, min_freq=2)
    assert first.method == "word2vec" and "Word2Vec" in first.note
    assert [(s.phrase, s.score) for s in first.suggestions] == [(s.phrase, s.score) for s in again.suggestions]
    assert any(s.kind == "neighbour" for s in first.suggestions)


@pytest.mark.slow
def test_terms_like_cli_prints_a_patterns_block(ingested_files):
    db = ingested_files({f"paper{i}.txt": f"Paper {i}\n\n{text}\n" for i, text in enumerate(SMALL)})
    result = runner.invoke(app, ["terms", "--db", db, "--like", "co-production", "--min-freq", "2"])
    assert result.exit_code == 0, result.output
    assert "# litmine terms --like co-production" in result.output and "\npatterns:\n" in result.output
    assert '  - "citizen co-production"' in result.output
    other = runner.invoke(app, ["terms", "--db", db, "--like", "peer mentoring"])
    assert other.exit_code == 0 and "forms seen: none" in other.output


def test_terms_removed_translations_no_longer_match():
    matcher = ConceptMatcher(load_lexicon())
    found = matcher.find_mentions([
        "Las alianzas militares y el sector terciario crecen.",  # alliances; the services sector
        "Die Partnerschaft und die Ehe; die Aktivierung des Kontos.",  # a couple; an account's activation
        "El tercer sector y el trabajo en partenariado; im Dritten Sektor.",
    ])
    surfaces = {(m.concept, m.surface.lower()) for ms in found for m in ms}
    assert not any(s in {"alianzas", "sector terciario", "partnerschaft", "aktivierung"} for _, s in surfaces)
    assert ("third-sector", "tercer sector") in surfaces and ("third-sector", "dritten sektor") in surfaces
    assert ("partnership-working", "partenariado") in surfaces


def test_terms_like_leaves_out_candidates_rejected_as_another_sense(corpus, tmp_path):
    from litmine.concepts.similar import corpus_like
    from litmine.store import Store

    root = corpus({
        "field.txt": "Markets in Malmö\n\nEva Sørensen\n\nIntroduction\n\nPrivate providers and a contractor competed "
                     "in the employment services market of Malmö.\n",
        "house.txt": "Drains in Årdal\n\nJon Berg\n\nIntroduction\n\nA licensed contractor emptied the cesspool. "
                     "The contractor came back twice in Årdal.\n",
    })
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["ingest", str(root), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    store = Store(db)
    concept = find_concept(load_lexicon(), "contracting-out")
    assert sum(r["concept"] == "contracting-out" for r in store.rejection_rows()) == 2
    forms = {s.phrase.lower(): s for s in corpus_like(store, concept).suggestions if s.kind == "form"}
    assert forms["contractor"].freq == 1 and forms["contractor"].docs == 1
    assert "employment services" in forms["contractor"].sample
    store.close()


@pytest.mark.slow
def test_terms_like_readme_example_holds_on_the_demo_corpus(tmp_path):
    """The README's `terms --like co-production --top 5` example is what litmine prints on the demo corpus (the
    README shortens the sample contexts, so each line is compared up to its context)."""
    import re

    from tests.conftest import ROOT, Runner

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("litmine terms --like co-production --top 5\n```")
    example = re.search(r"```yaml\n(.*?)```", readme[start:], re.DOTALL).group(1).splitlines()
    db = str(tmp_path / "l.db")
    run = Runner()
    assert run.invoke(app, ["ingest", str(ROOT / "corpus"), "--db", db]).exit_code == 0
    out = run.invoke(app, ["terms", "--like", "co-production", "--top", "5", "--db", db]).stdout.splitlines()
    for line in example:
        fixed = re.split(r": …|: \.\.\.", line)[0]
        assert any(row.startswith(fixed) for row in out), fixed
