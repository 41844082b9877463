"""German concept matching (issue 12): inflected forms on German stems, compounds by their parts, and the compounds
and senses that are not the concept. Every sentence is hand-written."""

import pytest

from litmine.concepts.german import GermanPhrases, has_part, is_german, part_key, stem
from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.concepts.prefilter import PhraseFilter, fold
from litmine.models import Concept


def found(matcher, text):
    return [(m.concept, m.surface) for m in matcher.find_mentions([text])[0]]


@pytest.mark.parametrize("words", [
    ("aktivierende", "aktivierenden", "aktivierender", "Aktivierendes"),
    ("Sektor", "Sektors", "Sektoren"),
    ("Netzwerk", "Netzwerke", "Netzwerken", "Netzwerks", "Netzwerkes"),
    ("Partnerschaft", "Partnerschaften"),
    ("Alleinerziehende", "Alleinerziehender", "Alleinerziehenden", "Alleinerzieherin", "Alleinerzieherinnen"),
    ("Wohlfahrtsverband", "Wohlfahrtsverbände", "Wohlfahrtsverbänden", "Wohlfahrtsverbandes"),
    ("Straße", "Strasse", "Straßen"),
])
def test_german_stem_joins_case_and_number_forms(words):
    assert len({stem(w) for w in words}) == 1


def test_german_stem_is_a_prefix_of_the_folded_word():
    for w in ("Wohlfahrtsverbände", "Straße", "Partnerschaften", "Alleinerzieherinnen", "Aktivierungspolitiken"):
        assert fold(w).startswith(stem(w))


def test_german_passages_are_told_from_english_ones():
    assert is_german(fold("Der Dritte Sektor und die Wohlfahrtsverbände sind nicht dasselbe."))
    assert not is_german(fold("The third sector and the state: die-hard views on the voluntary sector."))


@pytest.mark.parametrize("text, concept, surface", [
    ("Die aktivierenden Arbeitsmarktpolitiken der Länder sind nicht neu.", "activation",
     "aktivierenden Arbeitsmarktpolitiken"),
    ("Die Rolle des Dritten Sektors wird in der Debatte oft übersehen.", "third-sector", "Dritten Sektors"),
    ("Im Dritten Sektor arbeiten viele Menschen ohne Lohn und ohne Vertrag.", "third-sector", "Dritten Sektor"),
    ("Die Politiknetzwerken der Länder und des Bundes wurden beschrieben.", "network-governance",
     "Politiknetzwerken"),
    ("Sie sprechen vom Aktivierenden Staat, der fordert und fördert, und von der Reform.", "activation",
     "Aktivierenden Staat"),
    ("Der Anteil der Alleinerzieherinnen ist in der Stadt höher als auf dem Land.", "lone-parents",
     "Alleinerzieherinnen"),
])
def test_german_inflected_forms_are_found(matcher, text, concept, surface):
    assert (concept, surface) in found(matcher, text)


@pytest.mark.parametrize("text, concept, surface", [
    ("Die Drittsektororganisationen und die Spitzenwohlfahrtsverbände sind nicht gleich.", "third-sector",
     "Drittsektororganisationen"),
    ("Die Drittsektororganisationen und die Spitzenwohlfahrtsverbände sind nicht gleich.", "third-sector",
     "Spitzenwohlfahrtsverbände"),
    ("Der Anteil der Alleinerziehendenhaushalte ist in der Stadt gestiegen.", "lone-parents",
     "Alleinerziehendenhaushalte"),
    ("Die Sicherheitspartnerschaften zwischen Polizei und Kommunen werden ausgebaut.", "partnership-working",
     "Sicherheitspartnerschaften"),
    ("Die Aktivierungsstrategie der Jobcenter richtet sich an Langzeitarbeitslose und wird kritisiert.",
     "activation", "Aktivierungsstrategie"),
    ("Die Mehrebenenverflechtung zwischen der EU, dem Bund und den Ländern wird untersucht.",
     "multi-level-governance", "Mehrebenenverflechtung"),
    ("Das Kontraktmanagementsystem der Stadt ist ein Teil der Reform und wird bewertet.", "contracting-out",
     "Kontraktmanagementsystem"),
])
def test_german_compounds_are_found_by_their_parts(matcher, text, concept, surface):
    assert (concept, surface) in found(matcher, text)


