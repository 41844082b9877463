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
