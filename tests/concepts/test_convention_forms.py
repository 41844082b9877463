"""Forms the labelling conventions name that the lexicon lacked (concepts.yaml, session 21): sub-national governments
as Localism only where responsibility is delegated or transferred to them or they are granted autonomy, not beside
agencies, and not twice where a decentralisation beside them is already the mention;
patients' mutual interest groups as Third sector; the German survey's "Ledige mit Kind" as Lone parents. Sentences
written by hand."""

import pytest


def found(matcher, text, concept):
    return [m.surface for m in matcher.find_mentions([text])[0] if m.concept == concept]


@pytest.mark.parametrize("text, concept, expected", [
    ("Delegation to networks, firms and sub-national governments weakens the control of the centre.",
     "localism", ["sub-national governments"]),
    ("The reform transferred responsibility for schools to subnational governments in most regions.",
     "localism", ["subnational governments"]),
    ("Decentralisation gave the sub-national governments more responsibility for schools.",
     "localism", ["Decentralisation"]),  # one referent, counted once
    ("Sub-national governments spend about a third of all public revenue in these countries.", "localism", []),
    ("The centre steers its agencies, quangos and sub-national governments to which autonomy was granted.",
     "localism", []),
    ("Families find support in mutual interest groups, rather than in the statutory services.",
     "third-sector", ["mutual interest groups"]),
    ("Der Anteil der Ledigen mit Kindern ist in den neuen Ländern höher als im Westen.",
     "lone-parents", ["Ledigen mit Kindern"]),
    ("Die Haushaltstypen sind Paare ohne Kind und Ledige mit mindestens einem Kind unter 18 Jahren.",
     "lone-parents", ["Ledige mit mindestens einem Kind"]),
    ("Der Anteil der Ledigen ist in der Stadt höher als auf dem Land, wie die Umfrage zeigt.", "lone-parents", []),
])
def test_convention_forms_count_with_their_evidence(matcher, text, concept, expected):
    assert found(matcher, text, concept) == expected


def test_a_sub_national_government_without_a_cue_is_set_aside_with_the_reason(matcher):
    rejections: list = []
    matcher.find_mentions(["Sub-national governments spend about a third of all public revenue."],
                          rejections=rejections)
    assert [(r.concept, r.surface) for r in rejections] == [("localism", "Sub-national governments")]
    assert rejections[0].reason.startswith("no Localism cue")
