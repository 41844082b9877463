"""Restyled copies of labelled reference strings, for training the reference tagger (scripts/train_references.py).

The shippable training sets are mostly APA/Harvard (AnyStyle) and physics/Vancouver-like numbered lists (GROBID).
restyle writes one of their labelled strings again in another style, from its own labelled parts (authors split by
litmine's name splitter): only the punctuation and order are new, never a word. Journal articles: MDPI, Vancouver,
Harvard with compact issues, surnames in capitals or surname first, APA ("Author, A. (Year). Title. Journal,
vol(issue), pages."), Springer ("Author A (Year) Title. Journal vol(issue):pages") and the unquoted comma style of
social-science lists ("Author, A. (Year): Title, Journal vol, pages."); chapters in edited books (English "in: E.
Editor (ed.), Book, Place: Publisher, pp.", APA "In E. Editor (Ed.), Book (pp. 1-9).", German "In: Editor, Given
(Hg.): Book. Place: Publisher, S. 1-9.", Chicago "In Book, ed. E. Editor, 1-9."); books with a publisher.
restyle(..., german=True) writes a string in a German social-science list style instead (_german_copy): names
"Name, Vorname/Name, V.", "Name, V.; Name, V.", the first inverted ("Beck, Ulrich, Anthony Giddens & Scott Lash"),
all in natural order with "und", "u. a." for the rest; the year "(1999): ", ", 1999: "; a subtitle after a full
stop; article and chapter titles in »...« or „...“ at times; journals "In: Zeitschrift, Jg. 12, H. 3, S. 45-67",
"12. Jg., Heft 3", "Bd. 12, Nr. 3", "Zeitschrift 12/3: 45-67", "12: 3", "Zeitschrift, Nr. 3, S. 45" (no volume);
chapters "In: Hg., V./Hg., V. (Hg.): Buch. Ort: Verlag, S. 1-9", "in: V. Hg. (Hrsg.), Buch, Ort", "in: Buch,
hrsg. v. V. Hg."; books "Titel. Ort: Verlag.", "Titel, Ort.", "Titel, Verlag, Ort", "Titel, Bd. 2, Ort"; edited
books "Name, V. (Hg.) (1999): Titel". Since session 24 (helper F22): "Jahrgang 12"; a book's edition as a note
("Titel. 2. Aufl. Ort: Verlag"); a chapter's book with its subtitle after a full stop ("Buch. Untertitel"), "(Hg.)"
with no punctuation after it ("(Hg.) Buch"), pages with no "S." ("Buch. Ort, 7-11"). Only the conventions'
markers (In:, Jg., Jahrgang, H., Heft, Nr., Bd., Band, S., Hg., Hrsg., hrsg. v., u. a., und, an edition's "2.
Aufl.") are new words.
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


# German social-science lists (rare in both sets): names "Name, Vorname/Name, V.", "Name, V.; Name, V.", the first
# inverted and the rest in natural order ("Beck, Ulrich, Anthony Giddens & Scott Lash"), all in natural order
# ("Robert T. Holt, Brian L. Job und Lawrence Markus"), "u. a." for the rest; the year "(1999): ", ", 1999: ";
# a subtitle after a full stop ("Titel. Untertitel"); journals "In: Zeitschrift, Jg. 12, H. 3, S. 45-67",
# "Zeitschrift, 12. Jg., Heft 3", "Zeitschrift 12/3: 45-67", "Zeitschrift, Bd. 12, Nr. 3", "Zeitschrift 12 (3),
# S. 45-67", "Zeitschrift, Nr. 3, S. 45" (no volume); books "Titel. Ort: Verlag.", "Titel, Ort.", "Titel, Bd. 2,
# Ort" and edited books "Name, V. (Hg.) (1999): Titel". The markers (Jg., H., Heft, Nr., Bd., S., Hg., Hrsg., u. a.,
# und, In:) are the conventions' own; every other word is the string's.
_GERMAN_NAME_STYLES = ("slash", "slash-initials", "semicolon", "semicolon-initials", "first-inverted", "natural")


def _german_names(rng: random.Random, names: list[dict], label: str = "author") -> list[tuple[str, str]]:
    """The names in one German list style; separators untagged, "u. a." labelled with the names."""
    style = rng.choice(_GERMAN_NAME_STYLES)
    shown = names
    etal = len(names) >= 3 and rng.random() < 0.2
    if etal:
        shown = names[:rng.choice([1, 2])]
    out: list[tuple[str, str]] = []
    for k, nm in enumerate(shown):
        sur, short = nm["surname"], _initials(nm["given"], dots=True)
        words = nm["given"].replace(".", " ").split()
        giv = nm["given"] if words and len(words[0]) > 1 else short
        if style in ("slash", "semicolon") or (style == "first-inverted" and k == 0):
            text = f"{sur}, {giv}"
        elif style in ("slash-initials", "semicolon-initials"):
            text = f"{sur}, {short}"
        else:
            text = f"{giv} {sur}"
        out.append((label, text))
        if k < len(shown) - 1:
            last = k == len(shown) - 2 and not etal
            if style.startswith("slash"):
                sep = rng.choice(["/", " / "])
            elif style.startswith("semicolon"):
                sep = "; "
            else:
                sep = rng.choice([" und ", " & "]) if last else ", "
            out.append(("_untagged", sep))
    if etal:
        out.append((label, rng.choice([" u. a.", " u.a.", " et al."])))
    return out


def _german_year(rng: random.Random, year: str, *, edited: bool = False) -> list[tuple[str, str]]:
    """The year after the names: " (1999): ", ", 1999: ", " 1999: ", " (1999), " (and "(Hg.)" before it)."""
    opener, closer = rng.choice([(" (", "): "), (" (", "): "), (" (", "), "), (", ", ": "), (" ", ": "),
                                 (" (", ") ")])
    lead = [("_untagged", rng.choice([" (Hg.)", " (Hrsg.)"]))] if edited else []
    return lead + [("_untagged", opener), ("date", year), ("_untagged", closer)]


def _german_title(rng: random.Random, title: str, *, quotes: bool = True) -> list[tuple[str, str]]:
    """The title, its subtitle after a full stop at times, in quotation marks at times (articles, chapters)."""
    if ": " in title and rng.random() < 0.5:
        title = title.replace(": ", ". ", 1)
    quote = rng.choice(["", "", "", "»«", "„“"]) if quotes else ""
    if quote:
        return [("_untagged", quote[0]), ("title", title), ("_untagged", quote[1])]
    return [("title", title)]


def _german_issue(rng: random.Random, journal: str, vol: str | None, iss: str | None,
                  pg: str) -> list[tuple[str, str]]:
    """A journal's name, volume, issue and pages in one of the German forms."""
    segs = [("journal", journal)]
    forms = ["jg", "jg-after", "bd", "paren", "plain"] + (["slash", "colon"] if iss else []) if vol else ["nr"]
    form = rng.choice(forms)
    if form in ("slash", "colon"):
        segs += [("_untagged", " "), ("volume", vol), ("_untagged", "/" if form == "slash" else ": "),
                 ("issue", iss)]
        return segs + [("_untagged", rng.choice([": ", ", S. ", ". S. "])), ("pages", pg), ("_untagged", ".")]
    if form == "nr":
        if not iss:
            return []
        segs += [("_untagged", ", "), ("issue", f"{rng.choice(['Nr.', 'H.', 'Heft'])} {iss}")]
    elif form == "paren":
        segs += [("_untagged", " "), ("volume", vol)] + ([("_untagged", " ("), ("issue", iss), ("_untagged", ")")]
                                                        if iss else [])
    elif form == "plain":
        segs += [("_untagged", " "), ("volume", vol)] + ([("_untagged", ", "), ("issue", iss)] if iss else [])
    else:
        volume = {"jg": f"{rng.choice(['Jg.', 'Jg.', 'Jahrgang'])} {vol}", "jg-after": f"{vol}. Jg.",
                  "bd": f"{rng.choice(['Bd.', 'Band'])} {vol}"}[form]
        segs += [("_untagged", ", "), ("volume", volume)]
        if iss:
            segs += [("_untagged", ", "), ("issue", f"{rng.choice(['H.', 'Heft', 'Nr.'])} {iss}")]
    return segs + [("_untagged", ", "), ("pages", f"S. {pg}"), ("_untagged", ".")]


