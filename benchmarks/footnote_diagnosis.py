"""Where the recall of footnote references goes, on the development documents only (issue 13).

Usage: python benchmarks/footnote_diagnosis.py [--eval ../shared/eval] [--model PATH ...] [--cache PATH] [--list]
       python benchmarks/footnote_diagnosis.py --notes   (the labelled German notes, both halves, counts only)
       python benchmarks/footnote_diagnosis.py --groups [--model PATH ...] [--cache PATH] [--list] [--rejections]
       python benchmarks/footnote_diagnosis.py --groups --fields [--cache PATH] [--list [--list-group A|C|D|E|F|G ...]]

For each development document (de_footnotes tune half, de_footnotes_and_refsection half 0: the halves of
benchmarks/footnotes.py; a held-out document is never read) every gold reference whose first 25 characters lie in a
footnote or reference passage (detected) but that is paired with no reference litmine outputs is put in one case:

- merged: one output reference covers most of it and runs on well past it (into a neighbour, prose or a comment);
- split: two or more output references share it;
- cut short: one output reference covers part of it (under 60 % of its letters) and little else;
- paired wrongly: an output reference covers it (60 %+) and little else, but pairing gave that reference to another
  gold reference or scored them under 0.5;
- O by the segmenter: no output reference touches it and the segmenter labels most of its letters O
  (split by whether the gold reference is a short form, one without a title);
- dropped by rules: no output reference touches it although the segmenter labels most of it B/I (footnotes.py's
  rules of what a piece is rejected it, or a short form was resolved instead of kept).

--notes: the same cases for the labelled notes of German papers with a list (footnotes.py --notes-only's gold), both
halves, counts only; the held-out half is read for its aggregate counts alone (no reference or text of it printed),
to say at which stage held-out references are lost without reading them.

--groups (session 25, F24): the development papers (notes half 0 of footnotes.py --notes-only, the de_footnotes tune
half, de_footnotes_and_refsection half 0) parted by group(), a hash of the SSOAR id fixed before any error was read:
errors are read on group A only (--list prints group A's unpaired gold references by case and its extra references,
and, session 32, F53, each gold reference in no footnote or reference passage with the kind of passage that holds it
and whether an output reference pairs it: undetected()),
group B is only scored, so that a change is seen to carry over to papers nobody read for it. Prints soft F1 rows
per group and set for each --model (give --cache a path of its own: that pickle holds the notes papers too).
--rejections (session 26, F25): with --groups, every piece of a stretch the segmenter marks that
footnotes._model_entry makes no entry of, on group A's papers only, counted by the rule that rejects it
(rejection(): the test of _entry that makes nothing of it, then why TRUST / WHOLE_TRUST did not keep it) and by
whether it overlaps a gold reference left unpaired, one paired otherwise, or none; --list prints each piece.
--fields (session 29, F37): with --groups, the fields of the paired references, per group, field and reader (reader():
a rule of footnote_fields, the note tagger, the list tagger a note's entry is routed to, a short form, a list's
entry): gold present, litmine right (soft), wrong, missing, and extra (a value where the gold has none); --list
prints each wrong or missing field of the listed groups (A, C, D; never B) with the gold value, litmine's and the raw.

Letters are compared after soft() (lower case, letters and digits only) in the footnote and reference passages joined.
Each --model (a footnote_segmenter.npz) is scored in turn: the references are found again from the extracted
passages (footnotes.py's rescored, with the PDF's italics), so the PDFs are read once (--cache keeps the passages
in a pickle between runs). Printed per half: paired share, soft F1, the counts per case (--list: each case's
gold references, development only), and the segmenter alone at the string level (string_level: its spans against
the <ref> spans of EXCITE's layout_refs in the small-type zones of the same documents; a zone may hold several notes
and the gold marks only some references, and author-year short forms it marks are O for the segmenter by design, so
recall is the figure to read, precision is understated). Prints only; docs/benchmarks.md is not written.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from citations import FIELDS, excite_gold, pair, soft  # noqa: E402
from footnotes import Stages, halves_of, layout_notes  # noqa: E402

import litmine.citations.extract as citations_extract  # noqa: E402
from litmine.citations import footnote_model, footnotes  # noqa: E402
from litmine.citations.references import looks_like_reference  # noqa: E402

CASES = ("merged", "split", "cut short", "paired wrongly", "O by segmenter (full reference)",
         "O by segmenter (short form)", "dropped by rules")
SETS = (("de_footnotes", "tune half"), ("de_footnotes_and_refsection", "half 0"))


def development_documents(ev: Path) -> list[tuple[str, str]]:
    """(subset, SSOAR id) of every development document whose PDF is present; held-out ones are left out here."""
    out = []
    for subset, _ in SETS:
        gold = excite_gold(ev, subset)
        ids = sorted(sid for sid in gold if (ev / "excite-ssoar" / subset / "pdf" / f"{sid}.pdf").exists())
        out += [(subset, sid) for sid, half in halves_of(subset, ids).items() if half == "tune"]
    return out


def extracted(ev: Path, keys: list[tuple[str, str]], cache: Path | None) -> dict[tuple[str, str], tuple]:
    """Each document's passages and the italics its PDF gave the citation step, from the cache when it holds them."""
    return passages_and_italics({(subset, sid): ev / "excite-ssoar" / subset / "pdf" / f"{sid}.pdf"
                                 for subset, sid in keys}, cache)


