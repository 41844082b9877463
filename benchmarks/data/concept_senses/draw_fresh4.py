"""Draw the fourth fresh sample of passages for hand-labelling, blind to the matcher (issue 12, session 8).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh4.py OUT.jsonl``. Writes one line
per drawn passage (set, file, page, key, split, doc_split, drawn, text) to OUT, a scratch file outside the project:
the text is for the labeller to read and is never committed (the labels, fresh4.jsonl, keep set, file, page and key).

Rule (README.md, "fresh4"): litmine's body paragraphs (kind "body") of at least 15 words, not in any earlier labelled
file (matched by the key, a hash of the lower-cased, whitespace-collapsed text, and by `key_before` where a record
was re-keyed; fresh4.jsonl itself is skipped so that the draw reproduces), drawn with seed 88 in one draw, in four
strata:
- `fresh4-vocab` (150): English SSOAR (`en_refsection`) and UK inquiry paragraphs (language English or unknown)
  holding a stem of VOCAB, the vocabulary of the 26 concepts' definitions and of the field (employment services,
  welfare reform, public management, governance, the third sector, commissioning, decentralisation), written for
  this draw and broader than the lexicon's forms; at most 15 per document (as draw_ssoar), then a seeded sample of
  150 if more remain (the capped pool held 203);
- `fresh4-random` (25): uniform over the same documents' other English paragraphs;
- `fresh4-de-vocab` (20) and `fresh4-de-random` (20): paragraphs of the German SSOAR PDFs (`de_footnotes`,
  `de_footnotes_and_refsection`; language German or unknown) holding a stem of DE_VOCAB (the lexicon's German
  translations and the field's German words: Aktivierung, Partnerschaft, Dritter Sektor, gemeinnützig, Sanktion,
  Alleinerziehende, Ausschreibung, Steuerung, Netzwerk, Dezentralisierung, ...), at most 4 per document, and
  uniform over the other German paragraphs;
- `fresh4-out-of-domain` (25): paragraphs of the UK approved documents (`txt/`) holding a stem of VOCAB, at most 2
  per document.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "benchmarks"))
from concept_senses_data import LABELS, passage_key, passages_of, split_of  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
SEED = 88
EN_IN_DOMAIN = (("excite-ssoar", "en_refsection/pdf", "*.pdf"), ("uk-policy-inquiries", "pdf", "*.pdf"))
DE_IN_DOMAIN = (("excite-ssoar", "de_footnotes/pdf", "*.pdf"), ("excite-ssoar", "de_footnotes_and_refsection/pdf",
                                                                "*.pdf"))
OUT_OF_DOMAIN = ("uk-approved-documents", "txt", "*")
VOCAB = ("activat", "active labo", "labour market polic", "labor market polic", "workfare", "welfare", "jobseeker",
         "job seeker", "jobcentre", "job centre", "claimant", "unemploy", "employab", "employment service",
         "conditional", "sanction", "mutual obligation", "lone parent", "lone mother", "single parent",
         "single mother", "sole parent", "personalis", "personaliz", "tailored", "individualis", "individualiz",
         "co-produc", "coproduc", "co-design", "codesign", "co-creat", "social innovation", "collaborative innovation",
         "public management", "managerial", "new public", "governance", "network", "partnership", "multi-agency",
         "inter-agency", "interagency", "joined-up", "third sector", "voluntary", "non-profit", "nonprofit",
         "not-for-profit", "charit", "ngo", "non-governmental", "civil society", "social enterprise", "philanthrop",
         "street-level", "frontline", "front-line", "contract", "commission", "outsourc", "tender", "procure",
         "privatis", "privatiz", "quasi-market", "marketis", "marketiz", "payment by result", "outcome-based",
         "results-based", "devol", "decentrali", "localis", "localiz", "subsidiarity", "multi-level", "multilevel",
         "in-work", "working poor", "low-paid", "low pay", "human capital", "work first", "work-first")
DE_VOCAB = ("aktivier", "partnerschaft", "dritte sektor", "dritten sektor", "dritter sektor", "gemeinnützig",
            "sanktion", "alleinerzieh", "vertragsvergabe", "ausschreibung", "vergabe", "steuerung", "netzwerk",
            "dezentral", "wohlfahrtsverb", "zivilgesellschaft", "ehrenamt", "freiwillig", "arbeitsmarktpolitik",
            "arbeitslos", "hartz", "grundsicherung", "sozialhilfe", "eingliederung", "beschäftigungsfähig",
            "fördern und fordern", "new public management", "governance", "privatisier", "auslager", "outsourcing",
            "mehrebenen", "subsidiarität", "jobcenter", "arbeitsagentur", "fallmanagement", "sozialunternehm",
            "nichtregierungsorganisation", "ngo", "non-profit", "nonprofit", "koproduktion", "working poor",
            "erwerbsarm", "niedriglohn", "humankapital", "soziale innovation", "kooperation", "vernetzung")


def _pattern(stems: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


_EN, _DE = _pattern(VOCAB), _pattern(DE_VOCAB)
N_VOCAB, N_RANDOM, N_DE_VOCAB, N_DE_RANDOM, N_OUT = 150, 25, 20, 20, 25
PER_DOC, PER_DOC_DE, PER_DOC_OUT = 15, 4, 2


def _labelled() -> set[str]:
    keys = set()
    for f in LABELS.glob("*.jsonl"):
        if f.name == "fresh4.jsonl":  # this draw's own labels: skipped, so that the draw reproduces
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                keys.add(rec["key"])
                if rec.get("key_before"):
                    keys.add(rec["key_before"])
    return keys


def _paragraphs(path: Path, labelled: set[str], languages: tuple) -> list:
    return [p for p in passages_of(str(path))
            if p.kind == "body" and len(p.text.split()) >= 15 and passage_key(p.text) not in labelled
            and p.language in languages]


def _split(sets, labelled, languages, pattern, per_doc, rng, hit_name, other_name):
    hits_all, others = [], []
    for set_name, folder, glob in sets:
        for path in sorted((EVAL / set_name / folder).glob(glob)):
            rel = f"{folder}/{path.name}"
            paras = _paragraphs(path, labelled, languages)
            hits = [p for p in paras if pattern.search(p.text)]
            rng.shuffle(hits)
            hits_all += [(set_name, rel, p, hit_name) for p in hits[:per_doc]]
            others += [(set_name, rel, p, other_name) for p in paras if not pattern.search(p.text)]
    return hits_all, others


def main() -> None:
    out = Path(sys.argv[1])
    labelled = _labelled()
    rng = random.Random(SEED)
    vocab, others = _split(EN_IN_DOMAIN, labelled, (None, "en"), _EN, PER_DOC, rng, "fresh4-vocab",
                           "fresh4-random")
    de_vocab, de_others = _split(DE_IN_DOMAIN, labelled, (None, "de"), _DE, PER_DOC_DE, rng, "fresh4-de-vocab",
                                 "fresh4-de-random")
    outside, _ = _split((OUT_OF_DOMAIN,), labelled, (None, "en"), _EN, PER_DOC_OUT, rng, "fresh4-out-of-domain",
                        "unused")
    drawn = rng.sample(vocab, min(N_VOCAB, len(vocab))) + rng.sample(others, min(N_RANDOM, len(others)))
    drawn += rng.sample(de_vocab, min(N_DE_VOCAB, len(de_vocab)))
    drawn += rng.sample(de_others, min(N_DE_RANDOM, len(de_others)))
    drawn += rng.sample(outside, min(N_OUT, len(outside)))
    rng.shuffle(drawn)
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p, stratum in drawn:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh4", "doc_split": split_of(set_name, rel), "drawn": stratum,
                                "text": p.text}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} passages; pools: {len(vocab)} English vocabulary (capped per document), {len(others)} "
          f"English others, {len(de_vocab)} German vocabulary, {len(de_others)} German others, {len(outside)} out "
          "of domain", file=sys.stderr)


if __name__ == "__main__":
    main()
