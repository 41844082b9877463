"""Document metadata (title, authors, year, venue, DOI) found in the document itself.

Each finder returns a value and where it came from, so `litmine docs` can say why it believes a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from litmine.models import Passage

YEAR = r"(1[89]\d{2}|20\d{2})"
_YEAR_RE = re.compile(rf"\b{YEAR}\b")
DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>()\[\]{}]*[^\s\"<>()\[\]{}.,;:'])", re.I)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|winter")
_ACCEPTED = re.compile(rf"\b(?:accepted|forthcoming|to appear|published)(?: for publication)? in\s+(.+?)[,.;]?\s*"
                       rf"(?:(?:{_MONTHS})\.?\s+)?{YEAR}\b", re.I)
_DATE_LINE = re.compile(rf"^(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?{YEAR}$", re.I)
_SERIES_DATE = re.compile(rf"\b(?:working paper|discussion paper|briefing|report|occasional paper|policy paper|"
                          rf"research paper)\b.*?(?:(?:{_MONTHS})\.?\s+)?{YEAR}\s*\.?$", re.I)
_JOURNAL_LINE = re.compile(rf"^(?P<venue>[^,\d]{{4,120}}?),?\s+(?:vol\.?\s*)?\d{{1,4}}\s*\(\s*\d{{1,4}}[^)]*\)"
                           rf"[,:]?\s*(?:.*?)\b{YEAR}\b", re.I)
_JOURNAL_LINE2 = re.compile(rf"^(?P<venue>[^,\d]{{4,120}}?),\s*{YEAR}\s*,\s*(?:vol\.?\s*)?\d{{1,4}}", re.I)
_REPOSITORY_COPY = re.compile(r"^this is an? (?:repository|author'?s?|accepted|final|pre-?print|post-?print)"
                              r"[\w\s'-]*?(?:copy|version|manuscript) of:?\s*(.+?)\.?$", re.I)
_COVER_CITATION = re.compile(rf"^(?P<authors>.+?)\s*\(\s*{YEAR}[a-z]?\s*\)\.?\s*(?P<title>.+?)\.\s+(?P<venue>[^.]+)")
_CITE_LABEL = (r"(?:suggested citation|recommended citation|zitierweise|zitiervorschlag|empfohlene zitierung|"
               r"how to cite(?: this (?:article|paper|report))?|please cite (?:this|as)|cite as|citation)")
# a label alone or in two languages ("Empfohlene Zitierung / Suggested Citation:")
_SUGGESTED = re.compile(rf"^{_CITE_LABEL}(?:\s*/\s*{_CITE_LABEL})?\s*:?\s*(.*)$", re.I)
_TOC_LINE = re.compile(r"(?:\.\s*){4,}\s*\w*\d+\s*$|\s{3,}\d+\s*$")  # "Citation ........ 5": a contents entry
_AFFILIATION = re.compile(r"\b(universit|universidad|college|centre|center|institut|department|school of|faculty|"
                          r"contact|e-?mail|@|ministry|council|foundation|research unit|hallam|trust|network|association|society|agency|"
                          r"partnership|office|government|commission|committee|executive|observatory|alliance)\w*", re.I)
_NAME = re.compile(r"^(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’.-]*"
                   r"(?:\s+(?:[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’.-]*|van|von|de|der|den|da|di|du|le|la|bin|al-?\w*))"
                   r"{1,4}$")
_BOILERPLATE = re.compile(r"^(this is an? (?:repository|author)|white rose|version:|reuse|takedown|article:|"
                          r"downloaded from|provided by|citation for published|copyright|all rights reserved|"
                          r"https?://|doi:|www\.|journal homepage)", re.I)


@dataclass
class Found:
    """Metadata values with the source of each."""

    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)  # field -> 0..1 where a model gave one

    def set(self, name: str, value: object, source: str, *, override: bool = False,
            confidence: float | None = None) -> None:
        if value in (None, "", []):
            return
        if override or name not in self.values:
            self.values[name] = value
            self.sources[name] = source
            if confidence is None:
                self.confidence.pop(name, None)
            else:
                self.confidence[name] = confidence


def clean_authors(text: str) -> list[str]:
    """Split an author line into names, dropping affiliation markers, "by" and bullets.

    Example:
        >>> clean_authors("Colin Lindsay*, Sarah Pearson** and Will Eadson1")
        ['Colin Lindsay', 'Sarah Pearson', 'Will Eadson']
    """
    text = re.sub(r"^\s*(?:(?:prepared|written|edited|compiled)\s+by|by|authors?:?)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"[*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=[a-z\u00E0-\u024F])\d+\b", "", text)
    parts = re.split(r"\s*(?:,|;|&|\band\b|\u2022|\|)\s*", text)
    names = [re.sub(r"\s+", " ", p).strip(" .") for p in parts]
    return [n for n in names if n]


_NOT_NAMES = re.compile(r"^(suggested citation|how to cite|abstract|summary|key (points|findings)|contents|"
                        r"introduction|executive summary|acknowledg|keywords|foreword|preface|background)", re.I)


def _is_author_line(text: str) -> bool:
    if len(text) > 250 or _AFFILIATION.search(text) or _YEAR_RE.search(text) or _NOT_NAMES.match(text):
        return False
    names = clean_authors(text)
    return bool(names) and all(_NAME.match(n) for n in names) and len(names) <= 30


def _invert(name: str) -> str:
    """"Lindsay, Colin Dale" → "Colin Dale Lindsay" (already natural order names pass through)."""
    if "," in name:
        last, first = [p.strip() for p in name.split(",", 1)]
        return f"{first} {last}".strip()
    return name


def _parse_inverted_authors(text: str) -> list[str]:
    """"Lindsay, Colin Dale, McQuaid, Ronald W and Dutton, Matthew" → natural-order names."""
    text = re.sub(r"\s+(?:and|&)\s+", ", ", text)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2 and len(parts) % 2 == 0:
        return [f"{parts[i + 1]} {parts[i]}" for i in range(0, len(parts), 2)]
    return clean_authors(text)


def _front_matter(passages: list[Passage], pdf: bool) -> list[Passage]:
    """Passages before the body starts: the title page region where metadata lives."""
    out = []
    for p in passages[:40]:
        if pdf and (p.page or 1) > 2:
            break
        if p.kind == "heading" and re.match(r"^(?:1\.?\s+)?introduction\b", p.text, re.I):
            break
        if p.kind in ("reference", "footnote") and not pdf:
            break
        out.append(p)
    return out


def _find_doi(text: str) -> str | None:
    m = DOI_RE.search(text)
    return m.group(1).rstrip(".") if m else None


def extract_metadata(passages: list[Passage], *, fmt: str, info: dict | None = None) -> Found:
    """Title, authors, year, venue and DOI from a document's own text (and a PDF's info dictionary).

    Example:
        >>> from litmine.models import Passage
        >>> ps = [Passage(0, "heading", "Work first"), Passage(1, "body", "Accepted for publication in Policy & Politics, 2017")]
        >>> extract_metadata(ps, fmt="md").values["year"]
        2017
    """
    info = info or {}
    found = Found()
    front = _front_matter(passages, fmt == "pdf")
    texts = [p.text for p in front]

    # Explicit citation blocks are the most reliable: they state authors, year, title and venue together.
    _citation_blocks(front, passages, found)
    _repository_cover(front, found)

    _stated_venue(front, found)
    from litmine.ingest.header_rows import front_rows

    rows = front_rows(passages, fmt=fmt, info=info)  # built once, read by the venue rules and the year ranker
    _venue_and_kind(front, found, fmt, info, rows)
    _year(passages, found, fmt, info, rows)

    _doi(texts, passages, found, fmt)

    if fmt == "pdf" and info.get("front_lines"):
        _model_title_and_authors(info, found, passages)
    else:
        _title_and_authors(front, found, fmt)
        _pdf_info_title_and_authors(info, found)
    if "year" not in found.values:  # no year printed up front: the series' list of papers at the back may date it
        _listed_year(passages, found)
    if info.get("page_meta"):
        _declared_page_metadata(info["page_meta"], found)
    _rule_confidence(found)
    return found


def _citation_blocks(front: list[Passage], passages: list[Passage], found: Found) -> None:
    """Authors, year, title and venue from a "suggested citation" block in the front matter or the first passages."""
    for i, p in enumerate(front):
        m = _SUGGESTED.match(p.text)
        if not m or _TOC_LINE.search(p.text):
            continue
        block = m.group(1) or ""
        j = i + 1
        while len(block) < 30 and j < len(passages) and j < i + 4:
            block = (block + " " + passages[j].text).strip()
            j += 1
        _from_citation_block(block, found, "suggested-citation")
    for i, p in enumerate(passages[:60]):  # also found at the end of short briefings and abstract pages
        m = _SUGGESTED.match(p.text)
        if m and "year" not in found.values and not _TOC_LINE.search(p.text):
            block = " ".join(q.text for q in passages[i: i + 3])[len(p.text) - len(m.group(1)):]
            _from_citation_block(block, found, "suggested-citation")


def _repository_cover(front: list[Passage], found: Found) -> None:
    """Title, authors, year and venue a repository's cover page states."""
    for p in front:
        m = _REPOSITORY_COPY.match(p.text)
        if m:
            found.set("title", m.group(1).strip(" *_.\"'"), "repository-cover")
        if p.text.lower().startswith("article:") or p.kind == "reference":
            continue
        cm = _COVER_CITATION.match(p.text)
        if cm and "," in cm.group("authors") and len(p.text) < 400 and not _SUGGESTED.match(p.text):
            found.set("authors", _parse_inverted_authors(cm.group("authors")), "repository-cover")
            found.set("year", int(cm.group(2)), "repository-cover")
            found.set("venue", cm.group("venue").strip(" *"), "repository-cover")


