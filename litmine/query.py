"""Passages by concept and by text over the store, quotable: the search behind `litmine query`.

`find_passages` finds passages through the stored concept mentions (so every spelling the lexicon knows counts:
co-production, coproduction, co-produced) or through the FTS5 index (BM25 ranking, Porter stemming, phrases,
AND/OR/NOT), keeps those where a second concept occurs too (`with_concepts`, within `near` words if asked: NVivo's
and ATLAS.ti's proximity queries), filters them by year, document, section and language, and returns each with its
document, the spans to highlight, a keyword-in-context snippet and an author-year citation ready for a review.
`build_concept_matrix` counts the passages where two concepts meet (NVivo's matrix coding query).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from litmine.citations.cite import (  # noqa: F401  (re-exported: the query's public helpers)
    build_citation,
    build_citation_name,
    build_citation_names,
    page_citation,
    page_display,
    parse_surname,
    passage_page_citation,
)
from litmine.errors import LitmineError
from litmine.models import Document, Passage

if TYPE_CHECKING:
    from litmine.store import Store

Source = Literal["text", "references", "all"]
MatrixBy = Literal["year", "document"]
MatrixUnit = Literal["passage", "sentence", "document"]

SNIPPET_WORDS = 30
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_HL_OPEN, _HL_CLOSE = "\x02", "\x03"
# lower-case particles stay with the surname ("van Eck", "de la Cruz", "Ó Briain", "Mac Giolla")
_FTS_PLAIN = re.compile(r"^[\w*^:+,]+$")
_FTS_OPERATORS = frozenset({"AND", "OR", "NOT"})


@dataclass(frozen=True)
class Span:
    """Characters start..end of a passage's text to highlight: a concept mention (concept set) or a text match."""

    start: int
    end: int
    concept: str | None = None


@dataclass(frozen=True)
class Hit:
    """One passage found, with what a review needs to quote it.

    snippet is the keyword-in-context window as (text, is_match) pieces; before and after are the neighbouring
    passages of the same document asked for with `context`; concepts are the queried concepts the passage holds,
    in query order; score is the BM25 rank for text queries (lower is better) or the number of the queried
    concepts' mentions.
    """

    passage: Passage
    document: Document
    spans: tuple[Span, ...]
    snippet: tuple[tuple[str, bool], ...]
    citation: str
    concepts: tuple[str, ...] = ()
    score: float = 0.0
    before: tuple[Passage, ...] = ()
    after: tuple[Passage, ...] = ()

    @property
    def snippet_text(self) -> str:
        """The snippet with matches in [brackets]."""
        return "".join(f"[{t}]" if m else t for t, m in self.snippet)


class HitList(list):
    """The hits shown (up to the limit); total is how many passages matched."""

    def __init__(self, hits: Iterable[Hit] = (), total: int = 0):
        super().__init__(hits)
        self.total = total


@dataclass(frozen=True)
class QueryOptions:
    """What `find_passages` looks for; see there."""

    text: str | None = None
    concepts: tuple[str, ...] = ()
    with_concepts: tuple[str, ...] = ()
    near: int | None = None
    years: tuple[int | None, int | None] | None = None
    doc: str | None = None
    section: str | None = None
    language: str | None = None
    context: int = 0
    limit: int | None = 20
    source: Source = "text"


