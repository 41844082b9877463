"""Restyled copies of labelled reference strings, for training the reference tagger (scripts/train_references.py).

The shippable training sets are mostly APA/Harvard (AnyStyle) and physics/Vancouver-like numbered lists (GROBID).
restyle writes one of their labelled strings again in another style, from its own labelled parts (authors split by
litmine's name splitter): only the punctuation and order are new, never a word. Journal articles: MDPI, Vancouver,
Harvard with compact issues, surnames in capitals or surname first, APA ("Author, A. (Year). Title. Journal,
vol(issue), pages."), Springer ("Author A (Year) Title. Journal vol(issue):pages") and the unquoted comma style of
social-science lists ("Author, A. (Year): Title, Journal vol, pages."); chapters in edited books (English "in: E.
Editor (ed.), Book, Place: Publisher, pp.", APA "In E. Editor (Ed.), Book (pp. 1-9).", German "In: Editor, Given
(Hg.): Book. Place: Publisher, S. 1-9.", Chicago "In Book, ed. E. Editor, 1-9."); books with a publisher.
"""

from __future__ import annotations

import random
import re

from litmine.citations.reference_model import Token

# The shippable sets are mostly APA/Harvard (AnyStyle) and physics/Vancouver-like numbered lists (GROBID); the
# multidisciplinary mix of MDPI ("Zhang, L.; Wang, Y. Title. Journal 2019, 11, 345."), Vancouver with full stops
# ("Smith J, Jones K. Title. J Mol Biol. 2009;385(1):12-20."), compact issues ("17,1: 61-74"), surnames in
# capitals ("DURAND Jean-Pierre") and surname-first names without a comma ("Gamoran Adam") is rare there. restyle
# writes some of their journal articles and books again in those styles: the parts and labels are the set's own
# (authors split by litmine's name splitter), only the punctuation and order are new.