_DOI_LABEL = re.compile(r"\bdoi\b", re.I)
_DOI_HINT = re.compile("doi", re.I)


def _doi_hint(text: str) -> bool:
    """Whether text holds "doi" in any case (_DOI_HINT, which, without \\b, is scanned faster than _DOI_LABEL; in
    ASCII text faster still as a substring of the text lower-cased)."""
    return "doi" in text.lower() if text.isascii() else _DOI_HINT.search(text) is not None


def _doi(texts: list[str], passages: list[Passage], found: Found, fmt: str) -> None:
    """The first DOI of the front matter, else one labelled "doi" in the text before the references."""
    for t in texts:
        doi = _find_doi(t)
        if doi:
            found.set("doi", doi, "first-page" if fmt == "pdf" else "front-matter")
            break
    if "doi" not in found.values:
        for p in passages:
            if p.kind in ("reference", "footnote"):
                continue
            if _doi_hint(p.text) and _DOI_LABEL.search(p.text):
                doi = _find_doi(p.text)
                if doi:
                    found.set("doi", doi, "text")
                    break


def _listed_year(passages: list[Passage], found: Found) -> None:
    """The year a series' list of papers at the back gives the document's title."""
    from litmine.ingest.header_fields import listed_year

    if listed := listed_year(passages, found.values.get("title")):
        found.set("year", listed.year, listed.source, confidence=listed.confidence)


