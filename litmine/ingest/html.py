"""Web pages (.html) → blocks: the main content only (not navigation, banners, sidebars, forms or scripts), its
headings, paragraphs, list items, table rows, captions and footnotes, and the metadata the page declares for
citation (Highwire `citation_*` tags as Google Scholar reads them, Dublin Core, Open Graph, `<title>`).

What counts as main content, in order: the `<main>` element (or `role="main"`), else the `<article>` holding the
most text, else `<body>`; inside it `<nav>`, `<aside>`, `<footer>`, `<form>`, page-level `<header>` and
elements whose class or id names them as navigation, menus, cookie notices or share bars are left out, and so are
link lists (a block whose text is mostly link text). This covers the pages of publishers, think tanks,
parliaments and government departments; a page built from scripts alone has no text to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from litmine.citations.typography import ITALIC_CLOSE, ITALIC_OPEN, ItalicText, line_with_marks
from litmine.errors import InputError
from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN, Block
from litmine.ingest.text import decode_bytes, normalise_text

_SKIP = frozenset("script style noscript template svg math nav aside footer form button select option textarea "
                  "iframe object embed canvas video audio map dialog".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKS = {"p": "body", "li": "list", "dd": "body", "dt": "body", "blockquote": "body", "pre": "body",
           "figcaption": "caption", "caption": "caption", "tr": "body", "address": "body", "div": "body",
           "section": "body", "td": None, "th": None, "h1": "heading", "h2": "heading", "h3": "heading",
           "h4": "heading", "h5": "heading", "h6": "heading", "article": "body", "main": "body", "body": "body"}
_BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookie|consent|banner|share|"
                          r"sharing|social|sidebar|skip|masthead|site-header|site-footer|related|newsletter|"
                          r"subscribe|advert|ads?)(?:$|[\s_-])", re.I)
_NOTE = re.compile(r"(?:^|[\s_-])(?:footnotes?|endnotes?|fn\d*|notes)(?:$|[\s_-])", re.I)
_NOTE_ID = re.compile(r"^(?:fn|footnote|note|endnote|ftn)[-_:]?(\d{1,3})$", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    parts: list = field(default_factory=list)  # str or _Node
    links: int = 0  # characters of link text directly or below


class _TreeBuilder(HTMLParser):
    """A forgiving element tree: unclosed tags are closed by their parent's end tag, stray end tags ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack = [self.root]
        self.meta: list[dict[str, str]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self.meta.append(a)
            return
        if tag == "title":
            self._in_title = True
        if tag == "p" and self.stack[-1].tag == "p":  # a <p> closes the open one
            self.stack.pop()
        node = _Node(tag, a)
        self.stack[-1].parts.append(node)
        if tag == "br":
            node.tag = "#br"
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        self.stack[-1].parts.append(data.replace(ITALIC_OPEN, "").replace(ITALIC_CLOSE, ""))


def _text_len(node: _Node) -> int:
    n = 0
    for part in node.parts:
        if isinstance(part, str):
            n += len(part.strip())
        elif part.tag not in _SKIP:
            n += _text_len(part)
    return n


def _find(node: _Node, test) -> list[_Node]:
    out = []
    for part in node.parts:
        if isinstance(part, _Node):
            if test(part):
                out.append(part)
            out.extend(_find(part, test))
    return out


def _main(root: _Node) -> _Node:
    mains = _find(root, lambda n: n.tag == "main" or n.attrs.get("role") == "main")
    if mains:
        return max(mains, key=_text_len)
    articles = _find(root, lambda n: n.tag == "article")
    if articles:
        return max(articles, key=_text_len)
    bodies = _find(root, lambda n: n.tag == "body")
    return bodies[0] if bodies else root


def _boilerplate(node: _Node, top: bool) -> bool:
    if node.tag in _SKIP:
        return True
    if node.tag == "header" and top:
        return True  # the site's banner, not an article's header
    names = " ".join((node.attrs.get("class", ""), node.attrs.get("id", ""), node.attrs.get("role", "")))
    if node.attrs.get("role") in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    if "hidden" in node.attrs or node.attrs.get("aria-hidden") == "true":
        return True
    return bool(_BOILERPLATE.search(names)) and not _NOTE.search(names)


class _Collector:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[tuple[str, tuple]] = []  # each block's text and italic stretches, for the reference parser
        self.unnumbered_notes = 0  # notes of an <ol> that prints no numbers of its own

    def emit(self, pieces: list[str], hint: str, level: int, links: int) -> None:
        line, italic = line_with_marks(re.sub(r"\s+", " ", "".join(pieces)))
        text = normalise_text(line).strip()
        self.lines.append((line, italic))
        if not text:
            return
        if hint not in ("heading", "footnote") and links >= 0.6 * len(text) and len(text) < 400:
            return  # a link list or a "read more" line
        self.blocks.append(Block(text, None, hint, level))

    def walk(self, node: _Node, hint: str, level: int, top: bool, note: bool = False) -> tuple[list[str], int]:
        """Text of node's inline content; block-level children are emitted as their own blocks."""
        pieces: list[str] = []
        links = 0
        for part in node.parts:
            if isinstance(part, str):
                pieces.append(part)
                continue
            if _boilerplate(part, top):
                continue
            tag = part.tag
            if tag == "#br":
                pieces.append(" ")
                continue
            names = " ".join((part.attrs.get("class", ""), part.attrs.get("id", ""), part.attrs.get("role", "")))
            is_note = note or bool(_NOTE.search(names)) or part.attrs.get("role") in ("doc-endnotes", "doc-footnote")
            if tag == "sup" or tag == "a" and part.attrs.get("role") == "doc-noteref":
                mark = self._note_mark(part)
                if mark:
                    pieces.append(f"{SUP_OPEN}{mark}{SUP_CLOSE}")
                    continue
            if tag in _BLOCKS and _BLOCKS[tag] is not None:
                self.emit(pieces, hint, level, links)
                pieces, links = [], 0
                child_hint = _BLOCKS[tag]
                child_level = int(tag[1]) if child_hint == "heading" else 0
                if is_note and child_hint in ("body", "list"):
                    child_hint = "footnote"
                if tag == "tr":
                    cells = [self.walk(c, child_hint, 0, False, is_note)[0] for c in part.parts
                             if isinstance(c, _Node) and c.tag in ("td", "th")]
                    self.emit([" | ".join(re.sub(r"\s+", " ", "".join(c)).strip() for c in cells)], "body", 0, 0)
                    continue
                inner, inner_links = self.walk(part, child_hint, child_level, top and tag in ("div", "section"),
                                               is_note)
                if child_hint == "footnote":
                    inner = self._numbered(part, inner)
                self.emit(inner, child_hint, child_level, inner_links)
                continue
            inner, inner_links = self.walk(part, hint, level, top, is_note)
            pieces.extend(_marked_italic(part, inner))
            links += inner_links + (len("".join(inner).strip()) if tag == "a" else 0)
        return pieces, links

    def _note_mark(self, node: _Node) -> str | None:
        """A footnote reference: a superscript number, or a link to a note ("#fn3")."""
        text = re.sub(r"\s+", "", "".join(p for p in _strings(node)))
        text = text.strip("[]()")
        return text if re.fullmatch(r"\d{1,3}", text) else None

    def _numbered(self, node: _Node, pieces: list[str]) -> list[str]:
        """A footnote's text starts with its number, as a footnote printed at the foot of a page does."""
        text = "".join(pieces).strip()
        m = _NOTE_ID.match(node.attrs.get("id", ""))
        if m and not re.match(rf"^\s*\[?{m.group(1)}\b", text):
            return [f"{m.group(1)} ", text]
        if node.tag == "li" and not re.match(r"^\s*\d", text):
            self.unnumbered_notes += 1
            return [f"{self.unnumbered_notes} ", text]
        return [re.sub(r"^\s*\[(\d{1,3})\]", r"\1", text)]


def _marked_italic(node: _Node, pieces: list[str]) -> list[str]:
    """An inline element's text pieces, between italic marks when the element sets italics (<i>, <em>, a style
    with font-style: italic or oblique)."""
    if node.tag in ("i", "em") or _ITALIC_STYLE.search(node.attrs.get("style", "")):
        return [ITALIC_OPEN, *pieces, ITALIC_CLOSE]
    return pieces


def _strings(node: _Node):
    for part in node.parts:
        if isinstance(part, str):
            yield part
        else:
            yield from _strings(part)


def _decode(data: bytes, path: str) -> str:
    """A page's text: by the charset its <meta> declares when there is no BOM, else as a text file is decoded
    (ingest/text.py decode_bytes: BOMs, UTF-8 with replacement marks, cp1252)."""
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode_bytes(data, path)[0]


def _meta_values(meta: list[dict[str, str]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for m in meta:
        key = (m.get("name") or m.get("property") or "").strip().lower()
        content = re.sub(r"\s+", " ", m.get("content", "")).strip()
        if key and content:
            values.setdefault(key, []).append(content)
    return values


def _page_title(title: str) -> str | None:
    """A <title> without the site's name: "Briefing: third sector finance | Policy Institute" → the part before
    the last " | ", " – ", " — " or " - " when what follows is short (a site or organisation name)."""
    title = re.sub(r"\s+", " ", title).strip()
    parts = re.split(r"\s+[|\u2013\u2014-]\s+", title)
    if len(parts) > 1 and len(parts[-1].split()) <= 5 and len(" ".join(parts[:-1]).split()) >= 2:
        title = title[:title.rfind(parts[-1])].rstrip(" |\u2013\u2014-")
    return title or None


def page_metadata(meta: list[dict[str, str]], title: str) -> dict:
    """The bibliographic metadata a page declares: Highwire citation_* tags first, then Dublin Core, then Open
    Graph and the <title>. Returns {title, authors, year, venue, doi, volume, issue, pages, publisher, source}."""
    v = _meta_values(meta)

    def first(*keys: str) -> str | None:
        for k in keys:
            if v.get(k):
                return v[k][0]
        return None

    out: dict = {}
    if first("citation_title"):
        out["source"] = "html-citation-meta"
    elif first("dc.title", "dcterms.title"):
        out["source"] = "html-dublin-core"
    else:
        out["source"] = "html-title"
    out["title"] = first("citation_title", "dc.title", "dcterms.title", "og:title") or _page_title(title)
    authors = v.get("citation_author") or v.get("dc.creator") or v.get("dcterms.creator") or []
    out["authors"] = [a for a in authors if a]
    date = first("citation_publication_date", "citation_date", "citation_online_date", "dc.date",
                 "dcterms.issued", "dcterms.date", "article:published_time")
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", date or "")
    out["year"] = int(m.group(1)) if m else None
    out["venue"] = first("citation_journal_title", "citation_conference_title", "citation_book_title",
                         "citation_technical_report_institution", "prism.publicationname", "dc.source")
    doi = first("citation_doi", "dc.identifier", "prism.doi")
    m = re.search(r"10\.\d{4,9}/\S+", doi or "")
    out["doi"] = m.group(0).rstrip(".,;") if m else None
    out["volume"], out["issue"] = first("citation_volume"), first("citation_issue")
    fp, lp = first("citation_firstpage"), first("citation_lastpage")
    out["pages"] = f"{fp}–{lp}" if fp and lp else fp
    out["publisher"] = first("citation_publisher", "dc.publisher", "og:site_name")
    return {k: val for k, val in out.items() if val not in (None, "", [])}


def read_html(data: bytes, path: str) -> tuple[list[Block], dict]:
    """A web page → blocks of its main content and reader facts (`page_meta`: the metadata the page declares).

    Raises InputError naming the file when it holds no readable text (a page built by scripts alone).
    """
    text = _decode(data, path)
    if "\x00" in text[:4096]:
        raise InputError(path, "binary data, not a web page (NUL bytes found)")
    builder = _TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on a few malformed declarations
        raise InputError(path, f"not a readable web page ({exc})") from None
    collector = _Collector()
    main = _main(builder.root)
    # a <header> inside <main> or <article> is the article's own (its title); outside one it is the site's banner
    inner, links = collector.walk(main, "body", 0, main.tag in ("body", "#root"))
    collector.emit(inner, "body", 0, links)
    blocks = collector.blocks
    if not blocks:
        raise InputError(path, "no text found in the web page (only scripts, navigation or markup)")
    meta = page_metadata(builder.meta, builder.title)
    return blocks, {"pages": 1, "page_meta": meta, "italics": ItalicText.from_lines(collector.lines)}
