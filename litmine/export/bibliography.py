"""Every cited work and every corpus document as BibTeX and RIS (both import into Zotero) and CSV rows.

One writer serves `litmine citations` (works) and `litmine query --bib` (corpus documents): both are turned into a
`BibEntry` first, then written by `to_bibtex` / `to_ris`, with one key function (`citation_key`) and one table of
types, so a paper has the same key and the same Zotero item type from either command and either format.

BibTeX rules kept (checked in tests with pybtex's strict parser, bibtexparser and rispy):

- text stays UTF-8 (biber, biblatex and Zotero read it); the characters LaTeX treats as commands are escaped
  (``& % $ # _`` with a backslash, ``~ ^ \\`` as text commands) and braces become ``\\textbraceleft{}`` /
  ``\\textbraceright{}``: BibTeX counts braces without regard to a backslash, so ``\\}`` alone unbalances an entry;
- titles are brace-protected (``{{The UK experience}}``) so styles do not lower-case names and acronyms;
- ``doi`` and ``url`` are written verbatim (biblatex reads them so; an escaped ``\\_`` breaks the link), braces
  and white space removed;
- persons as "Family, Given", organisations braced whole; editors, volume, number, pages (en dash as ``--``),
  publisher, address and url where the source has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from litmine.citations.works import fold
from litmine.models import Work

# litmine kind -> (BibTeX type, RIS type): the pairs Zotero imports as the same item type
TYPES: dict[str, tuple[str, str]] = {"article": ("article", "JOUR"), "book": ("book", "BOOK"),
                                     "chapter": ("incollection", "CHAP"), "report": ("techreport", "RPRT"),
                                     "web": ("online", "ELEC"), "thesis": ("phdthesis", "THES"),
                                     "other": ("misc", "GEN")}
_CONTAINER_FIELD = {"article": "journal", "incollection": "booktitle", "techreport": "institution",
                    "online": "organization", "phdthesis": "school"}
_LATEX_SPECIALS = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "\\": r"\textbackslash",
                   "~": r"\textasciitilde", "^": r"\textasciicircum", "{": r"\textbraceleft", "}": r"\textbraceright"}
KEY_STOP = frozenset({"a", "an", "the", "of", "on", "in", "and", "for", "from", "to", "at", "by", "with", "how",
                      "why", "what", "when", "is", "are", "le", "la", "les", "el", "los", "der", "die", "das"})


@dataclass
class BibEntry:
    """One bibliography record, whatever it came from. Persons are {"family", "given"} or {"literal"}."""

    kind: str = "other"
    creators: list[dict[str, str]] = field(default_factory=list)
    editors: list[dict[str, str]] = field(default_factory=list)
    title: str | None = None
    container: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    doi: str | None = None
    url: str | None = None
    key: str | None = None  # a key the source already has (Better BibTeX's); else citation_key
    fallback: str | None = None  # what names it in a key when it has no person and no title (a file name)


@lru_cache(maxsize=1)
def _encoder():
    """pylatexenc's Unicode-to-LaTeX encoder (the one bibtexparser 2's LatexEncodingMiddleware runs) with litmine's
    rules: only the characters LaTeX reads as commands are encoded, everything else stays UTF-8."""
    from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

    rule = UnicodeToLatexConversionRule(RULE_DICT, {ord(k): v for k, v in _LATEX_SPECIALS.items()})
    return UnicodeToLatexEncoder(conversion_rules=[rule], replacement_latex_protection="braces-after-macro",
                                 unknown_char_policy="keep", unknown_char_warning=False)


def bibtex_escape(value: str) -> str:
    """Text for a BibTeX field: LaTeX specials encoded by pylatexenc (braces as text commands), white space folded.

    Example:
        >>> print(bibtex_escape("50% & {more}_ Sørensen"))
        50\\% \\& \\textbraceleft{}more\\textbraceright{}\\_ Sørensen
    """
    return _encoder().unicode_to_latex(" ".join(str(value).split()))


def _key_words(text: str | None) -> list[str]:
    """A title's words for a key: folded to ASCII letters and digits, function words and numbers left out."""
    words = [re.sub(r"[^a-z0-9]", "", fold(w)) for w in re.findall(r"[\w'’-]+", text or "")]
    return [w for w in words if w and w not in KEY_STOP and not w.isdigit()]


