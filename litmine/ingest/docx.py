"""Word documents (.docx) → blocks: paragraphs in reading order with headings (by style or outline level), list
items, table rows, footnotes and endnotes as footnote blocks with their marks kept in the text, and the
document's own properties (title, author) for the metadata.

python-docx opens the package (it validates the parts and resolves the styles); the paragraphs are read from the
WordprocessingML elements directly, because python-docx's `Paragraph.text` drops footnote references and does not
reach footnotes, endnotes or the pages Word last laid out.
"""

from __future__ import annotations

import io
import re
import zipfile

from litmine.citations.typography import ItalicText, line_with_italics
from litmine.config import Limits
from litmine.errors import InputError
from litmine.ingest.blocks import SUP_CLOSE, SUP_OPEN, Block
from litmine.ingest.text import normalise_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)$", re.I)
_CAPTION_STYLE = re.compile(r"^(?:caption|beschriftung|légende)$", re.I)
_NOTE_PARTS = ("footnotes", "endnotes")
_PART_TEXT_RATIO = 4  # a part may unpack to this many times the text size limit (XML markup around the text)
_PACKAGE_TEXT_RATIO = 8  # and the whole package to this many times it
_CHUNK = 1 << 20
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: a .doc, or a password-protected .docx


def _style_names(document) -> dict[str, str]:
    """Style id → style name ("Heading1" → "Heading 1")."""
    names: dict[str, str] = {}
    for style in document.styles:
        try:
            names[style.style_id] = style.name or style.style_id
        except (AttributeError, ValueError):
            continue
    return names


def _paragraph_text(p, notes: dict[tuple[str, str], int]) -> str:
    """The text of a w:p: runs in order, tabs as spaces, breaks as spaces, a footnote or endnote reference as its
    number set as a superscript mark."""
    return "".join(text for text, _ in _paragraph_pieces(p, notes))


def _paragraph_pieces(p, notes: dict[tuple[str, str], int], italic_styles: frozenset[str] = frozenset()
                      ) -> list[tuple[str, bool]]:
    """The pieces of a w:p's text in order, each with whether its run is set in italics (direct formatting w:i,
    or a character style in italic_styles)."""
    out: list[tuple[str, bool]] = []
    for el in p.iter():
        tag = el.tag
        if tag == _W + "t":
            out.append((el.text or "", _italic_run(el.getparent(), italic_styles)))
        elif tag in (_W + "tab", _W + "br", _W + "cr"):
            out.append((" ", False))
        elif tag == _W + "noBreakHyphen":
            out.append(("-", False))
        elif tag in (_W + "footnoteReference", _W + "endnoteReference"):
            kind = "footnotes" if tag == _W + "footnoteReference" else "endnotes"
            n = notes.get((kind, el.get(_W + "id", "")))
            if n is not None:
                out.append((f"{SUP_OPEN}{n}{SUP_CLOSE}", False))
    return out  # tracked deletions (w:delText) are not w:t: they never reach the text


def _italic_run(run, italic_styles: frozenset[str]) -> bool:
    """Whether a w:r is italic: its w:i (on unless w:val is 0/false/off), else its character style's."""
    rpr = run.find(_W + "rPr") if run is not None else None
    if rpr is None:
        return False
    i = rpr.find(_W + "i")
    if i is not None:
        return i.get(_W + "val", "true").lower() not in ("0", "false", "off")
    style = rpr.find(_W + "rStyle")
    return style is not None and style.get(_W + "val", "") in italic_styles


def _italic_styles(document) -> frozenset[str]:
    """Ids of the character styles that set italics ("Emphasis", a reference manager's "Journal title")."""
    ids = set()
    for style in document.styles:
        try:
            if style.type == 2 and style.font.italic:  # WD_STYLE_TYPE.CHARACTER
                ids.add(style.style_id)
        except (AttributeError, ValueError):
            continue
    return frozenset(ids)


def _breaks(p) -> int:
    """Page breaks in a paragraph: explicit ones and those Word recorded when it last laid the document out."""
    n = 0
    for el in p.iter(_W + "br", _W + "lastRenderedPageBreak"):
        if el.tag == _W + "lastRenderedPageBreak" or el.get(_W + "type") == "page":
            n += 1
    return n


