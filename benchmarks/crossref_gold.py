"""Gold references from a JOSE paper's Crossref deposit, and a scorer for a parsed reference list against them.

A deposit's `<citation_list>` holds one `<citation>` per cited work, in one of three forms:
- `<doi>` alone: the gold is the DOI;
- structured elements (`article_title`, `author` = the first author's surname, `journal_title`, `volume_title`,
  `volume`, `issue`, `first_page`, `cYear`, `doi`): each element is a gold field;
- `<unstructured_citation>`: the values of the author's BibTeX entry joined by ", ", in whatever order the .bib
  file had them (title, authors joined by " and ", container, volume, pages, year, publisher, url... or author
  first, or address first, with abstracts, ISBNs, access dates and file paths mixed in), LaTeX commands left as
  text (`\\urlhttp://...`), URL-encoded in some deposits. A comma inside a value cannot be told from the
  separator, so a title or an author list spans several ", "-separated values.

`parse_unstructured` decodes such a string into the fields it can name with confidence and leaves the rest out
(a field left out is not scored): DOI (a `10.NNNN/...` anywhere), year (a value that is a bare year; left out when
two disagree), the first author (the first "Family, Given( and Family, Given)*" run, or a corporate author such as
"R Core Team" or "The MathWorks, Inc."), and the title only where the order says which value it is: everything
before an author run that follows it directly (the usual "title, authors, ..." order), or the value right after
an author run at the start, or the first value when no author run starts the string, each only when a value the
decoder recognises (year, URL, number, place...) or the end follows it. These are rules about the deposit format,
written from the deposits of the 21 development papers and a reading of the format, not from litmine's output.

`score_document` pairs gold citations with predicted references one to one (by DOI, by title similarity, or by the
gold title/DOI standing in the predicted entry's text) and counts, per field the gold carries, whether litmine's
value is the same after soft normalisation (case, punctuation and spaces ignored).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import unquote

GOLD_FIELDS = ("doi", "title", "year", "author", "container", "volume", "issue", "pages")
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "ter", "dos", "das",
             "y", "st.", "mc"}
CORPORATE_END = re.compile(r"(?i)\b(?:team|consortium|committee|working group|workgroup)$")
CORPORATE_SUFFIX = re.compile(r"(?i)^(?:inc|ltd|llc|gmbh|corp|co)\.?$")
PLACES = {"austria", "australia", "belgium", "brazil", "canada", "china", "denmark", "england", "france",
          "germany", "india", "ireland", "italy", "japan", "mass.", "netherlands", "new zealand", "norway",
          "ontario", "scotland", "spain", "sweden", "switzerland", "uk", "usa", "united kingdom", "united states",
          "d.c", "d.c."}
NOT_NAMES = {"press", "books", "publishing", "publications", "publishers", "verlag", "university", "gmbh", "inc",
             "ltd", "llc", "institute", "blog", "news", "handbook", "education", "edition", "journal", "proceedings",
             "data", "science", "software", "online", "national", "international", "department", "library", "team",
             "consortium", "committee", "workgroup", "group"}
CITIES = {"london", "new york", "boston", "cambridge", "oxford", "berlin", "paris", "leipzig", "melbourne", "sydney",
          "toronto", "chicago", "amsterdam", "vienna", "bethesda", "hoboken", "thousand oaks", "new delhi",
          "washington", "san francisco", "los angeles", "heidelberg", "princeton", "singapore", "zurich"}
MONTHS = re.compile(r"(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$")
LATEX = re.compile(r"\\(thinspace|,|;|quad)|\\[A-Za-z]+\*?|[{}]")


def soft(v: str | None) -> str:
    """Lower case, NFKC, no punctuation or spaces: the soft form fields are compared in."""
    v = unicodedata.normalize("NFKC", v or "").lower()
    return re.sub(r"[\W_]+", "", v)


def norm_doi(v: str | None) -> str:
    """A DOI without its resolver prefix, lower case, no trailing punctuation."""
    v = (v or "").strip().lower()
    v = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", v)
    return v.rstrip(".,;)")


def _clean(value: str) -> str:
    value = LATEX.sub(lambda m: " " if m.group(1) else "", value)
    return " ".join(value.split())


def split_values(text: str) -> list[str]:
    """The BibTeX values of an unstructured citation, LaTeX commands dropped (URL-encoded strings decoded)."""
    if re.search(r"%[0-9A-Fa-f]{2}", text):
        text = unquote(text)
    return [_clean(p) for p in text.split(", ")]


# ---------------------------------------------------------------------------------------------- names

def _cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


def is_family(value: str) -> bool:
    """A surname as BibTeX writes it before the comma: capitalised words, particles allowed; no digits, no
    acronym ("NSF"), no "The ...", no publisher word, no place."""
    toks = value.split()
    if not 1 <= len(toks) <= 4 or any(ch.isdigit() or ch in ":;()[]?!/@&" for ch in value):
        return False
    if not all(t.lower() in PARTICLES or (_cap(t) and re.fullmatch(r"[\w'’.-]+", t)) for t in toks):
        return False
    if toks[0] == "The" or any(t.isupper() and len(t) > 1 and t.isalpha() for t in toks):
        return False
    if any(t.lower().rstrip(".") in NOT_NAMES for t in toks):
        return False
    return _cap(toks[-1]) and value.lower() not in PLACES


def is_given(value: str, *, strict: bool) -> bool:
    """Given names or initials after the comma ("David S.", "J. J.", "JJ"); no three-letter acronyms, no
    "The ..."; strict (a lone "X, Y" pair that may be a place): no two-letter codes ("NY") either."""
    toks = value.replace(".", ". ").split()
    if not 1 <= len(toks) <= 5 or toks[0] == "The" or any(ch.isdigit() or ch in ":;()[]?!/@&" for ch in value):
        return False
    for t in toks:
        if not (_cap(t) and re.fullmatch(r"[\w'’.-]+", t)) and t.lower() not in PARTICLES:
            return False
        if t.isupper() and t.isalpha() and (len(t) >= 3 or (strict and len(t) == 2)):
            return False
    if any(t.lower().rstrip(".") in NOT_NAMES for t in toks):
        return False
    return not (value.lower() in PLACES or CORPORATE_SUFFIX.match(value))


def has_initial(value: str) -> bool:
    return bool(re.search(r"(?:^|\s)[A-Z]\.?(?:\s|$)|[A-Z]\.[A-Z]", value))


@dataclass
class Run:
    """A run of values holding an author list: values[start:end], family names in order."""

    start: int
    end: int
    families: list[str]
    multi: bool
    initials: bool = False


def _run_at(values: list[str], kinds: list[str], i: int) -> Run | None:
    """The author list that starts at value i: "Family, Given( and Family, Given)*( and others)?"."""
    if not is_family(values[i]) or i + 1 >= len(values):
        return None
    families, k, multi, initials = [values[i]], i + 1, False, False
    while k < len(values):
        given, *more = values[k].split(" and ", 1)
        if not is_given(given, strict=not more and not multi):
            break
        initials |= has_initial(given)
        k += 1
        nxt = more[0].strip() if more else ""
        if nxt.lower() in ("others", "et al", "et al."):
            multi = True
            break
        if not nxt or " and " in nxt or not is_family(nxt):  # a lone pair, or a list that ends oddly
            break
        families.append(nxt)
        multi = True
    if k == i + 1:
        return None
    if not multi and k < len(values) and kinds[k] == "text" and values[k][:1].islower():  # "Technology,
        # Engineering, and Mathematics" in a title
        return None
    return Run(i, k, families, multi, initials)


def find_author_run(values: list[str], kinds: list[str]) -> Run | None:
    """The author list of a citation, or None when the values do not say which it is.

    The first multi-author list wins, unless an unambiguous lone "Family, Given" comes before it; a lone pair is
    ambiguous when another lone pair overlaps it ("Darwin, Charles, Murray, London"): the one with initials wins
    (the first when both have them); without initials, the second when the first starts the string
    ("StatQuest, Starmer, Josh"), the first when only title text comes before it, else neither. Corporate
    authors: a value ending in Team, Consortium, Committee or Workgroup, or "Name, Inc." at the start.
    """
    runs = [r for i in range(len(values)) if kinds[i] == "text" and (r := _run_at(values, kinds, i))]
    for i, v in enumerate(values):
        if kinds[i] == "text" and CORPORATE_END.search(v) and len(v.split()) >= 2:
            runs.append(Run(i, i + 1, [v], False))
    if len(values) > 1 and CORPORATE_SUFFIX.match(values[1]) and values[0][:1].isupper():  # "The MathWorks, Inc."
        runs.append(Run(0, 2, [f"{values[0]}, {values[1]}"], False))
    runs.sort(key=lambda r: (r.start, -r.end))
    first_multi = next((r for r in runs if r.multi), None)
    singles = [r for r in runs if not r.multi and (first_multi is None or r.end <= first_multi.start)]
    for r in singles:
        rivals = [o for o in singles if o is not r and o.start < r.end and r.start < o.end]
        if not rivals:
            return r
        o = rivals[0]
        if r.initials or o.initials:
            return r if r.initials else o
        if r.start == 0 and o.start > r.start and len(rivals) == 1:
            return o
        if r.start > 0 and all(k == "text" for k in kinds[:r.start]):
            return r
        return None
    return first_multi


# ---------------------------------------------------------------------------------------------- values

def kind_of(value: str) -> str:
    """What a value recognisably is ("year", "url", "number"...), or "text"."""
    v = value.strip()
    low = v.lower()
    if not v:
        return "empty"
    if re.fullmatch(r"(1[89]\d\d|20[0-3]\d)", v):
        return "year"
    if re.search(r"://|^www\.|^doi:|^https?:|\b10\.\d{4,9}/", low):
        return "url"
    if re.match(r"\d{4}[-./]\d\d|\d{1,2}/\d{1,2}/\d{4}|.*[+-]\d{4}$", v):
        return "date"
    if re.fullmatch(r"[eE]?\d+\s*[–—-]+\s*\d+|[eE]\d+", v):
        return "pages"
    if re.fullmatch(r"[\dXx -]+|\d+(st|nd|rd|th)|(second|third|tenth|\w+th) edition|tenth|2nd edition", low):
        return "number"
    if re.match(r"(?i)(r package )?version\b|v?\d+(\.\d+)+$", v):
        return "version"
    if MONTHS.match(v):
        return "month"
    if low in CITIES:
        return "place"
    if low in ("en", "eng", "english", "de", "german", "fr", "es", "online", "accepted", "in press", "et al.",
               "et al"):
        return "note"
    if re.match(r"(?i)(accessed|retrieved|last accessed|oclc|available at)\b|^[:/]|\.pdf:pdf$", v):
        return "note"
    if len(v.split()) >= 20 and re.search(r"[.!?] [A-Z]", v):
        return "abstract"
    return "text"


def place_values(values: list[str]) -> set[int]:
    """Indices of values that are a place: "City, ST", "City, Country" (two values, or one when encoded)."""
    out = set()
    for i, v in enumerate(values):
        if ", " in v:
            tail = v.rsplit(", ", 1)[1]
            if tail.lower() in PLACES or re.fullmatch(r"[A-Z]{2}", tail):
                out.add(i)
        if i + 1 < len(values) and (values[i + 1].lower() in PLACES or re.fullmatch(r"[A-Z]{2}", values[i + 1])) \
                and is_family(v):
            out |= {i, i + 1}
    return out


def _title_from(values: list[str], kinds: list[str], i: int, stop: int | None) -> str:
    """The title starting at value i with its continuations (values that start in lower case, "Data wrangling,
    exploration, and ...", or stand inside an open parenthesis), when a recognised value, the author run (at
    `stop`) or the end follows it; else "" (a capitalised value after it may be part of it or not)."""
    if i >= len(values) or kinds[i] != "text":
        return ""
    j = i + 1
    while j < len(values) and j != stop and kinds[j] == "text" and (
            values[j][:1].islower() or ", ".join(values[i:j]).count("(") > ", ".join(values[i:j]).count(")")):
        j += 1
    if j < len(values) and j != stop and kinds[j] == "text":
        return ""
    return ", ".join(values[i:j])


def parse_unstructured(text: str) -> dict[str, str]:
    """Gold fields of one unstructured Crossref citation: doi, title, year, author (the first author's family name
    or a corporate author), each "" when the string does not name it with confidence."""
    values = split_values(text)
    kinds = [kind_of(v) for v in values]
    for i in place_values(values):
        kinds[i] = "place"
    out = dict.fromkeys(GOLD_FIELDS, "")
    m = re.search(r"\b10\.\d{4,9}/[^\s,]+", " ".join(values))
    if m:
        out["doi"] = norm_doi(re.split(r"doi:", m.group(0))[0])
    years = {v for v, k in zip(values, kinds) if k == "year"}
    if len(years) == 1:
        out["year"] = years.pop()
    run = find_author_run(values, kinds)
    if run:
        for k in range(run.start, run.end):
            kinds[k] = "authors"
        out["author"] = run.families[0]
    out["title"] = _title_from(values, kinds, run.end if run and run.start == 0 else 0, run.start if run else None)
    out["title"] = out["title"].strip(" .")
    return out


def citations_from_xml(path: Path) -> list[dict[str, str]]:
    """Gold citations of one Crossref deposit: GOLD_FIELDS plus "form" (doi | structured | unstructured) and
    "text" (the decoded string, for matching)."""
    out = []
    for cit in ET.parse(path).getroot().iter():
        if not cit.tag.endswith("}citation") and cit.tag != "citation":
            continue
        el = {c.tag.split("}")[-1]: " ".join("".join(c.itertext()).split()) for c in cit}
        if "unstructured_citation" in el and len(el) == 1:
            g = parse_unstructured(el["unstructured_citation"])
            g.update(form="unstructured", text=", ".join(split_values(el["unstructured_citation"])))
        elif set(el) == {"doi"}:
            g = dict.fromkeys(GOLD_FIELDS, "")
            g.update(doi=norm_doi(el["doi"]), form="doi", text="")
        else:
            g = {"doi": norm_doi(el.get("doi")), "title": el.get("article_title") or el.get("volume_title", ""),
                 "year": el.get("cYear", ""), "author": el.get("author", ""),
                 "container": el.get("journal_title") or (el.get("volume_title", "") if el.get("article_title")
                                                          else ""),
                 "volume": el.get("volume", ""), "issue": el.get("issue", ""), "pages": el.get("first_page", ""),
                 "form": "structured", "text": " ".join(el.values())}
            if "unstructured_citation" in el:
                parsed = parse_unstructured(el["unstructured_citation"])
                g.update({k: v for k, v in parsed.items() if v and not g.get(k)})
        out.append(g)
    return out


# ---------------------------------------------------------------------------------------------- scoring

def match_score(g: dict[str, str], p: dict[str, str]) -> float:
    """How surely predicted reference p is gold citation g: 1 for the same DOI; title similarity; 0.9 when the
    gold DOI or title stands in the predicted entry's text (found, though a field may be parsed wrong)."""
    if g["doi"] and norm_doi(p["doi"]) == g["doi"]:
        return 1.0
    raw = soft(p["raw"])
    if g["doi"] and len(soft(g["doi"])) >= 8 and soft(g["doi"]) in raw:
        return 0.9
    best = 0.0
    gt, pt = soft(g["title"]), soft(p["title"])
    if gt and pt:
        best = SequenceMatcher(None, gt[:200], pt[:200]).ratio()
    if len(gt) >= 12 and gt in raw:
        best = max(best, 0.9)
    if not gt and len(pt) >= 12 and pt in soft(g.get("text")):
        best = max(best, 0.85)
    return best


