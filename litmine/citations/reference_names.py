"""Author and editor lists split into {"surname", "given"} names: inverted, natural order, initials first or
last, slash- and semicolon-separated lists, particles, corporate authors."""

from __future__ import annotations

import re
import unicodedata

_LEADING_IN = re.compile(r"^\s*(?:in|dans|en|im)\b\s*:?\s*", re.I)
_ROLE = re.compile(
    r"\(?\b(?:eds?|editors?|hrsg|hg|hgg|dir|dirs|coord|comps?|ed\. by|edited by|herausgegeben von|hrsg\. v(?:on)?|"
    r"hg\. v(?:on)?|trans|transl|übers)\b\.?\)?(?:\s*[.,:]\s*|$)", re.I)
# "u. a." (und andere) is "et al."; "u. A. Steinführer" is "und" and an initial
_ET_AL = re.compile(r"\s*(?:,\s*)?(?:\bet\.? al\b\.?|\bu\.\s?(?-i:a\.|A\.(?!\s*[A-ZÀ-ÖØ-Þ]))|\band others\b|"
                    r"\[et al\.?\]|\bet alii\b)\s*", re.I)
# lower-case only: "Batty E" ends with an initial, not with the Italian "e"
_CONJ = re.compile(r"\s+(?:and|And|AND|&|und|UND|u\.|et|y|e|and/or|og|och|en)\s+|\s*&\s*")
_INITIAL_DOTTED = re.compile(r"^(?:(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]|Th|Ch|Chr|Ph|St|Sch|Wm|Jas|Geo|Gy|Zs|Ju|Yu)\.-?\s?)+"
                             r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]\.?)?$")
_INITIAL_BARE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ]{1,4}\.?$")
_HONORIFIC = re.compile(r"(?:^|(?<=[\s,;/&]))(?:Dr|Mr|Mrs|Ms|Prof|Professor|Rev)\.?\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")
_SUFFIX = re.compile(r",?\s+\b(?:Jr|Sr|Jun|Sen|II|III|IV)\b\.?(?=\s*(?:[,;&/]|and\b|$))")
_PARTICLES = frozenset("van von der den de del della di da du des la le ter ten zu dos das al el bin ben st vom zum "
                       "zur vander van't op 't d' dalla degli v v. d. vd".split())
_CORPORATE_LINKS = frozenset("of for the on für zur zum für and und".split())
_CORPORATE = re.compile(
    r"\b(?:government|department|dept|ministry|minister|commission|council|office|institute|institut|agency|"
    r"organi[sz]ation|university|universität|committee|bank|foundation|trust|executive|association|society|"
    r"union|unit|cent(?:re|er)|services?|board|authority|parliament|statistics|bureau|network|forum|audit|fund|"
    r"programme|program|inspectorate|assembly|library|bundesamt|bundesagentur|ministerium|statistisches|"
    r"kommission|senate|congress|court|party|secretariat|alliance|federation|coalition|confederation|chamber|"
    r"corporation|company|group|consortium|collaboration|observatory|project|team|survey|house|"
    r"bundesregierung|landesamt|stiftung|verband|amt|office|directorate|administration|commissioner|"
    r"ombudsman|tribunal|institution|school|college|academy|agencies|partnership|initiative|unesco|who|"
    r"inquiry|inquiries|enquiry|treasury|panel|cabinet|taskforce|police|constabulary|regulator|nhs|oecd|"
    r"ipcc|hmrc|ons|équipe|equipe|collectif|groupe|arbeitsgruppe|arbeitskreis|"
    # software and web authors: "Executable Books Community", "Moodle Docs", "The pandas developers"
    r"community|developers|contributors|maintainers|docs|documentation|wiki)\b",
    re.I)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ&\-]{1,9}s?$")
