"""Labelled reference strings written again as German footnote references, for the note tagger
(scripts/train_footnote_tagger.py, litmine/citations/data/footnote_tagger.npz).

note_restyle takes one labelled training string (AnyStyle, GROBID: raw, tokens, labels, family) and writes its own
labelled parts again in the conventions of German footnotes; only the punctuation, the order and the conventions'
own markers ("in:", "(Hg.)", "S.", "H.", "Nr.", "Jg.", "Vgl.", "ders.") are new, never a word of a field. A cited
page ("S. 12") is a number drawn from the random generator. The shapes (chosen from the development notes of EXCITE
de_footnotes' tune half and de_footnotes_and_refsection's half 0, never trained on):

- names: natural order "Max Weber, Titel" (given names as the set wrote them, initials too), surnames alone "Weber,
  Titel" / "Weber/Müller, Titel" (a work cited again), surname first closed by a colon "Weber, Max: Titel", or
  author-year "Weber, Max (1922): Titel" / "Weber, Max 1922: Titel"; several
  authors parted by "/", " und " or "; "; editors of a book "(Hg.)" / "(Hrsg.)"; no names at all (a note's "ders.,"
  that the caller strips, or a title-first note);
- books: "Titel, Ort Jahr", "Titel, Ort: Verlag, Jahr", "Titel, Ort: Verlag Jahr";
- chapters: "Titel, in: Hg./Hg. (Hg.), Buch, Ort Jahr, S. 1-9" ("In:" after a full stop too);
- articles: "in: Zeitschrift 12 (1997), H. 3, S. 5-20", "in: Zeitschrift, Nr. 3, 1997, S. 5", "in: Zeitschrift,
  Jg. 12, 1997, H. 3, S. 5-20", "in: Zeitschrift 12/3, S. 5-20" (the year after the names), "Zeitschrift 12/1997"
  (the volume before the year, as EXCITE's gold labels it);
- "Vgl." / "Siehe" before (a share), a cited page "S. 12" after a book, ", hier S. 7" after a range (a share);
- short forms (8 %): "Weber (1922), S. 12", "Weber/Müller 1922: 12", "Weber u. a. (1922: 12)".
"""

from __future__ import annotations

import random
import re

from reference_restyle import _initials, _parts, _spans

Segs = list[tuple[str, str]]


def _name(nm: dict, style: str) -> str:
    if style == "natural":
        return f"{nm['given']} {nm['surname']}"
    return f"{nm['surname']}, {nm['given']}"


def _names(rng: random.Random, names: list[dict], label: str, style: str) -> Segs:
    """Names as (label, text) pieces in one style (natural or inverted), parted by "/" or " und " (natural order:
    a comma there would read as the title's start) or "; "."""
    if style == "natural":
        sep = rng.choice(["/", "/", " / ", " und "])
    else:
        sep = rng.choice(["/", "/", "; ", " / "])
    if rng.random() < 0.15 and all(len(n["given"].replace(".", "").split()[0]) > 1 for n in names):
        names = [{"surname": n["surname"], "given": _initials(n["given"], dots=True)} for n in names]
    out: Segs = []
    for k, nm in enumerate(names):
        out.append((label, _name(nm, style)))
        if k < len(names) - 1:
            out.append(("_untagged", sep))
    return out