# ------------------------------------------------------------------ citations
def count_words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two spans of a text (0 when they touch or overlap); "co-production" is one word.

    Example:
        >>> count_words_between("co-production for lone parents", (0, 13), (18, 30))
        1
    """
    lo, hi = (a, b) if a[0] <= b[0] else (b, a)
    if hi[0] <= lo[1]:
        return 0
    return len(_WORD.findall(text[lo[1]:hi[0]]))


def build_snippet(text: str, spans: Sequence[Span], *, words: int = SNIPPET_WORDS) -> tuple[tuple[str, bool], ...]:
    """About `words` words around the first span, as (text, is_match) pieces; every span inside the window is a
    match, runs of white space read as one space, and "…" marks a cut.

    Example:
        >>> build_snippet("Lone parents met co-production early.", [Span(17, 30)], words=4)
        (('… parents met ', False), ('co-production', True), (' early.', False))
    """
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    if not bounds:
        return ()
    if spans:
        first = min(spans, key=lambda s: (s.start, -s.end))
        before = [b for b in bounds if b[1] <= first.start]
        after = [b for b in bounds if b[0] >= first.end]
        n_before = min(len(before), max(words // 2 - 3, 0))
        n_after = min(len(after), max(words - n_before - 1, 0))
        n_before = min(len(before), max(words - n_after - 1, n_before))  # a short tail gives its words to the left
        lo = min(before[-n_before][0] if n_before else first.start,
                 next((b[0] for b in bounds if b[1] > first.start), first.start))
        hi = max(after[n_after - 1][1] if n_after else first.end,
                 next((b[1] for b in reversed(bounds) if b[0] < first.end), first.end))
    else:
        lo, hi = bounds[0][0], bounds[min(words, len(bounds)) - 1][1]
    pieces: list[tuple[str, bool]] = [("… ", False)] if lo > bounds[0][0] else []
    pos = lo
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < pos or s.end > hi:
            continue
        if s.start > pos:
            pieces.append((text[pos:s.start], False))
        pieces.append((text[s.start:s.end], True))
        pos = s.end
    if pos < hi:
        pieces.append((text[pos:hi], False))
    if hi < bounds[-1][1]:
        pieces.append((" …", False))
    merged: list[tuple[str, bool]] = []
    for t, m in pieces:
        t = re.sub(r"\s+", " ", t)
        if merged and not m and not merged[-1][1]:
            merged[-1] = (re.sub(r"\s+", " ", merged[-1][0] + t), False)
        else:
            merged.append((t, m))
    return tuple(merged)


# ------------------------------------------------------------------ query parsing and filters
def parse_years(value: str | None) -> tuple[int | None, int | None] | None:
    """"2010-2018", "2015", "2010-" or "-2018" as (first, last) years, inclusive.

    Example:
        >>> parse_years("2010-2018"), parse_years("2015"), parse_years("2010-")
        ((2010, 2018), (2015, 2015), (2010, None))
    """
    if value is None or not value.strip():
        return None
    m = re.fullmatch(r"\s*(\d{4})?\s*(?:([-–])\s*(\d{4})?)?\s*", value)
    if not m or not (m.group(1) or m.group(3)):
        raise LitmineError(f"bad years {value!r} (write 2015, 2010-2018, 2010- or -2018)")
    first = int(m.group(1)) if m.group(1) else None
    last = int(m.group(3)) if m.group(3) else (first if not m.group(2) else None)
    if first and last and first > last:
        raise LitmineError(f"bad years {value!r} (the first year is after the last)")
    return first, last


def prepare_fts_query(text: str) -> str:
    """Quote the words FTS5 cannot read bare ("co-production", "Lipsky's", "e.g.") so they search as phrases;
    operators, phrases, brackets, prefixes (work*) and NEAR(...) pass as they are.

    Example:
        >>> prepare_fts_query('co-production AND "lone parents" NOT sanction*')
        '"co-production" AND "lone parents" NOT sanction*'
    """
    def quote(m: re.Match) -> str:
        tok = m.group(0)
        if tok.startswith('"') or tok in _FTS_OPERATORS or _FTS_PLAIN.match(tok):
            return tok
        return '"' + tok.replace('"', "") + '"'

    return re.sub(r'"[^"]*"?|[^\s()"]+', quote, text)


def _resolve_concepts(store: Store, wanted: Sequence[str]) -> list[str]:
    from litmine.concepts.lexicon import find_concept_ids

    if not wanted:
        return []
    return find_concept_ids(list(wanted), [(c["id"], c["label"]) for c in store.concept_rows()])


def _documents_in_scope(docs: Mapping[str, Document], *, years: tuple[int | None, int | None] | None,
                        doc: str | None) -> set[str]:
    keep = set(docs)
    if doc:
        chosen = {i for i, d in docs.items() if i.startswith(doc) or doc in (d.path or "")}
        if not chosen:
            raise LitmineError(f"no document matches --doc {doc!r} (give an id prefix or part of a path; "
                               "`litmine docs` lists them)")
        keep &= chosen
    if years:
        lo, hi = years
        keep = {i for i in keep if docs[i].year is not None and (lo is None or docs[i].year >= lo)
                and (hi is None or docs[i].year <= hi)}
    return keep


def _passage_ok(p: Passage, *, section: str | None, language: str | None, source: Source) -> bool:
    if section and section.casefold() not in (p.section or "").casefold():
        return False
    if language and (p.language or "").casefold() != language.casefold():
        return False
    return not (source == "text" and p.kind == "reference" or source == "references" and p.kind != "reference")


def _fts_spans(store: Store, query: str, passage_ids: Sequence[int]) -> dict[int, list[Span]]:
    """Where the query's terms matched in each passage, from FTS5's highlight() (query folded as the index is)."""
    from litmine.store.fts import fold_for_index

    out: dict[int, list[Span]] = {}
    for rowid, marked in store.highlight_matches(fold_for_index(query), passage_ids, open_mark=_HL_OPEN,
                                                  close_mark=_HL_CLOSE):
        spans, pos, start = [], 0, None
        for ch in marked:
            if ch == _HL_OPEN:
                start = pos
            elif ch == _HL_CLOSE:
                if start is not None and pos > start:
                    spans.append(Span(start, pos))
                start = None
            else:
                pos += 1
        out[rowid] = _join_adjacent(marked.replace(_HL_OPEN, "").replace(_HL_CLOSE, ""), spans)
    return out


def _join_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Matches only white space apart read as one ("Street-Level Bureaucracy", not two)."""
    out: list[Span] = []
    for s in spans:
        if out and not text[out[-1].end:s.start].strip():
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