# German bodies are written as compounds whose last part names the kind of body ("Bundestag", "Sachverständigenrat",
# "Bundesverfassungsgericht", "Landesjugendamt", "Kultusministerium", "Deutsche Bundesbank"), which the word
# boundaries of _CORPORATE do not see: a capitalised word of at least four letters before such a head. The short
# heads "rat" and "tag" end many names ("Murat", "Kharrat", "Monserrat", "Ostertag", "Freitag"), so they need a
# first part ending as German compounds join ("Bundes-", "Sachverständigen-", "Gemeinde-") or one of a few bodies'
# first parts ("Stadtrat", "Landtag", "Europarat"), and no weekday; "bank" only in German banks of the state
# ("Fairbank" is a name).
_GERMAN_BODY = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{3,}-?(?:gericht|gerichtshof|rechnungshof|amt|ministerium|agentur|anstalt|kammer|"
    r"kommission|regierung|stiftung|verband|institut|behörde|verwaltung|partei|senat|konferenz|versammlung|"
    r"ausschuss|ausschuß|zentrale|kasse|gewerkschaft|bund|vereinigung|verein)$|"
    r"^(?:[A-ZÄÖÜ][a-zäöüß]{2,}(?:s|en|[a-zäöüß]{2}e)|Stadt|Land|Europa|National|Bezirk)-?(?:rat|tag)$|"
    r"^(?:Bundes|Zentral|Welt|Landes|Noten|Förder|Investitions)bank$")
_WEEKDAY = re.compile(r"(?:[Mm]on|[Dd]iens|[Dd]onners|[Ff]rei|[Ss]onn|[Ss]ams|[Mm]itt|[Ff]eier|[Ww]erk)tag$")


def _german_body(word: str) -> bool:
    """Whether one word is a German body by its compound's last part ("Bundesrat", "Städtetag", "Jugendamt")."""
    w = word.strip(".,;:()")
    return bool(_GERMAN_BODY.match(w)) and not _WEEKDAY.search(w)


def is_corporate(text: str) -> bool:
    """Whether an author string is an organisation ("DWP", "Scottish Government", "OECD")."""
    t = text.strip(" .,;:")
    if not t or "," in t or ";" in t:
        return False
    words = t.split()
    if any(_INITIAL_DOTTED.match(w) for w in words):
        return False  # "J. S. House" is a person
    if len(words) == 1:
        return bool(_ACRONYM.match(t)) and len(t) > 1 or bool(_CORPORATE.search(t)) or _german_body(t)
    if _CORPORATE.search(t) or any(_german_body(w) for w in words):
        return True
    links = [w for w in words if w in _CORPORATE_LINKS]
    if len(words) >= 3 and links:
        # "House of Commons", "Friends of the Earth"; but "Liesbet Hooghe and Gary Marks" are two people
        return any(w != "and" and w != "und" for w in links)
    return False


def _initial(tok: str) -> bool:
    """"C.", "R.A.W.", "J.-P.", "Chr.", "CA" (bare capitals, up to four)."""
    t = tok.rstrip(",;")
    return bool(_INITIAL_DOTTED.match(t) or _INITIAL_BARE.match(t))


def _is_initials(part: str) -> bool:
    toks = part.replace(".", ". ").replace("-", "- ").split()
    if not toks:
        return False
    letters = "".join(toks).replace(".", "").replace("-", "")
    if all(_initial(t) or t.lower().rstrip(".") in ("v", "d", "de", "van", "von") for t in toks):
        return True
    return letters.isupper() and letters.isalpha() and len(letters) <= 3 and "." not in part


def _word_name(tok: str) -> bool:
    t = tok.strip(".,")
    return bool(t) and (t[0].isupper() or t.lower() in _PARTICLES or t[:2] in ("d'", "O'", "O’")) and not any(
        c.isdigit() for c in t)


def _given_like(part: str, *, loose: bool) -> bool:
    toks = part.split()
    if not toks or len(toks) > 4 or not all(_word_name(t) for t in toks):
        return False
    if _is_initials(part):
        return True
    if len(toks) == 1:
        return True
    has_initial = any(_initial(t) for t in toks)
    return has_initial or loose


