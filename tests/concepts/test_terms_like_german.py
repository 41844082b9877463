"""`terms --like` on German passages (litmine/concepts/similar_german.py): the concept's German forms on German
stems (case forms are one form), compounds holding a form, adjective-noun phrases with a form's noun, neighbours;
`--language` and its automatic choice. Every sentence is hand-written."""

import pytest
from tests.conftest import Runner

from litmine.cli import app
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.similar import corpus_language, find_concept, like_yaml
from litmine.concepts.similar_german import german_forms, suggest_like_german
from litmine.models import Concept

runner = Runner()

GERMAN = [
    "Die freien Träger der Jugendhilfe arbeiten eng mit der Kommune zusammen, und die Kooperationsdichte ist hoch.",
    "Viele Aufgaben übernehmen die freien Träger, und die kommunalen Träger sind seltener geworden.",
    "Der Anteil der Vereine an den Trägern ist gestiegen, und die Kooperationsdichte zwischen Amt und Verein auch.",
    "In der Stadt sind die kommunalen Träger und die Wohlfahrtsverbände die größten Arbeitgeber im Sozialbereich.",
    "Die Vereinbarung zwischen den Parteien wurde vereinzelt kritisiert, und die Vereinbarkeit bleibt schwierig.",
]


def docs(*texts):
    return [(f"d{i}", 2020, [(t, [])]) for i, t in enumerate(texts)]


def test_german_forms_are_matched_on_stems_and_as_compounds():
    forms = german_forms(Concept(id="x", label="X", patterns=["freie Träger", "Netzwerk", "*partnerschaft"],
                                 ambiguous=["Netzwerk"]))
    stems = ["die", "frei", "trag"]
    assert forms.phrase_at(stems, 1) == 2 and forms.phrase_at(stems, 0) == 0
    assert forms.compound("Sicherheitspartnerschaften")  # a "*" part the matcher reads
    assert not forms.compound("Sicherheitsnetzwerke")  # an ambiguous form: the matcher reads no compound of it
    assert forms.part_of("Sicherheitsnetzwerke") and forms.part_of("Netzwerk-Kontakte")
    assert not forms.part_of("Netzwerkkontakte") and not forms.part_of("Netzwerk")


def test_german_like_lists_case_forms_compounds_and_phrases():
    concept = Concept(id="x", label="X", patterns=["freie Träger", "Kooperation", "Verein"],
                      ambiguous=["Kooperation", "Verein"])
    result = suggest_like_german(docs(*GERMAN), concept, min_freq=2)
    kinds = {(s.kind, s.phrase) for s in result.suggestions}
    assert ("form", "freien träger") in kinds  # "der freien Träger", "die freien Träger": one stem key
    assert ("compound", "Kooperationsdichte") in kinds  # a compound of an ambiguous form, twice
    assert ("phrase", "kommunalen Träger") in kinds  # an adjective before a form's noun, twice
    # words that only start with a form's letters are no compounds of it
    assert not {p for k, p in kinds if k == "compound"} & {"Vereinbarung", "vereinzelt", "Vereinbarkeit"}
    assert result.method == "co-occurrence" and result.note.startswith("German passages")
    assert "# compound: freq 2, docs 2" in like_yaml(result)


def test_german_like_neighbours_leave_out_function_words():
    concept = Concept(id="x", label="X", patterns=["freie Träger"])
    text = "Die freien Träger und die Jugendhilfe sind in der Stadt wichtig, und die Jugendhilfe wächst."
    other = "Die Stadt ist im Winter still, und der Haushalt der Gemeinde ist knapp."
    result = suggest_like_german(docs(*[text] * 4, *[other] * 4), concept, min_freq=2)
    neighbours = [s.phrase for s in result.suggestions if s.kind == "neighbour"]
    assert "jugendhilfe" in neighbours
    assert not {"und", "die", "der", "sind", "in"} & set(neighbours)


def test_german_like_of_the_default_lexicon_reads_its_translations():
    concept = find_concept(load_lexicon(), "third-sector")
    result = suggest_like_german(docs("Die Arbeit der Wohlfahrtsverbände und des Dritten Sektors ist wichtig.",
                                      "Die Spitzenwohlfahrtsverbände und der Dritte Sektor verhandeln mit dem Land."),
                                 concept)
    forms = {s.phrase for s in result.suggestions if s.kind == "form"}
    assert {"wohlfahrtsverbände", "dritten sektors", "spitzenwohlfahrtsverbände", "dritte sektor"} <= forms


@pytest.mark.slow
def test_terms_like_cli_reads_german_passages(ingested_files):
    db = ingested_files({f"papier{i}.txt": f"Papier {i}\n\n{text} {text}\n" for i, text in enumerate(GERMAN)})
    from litmine.store import Store

    store = Store(db)
    assert corpus_language(store) == "de"
    store.close()
    auto = runner.invoke(app, ["terms", "--db", db, "--like", "third-sector", "--min-freq", "2"])
    assert auto.exit_code == 0, auto.output
    assert "German passages" in auto.output and '"freien träger"' in auto.output
    english = runner.invoke(app, ["terms", "--db", db, "--like", "third-sector", "--language", "en"])
    assert english.exit_code == 0 and "forms seen: none" in english.output
    bad = runner.invoke(app, ["terms", "--db", db, "--like", "third-sector", "--language", "fr"])
    assert bad.exit_code != 0


def test_german_like_forms_seen_leave_out_excluded_compounds():
    concept = Concept(id="x", label="X", patterns=["eingliederungs*"], ambiguous=["eingliederungs*"],
                      exclude=["eingliederungsmanagement"])
    result = suggest_like_german(docs("Das Eingliederungsmanagement der Firma und die Eingliederungsquote der "
                                      "Arbeitslosen sind Themen."), concept)
    assert [s.phrase for s in result.suggestions if s.kind == "form"] == ["eingliederungsquote"]
