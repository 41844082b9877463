"""Train the header line labeller shipped as litmine/ingest/data/header_model.json.

Usage: python scripts/train_header.py [--grobid /work/.mirror/kermitt2+grobid/repo] [--eval ../shared/eval]
                                      [--sets uk,jose,ssoar] [--out PATH] [--cache DIR]

Training data (read where it lies, never copied into the project):
  GROBID's header corpus (github kermitt2/grobid, Apache-2.0), a git checkout or bare mirror:
    grobid-trainer/resources/dataset/header/corpus/raw/*.training.header (tokens with GROBID's layout features)
    aligned with .../corpus/tei/*.tei.xml (the same text labelled: titlePart, docAuthor, affiliation, ...)
    into labelled lines: title, author, affiliation (also address, e-mail, phone), venue (reference, meeting,
    idno, publisher), date, other.
  Distant labels on litmine's own PDF lines (`front_lines` of the PDF reader, real layout): each line labelled
  title / author / venue / date / other by fuzzy match to the gold metadata of
    ../shared/eval/jose/papers/*/ (Crossref XML; CC BY 4.0) and ../shared/eval/uk-policy-inquiries (10 UK
    reports; Open Government / Parliament Licence).
    and the 46 SSOAR papers of ../shared/eval/excite-ssoar (hand-read gold in derived/metadata.jsonl). Their
    licences allow internal evaluation only: the weights are learned from them (no text of them is shipped; the
    hashed word weights are sums over many documents); `--sets uk,jose` rebuilds the model without them.
  The benchmark (benchmarks/metadata.py) cross-validates this recipe: no file is scored by a model trained on it.

The model is a multinomial logistic regression (scikit-learn, lbfgs) over litmine.ingest.header_model's features;
the weights are written as JSON (about 100 KB).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from litmine.ingest.header_model import (  # noqa: E402
    HASH_SIZE, LABELS, MODEL_PATH, HeaderModel, build_features, lines_from_pdf, save_model)

GROBID_DIR = "grobid-trainer/resources/dataset/header/corpus"
_TEI_LABELS = {"titlePart": "title", "docAuthor": "author", "affiliation": "affiliation", "address": "affiliation",
               "email": "affiliation", "phone": "affiliation", "reference": "venue", "meeting": "venue",
               "idno": "venue", "publisher": "venue", "date": "date"}
_TOKEN = re.compile(r"\w+|[^\w\s]")


# ---------------------------------------------------------------- GROBID header corpus

def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def _read(repo: Path, rel: str) -> str:
    """A file of the GROBID repository: from a work tree when there is one, else from the bare git dir."""
    if (repo / rel).exists():
        return (repo / rel).read_text(encoding="utf-8", errors="replace")
    return _git(repo, "show", f"HEAD:{rel}")


def _list(repo: Path, rel: str) -> list[str]:
    if (repo / rel).is_dir():
        return sorted(str(p.relative_to(repo)) for p in (repo / rel).iterdir())
    return sorted(_git(repo, "ls-tree", "--name-only", "HEAD", rel + "/").split())


def _tei_tokens(xml: str) -> list[tuple[str, str]]:
    """(token, label) for the text of a GROBID header TEI file, in order."""
    xml = re.sub(r"<\?xml[^>]*>", "", xml)
    root = ET.fromstring(xml)
    out: list[tuple[str, str]] = []

    def walk(el: ET.Element, label: str) -> None:
        tag = el.tag.split("}")[-1]
        if tag == "title" and el.get("level") in ("j", "m", "s"):
            label = "venue"
        label = _TEI_LABELS.get(tag, label)
        if el.text:
            out.extend((t, label) for t in _TOKEN.findall(el.text))
        for child in el:
            walk(child, label)
            if child.tail:
                out.extend((t, label) for t in _TOKEN.findall(child.tail))

    front = root.find(".//front")
    walk(front if front is not None else root, "other")
    return out


def _raw_lines(raw: str) -> list[dict]:
    """Header lines with GROBID's layout flags from a .training.header file (one token per row)."""
    lines: list[dict] = []
    for row in raw.splitlines():
        cols = row.split()
        if len(cols) < 20:
            continue
        try:
            b = next(i for i, c in enumerate(cols) if c.startswith("BLOCK"))
        except StopIteration:
            continue
        tok, block, line, align, font, fsize = cols[0], cols[b], cols[b + 1], cols[b + 2], cols[b + 3], cols[b + 4]
        bold = cols[b + 5] == "1"
        tail = cols[-4:-1] if len(cols) >= b + 21 else ["0", "0", "0"]
        if not lines or line == "LINESTART" or block == "BLOCKSTART":
            lines.append({"tokens": [], "page": 1, "geom": False, "block_start": block == "BLOCKSTART",
                          "new_font": font == "NEWFONT", "higher": fsize == "HIGHERFONT", "lower": fsize == "LOWERFONT",
                          "largest": tail[0] == "1", "smallest": tail[1] == "1", "above_avg": tail[2] == "1",
                          "indented": align == "LINEINDENT", "_bold": []})
        lines[-1]["tokens"].append(tok)
        lines[-1]["_bold"].append(bold)
    for ln in lines:
        ln["bold"] = sum(ln["_bold"]) * 2 > len(ln["_bold"])
        text = " ".join(ln["tokens"])
        text = re.sub(r"\s+([,.;:)\]])", r"\1", re.sub(r"([(\[])\s+", r"\1", text))
        ln["text"] = re.sub(r"(?<=\w) ([-'’@]) (?=\w)", r"\1", text)
        del ln["_bold"]
    return lines


