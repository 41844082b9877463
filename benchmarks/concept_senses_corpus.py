"""A sense model the corpus teaches itself (issue 12, session 28, helper C32): a probe, development data only.

Yarowsky (1995) bootstraps a word-sense classifier from seed collocations: the contexts of the uses whose sense is
certain teach which words stand around each sense, and a use without a seed is decided by how its context
resembles theirs. Here the seeds are what litmine's sense rules (litmine/concepts/senses.py) already decide with
strong evidence, per corpus (the documents of one labelled set, as benchmarks/concept_senses_whole.py builds its
store) and per ambiguous concept:

- positives: the contexts of candidates kept with a cue of their own concept (cue-backed: `own_cue`, not a name,
  the document at or above the field density) and of the concept's unambiguous mentions (safe forms, acronyms);
- negatives: the contexts of candidates set aside by another sense's word (`form_against`), and of every candidate
  of the concept in a document under the field density (senses.MIN_FIELD_DENSITY); no labelled corpus here mixes
  out-of-domain documents into an in-domain one, so that third kind of negative never occurs.

A context is the words within `WINDOW` words of the form in its passage (reference entries not used), letters only,
at least 3 of them, folded to lower case, stop words out (spaCy's English and German lists), German passages' words
by their CISTEM stem and English ones by litmine's light inflection stripper; the form itself is not part of its
context. Each rejected "no cue" candidate (not a name, no other sense's word, its document at or above the field
density) is scored three ways by its similarity to the positives against the negatives of its corpus and concept:

- `nb`: naive Bayes, the mean over its context words of log P(word | positive) / P(word | negative) (multinomial,
  add-one smoothing over the corpus-concept vocabulary);
- `lr`: a logistic regression (scikit-learn, C 1, classes balanced) over its context words present, P(positive);
- `w2v`: word vectors trained on the corpus's own passages (gensim Word2Vec, 100 dimensions, window 5, words seen at
  least 3 times, 10 epochs, one worker and a fixed seed), the cosine of the context's mean vector to the positives'
  centroid less that to the negatives' centroid.

A concept without positives or without negatives in a corpus has no model there and admits nothing. Thresholds
were fixed before any score was read (`FIXED`); a second threshold per scorer is chosen leave-one-document-out
inside development (for each development document, the score at which the labelled targets of the other
development documents admit the most true less false candidates, "admit nothing" when none gains: lodo_thresholds). Admitted candidates become mentions of
their passage in the benchmark's store (Corpus.mentions), and the development splits and C31's German groups A
and B are scored as concept_senses.py and concept_senses_groups.py score them, before (rules alone) and after.

Only development labels are read: the labelled passages of the development splits (concept_senses.DEVELOPMENT).
The stores hold every document any record names, as concept_senses.py builds them, so the unlabelled text of
held-out documents trains the corpus's model as ingest would train it on a folder; no held-out passage is scored,
printed or read, and nothing is printed per document outside development.

Options: ``--candidates`` adds the documents of the labelled candidate contexts (C22's, B24's and C28's, all
development) to their corpora and scores those contexts as targets too; ``--negatives rest`` trains against every
other candidate of the concept neither cue-backed nor a name (the target itself left out) instead of the rules'
negatives; ``--window N`` sets the context's reach; ``--no-splits`` prints the candidate scores only; ``--data
PATH`` keeps the collected candidates in a pickle (outside the repository) for the next run.

Result (session 28, docs/benchmarks.md section concept_senses, C32's note): no scorer ranks the true rejected
candidates above the false ones (AUC 0.32-0.53 over all 735-800 labelled development targets, passages alone
0.25-0.49, German group A 0.34-0.49), no leave-one-document-out threshold admits a true candidate, and each fixed
threshold admits more false candidates than true ones; nothing of it is in litmine.

Run: ``python benchmarks/concept_senses_corpus.py [--eval ../shared/eval] [--candidates] [--negatives rules|rest]
[--window N] [--no-splits] [--data PATH]``.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

WINDOW = 15  # words either side of the form, within its passage
FIXED = {"nb": 1.0, "lr": 0.9, "w2v": 0.1}  # admission thresholds fixed before any score was read
SCORERS = ("nb", "lr", "w2v")
_LETTERS = re.compile(r"[^\W\d_]+")


def stop_words() -> frozenset[str]:
    """spaCy's English and German stop words, folded."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    from litmine.concepts.german import fold_word

    return frozenset(fold_word(w) for w in EN | DE)