def _stated_venue(front: list[Passage], found: Found) -> None:
    """The venue a front passage states: "accepted for publication in X, 2017", a journal line, a series line with
    its date (never a reference list's entry, nor a cited work: "published in Barth et al. (2014)")."""
    for p in front:
        t = p.text
        if p.kind == "reference":  # an entry of the reference list names another work's venue
            continue
        m = _ACCEPTED.search(t)
        if m and not re.search(r"\bet al\b|\(", m.group(1)):  # "published in Barth et al. (2014)": a cited work
            found.set("venue", m.group(1).strip(" *,"), "accepted-for-publication", override=True)
        m = _JOURNAL_LINE.match(t) or _JOURNAL_LINE2.match(t)
        if m and len(t) < 300:
            found.set("venue", m.group("venue").strip(" *,"), "journal-line")
    for p in front:
        t = p.text.strip()
        if len(t) < 120 and _SERIES_DATE.search(t):
            if "venue" not in found.values:
                found.set("venue", re.sub(rf",?\s*(?:(?:{_MONTHS})\.?\s+)?{YEAR}\s*\.?$", "", t, flags=re.I).strip(" ,"),
                          "series-line")


# how far a value found by a rule (no model probability) is trusted, by its source: fixed priors, not measured; a
# value below 0.5 is flagged for checking in `litmine docs` and the report (store.db.LOW_CONFIDENCE)
RULE_CONFIDENCE = {"suggested-citation": 0.9, "repository-cover": 0.85, "accepted-for-publication": 0.8,
                   "journal-line": 0.6, "series-line": 0.6, "pdf-metadata": 0.6, "document-properties": 0.6,
                   "first-heading": 0.7, "front-matter": 0.5, "first-page": 0.5, "header-rules": 0.5,
                   "first-line": 0.3, "text": 0.7}


