"""The reference-list line model: entry starts, entries inside, and the non-reference lines it leaves out."""

from __future__ import annotations

import numpy as np

from litmine.citations.references import entries_from_labels, split_references
from litmine.citations.reflist import (STATES, fit, label_lines, line_features, load_reflist_model,
                                       model_from_arrays, region_entries, strip_line_numbers)

# a small author-date list made up for these tests (hanging indents already flattened by the reader)
ENTRIES = [
    ["Åberg, M. and Løvlie, T. (2011) Activation and the local welfare state: a study of", "three Nordic municipalities. Journal of Social Policy 40(2): 233-251."],
    ["Bauer, K. (2004) Arbeitsmarktpolitik im Wandel. Frankfurt am Main: Campus."],
    ["Crespo, J. and Serrano Pascual, A. (2007) Political production of individualised", "subjects in the paradoxical discourse of the EU institutions. In: Serrano",
     "Pascual, A. and Magnusson, L. (eds) Reshaping Welfare States and Activation Regimes", "in Europe. Brussels: Peter Lang, pp. 107-126."],
    ["Dean, H. (2003) Re-conceptualising welfare-to-work for people with multiple problems", "and needs. Journal of Social Policy 32(3): 441-459."],
    ["Eichhorst, W., Kaufmann, O. and Konle-Seidl, R. (eds) (2008) Bringing the Jobless into", "Work? Experiences with Activation Schemes in Europe and the US. Berlin: Springer."],
    ["Fuertes, V. and McQuaid, R. (2013) The personalisation of employment services in", "Scotland. International Journal of Sociology 33(5/6): 339-352."],
]


def _lines(entries=ENTRIES):
    return [line for entry in entries for line in entry]


def _entries(lines):
    return entries_from_labels(strip_line_numbers(lines), label_lines(lines))


def _starts(found):
    return [e[:6] for e in found]


def test_reflist_model_ships_and_labels_a_plain_list():
    assert load_reflist_model() is not None
    labels = label_lines(_lines())
    expected = [("B" if k == 0 else "I") for entry in ENTRIES for k in range(len(entry))]
    assert labels == expected
    found = _entries(_lines())
    assert found[0] == ("Åberg, M. and Løvlie, T. (2011) Activation and the local welfare state: a study of three "
                        "Nordic municipalities. Journal of Social Policy 40(2): 233-251.")
    assert len(found) == len(ENTRIES)


def test_reflist_author_biographies_after_a_list_are_not_entries():
    bios = ["Mónica Pérez is a senior lecturer in social policy at the University of Stirling. Her research",
            "examines how employment services are delivered to people who have been out of work for a long",
            "time, and she has written widely on the governance of activation in Spain and Scotland.",
            "Tomás Ölund is a research fellow whose work focuses on local partnerships and the ways in which",
            "they shape the design of services for young people not in education or employment."]
    found = _entries(_lines() + bios)
    assert len(found) == len(ENTRIES)
    assert not any("lecturer" in e or "research fellow" in e for e in found)


def test_reflist_watermark_and_margin_line_numbers_are_removed():
    lines = []
    for k, line in enumerate(_lines()):
        if k == 4:
            lines.append(f"{30 + len(lines)} For Peer Review")
        lines.append(f"{30 + len(lines)} {line}")
    assert strip_line_numbers(lines)[0].startswith("Åberg")
    found = split_references(lines)
    assert _starts(found) == _starts([" ".join(e) for e in ENTRIES])
    assert not any("Peer Review" in e for e in found)


def test_reflist_line_numbered_preprint_finds_every_entry():
    lines = [f"{n} {line}" for n, line in enumerate(_lines() * 3, start=212)]
    found = split_references(lines)
    assert len(found) == 3 * len(ENTRIES)
    assert all(not e[:1].isdigit() for e in found)


def test_reflist_numbered_list_one_entry_a_line_keeps_its_numbers():
    lines = [f"{n} {entry[0]}" for n, entry in enumerate(ENTRIES, start=1)]
    assert strip_line_numbers(lines) == lines


def test_reflist_copyright_and_repository_footers_are_not_entries():
    footers = ["This document is made available under Deposit Licence (No Redistribution - no modifications).",
               "Terms of use: we grant a non-exclusive, non-transferable licence to use this document.",
               "© 2014 The Author(s). Published by Policy Press. All rights reserved."]
    lines = _lines(ENTRIES[:3]) + footers + _lines(ENTRIES[3:])
    found = split_references(lines)
    assert _starts(found) == _starts([" ".join(e) for e in ENTRIES])
    assert not any("licence" in e.lower() or "©" in e for e in found)