def _kind(p, styles: dict[str, str]) -> tuple[str, int]:
    ppr = p.find(_W + "pPr")
    style_id, outline, listed = "", None, False
    if ppr is not None:
        ps = ppr.find(_W + "pStyle")
        style_id = ps.get(_W + "val", "") if ps is not None else ""
        ol = ppr.find(_W + "outlineLvl")
        outline = int(ol.get(_W + "val", "9")) if ol is not None and ol.get(_W + "val", "").isdigit() else None
        listed = ppr.find(_W + "numPr") is not None
    name = styles.get(style_id, style_id)
    if name.lower() in ("title",):
        return "heading", 1
    m = _HEADING_STYLE.match(name.strip())
    if m:
        return "heading", int(m.group(1)) + 1
    if outline is not None and outline < 9:
        return "heading", outline + 2
    if _CAPTION_STYLE.match(name.strip()):
        return "caption", 0
    if listed or name.lower().startswith(("list", "aufzählung")):
        return "list", 0
    return "body", 0


def _note_numbers(body) -> dict[tuple[str, str], int]:
    """Footnote and endnote ids → the numbers printed for them: in order of first reference in the text
    (footnotes 1, 2, ...; endnotes go on after the footnotes, so the two never share a number)."""
    numbers: dict[tuple[str, str], int] = {}
    counts = {"footnotes": 0, "endnotes": 0}
    order: list[tuple[str, str]] = []
    for el in body.iter(_W + "footnoteReference", _W + "endnoteReference"):
        kind = "footnotes" if el.tag == _W + "footnoteReference" else "endnotes"
        key = (kind, el.get(_W + "id", ""))
        if key not in order:
            order.append(key)
            counts[kind] += 1
    seen = {"footnotes": 0, "endnotes": 0}
    for kind, nid in order:
        seen[kind] += 1
        numbers[(kind, nid)] = seen[kind] + (counts["footnotes"] if kind == "endnotes" else 0)
    return numbers


def _note_blocks(document, notes: dict[tuple[str, str], int]) -> list[Block]:
    from lxml import etree

    blocks: list[Block] = []
    for part in document.part.package.iter_parts():
        kind = str(part.partname).rsplit("/", 1)[-1].split(".")[0]
        if kind not in _NOTE_PARTS:
            continue
        root = etree.fromstring(part.blob)
        for note in root.iter(_W + "footnote", _W + "endnote"):
            n = notes.get((kind, note.get(_W + "id", "")))
            if n is None:  # separators, continuation notices, notes nothing refers to
                continue
            text = " ".join(t for t in (_paragraph_text(p, notes).strip() for p in note.iter(_W + "p")) if t)
            text = normalise_text(text).strip()
            if text:
                blocks.append(Block(f"{n} {text}", None, "footnote"))
    blocks.sort(key=lambda b: int(b.text.split(" ", 1)[0]))
    return blocks


def _properties(document) -> dict:
    """The document properties a researcher might have set: title and author (checked later like PDF info)."""
    props = document.core_properties
    meta: dict = {}
    if (props.title or "").strip():
        meta["Title"] = props.title.strip()
    if (props.author or "").strip():
        meta["Author"] = props.author.strip()
    return meta


def unpacked_package(data: bytes, path: str, limits: Limits | None = None) -> bytes:
    """The .docx package rebuilt from its parts as unpacked here, each counted as it inflates: a part past
    4 x the text size limit (--max-text-mb, default 32 MB: 128 MB) or a package past 8 x (256 MB) is refused before
    it fills memory, whatever sizes the ZIP directory claims (a ZIP bomb); python-docx then reads the rebuilt,
    uncompressed package, never the original.

    Raises InputError naming the file: not a ZIP package, a damaged one (the ZIP library's reason), or the part
    that unpacks past the limit.
    """
    limits = limits or Limits.from_env()
    if data.startswith(_OLE):
        raise InputError(path, "not a Word document (.docx) but an OLE file: a .doc renamed, or a .docx saved with a "
                               "password (save it again as .docx without one)")
    if not data.startswith(b"PK"):
        raise InputError(path, "not a Word document (.docx files are ZIP packages; this one is not)")
    part_mb = _PART_TEXT_RATIO * limits.text_mb if limits.text_mb else 0
    package_mb = _PACKAGE_TEXT_RATIO * limits.text_mb if limits.text_mb else 0
    out = io.BytesIO()
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
            for info in src.infolist():
                if info.is_dir():
                    continue
                _check_part(path, info.filename, info.file_size, total + info.file_size, part_mb, package_mb)
                size = 0
                with src.open(info) as part, dst.open(info.filename, "w", force_zip64=True) as copy:
                    while chunk := part.read(_CHUNK):  # bounded steps: an entry is never inflated whole
                        size += len(chunk)
                        _check_part(path, info.filename, size, total + size, part_mb, package_mb)
                        copy.write(chunk)
                total += size
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, OSError) as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(path, f"not a readable Word document (damaged ZIP package: {reason})") from None
    except RuntimeError as exc:  # an encrypted ZIP entry
        raise InputError(path, f"not a readable Word document (ZIP package: {str(exc)[:120]})") from None
    return out.getvalue()