def _lead(rng: random.Random, names: list[dict], label: str, year: str) -> tuple[Segs, bool]:
    """The names a note opens with and their closing punctuation; True when the year was written after them."""
    if not names:
        return [], False
    form = rng.choices(["natural", "colon", "year-bracket", "year-bare"], [0.5, 0.25, 0.15, 0.1])[0]
    segs = _names(rng, names, label, "natural" if form == "natural" else "inverted")
    # "Weber, Titel" / "Weber/Müller, Titel": surnames alone, as a note cites a work again (session 29), for a
    # quarter of the natural-order copies; drawn from a generator of its own (seeded by the surnames), so that rng
    # draws as before and every other copy stays as it was
    if form == "natural" and random.Random(" ".join(n["surname"] for n in names)).random() < 0.25:
        segs = []
        for k, nm in enumerate(names[:3]):
            segs += ([("_untagged", "/")] if k else []) + [(label, nm["surname"])]
    role = [("_untagged", rng.choice([" (Hg.)", " (Hrsg.)", " (Hg.)"]))] if label == "editor" else []
    if form == "natural":
        return segs + role + [("_untagged", rng.choice([", ", ", ", ": "]))], False
    if form == "colon":
        return segs + role + [("_untagged", ": ")], False
    if form == "year-bracket":
        return segs + role + [("_untagged", " ("), ("date", year), ("_untagged", rng.choice(["): ", "), ", "). "]))], True
    return segs + role + [("_untagged", " "), ("date", year), ("_untagged", rng.choice([": ", ", "]))], True


def _place_year(rng: random.Random, p: dict, year_done: bool) -> Segs:
    loc, pub, year = p["location"], p["publisher"], p["year"]
    segs: Segs = []
    if loc:
        segs.append(("location", loc))
        if pub and rng.random() < 0.35:
            segs += [("_untagged", ": "), ("publisher", pub)]
            if not year_done:
                segs.append(("_untagged", rng.choice([", ", " "])))
        elif not year_done:
            segs.append(("_untagged", " "))
    elif pub:
        segs.append(("publisher", pub))
        if not year_done:
            segs.append(("_untagged", ", "))
    elif not year_done:
        return [("date", year)]
    return segs + ([] if year_done else [("date", year)])


def _cited(rng: random.Random) -> Segs:
    page = str(rng.randint(1, 480))
    if rng.random() < 0.2:
        return [("_untagged", ", S. "), ("pages", page), ("_untagged", rng.choice([" f.", " ff.", "f."]))]
    return [("_untagged", ", S. "), ("pages", page)]


def _journal_tail(rng: random.Random, p: dict, year_done: bool) -> Segs:
    j, vol, iss, pg, year = p["container"], p["volume"], p["issue"], p["pages"], p["year"]
    pages = [("_untagged", rng.choice([", S. ", ", S. ", ", "])), ("pages", pg)]
    if year_done and iss and rng.random() < 0.5:
        return [("journal", j), ("_untagged", " "), ("volume", vol), ("_untagged", "/"), ("issue", iss)] + pages
    shape = rng.choice(["bracket", "bracket", "nr", "jg", "number-year"] if iss else ["bracket", "bracket", "jg"])
    if shape == "bracket":
        segs = [("journal", j), ("_untagged", rng.choice([" ", ", "])), ("volume", vol)]
        segs += [] if year_done else [("_untagged", " ("), ("date", year), ("_untagged", ")")]
        if iss:
            segs += [("_untagged", rng.choice([", H. ", ", Heft ", ", Nr. "])), ("issue", iss)]
        return segs + pages
    if shape == "nr":
        segs = [("journal", j), ("_untagged", ", Nr. "), ("issue", iss)]
        return segs + ([] if year_done else [("_untagged", ", "), ("date", year)]) + pages
    if shape == "jg":
        segs = [("journal", j), ("_untagged", ", Jg. "), ("volume", vol)]
        segs += [] if year_done else [("_untagged", ", "), ("date", year)]
        return segs + ([("_untagged", ", H. "), ("issue", iss)] if iss else []) + pages
    # "Soziale Welt 27/1999": the number before the year is the volume, as EXCITE's gold labels it (the issue number
    # until session 29)
    return [("journal", j), ("_untagged", " "), ("volume", vol), ("_untagged", "/"), ("date", year)] + pages