def passages_and_italics(pdfs: dict, cache: Path | None) -> dict:
    """{key: (passages, italics)} of each PDF of {key: path}, the italics as its PDF gave them to the citation step;
    read from the cache when it exists, else written to it."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    from litmine.ingest import extract_document

    seen: list = []
    real = citations_extract.extract_citations

    def spy(passages, italics=None):
        seen.append(italics)
        return real(passages, italics)

    out = {}
    citations_extract.extract_citations = spy
    try:
        for key, path in pdfs.items():
            seen.clear()
            doc, _ = extract_document(str(path))
            out[key] = (doc.passages, seen[-1] if seen else None)
    finally:
        citations_extract.extract_citations = real
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def found_again(passages, italics, segmenter) -> SimpleNamespace:
    """References and citations of the passages, found with this segmenter."""
    saved = footnotes.default_segmenter, citations_extract.default_segmenter
    footnotes.default_segmenter = citations_extract.default_segmenter = lambda: segmenter
    try:
        refs, cits = citations_extract.extract_citations(passages, italics)
    finally:
        footnotes.default_segmenter, citations_extract.default_segmenter = saved
    return SimpleNamespace(passages=passages, references=refs, citations=cits)


class Letters:
    """The soft letters of a document's footnote and reference passages, joined, each with its passage and the
    offset of its character there, and which letters the segmenter labels B or I."""

    def __init__(self, passages, segmenter) -> None:
        self.text, self.where, inside = "", [], []
        for p in passages:
            if p.kind not in ("footnote", "reference"):
                continue
            marked = set()
            if segmenter is not None and p.kind == "footnote":
                for a, b, _ in segmenter.spans(p.text):
                    marked.update(range(a, b))
            for k, ch in enumerate(p.text):
                s = soft(ch)
                self.text += s
                inside += [k in marked] * len(s)
        self.inside = inside

    def find(self, s: str, start: int = 0) -> tuple[int, int] | None:
        """The span of s (soft) in the letters, or of its first 25 letters (a reference broken by other text)."""
        k = self.text.find(s, start)
        if k >= 0:
            return k, k + len(s)
        k = self.text.find(s[:25], start)
        return (k, k + len(s)) if k >= 0 and s else None


def case_of(g: dict, span: tuple[int, int], preds: list[tuple[int, int, int]], paired_pred: set[int],
            letters: Letters) -> str:
    """The case of one detected, unpaired gold reference (see the module's docstring)."""
    a, b = span
    cover = [(j, min(b, y) - max(a, x), (y - x) - max(0, min(b, y) - max(a, x))) for j, x, y in preds
             if min(b, y) - max(a, x) > 0.1 * (b - a)]
    if not cover:
        if sum(letters.inside[a:b]) >= 0.5 * (b - a):
            return "dropped by rules"
        return "O by segmenter (full reference)" if g["title"] else "O by segmenter (short form)"
    if len(cover) > 1:
        return "split"
    j, inside, outside = cover[0]
    if inside < 0.6 * (b - a):
        return "merged" if outside > max(20, 0.3 * (b - a)) else "cut short"
    if outside > max(20, 0.3 * (b - a)):
        return "merged"
    return "paired wrongly"


def diagnose(gold: list[dict], doc, letters: Letters) -> list[tuple[str, dict]]:
    """(case, gold reference) of each detected gold reference left unpaired."""
    pairs = dict(pair(gold, doc.references))
    paired_pred = set(pairs.values())
    preds, pos = [], {}
    for j, r in enumerate(doc.references):
        s = soft(r.raw)
        k = letters.text.find(s[:40]) if len(s) >= 8 else -1
        while k >= 0:  # every place it is printed (a reference cited again in another note)
            preds.append((j, k, k + len(s)))
            k = letters.text.find(s[:40], k + 1)
    out = []
    for i, g in enumerate(gold):
        gs = soft(g["raw"])
        span = letters.find(gs, pos.get(gs[:25], 0))
        if span is None:
            continue  # not detected
        pos[gs[:25]] = span[0] + 1
        if i not in pairs:
            out.append((case_of(g, span, preds, paired_pred, letters), g))
    return out


def undetected(gold: list[dict], doc, passages, paired: dict | None = None) -> list[tuple[str, dict]]:
    """(line, gold reference) of each gold reference whose letters lie in no footnote or reference passage (the
    diagnosis's "not detected"): the line names the kind of passage that holds its first 25 soft letters (caption,
    body, heading ...; "nowhere" when none does) and whether an output reference pairs it all the same (paired:
    pair()'s gold index -> reference index, when the caller has it)."""
    notes = Letters(passages, None)
    kinds = [(p.kind, soft(p.text)) for p in passages if p.kind not in ("footnote", "reference")]
    paired = dict(pair(gold, doc.references)) if paired is None else paired
    out = []
    for i, g in enumerate(gold):
        gs = soft(g["raw"])
        if not gs or notes.find(gs) is not None:
            continue
        kind = next((k for k, text in kinds if gs[:25] in text), "nowhere")
        out.append((f"not detected ({kind}, {'paired' if i in paired else 'unpaired'})", g))
    return out


def _core(text: str, a: int, b: int) -> tuple[int, int]:
    """A span without the spaces and punctuation at its ends."""
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return a, b


def _prf(tp: int, found: int, total: int) -> str:
    p, r = tp / max(1, found), tp / max(1, total)
    return f"{p:.3f} / {r:.3f} / {2 * p * r / max(1e-9, p + r):.3f}"


def string_level(ev: Path, keys: list[tuple[str, str]], seg) -> tuple[int, int, int]:
    """The segmenter alone on the development documents' small-type zones (layout_notes of EXCITE's layout_refs:
    the text and the gold reference spans of each note): (matched, found, gold) reference spans, a found span
    matching a gold one when they share 80 % of their letters (overlap over union, ends' punctuation left out)."""
    tp = found = total = 0
    for subset, sid in keys:
        for text, spans in layout_notes(ev / "excite-ssoar" / subset / "layout_refs" / f"{sid}.xml"):
            gold = [_core(text, a, b) for a, b in spans]
            pred = [_core(text, a, b) for a, b, _ in seg.spans(text)]
            total, found = total + len(gold), found + len(pred)
            used: set[int] = set()
            for a, b in pred:
                for k, (x, y) in enumerate(gold):
                    inter = min(b, y) - max(a, x)
                    if k not in used and inter > 0 and inter >= 0.8 * (max(b, y) - min(a, x)):
                        used.add(k)
                        tp += 1
                        break
    return tp, found, total


def development_set(ev: Path, cache: str) -> tuple[list[tuple[str, str]], dict, dict]:
    """The development documents' keys, their extracted passages (cached in `cache`, a pickle path, when given)
    and EXCITE's gold references per subset: what every development-only footnote benchmark starts from."""
    keys = development_documents(ev)
    return keys, extracted(ev, keys, Path(cache) if cache else None), {subset: excite_gold(ev, subset)
                                                                         for subset, _ in SETS}


def notes_cases(ev: Path) -> None:
    """The cases of the labelled notes of German papers with a list (benchmarks/footnotes.py --notes-only's gold, whole
    documents as ingest reads them, the shipped segmenter), counted per half: half 0 is development, half 1 held-out,
    whose counts are printed as aggregates only (no gold reference and no text of it). A short form is a gold
    reference without a title."""
    from citations import extra_pdfs
    from footnotes import notes_gold, notes_half, notes_only

    from litmine.ingest.extract import extract_document

    gold, pdfs, seg = notes_gold(), extra_pdfs(ev), footnote_model.default_segmenter()
    counts = {0: Counter(), 1: Counter()} | {group: Counter() for group in ROUND_GROUPS.values()}
    for sid in sorted(gold):
        if not (pdfs / f"{sid}.pdf").exists():
            continue
        c = counts[notes_half(sid) if notes_half(sid) < 2 else group(sid)]
        doc, _ = extract_document(str(pdfs / f"{sid}.pdf"))
        letters = Letters(doc.passages, seg)
        c["gold"] += len(gold[sid])
        c["not detected"] += sum(1 for g in gold[sid] if letters.find(soft(g["raw"])) is None)
        for case, g in diagnose(gold[sid], notes_only(doc), letters):
            c[f"{case} ({'full' if g.get('title') else 'short form'})"] += 1
            c["unpaired"] += 1
    for half, name in ((0, "half 0 (development)"), (1, "half 1 (held-out, aggregates only)"),
                       *((g, f"round {g} (development)") for g in ROUND_GROUPS.values())):
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts[half].items())))


