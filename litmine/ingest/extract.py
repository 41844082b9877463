"""One file → one Document with passages and metadata. Runs in worker processes: no store access here."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from pathlib import Path

from litmine.config import DOCUMENT_SUFFIXES, Limits
from litmine.errors import InputError
from litmine.citations.reference_names import creators_from_names
from litmine.ingest.blocks import Block, last_page_of
from litmine.ingest.metadata import _YEAR_RE, extract_metadata
from litmine.ingest.sentences import split_long
from litmine.ingest.structure import build_passages
from litmine.models import Document


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_document(path: str, data: bytes | None = None, limits: Limits | None = None) -> tuple[Document, dict]:
    """Read one corpus file into a Document. Returns the document and the metadata the document itself gives.

    `limits` (default: Limits.from_env()) refuses a text file above its size limit and splits passages above
    its length.

    Raises InputError (naming the file and the reason) for anything that cannot be read.

    Example:
        >>> doc, own = extract_document("paper.md", b"# Work first\\n\\nAccepted for publication in X, 2017\\n")
        >>> doc.title, doc.year
        ('Work first', 2017)
    """
    fmt = DOCUMENT_SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(path, f"not a document litmine reads (suffix {Path(path).suffix!r})")
    limits = limits or Limits.from_env()
    data = _file_bytes(path, fmt, data, limits)
    blocks, info = _read_blocks(path, fmt, data, limits)
    blocks, split = split_long_blocks(blocks, limits.passage_chars)
    text, passages = build_passages(blocks)
    if not passages:
        raise InputError(path, "no text found")
    from litmine.citations.extract import extract_citations

    references, citations = extract_citations(passages, info.get("italics"))
    found = extract_metadata(passages, fmt=fmt, info=info)
    values, sources = dict(found.values), dict(found.sources)
    if "title" not in values:
        values["title"] = re.sub(r"[_\s]+", " ", Path(path).stem).strip()
        sources["title"] = "file-name"
    doc = Document(id=sha256_bytes(data), path=path, format=fmt, pages=info.get("pages", 1), text=text,
                   passages=passages, references=references, citations=citations)
    for item in references + citations:
        item.doc_id = doc.id
    _set_metadata(doc, values, sources, getattr(found, "confidence", {}), info)
    _add_reading_notes(doc, info, split, limits)
    own = {"values": values, "sources": sources}
    return doc, own


def _file_bytes(path: str, fmt: str, data: bytes | None, limits: Limits) -> bytes:
    """The file's bytes (read when not given), refusing an oversized text file before it is read, an empty file,
    and a .pdf without a PDF header."""
    if fmt in ("txt", "md"):
        check_text_size(path, len(data) if data is not None else None, limits)
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    if not data:
        raise InputError(path, "empty file (0 bytes)")
    if fmt == "pdf" and b"%PDF" not in data[:1024]:
        raise InputError(path, "not a PDF (no %PDF header)")
    return data


def _read_blocks(path: str, fmt: str, data: bytes, limits: Limits) -> tuple[list[Block], dict]:
    """The blocks and reading info of the file, by the reader of its format (imported when first needed)."""
    if fmt == "pdf":
        from litmine.ingest.pdf import read_pdf

        return read_pdf(path, data)
    if fmt == "docx":
        from litmine.ingest.docx import read_docx

        return read_docx(data, path, limits)
    if fmt == "html":
        from litmine.ingest.html import read_html

        return read_html(data, path)
    from litmine.ingest.text import read_text_file

    return read_text_file(data, path, fmt)


def _set_metadata(doc: Document, values: dict, sources: dict, confidence: dict, info: dict) -> None:
    """The document's metadata fields, creators, confidence, venue, kind, page labels (on the passages too) and
    language, from what extract_metadata found and the reader's info."""
    for name in ("title", "authors", "year", "venue", "doi"):
        if name in values:
            setattr(doc, name, values[name])
    doc.meta_sources = sources
    # persons {family, given} and corporate authors {literal}, from the header model or else from the names found
    doc.creators = list(values.get("creators") or creators_from_names(doc.authors))
    doc.meta_confidence.update(confidence)
    if sources.get("title") == "file-name":
        doc.meta_confidence["title"] = 0.0  # the document printed no title litmine could find: check it
    doc.venue_info = dict(values.get("venue_info") or {})  # name, volume, issue, pages, number, publisher
    doc.kind = values.get("kind")  # journal-article | working-paper | report | book-chapter | other
    doc.page_labels = list(info.get("page_labels") or [])  # printed label per physical page (PDFs only)
    for p in doc.passages:
        p.page_label = doc.page_labels[p.page - 1] if p.page and 0 < p.page <= len(doc.page_labels) else None
    langs = doc.languages
    doc.language = langs[0] if langs else None


def _add_reading_notes(doc: Document, info: dict, split: int, limits: Limits) -> None:
    """Notes on how the file was read: OCR, the reader's own notes, long passages split, the text encoding, and a
    missing publication year (with the latest year the document cites)."""
    if info.get("ocr"):  # a scanned PDF read by OCR (ingest/ocr.py): say so, with what OCR left out
        doc.text_source = "ocr"
        doc.notes.extend(info["ocr"]["notes"])
    doc.notes.extend(info.get("notes", []))  # what a reader says about its reading (Word's page layout)
    if split:
        doc.notes.append(f"{split} passage(s) longer than {limits.passage_chars:,} characters split at sentence "
                         "boundaries (limit: LITMINE_PASSAGE_CHARS)")
    if info.get("encoding") and info["encoding"] != "utf-8":
        doc.notes.append(f"decoded as {info['encoding']}")
    if doc.year is None:
        cited = [int(y) for p in doc.passages if p.kind in ("body", "abstract", "reference", "footnote")
                 for y in _YEAR_RE.findall(p.text)]
        cited = [y for y in cited if y <= 2100]
        doc.notes.append("no publication year found" + (f" (cites works up to {max(cited)})" if cited else ""))


def check_text_size(path: str, size: int | None, limits: Limits) -> None:
    """Refuse a .txt/.md file above limits.text_mb before it is read (its size from the file when not given)."""
    if size is None:
        try:
            size = os.stat(path).st_size
        except OSError:
            return  # the read that follows says why
    if limits.text_mb and size > limits.text_mb * 1_000_000:
        raise InputError(path, f"text file too large ({size / 1e6:,.0f} MB; the limit is {limits.text_mb:g} MB: "
                               "set LITMINE_TEXT_MB or --max-text-mb to read it, or split the file)")


_SPLIT_HINTS = ("body", "list", "footnote", "caption", "abstract")


def split_long_blocks(blocks: list[Block], limit: int) -> tuple[list[Block], int]:
    """Blocks with each text block longer than `limit` characters cut at sentence boundaries into blocks of at
    most `limit` (headings and reference lists are left whole: their own rules split them). Returns the blocks
    and how many were cut."""
    if not limit or all(len(b.text) <= limit for b in blocks):
        return blocks, 0
    out: list[Block] = []
    cut = 0
    for b in blocks:
        if len(b.text) <= limit or b.hint not in _SPLIT_HINTS:
            out.append(b)
            continue
        cut += 1
        page = b.page
        for piece in split_long(b.text, limit):
            out.append(replace(b, text=piece, page=page))
            page = last_page_of(piece, page)  # the next piece starts where this one ends (a paragraph over a break)
    return out, cut
