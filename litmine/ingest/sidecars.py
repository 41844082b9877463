"""Reference-manager exports (BibTeX, RIS, CSV) as metadata for corpus files, and matching them to documents.

A sidecar record matches a document by litmine's document id or its path (the CSV `litmine docs --format csv`
writes has both), then by file name, then DOI, then title; its fields win over what litmine found in the
document, and each field keeps the sidecar's name as its source. A title match needs the same title up to case,
punctuation, accents and spacing (a different word or number is another work: "... in England" is not "... in
Scotland", "annual report 2015" not "2016"), and where both sides give them the same year (one year apart only
when the first authors agree) and the same first author's family name. Authors keep their form: persons as
{family, given}, organisations whole (a braced BibTeX name is never split at "and").
"""

from __future__ import annotations

import csv
import io
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from litmine.citations.reference_names import creator_display, creator_from_name
from litmine.errors import MetadataError
from litmine.export.sanitize import unguard_csv_cell
from litmine.ingest.files import not_regular_reason
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
    files: list[str] = field(default_factory=list)  # file names, lower case
    creators: list[dict[str, str]] = field(default_factory=list)  # the authors as {family, given} | {literal}
    paths: list[str] = field(default_factory=list)  # file paths as written, "/" separated
    ids: list[str] = field(default_factory=list)  # litmine document ids (the CSV of `litmine docs`)

    def fields(self) -> dict[str, object]:
        """The metadata fields the record gives (authors with their creators)."""
        out = {"title": self.title, "authors": self.authors, "year": self.year, "venue": self.venue, "doi": self.doi}
        out = {k: v for k, v in out.items() if v not in (None, "", [])}
        if self.authors and self.creators:
            out["creators"] = self.creators
        return out


def _with_creators(record: SidecarRecord, creators: list[dict[str, str] | None]) -> SidecarRecord:
    record.creators = [c for c in creators if c]
    record.authors = [creator_display(c) for c in record.creators]
    return record


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


def split_bibtex_names(value: str) -> list[str]:
    """A BibTeX author field split at the top-level "and" (never inside braces).

    Example:
        >>> split_bibtex_names("{House of Lords Science and Technology Select Committee} and Smith, John")
        ['{House of Lords Science and Technology Select Committee}', 'Smith, John']
    """
    names, depth, start = [], 0, 0
    for m in re.finditer(r"[{}]|\s+and\s+", value or ""):
        tok = m.group()
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            names.append(value[start:m.start()])
            start = m.end()
    names.append((value or "")[start:])
    return [n.strip() for n in names if n.strip()]


def bibtex_creator(name: str) -> dict[str, str] | None:
    """One BibTeX name (LaTeX accents allowed) → {family, given}, or {literal} when braced whole or an
    organisation. Family names keep their particles ("van der Berg, Jan" → family "van der Berg")."""
    found = _bibtex_creator(name)  # a library names its authors many times: each name is read once
    return dict(found) if found is not None else None


@lru_cache(maxsize=65536)
def _bibtex_creator(name: str) -> dict[str, str] | None:
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    from litmine.ingest.bibtex import latex_to_unicode

    from litmine.citations.reference_names import is_corporate

    name = " ".join(name.split())
    whole = creator_from_name(name)
    if name.startswith("{") and name.endswith("}") and whole and "literal" in whole:
        return {"literal": _clean(latex_to_unicode(name[1:-1])) or ""}
    plain = _clean(latex_to_unicode(name)) or ""
    if "," not in plain and is_corporate(plain):  # an organisation its exporter did not brace
        return {"literal": plain}
    try:
        found = parse_single_name_into_parts(name, strict=False)  # bibtexparser 2's BibTeX name rules
    except Exception:  # noqa: BLE001 - malformed names: read them as plain text
        return creator_from_name(_clean(latex_to_unicode(name)) or "")
    parts = {"first": found.first, "von": found.von, "last": found.last, "jr": found.jr}
    text = {k: _clean(latex_to_unicode(" ".join(v))) or "" for k, v in parts.items()}
    family = " ".join(p for p in (text.get("von", ""), text.get("last", "")) if p)
    if not text.get("first") and not text.get("von"):
        return creator_from_name(family)  # one word or an organisation ("OECD", "Scottish Government")
    return {"family": family, "given": text.get("first", "")} if family else None


def _file_paths(value: str) -> list[str]:
    """File paths from a BibTeX `file` field (Zotero 'desc:path:mime;...'), RIS L1 or CSV attachments."""
    paths = []
    for part in re.split(r"[;\n]", value or ""):
        part = part.strip()
        if not part:
            continue
        bits = part.split(":")
        if len(bits) >= 3 and bits[-1].startswith(("application", "text")):
            part = ":".join(bits[1:-1])
        part = re.sub(r"^file://", "", part)
        if part:
            paths.append(part.replace("\\", "/"))
    return paths