class Words:
    """A passage's words as contexts read them: (start, end, key) of each run of letters, keys folded and stemmed."""

    def __init__(self):
        from litmine.concepts.german import fold_word
        from litmine.concepts.german import stem as german_stem
        from litmine.concepts.matcher import normalise_word

        self.stop = stop_words()
        self.fold, self.de, self.en = fold_word, german_stem, normalise_word

    def of(self, text: str, german: bool) -> list[tuple[int, int, str | None]]:
        out = []
        for m in _LETTERS.finditer(text):
            w = self.fold(m.group())
            key = None
            if len(w) >= 3 and w not in self.stop:
                key = self.de(w) if german else self.en(w)
            out.append((m.start(), m.end(), key))
        return out


def context(words: list[tuple[int, int, str | None]], start: int, end: int, window: int = WINDOW) -> list[str]:
    """The keys of the words within `window` words of [start, end), the form's own words left out."""
    inside = [k for k, (s, e, _) in enumerate(words) if s < end and start < e]
    if not inside:
        return []
    lo, hi = max(0, inside[0] - window), min(len(words), inside[-1] + 1 + window)
    return [words[k][2] for k in range(lo, hi) if words[k][2] and not (words[k][0] < end and start < words[k][1])]


def collect(eval_dir: Path, extra: dict[str, set[str]] | None = None, window: int = WINDOW) -> dict[str, dict]:
    """Per labelled set: its documents (every file any record names, as concept_senses.corpora, and the files of
    `extra`, set -> paths), each tagged whole by the rules with a witness (concept_senses_groups._Witness): the
    candidates with their evidence and context, the unambiguous mentions' contexts, and each text passage's word
    keys (for word vectors). Contexts reach `window` words either side."""
    from concept_senses_data import all_records, record_path
    from concept_senses_groups import _Witness
    from concept_senses_whole import read_document

    from litmine.concepts import senses
    from litmine.concepts.german import is_german
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import ConceptMatcher
    from litmine.concepts.prefilter import fold
    from litmine.concepts.tagging import tag_passages
    from litmine.errors import InputError

    lexicon = load_lexicon()
    ambiguous = {c.id for c in lexicon if c.ambiguous}
    matcher = ConceptMatcher(lexicon)
    witness = _Witness()
    matcher.sense_model = witness
    words = Words()
    paths: dict[str, set[str]] = {}
    for rec in all_records():
        path = record_path(eval_dir, rec)
        if path.exists():
            paths.setdefault(rec["set"], set()).add(str(path))
    for name, more in (extra or {}).items():
        paths.setdefault(name, set()).update(more)
    out = {}
    for name, found in sorted(paths.items()):
        cands, unamb, sentences = [], [], []
        for path in sorted(found):
            try:
                doc = read_document(path)
            except InputError:
                continue
            witness.where = {id(p.text): p.index for p in doc.passages}
            witness.seen = []
            mentions, _, _ = tag_passages(matcher, doc.passages)
            by_index = {p.index: p for p in doc.passages}
            cache: dict[int, list] = {}

            def words_of(p, german=None):
                if p.index not in cache:
                    g = german if german is not None else is_german(fold(p.text))
                    cache[p.index] = words.of(p.text, g)
                return cache[p.index]

            seen_keys = set()
            for c in witness.seen:
                p = by_index[c["passage"]]
                seen_keys.add((c["passage"], c["start"], c["end"], c["concept"]))
                if p.kind == "reference":
                    continue
                c = dict(c, path=path, ctx=context(words_of(p, c["german"]), c["start"], c["end"], window))
                c["cue_backed"] = c["why"] is None and c["own_cue"] and not c["in_name"] and \
                    c["density"] >= senses.MIN_FIELD_DENSITY
                cands.append(c)
            for m in mentions:
                if m.concept in ambiguous and m.source == "text" and \
                        (m.passage_index, m.start, m.end, m.concept) not in seen_keys:
                    p = by_index[m.passage_index]
                    unamb.append({"path": path, "concept": m.concept,
                                  "ctx": context(words_of(p), m.start, m.end, window)})
            for p in doc.passages:
                if p.kind != "reference":
                    keys = [k for _, _, k in words_of(p) if k]
                    if len(keys) >= 3:
                        sentences.append(keys)
        out[name] = {"cands": cands, "unamb": unamb, "sentences": sentences}
        print(f"{name}: {len(found)} documents, {len(cands)} candidates, {len(unamb)} unambiguous mentions of "
              f"ambiguous concepts, {len(sentences)} passages", file=sys.stderr)
    return out


