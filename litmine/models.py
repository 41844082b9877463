"""Plain dataclasses for what litmine extracts. Only the store turns them into rows and back."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    page_label: str | None = None  # the page number printed on the paper (page is the physical page)
    id: int | None = None
    doc_id: str | None = None
    marks: list[tuple[int, str]] = field(default_factory=list)  # superscript numbers: (offset, "12"); not stored
    # where the text goes on on another physical page (a paragraph rejoined across a page break): (offset, page)
    breaks: list[tuple[int, int]] = field(default_factory=list)


def page_at(p: Passage, offset: int) -> int | None:
    """The physical page the passage's text at `offset` is printed on (p.page before its first page break).

    Example:
        >>> p = Passage(0, "body", "ends here. Goes on.", page=4, breaks=[(11, 5)])
        >>> page_at(p, 0), page_at(p, 11), page_at(p, 15)
        (4, 5, 5)
    """
    page = p.page
    for at, next_page in p.breaks:
        if at > offset:
            break
        page = next_page
    return page


def label_at(p: Passage, offset: int, labels: list[str | None]) -> str | None:
    """The page number printed on the page of the passage's text at `offset`, from the document's page labels
    (one per physical page); p.page_label where the passage stays on one page."""
    if not p.breaks:
        return p.page_label
    page = page_at(p, offset)
    return labels[page - 1] if page and 0 < page <= len(labels) else None


def sentence_at(p: Passage, offset: int) -> str:
    """The sentence of the passage's text that holds `offset` (the whole text where no sentence does)."""
    return next((p.text[s:e] for s, e in p.sentences if s <= offset < e), p.text)


def place_callout(c: Citation, p: Passage) -> Citation:
    """A callout found in a passage's text (offsets into that text) given its sentence, passage, the page its words
    are printed on, and offsets into the document's text."""
    c.sentence = sentence_at(p, c.start)
    c.passage_index, c.page = p.index, page_at(p, c.start)
    c.start, c.end = p.start + c.start, p.start + c.end
    return c


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
    creators: list[dict[str, str]] = field(default_factory=list)  # [{"family", "given"} | {"literal"}], in order
    venue_info: dict[str, object] = field(default_factory=dict)  # name, volume, issue, pages, number, publisher
    kind: str | None = None  # journal-article | working-paper | report | book-chapter | other
    meta_confidence: dict[str, float] = field(default_factory=dict)  # field -> 0..1
    page_labels: list[str | None] = field(default_factory=list)  # printed label of each physical page
    text_source: str = "text"  # text (the PDF's text layer or a text file) | ocr
    zotero: dict[str, object] = field(default_factory=dict)  # the Zotero item it came from: key, select, citekey...
    notes: list[str] = field(default_factory=list)
    text: str = ""
    passages: list[Passage] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        """Languages of the passages, most frequent first."""
        counts: dict[str, int] = {}
        for p in self.passages:
            if p.language:
                counts[p.language] = counts.get(p.language, 0) + len(p.text)
        return sorted(counts, key=counts.get, reverse=True)


@dataclass
class Reference:
    """One entry of a document's reference list (or a reference held in a footnote, or a note's short form of one:
    source "short"), parsed into fields.

    authors and editors are {"surname": ..., "given": ...} dicts in the order printed; year_text keeps what stood
    for the year when it was not a number ("n.d.", "forthcoming", "in press").
    """

    index: int
    raw: str
    authors: list[dict[str, str]] = field(default_factory=list)
    editors: list[dict[str, str]] = field(default_factory=list)
    year: int | None = None
    year_suffix: str = ""
    year_text: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    doi: str | None = None
    url: str | None = None
    type: str = "other"  # article | book | chapter | report | web | thesis | other
    source: str = "list"  # list | footnote | short (a note's short form of another reference: see repeats)
    passage_index: int | None = None
    page: int | None = None
    work_id: str | None = None
    doc_id: str | None = None
    repeats: int | None = None  # a short form ("Weber (1922), S. 12"): the index of the reference it repeats


@dataclass
class Citation:
    """One in-text callout of one work: "(Lindsay et al., 2015: 152)" or one part of a group callout.

    start/end are offsets into the text the callout was found in (a passage's text, or the document's once
    stored); authors are surnames as printed ("Lindsay", "DWP"), et_al marks "et al.".
    """

    start: int
    end: int
    surface: str
    authors: list[str] = field(default_factory=list)
    et_al: bool = False
    year: int | None = None
    year_suffix: str = ""
    year_text: str | None = None
    pages: str | None = None
    narrative: bool = False
    style: str = "author-year"  # author-year | numeric | footnote
    numbers: list[int] = field(default_factory=list)
    group: int = 0  # callouts printed together in one bracket share a group number
    passage_index: int | None = None
    page: int | None = None
    sentence: str | None = None
    reference_index: int | None = None
    confidence: float = 0.0
    unlinked_reason: str | None = None
    doc_id: str | None = None


@dataclass
class Work:
    """A cited work across the corpus, one identity (DOI, else first author + year + title); it may be a corpus
    document."""

    id: str
    title: str | None = None
    authors: list[dict[str, str]] = field(default_factory=list)
    year: int | None = None
    container: str | None = None
    doi: str | None = None
    type: str = "other"
    doc_id: str | None = None


@dataclass
class Concept:
    """One entry of a concept lexicon: the phrases that express it (variants included) and its acronyms."""

    id: str
    label: str
    group: str = ""
    patterns: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)  # phrases matched without inflection ("sanctions", not "sanctioned")
    # forms (among patterns and exact) that count only with evidence of the concept's sense nearby, and that
    # sense's vocabulary (the cues); see litmine/concepts/senses.py
    ambiguous: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    # cues of one ambiguous form (form -> its cues): its only evidence, instead of the concept's cues
    form_cues: dict[str, list[str]] = field(default_factory=dict)
    # words of another sense of one ambiguous form (form -> words): near the form, they set it aside
    form_against: dict[str, list[str]] = field(default_factory=dict)
    # evidence from the concept's own cues only (not a lexicon acronym or another concept's mention nearby)
    strict: bool = False
    # organisational actors that are evidence only as an ambiguous form's partners or members ("Kooperation zwischen
    # Jugendamt und Schule"): {"groups": {name: [words]}, "anchors": [names], "links": [words], "forms": [forms]};
    # see litmine/concepts/senses.py (partner cues)
    partners: dict = field(default_factory=dict)


@dataclass
class Mention:
    """One mention of a lexicon concept: start/end are offsets into the passage's text.

    source says where it stands ("text", or "references" for a reference entry); via says how it was found:
    "pattern" (a lexicon phrase), "acronym" (a lexicon acronym), "defined" (an acronym the document defines, as in
    "New Public Management (NPM)"), "glossary" (an acronym defined in another corpus document), "context model" (an
    ambiguous form the sense rules set aside that a learned sense model admitted; litmine/concepts/sense_model.py,
    off by default).
    """

    concept: str
    start: int
    end: int
    surface: str
    source: str = "text"
    via: str = "pattern"
    sentence: int | None = None
    passage_id: int | None = None
    passage_index: int | None = None
    doc_id: str | None = None


@dataclass
class Rejection:
    """A candidate match set aside as another sense: offsets into the passage's text, and the reason."""

    concept: str
    start: int
    end: int
    surface: str
    reason: str  # short, human-readable: "no context cue for 'contract' within the sentence", ...
    passage_index: int | None = None