# the group of each development round of the notes (footnotes.DEV_ROUNDS): its errors may be read
ROUND_GROUPS = {"b28": "C", "b29": "D", "b30": "E", "b31": "F", "b33": "G"}


def group(sid: str) -> str:
    """The group of a development paper, "A" (its errors may be read) or "B" (scored only): A when the first byte of
    the SHA-1 of "f24-groups" + its SSOAR id is even; fixed in session 25 before any error was read. "C", "D": the
    notes papers of the development rounds labelled after that (footnotes.DEV_ROUNDS: round C in session 27, round D,
    endnotes, in session 28), whose errors may be read; "E": round E (session 29), "F": round F (session 30) and "G": round G (session 31),
    each scored only in the session it was labelled in, so that it measures that session's changes on papers nobody
    read."""
    from footnotes import notes_half, notes_rounds

    if notes_half(sid) == 2:
        return ROUND_GROUPS[notes_rounds()[sid]]
    return "A" if hashlib.sha1(f"f24-groups{sid}".encode()).digest()[0] & 1 == 0 else "B"


def rejection(text: str, a: int, b: int, conf: float, whole: bool) -> str:
    """Which rule of footnotes._model_entry (and of footnotes._entry under it) rejects the piece text[a:b] the
    segmenter marked, a piece it made no entry of, named for the rejections table (--rejections). Follows the
    order of those two functions' tests (a mirror of them for the diagnosis: where they change, this must too)."""
    part = footnotes._PUBLISHED_IN.sub("", text[a:b].strip(" \t\n;,:"), count=1)
    if not part:
        return "empty"
    why = _rule_rejection(part)
    filed = footnotes._FILED.match(part) is not None and footnotes._lower_share(part) <= 0.4 and \
        not re.search(footnotes._YEAR, part)
    if len(part) <= 15:
        return f"{why}; 15 characters or fewer"
    if footnotes._callouts_only(footnotes._short_before_prose(part)):
        return f"{why}; callouts only"
    if conf == 0.0:
        return f"{why}; after a cue inside the stretch (no trust)"
    if conf < (footnotes.WHOLE_TRUST if whole or filed else footnotes.TRUST):
        return f"{why}; under {'WHOLE_TRUST' if whole or filed else 'TRUST'}"
    if conf < footnotes.TRUST:
        return f"{why}; under TRUST, whole note not dated"
    if looks_like_reference(part) < 0.1:
        return f"{why}; trusted, looks_like_reference < 0.1"
    if footnotes._is_prose(part):
        return f"{why}; trusted, _is_prose"
    if footnotes._never_reference(part):
        return f"{why}; trusted, _never_reference"
    return f"{why}; trusted, licence line before it"


