"""Files → documents and passages: readers (pdf, text), layout, structure, metadata, and the corpus walk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litmine.ingest.corpus import IngestReport, ingest_corpus, walk_corpus

if TYPE_CHECKING:
    from litmine.ingest.extract import extract_document


def __getattr__(name: str):
    """extract_document, imported when first asked for: the readers (PDFium, numpy, the citation taggers) cost
    about 0.4 s to import, and a run with no file to read (the no-change rerun) never needs them."""
    if name == "extract_document":
        from litmine.ingest.extract import extract_document

        globals()[name] = extract_document
        return extract_document
    raise AttributeError(f"module 'litmine.ingest' has no attribute {name!r}")


__all__ = ["IngestReport", "extract_document", "ingest_corpus", "walk_corpus"]