def _body(rng: random.Random, p: dict, editors: list[dict], kind: str, year_done: bool) -> Segs:
    """Title and what follows it, in the note's conventions."""
    title = [("title", p["title"])]
    if kind == "book":
        segs = title + [("_untagged", ", ")] + _place_year(rng, p, year_done)
        return segs + (_cited(rng) if rng.random() < 0.5 else [])
    inn = [("_untagged", rng.choice([", in: ", ", in: ", ". In: ", ", In: "]))]
    if kind == "article":
        return title + inn + _journal_tail(rng, p, year_done)
    eds = _names(rng, editors, "editor", "natural" if rng.random() < 0.7 else "inverted")
    segs = title + inn + eds + [("_untagged", rng.choice([" (Hg.), ", " (Hrsg.), ", " (Hg.): ", " (eds.), "])),
                                ("booktitle", p["container"]), ("_untagged", ", ")] + _place_year(rng, p, year_done)
    if p["pages"]:
        segs += [("_untagged", ", S. "), ("pages", p["pages"])]
        if "-" in p["pages"] and rng.random() < 0.15:
            segs += [("_untagged", ", hier S. "), ("note", p["pages"].split("-")[0].strip())]
    return segs


def _kind(sp: dict, p: dict, editors: list[dict]) -> str | None:
    if "editor" in sp and p["container"]:
        return "chapter" if editors and len(editors) <= 4 else None
    if "editor" in sp and "author" in sp:
        return None
    if p["container"] and p["volume"] and p["pages"]:
        return "article"
    if not p["container"] and (p["location"] or p["publisher"]) and "pages" not in sp:
        return "book"
    return None


def _plain(names: list[dict]) -> bool:
    return bool(names) and len(names) <= 6 and all(
        n["given"] and n["surname"].replace(" ", "").replace("-", "").isalpha() for n in names)


def _short_form(rng: random.Random, names: list[dict], year: str) -> Segs:
    """A note's short form: "Weber (1922), S. 12.", "Weber/Müller 1922: 12", "Weber u. a. (1922: 12)"."""
    segs: Segs = []
    for k, nm in enumerate(names[:2]):
        segs += [("author", nm["surname"])] + ([("_untagged", rng.choice(["/", " und "]))] if k == 0 and
                                                 len(names) == 2 else [])
    if len(names) > 2:
        segs.append(("_untagged", rng.choice([" u. a.", " et al."])))
    page = str(rng.randint(1, 480))
    form = rng.choice(["bracket", "colon", "inner"])
    if form == "bracket":
        return segs + [("_untagged", " ("), ("date", year), ("_untagged", "), S. "), ("pages", page)]
    if form == "colon":
        return segs + [("_untagged", " "), ("date", year), ("_untagged", ": "), ("pages", page)]
    return segs + [("_untagged", " ("), ("date", year), ("_untagged", ": "), ("pages", page), ("_untagged", ")")]


def note_restyle(example: tuple, rng: random.Random) -> tuple[str, list[list[str]]] | None:
    """One training string written again as a German footnote reference: (raw, segments), or None when it does
    not fit (no title, year, or a part these shapes need)."""
    from litmine.citations.reference_names import parse_names
    raw, tokens, labels, _ = example
    sp = _spans(raw, tokens, labels)
    if not all(k in sp for k in ("year", "title")) or not ("author" in sp or "editor" in sp):
        return None
    p = _parts(sp)
    if not p["year"] or len(p["title"]) <= 8 or re.search(r"\d{4}", p["title"][-5:]):
        return None
    authors = parse_names(sp.get("author"))
    editors = parse_names(sp.get("editor"))
    kind = _kind(sp, p, editors)
    if kind is None or (authors and not _plain(authors)) or (editors and not _plain(editors)):
        return None
    if authors and rng.random() < 0.08:
        segs = _short_form(rng, authors, p["year"]) + [("_untagged", rng.choice([".", ""]))]
        return "".join(t for _, t in segs), [[lab, t] for lab, t in segs]
    lead_names, label = (authors, "author") if authors else (editors if kind == "book" else [], "editor")
    if not lead_names and kind != "book":
        return None
    if rng.random() < 0.1:
        lead_names = []  # "ders., Titel ..." with "ders." stripped, or a title-first note
    lead, year_done = _lead(rng, lead_names, label, p["year"])
    cue = [("_untagged", rng.choice(["Vgl. ", "Siehe ", "Vgl. auch ", "Vgl. dazu "]))] if rng.random() < 0.1 else []
    segs = cue + lead + _body(rng, p, editors, kind, year_done) + [("_untagged", rng.choice([".", ".", ";", ""]))]
    return "".join(t for _, t in segs), [[lab, t] for lab, t in segs]