def load_grobid(repo: Path) -> list[list[dict]]:
    """GROBID's header training documents as lists of labelled lines."""
    raws = {Path(p).name.split(".training")[0]: p for p in _list(repo, f"{GROBID_DIR}/raw")}
    docs = []
    for tei_path in _list(repo, f"{GROBID_DIR}/tei"):
        key = Path(tei_path).name.split(".training")[0].split(".header")[0]
        if key not in raws:
            continue
        try:
            tei = _tei_tokens(_read(repo, tei_path))
        except ET.ParseError:
            continue
        lines = _raw_lines(_read(repo, raws[key]))
        flat = [(i, t.lower()) for i, ln in enumerate(lines) for t in ln["tokens"]]
        sm = SequenceMatcher(None, [t for _, t in flat], [t.lower() for t, _ in tei], autojunk=False)
        votes: list[dict[str, int]] = [{} for _ in lines]
        for a, b, size in sm.get_matching_blocks():
            for k in range(size):
                li = flat[a + k][0]
                lab = tei[b + k][1]
                votes[li][lab] = votes[li].get(lab, 0) + 1
        for ln, v in zip(lines, votes):
            ln["label"] = max(v, key=v.get) if v else "other"
            del ln["tokens"]
        if lines:
            docs.append(lines)
    return docs


# ---------------------------------------------------------------- distant labels on litmine's own PDF lines