@pytest.mark.parametrize("text", [
    "Die Lebenspartnerschaft ist seit 2001 im Gesetz geregelt und wird von den Paaren genutzt.",
    "Das Lebenspartnerschaftsgesetz wurde von der Regierung und dem Bundestag geändert.",
    "Die Städtepartnerschaft mit der Stadt in Frankreich besteht seit vielen Jahren.",
    "In der Partnerschaft der Eheleute wird die Hausarbeit ungleich verteilt, wie die Daten zeigen.",
    "Die Netzwerkanalyse der Daten zeigt, dass die Netzwerke der Migranten dicht sind.",
    "Die Aktivierungsenergie der Reaktion ist hoch, und die Aktivierung der Enzyme wird gemessen.",
    "Die Mehrebenenanalyse zeigt Effekte auf der Ebene der Schulen und der Klassen.",
    "Die Dezentralisierung der Energieversorgung durch Solaranlagen ist ein Trend in der Wirtschaft.",
    "Die Auslagerung der Produktion nach Asien ist für die Unternehmen günstig und wird fortgesetzt.",
    "Die Sanktionen gegen Russland wurden von der EU und den USA verschärft.",
    "Der Anteil der Nichtalleinerziehenden wird mit den Daten des Mikrozensus verglichen.",
])
def test_german_false_friends_and_excluded_compounds_are_not_mentions(matcher, text):
    assert found(matcher, text) == []


@pytest.mark.parametrize("text, concept", [
    ("Die Dezentralisierung der Aufgaben auf die Kommunen wird von den Ländern vorangetrieben.", "localism"),
    ("Die Auslagerung von Aufgaben der Verwaltung an private Anbieter ist in den Kommunen üblich.",
     "contracting-out"),
    ("Die Sanktionspraxis der Jobcenter gegenüber Arbeitslosen ist streng und wird kritisiert.",
     "benefit-sanctions"),
    ("Die Partnerschaft zwischen der Kommune und den freien Trägern wird von der Verwaltung gesteuert.",
     "partnership-working"),
    ("Die Steuerung durch Netzwerke statt durch Hierarchie ist das Thema der Forschung und des Buches.",
     "network-governance"),
])
def test_german_ambiguous_forms_count_with_german_cues(matcher, text, concept):
    assert concept in [c for c, _ in found(matcher, text)]


def test_german_cue_inside_a_compound_says_its_sense(matcher):
    # "Steuerung" (a cue of governance networks) inside the compound; "Muskel" is none, "Kommunalpartnerschaft" is
    # town twinning (excluded)
    assert found(matcher, "Die Steuerungsnetzwerke der Länder sind das Thema der Studie und des Buches.") == [
        ("network-governance", "Steuerungsnetzwerke")]
    assert found(matcher, "Die Sportnetzwerke der Länder sind das Thema der Studie und des Buches.") == []
    assert found(matcher, "Die Kommunalpartnerschaften mit Städten in Ghana sind das Thema der Studie.") == []


def test_german_compound_takes_its_parts_own_cues(matcher):
    rejected = []
    matcher.find_mentions(["Die Sanktionspraxis der Partei gegen Abweichler ist streng und wird kritisiert."],
                          rejections=rejected)
    assert [(r.concept, r.surface) for r in rejected] == [("benefit-sanctions", "Sanktionspraxis")]
    assert has_part(part_key("sanktions*"), "Sanktionspraxis") and not has_part("sanktions*", "Sanktionen")


def test_german_document_reads_its_short_texts_as_german(matcher):
    heading = "Sicherheitspartnerschaften in Kommunen"
    body = "Die Polizei und die Kommunen arbeiten in vielen Städten zusammen, wie die Studie der Länder zeigt."
    assert [[m.surface for m in ms] for ms in matcher.find_mentions([heading, body])] == [
        ["Sicherheitspartnerschaften"], []]
    assert matcher.find_mentions([heading]) == [[]]  # alone, too few German words to tell
    english = "The police and the councils work together in many towns, as the study of the regions shows."
    assert matcher.find_mentions([heading, english]) == [[], []]


def test_german_matching_stays_out_of_english_text(matcher):
    # the same compound in an English sentence: English text is matched as before, on English norms only
    assert found(matcher, "The report lists Sicherheitspartnerschaften and Spitzenwohlfahrtsverbände in Bonn.") == []