def _rule_confidence(found: Found) -> None:
    """Give every value without a model's probability the prior of its source (a DOI matched by its pattern is
    seldom wrong: 0.9), so that each field keeps a source and a confidence."""
    for name, source in found.sources.items():
        if name in found.confidence or name == "creators" or name not in found.values:
            continue
        found.confidence[name] = 0.9 if name == "doi" else RULE_CONFIDENCE.get(source, 0.5)


def _declared_page_metadata(meta: dict, found: Found) -> None:
    """What a web page declares for citation (ingest/html.py): Highwire citation_* tags and Dublin Core are set by
    the publisher for exactly this use and win over what the text suggests; a bare <title> or og:title only fills
    a title the text did not give (it often carries the site's name)."""
    declared = meta.get("source") in ("html-citation-meta", "html-dublin-core")
    source = meta.get("source", "html-meta")
    for name in ("title", "year", "venue", "doi"):
        if meta.get(name) is not None and (declared or name == "title"):
            weak = name == "title" and found.sources.get("title") == "first-line"  # a body line, for want of a heading
            found.set(name, meta[name], source, override=declared or weak, confidence=0.95 if declared else 0.5)
    if declared and meta.get("authors"):
        from litmine.citations.reference_names import creator_display, creators_from_names

        creators = creators_from_names(meta["authors"])
        found.set("authors", [creator_display(c) for c in creators], source, override=True, confidence=0.95)
        found.values["creators"], found.sources["creators"] = creators, source
    venue_info = {k: meta[k] for k in ("volume", "issue", "pages", "publisher") if meta.get(k)}
    if declared and (venue_info or meta.get("venue")):
        found.set("venue_info", {"name": meta.get("venue"), **venue_info}, source, override=True)


def _pdf_info_title_and_authors(info: dict, found: Found) -> None:
    """PDF info fields where no header lines came with the PDF, checked as the header model checks them (no
    program names, file names or logins)."""
    from litmine.citations.reference_names import creator_display
    from litmine.ingest.header_assembly import plausible_info_authors, plausible_info_title

    meta = info.get("pdf_meta") or info.get("doc_meta") or {}
    source = "pdf-metadata" if info.get("pdf_meta") else "document-properties"
    title = re.sub(r"\s+", " ", str(meta.get("Title") or "")).strip()
    if title and plausible_info_title(title, "", printed_only=False):
        # a Word document's own title property beats a first body line taken as title for want of a heading
        found.set("title", title, source,
                  override=source == "document-properties" and found.sources.get("title") == "first-line")
    persons = plausible_info_authors(str(meta.get("Author") or "").strip(), "", printed_only=False)
    if persons:
        found.set("authors", [creator_display(c) for c in persons], source)


