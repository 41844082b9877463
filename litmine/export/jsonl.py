"""The store as JSON Lines: documents.jsonl and passages.jsonl (later: references, citations, mentions)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from litmine.store import Store


def _write_atomic(path: Path, lines) -> int:
    """Write lines to path via a temporary file, so a failed export never leaves half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, path)
    return n


def write_jsonl(store: Store, out_dir: str | Path) -> dict[str, int]:
    """Export documents and passages as JSON Lines into out_dir. Returns rows written per file.

    Example:
        >>> write_jsonl(Store(":memory:"), "outputs/export")  # doctest: +SKIP
        {'documents.jsonl': 0, 'passages.jsonl': 0}
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = {r["id"]: r for r in store.document_rows() if r["id"]}

    def documents():
        for doc in store.iter_documents():
            r = rows.get(doc.id, {})
            yield {"id": doc.id, "path": doc.path, "format": doc.format, "title": doc.title, "authors": doc.authors,
                   "year": doc.year, "venue": doc.venue, "doi": doc.doi, "language": doc.language,
                   "languages": r.get("languages", []), "pages": doc.pages, "passages": r.get("passages", 0),
                   "status": r.get("status", "ok"), "sources": doc.meta_sources, "notes": doc.notes}

    def passages():
        for p in store.iter_passages():
            yield {"id": p.id, "doc_id": p.doc_id, "index": p.index, "kind": p.kind, "section": p.section,
                   "page": p.page, "language": p.language, "start": p.start, "end": p.end, "text": p.text,
                   "sentences": p.sentences}

    return {"documents.jsonl": _write_atomic(out / "documents.jsonl", documents()),
            "passages.jsonl": _write_atomic(out / "passages.jsonl", passages())}
