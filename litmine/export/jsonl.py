"""The store as JSON Lines: documents, passages, references and citations (later: mentions)."""

from __future__ import annotations

import json
from pathlib import Path

from litmine.export.atomic import open_atomic
from litmine.store import Store


def _write_atomic(path: Path, lines) -> int:
    """Write lines to path via a temporary file, so a failed export never leaves half a file."""
    n = 0
    with open_atomic(path) as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_jsonl(store: Store, out_dir: str | Path) -> dict[str, int]:
    """Export documents, passages, references, citations and concept mentions as JSON Lines into out_dir. Returns rows per file.

    Example:
        >>> write_jsonl(Store(":memory:"), "outputs/export")  # doctest: +SKIP
        {'documents.jsonl': 0, 'passages.jsonl': 0, 'references.jsonl': 0, 'citations.jsonl': 0, 'mentions.jsonl': 0}
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = {r["id"]: r for r in store.document_rows() if r["id"]}

    def documents():
        for doc in store.iter_documents(with_text=False):
            r = rows.get(doc.id, {})
            yield {"id": doc.id, "path": doc.path, "format": doc.format, "title": doc.title, "authors": doc.authors,
                   "year": doc.year, "venue": doc.venue, "doi": doc.doi, "language": doc.language,
                   "languages": r.get("languages", []), "pages": doc.pages, "page_labels": doc.page_labels,
                   "passages": r.get("passages", 0),
                   "status": r.get("status", "ok"), "sources": doc.meta_sources, "notes": doc.notes}

    def passages():
        for p in store.iter_passages():
            yield {"id": p.id, "doc_id": p.doc_id, "index": p.index, "kind": p.kind, "section": p.section,
                   "page": p.page, "page_label": p.page_label, "language": p.language, "start": p.start,
                   "end": p.end, "text": p.text,
                   "sentences": p.sentences, "breaks": p.breaks}  # [offset, physical page] where it goes on

    passage_ids = store.passage_keys()

    def references():
        for r in store.iter_references():
            yield {"doc_id": r.doc_id, "index": r.index, "raw": r.raw, "authors": r.authors, "editors": r.editors,
                   "year": r.year, "year_suffix": r.year_suffix, "year_text": r.year_text, "title": r.title,
                   "container": r.container, "volume": r.volume, "issue": r.issue, "pages": r.pages,
                   "publisher": r.publisher, "place": r.place, "doi": r.doi, "url": r.url, "type": r.type,
                   "source": r.source, "page": r.page, "work_id": r.work_id, "repeats": r.repeats}

    def citations():
        for c in store.iter_citations():
            yield {"doc_id": c.doc_id, "passage_id": passage_ids.get((c.doc_id, c.passage_index)), "page": c.page,
                   "start": c.start, "end": c.end, "surface": c.surface, "authors": c.authors, "et_al": c.et_al,
                   "year": c.year, "year_suffix": c.year_suffix, "year_text": c.year_text, "pages": c.pages,
                   "narrative": c.narrative, "style": c.style, "numbers": c.numbers, "group": c.group,
                   "sentence": c.sentence, "reference_index": c.reference_index, "confidence": c.confidence,
                   "unlinked_reason": c.unlinked_reason}

    def mentions():
        for m in store.iter_mentions():
            yield {"concept": m.concept, "doc_id": m.doc_id, "passage_id": m.passage_id, "start": m.start,
                   "end": m.end, "surface": m.surface, "source": m.source, "via": m.via, "sentence": m.sentence}

    return {"documents.jsonl": _write_atomic(out / "documents.jsonl", documents()),
            "passages.jsonl": _write_atomic(out / "passages.jsonl", passages()),
            "references.jsonl": _write_atomic(out / "references.jsonl", references()),
            "citations.jsonl": _write_atomic(out / "citations.jsonl", citations()),
            "mentions.jsonl": _write_atomic(out / "mentions.jsonl", mentions())}
