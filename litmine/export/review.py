"""Passages found by `litmine query`, written for a literature review: Markdown quotes grouped by concept and
year, CSV and JSON rows, a terminal table, and BibTeX entries for the corpus documents quoted.

Document text is untrusted: Markdown escapes every character that could make markup or HTML of it, the table
shows it as plain text (never as rich markup) and BibTeX escapes its special characters.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from litmine.citations.cite import passage_page_display, passage_pages
from litmine.citations.works import fold
from litmine.export.atomic import write_text_atomic
from litmine.export.bibliography import BibEntry, entry_key, to_bibtex
from litmine.export.sanitize import GuardedDictWriter, clean_terminal_text
from litmine.models import Document

if TYPE_CHECKING:
    from rich.table import Table

    from litmine.query import Hit

ReviewFormat = Literal["md", "csv", "json", "bibtex"]

HIT_COLUMNS = ["rank", "citation", "concepts", "year", "authors", "title", "path", "doc_id", "passage_id",
               "passage_index", "page", "page_label", "page_end", "page_label_end", "section", "kind", "language",
               "snippet", "text", "context_before", "context_after", "zotero"]
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+#=])")
_REPORT_VENUE = re.compile(r"\b(?:working paper|briefing|report|discussion paper|policy paper|paper \d|series)\b",
                           re.IGNORECASE)


# ------------------------------------------------------------------ rows (CSV, JSON)
def build_hit_rows(hits: Sequence[Hit]) -> list[dict]:
    """One dict per hit, for CSV and JSON: citation, document, passage, snippet (matches in [brackets]), full
    text, highlighted spans and the context passages.

    Example:
        >>> build_hit_rows([])
        []
    """
    from litmine.concepts.vetoes import mention_id

    rows = []
    for rank, h in enumerate(hits, 1):
        p, d = h.passage, h.document
        # page/page_label: where the passage begins; page_end/page_label_end: where it ends (past a page break)
        page, label, page_end, label_end = passage_pages(p, d.page_labels)
        rows.append({
            "rank": rank, "citation": h.citation, "concepts": list(h.concepts), "year": d.year,
            "authors": list(d.authors), "title": d.title, "path": d.path, "doc_id": d.id, "passage_id": p.id,
            "passage_index": p.index, "page": page, "page_label": label, "page_end": page_end,
            "page_label_end": label_end, "section": p.section,
            "kind": p.kind, "language": p.language,
            "snippet": h.snippet_text, "text": p.text,
            "spans": [{"start": s.start, "end": s.end, "concept": s.concept} for s in h.spans],
            # stable ids of the concept mentions shown, for `litmine concepts --veto-mention ID`
            "mention_ids": [mention_id(d.id, p.index, s.start, s.concept) for s in h.spans if s.concept],
            "context_before": [q.text for q in h.before], "context_after": [q.text for q in h.after],
            "score": h.score,
            "zotero": d.zotero.get("select"),  # zotero://select link of the item quoted, for a Zotero library
        })
    return rows


def build_review_json(hits: Sequence[Hit]) -> str:
    """The hits as a JSON list (UTF-8 text kept as is)."""
    return json.dumps(build_hit_rows(hits), ensure_ascii=False, indent=2) + "\n"


def build_review_csv(hits: Sequence[Hit]) -> str:
    """The hits as CSV: lists joined with "; ", context passages with blank lines."""
    buf = io.StringIO()
    w = GuardedDictWriter(buf, fieldnames=HIT_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in build_hit_rows(hits):
        r = dict(r, concepts="; ".join(r["concepts"]), authors="; ".join(r["authors"]),
                 context_before="\n\n".join(r["context_before"]), context_after="\n\n".join(r["context_after"]))
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------ Markdown
def _escape_inline(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _escape_line_start(text: str) -> str:
    # "4. Outcomes" or "- item" at the start of a quoted line would become a list, "# x" a heading
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if m.group(1) else "\\" + m.group(3), text)


def escape_markdown(text: str) -> str:
    """One line of untrusted text as literal Markdown: white space folded, markup and HTML characters escaped.

    Example:
        >>> print(escape_markdown("4. <b>*NPM*</b>"))
        4\\. \\<b\\>\\*NPM\\*\\</b\\>
    """
    return _escape_line_start(_escape_inline(text).strip())


def _marked(text: str, spans: Iterable) -> str:
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start < pos or s.end <= s.start:
            continue
        out.append(_escape_inline(text[pos:s.start]))
        out.append("**" + _escape_inline(text[s.start:s.end]).strip() + "**")
        pos = s.end
    out.append(_escape_inline(text[pos:]))
    return _escape_line_start(re.sub(r" +", " ", "".join(out)).strip())


def _year_key(year: int | None) -> tuple[bool, int]:
    return (year is None, year or 0)


def build_review_markdown(hits: Sequence[Hit], *, labels: Mapping[str, str] | None = None,
                          title: str = "Passages for review", query: str | None = None) -> str:
    """Quotes grouped by concept (the first queried concept each passage holds), then by year (undated last),
    each a blockquote of the whole passage with its matches in bold, then its citation, document title, section
    and kind; context passages (`--context`) stand before and after in the same quote, marked as context.

    Args:
        hits: from litmine.query.find_passages.
        labels: concept id -> label for the group headings.
        title: the page's heading.
        query: a line saying what was searched, printed under the heading.

    Example:
        >>> print(build_review_markdown([], title="Nothing"))
        # Nothing
        <BLANKLINE>
        No passages.
        <BLANKLINE>
    """
    labels = labels or {}
    lines = [f"# {escape_markdown(title)}", ""]
    if query:
        lines += [escape_markdown(query), ""]
    if not hits:
        return "\n".join([*lines, "No passages.", ""])
    docs = {h.document.id for h in hits}
    s_hits, s_docs = ("s" if len(hits) != 1 else ""), ("s" if len(docs) != 1 else "")
    lines += [f"{len(hits)} passage{s_hits} from {len(docs)} document{s_docs}.", ""]
    groups: dict[str | None, list[Hit]] = {}
    for h in hits:
        groups.setdefault(h.concepts[0] if h.concepts else None, []).append(h)
    for concept, group in groups.items():
        heading = labels.get(concept, concept) if concept else "Text matches"
        lines += [f"## {escape_markdown(heading)}", ""]
        years: dict[int | None, list[Hit]] = {}
        for h in sorted(group, key=lambda h: (_year_key(h.document.year), h.document.path, h.passage.index)):
            years.setdefault(h.document.year, []).append(h)
        for year, in_year in years.items():
            lines += [f"### {year if year is not None else 'n.d.'}", ""]
            for h in in_year:
                lines += _quote(h)
    return "\n".join(lines)


def _quote(h: Hit) -> list[str]:
    body = [f"> *Context:* {escape_markdown(q.text)}" for q in h.before]
    body.append("> " + _marked(h.passage.text, h.spans))
    body += [f"> *Context:* {escape_markdown(q.text)}" for q in h.after]
    quote = "\n>\n".join(body).split("\n")
    where = [f"*{escape_markdown(h.document.title or Path(h.document.path).name)}*"]
    page, label, last, _ = passage_pages(h.passage, h.document.page_labels)
    if label and page and label != str(page):
        # the citation gives the printed page; this finds it in the file (both pages where the passage runs over)
        where.append(f"PDF pp. {page}–{last}" if last != page else f"PDF p. {page}")
    if h.passage.section:
        where.append(f"section “{escape_markdown(h.passage.section)}”")
    if h.passage.kind not in ("body",):
        where.append(escape_markdown(h.passage.kind))
    select = str(h.document.zotero.get("select") or "")
    if select.startswith("zotero://select/") and re.fullmatch(r"[\w:/.-]+", select):
        where.append(f"[Zotero]({select})")  # opens the item in the researcher's library
    return [*quote, ">", f"> — {escape_markdown(h.citation)}, " + ", ".join(where), ""]


# ------------------------------------------------------------------ BibTeX
def build_document_key(doc: Document, taken: set[str]) -> str:
    """A BibTeX key: the citation key the researcher's Zotero library gives the document (Better BibTeX's), else
    the key every litmine output uses (bibliography.citation_key: first author's surname, year, first title word
    that is not a function word, folded to ASCII: "lindsay2018coproduction"), with a, b... when taken.

    Example:
        >>> build_document_key(Document("d", "x.md", "md", title="Co-production: a review",
        ...                             authors=["Colin Lindsay"], year=2018), set())
        'lindsay2018coproduction'
    """
    return entry_key(document_entry(doc), taken)


def _creator_of(name: str) -> dict[str, str]:
    from litmine.citations.reference_names import is_corporate
    from litmine.query import parse_surname

    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return {"family": family.strip(), "given": given.strip()}
    if is_corporate(name):
        return {"literal": name}
    surname = parse_surname(name)
    given = name[: len(name) - len(surname)].strip() if name.endswith(surname) else name.replace(surname, "").strip()
    return {"family": surname, "given": given}


_DOC_KINDS = {"journal-article": "article", "working-paper": "report", "report": "report",
              "book-chapter": "chapter", "book": "book", "thesis": "thesis"}


def document_entry(d: Document) -> BibEntry:
    """A corpus document as a BibEntry: creators (persons and organisations), title, venue and its volume, issue,
    pages and publisher, year, doi, and the Zotero library's citation key."""
    from litmine.citations.cite import build_author_names

    if d.creators and len(d.creators) == len(d.authors):
        creators = [dict(c) for c in d.creators]
    else:
        creators = [_creator_of(a) for a in d.authors]
    if not creators and d.creators:
        creators = [dict(c) for c in d.creators]
    if not creators:
        creators = [{"literal": n} for n in build_author_names(d.authors, d.creators)[:1]]
    info = d.venue_info or {}
    venue = d.venue or (str(info["name"]) if info.get("name") else None)
    kind = _DOC_KINDS.get(d.kind or "")
    if kind is None:
        kind = ("report" if _REPORT_VENUE.search(venue) else "article") if venue else "other"
    return BibEntry(kind=kind, creators=creators, title=d.title, container=venue, year=d.year,
                    volume=_text(info.get("volume")), issue=_text(info.get("issue") or info.get("number")),
                    pages=_text(info.get("pages")), publisher=_text(info.get("publisher")), doi=d.doi,
                    key=str(d.zotero.get("citekey") or "") or None, fallback=Path(d.path).name)


