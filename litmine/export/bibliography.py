"""Every cited work, deduplicated, as BibTeX, RIS (both import into Zotero) and CSV rows."""

from __future__ import annotations

import re
import unicodedata

from litmine.citations.works import fold
from litmine.models import Work

_BIBTEX_TYPES = {"article": "article", "book": "book", "chapter": "incollection", "report": "techreport",
                 "web": "misc", "thesis": "phdthesis", "other": "misc"}
_RIS_TYPES = {"article": "JOUR", "book": "BOOK", "chapter": "CHAP", "report": "RPRT", "web": "ELEC",
              "thesis": "THES", "other": "GEN"}
_BIBTEX_SPECIAL = re.compile(r"([{}%&$#_~^\\])")


def bibtex_escape(value: str) -> str:
    def repl(m: re.Match) -> str:
        ch = m.group(1)
        return {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                "{": r"\{", "}": r"\}"}.get(ch, "\\" + ch)

    return _BIBTEX_SPECIAL.sub(repl, value)


def _person(a: dict[str, str]) -> str:
    surname, given = a.get("surname", "").strip(), a.get("given", "").strip()
    if not given:
        return "{" + surname + "}" if " " in surname else surname  # corporate authors stay whole
    return f"{surname}, {given}"


def bibtex_key(work: Work, taken: set[str]) -> str:
    surname = work.authors[0].get("surname", "") if work.authors else (work.title or "anon")
    word = next((w for w in re.findall(r"[A-Za-z]+", unicodedata.normalize("NFKD", work.title or ""))
                 if len(w) > 3), "")
    first_word = (fold(surname).split() or ["anon"])[0]
    base = re.sub(r"[^a-z]", "", first_word) or "anon"
    base = base + str(work.year or "nd") + word.lower()
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}{chr(ord('a') + n - 2)}" if n < 28 else f"{base}{n}"
    taken.add(key)
    return key


def to_bibtex(works: list[Work]) -> str:
    """BibTeX entries, one per work, special characters escaped (text stays UTF-8, as biber and Zotero read it).

    Example:
        >>> from litmine.models import Work
        >>> print(to_bibtex([Work("w1", title="Work & welfare", authors=[{"surname": "Lindsay", "given": "C."}],
        ...                        year=2007, type="article", container="Social Policy & Administration")]))
        @article{lindsay2007work,
          author = {Lindsay, C.},
          title = {Work \\& welfare},
          journal = {Social Policy \\& Administration},
          year = {2007},
        }
        <BLANKLINE>
    """
    taken: set[str] = set()
    out = []
    for w in works:
        kind = _BIBTEX_TYPES.get(w.type, "misc")
        fields = []
        if w.authors:
            fields.append(("author", " and ".join(_person(a) for a in w.authors)))
        if w.title:
            fields.append(("title", w.title))
        if w.container:
            fields.append(({"article": "journal", "incollection": "booktitle", "techreport": "institution"}
                           .get(kind, "howpublished"), w.container))
        if w.year:
            fields.append(("year", str(w.year)))
        if w.doi:
            fields.append(("doi", w.doi))
        body = "".join(f"  {k} = {{{v if k == 'author' else bibtex_escape(v)}}},\n" for k, v in fields)
        out.append(f"@{kind}{{{bibtex_key(w, taken)},\n{body}}}\n")
    return "\n".join(out)


def to_ris(works: list[Work]) -> str:
    """RIS records, one per work (written with rispy)."""
    import rispy

    entries = []
    for w in works:
        e = {"type_of_reference": _RIS_TYPES.get(w.type, "GEN")}
        if w.authors:
            e["authors"] = [f"{a.get('surname', '')}, {a.get('given', '')}".strip(", ") for a in w.authors]
        if w.title:
            e["title"] = w.title
        if w.container:
            e["secondary_title"] = w.container
        if w.year:
            e["year"] = str(w.year)
        if w.doi:
            e["doi"] = w.doi
        entries.append(e)
    return rispy.dumps(entries)


def works_rows(works: list[Work], stats: dict[str, dict] | None = None) -> list[dict]:
    """One row per work for CSV/JSON: identity, fields, and (when given) citation counts and years."""
    stats = stats or {}
    rows = []
    for w in works:
        s = stats.get(w.id, {})
        rows.append({"id": w.id, "authors": "; ".join(_person(a).strip("{}") for a in w.authors), "year": w.year,
                     "title": w.title, "container": w.container, "doi": w.doi, "type": w.type,
                     "doc_id": w.doc_id, "citing_documents": s.get("citations", 0),
                     "first_cited": s.get("first_cited"), "last_cited": s.get("last_cited")})
    return rows