def is_target(c: dict) -> bool:
    """A rejected "no cue" candidate the corpus model may admit: no name, no other sense's word, its document at
    or above the field density."""
    from litmine.concepts import senses

    return (c["why"] is not None and c["why"].startswith("no ") and not c["in_name"] and not c["against"]
            and c["density"] >= senses.MIN_FIELD_DENSITY)


def is_negative(c: dict) -> bool:
    """A candidate the rules set aside with evidence of another sense: another sense's word beside it, or its
    document under the field density."""
    from litmine.concepts import senses

    return bool(c["against"]) or c["density"] < senses.MIN_FIELD_DENSITY


def train_scores(data: dict, negatives: str = "rules") -> dict[tuple, dict[str, float]]:
    """(path, passage, start, end, concept) of each target candidate -> its score by each scorer (a concept with no
    positives or no negatives in its corpus: no scores). `negatives`: "rules", the contexts the rules set aside with
    evidence of another sense (is_negative); "rest", every candidate of the concept neither cue-backed nor a name,
    the target itself left out (positive and unlabelled, as Yarowsky's residual)."""
    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    scores: dict[tuple, dict[str, float]] = {}
    for name, d in data.items():
        w2v = Word2Vec(d["sentences"], vector_size=100, window=5, min_count=3, epochs=10, workers=1, seed=1)
        kv = w2v.wv

        def mean_vec(ctx):
            vs = [kv[w] for w in ctx if w in kv]
            return np.mean(vs, axis=0) if vs else None

        pos: dict[str, list] = defaultdict(list)
        neg: dict[str, list] = defaultdict(list)
        for c in d["cands"]:
            if c["cue_backed"]:
                pos[c["concept"]].append(c["ctx"])
            elif is_negative(c) if negatives == "rules" else not c["in_name"]:
                neg[c["concept"]].append(c["ctx"])
        for u in d["unamb"]:
            pos[u["concept"]].append(u["ctx"])
        targets = [c for c in d["cands"] if is_target(c)]
        stats = []
        for concept in sorted({c["concept"] for c in targets}):
            P, N = [x for x in pos[concept] if x], [x for x in neg[concept] if x]
            mine = [c for c in targets if c["concept"] == concept]
            stats.append(f"{concept} {len(P)}+/{len(N)}-/{len(mine)}?")
            if not P or not N:
                continue
            cp, cn = Counter(w for x in P for w in x), Counter(w for x in N for w in x)
            vocab = len(set(cp) | set(cn)) + 1
            tp, tn = sum(cp.values()) + vocab, sum(cn.values()) + vocab
            vec = DictVectorizer()
            X = vec.fit_transform([dict.fromkeys(x, 1) for x in P + N])
            lr = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(X, [1] * len(P) + [0] * len(N))
            centres, counts = [], []
            for group in (P, N):
                vs = [v for v in map(mean_vec, group) if v is not None]
                centres.append(np.mean(vs, axis=0) if vs else None)
                counts.append(len(vs))
            for c in mine:
                ctx = c["ctx"]
                own = negatives == "rest" and not c["in_name"] and bool(ctx)  # the target is one of the negatives
                cn_c = cn - Counter(ctx) if own else cn
                tn_c = tn - len(ctx) if own else tn
                s = {}
                s["nb"] = (sum(math.log((cp[w] + 1) / tp) - math.log((cn_c[w] + 1) / tn_c) for w in ctx) / len(ctx)
                           if ctx else 0.0)
                model = lr
                if own:
                    rest = list(N)
                    rest.remove(ctx)
                    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(
                        vec.transform([dict.fromkeys(x, 1) for x in P + rest]), [1] * len(P) + [0] * len(rest))
                s["lr"] = float(model.predict_proba(vec.transform([dict.fromkeys(ctx, 1)]))[0, 1]) if ctx else 0.0
                v = mean_vec(ctx)
                if v is None or centres[0] is None or centres[1] is None:
                    s["w2v"] = -1.0
                else:
                    centre_n = centres[1]
                    if own and counts[1] > 1:
                        centre_n = (centres[1] * counts[1] - v) / (counts[1] - 1)
                    cos = [float(v @ m / (np.linalg.norm(v) * np.linalg.norm(m) or 1.0)) for m in (centres[0], centre_n)]
                    s["w2v"] = cos[0] - cos[1]
                scores[(c["path"], c["passage"], c["start"], c["end"], c["concept"])] = s
        print(f"{name}: positives/negatives/targets per concept: " + ", ".join(stats), file=sys.stderr)
    return scores