def _text(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def build_review_bibtex(documents: Iterable[Document]) -> str:
    """BibTeX entries for corpus documents (each once, in the order given), written by the one bibliography
    writer (litmine.export.bibliography.to_bibtex).

    Example:
        >>> print(build_review_bibtex([Document("d", "x.md", "md", title="Work & welfare", authors=["Ann Kerr"],
        ...                                     year=2012, venue="Local Policy Review")]))
        @article{kerr2012work,
          author = {Kerr, Ann},
          title = {{Work \\& welfare}},
          journal = {Local Policy Review},
          year = {2012},
        }
        <BLANKLINE>
    """
    seen: set[str] = set()
    entries = []
    for d in documents:
        if d.id not in seen:
            seen.add(d.id)
            entries.append(document_entry(d))
    return to_bibtex(entries)


def quoted_documents(hits: Sequence[Hit]) -> list[Document]:
    """The documents the hits quote, each once, ordered by first author's citation name and year."""
    from litmine.citations.cite import build_author_names

    docs = {h.document.id: h.document for h in hits}
    return sorted(docs.values(), key=lambda d: (fold((build_author_names(d.authors, d.creators) or ["~"])[0]),
                                                _year_key(d.year), d.path))


def build_matrix_markdown(rows: Sequence[Mapping], columns: Sequence[str], *, title: str | None = None) -> str:
    """A matrix (or any rows) as a Markdown pipe table, cells escaped.

    Example:
        >>> print(build_matrix_markdown([{"concept": "a|b", "x": 2}], ["concept", "x"]))
        | concept | x |
        |---|---|
        | a\\|b | 2 |
        <BLANKLINE>
    """
    lines = [f"# {escape_markdown(title)}", ""] if title else []
    lines += ["| " + " | ".join(escape_markdown(c) for c in columns) + " |", "|" + "---|" * len(columns)]
    for r in rows:
        lines.append("| " + " | ".join(escape_markdown("" if r.get(c) is None else str(r.get(c))) for c in columns)
                     + " |")
    return "\n".join(lines) + "\n"


def build_matrix_text(rows: Sequence[Mapping], columns: Sequence[str], fmt: Literal["md", "csv", "json"], *,
                      title: str | None = None) -> str:
    """Matrix rows as Markdown, CSV or JSON text.

    Example:
        >>> build_matrix_text([{"concept": "a", "a": 3}], ["concept", "a"], "csv")
        'concept,a\\na,3\\n'
    """
    if fmt == "md":
        return build_matrix_markdown(rows, columns, title=title)
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=2) + "\n"
    buf = io.StringIO()
    w = GuardedDictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