def _surname_only(part: str) -> bool:
    toks = part.split()
    if not toks or len(toks) > 4:
        return False
    if any(_initial(t) and (k or len(t.strip(".")) <= 2) for k, t in enumerate(toks)):
        return False
    return all(_word_name(t) for t in toks)


def _caps_word(tok: str) -> bool:
    """A surname written in capitals ("DURAND", "HATZFELD"): two or more letters, no full stop."""
    t = tok.strip(",;")
    letters = t.replace("-", "").replace("'", "").replace("’", "")
    return len(letters) >= 2 and "." not in t and letters.isalpha() and letters.isupper()


def _mixed_word(tok: str) -> bool:
    """A capitalised word with lower-case letters ("Jean-Pierre", "McQuaid")."""
    t = tok.strip(".,;")
    return len(t) >= 2 and t[0].isupper() and any(c.islower() for c in t) and t.replace("-", "").isalpha()


def _caps_surname_first(toks: list[str]) -> bool:
    """"DURAND Jean-Pierre": a word of three or more capitals, then a given name in mixed case (two capitals
    first are more often initials: "JP Sartre")."""
    return len(toks) >= 2 and _caps_word(toks[0]) and len(toks[0].strip(",;")) >= 3 and any(
        _mixed_word(t) for t in toks[1:])


def _order_signal(part: str) -> str | None:
    """Which way round one comma-free name is written, where its form shows it.

    "surname-first": initials last ("Mare Robert D."), or a leading surname in capitals ("DURAND Jean-Pierre");
    "given-first": initials first ("R. D. Mare"), or a trailing surname in capitals of four or more letters
    ("Jean-Pierre DURAND"; shorter capitals at the end may be Vancouver initials, "Smith JAK").
    """
    toks = part.split()
    if len(toks) < 2:
        return None
    first_init, last_init = _initial(toks[0]), _initial(toks[-1]) or _is_initials(toks[-1])
    if _caps_surname_first(toks):
        return "surname-first"
    if last_init and not first_init:
        return "surname-first"
    if first_init and not last_init:
        return "given-first"
    if _caps_word(toks[-1]) and len(toks[-1].strip(",;")) >= 4 and _mixed_word(toks[0]):
        return "given-first"
    return None


def _unit(part: str, order: str | None = None, *, full_given: bool = False) -> dict[str, str] | None:
    """One name written without a comma: "C. Lindsay", "Lindsay C", "Liesbet Hooghe", "Osborne", "DURAND
    Jean-Pierre". order ("surname-first" or "given-first") is how the other names of its list are written,
    which decides a name of full words only ("Gamoran Adam"); full_given says the list writes given names in
    full, so that "Mare Robert D." is Mare, Robert D. rather than a Vancouver "Mare Robert, D."."""
    toks = part.split()
    if not toks:
        return None
    if _caps_surname_first(toks):
        return _caps_surname_unit(toks)
    if len(toks) == 1:
        return _one_word_unit(toks[0])
    init = [bool(_initial(t)) for t in toks]
    if full_given and order == "surname-first" and not init[0] and init[-1] and len(toks) - sum(init) >= 2:
        return _surname_first_unit(toks)
    if init[0] and not all(init) and len(toks) - sum(init) == 1:
        # "C. Lindsay", "R.A.W. Rhodes", "J.-P. Sartre" ("M. Shawn Reichert" is natural order, below)
        return _initials_first_unit(toks, init)
    if not init[0] and (init[-1] and not all(init) or (_is_initials(toks[-1]) and len(toks) <= 3)):
        return _initials_last_unit(toks, init)
    if order == "surname-first" and all(_word_name(t) for t in toks):
        # "Gamoran Adam" among "Mare Robert D.", "Oakes Jeannie": the surname (with its particles) first
        return _surname_first_unit(toks)
    # natural order: given names, then the surname with its particles ("Ludwig van Beethoven")
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in _PARTICLES:
        k -= 1
    return {"surname": " ".join(toks[k:]).strip(".,"), "given": " ".join(toks[:k]).strip(",")}