def test_german_parts_of_a_hand_made_lexicon():
    lexicon = [Concept(id="x", label="X", patterns=["wohlfahrtsverband", "*partnerschaft", "aktivierungs*"],
                       exclude=["lebenspartnerschaft"])]
    keys = {"pattern": 1, "exclude": 2}
    phrases = GermanPhrases(lexicon, lambda c, kind: keys[kind], lambda p: p.split())
    words = ["spitzenwohlfahrtsverbande", "lebenspartnerschaften", "aktivierungspolitik", "aktivierungen",
             "nichtwohlfahrtsverband"]
    got = phrases.matches(words, [stem(w) for w in words])
    assert sorted(got) == [(1, 0, 1), (1, 2, 3), (2, 1, 2)]  # no part in "aktivierungen", "nichtwohlfahrtsverband"


@pytest.mark.parametrize("texts", [
    ["Die aktivierenden Arbeitsmarktpolitiken und die Sicherheitspartnerschaften der Kommunen sind neu.",
     "Die Lebenspartnerschaft ist nicht die Partnerschaft der Verwaltung mit den freien Trägern."],
    ["Im Dritten Sektor und bei den Spitzenwohlfahrtsverbänden wird die Netzwerksteuerung untersucht.",
     "Die Straßen der Stadt und die Maßnahmen der Jobcenter für Alleinerzieherinnen sind das Thema."],
])
def test_german_prefilter_gives_the_same_mentions(texts):
    lexicon = load_lexicon()
    fast, full = ConceptMatcher(lexicon), ConceptMatcher(lexicon, prefilter=False)

    def run(m):
        rejected = []
        mentions = m.find_mentions(texts, rejections=rejected)
        return ([[(x.concept, x.start, x.end) for x in ms] for ms in mentions],
                sorted((r.concept, r.start, r.reason) for r in rejected))
    assert run(fast) == run(full) and run(fast)[0] != [[], []]


def test_german_prefilter_holds_every_stem_and_part(matcher):
    # each German phrase and compound part's stems are in the filter, and each is a substring of its folded word
    german_filter = matcher.german()[1]
    assert isinstance(german_filter, PhraseFilter) and not german_filter.always
    for word in ("Sicherheitspartnerschaften", "Aktivierungspolitik", "Spitzenwohlfahrtsverbänden"):
        assert german_filter.may_match(fold(f"Die {word} der Stadt"))
    assert not german_filter.may_match(fold("Die Stadt und der Fluss sind alt."))


_PIECES = ["Sicherheits", "partnerschaft", "en", "Lebens", "Dritte", "Sektor", "s", "Wohlfahrts", "verband",
           "Spitzen", "aktivierende", "Arbeitsmarkt", "politik", "Netzwerk", "analyse", "steuerung", "Mehrebenen",
           "verflechtung", "Alleinerzieh", "erinnen", "ende", "Straße", "Maßnahme", "Dezentralisierung", "Kommunen",
           "Jobcenter", "Sanktion", "Hierarchie", "Auslagerung", "Nicht", "Koproduktion", "Neue", "Steuerung"]
_GLUE = ["die", "der", "und", "das", "in", "von", "mit", ",", ".", "-", " "]


@pytest.mark.slow
def test_german_prefilter_gives_the_same_mentions_on_random_german_text():
    # random words glued from German pieces (inflections, compounds, ß, negations): the prefilter rules out no text
    # that the matcher would match
    import random

    rng = random.Random(12)
    lexicon = load_lexicon()
    fast, full = ConceptMatcher(lexicon), ConceptMatcher(lexicon, prefilter=False)
    texts = []
    for _ in range(150):
        words = []
        for _ in range(rng.randint(6, 18)):
            word = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3)))
            words += [word, rng.choice(_GLUE)]
        texts.append(" ".join(["Die", "und", "der"] + words))
    for text in texts:
        a, b = [], []
        got = fast.find_mentions([text], rejections=a), full.find_mentions([text], rejections=b)
        assert [[(m.concept, m.start, m.end) for m in ms] for ms in got[0]] == \
            [[(m.concept, m.start, m.end) for m in ms] for ms in got[1]], text
        assert sorted((r.concept, r.start, r.reason) for r in a) == sorted((r.concept, r.start, r.reason) for r in b)
    assert any(fast.find_mentions([t])[0] for t in texts)