def _german_journal(rng: random.Random, names: list[dict], p: dict) -> list[tuple[str, str]]:
    """A journal article in a German social-science list style."""
    container = _german_issue(rng, p["container"], p["volume"], p["issue"], p["pages"])
    if not container:
        return []
    title = _german_title(rng, p["title"])
    joint = rng.choice([". In: ", ", in: ", ". ", ", ", ". in: "])
    if title[-1][1] in ("«", "“"):
        joint = joint.lstrip(".")
    return _german_names(rng, names) + _german_year(rng, p["year"]) + title + [("_untagged", joint)] + container


def _german_book(rng: random.Random, names: list[dict], p: dict, *, edited: bool) -> list[tuple[str, str]]:
    """A book in a German list style: "Titel. Ort: Verlag.", "Titel, Ort.", "Titel, Bd. 2, Ort: Verlag."."""
    loc, pub = p["location"], p["publisher"]
    segs = _german_names(rng, names, "editor" if edited else "author") + _german_year(rng, p["year"],
                                                                                      edited=edited)
    segs += _german_title(rng, p["title"], quotes=False)
    sep = rng.choice([". ", ", "])
    if rng.random() < 0.2:  # an edition statement, a note: "2. Aufl.", "3., überarb. Auflage"
        segs += [("_untagged", sep), ("note", f"{rng.randint(2, 9)}.{rng.choice(_EDITIONS)}")]
    if p["volume"] and rng.random() < 0.7:
        segs += [("_untagged", sep), ("volume", f"{rng.choice(['Bd.', 'Band', 'Vol.'])} {p['volume']}")]
    form = rng.choice(["place-publisher", "place", "publisher-place"] if loc else ["publisher"])
    if form == "place-publisher" and pub:
        segs += [("_untagged", sep), ("location", loc), ("_untagged", ": "), ("publisher", pub)]
    elif form == "publisher-place" and pub:
        segs += [("_untagged", sep), ("publisher", pub), ("_untagged", ", "), ("location", loc)]
    elif loc:
        segs += [("_untagged", sep), ("location", loc)]
    elif pub:
        segs += [("_untagged", sep), ("publisher", pub)]
    segs.append(("_untagged", "."))
    # no full stop doubled after an abbreviation ("2. Aufl.. Berlin")
    return [(lab, t[1:] if lab == "_untagged" and t.startswith(".") and segs[k - 1][1].endswith(".") else t)
            for k, (lab, t) in enumerate(segs)]


