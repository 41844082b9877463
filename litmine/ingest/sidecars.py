"""Reference-manager exports (BibTeX, RIS, CSV) as metadata for corpus files, and matching them to documents.

A sidecar record matches a document by file name, then DOI, then title; its fields win over what litmine found
in the document, and each field keeps the sidecar's name as its source.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path, PurePosixPath, PureWindowsPath

from litmine.errors import MetadataError
from litmine.ingest.text import decode_bytes

_YEAR = re.compile(r"\b(1[5-9]\d{2}|20\d{2})\b")


@dataclass
class SidecarRecord:
    """One entry of a reference-manager export."""

    source: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    doi: str | None = None
    files: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, object]:
        out = {"title": self.title, "authors": self.authors, "year": self.year, "venue": self.venue, "doi": self.doi}
        return {k: v for k, v in out.items() if v not in (None, "", [])}


def normalise_title(title: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: for matching titles."""
    t = unicodedata.normalize("NFKD", title)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", t)).strip()


def normalise_doi(doi: str | None) -> str | None:
    if not doi:
        return None
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi.strip(), flags=re.I)
    return doi.lower().rstrip(".") or None


def _person(name: str) -> str:
    """"Kerr, Morag" → "Morag Kerr"; braces and extra spaces removed."""
    name = re.sub(r"[{}]", "", name).strip()
    if "," in name:
        last, first = [p.strip() for p in name.split(",", 1)]
        name = f"{first} {last}".strip()
    return re.sub(r"\s+", " ", name)


def _file_names(value: str) -> list[str]:
    """File names from a BibTeX `file` field (Zotero 'desc:path:mime;...'), RIS L1 or CSV attachments."""
    names = []
    for part in re.split(r"[;\n]", value or ""):
        part = part.strip()
        if not part:
            continue
        bits = part.split(":")
        if len(bits) >= 3 and bits[-1].startswith(("application", "text")):
            part = ":".join(bits[1:-1])
        part = re.sub(r"^file://", "", part)
        name = PureWindowsPath(part).name if "\\" in part else PurePosixPath(part).name
        if name:
            names.append(name.lower())
    return names


def _year(value: object) -> int | None:
    m = _YEAR.search(str(value or ""))
    return int(m.group(1)) if m else None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = re.sub(r"[{}]", "", str(value))
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def load_bibtex(text: str, source: str) -> list[SidecarRecord]:
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
    from bibtexparser.customization import convert_to_unicode

    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
    parser.customization = convert_to_unicode
    try:
        db = bibtexparser.loads(text, parser=parser)
    except Exception as exc:  # noqa: BLE001 - the parser raises many kinds
        raise MetadataError(f"{source}: not valid BibTeX ({exc})") from None
    records = []
    for e in db.entries:
        authors = [_person(a) for a in re.split(r"\s+and\s+", e.get("author", "")) if a.strip()]
        records.append(SidecarRecord(
            source=source, title=_clean(e.get("title")), authors=authors,
            year=_year(e.get("year") or e.get("date")),
            venue=_clean(e.get("journal") or e.get("journaltitle") or e.get("booktitle") or e.get("institution")
                         or e.get("publisher") or e.get("series")),
            doi=normalise_doi(_clean(e.get("doi"))), files=_file_names(e.get("file", ""))))
    return records


def load_ris(text: str, source: str) -> list[SidecarRecord]:
    import rispy

    try:
        entries = rispy.loads(text)
    except Exception as exc:  # noqa: BLE001
        raise MetadataError(f"{source}: not valid RIS ({exc})") from None
    records = []
    for e in entries:
        authors = [_person(a) for a in (e.get("authors") or e.get("first_authors") or [])]
        files: list[str] = []
        for key in ("file_attachments1", "file_attachments2"):
            v = e.get(key)
            files += _file_names(";".join(v) if isinstance(v, list) else v or "")
        records.append(SidecarRecord(
            source=source, title=_clean(e.get("title") or e.get("primary_title")), authors=authors,
            year=_year(e.get("year") or e.get("publication_year") or e.get("date")),
            venue=_clean(e.get("secondary_title") or e.get("journal_name") or e.get("alternate_title3")
                         or e.get("alternate_title1") or e.get("publisher")),
            doi=normalise_doi(e.get("doi")), files=files))
    return records


_CSV_COLUMNS = {
    "title": ("title",),
    "authors": ("author", "authors", "creator"),
    "year": ("publication year", "year", "date", "issued"),
    "venue": ("publication title", "venue", "journal", "container", "source title", "publisher"),
    "doi": ("doi",),
    "files": ("file attachments", "file", "files", "filename", "path", "pdf"),
}


def load_csv(text: str, source: str) -> list[SidecarRecord]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = {h.strip().lower(): h for h in (reader.fieldnames or [])}
    except csv.Error as exc:
        raise MetadataError(f"{source}: not valid CSV ({exc})") from None
    cols = {}
    for name, options in _CSV_COLUMNS.items():
        for o in options:
            if o in header:
                cols[name] = header[o]
                break
    if "title" not in cols and "files" not in cols and "doi" not in cols:
        raise MetadataError(f"{source}: no Title, DOI or File column in the CSV header")
    records = []
    try:
        for row in reader:
            get = lambda k: (row.get(cols[k]) or "").strip() if k in cols else ""  # noqa: E731
            authors = [_person(a) for a in re.split(r"\s*;\s*", get("authors")) if a.strip()]
            records.append(SidecarRecord(source=source, title=_clean(get("title")), authors=authors,
                                         year=_year(get("year")), venue=_clean(get("venue")),
                                         doi=normalise_doi(get("doi")), files=_file_names(get("files"))))
    except csv.Error as exc:
        raise MetadataError(f"{source}: not valid CSV ({exc})") from None
    return records


def load_sidecar(path: str | Path) -> list[SidecarRecord]:
    """Read a .bib, .ris or .csv export into records. Raises MetadataError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MetadataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text, _ = decode_bytes(data, str(path))
    except Exception as exc:  # noqa: BLE001 - InputError: empty or binary
        raise MetadataError(str(exc)) from None
    suffix = path.suffix.lower()
    loader = {".bib": load_bibtex, ".ris": load_ris, ".csv": load_csv}.get(suffix)
    if loader is None:
        raise MetadataError(f"{path}: unknown metadata format {suffix!r} (use .bib, .ris or .csv)")
    return loader(text, path.name)


class SidecarIndex:
    """Sidecar records indexed by file name, DOI and normalised title."""

    def __init__(self, records: list[SidecarRecord]):
        self.records = records
        self.by_file = {f: r for r in records for f in r.files}
        self.by_doi = {r.doi: r for r in records if r.doi}
        self.by_title = {normalise_title(r.title): r for r in records if r.title}

    def __len__(self) -> int:
        return len(self.records)

    def match(self, *, path: str, doi: str | None, title: str | None) -> tuple[SidecarRecord, str] | None:
        """The record for a document and how it matched ("file name", "doi" or "title"), or None."""
        name = Path(path).name.lower()
        if name in self.by_file:
            return self.by_file[name], "file name"
        d = normalise_doi(doi)
        if d and d in self.by_doi:
            return self.by_doi[d], "doi"
        if title:
            t = normalise_title(title)
            if t in self.by_title:
                return self.by_title[t], "title"
            best, score = None, 0.0
            for other, rec in self.by_title.items():
                if abs(len(other) - len(t)) > 0.2 * max(len(t), 1):
                    continue
                s = SequenceMatcher(None, t, other).ratio()
                if s > score:
                    best, score = rec, s
            if best is not None and score >= 0.9:
                return best, "title"
        return None