def _model_title_and_authors(info: dict, found: Found, passages: list[Passage]) -> None:
    """Title and authors of a PDF by the header model (ingest/header_model.py): its values win over the rules'
    when it is confident (probability >= 0.5), else they fill what the rules left empty; with no author at all, an
    acronym in the PDF info Author that the text spells out."""
    from litmine.ingest.header_assembly import find_header

    header = find_header(info["front_lines"], page_sizes=info.get("page_sizes"), body_size=info.get("body_size"),
                         pdf_meta=info.get("pdf_meta"))
    # a stated citation block ("Suggested citation: ...") beats an unsure model; other rules never do
    if header.title:
        conf = header.confidence.get("title", 0.0)
        override = conf >= 0.5 or found.sources.get("title") != "suggested-citation"
        found.set("title", header.title, header.sources["title"], override=override, confidence=conf)
    if header.creators:
        conf = header.confidence.get("authors", 0.0)
        before = found.values.get("authors")
        override = conf >= 0.5 or found.sources.get("authors") != "suggested-citation"
        found.set("authors", header.authors, header.sources["authors"], override=override, confidence=conf)
        if found.values.get("authors") is not before:
            found.values["creators"] = header.creators
            found.sources["creators"] = header.sources["authors"]
    if not found.values.get("authors"):
        _acronym_author(info, passages, found)


def _acronym_author(info: dict, passages: list[Passage], found: Found) -> None:
    """A report that prints no byline and whose PDF info Author is an organisation's acronym ("DWP") that the
    document spells out ("Department for Work and Pensions (DWP)"): that organisation is its corporate author.
    Covers government and agency reports made in an office suite (the Author field is the department's); a login
    ("djuren") or an acronym the text never expands gives nothing."""
    from litmine.ingest.header_names import expand_acronym

    acronym = str((info.get("pdf_meta") or {}).get("Author") or "").strip()
    if not acronym or len(acronym) > 8:
        return
    name = expand_acronym(acronym, "\n".join(p.text for p in passages if p.kind != "reference"))
    if name:
        found.set("authors", [name], "pdf-metadata-acronym", confidence=0.5)
        found.values["creators"], found.sources["creators"] = [{"literal": name}], "pdf-metadata-acronym"


def _year(passages: list[Passage], found: Found, fmt: str, info: dict, rows: list | None = None) -> None:
    """The year by the learned ranker (ingest/header_fields.py). A year a citation block stated is kept only when
    the ranker finds none and it is not older than the reference list allows (a reference line read as a cover
    citation states a cited work's year); no year at all is better than an improbable one (extract.py notes its
    absence)."""
    from litmine.ingest.header_fields import find_year, reference_bound

    choice = find_year(passages, fmt=fmt, info=info, rows=rows)
    if choice is not None:
        found.set("year", choice.year, choice.source, override=True, confidence=choice.confidence)
        return
    bound = reference_bound(passages) if "year" in found.values else None
    if found.sources.get("year") not in ("suggested-citation", "repository-cover") or \
            (bound is not None and int(found.values["year"]) < bound):
        found.values.pop("year", None)
        found.sources.pop("year", None)


