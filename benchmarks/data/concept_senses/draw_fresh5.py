"""Draw the fifth fresh sample of passages for hand-labelling, blind to the matcher (issue 12, session 10).

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh5.py OUT.jsonl``. Writes one line
per drawn passage (set, file, page, key, split, doc_split, drawn, text) to OUT, a scratch file outside the project:
the text is for the labeller to read and is never committed (the labels, fresh5.jsonl, keep set, file, page and key).
Only litmine's reader is used (the passages of each file); no concept matcher is run and no store is built.

Rule (README.md, "fresh5"): litmine's body paragraphs (kind "body") of at least 15 words, not in any earlier labelled
file (matched by the key, a hash of the lower-cased, whitespace-collapsed text, and by `key_before` where a record
was re-keyed; fresh5.jsonl itself is skipped so that the draw reproduces), drawn with seed 510 in one draw, in five
strata:
- `fresh5-vocab` (110): English SSOAR (`en_refsection`) and UK inquiry paragraphs (language English or unknown)
  holding a stem of VOCAB (fresh4's vocabulary of the concepts' definitions and the field, with a few more forms:
  meta-governance, public-private, lone-/single-parent, quango, ...), at most 25 per document (the English SSOAR
  papers are nearly exhausted, so the cap is higher than fresh4's 15), then a seeded sample of 110;
- `fresh5-random` (20): uniform over the same documents' other English paragraphs;
- `fresh5-de-vocab` (50) and `fresh5-de-random` (15): paragraphs of the German SSOAR PDFs (`de_footnotes`,
  `de_footnotes_and_refsection`; language German or unknown) holding a stem of DE_VOCAB (fresh4's German words and
  more of the field: fördern und fordern, Vermarktlichung, Ökonomisierung, Wettbewerb, Kommunalisierung, Verein,
  Selbsthilfe, Koproduktion, Armut trotz Arbeit, ...), at most 8 per document, and uniform over the other German
  paragraphs;
- `fresh5-out-of-domain` (25): paragraphs of the UK approved documents (`txt/`) holding a stem of VOCAB, at most 3
  per document.
Round 2 (``draw_fresh5.py OUT.jsonl --round2``, after round 1 was labelled and before anything was scored; round 1
is unchanged by it): the 220 passages of round 1 held only 24 English and 15 German true mentions, so the rest of
the capped English vocabulary pool (`fresh5-vocab-rest`, all 88) and 60 of the rest of the German one
(`fresh5-de-vocab-rest`, seed 511) were drawn for labelling too.
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
SEED = 510
OWN = "fresh5.jsonl"
EN_IN_DOMAIN = (("excite-ssoar", "en_refsection/pdf", "*.pdf"), ("uk-policy-inquiries", "pdf", "*.pdf"))
DE_IN_DOMAIN = (("excite-ssoar", "de_footnotes/pdf", "*.pdf"), ("excite-ssoar", "de_footnotes_and_refsection/pdf",
                                                                "*.pdf"))
OUT_OF_DOMAIN = ("uk-approved-documents", "txt", "*")
VOCAB = ("activat", "active labo", "labour market polic", "labor market polic", "workfare", "welfare", "jobseeker",
         "job seeker", "jobcentre", "job centre", "claimant", "unemploy", "employab", "employment service",
         "conditional", "sanction", "mutual obligation", "lone parent", "lone mother", "single parent",
         "single mother", "sole parent", "lone-parent", "single-parent", "one-parent", "personalis", "personaliz",
         "tailored", "individualis", "individualiz", "personal budget", "direct payment", "co-produc", "coproduc",
         "co-design", "codesign", "co-creat", "social innovation", "collaborative innovation", "public management",
         "managerial", "new public", "governance", "meta-govern", "metagovern", "network", "partnership",
         "public-private", "multi-agency", "inter-agency", "interagency", "joined-up", "third sector", "voluntary",
         "non-profit", "nonprofit", "not-for-profit", "charit", "ngo", "non-governmental", "civil society",
         "social enterprise", "philanthrop", "community organi", "community group", "quango", "street-level",
         "street level", "frontline", "front-line", "contract", "commission", "outsourc", "tender", "procure",
         "privatis", "privatiz", "quasi-market", "marketis", "marketiz", "payment by result", "outcome-based",
         "results-based", "devol", "decentrali", "localis", "localiz", "subsidiarity", "multi-level", "multilevel",
         "in-work", "working poor", "low-paid", "low pay", "human capital", "work first", "work-first")
DE_VOCAB = ("aktivier", "fördern und fordern", "fordern und fördern", "eingliederung", "sanktion", "alleinerzieh",
            "ausschreibung", "vergabe", "vertragsvergabe", "privatisier", "vermarktlich", "ökonomisier",
            "wettbewerb", "steuerung", "new public management", "neues steuerungsmodell", "netzwerk", "vernetzung",
            "governance", "mehrebenen", "dezentral", "kommunalisier", "subsidiar", "wohlfahrtsverb", "freie träger",
            "freien träger", "freier träger", "gemeinnützig", "dritte sektor", "dritten sektor", "dritter sektor",
            "verein", "zivilgesellschaft", "ehrenamt", "freiwillig", "selbsthilfe", "partnerschaft", "kooperation",
            "koprodukt", "ko-produkt", "sozialunternehm", "beschäftigungsfähig", "working poor", "armut trotz arbeit",
            "erwerbsarm", "niedriglohn", "humankapital", "soziale innovation", "arbeitsmarktpolitik", "arbeitslos",
            "hartz", "grundsicherung", "sozialhilfe", "jobcenter", "arbeitsagentur", "fallmanagement",
            "nichtregierungsorganisation", "ngo", "non-profit", "nonprofit", "auslager", "outsourcing")


def _pattern(stems: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


_EN, _DE = _pattern(VOCAB), _pattern(DE_VOCAB)
N_VOCAB, N_RANDOM, N_DE_VOCAB, N_DE_RANDOM, N_OUT = 110, 20, 50, 15, 25
PER_DOC, PER_DOC_DE, PER_DOC_OUT = 25, 8, 3
N_DE_REST = 60  # round 2: German vocabulary passages drawn from the rest of the capped pool


def _labelled(skip: tuple[str, ...] = (OWN,)) -> set[str]:
    """Keys (and earlier keys) of every labelled passage but those of the files in `skip` (by default this draw's
    own labels, skipped so that the draw reproduces)."""
    keys = set()
    for f in LABELS.glob("*.jsonl"):
        if f.name in skip:
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


def _split(sets, labelled, languages, pattern, per_doc, rng, hit_name, other_name, pools):
    hits_all, others, uncapped, per_set = [], [], 0, {}
    for set_name, folder, glob in sets:
        for path in sorted((EVAL / set_name / folder).glob(glob)):
            rel = f"{folder}/{path.name}"
            paras = _paragraphs(path, labelled, languages)
            hits = [p for p in paras if pattern.search(p.text)]
            uncapped += len(hits)
            rng.shuffle(hits)
            hits_all += [(set_name, rel, p, hit_name) for p in hits[:per_doc]]
            per_set[set_name] = per_set.get(set_name, 0) + min(per_doc, len(hits))
            others += [(set_name, rel, p, other_name) for p in paras if not pattern.search(p.text)]
    pools[hit_name] = f"{len(hits_all)} capped ({uncapped} uncapped; capped per set {per_set})"
    pools[other_name] = str(len(others))
    return hits_all, others


def _sample(rng, pool, n):
    return rng.sample(pool, min(n, len(pool)))


def _round2(rng2, vocab, de_vocab, drawn) -> list:
    """The rest of the capped vocabulary pools after round 1: every English one, N_DE_REST German ones."""
    first = {id(p) for _, _, p, _ in drawn}
    rest = [(s, r, p, "fresh5-vocab-rest") for s, r, p, _ in vocab if id(p) not in first]
    de_rest = [(s, r, p, "fresh5-de-vocab-rest") for s, r, p, _ in de_vocab if id(p) not in first]
    second = rest + _sample(rng2, de_rest, N_DE_REST)
    rng2.shuffle(second)
    print(f"round 2: {len(rest)} English and {len(de_rest)} German vocabulary passages left", file=sys.stderr)
    return second


def main() -> None:
    out = Path(sys.argv[1])
    labelled = _labelled()
    rng = random.Random(SEED)
    pools: dict[str, str] = {}
    vocab, others = _split(EN_IN_DOMAIN, labelled, (None, "en"), _EN, PER_DOC, rng, "fresh5-vocab",
                           "fresh5-random", pools)
    de_vocab, de_others = _split(DE_IN_DOMAIN, labelled, (None, "de"), _DE, PER_DOC_DE, rng, "fresh5-de-vocab",
                                 "fresh5-de-random", pools)
    outside, _ = _split((OUT_OF_DOMAIN,), labelled, (None, "en"), _EN, PER_DOC_OUT, rng, "fresh5-out-of-domain",
                        "unused", pools)
    drawn = _sample(rng, vocab, N_VOCAB) + _sample(rng, others, N_RANDOM) + _sample(rng, de_vocab, N_DE_VOCAB)
    drawn += _sample(rng, de_others, N_DE_RANDOM) + _sample(rng, outside, N_OUT)
    rng.shuffle(drawn)
    if "--round2" in sys.argv:
        drawn = _round2(random.Random(SEED + 1), vocab, de_vocab, drawn)
    with out.open("w", encoding="utf-8") as f:
        for set_name, rel, p, stratum in drawn:
            f.write(json.dumps({"set": set_name, "file": rel, "page": p.page, "key": passage_key(p.text),
                                "split": "fresh5", "doc_split": split_of(set_name, rel), "drawn": stratum,
                                "text": p.text}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} passages; pools: " + "; ".join(f"{k} {v}" for k, v in pools.items() if k != "unused"),
          file=sys.stderr)


if __name__ == "__main__":
    main()