# ------------------------------------------------------------------ table and files
def build_hits_table(hits: Sequence[Hit], *, title: str | None = None) -> Table:
    """A rich table of the hits: citation, document and place, and the snippet with its matches in [brackets]
    (and bold on a terminal). Text goes in as rich Text, so brackets in documents are never read as markup."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, show_lines=True)
    for name, kw in (("#", {"justify": "right"}), ("citation", {"overflow": "fold", "max_width": 32}),
                     ("document", {"overflow": "fold", "max_width": 48}), ("passage", {"overflow": "fold"})):
        table.add_column(name, **kw)
    for rank, h in enumerate(hits, 1):
        p, d = h.passage, h.document
        where = Text(clean_terminal_text(d.title or d.path))
        where.append(clean_terminal_text(f"\n{', '.join(d.authors)}") if d.authors else "", style="dim")
        place = " · ".join(x for x in (f"§ {p.section}" if p.section else "", p.kind,
                                       passage_page_display(p, d.page_labels), f"#{p.index}") if x)
        where.append(f"\n{place}", style="dim")
        snippet = Text()
        for q in h.before:
            snippet.append(clean_terminal_text(" ".join(q.text.split())) + "\n", style="dim")
        for piece, is_match in h.snippet:
            piece = clean_terminal_text(piece)
            snippet.append(f"[{piece}]" if is_match else piece, style="bold" if is_match else "")
        for q in h.after:
            snippet.append("\n" + clean_terminal_text(" ".join(q.text.split())), style="dim")
        table.add_row(str(rank), Text(clean_terminal_text(h.citation)), where, snippet)
    return table


def build_review(hits: Sequence[Hit], fmt: ReviewFormat, *, labels: Mapping[str, str] | None = None,
                 title: str = "Passages for review", query: str | None = None) -> str:
    """The hits in one review format: "md", "csv", "json", or "bibtex" (the documents quoted).

    Example:
        >>> build_review([], "csv").splitlines()[0].split(",")[:3]
        ['rank', 'citation', 'concepts']
    """
    if fmt == "md":
        return build_review_markdown(hits, labels=labels, title=title, query=query)
    if fmt == "csv":
        return build_review_csv(hits)
    if fmt == "json":
        return build_review_json(hits)
    if fmt == "bibtex":
        return build_review_bibtex(quoted_documents(hits))
    raise ValueError(f"unknown review format {fmt!r}")


def write_review(hits: Sequence[Hit], path: str | Path, fmt: ReviewFormat, **kwargs) -> Path:
    """Write build_review(hits, fmt, **kwargs) to path (folders made), UTF-8."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, build_review(hits, fmt, **kwargs))
    return path