def _one_word_unit(tok: str) -> dict[str, str]:
    """A name of one word: initials alone (given names only), else a surname ("Osborne", "OECD")."""
    if _is_initials(tok) and not _ACRONYM.match(tok.strip(".")):
        return {"surname": "", "given": tok}
    return {"surname": tok.strip(".,"), "given": ""}


def _initials_first_unit(toks: list[str], init: list[bool]) -> dict[str, str]:
    """ "C. Lindsay": the initials (init: which tokens are initials) first, then the surname."""
    k = 0
    while k < len(toks) and init[k]:
        k += 1
    return {"surname": " ".join(toks[k:]).strip(".,"), "given": " ".join(toks[:k])}


def _initials_last_unit(toks: list[str], init: list[bool]) -> dict[str, str]:
    """ "Lindsay C", "Lindsay C. R.": the surname first, then the initials (init: which tokens are initials)."""
    k = len(toks)
    while k > 1 and (init[k - 1] or _is_initials(toks[k - 1])):
        k -= 1
    return {"surname": " ".join(toks[:k]).strip(".,"), "given": " ".join(toks[k:])}


def _caps_surname_unit(toks: list[str]) -> dict[str, str]:
    """ "DURAND Jean-Pierre", "DE LA CRUZ Ana": the surname in capitals comes first."""
    k = 1
    while k < len(toks) - 1 and (_caps_word(toks[k]) or toks[k].lower() in _PARTICLES):
        k += 1
    return {"surname": " ".join(toks[:k]).strip(".,"), "given": " ".join(toks[k:]).strip(",")}


def _surname_first_unit(toks: list[str]) -> dict[str, str]:
    """The surname (the first word, after its particles) first, then the given names."""
    k = 0
    while k < len(toks) - 2 and toks[k].lower() in _PARTICLES:
        k += 1
    return {"surname": " ".join(toks[:k + 1]).strip(".,"), "given": " ".join(toks[k + 1:]).strip(",")}


def _pair(surname: str, given: str) -> dict[str, str]:
    given = given.strip(" ,")
    if given.endswith(".") and not _initial(given.split()[-1]):
        given = given[:-1]
    return {"surname": surname.strip(" .,"), "given": given}


def parse_names(text: str | None) -> list[dict[str, str]]:
    """Split an author or editor list into {"surname", "given"} dicts, in order.

    Handles "Lindsay, C., McQuaid, R. and Dutton, M.", "Lindsay C, Pearson S", "C. Lindsay and R. McQuaid",
    "Hooghe, Liesbet/Marks, Gary", "Bruce, Steve, Tony Glendinning and Iain Rosie", corporate authors
    ("Scottish Government", "DWP": the whole name as surname) and drops "et al.".

    Example:
        >>> parse_names("Sørensen, E. & Torfing, J.")
        [{'surname': 'Sørensen', 'given': 'E.'}, {'surname': 'Torfing', 'given': 'J.'}]
    """
    if not text:
        return []
    t = unicodedata.normalize("NFC", " ".join(text.split()))
    t = _LEADING_IN.sub("", t, count=1) if re.match(r"^\s*(?:in|dans)\b\s*:?\s+\S", t, re.I) else t
    # "von Hans Müller" is "by"; "von Beyme, Klaus" is a surname with its particle
    t = re.sub(r"^(?:by|von(?!\s+[^\W\d_][\w'’-]*\s*,)|ed\.? by|edited by|hrsg\.? v(?:on)?\.?|hg\.? v(?:on)?\.?)\s+", "", t,
               flags=re.I)
    t = _ROLE.sub(" ", t)
    t = _ET_AL.sub(" ", t)
    t = _SUFFIX.sub("", t)
    t = _HONORIFIC.sub("", t)
    t = re.sub(r"\(\s*\)|\[\s*\]", " ", t)
    t = t.strip(" ,;:(")
    if re.search(r"[^\W\d_]{4}\.$", t) or t.endswith(".."):
        t = t[:-1]
    if not t or not re.search(r"[^\W\d_]", t):
        return []
    if re.fullmatch(r"[-–—_]{2,}\.?", t):
        return []
    if is_corporate(t):
        return [{"surname": t.strip(" .,"), "given": ""}]
    names: list[dict[str, str]] = []
    if ";" in t or re.search(r"[^\W\d]\.?\s*/\s*[^\W\d]", t):
        chunks = re.split(r"\s*[;/]\s*", t)
        order = _list_order([c for c in chunks if "," not in c])
        full = any(len(c.split()) >= 2 and all(_mixed_word(w) for w in c.split()) for c in chunks)
        for chunk in chunks:
            names.extend(_parse_commas(chunk, order=_order_signal(chunk) or order, full_given=full))
    else:
        names = _parse_commas(t)
    return [n for n in names if n["surname"]]