def _check_part(path: str, name: str, part: int, package: int, part_mb: float, package_mb: float) -> None:
    if part_mb and part > part_mb * 1_000_000:
        raise InputError(path, f"Word document part {name!r} unpacks to more than {part_mb:g} MB (a ZIP bomb, or a "
                               f"document too large: the limit is {_PART_TEXT_RATIO} x --max-text-mb or "
                               f"LITMINE_TEXT_MB)")
    if package_mb and package > package_mb * 1_000_000:
        raise InputError(path, f"Word document unpacks to more than {package_mb:g} MB (a ZIP bomb, or a document too "
                               f"large: the limit is {_PACKAGE_TEXT_RATIO} x --max-text-mb or LITMINE_TEXT_MB)")


def read_docx(data: bytes, path: str, limits: Limits | None = None) -> tuple[list[Block], dict]:
    """A .docx file → blocks and reader facts: pages (as Word last laid the document out, when it recorded
    that), the document properties as `pdf_meta`-like `doc_meta`, and notes.

    Raises InputError naming the file when the package is not a Word document, is damaged, or unpacks past the
    limits (`unpacked_package`).
    """
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(path, "reading .docx files needs python-docx (pip install python-docx)") from None
    package = unpacked_package(data, path, limits)
    try:
        document = docx.Document(io.BytesIO(package))
        styles = _style_names(document)
        body = document.element.body
    except Exception as exc:  # python-docx raises many kinds (KeyError, ValueError, BadZipFile, XML errors)
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputError(path, f"not a readable Word document ({reason})") from None
    del package
    notes = _note_numbers(body)
    italic_styles = _italic_styles(document)
    blocks: list[Block] = []
    lines: list[tuple[str, tuple]] = []  # each paragraph's text and italic stretches, for the reference parser
    page, paged = 1, False

    def add_paragraph(p, hint: str | None = None) -> None:
        nonlocal page, paged
        text, italic = line_with_italics(_paragraph_pieces(p, notes, italic_styles))
        lines.append((text, italic))
        breaks = _breaks(p)
        text = normalise_text(text).strip()
        if breaks and not text:
            page += breaks
            paged = True
            return
        if text:
            kind, level = _kind(p, styles) if hint is None else (hint, 0)
            blocks.append(Block(text, page, kind, level))
        if breaks:
            page += breaks
            paged = True

    for child in body.iterchildren():
        if child.tag == _W + "p":
            add_paragraph(child)
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells = []
                for cell in row.iter(_W + "tc"):
                    cells.append(" ".join(normalise_text(_paragraph_text(p, notes)).strip()
                                          for p in cell.iter(_W + "p")).strip())
                line = " | ".join(c for c in cells if c)
                if line:
                    blocks.append(Block(line, page, "body"))
        elif child.tag == _W + "sdt":  # a content control (a cover page, a table of contents) holds paragraphs
            for p in child.iter(_W + "p"):
                add_paragraph(p)
    blocks.extend(_note_blocks(document, notes))
    if not any(b.text.strip() for b in blocks):
        raise InputError(path, "no text found in the Word document")
    if not paged:
        for b in blocks:
            b.page = None
    info = {"pages": page if paged else 1, "doc_meta": _properties(document),
            "italics": ItalicText.from_lines(lines)}
    if paged:
        info["notes"] = ["page numbers as Word last laid the document out"]
    return blocks, info
