"""Concepts of the field: the lexicon (and, with a later issue, mentions found with spaCy)."""

from litmine.concepts.lexicon import DEFAULT_LEXICON, load_lexicon, spelling_variants

__all__ = ["DEFAULT_LEXICON", "load_lexicon", "spelling_variants"]
