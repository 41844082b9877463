"""Draw the ninth fresh sample, a German probe (issue 12, session 23), blind: fresh7's development papers, a third.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh9.py OUT.jsonl [ROOT]``. ROOT is the
folder of the German SSOAR papers with a reference section at the end (default
concept_senses_data.EXTRA_DE_REFSECTION; its pdf/ holds <id>.pdf). Writes one line per drawn passage (set, file,
page, key, split, drawn, text) to OUT, a scratch file outside the project: the text is for the labeller to read and
is never committed (the labels, fresh9.jsonl, keep set, file, page and key). Only litmine's reader is used; no
concept matcher is run and no store is built.

Rule (README.md, "fresh9"):
- Papers (the probe): those of fresh7's development half (zlib.crc32(b"fresh7-halves/" + file name) even) with
  zlib.crc32(b"fresh9-probe/" + file name) % 3 == 0. No other paper is opened.
- Passages: litmine's body paragraphs (kind "body") of at least 15 words, language German or unknown, not in any
  earlier labelled file (by key and `key_before`; fresh9.jsonl itself skipped so that the draw reproduces).
- `fresh9-de-vocab` (150): paragraphs holding a stem of draw_fresh5.DE_VOCAB or of WIDE_VOCAB (below, written from
  the concepts' definitions before anything was drawn), at most 6 per paper (a seeded shuffle of each paper's hits,
  the first 6 kept); papers drawn evenly: round robin over the papers in a seeded order, one hit each per round,
  until 150 are drawn.
- `fresh9-de-random` (30): uniform over the probe papers' other paragraphs (every eligible paragraph the vocabulary
  stratum did not draw).
Seed 919, one generator. The file written is shuffled; split "fresh9" (development).
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))
import draw_fresh5 as f5  # noqa: E402
from concept_senses_data import EXTRA_DE_REFSECTION, EXTRA_PREFIX, passage_key  # noqa: E402

SEED = 919
OWN = "fresh9.jsonl"
SET = "excite-ssoar"
SPLIT = "fresh9"
VOCAB_STRATUM, RANDOM_STRATUM = "fresh9-de-vocab", "fresh9-de-random"
N_VOCAB, N_RANDOM, PER_PAPER = 150, 30, 6

# German words of the concepts' field beyond draw_fresh5.DE_VOCAB, written from the concepts' definitions
# (activation, conditionality, employability, welfare-to-work, public management, contracting, markets,
# co-production, participation, decentralisation, governance, partnerships, networks, the third sector, lone
# parents, in-work poverty, personalisation, street-level bureaucracy). Stems match at a word start.
WIDE_VOCAB = (
    # activation, welfare-to-work, conditionality, sanctions, employability
    "arbeitsförder", "arbeitsvermittl", "vermittlung", "arbeitsmarktintegration", "erwerbsintegration",
    "wiedereingliederung", "integrationsmaßnahme", "maßnahmeträger", "workfare", "welfare-to-work", "work first",
    "zumutbar", "mitwirkungspflicht", "gegenleistung", "leistungskürzung", "sperrzeit", "bedarfsgemeinschaft",
    "arbeitslosengeld", "alg ii", "alg-ii", "sgb ii", "sgb iii", "eingliederungsvereinbarung", "arbeitsgelegenheit",
    "ein-euro-job", "1-euro-job", "ein-euro-jobs", "beschäftigungsfähig", "employability", "vermittelbar",
    "qualifizierungsmaßnahm", "bundesagentur", "arbeitsamt", "arbeitsämter", "job-center", "fallmanag",
    "sozialstaat", "wohlfahrtsstaat", "sozialpolitik", "sozialreform", "arbeitsmarktreform", "sozialinvestition",
    # personalisation, co-production, co-design, participation, social innovation
    "personalisier", "persönliches budget", "persönlichen budget", "persönliche budgets", "individualisierte hilfe",
    "maßgeschneidert", "mitgestalt", "mitbestimm", "beteiligung", "partizipation", "partizipativ",
    "bürgerbeteiligung", "bürgerhaushalt", "sozialinnovation", "soziale innovationen", "sozialer innovation",
    # public management, contracting, markets, payment by results
    "verwaltungsmodernisier", "verwaltungsreform", "modernisierung der verwaltung", "managerial", "kontraktmanagement",
    "zielvereinbarung", "leistungsvereinbarung", "wirkungsorient", "erfolgsabhängig", "ergebnisorient",
    "leistungsorient", "outputsteuerung", "quasi-markt", "quasimarkt", "marktsteuerung", "marktmechanism",
    "marktorient", "gutschein", "voucher", "ausschreib", "auftragsvergabe", "beauftrag", "leistungserbring",
    "dienstleister", "leistungsanbieter", "öffentlich-privat", "public private", "public-private", "ppp",
    "verselbständig", "verselbstständig", "auslager", "fremdvergabe", "contracting", "privatisier", "wettbewerb",
    # governance, networks, partnerships, decentralisation, levels
    "netzwerk", "vernetz", "governance", "steuerung", "koordinier", "kooperation", "zusammenarbeit", "partnerschaft",
    "bündnis", "runde tisch", "runder tisch", "runden tisch", "dezentral", "kommunal", "kommune", "gemeinden",
    "regionalisier", "lokale", "lokalen", "lokaler", "örtlich", "subsidiar", "selbstverwaltung", "föderal",
    "mehrebenen", "politikverflechtung",
    # third sector
    "träger", "verband", "verbände", "verbänden", "stiftung", "initiative", "ehrenamt", "ehrenamtlich",
    "bürgerschaftlich", "freiwillig", "engagement", "zivilgesellschaft", "verein", "selbsthilfe", "genossenschaft",
    "wohlfahrt", "caritas", "diakonie", "awo", "paritätisch", "dritte sektor", "dritten sektor", "nonprofit",
    "non-profit", "gemeinnützig", "ngo", "nichtregierungsorganisation", "sozialunternehm",
    # lone parents, in-work poverty, street-level bureaucracy
    "alleinerzieh", "alleinstehende mütter", "alleinstehende eltern", "einelternfamilie", "ein-eltern",
    "ledige mütter", "teilfamilie", "working poor", "aufstock", "niedriglohn", "erwerbsarm", "armut trotz",
    "geringverdien", "sachbearbeiter", "street-level", "frontline", "ermessen",
)
PATTERN = f5._pattern(tuple(dict.fromkeys(f5.DE_VOCAB + WIDE_VOCAB)))


def in_probe(name: str) -> bool:
    """Whether a paper (file name) is in the probe: fresh7's development half, and a third of it by a second hash."""
    return zlib.crc32(f"fresh7-halves/{name}".encode()) % 2 == 0 and zlib.crc32(f"fresh9-probe/{name}".encode()) % 3 == 0