def _venue_and_kind(front: list[Passage], found: Found, fmt: str, info: dict, rows: list | None = None) -> None:
    """Venue name, its details (volume, issue, pages, series number, publisher) and the document kind from the
    first pages' lines (ingest/header_venue.py). A venue a citation block, cover sheet or "accepted for
    publication in" line stated stays; the older journal/series line rules give way."""
    from litmine.ingest.header_rows import running_lines
    from litmine.ingest.header_venue import find_venue, plausible_venue

    if fmt == "pdf" and info.get("front_lines"):
        lines, running = [line.text.strip() for line in info["front_lines"]], running_lines(info, rows)
        if rows and len(rows) == len(lines):  # a reference list's entries name other works' journals
            lines = [t for t, r in zip(lines, rows) if r.kind != "reference"]
    else:
        lines, running = [t.strip() for p in front for t in p.text.split("\n")], set()
    cited = {"venue": found.values["venue"]} if found.sources.get("venue") == "suggested-citation" else None
    venue = find_venue(lines, running=running, citation=cited)
    if "venue" in found.values and not plausible_venue(str(found.values["venue"])):
        found.values.pop("venue")  # "ISSN: 2300-2697", "Oxford: Oxford University Press" are not venues
        found.sources.pop("venue", None)
    if venue.name and plausible_venue(venue.name):
        weaker = found.sources.get("venue") in ("journal-line", "series-line")
        found.set("venue", venue.name, venue.source or "first-pages", override=weaker,
                  confidence=venue.confidence.get("venue"))
    if venue.info:
        found.set("venue_info", venue.info, venue.source or "first-pages", confidence=venue.confidence.get("venue"))
    if venue.kind:
        found.set("kind", venue.kind, "header-rules", confidence=venue.confidence.get("kind"))


_NAME_PARTICLES = frozenset("and und et al van von de der den du la le da dos di y".split())
# the repository cover sheets' citation (SSOAR, GESIS): "Family, Given ; Family, Given: Title. In: Venue 1 (2017), 9"
_REPOSITORY_CITATION = re.compile(rf"^(?P<authors>[^:;,]{{2,60}},[^:;]{{1,60}}"
                                  rf"(?:\s*;\s*[^:;,]{{2,60}},[^:;]{{1,60}})*):"
                                  rf"\s+(?P<title>.+?)\.\s+(?:In:\s*(?P<venue>[^(]+?)\s*[\d(,]|[^(]*?\(){YEAR}\b")


def _reads_as_names(text: str) -> bool:
    """The author part of a citation: short, no quoted title, its words capitalised (particles aside)."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words or len(text) > 250 or re.search(r"[\"\u201c\u201d]", text) or re.match(r"^\s*\d+\.?\s", text):
        return False
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _NAME_PARTICLES)
    return lower <= 0.2 * len(words)


def _repository_citation(block: str, found: Found, source: str) -> bool:
    """A repository cover sheet's citation ("Sluka, N. ; Ivanov, D.: Title. In: Baltic Region (2014), 2, pp. 22-34"):
    names "Family, Given" split at semicolons, the title up to its full stop, the venue after "In:"."""
    m = _REPOSITORY_CITATION.match(block)
    if not m:
        return False
    names = [_invert(n.strip()) for n in m.group("authors").split(";") if n.strip()]
    found.set("authors", names, source, override=True)
    found.set("title", m.group("title").strip(" \"'"), source, override=True)
    found.set("year", int(m.group(4)), source, override=True)
    if m.group("venue"):
        found.set("venue", re.sub(r"\s+\d+$", "", m.group("venue").strip(" .,")), source, override=True)  # no volume
    doi = _find_doi(block)
    if doi:
        found.set("doi", doi, source)
    return True


def _from_citation_block(block: str, found: Found, source: str) -> None:
    """Parse 'A & B, 2018. "Title," Venue, ...' or 'Surname, I. and Other, J. (2018) Title. Venue.'"""
    block = block.strip()
    if _repository_citation(block, found, source):
        return
    m = re.match(rf"^(?P<authors>.+?),?\s*(?P<paren>\()?{YEAR}[a-z]?\)?[.,]?\s*(?P<rest>.+)$", block)
    if not m or not _reads_as_names(m.group("authors")):
        return  # a contents entry "Citation" followed by the first section's text is no citation
    authors, rest = m.group("authors"), m.group("rest").strip()
    q = re.match(r'^["\u201c\'](?P<title>.+?)[,.]?["\u201d\'][,.]?\s*(?P<after>.*)$', rest)
    if q:
        title, after = q.group("title"), q.group("after")
    else:
        t = re.match(r"^(?P<title>.+?[^A-Z][.?!])\s+(?P<after>[A-Z].*)$", rest)
        if not t:
            found.set("year", int(m.group(3)), source)
            return
        title, after = t.group("title").rstrip("."), t.group("after")
    if re.search(r"\w, [A-Z]\.?(?:\s|,|$)", authors) or re.search(r"^[^,]+, [A-Z][a-z]+,", authors):
        names = _parse_inverted_authors(authors)
    else:
        names = clean_authors(authors)
    found.set("authors", names, source, override=True)
    found.set("year", int(m.group(3)), source, override=True)
    found.set("title", title.strip(" \"'"), source, override=True)
    venue = re.split(r"[,.]|\bvol\b", after, maxsplit=1)[0].strip(" .,'\"*")
    if venue:
        found.set("venue", venue, source, override=True)
    doi = _find_doi(after)
    if doi:
        found.set("doi", doi, source)


def _title_and_authors(front: list[Passage], found: Found, fmt: str) -> None:
    """Title and byline authors of a document without a PDF's front lines: the first heading or title-like line."""
    title_idx = _pdf_heading_title(front, found) if fmt == "pdf" else None
    if title_idx is None:
        title_idx = _first_line_title(front, found, fmt)
    if title_idx is None:
        return
    names = _byline_names(front, title_idx)
    if names:
        _set_byline_authors(names, found, fmt)