_EDITIONS = [" Aufl.", " Aufl.", " Auflage", ", überarb. Aufl.", ", erw. Auflage", " Ausg."]


def _german_book_title(rng: random.Random, book: str) -> str:
    """An edited book's title, its subtitle after a full stop at times ("Buch: Untertitel" -> "Buch. Untertitel")."""
    return book.replace(": ", ". ", 1) if ": " in book and rng.random() < 0.5 else book


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


def _german_chapter(rng: random.Random, names: list[dict], editors: list[dict], p: dict) -> list[tuple[str, str]]:
    """A chapter in an edited book, German: "Name, V. (1999): Titel. In: Hg., V./Hg., V. (Hg.): Buch. Ort: Verlag,
    S. 1-9.", "..., in: V. Hg. (Hrsg.), Buch, Ort, S. 1-9", "In: Buch, hrsg. v. V. Hg., Ort, S. 1-9"."""
    book, pg, pub, loc = p["container"], p["pages"], p["publisher"], p["location"]
    segs = _german_names(rng, names) + _german_year(rng, p["year"]) + _german_title(rng, p["title"])
    segs += [("_untagged", ", in: " if segs[-1][0] == "title" and rng.random() < 0.4 else
              rng.choice([". In: ", ". in: ", " In: "]))]
    eds = _german_names(rng, editors, "editor")
    book = _german_book_title(rng, book)
    if rng.random() < 0.15:
        segs += [("booktitle", book), ("_untagged", rng.choice([", hrsg. v. ", ", hg. von "]))] + eds
    else:
        segs += eds + [("_untagged", rng.choice([" (Hg.): ", " (Hg.), ", " (Hrsg.): ", " (Hrsg.), ", " (eds.): ",
                                                 " (Hg.) ", " (Hrsg.) "])),
                       ("booktitle", book)]
    sep = rng.choice([". ", ", "])
    if loc and pub and rng.random() < 0.6:
        segs += [("_untagged", sep), ("location", loc), ("_untagged", ": "), ("publisher", pub)]
    elif loc:
        segs += [("_untagged", sep), ("location", loc)]
    if pg:
        segs += [("_untagged", rng.choice([", S. ", ". S. ", ": ", ", pp. ", ", ", ". "])), ("pages", pg)]
    return segs + [("_untagged", ".")]


def _german_copy(names: list[dict], sp: dict, p: dict, rng: random.Random) -> list[tuple[str, str]]:
    """The string in a German list style (journal article, chapter, book or edited book), or [] where none fits."""
    from litmine.citations.reference_names import parse_names
    editors = parse_names(sp["editor"]) if "editor" in sp else []
    if editors and not all(_plain_name(n) for n in editors):
        editors = []
    if names and editors and p["container"] and len(editors) <= 4:
        return _german_chapter(rng, names, editors, p)
    if names and "editor" not in sp and p["container"] and p["volume"] and p["pages"]:
        return _german_journal(rng, names, p)
    if names and "editor" not in sp and not p["container"] and (p["publisher"] or p["location"]):
        return _german_book(rng, names, p, edited=False)
    if not names and editors and not p["container"] and (p["publisher"] or p["location"]):
        return _german_book(rng, editors, p, edited=True)
    return []


def _plain_name(n: dict) -> bool:
    return bool(n["given"] and n["surname"] and n["surname"].replace(" ", "").replace("-", "").isalpha())


def restyle(example: tuple, rng: random.Random, *, german: bool = False) -> tuple[str, list[list[str]]] | None:
    """One training string written again in another style: (raw, segments), or None when it does not fit; german:
    in a German list style (_german_copy)."""
    from litmine.citations.reference_names import parse_names
    raw, tokens, labels, _ = example
    sp = _spans(raw, tokens, labels)
    if german:
        return _restyle_german(sp, rng)
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


def _restyle_german(sp: dict[str, str], rng: random.Random) -> tuple[str, list[list[str]]] | None:
    from litmine.citations.reference_names import parse_names
    if "year" not in sp or "title" not in sp or not ("author" in sp or "editor" in sp):
        return None
    names = parse_names(sp["author"]) if "author" in sp else []
    if len(names) > 12 or not all(_plain_name(n) for n in names):
        return None
    p = _parts(sp)
    if not p["year"] or len(p["title"]) <= 8:
        return None
    segs = _german_copy(names, sp, p, rng)
    if not segs:
        return None
    return "".join(t for _, t in segs), [[lab, t] for lab, t in segs]