def _file_names(value: str) -> list[str]:
    """File names (lower case) from the file paths of a record."""
    names = []
    for part in _file_paths(value):
        name = PurePosixPath(part).name
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


_BIBTEX_USED = ("title", "year", "date", "journal", "journaltitle", "booktitle", "institution", "publisher", "series",
                "doi")


def load_bibtex(text: str, source: str, problems: list[str] | None = None) -> list[SidecarRecord]:
    """Records of a BibTeX file (litmine/ingest/bibtex.py reads it in linear time). An entry that cannot be read
    is skipped and described in `problems` (one line each, with its number, key and line); without a list to
    put them in, the first raises MetadataError."""
    from litmine.ingest.bibtex import latex_to_unicode, parse_bibtex

    entries, broken = parse_bibtex(text)
    _report(source, [str(p) for p in broken], problems)
    records = []
    for raw in entries:
        # names are split before LaTeX is decoded: decoding drops the braces that keep "{A and B}" one name
        names = split_bibtex_names(raw.get("author") or raw.get("editor") or "")
        e = {k: latex_to_unicode(raw[k]) for k in _BIBTEX_USED if k in raw}  # LaTeX decoded where it is read
        if "file" in raw:  # a path, not LaTeX: Zotero and JabRef escape ":" and "\\" in it with a backslash
            e["file"] = re.sub(r"\\(.)", r"\1", raw["file"]).replace("{", "").replace("}", "")
        record = SidecarRecord(
            source=source, title=_clean(e.get("title")),
            year=_year(e.get("year") or e.get("date")),
            venue=_clean(e.get("journal") or e.get("journaltitle") or e.get("booktitle") or e.get("institution")
                         or e.get("publisher") or e.get("series")),
            doi=normalise_doi(_clean(e.get("doi"))), files=_file_names(e.get("file", "")),
            paths=_file_paths(e.get("file", "")))
        records.append(_with_creators(record, [bibtex_creator(n) for n in names]))
    return records


_RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)", re.M)


def _ris_unterminated(text: str) -> tuple[str, list[str]]:
    """The RIS text without its entries that lack `ER  -` (a `TY  -` before the entry ends, or the end of the
    file), and a line on each. rispy reads such an entry into the next one or drops it without a word."""
    problems: list[str] = []
    keep: list[str] = []
    open_at: int | None = None  # offset of the open entry's TY line
    number = 0
    last = 0
    for m in _RIS_TAG.finditer(text):
        tag = m.group(1)
        if tag == "TY":
            if open_at is not None:
                problems.append(f"entry {number} at line {text.count(chr(10), 0, open_at) + 1}: no 'ER  -' before "
                                f"the next 'TY  -'; entry skipped")
            else:
                keep.append(text[last:m.start()])
            number += 1
            open_at = m.start()
        elif tag == "ER" and open_at is not None:
            line_end = text.find("\n", m.start())
            end = len(text) if line_end < 0 else line_end + 1
            keep.append(text[open_at:end])
            open_at, last = None, end
    if open_at is not None:
        problems.append(f"entry {number} at line {text.count(chr(10), 0, open_at) + 1}: no 'ER  -' before the end "
                        "of the file (truncated?); entry skipped")
    elif last < len(text):
        keep.append(text[last:])
    return "".join(keep), problems


def _report(source: str, found: list[str], problems: list[str] | None) -> None:
    if not found:
        return
    if problems is None:
        raise MetadataError(f"{source}: {found[0]}")
    problems.extend(found)


def load_ris(text: str, source: str, problems: list[str] | None = None) -> list[SidecarRecord]:
    """Records of a RIS file. An entry without its `ER  -` is skipped and described in `problems` (one line
    each, with its number and line); without a list to put them in, the first raises MetadataError."""
    import rispy

    text, broken = _ris_unterminated(text)
    _report(source, broken, problems)
    try:
        entries = rispy.loads(text)
    except Exception as exc:  # noqa: BLE001
        raise MetadataError(f"{source}: not valid RIS ({exc})") from None
    records = []
    for e in entries:
        names = e.get("authors") or e.get("first_authors") or []
        attached = ";".join(";".join(v) if isinstance(v, list) else v or ""
                            for v in (e.get("file_attachments1"), e.get("file_attachments2")))
        record = SidecarRecord(
            source=source, title=_clean(e.get("title") or e.get("primary_title")),
            year=_year(e.get("year") or e.get("publication_year") or e.get("date")),
            venue=_clean(e.get("secondary_title") or e.get("journal_name") or e.get("alternate_title3")
                         or e.get("alternate_title1") or e.get("publisher")),
            doi=normalise_doi(e.get("doi")), files=_file_names(attached), paths=_file_paths(attached))
        # RIS writes persons "Family, Given" and organisations as they are
        records.append(_with_creators(record, [creator_from_name(str(n)) for n in names]))
    return records