def labelled_targets(eval_dir: Path, data: dict, scores: dict) -> list[dict]:
    """The target candidates of labelled development passages with scores: key, label (a true mention of its
    concept overlaps it), document, German group (C31's) for German passages, split."""
    from concept_senses import DEVELOPMENT, GERMAN, _groups
    from concept_senses_data import label_spans, load_labelled, record_path
    from concept_senses_groups import group_of

    by_place = defaultdict(list)
    for key in scores:
        by_place[(key[0], key[1])].append(key)
    out = []
    for split in DEVELOPMENT:
        for rec, passage in load_labelled(eval_dir, split):
            if passage is None:
                continue
            path = str(record_path(eval_dir, rec))
            gold = label_spans(passage.text, rec.get("mentions", []), Counter())
            german = GERMAN in _groups(rec)
            for key in by_place.get((path, passage.index), []):
                _, _, s, e, concept = key
                out.append({"key": key, "label": any(c == concept and gs < e and s < ge for c, gs, ge in gold),
                            "doc": path, "split": split, "german": german,
                            "group": group_of(rec["file"]) if german else "en", "scores": scores[key]})
    return out


def candidate_files(eval_dir: Path) -> dict[str, set[str]]:
    """Set -> the documents of the labelled candidate contexts (benchmarks/data/concept_senses/candidates: C22's,
    B24's and C28's development candidates), to be added to their set's corpus."""
    from concept_senses_candidates import FOLDER, is_passage_mention, record_path, records

    out: dict[str, set[str]] = {}
    for rec in records(FOLDER):
        path = record_path(eval_dir, rec)
        if not is_passage_mention(rec) and path.exists():
            out.setdefault(rec["set"], set()).add(str(path))
    return out