def _rule_rejection(part: str) -> str:
    """Which test of footnotes._entry makes nothing of a part (for rejection()); the part's short forms and
    "ders." are entries, so only the tests that return None are named."""
    ib = footnotes._IBID.match(part)
    if ib:
        part = part[ib.end():].strip(" ,;.")
    part = footnotes._short_before_prose(part)
    if footnotes._BOILERPLATE.search(part):
        return "rules: licence line"
    if footnotes._DERS.match(part):
        return "rules: ders. scored under 0.3"
    if footnotes._cites_only(part):
        return "rules: cites only (callouts or prose citing several)"
    if footnotes._POINTER.match(part) or footnotes._about_a_person(part):
        return "rules: pointer or biography"
    part = footnotes._trim_reference(part)
    if footnotes._LOWER_START.match(part):
        return "rules: lower-case start"
    if len(re.findall(r"[^\W\d_]{2,}", part)) < 4:
        return "rules: under four words"
    if footnotes._is_prose(part):
        return "rules: _is_prose"
    return "rules: looks_like_reference under its bar"


def rejection_rows(docs: dict, gold: dict, seg) -> Counter:
    """Per rejection (rejection()), the pieces footnotes._model_entry rejects on group A's papers, and how many of
    them overlap a gold reference (their soft letters and a gold reference's share half their union, or one holds
    the other's first 25 letters at a like length: footnote_pieces._alike) that no output reference pairs with
    ("unpaired gold") or one that another pairs with ("paired gold"); printed with their text (--list)."""
    from footnote_pieces import _alike
    from footnotes import notes_only

    counts: Counter = Counter()
    original = footnotes._model_entry
    for (subset, sid), (passages, italics) in docs.items():
        if group(sid) != "A":
            continue
        golds = [soft(g["raw"]) for g in gold[subset][sid]]
        rows: list[tuple[str, str]] = []

        def spy(text, a, b, conf, whole, rows=rows):
            entry = original(text, a, b, conf, whole)
            if entry is None:
                rows.append((rejection(text, a, b, conf, whole), text[a:b].strip()))
            return entry

        footnotes._model_entry = spy
        try:
            found = found_again(passages, italics, seg)
        finally:
            footnotes._model_entry = original
        doc = notes_only(found) if subset == "notes" else found
        paired = dict(pair(gold[subset][sid], doc.references))
        for why, piece in rows:
            hits = [i for i, g in enumerate(golds) if _alike(soft(piece), g)]
            hit = "unpaired gold" if any(i not in paired for i in hits) else "paired gold" if hits else "no gold"
            counts[(why, hit)] += 1
            counts[("listed", subset, sid, why, hit, piece[:160])] += 1
    return counts