_CSV_COLUMNS = {
    "title": ("title",),
    "authors": ("author", "authors", "creator"),
    "year": ("publication year", "year", "date", "issued"),
    "venue": ("publication title", "venue", "journal", "container", "source title", "publisher"),
    "doi": ("doi",),
    "files": ("file attachments", "file", "files", "filename", "path", "pdf"),
    "id": ("id",),
}
_DOC_ID = re.compile(r"^[0-9a-f]{64}$")


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
            # unguard: a cell `litmine docs --format csv` guarded against spreadsheet formulas ('=..., '-...)
            get = lambda k: unguard_csv_cell((row.get(cols[k]) or "").strip()) if k in cols else ""  # noqa: E731
            doc_id = get("id").lower()
            record = SidecarRecord(source=source, title=_clean(get("title")), year=_year(get("year")),
                                   venue=_clean(get("venue")), doi=normalise_doi(get("doi")),
                                   files=_file_names(get("files")), paths=_file_paths(get("files")),
                                   ids=[doc_id] if _DOC_ID.match(doc_id) else [])
            # "Family, Given; {Organisation, with comma}; Organisation": `litmine docs --format csv` writes this
            records.append(_with_creators(record, [creator_from_name(a) for a in _split_csv_names(get("authors"))]))
    except csv.Error as exc:
        raise MetadataError(f"{source}: not valid CSV ({exc})") from None
    return records


def _split_csv_names(value: str) -> list[str]:
    """Authors of a CSV cell, separated by semicolons outside braces."""
    names, depth, cur = [], 0, ""
    for ch in value or "":
        depth += (ch == "{") - (ch == "}")
        if ch == ";" and depth <= 0:
            names.append(cur)
            cur = ""
        else:
            cur += ch
    names.append(cur)
    return [n.strip() for n in names if n.strip()]


def build_authors_cell(authors: list[str], creators: list[dict[str, str]] | None = None) -> str:
    """A document's authors as one CSV cell that `load_csv` reads back to the same authors and creators:
    "Family, Given" for persons, organisations whole (braced when they hold a comma or read as a person).

    Example:
        >>> build_authors_cell(["Morag Kerr", "UK Covid-19 Inquiry"])
        'Kerr, Morag; UK Covid-19 Inquiry'
    """
    from litmine.citations.reference_names import creator_inverted

    if creators and [creator_display(c) for c in creators] == list(authors):
        return "; ".join(creator_inverted(c) for c in creators)
    cells = []
    for name in authors:
        c = creator_from_name(name)
        # a name that would not read back the same is kept whole, in braces
        cells.append(creator_inverted(c) if c and creator_display(c) == name and ";" not in name
                     else "{" + name.replace("{", "").replace("}", "") + "}")
    return "; ".join(cells)


def load_sidecar(path: str | Path, problems: list[str] | None = None) -> list[SidecarRecord]:
    """Read a .bib, .ris or .csv export into records. Raises MetadataError naming the file. Given `problems`, a
    BibTeX or RIS entry that cannot be read is described there (a line naming the entry and its line in the
    file) and the other entries are returned; without it, such an entry raises MetadataError."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO or device would block or never end
            raise MetadataError(f"{path}: {not_regular_reason(mode)}")
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
    if loader is load_csv:
        return loader(text, path.name)
    return loader(text, path.name, problems)


@dataclass
class SidecarMatch:
    """How a document matched a sidecar record, or why it matched none (`problem`, one line, else None)."""

    record: SidecarRecord | None = None
    how: str = ""
    problem: str | None = None


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


def first_family(creators: list[dict[str, str]] | None, authors: list[str] | None) -> str | None:
    """The first author's family name (an organisation's whole name), folded for comparison."""
    first = (creators or [None])[0] or (creator_from_name(authors[0]) if authors else None)
    if not first:
        return None
    name = first.get("family") or first.get("literal") or ""
    return re.sub(r"[^\w]+", " ", _fold(name)).strip() or None


def _same_family(a: str, b: str) -> bool:
    """One family name within the other, word by word ("beethoven" and "van beethoven")."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _agree(record: SidecarRecord, year: int | None, family: str | None) -> str | None:
    """Why a record with the document's title is not the document (year or first author differ), or None."""
    rec_family = first_family(record.creators, record.authors)
    authors_agree = bool(family and rec_family and _same_family(family, rec_family))
    if family and rec_family and not authors_agree:
        return f"first author {rec_family!r} is not {family!r}"
    if year and record.year and year != record.year and not (abs(year - record.year) == 1 and authors_agree):
        return f"year {record.year} is not {year}"
    return None


