"""litmine: text mining for literature reviews of policy and academic documents.

Example:
    >>> from litmine import Store, ingest_corpus
    >>> store = Store("outputs/litmine.db")  # doctest: +SKIP
    >>> ingest_corpus("corpus", store).summary()  # doctest: +SKIP
"""

from litmine.errors import InputError, LitmineError, MetadataError, StoreError
from litmine.export import write_jsonl
from litmine.ingest import IngestReport, extract_document, ingest_corpus
from litmine.models import Document, Passage
from litmine.store import Store

__version__ = "0.1.0"

__all__ = [
    "Document", "IngestReport", "InputError", "LitmineError", "MetadataError", "Passage", "Store", "StoreError",
    "extract_document", "ingest_corpus", "write_jsonl",
]