# ------------------------------------------------------------------ the search
def _near_ok(text: str, first: list[tuple[int, int]], second: list[tuple[int, int]], near: int | None) -> bool:
    if not second:
        return False
    if near is None:
        return True
    return any(count_words_between(text, a, b) <= near for a in first for b in second)


def find_passages(store: Store, *, text: str | None = None, concepts: Sequence[str] = (),
                  with_concepts: Sequence[str] = (), near: int | None = None,
                  years: str | tuple[int | None, int | None] | None = None, doc: str | None = None,
                  section: str | None = None, language: str | None = None, context: int = 0,
                  limit: int | None = 20, source: Source = "text",
                  documents: Mapping[str, Document] | None = None) -> HitList:
    """Passages found by concept (stored mentions) and/or text (FTS5), filtered, ordered and ready to quote.

    Args:
        store: a store whose mentions are up to date (see litmine.concepts.tagging.ensure_mentions).
        text: an FTS5 query: words (Porter-stemmed), "phrases", AND, OR, NOT, brackets, prefix*, NEAR(a b, 5).
        concepts: concept ids or labels; a passage holding any of them matches.
        with_concepts: concepts that must all occur in the passage too (with `concepts`).
        near: with `with_concepts`: a mention of each must stand within this many words of a mention of `concepts`.
        years: "2010-2018", "2015", "2010-", "-2018" or (first, last); documents without a year are left out.
        doc: a document id prefix or part of its path.
        section: part of the section title (case ignored).
        language: the passage's language code ("en", "de").
        context: neighbouring passages of the same document to add before and after each hit.
        limit: hits to return (None or 0: all); the list's `total` says how many matched.
        source: "text" leaves reference-list entries out, "references" searches only them, "all" both.
        documents: the store's documents by id (without text), when the caller asks many queries of one store.

    Returns:
        Hits ordered by BM25 rank for text queries; for concept queries by the number of the queried concepts'
        mentions (most first), then year, document path and passage index.

    Raises:
        LitmineError: nothing to search for, an unknown concept (with the closest ids), a bad FTS5 query or
            bad years, a --doc that matches no document.

    Example:
        >>> hits = find_passages(store, concepts=["co-production"], with_concepts=["lone-parents"],
        ...                      near=20)  # doctest: +SKIP
        >>> hits[0].citation  # doctest: +SKIP
        '(Núñez and Ashworth, 2011)'
    """
    opts = QueryOptions(text=(text or "").strip() or None, concepts=tuple(concepts),
                        with_concepts=tuple(with_concepts), near=near,
                        years=parse_years(years) if isinstance(years, str) or years is None else years, doc=doc,
                        section=section, language=language, context=max(context, 0), limit=limit or None,
                        source=source)
    return _run(store, opts, documents)


