"""German policy networks (issue 12, session 30): a policy field's compound ("*politik", "*politisch") that modifies
a network form makes it Network governance (a policy network), as the adjective right before the form or the noun
of the phrase right after it; elsewhere in the sentence, or for a field whose actors are states, it is no evidence.
Every sentence is hand-written."""

import pytest

# a first sentence of the field's words, so that the passage reads as the field's (senses.MIN_FIELD_DENSITY)
FIELD = "Die Kommunen und die Jobcenter setzen in der Arbeitsmarktpolitik auf die Aktivierung der Arbeitslosen. "


def networks(matcher, text):
    return [m.surface for m in matcher.find_mentions([FIELD + text])[0] if m.concept == "network-governance"]


@pytest.mark.parametrize("text, surface", [
    ("Mehrere Träger bauten in der Stadt ein sozialpolitisches Netzwerk auf und entwickelten ein Konzept.",
     "Netzwerk"),
    ("Fraglich bleibt, ob ein sicherheitspolitischer Netzwerkansatz die Ordnung in der Stadt gewährleistet.",
     "Netzwerkansatz"),
    ("Die Netzwerke der Gesundheitspolitik sind in den Ländern dicht geknüpft.", "Netzwerke"),
    ("Man sollte die Netzwerk-Rhetorik in der Umweltpolitik genauer untersuchen.", "Netzwerk-Rhetorik"),
])
def test_a_policy_fields_network_is_network_governance(matcher, text, surface):
    assert surface in networks(matcher, text)


@pytest.mark.parametrize("text", [
    # the policy field stands in the sentence but does not modify the network
    "Die Netzwerke der Schüler sind groß, und die Bildungspolitik kümmert sich nicht darum.",
    "Wir fragen nach der Rolle digitaler Netzwerke für die medienpolitischen Debatten der Gegenwart.",
    # fields whose actors are states: foreign policy, geopolitics
    "Die außenpolitischen Netzwerke der Staaten im Süden wachsen seit Jahren.",
    "Die Regierungen knüpfen geopolitische Netzwerke mit ihren Nachbarn.",
    # bare "politisch" / "Politik" is no field: a politician's personal network
    "Das politische Netzwerk des Abgeordneten half ihm bei der Wahl im Kreis.",
])
def test_other_networks_beside_policy_words_are_not_network_governance(matcher, text):
    assert networks(matcher, text) == []


def test_policy_parts_are_not_field_words(matcher):
    # the parts are cues of one concept's forms, not words that make a document the field's
    index = matcher.senses
    assert index.cue_parts_de["network-governance"]
    assert not any("*" in w for w in index.field)
    assert "politik" not in index.field and "politisch" not in index.field


# German renderings of the English pattern "network form of organisation" (session 30) and "Organisationsform" as a
# cue beside "Koordinationsform" and "Steuerungsform": the network as a mode of organising public tasks
@pytest.mark.parametrize("text, surface", [
    ("Was heißt es, die Hilfe für Familien netzwerkförmig zu organisieren?", "netzwerkförmig zu organisieren"),
    ("Die Ämter des Kreises sind heute netzwerkförmig organisiert.", "netzwerkförmig organisiert"),
    ("Die netzwerkförmige Organisation der Pflege im Quartier wird erprobt.", "netzwerkförmige Organisation"),
    ("Ob das Netzwerk die Organisationsform der Zukunft sein wird, bleibt offen.", "Netzwerk"),
])
def test_networks_as_a_form_of_organisation_are_network_governance(matcher, text, surface):
    assert surface in networks(matcher, text)


@pytest.mark.parametrize("text", [
    # organised, but not as a network; a network, but no form of organisation named
    "Die Freunde haben das Fest im Netzwerk der Nachbarn gut organisiert.",
    "Die Organisation der Daten im Netzwerk des Rechenzentrums ist schnell.",
])
def test_organising_without_a_network_form_is_not_network_governance(matcher, text):
    assert networks(matcher, text) == []


# the network as one of the sectors or modes that govern (session 30, senses.py Partners.listed): a list holding the
# state or the market beside another sector's word
@pytest.mark.parametrize("text, surface", [
    ("Gefordert wird eine Neuverteilung der Aufgaben zwischen Staat, Wirtschaft, Verbänden und Netzwerken.",
     "Netzwerken"),
    ("Die Netzwerke, der Staat und die Wirtschaft teilen sich die Verantwortung.", "Netzwerke"),
    ("Koordiniert wird die Pflege über Staat, Markt und Netzwerke zugleich.", "Netzwerke"),  # the modes
])
def test_networks_listed_among_the_sectors_are_network_governance(matcher, text, surface):
    assert surface in networks(matcher, text)


@pytest.mark.parametrize("text", [
    "Der Staat und die Netzwerke spielen eine Rolle.",  # one sector alone
    "Die Familie, die Freunde und die Netzwerke der Nachbarn helfen im Alltag.",  # no sector
    "Der Staat hilft, und die Netzwerke der Nachbarn helfen auch der Wirtschaft.",  # not one list
])
def test_networks_beside_one_sector_or_none_are_not_network_governance(matcher, text):
    assert networks(matcher, text) == []