def test_reflist_running_heads_and_page_numbers_between_pages_are_left_out():
    head = "SOCIAL POLICY & SOCIETY — VOL. 12"
    lines = _lines(ENTRIES[:2]) + ["17", head] + _lines(ENTRIES[2:4]) + ["18", head] + _lines(ENTRIES[4:])
    found = split_references(lines)
    assert _starts(found) == _starts([" ".join(e) for e in ENTRIES])
    assert not any(head in e or e.endswith(" 17") for e in found)


def test_reflist_policy_report_prose_and_transcript_pointers_are_not_entries():
    prose = ["A1.28. References such as these were put to the witnesses, who told the inquiry that they had",
             "not seen the guidance before the events of that night and that it was never discussed with them.",
             "104/9-108/16, 117/15-118/10",
             "A1.29. The panel considers that the failure to share the document was a missed opportunity."]
    found = split_references(_lines(ENTRIES[:3]) + prose)
    assert len(found) == 3
    assert not any("104/9" in e or "witnesses" in e for e in found)


def test_reflist_region_entries_cross_a_page_break_and_keep_the_first_page():
    blocks = [(ENTRIES[0][:1], 7), (ENTRIES[0][1:] + ENTRIES[1], 8)]
    found = region_entries(blocks)
    assert [page for _, page in found] == [7, 8]
    assert found[0][0].endswith("Journal of Social Policy 40(2): 233-251.")


def test_reflist_fit_learns_from_labelled_sequences():
    lines = _lines() + ["Page 3 of 12"]
    labels = [("B" if k == 0 else "I") for entry in ENTRIES for k in range(len(entry))] + ["O"]
    arrays = fit([(lines, labels)] * 3 + [(["an ordinary sentence of running prose that goes on"] * 4, ["O"] * 4)])
    model = model_from_arrays(arrays)
    assert model.transitions.shape == (4, 3)
    assert set(model.label(lines)) <= set(STATES)
    assert np.isfinite(arrays["w_ref"]).all()
    assert "s:name_comma" in line_features(["Dean, H. (2003) Title."])[0]


def test_reflist_rules_filter_strips_margin_numbers_without_the_model(monkeypatch):
    from litmine.citations.extract import extract_citations
    from litmine.ingest.blocks import Block
    from litmine.ingest.structure import build_passages

    monkeypatch.setenv("LITMINE_REFLIST_MODEL", "0")
    lines = ["41 Åberg, M. (2011) Activation and the local welfare state: a study of three Nordic",
             "42 municipalities. Journal of Social Policy 40(2): 233-251.",
             "43 Gómez, L. (2016) Servicios públicos de empleo y activación en España. Revista Española",
             "44 de Sociología 25(1): 71-89.",
             "45 Ørsted, K. (2009) Welfare reform. Copenhagen: Gyldendal.",
             "For Peer Review"]
    _, passages = build_passages([Block("References", hint="heading", page=7), Block("\n".join(lines), page=7)])
    refs, _ = extract_citations(passages)
    assert [r.authors[0]["surname"] for r in refs] == ["Åberg", "Gómez", "Ørsted"]
    assert refs[1].raw == ("Gómez, L. (2016) Servicios públicos de empleo y activación en España. Revista Española "
                           "de Sociología 25(1): 71-89.")


def test_reflist_filter_region_keeps_a_doi_tail_and_drops_notices():
    from litmine.citations.reflist import filter_region

    blocks = [(["Barth, A., Beckers, J.-M., Troupin, C., & Vandenbulcke, L. (2014). Divand-1.0: n-dimensional",
                "variational data analysis for ocean observations. Geoscientific Model Development, 7(1), 225–241.",
                "https://doi.org/10.5194/gmd-7-225-", "2014"], 9),
              (["Downloaded from https://example.org on 3 May 2020. © Åbo Akademi. All rights reserved."], 9),
              (["Ørsted, K. (2009). Welfare reform and the Danish municipalities. Copenhagen: Gyldendal."], 10)]
    kept = filter_region(blocks)
    assert [rows[-1] for rows, _ in kept] == ["2014", blocks[2][0][0]]