def _pdf_heading_title(front: list[Passage], found: Found) -> int | None:
    """The first heading of a PDF's first page as the title; returns its passage index (None when there is none)."""
    headings = [p for p in front if p.kind == "heading" and (p.page or 1) == 1 and len(p.text) > 3
                and not re.match(r"^(abstract|summary|contents)", p.text, re.I)]
    if headings:
        best = headings[0]
        found.set("title", best.text, "first-page")
        return best.index
    return None


def _first_line_title(front: list[Passage], found: Found, fmt: str) -> int | None:
    """The first front passage that reads as a title; returns its passage index (None when there is none)."""
    for p in front:
        t = p.text.strip()
        if not t or _BOILERPLATE.match(t) or _SUGGESTED.match(t) or t.startswith("---"):
            continue
        if p.kind == "heading" and re.match(r"^(abstract|introduction|summary|contents)\b", t, re.I):
            break
        # a heading the markup declares (Markdown, Word, HTML) is the title even when it reads like a name
        # ("Koproduktion Öffentlicher Leistungen"); a guessed heading of plain text must not look like a byline
        marked = p.kind == "heading" and fmt in ("md", "docx", "html")
        if len(t.split()) <= 30 and (marked or not _is_author_line(t)) and not _DATE_LINE.match(t):
            found.set("title", t.rstrip("."), "first-heading" if p.kind == "heading" else "first-line")
            return p.index
    return None


def _byline_names(front: list[Passage], title_idx: int) -> list[str]:
    """The author names of the byline lines in the ten passages after the title."""
    names: list[str] = []
    for p in front:
        if p.index <= title_idx:
            continue
        if p.index > title_idx + 10:
            break
        if names and not _is_author_line(p.text):
            if _AFFILIATION.search(p.text) and len(p.text) < 200:
                continue  # author, affiliation, author, affiliation...
            break
        if p.kind == "heading" and not _is_author_line(p.text):
            if names:
                break
            continue
        if _is_author_line(p.text):
            names.extend(clean_authors(p.text))
    return names


def _set_byline_authors(names: list[str], found: Found, fmt: str) -> None:
    """Set the byline's names as the authors; they replace cited ones with the same surnames but initials."""
    source = "first-page" if fmt == "pdf" else "front-matter"
    cited = found.values.get("authors")
    if cited and [n.split()[-1].lower() for n in cited] == [n.split()[-1].lower() for n in names] and \
            sum(map(len, names)) > sum(map(len, cited)):
        found.set("authors", names, source, override=True)  # full given names beat initials
    else:
        found.set("authors", names, source)
