from litmine.citations.extract import extract_citations, tidy_entry
from litmine.ingest.blocks import Block
from litmine.ingest.structure import build_passages


def test_extract_tidy_entry_undoes_pdf_spacing():
    assert tidy_entry("Batson, C . D . (1991) . The altruism question ; Al -Halabi, D.") == \
        "Batson, C. D. (1991). The altruism question; Al-Halabi, D."
    assert tidy_entry("pp. 12 - 19") == "pp. 12 - 19"  # a spaced dash stays


def test_extract_numbered_list_joins_wrapped_lines_and_links_numbers():
    blocks = [Block("As shown before [2], and again [1, 3]."), Block("References", hint="heading")]
    blocks += [Block("[1] Hood, C. (1991) A public management for all seasons?"),
               Block("Public Administration 69(1): 3-19."),
               Block("[2] Lipsky, M. (1980) Street-Level Bureaucracy. New York: Russell Sage."),
               Block("[3] Osborne, S. (2006) The New Public Governance?"), Block("Public Management Review 8(3)."),
               Block("[4] Peck, J. (2001) Workfare States. New York: Guilford."),
               Block("[5] Le Grand, J. (2007) The Other Invisible Hand. Princeton University Press.")]
    _, passages = build_passages(blocks)
    refs, cits = extract_citations(passages)
    assert len(refs) == 5 and refs[0].raw.endswith("3-19.") and refs[2].container
    linked = sorted((c.numbers[0], refs[c.reference_index].authors[0]["surname"]) for c in cits)
    assert linked == [(1, "Hood"), (2, "Lipsky"), (3, "Osborne")]


def test_extract_numbered_entries_run_together_are_split():
    from litmine.citations.extract import _split_at_next_number

    assert _split_at_next_number("[31] Scott K. S., Human Relations 50(3) (1997) 287-314. [32] Piotrowski C., "
                                 "Journal 3 (2001) 1-2.") == [
        "[31] Scott K. S., Human Relations 50(3) (1997) 287-314.", "[32] Piotrowski C., Journal 3 (2001) 1-2."]
    assert _split_at_next_number("8. Chambers, S. 2003. Theory, 9. Auflage, pp. 3.") == [
        "8. Chambers, S. 2003. Theory, 9. Auflage, pp. 3."]  # an edition, not the next entry


def test_extract_numbered_list_without_heading_at_the_end():
    blocks = [Block("A study of nursing care after mastectomy. " * 5)]
    blocks += [Block(f"{n} . Author{chr(64 + n)} A. Title number {n}. Porto Alegre: Artmed; 20{10 + n}.")
               for n in range(1, 7)]
    blocks += [Block("Contact of the corresponding author:")]
    _, passages = build_passages(blocks)
    refs, _ = extract_citations(passages)
    assert len(refs) == 6 and refs[0].raw.startswith("1. AuthorA")