def _run(store: Store, o: QueryOptions, documents: Mapping[str, Document] | None = None) -> HitList:
    _check_options(o)
    primary = _resolve_concepts(store, o.concepts)
    second = _resolve_concepts(store, o.with_concepts)
    docs = documents if documents is not None else {d.id: d for d in store.iter_documents(with_text=False)}
    in_scope = _documents_in_scope(docs, years=o.years, doc=o.doc)
    # candidate passages: the text query's ranks and/or the concepts' mentions
    fts_query = prepare_fts_query(o.text) if o.text else None
    ranks = _text_ranks(store, o.text, fts_query, in_scope) if fts_query is not None else None
    spans = _concept_spans(store, list(dict.fromkeys(primary + second)) if primary else [], in_scope,
                           None if o.source == "all" else o.source)
    if primary:
        candidates = {pid for pid, by in spans.items() if any(c in by for c in primary)}
        if ranks is not None:
            candidates &= set(ranks)
    else:
        candidates = set(ranks or ())
    kept = _kept_passages(store, candidates, o, spans, primary, second)
    queried = list(dict.fromkeys(primary + second))

    def order(p: Passage) -> tuple:
        d = docs[p.doc_id]
        tail = (d.year is None, d.year or 0, d.path, p.index)
        if ranks is not None:
            return (ranks[p.id], *tail)
        return (-sum(len(v) for c, v in spans[p.id].items() if c in queried), *tail)

    kept.sort(key=order)
    shown = kept[:o.limit] if o.limit else kept
    if o.limit and not second:  # filtered and ordered on the passages' heads (_kept_passages): the shown read whole
        whole = store.get_passages(p.id for p in shown)
        shown = [whole[p.id] for p in shown]
    text_spans = _fts_spans(store, fts_query, [p.id for p in shown]) if fts_query and shown else {}
    hits = _build_hits(store, shown, docs, spans, text_spans, queried, ranks, context=o.context)
    return HitList(hits, len(kept))


def _check_options(o: QueryOptions) -> None:
    """Raise LitmineError for options that do not go together."""
    if not o.text and not o.concepts:
        raise LitmineError("nothing to search for: give TEXT and/or --concept")
    if o.with_concepts and not o.concepts:
        raise LitmineError("--with needs --concept (the passages of concept A that also hold B)")
    if o.near is not None and not o.with_concepts:
        raise LitmineError("--near needs --with (how close the --with concept stands to the --concept one)")
    if o.near is not None and o.near < 0:
        raise LitmineError(f"bad --near {o.near} (a number of words, 0 or more)")