def citation_key(surname: str, year: int | None, title: str | None, taken: set[str], *, fallback: str = "") -> str:
    """The one key rule of every output, Better BibTeX's ``[auth:lower][year][Title:skipwords:select,1,1:lower]``
    with its fallbacks: first author's surname (all of it: "vanderberg", "obriain"), year, the title's first word
    that is not a function word, all folded to ASCII ("nunez2011old"). A, b... when taken (added to taken).

    The fallbacks, for works and documents whose metadata is thin:

    - no year: the year is left out, as Better BibTeX does ("kerrcoproduccion");
    - no person (the caller passes the first editor, else ""): the title's first two words, then the year
      ("equalityact2010"), like Better BibTeX's short-title patterns;
    - no person and no title: the letters of fallback (a document's file name), then the year; else "anon".

    Example:
        >>> taken = set()
        >>> citation_key("Núñez", 2011, "From old to new governance", taken)
        'nunez2011old'
        >>> citation_key("", 2010, "The Equality Act 2010", taken), citation_key("Kerr", None, "Co-producción", taken)
        ('equalityact2010', 'kerrcoproduccion')
        >>> citation_key("", None, None, taken, fallback="2019_Report-final.pdf"), citation_key("", None, "", taken)
        ('reportfinal', 'anon')
    """
    name = re.sub(r"[^a-z]", "", fold(surname or ""))
    words = _key_words(title)
    when = str(year) if year else ""
    if name:
        base = f"{name}{when}{words[0] if words else ''}"
    elif words:
        base = f"{''.join(words[:2])}{when}"
    else:
        stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", fallback or "")
        base = f"{''.join(re.findall(r'[a-z]+', fold(stem))[:3])[:40] or 'anon'}{when}"
    key, n = base, 0
    while key in taken:
        n += 1
        key = f"{base}{chr(ord('a') + n - 1)}" if n <= 26 else f"{base}{n}"
    taken.add(key)
    return key


def _surname(creators: list[dict[str, str]]) -> str:
    if not creators:
        return ""
    c = creators[0]
    if c.get("literal"):  # an organisation: its first word that is not a function word ("department2010building")
        return next(iter(_key_words(c["literal"])), "")
    return c.get("family") or ""


def entry_key(entry: BibEntry, taken: set[str]) -> str:
    """entry.key when it is a usable, free BibTeX key, else citation_key of the first author (the first editor
    when there is no author), the year and the title (entry.fallback when nothing else names it)."""
    if entry.key and re.fullmatch(r"[\w:.+/-]{1,100}", entry.key) and entry.key not in taken:
        taken.add(entry.key)
        return entry.key
    return citation_key(_surname(entry.creators) or _surname(entry.editors), entry.year, entry.title, taken,
                        fallback=entry.fallback or "")


def person(surname: str, given: str = "") -> dict[str, str]:
    """A work author {"surname", "given"} as a creator; an author without a given name and with a space in the
    name ("Department for Work and Pensions") is an organisation."""
    surname, given = (surname or "").strip(), (given or "").strip()
    if not given and " " in surname:
        return {"literal": surname}
    return {"family": surname, "given": given}


def entry_from_work(w: Work, reference=None) -> BibEntry:
    """A cited work as a BibEntry; reference (a Reference of it, the fullest one) adds editors, volume, issue,
    pages, publisher, place and url, which works do not keep."""
    e = BibEntry(kind=w.type if w.type in TYPES else "other",
                 creators=[person(a.get("surname", ""), a.get("given", "")) for a in w.authors],
                 title=w.title, container=w.container, year=w.year, doi=w.doi)
    if reference is not None:
        e.editors = [person(a.get("surname", ""), a.get("given", "")) for a in reference.editors]
        for name in ("volume", "issue", "pages", "publisher", "place", "url"):
            setattr(e, name, getattr(reference, name, None))
        e.doi = e.doi or reference.doi
    return e