def _spans(raw: str, tokens: list[Token], labels: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    k = 0
    while k < len(tokens):
        j = k
        while j + 1 < len(tokens) and labels[j + 1] == labels[k]:
            j += 1
        out.setdefault(labels[k], raw[tokens[k].start:tokens[j].end])
        k = j + 1
    return out


def _initials(given: str, *, dots: bool) -> str:
    parts = []
    for word in given.replace(".", ". ").split():
        letters = [w[:1] for w in word.split("-") if w[:1].isalpha()]
        if letters:
            parts.append(("-" if dots else "").join(c.upper() + ("." if dots else "") for c in letters))
    return (" " if dots else "").join(parts)


def _names(rng: random.Random, names: list[dict], style: str) -> list[tuple[str, str]]:
    """The author list as (label, text) pieces in one name style; the separators are left untagged."""
    out: list[tuple[str, str]] = []
    n = len(names)
    for k, nm in enumerate(names):
        sur, giv = nm["surname"], nm["given"]
        if style == "mdpi":
            text, sep = f"{sur}, {_initials(giv, dots=True)}", "; "
        elif style == "vancouver":
            text, sep = f"{sur} {_initials(giv, dots=False)}", ", "
        elif style == "caps":
            text, sep = f"{sur.upper()} {giv}", ", "
        elif style == "surname-first":
            text, sep = f"{sur} {giv}", ", "
        elif style == "german":
            text, sep = f"{sur}, {giv}", "/"
        else:  # harvard
            text, sep = f"{sur}, {_initials(giv, dots=True)}", ", " if k < n - 2 else (
                rng.choice([" and ", " & ", ", & "]) if k == n - 2 else "")
        out.append(("author", text))
        if k < n - 1:
            out.append(("_untagged", sep))
    return out


def _parts(sp: dict[str, str]) -> dict[str, str | None]:
    """The parts restyle writes, cleaned of edge punctuation (None where absent or not plain)."""
    year = re.search(r"(1[5-9]\d\d|20\d\d)", sp["year"])
    vol = re.fullmatch(r"\d{1,4}", sp.get("volume", "").strip(" .,;:"))
    iss = re.fullmatch(r"\d{1,3}", sp.get("issue", "").strip(" .,;:()"))
    pages = re.fullmatch(r"\d{1,5}(?:\s*[-–]\s*\d{1,5})?", sp.get("pages", "").strip(" .,;:"))
    title = re.sub(r"[\s,.:;'\"’”]+in$", "", sp["title"], flags=re.I).strip(" .,;:'\"“”‘’")
    title += ")" * (title.count("(") - title.count(")") == 1)
    return {"year": year.group(1) if year else None, "title": title,
            "container": re.sub(r"^(?:in|en|dans)\b:?\s*", "", sp.get("container", "").strip(" .,;:"),
                                flags=re.I).strip(" .,;:") or None, "volume": vol.group() if vol else None,
            "issue": iss.group() if iss else None, "pages": pages.group() if pages else None,
            "publisher": sp.get("publisher", "").strip(" .,;:()") or None,
            "location": sp.get("location", "").strip(" .,;:()") or None}


def _journal(rng: random.Random, names: list[dict], p: dict, full_given: bool) -> list[tuple[str, str]]:
    title, journal, year, vol, iss, pg = (p[k] for k in ("title", "container", "year", "volume", "issue", "pages"))
    style = rng.choice(["mdpi", "mdpi", "vancouver", "vancouver", "harvard", "apa", "springer", "comma"] +
                       (["caps", "surname-first"] if full_given else []))
    if style == "mdpi":
        segs = _names(rng, names, "mdpi") + [("_untagged", " "), ("title", title), ("_untagged", ". "),
                                             ("journal", journal), ("_untagged", " "), ("date", year),
                                             ("_untagged", ", "), ("volume", vol)]
        if iss and rng.random() < 0.5:
            segs += [("_untagged", ", "), ("issue", iss)]
        return segs + [("_untagged", ", "), ("pages", pg), ("_untagged", ".")]
    if style == "vancouver":
        segs = _names(rng, names, "vancouver") + [("_untagged", ". "), ("title", title), ("_untagged", ". "),
                                                  ("journal", journal.replace(".", "")),
                                                  ("_untagged", rng.choice([". ", " "])), ("date", year),
                                                  ("_untagged", ";"), ("volume", vol)]
        if iss:
            segs += [("_untagged", "("), ("issue", iss), ("_untagged", ")")]
        return segs + [("_untagged", ":"), ("pages", pg), ("_untagged", ".")]
    if style in ("apa", "springer"):
        apa = style == "apa"
        segs = _names(rng, names, "harvard" if apa else "vancouver") + [
            ("_untagged", " ("), ("date", year), ("_untagged", "). " if apa else ") "), ("title", title),
            ("_untagged", ". "), ("journal", journal), ("_untagged", ", " if apa else " "), ("volume", vol)]
        if iss:
            segs += [("_untagged", "("), ("issue", iss), ("_untagged", ")")]
        return segs + [("_untagged", ", " if apa else ":"), ("pages", pg), ("_untagged", ".")]
    if style == "comma":
        opener, closer = rng.choice([(" (", "): "), (" (", "), "), (", ", ", ")])
        segs = _names(rng, names, "harvard") + [("_untagged", opener), ("date", year),
                                                ("_untagged", closer), ("title", title),
                                                ("_untagged", ", "), ("journal", journal), ("_untagged", " "),
                                                ("volume", vol)]
        if iss:
            segs += [("_untagged", rng.choice([" (", "("])), ("issue", iss), ("_untagged", ")")]
        return segs + [("_untagged", ", "), ("pages", pg), ("_untagged", ".")]
    opener, closer = rng.choice([(" (", ") "), (" (", "). "), (" (", "): "), (" ", ". "), (", ", ". ")])
    segs = _names(rng, names, style) + [("_untagged", opener), ("date", year), ("_untagged", closer),
                                        ("title", title), ("_untagged", rng.choice([". ", ", "])),
                                        ("journal", journal), ("_untagged", rng.choice([", ", " "])),
                                        ("volume", vol)]
    if iss:
        opener = rng.choice([",", ", ", "(", " ("])
        segs += [("_untagged", opener), ("issue", iss)] + ([("_untagged", ")")] if "(" in opener else [])
    return segs + [("_untagged", rng.choice([": ", ", ", ", pp. "])), ("pages", pg), ("_untagged", ".")]


def _editors(names: list[dict], style: str) -> list[tuple[str, str]]:
    """Editors as (label, text) pieces: "E. Editor and F. Editor" or, German, "Editor, Given/Other, Given"."""
    out: list[tuple[str, str]] = []
    for k, nm in enumerate(names):
        if style == "german":
            out.append(("editor", f"{nm['surname']}, {nm['given']}"))
        else:
            out.append(("editor", f"{_initials(nm['given'], dots=True)} {nm['surname']}"))
        if k < len(names) - 1:
            out.append(("_untagged", "/" if style == "german" else (" and " if k == len(names) - 2 else ", ")))
    return out


def _chapter(rng: random.Random, names: list[dict], editors: list[dict], p: dict,
             full_given: bool) -> list[tuple[str, str]]:
    title, book, year, pg, pub, loc = (p[k] for k in ("title", "container", "year", "pages", "publisher",
                                                      "location"))
    place = ([("location", loc), ("_untagged", ": ")] if loc else []) + ([("publisher", pub)] if pub else [])
    style = rng.choice(["in", "apa", "chicago"] + (["german"] if full_given else []))
    eds = _editors(editors, style)
    plural = len(editors) > 1
    if style == "german":
        segs = _names(rng, names, "german") + [("_untagged", " ("), ("date", year), ("_untagged", "): "),
                                               ("title", title), ("_untagged", ". In: ")] + eds + [
            ("_untagged", " (Hg.): "), ("booktitle", book), ("_untagged", ". ")] + place
        return segs + ([("_untagged", ", S. "), ("pages", pg)] if pg else []) + [("_untagged", ".")]
    if style == "apa":
        segs = _names(rng, names, "harvard") + [("_untagged", " ("), ("date", year), ("_untagged", "). "),
                                                ("title", title), ("_untagged", ". In ")] + eds + [
            ("_untagged", " (Eds.), " if plural else " (Ed.), "), ("booktitle", book)]
        segs += [("_untagged", " (pp. "), ("pages", pg), ("_untagged", ")")] if pg else []
        return segs + ([("_untagged", ". ")] + place if place else []) + [("_untagged", ".")]
    if style == "chicago":
        segs = _names(rng, names, "harvard")
        segs += [("_untagged", " " if segs[-1][1].endswith(".") else ". "), ("date", year), ("_untagged", ". "),
                                                ("title", title), ("_untagged", ". In "), ("booktitle", book),
                                                ("_untagged", ", ed. ")] + eds
        segs += [("_untagged", ", "), ("pages", pg)] if pg else []
        return segs + ([("_untagged", ". ")] + place if place else []) + [("_untagged", ".")]
    quote = rng.choice(["", "'", "‘"])
    opener, closer = rng.choice([(" (", ") "), (" (", "), "), (", ", ", ")])
    segs = _names(rng, names, "harvard") + [("_untagged", opener), ("date", year), ("_untagged", closer + quote),
                                            ("title", title),
                                            ("_untagged", {"": ",", "'": "',", "‘": "’,"}[quote] + " in"
                                             + rng.choice([": ", " "]))] + eds + [
        ("_untagged", " (eds), " if plural else " (ed.), "), ("booktitle", book)]
    segs += [("_untagged", ", ")] + place if place else []
    return segs + ([("_untagged", ", pp. "), ("pages", pg)] if pg else []) + [("_untagged", ".")]


def restyle(example: tuple, rng: random.Random) -> tuple[str, list[list[str]]] | None:
    """One training string written again in another style: (raw, segments), or None when it does not fit."""
    from litmine.citations.reference_names import parse_names
    raw, tokens, labels, _ = example
    sp = _spans(raw, tokens, labels)
    if not all(k in sp for k in ("author", "year", "title")):
        return None
    names = parse_names(sp["author"])
    if not names or len(names) > 12 or any(not n["given"] or not n["surname"].replace(" ", "").replace(
            "-", "").isalpha() for n in names):
        return None
    p = _parts(sp)
    if not p["year"] or len(p["title"]) <= 8:
        return None
    full_given = all(len(n["given"].replace(".", "").split()[0]) > 1 for n in names)
    segs: list[tuple[str, str]] = []
    if "editor" in sp:
        editors = parse_names(sp["editor"])
        if p["container"] and editors and len(editors) <= 4 and all(n["given"] and n["surname"].replace(
                " ", "").replace("-", "").isalpha() for n in editors):
            segs = _chapter(rng, names, editors, p, full_given)
    elif p["container"] and p["volume"] and p["pages"]:
        segs = _journal(rng, names, p, full_given)
    elif p["publisher"] and full_given:
        style = rng.choice(["caps", "surname-first", "harvard"])
        segs = _names(rng, names, style) + [("_untagged", " ("), ("date", p["year"]), ("_untagged", ") "),
                                            ("title", p["title"]), ("_untagged", ". ")]
        if p["location"]:
            segs += [("location", p["location"]), ("_untagged", ": ")]
        segs += [("publisher", p["publisher"]), ("_untagged", ".")]
    if not segs:
        return None
    return "".join(t for _, t in segs), [[lab, t] for lab, t in segs]