def _text_ranks(store: Store, text: str, fts_query: str, in_scope) -> dict[int, float]:
    """Passage id -> FTS5 rank of the passages in scope that match; a query FTS5 cannot read is a LitmineError."""
    try:
        found = store.search(fts_query, -1)
    except LitmineError as exc:
        reason = re.search(r"\(([^()]*)\)$", str(exc))
        raise LitmineError(f"bad search query {text!r}" + (f" (read as {fts_query!r})" if fts_query != text else "")
                           + (f": {reason.group(1)}" if reason else "")) from None
    return {pid: rank for pid, doc_id, rank in found if doc_id in in_scope}


def _concept_spans(store: Store, concepts: Sequence[str], in_scope, source: str | None
                   ) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """Passage id -> concept -> (start, end) of each mention in a document in scope."""
    spans: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for cid in concepts:
        for m in store.iter_mentions(concept=cid, source=source):
            if m.doc_id in in_scope:
                spans[m.passage_id][cid].append((m.start, m.end))
    return spans


def _kept_passages(store: Store, candidates: set[int], o: QueryOptions, spans, primary: list[str],
                   second: list[str]) -> list[Passage]:
    """The candidates in the asked section, language and source, holding every --with concept near enough; with
    a limit and no --with concept, as their heads only (Store.passage_heads: no text; _run reads the shown ones
    whole)."""
    passages = store.passage_heads(candidates) if o.limit and not second else store.get_passages(candidates)
    kept: list[Passage] = []
    for pid in candidates:
        p = passages.get(pid)
        if p is None or not _passage_ok(p, section=o.section, language=o.language, source=o.source):
            continue
        if second:
            by = spans[pid]
            first = [s for c in primary for s in by.get(c, [])]
            if not all(_near_ok(p.text, first, by.get(c, []), o.near) for c in second):
                continue
        kept.append(p)
    return kept


def _build_hits(store: Store, shown: list[Passage], docs: Mapping[str, Document], spans, text_spans,
                queried: list[str], ranks: dict[int, float] | None, *, context: int) -> list[Hit]:
    """A Hit per shown passage: highlights, snippet, citation, concepts found, score, neighbours."""
    names = build_citation_names(docs.values())
    neighbours = _neighbours(store, shown, context)
    hits = []
    for p in shown:
        by = spans.get(p.id, {})
        hl = [Span(s, e, c) for c in queried for s, e in by.get(c, [])] + text_spans.get(p.id, [])
        hl.sort(key=lambda s: (s.start, -s.end, s.concept or ""))
        d = docs[p.doc_id]
        before, after = neighbours.get(p.id, ((), ()))
        hits.append(Hit(passage=p, document=d, spans=tuple(hl), snippet=build_snippet(p.text, hl),
                        citation=build_citation(names[d.id], passage_page_citation(p, d.page_labels)),
                        concepts=tuple(c for c in queried if by.get(c)),
                        score=ranks[p.id] if ranks is not None else float(sum(len(by.get(c, [])) for c in queried)),
                        before=before, after=after))
    return hits


def _neighbours(store: Store, hits: Sequence[Passage], n: int) -> dict[int, tuple[tuple[Passage, ...],
                                                                                   tuple[Passage, ...]]]:
    if n <= 0:
        return {}
    out = {}
    by_doc: dict[str, dict[int, Passage]] = {}
    for p in hits:
        if p.doc_id not in by_doc:
            by_doc[p.doc_id] = {q.index: q for q in store.iter_passages(p.doc_id)}
        ps = by_doc[p.doc_id]
        out[p.id] = (tuple(ps[i] for i in range(p.index - n, p.index) if i in ps),
                     tuple(ps[i] for i in range(p.index + 1, p.index + n + 1) if i in ps))
    return out


# ------------------------------------------------------------------ matrix coding
@dataclass(frozen=True)
class ConceptMatrix:
    """Rows of a matrix coding query; columns names the keys of each row in order."""

    rows: list[dict]
    columns: list[str]
    by: MatrixBy | None = None
    unit: MatrixUnit = "passage"
    concepts: list[str] = field(default_factory=list)