def group_rows(ev: Path, models: list[str], cache: str, listing: bool, rejections: bool = False,
               listed: tuple[str, ...] = ("A",), fields: bool = False) -> None:
    """Soft F1 per group (group()) and development set with each segmenter; listing: the unpaired gold references
    by case and the extra references of the groups in listed (A or C, never group B's); rejections: group A's
    rejected pieces by rule (rejection_rows), their text too with listing; fields: the paired references' fields
    (field_rows) instead of the unpaired and extra references' listing."""
    from citations import extra_pdfs
    from footnotes import notes_gold, notes_half, notes_only

    notes, pdfs = notes_gold(), extra_pdfs(ev)
    paths = {("notes", sid): pdfs / f"{sid}.pdf" for sid in sorted(notes)
             if notes_half(sid) != 1 and (pdfs / f"{sid}.pdf").exists()}
    paths.update({key: ev / "excite-ssoar" / key[0] / "pdf" / f"{key[1]}.pdf" for key in development_documents(ev)})
    docs = passages_and_italics(paths, Path(cache) if cache else None)
    gold = {"notes": notes} | {subset: excite_gold(ev, subset) for subset, _ in SETS}
    for model in models:
        seg = footnote_model.FootnoteSegmenter.load(Path(model))
        print(f"\n{model}\n| group | set | docs | gold | paired | extra | soft F1 |\n|---|---|---|---|---|---|---|")
        stages: dict[tuple[str, str], Stages] = {}
        for (subset, sid), (passages, italics) in docs.items():
            found = found_again(passages, italics, seg)
            doc = notes_only(found) if subset == "notes" else found
            stages.setdefault((group(sid), subset), Stages()).add(doc, gold[subset][sid], None)
            if listing and not fields and group(sid) in listed:
                print(f"    {subset} {sid}")
                for case, g in diagnose(gold[subset][sid], doc, Letters(passages, seg)):
                    print(f"    gold, {case} | {g['raw'][:160]}")
                pairs = dict(pair(gold[subset][sid], doc.references))
                for line, g in undetected(gold[subset][sid], doc, passages, pairs):
                    print(f"    gold, {line} | {g['raw'][:160]}")
                paired = set(pairs.values())
                for j, r in enumerate(doc.references):
                    if j not in paired:
                        print(f"    extra ({getattr(r, 'source', 'list')}) | {r.raw[:160]}")
        for (g, subset), st in sorted(stages.items()):
            print(f"| {g} | {subset} | {st.docs} | {st.gold} | {st.paired / st.gold:.1%} | {st.pred - st.paired} | "
                  f"{st.score.table('soft')[1]:.3f} |")
        if fields:
            field_rows(docs, gold, seg, listed, listing)
        if rejections:
            counts = rejection_rows(docs, gold, seg)
            whys = sorted({k[0] for k in counts if k[0] != "listed"})
            hits = ("unpaired gold", "paired gold", "no gold")
            print("\n| rejected by (group A, pieces the segmenter marked) | pieces | a gold reference left unpaired "
                  "| a gold reference paired otherwise | no gold reference |\n|---|---|---|---|---|")
            for why in whys:
                print(f"| {why} | {sum(counts[(why, h)] for h in hits)} | " +
                      " | ".join(str(counts[(why, h)]) for h in hits) + " |")
            for key in sorted(k for k in counts if k[0] == "listed") if listing else []:
                print(f"    {key[1]} {key[2]} | {key[3]} | {key[4]} | {key[5]}")


