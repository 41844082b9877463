"""Files → documents and passages: readers (pdf, text), layout, structure, metadata, and the corpus walk."""

from litmine.ingest.corpus import IngestReport, ingest_corpus, walk_corpus
from litmine.ingest.extract import extract_document

__all__ = ["IngestReport", "extract_document", "ingest_corpus", "walk_corpus"]
