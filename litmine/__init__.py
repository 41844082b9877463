"""litmine: text mining for literature reviews of policy and academic documents.

Example:
    >>> from litmine import Store, ingest_corpus
    >>> store = Store("outputs/litmine.db")  # doctest: +SKIP
    >>> ingest_corpus("corpus", store).summary()  # doctest: +SKIP
"""

from litmine.concepts.lexicon import load_lexicon
from litmine.concepts.matcher import ConceptMatcher
from litmine.concepts.tagging import ensure_mentions
from litmine.errors import InputError, LitmineError, MetadataError, StoreError
from litmine.export import write_jsonl
from litmine.ingest import IngestReport, extract_document, ingest_corpus
from litmine.models import Concept, Document, Mention, Passage
from litmine.store import Store

__version__ = "0.1.0"

__all__ = [
    "Concept", "ConceptMatcher", "Document", "IngestReport", "InputError", "LitmineError", "Mention", "MetadataError",
    "Passage", "Store", "StoreError", "ensure_mentions", "extract_document", "ingest_corpus", "load_lexicon",
    "write_jsonl",
]