FIELD_NAMES = tuple(f for f in FIELDS if f != "doi")  # no German note gives a DOI


def reader(ref) -> str:
    """Which reader gave a reference its fields: a short form (source "short"), a reference list's entry, or for a
    note's reference the rule of footnote_fields._by_rules that reads it (a source by its day, an official paper or
    a legal citation; the note style; another: an archive's file, a web address, a newspaper's issue), else the
    tagger footnote_tagger.parse_note_references routes it to (for_list_tagger: the list tagger, else the note
    tagger). A "ders." note is read after its cue, as extract.py reads it."""
    from litmine.citations import footnote_fields as ff
    from litmine.citations import references as refs
    from litmine.citations.footnote_tagger import for_list_tagger
    from litmine.citations.reference_model import forced_labels, load_reference_tagger

    if ref.source in ("short", "list"):
        return "short form" if ref.source == "short" else "list entry"
    text = ff._note_text(ref.raw)
    ditto = ff._DERS.match(text)
    text = text[ditto.end():] if ditto else text
    kw = {"raw": ref.raw, "index": 0}
    if ff._dated_or_official(text, **kw) is not None:
        return "rule: dated, official or legal"
    if ff._parse_note_style(text, **kw, authors=[{"surname": "ders."}] if ditto else None) is not None:
        return "rule: note style"
    if ff._by_rules(text, **kw) is not None:
        return "rule: archive, web or press"
    _, _, masked, seen = refs._entry_tokens(text)
    labels, _ = load_reference_tagger().tag_many([(masked, seen, forced_labels(masked, seen))])[0]
    return "list tagger (routed)" if for_list_tagger(labels) else "note tagger"


