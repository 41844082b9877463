"""Plain dataclasses for what litmine extracts. Only the store turns them into rows and back."""

from __future__ import annotations

from dataclasses import dataclass, field

PASSAGE_KINDS = ("heading", "body", "abstract", "footnote", "reference", "caption")


@dataclass
class Passage:
    """One paragraph-level unit of a document's text."""

    index: int
    kind: str
    text: str
    page: int | None = None
    section: str | None = None
    language: str | None = None
    start: int = 0
    end: int = 0
    sentences: list[tuple[int, int]] = field(default_factory=list)
    id: int | None = None
    doc_id: str | None = None


@dataclass
class Document:
    """One unique document (its id is the SHA-256 of the file's bytes)."""

    id: str
    path: str
    format: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    doi: str | None = None
    language: str | None = None
    pages: int = 0
    status: str = "ok"
    error: str | None = None
    meta_sources: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    text: str = ""
    passages: list[Passage] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        """Languages of the passages, most frequent first."""
        counts: dict[str, int] = {}
        for p in self.passages:
            if p.language:
                counts[p.language] = counts.get(p.language, 0) + len(p.text)
        return sorted(counts, key=counts.get, reverse=True)