def candidate_targets(eval_dir: Path, data: dict, scores: dict) -> list[dict]:
    """The labelled candidate contexts that are target candidates with scores, as labelled_targets' items (label:
    the record's `sense`; split "contexts")."""
    from concept_senses_candidates import FOLDER, is_passage_mention, record_path, records
    from concept_senses_data import occurrences, passage_key
    from concept_senses_groups import group_of
    from concept_senses_whole import read_document

    german = {(c["path"], c["passage"], c["start"], c["concept"]): (c["german"], c["end"])
              for d in data.values() for c in d["cands"]}
    out, keys_of = [], {}
    for rec in records(FOLDER):
        path = str(record_path(eval_dir, rec))
        if is_passage_mention(rec) or not Path(path).exists():
            continue
        if path not in keys_of:
            keys_of[path] = {passage_key(p.text): p for p in read_document(path).passages}
        p = keys_of[path].get(rec["key"])
        places = occurrences(p.text, rec["surface"]) if p is not None else []
        if int(rec["occurrence"]) >= len(places):
            continue
        start = places[int(rec["occurrence"])][0]
        found = german.get((path, p.index, start, rec["concept"]))
        if found is None:
            continue
        key = (path, p.index, start, found[1], rec["concept"])
        if key in scores:
            out.append({"key": key, "label": bool(rec["sense"]), "doc": path, "split": "contexts",
                        "german": found[0], "group": group_of(rec["file"]) if found[0] else "en",
                        "scores": scores[key]})
    return out


def auc(pairs: list[tuple[float, bool]]) -> float:
    """Area under the ROC curve: the chance a true item outscores a false one (ties count half)."""
    t = [s for s, y in pairs if y]
    f = [s for s, y in pairs if not y]
    if not t or not f:
        return float("nan")
    return sum((a > b) + 0.5 * (a == b) for a in t for b in f) / (len(t) * len(f))


def lodo_thresholds(items: list[dict], scorer: str) -> dict[str, float]:
    """Per development document, the admission threshold chosen on the other documents' labelled targets: the
    candidate score that maximises admitted true less admitted false (F1 over the targets alone would reward
    admitting all), "admit nothing" (inf) unless some threshold gains."""
    out = {}
    for doc in {it["doc"] for it in items}:
        rest = [(it["scores"][scorer], it["label"]) for it in items if it["doc"] != doc]
        best, gain = math.inf, 0
        for th in sorted({s for s, _ in rest}):
            g = sum(1 if y else -1 for s, y in rest if s >= th)
            if g > gain:
                best, gain = th, g
        out[doc] = best
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    ap.add_argument("--negatives", choices=("rules", "rest"), default="rules", help="train_scores' negatives")
    ap.add_argument("--data", help="a pickle of the collected candidates: read when it exists, else written")
    ap.add_argument("--no-splits", action="store_true", help="candidate scores only, no split or group rows")
    ap.add_argument("--candidates", action="store_true",
                    help="add the labelled candidate contexts' documents to their corpora and score the contexts too")
    ap.add_argument("--window", type=int, default=WINDOW, help="context words either side of the form")
    args = ap.parse_args()
    eval_dir = Path(args.eval)
    if args.data and Path(args.data).exists():
        data = pickle.loads(Path(args.data).read_bytes())
    else:
        data = collect(eval_dir, candidate_files(eval_dir) if args.candidates else None, args.window)
        if args.data:
            Path(args.data).write_bytes(pickle.dumps(data))
    scores = train_scores(data, args.negatives)
    items = labelled_targets(eval_dir, data, scores)
    if args.candidates:
        items += candidate_targets(eval_dir, data, scores)
    print(f"labelled development target candidates: {len(items)}, true {sum(it['label'] for it in items)}")
    print("| scorer | part | targets | true | AUC | admitted at fixed threshold (true / false) | "
          "admitted with LODO threshold (true / false) |")
    print("|---|---|---|---|---|---|---|")
    admitted: dict[str, dict[str, set]] = {}
    for scorer in SCORERS:
        th = lodo_thresholds(items, scorer)
        admitted[scorer] = {"fixed": {k for k, s in scores.items() if s[scorer] >= FIXED[scorer]},
                            "lodo": set()}
        for part in ("all", "en", "A", "B", "passages", "contexts"):
            mine = [it for it in items if part == "all" or part in (it["group"], "contexts" if it["split"] ==
                                                                   "contexts" else "passages")]
            fx = [it for it in mine if it["scores"][scorer] >= FIXED[scorer]]
            lo = [it for it in mine if it["scores"][scorer] >= th[it["doc"]]]
            print(f"| {scorer} | {part} | {len(mine)} | {sum(it['label'] for it in mine)} | "
                  f"{auc([(it['scores'][scorer], it['label']) for it in mine]):.3f} | "
                  f"{sum(it['label'] for it in fx)} / {sum(not it['label'] for it in fx)} | "
                  f"{sum(it['label'] for it in lo)} / {sum(not it['label'] for it in lo)} |")
        print(f"  {scorer}: LODO thresholds chosen: {dict(Counter(th.values()))}")
        # unlabelled documents: the LODO threshold is the one chosen on all labelled development targets
        whole = lodo_thresholds([*items, {"doc": None, "scores": {scorer: 0}, "label": False}], scorer)[None]
        admitted[scorer]["lodo"] = {k for k, s in scores.items() if s[scorer] >= th.get(k[0], whole)}
        trues = sorted((round(it["scores"][scorer], 3) for it in items if it["label"]), reverse=True)
        falses = sorted((round(it["scores"][scorer], 3) for it in items if not it["label"]), reverse=True)
        print(f"  {scorer}: true targets' scores {trues[:12]}; false targets' highest {falses[:12]}")
    if not args.no_splits:
        score_admitted(eval_dir, admitted)