def field_rows(docs: dict, gold: dict, seg, listed: tuple[str, ...], listing: bool) -> None:
    """The fields of the paired references per group, field and reader (reader()): gold present / right / wrong /
    missing / extra (litmine gives a value the gold has not), soft as the scorer compares them (citations.Score);
    listing: each wrong or missing field of the listed groups' papers (never group B's)."""
    from citations import pred_fields
    from footnotes import notes_only

    counts: Counter = Counter()
    lines = []
    for (subset, sid), (passages, italics) in docs.items():
        found = found_again(passages, italics, seg)
        doc = notes_only(found) if subset == "notes" else found
        g_all = gold[subset][sid]
        for i, j in pair(g_all, doc.references):
            g, ref = g_all[i], doc.references[j]
            who, pf = reader(ref), pred_fields(ref)
            counts[(group(sid), who, "refs")] += 1
            for f in FIELD_NAMES:
                if f in g.get("unscored", ()):
                    continue
                want, got = soft(g[f]), soft(pf[f])
                kind = ("right" if want == got else "missing" if not got else "wrong") if want else \
                    "extra" if got else ""
                if not kind:
                    continue
                counts[(group(sid), who, f, kind)] += 1
                counts[(group(sid), "all", f, kind)] += 1
                if listing and kind in ("wrong", "missing") and group(sid) in listed:
                    lines.append(f"    {group(sid)} {subset} {sid} | {f} {kind} | {who} | gold {g[f][:60]!r} | "
                                 f"litmine {pf[f][:60]!r} | {ref.raw[:150]}")
    for grp in sorted({k[0] for k in counts}):
        whos = sorted({k[1] for k in counts if k[0] == grp and k[1] != "all"})
        print(f"\nGroup {grp}: paired references by reader: " +
              ", ".join(f"{w} {counts[(grp, w, 'refs')]}" for w in whos))
        print("| reader | field | gold | right | wrong | missing | extra |\n|---|---|---|---|---|---|---|")
        for who in ("all", *whos):
            for f in FIELD_NAMES:
                c = [counts[(grp, who, f, k)] for k in ("right", "wrong", "missing", "extra")]
                if any(c):
                    print(f"| {who} | {f} | {c[0] + c[1] + c[2]} | " + " | ".join(map(str, c)) + " |")
    for line in lines:
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"))
    parser.add_argument("--model", action="append", default=[], help="a footnote_segmenter.npz (default: shipped)")
    parser.add_argument("--cache", default="", help="a pickle of the extracted passages, written if absent")
    parser.add_argument("--list", action="store_true", help="print each case's gold references")
    parser.add_argument("--notes", action="store_true",
                        help="the labelled notes of German papers with a list instead (notes_cases: counts per half, "
                             "the held-out half's as aggregates only)")
    parser.add_argument("--groups", action="store_true",
                        help="soft F1 per group A / B of the development papers (group(); --list: group A's alone)")
    parser.add_argument("--list-group", action="append", choices=("A", "C", "D", "E", "F", "G"),
                        help="with --groups --list: the group whose errors are listed (default A; C, D, E, F, G: "
                             "rounds C, D, E, F, G; a round still blind, footnotes.BLIND_ROUNDS, is refused)")
    parser.add_argument("--fields", action="store_true",
                        help="with --groups: the paired references' fields per group, field and reader (field_rows; "
                             "--list: the wrong and missing fields of the listed groups)")
    parser.add_argument("--rejections", action="store_true",
                        help="with --groups: group A's pieces the rules reject, by rule (--list: with their text)")
    args = parser.parse_args()
    ev = Path(args.eval)
    if args.groups:
        listed = tuple(args.list_group or ["A"])
        if "B" in listed:
            parser.error("group B is scored only: its errors are never listed")
        from footnotes import BLIND_ROUNDS
        if blind := [g for r, g in ROUND_GROUPS.items() if r in BLIND_ROUNDS and g in listed]:
            parser.error(f"group {', '.join(blind)} is still blind (footnotes.BLIND_ROUNDS): scored only")
        group_rows(ev, args.model or [str(footnote_model.MODEL_PATH)], args.cache, args.list, args.rejections,
                   listed, args.fields)
        return
    if args.notes:
        notes_cases(ev)
        return
    keys, docs, gold = development_set(ev, args.cache)
    for model in args.model or [str(footnote_model.MODEL_PATH)]:
        seg = footnote_model.FootnoteSegmenter.load(Path(model))
        print(f"\n{model}")
        print("| set | docs | gold | detected | paired | soft F1 | " + " | ".join(CASES) + " | spans P / R / F1 |")
        for subset, name in SETS:
            stages, cases, listed = Stages(), Counter(), []
            sub = [k for k in keys if k[0] == subset]
            for key in sub:
                passages, italics = docs[key]
                doc = found_again(passages, italics, seg)
                stages.add(doc, gold[subset][key[1]], None)
                for case, g in diagnose(gold[subset][key[1]], doc, Letters(passages, seg)):
                    cases[case] += 1
                    listed.append((case, key[1], g["raw"]))
            print(f"| {subset}, {name} | {stages.docs} | {stages.gold} | {stages.detected / stages.gold:.1%} | "
                  f"{stages.paired / stages.gold:.1%} | {stages.score.table('soft')[1]:.3f} | "
                  + " | ".join(str(cases[c]) for c in CASES) + f" | {_prf(*string_level(ev, sub, seg))} |")
            for case, sid, raw in sorted(listed) if args.list else []:
                print(f"    {case} | {sid} | {raw[:160]}")


if __name__ == "__main__":
    main()