def _list_order(parts: list[str]) -> str | None:
    """How most names of a list that show their order are written ("surname-first" / "given-first").

    The first name does not vote: many styles invert only the first author ("Hickman Mary J. and Bronwen Walter").
    """
    votes = [s for s in map(_order_signal, parts[1:]) if s]
    if not votes:
        return None
    first = votes.count("surname-first")
    return "surname-first" if first * 2 > len(votes) else "given-first" if first * 2 < len(votes) else None


def _one_name_per_part(parts: list[str]) -> bool:
    """Whether every comma-separated part is a whole name ("DURAND Jean-Pierre, HATZFELD Nicolas", "Gamoran
    Adam, Mare Robert D."), not a surname followed by its given names ("Garcia Marquez, Gabriel Jose")."""
    if len(parts) < 2 or not all(len(p.split()) >= 2 and not _is_initials(p) for p in parts):
        return False
    if any(_caps_surname_first(p.split()) for p in parts):
        return True
    # a part of one word and initials ("Antonia M.") is more often the given names of the surname before it
    if not all(sum(1 for t in p.split() if not _initial(t)) >= 2 for p in parts):
        return False
    return len(parts) >= 3 or any(_order_signal(p) for p in parts)


def _parse_commas(text: str, *, order: str | None = None, full_given: bool = False) -> list[dict[str, str]]:
    """The names of a list without semicolons or slashes: a conjunction always separates two people; a comma may
    separate a surname from its given names."""
    parts, after_conj = _comma_parts(text)
    if not parts:
        return []
    if len(parts) == 1 and is_corporate(parts[0]):
        return [{"surname": parts[0].strip(" ."), "given": ""}]
    if _one_name_per_part(parts):
        # the order of the names that show it decides the others; only here, where every part is a whole name
        # ("Lawrence, Eric D., Forrest Maltzman": "Eric D." is a given name, not a surname-first name)
        full = full_given or any(all(_mixed_word(t) for t in p.split()) for p in parts)
        order = order or _list_order(parts)
        return [u for u in (_unit(p, _order_signal(p) or order, full_given=full) for p in parts) if u]
    names: list[dict[str, str]] = []
    paired = False
    i = 0
    while i < len(parts):
        if _pairs_with_next(parts, after_conj, i, paired):
            names.append(_pair(parts[i], parts[i + 1]))
            paired = True
            i += 2
            continue
        unit = _unit(parts[i], order, full_given=full_given)
        if unit and not unit["surname"] and names and not names[-1]["given"]:
            names[-1]["given"] = unit["given"]
        elif unit:
            names.append(unit)
        i += 1
    return names


def _comma_parts(text: str) -> tuple[list[str], list[bool]]:
    """The comma- and conjunction-separated parts of a name list, and whether each follows a conjunction."""
    parts: list[str] = []
    after_conj: list[bool] = []
    for k, chunk in enumerate(_CONJ.split(" " + text + " ")):
        for j, p in enumerate(chunk.split(",")):
            if p.strip(" ."):
                parts.append(p.strip())
                after_conj.append(k > 0 and j == 0)
    return parts, after_conj