def fullest_references(references) -> dict:
    """work id -> the reference to it with the most bibliographic fields filled (for entry_from_work); a note's
    short form (source "short": its pages are the page it cites) is never one."""
    best: dict = {}
    for r in references:
        if not r.work_id or r.source == "short":
            continue
        score = sum(bool(getattr(r, f, None)) for f in ("editors", "volume", "issue", "pages", "publisher", "place",
                                                         "url", "doi"))
        if r.work_id not in best or score > best[r.work_id][0]:
            best[r.work_id] = (score, r)
    return {k: r for k, (_, r) in best.items()}


def _name_parts(c: dict[str, str]):
    """A creator as bibtexparser 2's NameParts (an organisation whole in `last`), encoded with the same encoder:
    its LatexEncodingMiddleware encodes one NameParts but passes over a list of them, as author fields are."""
    from bibtexparser.middlewares import NameParts

    if c.get("literal"):
        return NameParts(last=[bibtex_escape(c["literal"])])
    given = bibtex_escape(c.get("given") or "")
    return NameParts(last=[bibtex_escape(c.get("family", ""))], first=[given] if given else [])


def _verbatim(value: str) -> str:
    return re.sub(r"[\s{}]", "", value)


_VERBATIM = ("doi", "url")  # written as they are (biblatex reads them verbatim): not LaTeX-encoded


def bibtex_fields(e: BibEntry) -> tuple[str, list[tuple[str, object]]]:
    """The BibTeX type and (field, value) pairs of one entry before encoding: text as Unicode, persons as
    bibtexparser 2 NameParts, doi and url verbatim."""
    kind = TYPES.get(e.kind, TYPES["other"])[0]
    fields: list[tuple[str, object]] = []
    if e.creators:
        fields.append(("author", [_name_parts(c) for c in e.creators]))
    if e.editors:
        fields.append(("editor", [_name_parts(c) for c in e.editors]))
    if e.title:
        fields.append(("title", e.title))
    if e.container:
        fields.append((_CONTAINER_FIELD.get(kind, "howpublished"), e.container))
    if e.year:
        fields.append(("year", str(e.year)))
    for name, value in (("volume", e.volume), ("number", e.issue)):
        if value:
            fields.append((name, str(value)))
    if e.pages:
        fields.append(("pages", re.sub(r"\s*[-‐‑‒–—]+\s*", "--", str(e.pages))))
    if e.publisher:
        fields.append(("publisher", e.publisher))
    if e.place:
        fields.append(("address", e.place))
    if e.doi:
        fields.append(("doi", _verbatim(e.doi)))
    if e.url:
        fields.append(("url", _verbatim(e.url)))
    if not fields:  # an entry without fields is dropped by bibtexparser: say what it is (a document's file name)
        fields.append(("note", e.fallback or "no bibliographic data"))
    return kind, fields


def _protect(entry, organisations: set[int]) -> None:
    """Braces BibTeX needs, added after encoding: the title whole (styles keep its case), an organisation whole
    and a family name holding " and " (either would be split into persons). organisations: id() of their
    NameParts."""
    for f in entry.fields:
        if f.key == "title":
            f.value = "{" + f.value + "}"
        elif f.key in ("author", "editor"):
            for parts in f.value:
                if id(parts) in organisations or " and " in f" {parts.last[0]} ":
                    parts.last = ["{" + parts.last[0] + "}"]