def build_concept_matrix(store: Store, concepts: Sequence[str], *, by: MatrixBy | None = None,
                         unit: MatrixUnit = "passage", years: str | tuple[int | None, int | None] | None = None,
                         doc: str | None = None, section: str | None = None, language: str | None = None,
                         source: Source = "text") -> ConceptMatrix:
    """Counts of units (passages by default) where concepts meet: NVivo's matrix coding query.

    Without `by`: one row per concept, one column per concept, each cell the number of units holding both (the
    diagonal: units holding the row's concept). With by="year" or "document": one row per year (or document) of the
    scope, one column per concept, each cell the units in that year (document) holding the concept. The passages of a
    cell are `find_passages(concepts=[A], with_concepts=[B])` (or with `years`/`doc`).

    Example:
        >>> m = build_concept_matrix(store, ["co-production", "lone-parents"])  # doctest: +SKIP
        >>> m.rows[0]["lone-parents"]  # doctest: +SKIP
        3
    """
    if not concepts:
        raise LitmineError("a matrix needs concepts: give --concept for each row and column")
    ids = _resolve_concepts(store, concepts)
    docs = {d.id: d for d in store.iter_documents(with_text=False)}
    in_scope = _documents_in_scope(docs, years=parse_years(years) if isinstance(years, str) else years, doc=doc)
    units, unit_doc = _matrix_units(store, ids, in_scope, unit=unit, section=section, language=language,
                                   source=source)
    labels = {c["id"]: c["label"] for c in store.concept_rows()}
    if by is None:
        rows = [{"concept": a, "label": labels.get(a, a), **{b: len(units[a] & units[b]) for b in ids}} for a in ids]
        return ConceptMatrix(rows, ["concept", "label", *ids], None, unit, ids)
    if by == "year":
        years_in = sorted({docs[d].year for d in in_scope}, key=lambda y: (y is None, y or 0))
        count = {c: Counter(docs[unit_doc[k]].year for k in units[c]) for c in ids}
        rows = [{"year": y if y is not None else "n.d.", **{c: count[c][y] for c in ids}} for y in years_in]
        return ConceptMatrix(rows, ["year", *ids], "year", unit, ids)
    if by == "document":
        names = build_citation_names(docs.values())
        count = {c: Counter(unit_doc[k] for k in units[c]) for c in ids}
        ordered = sorted(in_scope, key=lambda i: (docs[i].year is None, docs[i].year or 0, docs[i].path))
        rows = [{"document": names[i], "path": docs[i].path, "doc_id": i[:12], **{c: count[c][i] for c in ids}}
                for i in ordered]
        return ConceptMatrix(rows, ["document", "path", "doc_id", *ids], "document", unit, ids)
    raise LitmineError(f"bad matrix --by {by!r} (year or document)")


def _matrix_units(store: Store, ids: Sequence[str], in_scope, *, unit: MatrixUnit, section: str | None,
                  language: str | None, source: Source) -> tuple[dict[str, set], dict[object, str]]:
    """(concept -> the units holding it, unit -> its document) over the mentions in scope; a unit is a passage id,
    a (passage id, sentence) pair or a document id."""
    mentions = [m for cid in ids for m in store.iter_mentions(concept=cid, source=None if source == "all" else source)
                if m.doc_id in in_scope]
    passages = store.get_passages({m.passage_id for m in mentions}) if (section or language or source != "all") else {}
    units: dict[str, set] = defaultdict(set)
    unit_doc: dict[object, str] = {}
    for m in mentions:
        if passages and not _passage_ok(passages[m.passage_id], section=section, language=language, source=source):
            continue
        key = (m.passage_id if unit == "passage" else (m.passage_id, m.sentence) if unit == "sentence" else m.doc_id)
        units[m.concept].add(key)
        unit_doc[key] = m.doc_id
    return units, unit_doc

