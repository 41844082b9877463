"""Concept senses scored as the product tags them: each labelled passage's whole document tagged the way ingest does.

Used by benchmarks/concept_senses.py (section concept_senses, the headline rows). litmine tags whole documents at
ingest, and its sense rules read the document (litmine/concepts/senses.py: the document naming a concept
unambiguously, its field density per 1,000 words, the acronyms it defines); a passage tagged alone sees only its own
evidence. Here every document holding a labelled passage is tagged by the ingest code itself:

- each document is read once with litmine's reader (litmine.ingest.extract.extract_document, default limits, as an
  ingest worker reads it; the Document is cached under /tmp, keyed by the file and the reader's source, never in the
  repository);
- its concept mentions come from litmine.ingest.workers.tag_document (what every ingest worker runs: tagging's
  tag_passages over all the document's passages, reference entries included, with the matcher the worker builds);
- the documents of one set go into one store in memory (Store.write_document, as ingest's writer stores a worker's
  result), and litmine.concepts.tagging.ensure_mentions runs over it as ingest does after writing (the corpus
  glossary: acronyms one document defines, found in the others, via "glossary");
- the mentions scored for a labelled passage are the store's mentions of that passage (Store.iter_mentions).

What differs from ingesting the set's folder: the corpus is only the set's documents that hold a labelled passage
(in any split: every UK inquiry report and approved document, and those EXCITE SSOAR and JOSE papers; the section
says how many), so the glossary can only hold acronyms these documents define; no sidecar metadata (it does not
touch mentions); no researcher vetoes; the documents are read with the default limits (Limits.from_env(), as an
ingest without options). A file whose bytes repeat an earlier one's is stored once, as ingest does. Nothing else:
the passages, the matcher call and the glossary are ingest's own code. A document the reader cannot read (a scanned
PDF where Tesseract is missing) is said in one line on stderr, as ingest says it, and its labelled passages are left
out of the scores and counted (Corpus.unread), never scored as misses.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/litmine-concept-senses-docs")


def reader_fingerprint() -> str:
    """A hash of litmine's source outside litmine/concepts (the reader, the passage splitter, the citation finder
    that marks reference passages): a cached Document is read again when any of it changes."""
    h = hashlib.sha1()
    for f in sorted((ROOT / "litmine").rglob("*.py")):
        if "concepts" not in f.relative_to(ROOT / "litmine").parts:
            h.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


_FINGERPRINT: list[str] = []
TEI = ".tei.xml"  # GROBID's full-text training documents (fresh10): their body text is read as a .txt file


def tei_body_text(path: str) -> str:
    """The text of a GROBID TEI document's body as a plain-text file: each <p> and <head> a paragraph (a blank line
    between), each <lb/> a line break, tags stripped, figures and formulas left out, whitespace inside a line
    collapsed. litmine's .txt reader then makes the passages, as it would of the same text in a file."""
    import xml.etree.ElementTree as ET

    def walk(e, parts, top=False):
        if not top and e.tag in ("figure", "formula"):
            parts.append(e.tail or "")
            return
        parts.append("\n" if not top and e.tag == "lb" else e.text or "")
        for c in e:
            walk(c, parts)
        if not top:
            parts.append(e.tail or "")

    paragraphs = []
    for el in ET.parse(path).getroot().find("text").iter():
        if el.tag in ("p", "head"):
            parts: list[str] = []
            walk(el, parts, top=True)
            lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
            text = "\n".join(line for line in lines if line)
            if text:
                paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


def _extract(path: str):
    from litmine.ingest.extract import extract_document

    if path.endswith(TEI):
        return extract_document(path[:-len(TEI)] + ".txt", tei_body_text(path).encode("utf-8"))[0]
    return extract_document(path)[0]


def read_document(path: str, cache: Path | None = CACHE):
    """litmine's Document of one eval file, from the cache when the file and the reader are unchanged (a GROBID
    TEI document read as the .txt file of its body text, tei_body_text)."""
    if cache is None:
        return _extract(path)
    if not _FINGERPRINT:
        _FINGERPRINT.append(reader_fingerprint())
    st = Path(path).stat()
    key = hashlib.sha1(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{_FINGERPRINT[0]}".encode()).hexdigest()[:20]
    file = cache / f"{key}.pickle"
    if file.exists():
        try:
            return pickle.loads(file.read_bytes())
        except Exception:  # noqa: BLE001 - a damaged cache entry is read again
            pass
    doc = _extract(path)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(doc))
    tmp.replace(file)
    return doc


class Corpus:
    """The documents of one labelled set, ingested into a store in memory as ingest tags and stores them."""

    def __init__(self, root: Path, paths: Iterable[str], lexicon, cache: Path | None = CACHE):
        from litmine.concepts.tagging import ensure_mentions
        from litmine.errors import InputError
        from litmine.ingest.workers import tag_document
        from litmine.store import Store

        self.store = Store(":memory:")
        self.docs = {}  # path -> Document (a repeated file: the first one's)
        self.unread: dict[str, str] = {}  # path -> why litmine's reader could not read it
        by_id = {}
        for path in sorted(set(paths)):
            try:
                doc = read_document(path, cache)
            except InputError as e:  # as ingest: one line naming the file and the reason, the others go on
                self.unread[path] = str(e)
                print(f"concept senses: not read: {e} (its labelled passages are left out)", file=sys.stderr)
                continue
            if doc.id in by_id:  # ingest records the second file as a duplicate of the first
                self.docs[path] = by_id[doc.id]
                continue
            st = Path(path).stat()
            self.store.write_document(doc, root=str(root), size=st.st_size, mtime=st.st_mtime,
                                      tags=tag_document(doc, lexicon))
            self.docs[path] = by_id[doc.id] = doc
        self.report = ensure_mentions(self.store, lexicon, refresh_glossary=True)
        self._mentions: dict[str, dict[int, list]] = {}

    def mentions(self, path: str, passage_index: int) -> list | None:
        """The stored mentions of one passage of a document (its index in the document), in text order; None for a
        document the reader could not read (`unread`)."""
        if path in self.unread:
            return None
        doc_id = self.docs[path].id
        if doc_id not in self._mentions:
            per: dict[int, list] = {}
            for m in self.store.iter_mentions(doc_id=doc_id):
                per.setdefault(m.passage_index, []).append(m)
            self._mentions[doc_id] = per
        return sorted(self._mentions[doc_id].get(passage_index, []), key=lambda m: (m.start, m.end))
