"""Draw the eleventh fresh sample, German and English (issue 12, session 35), blind.

Run from the repository root: ``python benchmarks/data/concept_senses/draw_fresh11.py OUT.jsonl [EVAL [ROOT]]``.
EVAL is ../shared/eval (default: the first of ../shared/eval and ../../shared/eval that exists), ROOT the folder of
the German SSOAR papers with a reference section (default concept_senses_data.default_extra(EVAL); its pdf/ holds
<id>.pdf). Writes one line per drawn passage (set, file, page, key, split, drawn, doc_split, text) to OUT, a scratch
file outside the project: the text is for the labeller to read and is never committed (the labels, fresh11.jsonl,
keep set, file, page and key). Only litmine's reader is used (the passages of each file, as draw_fresh8 reads them);
no concept matcher is run and no store is built.

Rule (README.md, "fresh11"):
- Passages: litmine's body paragraphs (kind "body") of at least 15 words, not in any labelled file (by key and every
  earlier key, `key_before*`; the passage files beside this script and the candidate files in candidates/;
  fresh11.jsonl itself skipped so that the draw reproduces).
- `fresh11-de-vocab`: German SSOAR papers of EXCITE de_refsection, only those in PAPERS (below: the papers that
  common.md lets a helper open), language German or unknown, holding a stem of DE_STEMS (draw_fresh5.DE_VOCAB,
  draw_fresh9.WIDE_VOCAB and the field's words added here). Halves as fresh7's: a paper is `fresh11d`
  (development) when zlib.crc32(b"fresh7-halves/" + its file name) is even, else `fresh11` (held-out). At most
  PER_PAPER per paper (a seeded shuffle of each paper's hits, the first ones kept); the capped pool is ordered by how
  many passages the labelled files already hold from the paper (fewest first), ties by a seeded random number, and
  the first N_DE per half are drawn.
- `fresh11-uk`: UK inquiry report paragraphs (uk-policy-inquiries/pdf), language English or unknown, holding a stem
  of EN_STEMS (draw_fresh5.VOCAB and the field's words added here), at most PER_DOC_UK per document (a seeded
  shuffle, the first ones kept), all of the capped pool drawn. Halves by document as split_fresh5.half (a report
  and its government response are one document): half 0 `fresh11d`, half 1 `fresh11`.
- `fresh11-approved`: UK approved-document paragraphs (uk-approved-documents/txt, out of domain) with a stem of
  EN_STEMS, at most PER_DOC_OUT per document, a seeded sample of N_OUT; halves by split_fresh5.half.
Seed 1111, one generator, in the order German, inquiries, approved documents. The file written lists the
development half first, then the held-out half, each shuffled.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))
import draw_fresh5 as f5  # noqa: E402
import draw_fresh9 as f9  # noqa: E402
import split_fresh5  # noqa: E402
from concept_senses_data import EXTRA_PREFIX, LABELS, default_extra, passage_key, split_of  # noqa: E402

SEED = 1111
OWN = "fresh11.jsonl"
LATER = ("fresh12.jsonl", "fresh13.jsonl")  # drawn later (session 35, B37, B38) from what this draw left: skipped like its own labels
HALVES = ("fresh11d", "fresh11")  # development, held-out
N_DE, PER_PAPER = 90, 3
PER_DOC_UK = 6
N_OUT, PER_DOC_OUT = 20, 2
DE_SET, UK_SET, OUT_SET = "excite-ssoar", "uk-policy-inquiries", "uk-approved-documents"

# The de_refsection papers a helper may open in session 35 (common.md): those in
# benchmarks/data/footnotes_gold/de_refsection_notes.jsonl, less the notes' half 1, less the concept held-out papers
# (28348 39434 6026 38687 42309 31924 40753 27482), less round G's papers (ids b33/) on half 1 of the German list
# benchmark (citations.de_refsection_half), whose notes and source lines only may be read. Frozen here so that the
# draw does not move when the notes file grows: 79 papers (33 on fresh7's development side, 46 on its held-out side).
PAPERS = tuple(f"{n}.pdf" for n in (
    "1181 1219 3854 4135 5675 10454 10967 11703 11916 12248 17345 18189 18437 18495 18503 18666 19147 20430 20786 "
    "21356 21375 21699 23371 24743 24846 27048 27414 27432 27493 27598 27646 28254 29413 31121 31506 32408 32707 "
    "33116 33759 34310 34481 34484 34522 34753 34776 34793 34869 34912 35267 35306 35441 35733 36492 36493 36815 "
    "37466 37764 38381 38962 39206 39454 39580 40239 40991 41585 42768 44099 44451 44475 44553 45544 45570 45715 "
    "47961 48046 48117 48144 48208 118633").split())

# German words of the field beyond draw_fresh5.DE_VOCAB and draw_fresh9.WIDE_VOCAB (social policy, public
# administration, the third sector), written before anything was drawn: stems match at a word start.
DE_MORE = ("aktivierend", "fördern und fordern", "partnerschaftlich", "dritter sektor", "auftragsvergabe",
           "privatisierung", "auslagerung", "dezentralisierung", "neue steuerung", "markt", "innovation",
           "arbeitslosengeld ii", "koproduktion", "bürgerarbeit", "zusatzjob", "maßnahmeträger", "leistungsträger",
           "sozialverwaltung", "jobcenter", "arbeitsagentur", "sozialhilfeempfänger", "leistungsbezieher",
           "langzeitarbeitslos", "integrationsfachkraft", "vermittlungsfachkraft", "persönliche assistenz",
           "hilfe zur arbeit", "wohlfahrtsverbände", "sozialwirtschaft", "sozialmarkt", "quartiersmanagement",
           "lokale ökonomie", "beschäftigungspakt", "bündnis für arbeit", "sozialraum")
DE_STEMS = tuple(dict.fromkeys(f5.DE_VOCAB + f9.WIDE_VOCAB + DE_MORE))
# English words of the field beyond draw_fresh5.VOCAB, the same way.
EN_MORE = ("provider", "partner", "commissioner", "commissioning", "contracting", "subcontract", "tendering",
           "charities", "volunteer", "community", "local", "devolv", "decentralis", "decentraliz", "network",
           "personalised", "conditionality", "activation", "employment support", "back to work", "back-to-work",
           "market", "competition", "competitive", "innovation", "innovative", "co-production", "co-design",
           "coproduction", "lone parent", "single parent", "welfare", "benefit", "universal credit", "jobcentre",
           "work programme", "social care", "third-sector", "collaborat", "cooperat", "co-operat", "joint working",
           "integrated care", "place-based", "neighbourhood", "mutual", "social value", "arm's length",
           "arms-length", "agency", "agencies", "payment by", "value for money")
EN_STEMS = tuple(dict.fromkeys(f5.VOCAB + EN_MORE))
_DE = f5._pattern(DE_STEMS)
_EN = f5._pattern(EN_STEMS)


def eval_dir() -> Path:
    """../shared/eval beside the checkout, or one level up (a worktree under /work/wt)."""
    for cand in (REPO.parent / "shared" / "eval", REPO.parent.parent / "shared" / "eval"):
        if cand.is_dir():
            return cand
    return REPO.parent / "shared" / "eval"


def labelled_keys() -> set[str]:
    """Every key and earlier key of the passage files (this draw's own skipped) and of the candidate files."""
    keys: set[str] = set()
    files = [f for f in sorted(LABELS.glob("*.jsonl")) if f.name != OWN and f.name not in LATER]
    files += sorted((LABELS / "candidates").glob("*.jsonl"))
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                keys.update(str(v) for k, v in rec.items() if k.startswith("key") and v)
    return keys


def drawn_before() -> Counter:
    """How many records of the labelled files (passages and candidates, this draw's own skipped) name each file."""
    counts: Counter = Counter()
    files = [f for f in sorted(LABELS.glob("*.jsonl")) if f.name != OWN and f.name not in LATER]
    files += sorted((LABELS / "candidates").glob("*.jsonl"))
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts[json.loads(line)["file"]] += 1
    return counts


def de_half(name: str) -> str:
    """fresh7's halves: `fresh11d` when the CRC-32 of the paper's name is even."""
    return HALVES[zlib.crc32(f"fresh7-halves/{name}".encode()) % 2]


def en_half(set_name: str, rel: str) -> str:
    """split_fresh5's halves by document (a report and its response together): half 0 `fresh11d`."""
    return HALVES[split_fresh5.half({"set": set_name, "file": rel})]


def _capped(path: Path, labelled: set[str], languages: tuple, pattern, cap: int, rng: random.Random) -> tuple:
    paras = f5._paragraphs(path, labelled, languages)
    hits = [p for p in paras if pattern.search(p.text)]
    rng.shuffle(hits)
    return hits[:cap], len(hits)


def main() -> None:
    out = Path(sys.argv[1])
    ev = Path(sys.argv[2]) if len(sys.argv) > 2 else eval_dir()
    root = Path(sys.argv[3]) if len(sys.argv) > 3 else default_extra(ev)
    rng = random.Random(SEED)
    labelled = labelled_keys()
    before = drawn_before()
    rows: dict[str, list] = {h: [] for h in HALVES}

    # German: only the papers in PAPERS are opened
    de_pool: dict[str, list] = {h: [] for h in HALVES}
    for name in sorted(PAPERS):
        path = root / "pdf" / name
        hits, n = _capped(path, labelled, (None, "de"), _DE, PER_PAPER, rng)
        de_pool[de_half(name)] += [(name, p) for p in hits]
    for half in HALVES:
        pool = de_pool[half]
        order = sorted((before[EXTRA_PREFIX + name], rng.random(), i) for i, (name, _) in enumerate(pool))
        drawn = [pool[i] for _, _, i in order[:N_DE]]
        print(f"German {half}: {sum(de_half(n) == half for n in PAPERS)} papers "
              f"open; capped pool {len(pool)} paragraphs of {len({n for n, _ in pool})} papers; drawn {len(drawn)} "
              f"from {len({n for n, _ in drawn})} papers", file=sys.stderr)
        rows[half] += [{"set": DE_SET, "file": EXTRA_PREFIX + name, "page": p.page, "key": passage_key(p.text),
                        "split": half, "drawn": "fresh11-de-vocab", "doc_split": split_of(DE_SET, EXTRA_PREFIX + name),
                        "text": p.text} for name, p in drawn]

    # UK inquiry reports: the whole capped pool
    uncapped = Counter()
    for path in sorted((ev / UK_SET / "pdf").glob("*.pdf")):
        rel = f"pdf/{path.name}"
        hits, n = _capped(path, labelled, (None, "en"), _EN, PER_DOC_UK, rng)
        uncapped[rel] = n
        half = en_half(UK_SET, rel)
        rows[half] += [{"set": UK_SET, "file": rel, "page": p.page, "key": passage_key(p.text), "split": half,
                        "drawn": "fresh11-uk", "doc_split": split_of(UK_SET, rel), "text": p.text} for p in hits]
    print(f"inquiries: unlabelled stem paragraphs per document {dict(uncapped)} ({sum(uncapped.values())} in all); "
          f"drawn {sum(min(PER_DOC_UK, n) for n in uncapped.values())}", file=sys.stderr)

    # UK approved documents (out of domain): a sample of the capped pool
    out_pool = []
    for path in sorted((ev / OUT_SET / "txt").glob("*")):
        rel = f"txt/{path.name}"
        hits, n = _capped(path, labelled, (None, "en"), _EN, PER_DOC_OUT, rng)
        out_pool += [(rel, p) for p in hits]
    out_drawn = rng.sample(out_pool, min(N_OUT, len(out_pool)))
    print(f"approved documents: capped pool {len(out_pool)}, drawn {len(out_drawn)}", file=sys.stderr)
    for rel, p in out_drawn:
        half = en_half(OUT_SET, rel)
        rows[half].append({"set": OUT_SET, "file": rel, "page": p.page, "key": passage_key(p.text), "split": half,
                           "drawn": "fresh11-approved", "doc_split": split_of(OUT_SET, rel), "text": p.text})

    with out.open("w", encoding="utf-8") as f:
        for half in HALVES:
            rng.shuffle(rows[half])
            for row in rows[half]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{half}: {len(rows[half])} passages " + str(Counter(r["drawn"] for r in rows[half])),
                  file=sys.stderr)


if __name__ == "__main__":
    main()