def field_right(name: str, g: str, p: str) -> bool:
    """Whether litmine's value equals the gold one, softly (pages: first page; DOI: without resolver)."""
    if name == "doi":
        return norm_doi(g) == norm_doi(p)
    if name == "pages":
        g, p = re.split(r"[–—-]", g)[0], re.split(r"[–—-]", p)[0]
    return bool(soft(g)) and soft(g) == soft(p)


@dataclass
class Tally:
    """Counts over documents: gold citations by form, found, predicted, and per field carried/found/right/filled."""

    gold: int = 0
    forms: dict[str, int] = field(default_factory=dict)
    found: int = 0
    predicted: int = 0
    matched_pred: int = 0
    unmatched_filled: int = 0
    carried: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GOLD_FIELDS, 0))
    carried_found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GOLD_FIELDS, 0))
    filled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GOLD_FIELDS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GOLD_FIELDS, 0))

    def fields_prf(self) -> tuple[float, float, float]:
        """Micro precision, recall, F1 over the fields the gold carries (see score_document)."""
        tp = sum(self.right.values())
        npred = sum(self.filled.values()) + self.unmatched_filled
        ngold = sum(self.carried.values())
        p, r = tp / npred if npred else 0.0, tp / ngold if ngold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_document(gold: list[dict[str, str]], pred: list[dict[str, str]], tally: Tally,
                   log: list[tuple] | None = None) -> None:
    """Add one document to the tally.

    Pairs are made greedily, best score first, one to one, at score >= 0.8. For each field a gold citation carries:
    carried +1; if it was found, carried_found +1, filled +1 when litmine has a value, right +1 when it is the same.
    A predicted reference paired with no gold citation adds its filled DOI, title, year and first author to the
    precision's denominator (unmatched_filled): a list entry that is no gold reference counts as wrong fields.
    `log` (development sets only) gets (field, gold, litmine) for each wrong field of a found citation,
    ("lost", gold text) for each citation not found and ("extra", raw) for each entry paired with none.
    """
    tally.gold += len(gold)
    tally.predicted += len(pred)
    for g in gold:
        tally.forms[g["form"]] = tally.forms.get(g["form"], 0) + 1
        for f in GOLD_FIELDS:
            tally.carried[f] += bool(g[f])
    scores = sorted(((match_score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                    reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for s, i, j in scores:
        if s < 0.8 or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        g, p = gold[i], pred[j]
        tally.found += 1
        for f in GOLD_FIELDS:
            if not g[f]:
                continue
            tally.carried_found[f] += 1
            tally.filled[f] += bool(p[f])
            ok = field_right(f, g[f], p[f])
            tally.right[f] += ok
            if log is not None and not ok:
                log.append((f, g[f], p[f], p["raw"][:160]))
    tally.matched_pred += len(used_p)
    for j, p in enumerate(pred):
        if j not in used_p:
            tally.unmatched_filled += sum(bool(p[f]) for f in ("doi", "title", "year", "author"))
            if log is not None:
                log.append(("extra", p["raw"][:200]))
    if log is not None:
        log.extend(("lost", g["doi"], g.get("text", "")[:200] or g["title"]) for i, g in enumerate(gold)
                   if i not in used_g)