def title_key(title: str) -> str:
    """A title with case, accents, punctuation and spacing taken out: two titles match when their keys are
    equal (so "Co-production" matches "Coproduction", and "... in England" never "... in Scotland")."""
    return re.sub(r"[\W_]+", "", _fold(title))


class SidecarIndex:
    """Sidecar records indexed by document id, path, file name, DOI and title."""

    def __init__(self, records: list[SidecarRecord]):
        self.records = records
        sources = list(dict.fromkeys(r.source for r in records))
        self._by_source = [SidecarIndex._one([r for r in records if r.source == src]) for src in sources] \
            if len(sources) > 1 else [self]
        self.by_id = {i: r for r in records for i in r.ids}
        self.by_file: dict[str, list[SidecarRecord]] = {}
        for r in records:
            for f in dict.fromkeys(r.files):
                self.by_file.setdefault(f, []).append(r)
        self.by_doi = {r.doi: r for r in records if r.doi}
        # paths by their last part: a document is compared with the records naming its file only, never with all
        self.by_path_name: dict[str, list[tuple[str, SidecarRecord]]] = {}
        for r in records:
            for p in r.paths:
                self.by_path_name.setdefault(PurePosixPath(p).name, []).append((p, r))
        self.by_title: dict[str, list[SidecarRecord]] = {}
        for r in records:
            if r.title and title_key(r.title):
                self.by_title.setdefault(title_key(r.title), []).append(r)

    @classmethod
    def _one(cls, records: list[SidecarRecord]) -> SidecarIndex:
        index = cls.__new__(cls)
        SidecarIndex.__init__(index, records)
        return index

    def __len__(self) -> int:
        return len(self.records)

    def find_each(self, **doc) -> list[SidecarMatch]:
        """`find` in each sidecar file on its own, the first given (a --metadata file) last: the order in which
        their records apply, a later one winning field by field. Takes the keywords of `find`."""
        return [part.find(**doc) for part in reversed(self._by_source)]

    def match(self, *, path: str, doi: str | None, title: str | None, year: int | None = None,
              authors: list[str] | None = None, creators: list[dict[str, str]] | None = None,
              doc_id: str | None = None) -> tuple[SidecarRecord, str] | None:
        """The record for a document and how it matched ("id", "path", "file name", "doi" or "title"), or None."""
        found = self.find(path=path, doi=doi, title=title, year=year, authors=authors, creators=creators,
                          doc_id=doc_id)
        return (found.record, found.how) if found.record else None

    def find(self, *, path: str, doi: str | None, title: str | None, year: int | None = None,
             authors: list[str] | None = None, creators: list[dict[str, str]] | None = None,
             doc_id: str | None = None) -> SidecarMatch:
        """Match a document (its path, id and own metadata) to a record: by id, path, file name, DOI, then title.

        A title match needs equal `title_key`s, and where both sides give them, the same first author's family
        name and the same year (one apart only when the first authors agree). Two records that fit equally
        make no match; `problem` then says why.

        Example:
            >>> index = SidecarIndex([SidecarRecord("lib.bib", title="Annual report 2016", year=2016)])
            >>> index.find(path="a.pdf", doi=None, title="Annual Report 2015", year=2015).record is None
            True
        """
        if doc_id and doc_id in self.by_id:
            return SidecarMatch(self.by_id[doc_id], "id")
        norm = path.replace("\\", "/")
        by_path = [r for p, r in self.by_path_name.get(PurePosixPath(norm).name, [])
                   if p == norm or norm.endswith("/" + p.lstrip("./")) or p.endswith("/" + norm.lstrip("./"))]
        if len({id(r) for r in by_path}) == 1:
            return SidecarMatch(by_path[0], "path")
        problem = None
        named = self.by_file.get(PurePosixPath(norm).name.lower(), [])
        if len(named) == 1:
            return SidecarMatch(named[0], "file name")
        if len(named) > 1:
            problem = f"{len(named)} sidecar records name the file {PurePosixPath(norm).name}"
        d = normalise_doi(doi)
        if d and d in self.by_doi:
            return SidecarMatch(self.by_doi[d], "doi")
        key = title_key(title) if title else ""
        candidates = self.by_title.get(key, []) if key else []
        if not candidates:
            return SidecarMatch(problem=problem)
        family = first_family(creators, authors)
        fits, why = [], []
        for rec in candidates:
            reason = _agree(rec, year, family)
            (why if reason else fits).append(reason or rec)
        if len({repr(sorted(r.fields().items())) for r in fits}) == 1:  # one record, perhaps in two exports
            return SidecarMatch(fits[0], "title")
        if len(fits) > 1:
            return SidecarMatch(problem=f"{len(fits)} sidecar records have this title and fit equally: none applied")
        return SidecarMatch(problem=f"a sidecar record ({candidates[0].source}) has this title but its {why[0]}: "
                                    "not applied")