# Dated and web documents (session 33, F61, issue 13): the shapes F56's leave-documents-out experiment showed real
# notes teach (read from the development rounds' errors): a full date of the day ("vom 22.03.2006", "am 15.
# Februar 2006", "(13.12.2003)", "23./24. März 2006") is neither pages nor volume nor part of the title; a web
# document "Abrufbar unter: URL", "(Zugriff am DATE)", "Stand: DATE"; a newspaper item "in: Zeitung vom DATE, S. 3";
# an institute's series with its number ("SWP-Aktuell 2", "Reihe 3/2006"). The words of every field are the
# string's own; the day and month are drawn at random (labelled note, as the notes gold puts them in other), the
# year is the string's (labelled date), absent from half the web documents; an access or "Stand:" date is all note.
# A URL is the string's own where it has one, else written from the words of its fields (lower case, "www.",
# ".de"/".org", a path).
_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"]


def _date(rng: random.Random, year: str, *, label: str = "date") -> Segs:
    """A full date in one of its German spellings: the day and month note, the year label ("date": the work's
    year; "note": an access date's, all of it note)."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    form = rng.choices(["dotted", "dotted-short", "month", "two-days", "month-only"], [0.4, 0.15, 0.3, 0.05, 0.1])[0]
    if form == "dotted":
        head = f"{day:02d}.{month:02d}."
    elif form == "dotted-short":
        head = f"{day}.{month}."
    elif form == "month":
        head = f"{day}. {_MONTHS[month - 1]} "
    elif form == "two-days":
        head = f"{day}./{day + 1}. {_MONTHS[month - 1]} "
    else:
        head = f"{_MONTHS[month - 1]} "
    return [("note", head), (label, year)]


def _url(sp: dict, p: dict, authors: list[dict]) -> str:
    own = (sp.get("url") or "").strip(" .,;:<>()[]")
    if re.fullmatch(r"(?:https?://|www\.)\S+", own):
        return own
    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:24].strip("-")
    host = slug((p["publisher"] or p["container"] or (authors[0]["surname"] if authors else p["title"])).split()[0])
    path = slug(" ".join(p["title"].split()[:3]))
    tld = random.Random(p["title"]).choice([".de", ".de", ".org", ".eu", ".com"])
    return f"http://www.{host or 'info'}{tld}/{path or 'dokument'}.pdf"


def note_dated(example: tuple, rng: random.Random) -> tuple[str, list[list[str]]] | None:
    """One training string written again as a dated or web document's note (the shapes above): (raw, segments),
    or None when it does not fit (no title or year, names that are not plain)."""
    from litmine.citations.reference_names import parse_names
    raw, tokens, labels, _ = example
    sp = _spans(raw, tokens, labels)
    if not all(k in sp for k in ("year", "title")):
        return None
    p = _parts(sp)
    if not p["year"] or len(p["title"]) <= 8 or re.search(r"\d{4}", p["title"][-5:]):
        return None
    authors = parse_names(sp.get("author"))
    editors = parse_names(sp.get("editor"))
    names, label = (authors, "author") if authors else (editors, "editor")
    if names and not _plain(names):
        return None
    shapes = ["document", "document", "web", "web"]
    if p["container"]:
        shapes += ["newspaper", "newspaper"] + (["series", "series"] if p["volume"] or p["issue"] else [])
    shape = rng.choice(shapes)
    lead: Segs = []
    if names and rng.random() < 0.8:
        form = rng.choice(["natural", "natural", "inverted"])
        lead = _names(rng, names[:3], label, form)
        lead += [("_untagged", rng.choice([" (Hg.)", " (Hrsg.)"]))] if label == "editor" else []
        lead.append(("_untagged", ", " if form == "natural" else rng.choice([": ", ", "])))
    title = [("title", p["title"])]
    page = [("_untagged", ", S. "), ("pages", str(rng.randint(1, 120)))] if rng.random() < 0.2 else []
    if shape == "document":
        place = [("_untagged", ", "), ("location", p["location"])] if p["location"] and rng.random() < 0.3 else []
        opener = rng.choice([(", vom ", ""), (" vom ", ""), (", am ", ""), (" (", ")"), (", ", ""), (", ", "")])
        body = title + place + [("_untagged", opener[0])] + _date(rng, p["year"]) + [("_untagged", opener[1])] + page
    elif shape == "newspaper":
        opener = rng.choice([" vom ", ", ", " v. ", ", "])
        body = title + [("_untagged", rng.choice([", in: ", ", in: ", ". In: "])), ("journal", p["container"]),
                        ("_untagged", opener)] + _date(rng, p["year"]) + page
    elif shape == "series":
        number = p["volume"] or p["issue"]
        body = title + [("_untagged", rng.choice([", ", ", ", ", in: ", ". "])), ("journal", p["container"]),
                        ("_untagged", rng.choice([" ", " ", " Nr. ", ", Nr. "])), ("volume", number)]
        tail = rng.choice(["slash-year", "place-year", "month-year", "year"])
        if tail == "slash-year":
            body += [("_untagged", "/"), ("date", p["year"])]
        elif tail == "place-year" and p["location"]:
            body += [("_untagged", ", "), ("location", p["location"]), ("_untagged", " "), ("date", p["year"])]
        elif tail == "month-year":
            body += [("_untagged", ", "), ("note", f"{_MONTHS[rng.randint(0, 11)]} "), ("date", p["year"])]
        else:
            body += [("_untagged", ", "), ("date", p["year"])]
    else:
        # the work's own date, or none: a web page often gives only the day it was read ("Stand:", "Zugriff am"),
        # whose year is not the work's
        when = rng.random()
        if when < 0.3:
            body = title + [("_untagged", rng.choice([", vom ", ", ", " ("]))] + _date(rng, p["year"])
            body += [("_untagged", ")")] if body[-3][1] == " (" else []
        elif when < 0.45:
            body = title + [("_untagged", " ("), ("date", p["year"]), ("_untagged", ")")]
        elif when < 0.55:
            body = title + [("_untagged", ", "), ("date", p["year"])]
        else:
            body = title
        body += [("_untagged", rng.choice([", Abrufbar unter: ", ". Abrufbar unter: ", ", abrufbar unter: ",
                                           ", online: ", ", im Internet: ", ", URL: ", ". URL: ", ", unter: ", ", ",
                                           ": "])),
                 ("url", _url(sp, p, authors))]
        access = rng.choice([" (Zugriff am ", ", Stand: ", " (abgerufen am ", " (Stand: ", " [", " [Stand: ", " (",
                             ", ", ""] if len(body) > 3 else [" (Zugriff am ", ", Stand: ", " (abgerufen am ",
                                                               " (Stand: ", " [", " [Stand: ", " (", ", "])
        if access:
            close = {" (": ")", " [": "]"}.get(access[-2:], ")" if access.startswith(" (") else
                                                 "]" if access.startswith(" [") else "")
            body += [("_untagged", access)] + _date(rng, str(rng.randint(1998, 2012)), label="note")
            body += [("_untagged", close)] if close else []
    cue = [("_untagged", rng.choice(["Vgl. ", "Siehe ", "Vgl. auch "]))] if rng.random() < 0.1 else []
    segs = cue + lead + body + [("_untagged", rng.choice([".", ".", ";", ""]))]
    return "".join(t for _, t in segs), [[lab, t] for lab, t in segs]
