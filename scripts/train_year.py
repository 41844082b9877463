"""Rebuild the publication-year ranker shipped in litmine/ingest/data/year_model.npz.

Usage: python scripts/train_year.py [--eval ../shared/eval] [--cache DIR] [--out litmine/ingest/data/year_model.npz]

Training data (development sets, read from --eval, never copied into the project):
- excite-ssoar/derived/metadata.jsonl + excite-ssoar/en_refsection/pdf/ (46 SSOAR papers; year, year_alternatives)
- uk-policy-inquiries/metadata.jsonl + uk-policy-inquiries/pdf/ (UK inquiry reports and government responses)
- jose/papers/*/ (JOSE papers: PDF + Crossref deposit, publication year of the article)

- GROBID's header corpus (kermitt2/grobid, Apache-2.0, grobid-trainer/resources/dataset/header/corpus/tei/): the
  year of each header's first <date> is the gold; read as text (no layout), it teaches the words around dates.

Every year candidate litmine collects in a document (litmine.ingest.header_fields.year_candidates: first three
pages with layout, citation blocks, cover sheets, last two pages and imprint lines as text, CreationDate) is one
example: positive when it is the gold year, negative otherwise; candidates equal to a gold *alternative* year are
left out (they are neither right nor wrong). A logistic regression (scikit-learn, L2, balanced classes) is fitted
on the feature dicts; its weights, intercept and feature names are saved as a small .npz that litmine reads with
numpy alone (scikit-learn is needed only here). The read PDFs are cached (pickles under --cache) so that reruns and
the cross-validated benchmark (benchmarks/metadata_year.py) do not read every PDF again.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from litmine.ingest.header_fields import YEAR_MODEL_PATH, year_candidates  # noqa: E402

C = 0.3  # inverse L2 strength (benchmarks/metadata_year.py: 0.3 and 1 score the same in cross-validation)
SET_BALANCE = 0.5  # 0: every document weighs the same; 1: every development set weighs the same


def _jose_year(xml: str) -> int | None:
    art = xml.split("<journal_article", 1)[-1]
    m = re.search(r"<publication_date[^>]*>.*?<year>(\d{4})</year>", art, re.S)
    return int(m.group(1)) if m else None


def gold_files(eval_dir: Path) -> list[dict]:
    """The development PDFs with their gold year: [{set, file, path, gold: {year, alternatives, venue, kind}}]."""
    out = []
    for name, meta, pdfs in (("ssoar", "excite-ssoar/derived/metadata.jsonl", "excite-ssoar/en_refsection/pdf"),
                             ("uk", "uk-policy-inquiries/metadata.jsonl", "uk-policy-inquiries/pdf")):
        path = eval_dir / meta
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            pdf = eval_dir / pdfs / rec["file"]
            if pdf.exists():
                out.append({"set": name, "file": rec["file"], "path": str(pdf),
                            "gold": {"year": rec.get("year"), "alternatives": rec.get("year_alternatives") or [],
                                     "venue": rec.get("venue") or {}, "kind": rec.get("kind")}})
    for d in sorted((eval_dir / "jose" / "papers").glob("jose.*")):
        pdfs, xmls = list(d.glob("*.pdf")), list(d.glob("*.crossref.xml"))
        if pdfs and xmls:
            xml = xmls[0].read_text(encoding="utf-8")
            vol = re.search(r"<volume>(\d+)</volume>", xml)
            issue = re.search(r"<issue>(\d+)</issue>", xml)
            out.append({"set": "jose", "file": d.name, "path": str(pdfs[0]),
                        "gold": {"year": _jose_year(xml), "alternatives": [], "kind": "journal-article",
                                 "venue": {"name": "Journal of Open Source Education",
                                           "volume": vol.group(1) if vol else None,
                                           "issue": issue.group(1) if issue else None}}})
    return out


GROBID_TEI = "grobid-trainer/resources/dataset/header/corpus/tei"


def grobid_documents(repo: Path) -> list[dict]:
    """GROBID's labelled headers (Apache-2.0) as text-file documents: the year of the first <date> is the gold.

    Each header is read as a text file would be (one passage per labelled block, lines at <lb/>), so these
    examples teach the words around a year, not the layout. Headers without a <date> are left out.
    """
    import subprocess

    from litmine.models import Passage

    if not (repo / "HEAD").exists() and not (repo / ".git").exists():
        return []
    git = ["git", f"--git-dir={repo if (repo / 'HEAD').exists() else repo / '.git'}"]
    names = subprocess.run([*git, "ls-tree", "--name-only", "HEAD", GROBID_TEI + "/"], capture_output=True,
                           text=True).stdout.split()
    out = []
    for name in names:
        xml = subprocess.run([*git, "show", f"HEAD:{name}"], capture_output=True, text=True).stdout
        front = xml.split("<front>", 1)[-1].split("</front>", 1)[0]
        m = re.search(r"<date[^>]*>(.*?)</date>", front, re.S)
        year = re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", m.group(1)) if m else None
        if not year:
            continue
        text = re.sub(r"<lb/>", "\n", front)
        text = re.sub(r"</(?:titlePart|docAuthor|affiliation|address|note|date|div|idno|email|keywords|page|"
                      r"reference|byline|docTitle|web|phone|submission|dedication|degree|meeting|editor|"
                      r"publisher|pubnum|intro)>", "\n\n", text)
        text = re.sub(r"<[^>]+>", "", text)
        paras = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
        passages = [Passage(i, "body", p) for i, p in enumerate(q for q in paras if q)]
        out.append({"set": "grobid", "file": name.rsplit("/", 1)[-1], "path": name, "passages": passages,
                    "info": {}, "gold": {"year": int(year.group(1)), "alternatives": []}, "view": "text"})
    return out


def read_document(path: str, cache: Path | None) -> dict | None:
    """Passages and reader facts of one PDF (cached as a pickle); None when litmine cannot read it."""
    key = cache / (re.sub(r"[^\w.-]", "_", path) + ".pkl") if cache else None
    if key and key.exists():
        return pickle.loads(key.read_bytes())
    from litmine.errors import InputError
    from litmine.ingest.pdf import read_pdf
    from litmine.ingest.structure import build_passages

    try:
        blocks, info = read_pdf(path)
    except InputError:
        return None
    _, passages = build_passages(blocks)
    doc = {"passages": passages, "info": {k: info.get(k) for k in ("pages", "pdf_meta", "front_lines", "page_sizes")}}
    if key:
        key.parent.mkdir(parents=True, exist_ok=True)
        key.write_bytes(pickle.dumps(doc))
    return doc


def dev_documents(eval_dir: str | Path, cache: str | Path | None = None):
    """Yield each readable development PDF with its gold and what litmine reads from it."""
    cache = Path(cache) if cache else None
    for rec in gold_files(Path(eval_dir)):
        doc = read_document(rec["path"], cache)
        if doc is not None:
            yield {**rec, **doc}


def examples(docs: list[dict], text_view: bool = True) -> tuple[list[dict], list[int], list[int]]:
    """Feature dicts, labels (1 = the gold year) and a group index (which document) for every candidate.

    With text_view, each PDF is also seen as a text file would be (its front passages, no layout, no PDF info), so
    that the text-file path of the ranker is trained too.
    """
    feats, labels, groups = [], [], []
    for g, d in enumerate(docs):
        gold = d["gold"]["year"]
        alts = set(d["gold"].get("alternatives") or [])
        cands = year_candidates(d["passages"], fmt="pdf", info=d["info"]) if d.get("view") != "text" else []
        if text_view or d.get("view") == "text":
            cands += year_candidates(d["passages"], fmt="txt")
        for c in cands:
            if c.year in alts and c.year != gold:
                continue
            feats.append(c.features)
            labels.append(int(c.year == gold))
            groups.append(g)
    return feats, labels, groups


def set_weights(docs: list[dict], alpha: float = SET_BALANCE) -> dict[int, float]:
    """Weight of each document (by index): documents of a large set count less, (mean set size / set size)^alpha."""
    sizes: dict[str, int] = {}
    for d in docs:
        sizes[d["set"]] = sizes.get(d["set"], 0) + 1
    mean = sum(sizes.values()) / len(sizes)
    return {i: (mean / sizes[d["set"]]) ** alpha for i, d in enumerate(docs)}


def fit(feats: list[dict], labels: list[int], groups: list[int], c: float = 1.0,
        doc_weights: dict[int, float] | None = None):
    """Fit the logistic regression; returns (names, coef, intercept) for litmine.ingest.header_fields.YearModel.

    Each document weighs the same (its positives share one unit of weight, its negatives another), so that a set
    with many candidates per document (JOSE prints its year on every page) does not drown the others.
    """
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(feats)
    n: dict[tuple[int, int], int] = {}
    for g, y in zip(groups, labels):
        n[(g, y)] = n.get((g, y), 0) + 1
    doc_weights = doc_weights or {}
    weights = np.array([doc_weights.get(g, 1.0) / n[(g, y)] for g, y in zip(groups, labels)])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, np.asarray(labels), sample_weight=weights * len(labels) / weights.sum())
    return list(vec.get_feature_names_out()), model.coef_[0], float(model.intercept_[0])


def save(path: Path, names: list[str], coef, intercept: float, note: str) -> None:
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, names=np.array(names, dtype=str), coef=np.asarray(coef, dtype=float),
             intercept=np.array([intercept]), note=np.array([note], dtype=str))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--cache", default="/tmp/litmine-year-cache")
    ap.add_argument("--out", default=str(YEAR_MODEL_PATH))
    ap.add_argument("--grobid", default="/work/.mirror/kermitt2+grobid/repo", type=Path,
                    help="a checkout or bare mirror of kermitt2/grobid (its header corpus); skipped when absent")
    ap.add_argument("--sets", default="ssoar,uk,jose", help="development sets to train on (comma-separated)")
    ap.add_argument("--c", type=float, default=C, help="inverse L2 strength of the logistic regression")
    args = ap.parse_args()
    wanted = set(args.sets.split(","))
    docs = [d for d in dev_documents(args.eval, args.cache) if d["set"] in wanted] + grobid_documents(args.grobid)
    if not docs:
        sys.exit(f"no development PDFs under {args.eval} and no GROBID corpus at {args.grobid}")
    feats, labels, groups = examples(docs)
    names, coef, intercept = fit(feats, labels, groups, args.c, set_weights(docs))
    sets = {s: sum(d["set"] == s for d in docs) for s in ("ssoar", "uk", "jose", "grobid")}
    note = f"trained on {len(docs)} PDFs ({sets}), {len(labels)} candidates, {sum(labels)} positive"
    save(Path(args.out), names, coef, intercept, note)
    print(note)
    for n, w in sorted(zip(names, coef), key=lambda t: -abs(t[1]))[:25]:
        print(f"{w:+.2f}  {n}")


if __name__ == "__main__":
    main()