def to_bibtex(entries: list[BibEntry | Work]) -> str:
    """BibTeX entries, one per entry (works are converted with entry_from_work), keys by citation_key. Built as a
    bibtexparser 2 Library, LaTeX-encoded by its LatexEncodingMiddleware (pylatexenc, litmine's rules: specials
    only, UTF-8 kept) and written by its writer.

    Example:
        >>> print(to_bibtex([Work("w1", title="Work & welfare", authors=[{"surname": "Lindsay", "given": "C."}],
        ...                        year=2007, type="article", container="Social Policy & Administration")]))
        @article{lindsay2007work,
          author = {Lindsay, C.},
          title = {{Work \\& welfare}},
          journal = {Social Policy \\& Administration},
          year = {2007},
        }
        <BLANKLINE>
    """
    import bibtexparser
    from bibtexparser.middlewares import (AddEnclosingMiddleware, LatexEncodingMiddleware, MergeCoAuthors,
                                          MergeNameParts)
    from bibtexparser.model import Entry, Field

    taken: set[str] = set()
    library, verbatim, organisations = bibtexparser.Library(), [], set()
    for e in entries:
        e = entry_from_work(e) if isinstance(e, Work) else e
        kind, fields = bibtex_fields(e)
        entry = Entry(kind, entry_key(e, taken), [Field(k, v) for k, v in fields if k not in _VERBATIM])
        library.add(entry)
        verbatim.append((entry, [Field(k, v) for k, v in fields if k in _VERBATIM]))
        organisations.update(id(p) for k, v in fields if k in ("author", "editor") for p, c in
                             zip(v, e.creators if k == "author" else e.editors) if c.get("literal"))
    library = LatexEncodingMiddleware(encoder=_encoder()).transform(library)
    for entry, extra in verbatim:
        _protect(entry, organisations)
        for f in extra:
            entry.set_field(f)
    fmt = bibtexparser.BibtexFormat()
    fmt.indent, fmt.value_column, fmt.block_separator, fmt.trailing_comma = "  ", 0, "\n", True
    stack = [MergeNameParts(style="last"), MergeCoAuthors(),
             AddEnclosingMiddleware(reuse_previous_enclosing=False, enclose_integers=True, default_enclosing="{")]
    return bibtexparser.write_string(library, unparse_stack=stack, bibtex_format=fmt) if library.entries else ""


def _ris_person(c: dict[str, str]) -> str:
    if c.get("literal"):
        return c["literal"]
    return ", ".join(x for x in (c.get("family", ""), c.get("given", "")) if x)


def to_ris(entries: list[BibEntry | Work]) -> str:
    """RIS records, one per entry, written with rispy; the same types as to_bibtex (see TYPES)."""
    import rispy

    records = []
    for e in entries:
        e = entry_from_work(e) if isinstance(e, Work) else e
        r: dict[str, object] = {"type_of_reference": TYPES.get(e.kind, TYPES["other"])[1]}
        if e.creators:
            r["authors"] = [_ris_person(c) for c in e.creators]
        if e.editors:
            r["secondary_authors"] = [_ris_person(c) for c in e.editors]  # A2: the editors in Zotero's RIS import
        if e.title:
            r["title"] = " ".join(e.title.split())
        if e.container:
            r["secondary_title"] = " ".join(e.container.split())
        if e.year:
            r["year"] = str(e.year)
        pages = re.split(r"\s*[-‐‑‒–—]+\s*", str(e.pages)) if e.pages else []
        for name, value in (("volume", e.volume), ("number", e.issue), ("start_page", pages[0] if pages else None),
                            ("end_page", pages[1] if len(pages) > 1 else None), ("publisher", e.publisher),
                            ("place_published", e.place), ("doi", e.doi)):
            if value:
                r[name] = str(value)
        if e.url:
            r["urls"] = [e.url]
        records.append(r)
    return rispy.dumps(records)


def works_rows(works: list[Work], stats: dict[str, dict] | None = None) -> list[dict]:
    """One row per work for CSV/JSON: identity, fields, and (when given) citation counts and years."""
    stats = stats or {}
    rows = []
    for w in works:
        s = stats.get(w.id, {})
        rows.append({"id": w.id, "authors": "; ".join(_ris_person(person(a.get("surname", ""), a.get("given", "")))
                                                       for a in w.authors), "year": w.year,
                     "title": w.title, "container": w.container, "doi": w.doi, "type": w.type,
                     "doc_id": w.doc_id, "citing_documents": s.get("citations", 0),
                     "first_cited": s.get("first_cited"), "last_cited": s.get("last_cited")})
    return rows


def bibtex_key(work: Work, taken: set[str]) -> str:
    """A work's key (citation_key of its first author, year and title)."""
    return entry_key(entry_from_work(work), taken)