def _read(root: Path, labelled: set[str], rng: random.Random) -> tuple[dict[str, list], list]:
    """Per probe paper its capped vocabulary hits (shuffled), and every paper's other eligible paragraphs."""
    hits_of: dict[str, list] = {}
    others: list = []
    for path in sorted((root / "pdf").glob("*.pdf")):
        if not in_probe(path.name):
            continue
        paras = f5._paragraphs(path, labelled, (None, "de"))
        hits = [p for p in paras if PATTERN.search(p.text)]
        rng.shuffle(hits)
        hits_of[path.name] = hits[:PER_PAPER]
        kept = {id(p) for p in hits[:PER_PAPER]}
        others += [(path.name, p) for p in paras if id(p) not in kept]
    return hits_of, others


def _round_robin(hits_of: dict[str, list], rng: random.Random) -> tuple[list, list]:
    """Draw N_VOCAB hits evenly over the papers; return (drawn, capped hits left undrawn)."""
    names = sorted(hits_of)
    rng.shuffle(names)
    drawn: list = []
    depth = 0
    while len(drawn) < N_VOCAB and any(len(hits_of[n]) > depth for n in names):
        for name in names:
            if len(drawn) < N_VOCAB and len(hits_of[name]) > depth:
                drawn.append((name, hits_of[name][depth]))
        depth += 1
    taken = {id(p) for _, p in drawn}
    left = [(n, p) for n in names for p in hits_of[n] if id(p) not in taken]
    return drawn, left


def main() -> None:
    out = Path(sys.argv[1])
    root = Path(sys.argv[2]) if len(sys.argv) > 2 else EXTRA_DE_REFSECTION
    rng = random.Random(SEED)
    hits_of, others = _read(root, f5._labelled((OWN,)), rng)
    vocab, left = _round_robin(hits_of, rng)
    pool = sorted(others + left, key=lambda item: (item[0], item[1].page, passage_key(item[1].text)))
    random_drawn = rng.sample(pool, min(N_RANDOM, len(pool)))
    print(f"probe: {len(hits_of)} papers; {sum(map(len, hits_of.values()))} capped vocabulary paragraphs "
          f"({sum(1 for h in hits_of.values() if h)} papers with one); drawn {len(vocab)} from "
          f"{len({n for n, _ in vocab})} papers; random pool {len(pool)}, drawn {len(random_drawn)}", file=sys.stderr)
    drawn = [(n, p, VOCAB_STRATUM) for n, p in vocab] + [(n, p, RANDOM_STRATUM) for n, p in random_drawn]
    rng.shuffle(drawn)
    with out.open("w", encoding="utf-8") as f:
        for name, p, stratum in drawn:
            f.write(json.dumps({"set": SET, "file": EXTRA_PREFIX + name, "page": p.page, "key": passage_key(p.text),
                                "split": SPLIT, "drawn": stratum, "text": p.text}, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} passages written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