def _pairs_with_next(parts: list[str], after_conj: list[bool], i: int, paired: bool) -> bool:
    """Whether part i is a surname whose given names are the next part ("Lindsay, C."), paired: whether the
    parts before were read as such pairs."""
    p = parts[i]
    nxt = parts[i + 1] if i + 1 < len(parts) and not after_conj[i + 1] else None
    # two given names without an initial: "Pivin, Jean Loup" alone, or "Levinson, Maria Hertz & Morrow,
    # William" where an inverted name follows the conjunction (not "..., Tony Glendinning and Iain Rosie")
    loose = i == 0 and i + 2 == len(parts) or (i == 0 or paired) and i + 3 < len(parts) and after_conj[
        i + 2] and not after_conj[i + 3]
    return nxt is not None and _surname_only(p) and _given_like(nxt, loose=loose) and not (
        len(nxt.split()) > 1 and not _is_initials(nxt) and i + 2 < len(parts) and not after_conj[i + 2]
        and _surname_only(nxt)
        and not any(_initial(w) for w in nxt.split()))


# ------------------------------------------------------------------ document creators
# Document.creators holds {"family", "given"} for a person and {"literal"} for an organisation, in order. These
# turn one author as a reference manager or a spreadsheet writes it into a creator and back, losslessly.

def creator_from_name(name: str) -> dict[str, str] | None:
    """One author string → a creator: "{...}" (braced, as BibTeX keeps a name whole) and organisation names
    stay whole; "Family, Given" and "Given Family" (particles kept with the family name) are persons.

    Example:
        >>> creator_from_name("{House of Lords Science and Technology Select Committee}")
        {'literal': 'House of Lords Science and Technology Select Committee'}
        >>> creator_from_name("Müller, Anja"), creator_from_name("Ludwig van Beethoven")
        ({'family': 'Müller', 'given': 'Anja'}, {'family': 'van Beethoven', 'given': 'Ludwig'})
    """
    name = " ".join(name.split()).strip(" ;")
    if not name:
        return None
    if name.startswith("{") and name.endswith("}") and _balanced(name[1:-1]):
        inner = name[1:-1].strip()
        return {"literal": inner} if inner else None
    name = name.replace("{", "").replace("}", "")
    if is_corporate(name) or (len(name.split()) == 1 and _ACRONYM.match(name)):
        return {"literal": name}
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        if is_corporate(family) and len(family.split()) > 1:
            return {"literal": name}  # "Department for Business, Energy and Industrial Strategy"
        return {"family": family, "given": given} if family else None
    toks = name.split()
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in _PARTICLES:
        k -= 1
    return {"family": " ".join(toks[k:]), "given": " ".join(toks[:k])}


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            return False
    return depth == 0


def creators_from_names(names: list[str] | None) -> list[dict[str, str]]:
    """Display names ("Colin Lindsay", "House of Lords Committee", "Müller, Anja") → creators, in order.

    Example:
        >>> creators_from_names(["UK Covid-19 Inquiry", "Ann Lee"])
        [{'literal': 'UK Covid-19 Inquiry'}, {'family': 'Lee', 'given': 'Ann'}]
    """
    return [c for c in (creator_from_name(n) for n in names or [] if n and n.strip()) if c]


def creator_display(creator: dict[str, str]) -> str:
    """A creator as Document.authors shows it: "Given Family", or the organisation's name."""
    if creator.get("literal"):
        return creator["literal"]
    return " ".join(p for p in (creator.get("given", ""), creator.get("family", "")) if p).strip()


def creator_inverted(creator: dict[str, str]) -> str:
    """A creator as a spreadsheet cell (and `creator_from_name` reads it back): "Family, Given" for a person;
    an organisation whole, in braces when its name has a comma or semicolon or would read as a person."""
    if creator.get("literal"):
        lit = creator["literal"]
        plain = creator_from_name(lit)
        return lit if plain == {"literal": lit} and not re.search(r"[,;{}]", lit) else "{" + lit + "}"
    family, given = creator.get("family", ""), creator.get("given", "")
    return f"{family}, {given}" if given else family
