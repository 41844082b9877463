"""litmine: text mining for literature reviews of policy and academic documents.

Example:
    >>> from litmine import Store, ingest_corpus
    >>> store = Store("outputs/litmine.db")  # doctest: +SKIP
    >>> ingest_corpus("corpus", store).summary()  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from litmine._version import __version__
from litmine.errors import InputError, LitmineError, MetadataError, StoreError
from litmine.models import Concept, Document, Mention, Passage

if TYPE_CHECKING:
    from litmine.concepts.lexicon import load_lexicon
    from litmine.concepts.matcher import ConceptMatcher
    from litmine.concepts.tagging import ensure_mentions
    from litmine.export import write_jsonl
    from litmine.ingest import IngestReport, extract_document, ingest_corpus
    from litmine.store import Store

# the rest of the public names load on first use: `import litmine.cli` (every command's start-up) and a query need
# none of ingest's, the concept tagger's or the exporters' modules (spaCy, numpy, networkx)
_LAZY = {"load_lexicon": "litmine.concepts.lexicon", "ConceptMatcher": "litmine.concepts.matcher",
         "ensure_mentions": "litmine.concepts.tagging", "write_jsonl": "litmine.export",
         "IngestReport": "litmine.ingest", "extract_document": "litmine.ingest", "ingest_corpus": "litmine.ingest",
         "Store": "litmine.store"}


def __getattr__(name: str):
    """The public names of _LAZY, imported when first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'litmine' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Concept", "ConceptMatcher", "Document", "IngestReport", "InputError", "LitmineError", "Mention", "MetadataError",
    "Passage", "Store", "StoreError", "ensure_mentions", "extract_document", "ingest_corpus", "load_lexicon",
    "__version__", "write_jsonl",
]