def norm_tokens(text: str) -> list[str]:
    """Lower-case letter/digit tokens, accents folded, letter-spaced words rejoined."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\b(\w) (?=\w\b)", r"\1", text)  # "m i g r a" -> "migra" (then joined below)
    return re.findall(r"[a-z]+|[0-9]+", text)


def load_gold(eval_dir: Path, *, sets: tuple[str, ...] = ("ssoar", "uk", "jose")) -> list[dict]:
    """Gold records: set, id, pdf, title, title_alternatives, authors ([{family, given} | {literal}]), year, years,
    venue."""
    out = []
    if "ssoar" in sets:
        p = eval_dir / "excite-ssoar/derived/metadata.jsonl"
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                g = json.loads(line)
                out.append(_gold(g, "ssoar", eval_dir / "excite-ssoar/en_refsection/pdf" / g["file"]))
    if "uk" in sets:
        p = eval_dir / "uk-policy-inquiries/metadata.jsonl"
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                g = json.loads(line)
                out.append(_gold(g, "uk", eval_dir / "uk-policy-inquiries/pdf" / g["file"]))
    if "jose" in sets:
        for d in sorted((eval_dir / "jose/papers").glob("jose.*")):
            xml, pdf = list(d.glob("*.crossref.xml")), list(d.glob("*.pdf"))
            if xml and pdf:
                out.append(_jose_gold(xml[0], pdf[0]))
    return [g for g in out if g and g["pdf"].exists()]


def _gold(g: dict, name: str, pdf: Path) -> dict:
    years = [g["year"]] + list(g.get("year_alternatives") or []) if g.get("year") else []
    return {"set": name, "id": g["file"], "pdf": pdf, "title": g["title"],
            "title_alternatives": g.get("title_alternatives") or [], "authors": g.get("authors") or [],
            "year": g.get("year"), "years": years, "venue": (g.get("venue") or {}).get("name")}


def _jose_gold(xml: Path, pdf: Path) -> dict | None:
    text = xml.read_text(encoding="utf-8")
    art = re.search(r"<journal_article.*?</journal_article>", text, re.S)
    if not art:
        return None
    body = re.sub(r"<citation_list>.*?</citation_list>", "", art.group(0), flags=re.S)
    root = ET.fromstring(re.sub(r"<(/?)\w+:", r"<\1", re.sub(r"\s\w+:\w+=\"[^\"]*\"", "", body)))
    title = "".join(root.find("titles/title").itertext()).strip()
    authors = []
    for pn in root.iter("person_name"):
        if pn.get("contributor_role", "author") != "author":
            continue
        authors.append({"family": (pn.findtext("surname") or "").strip(),
                        "given": (pn.findtext("given_name") or "").strip()})
    year = root.findtext("publication_date/year")
    return {"set": "jose", "id": pdf.parent.name, "pdf": pdf, "title": title, "title_alternatives": [],
            "authors": authors, "year": int(year) if year else None, "years": [int(year)] if year else [],
            "venue": "Journal of Open Source Education"}


_CONNECT = {"and", "by", "et", "al", "dr", "prof", "und", "the", "rt", "hon", "phd", "md", "msc", "pt", "ma", "ba",
            "bsc", "mph", "rn", "mba", "dphil"}  # (credentials after a name: "Marja Punt, PT, MSc")


def label_lines(rows: list[dict], gold: dict) -> list[str]:
    """Distant labels for a document's header lines from its gold metadata."""
    titles = [norm_tokens(t) for t in [gold["title"], *gold["title_alternatives"]] if t]
    name_tokens, families, literals = set(), set(), []
    for a in gold["authors"]:
        if a.get("literal"):
            literals.append(norm_tokens(a["literal"]))
        else:
            fam = norm_tokens(a.get("family", ""))
            families.update(t for t in fam if len(t) > 1)
            name_tokens.update(fam + norm_tokens(a.get("given", "")))
    venue = norm_tokens(gold.get("venue") or "")
    labels = ["other"] * len(rows)
    toks = [norm_tokens(r["text"]) for r in rows]

    def in_title(t: list[str]) -> bool:
        return bool(t) and any(_contained(t, tt) for tt in titles)

    # title: runs of consecutive lines (same page) that lie inside the title and together cover most of it
    i = 0
    while i < len(rows):
        if not in_title(toks[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and rows[j + 1]["page"] == rows[i]["page"] and in_title(toks[j + 1]) and \
                in_title(toks[i] + [x for k in range(i + 1, j + 2) for x in toks[k]]):
            j += 1
        run = [x for k in range(i, j + 1) for x in toks[k]]
        if any(len(run) >= 0.6 * len(tt) and _contained(run, tt) for tt in titles):
            for k in range(i, j + 1):
                labels[k] = "title"
        i = j + 1
    title_pages = [r["page"] for r, lab in zip(rows, labels) if lab == "title"]
    last_page = max(1, min(title_pages)) if title_pages else 1
    for k, t in enumerate(toks):
        if labels[k] != "other" or not t or len(t) > 25:
            continue
        first = re.sub(r"^\W*(?:by\s+)?", "", rows[k]["text"], flags=re.I)[:1]
        author_ok = rows[k]["page"] <= last_page and first.isupper()
        if not author_ok:
            pass
        elif families and families & set(t):
            known = sum(1 for x in t if x in name_tokens or x in _CONNECT or x.isdigit() or len(x) == 1)
            if known >= 0.75 * len(t):
                labels[k] = "author"
        if labels[k] != "other" or not author_ok:
            pass
        elif any(_contained(t, lit) and len(t) >= min(2, len(lit)) for lit in literals) and \
                not _HEADLESS.match(rows[k]["text"]):
            labels[k] = "author"
        if labels[k] != "other":
            pass
        elif len(venue) >= 2 and _contained(venue, t) and len(t) <= len(venue) + 8:
            labels[k] = "venue"
        elif gold.get("years") and any(str(y) in t for y in gold["years"]) and len(t) <= 6:
            labels[k] = "date"
    return labels


_HEADLESS = re.compile(r"^(?:the members|membership|current membership)", re.I)


def _contained(small: list[str], big: list[str]) -> bool:
    """small occurs in big as a contiguous run (one token of slack for hyphenation and marks)."""
    if not small or len(small) > len(big) + 1:
        return False
    s, b = f" {' '.join(small)} ", f" {' '.join(big)} "
    if s in b:
        return True
    sm = SequenceMatcher(None, small, big, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks()) >= len(small) - 1 and len(small) >= 4


def dev_rows(gold: dict, cache: Path | None = None) -> tuple[list[dict], dict] | None:
    """litmine's header lines and reader info for a gold PDF (cached as JSON when cache is given)."""
    if cache is not None:
        f = cache / f"{gold['set']}-{gold['id']}.json"
        if f.exists():
            data = json.loads(f.read_text(encoding="utf-8"))
            return data["rows"], data["info"]
    from litmine.errors import InputError
    from litmine.ingest.pdf import read_pdf

    try:
        _, info = read_pdf(str(gold["pdf"]))
    except InputError:
        return None
    rows = lines_from_pdf(info["front_lines"], info.get("page_sizes"), info.get("body_size"))
    small = {"pdf_meta": {k: v for k, v in (info.get("pdf_meta") or {}).items() if k in ("Title", "Author")}}
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{gold['set']}-{gold['id']}.json").write_text(json.dumps({"rows": rows, "info": small}))
    return rows, small


# ---------------------------------------------------------------- training

def train(docs: list[list[dict]], *, c: float = 0.5, meta: dict | None = None) -> HeaderModel:
    """Fit the logistic regression on labelled documents (lists of rows with a "label")."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    dense_parts, hashed_rows, y = [], [], []
    for rows in docs:
        dense, hashed = build_features(rows)
        dense_parts.append(dense)
        hashed_rows.extend(hashed)
        y.extend(LABELS.index(r["label"]) for r in rows)
    dense = np.vstack(dense_parts)
    mean, scale = dense.mean(axis=0), dense.std(axis=0)
    scale[scale < 1e-6] = 1.0
    ind = [(i, j) for i, ids in enumerate(hashed_rows) for j in ids]
    hashed = sparse.csr_matrix((np.ones(len(ind)), ([i for i, _ in ind], [j for _, j in ind])),
                               shape=(len(hashed_rows), HASH_SIZE))
    x = sparse.hstack([sparse.csr_matrix((dense - mean) / scale), hashed]).tocsr()
    clf = LogisticRegression(C=c, max_iter=600, class_weight=None)
    clf.fit(x, np.asarray(y))
    coef = np.zeros((len(LABELS), x.shape[1]))
    intercept = np.full(len(LABELS), -30.0)
    for k, cls in enumerate(clf.classes_):
        coef[cls] = clf.coef_[k]
        intercept[cls] = clf.intercept_[k]
    nd = dense.shape[1]
    return HeaderModel({"labels": list(LABELS), "mean": mean, "scale": scale, "coef": coef[:, :nd],
                        "hashed": coef[:, nd:], "intercept": intercept, "meta": meta or {}})


def labelled_dev(golds: list[dict], cache: Path | None) -> dict[str, list[dict]]:
    """Labelled header lines of every gold PDF that reads, by "set-id"."""
    out = {}
    for g in golds:
        got = dev_rows(g, cache)
        if got is None:
            continue
        rows = [dict(r) for r in got[0]]
        for r, lab in zip(rows, label_lines(rows, g)):
            r["label"] = lab
        out[f"{g['set']}-{g['id']}"] = rows
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--grobid", default="/work/.mirror/kermitt2+grobid/repo", type=Path)
    ap.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"), type=Path)
    ap.add_argument("--sets", default="uk,jose,ssoar", help="development sets to train on besides GROBID's corpus")
    ap.add_argument("--out", default=str(MODEL_PATH), type=Path)
    ap.add_argument("--cache", default=None, type=Path, help="folder to cache the PDF reader's lines in")
    args = ap.parse_args()
    grobid = load_grobid(args.grobid)
    sets = tuple(x.strip() for x in args.sets.split(",") if x.strip())
    dev = labelled_dev(load_gold(args.eval, sets=sets), args.cache)
    counts = {lab: sum(r["label"] == lab for d in grobid + list(dev.values()) for r in d) for lab in LABELS}
    meta = {"trained_on": {"grobid_header_docs": len(grobid), "dev_pdfs": {s: sum(k.startswith(s) for k in dev)
                                                                             for s in sets}},
            "lines": counts, "licences": "GROBID corpus Apache-2.0; JOSE CC BY 4.0; UK reports OGL/OPL; SSOAR papers "
                                         "(internal evaluation only) learned from, no text shipped"}
    model = train(grobid + list(dev.values()), meta=meta)
    save_model(model, args.out)
    print(f"wrote {args.out}: {len(grobid)} GROBID documents, {len(dev)} PDFs, lines {counts}")


if __name__ == "__main__":
    main()
