"""Repeated-author dashes in reference lists (litmine/citations/references_ditto.py), hand-made entries."""

from __future__ import annotations

from litmine.citations.extract import extract_citations
from litmine.citations.references import parse_reference
from litmine.citations.references_ditto import inherit_repeated_authors
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages


def _surnames(ref):
    return [a["surname"] for a in ref.authors]


def test_references_ditto_dash_chain_takes_the_last_named_author():
    refs = inherit_repeated_authors([parse_reference(t) for t in [
        "Castoriadis, C. (1975) L’institution imaginaire de la société. Paris: Seuil.",
        "--- (1986), Domaines de l’homme. Paris: Seuil.",
        "———. 1997. World in Fragments. Stanford: Stanford University Press.",
        "____ (1999): Fenêtre sur le chaos. Paris: Seuil.",
        "Žižek, S. (1989) The Sublime Object of Ideology. London: Verso."]])
    assert [_surnames(r) for r in refs] == [["Castoriadis"]] * 4 + [["Žižek"]]
    assert refs[2].year == 1997 and refs[2].title.startswith("World in Fragments")


def test_references_ditto_dash_and_coauthor_adds_the_coauthor():
    refs = inherit_repeated_authors([parse_reference(t) for t in [
        "Luhmann, Niklas (1984) Soziale Systeme. Frankfurt am Main: Suhrkamp.",
        "—— and Müller, J. (2001) Gesellschaft und Öffentlichkeit. Opladen: Westdeutscher Verlag."]])
    assert _surnames(refs[1]) == ["Luhmann", "Müller"]


def test_references_ditto_leaves_entries_without_a_dash_or_a_named_predecessor():
    refs = inherit_repeated_authors([parse_reference(t) for t in [
        "——— (2003) Die Politik der Gesellschaft. Frankfurt: Suhrkamp.",
        "Ågren, P. (2003) Title – with an inner dash. Lund: Studentlitteratur.",
        "– Berg, K. (2004) Bulleted entry. Oslo: Universitetsforlaget."]])
    assert _surnames(refs[0]) == []
    assert _surnames(refs[1]) == ["Ågren"]
    assert "Ågren" not in _surnames(refs[2])


def test_references_ditto_callout_links_to_the_dashed_entry():
    _, passages = build_passages([
        Block("Autonomy is instituted (Castoriadis 1997: 12)."), Block("References", hint="heading"),
        Block("Castoriadis, C. (1975) L’institution imaginaire de la société. Paris: Seuil."),
        Block("——— (1997) World in Fragments. Stanford: Stanford University Press.")])
    refs, cits = extract_citations(passages)
    linked = [c for c in cits if c.reference_index is not None]
    assert _surnames(refs[1]) == ["Castoriadis"]
    assert linked and refs[linked[0].reference_index].year == 1997


def test_references_ditto_dash_lines_of_a_wrapped_list_open_entries():
    from litmine.citations.references import merge_reference_passages
    text = "\n".join([
        "Luhmann, Niklas (1984): Soziale Systeme. Grundriß einer allgemeinen Theorie. Frankfurt am Main:",
        "Suhrkamp.",
        "——— (1997): Die Gesellschaft der Gesellschaft. Frankfurt am Main: Suhrkamp.",
        "——— and Jürgen Habermas (1971): Theorie der Gesellschaft oder Sozialtechnologie. Frankfurt am",
        "Main: Suhrkamp.",
        "Münch, Richard (1991): Dialektik der Kommunikationsgesellschaft. Frankfurt am Main: Suhrkamp."])
    refs = inherit_repeated_authors([parse_reference(e) for e in merge_reference_passages([text])])
    assert [r.year for r in refs] == [1984, 1997, 1971, 1991]
    assert [_surnames(r) for r in refs] == [["Luhmann"], ["Luhmann"], ["Luhmann", "Habermas"], ["Münch"]]