def score_admitted(eval_dir: Path, admitted: dict[str, dict[str, set]]) -> None:
    """The development splits and C31's German groups scored as the headline scores them (rules alone), and with
    each scorer's admitted candidates added to their passages' stored mentions."""
    import concept_senses_whole as whole
    from concept_senses import DEVELOPMENT, GERMAN, Tally, _groups, corpora
    from concept_senses_data import label_spans, load_labelled, record_path
    from concept_senses_groups import group_of

    from litmine.concepts.lexicon import load_lexicon
    from litmine.models import Mention

    records = [(split, rec, p) for split in DEVELOPMENT for rec, p in load_labelled(eval_dir, split) if p is not None]
    found = corpora(eval_dir, {rec["set"] for _, rec, _ in records}, load_lexicon(), whole.CACHE)
    modes = {"rules alone": set()}
    for scorer, by in admitted.items():
        for how, keys in by.items():
            modes[f"{scorer} {how}"] = keys
    tallies: dict[tuple, Tally] = {}
    for split, rec, passage in records:
        path = str(record_path(eval_dir, rec))
        base = found[rec["set"]].mentions(path, passage.index)
        if base is None:
            continue
        text = passage.text
        gold = label_spans(text, rec.get("mentions", []), Counter())
        friends = label_spans(text, rec.get("false_friends", []), Counter())
        rows = [split, "development"]
        if GERMAN in _groups(rec):
            rows.append(f"German group {group_of(rec['file'])}")
        for mode, keys in modes.items():
            extra = [Mention(concept=c, start=s, end=e, surface=text[s:e], via="corpus senses")
                     for (kp, ki, s, e, c) in keys if kp == path and ki == passage.index
                     and not any(m.concept == c and m.start < e and s < m.end for m in base)]
            predicted = sorted([*base, *extra], key=lambda m: (m.start, m.end))
            for row in rows:
                for group in _groups(rec):
                    tallies.setdefault((mode, row, group), Tally()).add(text, predicted, gold, friends)
    print("| mode | split | set | passages | true mentions | predicted | precision | recall | false friends | "
          "false mentions / 100 passages |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (mode, row, group), t in sorted(tallies.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        if group == "all" or row.startswith("German group") and group == GERMAN or group in (
                "uk-approved-documents", "science-out-of-domain", GERMAN):
            print(f"| {mode} | {row} | {group} | {t.passages} | {t.tp + t.fn} | {t.tp + t.fp} | {t.precision:.3f} | "
                  f"{t.recall:.3f} | {t.friends} | {100 * t.fp / t.passages:.1f} |")


if __name__ == "__main__":
    main()
